/**
 * Benchmark 1, client overhead: a connector's refresh writes a database of N tables of M columns
 * through the Database Integrator context into an emulator process, against the same requests sent
 * by a bare keep-alive `http.Agent` client at the same concurrency; then the same refresh again
 * with nothing changed in the source. Each trial gets a fresh emulator process; trials alternate
 * between the two clients, after one small warm-up trial of each.
 */
import { startChildEmulator } from '../support/child-emulator';
import type { BenchmarkResult, Figure } from '../support/report';
import { httpRequestCounter } from '../support/request-counter';
import { median, perSecond, round } from '../support/stats';
import { benchCatalog, type BenchCatalogShape } from './bench-catalog';
import { BareClient, bareFirstRefresh, bareMetadataSource, bareUnchangedRefresh } from './bare-client';
import { startSdkConnector } from './sdk-harness';

/** Sizes of the client overhead benchmark. */
export interface ClientOverheadOptions {
  /** Tables in the source database (default 1,000). */
  readonly tables: number;
  /** Columns of each table (default 9). */
  readonly columnsPerTable: number;
  /** Tables written at once, by both clients (default 8). */
  readonly concurrency: number;
  /** Measured trials of each client (default 5). */
  readonly rounds: number;
  /** Tables in the warm-up trial of each client (default 50; 0 for none). */
  readonly warmupTables: number;
}

/** The default sizes. */
export const CLIENT_OVERHEAD_DEFAULTS: ClientOverheadOptions = {
  tables: 1000,
  columnsPerTable: 9,
  concurrency: 8,
  rounds: 5,
  warmupTables: 50,
};

/** What one trial of one client measured. */
export interface CatalogTrial {
  readonly client: 'sdk' | 'bare';
  /** Elements in the source (database, schema, tables, columns). */
  readonly elements: number;
  /** First refresh: time, requests sent, elements created. */
  readonly firstMs: number;
  readonly firstRequests: number;
  readonly created: number;
  /** Client CPU time (user + system) of the first refresh, in microseconds. */
  readonly firstCpuUs: number;
  /** Refresh of the unchanged source: time, requests sent, elements written. */
  readonly unchangedMs: number;
  readonly unchangedRequests: number;
  readonly unchangedWrites: number;
}

const USER_ID = 'benchnpa';
const METADATA_SOURCE = 'bench-database-manager';
const countRequests = httpRequestCounter();

export async function sdkTrial(shape: BenchCatalogShape, concurrency: number): Promise<CatalogTrial> {
  const emulator = await startChildEmulator();
  try {
    const run = await startSdkConnector({
      url: emulator.url,
      serverName: emulator.serverName,
      userId: USER_ID,
      metadataSourceQualifiedName: METADATA_SOURCE,
      shape,
      concurrency,
    });
    try {
      let before = countRequests();
      const cpu = process.cpuUsage();
      let started = performance.now();
      await run.refresh();
      const firstMs = performance.now() - started;
      const firstCpu = process.cpuUsage(cpu);
      const firstRequests = countRequests() - before;
      const first = run.connector.lastRefresh;
      before = countRequests();
      started = performance.now();
      await run.refresh();
      const unchangedMs = performance.now() - started;
      const unchangedRequests = countRequests() - before;
      const second = run.connector.lastRefresh;
      return {
        client: 'sdk',
        elements: run.connector.catalog.elementCount,
        firstMs,
        firstRequests,
        firstCpuUs: firstCpu.user + firstCpu.system,
        created: first.created,
        unchangedMs,
        unchangedRequests,
        unchangedWrites: second.created + second.updated,
      };
    } finally {
      await run.stop();
    }
  } finally {
    await emulator.stop();
  }
}

export async function bareTrial(
  shape: BenchCatalogShape,
  concurrency: number,
  pageSize: number,
): Promise<CatalogTrial> {
  const emulator = await startChildEmulator();
  try {
    const externalSourceGUID = await bareMetadataSource(emulator.url, emulator.serverName, USER_ID, METADATA_SOURCE);
    const client = new BareClient({
      url: emulator.url,
      serverName: emulator.serverName,
      userId: USER_ID,
      externalSourceGUID,
      externalSourceName: METADATA_SOURCE,
    });
    try {
      const catalog = benchCatalog(shape);
      let before = countRequests();
      const cpu = process.cpuUsage();
      let started = performance.now();
      const first = await bareFirstRefresh(client, catalog, concurrency);
      const firstMs = performance.now() - started;
      const firstCpu = process.cpuUsage(cpu);
      const firstRequests = countRequests() - before;
      before = countRequests();
      started = performance.now();
      const second = await bareUnchangedRefresh(client, catalog, concurrency, pageSize);
      const unchangedMs = performance.now() - started;
      const unchangedRequests = countRequests() - before;
      if (first.requests !== firstRequests || second.requests !== unchangedRequests) {
        throw new Error('the bare client sent requests it did not count');
      }
      return {
        client: 'bare',
        elements: catalog.elementCount,
        firstMs,
        firstRequests,
        firstCpuUs: firstCpu.user + firstCpu.system,
        created: first.created,
        unchangedMs,
        unchangedRequests,
        unchangedWrites: second.created,
      };
    } finally {
      client.close();
    }
  } finally {
    await emulator.stop();
  }
}

/** The page size the SDK context asks for (its `maxPageSize` default), used by the bare client too. */
const PAGE_SIZE = 1000;

/** Runs the trials (warm-up, then alternating) and returns every trial. */
export async function runCatalogTrials(options: ClientOverheadOptions): Promise<CatalogTrial[]> {
  const shape: BenchCatalogShape = {
    databaseName: 'benchdb',
    tables: options.tables,
    columnsPerTable: options.columnsPerTable,
  };
  if (options.warmupTables > 0) {
    const warm = { ...shape, tables: options.warmupTables };
    await bareTrial(warm, options.concurrency, PAGE_SIZE);
    await sdkTrial(warm, options.concurrency);
  }
  const trials: CatalogTrial[] = [];
  for (let round = 0; round < options.rounds; round++) {
    const sdkFirst = round % 2 === 1;
    if (sdkFirst) trials.push(await sdkTrial(shape, options.concurrency));
    trials.push(await bareTrial(shape, options.concurrency, PAGE_SIZE));
    if (!sdkFirst) trials.push(await sdkTrial(shape, options.concurrency));
  }
  return trials;
}

/** Runs the client overhead benchmark. */
export async function clientOverheadBenchmark(
  overrides: Partial<ClientOverheadOptions> = {},
): Promise<BenchmarkResult> {
  const options = { ...CLIENT_OVERHEAD_DEFAULTS, ...overrides };
  const trials = await runCatalogTrials(options);
  const sdk = trials.filter((t) => t.client === 'sdk');
  const bare = trials.filter((t) => t.client === 'bare');
  const elements = trials[0].elements;
  const sdkRate = median(sdk.map((t) => perSecond(t.elements, t.firstMs)));
  const bareRate = median(bare.map((t) => perSecond(t.elements, t.firstMs)));
  const ratio = sdkRate / bareRate;
  const sdkCpu = median(sdk.map((t) => t.firstCpuUs / t.firstRequests));
  const bareCpu = median(bare.map((t) => t.firstCpuUs / t.firstRequests));
  const sdkUnchangedMs = median(sdk.map((t) => t.unchangedMs));
  const bareUnchangedMs = median(bare.map((t) => t.unchangedMs));
  const figures: Figure[] = [
    { name: `SDK rate (${elements} elements)`, value: round(sdkRate), unit: 'elements/s' },
    { name: 'bare http.Agent rate', value: round(bareRate), unit: 'elements/s' },
    { name: 'SDK / bare', value: round(ratio, 3), unit: 'ratio', target: '>= 0.8', met: ratio >= 0.8 },
    { name: 'SDK client CPU per request', value: round(sdkCpu), unit: 'µs' },
    { name: 'bare client CPU per request', value: round(bareCpu), unit: 'µs' },
    { name: 'SDK requests, first refresh', value: sdk[0].firstRequests, unit: 'requests' },
    { name: 'bare requests, first refresh', value: bare[0].firstRequests, unit: 'requests' },
    { name: 'unchanged refresh: SDK requests', value: sdk[0].unchangedRequests, unit: 'requests' },
    { name: 'unchanged refresh: SDK writes', value: sdk[0].unchangedWrites, unit: 'writes' },
    { name: 'unchanged refresh: SDK time', value: round(sdkUnchangedMs), unit: 'ms' },
    { name: 'unchanged refresh: bare time', value: round(bareUnchangedMs), unit: 'ms' },
  ];
  return {
    benchmark: 'client-overhead',
    figures,
    json: {
      clientOverheadRatio: round(ratio, 4),
      sdkElementsPerSecond: round(sdkRate, 1),
      bareElementsPerSecond: round(bareRate, 1),
      elements,
      sdkClientCpuMicrosPerRequest: round(sdkCpu, 1),
      bareClientCpuMicrosPerRequest: round(bareCpu, 1),
      options,
      unchangedRefresh: {
        sdkRequests: sdk[0].unchangedRequests,
        sdkWrites: sdk[0].unchangedWrites,
        sdkMs: round(sdkUnchangedMs, 1),
        bareRequests: bare[0].unchangedRequests,
        bareMs: round(bareUnchangedMs, 1),
      },
      trials: trials.map((t) => ({ ...t, firstMs: round(t.firstMs, 1), unchangedMs: round(t.unchangedMs, 1) })),
    },
  };
}
