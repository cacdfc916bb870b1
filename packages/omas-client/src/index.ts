/**
 * REST clients for the Egeria Open Metadata Access Services (OMAS) and out-topic event clients.
 * @packageDocumentation
 */

/** The version of this package. */
export const VERSION = '0.1.0';

// Out-topic events and topic connectors
export type {
  TopicConnector,
  TopicListener,
  TopicConnectorOptions,
  TopicEventLogger,
  EventDirection,
  ReconnectOptions,
} from './events/topic-connector';
export { TopicConnectorBase } from './events/topic-connector-base';
export type { TopicConnectorBaseOptions } from './events/topic-connector-base';
export {
  TopicConnectorRegistry,
  OMAS_OUT_TOPIC_CLIENT_PROVIDERS,
  resolveEventDirection,
  describeConnection,
} from './events/topic-connector-registry';
export type {
  TopicConnectorFactory,
  TopicConnectorRegistryOptions,
  RegisterTopicConnectorOptions,
} from './events/topic-connector-registry';
export {
  createTopicConnectorRegistry,
  defaultTopicConnectorRegistry,
  createTopicConnector,
} from './events/default-registry';
export type { CreateTopicConnectorRegistryOptions, CreateTopicConnectorOptions } from './events/default-registry';
export { nextBackoffDelay, resolveReconnectOptions } from './events/backoff';
export type { ResolvedReconnectOptions } from './events/backoff';
export { DEFAULT_TOPIC_URL_ROOT, defaultOutTopicName, defaultInTopicName } from './events/topic-names';
export type { TopicNameOptions } from './events/topic-names';
export { createOutTopicEventParser, rawEventParser } from './events/event-parser';
export type {
  OutTopicEventParser,
  OutTopicEventSpec,
  OutTopicEventFieldKind,
  OutTopicEventTypes,
} from './events/event-parser';
export {
  GOVERNANCE_SERVER_MARKER,
  GOVERNANCE_SERVER_EVENT_TYPE_CODES,
  governanceServerEventParser,
} from './events/governance-server-events';
export type {
  GovernanceServerEvent,
  GovernanceServerEventType,
  GovernanceServerEventClass,
} from './events/governance-server-events';
export type {
  EventElementHeader,
  EventElementStub,
  EventElementType,
  EventElementOrigin,
  EventElementVersions,
  EventElementControlHeader,
  EventElementClassification,
} from './events/element-header';
export {
  dataManagerEventParser,
  assetManagerEventParser,
  communityProfileEventParser,
  securityManagerEventParser,
  itInfrastructureEventParser,
  assetConsumerEventParser,
  OUT_TOPIC_EVENT_PARSERS,
} from './events/omas-events';
export type {
  DataManagerOutboundEvent,
  AssetManagerOutTopicEvent,
  ElementChangeOutTopicEvent,
  SecurityManagerOutTopicEvent,
  ITInfrastructureOutTopicEvent,
  AssetConsumerOutTopicEvent,
  CommunityProfileOutboundEvent,
  CommunityProfileOutboundEventType,
  OutTopicEventsByService,
} from './events/omas-events';
export { InMemoryTopic, InMemoryEventBus, defaultInMemoryEventBus } from './events/connectors/in-memory-topic';
export type { InMemoryTopicSubscriber } from './events/connectors/in-memory-topic';
export {
  InMemoryTopicConnector,
  InMemoryTopicConnectorFactory,
  IN_MEMORY_TOPIC_CONNECTOR_PROVIDER,
  EGERIA_IN_MEMORY_TOPIC_PROVIDER,
} from './events/connectors/in-memory-topic-connector';
export type { InMemoryTopicConnectorOptions } from './events/connectors/in-memory-topic-connector';
export {
  EventStreamTopicConnector,
  EventStreamTopicConnectorFactory,
  EVENT_STREAM_TOPIC_CONNECTOR_PROVIDER,
} from './events/connectors/event-stream-topic-connector';
export type { EventStreamTopicConnectorOptions } from './events/connectors/event-stream-topic-connector';
// End of out-topic events

// REST transport, FFDC envelope and the generic OMAS REST client (transport helper)
export type {
  HttpMethod,
  ServiceRoot,
  QueryParameterDefinition,
  ResponseDefinition,
  OperationDefinition,
  ServiceDefinition,
} from './operations/operation-definition';
export type { OperationInvoker, OperationRequest, PageOptions } from './operations/operation-invoker';
export { OmasTransport } from './transport/omas-transport';
export type { OmasTransportOptions, OmasTlsOptions } from './transport/omas-transport';
export type { OmasLogger, OmasLogLevel } from './transport/logger';
export type {
  TransportRequest,
  TransportResponse,
  TransportHandler,
  TransportMiddleware,
} from './transport/transport-types';
export { MiddlewareStack } from './transport/middleware-stack';
export type { MiddlewarePosition } from './transport/middleware-stack';
export { AUTH_MIDDLEWARE, createAuthMiddleware } from './transport/auth';
export type {
  OmasAuthOptions,
  BasicAuthOptions,
  BearerAuthOptions,
  BearerTokenProvider,
  BearerTokenContext,
} from './transport/auth';
export { RETRY_MIDDLEWARE, createRetryMiddleware } from './transport/retry';
export type { RetryOptions } from './transport/retry';
export {
  USER_AGENT_MIDDLEWARE,
  LOGGING_MIDDLEWARE,
  createUserAgentMiddleware,
  createLoggingMiddleware,
  defaultUserAgent,
} from './transport/standard-middleware';
export { errorFromFFDCResponse } from './transport/ffdc-envelope';
export type { FFDCResponseBase, ResponseContext } from './transport/ffdc-envelope';
export { OmasRestClient, DEFAULT_ITERATION_PAGE_SIZE } from './operations/omas-rest-client';
export type { OmasRestClientOptions } from './operations/omas-rest-client';
export type {
  EgeriaDate,
  ElementHeader,
  ElementControlHeader,
  ElementClassification,
  ElementType,
  ElementOrigin,
  ElementVersions,
} from './operations/element-header';

// Data Manager OMAS: databases (transport helper)
export {
  DATA_MANAGER_DATABASE_SERVICE,
  DATA_MANAGER_DATABASE_OPERATIONS,
} from './services/data-manager/database-operations';
export type {
  DataManagerDatabaseOperationName,
  EgeriaDateInput,
  OpenMetadataRootProperties,
  ReferenceableProperties,
  SupplementaryProperties,
  DatabaseManagerProperties,
  AssetProperties,
  DatabaseProperties,
  DatabaseSchemaProperties,
  DataItemSortOrder,
  SchemaAttributeProperties,
  DatabaseTableProperties,
  DatabaseQueryProperties,
  DatabaseViewProperties,
  DatabaseColumnProperties,
  KeyPattern,
  EffectivityProperties,
  DatabasePrimaryKeyProperties,
  DatabaseForeignKeyProperties,
  TemplateProperties,
  DatabaseElement,
  DatabaseSchemaElement,
  DatabaseTableElement,
  DatabaseViewElement,
  DatabaseColumnElement,
} from './services/data-manager/database-operations';
export { DatabaseManagerClient } from './services/data-manager/database-manager-client';
export type {
  DataManagerCallOptions,
  ExternalSourceOptions,
  DataManagerPagingOptions,
  SearchOptions,
  NameOptions,
  GUIDOptions,
  DatabaseListOperation,
  DatabaseListOperations,
  DatabaseListOperationName,
} from './services/data-manager/database-manager-client';

// Typed service clients: operation tables, clients and beans (tables helper)
export type { OmasCallOptions, OmasPagingOptions } from './services/common/options';
export type { OutTopicConnectionOptions } from './services/common/out-topic-connection';
export { GOVERNANCE_CONFIGURATION_SERVICE } from './services/framework/governance-configuration-operations';
export type { GovernanceConfigurationOperationName } from './services/framework/governance-configuration-operations';
export { GovernanceConfigurationClient } from './services/framework/governance-configuration-client';
export { OPEN_INTEGRATION_SERVICE } from './services/framework/open-integration-operations';
export type { OpenIntegrationOperationName } from './services/framework/open-integration-operations';
export { OpenIntegrationClient } from './services/framework/open-integration-client';
export { OPEN_METADATA_STORE_SERVICE } from './services/framework/open-metadata-store-operations';
export type { OpenMetadataStoreOperationName } from './services/framework/open-metadata-store-operations';
export { OpenMetadataStoreClient } from './services/framework/open-metadata-store-client';
export { OPEN_GOVERNANCE_SERVICE } from './services/framework/open-governance-operations';
export type { OpenGovernanceOperationName } from './services/framework/open-governance-operations';
export { OpenGovernanceClient } from './services/framework/open-governance-client';
export { CONNECTED_ASSET_SERVICE } from './services/framework/connected-asset-operations';
export type { ConnectedAssetOperationName } from './services/framework/connected-asset-operations';
export { ConnectedAssetClient } from './services/framework/connected-asset-client';
export type {
  EngineActionStatus,
  GovernanceSpecification,
  GovernanceActionProcessProperties,
  GovernanceActionProcessElement,
  GovernanceActionProcessStepProperties,
  GovernanceActionProcessStepElement,
  GovernanceActionProcessStepExecution,
  GovernanceActionProcessStepExecutionElement,
  FirstGovernanceActionProcessStepElement,
  NextGovernanceActionProcessStepElement,
  EngineActionElement,
} from './services/framework/governance-action-beans';
export { DATA_MANAGER_FILES_SERVICE } from './services/data-manager/files-operations';
export type { DataManagerFilesOperationName } from './services/data-manager/files-operations';
export { FilesAndFoldersClient } from './services/data-manager/files-client';
export { DATA_MANAGER_METADATA_SOURCE_SERVICE } from './services/data-manager/metadata-sources-operations';
export type { DataManagerMetadataSourceOperationName } from './services/data-manager/metadata-sources-operations';
export { DataManagerMetadataSourceClient } from './services/data-manager/metadata-sources-client';
export { DATA_MANAGER_EVENT_BROKER_SERVICE } from './services/data-manager/event-broker-operations';
export type { DataManagerEventBrokerOperationName } from './services/data-manager/event-broker-operations';
export { EventBrokerClient } from './services/data-manager/event-broker-client';
export { DATA_MANAGER_API_SERVICE } from './services/data-manager/api-manager-operations';
export type { DataManagerAPIOperationName } from './services/data-manager/api-manager-operations';
export { APIManagerClient } from './services/data-manager/api-manager-client';
export { DATA_MANAGER_DISPLAY_SERVICE } from './services/data-manager/display-application-operations';
export type { DataManagerDisplayOperationName } from './services/data-manager/display-application-operations';
export { DisplayApplicationClient } from './services/data-manager/display-application-client';
export { DATA_MANAGER_SCHEMA_SERVICE } from './services/data-manager/schema-manager-operations';
export type { DataManagerSchemaOperationName } from './services/data-manager/schema-manager-operations';
export { DataManagerSchemaClient } from './services/data-manager/schema-manager-client';
export { DATA_MANAGER_CONNECTION_SERVICE } from './services/data-manager/connection-manager-operations';
export type { DataManagerConnectionOperationName } from './services/data-manager/connection-manager-operations';
export { DataManagerConnectionClient } from './services/data-manager/connection-manager-client';
export { ConnectionFamilyClient } from './services/common/connection-family-client';
export { ASSET_MANAGER_REGISTRATION_SERVICE } from './services/asset-manager/asset-manager-registration-operations';
export type { AssetManagerRegistrationOperationName } from './services/asset-manager/asset-manager-registration-operations';
export { ExternalAssetManagerClient } from './services/asset-manager/asset-manager-registration-client';
export { ASSET_MANAGER_DATA_ASSET_SERVICE } from './services/asset-manager/data-asset-exchange-operations';
export type { AssetManagerDataAssetOperationName } from './services/asset-manager/data-asset-exchange-operations';
export { DataAssetExchangeClient } from './services/asset-manager/data-asset-exchange-client';
export { ASSET_MANAGER_LINEAGE_SERVICE } from './services/asset-manager/lineage-exchange-operations';
export type { AssetManagerLineageOperationName } from './services/asset-manager/lineage-exchange-operations';
export { LineageExchangeClient } from './services/asset-manager/lineage-exchange-client';
export { ASSET_MANAGER_GLOSSARY_SERVICE } from './services/asset-manager/glossary-exchange-operations';
export type { AssetManagerGlossaryOperationName } from './services/asset-manager/glossary-exchange-operations';
export { GlossaryExchangeClient } from './services/asset-manager/glossary-exchange-client';
export { ASSET_MANAGER_EXTERNAL_REFERENCE_SERVICE } from './services/asset-manager/external-reference-exchange-operations';
export type { AssetManagerExternalReferenceOperationName } from './services/asset-manager/external-reference-exchange-operations';
export { ExternalReferenceExchangeClient } from './services/asset-manager/external-reference-exchange-client';
export { COMMUNITY_PROFILE_SERVICE } from './services/community-profile/organization-management-operations';
export type { CommunityProfileOperationName } from './services/community-profile/organization-management-operations';
export { OrganizationManagementClient } from './services/community-profile/organization-management-client';
export { SECURITY_MANAGER_SERVICE } from './services/security-manager/security-manager-operations';
export type { SecurityManagerOperationName } from './services/security-manager/security-manager-operations';
export { SecurityManagerClient } from './services/security-manager/security-manager-client';
export { ASSET_CONSUMER_SERVICE } from './services/asset-consumer/asset-consumer-operations';
export type { AssetConsumerOperationName } from './services/asset-consumer/asset-consumer-operations';
export { AssetConsumerClient } from './services/asset-consumer/asset-consumer-client';
export { GOVERNANCE_SERVER_SERVICE } from './services/governance-server/governance-server-operations';
export type { GovernanceServerOperationName } from './services/governance-server/governance-server-operations';
export { GovernanceServerClient } from './services/governance-server/governance-server-client';
export { IT_INFRASTRUCTURE_SERVICE } from './services/it-infrastructure/it-infrastructure-operations';
export type { ITInfrastructureOperationName } from './services/it-infrastructure/it-infrastructure-operations';
export { ITInfrastructureClient } from './services/it-infrastructure/it-infrastructure-client';
export { IT_INFRASTRUCTURE_ASSET_SERVICE } from './services/it-infrastructure/it-assets-operations';
export type { ITInfrastructureAssetOperationName } from './services/it-infrastructure/it-assets-operations';
export { ITAssetManagerClient } from './services/it-infrastructure/it-assets-client';
export { IT_INFRASTRUCTURE_PROFILE_SERVICE } from './services/it-infrastructure/it-profiles-operations';
export type { ITInfrastructureProfileOperationName } from './services/it-infrastructure/it-profiles-operations';
export { ITProfileManagerClient } from './services/it-infrastructure/it-profiles-client';
export { DATA_MANAGER_VALID_VALUES_SERVICE } from './services/data-manager/valid-values-operations';
export type { DataManagerValidValuesOperationName } from './services/data-manager/valid-values-operations';
export { DataManagerValidValuesClient } from './services/data-manager/valid-values-client';
export { ASSET_MANAGER_SCHEMA_SERVICE } from './services/asset-manager/schema-exchange-operations';
export type { AssetManagerSchemaOperationName } from './services/asset-manager/schema-exchange-operations';
export { SchemaExchangeClient } from './services/asset-manager/schema-exchange-client';
export { ASSET_MANAGER_STEWARDSHIP_SERVICE } from './services/asset-manager/stewardship-exchange-operations';
export type { AssetManagerStewardshipOperationName } from './services/asset-manager/stewardship-exchange-operations';
export { StewardshipExchangeClient } from './services/asset-manager/stewardship-exchange-client';
export type {
  StewardshipFlagsOption,
  SetClassificationOptions,
  ClearClassificationOptions,
  StewardshipLinkOptions,
  StewardshipUnlinkOptions,
  StewardshipListOptions,
} from './services/asset-manager/stewardship-exchange-client';
export type {
  AssetManagerClassificationRequestBody,
  FindByPropertiesRequestBody,
  AssetManagerAssetElement,
  AssetManagerGovernanceDefinitionElement,
} from './services/asset-manager/stewardship-beans';
export type {
  MatchCriteria,
  PropertyComparisonOperator,
  PrimitiveTypePropertyValue,
  PropertyCondition,
  SearchProperties,
  ClassificationCondition,
  SearchClassifications,
  FindRequestBody,
} from './services/framework/search-beans';
export {
  elementHeaderOf,
  metadataElementSummaryOf,
  relatedMetadataElementSummaryOf,
  isElementOfType,
  validValueElementValues,
  validValuePropertiesOf,
} from './services/framework/open-metadata-element-converters';
export type {
  AssetManagerValidValueElement,
  ValidValueMember,
  AssetManagerReferenceableElement,
  ReferenceValueAssignmentItemElement,
  ReferenceValueAssignmentDefinitionElement,
} from './services/asset-manager/valid-values-beans';
export {
  toPropertyValue,
  toElementProperties,
  fromElementProperties,
  searchPropertiesByName,
  classificationSearch,
} from './services/framework/property-values';
export type {
  GlossaryTermAssignmentStatus,
  GovernanceClassificationBase,
  GovernanceClassificationProperties,
  RetentionClassificationProperties,
  SecurityTagsProperties,
  OwnerProperties,
  AssetOriginProperties,
  SubjectAreaClassificationProperties,
  DataFieldValuesProperties,
  SemanticAssignmentProperties,
  FindProperties,
  DataFieldQueryProperties,
  FindAssetOriginProperties,
  FindPropertyNamesProperties,
  MetadataElementSummary,
  RelatedMetadataElementSummary,
} from './services/common/beans/stewardship-properties';
export { ASSET_MANAGER_CONNECTION_SERVICE } from './services/asset-manager/connection-exchange-operations';
export type { AssetManagerConnectionOperationName } from './services/asset-manager/connection-exchange-operations';
export { ConnectionExchangeClient } from './services/asset-manager/connection-exchange-client';
export type {
  AssetManagerConnectionElement,
  AssetManagerConnectionRequestBody,
  AssetManagerConnectorTypeElement,
  AssetManagerConnectorTypeRequestBody,
  AssetManagerEffectiveTimeQueryRequestBody,
  AssetManagerEndpointElement,
  AssetManagerEndpointRequestBody,
  AssetManagerIdentifiersRequestBody,
  AssetManagerNameRequestBody,
  AssetManagerReferenceableRequestBody,
  AssetManagerSchemaAttributeElement,
  AssetManagerSchemaAttributeRequestBody,
  AssetManagerSchemaTypeElement,
  AssetManagerSchemaTypeRequestBody,
  AssetManagerSearchStringRequestBody,
  AssetManagerTemplateProperties,
  CalculatedValueClassificationRequestBody,
  ControlledGlossaryTermRequestBody,
  DataAssetElement,
  DataAssetRequestBody,
  ExternalReferenceElement,
  ExternalReferenceLinkElement,
  ExternalReferenceLinkRequestBody,
  ExternalReferenceRequestBody,
  ForeignKeyRequestBody,
  GlossaryCategoryElement,
  GlossaryElement,
  GlossaryNameRequestBody,
  GlossarySearchStringRequestBody,
  GlossaryTemplateRequestBody,
  GlossaryTermElement,
  GlossaryTermRelationshipRequestBody,
  GlossaryTermStatusRequestBody,
  PortElement,
  PortRequestBody,
  ProcessElement,
  ProcessRequestBody,
  ProcessStatusRequestBody,
  ReferenceableUpdateRequestBody,
  TemplateRequestBody,
  UpdateRequestBody,
} from './services/asset-manager/asset-manager-beans';
export type {
  ActorProfileProperties,
  AppointmentProperties,
  ContactMethodProperties,
  ContributionRecord,
  ITProfileProperties,
  PersonRoleProperties,
  PersonalRoleProperties,
  ProfileIdentityProperties,
  ProfileLocationProperties,
  UserIdentityProperties,
} from './services/common/beans/actor-properties';
export type {
  APIProperties,
  DataAssetProperties,
  DataFileProperties,
  DataSetProperties,
  DataStoreProperties,
  FileFolderProperties,
  FormProperties,
  PortProperties,
  DataContentForDataSetProperties,
  ProcessContainmentProperties,
  ProcessProperties,
  QueryProperties,
  ReportProperties,
  ServerAssetUseProperties,
  TopicProperties,
} from './services/common/beans/asset-properties';
export type {
  APIManagerProperties,
  ApplicationProperties,
  AssetManagerProperties,
  DataProcessingEngineProperties,
  EventBrokerProperties,
  FileManagerProperties,
  FileSystemProperties,
  MetadataSourceProperties,
  SecurityManagerProperties,
  SoftwareCapabilityProperties,
} from './services/common/beans/capability-properties';
export type {
  ConnectionProperties,
  ConnectorTypeProperties,
  EndpointProperties,
} from './services/common/beans/connection-properties';
export type {
  ArchiveProperties,
  ClassificationProperties,
  RelationshipProperties,
} from './services/common/beans/core-properties';
export type {
  APIElement,
  APIOperationElement,
  APIParameterListElement,
  ActorProfileElement,
  Appointee,
  AssetElement,
  AssetRelationshipElement,
  ConnectionElement,
  ConnectorTypeElement,
  ContactMethodElement,
  ContributionRecordElement,
  ControlFlowElement,
  DataContainerElement,
  DataFileElement,
  DataFlowElement,
  ElementClassificationHeader,
  ElementStub,
  EmbeddedConnectionElement,
  EndpointElement,
  EventTypeElement,
  FileFolderElement,
  FileSystemElement,
  FormElement,
  ITProfileElement,
  LineageMappingElement,
  MetadataSourceElement,
  PersonRoleElement,
  ProcessCallElement,
  ProfileIdentityElement,
  ProfileLocationElement,
  QueryElement,
  RelatedAssetElement,
  RelatedElement,
  RelationshipElement,
  ReportElement,
  SchemaAttributeElement,
  SchemaTypeElement,
  SecurityGroupElement,
  ServerAssetUseElement,
  SoftwareCapabilityElement,
  TopicElement,
  UserIdentityElement,
  ValidValueElement,
  ValidValueSetElement,
} from './services/common/beans/elements';
export type {
  APIParameterListType,
  ClassificationOrigin,
  ContactMethodType,
  DeleteMethod,
  ElementStatus,
  GlossaryTermRelationshipStatus,
  GlossaryTermStatus,
  PermittedSynchronization,
  PortType,
  ProcessContainmentType,
  ProcessStatus,
  SequencingOrder,
  ServerAssetUseType,
} from './services/common/beans/enums';
export type {
  ExternalReferenceLinkProperties,
  ExternalReferenceProperties,
} from './services/common/beans/external-reference-properties';
export type {
  GlossaryCategoryProperties,
  GlossaryProperties,
  GlossaryTermCategorization,
  GlossaryTermProperties,
  GlossaryTermRelationship,
} from './services/common/beans/glossary-properties';
export type { GovernanceDefinitionProperties } from './services/common/beans/governance-properties';
export type {
  ControlFlowProperties,
  DataFlowProperties,
  LineageMappingProperties,
  ProcessCallProperties,
} from './services/common/beans/lineage-properties';
export type {
  APIManagerRequestBody,
  APIOperationRequestBody,
  APIParameterListRequestBody,
  APIRequestBody,
  ActorProfileRequestBody,
  ApplicationRequestBody,
  AppointmentRequestBody,
  ArchiveRequestBody,
  AssetConnectionRequestBody,
  AssetExtensionsRequestBody,
  AssetRequestBody,
  ConnectionRequestBody,
  ConnectorTypeRequestBody,
  ContactMethodRequestBody,
  ControlFlowRequestBody,
  DataContainerRequestBody,
  DataFileRequestBody,
  DataFlowRequestBody,
  DataFolderRequestBody,
  DataProcessingEngineRequestBody,
  DeleteRequestBody,
  DerivedSchemaTypeQueryTargetRequestBody,
  EffectiveDatesRequestBody,
  EffectiveTimeQueryRequestBody,
  EffectiveTimeRequestBody,
  ElementStatusRequestBody,
  EmbeddedConnectionRequestBody,
  EndpointRequestBody,
  EnumSchemaTypeRequestBody,
  EventBrokerRequestBody,
  EventTypeRequestBody,
  ExternalSourceRequestBody,
  FileManagerRequestBody,
  FileSystemRequestBody,
  FormRequestBody,
  FormulaRequestBody,
  ITProfileRequestBody,
  LineageMappingRequestBody,
  LiteralSchemaTypeRequestBody,
  MapSchemaTypeRequestBody,
  MetadataSourceRequestBody,
  NameRequestBody,
  PathNameRequestBody,
  PersonRoleRequestBody,
  PrimaryKeyClassificationRequestBody,
  PrimitiveSchemaTypeRequestBody,
  ProcessCallRequestBody,
  QueryRequestBody,
  ReferenceableRequestBody,
  RelationshipRequestBody,
  ReportRequestBody,
  ResultsRequestBody,
  SchemaAttributeRequestBody,
  SchemaTypeChoiceRequestBody,
  SchemaTypeRequestBody,
  SearchStringRequestBody,
  SecurityManagerRequestBody,
  ServerAssetUseRequestBody,
  SoftwareCapabilityRequestBody,
  StructSchemaTypeRequestBody,
  TeamPlayerRequestBody,
  TopicRequestBody,
  UseTypeRequestBody,
  UserIdentityRequestBody,
} from './services/common/beans/request-bodies';
export type {
  APIOperationProperties,
  APIParameterListProperties,
  ComplexSchemaTypeProperties,
  DataContainerProperties,
  DerivedSchemaTypeQueryTargetProperties,
  EnumSchemaTypeProperties,
  EventTypeProperties,
  ForeignKeyProperties,
  LiteralSchemaTypeProperties,
  MapSchemaTypeProperties,
  PrimaryKeyProperties,
  PrimitiveSchemaTypeProperties,
  RootSchemaTypeProperties,
  SchemaElementProperties,
  SchemaTypeChoiceProperties,
  SchemaTypeProperties,
  SimpleSchemaTypeProperties,
  StructSchemaTypeProperties,
} from './services/common/beans/schema-properties';
export type { SecurityGroupProperties } from './services/common/beans/security-properties';
export type {
  ValidValueProperties,
  ValidValueSetProperties,
  ValidValueMembershipProperties,
  ValidValueAssignmentProperties,
  ReferenceValueAssignmentProperties,
} from './services/common/beans/valid-value-properties';
export type { DataManagerTemplateRequestBody } from './services/data-manager/data-manager-beans';
export type {
  AnyTimeRequestBody,
  AttachedClassification,
  CatalogTarget,
  CatalogTargetProperties,
  ElementProperties,
  ExternalIdentifierProperties,
  GovernanceEffectiveTimeQueryRequestBody,
  GovernanceMetadataSourceRequestBody,
  GovernanceUpdateRequestBody,
  IntegrationConnectorElement,
  IntegrationConnectorProperties,
  IntegrationGroupElement,
  IntegrationGroupProperties,
  IntegrationMetadataSourceRequestBody,
  IntegrationReport,
  IntegrationReportProperties,
  MetadataCorrelationHeader,
  MetadataCorrelationProperties,
  NewClassificationRequestBody,
  NewOpenMetadataElementRequestBody,
  NewRelatedElementsRequestBody,
  OpenMetadataElement,
  PropertyValue,
  RegisteredIntegrationConnectorElement,
  RegisteredIntegrationConnectorProperties,
  RelatedMetadataElement,
  RelatedMetadataElementList,
  UpdateMetadataCorrelatorsRequestBody,
  UpdatePropertiesRequestBody,
} from './services/framework/framework-beans';
export type {
  ITInfrastructureTemplateProperties,
  ITInfrastructureTemplateRequestBody,
} from './services/it-infrastructure/it-infrastructure-beans';
// End of typed service clients

// Integration service kit: what the twelve integration services share
export { createIntegrationService } from './integration/create-integration-service';
export type {
  CreateIntegrationServiceOptions,
  OmasIntegrationService,
  IntegrationServiceMessages,
  IntegrationConnectorClass,
} from './integration/create-integration-service';
export { OmasIntegrationContext } from './integration/omas-integration-context';
export type {
  IntegrationContextDependencies,
  OmasIntegrationContextClass,
  ExternalSource,
  CheckedPaging,
} from './integration/omas-integration-context';
export type { MetadataSourceType } from './integration/metadata-source';
export { OutTopicListeners } from './integration/out-topic-listeners';
export type { OutTopicListenersOptions, FirstRefreshWrites } from './integration/out-topic-listeners';
export { GovernanceConfigurationCatalogTargetStore } from './integration/catalog-target-store';
export { OpenIntegrationReportPublisher } from './integration/report-publisher';
export type { OpenIntegrationReportPublisherOptions } from './integration/report-publisher';
export { INTEGRATION_SERVICE_KIT_MESSAGES } from './integration/kit-messages';
export { typeNameOr, elementCreated, elementUpdated, elementDeleted } from './integration/element-changes';
// End of integration service kit

// Integration service kit: Data Manager contexts, shared option shapes and file system listeners
export { DataManagerValidValuesContext } from './integration/data-manager-valid-values-context';
export type { DataManagerEventListener, SourcedRequest } from './integration/data-manager-valid-values-context';
export { DataManagerSchemaTypesContext } from './integration/data-manager-schema-types-context';
export { DataManagerIntegrationContext } from './integration/data-manager-integration-context';
export type { PageRequest, KnownMetadataSource } from './integration/data-manager-integration-context';
export type {
  CreateValidValueOptions,
  ValidValueGUIDOption,
  UpdateValidValueOptions,
  ValidValueMemberOptions,
  SetupValidValueMemberOptions,
  ElementValidValueOptions,
  SetupValidValuesOptions,
  SetupReferenceValueTagOptions,
  ValidValuePagingOptions,
  ValidValueSetMembersOptions,
  ReferenceValuesOptions,
  ValidValuesForConsumerOptions,
} from './integration/valid-value-context-options';
export type {
  CreatePrimitiveSchemaTypeOptions,
  CreateLiteralSchemaTypeOptions,
  CreateEnumSchemaTypeOptions,
  CreateStructSchemaTypeOptions,
  CreateSchemaTypeChoiceOptions,
  CreateMapSchemaTypeOptions,
  SchemaTypeGUIDOption,
  DataManagerUpdateSchemaTypeOptions,
  DataManagerSchemaElementRelationshipOptions,
  SetupSchemaElementRelationshipOptions,
  FindSchemaTypeOptions,
  SchemaTypeByNameOptions,
  DataManagerSchemaTypeForElementOptions,
} from './integration/schema-type-context-options';
export type {
  ContextPagingOptions,
  ContextSearchOptions,
  ContextNameOptions,
  ContextGUIDOptions,
  ContextTemplateOptions,
  ContextMergeUpdateOption,
  CreateSchemaAttributeOptions,
  CreateSchemaAttributeFromTemplateOptions,
  SchemaAttributeGUIDOption,
  UpdateSchemaAttributeOptions,
  SetupSchemaTypeOptions,
  FindSchemaAttributesOptions,
  SchemaAttributesByNameOptions,
  NestedAttributesOptions,
} from './integration/context-options';
export { FilesListenerManager } from './integration/files-listener-manager';
export type {
  FileListener,
  FileDirectoryListener,
  FileFilter,
  FilesListenerManagerOptions,
} from './integration/files-listener-manager';
export { FILES_LISTENER_MESSAGES } from './integration/files-listener-messages';
// End of Data Manager contexts and file system listeners

// Connections, endpoints and connector types shared by the database, files, topic, API and infrastructure contexts
export { withConnectionMethods } from './integration/connections/connection-methods';
export type { ConnectionMethods } from './integration/connections/connection-methods';
export { withEndpointMethods } from './integration/connections/endpoint-methods';
export type { EndpointMethods } from './integration/connections/endpoint-methods';
export type { ConnectionFamilyService } from './integration/connections/connection-family';
export type {
  CreateConnectionOptions,
  ConnectionGUIDOption,
  UpdateConnectionOptions,
  ConnectorTypeLinkOptions,
  EndpointLinkOptions,
  EmbeddedConnectionLinkOptions,
  SetupEmbeddedConnectionOptions,
  AssetConnectionLinkOptions,
  SetupAssetConnectionOptions,
  CreateEndpointOptions,
  CreateEndpointFromTemplateOptions,
  EndpointGUIDOption,
  UpdateEndpointOptions,
  CreateConnectorTypeOptions,
  ConnectorTypeGUIDOption,
  UpdateConnectorTypeOptions,
} from './integration/connections/connection-options';
// End of connections, endpoints and connector types

// Asset Manager exchange services shared by the catalog and lineage integrators
export { AssetManagerExchangeServiceBase } from './integration/asset-manager/asset-manager-exchange-base';
export type {
  AssetManagerExchangeContext,
  LineageFlags,
} from './integration/asset-manager/asset-manager-exchange-base';
export { DataAssetExchangeService } from './integration/asset-manager/data-asset-exchange-service';
export {
  LineageExchangeService,
  LINEAGE_ELEMENT_TYPE_NAMES,
} from './integration/asset-manager/lineage-exchange-service';
export {
  LineageClassificationService,
  LINEAGE_CLASSIFICATION_NAMES,
} from './integration/asset-manager/lineage-classification-service';
export { SchemaExchangeService, SCHEMA_ELEMENT_TYPE_NAMES } from './integration/asset-manager/schema-exchange-service';
export type {
  CreateSchemaTypeOptions,
  CreateAnchoredSchemaTypeOptions,
  UpdateSchemaTypeOptions,
  SchemaTypeGUIDOptions,
  SchemaTypeParentOptions,
  SchemaTypeForElementOptions,
  SchemaElementRelationshipOptions,
  AssetManagerCreateSchemaAttributeOptions,
  AssetManagerCreateSchemaAttributeFromTemplateOptions,
  AssetManagerUpdateSchemaAttributeOptions,
  SchemaAttributeGUIDOptions,
  SchemaElementGUIDOptions,
  CalculatedValueOptions,
  PrimaryKeyOptions,
  ForeignKeyOptions,
  AssetManagerNestedAttributesOptions,
} from './integration/asset-manager/schema-exchange-options';
export type {
  EffectiveTimeOption,
  AssetManagerPagingOptions,
  AssetManagerSearchOptions,
  AssetManagerNameOptions,
  AssetManagerIsHomeOption,
  ExternalIdentifierOption,
  ExternalIdentifierNameOption,
  AssetManagerMergeUpdateOption,
  AssetManagerTemplateOptions,
  CreateDataAssetOptions,
  UpdateDataAssetOptions,
  DataAssetGUIDOptions,
  SetupRelatedDataAssetOptions,
  AssetRelationshipEndsOptions,
  AssetRelationshipGUIDOptions,
  UpdateAssetRelationshipOptions,
  RelatedAssetsAtEnd2Options,
  RelatedAssetsAtEnd1Options,
  CreateProcessOptions,
  UpdateProcessOptions,
  ProcessGUIDOptions,
  UpdateProcessStatusOptions,
  ProcessParentOptions,
  ProcessPagingOptions,
  CreatePortOptions,
  UpdatePortOptions,
  PortGUIDOptions,
  ProcessPortOptions,
  PortDelegationOptions,
  PortSchemaTypeOptions,
  PortPagingOptions,
  ElementGUIDOptions,
  SetupDataFlowOptions,
  GetDataFlowOptions,
  UpdateDataFlowOptions,
  DataFlowGUIDOptions,
  DataSupplierPagingOptions,
  DataConsumerPagingOptions,
  SetupControlFlowOptions,
  GetControlFlowOptions,
  UpdateControlFlowOptions,
  ControlFlowGUIDOptions,
  CurrentStepPagingOptions,
  SetupProcessCallOptions,
  GetProcessCallOptions,
  UpdateProcessCallOptions,
  ProcessCallGUIDOptions,
  CallerPagingOptions,
  CalledPagingOptions,
  SetupLineageMappingOptions,
  GetLineageMappingOptions,
  UpdateLineageMappingOptions,
  LineageMappingGUIDOptions,
  SourceElementPagingOptions,
  DestinationElementPagingOptions,
} from './integration/asset-manager/asset-manager-exchange-options';
// End of Asset Manager exchange services

// Security group, user identity and actor operations shared by the organization, security and infrastructure integrators
export { ActorIntegrationContext } from './integration/actors/actor-integration-context';
export type { ActorManagementClient } from './integration/actors/actor-integration-context';
export { UserIdentityIntegrationContext } from './integration/actors/user-identity-integration-context';
export type { UserIdentityClient } from './integration/actors/user-identity-integration-context';
export type {
  CreateSecurityGroupOptions,
  SecurityGroupGUIDOption,
  UpdateSecurityGroupOptions,
  DistinguishedNameOptions,
  GovernedElementsOptions,
  CreateUserIdentityOptions,
  UserIdentityGUIDOption,
  UpdateUserIdentityOptions,
  ProfileIdentityOption,
  ActorProfileUserIdOption,
  AppointeesOptions,
} from './integration/actors/actor-options';
// End of shared actor operations
