import { IllegalStateError } from '@egeria-ts/core';
import type { OutTopicEventParser } from './event-parser';
import { rawEventParser } from './event-parser';
import { EventMessages } from './internal/messages';
import type {
  EventDirection,
  TopicConnector,
  TopicConnectorOptions,
  TopicEventLogger,
  TopicListener,
} from './topic-connector';

/** Reports to the console; used when no logger is given. */
const consoleLogger: TopicEventLogger = {
  error: (message, details) => console.error(message, details),
  warn: (message, details) => console.warn(message, details),
};

/** What a {@link TopicConnectorBase} needs besides the common options. */
export interface TopicConnectorBaseOptions<E> extends TopicConnectorOptions<E> {
  /** The topic this connector reads and writes. */
  readonly topicName: string;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * What every topic connector shares: the listeners, parsing, delivery to each listener with
 * failures isolated, the connect/disconnect state and the event direction. A connector type
 * implements how to open and close its connection (`start`, `stop`) and how to publish
 * (`publish`), and hands each received payload to {@link TopicConnectorBase.deliver}.
 */
export abstract class TopicConnectorBase<E = unknown> implements TopicConnector<E> {
  /** The topic this connector reads and writes. */
  readonly topicName: string;
  /** Which way events flow. */
  readonly eventDirection: EventDirection;
  /** Turns payloads into events. */
  protected readonly parser: OutTopicEventParser<E>;
  /** Where failures are reported. */
  protected readonly logger: TopicEventLogger;

  private listeners: ReadonlyArray<TopicListener<E>> = [];
  private connected = false;
  private connecting: Promise<void> | undefined;

  protected constructor(options: TopicConnectorBaseOptions<E>) {
    this.topicName = options.topicName;
    this.eventDirection = options.eventDirection ?? 'inOut';
    this.parser = options.parser ?? (rawEventParser as OutTopicEventParser<E>);
    this.logger = options.logger ?? consoleLogger;
  }

  /** True between a successful `connect()` and `disconnect()`. */
  get isConnected(): boolean {
    return this.connected;
  }

  /** True unless the connector only sends (`outOnly`). */
  protected get receivesEvents(): boolean {
    return this.eventDirection !== 'outOnly';
  }

  /** The number of registered listeners. */
  get listenerCount(): number {
    return this.listeners.length;
  }

  registerListener(listener: TopicListener<E>): void {
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    if (this.listeners.includes(listener)) return;
    this.listeners = [...this.listeners, listener];
  }

  unregisterListener(listener: TopicListener<E>): boolean {
    const index = this.listeners.indexOf(listener);
    if (index < 0) return false;
    this.listeners = this.listeners.filter((_, i) => i !== index);
    return true;
  }

  async connect(): Promise<void> {
    if (this.connected) return;
    if (this.connecting) return this.connecting;
    this.connecting = this.start().then(
      () => {
        this.connecting = undefined;
        this.connected = true;
      },
      (error: unknown) => {
        this.connecting = undefined;
        throw error;
      },
    );
    return this.connecting;
  }

  async disconnect(): Promise<void> {
    if (this.connecting) await this.connecting.catch(() => undefined);
    if (!this.connected) return;
    this.connected = false;
    await this.stop();
  }

  async send(event: unknown): Promise<void> {
    if (this.eventDirection === 'inOnly') {
      throw IllegalStateError.fromDefinition(EventMessages.DIRECTION_FORBIDS, [this.topicName, 'inOnly', 'send'], {
        exceptionProperties: { parameterName: 'eventDirection', parameterValue: 'inOnly' },
      });
    }
    if (!this.connected) throw IllegalStateError.fromDefinition(EventMessages.NOT_CONNECTED, [this.topicName]);
    await this.publish(event);
  }

  /** Opens the connection; when {@link TopicConnectorBase.receivesEvents}, starts receiving. */
  protected abstract start(): Promise<void>;

  /** Closes the connection; events not yet delivered are dropped. */
  protected abstract stop(): Promise<void>;

  /** Publishes one event on the topic. */
  protected abstract publish(event: unknown): Promise<void>;

  /**
   * Parses a payload and hands the event to every listener, in registration order. Returns
   * undefined when every listener returned synchronously, or a promise that settles once every
   * listener has finished; it never throws or rejects: a payload that cannot be parsed and a
   * listener that fails are logged.
   */
  protected deliver(payload: unknown): void | Promise<void> {
    let event: E;
    try {
      event = this.parser.parse(payload);
    } catch (error) {
      this.logger.error(`Skipped an event on topic ${this.topicName} that could not be read: ${errorMessage(error)}`, {
        topicName: this.topicName,
        error,
      });
      return undefined;
    }
    const listeners = this.listeners;
    let pending: Promise<void>[] | undefined;
    for (let i = 0; i < listeners.length; i++) {
      try {
        const result = listeners[i](event);
        if (result !== undefined && typeof (result as Promise<void>).then === 'function') {
          (pending ??= []).push(
            (result as Promise<void>).then(undefined, (error: unknown) => this.listenerFailed(error, event)),
          );
        }
      } catch (error) {
        this.listenerFailed(error, event);
      }
    }
    if (pending === undefined) return undefined;
    return pending.length === 1 ? pending[0] : Promise.all(pending).then(() => undefined);
  }

  private listenerFailed(error: unknown, event: E): void {
    const eventType =
      typeof event === 'object' && event !== null ? (event as { eventType?: unknown }).eventType : undefined;
    this.logger.error(`A listener of topic ${this.topicName} failed: ${errorMessage(error)}`, {
      topicName: this.topicName,
      eventType,
      error,
    });
  }
}
