/** The command line of `egeria-demo`, parsed. */
export interface DemoArguments {
  /** `--help`: print the usage and exit. */
  readonly help: boolean;
  /** `--once`: exit after the first refresh of every connector. */
  readonly once: boolean;
  /** `--port N`: the admin API's port (0: any free port). */
  readonly port: number;
  /** `--platform-url URL`: an existing metadata access point's platform, instead of the emulator. */
  readonly platformURL?: string;
  /** `--server NAME`: the metadata access server on that platform. */
  readonly serverName?: string;
  /** `--folder PATH`: the folder tree to catalog (default: the sample landing area). */
  readonly folder?: string;
  /** `--openapi PATH|URL`: the OpenAPI document to catalog (default: the sample pet store). */
  readonly openapi?: string;
  /** `--verbose`: print every audit log record, not only errors. */
  readonly verbose: boolean;
}

/** The admin API's port when `--port` is not given. */
export const DEMO_DEFAULT_PORT = 9444;

/** The usage text of `egeria-demo`. */
export const DEMO_USAGE = `Usage: egeria-demo [options]

Runs the egeria-ts integration daemon with two example connectors on sample data: the folder
files connector (Files Integrator) and the OpenAPI connector (API Integrator). Without
--platform-url, it starts the emulator (a local metadata access point) first.

Options:
  --port N             the daemon's REST admin API port (default ${DEMO_DEFAULT_PORT}; 0: any free port)
  --once               exit after the first refresh: 0 when every connector completed it,
                       1 when one failed or could not finish within 60 s
  --platform-url URL   use the metadata access server on this platform instead of the emulator
  --server NAME        that metadata access server's name (with --platform-url)
  --folder PATH        the folder tree to catalog (default: the sample landing area)
  --openapi PATH|URL   the OpenAPI document to catalog (default: the sample pet store)
  --verbose            print every audit log record (default: errors only)
  --help               print this text
`;

/** A command line `egeria-demo` does not understand. */
export class DemoUsageError extends Error {
  override readonly name = 'DemoUsageError';
}

/**
 * Parses the command line of `egeria-demo` (without the node and script paths). Flags take their
 * value as the next argument or after `=`.
 * @param argv - the arguments
 * @throws DemoUsageError naming the flag at fault
 */
export function parseDemoArgs(argv: readonly string[]): DemoArguments {
  let help = false;
  let once = false;
  let verbose = false;
  let port = DEMO_DEFAULT_PORT;
  const values: { platformURL?: string; serverName?: string; folder?: string; openapi?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? splitOnce(arg) : [arg, undefined];
    const value = (): string => {
      const given = inline ?? argv[++i];
      if (given === undefined || given === '' || (inline === undefined && given.startsWith('--'))) {
        throw new DemoUsageError(`${flag} needs a value`);
      }
      return given;
    };
    switch (flag) {
      case '--help':
      case '-h':
        help = true;
        break;
      case '--once':
        once = true;
        break;
      case '--verbose':
        verbose = true;
        break;
      case '--port': {
        const text = value();
        const n = Number(text);
        if (!/^\d+$/.test(text) || n > 65535)
          throw new DemoUsageError(`--port needs a port number (0-65535), got ${text}`);
        port = n;
        break;
      }
      case '--platform-url': {
        const text = value();
        if (!/^https?:\/\/[^/]/i.test(text))
          throw new DemoUsageError(`--platform-url needs an http(s) URL, got ${text}`);
        values.platformURL = text.replace(/\/+$/, '');
        break;
      }
      case '--server':
        values.serverName = value();
        break;
      case '--folder':
        values.folder = value();
        break;
      case '--openapi':
        values.openapi = value();
        break;
      default:
        throw new DemoUsageError(`unknown argument ${arg}`);
    }
  }
  if ((values.platformURL === undefined) !== (values.serverName === undefined)) {
    throw new DemoUsageError('--platform-url and --server go together');
  }
  return { help, once, port, verbose, ...values };
}

function splitOnce(arg: string): [string, string] {
  const at = arg.indexOf('=');
  return [arg.slice(0, at), arg.slice(at + 1)];
}
