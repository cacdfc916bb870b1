/**
 * The benchmarks at a tiny size, only to check that they run and that what they compare is
 * comparable (the bare baseline sends the connector's requests). The figures are not asserted:
 * benchmarks are not timed tests.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { benchCatalog } from '../src/catalog/bench-catalog';
import { BareClient, bareFirstRefresh, bareMetadataSource, bareUnchangedRefresh } from '../src/catalog/bare-client';
import { clientOverheadBenchmark, type CatalogTrial } from '../src/catalog/client-overhead';
import { startSdkConnector } from '../src/catalog/sdk-harness';
import { eventStreamBenchmark } from '../src/events/event-stream-events';
import { inProcessEventsBenchmark } from '../src/events/in-process-events';
import { scaleBenchmark } from '../src/scale/scale';
import type { ScaleWorkerResult } from '../src/scale/scale-worker';
import { startupBenchmark } from '../src/startup/startup';
import { startChildEmulator, type ChildEmulator } from '../src/support/child-emulator';
import { formatTable, type BenchmarkResult } from '../src/support/report';

jest.setTimeout(60_000);

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** A pass-through proxy that records each request as `METHOD path body`, GUIDs replaced. */
async function recordingProxy(target: string): Promise<{ url: string; take(): string[]; close(): Promise<void> }> {
  const upstream = new URL(target);
  const agent = new http.Agent({ keepAlive: true });
  let recorded: string[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const text = body.length === 0 ? '' : JSON.stringify(JSON.parse(body.toString('utf8')));
      recorded.push(`${req.method} ${req.url} ${text}`.replace(GUID, '<guid>'));
      const forward = http.request(
        {
          host: upstream.hostname,
          port: upstream.port,
          path: req.url,
          method: req.method,
          headers: req.headers,
          agent,
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      forward.on('error', () => res.destroy());
      forward.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    take() {
      const taken = recorded.sort();
      recorded = [];
      return taken;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
    },
  };
}

function expectFigures(result: BenchmarkResult, benchmark: string): void {
  expect(result.benchmark).toBe(benchmark);
  expect(result.figures.length).toBeGreaterThan(0);
  for (const figure of result.figures) expect(Number.isFinite(figure.value)).toBe(true);
  expect(formatTable([result])).toContain(benchmark);
}

describe('benchmarks at a tiny size', () => {
  const emulators: ChildEmulator[] = [];
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
    await Promise.all(emulators.splice(0).map((e) => e.stop()));
  });

  it('the bare baseline sends the same requests as the connector, less its first look-up', async () => {
    const shape = { databaseName: 'smoke', tables: 3, columnsPerTable: 2 };
    // One after the other: with a cold transpile cache, the second starts from what the first cached.
    const sdkEmulator = await startChildEmulator();
    emulators.push(sdkEmulator);
    const bareEmulator = await startChildEmulator();
    emulators.push(bareEmulator);
    const sdkProxy = await recordingProxy(sdkEmulator.url);
    const bareProxy = await recordingProxy(bareEmulator.url);
    closers.push(sdkProxy.close, bareProxy.close);

    const sdk = await startSdkConnector({
      url: sdkProxy.url,
      serverName: sdkEmulator.serverName,
      userId: 'benchnpa',
      metadataSourceQualifiedName: 'smoke-source',
      shape,
      concurrency: 2,
    });
    closers.push(() => sdk.stop());
    sdkProxy.take();
    await sdk.refresh();
    const sdkFirst = sdkProxy.take();
    expect(sdk.connector.lastRefresh).toEqual({ created: 11, updated: 0, lookups: 1 });
    await sdk.refresh();
    const sdkUnchanged = sdkProxy.take();
    expect(sdk.connector.lastRefresh).toEqual({ created: 0, updated: 0, lookups: 6 });

    const guid = await bareMetadataSource(bareProxy.url, bareEmulator.serverName, 'benchnpa', 'smoke-source');
    const client = new BareClient({
      url: bareProxy.url,
      serverName: bareEmulator.serverName,
      userId: 'benchnpa',
      externalSourceGUID: guid,
      externalSourceName: 'smoke-source',
    });
    closers.push(async () => client.close());
    const catalog = benchCatalog(shape);
    bareProxy.take();
    expect(await bareFirstRefresh(client, catalog, 2)).toEqual({ requests: 11, created: 11 });
    const bareFirst = bareProxy.take();
    expect(await bareUnchangedRefresh(client, catalog, 2, 1000)).toEqual({ requests: 6, created: 0 });
    const bareUnchanged = bareProxy.take();

    const lookup = sdkFirst.filter((r) => r.includes('/databases/by-name'));
    expect(lookup).toHaveLength(1);
    expect(sdkFirst.filter((r) => !lookup.includes(r))).toEqual(bareFirst);
    expect(sdkUnchanged).toEqual(bareUnchanged);
  });

  it('client overhead', async () => {
    const result = await clientOverheadBenchmark({ tables: 3, columnsPerTable: 2, rounds: 1, warmupTables: 0 });
    expectFigures(result, 'client-overhead');
    expect(result.json['clientOverheadRatio']).toBeGreaterThan(0);
    const trials = result.json['trials'] as CatalogTrial[];
    const sdk = trials.find((t) => t.client === 'sdk')!;
    const bare = trials.find((t) => t.client === 'bare')!;
    expect(sdk.created).toBe(11);
    expect(bare.created).toBe(11);
    expect(sdk.firstRequests).toBe(bare.firstRequests + 1);
    expect(sdk.unchangedWrites).toBe(0);
    expect(sdk.unchangedRequests).toBe(bare.unchangedRequests);
  });

  it('events in process', async () => {
    const result = await inProcessEventsBenchmark({ events: 2000, rounds: 1 });
    expectFigures(result, 'events-in-process');
    expect(result.json['inProcessEventsPerSecond']).toBeGreaterThan(0);
    expect(result.json['contextListenersEventsPerSecond']).toBeGreaterThan(0);
  });

  it('events through the emulator stream', async () => {
    const result = await eventStreamBenchmark({ creates: 20, replays: 1 });
    expectFigures(result, 'events-stream');
    const live = result.json as { liveSdk: { events: number }; liveRaw: { events: number }; historyEvents: number };
    expect(live.liveSdk.events).toBe(live.liveRaw.events);
    expect(live.liveSdk.events).toBeGreaterThanOrEqual(20);
    expect(live.historyEvents).toBeGreaterThan(live.liveSdk.events);
  });

  it('scale', async () => {
    const result = await scaleBenchmark({ connectors: 5, rounds: 1, warmup: false });
    expectFigures(result, 'scale');
    const runs = (result.json['inMemoryService'] as { runs: ScaleWorkerResult[] }).runs;
    expect(runs.map((r) => r.connectors)).toEqual([1, 5]);
    expect(runs.every((r) => r.gc && r.rssAfterBytes > 0)).toBe(true);
    const db = (result.json['databaseIntegratorService'] as { runs: ScaleWorkerResult[] }).runs;
    expect(db.map((r) => r.target)).toEqual(['emulator', 'emulator']);
  });

  it('start-up', async () => {
    const result = await startupBenchmark({ runs: 1, tables: 1, warmup: false });
    expectFigures(result, 'startup');
    const daemon = result.json['daemonSample'] as { wallMs: number; peakRssBytes: number };
    expect(daemon.wallMs).toBeGreaterThan(0);
    expect(daemon.peakRssBytes).toBeGreaterThan(0);
  });
});
