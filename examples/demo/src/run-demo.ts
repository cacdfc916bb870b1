import { apiIntegratorService } from '@egeria-ts/api-integrator';
import { AUDIT_LOG_SEVERITY_RANK, FunctionAuditLogDestination, type AuditLogRecord } from '@egeria-ts/core';
import {
  DaemonConfigError,
  IntegrationDaemon,
  startAdminServer,
  type AdminServer,
  type ProcessEvents,
} from '@egeria-ts/daemon';
import { startEmulator, type RunningEmulator } from '@egeria-ts/emulator';
import { filesIntegratorService } from '@egeria-ts/files-integrator';
import { cataloguedByConnector, formatCatalogueTable } from './catalogue-table';
import { DEMO_USAGE, DemoUsageError, parseDemoArgs, type DemoArguments } from './demo-args';
import {
  DEMO_EMULATOR_SERVER_NAME,
  DEMO_SERVER_NAME,
  SAMPLE_FOLDER,
  SAMPLE_OPENAPI_DOCUMENT,
  buildDemoConfig,
} from './demo-config';
import { FirstRefreshTracker, oneLine, type DemoOutput } from './first-refresh-tracker';

/** The exit codes of `egeria-demo`. */
export const DEMO_EXIT_CODE = Object.freeze({
  /** Everything went well. */
  OK: 0,
  /** A connector failed or could not finish its first refresh in time, or the demo could not run. */
  FAILED: 1,
  /** The command line is wrong. */
  USAGE: 2,
});

/** Options of {@link runDemo} for hosts and tests. */
export interface DemoOptions {
  /** Where the SIGINT and SIGTERM handlers go (default `process`; an `EventEmitter` will do). */
  readonly process?: ProcessEvents;
  /** Milliseconds the first refresh of every connector may take (default 60,000). */
  readonly firstRefreshTimeoutMs?: number;
}

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
const STATUS_PATH = `/servers/${DEMO_SERVER_NAME}/open-metadata/integration-daemon/users/demo/status`;

/**
 * The `egeria-demo` command, as a function (`argv` without the node and script paths). Starts the
 * emulator in process (unless `--platform-url` names a metadata access point), then the
 * integration daemon `demo-daemon` with the folder files and OpenAPI connectors on the sample
 * data, shows the progress of their first refresh and a table of what each catalogued. Then it
 * serves the REST admin API until SIGINT or SIGTERM, or, with `--once`, stops at once.
 * @param argv - the command line
 * @param stdout - progress, the table, the addresses
 * @param stderr - usage errors and audit log records (errors only, unless `--verbose`)
 * @param options - signal handling and timeouts, for hosts and tests
 * @returns the exit code: 0, 1 when a connector failed or did not finish its first refresh in time
 *   (with `--once`) or the demo could not run, 2 for a wrong command line
 */
export async function runDemo(
  argv: readonly string[],
  stdout: DemoOutput,
  stderr: DemoOutput,
  options: DemoOptions = {},
): Promise<number> {
  let args: DemoArguments;
  try {
    args = parseDemoArgs(argv);
  } catch (error) {
    if (!(error instanceof DemoUsageError)) throw error;
    stderr.write(`egeria-demo: ${error.message}\n\n${DEMO_USAGE}`);
    return DEMO_EXIT_CODE.USAGE;
  }
  if (args.help) {
    stdout.write(DEMO_USAGE);
    return DEMO_EXIT_CODE.OK;
  }

  const proc: ProcessEvents = options.process ?? (process as unknown as ProcessEvents);
  let signalled: (signal: string) => void = () => undefined;
  const stopRequested = new Promise<string>((resolve) => {
    signalled = resolve;
  });
  const onSignal: Record<string, () => void> = {};
  for (const signal of SIGNALS) {
    onSignal[signal] = () => signalled(signal);
    proc.on(signal, onSignal[signal] as () => void);
  }

  let emulator: RunningEmulator | undefined;
  let daemon: IntegrationDaemon | undefined;
  let admin: AdminServer | undefined;
  let tracker: FirstRefreshTracker | undefined;
  try {
    stdout.write('egeria-ts demo\n');
    let platformRootURL: string;
    let serverName: string;
    if (args.platformURL === undefined || args.serverName === undefined) {
      emulator = await startEmulator({ serverName: DEMO_EMULATOR_SERVER_NAME, port: 0 });
      platformRootURL = emulator.url;
      serverName = emulator.serverName;
      stdout.write(`  Emulator: metadata access server ${serverName} at ${platformRootURL} (in memory)\n`);
    } else {
      platformRootURL = args.platformURL;
      serverName = args.serverName;
      stdout.write(`  Metadata access server ${serverName} at ${platformRootURL}\n`);
    }

    const folder = args.folder ?? SAMPLE_FOLDER;
    const openapi = args.openapi ?? SAMPLE_OPENAPI_DOCUMENT;
    daemon = new IntegrationDaemon(buildDemoConfig({ platformRootURL, serverName, folder, openapi, once: args.once }), {
      services: { 'files-integrator': filesIntegratorService, 'api-integrator': apiIntegratorService },
      auditLogDestinations: [new FunctionAuditLogDestination((record) => printRecord(record, args.verbose, stderr))],
      loadModules: false,
      discoverPackages: false,
      handleUnhandledRejections: true,
      ...(options.process === undefined ? {} : { process: options.process }),
    });
    stdout.write(`  Integration daemon ${daemon.serverName}, with the connectors:\n`);
    stdout.write(`    ${daemon.connectorNames()[0]} (files-integrator) on the folder ${folder}\n`);
    stdout.write(`    ${daemon.connectorNames()[1]} (api-integrator) on the OpenAPI document ${openapi}\n`);

    if (!args.once) {
      admin = await startAdminServer(daemon, { host: '127.0.0.1', port: args.port });
      stdout.write(`  Admin API: ${admin.url} (status: ${admin.url}${STATUS_PATH})\n`);
    }
    tracker = new FirstRefreshTracker(daemon, stdout);
    await Promise.race([daemon.start(), stopRequested]);

    const timeoutMs = options.firstRefreshTimeoutMs ?? 60_000;
    const finished = await Promise.race([tracker.wait(timeoutMs), stopRequested.then(() => false)]);
    tracker.detach();
    for (const name of tracker.pending) {
      stdout.write(`  !!  ${name}: did not finish its first refresh within ${Math.round(timeoutMs / 1000)} s\n`);
    }
    const rows = cataloguedByConnector(daemon.status(), tracker.outcomes);
    stdout.write(`\nWhat was catalogued:\n${formatCatalogueTable(rows)}`);
    const completed = [...tracker.outcomes.values()].filter((o) => o.ok).length;
    const total = daemon.connectorNames().length;
    stdout.write(`${completed} of ${total} connector(s) completed their first refresh.\n`);

    if (args.once) return finished && completed === total ? DEMO_EXIT_CODE.OK : DEMO_EXIT_CODE.FAILED;

    stdout.write(
      `\nThe daemon keeps the catalog current: change a file in ${folder} and query the status again.\n` +
        'Press Ctrl+C to stop.\n',
    );
    const signal = await stopRequested;
    stdout.write(`\n${signal}: stopping.\n`);
    return DEMO_EXIT_CODE.OK;
  } catch (error) {
    stderr.write(`egeria-demo: ${describeError(error)}\n`);
    return DEMO_EXIT_CODE.FAILED;
  } finally {
    tracker?.detach();
    for (const signal of SIGNALS) proc.off(signal, onSignal[signal] as () => void);
    await daemon
      ?.stop()
      .catch((error: unknown) => stderr.write(`egeria-demo: stopping the daemon: ${describeError(error)}\n`));
    await admin?.close().catch(() => undefined);
    await emulator?.close().catch(() => undefined);
  }
}

function printRecord(record: AuditLogRecord, verbose: boolean, stderr: DemoOutput): void {
  if (!verbose && AUDIT_LOG_SEVERITY_RANK[record.severity] < 3) return;
  const where = record.components.slice(1).join('/') || record.component;
  const detail = record.exception?.message;
  const cause = detail === undefined || record.messageText.includes(detail) ? '' : ` (${oneLine(detail)})`;
  stderr.write(`[${record.severity}] ${record.messageId} ${where}: ${record.messageText}${cause}\n`);
}

function describeError(error: unknown): string {
  if (error instanceof DaemonConfigError) return `the demo configuration is not valid:\n${error.message}`;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EADDRINUSE') return `${(error as Error).message}: the port is in use; choose another with --port N`;
  return error instanceof Error ? error.message : String(error);
}
