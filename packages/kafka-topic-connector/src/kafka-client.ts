/**
 * The part of kafkajs that the Kafka topic connector uses, as interfaces that kafkajs's own `Kafka`,
 * `Consumer` and `Producer` satisfy, so that tests (and other Kafka clients) can be put in its place.
 */
import type { ConsumerConfig, KafkaConfig, ProducerConfig } from 'kafkajs';
import { Kafka } from 'kafkajs';

/** One message of a fetched batch. */
export interface KafkaBatchMessage {
  /** The message's offset, as a decimal string. */
  readonly offset: string;
  /** The message's key. */
  readonly key: Buffer | null;
  /** The message's value; null for a tombstone. */
  readonly value: Buffer | null;
}

/** What `eachBatch` gets: one partition's messages and the controls over their offsets. */
export interface KafkaBatchPayload {
  /** The batch. */
  readonly batch: {
    readonly topic: string;
    readonly partition: number;
    readonly messages: readonly KafkaBatchMessage[];
  };
  /** Marks an offset as processed. */
  resolveOffset(offset: string): void;
  /** Tells the group coordinator the consumer is alive. */
  heartbeat(): Promise<void>;
  /** False once the consumer is stopping. */
  isRunning(): boolean;
  /** True when a rebalance took the partition away. */
  isStale(): boolean;
}

/** How the connector runs its consumer. */
export interface KafkaConsumerRunConfig {
  /** Always false: the connector commits offsets itself, after the listeners return. */
  readonly autoCommit: boolean;
  /** Always false: offsets are resolved one message at a time. */
  readonly eachBatchAutoResolve: boolean;
  /** Called for each batch of messages. */
  eachBatch(payload: KafkaBatchPayload): Promise<void>;
}

/** kafkajs's crash instrumentation event. */
export interface KafkaConsumerCrashEvent {
  /** What crashed and whether kafkajs restarts the consumer itself. */
  readonly payload: { readonly error: Error; readonly groupId: string; readonly restart: boolean };
}

/** The consumer operations the connector uses (kafkajs `Consumer`). */
export interface KafkaConsumerLike {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  subscribe(subscription: { topics: string[]; fromBeginning?: boolean }): Promise<void>;
  run(config: KafkaConsumerRunConfig): Promise<void>;
  commitOffsets(offsets: Array<{ topic: string; partition: number; offset: string }>): Promise<void>;
  on(eventName: 'consumer.crash', listener: (event: KafkaConsumerCrashEvent) => void): unknown;
}

/** The producer operations the connector uses (kafkajs `Producer`). */
export interface KafkaProducerLike {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  send(record: {
    topic: string;
    acks?: number;
    messages: Array<{ key?: string | null; value: string }>;
  }): Promise<unknown>;
}

/** A Kafka client (kafkajs `Kafka`). */
export interface KafkaClientLike {
  consumer(config: ConsumerConfig): KafkaConsumerLike;
  producer(config?: ProducerConfig): KafkaProducerLike;
}

/** Creates a Kafka client from its configuration. */
export type KafkaClientFactory = (config: KafkaConfig) => KafkaClientLike;

/** The factory used unless another is given: kafkajs's `Kafka`. */
export const kafkajsClientFactory: KafkaClientFactory = (config) => new Kafka(config);
