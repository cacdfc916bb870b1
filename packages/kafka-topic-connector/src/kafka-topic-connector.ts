import { ConnectorCheckedException } from '@egeria-ts/core';
import type { ResolvedReconnectOptions, TopicConnectorOptions } from '@egeria-ts/omas-client';
import { TopicConnectorBase, nextBackoffDelay, resolveReconnectOptions } from '@egeria-ts/omas-client';
import type { KafkaConfig, logCreator } from 'kafkajs';
import { logLevel } from 'kafkajs';
import type {
  KafkaBatchPayload,
  KafkaClientFactory,
  KafkaClientLike,
  KafkaConsumerCrashEvent,
  KafkaConsumerLike,
  KafkaProducerLike,
} from './kafka-client';
import { kafkajsClientFactory } from './kafka-client';
import type { KafkaSettings } from './kafka-settings';
import { KafkaMessages } from './internal/messages';

/** Options of a {@link KafkaTopicConnector}. */
export interface KafkaTopicConnectorOptions<E> extends TopicConnectorOptions<E> {
  /** What the connection says, from `resolveKafkaSettings`. */
  readonly settings: KafkaSettings;
  /** Creates the Kafka clients; default kafkajs. Tests pass a fake. */
  readonly kafkaClientFactory?: KafkaClientFactory;
  /** Within a large batch, commit after this many messages (default 100); the rest at the batch's end. */
  readonly commitEveryMessages?: number;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * A topic connector for a Kafka topic, with kafkajs: Egeria's real event bus.
 *
 * Delivery is at least once. The consumer (in the consumer group of the caller) commits a
 * message's offset only after every listener has returned (or its promise settled) for it, so a
 * crash, a disconnect or a rebalance before the commit makes the message come again, to this
 * consumer or another one of the group: listeners must be idempotent. A listener that throws is
 * logged and does not hold the stream back. When the consumer crashes and kafkajs gives up on it,
 * the connector builds a new one with capped exponential backoff.
 */
export class KafkaTopicConnector<E = unknown> extends TopicConnectorBase<E> {
  /** What the connection says; holds SASL passwords, so it is kept private. */
  private readonly settings: KafkaSettings;

  private readonly clientFactory: KafkaClientFactory;
  private readonly reconnect: ResolvedReconnectOptions;
  private readonly commitEvery: number;
  private consumer: KafkaConsumerLike | undefined;
  private producer: Promise<KafkaProducerLike> | undefined;
  private running = false;
  private restartAttempt = 0;
  private restartTimer: NodeJS.Timeout | undefined;

  constructor(options: KafkaTopicConnectorOptions<E>) {
    super({ ...options, topicName: options.settings.topicName, eventDirection: options.settings.eventDirection });
    this.settings = options.settings;
    this.clientFactory = options.kafkaClientFactory ?? kafkajsClientFactory;
    this.reconnect = resolveReconnectOptions({
      connectAttempts: options.settings.connectAttempts,
      initialDelayMs: options.settings.connectRetryDelayMs,
      ...options.reconnect,
    });
    this.commitEvery = Math.max(1, options.commitEveryMessages ?? 100);
  }

  /** The consumer group of this connector. */
  get groupId(): string {
    return this.settings.groupId;
  }

  protected async start(): Promise<void> {
    if (this.eventDirection === 'outOnly') {
      await this.ensureProducer();
      return;
    }
    this.running = true;
    let lastError: unknown;
    for (let attempt = 0; attempt < this.reconnect.connectAttempts; attempt++) {
      if (attempt > 0) await sleep(nextBackoffDelay(attempt - 1, this.reconnect));
      try {
        await this.startConsumer();
        return;
      } catch (error) {
        lastError = error;
        await this.dropConsumer();
      }
    }
    this.running = false;
    throw ConnectorCheckedException.fromDefinition(
      KafkaMessages.CONNECT_FAILED,
      ['consumer', this.topicName, this.reconnect.connectAttempts, errorMessage(lastError)],
      { cause: lastError },
    );
  }

  protected async stop(): Promise<void> {
    this.running = false;
    if (this.restartTimer !== undefined) clearTimeout(this.restartTimer);
    this.restartTimer = undefined;
    await this.dropConsumer();
    const producer = this.producer;
    this.producer = undefined;
    if (producer !== undefined) {
      await producer.then(
        (p) => p.disconnect(),
        () => undefined,
      );
    }
  }

  protected async publish(event: unknown): Promise<void> {
    const value = typeof event === 'string' ? event : JSON.stringify(event);
    if (value === undefined) {
      throw ConnectorCheckedException.fromDefinition(KafkaMessages.SEND_FAILED, [
        this.topicName,
        'the event cannot be written as JSON',
      ]);
    }
    const producer = await this.ensureProducer();
    try {
      await producer.send({
        topic: this.topicName,
        acks: this.settings.acks,
        messages: [{ key: this.settings.messageKey ?? null, value }],
      });
    } catch (error) {
      throw ConnectorCheckedException.fromDefinition(KafkaMessages.SEND_FAILED, [this.topicName, errorMessage(error)], {
        cause: error,
      });
    }
  }

  private client(config: KafkaConfig): KafkaClientLike {
    return this.clientFactory({ logLevel: logLevel.WARN, logCreator: this.logCreator, ...config });
  }

  /** Routes kafkajs's own warnings and errors to the connector's logger. */
  private readonly logCreator: logCreator = () => (entry) => {
    const message = `kafkajs ${entry.namespace}: ${entry.log.message}`;
    const details = { topicName: this.topicName, namespace: entry.namespace };
    if (entry.level === logLevel.ERROR) this.logger.error(message, details);
    else if (entry.level === logLevel.WARN) this.logger.warn(message, details);
  };

  private ensureProducer(): Promise<KafkaProducerLike> {
    if (this.producer === undefined) {
      const starting: Promise<KafkaProducerLike> = (async () => {
        const producer = this.client(this.settings.producerClient).producer(this.settings.producer);
        await producer.connect();
        return producer;
      })().catch((error: unknown) => {
        if (this.producer === starting) this.producer = undefined;
        throw ConnectorCheckedException.fromDefinition(
          KafkaMessages.CONNECT_FAILED,
          ['producer', this.topicName, 1, errorMessage(error)],
          { cause: error },
        );
      });
      this.producer = starting;
    }
    return this.producer;
  }

  private async startConsumer(): Promise<void> {
    const consumer = this.client(this.settings.consumerClient).consumer(this.settings.consumer);
    this.consumer = consumer;
    consumer.on('consumer.crash', (event) => this.crashed(consumer, event));
    await consumer.connect();
    await consumer.subscribe({ topics: [this.topicName], fromBeginning: this.settings.fromBeginning });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      eachBatch: (payload) => this.eachBatch(consumer, payload),
    });
  }

  private async dropConsumer(): Promise<void> {
    const consumer = this.consumer;
    this.consumer = undefined;
    if (consumer === undefined) return;
    try {
      await consumer.disconnect();
    } catch (error) {
      this.logger.warn(
        `The Kafka consumer of topic ${this.topicName} did not disconnect cleanly: ${errorMessage(error)}`,
        {
          topicName: this.topicName,
          error,
        },
      );
    }
  }

  private async eachBatch(consumer: KafkaConsumerLike, payload: KafkaBatchPayload): Promise<void> {
    const { batch } = payload;
    let pending: string | undefined;
    let count = 0;
    for (const message of batch.messages) {
      if (!payload.isRunning() || payload.isStale() || consumer !== this.consumer) break;
      if (message.value !== null) {
        const delivered = this.deliver(message.value);
        if (delivered !== undefined) await delivered;
      }
      payload.resolveOffset(message.offset);
      pending = message.offset;
      if (++count % this.commitEvery === 0) {
        await this.commit(consumer, batch.topic, batch.partition, pending);
        pending = undefined;
      }
      await payload.heartbeat();
    }
    if (pending !== undefined) await this.commit(consumer, batch.topic, batch.partition, pending);
    if (count > 0) this.restartAttempt = 0;
  }

  /** Commits the offset after the last processed message (Kafka's committed offset is the next one to read). */
  private commit(consumer: KafkaConsumerLike, topic: string, partition: number, processed: string): Promise<void> {
    return consumer.commitOffsets([{ topic, partition, offset: (BigInt(processed) + 1n).toString() }]);
  }

  private crashed(consumer: KafkaConsumerLike, event: KafkaConsumerCrashEvent): void {
    if (consumer !== this.consumer || !this.running) return;
    const { error, restart } = event.payload;
    if (restart) {
      this.logger.warn(
        `The Kafka consumer of topic ${this.topicName} crashed and kafkajs restarts it: ${errorMessage(error)}`,
        {
          topicName: this.topicName,
          groupId: this.groupId,
          error,
        },
      );
      return;
    }
    this.scheduleRestart(errorMessage(error));
  }

  private scheduleRestart(reason: string): void {
    const delay = nextBackoffDelay(this.restartAttempt++, this.reconnect);
    this.logger.warn(
      `The Kafka consumer of topic ${this.topicName} stopped (${reason}); starting a new one in ${delay} ms`,
      { topicName: this.topicName, groupId: this.groupId, delayMs: delay, reason },
    );
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined;
      void this.restart();
    }, delay);
  }

  private async restart(): Promise<void> {
    if (!this.running) return;
    await this.dropConsumer();
    if (!this.running) return;
    try {
      await this.startConsumer();
      if (!this.running) await this.dropConsumer();
    } catch (error) {
      if (this.running) {
        await this.dropConsumer();
        this.scheduleRestart(errorMessage(error));
      }
    }
  }
}
