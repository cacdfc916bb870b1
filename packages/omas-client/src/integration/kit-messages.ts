import { AuditLogSeverity, defineMessages } from '@egeria-ts/core';

/**
 * The messages of the integration service kit itself (component `EGERIA-TS-INTEGRATION-SERVICE`),
 * written to the connector's audit log or raised as errors. The inserts are described on each one.
 */
export const INTEGRATION_SERVICE_KIT_MESSAGES = defineMessages({
  /** {0} service, {1} connector, {2} partner server, {3} platform URL, {4} metadata source, {5} cause. */
  METADATA_SOURCE_UNAVAILABLE: {
    messageId: 'EGERIA-TS-INTEGRATION-SERVICE-503-001',
    httpCode: 503,
    severity: AuditLogSeverity.ERROR,
    template:
      'The {0} could not set up the metadata source {4} of connector {1} through server {2} on platform {3}: {5}',
    systemAction:
      'The context is not created; the runtime marks the connector INITIALIZE_FAILED and tries again later.',
    userAction:
      'Check that the metadata access server is running, that it hosts the partner access service, and that the daemon may call it.',
  },
  /** {0} service, {1} connector, {2} caller id, {3} cause. */
  OUT_TOPIC_UNAVAILABLE: {
    messageId: 'EGERIA-TS-INTEGRATION-SERVICE-503-002',
    httpCode: 503,
    severity: AuditLogSeverity.ERROR,
    template: 'The {0} could not connect connector {1} to its partner out topic (caller id {2}): {3}',
    systemAction: 'The listener is not registered; the error is returned to the connector.',
    userAction: 'Check that the partner access service publishes its out topic and that the event bus is reachable.',
  },
  /** {0} service. */
  NO_EVENT_PARSER: {
    messageId: 'EGERIA-TS-INTEGRATION-SERVICE-400-003',
    httpCode: 400,
    severity: AuditLogSeverity.ERROR,
    template: 'The {0} has no out-topic events: its partner access service publishes none that egeria-ts can read',
    systemAction: 'The listener is not registered.',
    userAction: 'Do not register listeners with this integration service.',
  },
  /** {0} connector, {1} error name, {2} event type, {3} error message. */
  LISTENER_FAILED: {
    messageId: 'EGERIA-TS-INTEGRATION-SERVICE-0004',
    severity: AuditLogSeverity.EXCEPTION,
    template: 'A listener of connector {0} threw a {1} error while it processed a {2} event: {3}',
    systemAction: 'The error is logged; the other listeners still receive the event and later events are delivered.',
    userAction: 'Fix the listener so that it handles the event, or catches its own errors.',
  },
  /** {0} connector, {1} number of events. */
  EVENTS_SKIPPED_IN_FIRST_REFRESH: {
    messageId: 'EGERIA-TS-INTEGRATION-SERVICE-0005',
    severity: AuditLogSeverity.INFO,
    template: 'Connector {0} was not given {1} out-topic event(s) that arrived during its first refresh',
    systemAction:
      "Events that arrive while the first refresh runs (mostly about the connector's own writes) are not delivered; the refresh itself reads the current state.",
    userAction: 'None.',
  },
  /** {0} connector, {1} problem, {2} topic. */
  TOPIC_PROBLEM: {
    messageId: 'EGERIA-TS-INTEGRATION-SERVICE-0006',
    severity: AuditLogSeverity.ERROR,
    template: 'The out topic {2} of connector {0} reported a problem: {1}',
    systemAction: 'The event concerned is skipped, or the connection is being re-opened.',
    userAction: 'Check the event bus and the partner access service if the problem continues.',
  },
  /** {0} connector, {1} topic, {2} error message. */
  TOPIC_DISCONNECT_FAILED: {
    messageId: 'EGERIA-TS-INTEGRATION-SERVICE-0007',
    severity: AuditLogSeverity.EXCEPTION,
    template: 'Connector {0} could not close its out topic {1} cleanly: {2}',
    systemAction: 'The context disconnects anyway.',
    userAction: 'None, unless the event bus keeps connections open.',
  },
  /** {0} connector. */
  REPORT_TARGET_MISSING: {
    messageId: 'EGERIA-TS-INTEGRATION-SERVICE-0008',
    severity: AuditLogSeverity.INFO,
    template:
      'The activity report of connector {0} is not published: it has neither an integration connector element nor a metadata source to attach it to',
    systemAction: 'The report is kept in memory only.',
    userAction: 'Give the connector a metadata source qualified name, or define it in an integration group.',
  },
  /** {0} field, {1} the value at fault. */
  INVALID_REQUEST: {
    messageId: 'EGERIA-TS-INTEGRATION-SERVICE-400-009',
    httpCode: 400,
    severity: AuditLogSeverity.ERROR,
    template: 'The {0} given to the integration service is not valid: {1}',
    systemAction: 'Nothing is created.',
    userAction: 'Correct the value.',
  },
  /** {0} service, {1} what the factory returned. */
  BAD_CONTEXT_FACTORY: {
    messageId: 'EGERIA-TS-INTEGRATION-SERVICE-500-010',
    httpCode: 500,
    severity: AuditLogSeverity.ERROR,
    template: 'The context factory of the {0} returned {1}, not an integration context',
    systemAction: 'The context is not created.',
    userAction: 'Return an instance of the service context from createContext.',
  },
});
