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
  /** Record writes instead of sending them (`--dry-run`, also implied by `--dry-run-output`). */
  readonly dryRun?: boolean;
  /** Where to write the dry-run plan as JSON (`--dry-run-output FILE`). */
  readonly dryRunOutput?: string;
  /** Print the `--once` summary (and the dry-run plan) as JSON instead of tables (`--json`). */
  readonly json?: boolean;
}

/** A command line that cannot be understood. @internal */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}

/**
 * Reads `egeria-integration-daemon [validate] --config FILE [--port N] [--once] [--dry-run]
 * [--dry-run-output FILE] [--json]` (also `--config=FILE`, `-c FILE`, `--help`, `--version`).
 * @internal
 */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  let command: CliCommand['command'] = 'run';
  let config: string | undefined;
  let port: number | undefined;
  let once = false;
  let dryRun = false;
  let dryRunOutput: string | undefined;
  let json = false;
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
      case '--dry-run':
        dryRun = true;
        break;
      case '--dry-run-output':
        dryRunOutput = value();
        dryRun = true;
        break;
      case '--json':
        json = true;
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
  if (command === 'validate' && (once || port !== undefined || dryRun || json)) {
    throw new CliUsageError('validate takes --config only');
  }
  if (json && !once) throw new CliUsageError('--json needs --once');
  return {
    command,
    config,
    once,
    ...(port === undefined ? {} : { port }),
    ...(dryRun ? { dryRun } : {}),
    ...(dryRunOutput === undefined ? {} : { dryRunOutput }),
    ...(json ? { json } : {}),
  };
}

/** The help text. @internal */
export const CLI_USAGE = `Usage:
  egeria-integration-daemon --config daemon.json [--port N] [--once] [--dry-run]
                            [--dry-run-output plan.json] [--json]
  egeria-integration-daemon validate --config daemon.json

Runs the integration connectors of an Egeria integration daemon configuration document.

Options:
  -c, --config FILE          the configuration document (JSON)
  -p, --port N               port of the REST admin API (overrides egeriaTs.adminApi.port and .enabled)
      --once                 refresh every connector once, print a summary and exit:
                             0 when every connector refreshed, 1 when one failed or could not start within 60 s
      --dry-run              connectors read open metadata as usual, but nothing is written: every write
                             (catalog targets and activity reports included) is recorded instead, and the
                             plan is printed: per connector, the elements it would create, update and
                             delete (change, type name, qualified name where known, operation, GUID:
                             a placeholder dry-run:<uuid> for a create, the target for an update or
                             delete). With --once: the plan of the start and first refresh; without:
                             of each connector's latest refresh, printed when the daemon stops.
                             Same as egeriaTs.dryRun: true in the document.
      --dry-run-output FILE  write the plan as JSON to FILE (implies --dry-run):
                             {"serverName", "connectors": [{"connectorName", "serviceURLMarker",
                             "created", "updated", "deleted", "other", "omittedWrites"}]}, each write
                             {"operation", "kind", "typeName", "guid", "qualifiedName"}
      --json                 with --once: print one JSON document instead of the tables:
                             {"serverName", "dryRun", "summary": [...], "plan": {...} (dry run only)}
  -h, --help                 this text
  -v, --version              the version

Exit codes: 0 success, 1 a connector or the daemon failed, 2 the command line or the configuration is wrong.
`;
