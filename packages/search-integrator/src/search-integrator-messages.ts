import { AuditLogSeverity, defineMessages } from '@egeria-ts/core';

/**
 * The audit messages of the Search Integrator OMIS, with the ids and severities of Egeria 5.0's
 * `SearchIntegratorAuditCode` (the service was removed after 5.0; the texts are egeria-ts's own).
 */
export const SEARCH_INTEGRATOR_AUDIT_CODE = defineMessages({
  /** {0} partner server, {1} platform URL. */
  CONTEXT_INITIALIZING: {
    messageId: 'OMIS-SEARCH-INTEGRATOR-0001',
    severity: AuditLogSeverity.STARTUP,
    template: 'The Search Integrator is starting to work with metadata access server {0} on platform {1}',
    systemAction: 'The service connects to the Asset Consumer OMAS of that server for its connectors.',
    userAction: 'Check that a context is then created for each search integration connector.',
  },
  /** {0} connector, {1} connector id, {2} metadata source, {3} permitted synchronization, {4} service options. */
  CONNECTOR_CONTEXT_INITIALIZING: {
    messageId: 'OMIS-SEARCH-INTEGRATOR-0002',
    severity: AuditLogSeverity.STARTUP,
    template:
      'Building the context of search integration connector {0} ({1}) for metadata source {2}, permitted synchronization {3}, service options {4}',
    systemAction: "The context passes the Asset Consumer OMAS's asset events to the connector.",
    userAction: 'Check that the connector runs with the configuration you expect.',
  },
  /** {0} connector. */
  NULL_CONTEXT: {
    messageId: 'OMIS-SEARCH-INTEGRATOR-0003',
    severity: AuditLogSeverity.ERROR,
    template: 'Search integration connector {0} has no context',
    systemAction: 'The connector was used before the runtime gave it its context.',
    userAction: 'Use the context only from start() on; report the problem if the runtime called the connector early.',
  },
  /** {0} connector. */
  REGISTER_CATALOG_LISTENER_ERROR: {
    messageId: 'OMIS-SEARCH-INTEGRATOR-0004',
    severity: AuditLogSeverity.ERROR,
    template: 'Search integration connector {0} could not listen to the Asset Consumer out topic',
    systemAction: 'The connector runs on, but receives no asset events: its search index is not kept up to date.',
    userAction: 'Check that the metadata access server and its out topic can be reached, then restart the connector.',
  },
});

/**
 * The errors of the Search Integrator OMIS, with the ids (and HTTP codes) of Egeria 5.0's
 * `SearchIntegratorErrorCode` (the texts are egeria-ts's own).
 */
export const SEARCH_INTEGRATOR_ERROR_CODE = defineMessages({
  /** {0} connector, {1} integration service, {2} required base class. */
  INVALID_CONNECTOR: {
    messageId: 'OMIS-SEARCH-INTEGRATOR-400-001',
    httpCode: 400,
    template: 'Connector {0} cannot run in the {1}: it does not extend {2}',
    systemAction: 'The connector is not started.',
    userAction: 'Make the connector extend {2}, or configure it in the integration service it was written for.',
  },
  /** {0} connector. Egeria gives this error HTTP code 400 despite its id. */
  NULL_CONTEXT: {
    messageId: 'OMIS-SEARCH-INTEGRATOR-500-001',
    httpCode: 400,
    template: 'Search integration connector {0} has no context',
    systemAction: 'The connector was used before the runtime gave it its context.',
    userAction: 'Use the context only from start() on; report the problem if the runtime called the connector early.',
  },
});
