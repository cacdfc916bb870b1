/**
 * One integration group of the daemon (Egeria 5.2's IntegrationGroupHandler and
 * GroupConfigurationRefreshThread): reads the group and its registered connectors from open
 * metadata, starts new connectors, updates changed ones (a restart of that connector only when its
 * definition needs one, its schedule in place otherwise), stops removed ones, and reads again when
 * the Governance Server out topic announces a change (the whole group, or just the connector the
 * event names), on a timer, on request, and sooner after a failed read.
 */
import {
  IntegrationConnectorStatus,
  InvalidParameterException,
  PermittedSynchronization,
  redactConnection,
  redactError,
  type AuditLog,
  type IntegrationService,
  type IntegrationServiceDescription,
  type MessageDefinition,
  type PartnerServerOptions,
} from '@egeria-ts/core';
import type { RegisteredIntegrationConnectorElement } from '@egeria-ts/omas-client';
import type { IntegrationConnectorReport, IntegrationGroupSummary } from '../admin/status-beans';
import type { IntegrationGroupConfig } from '../config/daemon-config';
import { Backoff } from '../runtime/backoff';
import { ConnectorHandler, type HandlerEnvironment, type HandlerMode } from '../runtime/connector-handler';
import { DAEMON_RUNTIME_AUDIT_CODE, INTEGRATION_DAEMON_AUDIT_CODE as CODE } from '../runtime/daemon-audit-codes';
import type { GroupRefreshReason } from '../runtime/daemon-events';
import { settlesWithin, type DaemonTimerHandle } from '../runtime/daemon-timers';
import { GroupChangeListener } from './group-change-listener';
import { isoDate } from '../runtime/iso-date';
import type { RuntimeConnectorConfig } from '../runtime/runtime-connector-config';
import {
  compareGroupConnectors,
  groupConnectorConfig,
  readGroupConnector,
  type GroupConnectorDefinition,
  type GroupConnectorReading,
} from './group-connector-definition';
import {
  GovernanceConfigurationGroupSource,
  type GovernanceConfigurationGroupSourceOptions,
  type IntegrationGroupSource,
} from './group-config-source';
import { groupServiceConfig, selectGroupService, type GroupServiceSelection } from './group-service-selection';

/** What a group shares with its daemon. @internal */
export interface GroupEnvironment {
  /** What the group's connector handlers share with the daemon. */
  readonly handlerEnv: HandlerEnvironment;
  /** The integration services the daemon can run connectors in, by URL marker. */
  readonly services: ReadonlyMap<string, IntegrationService>;
  /** The daemon's `localServerUserId`: the group is read as this user, and it is the default connector user. */
  readonly localServerUserId: string;
  /** The group's metadata access server and how to authenticate to it (known once the daemon has resolved its secrets). */
  readonly partner: (group: IntegrationGroupConfig) => PartnerServerOptions;
  /** Milliseconds between reads of the group (0: at start and on request only). */
  readonly refreshIntervalMs: number;
  /** Builds the source the group is read from (default: the governance configuration framework service). */
  readonly createSource?: (options: GovernanceConfigurationGroupSourceOptions) => IntegrationGroupSource;
  /** Whether the group listens to the Governance Server out topic for changes. */
  readonly listensForChanges: boolean;
  /**
   * Milliseconds the first read of the group waits for its change listener to be in place (so
   * that no change made after the daemon started is missed); default 2000.
   */
  readonly listenerWaitMs?: number;
}

/** One registered connector of the group: running, or held back because no service runs its class. */
interface GroupConnectorEntry {
  definition: GroupConnectorDefinition;
  handler?: ConnectorHandler;
  description?: IntegrationServiceDescription;
  unresolved?: { reason: string; since: Date };
}

/** What one read of the group changed. */
interface GroupRefreshOutcome {
  readonly added: string[];
  readonly restarted: string[];
  readonly updated: string[];
  readonly removed: string[];
  readonly skipped: string[];
}

/** The group's handler. @internal */
export class IntegrationGroupHandler {
  readonly #env: GroupEnvironment;
  readonly #config: IntegrationGroupConfig;
  readonly #auditLog: AuditLog;
  readonly #backoff: Backoff;
  readonly #entries = new Map<string, GroupConnectorEntry>();
  /** GUIDs of incomplete registrations already reported, so each is reported once. */
  readonly #incomplete = new Set<string>();
  #source?: IntegrationGroupSource;
  #groupGUID?: string;
  #description?: string;
  #lastReadFailed = false;
  #running?: Promise<void>;
  #queued?: Promise<void>;
  #timer?: DaemonTimerHandle;
  #readController?: AbortController;
  #listener?: GroupChangeListener;
  /** Connectors to read again once the read under way ends. */
  readonly #pendingConnectors = new Set<string>();
  #connectorDrain?: Promise<void>;
  #readsStarted = 0;
  #started = false;
  #stopped = false;
  /** `once`: the group is read at start only and its connectors refresh once. */
  mode: HandlerMode = 'continuous';

  constructor(env: GroupEnvironment, config: IntegrationGroupConfig) {
    this.#env = env;
    this.#config = config;
    this.#auditLog = env.handlerEnv.auditLog.createChild(`IntegrationGroup:${config.integrationGroupQualifiedName}`);
    this.#backoff = new Backoff(env.handlerEnv.settings.restartPolicy, env.handlerEnv.timers.random);
  }

  /** The group's qualified name. */
  get groupName(): string {
    return this.#config.integrationGroupQualifiedName;
  }

  /** The handlers of the group's running connectors, in registration order. */
  handlers(): ConnectorHandler[] {
    const handlers: ConnectorHandler[] = [];
    for (const entry of this.#entries.values()) if (entry.handler !== undefined) handlers.push(entry.handler);
    return handlers;
  }

  /** The group's connector reports: running connectors, and those no service of the daemon runs (CONFIG_FAILED). */
  reports(): IntegrationConnectorReport[] {
    return [...this.#entries.values()].map((entry) => entry.handler?.report() ?? this.#unresolvedReport(entry));
  }

  /** The group's summary (Egeria's `IntegrationGroupSummary`). */
  summary(): IntegrationGroupSummary {
    const summary: IntegrationGroupSummary = {
      integrationGroupName: this.groupName,
      integrationGroupStatus: this.#status(),
    };
    if (this.#groupGUID !== undefined) summary.integrationGroupGUID = this.#groupGUID;
    if (this.#description !== undefined) summary.integrationGroupDescription = this.#description;
    const reports = this.reports();
    if (reports.length > 0) summary.integrationConnectorReports = reports;
    return summary;
  }

  /**
   * Starts listening for changes, then reads the group for the first time (a failure is logged and
   * retried, not thrown). In `once` mode the group is only read.
   */
  async start(): Promise<void> {
    if (this.#started || this.#stopped) return;
    this.#started = true;
    if (this.mode !== 'once' && this.#env.listensForChanges) {
      const listener = this.#createListener();
      this.#listener = listener;
      await settlesWithin(this.#env.handlerEnv.timers, listener.start(), this.#env.listenerWaitMs ?? 2000);
    }
    await this.refreshConfig('start').catch(() => undefined);
  }

  /**
   * Reads one connector's registration with the group again and applies it alone (Egeria's
   * `refreshConnectorConfig`): started when newly registered, updated or restarted when changed,
   * stopped when no longer registered or deleted; nothing happens for a connector of another
   * group. During a read, the connector is read once that read ends. When the group has not been
   * read successfully yet, or the connector cannot be read, the whole group is read instead.
   */
  refreshConnectorConfig(connectorGUID: string): Promise<void> {
    if (this.#stopped) return Promise.resolve();
    if (this.#groupGUID === undefined || this.#lastReadFailed) return this.refreshConfig('event');
    // A read of the whole group is to come: it will see the change.
    if (this.#queued !== undefined) return this.#queued;
    if (this.#running !== undefined) {
      // The read under way may have missed the change: read the connector once it ends.
      this.#pendingConnectors.add(connectorGUID);
      this.#connectorDrain ??= this.#running
        .catch(() => undefined)
        .then(() => {
          this.#connectorDrain = undefined;
          const guids = [...this.#pendingConnectors];
          this.#pendingConnectors.clear();
          return guids.reduce<Promise<void>>(
            (previous, guid) => previous.then(() => this.refreshConnectorConfig(guid)).catch(() => undefined),
            Promise.resolve(),
          );
        });
      return this.#connectorDrain;
    }
    const run = this.#refreshConnectorOnce(this.#groupGUID, connectorGUID).finally(() => {
      if (this.#running === run) this.#running = undefined;
    });
    this.#running = run;
    return run;
  }

  /**
   * Reads the group's configuration now and applies it; a request during a read runs once after
   * it. Resolves once new connectors are initialized, changed ones restarted (initialized) or
   * updated, and removed ones stopped.
   * @throws PropertyServerException (`INTEGRATION-DAEMON-SERVICES-400-032`) when the server has no such group
   * @throws what the server or transport reported, when the group could not be read
   */
  refreshConfig(reason: GroupRefreshReason = 'request'): Promise<void> {
    if (this.#stopped) return Promise.resolve();
    if (this.#running === undefined) {
      const run = this.#refreshOnce(reason).finally(() => {
        if (this.#running === run) this.#running = undefined;
      });
      this.#running = run;
      return run;
    }
    if (this.#queued === undefined) {
      const queued = this.#running
        .catch(() => undefined)
        .then(() => {
          this.#queued = undefined;
          return this.refreshConfig(reason);
        });
      this.#queued = queued;
    }
    return this.#queued;
  }

  /**
   * Stops the group within `budgetMs`: no further reads (one in progress is abandoned), and every
   * connector of the group stopped.
   */
  async stop(budgetMs: number): Promise<void> {
    if (this.#stopped) return;
    this.#stopped = true;
    this.#clearTimer();
    this.#pendingConnectors.clear();
    this.#readController?.abort();
    if (this.#started) this.#log(CODE.GROUP_SHUTDOWN, [this.groupName, this.#env.handlerEnv.daemonName]);
    const timers = this.#env.handlerEnv.timers;
    await Promise.all([
      ...this.handlers().map((h) => h.stop(budgetMs)),
      this.#listener?.stop(Math.min(1000, budgetMs / 10)),
    ]);
    if (this.#running !== undefined) await settlesWithin(timers, this.#running, Math.min(1000, budgetMs / 10));
    await this.#source?.close().catch(() => undefined);
  }

  // ------------------------------------------------------------------ reading

  async #refreshOnce(reason: GroupRefreshReason): Promise<void> {
    if (this.#stopped) return;
    this.#clearTimer();
    this.#readsStarted++;
    this.#log(CODE.GROUP_CONFIG_REFRESH_STARTED, [this.groupName]);
    const controller = new AbortController();
    this.#readController = controller;
    let reading;
    try {
      reading = await this.#sourceOf().read(controller.signal);
    } catch (error) {
      if (this.#readController === controller) this.#readController = undefined;
      if (this.#stopped) return;
      this.#lastReadFailed = true;
      if ((error as { messageId?: string }).messageId === 'INTEGRATION-DAEMON-SERVICES-400-032') {
        this.#groupGUID = undefined;
        this.#description = undefined;
      }
      const redacted = redactError(error);
      this.#auditLog.logException('refreshConfig', CODE.INTEGRATION_GROUP_NO_CONFIG, error, [
        this.groupName,
        redacted.name,
        redacted.message,
      ]);
      const retryInMs = this.#scheduleNext(false);
      this.#env.handlerEnv.emit('integrationGroupRefreshFailed', {
        serverName: this.#env.handlerEnv.daemonName,
        integrationGroupName: this.groupName,
        time: new Date(this.#env.handlerEnv.timers.now()),
        reason,
        message: redacted.message,
        ...(retryInMs === undefined ? {} : { retryInMs }),
      });
      throw error;
    }
    if (this.#readController === controller) this.#readController = undefined;
    if (this.#stopped) return;
    this.#lastReadFailed = false;
    const groupGUID = reading.group.elementHeader.guid;
    this.#groupGUID = groupGUID;
    this.#description = reading.group.properties?.description;
    const outcome = await this.#apply(reading.registrations);
    if (this.#stopped) return;
    this.#log(CODE.GROUP_CONFIG_REFRESH_COMPLETE, [this.groupName]);
    this.#scheduleNext(true);
    this.#env.handlerEnv.emit('integrationGroupRefreshed', {
      serverName: this.#env.handlerEnv.daemonName,
      integrationGroupName: this.groupName,
      integrationGroupGUID: groupGUID,
      time: new Date(this.#env.handlerEnv.timers.now()),
      reason,
      ...outcome,
    });
  }

  #createListener(): GroupChangeListener {
    const handlerEnv = this.#env.handlerEnv;
    return new GroupChangeListener({
      groupName: this.groupName,
      daemonName: handlerEnv.daemonName,
      serverName: () => this.#env.partner(this.#config).serverName,
      callerId: `${handlerEnv.daemonName}:${this.groupName}`,
      source: () => this.#sourceOf(),
      groupGUID: () => this.#groupGUID,
      timers: handlerEnv.timers,
      backoff: new Backoff(handlerEnv.settings.restartPolicy, handlerEnv.timers.random),
      auditLog: this.#auditLog,
      onGroupChanged: () => void this.refreshConfig('event').catch(() => undefined),
      onConnectorChanged: (guid) => void this.refreshConnectorConfig(guid).catch(() => undefined),
      // Listening again (or for the first time after the first read began): catch up on what may have been missed.
      onListening: () => {
        if (this.#readsStarted > 0) void this.refreshConfig('event').catch(() => undefined);
      },
    });
  }

  async #refreshConnectorOnce(groupGUID: string, connectorGUID: string): Promise<void> {
    if (this.#stopped) return;
    const controller = new AbortController();
    this.#readController = controller;
    let element: RegisteredIntegrationConnectorElement | undefined;
    try {
      element = await this.#sourceOf().readConnector(groupGUID, connectorGUID, controller.signal);
    } catch (error) {
      if (this.#readController === controller) this.#readController = undefined;
      if (this.#stopped) return;
      // An unknown connector GUID: the connector was deleted, so it is registered nowhere.
      if (!(error instanceof InvalidParameterException && error.relatedHTTPCode === 404)) {
        this.#connectorReadFailed(connectorGUID, error);
        return;
      }
    }
    if (this.#readController === controller) this.#readController = undefined;
    if (this.#stopped) return;
    const known = [...this.#entries.values()].some((entry) => entry.definition.connectorGUID === connectorGUID);
    // Not registered with this group, and not run by it: the event is about another group.
    if (element === undefined && !known && !this.#incomplete.has(connectorGUID)) return;
    const outcome: GroupRefreshOutcome = { added: [], restarted: [], updated: [], removed: [], skipped: [] };
    await this.#applyConnector(connectorGUID, element, outcome);
    if (this.#stopped) return;
    this.#env.handlerEnv.emit('integrationGroupRefreshed', {
      serverName: this.#env.handlerEnv.daemonName,
      integrationGroupName: this.groupName,
      integrationGroupGUID: groupGUID,
      time: new Date(this.#env.handlerEnv.timers.now()),
      reason: 'event',
      integrationConnectorGUID: connectorGUID,
      ...outcome,
    });
  }

  /** Logs a connector that could not be read (0054) and reads the whole group once this read has ended. */
  #connectorReadFailed(connectorGUID: string, error: unknown): void {
    const redacted = redactError(error);
    this.#auditLog.logException('refreshConnectorConfig', CODE.CONNECTOR_CHANGE_FAILED, error, [
      connectorGUID,
      redacted.name,
      redacted.message,
    ]);
    // With the retries of a failed read, should the server be away.
    void this.refreshConfig('event').catch(() => undefined);
  }

  #sourceOf(): IntegrationGroupSource {
    if (this.#source === undefined) {
      const options: GovernanceConfigurationGroupSourceOptions = {
        groupName: this.groupName,
        daemonName: this.#env.handlerEnv.daemonName,
        userId: this.#env.localServerUserId,
        maxPageSize: this.#env.handlerEnv.maxPageSize,
        partner: this.#env.partner(this.#config),
      };
      this.#source = this.#env.createSource?.(options) ?? new GovernanceConfigurationGroupSource(options);
    }
    return this.#source;
  }

  /** Schedules the next read; returns its delay (undefined when none). */
  #scheduleNext(ok: boolean): number | undefined {
    if (this.#stopped || this.mode === 'once') return undefined;
    const interval = this.#env.refreshIntervalMs;
    let delay: number | undefined;
    if (ok) {
      this.#backoff.reset();
      delay = interval > 0 ? interval : undefined;
    } else {
      const backoff = this.#backoff.next();
      delay = interval > 0 ? Math.min(backoff, interval) : backoff;
    }
    if (delay === undefined) return undefined;
    this.#clearTimer();
    this.#timer = this.#env.handlerEnv.timers.setTimeout(() => {
      this.#timer = undefined;
      this.refreshConfig('schedule').catch(() => undefined);
    }, delay);
    return delay;
  }

  #clearTimer(): void {
    if (this.#timer !== undefined) this.#env.handlerEnv.timers.clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  // ------------------------------------------------------------------ applying

  async #apply(registrations: readonly RegisteredIntegrationConnectorElement[]): Promise<GroupRefreshOutcome> {
    const outcome: GroupRefreshOutcome = { added: [], restarted: [], updated: [], removed: [], skipped: [] };
    const seen = new Set<string>();
    const incompleteNow = new Set<string>();
    const work: Promise<void>[] = [];
    for (const element of registrations) {
      const reading = readGroupConnector(element);
      if (!reading.ok) {
        // As in Egeria 5.2, an incomplete element counts as not registered (it may be under construction).
        incompleteNow.add(this.#incompleteReading(reading, outcome));
        continue;
      }
      const definition = reading.definition;
      if (seen.has(definition.connectorId)) continue;
      seen.add(definition.connectorId);
      const entry = this.#entries.get(definition.connectorId);
      work.push(
        this.#guard(
          definition,
          entry === undefined ? this.#add(definition, outcome) : this.#update(entry, definition, outcome),
        ),
      );
    }
    for (const key of [...this.#incomplete]) if (!incompleteNow.has(key)) this.#incomplete.delete(key);
    for (const [connectorId, entry] of [...this.#entries]) {
      if (!seen.has(connectorId)) work.push(this.#guard(entry.definition, this.#remove(connectorId, entry, outcome)));
    }
    await Promise.all(work);
    // Reports follow the order the server returned the registrations in.
    const ordered = [...seen].flatMap((id) => {
      const entry = this.#entries.get(id);
      return entry === undefined ? [] : [[id, entry] as const];
    });
    this.#entries.clear();
    for (const [id, entry] of ordered) this.#entries.set(id, entry);
    return outcome;
  }

  /**
   * Applies one connector's registration as read on its own: a new connector starts, a changed one
   * is updated or restarted, and one no longer registered (or now incomplete) stops. The group's
   * other connectors are not touched.
   */
  async #applyConnector(
    connectorGUID: string,
    element: RegisteredIntegrationConnectorElement | undefined,
    outcome: GroupRefreshOutcome,
  ): Promise<void> {
    const reading = element === undefined ? undefined : readGroupConnector(element);
    const current = [...this.#entries].filter(([, entry]) => entry.definition.connectorGUID === connectorGUID);
    const work: Promise<void>[] = [];
    let keep: string | undefined;
    if (reading?.ok === true) {
      this.#incomplete.delete(connectorGUID);
      const definition = reading.definition;
      keep = definition.connectorId;
      const entry = this.#entries.get(definition.connectorId);
      work.push(
        this.#guard(
          definition,
          entry === undefined ? this.#add(definition, outcome) : this.#update(entry, definition, outcome),
        ),
      );
    } else if (reading !== undefined) {
      this.#incompleteReading(reading, outcome);
    } else {
      this.#incomplete.delete(connectorGUID);
    }
    for (const [connectorId, entry] of current) {
      if (connectorId !== keep) work.push(this.#guard(entry.definition, this.#remove(connectorId, entry, outcome)));
    }
    await Promise.all(work);
  }

  /** Notes an incomplete registration (logged once until it is complete); returns its key. */
  #incompleteReading(reading: Extract<GroupConnectorReading, { ok: false }>, outcome: GroupRefreshOutcome): string {
    const key = reading.connectorGUID ?? '(no GUID)';
    outcome.skipped.push(key);
    if (!this.#incomplete.has(key)) {
      this.#incomplete.add(key);
      this.#log(DAEMON_RUNTIME_AUDIT_CODE.GROUP_CONNECTOR_INCOMPLETE, [key, this.groupName, reading.missing]);
    }
    return key;
  }

  /** Logs a change that could not be applied (0054); the others go on. */
  #guard(definition: GroupConnectorDefinition, change: Promise<void>): Promise<void> {
    return change.catch((error: unknown) => {
      const redacted = redactError(error);
      this.#auditLog.logException('refreshConfig', CODE.CONNECTOR_CHANGE_FAILED, error, [
        definition.connectorName,
        redacted.name,
        redacted.message,
      ]);
    });
  }

  async #add(definition: GroupConnectorDefinition, outcome: GroupRefreshOutcome): Promise<void> {
    if (this.#stopped) return;
    const selection = this.#select(definition);
    if (!selection.ok) {
      this.#entries.set(definition.connectorId, { definition, unresolved: this.#unresolved(definition, selection) });
      outcome.skipped.push(definition.connectorGUID);
      return;
    }
    const handler = this.#createHandler(definition, selection.description, selection.service);
    this.#entries.set(definition.connectorId, { definition, handler, description: selection.description });
    this.#log(DAEMON_RUNTIME_AUDIT_CODE.GROUP_CONNECTOR_ADDED, [
      definition.connectorName,
      this.groupName,
      selection.description.fullName,
    ]);
    outcome.added.push(definition.connectorName);
    await handler.start();
  }

  async #update(
    entry: GroupConnectorEntry,
    definition: GroupConnectorDefinition,
    outcome: GroupRefreshOutcome,
  ): Promise<void> {
    if (this.#stopped) return;
    const running = entry.handler;
    if (running === undefined) {
      // Held back: its class may have been registered (or its definition corrected) since.
      const selection = this.#select(definition);
      if (!selection.ok) {
        const changed = compareGroupConnectors(entry.definition, definition).restart.length > 0;
        entry.definition = definition;
        if (changed || entry.unresolved?.reason !== selection.reason) {
          entry.unresolved = this.#unresolved(definition, selection);
        }
        outcome.skipped.push(definition.connectorGUID);
        return;
      }
      entry.definition = definition;
      entry.unresolved = undefined;
      entry.description = selection.description;
      entry.handler = this.#createHandler(definition, selection.description, selection.service);
      this.#log(DAEMON_RUNTIME_AUDIT_CODE.GROUP_CONNECTOR_ADDED, [
        definition.connectorName,
        this.groupName,
        selection.description.fullName,
      ]);
      outcome.added.push(definition.connectorName);
      await entry.handler.start();
      return;
    }

    const changes = compareGroupConnectors(entry.definition, definition);
    if (changes.restart.length === 0 && changes.inPlace.length === 0) return;
    entry.definition = definition;
    if (changes.restart.length === 0) {
      this.#log(DAEMON_RUNTIME_AUDIT_CODE.GROUP_CONNECTOR_UPDATED, [
        definition.connectorName,
        this.groupName,
        changes.inPlace.join(', '),
      ]);
      outcome.updated.push(definition.connectorName);
      running.updateSchedule({
        ...(definition.refreshTimeInterval === undefined
          ? {}
          : { refreshTimeInterval: definition.refreshTimeInterval }),
        ...(definition.startDate === undefined ? {} : { startDate: definition.startDate }),
        ...(definition.stopDate === undefined ? {} : { stopDate: definition.stopDate }),
      });
      return;
    }

    this.#log(DAEMON_RUNTIME_AUDIT_CODE.GROUP_CONNECTOR_RESTARTED, [
      definition.connectorName,
      this.groupName,
      [...changes.restart, ...changes.inPlace].join(', '),
    ]);
    outcome.restarted.push(definition.connectorName);
    const selection = changes.restart.includes('connection') ? this.#select(definition) : undefined;
    if (selection !== undefined && !selection.ok) {
      // Its new class runs in no service of this daemon: it stops and is held back.
      entry.handler = undefined;
      entry.description = undefined;
      entry.unresolved = this.#unresolved(definition, selection);
      outcome.skipped.push(definition.connectorGUID);
      await running.stop(this.#stopBudgetMs());
      return;
    }
    const description = selection?.ok === true ? selection.description : entry.description;
    const service = selection?.ok === true ? selection.service : this.#env.services.get(running.serviceURLMarker);
    if (
      description !== undefined &&
      service !== undefined &&
      (description.marker !== running.serviceURLMarker || changes.restart.includes('connectorName'))
    ) {
      // Another service, or another name (the connector's audit log and context carry its name): a new handler.
      const handler = this.#createHandler(definition, description, service);
      entry.handler = handler;
      entry.description = description;
      await running.stop(this.#stopBudgetMs());
      if (this.#stopped) return;
      await handler.start();
      return;
    }
    await running.reconfigure(this.#runtimeConfig(definition, description ?? entry.description));
  }

  async #remove(connectorId: string, entry: GroupConnectorEntry, outcome: GroupRefreshOutcome): Promise<void> {
    this.#entries.delete(connectorId);
    const handler = entry.handler;
    if (handler === undefined) return;
    this.#log(DAEMON_RUNTIME_AUDIT_CODE.GROUP_CONNECTOR_REMOVED, [entry.definition.connectorName, this.groupName]);
    outcome.removed.push(entry.definition.connectorName);
    await handler.stop(this.#stopBudgetMs());
  }

  #select(definition: GroupConnectorDefinition): GroupServiceSelection {
    return selectGroupService(this.#env.handlerEnv.registry, this.#env.services, definition.connectorProviderClassName);
  }

  #unresolved(
    definition: GroupConnectorDefinition,
    selection: Extract<GroupServiceSelection, { ok: false }>,
  ): { reason: string; since: Date } {
    this.#log(CODE.UNKNOWN_CONNECTOR_INTERFACE, [
      definition.connectorGUID,
      definition.connectorName,
      definition.connectorProviderClassName,
      selection.reason,
    ]);
    return { reason: selection.reason, since: new Date(this.#env.handlerEnv.timers.now()) };
  }

  #createHandler(
    definition: GroupConnectorDefinition,
    description: IntegrationServiceDescription,
    service: IntegrationService,
  ): ConnectorHandler {
    const serviceConfig = groupServiceConfig(description, this.#config);
    const handler = new ConnectorHandler(this.#env.handlerEnv, {
      serviceConfig,
      service,
      connectorConfig: this.#runtimeConfig(definition, description),
      partner: () => this.#env.partner(this.#config),
      owner: `group:${this.groupName}`,
    });
    handler.mode = this.mode;
    return handler;
  }

  #runtimeConfig(
    definition: GroupConnectorDefinition,
    description: IntegrationServiceDescription | undefined,
  ): RuntimeConnectorConfig {
    return groupConnectorConfig(definition, {
      localServerUserId: this.#env.localServerUserId,
      permittedSynchronization:
        definition.permittedSynchronization ??
        description?.defaultPermittedSynchronization ??
        PermittedSynchronization.BOTH_DIRECTIONS,
    });
  }

  #stopBudgetMs(): number {
    return this.#env.handlerEnv.settings.shutdownTimeoutSeconds * 1000;
  }

  // ------------------------------------------------------------------ status

  #status(): NonNullable<IntegrationGroupSummary['integrationGroupStatus']> {
    if (this.handlers().length > 0) return 'RUNNING';
    if (this.#lastReadFailed) return 'FAILED';
    if (this.#groupGUID !== undefined) return 'CONFIGURING';
    return 'ASSIGNED';
  }

  #unresolvedReport(entry: GroupConnectorEntry): IntegrationConnectorReport {
    const { definition } = entry;
    const report: IntegrationConnectorReport = {
      connectorId: definition.connectorId,
      connectorGUID: definition.connectorGUID,
      connectorName: definition.connectorName,
      connection: redactConnection(definition.connection),
      connectorStatus: IntegrationConnectorStatus.CONFIG_FAILED,
      failingExceptionMessage: `No integration service of this daemon runs class ${definition.connectorProviderClassName}: ${entry.unresolved?.reason ?? 'unknown'}`,
    };
    if (entry.unresolved !== undefined) report.lastStatusChange = isoDate(entry.unresolved.since);
    return report;
  }

  #log(definition: MessageDefinition, inserts: readonly unknown[]): void {
    this.#auditLog.logMessage('refreshConfig', definition, inserts, {
      serverName: this.#env.handlerEnv.daemonName,
      integrationGroupName: this.groupName,
    });
  }
}
