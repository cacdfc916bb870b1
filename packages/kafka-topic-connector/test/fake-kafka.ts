/**
 * A fake Kafka cluster behind the kafkajs interfaces the connector uses: one partition per topic,
 * committed offsets per consumer group, consumers that fetch in batches from the committed offset,
 * and switches to make connects, commits and sends fail or consumers crash.
 */
import type { ConsumerConfig, KafkaConfig, ProducerConfig } from 'kafkajs';
import type {
  KafkaBatchMessage,
  KafkaClientLike,
  KafkaConsumerCrashEvent,
  KafkaConsumerLike,
  KafkaConsumerRunConfig,
  KafkaProducerLike,
} from '@egeria-ts/kafka-topic-connector';

interface StoredMessage {
  readonly key: string | null;
  readonly value: Buffer | null;
}

export class FakeKafkaCluster {
  readonly topics = new Map<string, StoredMessage[]>();
  readonly committed = new Map<string, number>(); // `${group}/${topic}` -> next offset to read
  readonly clientConfigs: KafkaConfig[] = [];
  readonly consumers: FakeConsumer[] = [];
  readonly producers: FakeProducer[] = [];
  /** Ordered record of what happened, for checking the order of deliveries and commits. */
  readonly journal: string[] = [];
  failConsumerConnects = 0;
  failCommits = 0;
  failSends = 0;
  batchSize = 4;
  private waiters: Array<() => void> = [];

  readonly factory = (config: KafkaConfig): KafkaClientLike => {
    this.clientConfigs.push(config);
    return {
      consumer: (consumerConfig: ConsumerConfig) => {
        const consumer = new FakeConsumer(this, consumerConfig);
        this.consumers.push(consumer);
        return consumer;
      },
      producer: (producerConfig?: ProducerConfig) => {
        const producer = new FakeProducer(this, producerConfig ?? {});
        this.producers.push(producer);
        return producer;
      },
    };
  };

  log(topic: string): StoredMessage[] {
    let log = this.topics.get(topic);
    if (log === undefined) {
      log = [];
      this.topics.set(topic, log);
    }
    return log;
  }

  /** Appends a message, as another producer would. */
  append(topic: string, value: string | Buffer | null, key: string | null = null): void {
    this.log(topic).push({ key, value: typeof value === 'string' ? Buffer.from(value) : value });
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  /** Resolves on the next append, or after a short while. */
  nextAppend(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, 20);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  get activeConsumers(): FakeConsumer[] {
    return this.consumers.filter((c) => c.running);
  }
}

export class FakeConsumer implements KafkaConsumerLike {
  running = false;
  connected = false;
  subscription: { topics: string[]; fromBeginning?: boolean } | undefined;
  private crashListeners: Array<(event: KafkaConsumerCrashEvent) => void> = [];
  private loop: Promise<void> | undefined;

  constructor(
    private readonly cluster: FakeKafkaCluster,
    readonly config: ConsumerConfig,
  ) {}

  async connect(): Promise<void> {
    if (this.cluster.failConsumerConnects > 0) {
      this.cluster.failConsumerConnects--;
      throw new Error('KafkaJSConnectionError: Connection refused (fake)');
    }
    this.connected = true;
  }

  async disconnect(): Promise<void> {
    this.running = false;
    this.connected = false;
    await this.loop;
  }

  async subscribe(subscription: { topics: string[]; fromBeginning?: boolean }): Promise<void> {
    this.subscription = subscription;
  }

  on(eventName: 'consumer.crash', listener: (event: KafkaConsumerCrashEvent) => void): unknown {
    if (eventName === 'consumer.crash') this.crashListeners.push(listener);
    return () => undefined;
  }

  async commitOffsets(offsets: Array<{ topic: string; partition: number; offset: string }>): Promise<void> {
    if (this.cluster.failCommits > 0) {
      this.cluster.failCommits--;
      throw new Error('KafkaJSProtocolError: The coordinator is not aware of this member (fake)');
    }
    for (const { topic, offset } of offsets) {
      this.cluster.committed.set(`${this.config.groupId}/${topic}`, Number(offset));
      this.cluster.journal.push(`commit ${offset}`);
    }
  }

  /** Crashes the consumer as kafkajs does when it gives up (or not) on it. */
  crash(restart: boolean): void {
    this.running = false;
    for (const listener of this.crashListeners) {
      listener({ payload: { error: new Error('fake crash'), groupId: this.config.groupId, restart } });
    }
  }

  async run(config: KafkaConsumerRunConfig): Promise<void> {
    if (!this.connected || this.subscription === undefined) throw new Error('not connected or not subscribed');
    if (config.autoCommit !== false || config.eachBatchAutoResolve !== false)
      throw new Error('expected manual commits');
    const topic = this.subscription.topics[0];
    const log = this.cluster.log(topic);
    let position =
      this.cluster.committed.get(`${this.config.groupId}/${topic}`) ??
      (this.subscription.fromBeginning ? 0 : log.length);
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        if (position >= log.length) {
          await this.cluster.nextAppend();
          continue;
        }
        const messages: KafkaBatchMessage[] = log.slice(position, position + this.cluster.batchSize).map((m, i) => ({
          offset: String(position + i),
          key: m.key === null ? null : Buffer.from(m.key),
          value: m.value,
        }));
        try {
          await config.eachBatch({
            batch: { topic, partition: 0, messages },
            resolveOffset: (offset) => {
              position = Number(offset) + 1;
            },
            heartbeat: async () => undefined,
            isRunning: () => this.running,
            isStale: () => false,
          });
        } catch (error) {
          // kafkajs would retry and then give up: crash without restart
          this.cluster.journal.push(`crash: ${(error as Error).message}`);
          this.crash(false);
          return;
        }
      }
    })();
  }
}

export class FakeProducer implements KafkaProducerLike {
  connected = false;
  readonly sent: Array<{ topic: string; acks?: number; key?: string | null; value: string }> = [];

  constructor(
    private readonly cluster: FakeKafkaCluster,
    readonly config: ProducerConfig,
  ) {}

  async connect(): Promise<void> {
    this.connected = true;
  }

  async disconnect(): Promise<void> {
    this.connected = false;
  }

  async send(record: {
    topic: string;
    acks?: number;
    messages: Array<{ key?: string | null; value: string }>;
  }): Promise<unknown> {
    if (!this.connected) throw new Error('producer not connected');
    if (this.cluster.failSends > 0) {
      this.cluster.failSends--;
      throw new Error('KafkaJSNumberOfRetriesExceeded (fake)');
    }
    for (const message of record.messages) {
      this.sent.push({ topic: record.topic, acks: record.acks, key: message.key, value: message.value });
      this.cluster.append(record.topic, message.value, message.key ?? null);
    }
    return [];
  }
}
