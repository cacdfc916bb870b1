import { AuditLogSeverity, defineMessages } from '@egeria-ts/core';

/**
 * The audit messages of the Topic Integrator OMIS, with the ids and severities of Egeria 5.2's
 * `TopicIntegratorAuditCode` (the texts are egeria-ts's own).
 */
export const TOPIC_INTEGRATOR_AUDIT_CODE = defineMessages({
  /** {0} partner server, {1} platform URL. */
  CONTEXT_INITIALIZING: {
    messageId: 'OMIS-TOPIC-INTEGRATOR-0001',
    severity: AuditLogSeverity.STARTUP,
    template: 'The Topic Integrator is starting to work with metadata access server {0} on platform {1}',
    systemAction: 'The service connects to the Data Manager OMAS of that server for its connectors.',
    userAction: 'Check that a context is then created for each topic integration connector.',
  },
  /** {0} connector, {1} connector id, {2} metadata source, {3} permitted synchronization, {4} service options. */
  CONNECTOR_CONTEXT_INITIALIZING: {
    messageId: 'OMIS-TOPIC-INTEGRATOR-0002',
    severity: AuditLogSeverity.STARTUP,
    template:
      'Building the context of topic integration connector {0} ({1}) for event broker {2}, permitted synchronization {3}, service options {4}',
    systemAction: "The context is the connector's gateway to the Data Manager OMAS for its topics and event types.",
    userAction: 'Check that the connector runs with the configuration you expect.',
  },
  /** {0} connector. */
  NULL_CONTEXT: {
    messageId: 'OMIS-TOPIC-INTEGRATOR-0003',
    severity: AuditLogSeverity.ERROR,
    template: 'Topic integration connector {0} has no context',
    systemAction: 'The connector was used before the runtime gave it its context.',
    userAction: 'Use the context only from start() on; report the problem if the runtime called the connector early.',
  },
});

/**
 * The errors of the Topic Integrator OMIS, with the ids (and HTTP codes) of Egeria 5.2's
 * `TopicIntegratorErrorCode` (the texts are egeria-ts's own).
 */
export const TOPIC_INTEGRATOR_ERROR_CODE = defineMessages({
  /** {0} connector, {1} integration service, {2} required base class. */
  INVALID_CONNECTOR: {
    messageId: 'OMIS-TOPIC-INTEGRATOR-400-001',
    httpCode: 400,
    template: 'Connector {0} cannot run in the {1}: it does not extend {2}',
    systemAction: 'The connector is not started.',
    userAction: 'Make the connector extend {2}, or configure it in the integration service it was written for.',
  },
  /** {0} connector. Egeria 5.2 gives this error HTTP code 400 despite its id. */
  NULL_CONTEXT: {
    messageId: 'OMIS-TOPIC-INTEGRATOR-500-001',
    httpCode: 400,
    template: 'Topic integration connector {0} has no context',
    systemAction: 'The connector was used before the runtime gave it its context.',
    userAction: 'Use the context only from start() on; report the problem if the runtime called the connector early.',
  },
});
