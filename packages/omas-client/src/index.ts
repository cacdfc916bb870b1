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
