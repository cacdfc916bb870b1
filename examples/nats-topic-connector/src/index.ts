/**
 * A Topic Integrator connector that catalogs the JetStream streams of a NATS server as topics,
 * read through the JetStream manager API of `@nats-io/jetstream`.
 * @packageDocumentation
 */

/** The version of this example. */
export const VERSION = '0.1.0';

// The source side: reading a NATS server's streams (no Egeria dependency beyond core's errors).
export { JetStreamReader } from './source/jetstream-reader';
export type { JetStreamReaderOptions } from './source/jetstream-reader';
export { StreamFilter, STREAM_FILTER_PROPERTIES } from './source/stream-filter';
export type { StreamFilterLists } from './source/stream-filter';
export { parseServerAddress, DEFAULT_NATS_PORT } from './source/server-address';
export type { NatsServerAddress } from './source/server-address';
export type {
  NatsServerSnapshot,
  NatsStreamSnapshot,
  NatsRetentionPolicy,
  NatsStorageType,
  NatsDiscardPolicy,
} from './source/stream-snapshot';
export { NATS_ERROR_CODE, NATS_AUDIT_CODE } from './messages';

// The connector.
export {
  NatsTopicConnector,
  NATS_TOPIC_CONNECTOR_NAME,
  NATS_TOPIC_CONNECTOR_ALIAS,
} from './connector/nats-topic-connector';
export type { NatsRefreshSummary } from './connector/nats-topic-connector';
export type { TopicSyncCounts } from './connector/topic-synchronizer';
export { natsQualifiedName, QUALIFIED_NAME_PREFIX, QUALIFIED_NAME_SEPARATOR } from './connector/qualified-names';
export { desiredTopic, isoDuration, NATS_STREAM_TYPE, SUBJECT_SEPARATOR } from './connector/desired-topic';
export type { DesiredTopic, NatsTopicProperties } from './connector/desired-topic';
