/**
 * The foundation of egeria-ts: Egeria's connection model, the integration connector and context
 * base classes, the audit log, typed errors, and the decorators that mark connector classes.
 * @packageDocumentation
 */
import 'reflect-metadata';

// Errors
export { EgeriaError } from './errors/egeria-error';
export type { EgeriaErrorOptions } from './errors/egeria-error';
export {
  InvalidParameterException,
  UserNotAuthorizedException,
  PropertyServerException,
  ConnectorCheckedException,
  ConnectionCheckedException,
  IllegalStateError,
  EXCEPTION_CLASSES,
} from './errors/exceptions';

// Enums
export { parseEnumValue } from './enums/enum-info';
export type { EnumValueInfo } from './enums/enum-info';
export { PermittedSynchronization, PERMITTED_SYNCHRONIZATION_INFO } from './enums/permitted-synchronization';
export { IntegrationConnectorStatus, INTEGRATION_CONNECTOR_STATUS_INFO } from './enums/integration-connector-status';
export { DeleteMethod, DELETE_METHOD_INFO } from './enums/delete-method';
export { OutTopicEventType, OUT_TOPIC_EVENT_TYPE_INFO } from './enums/out-topic-event-type';

// Connection model
export { SECRET_CONNECTION_FIELDS, isVirtualConnection, getConnectorProviderClassName } from './connection/connection';
export type {
  Connection,
  VirtualConnection,
  EmbeddedConnection,
  ConnectorType,
  Endpoint,
  ConnectionBeanHeader,
  ConfigurationPropertyMap,
} from './connection/connection';
export { ConfigurationProperties, describeValue } from './connection/configuration-properties';

// Audit log
export { AuditLogSeverity, AUDIT_LOG_SEVERITY_ORDINALS, formatMessage } from './audit/message-definition';
export type { MessageDefinition } from './audit/message-definition';
export type { AuditLog } from './audit/audit-log';

// Audit logger, destinations, redaction and secret references
export { AuditLogger } from './audit/audit-logger';
export type { AuditLoggerOptions } from './audit/audit-logger';
export type { AuditLogRecord } from './audit/audit-log-record';
export type { AuditLogDestination } from './audit/audit-log-destination';
export { JsonLinesAuditLogDestination } from './audit/json-lines-destination';
export type { JsonLinesAuditLogDestinationOptions, AuditLogTextStream } from './audit/json-lines-destination';
export { InMemoryAuditLogDestination } from './audit/in-memory-destination';
export { FunctionAuditLogDestination } from './audit/function-destination';
export { AUDIT_LOG_SEVERITY_RANK } from './audit/severity-rank';
export { redact, redactError } from './secrets/redact';
export type { RedactedError } from './secrets/redact';
export { REDACTED, SECRET_KEY_NAMES, isSecretKey } from './secrets/secret-keys';
export { registerSecret } from './secrets/secret-registry';
export { redactConnection, registerConnectionSecrets } from './secrets/redact-connection';
export { resolveSecretReference, hasSecretReference } from './secrets/secret-reference';
export type { SecretReferenceOptions } from './secrets/secret-reference';
export { resolveSecretReferences } from './secrets/resolve-secret-references';
export type { ResolveSecretReferencesOptions } from './secrets/resolve-secret-references';
