import type { Connection } from '@egeria-ts/core';
import {
  EVENT_STREAM_TOPIC_CONNECTOR_PROVIDER,
  EventStreamTopicConnectorFactory,
} from './connectors/event-stream-topic-connector';
import type { InMemoryEventBus } from './connectors/in-memory-topic';
import {
  EGERIA_IN_MEMORY_TOPIC_PROVIDER,
  IN_MEMORY_TOPIC_CONNECTOR_PROVIDER,
  InMemoryTopicConnectorFactory,
} from './connectors/in-memory-topic-connector';
import type { TopicConnector, TopicConnectorOptions } from './topic-connector';
import type { TopicConnectorRegistryOptions } from './topic-connector-registry';
import { TopicConnectorRegistry } from './topic-connector-registry';

/** Options of {@link createTopicConnectorRegistry}. */
export interface CreateTopicConnectorRegistryOptions extends TopicConnectorRegistryOptions {
  /** The bus of the in-memory topic connectors; default `defaultInMemoryEventBus`. */
  readonly inMemoryBus?: InMemoryEventBus;
}

/**
 * A registry with this package's topic connectors: in-memory
 * ({@link IN_MEMORY_TOPIC_CONNECTOR_PROVIDER}, alias Egeria's in-memory topic provider) and the
 * emulator's event stream ({@link EVENT_STREAM_TOPIC_CONNECTOR_PROVIDER}). Kafka is added by
 * `registerKafkaTopicConnector` of `@egeria-ts/kafka-topic-connector`.
 */
export function createTopicConnectorRegistry(
  options: CreateTopicConnectorRegistryOptions = {},
): TopicConnectorRegistry {
  const registry = new TopicConnectorRegistry(options);
  registry.register(IN_MEMORY_TOPIC_CONNECTOR_PROVIDER, new InMemoryTopicConnectorFactory(options.inMemoryBus), {
    aliases: [EGERIA_IN_MEMORY_TOPIC_PROVIDER],
  });
  registry.register(EVENT_STREAM_TOPIC_CONNECTOR_PROVIDER, new EventStreamTopicConnectorFactory());
  return registry;
}

/** The registry used when none is given. */
export const defaultTopicConnectorRegistry: TopicConnectorRegistry = createTopicConnectorRegistry();

/** Options of {@link createTopicConnector}. */
export interface CreateTopicConnectorOptions<E> extends TopicConnectorOptions<E> {
  /** The registry to build the connector with; default {@link defaultTopicConnectorRegistry}. */
  readonly registry?: TopicConnectorRegistry;
}

/**
 * Creates a topic connector (not yet connected) from a Connection, such as the one an access
 * service returns from `GET .../topics/out-topic-connection/{callerId}`.
 */
export function createTopicConnector<E = unknown>(
  connection: Connection,
  options: CreateTopicConnectorOptions<E> = {},
): TopicConnector<E> {
  const { registry = defaultTopicConnectorRegistry, ...rest } = options;
  return registry.create(connection, rest);
}
