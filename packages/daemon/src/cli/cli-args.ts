/** What the command line asks for. @internal */
export interface CliCommand {
  /** `run` (the default), `validate`, `help` or `version`. */
  readonly command: 'run' | 'validate' | 'help' | 'version';
  /** The configuration document (`--config`). */
  readonly config?: string;
  /** The admin API port (`--port`), overriding `egeriaTs.adminApi.port`. */
  readonly port?: number;
  /** Run every connector once and exit (`--once`). */
  readonly once: boolean;
}

/** A command line that cannot be understood. @internal */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}

/**
 * Reads `egeria-integration-daemon [validate] --config FILE [--port N] [--once]` (also
 * `--config=FILE`, `-c FILE`, `--help`, `--version`).
 * @internal
 */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  let command: CliCommand['command'] = 'run';
  let config: string | undefined;
  let port: number | undefined;
  let once = false;
  const args = [...argv];
  if (args[0] === 'validate' || args[0] === 'run') command = args.shift() as 'validate' | 'run';
  while (args.length > 0) {
    const arg = args.shift() as string;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string => {
      const v = inline ?? args.shift();
      if (v === undefined || v === '') throw new CliUsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--config':
      case '-c':
        config = value();
        break;
      case '--port':
      case '-p': {
        const text = value();
        const n = Number(text);
        if (!/^\d+$/.test(text) || n > 65535)
          throw new CliUsageError(`--port: expected a port number from 0 to 65535, got ${text}`);
        port = n;
        break;
      }
      case '--once':
        once = true;
        break;
      case '--help':
      case '-h':
        return { command: 'help', once: false };
      case '--version':
      case '-v':
        return { command: 'version', once: false };
      default:
        throw new CliUsageError(`unknown argument ${arg}`);
    }
  }
  if (config === undefined) throw new CliUsageError('--config is required');
  if (command === 'validate' && (once || port !== undefined)) {
    throw new CliUsageError('validate takes --config only');
  }
  return { command, config, once, ...(port === undefined ? {} : { port }) };
}

/** The help text. @internal */
export const CLI_USAGE = `Usage:
  egeria-integration-daemon --config daemon.json [--port N] [--once]
  egeria-integration-daemon validate --config daemon.json

Runs the integration connectors of an Egeria integration daemon configuration document.

Options:
  -c, --config FILE   the configuration document (JSON)
  -p, --port N        port of the REST admin API (overrides egeriaTs.adminApi.port and .enabled)
      --once          refresh every connector once, print a summary and exit:
                      0 when every connector refreshed, 1 when one failed or could not start within 60 s
  -h, --help          this text
  -v, --version       the version

Exit codes: 0 success, 1 a connector or the daemon failed, 2 the command line or the configuration is wrong.
`;
