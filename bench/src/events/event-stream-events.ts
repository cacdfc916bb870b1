/**
 * Benchmark 2b, events through the emulator's event stream: an emulator process publishes a Data
 * Manager out-topic event for each element created (the producer creates databases with a bare
 * HTTP client, `concurrency` at once). The SDK's `EventStreamTopicConnector`, built from the
 * out-topic connection the emulator hands out and parsing with `dataManagerEventParser`, delivers
 * them to ten listeners; the baseline is a raw SSE reader (`http.get`, split, `JSON.parse`) with
 * the same ten listeners, connected at the same time.
 *
 * Live: events per second and latency from the create request to the tenth listener (for the
 * database creation events). Replay: a new reader of each kind asks for the retained history
 * (`Last-Event-ID: 0`), which the emulator sends as fast as it can: the readers' own throughput.
 */
import * as http from 'node:http';
import type { Connection } from '@egeria-ts/core';
import {
  EventStreamTopicConnectorFactory,
  dataManagerEventParser,
  type DataManagerOutboundEvent,
  type TopicConnector,
} from '@egeria-ts/omas-client';
import { BareClient, bareMetadataSource } from '../catalog/bare-client';
import { startChildEmulator, type ChildEmulator } from '../support/child-emulator';
import type { BenchmarkResult, Figure } from '../support/report';
import { forEachConcurrently, percentile, perSecond, round } from '../support/stats';
import { openRawSseReader } from './raw-sse-reader';

/** Sizes of the event stream benchmark. */
export interface EventStreamOptions {
  /** Databases created; each gives two events, the database and its ServerAssetUse link (default 5,000). */
  readonly creates: number;
  /** Creates in flight at once (default 8). */
  readonly concurrency: number;
  /** Listeners of each reader (default 10). */
  readonly listeners: number;
  /** Replays of the history by each reader; the median is reported (default 3). */
  readonly replays: number;
  /** Milliseconds to wait for the last events (default 60,000). */
  readonly timeoutMs: number;
}

/** The default sizes. */
export const EVENT_STREAM_DEFAULTS: EventStreamOptions = {
  creates: 5000,
  concurrency: 8,
  listeners: 10,
  replays: 3,
  timeoutMs: 60_000,
};

const USER_ID = 'benchnpa';
const PREFIX = 'bench::events::database-';

/** Reads what a database creation event is about: its sequence number, or -1. */
function sequenceOf(event: unknown): number {
  const e = event as { eventType?: unknown; principleElement?: { uniqueName?: unknown } } | undefined;
  const name = e?.principleElement?.uniqueName;
  if (e?.eventType !== 'NEW_ELEMENT_CREATED' || typeof name !== 'string' || !name.startsWith(PREFIX)) return -1;
  return Number(name.slice(PREFIX.length));
}

/** Ten listeners; the last records when each event arrived. */
class ListenerSet {
  readonly arrivals: Float64Array;
  count = 0;
  lastAt = 0;
  readonly listeners: ((event: unknown) => void)[];

  constructor(size: number, creates: number) {
    this.arrivals = new Float64Array(creates);
    this.listeners = Array.from({ length: size - 1 }, () => (event: unknown) => {
      void (event as { eventType?: unknown }).eventType;
    });
    this.listeners.push((event) => {
      const now = performance.now();
      this.count++;
      this.lastAt = now;
      const sequence = sequenceOf(event);
      if (sequence >= 0 && this.arrivals[sequence] === 0) this.arrivals[sequence] = now;
    });
  }
}

function getJson(url: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false, headers: { Accept: 'application/json' } }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => {
          try {
            resolve(JSON.parse(text) as Record<string, unknown>);
          } catch (error) {
            reject(error);
          }
        });
      })
      .on('error', reject);
  });
}

async function outTopicConnection(emulator: ChildEmulator, callerId: string): Promise<Connection> {
  const answer = await getJson(
    `${emulator.url}/servers/${encodeURIComponent(emulator.serverName)}/open-metadata/access-services/data-manager` +
      `/users/${USER_ID}/topics/out-topic-connection/${encodeURIComponent(callerId)}`,
  );
  const connection = answer['connection'] as Connection | undefined;
  if (connection?.endpoint?.address === undefined)
    throw new Error(`no out-topic connection: ${JSON.stringify(answer)}`);
  return connection;
}

async function connectSdk(
  emulator: ChildEmulator,
  set: ListenerSet,
  callerId: string,
  lastEventId?: string,
): Promise<TopicConnector<DataManagerOutboundEvent>> {
  const connection = await outTopicConnection(emulator, callerId);
  // The factory the default topic connector registry uses for the emulator's connections; a
  // Last-Event-ID header asks for the retained history.
  const factory = new EventStreamTopicConnectorFactory(
    lastEventId === undefined ? {} : { headers: { 'Last-Event-ID': lastEventId } },
  );
  const connector = factory.create<DataManagerOutboundEvent>(connection, {
    parser: dataManagerEventParser,
    callerId,
    logger: { error: () => undefined, warn: () => undefined },
  });
  for (const listener of set.listeners) connector.registerListener(listener);
  await connector.connect();
  return connector;
}

async function waitUntil(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/** One reader's live figures. */
interface LiveFigures {
  readonly events: number;
  readonly eventsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

function liveFigures(set: ListenerSet, sentAt: Float64Array, started: number): LiveFigures {
  const latencies = Array.from(set.arrivals, (at, i) => at - sentAt[i]);
  return {
    events: set.count,
    eventsPerSecond: perSecond(set.count, set.lastAt - started),
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
  };
}

/** Runs the event stream benchmark. */
export async function eventStreamBenchmark(overrides: Partial<EventStreamOptions> = {}): Promise<BenchmarkResult> {
  const options = { ...EVENT_STREAM_DEFAULTS, ...overrides };
  const emulator = await startChildEmulator();
  const toClose: (() => unknown)[] = [];
  try {
    const streamURL = (await outTopicConnection(emulator, 'bench-raw')).endpoint!.address!;
    // Live: both readers connected before anything is created.
    const sdkSet = new ListenerSet(options.listeners, options.creates);
    const rawSet = new ListenerSet(options.listeners, options.creates);
    const sdk = await connectSdk(emulator, sdkSet, 'bench-sdk');
    toClose.push(() => sdk.disconnect());
    const raw = openRawSseReader(streamURL, rawSet.listeners);
    toClose.push(() => raw.close());
    await raw.opened;

    const sourceName = 'bench-event-source';
    const externalSourceGUID = await bareMetadataSource(emulator.url, emulator.serverName, USER_ID, sourceName);
    const client = new BareClient({
      url: emulator.url,
      serverName: emulator.serverName,
      userId: USER_ID,
      externalSourceGUID,
      externalSourceName: sourceName,
    });
    toClose.push(() => client.close());
    await waitUntil(() => sdkSet.count > 0 && rawSet.count === sdkSet.count, options.timeoutMs, 'the first event');
    const before = { sdk: sdkSet.count, raw: rawSet.count };
    sdkSet.count = 0;
    rawSet.count = 0;
    const sentAt = new Float64Array(options.creates);
    const indexes = Array.from({ length: options.creates }, (_, i) => i);
    const started = performance.now();
    await forEachConcurrently(indexes, options.concurrency, async (i) => {
      sentAt[i] = performance.now();
      await client.create('/databases', 'DatabaseProperties', { qualifiedName: `${PREFIX}${i}`, name: `db${i}` });
    });
    const allArrived = (set: ListenerSet): boolean => set.arrivals.every((at) => at > 0);
    await waitUntil(() => allArrived(sdkSet) && allArrived(rawSet), options.timeoutMs, 'the live events');
    // The link events follow their database's: wait until both readers have the same count.
    await waitUntil(() => sdkSet.count === rawSet.count, options.timeoutMs, 'the same events on both readers');
    const liveSdk = liveFigures(sdkSet, sentAt, started);
    const liveRaw = liveFigures(rawSet, sentAt, started);
    const history = before.raw + rawSet.count;

    // Replay: each reader alone, the whole history.
    const replaySdk: number[] = [];
    const replayRaw: number[] = [];
    for (let r = 0; r < options.replays; r++) {
      for (const kind of r % 2 === 0 ? (['raw', 'sdk'] as const) : (['sdk', 'raw'] as const)) {
        const set = new ListenerSet(options.listeners, options.creates);
        const t0 = performance.now();
        if (kind === 'sdk') {
          const replay = await connectSdk(emulator, set, `bench-replay-${r}`, '0');
          await waitUntil(() => set.count >= history, options.timeoutMs, 'the SDK replay');
          replaySdk.push(perSecond(set.count, set.lastAt - t0));
          await replay.disconnect();
        } else {
          const replay = openRawSseReader(streamURL, set.listeners, '0');
          await replay.opened;
          await waitUntil(() => set.count >= history, options.timeoutMs, 'the raw replay');
          replayRaw.push(perSecond(set.count, set.lastAt - t0));
          replay.close();
        }
      }
    }
    const med = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
    const figures: Figure[] = [
      { name: 'live: SDK connector rate', value: round(liveSdk.eventsPerSecond), unit: 'events/s' },
      { name: 'live: SDK p99 latency', value: round(liveSdk.p99Ms, 2), unit: 'ms' },
      { name: 'live: raw SSE reader rate', value: round(liveRaw.eventsPerSecond), unit: 'events/s' },
      { name: 'live: raw p99 latency', value: round(liveRaw.p99Ms, 2), unit: 'ms' },
      { name: `replay of ${history} events: SDK`, value: round(med(replaySdk)), unit: 'events/s' },
      { name: 'replay: raw SSE reader', value: round(med(replayRaw)), unit: 'events/s' },
    ];
    const roundLive = (f: LiveFigures) => ({
      ...f,
      eventsPerSecond: round(f.eventsPerSecond),
      p50Ms: round(f.p50Ms, 3),
      p99Ms: round(f.p99Ms, 3),
    });
    return {
      benchmark: 'events-stream',
      figures,
      json: {
        liveSdk: roundLive(liveSdk),
        liveRaw: roundLive(liveRaw),
        historyEvents: history,
        replaySdkEventsPerSecond: replaySdk.map((v) => round(v)),
        replayRawEventsPerSecond: replayRaw.map((v) => round(v)),
        options,
      },
    };
  } finally {
    for (const close of toClose.reverse()) await close();
    await emulator.stop();
  }
}
