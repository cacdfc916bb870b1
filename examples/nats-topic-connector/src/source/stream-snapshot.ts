/**
 * What the JetStream reader returns: the configuration of each stream, as plain data with no NATS
 * client types. Durations are in nanoseconds, as JetStream gives them; a limit of -1 (or 0 where
 * JetStream says so) means "unlimited".
 */

/** How a stream keeps its messages (JetStream's `retention`). */
export type NatsRetentionPolicy = 'limits' | 'interest' | 'workqueue';

/** Where a stream stores its messages (JetStream's `storage`). */
export type NatsStorageType = 'file' | 'memory';

/** What a full stream does with new messages (JetStream's `discard`). */
export type NatsDiscardPolicy = 'old' | 'new';

/** The configuration of one JetStream stream. */
export interface NatsStreamSnapshot {
  /** The stream's name (unique in its account). */
  readonly name: string;
  /** Its description, when it has one. */
  readonly description?: string;
  /** The subjects it captures (wildcards allowed); empty for a mirror. */
  readonly subjects: readonly string[];
  /** How it keeps messages. */
  readonly retention: NatsRetentionPolicy;
  /** Where it stores them. */
  readonly storage: NatsStorageType;
  /** How many replicas it keeps of each message. */
  readonly replicas: number;
  /** What it does with new messages when full. */
  readonly discard: NatsDiscardPolicy;
  /** The longest a message is kept, in nanoseconds (0: no limit). */
  readonly maxAgeNanos: number;
  /** The most messages it keeps (-1: no limit). */
  readonly maxMessages: number;
  /** The most bytes it keeps (-1: no limit). */
  readonly maxBytes: number;
  /** The largest message it accepts (-1: no limit). */
  readonly maxMessageSize: number;
  /** The most messages it keeps per subject (-1 or 0: no limit). */
  readonly maxMessagesPerSubject: number;
  /** The most consumers it may have (-1: no limit). */
  readonly maxConsumers: number;
  /** The window for detecting duplicate messages, in nanoseconds. */
  readonly duplicateWindowNanos: number;
  /** True when it can no longer be changed and its messages can no longer be deleted. */
  readonly sealed: boolean;
  /** True when messages cannot be deleted through the API. */
  readonly denyDelete: boolean;
  /** True when the stream cannot be purged through the API. */
  readonly denyPurge: boolean;
  /** True when roll-up headers may replace a subject's messages. */
  readonly allowRollup: boolean;
  /** The stream it mirrors, if it is a mirror. */
  readonly mirror?: string;
  /** The streams it sources messages from. */
  readonly sources: readonly string[];
  /** Its compression (`s2`), when it has one (NATS 2.10 and later). */
  readonly compression?: string;
  /** Its metadata, without the keys NATS reserves (`_nats...`; NATS 2.10 and later). */
  readonly metadata: Readonly<Record<string, string>>;
  /** When it was created (ISO 8601, as the server reports it). */
  readonly created: string;
}

/** What one read of a NATS server gave. */
export interface NatsServerSnapshot {
  /** The server, as `nats://host:port`. */
  readonly serverURL: string;
  /** The version the server reports. */
  readonly serverVersion: string;
  /** The streams that pass the filter, by name. */
  readonly streams: readonly NatsStreamSnapshot[];
}
