/**
 * The emulator in a process of its own, started with `node bench/emulator-child.js` (the
 * egeria-emulator command run from the TypeScript sources), so that its work never shares the
 * benchmark's event loop or its memory figures.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { BENCH_DIR, REPO_ROOT, exited } from './node-process';

const EMULATOR_CHILD = path.join(BENCH_DIR, 'emulator-child.js');

/** A running emulator process. */
export interface ChildEmulator {
  /** Its platform root URL, such as `http://127.0.0.1:41234`. */
  readonly url: string;
  /** The server name in every path. */
  readonly serverName: string;
  /** The process. */
  readonly process: ChildProcess;
  /** Stops it (SIGTERM, then SIGKILL after 5 s) and waits for the exit. */
  stop(): Promise<void>;
}

/** Options of {@link startChildEmulator}. */
export interface ChildEmulatorOptions {
  /** The server name (default `bench-mds`). */
  readonly serverName?: string;
  /** Milliseconds to wait for its `listening on` line (default 60,000). */
  readonly timeoutMs?: number;
}

/** Starts an emulator process on a free port and waits until it listens. */
export function startChildEmulator(options: ChildEmulatorOptions = {}): Promise<ChildEmulator> {
  const serverName = options.serverName ?? 'bench-mds';
  const timeoutMs = options.timeoutMs ?? 60_000;
  const child = spawn(process.execPath, [EMULATOR_CHILD, '--port', '0', '--server', serverName], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited(child);
    clearTimeout(killer);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the emulator printed no "listening on" line within ${timeoutMs} ms; stderr: ${err}`));
    }, timeoutMs);
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
      clearTimeout(timer);
      reject(new Error(`the emulator exited (${code ?? signal}) before listening; stderr: ${err}`));
    };
    child.once('exit', onExit);
    child.stderr.on('data', (chunk: string) => (err += chunk));
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      const match = /^listening on (http:\/\/\S+)$/m.exec(out);
      if (match) {
        clearTimeout(timer);
        child.off('exit', onExit);
        child.stdout.removeAllListeners('data');
        child.stdout.resume();
        resolve({ url: match[1], serverName, process: child, stop });
      }
    });
  });
}
