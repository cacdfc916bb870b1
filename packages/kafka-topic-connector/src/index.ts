/**
 * Out-topic events from Egeria over Kafka (kafkajs): a topic connector built from Egeria's Kafka
 * topic connection, with at-least-once delivery.
 * @packageDocumentation
 */

/** The version of this package. */
export const VERSION = '0.1.0';

export { KafkaTopicConnector } from './kafka-topic-connector';
export type { KafkaTopicConnectorOptions } from './kafka-topic-connector';
export {
  KafkaTopicConnectorFactory,
  registerKafkaTopicConnector,
  KAFKA_TOPIC_CONNECTOR_PROVIDER,
  EGERIA_KAFKA_TOPIC_PROVIDER,
} from './kafka-topic-connector-factory';
export type { KafkaTopicConnectorFactoryOptions } from './kafka-topic-connector-factory';
export { resolveKafkaSettings, PRODUCER_PROPERTY, CONSUMER_PROPERTY, LOCAL_SERVER_ID_PROPERTY } from './kafka-settings';
export type { KafkaSettings, KafkaSettingsOptions } from './kafka-settings';
export { kafkajsClientFactory } from './kafka-client';
export type {
  KafkaClientLike,
  KafkaClientFactory,
  KafkaConsumerLike,
  KafkaProducerLike,
  KafkaConsumerRunConfig,
  KafkaBatchPayload,
  KafkaBatchMessage,
  KafkaConsumerCrashEvent,
} from './kafka-client';
