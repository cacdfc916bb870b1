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
