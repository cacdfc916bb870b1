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
export {
  AuditLogSeverity,
  AUDIT_LOG_SEVERITY_ORDINALS,
  defineMessages,
  formatMessage,
} from './audit/message-definition';
export type { MessageDefinition, MessageDefinitions } from './audit/message-definition';
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

// Connector lifecycle: connector base, integration connector, integration context, registry, DI tokens
export { ConnectorState, ACTIVE_CONNECTOR_STATES } from './connector/connector-state';
export { ConnectorBase } from './connector/connector-base';
export type { ConnectorStatisticValue } from './connector/connector-base';
export { IntegrationConnector } from './connector/integration-connector';
export type {
  CatalogTargetIntegrator,
  CatalogTargetFailure,
  CatalogTargetRefreshSummary,
} from './connector/catalog-target-refresh';
export { CONNECTOR_ERROR_CODE } from './connector/connector-messages';
export { OIF_AUDIT_CODE, OIF_ERROR_CODE } from './connector/oif-messages';
export { IntegrationContext } from './context/integration-context';
export type { ElementChange, CatalogTargetPageOptions, WriteOptions } from './context/integration-context';
export type { IntegrationContextOptions } from './context/integration-context-options';
export type { ElementChangeKind } from './context/activity-report-recorder';
export type { CatalogTarget, CatalogTargetProperties, ElementStub } from './context/catalog-target';
export type {
  CatalogTargetStore,
  CatalogTargetRequestBase,
  AddCatalogTargetRequest,
  UpdateCatalogTargetRequest,
  CatalogTargetRelationshipRequest,
  ListCatalogTargetsRequest,
} from './context/catalog-target-store';
export type {
  IntegrationReport,
  IntegrationReportPublisher,
  PublishIntegrationReportRequest,
} from './context/integration-report';
export { WriteTarget } from './context/write-target';
export { elementShouldBeCatalogued } from './context/element-filter';
export { propertiesDiffer } from './context/properties-differ';
export type { PropertiesDifferOptions } from './context/properties-differ';
export { CONTEXT_ERROR_CODE } from './context/context-messages';
// Dry run: writes recorded instead of sent
export { DRY_RUN_GUID_PREFIX, newDryRunGUID, isDryRunGUID } from './context/dry-run';
export type { RecordedWrite, WriteRecorder } from './context/dry-run';
export type {
  ConfigurationPropertyType,
  ConfigurationPropertyValue,
  ConfigurationPropertyDefinition,
  CatalogTargetType,
  ConnectorDefinition,
  IntegrationConnectorDefinition,
  IntegrationConnectorOptions,
  ConnectorClass,
  RegisteredConnector,
} from './registry/connector-definition';
export { isIntegrationConnectorDefinition } from './registry/connector-definition';
export { getConnectorDefinition, getOwnConnectorDefinition } from './registry/connector-metadata';
export { validateConfigurationProperties, withConfigurationDefaults } from './registry/configuration-property-check';
export { ConnectorRegistry, defaultConnectorRegistry } from './registry/connector-registry';
export { integrationConnector, DEFAULT_REFRESH_TIME_INTERVAL } from './registry/integration-connector-decorator';
export { ConnectorBroker } from './registry/connector-broker';
export type { ConnectorBrokerOptions, ConnectorFactory, GetConnectorOptions } from './registry/connector-broker';
export { REGISTRY_ERROR_CODE } from './registry/registry-messages';
export type { TypedToken, TokenResolver } from './di/tokens';
export {
  INTEGRATION_CONTEXT_TOKEN,
  AUDIT_LOG_TOKEN,
  CONNECTION_TOKEN,
  CONFIGURATION_PROPERTIES_TOKEN,
  CONNECTOR_NAME_TOKEN,
  CONNECTOR_INSTANCE_ID_TOKEN,
  CONNECTOR_REGISTRY_TOKEN,
  resolveToken,
} from './di/tokens';

// Integration services
export {
  INTEGRATION_SERVICES,
  INTEGRATION_SERVICE_URL_MARKERS,
  getIntegrationService,
} from './service/integration-services';
export type { IntegrationServiceDescription, IntegrationServiceURLMarker } from './service/integration-services';
export { COMPONENT_DEVELOPMENT_STATUS_INFO, SERVICE_OPERATIONAL_STATUS_INFO } from './service/service-enums';
export type { ComponentDevelopmentStatus, ServiceOperationalStatus } from './service/service-enums';
export type {
  IntegrationService,
  CreateIntegrationContextRequest,
  PartnerServerOptions,
  PartnerServerTlsOptions,
} from './service/integration-service';
