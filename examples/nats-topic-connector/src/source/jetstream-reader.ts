import { connect, type NodeConnectionOptions } from '@nats-io/transport-node';
import { jetstreamManager, type JetStreamManager, type StreamInfo } from '@nats-io/jetstream';
import { ConnectorCheckedException, InvalidParameterException, describeValue } from '@egeria-ts/core';
import { NATS_ERROR_CODE } from '../messages';
import { parseServerAddress, type NatsServerAddress } from './server-address';
import { StreamFilter } from './stream-filter';
import type {
  NatsDiscardPolicy,
  NatsRetentionPolicy,
  NatsServerSnapshot,
  NatsStorageType,
  NatsStreamSnapshot,
} from './stream-snapshot';

type NatsConnection = Awaited<ReturnType<typeof connect>>;

/** How to reach a NATS server and which streams to read. */
export interface JetStreamReaderOptions {
  /** The server address: `nats://host:port`, `host:port`, or several separated by commas. */
  readonly address: string;
  /** The user to connect as (default: the user in the address, if any). */
  readonly userId?: string;
  /** The user's password, already resolved from any secret reference; never logged. */
  readonly clearPassword?: string;
  /** A token for token authentication, already resolved; never logged. */
  readonly token?: string;
  /** Which streams to read (default: all). */
  readonly filter?: StreamFilter;
  /** Milliseconds to wait for the connection (default 10 000). */
  readonly connectionTimeoutMillis?: number;
  /** Milliseconds to wait for one JetStream API request (default 10 000). */
  readonly requestTimeoutMillis?: number;
  /** The client name the server shows for the connection (default `egeria-ts-nats-topic-connector`). */
  readonly connectionName?: string;
}

/**
 * Reads the configuration of the JetStream streams of a NATS server through the JetStream manager
 * API of the maintained NATS clients (`@nats-io/transport-node`, `@nats-io/jetstream`), as plain
 * {@link NatsStreamSnapshot} data. Each read opens its own connection (no reconnection) and closes
 * it before returning. Credentials are kept private and never appear in errors.
 */
export class JetStreamReader {
  /** The servers the reader connects to. */
  readonly server: NatsServerAddress;
  /** The filter the reader applies. */
  readonly filter: StreamFilter;
  readonly #user?: string;
  readonly #password?: string;
  readonly #token?: string;
  readonly #connectionTimeoutMillis: number;
  readonly #requestTimeoutMillis: number;
  readonly #connectionName: string;

  /**
   * @param options - the server, credentials and filter
   * @throws ConnectionCheckedException when the address cannot be read
   * @throws InvalidParameterException naming the option at fault
   */
  constructor(options: JetStreamReaderOptions) {
    if (typeof options !== 'object' || options === null) throw invalidOption('options', options);
    this.server = parseServerAddress(options.address);
    if (options.filter !== undefined && !(options.filter instanceof StreamFilter)) {
      throw invalidOption('filter', options.filter);
    }
    this.filter = options.filter ?? new StreamFilter();
    this.#user = optionalText('userId', options.userId) ?? this.server.user;
    this.#password = optionalSecret('clearPassword', options.clearPassword) ?? this.server.password;
    this.#token = optionalSecret('token', options.token);
    this.#connectionTimeoutMillis = positiveInteger('connectionTimeoutMillis', options.connectionTimeoutMillis, 10_000);
    this.#requestTimeoutMillis = positiveInteger('requestTimeoutMillis', options.requestTimeoutMillis, 10_000);
    this.#connectionName = optionalText('connectionName', options.connectionName) ?? 'egeria-ts-nats-topic-connector';
  }

  /** The user the reader connects as, when one is set. */
  get userId(): string | undefined {
    return this.#user;
  }

  /**
   * Connects, lists the streams that pass the filter (sorted by name) and disconnects.
   * @param signal - abandons the read (and closes the connection)
   * @throws ConnectorCheckedException when the server cannot be reached or its JetStream API fails
   */
  async readServer(signal?: AbortSignal): Promise<NatsServerSnapshot> {
    signal?.throwIfAborted();
    const connection = await this.#connect(signal);
    const onAbort = (): void => {
      connection.close().catch(() => undefined);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const manager = await this.#request('JetStream account information', signal, () =>
        jetstreamManager(connection, { timeout: this.#requestTimeoutMillis }),
      );
      const infos = await this.#request('the stream list', signal, () => listStreams(manager));
      signal?.throwIfAborted();
      const streams = infos
        .filter((info) => this.filter.includesStream(info.config.name))
        .map(streamSnapshot)
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      return { serverURL: this.server.serverURL, serverVersion: connection.info?.version ?? '', streams };
    } finally {
      signal?.removeEventListener('abort', onAbort);
      await connection.close().catch(() => undefined);
    }
  }

  async #connect(signal: AbortSignal | undefined): Promise<NatsConnection> {
    const options: NodeConnectionOptions = {
      servers: [...this.server.servers],
      name: this.#connectionName,
      timeout: this.#connectionTimeoutMillis,
      reconnect: false,
      ...(this.server.tlsRequired ? { tls: {} } : {}),
      ...(this.#user === undefined ? {} : { user: this.#user }),
      ...(this.#password === undefined ? {} : { pass: this.#password }),
      ...(this.#token === undefined ? {} : { token: this.#token }),
    };
    const pending = connect(options);
    try {
      return await untilAborted(pending, signal);
    } catch (error) {
      // A connection that arrives after the signal fired is closed at once.
      pending.then((c) => c.close()).catch(() => undefined);
      signal?.throwIfAborted();
      throw ConnectorCheckedException.fromDefinition(
        NATS_ERROR_CODE.CONNECT_FAILED,
        [this.server.serverURL, this.#user ?? '(no user)', this.#describe(error)],
        { actionDescription: 'connect', exceptionProperties: natsErrorProperties(error) },
      );
    }
  }

  async #request<T>(what: string, signal: AbortSignal | undefined, fn: () => Promise<T>): Promise<T> {
    signal?.throwIfAborted();
    try {
      return await untilAborted(fn(), signal);
    } catch (error) {
      signal?.throwIfAborted();
      throw ConnectorCheckedException.fromDefinition(
        NATS_ERROR_CODE.JETSTREAM_FAILED,
        [this.server.serverURL, what, this.#describe(error)],
        { actionDescription: 'readServer', exceptionProperties: natsErrorProperties(error) },
      );
    }
  }

  #describe(error: unknown): string {
    let text = error instanceof Error ? error.message : String(error);
    for (const secret of [this.#password, this.#token]) {
      if (secret !== undefined && secret !== '') text = text.split(secret).join('***');
    }
    return text === '' && error instanceof Error ? error.name : text;
  }
}

async function listStreams(manager: JetStreamManager): Promise<StreamInfo[]> {
  const infos: StreamInfo[] = [];
  for await (const info of manager.streams.list()) infos.push(info);
  return infos;
}

/** Maps JetStream's stream information to the snapshot. */
function streamSnapshot(info: StreamInfo): NatsStreamSnapshot {
  const c = info.config;
  const metadata = Object.fromEntries(
    Object.entries(c.metadata ?? {}).filter(([key, value]) => !key.startsWith('_nats') && typeof value === 'string'),
  );
  const description = c.description?.trim();
  return {
    name: c.name,
    ...(description === undefined || description === '' ? {} : { description }),
    subjects: [...(c.subjects ?? [])],
    retention: c.retention as NatsRetentionPolicy,
    storage: c.storage as NatsStorageType,
    replicas: c.num_replicas ?? 1,
    discard: (c.discard ?? 'old') as NatsDiscardPolicy,
    maxAgeNanos: c.max_age ?? 0,
    maxMessages: c.max_msgs ?? -1,
    maxBytes: c.max_bytes ?? -1,
    maxMessageSize: c.max_msg_size ?? -1,
    maxMessagesPerSubject: c.max_msgs_per_subject ?? -1,
    maxConsumers: c.max_consumers ?? -1,
    duplicateWindowNanos: c.duplicate_window ?? 0,
    sealed: c.sealed === true,
    denyDelete: c.deny_delete === true,
    denyPurge: c.deny_purge === true,
    allowRollup: c.allow_rollup_hdrs === true,
    ...(c.mirror?.name === undefined ? {} : { mirror: c.mirror.name }),
    sources: (c.sources ?? []).map((s) => s.name),
    ...(c.compression === undefined || c.compression === 'none' ? {} : { compression: c.compression }),
    metadata,
    created: info.created,
  };
}

/** Resolves or rejects with the promise, or rejects with the signal's reason when it fires first. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function natsErrorProperties(error: unknown): Record<string, string> {
  const properties: Record<string, string> = {};
  if (error instanceof Error) properties['natsError'] = error.name;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' || typeof code === 'number') properties['natsErrorCode'] = String(code);
  return properties;
}

function invalidOption(name: string, value: unknown): InvalidParameterException {
  const shown = name === 'clearPassword' || name === 'token' ? '(hidden)' : describeValue(value);
  return InvalidParameterException.fromDefinition(NATS_ERROR_CODE.INVALID_OPTION, [name, shown], {
    exceptionProperties: { parameterName: name },
  });
}

function optionalText(name: string, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.trim() === '') throw invalidOption(name, value);
  return value;
}

function optionalSecret(name: string, value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw invalidOption(name, value);
  return value;
}

function positiveInteger(name: string, value: unknown, defaultValue: number): number {
  if (value === undefined) return defaultValue;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) throw invalidOption(name, value);
  return value;
}
