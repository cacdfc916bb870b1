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
export type { OutTopicEventParser, OutTopicEventSpec, OutTopicEventFieldKind } from './events/event-parser';
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
  DatabaseListOperations,
  DatabaseListOperationName,
} from './services/data-manager/database-manager-client';
