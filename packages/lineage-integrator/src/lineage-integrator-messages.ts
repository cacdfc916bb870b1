import { AuditLogSeverity, defineMessages } from '@egeria-ts/core';

/**
 * The audit messages of the Lineage Integrator OMIS, with the ids and severities of Egeria 5.2's
 * `LineageIntegratorAuditCode` (the texts are egeria-ts's own).
 */
export const LINEAGE_INTEGRATOR_AUDIT_CODE = defineMessages({
  /** {0} partner server, {1} platform URL. */
  CONTEXT_INITIALIZING: {
    messageId: 'OMIS-LINEAGE-INTEGRATOR-0001',
    severity: AuditLogSeverity.STARTUP,
    template: 'The Lineage Integrator is starting to work with metadata access server {0} on platform {1}',
    systemAction: 'The service connects to the Asset Manager OMAS of that server for its connectors.',
    userAction: 'Check that a context is then created for each lineage integration connector.',
  },
  /** {0} connector, {1} connector id, {2} metadata source, {3} permitted synchronization, {4} service options. */
  CONNECTOR_CONTEXT_INITIALIZING: {
    messageId: 'OMIS-LINEAGE-INTEGRATOR-0002',
    severity: AuditLogSeverity.STARTUP,
    template:
      'Building the context of lineage integration connector {0} ({1}) for metadata source {2}, permitted synchronization {3}, service options {4}',
    systemAction: "The context is the connector's gateway to the Asset Manager OMAS for processes and lineage.",
    userAction: 'Check that the connector runs with the configuration you expect.',
  },
  /** {0} connector, {1} permitted synchronization. */
  PERMITTED_SYNCHRONIZATION: {
    messageId: 'OMIS-LINEAGE-INTEGRATOR-0003',
    severity: AuditLogSeverity.STARTUP,
    template: 'Lineage integration connector {0} may synchronize metadata {1}',
    systemAction:
      'Requests that the permitted synchronization does not allow are refused with a UserNotAuthorized error.',
    userAction: 'If the direction is not the one intended, change the connector configuration and restart it.',
  },
  /** {0} connector. */
  NULL_CONTEXT: {
    messageId: 'OMIS-LINEAGE-INTEGRATOR-0004',
    severity: AuditLogSeverity.ERROR,
    template: 'Lineage integration connector {0} has no context',
    systemAction: 'The connector was used before the runtime gave it its context.',
    userAction: 'Use the context only from start() on; report the problem if the runtime called the connector early.',
  },
  /** {0} error name, {1} error message, {2} the event. */
  OPEN_LINEAGE_FORMAT_ERROR: {
    messageId: 'OMIS-LINEAGE-INTEGRATOR-0005',
    severity: AuditLogSeverity.ERROR,
    template: 'An OpenLineage event could not be read ({0}: {1}); it is passed on as text only: {2}',
    systemAction: 'The listeners receive the raw event text with no parsed event.',
    userAction: 'Check what sends the event: it should send an OpenLineage run event in JSON.',
  },
  /** {0} error name, {1} error message. */
  OPEN_LINEAGE_PUBLISH_ERROR: {
    messageId: 'OMIS-LINEAGE-INTEGRATOR-0006',
    severity: AuditLogSeverity.EXCEPTION,
    template: 'An OpenLineage listener failed with {0}: {1}',
    systemAction: 'The error is logged and the other listeners still receive the event.',
    userAction: 'Fix the listening connector so that it handles the event, or catches its own errors.',
  },
});

/**
 * The errors of the Lineage Integrator OMIS, with the ids (and HTTP codes) of Egeria 5.2's
 * `LineageIntegratorErrorCode` (the texts are egeria-ts's own).
 */
export const LINEAGE_INTEGRATOR_ERROR_CODE = defineMessages({
  /** {0} connector, {1} integration service, {2} required base class. */
  INVALID_CONNECTOR: {
    messageId: 'OMIS-LINEAGE-INTEGRATOR-400-001',
    httpCode: 400,
    template: 'Connector {0} cannot run in the {1}: it does not extend {2}',
    systemAction: 'The connector is not started.',
    userAction: 'Make the connector extend {2}, or configure it in the integration service it was written for.',
  },
  /** {0} connector. Egeria 5.2 gives this error HTTP code 400 despite its id. */
  NULL_CONTEXT: {
    messageId: 'OMIS-LINEAGE-INTEGRATOR-500-001',
    httpCode: 400,
    template: 'Lineage integration connector {0} has no context',
    systemAction: 'The connector was used before the runtime gave it its context.',
    userAction: 'Use the context only from start() on; report the problem if the runtime called the connector early.',
  },
});
