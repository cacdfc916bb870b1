import * as http from 'node:http';
import * as https from 'node:https';
import type { Connection } from '@egeria-ts/core';
import { ConnectionCheckedException, ConnectorCheckedException, InvalidParameterException } from '@egeria-ts/core';
import type { ResolvedReconnectOptions } from '../backoff';
import { nextBackoffDelay, resolveReconnectOptions } from '../backoff';
import { DeliveryQueue } from '../internal/delivery-queue';
import { EventMessages } from '../internal/messages';
import { SseParser } from '../internal/sse-parser';
import type { TopicConnector, TopicConnectorOptions } from '../topic-connector';
import { TopicConnectorBase } from '../topic-connector-base';
import type { TopicConnectorFactory } from '../topic-connector-registry';
import { describeConnection, resolveEventDirection } from '../topic-connector-registry';

/** The connectorProviderClassName of the emulator's event stream topic connector. */
export const EVENT_STREAM_TOPIC_CONNECTOR_PROVIDER = '@egeria-ts/emulator:EventStreamTopicConnector';

const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_QUEUED_EVENTS = 10_000;
const SNIPPET_LENGTH = 200;

/** Options of an {@link EventStreamTopicConnector}. */
export interface EventStreamTopicConnectorOptions<E> extends TopicConnectorOptions<E> {
  /** The platform's root URL: what precedes `/servers/{serverName}`, such as `http://127.0.0.1:9443`. */
  readonly platformURL: string;
  /** The server that serves the stream. */
  readonly serverName: string;
  /** The topic. */
  readonly topicName: string;
  /** Extra request headers (for example authentication); never logged. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Time allowed for the stream's response headers and for each `send`, in milliseconds (default 10,000). */
  readonly requestTimeoutMs?: number;
  /** Above this many received and undelivered events, reading from the stream pauses (default 10,000). */
  readonly maxQueuedEvents?: number;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * A topic connector for the emulator's event stream: server-sent events over HTTP, each with an
 * increasing numeric `id`, read from
 * `{platformURL}/servers/{serverName}/emulator/out-topic/{topicName}`; `send` POSTs to
 * `.../emulator/in-topic/{topicName}`.
 *
 * The stream is parsed incrementally. When it drops, the connector reconnects with capped
 * exponential backoff and resumes with a `Last-Event-ID` header naming the last complete event
 * received; an event whose id is not above that one is skipped, so no event is delivered twice.
 * Event ids must increase for as long as the connector runs.
 */
export class EventStreamTopicConnector<E = unknown> extends TopicConnectorBase<E> {
  /** The URL the events are read from. */
  readonly streamURL: string;
  /** The URL events are sent to. */
  readonly sendURL: string;

  private readonly headers: Readonly<Record<string, string>>;
  private readonly requestTimeoutMs: number;
  private readonly maxQueuedEvents: number;
  private readonly reconnect: ResolvedReconnectOptions;
  private readonly transport: typeof http | typeof https;
  private readonly queue: DeliveryQueue<string>;

  private lastId: string | undefined;
  private lastSeq: number | undefined;
  private serverRetryMs: number | undefined;
  private running = false;
  private generation = 0;
  private attempt = 0;
  private request: http.ClientRequest | undefined;
  private paused: http.IncomingMessage | undefined;
  private timer: NodeJS.Timeout | undefined;
  private sendAgent: http.Agent | undefined;

  constructor(options: EventStreamTopicConnectorOptions<E>) {
    super(options);
    const root = options.platformURL.replace(/\/+$/, '');
    const base = `${root}/servers/${encodeURIComponent(options.serverName)}/emulator`;
    this.streamURL = `${base}/out-topic/${encodeURIComponent(options.topicName)}`;
    this.sendURL = `${base}/in-topic/${encodeURIComponent(options.topicName)}`;
    this.transport = this.streamURL.startsWith('https:') ? https : http;
    this.headers = { ...options.headers };
    this.requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    this.maxQueuedEvents = options.maxQueuedEvents ?? DEFAULT_MAX_QUEUED_EVENTS;
    this.reconnect = resolveReconnectOptions(options.reconnect);
    this.queue = new DeliveryQueue<string>(
      (data) => this.deliver(data),
      () => {
        const paused = this.paused;
        this.paused = undefined;
        paused?.resume();
      },
    );
  }

  /** The id of the last complete event received: where the next connection resumes. */
  get lastEventId(): string | undefined {
    return this.lastId;
  }

  /** Resolves once every event received so far has been delivered to the listeners. */
  whenIdle(): Promise<void> {
    return this.queue.whenIdle();
  }

  protected async start(): Promise<void> {
    this.sendAgent = new this.transport.Agent({ keepAlive: true });
    if (!this.receivesEvents) return;
    this.running = true;
    let lastError: unknown;
    for (let attempt = 0; attempt < this.reconnect.connectAttempts; attempt++) {
      if (attempt > 0) await sleep(nextBackoffDelay(attempt - 1, this.reconnect, this.serverRetryMs));
      try {
        await this.open();
        this.attempt = 0;
        return;
      } catch (error) {
        lastError = error;
      }
    }
    this.running = false;
    this.sendAgent.destroy();
    this.sendAgent = undefined;
    throw ConnectorCheckedException.fromDefinition(
      EventMessages.CONNECT_FAILED,
      [this.streamURL, this.reconnect.connectAttempts, errorMessage(lastError)],
      { cause: lastError },
    );
  }

  protected async stop(): Promise<void> {
    this.running = false;
    this.generation++;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.request?.destroy();
    this.request = undefined;
    this.paused = undefined;
    this.queue.clear();
    this.sendAgent?.destroy();
    this.sendAgent = undefined;
  }

  protected publish(event: unknown): Promise<void> {
    const body = typeof event === 'string' ? event : JSON.stringify(event);
    if (body === undefined) {
      throw new InvalidParameterException(`The event sent to topic ${this.topicName} cannot be written as JSON`, {
        messageId: 'EGERIA-TS-OMAS-EVENTS-400-003',
        exceptionProperties: { parameterName: 'event' },
      });
    }
    return new Promise((resolve, reject) => {
      const fail = (reason: string, cause?: unknown): void =>
        reject(
          ConnectorCheckedException.fromDefinition(EventMessages.SEND_FAILED, [this.topicName, reason], { cause }),
        );
      const req = this.transport.request(this.sendURL, {
        method: 'POST',
        agent: this.sendAgent,
        timeout: this.requestTimeoutMs,
        headers: {
          ...this.headers,
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
        },
      });
      req.on('timeout', () => req.destroy(new Error(`no answer within ${this.requestTimeoutMs} ms`)));
      req.on('error', (error) => fail(errorMessage(error), error));
      req.on('response', (res) => {
        let snippet = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          if (snippet.length < SNIPPET_LENGTH) snippet += chunk;
        });
        res.on('error', (error) => fail(errorMessage(error), error));
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) resolve();
          else fail(`HTTP ${status}: ${snippet.slice(0, SNIPPET_LENGTH).trim()}`);
        });
      });
      req.end(body);
    });
  }

  /** Opens one stream; resolves once the server has answered 200 with an event stream. */
  private open(): Promise<void> {
    const generation = ++this.generation;
    return new Promise((resolve, reject) => {
      const headers: Record<string, string> = {
        ...this.headers,
        Accept: 'text/event-stream',
        'Cache-Control': 'no-cache',
      };
      if (this.lastId !== undefined) headers['Last-Event-ID'] = this.lastId;
      const req = this.transport.request(this.streamURL, { method: 'GET', headers, agent: false });
      this.request = req;
      let opened = false;
      const timer = setTimeout(
        () => req.destroy(new Error(`no answer within ${this.requestTimeoutMs} ms`)),
        this.requestTimeoutMs,
      );
      req.on('socket', (socket) => socket.setKeepAlive(true, 15_000));
      req.on('error', (error) => {
        clearTimeout(timer);
        if (opened) this.dropped(generation, errorMessage(error));
        else reject(error);
      });
      req.on('response', (res) => {
        clearTimeout(timer);
        const status = res.statusCode ?? 0;
        const type = String(res.headers['content-type'] ?? '');
        if (status !== 200 || !type.includes('text/event-stream')) {
          res.resume();
          req.destroy();
          reject(new Error(`HTTP ${status} (${type || 'no content type'}) from ${this.streamURL}`));
          return;
        }
        opened = true;
        res.setEncoding('utf8');
        const parser = new SseParser({
          onEvent: (id, data) => this.received(id, data, res),
          onIdOnly: (id) => {
            if (!this.isDuplicate(id)) this.remember(id);
          },
          onRetry: (delayMs) => {
            this.serverRetryMs = delayMs;
          },
        });
        res.on('data', (chunk: string) => {
          if (generation !== this.generation) return;
          try {
            parser.push(chunk);
          } catch (error) {
            req.destroy(error instanceof Error ? error : new Error(String(error)));
          }
        });
        res.on('error', (error) => this.dropped(generation, errorMessage(error)));
        res.on('close', () => this.dropped(generation, 'the server ended the stream'));
        resolve();
      });
      req.end();
    });
  }

  private received(id: string | undefined, data: string, res: http.IncomingMessage): void {
    if (id !== undefined) {
      if (this.isDuplicate(id)) return;
      this.remember(id);
    }
    this.attempt = 0;
    this.queue.push(data);
    if (this.paused === undefined && this.queue.size > this.maxQueuedEvents) {
      this.paused = res;
      res.pause();
    }
  }

  private isDuplicate(id: string): boolean {
    if (this.lastSeq !== undefined && /^\d+$/.test(id)) return Number(id) <= this.lastSeq;
    return id === this.lastId;
  }

  private remember(id: string): void {
    this.lastId = id;
    if (/^\d+$/.test(id)) this.lastSeq = Number(id);
  }

  /** The stream of `generation` has ended: reconnect unless it was closed on purpose. */
  private dropped(generation: number, reason: string): void {
    if (generation !== this.generation || !this.running) return;
    this.generation++;
    this.request?.destroy();
    this.request = undefined;
    this.paused = undefined;
    this.scheduleReconnect(reason);
  }

  private scheduleReconnect(reason: string): void {
    const delay = nextBackoffDelay(this.attempt++, this.reconnect, this.serverRetryMs);
    this.logger.warn(
      `The event stream of topic ${this.topicName} dropped (${reason}); reconnecting in ${delay} ms` +
        (this.lastId === undefined ? '' : ` after event ${this.lastId}`),
      { topicName: this.topicName, lastEventId: this.lastId, delayMs: delay, reason },
    );
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.running) return;
      this.open().catch((error: unknown) => {
        if (this.running) this.scheduleReconnect(errorMessage(error));
      });
    }, delay);
  }
}

const ADDRESS_PATH = /^(.*)\/servers\/([^/]+)\/emulator\/(?:out|in)-topic\/([^/]+)\/?$/;

/**
 * Creates {@link EventStreamTopicConnector}s from Connections whose `endpoint.address` is the
 * stream's URL: `http://HOST:PORT/servers/{serverName}/emulator/out-topic/{topicName}`.
 */
export class EventStreamTopicConnectorFactory implements TopicConnectorFactory {
  constructor(
    /** Defaults for every connector this factory creates (headers, timeouts). */
    private readonly defaults: Partial<
      Pick<EventStreamTopicConnectorOptions<unknown>, 'headers' | 'requestTimeoutMs' | 'maxQueuedEvents'>
    > = {},
  ) {}

  create<E>(connection: Connection, options: TopicConnectorOptions<E>): TopicConnector<E> {
    const address = connection.endpoint?.address;
    const invalid = (reason: string): ConnectionCheckedException =>
      ConnectionCheckedException.fromDefinition(
        EventMessages.INVALID_ENDPOINT,
        [String(address), describeConnection(connection), reason],
        { exceptionProperties: { parameterName: 'connection.endpoint.address' } },
      );
    if (typeof address !== 'string' || address.trim() === '') throw invalid('the address is missing');
    let url: URL;
    try {
      url = new URL(address);
    } catch {
      throw invalid('it is not a URL');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw invalid('it is not an http or https URL');
    const match = ADDRESS_PATH.exec(url.pathname);
    if (match === null) throw invalid('its path is not /servers/{serverName}/emulator/out-topic/{topicName}');
    let serverName: string;
    let topicName: string;
    try {
      serverName = decodeURIComponent(match[2]);
      topicName = decodeURIComponent(match[3]);
    } catch {
      throw invalid('it is not correctly percent-encoded');
    }
    return new EventStreamTopicConnector<E>({
      ...this.defaults,
      ...options,
      eventDirection: resolveEventDirection(connection, options.eventDirection),
      platformURL: url.origin + match[1],
      serverName,
      topicName: options.topicName ?? topicName,
    });
  }
}
