import { AuditLogSeverity, defineMessages } from '@egeria-ts/core';

/**
 * The audit messages of the Catalog Integrator OMIS, with the ids and severities of Egeria 5.2's
 * `CatalogIntegratorAuditCode` (the texts are egeria-ts's own).
 */
export const CATALOG_INTEGRATOR_AUDIT_CODE = defineMessages({
  /** {0} partner server, {1} platform URL. */
  CONTEXT_INITIALIZING: {
    messageId: 'OMIS-CATALOG-INTEGRATOR-0001',
    severity: AuditLogSeverity.STARTUP,
    template: 'The Catalog Integrator is starting to work with metadata access server {0} on platform {1}',
    systemAction: 'The service connects to the Asset Manager OMAS of that server for its connectors.',
    userAction: 'Check that a context is then created for each catalog integration connector.',
  },
  /** {0} connector, {1} connector id, {2} metadata source, {3} permitted synchronization, {4} service options. */
  CONNECTOR_CONTEXT_INITIALIZING: {
    messageId: 'OMIS-CATALOG-INTEGRATOR-0002',
    severity: AuditLogSeverity.STARTUP,
    template:
      'Building the context of catalog integration connector {0} ({1}) for third party catalog {2}, permitted synchronization {3}, service options {4}',
    systemAction: "The context is the connector's gateway to the Asset Manager OMAS for the catalog's metadata.",
    userAction: 'Check that the connector runs with the configuration you expect.',
  },
  /** {0} connector, {1} permitted synchronization. */
  PERMITTED_SYNCHRONIZATION: {
    messageId: 'OMIS-CATALOG-INTEGRATOR-0003',
    severity: AuditLogSeverity.STARTUP,
    template: 'Catalog integration connector {0} may synchronize metadata {1}',
    systemAction:
      'Requests that the permitted synchronization does not allow are refused with a UserNotAuthorized error.',
    userAction: 'If the direction is not the one intended, change the connector configuration and restart it.',
  },
  /** {0} connector, {1} the disabled exchange services. */
  DISABLED_EXCHANGE_SERVICES: {
    messageId: 'OMIS-CATALOG-INTEGRATOR-0004',
    severity: AuditLogSeverity.STARTUP,
    template: 'Catalog integration connector {0} may not use these exchange services: {1}',
    systemAction: 'Asking the context for a disabled exchange service is refused with a UserNotAuthorized error.',
    userAction: 'If a service is disabled by mistake, change the disabledExchangeServices option and restart.',
  },
  /** {0} connector. */
  NULL_CONTEXT: {
    messageId: 'OMIS-CATALOG-INTEGRATOR-0005',
    severity: AuditLogSeverity.ERROR,
    template: 'Catalog integration connector {0} has no context',
    systemAction: 'The connector was used before the runtime gave it its context.',
    userAction: 'Use the context only from start() on; report the problem if the runtime called the connector early.',
  },
});

/**
 * The errors of the Catalog Integrator OMIS, with the ids (and HTTP codes) of Egeria 5.2's
 * `CatalogIntegratorErrorCode` (the texts are egeria-ts's own).
 */
export const CATALOG_INTEGRATOR_ERROR_CODE = defineMessages({
  /** {0} connector, {1} integration service, {2} required base class. */
  INVALID_CONNECTOR: {
    messageId: 'OMIS-CATALOG-INTEGRATOR-400-001',
    httpCode: 400,
    template: 'Connector {0} cannot run in the {1}: it does not extend {2}',
    systemAction: 'The connector is not started.',
    userAction: 'Make the connector extend {2}, or configure it in the integration service it was written for.',
  },
  /** {0} exchange service, {1} integration service. */
  DISABLED_EXCHANGE_SERVICE: {
    messageId: 'OMIS-CATALOG-INTEGRATOR-400-002',
    httpCode: 400,
    template: 'The {0} is switched off for this connector by the configuration of the {1}',
    systemAction: 'The context does not return the exchange service.',
    userAction:
      'Remove the service from the disabledExchangeServices option, or make the connector skip the metadata it handles.',
  },
  /** {0} permitted synchronization, {1} connector, {2} operation, {3} asset manager. */
  NOT_PERMITTED_SYNCHRONIZATION: {
    messageId: 'OMIS-CATALOG-INTEGRATOR-400-003',
    httpCode: 400,
    template: 'Permitted synchronization {0} does not let connector {1} call {2} for third party catalog {3}',
    systemAction: 'Nothing is sent to the metadata access server.',
    userAction: 'Change the permitted synchronization of the connector, or make it skip this kind of request.',
  },
  /** {0} integration service, {1} value, {2} option, {3} problem, {4} detail. */
  BAD_CONFIG_PROPERTIES: {
    messageId: 'OMIS-CATALOG-INTEGRATOR-400-004',
    httpCode: 400,
    template: 'The {0} was given {1} in service option {2}, which is not usable: {3} ({4})',
    systemAction: 'The context is not created.',
    userAction: 'Give the option as a list of exchange service names and restart the connector.',
  },
  /** {0} connector, {1} operation, {2} parameter. */
  NULL_ELEMENT_PASSED: {
    messageId: 'OMIS-CATALOG-INTEGRATOR-400-006',
    httpCode: 400,
    template: 'Connector {0} passed no element to {1} in parameter {2}',
    systemAction: 'The request is refused.',
    userAction: 'Pass the element that the correlation header is wanted for.',
  },
  /** {0} connector. Egeria 5.2 gives this error HTTP code 400 despite its id. */
  NULL_CONTEXT: {
    messageId: 'OMIS-CATALOG-INTEGRATOR-500-001',
    httpCode: 400,
    template: 'Catalog integration connector {0} has no context',
    systemAction: 'The connector was used before the runtime gave it its context.',
    userAction: 'Use the context only from start() on; report the problem if the runtime called the connector early.',
  },
});
