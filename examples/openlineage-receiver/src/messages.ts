import { AuditLogSeverity, type MessageDefinition } from '@egeria-ts/core';

/** Error messages of the OpenLineage receiver (component `EGERIA-TS-OPENLINEAGE`). */
export const OPENLINEAGE_RECEIVER_ERROR_CODE = Object.freeze({
  /** {0} field, {1} problem. */
  INVALID_RUN_EVENT: {
    messageId: 'EGERIA-TS-OPENLINEAGE-400-001',
    httpCode: 400,
    template: 'The OpenLineage run event is not usable: {0} {1}',
    systemAction: 'The event is ignored; nothing is catalogued for it.',
    userAction:
      'Send run events as the OpenLineage specification defines them: eventTime, run.runId, job.namespace and ' +
      'job.name, and a namespace and name for every input and output data set.',
  },
  /** {0} connector, {1} method. */
  NOT_STARTED: {
    messageId: 'EGERIA-TS-OPENLINEAGE-409-001',
    httpCode: 409,
    template: 'Connector {0} was asked to {1} before it started',
    systemAction: 'The request is refused.',
    userAction: 'Start the connector first.',
  },
} satisfies Record<string, MessageDefinition>);

/** Audit messages of the OpenLineage receiver (component `EGERIA-TS-OPENLINEAGE`). */
export const OPENLINEAGE_RECEIVER_AUDIT_CODE = Object.freeze({
  /** {0} connector. */
  LISTENING: {
    messageId: 'EGERIA-TS-OPENLINEAGE-0001',
    severity: AuditLogSeverity.STARTUP,
    template: 'Connector {0} is listening for OpenLineage run events',
    systemAction: 'Each run event published to the Lineage Integrator is catalogued as a process with its lineage.',
    userAction: 'Send run events to the lineage route of the integration daemon (POST .../api/v1/lineage).',
  },
  /** {0} connector, {1} event type, {2} run id, {3} job qualified name, {4} inputs, {5} outputs, {6} created, {7} updated. */
  EVENT_RECORDED: {
    messageId: 'EGERIA-TS-OPENLINEAGE-0002',
    severity: AuditLogSeverity.INFO,
    template:
      'Connector {0} recorded the {1} event of run {2} of job {3} ({4} input(s), {5} output(s)): {6} created, {7} updated',
    systemAction: 'The job, its data sets and the data flows between them are in open metadata.',
    userAction: 'None.',
  },
  /** {0} connector, {1} field, {2} problem. */
  EVENT_IGNORED: {
    messageId: 'EGERIA-TS-OPENLINEAGE-0003',
    severity: AuditLogSeverity.ERROR,
    template: 'Connector {0} ignored an OpenLineage event: {1} {2}',
    systemAction: 'Nothing is catalogued for the event; later events are handled as usual.',
    userAction: 'Fix what sends the event so that it sends OpenLineage run events in JSON.',
  },
  /** {0} connector, {1} event type, {2} run id, {3} job qualified name, {4} error name, {5} error message. */
  EVENT_FAILED: {
    messageId: 'EGERIA-TS-OPENLINEAGE-0004',
    severity: AuditLogSeverity.EXCEPTION,
    template: 'Connector {0} could not record the {1} event of run {2} of job {3}: {4}: {5}',
    systemAction:
      'What was written before the error stays; the event is not retried. The next event of the job completes it.',
    userAction: 'Check that the metadata access server is reachable and accepts the writes.',
  },
  /** {0} connector, {1} kind of element, {2} qualified name. */
  NOT_OWNED: {
    messageId: 'EGERIA-TS-OPENLINEAGE-0005',
    severity: AuditLogSeverity.INFO,
    template:
      'Connector {0} links {1} {2} into lineage but leaves its properties alone: another metadata source owns it',
    systemAction: 'The data flows are recorded; the element itself is not changed.',
    userAction: 'None, unless this connector should maintain the element.',
  },
} satisfies Record<string, MessageDefinition>);
