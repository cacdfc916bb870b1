/**
 * Child node processes for the tests that need a real process (kill -9, SIGTERM, the daemon CLI):
 * spawned with the TypeScript transpile hook of this folder, their output collected, and waited on.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** A running child process and its output so far. */
export interface Child {
  readonly process: ChildProcess;
  /** Everything written to standard output so far. */
  stdout(): string;
  /** Everything written to standard error so far. */
  stderr(): string;
  /** Resolves with the exit code or signal, and when it ended (epoch ms). */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  /** Resolves with the first match of `pattern` in standard output (checked as output arrives). */
  waitForStdout(pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray>;
}

const SUPPORT = __dirname;

/** The path of a script in this folder. */
export function supportScript(name: string): string {
  return path.join(SUPPORT, name);
}

/** Spawns `node script ...args` with the given extra environment (and working directory). */
export function spawnChild(
  script: string,
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
  cwd?: string,
): Child {
  const child = spawn(process.execPath, [script, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
    ...(cwd === undefined ? {} : { cwd }),
  });
  let out = '';
  let err = '';
  const waiters = new Set<() => void>();
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
    for (const w of [...waiters]) w();
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.on('exit', (code, signal) => {
      const at = Date.now();
      for (const w of [...waiters]) w();
      resolve({ code, signal, at });
    }),
  );
  let ended = false;
  void exited.then(() => (ended = true));
  return {
    process: child,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitForStdout(pattern, timeoutMs) {
      return new Promise((resolve, reject) => {
        const check = (): void => {
          const match = pattern.exec(out);
          if (match !== null) {
            done();
            resolve(match);
          } else if (ended || child.exitCode !== null || child.signalCode !== null) {
            done();
            reject(
              new Error(
                `the child ended before printing ${pattern}; stdout: ${out.slice(-2000)}; stderr: ${err.slice(-2000)}`,
              ),
            );
          }
        };
        const timer = setTimeout(() => {
          done();
          reject(
            new Error(`no ${pattern} within ${timeoutMs} ms; stdout: ${out.slice(-2000)}; stderr: ${err.slice(-2000)}`),
          );
        }, timeoutMs);
        const done = (): void => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
  };
}

/** Kills a child that is still running (SIGKILL) and waits for it to end. */
export async function killChild(child: Child | undefined): Promise<void> {
  if (child === undefined) return;
  if (child.process.exitCode === null && child.process.signalCode === null) child.process.kill('SIGKILL');
  await child.exited;
}

/** A running child emulator. */
export interface ChildEmulator extends Child {
  readonly url: string;
  readonly port: number;
}

/** Starts an emulator in a child process and waits until it listens (the first start may transpile). */
export async function spawnEmulator(serverName: string, port: number, dataFile: string): Promise<ChildEmulator> {
  const child = spawnChild(supportScript('emulator-child.js'), [serverName, String(port), dataFile]);
  try {
    const match = await child.waitForStdout(/^listening on (http:\/\/\S+)$/m, 60000);
    const url = match[1] as string;
    return { ...child, url, port: Number(new URL(url).port) };
  } catch (error) {
    await killChild(child);
    throw error;
  }
}

/** The connector module a child daemon loads (`egeriaTs.modules`). */
export const CONNECTOR_MODULE = path.join(SUPPORT, 'catalog-source-connector.ts');

/** A daemon CLI running in a child process. */
export interface ChildDaemon extends Child {
  /** The configuration file it runs. */
  readonly configFile: string;
  /** The connector markers it printed so far (`@@ {json}` lines). */
  markers(): Array<{ source: string; event: string; refresh?: number; time: number }>;
  /** The audit log records it wrote to standard error so far (JSON lines). */
  auditRecords(): Array<Record<string, unknown>>;
}

/**
 * Writes the document (with the connector module added to `egeriaTs.modules`) into `dir` and runs
 * `egeria-integration-daemon --config <file> ...extraArgs` in a child process working in `dir`,
 * with connector markers on.
 */
export function spawnDaemon(
  dir: string,
  fileName: string,
  document: Record<string, unknown>,
  options: { extraArgs?: readonly string[]; env?: Readonly<Record<string, string>> } = {},
): ChildDaemon {
  const egeriaTs = (document['egeriaTs'] ?? {}) as Record<string, unknown>;
  const modules = [...((egeriaTs['modules'] as string[] | undefined) ?? []), CONNECTOR_MODULE];
  const configFile = path.join(dir, fileName);
  fs.writeFileSync(configFile, JSON.stringify({ ...document, egeriaTs: { ...egeriaTs, modules } }, null, 2));
  const child = spawnChild(
    supportScript('daemon-cli-child.js'),
    ['--config', configFile, ...(options.extraArgs ?? [])],
    { EGERIA_TS_RELIABILITY_MARKERS: '1', ...options.env },
    dir,
  );
  return {
    ...child,
    configFile,
    markers: () =>
      child
        .stdout()
        .split('\n')
        .filter((l) => l.startsWith('@@ '))
        .map((l) => JSON.parse(l.slice(3)) as { source: string; event: string; refresh?: number; time: number }),
    auditRecords: () =>
      child
        .stderr()
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .flatMap((l) => {
          try {
            return [JSON.parse(l) as Record<string, unknown>];
          } catch {
            return [];
          }
        }),
  };
}
