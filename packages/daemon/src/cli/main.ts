import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
  JsonLinesAuditLogDestination,
  defaultConnectorRegistry,
  getConnectorProviderClassName,
  type ConnectorRegistry,
} from '@egeria-ts/core';
import type { DaemonConfig } from '../config/daemon-config';
import { DaemonConfigError, type DaemonConfigProblem } from '../config/daemon-config-error';
import { loadDaemonConfig } from '../config/load-daemon-config';
import { IntegrationDaemon } from '../runtime/integration-daemon';
import type { IntegrationDaemonOptions } from '../runtime/daemon-options';
import { loadConnectorModules } from '../runtime/module-discovery';
import type { ProcessEvents } from '../runtime/process-events';
import { startDaemonAdminApi } from './admin-api';
import { CLI_USAGE, CliUsageError, parseCliArgs, type CliCommand } from './cli-args';
import { formatDryRunPlan } from './dry-run-table';
import { formatRunSummary } from './summary-table';

/** Where the CLI writes. */
export interface CliOutput {
  /** Writes text. */
  write(text: string): unknown;
}

/** What {@link runDaemonCli} runs with: its output streams and, for tests and hosts, the daemon's options. */
export interface CliEnvironment {
  /** Standard output: summaries and the admin API address. */
  readonly stdout: CliOutput;
  /** Standard error: configuration problems, errors, and the audit log (JSON lines). */
  readonly stderr: CliOutput;
  /** The working directory (default `process.cwd()`). */
  readonly cwd?: string;
  /** The environment secret references read (default `process.env`). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Where signal and unhandled-rejection handlers go (default `process`). */
  readonly process?: ProcessEvents;
  /** Options passed to the daemon (services, registry, container, audit destinations...). */
  readonly daemonOptions?: Partial<IntegrationDaemonOptions>;
}

/** The CLI's exit codes. */
export const CLI_EXIT_CODE = Object.freeze({
  /** Everything went well. */
  OK: 0,
  /** A connector failed, or could not start in time, or the daemon could not run. */
  FAILED: 1,
  /** The command line or the configuration document is wrong. */
  CONFIGURATION: 2,
});

const VERSION = '0.1.0';
const ONCE_START_TIMEOUT_SECONDS = 60;

/**
 * The `egeria-integration-daemon` command, as a function: `argv` without the node and script
 * paths. Resolves with the exit code once the command is done (for a running daemon: once it has
 * stopped, after SIGINT or SIGTERM).
 *
 * - `--config FILE [--port N]`: runs the daemon and its REST admin API until a signal stops it.
 * - `--config FILE --once`: refreshes every connector once, prints a summary table, and exits 0, or
 *   1 when a connector failed or could not start within 60 s (`--json`: one JSON document instead).
 * - `--dry-run` (or `egeriaTs.dryRun`): nothing is written to open metadata; the plan of what each
 *   connector would write is printed (with `--once` after the refresh, else when the daemon stops),
 *   and written as JSON to `--dry-run-output FILE` (which implies `--dry-run`).
 * - `validate --config FILE`: checks the document (and that every connector class is known once
 *   the configured modules are loaded) and exits 0, or 2 printing one line per problem.
 *
 * Configuration problems are printed one per line, with no stack trace, and give exit code 2.
 */
export async function runDaemonCli(argv: readonly string[], environment: CliEnvironment): Promise<number> {
  const { stdout, stderr } = environment;
  let command;
  try {
    command = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    stderr.write(`egeria-integration-daemon: ${error.message}\n\n${CLI_USAGE}`);
    return CLI_EXIT_CODE.CONFIGURATION;
  }
  if (command.command === 'help') {
    stdout.write(CLI_USAGE);
    return CLI_EXIT_CODE.OK;
  }
  if (command.command === 'version') {
    stdout.write(`${VERSION}\n`);
    return CLI_EXIT_CODE.OK;
  }
  const cwd = environment.cwd ?? process.cwd();
  const configFile = path.resolve(cwd, command.config as string);
  const baseDir = path.dirname(configFile);
  try {
    const config = await loadDaemonConfig(configFile);
    if (command.command === 'validate') return await validate(config, configFile, environment);
    const options: IntegrationDaemonOptions = {
      baseDir,
      auditLogDestinations: [new JsonLinesAuditLogDestination({ stream: stderr })],
      handleSignals: true,
      handleUnhandledRejections: true,
      ...(environment.env === undefined ? {} : { env: environment.env }),
      ...(environment.process === undefined ? {} : { process: environment.process }),
      ...environment.daemonOptions,
      ...(command.dryRun === true ? { dryRun: true } : {}),
    };
    const output: PlanOutput = {
      cwd,
      json: command.json === true,
      ...(command.dryRunOutput === undefined ? {} : { file: command.dryRunOutput }),
    };
    if (command.once) return await runOnce(config, options, environment, output);
    return await runUntilStopped(config, options, environment, command.port, output);
  } catch (error) {
    if (error instanceof DaemonConfigError) {
      stderr.write(`${configFile}: the configuration is not valid:\n${error.message}\n`);
      return CLI_EXIT_CODE.CONFIGURATION;
    }
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    stderr.write(`egeria-integration-daemon: ${message}\n`);
    return CLI_EXIT_CODE.FAILED;
  }
}

async function validate(config: DaemonConfig, configFile: string, environment: CliEnvironment): Promise<number> {
  const registry = environment.daemonOptions?.registry ?? defaultConnectorRegistry;
  const loaded = loadConnectorModules({
    modules: config.egeriaTs.modules,
    baseDir: path.dirname(configFile),
    scanDirs: [environment.cwd ?? process.cwd()],
    scanPackages: environment.daemonOptions?.discoverPackages !== false,
  });
  const prefix = await documentPrefix(configFile);
  const problems = [...loaded.problems, ...unknownClasses(config, registry, prefix)];
  if (problems.length > 0) throw new DaemonConfigError(problems, { source: configFile });
  const services = config.integrationServicesConfig;
  const connectors = services.reduce((n, s) => n + s.integrationConnectorConfigs.length, 0);
  environment.stdout.write(
    `${configFile} is valid: ${services.length} integration service(s), ${connectors} integration connector(s), ` +
      `${config.dynamicIntegrationGroupsConfig.length} integration group(s).\n`,
  );
  return CLI_EXIT_CODE.OK;
}

/** `omagserverConfig.` when the document is Egeria's OMAGServerConfigResponse wrapper. */
async function documentPrefix(configFile: string): Promise<string> {
  try {
    const document: unknown = JSON.parse(await fs.readFile(configFile, 'utf8'));
    return typeof document === 'object' && document !== null && 'omagserverConfig' in document
      ? 'omagserverConfig.'
      : '';
  } catch {
    return '';
  }
}

function unknownClasses(config: DaemonConfig, registry: ConnectorRegistry, prefix: string): DaemonConfigProblem[] {
  const problems: DaemonConfigProblem[] = [];
  const known = registry.knownNames();
  config.integrationServicesConfig.forEach((service, i) => {
    if (service.integrationServiceOperationalStatus === 'DISABLED') return;
    service.integrationConnectorConfigs.forEach((connector, j) => {
      const name = getConnectorProviderClassName(connector.connection);
      if (name !== undefined && registry.resolve(name) !== undefined) return;
      problems.push({
        path: `${prefix}integrationServicesConfig[${i}].integrationConnectorConfigs[${j}].connection.connectorType.connectorProviderClassName`,
        expected: `a registered connector name or alias (known: ${known.length === 0 ? 'none' : known.join(', ')})`,
        got: JSON.stringify(name ?? null),
      });
    });
  });
  return problems;
}

/** How the CLI reports a run: tables or JSON, and the dry-run plan's file. */
interface PlanOutput {
  readonly cwd: string;
  readonly json: boolean;
  readonly file?: CliCommand['dryRunOutput'];
}

/** Writes the dry-run plan to the `--dry-run-output` file, when one is asked for. */
async function writePlanFile(daemon: IntegrationDaemon, output: PlanOutput): Promise<void> {
  const plan = daemon.dryRunPlan();
  if (output.file === undefined || plan === undefined) return;
  await fs.writeFile(path.resolve(output.cwd, output.file), `${JSON.stringify(plan, null, 2)}\n`, 'utf8');
}

async function runOnce(
  config: DaemonConfig,
  options: IntegrationDaemonOptions,
  environment: CliEnvironment,
  output: PlanOutput,
): Promise<number> {
  const daemon = new IntegrationDaemon(config, options);
  const summaries = await daemon.runOnce({ startTimeoutSeconds: ONCE_START_TIMEOUT_SECONDS });
  const plan = daemon.dryRunPlan();
  await writePlanFile(daemon, output);
  if (output.json) {
    const summary = summaries.map(({ dryRunPlan: _plan, ...rest }) => rest);
    const document = { serverName: daemon.serverName, dryRun: daemon.dryRun, summary, ...(plan ? { plan } : {}) };
    environment.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
  } else {
    environment.stdout.write(formatRunSummary(summaries));
    if (plan !== undefined) environment.stdout.write(`\n${formatDryRunPlan(plan)}`);
  }
  return summaries.every((s) => s.outcome === 'COMPLETED') ? CLI_EXIT_CODE.OK : CLI_EXIT_CODE.FAILED;
}

async function runUntilStopped(
  config: DaemonConfig,
  options: IntegrationDaemonOptions,
  environment: CliEnvironment,
  port: number | undefined,
  output: PlanOutput,
): Promise<number> {
  const daemon = new IntegrationDaemon(config, options);
  const stopped = new Promise<void>((resolve) => daemon.once('daemonStopped', () => resolve()));
  await daemon.start();
  const settings = config.egeriaTs.adminApi;
  let close: (() => Promise<void>) | undefined;
  if (settings.enabled || port !== undefined) {
    try {
      const server = await startDaemonAdminApi(daemon, settings, {
        baseDir: options.baseDir ?? process.cwd(),
        ...(port === undefined ? {} : { port }),
        ...(environment.env === undefined ? {} : { env: environment.env }),
      });
      close = () => server.close();
      environment.stdout.write(
        `Integration daemon ${daemon.serverName}: admin API at ${server.url}/servers/${encodeURIComponent(daemon.serverName)}/open-metadata/integration-daemon\n`,
      );
    } catch (error) {
      await daemon.stop();
      throw error;
    }
  }
  // Hold the process until the daemon stops: without an admin API or a timer pending (connectors
  // that refresh at start only), Node would otherwise end it as soon as the first refreshes are done.
  const keepAlive = setInterval(() => undefined, 2 ** 30);
  try {
    await stopped;
  } finally {
    clearInterval(keepAlive);
  }
  await close?.();
  const plan = daemon.dryRunPlan();
  if (plan !== undefined) {
    await writePlanFile(daemon, output);
    environment.stdout.write(formatDryRunPlan(plan));
  }
  return CLI_EXIT_CODE.OK;
}

/**
 * Runs {@link runDaemonCli} for the real process (the `egeria-integration-daemon` bin) and exits with its
 * code, so that nothing a connector left open keeps the process alive after the daemon stopped.
 */
export function runFromProcess(): void {
  runDaemonCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`egeria-integration-daemon: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(CLI_EXIT_CODE.FAILED);
    },
  );
}
