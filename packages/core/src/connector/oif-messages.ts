import { AuditLogSeverity, defineMessages } from '../audit/message-definition';

/**
 * Audit messages of the Open Integration Framework that egeria-ts connectors write, with Egeria's
 * message ids and inserts (the texts are egeria-ts's own).
 */
export const OIF_AUDIT_CODE = defineMessages({
  /** {0} exception name, {1} connector, {2} error message. */
  GET_CATALOG_TARGET_EXCEPTION: {
    messageId: 'OIF-CONNECTOR-0006',
    severity: AuditLogSeverity.ERROR,
    template: 'A {0} error reached integration connector {1} while it was listing its catalog targets: {2}',
    systemAction: 'The error is logged and the refresh fails; the next refresh tries again.',
    userAction: 'Use the error message to find and fix the cause.',
  },
  /** {0} connector. */
  NO_CATALOG_TARGETS: {
    messageId: 'OIF-CONNECTOR-0007',
    severity: AuditLogSeverity.INFO,
    template: 'Integration connector {0} has no catalog targets',
    systemAction: 'The connector has nothing to refresh and waits for the next refresh.',
    userAction: 'Add catalog targets to the integration connector to give it work.',
  },
  /** {0} connector, {1} catalog target name. */
  REFRESHING_CATALOG_TARGET: {
    messageId: 'OIF-CONNECTOR-0008',
    severity: AuditLogSeverity.INFO,
    template: 'Integration connector {0} is refreshing catalog target {1}',
    systemAction: 'The connector synchronizes the metadata of this catalog target.',
    userAction: 'None, unless errors follow.',
  },
  /** {0} connector, {1} number of catalog targets. */
  REFRESHED_CATALOG_TARGETS: {
    messageId: 'OIF-CONNECTOR-0009',
    severity: AuditLogSeverity.INFO,
    template: 'Integration connector {0} has refreshed {1} catalog target(s)',
    systemAction: 'The refresh of the catalog targets is complete.',
    userAction: 'Check that the expected catalog targets were processed.',
  },
  /** {0} connector, {1} exception name, {2} method (and catalog target), {3} error message. */
  UNEXPECTED_EXCEPTION: {
    messageId: 'OIF-CONNECTOR-0013',
    severity: AuditLogSeverity.EXCEPTION,
    template: 'Integration connector {0} caught a {1} error in {2}: {3}',
    systemAction: 'The error is recorded and the connector carries on with its other work.',
    userAction: 'Use the error message to find and fix the cause.',
  },
  /** {0} connector. */
  CONNECTOR_STOPPING: {
    messageId: 'OIF-CONNECTOR-0014',
    severity: AuditLogSeverity.INFO,
    template: 'Integration connector {0} is stopping',
    systemAction: 'The connector disconnects.',
    userAction: 'None, unless errors follow.',
  },
});

/** Error messages of the Open Integration Framework, with Egeria's message ids and inserts. */
export const OIF_ERROR_CODE = defineMessages({
  /** {0} connector. */
  ENGAGE_IMPLEMENTATION_MISSING: {
    messageId: 'OIF-CONNECTOR-400-001',
    httpCode: 400,
    template: 'Integration connector {0} is configured to use blocking calls but does not implement engage()',
    systemAction: 'The runtime stops calling engage() for this connector.',
    userAction:
      'Implement engage() in the connector, or configure it without usesBlockingCalls so that it is refreshed instead.',
  },
});
