/**
 * Benchmark 3, scale: 500 connectors of a trivial class in one IntegrationDaemon, in a fresh
 * process each time (scale-worker.ts, with `--expose-gc`): the time from `start()` to every
 * connector's first refresh done, and the process's resident memory then, after a GC. Baseline:
 * the same daemon with one connector. Two services: an in-memory one (core's plain
 * IntegrationContext; the daemon's own cost) and the Database Integrator against an emulator
 * process (real contexts, transports and a shared metadata source look-up).
 */
import * as path from 'node:path';
import { startChildEmulator } from '../support/child-emulator';
import { BENCH_DIR, runNode, workerResult } from '../support/node-process';
import type { BenchmarkResult, Figure } from '../support/report';
import { median, mib, round } from '../support/stats';
import type { ScaleWorkerResult } from './scale-worker';

/** Sizes of the scale benchmark. */
export interface ScaleOptions {
  /** Connectors in the daemon (default 500). */
  readonly connectors: number;
  /** Measured runs of each kind; medians are reported (default 3). */
  readonly rounds: number;
  /** Also run the Database Integrator service against an emulator process (default true). */
  readonly emulator: boolean;
  /** Run one unmeasured worker first, to warm the transpile cache (default true). */
  readonly warmup: boolean;
}

/** The default sizes. */
export const SCALE_DEFAULTS: ScaleOptions = { connectors: 500, rounds: 3, emulator: true, warmup: true };

const WORKER = path.join(BENCH_DIR, 'src', 'scale', 'scale-worker.ts');

async function worker(connectors: number, target?: { url: string; serverName: string }): Promise<ScaleWorkerResult> {
  const args = ['--expose-gc', WORKER, String(connectors)];
  if (target !== undefined) args.push(target.url, target.serverName);
  return workerResult<ScaleWorkerResult>(await runNode({ args }), `the scale worker (${connectors} connectors)`);
}

/** The medians of some runs. */
interface ScaleSummary {
  readonly startToRefreshedMs: number;
  readonly rssAfterBytes: number;
  readonly heapAfterBytes: number;
}

function summarize(runs: readonly ScaleWorkerResult[]): ScaleSummary {
  return {
    startToRefreshedMs: median(runs.map((r) => r.startToRefreshedMs)),
    rssAfterBytes: median(runs.map((r) => r.rssAfterBytes)),
    heapAfterBytes: median(runs.map((r) => r.heapAfterBytes)),
  };
}

async function measureKind(
  options: ScaleOptions,
  target?: { url: string; serverName: string },
): Promise<{ one: ScaleSummary; many: ScaleSummary; runs: ScaleWorkerResult[] }> {
  if (options.warmup) await worker(1, target); // warms the transpile cache (and the emulator's metadata source)
  const ones: ScaleWorkerResult[] = [];
  const manys: ScaleWorkerResult[] = [];
  for (let r = 0; r < options.rounds; r++) {
    ones.push(await worker(1, target));
    manys.push(await worker(options.connectors, target));
  }
  return { one: summarize(ones), many: summarize(manys), runs: [...ones, ...manys] };
}

/** Runs the scale benchmark. */
export async function scaleBenchmark(overrides: Partial<ScaleOptions> = {}): Promise<BenchmarkResult> {
  const options = { ...SCALE_DEFAULTS, ...overrides };
  const n = options.connectors;
  const memory = await measureKind(options);
  const perConnector = (s: { one: ScaleSummary; many: ScaleSummary }): number =>
    n > 1 ? (s.many.rssAfterBytes - s.one.rssAfterBytes) / (n - 1) : 0;
  const figures: Figure[] = [
    {
      name: `${n} connectors: start() to all refreshed`,
      value: round(memory.many.startToRefreshedMs),
      unit: 'ms',
      target: '< 2,000',
      met: memory.many.startToRefreshedMs < 2000,
    },
    {
      name: `${n} connectors: resident memory`,
      value: mib(memory.many.rssAfterBytes),
      unit: 'MiB',
      target: '< 150',
      met: memory.many.rssAfterBytes < 150 * 1024 * 1024,
    },
    { name: 'per connector (RSS over 1 connector)', value: round(perConnector(memory) / 1024, 1), unit: 'KiB' },
    { name: 'baseline 1 connector: time', value: round(memory.one.startToRefreshedMs, 1), unit: 'ms' },
    { name: 'baseline 1 connector: resident memory', value: mib(memory.one.rssAfterBytes), unit: 'MiB' },
  ];
  const json: Record<string, unknown> = {
    connectors: n,
    inMemoryService: {
      startToRefreshedMs: round(memory.many.startToRefreshedMs, 1),
      rssMiB: mib(memory.many.rssAfterBytes),
      heapMiB: mib(memory.many.heapAfterBytes),
      perConnectorKiB: round(perConnector(memory) / 1024, 1),
      baselineOneConnector: {
        startToRefreshedMs: round(memory.one.startToRefreshedMs, 1),
        rssMiB: mib(memory.one.rssAfterBytes),
      },
      runs: memory.runs,
    },
    options,
  };
  if (options.emulator) {
    const emulator = await startChildEmulator();
    try {
      const db = await measureKind(options, { url: emulator.url, serverName: emulator.serverName });
      figures.push(
        {
          name: `${n} Database Integrator connectors vs emulator: time`,
          value: round(db.many.startToRefreshedMs),
          unit: 'ms',
          target: '< 2,000',
          met: db.many.startToRefreshedMs < 2000,
        },
        {
          name: `${n} Database Integrator connectors: resident memory`,
          value: mib(db.many.rssAfterBytes),
          unit: 'MiB',
          target: '< 150',
          met: db.many.rssAfterBytes < 150 * 1024 * 1024,
        },
        { name: 'per Database Integrator connector', value: round(perConnector(db) / 1024, 1), unit: 'KiB' },
      );
      json['databaseIntegratorService'] = {
        startToRefreshedMs: round(db.many.startToRefreshedMs, 1),
        rssMiB: mib(db.many.rssAfterBytes),
        heapMiB: mib(db.many.heapAfterBytes),
        perConnectorKiB: round(perConnector(db) / 1024, 1),
        baselineOneConnector: {
          startToRefreshedMs: round(db.one.startToRefreshedMs, 1),
          rssMiB: mib(db.one.rssAfterBytes),
        },
        runs: db.runs,
      };
    } finally {
      await emulator.stop();
    }
  }
  return { benchmark: 'scale', figures, json };
}
