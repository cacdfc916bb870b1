import type { DependencyContainer } from 'tsyringe';
import type { AuditLog, AuditLogDestination, ConnectorRegistry, IntegrationService } from '@egeria-ts/core';
import type { DaemonTimers } from './daemon-timers';
import type { ProcessEvents } from './process-events';

/**
 * The integration services a daemon can run connectors in: a map or record from URL marker to
 * service, or a list of services (each keyed by its `description.marker`).
 */
export type IntegrationServices =
  | ReadonlyMap<string, IntegrationService>
  | Readonly<Record<string, IntegrationService>>
  | readonly IntegrationService[];

/**
 * Seconds between two reads of an integration group's configuration when the options set none.
 * Egeria 5.2 reads every 2,000,000 ms (about 33 minutes) and relies on out-topic events in
 * between; this daemon polls instead, so it reads more often.
 */
export const DEFAULT_INTEGRATION_GROUP_REFRESH_SECONDS = 60;

/** Options of an {@link IntegrationDaemon}. */
export interface IntegrationDaemonOptions {
  /**
   * The integration services, by URL marker; they add to (and replace) the daemon's defaults. A
   * connector of a service the daemon has no implementation of is CONFIG_FAILED.
   */
  readonly services?: IntegrationServices;
  /**
   * The registry the daemon's own registry falls back to (default: core's `defaultConnectorRegistry`,
   * which the decorators fill). Classes registered on the daemon stay in the daemon.
   */
  readonly registry?: ConnectorRegistry;
  /**
   * A tsyringe container holding the host's own services. The daemon works in a child of it and gives
   * each connector a child of that, holding the connector's context, audit log, connection,
   * configuration properties, name and instance id under core's tokens.
   */
  readonly container?: DependencyContainer;
  /** The audit log the daemon writes under (as a child named `IntegrationDaemon:<name>`); default: its own. */
  readonly auditLog?: AuditLog;
  /** Where the daemon's own audit log writes, when `auditLog` is not given (default: JSON lines on standard error). */
  readonly auditLogDestinations?: readonly AuditLogDestination[];
  /** The directory relative module paths and `${file:...}` secrets are resolved from (the configuration file's; default the working directory). */
  readonly baseDir?: string;
  /** False to skip loading `egeriaTs.modules` (default true). */
  readonly loadModules?: boolean;
  /** False to skip the scan of installed packages that declare connectors (default true). */
  readonly discoverPackages?: boolean;
  /** Stop gracefully on SIGINT and SIGTERM (default false; the CLI turns it on). */
  readonly handleSignals?: boolean;
  /**
   * Catch unhandled promise rejections: one that arose in a connector fails that connector, any other
   * is logged as the host's (default false; the CLI turns it on).
   */
  readonly handleUnhandledRejections?: boolean;
  /** The process object the handlers are installed on (default `process`). */
  readonly process?: ProcessEvents;
  /** Clock and timers (default Node's; the daemon clears them all when it stops). */
  readonly timers?: DaemonTimers;
  /** The environment `${env:NAME}` secret references read (default `process.env`). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Milliseconds between two `engage()` calls of a connector that uses blocking calls (default 1000, as Egeria). */
  readonly engagePauseMs?: number;
  /** Seconds an integration service may take to build a connector's context before it counts as unreachable (default 60). */
  readonly initializeTimeoutSeconds?: number;
  /**
   * Seconds between two reads of each integration group's configuration (default: the document's
   * `egeriaTs.integrationGroupRefreshSeconds`, itself {@link DEFAULT_INTEGRATION_GROUP_REFRESH_SECONDS},
   * 60, when absent; Egeria 5.2 waits 2,000,000 ms). A read that fails is tried again sooner, with
   * the restart policy's backoff, but never later than this. 0: read at start and on request
   * (`refreshIntegrationGroupConfig`) only.
   */
  readonly integrationGroupRefreshSeconds?: number;
  /**
   * Whether each integration group listens to the Governance Server OMAS out topic of its
   * metadata access server (default true, as Egeria 5.2): a change to the group is applied when it
   * is announced (the whole group is read again), and a change to one of its connectors (its
   * element, its registration or its catalog targets) re-reads that connector only and applies it
   * (started, updated in place, restarted when its definition needs it, or stopped).
   * The timed and requested reads go on either way. False: the group is read on its timer and on
   * request only. Default: the document's `egeriaTs.integrationGroupEvents`, true when absent.
   */
  readonly integrationGroupEvents?: boolean;
  /**
   * True for a dry run (default: the document's `egeriaTs.dryRun`, false when absent): connectors
   * read from their metadata servers as usual, but every write to open metadata (catalog targets
   * and activity reports included) is recorded instead of sent. `runOnce` then gives each connector's
   * plan (`ConnectorRunSummary.dryRunPlan`) and `IntegrationDaemon.dryRunPlan()` the whole plan.
   */
  readonly dryRun?: boolean;
}

/** Options of {@link IntegrationDaemon.runOnce}. */
export interface RunOnceOptions {
  /** Seconds a connector may take to start (INITIALIZE_FAILED is retried meanwhile); default 60. */
  readonly startTimeoutSeconds?: number;
}
