import type { Connection } from '@egeria-ts/core';
import { ConnectionCheckedException } from '@egeria-ts/core';
import { DeliveryQueue } from '../internal/delivery-queue';
import { EventMessages } from '../internal/messages';
import type { TopicConnector, TopicConnectorOptions } from '../topic-connector';
import { TopicConnectorBase } from '../topic-connector-base';
import type { TopicConnectorFactory } from '../topic-connector-registry';
import { describeConnection, resolveEventDirection } from '../topic-connector-registry';
import type { InMemoryEventBus, InMemoryTopic, InMemoryTopicSubscriber } from './in-memory-topic';
import { defaultInMemoryEventBus } from './in-memory-topic';

/** The connectorProviderClassName of in-memory topic connectors. */
export const IN_MEMORY_TOPIC_CONNECTOR_PROVIDER = '@egeria-ts/omas-client:InMemoryTopicConnector';

/** Egeria's Java provider of its in-memory topic connector, an alias of {@link IN_MEMORY_TOPIC_CONNECTOR_PROVIDER}. */
export const EGERIA_IN_MEMORY_TOPIC_PROVIDER =
  'org.odpi.openmetadata.adapters.eventbus.topic.inmemory.InMemoryOpenMetadataTopicProvider';

/** Options of an {@link InMemoryTopicConnector}. */
export interface InMemoryTopicConnectorOptions<E> extends TopicConnectorOptions<E> {
  /** The topic. */
  readonly topic: InMemoryTopic;
}

/**
 * A topic connector for an {@link InMemoryTopic}: for tests and for an embedded runtime in one
 * process. Each connector delivers, in order, what is published on the topic while it is
 * connected, including what it sends itself. Deliveries start on a microtask after `send`
 * returns, never inside it.
 */
export class InMemoryTopicConnector<E = unknown> extends TopicConnectorBase<E> {
  private readonly topic: InMemoryTopic;
  private readonly queue: DeliveryQueue<unknown>;
  private readonly subscriber: InMemoryTopicSubscriber;
  private unsubscribe: (() => void) | undefined;

  constructor(options: InMemoryTopicConnectorOptions<E>) {
    super({ ...options, topicName: options.topic.name });
    this.topic = options.topic;
    this.queue = new DeliveryQueue<unknown>((payload) => this.deliver(payload));
    const queue = this.queue;
    this.subscriber = {
      receive: (payload) => queue.push(payload),
      get pending() {
        return queue.idle ? 0 : queue.size + 1;
      },
      whenIdle: () => queue.whenIdle(),
    };
  }

  /** Resolves once every event received so far has been delivered to the listeners. */
  whenIdle(): Promise<void> {
    return this.queue.whenIdle();
  }

  protected async start(): Promise<void> {
    if (this.receivesEvents) this.unsubscribe = this.topic.subscribe(this.subscriber);
  }

  protected async stop(): Promise<void> {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.queue.clear();
  }

  protected async publish(event: unknown): Promise<void> {
    this.topic.publish(event);
  }
}

/**
 * Creates {@link InMemoryTopicConnector}s from Connections whose `endpoint.address` is the topic
 * name (or with the `topicName` option), on the given bus.
 */
export class InMemoryTopicConnectorFactory implements TopicConnectorFactory {
  constructor(
    /** The bus the topics live on. */
    readonly bus: InMemoryEventBus = defaultInMemoryEventBus,
  ) {}

  create<E>(connection: Connection, options: TopicConnectorOptions<E>): TopicConnector<E> {
    const topicName = options.topicName ?? connection.endpoint?.address;
    if (typeof topicName !== 'string' || topicName.trim() === '') {
      throw ConnectionCheckedException.fromDefinition(
        EventMessages.INVALID_ENDPOINT,
        [String(topicName), describeConnection(connection), 'the topic name is missing'],
        { exceptionProperties: { parameterName: 'connection.endpoint.address' } },
      );
    }
    return new InMemoryTopicConnector<E>({
      ...options,
      eventDirection: resolveEventDirection(connection, options.eventDirection),
      topic: this.bus.topic(topicName),
    });
  }
}
