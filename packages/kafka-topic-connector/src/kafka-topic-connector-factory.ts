import type { Connection } from '@egeria-ts/core';
import type {
  TopicConnector,
  TopicConnectorFactory,
  TopicConnectorOptions,
  TopicConnectorRegistry,
} from '@egeria-ts/omas-client';
import { defaultTopicConnectorRegistry } from '@egeria-ts/omas-client';
import type { KafkaConfig } from 'kafkajs';
import type { KafkaClientFactory } from './kafka-client';
import { resolveKafkaSettings } from './kafka-settings';
import { KafkaTopicConnector } from './kafka-topic-connector';

/** The connectorProviderClassName of this package's Kafka topic connector. */
export const KAFKA_TOPIC_CONNECTOR_PROVIDER = '@egeria-ts/kafka-topic-connector:KafkaTopicConnector';

/** Egeria's Java provider of its Kafka topic connector, an alias of {@link KAFKA_TOPIC_CONNECTOR_PROVIDER}. */
export const EGERIA_KAFKA_TOPIC_PROVIDER =
  'org.odpi.openmetadata.adapters.eventbus.topic.kafka.KafkaOpenMetadataTopicProvider';

/** Options of a {@link KafkaTopicConnectorFactory}, applied to every connector it creates. */
export interface KafkaTopicConnectorFactoryOptions {
  /** Creates the Kafka clients; default kafkajs. */
  readonly kafkaClientFactory?: KafkaClientFactory;
  /** Merged last into the client configurations (for example `ssl` with PEM material). */
  readonly kafkaConfig?: Partial<KafkaConfig>;
  /** Within a large batch, commit after this many messages (default 100). */
  readonly commitEveryMessages?: number;
}

/** Creates {@link KafkaTopicConnector}s from Egeria's Kafka topic connections. */
export class KafkaTopicConnectorFactory implements TopicConnectorFactory {
  constructor(private readonly options: KafkaTopicConnectorFactoryOptions = {}) {}

  create<E>(connection: Connection, options: TopicConnectorOptions<E>): TopicConnector<E> {
    const settings = resolveKafkaSettings(connection, {
      topicName: options.topicName,
      eventDirection: options.eventDirection,
      callerId: options.callerId,
      kafkaConfig: this.options.kafkaConfig,
    });
    return new KafkaTopicConnector<E>({
      ...options,
      settings,
      kafkaClientFactory: this.options.kafkaClientFactory,
      commitEveryMessages: this.options.commitEveryMessages,
    });
  }
}

/**
 * Registers the Kafka topic connector in a topic connector registry (default: omas-client's
 * default registry) under {@link KAFKA_TOPIC_CONNECTOR_PROVIDER} and Egeria's Java Kafka provider
 * name, so that the out-topic connections of a real Egeria server build it. Does nothing when a
 * factory is already registered under those names, unless `replace` is set.
 */
export function registerKafkaTopicConnector(
  registry: TopicConnectorRegistry = defaultTopicConnectorRegistry,
  options: KafkaTopicConnectorFactoryOptions & { readonly replace?: boolean } = {},
): void {
  const { replace = false, ...factoryOptions } = options;
  if (!replace && registry.has(KAFKA_TOPIC_CONNECTOR_PROVIDER) && registry.has(EGERIA_KAFKA_TOPIC_PROVIDER)) return;
  registry.register(KAFKA_TOPIC_CONNECTOR_PROVIDER, new KafkaTopicConnectorFactory(factoryOptions), {
    aliases: [EGERIA_KAFKA_TOPIC_PROVIDER],
    replace: true,
  });
}
