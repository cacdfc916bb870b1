import { randomUUID } from 'node:crypto';
import type { Connection } from '@egeria-ts/core';
import { ConnectionCheckedException } from '@egeria-ts/core';
import type { EventDirection } from '@egeria-ts/omas-client';
import { describeConnection, resolveEventDirection } from '@egeria-ts/omas-client';
import type { ConsumerConfig, KafkaConfig, ProducerConfig, SASLOptions } from 'kafkajs';
import { KafkaMessages } from './internal/messages';

/** Egeria's configuration property holding the Kafka producer's properties. */
export const PRODUCER_PROPERTY = 'producer';
/** Egeria's configuration property holding the Kafka consumer's properties. */
export const CONSUMER_PROPERTY = 'consumer';
/** Egeria's configuration property naming the caller (the OMAS sets it to the callerId); the default consumer group. */
export const LOCAL_SERVER_ID_PROPERTY = 'local.server.id';

/** What {@link resolveKafkaSettings} needs besides the connection. */
export interface KafkaSettingsOptions {
  /** Overrides the topic named by `endpoint.address`. */
  readonly topicName?: string;
  /** Overrides the connection's `eventDirection`. */
  readonly eventDirection?: EventDirection;
  /** The caller: the consumer group when the connection sets neither `group.id` nor `local.server.id`. */
  readonly callerId?: string;
  /** Merged last into both client configurations (for example `ssl` with PEM material, or `sasl`). */
  readonly kafkaConfig?: Partial<KafkaConfig>;
}

/**
 * Everything the Kafka topic connector takes from Egeria's Kafka connection
 * (`KafkaOpenMetadataTopicProvider`): the topic from `endpoint.address`, and the Java client
 * properties of the `producer` and `consumer` configuration maps turned into kafkajs settings.
 * Contains secrets (SASL passwords): never log it.
 */
export interface KafkaSettings {
  /** The topic. */
  readonly topicName: string;
  /** Which way events flow. */
  readonly eventDirection: EventDirection;
  /** The consumer group: `consumer.group.id`, else `local.server.id`, else the callerId, else a new UUID. */
  readonly groupId: string;
  /** Key of the messages sent (Egeria keys them with `local.server.id`). */
  readonly messageKey?: string;
  /** True when `consumer.auto.offset.reset` is `earliest`: a new group reads the topic from its start. */
  readonly fromBeginning: boolean;
  /** Client configuration of the consumer (brokers from `consumer.bootstrap.servers`). */
  readonly consumerClient: KafkaConfig;
  /** Client configuration of the producer (brokers from `producer.bootstrap.servers`). */
  readonly producerClient: KafkaConfig;
  /** Consumer configuration. */
  readonly consumer: ConsumerConfig;
  /** Producer configuration. */
  readonly producer: ProducerConfig;
  /** Acknowledgements a send waits for: -1 (`all`), 0 or 1. */
  readonly acks: number;
  /** Attempts of `connect()`, from Egeria's `bring.up.retries` when set. */
  readonly connectAttempts?: number;
  /** Delay between attempts in milliseconds, from Egeria's `bring.up.minSleepTime` when set. */
  readonly connectRetryDelayMs?: number;
  /** Java client properties that have no kafkajs equivalent and were ignored (names only). */
  readonly ignoredProperties: readonly string[];
}

/** Java client properties that mean nothing to kafkajs and are ignored without notice. */
const SILENTLY_IGNORED = new Set([
  'key.serializer',
  'value.serializer',
  'key.deserializer',
  'value.deserializer',
  'enable.auto.commit',
  'auto.commit.interval.ms',
  'linger.ms',
  'batch.size',
  'buffer.memory',
]);

const SASL_MECHANISMS: Readonly<Record<string, 'plain' | 'scram-sha-256' | 'scram-sha-512'>> = {
  PLAIN: 'plain',
  'SCRAM-SHA-256': 'scram-sha-256',
  'SCRAM-SHA-512': 'scram-sha-512',
};

type JavaProperties = Readonly<Record<string, string>>;

/** Reads one of Egeria's Java property maps (values are turned into strings, as Egeria does). */
function javaProperties(connection: Connection, name: string): JavaProperties {
  const value = connection.configurationProperties?.[name];
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw ConnectionCheckedException.fromDefinition(
      KafkaMessages.BAD_PROPERTY,
      [describeConnection(connection), `configurationProperties.${name}`, 'a map of Kafka client properties'],
      { exceptionProperties: { parameterName: `connection.configurationProperties.${name}` } },
    );
  }
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (v !== undefined && v !== null) out[key] = typeof v === 'object' ? JSON.stringify(v) : String(v);
  }
  return out;
}

class PropertyReader {
  readonly used = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly mapName: string,
    private readonly values: JavaProperties,
  ) {}

  string(key: string): string | undefined {
    this.used.add(key);
    const v = this.values[key];
    return v === undefined || v.trim() === '' ? undefined : v.trim();
  }

  integer(key: string): number | undefined {
    const v = this.string(key);
    if (v === undefined) return undefined;
    if (!/^-?\d+$/.test(v)) throw this.bad(key, 'a whole number');
    return Number(v);
  }

  boolean(key: string): boolean | undefined {
    const v = this.string(key)?.toLowerCase();
    if (v === undefined) return undefined;
    if (v !== 'true' && v !== 'false') throw this.bad(key, 'true or false');
    return v === 'true';
  }

  bad(key: string, expected: string): ConnectionCheckedException {
    return ConnectionCheckedException.fromDefinition(
      KafkaMessages.BAD_PROPERTY,
      [describeConnection(this.connection), `configurationProperties.${this.mapName}.${key}`, expected],
      { exceptionProperties: { parameterName: `connection.configurationProperties.${this.mapName}.${key}` } },
    );
  }

  unused(): string[] {
    return Object.keys(this.values)
      .filter((k) => !this.used.has(k) && !SILENTLY_IGNORED.has(k))
      .map((k) => `${this.mapName}.${k}`);
  }
}

/** Pulls `username="..."` and `password="..."` out of a Java `sasl.jaas.config`. */
function jaasCredentials(jaas: string | undefined): { username?: string; password?: string } {
  if (jaas === undefined) return {};
  const field = (name: string): string | undefined => new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`).exec(jaas)?.[1];
  return { username: field('username'), password: field('password') };
}

/** The client-level settings of one property map: brokers, client id, timeouts, TLS and SASL. */
function clientConfig(reader: PropertyReader, connection: Connection, defaultClientId: string): KafkaConfig {
  const brokers = (reader.string('bootstrap.servers') ?? 'localhost:9092')
    .split(',')
    .map((b) => b.trim())
    .filter((b) => b !== '');
  const config: KafkaConfig = { brokers, clientId: reader.string('client.id') ?? defaultClientId };
  const requestTimeout = reader.integer('request.timeout.ms');
  if (requestTimeout !== undefined) config.requestTimeout = requestTimeout;
  const connectionTimeout = reader.integer('socket.connection.setup.timeout.ms');
  if (connectionTimeout !== undefined) config.connectionTimeout = connectionTimeout;
  const retryBackoff = reader.integer('retry.backoff.ms');
  if (retryBackoff !== undefined) config.retry = { initialRetryTime: retryBackoff };
  const protocol = (reader.string('security.protocol') ?? 'PLAINTEXT').toUpperCase();
  if (protocol === 'SSL' || protocol === 'SASL_SSL') config.ssl = true;
  if (protocol === 'SASL_SSL' || protocol === 'SASL_PLAINTEXT') {
    const mechanismName = (reader.string('sasl.mechanism') ?? 'GSSAPI').toUpperCase();
    const mechanism = SASL_MECHANISMS[mechanismName];
    if (mechanism === undefined) throw reader.bad('sasl.mechanism', 'PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512 (kafkajs)');
    const jaas = jaasCredentials(reader.string('sasl.jaas.config'));
    const username = jaas.username ?? connection.userId;
    const password = jaas.password ?? connection.clearPassword;
    if (username === undefined || password === undefined) {
      throw reader.bad('sasl.jaas.config', 'a username and password (or the connection userId and clearPassword)');
    }
    config.sasl = { mechanism, username, password } as SASLOptions;
  }
  return config;
}

/**
 * Turns Egeria's Kafka topic connection into kafkajs settings. Throws a
 * `ConnectionCheckedException` naming the field at fault: a missing topic
 * (`connection.endpoint.address`), a property of the wrong kind, a SASL mechanism kafkajs lacks.
 */
export function resolveKafkaSettings(connection: Connection, options: KafkaSettingsOptions = {}): KafkaSettings {
  const topicName = options.topicName ?? connection.endpoint?.address;
  if (typeof topicName !== 'string' || topicName.trim() === '') {
    throw ConnectionCheckedException.fromDefinition(KafkaMessages.NO_TOPIC_NAME, [describeConnection(connection)], {
      exceptionProperties: { parameterName: 'connection.endpoint.address' },
    });
  }
  const eventDirection = resolveEventDirection(connection, options.eventDirection);
  const consumerProps = new PropertyReader(
    connection,
    CONSUMER_PROPERTY,
    javaProperties(connection, CONSUMER_PROPERTY),
  );
  const producerProps = new PropertyReader(
    connection,
    PRODUCER_PROPERTY,
    javaProperties(connection, PRODUCER_PROPERTY),
  );
  const localServerIdValue = connection.configurationProperties?.[LOCAL_SERVER_ID_PROPERTY];
  const localServerId =
    typeof localServerIdValue === 'string' && localServerIdValue.trim() !== '' ? localServerIdValue : undefined;
  const groupId = consumerProps.string('group.id') ?? localServerId ?? options.callerId ?? `egeria-ts-${randomUUID()}`;
  const clientId = `egeria-ts-${localServerId ?? options.callerId ?? 'topic-connector'}`;

  const consumerClient = { ...clientConfig(consumerProps, connection, clientId), ...options.kafkaConfig };
  const producerClient = { ...clientConfig(producerProps, connection, clientId), ...options.kafkaConfig };

  const consumer: ConsumerConfig = { groupId };
  const set = <K extends keyof ConsumerConfig>(key: K, value: ConsumerConfig[K] | undefined): void => {
    if (value !== undefined) consumer[key] = value;
  };
  set('sessionTimeout', consumerProps.integer('session.timeout.ms'));
  set('heartbeatInterval', consumerProps.integer('heartbeat.interval.ms'));
  set('rebalanceTimeout', consumerProps.integer('max.poll.interval.ms'));
  set('maxBytesPerPartition', consumerProps.integer('max.partition.fetch.bytes'));
  set('minBytes', consumerProps.integer('fetch.min.bytes'));
  set('maxBytes', consumerProps.integer('fetch.max.bytes'));
  set('maxWaitTimeInMs', consumerProps.integer('fetch.max.wait.ms'));
  const isolation = consumerProps.string('isolation.level');
  if (isolation !== undefined) set('readUncommitted', isolation.toLowerCase() === 'read_uncommitted');
  const reset = (consumerProps.string('auto.offset.reset') ?? 'latest').toLowerCase();
  if (reset !== 'latest' && reset !== 'earliest' && reset !== 'none')
    throw consumerProps.bad('auto.offset.reset', 'earliest or latest');

  const producer: ProducerConfig = {};
  const idempotent = producerProps.boolean('enable.idempotence');
  if (idempotent !== undefined) producer.idempotent = idempotent;
  const inFlight = producerProps.integer('max.in.flight.requests.per.connection');
  if (inFlight !== undefined) producer.maxInFlightRequests = inFlight;
  const retries = producerProps.integer('retries');
  if (retries !== undefined) producer.retry = { retries };
  const acksText = (producerProps.string('acks') ?? 'all').toLowerCase();
  const acks = acksText === 'all' ? -1 : Number(acksText);
  if (![-1, 0, 1].includes(acks)) throw producerProps.bad('acks', 'all, -1, 0 or 1');

  // Egeria's own start-up retry properties (on either map), kept as the connect policy
  const consumerRetries = consumerProps.integer('bring.up.retries');
  const consumerSleep = consumerProps.integer('bring.up.minSleepTime');
  const bringUpRetries = producerProps.integer('bring.up.retries') ?? consumerRetries;
  const bringUpSleep = producerProps.integer('bring.up.minSleepTime') ?? consumerSleep;

  const ignored = [...consumerProps.unused(), ...producerProps.unused()];
  return {
    topicName,
    eventDirection,
    groupId,
    messageKey: localServerId,
    fromBeginning: reset === 'earliest',
    consumerClient,
    producerClient,
    consumer,
    producer,
    acks,
    connectAttempts: bringUpRetries,
    connectRetryDelayMs: bringUpSleep,
    ignoredProperties: ignored,
  };
}
