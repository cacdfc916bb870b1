import { AuditLogSeverity, defineMessages } from '@egeria-ts/core';

/**
 * The messages of the file system listeners of integration contexts ({@link FilesListenerManager}):
 * Egeria 5.2's `OIFAuditCode` ids where Egeria has the message (the texts are egeria-ts's own),
 * egeria-ts ids otherwise.
 * @public
 */
export const FILES_LISTENER_MESSAGES = defineMessages({
  /** {0} connector, {1} file. */
  FILE_MONITORING_STARTING: {
    messageId: 'OIF-CONNECTOR-0001',
    severity: AuditLogSeverity.INFO,
    template: 'Integration connector {0} is starting to monitor file {1}',
    systemAction: 'The file is checked for creation, change and deletion at regular intervals.',
    userAction: 'None.',
  },
  /** {0} connector, {1} directory. */
  DIRECTORY_MONITORING_STARTING: {
    messageId: 'OIF-CONNECTOR-0002',
    severity: AuditLogSeverity.INFO,
    template: 'Integration connector {0} is starting to monitor directory {1}',
    systemAction:
      'The directory is checked for files and directories created, changed and deleted at regular intervals.',
    userAction: 'None.',
  },
  /** {0} connector. */
  FILE_SYSTEM_MONITORING_STOPPING: {
    messageId: 'OIF-CONNECTOR-0005',
    severity: AuditLogSeverity.INFO,
    template: 'Integration connector {0} has stopped monitoring the file system',
    systemAction: 'The connector is disconnecting; its file and directory listeners get no more calls.',
    userAction: 'None.',
  },
  /** {0} connector, {1} error name, {2} callback, {3} path, {4} error message. */
  FILE_LISTENER_FAILED: {
    messageId: 'EGERIA-TS-INTEGRATION-SERVICE-0020',
    severity: AuditLogSeverity.EXCEPTION,
    template: 'A file listener of connector {0} threw a {1} error in {2} for {3}: {4}',
    systemAction: 'The error is logged; the other listeners and later changes are still reported.',
    userAction: 'Fix the listener so that it handles the change, or catches its own errors.',
  },
  /** {0} connector, {1} path, {2} error message. */
  FILE_SCAN_FAILED: {
    messageId: 'EGERIA-TS-INTEGRATION-SERVICE-0021',
    severity: AuditLogSeverity.ERROR,
    template: 'Connector {0} could not read {1} while monitoring it: {2}',
    systemAction: 'The path is skipped this time and read again at the next check.',
    userAction: 'Check that the path exists and that the process may read it.',
  },
  /** {0} parameter, {1} operation, {2} connector, {3} value. */
  INVALID_LISTENER_PARAMETER: {
    messageId: 'EGERIA-TS-INTEGRATION-SERVICE-400-022',
    httpCode: 400,
    template: 'Parameter {0} of {1} of connector {2} is not valid: {3}',
    systemAction: 'Nothing is monitored.',
    userAction: 'Pass a listener object and a non-empty path.',
  },
  /** {0} operation, {1} connector. */
  LISTENERS_CLOSED: {
    messageId: 'EGERIA-TS-INTEGRATION-SERVICE-409-023',
    httpCode: 409,
    template: 'Cannot run {0}: the file system listeners of connector {1} are closed',
    systemAction: 'Nothing is monitored.',
    userAction: 'Register listeners only while the connector runs.',
  },
});
