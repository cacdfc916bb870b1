/**
 * Benchmark 2a, events in process: Data Manager out-topic events published on an `InMemoryTopic`
 * reach ten listeners through an `InMemoryTopicConnector` (parsed by `dataManagerEventParser`),
 * and through a context's out-topic listeners (`OutTopicListeners`, what
 * `context.registerListener` uses) over the same kind of topic. Baseline: Node's `EventEmitter`
 * handing the same decoded events to ten listeners (no parsing, no queue).
 *
 * The producer publishes bursts of `burst` events, yielding to the event loop (setImmediate) after
 * each; the rate is events delivered to all ten listeners per second, the latency is from the
 * publish call to the tenth listener.
 */
import { EventEmitter } from 'node:events';
import { AuditLogger, type Connection } from '@egeria-ts/core';
import {
  IN_MEMORY_TOPIC_CONNECTOR_PROVIDER,
  InMemoryEventBus,
  InMemoryTopicConnector,
  OutTopicListeners,
  createTopicConnectorRegistry,
  dataManagerEventParser,
  type DataManagerOutboundEvent,
} from '@egeria-ts/omas-client';
import type { BenchmarkResult, Figure } from '../support/report';
import { percentile, perSecond, round } from '../support/stats';
import { sampleEvent, sampleSequence } from './sample-events';

/** Sizes of the in-process events benchmark. */
export interface InProcessEventsOptions {
  /** Events published in each measured run (default 200,000). */
  readonly events: number;
  /** Listeners (default 10). */
  readonly listeners: number;
  /** Events published before yielding to the event loop (default 100). */
  readonly burst: number;
  /** Measured runs of each path; the median run is reported (default 3). */
  readonly rounds: number;
}

/** The default sizes. */
export const IN_PROCESS_EVENTS_DEFAULTS: InProcessEventsOptions = {
  events: 200_000,
  listeners: 10,
  burst: 100,
  rounds: 3,
};

/** What one run measured. */
export interface EventRun {
  readonly events: number;
  readonly ms: number;
  readonly eventsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

/** A way to hand events to listeners. */
interface EventPath {
  /** Registers `listeners` listeners; the last gets `onLast`. */
  setUp(listeners: number, onLast: (sequence: number) => void): Promise<void>;
  publish(payload: unknown): void;
  /** Resolves once everything published has been delivered. */
  drain(): Promise<void>;
  tearDown(): Promise<void>;
}

const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

async function measure(path: EventPath, options: InProcessEventsOptions, payloads: readonly unknown[]) {
  const sentAt = new Float64Array(payloads.length);
  const latencies = new Float64Array(payloads.length);
  let delivered = 0;
  await path.setUp(options.listeners, (sequence) => {
    latencies[sequence] = performance.now() - sentAt[sequence];
    delivered++;
  });
  const started = performance.now();
  for (let i = 0; i < payloads.length;) {
    const end = Math.min(payloads.length, i + options.burst);
    const now = performance.now();
    for (; i < end; i++) {
      sentAt[i] = now;
      path.publish(payloads[i]);
    }
    await yieldToLoop();
  }
  await path.drain();
  const ms = performance.now() - started;
  await path.tearDown();
  if (delivered !== payloads.length) throw new Error(`${delivered} of ${payloads.length} events delivered`);
  const sample = Array.from(latencies);
  return {
    events: payloads.length,
    ms,
    eventsPerSecond: perSecond(payloads.length, ms),
    p50Ms: percentile(sample, 50),
    p99Ms: percentile(sample, 99),
  } satisfies EventRun;
}

/** The baseline: an EventEmitter, synchronous delivery of the decoded event. */
function emitterPath(): EventPath {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    async setUp(listeners, onLast) {
      for (let i = 0; i < listeners - 1; i++) emitter.on('event', (e: { eventType?: unknown }) => void e.eventType);
      emitter.on('event', (e: { principleElement: { uniqueName: string } }) =>
        onLast(sampleSequence(e.principleElement.uniqueName)),
      );
    },
    publish: (payload) => emitter.emit('event', payload),
    drain: async () => undefined,
    tearDown: async () => {
      emitter.removeAllListeners();
    },
  };
}

function lastListener(onLast: (sequence: number) => void) {
  return (event: DataManagerOutboundEvent): void => onLast(sampleSequence(event.principleElement?.uniqueName));
}

/** The SDK's topic connector with ten listeners. */
function topicConnectorPath(): EventPath {
  const bus = new InMemoryEventBus();
  const topic = bus.topic('bench.outTopic');
  const connector = new InMemoryTopicConnector<DataManagerOutboundEvent>({
    topic,
    parser: dataManagerEventParser,
    eventDirection: 'inOnly',
  });
  return {
    async setUp(listeners, onLast) {
      for (let i = 0; i < listeners - 1; i++) connector.registerListener((e) => void e.eventType);
      connector.registerListener(lastListener(onLast));
      await connector.connect();
    },
    publish: (payload) => topic.publish(payload),
    drain: () => topic.flush(),
    tearDown: () => connector.disconnect(),
  };
}

/** A context's out-topic listeners (what `registerListener` on a context uses) over an in-memory topic. */
function contextListenersPath(): EventPath {
  const bus = new InMemoryEventBus();
  const topicName = 'bench.context.outTopic';
  const topic = bus.topic(topicName);
  const connection: Connection = {
    class: 'Connection',
    qualifiedName: `${topicName}:bench`,
    connectorType: { class: 'ConnectorType', connectorProviderClassName: IN_MEMORY_TOPIC_CONNECTOR_PROVIDER },
    endpoint: { class: 'Endpoint', address: topicName },
  };
  const listeners = new OutTopicListeners<DataManagerOutboundEvent>({
    serviceName: 'Database Integrator OMIS',
    connectorName: 'bench-connector',
    callerId: 'bench-connector',
    auditLog: new AuditLogger({ component: 'egeria-ts-bench', destinations: [] }),
    parser: dataManagerEventParser,
    getConnection: async () => connection,
    registry: createTopicConnectorRegistry({ inMemoryBus: bus }),
  });
  return {
    async setUp(count, onLast) {
      for (let i = 0; i < count - 1; i++) await listeners.registerListener((e) => void e.eventType);
      await listeners.registerListener(lastListener(onLast));
    },
    publish: (payload) => topic.publish(payload),
    drain: () => topic.flush(),
    tearDown: () => listeners.disconnect(),
  };
}

function medianRun(runs: readonly EventRun[]): EventRun {
  return [...runs].sort((a, b) => a.eventsPerSecond - b.eventsPerSecond)[Math.floor(runs.length / 2)];
}

/** Runs the in-process events benchmark: the three paths, interleaved, `rounds` times. */
export async function inProcessEventsBenchmark(
  overrides: Partial<InProcessEventsOptions> = {},
): Promise<BenchmarkResult> {
  const options = { ...IN_PROCESS_EVENTS_DEFAULTS, ...overrides };
  const payloads = Array.from({ length: options.events }, (_, n) => sampleEvent(n));
  const paths = {
    emitter: emitterPath,
    topicConnector: topicConnectorPath,
    contextListeners: contextListenersPath,
  };
  const runs: Record<keyof typeof paths, EventRun[]> = { emitter: [], topicConnector: [], contextListeners: [] };
  // A short warm-up of each path, then the measured rounds.
  const warm = payloads.slice(0, Math.min(payloads.length, 20_000));
  for (const make of Object.values(paths)) await measure(make(), options, warm);
  for (let round = 0; round < options.rounds; round++) {
    for (const [name, make] of Object.entries(paths) as [keyof typeof paths, () => EventPath][]) {
      runs[name].push(await measure(make(), options, payloads));
    }
  }
  const emitter = medianRun(runs.emitter);
  const topic = medianRun(runs.topicConnector);
  const context = medianRun(runs.contextListeners);
  const figures: Figure[] = [
    {
      name: `topic connector, ${options.listeners} listeners`,
      value: round(topic.eventsPerSecond),
      unit: 'events/s',
      target: '>= 50,000',
      met: topic.eventsPerSecond >= 50_000,
    },
    { name: 'topic connector p99 latency', value: round(topic.p99Ms, 2), unit: 'ms' },
    {
      name: `context listeners, ${options.listeners} listeners`,
      value: round(context.eventsPerSecond),
      unit: 'events/s',
    },
    { name: 'context listeners p99 latency', value: round(context.p99Ms, 2), unit: 'ms' },
    { name: 'baseline EventEmitter', value: round(emitter.eventsPerSecond), unit: 'events/s' },
    { name: 'baseline p99 latency', value: round(emitter.p99Ms, 2), unit: 'ms' },
  ];
  const rounded = (r: EventRun) => ({
    ...r,
    ms: round(r.ms, 1),
    eventsPerSecond: round(r.eventsPerSecond),
    p50Ms: round(r.p50Ms, 3),
    p99Ms: round(r.p99Ms, 3),
  });
  return {
    benchmark: 'events-in-process',
    figures,
    json: {
      inProcessEventsPerSecond: round(topic.eventsPerSecond),
      inProcessP99Ms: round(topic.p99Ms, 3),
      contextListenersEventsPerSecond: round(context.eventsPerSecond),
      contextListenersP99Ms: round(context.p99Ms, 3),
      baselineEventsPerSecond: round(emitter.eventsPerSecond),
      baselineP99Ms: round(emitter.p99Ms, 3),
      options,
      runs: {
        emitter: runs.emitter.map(rounded),
        topicConnector: runs.topicConnector.map(rounded),
        contextListeners: runs.contextListeners.map(rounded),
      },
    },
  };
}
