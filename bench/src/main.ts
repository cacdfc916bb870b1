/**
 * `npm run bench`: runs the benchmarks one after the other, prints their figures in a table and
 * writes them as JSON under bench/results/ (one file per benchmark and latest.json).
 *
 * ```
 * node bench/run.js [--only client-overhead,events-in-process,events-stream,scale,startup] [--quick] [--results DIR]
 * ```
 */
import * as path from 'node:path';
import { clientOverheadBenchmark } from './catalog/client-overhead';
import { eventStreamBenchmark } from './events/event-stream-events';
import { inProcessEventsBenchmark } from './events/in-process-events';
import { scaleBenchmark } from './scale/scale';
import { startupBenchmark } from './startup/startup';
import { BENCH_DIR } from './support/node-process';
import { formatTable, writeResults, type BenchmarkResult } from './support/report';

/** The benchmarks by name, each with its full run and a quick run (small sizes, for a first look). */
export const BENCHMARKS: Readonly<
  Record<string, { readonly full: () => Promise<BenchmarkResult>; readonly quick: () => Promise<BenchmarkResult> }>
> = {
  'client-overhead': {
    full: () => clientOverheadBenchmark(),
    quick: () => clientOverheadBenchmark({ tables: 100, rounds: 1, warmupTables: 20 }),
  },
  'events-in-process': {
    full: () => inProcessEventsBenchmark(),
    quick: () => inProcessEventsBenchmark({ events: 20_000, rounds: 1 }),
  },
  'events-stream': {
    full: () => eventStreamBenchmark(),
    quick: () => eventStreamBenchmark({ creates: 500, replays: 1 }),
  },
  scale: {
    full: () => scaleBenchmark(),
    quick: () => scaleBenchmark({ rounds: 1 }),
  },
  startup: {
    full: () => startupBenchmark(),
    quick: () => startupBenchmark({ runs: 1 }),
  },
};

/** The parsed command line. */
interface BenchArguments {
  readonly only: readonly string[];
  readonly quick: boolean;
  readonly resultsDir: string;
}

function parseArguments(argv: readonly string[]): BenchArguments {
  let only = Object.keys(BENCHMARKS);
  let quick = false;
  let resultsDir = path.join(BENCH_DIR, 'results');
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].includes('=') ? argv[i].split(/=(.*)/s, 2) : [argv[i], undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--only') {
      only = value()
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
      const unknown = only.filter((name) => !(name in BENCHMARKS));
      if (unknown.length > 0) {
        throw new Error(`unknown benchmark(s) ${unknown.join(', ')}; known: ${Object.keys(BENCHMARKS).join(', ')}`);
      }
    } else if (flag === '--quick') quick = true;
    else if (flag === '--results') resultsDir = path.resolve(value());
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return { only, quick, resultsDir };
}

/**
 * Runs the benchmarks the command line asks for.
 * @returns the process exit code: 0 when every benchmark ran (a missed target is a figure, not a failure)
 */
export async function main(argv: readonly string[]): Promise<number> {
  let args: BenchArguments;
  try {
    args = parseArguments(argv);
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n`);
    return 2;
  }
  const startedAt = new Date();
  const results: BenchmarkResult[] = [];
  let failed = false;
  for (const name of args.only) {
    const started = performance.now();
    process.stdout.write(`running ${name}${args.quick ? ' (quick)' : ''}...`);
    try {
      const entry = BENCHMARKS[name];
      results.push(await (args.quick ? entry.quick() : entry.full()));
      process.stdout.write(` ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    } catch (error) {
      failed = true;
      process.stdout.write(' failed\n');
      process.stderr.write(`${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
  }
  process.stdout.write(`\n${formatTable(results)}\n\n`);
  for (const file of writeResults(args.resultsDir, results, startedAt)) {
    process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
  }
  return failed ? 1 : 0;
}
