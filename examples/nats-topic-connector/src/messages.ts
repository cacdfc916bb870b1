import { AuditLogSeverity, defineMessages } from '@egeria-ts/core';

/** Error messages of the NATS topic connector (component `EGERIA-TS-NATS`). */
export const NATS_ERROR_CODE = defineMessages({
  /** {0} field, {1} problem. */
  BAD_ADDRESS: {
    messageId: 'EGERIA-TS-NATS-400-001',
    httpCode: 400,
    template: 'The NATS server address in {0} is not usable: {1}',
    systemAction: 'The connector cannot reach the server and does not start.',
    userAction:
      'Set the endpoint address to nats://host:port (or host:port, or several of them separated by commas); credentials belong in the connection userId and clearPassword, or securedProperties.token.',
  },
  /** {0} option, {1} value. */
  INVALID_OPTION: {
    messageId: 'EGERIA-TS-NATS-400-002',
    httpCode: 400,
    template: 'The JetStream reader option {0} is not valid: {1}',
    systemAction: 'The reader is not created.',
    userAction: 'Correct the option.',
  },
  /** {0} connector, {1} method. */
  NOT_STARTED: {
    messageId: 'EGERIA-TS-NATS-409-001',
    httpCode: 409,
    template: 'Connector {0} was asked to {1} before it started',
    systemAction: 'The request is refused.',
    userAction: 'Start the connector before refreshing it.',
  },
  /** {0} server, {1} user, {2} client message. */
  CONNECT_FAILED: {
    messageId: 'EGERIA-TS-NATS-503-001',
    httpCode: 503,
    template: 'Could not connect to NATS server {0} as {1}: {2}',
    systemAction: 'Nothing is read in this refresh; the catalog is left as it was.',
    userAction:
      'Check that the server runs, that it is reachable and that it accepts these credentials, then refresh again.',
  },
  /** {0} server, {1} what was asked, {2} client message. */
  JETSTREAM_FAILED: {
    messageId: 'EGERIA-TS-NATS-503-002',
    httpCode: 503,
    template: 'The JetStream API of NATS server {0} did not answer {1}: {2}',
    systemAction: 'Nothing is read in this refresh; the catalog is left as it was.',
    userAction:
      'Check that JetStream is enabled on the server (nats-server -js) and that the account may use its API, then refresh again.',
  },
});

/** Audit messages of the NATS topic connector (component `EGERIA-TS-NATS`). */
export const NATS_AUDIT_CODE = defineMessages({
  /** {0} connector, {1} server. */
  REFRESH_STARTING: {
    messageId: 'EGERIA-TS-NATS-0001',
    severity: AuditLogSeverity.INFO,
    template: 'Connector {0} is cataloguing the JetStream streams of NATS server {1}',
    systemAction: 'The connector lists the streams through the JetStream API and synchronizes their topics.',
    userAction: 'None.',
  },
  /** {0} connector, {1} server, {2} streams, {3} created, {4} updated, {5} removed. */
  REFRESH_COMPLETE: {
    messageId: 'EGERIA-TS-NATS-0002',
    severity: AuditLogSeverity.INFO,
    template:
      'Connector {0} catalogued {2} stream(s) of NATS server {1}: {3} topic(s) created, {4} updated, {5} removed',
    systemAction: 'The refresh is complete.',
    userAction: 'None.',
  },
  /** {0} connector, {1} topic qualified name, {2} topic GUID. */
  TOPIC_CREATED: {
    messageId: 'EGERIA-TS-NATS-0003',
    severity: AuditLogSeverity.INFO,
    template: 'Connector {0} created topic {1} ({2}) for a new JetStream stream',
    systemAction: 'The topic is in open metadata, owned by its metadata source when it has one.',
    userAction: 'None.',
  },
  /** {0} connector, {1} topic qualified name, {2} topic GUID. */
  TOPIC_UPDATED: {
    messageId: 'EGERIA-TS-NATS-0004',
    severity: AuditLogSeverity.INFO,
    template: 'Connector {0} updated topic {1} ({2}): the configuration of its JetStream stream changed',
    systemAction: 'The topic properties now match the configuration of the stream.',
    userAction: 'None.',
  },
  /** {0} connector, {1} topic qualified name, {2} topic GUID. */
  TOPIC_REMOVED: {
    messageId: 'EGERIA-TS-NATS-0005',
    severity: AuditLogSeverity.INFO,
    template: 'Connector {0} removed topic {1} ({2}): its JetStream stream is gone or no longer passes the filter',
    systemAction: 'The topic is removed from open metadata.',
    userAction: 'None.',
  },
  /** {0} connector, {1} topic qualified name. */
  NOT_OWNED: {
    messageId: 'EGERIA-TS-NATS-0006',
    severity: AuditLogSeverity.INFO,
    template: 'Connector {0} leaves topic {1} alone: another metadata source owns it',
    systemAction: 'The topic is neither changed nor removed.',
    userAction: 'If this connector should maintain it, remove it from open metadata; the next refresh recreates it.',
  },
  /** {0} connector, {1} server, {2} permitted synchronization. */
  SYNCHRONIZATION_NOT_SUPPORTED: {
    messageId: 'EGERIA-TS-NATS-0007',
    severity: AuditLogSeverity.ACTION,
    template:
      'Connector {0} does not catalogue NATS server {1}: its permitted synchronization is {2}, and it only copies from the server into open metadata',
    systemAction: 'The connector neither reads the server nor writes to open metadata.',
    userAction: 'Configure the connector with permitted synchronization FROM_THIRD_PARTY (or BOTH_DIRECTIONS).',
  },
});
