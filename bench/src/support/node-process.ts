/**
 * Starts node child processes that run the workspaces' TypeScript sources through the transpile
 * hook (bench/ts-register.js), and reads their peak resident memory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The bench folder (where run.js, ts-register.js and emulator-child.js are). */
export const BENCH_DIR = path.resolve(__dirname, '..', '..');
/** The repository root. */
export const REPO_ROOT = path.resolve(BENCH_DIR, '..');
/** The transpile hook to preload in child processes. */
export const TS_REGISTER = path.join(BENCH_DIR, 'ts-register.js');
/** A preload script that writes the process's peak resident memory to `$BENCH_PEAK_RSS_FILE` at exit. */
export const PEAK_RSS_PRELOAD = path.join(BENCH_DIR, 'peak-rss.js');

/** What a finished child process left. */
export interface FinishedProcess {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Wall time from spawn to exit, in milliseconds. */
  readonly wallMs: number;
  /** Peak resident memory in bytes, when the peak-rss preload was used. */
  readonly peakRssBytes?: number;
}

/** Options of {@link runNode}. */
export interface RunNodeOptions {
  /** Node flags and the script with its arguments. */
  readonly args: readonly string[];
  /** Preload the transpile hook (default true). */
  readonly tsHook?: boolean;
  /** Record the peak resident memory (default false). */
  readonly peakRss?: boolean;
  /** Extra environment variables. */
  readonly env?: Readonly<Record<string, string>>;
  /** Kill the process after this many milliseconds (default 120,000). */
  readonly timeoutMs?: number;
  /** The working directory (default the repository root). */
  readonly cwd?: string;
}

let peakFiles = 0;

/** Runs a node child process to its end and returns its output, wall time and peak memory. */
export function runNode(options: RunNodeOptions): Promise<FinishedProcess> {
  const preload: string[] = [];
  if (options.tsHook ?? true) preload.push('-r', TS_REGISTER);
  let peakFile: string | undefined;
  const env: Record<string, string | undefined> = { ...process.env, ...options.env };
  if (options.peakRss) {
    peakFile = path.join(os.tmpdir(), `egeria-ts-bench-peak-${process.pid}-${++peakFiles}.txt`);
    preload.push('-r', PEAK_RSS_PRELOAD);
    env['BENCH_PEAK_RSS_FILE'] = peakFile;
  }
  const started = performance.now();
  const child = spawn(process.execPath, [...preload, ...options.args], {
    cwd: options.cwd ?? REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const wallMs = performance.now() - started;
      let peakRssBytes: number | undefined;
      if (peakFile !== undefined) {
        try {
          peakRssBytes = Number(fs.readFileSync(peakFile, 'utf8').trim());
          fs.rmSync(peakFile, { force: true });
        } catch {
          peakRssBytes = undefined;
        }
      }
      resolve({ code, signal, stdout, stderr, wallMs, ...(peakRssBytes === undefined ? {} : { peakRssBytes }) });
    });
  });
}

/** Waits for a child process to exit (at once when it already has). */
export function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Reads the JSON line a worker printed last on its standard output (`{"result": ...}`).
 * @throws when the worker failed or printed no result
 */
export function workerResult<T>(finished: FinishedProcess, what: string): T {
  const line = finished.stdout
    .trim()
    .split('\n')
    .reverse()
    .find((l) => l.startsWith('{"result":'));
  if (finished.code !== 0 || line === undefined) {
    throw new Error(
      `${what} failed (exit ${finished.code ?? finished.signal}): ${finished.stderr.slice(-2000) || finished.stdout.slice(-2000)}`,
    );
  }
  return (JSON.parse(line) as { result: T }).result;
}
