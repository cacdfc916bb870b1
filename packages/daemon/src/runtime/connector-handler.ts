import type { DependencyContainer } from 'tsyringe';
import {
  ConnectorCheckedException,
  IntegrationConnectorStatus,
  redactConnection,
  type AuditLog,
  type Connection,
  type ConnectorRegistry,
  type IntegrationService,
  type MessageDefinition,
  type PartnerServerOptions,
} from '@egeria-ts/core';
import type { IntegrationServiceConfig } from '../config/daemon-config';
import type { EgeriaTsSettings } from '../config/egeria-ts-settings';
import { resolveRefreshInterval } from '../config/refresh-interval';
import type { ConnectorMetrics } from '../admin/daemon-administration';
import type { IntegrationConnectorReport } from '../admin/status-beans';
import { Backoff } from './backoff';
import { buildConnectorInstance, type BuildFailure, type ConnectorInstance } from './connector-instance';
import { inScope, type ConnectorScope } from './connector-scope';
import { DAEMON_RUNTIME_AUDIT_CODE, INTEGRATION_DAEMON_AUDIT_CODE as CODE } from './daemon-audit-codes';
import { CONNECTOR_RUNTIME_ERROR_CODE } from './daemon-errors';
import { ConnectorWriteLog, type ConnectorDryRunPlan } from './dry-run-plan';
import type { IntegrationDaemonEvents, RecoveryKind, RefreshReason } from './daemon-events';
import { pause, settlesWithin, type DaemonTimerHandle, type DaemonTimers } from './daemon-timers';
import { isoDate } from './iso-date';
import type { ConnectorScheduleUpdate, RuntimeConnectorConfig } from './runtime-connector-config';
import {
  deferred,
  deferredOutcome,
  errorClass,
  errorText,
  safeStatistics,
  track,
  type Deferred,
  type FirstCycleOutcome,
  type TrackedCall,
} from './handler-support';

export type { FirstCycleOutcome } from './handler-support';

/** What a handler shares with its daemon. @internal */
export interface HandlerEnvironment {
  readonly daemonName: string;
  readonly auditLog: AuditLog;
  readonly registry: ConnectorRegistry;
  readonly container: DependencyContainer;
  readonly settings: EgeriaTsSettings;
  readonly timers: DaemonTimers;
  readonly maxPageSize: number;
  readonly secretBaseDir: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly engagePauseMs: number;
  readonly initializeTimeoutMs: number;
  /** True for a dry run: contexts record their writes instead of sending them. */
  readonly dryRun?: boolean;
  readonly emit: <K extends keyof IntegrationDaemonEvents>(event: K, ...args: IntegrationDaemonEvents[K]) => void;
}

/** One connector of the daemon. @internal */
export interface HandlerSpec {
  readonly serviceConfig: IntegrationServiceConfig;
  readonly service?: IntegrationService;
  readonly connectorConfig: RuntimeConnectorConfig;
  /** The partner server options (known once the daemon has resolved its secrets). */
  readonly partner: () => PartnerServerOptions;
  /** Who runs the connector, for `/metrics` (default: the service's URL marker). */
  readonly owner?: string;
}

/** `once`: one refresh (or engage), no schedule and no automatic restart. @internal */
export type HandlerMode = 'continuous' | 'once';

const FAILED_STATUSES: readonly IntegrationConnectorStatus[] = [
  IntegrationConnectorStatus.FAILED,
  IntegrationConnectorStatus.CONFIG_FAILED,
  IntegrationConnectorStatus.INITIALIZE_FAILED,
];

/**
 * Runs one integration connector with Egeria's statuses and order: initialize (CONFIG_FAILED or
 * INITIALIZE_FAILED, retried), start, refresh at start and every interval (or engage in a loop),
 * never two refreshes at once (a request during a refresh runs once after it), a refresh timeout,
 * FAILED with the reason on any error, automatic restarts with capped exponential backoff, and a
 * bounded stop. Every call into connector code runs in the connector's async scope.
 * @internal
 */
export class ConnectorHandler {
  readonly #env: HandlerEnvironment;
  readonly #spec: HandlerSpec;
  #connectorConfig: RuntimeConnectorConfig;
  readonly #connectorLog: AuditLog;
  readonly #backoff: Backoff;

  #status: IntegrationConnectorStatus = IntegrationConnectorStatus.STOPPED;
  #lastStatusChange?: Date;
  #failingExceptionMessage?: string;
  #lastRefreshTime?: Date;
  #intervalMs: number;

  #generation = 0;
  #instance?: ConnectorInstance;
  #scope?: ConnectorScope;
  #refresh?: TrackedCall;
  #pending?: Deferred;
  #engage?: { controller: AbortController; loop: Promise<void>; call?: TrackedCall };
  #initController?: AbortController;
  #refreshTimer?: DaemonTimerHandle;
  #recoveryTimer?: DaemonTimerHandle;
  /** Waits for the start date of an initialized connector. */
  #windowTimer?: DaemonTimerHandle;
  /** Set while an initialized connector is held back by its dates: the generation to activate. */
  #parked?: number;
  /** The refresh interval the connector's class declares, once known. */
  #declaredDefaultMinutes?: number;
  #recoveryDeferred = false;
  #restartWhenSettled = false;
  #stopped = true;
  #lifecycle: Promise<void> = Promise.resolve();
  #firstCycle = deferredOutcome();
  #refreshes = 0;
  #mode: HandlerMode = 'continuous';
  #lifetime = new AbortController();
  /** Set by stop(): the handler never starts again. */
  #halted = false;
  #declaredBlocking = false;

  readonly #metrics = {
    refreshes: 0,
    refreshFailures: 0,
    refreshMs: 0,
    restarts: 0,
    elementsWritten: 0,
    /** Events received by the contexts of earlier instances of the connector. */
    earlierEventsReceived: 0,
  };
  /** In a dry run: the writes of the current instance's start and latest refresh. */
  readonly #writeLog?: ConnectorWriteLog;

  constructor(env: HandlerEnvironment, spec: HandlerSpec) {
    this.#env = env;
    this.#spec = spec;
    if (env.dryRun === true) this.#writeLog = new ConnectorWriteLog();
    this.#connectorConfig = spec.connectorConfig;
    this.#connectorLog = env.auditLog.createChild(spec.connectorConfig.connectorName);
    this.#backoff = new Backoff(env.settings.restartPolicy, env.timers.random);
    this.#intervalMs = this.#resolveInterval();
  }

  // ------------------------------------------------------------------ identity and status

  /**
   * In a dry run, what the connector would have written: its current instance's start and latest
   * refresh (or engage calls); undefined when the daemon is not running a dry run.
   */
  dryRunPlan(): ConnectorDryRunPlan | undefined {
    return this.#writeLog?.plan(this.connectorName, this.serviceURLMarker);
  }

  /** The connector's name. */
  get connectorName(): string {
    return this.#connectorConfig.connectorName;
  }

  /** The service's URL marker. */
  get serviceURLMarker(): IntegrationServiceConfig['integrationServiceURLMarker'] {
    return this.#spec.serviceConfig.integrationServiceURLMarker;
  }

  /** The connector's status. */
  get status(): IntegrationConnectorStatus {
    return this.#status;
  }

  /** Why the connector failed, when it did. */
  get failingExceptionMessage(): string | undefined {
    return this.#failingExceptionMessage;
  }

  /** The connector's configuration (connection as configured, secrets unresolved). */
  get connectorConfig(): RuntimeConnectorConfig {
    return this.#connectorConfig;
  }

  /** The id of the running connector instance, if one runs. */
  get connectorInstanceId(): string | undefined {
    return this.#instance?.instanceId;
  }

  /** Sets the mode; before start only. */
  set mode(mode: HandlerMode) {
    this.#mode = mode;
  }

  /** Resolves when the first refresh (or engage) of the connector ended, or it could not start. */
  get firstCycle(): Promise<FirstCycleOutcome> {
    return this.#firstCycle.promise;
  }

  /** The connector's report (Egeria's `IntegrationConnectorReport`), the connection redacted. */
  report(): IntegrationConnectorReport {
    const report: IntegrationConnectorReport = {
      connectorId: this.#connectorConfig.connectorId,
      ...(this.#connectorConfig.connectorGUID === undefined
        ? {}
        : { connectorGUID: this.#connectorConfig.connectorGUID }),
      connectorName: this.connectorName,
      connection: redactConnection(this.#connectorConfig.connection),
      connectorStatus: this.#status,
      minMinutesBetweenRefresh: this.#intervalMs / 60_000,
    };
    const instance = this.#instance;
    if (instance !== undefined) {
      report.connectorInstanceId = instance.instanceId;
      try {
        const statistics = instance.connector.getConnectorStatistics();
        if (Object.keys(statistics).length > 0) report.statistics = statistics;
      } catch {
        // A connector whose statistics cannot be read reports none.
      }
    }
    if (this.#lastStatusChange !== undefined) report.lastStatusChange = isoDate(this.#lastStatusChange);
    if (this.#lastRefreshTime !== undefined) report.lastRefreshTime = isoDate(this.#lastRefreshTime);
    if (this.#failingExceptionMessage !== undefined) report.failingExceptionMessage = this.#failingExceptionMessage;
    return report;
  }

  /** The connector's figures for `/metrics`. */
  metrics(): ConnectorMetrics {
    const m = this.#metrics;
    return {
      connectorName: this.connectorName,
      owner: this.#spec.owner ?? this.serviceURLMarker,
      refreshes: m.refreshes,
      refreshFailures: m.refreshFailures,
      refreshSecondsTotal: m.refreshMs / 1000,
      restarts: m.restarts,
      elementsWritten: m.elementsWritten,
      eventsReceived: m.earlierEventsReceived + eventsReceivedBy(this.#instance),
      failed: FAILED_STATUSES.includes(this.#status) ? 1 : 0,
    };
  }

  // ------------------------------------------------------------------ operations

  /**
   * Initializes the connector; resolves once the first initialization attempt ended (the connector
   * then starts and refreshes on its own).
   */
  async start(): Promise<void> {
    if (this.#halted) return;
    this.#stopped = false;
    this.#lifetime = new AbortController();
    await this.#serial(() => this.#initialize('start'));
    this.#activateInBackground();
  }

  /** Refreshes now; a request during a refresh runs once after it. Resolves when done. */
  async refresh(): Promise<void> {
    if (this.#stopped) return;
    switch (this.#status) {
      case IntegrationConnectorStatus.INITIALIZED:
        // Before its start date (or after its stop date) the connector is not started: nothing to wait for.
        if (this.#window() !== 'open') return;
        return this.#queueRefresh();
      case IntegrationConnectorStatus.REFRESHING:
        return this.#queueRefresh();
      case IntegrationConnectorStatus.WAITING:
        if (this.#window() !== 'open') {
          this.#log(DAEMON_RUNTIME_AUDIT_CODE.CONNECTOR_OUTSIDE_DATES, [this.connectorName, this.#describeWindow()]);
          return;
        }
        return this.#runRefresh('request');
      case IntegrationConnectorStatus.INITIALIZE_FAILED:
        // As Egeria does, a refresh of a connector that could not reach its server tries again.
        this.#clearRecoveryTimer();
        await this.#reinitialize('refresh', false);
        return;
      case IntegrationConnectorStatus.FAILED:
        this.#log(CODE.CONNECTOR_FAILED, [this.connectorName, 'refresh', this.#failingExceptionMessage ?? 'unknown']);
        return;
      default:
        return;
    }
  }

  /**
   * Restarts the connector (a new instance). When a refresh is running, the restart happens once it
   * returns.
   */
  async restart(): Promise<void> {
    if (this.#stopped) return;
    this.#backoff.reset();
    this.#clearRecoveryTimer();
    if (this.#refresh !== undefined && !this.#refresh.settled) {
      this.#restartWhenSettled = true;
      this.#log(DAEMON_RUNTIME_AUDIT_CODE.RESTART_DEFERRED, [this.connectorName]);
      return;
    }
    await this.#reinitialize('restart', true);
  }

  /** Replaces the connection (in memory) and restarts the connector. */
  async updateConnection(connection: Connection): Promise<void> {
    this.#connectorConfig = { ...this.#connectorConfig, connection };
    await this.restart();
  }

  /**
   * Replaces the whole configuration and restarts the connector: resolves once the new instance is
   * initialized (it then starts and refreshes on its own). When a refresh is running, the restart
   * happens once it returns.
   */
  async reconfigure(config: RuntimeConnectorConfig): Promise<void> {
    this.#connectorConfig = config;
    this.#intervalMs = this.#resolveInterval(this.#declaredDefaultMinutes);
    if (this.#stopped) return;
    this.#backoff.reset();
    this.#clearRecoveryTimer();
    if (this.#refresh !== undefined && !this.#refresh.settled) {
      this.#restartWhenSettled = true;
      this.#log(DAEMON_RUNTIME_AUDIT_CODE.RESTART_DEFERRED, [this.connectorName]);
      return;
    }
    this.#metrics.restarts += 1;
    await this.#serial(() => this.#initialize('reconfigure'));
    this.#activateInBackground();
  }

  /**
   * Changes the refresh interval and the start and stop dates while the connector runs: the next
   * refresh is scheduled again, a connector waiting for its start date starts when the new one
   * says, and no refresh starts after the stop date.
   */
  updateSchedule(update: ConnectorScheduleUpdate): void {
    const next: RuntimeConnectorConfig = { ...this.#connectorConfig };
    delete next.refreshTimeInterval;
    delete next.startDate;
    delete next.stopDate;
    if (update.refreshTimeInterval !== undefined) next.refreshTimeInterval = update.refreshTimeInterval;
    if (update.startDate !== undefined) next.startDate = update.startDate;
    if (update.stopDate !== undefined) next.stopDate = update.stopDate;
    this.#connectorConfig = next;
    this.#intervalMs = this.#resolveInterval(this.#declaredDefaultMinutes);
    if (this.#stopped) return;
    if (this.#status === IntegrationConnectorStatus.WAITING) {
      // The next refresh follows the new interval and dates (none past the stop date, none with 0).
      this.#clearRefreshTimer();
      this.#scheduleNextRefresh();
    } else if (this.#parked !== undefined) {
      // Held back by its dates before it started: look again with the new ones.
      const generation = this.#parked;
      this.#clearWindowTimer();
      this.#activate(generation).catch(() => undefined);
    }
  }

  /**
   * Stops the connector within `budgetMs`: no new refresh, a running one gets half the budget to
   * end and is then aborted, the connector is disconnected; the status is STOPPED in any case.
   */
  async stop(budgetMs: number): Promise<void> {
    const timers = this.#env.timers;
    const deadline = timers.now() + budgetMs;
    const remaining = (): number => Math.max(0, deadline - timers.now());
    const wasRunning = !this.#stopped;
    this.#stopped = true;
    this.#halted = true;
    this.#lifetime.abort();
    this.#generation += 1;
    this.#clearRefreshTimer();
    this.#clearRecoveryTimer();
    this.#clearWindowTimer();
    this.#initController?.abort(this.#shutdownError());
    this.#resolvePending();

    const refresh = this.#refresh;
    if (refresh !== undefined && !refresh.settled) {
      const ended = await settlesWithin(timers, refresh.done, budgetMs / 2);
      if (!ended) {
        refresh.controller.abort(this.#shutdownError());
        await settlesWithin(timers, refresh.done, remaining() * 0.5);
      }
    }
    const complete = await settlesWithin(
      timers,
      this.#serial(() => this.#teardown(remaining)),
      remaining(),
    );
    if (!complete) {
      this.#log(DAEMON_RUNTIME_AUDIT_CODE.STOP_TIMEOUT, [this.connectorName, budgetMs / 1000]);
    }
    if (wasRunning && !this.#usesBlockingCalls()) this.#log(CODE.REFRESH_THREAD_TERMINATING, [this.connectorName]);
    this.#setStatus(IntegrationConnectorStatus.STOPPED);
    this.#settleFirstCycle();
  }

  /** Called with an unhandled rejection that arose in this connector's scope. */
  #onUnhandledRejection(generation: number, reason: unknown): void {
    this.#env.emit('unhandledRejection', {
      serverName: this.#env.daemonName,
      connectorName: this.connectorName,
      message: errorText(reason),
      time: new Date(this.#env.timers.now()),
    });
    const stale = generation !== this.#generation || this.#stopped;
    if (stale || FAILED_STATUSES.includes(this.#status)) {
      this.#logException(CODE.REFRESH_THREAD_CONNECTOR_ERROR, reason, [
        this.connectorName,
        errorClass(reason),
        errorText(reason),
      ]);
      return;
    }
    const error = ConnectorCheckedException.fromDefinition(
      CONNECTOR_RUNTIME_ERROR_CODE.UNHANDLED_REJECTION,
      [this.connectorName, `${errorClass(reason)}: ${errorText(reason)}`],
      { cause: reason },
    );
    this.#fail(error, 'an unhandled promise rejection');
    this.#refresh?.controller.abort(error);
    this.#engage?.controller.abort(error);
    this.#scheduleRecovery('restart');
  }

  // ------------------------------------------------------------------ initialization

  #serial<T>(operation: () => Promise<T>): Promise<T> {
    const run = this.#lifecycle.then(operation, operation);
    this.#lifecycle = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  async #reinitialize(action: string, countRestart: boolean): Promise<void> {
    if (this.#stopped) return;
    if (countRestart) this.#metrics.restarts += 1;
    await this.#serial(() => this.#initialize(action));
    await this.#activate(this.#generation);
  }

  #activateInBackground(): void {
    this.#activate(this.#generation).catch((error: unknown) => {
      this.#logException(CODE.REFRESH_THREAD_CONNECTOR_ERROR, error, [
        this.connectorName,
        errorClass(error),
        errorText(error),
      ]);
    });
  }

  async #initialize(action: string): Promise<void> {
    if (this.#stopped) return;
    const generation = ++this.#generation;
    this.#clearRefreshTimer();
    this.#clearRecoveryTimer();
    this.#clearWindowTimer();
    this.#resolvePending();
    await this.#teardown(() => this.#env.settings.shutdownTimeoutSeconds * 1000);
    if (generation !== this.#generation || this.#stopped) return;

    const config = this.#connectorConfig;
    const serviceConfig = this.#spec.serviceConfig;
    this.#log(
      CODE.INTEGRATION_CONNECTOR_INITIALIZING,
      [
        this.connectorName,
        serviceConfig.integrationServiceFullName,
        this.#env.daemonName,
        config.permittedSynchronization,
      ],
      action,
    );
    const scope: ConnectorScope = {
      connectorName: this.connectorName,
      onUnhandledRejection: (reason) => this.#onUnhandledRejection(generation, reason),
    };
    const controller = new AbortController();
    this.#initController = controller;
    this.#writeLog?.clear(); // a new instance plans afresh
    const built = await buildConnectorInstance({
      daemonName: this.#env.daemonName,
      serviceConfig,
      service: this.#spec.service,
      connectorConfig: config,
      partner: this.#spec.partner(),
      registry: this.#env.registry,
      container: this.#env.container,
      connectorLog: this.#connectorLog,
      scope,
      maxPageSize: this.#env.maxPageSize,
      secretBaseDir: this.#env.secretBaseDir,
      env: this.#env.env,
      timers: this.#env.timers,
      initializeTimeoutMs: this.#env.initializeTimeoutMs,
      signal: controller.signal,
      ...(this.#writeLog === undefined ? {} : { writeRecorder: this.#writeLog }),
      onDefinition: (definition) => {
        this.#declaredDefaultMinutes = definition.refreshTimeInterval;
        this.#intervalMs = this.#resolveInterval(definition.refreshTimeInterval);
        this.#declaredBlocking = definition.usesBlockingCalls;
      },
    });
    if (this.#initController === controller) this.#initController = undefined;

    if ('failure' in built) {
      if (generation !== this.#generation || this.#stopped) return;
      this.#failBuild(built.failure);
      return;
    }
    const instance = built.instance;
    if (generation !== this.#generation || this.#stopped) {
      await inScope(scope, () => instance.connector.runDisconnect()).catch(() => undefined);
      await instance.context.disconnect().catch(() => undefined);
      return;
    }
    this.#instance = instance;
    this.#scope = scope;
    this.#refreshes = 0;
    this.#failingExceptionMessage = undefined;
    this.#setStatus(IntegrationConnectorStatus.INITIALIZED);
  }

  #usesBlockingCalls(): boolean {
    return this.#connectorConfig.usesBlockingCalls || this.#declaredBlocking;
  }

  #failBuild(failure: BuildFailure): void {
    const service = this.#spec.serviceConfig.integrationServiceFullName;
    const { error } = failure;
    if (failure.kind === 'initialize') {
      this.#logException(CODE.INITIALIZE_ERROR, error, [
        service,
        this.connectorName,
        errorClass(error),
        errorText(error),
      ]);
      this.#setStatus(IntegrationConnectorStatus.INITIALIZE_FAILED, this.#describe(error));
      this.#scheduleRecovery('reinitialize');
      return;
    }
    if (failure.notIntegration !== undefined) {
      this.#log(CODE.NOT_INTEGRATION_CONNECTOR, [
        this.connectorName,
        failure.notIntegration,
        `a connector of ${service}`,
      ]);
    } else {
      this.#logException(CODE.BAD_INTEGRATION_CONNECTION, error, [
        this.connectorName,
        service,
        errorClass(error),
        errorText(error),
      ]);
    }
    this.#logException(CODE.CONFIG_ERROR, error, [service, this.connectorName, errorClass(error), errorText(error)]);
    this.#setStatus(IntegrationConnectorStatus.CONFIG_FAILED, this.#describe(error));
    this.#settleFirstCycle();
  }

  /** Starts an initialized connector, then refreshes it or engages it. Resolves after the first refresh. */
  async #activate(generation: number): Promise<void> {
    const instance = this.#instance;
    const scope = this.#scope;
    if (
      generation !== this.#generation ||
      this.#stopped ||
      instance === undefined ||
      scope === undefined ||
      this.#status !== IntegrationConnectorStatus.INITIALIZED
    ) {
      return;
    }
    if (!this.#awaitWindow(generation)) return;
    try {
      await inScope(scope, () => instance.connector.runStart());
    } catch (error) {
      if (generation !== this.#generation || this.#stopped) return;
      if (this.#status === IntegrationConnectorStatus.INITIALIZED) {
        this.#fail(error, 'start');
        this.#settleFirstCycle();
        this.#resolvePending();
        this.#scheduleRecovery('restart');
      }
      return;
    }
    if (generation !== this.#generation || this.#stopped || this.#status !== IntegrationConnectorStatus.INITIALIZED) {
      return;
    }
    if (this.#usesBlockingCalls()) {
      this.#setStatus(IntegrationConnectorStatus.RUNNING);
      this.#log(CODE.CONNECTOR_THREAD_STARTING, [this.connectorName, this.#env.daemonName]);
      this.#startEngageLoop(instance, scope, generation);
      return;
    }
    this.#setStatus(IntegrationConnectorStatus.WAITING);
    this.#log(CODE.REFRESH_THREAD_STARTING, [this.connectorName, this.#describeInterval()]);
    await this.#runRefresh('start');
  }

  // ------------------------------------------------------------------ refresh

  #queueRefresh(): Promise<void> {
    this.#pending ??= deferred();
    return this.#pending.promise;
  }

  #resolvePending(): void {
    const pending = this.#pending;
    this.#pending = undefined;
    pending?.resolve();
  }

  /** Runs the refresh that was asked for during the last one, if any. */
  #drainPending(): void {
    const pending = this.#pending;
    if (pending === undefined) return;
    this.#pending = undefined;
    if (this.#stopped || this.#status !== IntegrationConnectorStatus.WAITING) {
      pending.resolve();
      return;
    }
    void this.#runRefresh('request').then(pending.resolve, pending.resolve);
  }

  async #runRefresh(reason: RefreshReason): Promise<void> {
    const instance = this.#instance;
    const scope = this.#scope;
    if (instance === undefined || scope === undefined) return;
    const generation = this.#generation;
    const timers = this.#env.timers;
    const first = this.#refreshes === 0;
    this.#refreshes += 1;
    // A dry run keeps what the start and the latest refresh would write (nothing changes between refreshes).
    if (!first) this.#writeLog?.clear();
    this.#clearRefreshTimer();
    const started = timers.now();
    this.#lastRefreshTime = new Date(started);
    this.#setStatus(IntegrationConnectorStatus.REFRESHING);
    this.#log(first ? CODE.FIRST_REFRESH : CODE.REFRESH, [this.connectorName, this.#env.daemonName]);
    this.#emit('refreshStarted', { first, reason });

    const controller = new AbortController();
    const call = track(
      inScope(scope, () => instance.connector.runRefresh(controller.signal)),
      controller,
    );
    this.#refresh = call;
    const timeoutMs = this.#env.settings.refreshTimeoutSeconds * 1000;
    let inTime = true;
    if (timeoutMs > 0) inTime = await settlesWithin(timers, call.done, timeoutMs, this.#lifetime.signal);
    else await call.done;
    const durationMs = timers.now() - started;

    if (!inTime) {
      // Timed out: abort, FAILED now; no restart while the refresh is still running.
      const error = ConnectorCheckedException.fromDefinition(CONNECTOR_RUNTIME_ERROR_CODE.REFRESH_TIMEOUT, [
        this.connectorName,
        timeoutMs / 1000,
      ]);
      if (generation !== this.#generation || this.#stopped) return; // stopping: stop() ends the refresh
      controller.abort(error);
      this.#log(DAEMON_RUNTIME_AUDIT_CODE.REFRESH_TIMEOUT, [this.connectorName, timeoutMs / 1000]);
      this.#metrics.refreshFailures += 1;
      this.#metrics.refreshMs += durationMs;
      if (this.#status === IntegrationConnectorStatus.REFRESHING) this.#fail(error, 'refresh');
      this.#emit('refreshFailed', { durationMs, timedOut: true, message: errorText(error) });
      this.#firstCycle.settle({
        status: this.#status,
        ok: false,
        durationMs,
        failingExceptionMessage: this.#failingExceptionMessage,
      });
      this.#drainPending();
      void call.done.then(() => this.#afterSettle(call, generation));
      this.#scheduleRecovery('restart');
      return;
    }

    const outcome = await call.done;
    if (this.#refresh === call) this.#refresh = undefined;
    if (generation !== this.#generation || this.#stopped) return;
    this.#metrics.refreshMs += durationMs;
    if (this.#status !== IntegrationConnectorStatus.REFRESHING) {
      // Failed meanwhile (an unhandled rejection): its recovery waited for this refresh to end.
      this.#metrics.refreshFailures += 1;
      this.#emit('refreshFailed', { durationMs, timedOut: false, message: this.#failingExceptionMessage ?? '' });
      this.#firstCycle.settle({
        status: this.#status,
        ok: false,
        durationMs,
        failingExceptionMessage: this.#failingExceptionMessage,
      });
      this.#afterSettle(call, generation);
      this.#drainPending();
      return;
    }
    if (outcome.ok) {
      const elementsWritten = instance.lastElementsWritten;
      instance.lastElementsWritten = 0;
      this.#metrics.refreshes += 1;
      this.#metrics.elementsWritten += elementsWritten;
      this.#setStatus(IntegrationConnectorStatus.WAITING);
      this.#log(CODE.REFRESH_COMPLETE, [this.connectorName, this.#env.daemonName, durationMs]);
      this.#emit('refreshCompleted', { durationMs, elementsWritten });
      this.#backoff.reset();
      this.#firstCycle.settle({ status: this.#status, ok: true, durationMs });
      if (this.#restartWhenSettled) {
        this.#resolvePending();
        this.#afterSettle(call, generation);
        return;
      }
      this.#scheduleNextRefresh();
      this.#drainPending();
      return;
    }
    this.#metrics.refreshFailures += 1;
    this.#fail(outcome.error, 'refresh');
    this.#emit('refreshFailed', { durationMs, timedOut: false, message: errorText(outcome.error) });
    this.#firstCycle.settle({
      status: this.#status,
      ok: false,
      durationMs,
      failingExceptionMessage: this.#failingExceptionMessage,
    });
    this.#drainPending();
    if (this.#restartWhenSettled) this.#afterSettle(call, generation);
    else this.#scheduleRecovery('restart');
  }

  /** After a refresh that outlived its handling has returned: the deferred restart or recovery. */
  #afterSettle(call: TrackedCall, generation: number): void {
    if (this.#refresh === call) this.#refresh = undefined;
    this.#resolvePending();
    if (generation !== this.#generation || this.#stopped) return;
    if (this.#restartWhenSettled) {
      this.#restartWhenSettled = false;
      this.#recoveryDeferred = false;
      void this.#reinitialize('restart', true);
      return;
    }
    if (this.#recoveryDeferred) {
      this.#recoveryDeferred = false;
      this.#scheduleRecovery('restart');
    }
  }

  #scheduleNextRefresh(): void {
    if (this.#mode === 'once' || this.#stopped || this.#intervalMs <= 0) return;
    const timers = this.#env.timers;
    const startAt = this.#connectorConfig.startDate?.getTime() ?? 0;
    const dueAt = Math.max(startAt, (this.#lastRefreshTime?.getTime() ?? timers.now()) + this.#intervalMs);
    this.#clearRefreshTimer();
    const stopDate = this.#connectorConfig.stopDate;
    if (stopDate !== undefined && dueAt >= stopDate.getTime()) {
      this.#log(DAEMON_RUNTIME_AUDIT_CODE.CONNECTOR_OUTSIDE_DATES, [this.connectorName, this.#describeWindow(dueAt)]);
      return;
    }
    this.#refreshTimer = timers.setTimeout(
      () => {
        this.#refreshTimer = undefined;
        if (this.#stopped) return;
        if (this.#status === IntegrationConnectorStatus.WAITING) void this.#runRefresh('schedule');
      },
      Math.max(0, dueAt - timers.now()),
    );
  }

  // ------------------------------------------------------------------ engage

  #startEngageLoop(instance: ConnectorInstance, scope: ConnectorScope, generation: number): void {
    const controller = new AbortController();
    const engage: { controller: AbortController; loop: Promise<void>; call?: TrackedCall } = {
      controller,
      loop: Promise.resolve(),
    };
    this.#engage = engage;
    const once = this.#mode === 'once';
    engage.loop = (async () => {
      while (generation === this.#generation && !this.#stopped && !controller.signal.aborted) {
        if (this.#window() === 'after') {
          this.#log(DAEMON_RUNTIME_AUDIT_CODE.CONNECTOR_OUTSIDE_DATES, [this.connectorName, this.#describeWindow()]);
          break;
        }
        const started = this.#env.timers.now();
        const call = track(
          inScope(scope, () => instance.connector.runEngage(controller.signal)),
          controller,
        );
        engage.call = call;
        const outcome = await call.done;
        if (controller.signal.aborted || generation !== this.#generation || this.#stopped) break;
        const durationMs = this.#env.timers.now() - started;
        if (!outcome.ok) {
          this.#fail(outcome.error, 'engage');
          this.#firstCycle.settle({
            status: this.#status,
            ok: false,
            durationMs,
            failingExceptionMessage: this.#failingExceptionMessage,
          });
          this.#scheduleRecovery('restart');
          break;
        }
        this.#log(CODE.ENGAGE_RETURNED, [this.connectorName, this.#env.daemonName]);
        this.#backoff.reset();
        this.#firstCycle.settle({ status: this.#status, ok: true, durationMs });
        if (once) break;
        await pause(this.#env.timers, this.#env.engagePauseMs, controller.signal);
      }
      this.#log(CODE.CONNECTOR_THREAD_TERMINATING, [this.connectorName, this.#env.daemonName]);
    })();
  }

  // ------------------------------------------------------------------ failure and recovery

  #fail(error: unknown, method: string): void {
    this.#logException(CODE.CONNECTOR_ERROR, error, [this.connectorName, method, errorClass(error), errorText(error)]);
    this.#setStatus(IntegrationConnectorStatus.FAILED, this.#describe(error));
  }

  #scheduleRecovery(kind: RecoveryKind): void {
    if (this.#stopped) return;
    if (kind === 'restart' && (this.#mode === 'once' || !this.#env.settings.restartPolicy.enabled)) return;
    const running = (this.#refresh !== undefined && !this.#refresh.settled) || this.#engage?.call?.settled === false;
    if (running && kind === 'restart') {
      this.#recoveryDeferred = true;
      const engageCall = this.#engage?.call;
      if (engageCall !== undefined && !engageCall.settled && (this.#refresh === undefined || this.#refresh.settled)) {
        const generation = this.#generation;
        void engageCall.done.then(() => {
          if (generation === this.#generation && this.#recoveryDeferred) {
            this.#recoveryDeferred = false;
            this.#scheduleRecovery('restart');
          }
        });
      }
      return;
    }
    this.#clearRecoveryTimer();
    const delayMs = this.#backoff.next();
    const attempt = this.#backoff.attempt;
    this.#log(DAEMON_RUNTIME_AUDIT_CODE.RESTART_SCHEDULED, [
      this.connectorName,
      delayMs,
      attempt,
      kind === 'restart' ? 'restarted' : 'initialized again',
    ]);
    this.#emit('restartScheduled', { delayMs, attempt, kind });
    this.#recoveryTimer = this.#env.timers.setTimeout(() => {
      this.#recoveryTimer = undefined;
      void this.#reinitialize(kind === 'restart' ? 'automatic restart' : 'initialize again', kind === 'restart');
    }, delayMs);
  }

  // ------------------------------------------------------------------ teardown

  /** Stops the engage loop and disconnects the current instance (bounded), then forgets it. */
  async #teardown(budget: () => number): Promise<void> {
    const instance = this.#instance;
    const scope = this.#scope;
    const engage = this.#engage;
    this.#engage = undefined;
    if (engage !== undefined) {
      engage.controller.abort(this.#shutdownError());
      await settlesWithin(this.#env.timers, engage.loop, budget() / 2);
    }
    if (instance === undefined || scope === undefined) return;
    this.#metrics.earlierEventsReceived += eventsReceivedBy(instance);
    this.#instance = undefined;
    const statistics = safeStatistics(instance);
    const disconnecting = inScope(scope, () => instance.connector.runDisconnect()).catch((error: unknown) => {
      this.#logException(CODE.CONNECTOR_SHUTDOWN_FAILURE, error, [
        this.connectorName,
        errorClass(error),
        errorText(error),
      ]);
    });
    const disconnected = await settlesWithin(this.#env.timers, disconnecting, budget());
    if (!disconnected) await instance.context.disconnect().catch(() => undefined);
    await Promise.resolve(instance.container.dispose()).catch(() => undefined);
    this.#log(CODE.INTEGRATION_CONNECTOR_SHUTDOWN, [
      this.connectorName,
      this.#spec.serviceConfig.integrationServiceFullName,
      JSON.stringify(statistics),
    ]);
  }

  // ------------------------------------------------------------------ helpers

  /** Where now (or `at`) is with respect to the connector's start and stop dates. */
  #window(at: number = this.#env.timers.now()): 'before' | 'open' | 'after' {
    const { startDate, stopDate } = this.#connectorConfig;
    if (startDate !== undefined && at < startDate.getTime()) return 'before';
    if (stopDate !== undefined && at >= stopDate.getTime()) return 'after';
    return 'open';
  }

  #describeWindow(at: number = this.#env.timers.now()): string {
    const { startDate, stopDate } = this.#connectorConfig;
    const window = this.#window(at);
    if (window === 'before' && startDate !== undefined) return `its start date is ${isoDate(startDate)}`;
    if (window === 'after' && stopDate !== undefined) return `its stop date is ${isoDate(stopDate)}`;
    return 'its dates allow it';
  }

  /**
   * True when the connector may start now. Before its start date, the activation waits for it (the
   * connector stays INITIALIZED); after its stop date, the connector is not started.
   */
  #awaitWindow(generation: number): boolean {
    this.#parked = undefined;
    const window = this.#window();
    if (window === 'open') return true;
    this.#parked = generation;
    this.#log(DAEMON_RUNTIME_AUDIT_CODE.CONNECTOR_OUTSIDE_DATES, [this.connectorName, this.#describeWindow()]);
    if (window === 'before' && this.#mode === 'continuous') {
      const startAt = this.#connectorConfig.startDate?.getTime() ?? 0;
      this.#clearWindowTimer();
      this.#windowTimer = this.#env.timers.setTimeout(
        () => {
          this.#windowTimer = undefined;
          this.#activate(generation).catch(() => undefined);
        },
        Math.max(0, startAt - this.#env.timers.now()),
      );
      return false;
    }
    this.#firstCycle.settle({
      status: this.#status,
      ok: false,
      failingExceptionMessage: `Integration connector ${this.connectorName} is not refreshed: ${this.#describeWindow()}`,
    });
    return false;
  }

  #clearWindowTimer(): void {
    if (this.#windowTimer !== undefined) this.#env.timers.clearTimeout(this.#windowTimer);
    this.#windowTimer = undefined;
    this.#parked = undefined;
  }

  #resolveInterval(declaredDefaultMinutes?: number): number {
    return resolveRefreshInterval({
      connector: this.#connectorConfig,
      settings: this.#env.settings,
      ...(declaredDefaultMinutes === undefined ? {} : { declaredDefaultMinutes }),
    }).milliseconds;
  }

  #describeInterval(): string {
    if (this.#mode === 'once') return 'once';
    if (this.#intervalMs <= 0) return 'at start and on request only';
    return `every ${this.#intervalMs / 1000} s`;
  }

  #describe(error: unknown): string {
    return `${errorClass(error)}: ${errorText(error)}`;
  }

  #shutdownError(): ConnectorCheckedException {
    return ConnectorCheckedException.fromDefinition(CONNECTOR_RUNTIME_ERROR_CODE.SHUTDOWN_ABORT, [
      this.connectorName,
      this.#env.daemonName,
    ]);
  }

  #setStatus(status: IntegrationConnectorStatus, failingExceptionMessage?: string): void {
    const previousStatus = this.#status;
    if (failingExceptionMessage !== undefined) this.#failingExceptionMessage = failingExceptionMessage;
    if (previousStatus === status && failingExceptionMessage === undefined) return;
    this.#status = status;
    this.#lastStatusChange = new Date(this.#env.timers.now());
    this.#emit('connectorStatusChanged', {
      previousStatus,
      status,
      ...(FAILED_STATUSES.includes(status) && this.#failingExceptionMessage !== undefined
        ? { failingExceptionMessage: this.#failingExceptionMessage }
        : {}),
    });
  }

  #settleFirstCycle(): void {
    this.#firstCycle.settle({
      status: this.#status,
      ok: false,
      ...(this.#failingExceptionMessage === undefined
        ? {}
        : { failingExceptionMessage: this.#failingExceptionMessage }),
    });
  }

  #emit<
    K extends 'connectorStatusChanged' | 'refreshStarted' | 'refreshCompleted' | 'refreshFailed' | 'restartScheduled',
  >(
    event: K,
    detail: Omit<IntegrationDaemonEvents[K][0], 'serverName' | 'connectorName' | 'serviceURLMarker' | 'time'>,
  ): void {
    const payload = {
      serverName: this.#env.daemonName,
      connectorName: this.connectorName,
      serviceURLMarker: this.serviceURLMarker,
      time: new Date(this.#env.timers.now()),
      ...detail,
    } as IntegrationDaemonEvents[K][0];
    (this.#env.emit as (event: K, payload: IntegrationDaemonEvents[K][0]) => void)(event, payload);
  }

  #details(): Record<string, unknown> {
    return {
      serverName: this.#env.daemonName,
      connectorName: this.connectorName,
      serviceURLMarker: this.serviceURLMarker,
      connectorStatus: this.#status,
    };
  }

  #log(definition: MessageDefinition, inserts: readonly unknown[], action?: string): void {
    this.#connectorLog.logMessage(action ?? this.#actionName(), definition, inserts, this.#details());
  }

  #logException(definition: MessageDefinition, error: unknown, inserts: readonly unknown[]): void {
    this.#connectorLog.logException(this.#actionName(), definition, error, inserts);
  }

  #actionName(): string {
    return `${this.#spec.serviceConfig.integrationServiceURLMarker}:${this.connectorName}`;
  }

  #clearRefreshTimer(): void {
    if (this.#refreshTimer !== undefined) this.#env.timers.clearTimeout(this.#refreshTimer);
    this.#refreshTimer = undefined;
  }

  #clearRecoveryTimer(): void {
    if (this.#recoveryTimer !== undefined) this.#env.timers.clearTimeout(this.#recoveryTimer);
    this.#recoveryTimer = undefined;
    this.#recoveryDeferred = false;
  }
}

/** The events a connector instance's context has delivered (0 when it cannot say). */
function eventsReceivedBy(instance: ConnectorInstance | undefined): number {
  try {
    const received = instance?.context.eventsReceived;
    return typeof received === 'number' && Number.isFinite(received) ? received : 0;
  } catch {
    return 0;
  }
}
