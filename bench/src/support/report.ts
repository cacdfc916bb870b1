/** The figures a benchmark reports, the table they are printed in and the JSON files they are written to. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** One figure of a benchmark. */
export interface Figure {
  /** What is measured, such as `SDK rate`. */
  readonly name: string;
  /** The value. */
  readonly value: number;
  /** Its unit, such as `elements/s`. */
  readonly unit: string;
  /** The target, when there is one, as text (`>= 0.8`). */
  readonly target?: string;
  /** Whether the target is met, when there is one. */
  readonly met?: boolean;
}

/** What a benchmark returns. */
export interface BenchmarkResult {
  /** The benchmark's name, such as `client-overhead` (the JSON file's name). */
  readonly benchmark: string;
  /** The figures to print. */
  readonly figures: readonly Figure[];
  /** Everything to write as JSON (figures, sizes, raw timings). */
  readonly json: Readonly<Record<string, unknown>>;
  /** Remarks to print below the table. */
  readonly notes?: readonly string[];
}

/** Formats a number for the table: thousands separators, at most two decimals. */
export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 1 ? 2 : 3;
  return value.toLocaleString('en-US', { maximumFractionDigits: digits });
}

/** The results as a text table. */
export function formatTable(results: readonly BenchmarkResult[]): string {
  const rows: string[][] = [['benchmark', 'figure', 'value', 'unit', 'target']];
  for (const result of results) {
    for (const figure of result.figures) {
      const target = figure.target === undefined ? '' : `${figure.target} ${figure.met ? 'met' : 'MISSED'}`;
      rows.push([result.benchmark, figure.name, formatValue(figure.value), figure.unit, target]);
    }
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]): string =>
    r
      .map((cell, i) => (i === 2 ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const out = [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  ')];
  let previous = '';
  for (const row of rows.slice(1)) {
    out.push(line(row[0] === previous ? ['', ...row.slice(1)] : row));
    previous = row[0];
  }
  for (const result of results) for (const note of result.notes ?? []) out.push(`note (${result.benchmark}): ${note}`);
  return out.join('\n');
}

/** The machine the figures were taken on. */
export function machineInfo(): Record<string, unknown> {
  const cpus = os.cpus();
  return {
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    totalMemoryMiB: Math.round(os.totalmem() / (1024 * 1024)),
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

/**
 * Writes each result to `<dir>/<benchmark>.json` and all of them to `<dir>/latest.json`.
 * @returns the files written
 */
export function writeResults(dir: string, results: readonly BenchmarkResult[], startedAt: Date): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const machine = machineInfo();
  const written: string[] = [];
  const all: Record<string, unknown> = { startedAt: startedAt.toISOString(), machine, results: {} };
  for (const result of results) {
    const document = { benchmark: result.benchmark, startedAt: startedAt.toISOString(), machine, ...result.json };
    const file = path.join(dir, `${result.benchmark}.json`);
    fs.writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
    written.push(file);
    (all['results'] as Record<string, unknown>)[result.benchmark] = result.json;
  }
  const latest = path.join(dir, 'latest.json');
  fs.writeFileSync(latest, `${JSON.stringify(all, null, 2)}\n`);
  written.push(latest);
  return written;
}
