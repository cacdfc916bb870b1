/**
 * The `egeria-emulator` command:
 *
 * ```
 * egeria-emulator --port N --server NAME [--data-file F] [--host H]
 * ```
 *
 * Prints `listening on http://HOST:PORT` (the real port, also with `--port 0`) once it serves,
 * and stops cleanly on SIGINT or SIGTERM.
 */
import { startEmulator } from './emulator';
import type { RunningEmulator } from './emulator';

/** The command's parsed options. */
export interface CliOptions {
  readonly port: number;
  readonly serverName: string;
  readonly host: string;
  readonly dataFile?: string;
  readonly verbose: boolean;
}

const USAGE = `Usage: egeria-emulator --port N --server NAME [--data-file FILE] [--host HOST] [--verbose]

A local Egeria 5.2 metadata access point (Data Manager OMAS and the framework services).
  --port N          TCP port; 0 picks a free one (default 0)
  --server NAME     the server name in every request path (required)
  --data-file FILE  keep everything across restarts in FILE (default: in memory)
  --host HOST       interface to listen on (default 127.0.0.1)
  --verbose         log rejected requests on stderr`;

/** A command-line mistake, reported with the usage text. */
export class UsageError extends Error {}

/** Parses the command's arguments. */
export function parseArgs(argv: readonly string[]): CliOptions | 'help' {
  let port = 0;
  let serverName: string | undefined;
  let host = '127.0.0.1';
  let dataFile: string | undefined;
  let verbose = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--')))
        throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--help':
      case '-h':
        return 'help';
      case '--port': {
        const text = value();
        const n = Number(text);
        if (!/^\d+$/.test(text) || n > 65535)
          throw new UsageError(`--port must be a number from 0 to 65535, not "${text}"`);
        port = n;
        break;
      }
      case '--server':
        serverName = value();
        if (serverName.trim() === '') throw new UsageError('--server must not be empty');
        break;
      case '--host':
        host = value();
        break;
      case '--data-file':
        dataFile = value();
        break;
      case '--verbose':
        verbose = true;
        break;
      default:
        throw new UsageError(`unknown argument "${arg}"`);
    }
  }
  if (serverName === undefined) throw new UsageError('--server NAME is required');
  return { port, serverName, host, dataFile, verbose };
}

/**
 * Runs the command until a signal stops it.
 * @returns the process exit code
 */
export async function main(argv: readonly string[]): Promise<number> {
  let options: CliOptions | 'help';
  try {
    options = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`egeria-emulator: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const verbose = options.verbose;
  // Signal handlers come first, so that a signal sent as soon as the "listening" line is read
  // (or even earlier) always stops the emulator cleanly.
  let signalled: NodeJS.Signals | undefined;
  let onSignal: (signal: NodeJS.Signals) => void = (signal) => {
    signalled = signal;
  };
  const handler = (signal: NodeJS.Signals): void => onSignal(signal);
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  let emulator: RunningEmulator;
  try {
    emulator = await startEmulator({
      port: options.port,
      host: options.host,
      serverName: options.serverName,
      dataFile: options.dataFile,
      log: (line) => {
        if (verbose) process.stderr.write(`egeria-emulator: ${line}\n`);
      },
    });
  } catch (error) {
    process.stderr.write(`egeria-emulator: cannot start: ${(error as Error).message}\n`);
    return 1;
  }
  return new Promise<number>((resolve) => {
    let stopping = false;
    onSignal = (signal) => {
      if (stopping) return;
      stopping = true;
      if (verbose) process.stderr.write(`egeria-emulator: ${signal}, stopping\n`);
      emulator.close().then(
        () => resolve(0),
        (error: unknown) => {
          process.stderr.write(`egeria-emulator: error while stopping: ${String(error)}\n`);
          resolve(1);
        },
      );
    };
    if (signalled !== undefined) onSignal(signalled);
    else process.stdout.write(`listening on ${emulator.url}\n`);
  });
}

/** Entry point of the `bin` script: runs {@link main} and exits with its code. */
export function run(): void {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`egeria-emulator: ${String(error)}\n`);
      process.exit(1);
    },
  );
}
