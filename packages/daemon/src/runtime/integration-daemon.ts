import { EventEmitter } from 'eventemitter3';
import { container as rootContainer, type DependencyContainer } from 'tsyringe';
import {
  AuditLogger,
  INTEGRATION_SERVICE_URL_MARKERS,
  defaultConnectorRegistry,
  isIntegrationConnectorDefinition,
  redact,
  redactError,
  type AuditLog,
  type Connection,
  type ConnectorClass,
  type ConnectorDefinition,
  type ConnectorRegistry,
  type IntegrationConnector,
  type IntegrationService,
  type MessageDefinition,
  type PartnerServerOptions,
  type RegisteredConnector,
} from '@egeria-ts/core';
import type {
  ConfigurationPropertiesUpdate,
  ConnectorMetrics,
  IntegrationDaemonAdministration,
} from '../admin/daemon-administration';
import type {
  IntegrationDaemonStatus,
  IntegrationGroupSummary,
  IntegrationServiceSummary,
} from '../admin/status-beans';
import type { DaemonConfig, IntegrationServiceConfig } from '../config/daemon-config';
import { DaemonConfigError } from '../config/daemon-config-error';
import { parseDaemonConfig } from '../config/parse-daemon-config';
import { ConnectorHandler, type HandlerEnvironment } from './connector-handler';
import { attachRejectionRouter } from './connector-scope';
import { DAEMON_RUNTIME_AUDIT_CODE, INTEGRATION_DAEMON_AUDIT_CODE as CODE } from './daemon-audit-codes';
import { DaemonConnectorRegistry } from './daemon-connector-registry';
import { defaultIntegrationServices } from './default-services';
import {
  badParameterError,
  notSupportedError,
  unknownConnectorError,
  unknownGroupError,
  unknownServiceError,
  wrongStateError,
} from './daemon-errors';
import type { DaemonLifecycleEvent, IntegrationDaemonEvents } from './daemon-events';
import {
  DEFAULT_INTEGRATION_GROUP_REFRESH_SECONDS,
  type IntegrationDaemonOptions,
  type IntegrationServices,
  type RunOnceOptions,
} from './daemon-options';
import { NODE_DAEMON_TIMERS, settlesWithin, type DaemonTimers } from './daemon-timers';
import { loadConnectorModules, type LoadedConnectorModule } from './module-discovery';
import { partnerOptions, resolvePlatformAccess, type PlatformAccess } from './platform-access';
import type { ProcessEvents } from './process-events';
import { awaitFirstCycle, type ConnectorRunSummary } from './run-once';
import type { DryRunPlan } from './dry-run-plan';
import { IntegrationGroupHandler } from '../groups/integration-group-handler';

/** The lifecycle state of an {@link IntegrationDaemon}. */
export type IntegrationDaemonState = 'created' | 'starting' | 'running' | 'stopping' | 'stopped';

const DEFAULT_ENGAGE_PAUSE_MS = 1000;
const DEFAULT_INITIALIZE_TIMEOUT_SECONDS = 60;
const DEFAULT_START_TIMEOUT_SECONDS = 60;

function toServiceMap(services: IntegrationServices | undefined): Map<string, IntegrationService> {
  const map = defaultIntegrationServices();
  let given: Iterable<[string, IntegrationService]> = [];
  if (services instanceof Map) given = services;
  else if (Array.isArray(services)) {
    given = (services as readonly IntegrationService[]).map((s) => [s.description.marker, s]);
  } else if (services !== undefined) {
    given = Object.entries(services as Readonly<Record<string, IntegrationService>>);
  }
  for (const [marker, service] of given) map.set(marker, service);
  return map;
}

/**
 * The egeria-ts integration daemon: runs the integration connectors of a configuration document
 * with Egeria's lifecycle and statuses, isolated from each other, restarted automatically when
 * they fail, and stopped within a bounded time. Embeddable (`start`, `stop`, typed lifecycle
 * events) and the implementation behind the REST admin API ({@link IntegrationDaemonAdministration}).
 *
 * ```ts
 * const daemon = new IntegrationDaemon(config, { services: { 'database-integrator': databaseIntegrator } });
 * daemon.on('connectorStatusChanged', (e) => console.log(e.connectorName, e.status));
 * await daemon.start();
 * // ...
 * await daemon.stop();
 * ```
 */
export class IntegrationDaemon
  extends EventEmitter<IntegrationDaemonEvents>
  implements IntegrationDaemonAdministration
{
  /** The checked configuration. */
  readonly config: DaemonConfig;
  /** The daemon's own connector registry (falls back to the parent registry of the options). */
  readonly registry: ConnectorRegistry;

  readonly #options: IntegrationDaemonOptions;
  readonly #timers: DaemonTimers;
  readonly #auditLog: AuditLog;
  readonly #ownLogger?: AuditLogger;
  readonly #container: DependencyContainer;
  readonly #services: Map<string, IntegrationService>;
  /** The connectors of the integration services (static configuration). */
  readonly #handlers: ConnectorHandler[] = [];
  readonly #handlersByName = new Map<string, ConnectorHandler>();
  readonly #groups: IntegrationGroupHandler[] = [];
  #state: IntegrationDaemonState = 'created';
  #access?: PlatformAccess;
  #stopping?: Promise<void>;
  #detach: (() => void)[] = [];
  #loadedModules: LoadedConnectorModule[] = [];

  /**
   * @param config - a configuration document (as `parseDaemonConfig` accepts) or a checked `DaemonConfig`
   * @param options - services, registry, container, audit log, handlers...
   * @throws {@link DaemonConfigError} listing every problem of the document
   */
  constructor(config: DaemonConfig | unknown, options: IntegrationDaemonOptions = {}) {
    super();
    this.config = parseDaemonConfig(config);
    this.#options = options;
    this.#timers = options.timers ?? NODE_DAEMON_TIMERS;
    const component = `IntegrationDaemon:${this.config.localServerName}`;
    if (options.auditLog !== undefined) {
      this.#auditLog = options.auditLog.createChild(component);
    } else {
      this.#ownLogger = new AuditLogger({
        component,
        ...(options.auditLogDestinations === undefined ? {} : { destinations: options.auditLogDestinations }),
      });
      this.#auditLog = this.#ownLogger;
    }
    this.registry = new DaemonConnectorRegistry(options.registry ?? defaultConnectorRegistry);
    this.#container = (options.container ?? rootContainer).createChildContainer();
    this.#services = toServiceMap(options.services);
    this.#createHandlers();
  }

  /**
   * The handlers of every connector: the integration services' (in configuration order), then each
   * integration group's (in registration order).
   */
  #allHandlers(): ConnectorHandler[] {
    if (this.#groups.length === 0) return this.#handlers;
    return [...this.#handlers, ...this.#groups.flatMap((g) => g.handlers())];
  }

  /** The daemon's server name (`localServerName`). */
  get serverName(): string {
    return this.config.localServerName;
  }

  /** The daemon's lifecycle state. */
  get state(): IntegrationDaemonState {
    return this.#state;
  }

  /** The daemon's audit log (connectors write to its children). */
  get auditLog(): AuditLog {
    return this.#auditLog;
  }

  /** The connector modules loaded at start. */
  get loadedModules(): readonly LoadedConnectorModule[] {
    return this.#loadedModules;
  }

  /**
   * True when the daemon runs a dry run (the `dryRun` option, else `egeriaTs.dryRun`): its
   * connectors' writes to open metadata are recorded, not sent.
   */
  get dryRun(): boolean {
    return this.#options.dryRun ?? this.config.egeriaTs.dryRun;
  }

  /**
   * In a dry run, what each connector would have written to open metadata: the start and the
   * latest refresh of its current instance (after `runOnce`: its start and first refresh, as the
   * summaries' `dryRunPlan` also give). Undefined when the daemon is not running a dry run.
   */
  dryRunPlan(): DryRunPlan | undefined {
    if (!this.dryRun) return undefined;
    const connectors = [];
    for (const handler of this.#allHandlers()) {
      const plan = handler.dryRunPlan();
      if (plan !== undefined) connectors.push(plan);
    }
    return { serverName: this.serverName, connectors };
  }

  /**
   * The names of the daemon's connectors: those of its integration services in configuration order,
   * then those its integration groups run.
   */
  connectorNames(): string[] {
    return this.#allHandlers().map((h) => h.connectorName);
  }

  /**
   * Registers a connector class in this daemon only (not in the process-wide registry).
   * @param connectorClass - a class marked with a connector decorator, or any connector class with `definition`
   * @param definition - its definition, when the class is not decorated
   */
  registerConnector(
    connectorClass: ConnectorClass<IntegrationConnector>,
    definition?: ConnectorDefinition,
  ): RegisteredConnector {
    return definition === undefined
      ? this.registry.registerClass(connectorClass)
      : this.registry.register(connectorClass, definition);
  }

  // ------------------------------------------------------------------ lifecycle

  /**
   * Starts the daemon: loads the connector modules, resolves the platform secrets, reads each
   * integration group's connectors from its metadata access server, and initializes every connector
   * (each then starts and refreshes on its own). Resolves once every connector has been initialized
   * once, successfully or not; a group that could not be read is read again later.
   * @throws {@link DaemonConfigError} when a module cannot be loaded or a secret cannot be resolved
   * @throws IllegalStateError when the daemon was started before
   */
  async start(): Promise<void> {
    if (this.#state !== 'created') throw wrongStateError('start', this.serverName, this.#state);
    this.#state = 'starting';
    this.#log(CODE.SERVER_INITIALIZING, [this.serverName]);
    if (this.dryRun) this.#log(DAEMON_RUNTIME_AUDIT_CODE.DRY_RUN, [this.serverName]);
    try {
      await this.#prepare();
    } catch (error) {
      this.#state = 'stopped';
      this.#detachAll();
      throw error;
    }
    if (this.#state !== 'starting') {
      this.#detachAll(); // stopped while preparing
      return;
    }
    if (this.config.integrationServicesConfig.length === 0) {
      this.#log(CODE.NO_INTEGRATION_SERVICES_CONFIGURED, [this.serverName]);
    }
    for (const service of this.#enabledServices()) {
      if (service.integrationConnectorConfigs.length === 0) {
        this.#log(CODE.NO_INTEGRATION_CONNECTORS, [service.integrationServiceFullName]);
      }
    }
    if (this.#groups.length === 0) this.#log(CODE.NO_INTEGRATION_GROUPS_CONFIGURED, [this.serverName]);
    await Promise.all([...this.#handlers.map((h) => h.start()), ...this.#groups.map((g) => g.start())]);
    if (this.#state !== 'starting') return; // stopped while starting
    this.#state = 'running';
    this.#log(CODE.SERVER_INITIALIZED, [this.serverName, this.#allHandlers().length]);
    this.#emitSafely('daemonStarted', this.#lifecycleEvent());
  }

  /**
   * Stops the daemon within `egeriaTs.shutdownTimeoutSeconds`: no new refresh starts, running ones
   * get part of that time to end and are then aborted through their signal, every connector is
   * disconnected (STOPPED), and the integration services are closed. Calling it again returns the
   * same promise.
   */
  stop(): Promise<void> {
    if (this.#stopping !== undefined) return this.#stopping;
    this.#stopping = this.#stop();
    return this.#stopping;
  }

  /**
   * Runs every connector once instead of on a schedule: starts the daemon, waits for each
   * connector's first refresh (or one `engage()`), then stops. Integration groups are read once, at
   * start; a group that cannot be read then contributes no connectors. A connector that has not started
   * within `startTimeoutSeconds` (default 60) is NOT_STARTED; failed connectors are not restarted.
   * In a dry run each summary carries the connector's plan (`dryRunPlan`): nothing is written.
   * @returns one summary per connector, in configuration order
   */
  async runOnce(options: RunOnceOptions = {}): Promise<ConnectorRunSummary[]> {
    if (this.#state !== 'created') throw wrongStateError('runOnce', this.serverName, this.#state);
    for (const handler of this.#handlers) handler.mode = 'once';
    for (const group of this.#groups) group.mode = 'once';
    const startTimeoutMs = (options.startTimeoutSeconds ?? DEFAULT_START_TIMEOUT_SECONDS) * 1000;
    try {
      await this.start();
      return await Promise.all(this.#allHandlers().map((h) => awaitFirstCycle(h, this.#timers, startTimeoutMs)));
    } finally {
      await this.stop();
    }
  }

  // ------------------------------------------------------------------ status

  /** The whole status (Egeria's `IntegrationDaemonStatus`), connections redacted. */
  status(): IntegrationDaemonStatus {
    const status: IntegrationDaemonStatus = {};
    const services = this.getIntegrationServiceSummaries();
    if (services.length > 0) status.integrationServiceSummaries = services;
    const groups = this.getIntegrationGroupSummaries();
    if (groups.length > 0) status.integrationGroupSummaries = groups;
    const reports = [...this.#handlers.map((h) => h.report()), ...this.#groups.flatMap((g) => g.reports())];
    if (reports.length > 0) status.integrationConnectorReports = reports;
    return status;
  }

  /** One summary per configured integration service. */
  getIntegrationServiceSummaries(): IntegrationServiceSummary[] {
    return this.config.integrationServicesConfig.map((service) => {
      const summary: IntegrationServiceSummary = {
        integrationServiceId: service.integrationServiceId,
        integrationServiceFullName: service.integrationServiceFullName,
        integrationServiceURLMarker: service.integrationServiceURLMarker,
        integrationServiceDescription: service.integrationServiceDescription,
        integrationServiceWiki: service.integrationServiceWiki,
      };
      const reports = this.#handlers
        .filter((h) => h.serviceURLMarker === service.integrationServiceURLMarker)
        .map((h) => h.report());
      if (reports.length > 0) summary.integrationConnectorReports = reports;
      return summary;
    });
  }

  /**
   * One summary per configured integration group, in configuration order: its status (ASSIGNED
   * before it is read, CONFIGURING when found with no connector running, RUNNING, FAILED when it
   * could not be read and runs no connector), GUID, description and connector reports.
   */
  getIntegrationGroupSummaries(): IntegrationGroupSummary[] {
    return this.#groups.map((group) => group.summary());
  }

  /**
   * One group's summary.
   * @throws InvalidParameterException `INTEGRATION-DAEMON-SERVICES-400-034` (parameterName `integrationGroupName`) for an unknown group
   */
  getIntegrationGroupSummary(groupName: string): IntegrationGroupSummary {
    return this.#group(groupName).summary();
  }

  /**
   * Reads a group's configuration from open metadata now and applies it: new connectors start,
   * changed ones restart (or change their schedule in place), removed ones stop. A request during a
   * read runs once after it. Resolves once the changes are applied (new and restarted connectors
   * initialized, removed ones stopped).
   * @throws InvalidParameterException `INTEGRATION-DAEMON-SERVICES-400-034` (parameterName `integrationGroupName`) for an unknown group
   * @throws IllegalStateError when the daemon is not running
   * @throws PropertyServerException when the group cannot be read (`INTEGRATION-DAEMON-SERVICES-400-032`
   *   when the metadata access server has no such group); the daemon tries again on its schedule
   */
  async refreshIntegrationGroupConfig(groupName: string): Promise<void> {
    const group = this.#group(groupName);
    if (this.#state !== 'running' && this.#state !== 'starting') {
      throw wrongStateError('refreshIntegrationGroupConfig', this.serverName, this.#state);
    }
    await group.refreshConfig('request');
  }

  /** Per-connector figures for `/metrics` (a group's connectors have owner `group:<name>`). */
  metrics(): ConnectorMetrics[] {
    return this.#allHandlers().map((h) => h.metrics());
  }

  /** True once the daemon has started and is not stopping. */
  isReady(): boolean {
    return this.#state === 'running';
  }

  // ------------------------------------------------------------------ connector operations

  /**
   * Refreshes one connector, or every one; a refresh asked during a refresh runs once after it.
   * Resolves when the refreshes have ended (a failed one leaves its connector FAILED; it does not reject).
   * @throws InvalidParameterException (parameterName `connectorName`) for an unknown connector
   */
  async refresh(connectorName?: string): Promise<void> {
    await Promise.all(this.#targets(connectorName).map((h) => h.refresh()));
  }

  /**
   * Restarts one connector, or every one: a new instance, built from its configuration.
   * @throws InvalidParameterException (parameterName `connectorName`) for an unknown connector
   */
  async restart(connectorName?: string): Promise<void> {
    await Promise.all(this.#targets(connectorName).map((h) => h.restart()));
  }

  /**
   * Refreshes one connector of a service, or all the service's connectors.
   * @throws InvalidParameterException for an unknown service (`serviceURLMarker`) or connector (`connectorName`)
   */
  async refreshService(serviceURLMarker: string, connectorName?: string): Promise<void> {
    await Promise.all(this.#serviceTargets(serviceURLMarker, connectorName).map((h) => h.refresh()));
  }

  /**
   * Restarts one connector of a service, or all the service's connectors.
   * @throws InvalidParameterException for an unknown service (`serviceURLMarker`) or connector (`connectorName`)
   */
  async restartService(serviceURLMarker: string, connectorName?: string): Promise<void> {
    await Promise.all(this.#serviceTargets(serviceURLMarker, connectorName).map((h) => h.restart()));
  }

  /**
   * The configuration properties of one connector, secrets masked.
   * @throws InvalidParameterException (parameterName `connectorName`) for an unknown connector
   */
  getConfigurationProperties(connectorName: string): Record<string, unknown> {
    const handler = this.#handler(connectorName);
    return (redact(handler.connectorConfig.connection.configurationProperties ?? {}) ?? {}) as Record<string, unknown>;
  }

  /**
   * Changes connectors' configuration properties (merged or replaced; in memory) and restarts them.
   * @param update - which connector (all when undefined), the properties, merge or replace
   * @param userId - who asked, for the audit log
   * @throws InvalidParameterException (parameterName `connectorName`) for an unknown connector
   */
  async updateConfigurationProperties(update: ConfigurationPropertiesUpdate, userId?: string): Promise<void> {
    const targets = this.#targets(update.connectorName);
    const properties = update.configurationProperties;
    await Promise.all(
      targets.map((handler) => {
        const connection = handler.connectorConfig.connection;
        const next =
          update.mergeUpdate === true
            ? { ...(connection.configurationProperties ?? {}), ...(properties ?? {}) }
            : properties;
        const cleared = next === undefined || Object.keys(next).length === 0;
        const { configurationProperties: _old, ...rest } = connection;
        const updated: Connection = cleared ? rest : { ...rest, configurationProperties: { ...next } };
        if (cleared) {
          this.#log(CODE.CONFIG_PROPS_CLEARED, [this.#user(userId), handler.connectorName, this.serverName]);
        } else {
          this.#log(CODE.CONFIG_PROPS_UPDATE, [
            this.#user(userId),
            handler.connectorName,
            this.serverName,
            Object.keys(properties ?? {}).join(', '),
          ]);
        }
        return handler.updateConnection(updated);
      }),
    );
  }

  /**
   * Sets the endpoint address of a connector's connection (in memory) and restarts it. A connection
   * without an endpoint is left as it is (audit message 0058), as Egeria does.
   * @throws InvalidParameterException for an unknown connector (`connectorName`) or an empty address (`networkAddress`)
   */
  async updateEndpointNetworkAddress(connectorName: string, networkAddress: string, userId?: string): Promise<void> {
    const handler = this.#handler(connectorName);
    if (typeof networkAddress !== 'string' || networkAddress.trim() === '') {
      throw badParameterError('networkAddress', 'a network address', String(networkAddress));
    }
    const connection = handler.connectorConfig.connection;
    if (connection.endpoint === undefined || connection.endpoint === null) {
      this.#log(CODE.NO_ENDPOINT_TO_UPDATE, [this.#user(userId), connectorName, this.serverName, networkAddress]);
      return;
    }
    this.#log(CODE.ENDPOINT_UPDATE, [this.#user(userId), connectorName, this.serverName, networkAddress]);
    await handler.updateConnection({ ...connection, endpoint: { ...connection.endpoint, address: networkAddress } });
  }

  /**
   * Replaces a connector's connection (in memory) and restarts it.
   * @throws InvalidParameterException for an unknown connector (`connectorName`) or a connection that is not an object (`connection`)
   */
  async updateConnectorConnection(connectorName: string, connection: Connection, userId?: string): Promise<void> {
    const handler = this.#handler(connectorName);
    if (typeof connection !== 'object' || connection === null || Array.isArray(connection)) {
      throw badParameterError('connection', 'a Connection object', connection === null ? 'null' : typeof connection);
    }
    this.#log(CODE.CONNECTION_UPDATE, [this.#user(userId), connectorName, this.serverName]);
    await handler.updateConnection(connection);
  }

  /**
   * True when the class (registered name or alias) is an integration connector that can run in the
   * service: its declared service is this one, or the service accepts its class.
   * @throws InvalidParameterException (parameterName `serviceURLMarker`) for an unknown service marker
   */
  validateConnector(serviceURLMarker: string, connectorProviderClassName: string): boolean {
    if (!(INTEGRATION_SERVICE_URL_MARKERS as readonly string[]).includes(serviceURLMarker)) {
      throw unknownServiceError(String(serviceURLMarker), this.serverName, INTEGRATION_SERVICE_URL_MARKERS);
    }
    const registered = this.registry.resolve(connectorProviderClassName);
    if (registered === undefined || !isIntegrationConnectorDefinition(registered.definition)) return false;
    const declared = registered.definition.serviceURLMarker;
    if (declared !== undefined) return declared === serviceURLMarker;
    const service = this.#services.get(serviceURLMarker);
    if (service === undefined) return true;
    try {
      // The service checks the class (its prototype chain); no instance is built.
      return service.supportsConnector(
        Object.create(registered.connectorClass.prototype as object) as IntegrationConnector,
      );
    } catch {
      return false;
    }
  }

  /**
   * Passes an OpenLineage run event (raw JSON text) to the lineage integrator service's
   * `publishOpenLineageEvent`, which hands it to the OpenLineage listeners of its connectors (none
   * listening: nothing happens, as in Egeria 5.2).
   * @throws EgeriaError "not supported" when the daemon's lineage-integrator service cannot publish OpenLineage events
   */
  async publishOpenLineageEvent(event: string): Promise<void> {
    const service = this.#services.get('lineage-integrator') as
      (IntegrationService & { publishOpenLineageEvent?: (event: string) => Promise<unknown> }) | undefined;
    if (typeof service?.publishOpenLineageEvent !== 'function') throw notSupportedError('OpenLineage events');
    await service.publishOpenLineageEvent(event);
  }

  // ------------------------------------------------------------------ internals

  #createHandlers(): void {
    const dryRunOption: unknown = this.#options.dryRun;
    if (dryRunOption !== undefined && typeof dryRunOption !== 'boolean') {
      throw badParameterError('dryRun', 'true or false', String(dryRunOption));
    }
    const settings = this.config.egeriaTs;
    const env: HandlerEnvironment = {
      daemonName: this.serverName,
      auditLog: this.#auditLog,
      registry: this.registry,
      container: this.#container,
      settings,
      timers: this.#timers,
      maxPageSize: this.config.maxPageSize,
      secretBaseDir: this.#baseDir(),
      ...(this.#options.env === undefined ? {} : { env: this.#options.env }),
      engagePauseMs: this.#options.engagePauseMs ?? DEFAULT_ENGAGE_PAUSE_MS,
      initializeTimeoutMs: (this.#options.initializeTimeoutSeconds ?? DEFAULT_INITIALIZE_TIMEOUT_SECONDS) * 1000,
      dryRun: this.dryRun,
      emit: (event, ...args) => this.#emitSafely(event, ...args),
    };
    for (const serviceConfig of this.#enabledServices()) {
      const partner = (): PartnerServerOptions =>
        partnerOptions(
          serviceConfig,
          this.#access ?? { userId: this.config.localServerUserId, rejectUnauthorized: true },
        );
      for (const connectorConfig of serviceConfig.integrationConnectorConfigs) {
        const handler = new ConnectorHandler(env, {
          serviceConfig,
          service: this.#services.get(serviceConfig.integrationServiceURLMarker),
          connectorConfig,
          partner,
        });
        this.#handlers.push(handler);
        if (!this.#handlersByName.has(connectorConfig.connectorName)) {
          this.#handlersByName.set(connectorConfig.connectorName, handler);
        }
      }
    }
    const refreshSeconds =
      this.#options.integrationGroupRefreshSeconds ??
      this.config.egeriaTs.integrationGroupRefreshSeconds ??
      DEFAULT_INTEGRATION_GROUP_REFRESH_SECONDS;
    if (typeof refreshSeconds !== 'number' || !Number.isFinite(refreshSeconds) || refreshSeconds < 0) {
      throw badParameterError('integrationGroupRefreshSeconds', 'a number of seconds >= 0', String(refreshSeconds));
    }
    for (const groupConfig of this.config.dynamicIntegrationGroupsConfig) {
      this.#groups.push(
        new IntegrationGroupHandler(
          {
            handlerEnv: env,
            services: this.#services,
            localServerUserId: this.config.localServerUserId,
            partner: (group) =>
              partnerOptions(
                group,
                this.#access ?? { userId: this.config.localServerUserId, rejectUnauthorized: true },
              ),
            refreshIntervalMs: refreshSeconds * 1000,
            listensForChanges:
              this.#options.integrationGroupEvents ?? this.config.egeriaTs.integrationGroupEvents ?? true,
          },
          groupConfig,
        ),
      );
    }
  }

  #enabledServices(): IntegrationServiceConfig[] {
    return this.config.integrationServicesConfig.filter((s) => s.integrationServiceOperationalStatus !== 'DISABLED');
  }

  #baseDir(): string {
    return this.#options.baseDir ?? process.cwd();
  }

  async #prepare(): Promise<void> {
    const settings = this.config.egeriaTs;
    if (settings.isolation !== 'in-process') {
      this.#log(DAEMON_RUNTIME_AUDIT_CODE.ISOLATION_NOT_SUPPORTED, [settings.isolation]);
    }
    const problems = [];
    if (this.#options.loadModules !== false || this.#options.discoverPackages !== false) {
      const result = loadConnectorModules({
        modules: this.#options.loadModules === false ? [] : settings.modules,
        baseDir: this.#baseDir(),
        scanDirs: [process.cwd()],
        scanPackages: this.#options.discoverPackages !== false,
      });
      this.#loadedModules = result.loaded;
      for (const loaded of result.loaded) {
        this.#log(DAEMON_RUNTIME_AUDIT_CODE.MODULE_LOADED, [loaded.module, loaded.source]);
      }
      for (const skipped of result.skipped) {
        this.#log(DAEMON_RUNTIME_AUDIT_CODE.MODULE_SKIPPED, [skipped.path, skipped.got]);
      }
      problems.push(...result.problems);
    }
    const { access, problems: secretProblems } = await resolvePlatformAccess(this.config, {
      baseDir: this.#baseDir(),
      ...(this.#options.env === undefined ? {} : { env: this.#options.env }),
    });
    problems.push(...secretProblems);
    if (problems.length > 0) throw new DaemonConfigError(problems);
    this.#access = access;
    if (!access.rejectUnauthorized) this.#log(DAEMON_RUNTIME_AUDIT_CODE.TLS_VERIFICATION_OFF, []);
    this.#attachProcessHandlers();
  }

  #attachProcessHandlers(): void {
    const processEvents: ProcessEvents = this.#options.process ?? (process as unknown as ProcessEvents);
    if (this.#options.handleUnhandledRejections === true) {
      this.#detach.push(attachRejectionRouter(processEvents, (reason) => this.#onHostRejection(reason)));
    }
    if (this.#options.handleSignals === true) {
      for (const signal of ['SIGINT', 'SIGTERM']) {
        const listener = (): void => {
          this.#log(DAEMON_RUNTIME_AUDIT_CODE.SIGNAL_RECEIVED, [signal]);
          void this.stop();
        };
        processEvents.on(signal, listener);
        this.#detach.push(() => processEvents.off(signal, listener));
      }
    }
  }

  #detachAll(): void {
    for (const detach of this.#detach.splice(0)) detach();
  }

  #onHostRejection(reason: unknown): void {
    const error = redactError(reason);
    this.#auditLog.logException('unhandledRejection', DAEMON_RUNTIME_AUDIT_CODE.HOST_UNHANDLED_REJECTION, reason, [
      error.name,
      error.message,
    ]);
    this.#emitSafely('unhandledRejection', {
      serverName: this.serverName,
      message: error.message,
      time: new Date(this.#timers.now()),
    });
  }

  async #stop(): Promise<void> {
    const wasStarted = this.#state !== 'created';
    this.#state = 'stopping';
    const budgetMs = this.config.egeriaTs.shutdownTimeoutSeconds * 1000;
    if (wasStarted) {
      this.#log(CODE.SERVER_SHUTTING_DOWN, [this.serverName]);
      this.#emitSafely('daemonStopping', this.#lifecycleEvent());
      // Connectors share the budget; a little is kept for closing the services.
      await Promise.all([
        ...this.#handlers.map((h) => h.stop(budgetMs * 0.9)),
        ...this.#groups.map((g) => g.stop(budgetMs * 0.9)),
      ]);
      await Promise.all(
        [...this.#services.values()].map((service) =>
          typeof service.close === 'function'
            ? settlesWithin(
                this.#timers,
                Promise.resolve().then(() => service.close?.()),
                budgetMs * 0.1,
              )
            : Promise.resolve(true),
        ),
      );
    }
    this.#detachAll();
    this.#state = 'stopped';
    if (wasStarted) {
      this.#log(CODE.SERVER_SHUTDOWN, [this.serverName]);
      this.#emitSafely('daemonStopped', this.#lifecycleEvent());
    }
    await this.#ownLogger?.flush();
  }

  #lifecycleEvent(): DaemonLifecycleEvent {
    return { serverName: this.serverName, time: new Date(this.#timers.now()) };
  }

  #emitSafely<K extends keyof IntegrationDaemonEvents>(event: K, ...args: IntegrationDaemonEvents[K]): void {
    try {
      (this.emit as (event: K, ...args: IntegrationDaemonEvents[K]) => boolean)(event, ...args);
    } catch (error) {
      this.#auditLog.logException('emit', DAEMON_RUNTIME_AUDIT_CODE.LISTENER_FAILED, error, [
        event,
        redactError(error).message,
      ]);
    }
  }

  #log(definition: MessageDefinition, inserts: readonly unknown[]): void {
    this.#auditLog.logMessage(this.serverName, definition, inserts, { serverName: this.serverName });
  }

  #user(userId: string | undefined): string {
    return userId ?? this.config.localServerUserId;
  }

  /** A connector by name: a static one first, then those of the groups in configuration order. */
  #handler(connectorName: string): ConnectorHandler {
    let handler = typeof connectorName === 'string' ? this.#handlersByName.get(connectorName) : undefined;
    if (handler === undefined && typeof connectorName === 'string') {
      handler = this.#allHandlers().find((h) => h.connectorName === connectorName);
    }
    if (handler === undefined) {
      throw unknownConnectorError(String(connectorName), this.serverName, this.connectorNames());
    }
    return handler;
  }

  #targets(connectorName: string | undefined): ConnectorHandler[] {
    return connectorName === undefined ? [...this.#allHandlers()] : [this.#handler(connectorName)];
  }

  #group(groupName: string): IntegrationGroupHandler {
    const group = this.#groups.find((g) => g.groupName === groupName);
    if (group === undefined) {
      throw unknownGroupError(
        String(groupName),
        this.serverName,
        this.#groups.map((g) => g.groupName),
      );
    }
    return group;
  }

  #serviceTargets(serviceURLMarker: string, connectorName: string | undefined): ConnectorHandler[] {
    const configured = this.config.integrationServicesConfig.map((s) => s.integrationServiceURLMarker as string);
    if (!configured.includes(serviceURLMarker)) {
      throw unknownServiceError(String(serviceURLMarker), this.serverName, configured);
    }
    const inService = this.#handlers.filter((h) => h.serviceURLMarker === serviceURLMarker);
    if (connectorName === undefined) return inService;
    const handler = inService.find((h) => h.connectorName === connectorName);
    if (handler === undefined) {
      throw unknownConnectorError(
        connectorName,
        this.serverName,
        inService.map((h) => h.connectorName),
      );
    }
    return [handler];
  }
}
