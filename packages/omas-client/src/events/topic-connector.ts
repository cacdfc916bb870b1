import type { OutTopicEventParser } from './event-parser';

/**
 * Receives the events of a topic, already parsed. A listener may return a promise: the next event
 * is delivered only once every listener has finished with the current one, so each listener sees
 * the events in order and once each. A listener that throws or rejects is logged; the other
 * listeners still get the event.
 */
export type TopicListener<E> = (event: E) => void | Promise<void>;

/**
 * Which way events flow through a topic connector (Egeria's `eventDirection` configuration
 * property). `inOnly` connectors receive and never send, `outOnly` connectors send and never
 * receive, `inOut` connectors do both.
 */
export type EventDirection = 'inOut' | 'inOnly' | 'outOnly';

/** Where topic connectors report what goes wrong on their own threads of work. */
export interface TopicEventLogger {
  /** A problem that lost something: a listener failed, an event could not be parsed. */
  error(message: string, details: Readonly<Record<string, unknown>>): void;
  /** A problem that was recovered from, such as a dropped connection that is being re-opened. */
  warn(message: string, details: Readonly<Record<string, unknown>>): void;
}

/** How a topic connector retries opening its connection. Delays grow exponentially up to the cap, with jitter. */
export interface ReconnectOptions {
  /** Delay before the first retry, in milliseconds (default 250). */
  readonly initialDelayMs?: number;
  /** Upper bound of the delay between retries, in milliseconds (default 30,000). */
  readonly maxDelayMs?: number;
  /** Attempts made by `connect()` before it gives up and throws (default 3). Reconnects after a drop never give up. */
  readonly connectAttempts?: number;
}

/** Options every topic connector takes. */
export interface TopicConnectorOptions<E = unknown> {
  /**
   * Turns each received payload into the event the listeners get; for an access service's out topic
   * use its parser, such as `dataManagerEventParser`. Default: {@link rawEventParser} (JSON only).
   */
  readonly parser?: OutTopicEventParser<E>;
  /** Where failures are reported. Default: the console. */
  readonly logger?: TopicEventLogger;
  /** Overrides the connection's `eventDirection` configuration property. */
  readonly eventDirection?: EventDirection;
  /**
   * Overrides the topic named by the connection, for example to send to an access service's in topic
   * (see `defaultInTopicName`) with the connection of its out topic.
   */
  readonly topicName?: string;
  /** Identifies the caller to the event bus (the consumer group of a Kafka topic). */
  readonly callerId?: string;
  /** Reconnection policy. */
  readonly reconnect?: ReconnectOptions;
}

/**
 * A connector to one topic of an event bus: Egeria's out topic of an access service, or its in
 * topic. Created from a Connection through a {@link TopicConnectorRegistry}.
 */
export interface TopicConnector<E = unknown> {
  /** The name of the topic. */
  readonly topicName: string;
  /** True between a successful `connect()` and `disconnect()`. */
  readonly isConnected: boolean;
  /** Opens the connection and starts delivering events to the listeners. */
  connect(): Promise<void>;
  /** Adds a listener; adding the same listener again does nothing. */
  registerListener(listener: TopicListener<E>): void;
  /** Removes a listener; returns false when it was not registered. */
  unregisterListener(listener: TopicListener<E>): boolean;
  /** Publishes an event on the topic: a string is sent as it is, anything else as JSON. */
  send(event: unknown): Promise<void>;
  /** Stops delivering events and releases the connection. Safe to call more than once. */
  disconnect(): Promise<void>;
}
