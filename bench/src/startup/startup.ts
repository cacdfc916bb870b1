/**
 * Benchmark 4, start-up: the wall time and peak resident memory of `egeria-demo --once` (the
 * emulator and the daemon with the demo's two connectors in one process, until every connector's
 * first refresh is done), and of `egeria-integration-daemon --once` with a sample configuration
 * (the catalog benchmark connector, 10 tables of 9 columns) against an emulator process. Both run
 * from the TypeScript sources through the cached transpile hook (bench/demo-cli.js,
 * bench/daemon-cli.js). Baseline: `node` with the same preloads running an empty script.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CATALOG_BENCH_CONNECTOR } from '../catalog/catalog-bench-connector';
import { startChildEmulator } from '../support/child-emulator';
import { BENCH_DIR, runNode, type FinishedProcess } from '../support/node-process';
import type { BenchmarkResult, Figure } from '../support/report';
import { median, mib, round } from '../support/stats';

/** Sizes of the start-up benchmark. */
export interface StartupOptions {
  /** Measured runs of each command; medians are reported (default 3). */
  readonly runs: number;
  /** Tables of the daemon sample's database (default 10). */
  readonly tables: number;
  /** Measure the demo (default true); when it cannot run, only the daemon sample is reported. */
  readonly demo: boolean;
  /** Run each command once unmeasured first, to warm the transpile cache (default true). */
  readonly warmup: boolean;
}

/** The default sizes. */
export const STARTUP_DEFAULTS: StartupOptions = { runs: 3, tables: 10, demo: true, warmup: true };

/** Median wall time and peak memory of some runs. */
export interface StartupFigures {
  readonly wallMs: number;
  readonly peakRssBytes: number;
  readonly runs: readonly { wallMs: number; peakRssBytes: number }[];
}

function summarize(runs: readonly FinishedProcess[]): StartupFigures {
  const list = runs.map((r) => ({ wallMs: round(r.wallMs, 1), peakRssBytes: r.peakRssBytes ?? Number.NaN }));
  return {
    wallMs: median(list.map((r) => r.wallMs)),
    peakRssBytes: median(list.map((r) => r.peakRssBytes)),
    runs: list,
  };
}

function check(finished: FinishedProcess, what: string): FinishedProcess {
  if (finished.code !== 0) {
    throw new Error(
      `${what} exited ${finished.code ?? finished.signal}: ${(finished.stderr || finished.stdout).slice(-1500)}`,
    );
  }
  return finished;
}

/** Writes the daemon sample configuration for one run and returns its path. */
function writeDaemonSample(dir: string, url: string, serverName: string, run: number, tables: number): string {
  const file = path.join(dir, `daemon-sample-${run}.json`);
  const document = {
    localServerName: 'bench-startup-daemon',
    localServerUserId: 'benchnpa',
    integrationServicesConfig: [
      {
        integrationServiceURLMarker: 'database-integrator',
        omagserverPlatformRootURL: url,
        omagserverName: serverName,
        integrationConnectorConfigs: [
          {
            connectorName: 'catalog-bench',
            connection: {
              class: 'Connection',
              qualifiedName: 'catalog-bench::connection',
              connectorType: { class: 'ConnectorType', connectorProviderClassName: CATALOG_BENCH_CONNECTOR },
              // A new database each run, so that every run creates the same number of elements.
              configurationProperties: { databaseName: `startup${run}`, tables, columnsPerTable: 9 },
            },
            metadataSourceQualifiedName: 'bench-startup-database-manager',
            refreshTimeInterval: 0,
          },
        ],
      },
    ],
    egeriaTs: {
      modules: [path.join(BENCH_DIR, 'src', 'catalog', 'catalog-bench-connector.ts')],
      adminApi: { enabled: false },
    },
  };
  fs.writeFileSync(file, JSON.stringify(document, null, 2));
  return file;
}

/** Runs the start-up benchmark. */
export async function startupBenchmark(overrides: Partial<StartupOptions> = {}): Promise<BenchmarkResult> {
  const options = { ...STARTUP_DEFAULTS, ...overrides };
  const notes: string[] = [];
  const baselineRuns: FinishedProcess[] = [];
  const demoRuns: FinishedProcess[] = [];
  const daemonRuns: FinishedProcess[] = [];
  let demoProblem: string | undefined;

  // The demo: warm the transpile cache once, then measure.
  if (options.demo) {
    const demo = (): Promise<FinishedProcess> =>
      runNode({ args: [path.join(BENCH_DIR, 'demo-cli.js'), '--once', '--port', '0'], tsHook: false, peakRss: true });
    const first = await demo();
    if (first.code === 0) {
      if (!options.warmup) demoRuns.push(first);
      for (let i = options.warmup ? 0 : 1; i < options.runs; i++) {
        demoRuns.push(check(await demo(), 'egeria-demo --once'));
      }
    } else {
      demoProblem = `egeria-demo --once did not run (exit ${first.code ?? first.signal}): ${first.stderr.trim().split('\n').slice(-3).join(' | ')}`;
      notes.push(`${demoProblem}; only the daemon sample is measured.`);
    }
  }

  // The daemon CLI with the sample configuration, against an emulator process.
  const emulator = await startChildEmulator();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'egeria-ts-bench-startup-'));
  try {
    const daemon = (run: number): Promise<FinishedProcess> =>
      runNode({
        args: [
          path.join(BENCH_DIR, 'daemon-cli.js'),
          '--config',
          writeDaemonSample(dir, emulator.url, emulator.serverName, run, options.tables),
          '--once',
        ],
        tsHook: false,
        peakRss: true,
      });
    if (options.warmup) check(await daemon(0), 'egeria-integration-daemon --once');
    for (let i = 1; i <= options.runs; i++) daemonRuns.push(check(await daemon(i), 'egeria-integration-daemon --once'));
  } finally {
    await emulator.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }

  // Baseline: node with the same preloads and nothing to do.
  for (let i = 0; i < options.runs; i++) {
    baselineRuns.push(check(await runNode({ args: ['-e', ''], peakRss: true }), 'node -e ""'));
  }

  const baseline = summarize(baselineRuns);
  const daemonFigures = summarize(daemonRuns);
  const demoFigures = demoRuns.length > 0 ? summarize(demoRuns) : undefined;
  const figures: Figure[] = [];
  if (demoFigures !== undefined) {
    figures.push(
      { name: 'egeria-demo --once wall time', value: round(demoFigures.wallMs), unit: 'ms' },
      { name: 'egeria-demo --once peak RSS', value: mib(demoFigures.peakRssBytes), unit: 'MiB' },
    );
  }
  figures.push(
    { name: `daemon --once (${options.tables}x9 sample) wall time`, value: round(daemonFigures.wallMs), unit: 'ms' },
    { name: 'daemon --once peak RSS', value: mib(daemonFigures.peakRssBytes), unit: 'MiB' },
    { name: 'baseline node wall time', value: round(baseline.wallMs), unit: 'ms' },
    { name: 'baseline node peak RSS', value: mib(baseline.peakRssBytes), unit: 'MiB' },
  );
  return {
    benchmark: 'startup',
    figures,
    notes,
    json: {
      demo: demoFigures ?? { notRun: demoProblem ?? 'disabled' },
      daemonSample: daemonFigures,
      baseline,
      options,
    },
  };
}
