import { AuditLogSeverity, type MessageDefinition } from '@egeria-ts/core';

/** Error messages of the PostgreSQL database connector (component `EGERIA-TS-POSTGRES`). */
export const POSTGRES_ERROR_CODE = Object.freeze({
  /** {0} connector, {1} method. */
  NOT_STARTED: {
    messageId: 'EGERIA-TS-POSTGRES-409-001',
    httpCode: 409,
    template: 'Connector {0} was asked to {1} before it started',
    systemAction: 'The request is refused.',
    userAction: 'Start the connector before refreshing it.',
  },
  /** {0} field, {1} problem. */
  BAD_ADDRESS: {
    messageId: 'EGERIA-TS-POSTGRES-400-001',
    httpCode: 400,
    template: 'The PostgreSQL server address in {0} is not usable: {1}',
    systemAction: 'The connector cannot reach the server and does not refresh.',
    userAction:
      'Set the endpoint address to host:port, or to a URL such as postgresql://host:5432 (credentials belong in the connection userId and clearPassword).',
  },
  /** {0} option, {1} value. */
  INVALID_OPTION: {
    messageId: 'EGERIA-TS-POSTGRES-400-002',
    httpCode: 400,
    template: 'The PostgreSQL catalog reader option {0} is not valid: {1}',
    systemAction: 'The reader is not created.',
    userAction: 'Correct the option.',
  },
  /** {0} server, {1} database, {2} user, {3} driver message. */
  CONNECT_FAILED: {
    messageId: 'EGERIA-TS-POSTGRES-503-001',
    httpCode: 503,
    template: 'Could not connect to PostgreSQL server {0}, database {1}, as user {2}: {3}',
    systemAction: 'Nothing is read from this database in this refresh; its catalog is left as it was.',
    userAction: 'Check that the server runs and accepts connections for this user, then refresh again.',
  },
  /** {0} server, {1} database, {2} what was read, {3} driver message. */
  QUERY_FAILED: {
    messageId: 'EGERIA-TS-POSTGRES-500-001',
    httpCode: 500,
    template: 'Reading the {2} of PostgreSQL server {0}, database {1}, failed: {3}',
    systemAction: 'Nothing is read from this database in this refresh; its catalog is left as it was.',
    userAction: 'Check that the user may read the catalog views of the database.',
  },
} satisfies Record<string, MessageDefinition>);

/** Audit messages of the PostgreSQL database connector (component `EGERIA-TS-POSTGRES`). */
export const POSTGRES_AUDIT_CODE = Object.freeze({
  /** {0} connector, {1} server. */
  REFRESH_STARTING: {
    messageId: 'EGERIA-TS-POSTGRES-0001',
    severity: AuditLogSeverity.INFO,
    template: 'Connector {0} is cataloguing PostgreSQL server {1}',
    systemAction: 'The connector reads the catalog views of each database and synchronizes open metadata.',
    userAction: 'None.',
  },
  /** {0} connector, {1} server, {2} databases, {3} created, {4} updated, {5} removed. */
  REFRESH_COMPLETE: {
    messageId: 'EGERIA-TS-POSTGRES-0002',
    severity: AuditLogSeverity.INFO,
    template:
      'Connector {0} catalogued {2} database(s) of PostgreSQL server {1}: {3} element(s) created, {4} updated, {5} removed',
    systemAction: 'The refresh is complete.',
    userAction: 'None.',
  },
  /** {0} connector, {1} server, {2} database, {3} error message. */
  DATABASE_SKIPPED: {
    messageId: 'EGERIA-TS-POSTGRES-0003',
    severity: AuditLogSeverity.ERROR,
    template: 'Connector {0} could not catalogue database {2} of PostgreSQL server {1}: {3}',
    systemAction: 'The catalog of this database is left as it was; the other databases are refreshed.',
    userAction: 'Use the message to fix the cause; the next refresh tries again.',
  },
  /** {0} connector, {1} kind of element, {2} qualified name. */
  NOT_OWNED: {
    messageId: 'EGERIA-TS-POSTGRES-0004',
    severity: AuditLogSeverity.INFO,
    template: 'Connector {0} leaves {1} {2} alone: another metadata source owns it',
    systemAction: 'The element and what is below it are neither changed nor removed.',
    userAction: 'If this connector should maintain it, remove it from open metadata; the next refresh recreates it.',
  },
} satisfies Record<string, MessageDefinition>);
