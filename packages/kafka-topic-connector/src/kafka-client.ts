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
    /** The topic the messages were read from. */
    readonly topic: string;
    /** The partition the messages were read from. */
    readonly partition: number;
    /** The messages, in offset order. */
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
  readonly payload: {
    /** The error that stopped the consumer. */
    readonly error: Error;
    /** The consumer group of the consumer. */
    readonly groupId: string;
    /** True when kafkajs restarts the consumer itself. */
    readonly restart: boolean;
  };
}

/** The consumer operations the connector uses (kafkajs `Consumer`). */
export interface KafkaConsumerLike {
  /** Connects to the brokers. */
  connect(): Promise<void>;
  /** Leaves the group and closes the connections. */
  disconnect(): Promise<void>;
  /** Subscribes to topics, from their beginning or from the group's committed offsets. */
  subscribe(subscription: { topics: string[]; fromBeginning?: boolean }): Promise<void>;
  /** Starts fetching; resolves once the consumer runs, not when it stops. */
  run(config: KafkaConsumerRunConfig): Promise<void>;
  /** Commits the offsets of the next messages to read, per topic and partition. */
  commitOffsets(offsets: Array<{ topic: string; partition: number; offset: string }>): Promise<void>;
  /** Listens for the consumer crashing. */
  on(eventName: 'consumer.crash', listener: (event: KafkaConsumerCrashEvent) => void): unknown;
}

/** The producer operations the connector uses (kafkajs `Producer`). */
export interface KafkaProducerLike {
  /** Connects to the brokers. */
  connect(): Promise<void>;
  /** Closes the connections. */
  disconnect(): Promise<void>;
  /** Sends messages to a topic, waiting for the given number of acknowledgements. */
  send(record: {
    topic: string;
    acks?: number;
    messages: Array<{ key?: string | null; value: string }>;
  }): Promise<unknown>;
}

/** A Kafka client (kafkajs `Kafka`). */
export interface KafkaClientLike {
  /** Creates a consumer (not connected yet). */
  consumer(config: ConsumerConfig): KafkaConsumerLike;
  /** Creates a producer (not connected yet). */
  producer(config?: ProducerConfig): KafkaProducerLike;
}

/** Creates a Kafka client from its configuration. */
export type KafkaClientFactory = (config: KafkaConfig) => KafkaClientLike;

/** The factory used unless another is given: kafkajs's `Kafka`. */
export const kafkajsClientFactory: KafkaClientFactory = (config) => new Kafka(config);
