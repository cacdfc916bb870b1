import { AuditLogSeverity, type MessageDefinition } from '@egeria-ts/core';

/** Error messages of the folder files connector (component `EGERIA-TS-FOLDER-FILES`). */
export const FOLDER_FILES_ERROR_CODE = Object.freeze({
  /** {0} field, {1} problem. */
  BAD_ROOT_FOLDER: {
    messageId: 'EGERIA-TS-FOLDER-FILES-400-001',
    httpCode: 400,
    template: 'The folder to catalogue in {0} is not usable: {1}',
    systemAction: 'The connector does not start.',
    userAction: 'Set the endpoint address to the path (or file:// URL) of an existing directory.',
  },
  /** {0} folder, {1} problem. */
  ROOT_FOLDER_UNREADABLE: {
    messageId: 'EGERIA-TS-FOLDER-FILES-503-001',
    httpCode: 503,
    template: 'The folder {0} cannot be read: {1}',
    systemAction: 'Nothing is catalogued in this refresh; the catalog is left as it was.',
    userAction: 'Check that the folder exists and that this process may read it, then refresh again.',
  },
  /** {0} connector, {1} method. */
  NOT_STARTED: {
    messageId: 'EGERIA-TS-FOLDER-FILES-409-001',
    httpCode: 409,
    template: 'Connector {0} was asked to {1} before it started',
    systemAction: 'The request is refused.',
    userAction: 'Start the connector before refreshing it.',
  },
  /** {0} option, {1} value. */
  INVALID_OPTION: {
    messageId: 'EGERIA-TS-FOLDER-FILES-400-002',
    httpCode: 400,
    template: 'The folder files option {0} is not valid: {1}',
    systemAction: 'The request is refused.',
    userAction: 'Correct the option.',
  },
} satisfies Record<string, MessageDefinition>);

/** Audit messages of the folder files connector (component `EGERIA-TS-FOLDER-FILES`). */
export const FOLDER_FILES_AUDIT_CODE = Object.freeze({
  /** {0} connector, {1} folder. */
  REFRESH_STARTING: {
    messageId: 'EGERIA-TS-FOLDER-FILES-0001',
    severity: AuditLogSeverity.INFO,
    template: 'Connector {0} is cataloguing the folder tree {1}',
    systemAction: 'The connector reads the folder tree and synchronizes open metadata with it.',
    userAction: 'None.',
  },
  /** {0} connector, {1} folder, {2} folders, {3} files, {4} created, {5} updated, {6} removed. */
  REFRESH_COMPLETE: {
    messageId: 'EGERIA-TS-FOLDER-FILES-0002',
    severity: AuditLogSeverity.INFO,
    template:
      'Connector {0} catalogued {2} folder(s) and {3} file(s) of {1}: {4} element(s) created, {5} updated, {6} removed',
    systemAction: 'The refresh is complete.',
    userAction: 'None.',
  },
  /** {0} connector, {1} folder, {2} debounce milliseconds. */
  WATCHING: {
    messageId: 'EGERIA-TS-FOLDER-FILES-0003',
    severity: AuditLogSeverity.INFO,
    template: 'Connector {0} is watching the folder tree {1} for changes (applied after {2} ms of quiet)',
    systemAction: 'Files created, changed and deleted between refreshes are catalogued as they happen.',
    userAction: 'None.',
  },
  /** {0} connector, {1} changes, {2} created, {3} updated, {4} removed. */
  CHANGES_APPLIED: {
    messageId: 'EGERIA-TS-FOLDER-FILES-0004',
    severity: AuditLogSeverity.INFO,
    template: 'Connector {0} applied {1} change(s) seen in the folder tree: {2} created, {3} updated, {4} removed',
    systemAction: 'The catalog is current with the folder tree.',
    userAction: 'None.',
  },
  /** {0} connector, {1} error message. */
  CHANGES_FAILED: {
    messageId: 'EGERIA-TS-FOLDER-FILES-0005',
    severity: AuditLogSeverity.ERROR,
    template: 'Connector {0} could not apply the changes seen in the folder tree: {1}',
    systemAction: 'The changes are left for the next refresh, which compares the whole tree.',
    userAction: 'Use the message to fix the cause, or refresh the connector.',
  },
  /** {0} connector, {1} kind of element, {2} path name. */
  NOT_OWNED: {
    messageId: 'EGERIA-TS-FOLDER-FILES-0006',
    severity: AuditLogSeverity.INFO,
    template: 'Connector {0} leaves {1} {2} alone: another metadata source owns it',
    systemAction: 'The element is neither changed nor removed.',
    userAction: 'If this connector should maintain it, remove it from open metadata; the next refresh recreates it.',
  },
  /** {0} connector, {1} path name, {2} error message. */
  FILE_SKIPPED: {
    messageId: 'EGERIA-TS-FOLDER-FILES-0007',
    severity: AuditLogSeverity.ERROR,
    template: 'Connector {0} could not read the file {1}: {2}',
    systemAction: 'The file is left as it is in the catalog; the other files are catalogued.',
    userAction: 'Check that this process may read the file.',
  },
} satisfies Record<string, MessageDefinition>);
