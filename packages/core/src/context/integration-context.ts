import type { AuditLog } from '../audit/audit-log';
import type { MessageDefinition } from '../audit/message-definition';
import { describeValue } from '../connection/configuration-properties';
import type { DeleteMethod } from '../enums/delete-method';
import { PermittedSynchronization } from '../enums/permitted-synchronization';
import {
  IllegalStateError,
  InvalidParameterException,
  PropertyServerException,
  UserNotAuthorizedException,
} from '../errors/exceptions';
import { ActivityReportRecorder, type ElementChangeKind } from './activity-report-recorder';
import type { CatalogTarget, CatalogTargetProperties } from './catalog-target';
import type { CatalogTargetStore } from './catalog-target-store';
import { CONTEXT_ERROR_CODE } from './context-messages';
import { isDryRunGUID, newDryRunGUID, type RecordedWrite } from './dry-run';
import { elementShouldBeCatalogued } from './element-filter';
import type { IntegrationContextOptions } from './integration-context-options';
import { checkContextOptions, type CheckedContextOptions } from './check-context-options';
import type { IntegrationReport } from './integration-report';
import { samePage } from './same-page';
import { WriteTarget } from './write-target';
import type { ConnectorRegistry } from '../registry/connector-registry';

/** Describes the change a {@link IntegrationContext.write} makes, so that it is counted in the activity report. */
export interface ElementChange<T> {
  /** Created, updated or deleted. */
  readonly kind: ElementChangeKind;
  /** The open metadata type name of the element, such as `DeployedDatabaseSchema`. */
  readonly typeName: string;
  /** The element's GUID, or a function that finds it in the result (for a create, the new GUID). */
  readonly guid: string | ((result: T) => string | undefined);
  /** The element's qualified name, when the caller knows it: shown in a dry run's plan. */
  readonly qualifiedName?: string;
}

/** Per-call options of {@link IntegrationContext.write}. */
export interface WriteOptions<T> {
  /**
   * In a dry run, builds the result that `write` returns instead of the server's, from a placeholder
   * GUID (`dry-run:<uuid>`). Needed when the result is not the new element's GUID (a list of GUIDs,
   * or a GUID that an update returns). Default: for a create, the placeholder GUID itself; for any
   * other write, undefined.
   */
  readonly dryRunResult?: (placeholderGUID: string) => T;
  /**
   * Where the write goes, for the permitted synchronization check (default
   * `WriteTarget.OPEN_METADATA`); `WriteTarget.CORRELATION` for external identifiers.
   */
  readonly target?: WriteTarget;
}

const CATALOG_TARGET_TYPE_NAME = 'CatalogTarget';

/** Options for reading a page of catalog targets. */
export interface CatalogTargetPageOptions {
  /** First element to return (0-based, default 0). */
  readonly startFrom?: number;
  /** Page size (default: the context's `maxPageSize`). */
  readonly pageSize?: number;
  /** Another integration connector's GUID (default: this connector's). */
  readonly integrationConnectorGUID?: string;
}

/**
 * The base of every integration service's context: the connector's gateway to open metadata.
 *
 * It holds the connector's identity and metadata source, enforces the permitted synchronization in
 * one guard ({@link IntegrationContext.guardWrite}) that every write goes through, reads and writes
 * catalog targets, records an activity report, and refuses every call once it is disconnected or the
 * current refresh's signal has fired. Integration service contexts extend it and send their writes
 * through {@link IntegrationContext.write}.
 */
export class IntegrationContext {
  readonly #options: CheckedContextOptions;
  readonly #recorder = new ActivityReportRecorder();
  readonly #lifetime = new AbortController();
  #refreshSignal?: AbortSignal;
  #operationSignal: AbortSignal = this.#lifetime.signal;
  #active = true;

  constructor(options: IntegrationContextOptions) {
    this.#options = checkContextOptions(options);
  }

  // ---------------------------------------------------------------- identity

  /** The user id the connector works as (Egeria's `getMyUserId()`). */
  get userId(): string {
    return this.#options.userId;
  }

  /** The connector's id in the daemon. */
  get connectorId(): string {
    return this.#options.connectorId;
  }

  /** The connector's name. */
  get connectorName(): string {
    return this.#options.connectorName;
  }

  /** The GUID of the connector's `IntegrationConnector` element, when it has one. */
  get integrationConnectorGUID(): string | undefined {
    return this.#options.integrationConnectorGUID;
  }

  /** Qualified name of the metadata source that owns what the connector creates, when set. */
  get metadataSourceQualifiedName(): string | undefined {
    return this.#options.metadataSourceQualifiedName;
  }

  /** GUID of the metadata source; undefined means local-cohort provenance. */
  get metadataSourceGUID(): string | undefined {
    return this.#options.metadataSourceGUID;
  }

  /** Which way metadata may move. */
  get permittedSynchronization(): PermittedSynchronization {
    return this.#options.permittedSynchronization;
  }

  /** How the connector deletes elements. */
  get deleteMethod(): DeleteMethod {
    return this.#options.deleteMethod;
  }

  /** True when an activity report is published after each refresh that changed something. */
  get generateIntegrationReport(): boolean {
    return this.#options.generateIntegrationReport;
  }

  /** The name of the server the connector runs in, when known. */
  get serverName(): string | undefined {
    return this.#options.serverName;
  }

  /** The largest page to ask a server for. */
  get maxPageSize(): number {
    return this.#options.maxPageSize;
  }

  /**
   * True when the context runs a dry run (the `writeRecorder` option): writes to open metadata are
   * recorded, not sent, and answered with placeholders (creates get a `dry-run:<uuid>` GUID); reads
   * still go to the server. A connector should not change the third-party technology either.
   */
  get dryRun(): boolean {
    return this.#options.writeRecorder !== undefined;
  }

  /** Where connectors built from connections are found by `connectorProviderClassName` (the `connectorRegistry` option). */
  get connectorRegistry(): ConnectorRegistry {
    return this.#options.connectorRegistry;
  }

  /** The connector's audit log. */
  protected get auditLog(): AuditLog {
    return this.#options.auditLog;
  }

  /**
   * The number of out-topic events delivered to the connector's listeners through this context (0
   * for a context without events); the daemon reports it in `/metrics`.
   */
  get eventsReceived(): number {
    return 0;
  }

  /**
   * The signal to pass to requests and long-running work: it fires when the current refresh is
   * cancelled or the context is disconnected.
   */
  get signal(): AbortSignal {
    return this.#operationSignal;
  }

  // ---------------------------------------------------------------- lifecycle

  /** True until {@link IntegrationContext.disconnect} is called. */
  isActive(): boolean {
    return this.#active;
  }

  /**
   * Disconnects the context: every later call fails with a `UserNotAuthorizedException`, and requests
   * in flight that use {@link IntegrationContext.signal} are cancelled. Calling it again does nothing.
   * Subclasses that hold resources override it and call `super.disconnect()`.
   */
  async disconnect(): Promise<void> {
    if (!this.#active) return;
    this.#active = false;
    this.#lifetime.abort(this.#disconnectedError('a request in flight'));
  }

  /**
   * Sets the signal of the refresh (or engage) about to run; the runtime calls it before each one.
   * Once the signal fires, writes are refused until the next refresh sets a new signal. Undefined
   * clears it.
   */
  setRefreshSignal(signal: AbortSignal | undefined): void {
    this.validateIsActive('setRefreshSignal');
    if (signal !== undefined && !(signal instanceof AbortSignal)) {
      throw this.invalidParameter('signal', 'setRefreshSignal', signal);
    }
    this.#refreshSignal = signal;
    this.#operationSignal =
      signal === undefined ? this.#lifetime.signal : AbortSignal.any([signal, this.#lifetime.signal]);
  }

  /**
   * Throws a `UserNotAuthorizedException` when the context has been disconnected. Long loops in a
   * connector can call it to stop promptly.
   * @param operation - the operation about to run, named in the error
   */
  validateIsActive(operation: string): void {
    if (!this.#active) throw this.#disconnectedError(operation);
  }

  /**
   * The one guard every write goes through. It throws a `UserNotAuthorizedException`, before anything
   * is sent, when the context is disconnected, when the current refresh's signal has fired, or when
   * the permitted synchronization forbids writing to `target` (`TO_THIRD_PARTY` forbids writes to open
   * metadata, `FROM_THIRD_PARTY` forbids writes to the third party; correlation writes are allowed in
   * every direction). Connectors call it with `WriteTarget.THIRD_PARTY` before they change the
   * third-party technology.
   * @param operation - the operation about to run, named in the error
   * @param target - where the write goes (open metadata by default)
   */
  guardWrite(operation: string, target: WriteTarget = WriteTarget.OPEN_METADATA): void {
    this.validateIsActive(operation);
    this.#validateNotCancelled(operation);
    const sync = this.#options.permittedSynchronization;
    const forbidden =
      (target === WriteTarget.OPEN_METADATA && sync === PermittedSynchronization.TO_THIRD_PARTY) ||
      (target === WriteTarget.THIRD_PARTY && sync === PermittedSynchronization.FROM_THIRD_PARTY);
    if (forbidden) {
      const where = target === WriteTarget.OPEN_METADATA ? 'open metadata' : 'the third party';
      throw this.#refusal(
        CONTEXT_ERROR_CODE.SYNCHRONIZATION_NOT_PERMITTED,
        [sync, this.#options.connectorName, operation, where],
        {
          operation,
          permittedSynchronization: sync,
          writeTarget: target,
        },
      );
    }
  }

  /**
   * Runs one write to open metadata: the guard first (nothing is sent when it refuses), then `fn`
   * with the signal to pass to the request, then, when `change` is given, records the change in the
   * activity report. Integration service contexts send every write through this method.
   *
   * In a dry run `fn` is not called: the write is given to the `writeRecorder` and answered with
   * `options.dryRunResult` (default: a placeholder GUID for a create, undefined otherwise).
   * @param operation - the operation's name, such as `createDatabase`
   * @param fn - sends the request
   * @param change - what the write changes, for the activity report (and a dry run's plan)
   * @param options - the result to answer with in a dry run, and where the write goes
   */
  protected async write<T>(
    operation: string,
    fn: (signal: AbortSignal) => Promise<T>,
    change?: ElementChange<T>,
    options?: WriteOptions<T>,
  ): Promise<T> {
    this.guardWrite(operation, options?.target ?? WriteTarget.OPEN_METADATA);
    const recorder = this.#options.writeRecorder;
    const result = recorder === undefined ? await fn(this.#operationSignal) : dryRunResult(change, options);
    let guid: string | undefined;
    if (change !== undefined) {
      const found = typeof change.guid === 'function' ? change.guid(result) : change.guid;
      if (typeof found === 'string' && found !== '') {
        guid = found;
        this.#record(change.kind, change.typeName, found, operation);
      }
    }
    recorder?.record(recordedWrite(operation, change, guid));
    return result;
  }

  // ---------------------------------------------------------------- catalog targets

  /**
   * Links an element to the integration connector as a catalog target.
   * @param metadataElementGUID - the element to work on
   * @param properties - the properties of the `CatalogTarget` relationship
   * @param options - another integration connector's GUID, to add the target to it instead
   * @returns the GUID of the new relationship
   */
  async addCatalogTarget(
    metadataElementGUID: string,
    properties: CatalogTargetProperties,
    options: { readonly integrationConnectorGUID?: string } = {},
  ): Promise<string> {
    const operation = 'addCatalogTarget';
    this.#validateCatalogTargetWrite(operation);
    this.#requireString('metadataElementGUID', operation, metadataElementGUID);
    this.#requireObject('properties', operation, properties);
    const store = this.#requireStore(operation);
    const integrationConnectorGUID = options.integrationConnectorGUID ?? this.#options.integrationConnectorGUID;
    if (integrationConnectorGUID === undefined) throw this.#noStore(operation, 'integration connector GUID');
    if (this.#options.writeRecorder !== undefined) {
      const guid = newDryRunGUID();
      this.#options.writeRecorder.record({ operation, kind: 'create', typeName: CATALOG_TARGET_TYPE_NAME, guid });
      return guid;
    }
    return store.addCatalogTarget({
      userId: this.#options.userId,
      integrationConnectorGUID,
      metadataElementGUID,
      properties,
      signal: this.#operationSignal,
    });
  }

  /**
   * Replaces the properties of a catalog target relationship.
   * @param relationshipGUID - the GUID of the `CatalogTarget` relationship
   * @param properties - the new properties
   */
  async updateCatalogTarget(relationshipGUID: string, properties: CatalogTargetProperties): Promise<void> {
    const operation = 'updateCatalogTarget';
    this.#validateCatalogTargetWrite(operation);
    this.#requireString('relationshipGUID', operation, relationshipGUID);
    this.#requireObject('properties', operation, properties);
    const store = this.#requireStore(operation);
    if (this.#recordedCatalogTargetWrite(operation, 'update', relationshipGUID)) return;
    await store.updateCatalogTarget({
      userId: this.#options.userId,
      relationshipGUID,
      properties,
      signal: this.#operationSignal,
    });
  }

  /**
   * Reads one catalog target; undefined when there is none, or when the context has no catalog
   * target store or integration connector GUID.
   * @param relationshipGUID - the GUID of the `CatalogTarget` relationship
   */
  async getCatalogTarget(relationshipGUID: string): Promise<CatalogTarget | undefined> {
    const operation = 'getCatalogTarget';
    this.validateIsActive(operation);
    this.#requireString('relationshipGUID', operation, relationshipGUID);
    if (this.#options.catalogTargetStore === undefined || this.#options.integrationConnectorGUID === undefined)
      return undefined;
    if (isDryRunGUID(relationshipGUID)) return undefined; // created by this dry run: not on the server
    return this.#options.catalogTargetStore.getCatalogTarget({
      userId: this.#options.userId,
      relationshipGUID,
      signal: this.#operationSignal,
    });
  }

  /**
   * Reads one page of the connector's catalog targets; an empty list when the context has no
   * catalog target store or integration connector GUID (a connector configured statically has none).
   * @param options - paging, and another integration connector's GUID
   */
  async getCatalogTargets(options: CatalogTargetPageOptions = {}): Promise<CatalogTarget[]> {
    const operation = 'getCatalogTargets';
    this.validateIsActive(operation);
    const startFrom = options.startFrom ?? 0;
    const pageSize = options.pageSize ?? this.#options.maxPageSize;
    if (!Number.isInteger(startFrom) || startFrom < 0) throw this.invalidParameter('startFrom', operation, startFrom);
    if (!Number.isInteger(pageSize) || pageSize < 1) throw this.invalidParameter('pageSize', operation, pageSize);
    const integrationConnectorGUID = options.integrationConnectorGUID ?? this.#options.integrationConnectorGUID;
    if (this.#options.catalogTargetStore === undefined || integrationConnectorGUID === undefined) return [];
    if (isDryRunGUID(integrationConnectorGUID)) return [];
    const page = await this.#options.catalogTargetStore.getCatalogTargets({
      userId: this.#options.userId,
      integrationConnectorGUID,
      startFrom,
      pageSize,
      signal: this.#operationSignal,
    });
    return page ?? [];
  }

  /**
   * Reads every catalog target of the connector, page by page.
   * @param options - another integration connector's GUID
   */
  async getAllCatalogTargets(options: { readonly integrationConnectorGUID?: string } = {}): Promise<CatalogTarget[]> {
    return this.readAllPages((page) => this.getCatalogTargets({ ...options, ...page }));
  }

  /**
   * Reads every page of a paged list call and returns all the elements: calls `fetch` with
   * `startFrom` 0, `maxPageSize`, 2 × `maxPageSize`, … and `pageSize` = the context's
   * {@link IntegrationContext.maxPageSize}, until a page comes back shorter than that (or empty).
   * A full page identical to the one before it (a fetch that ignores its page, or a server that
   * ignores paging) would never end: the read stops with an error instead.
   * For example `context.readAllPages((page) => context.getMyTopics(page))`.
   * @param fetch - reads one page, such as one of the context's list methods
   * @returns the elements of every page, in order
   * @throws InvalidParameterException when `fetch` is not a function
   * @throws PropertyServerException (`EGERIA-TS-CONTEXT-500-007`) when a full page repeats the page before it
   * @throws whatever `fetch` throws
   */
  async readAllPages<T>(
    fetch: (page: { readonly startFrom: number; readonly pageSize: number }) => Promise<readonly T[] | undefined>,
  ): Promise<T[]> {
    const operation = 'readAllPages';
    if (typeof fetch !== 'function') throw this.invalidParameter('fetch', operation, fetch);
    const pageSize = this.#options.maxPageSize;
    const all: T[] = [];
    let previous: readonly T[] | undefined;
    for (let startFrom = 0; ; startFrom += pageSize) {
      this.validateIsActive(operation);
      const page = (await fetch({ startFrom, pageSize })) ?? [];
      if (page.length < pageSize) {
        all.push(...page);
        return all;
      }
      if (previous !== undefined && samePage(previous, page)) {
        throw PropertyServerException.fromDefinition(
          CONTEXT_ERROR_CODE.PAGE_REPEATED,
          [this.connectorName, operation, startFrom, page.length],
          { actionDescription: operation },
        );
      }
      all.push(...page);
      previous = page;
    }
  }

  /**
   * Removes a catalog target relationship.
   * @param relationshipGUID - the GUID of the `CatalogTarget` relationship
   */
  async removeCatalogTarget(relationshipGUID: string): Promise<void> {
    const operation = 'removeCatalogTarget';
    this.#validateCatalogTargetWrite(operation);
    this.#requireString('relationshipGUID', operation, relationshipGUID);
    const store = this.#requireStore(operation);
    if (this.#recordedCatalogTargetWrite(operation, 'delete', relationshipGUID)) return;
    await store.removeCatalogTarget({ userId: this.#options.userId, relationshipGUID, signal: this.#operationSignal });
  }

  // ---------------------------------------------------------------- filtering

  /**
   * Decides whether an element should be catalogued (Egeria 5.2 semantics): a missing name never is;
   * an include list, when given, wins over the exclude list; names are compared exactly.
   * @param elementName - the element's name
   * @param excludedNames - names to skip (null or undefined: no exclude list)
   * @param includedNames - the only names to catalogue (null or undefined: no include list)
   */
  elementShouldBeCatalogued(
    elementName: string | null | undefined,
    excludedNames?: readonly string[] | null,
    includedNames?: readonly string[] | null,
  ): boolean {
    return elementShouldBeCatalogued(elementName, excludedNames, includedNames);
  }

  // ---------------------------------------------------------------- activity report

  /** Starts recording a new activity report; the runtime calls it at the start of each refresh. */
  startRecording(): void {
    this.validateIsActive('startRecording');
    this.#recorder.start();
  }

  /**
   * Records that an element was created.
   * @param typeName - the element's open metadata type name
   * @param guid - the element's GUID
   */
  reportElementCreation(typeName: string, guid: string): void {
    this.#record('create', typeName, guid, 'reportElementCreation');
  }

  /**
   * Records that an element was updated.
   * @param typeName - the element's open metadata type name
   * @param guid - the element's GUID
   */
  reportElementUpdate(typeName: string, guid: string): void {
    this.#record('update', typeName, guid, 'reportElementUpdate');
  }

  /**
   * Records that an element was deleted.
   * @param typeName - the element's open metadata type name
   * @param guid - the element's GUID
   */
  reportElementDelete(typeName: string, guid: string): void {
    this.#record('delete', typeName, guid, 'reportElementDelete');
  }

  /** The activity recorded since the last {@link IntegrationContext.startRecording}, as a report. */
  getCurrentReport(): IntegrationReport {
    return this.#recorder.snapshot({
      serverName: this.#options.serverName,
      connectorId: this.#options.connectorId,
      connectorName: this.#options.connectorName,
    });
  }

  /**
   * Ends the current recording. When `generateIntegrationReport` is on, a publisher is set and
   * something changed, the report is published and returned; otherwise nothing is published and the
   * result is undefined. The recording starts afresh once the report is published or skipped. A dry
   * run never publishes.
   */
  async publishReport(): Promise<IntegrationReport | undefined> {
    this.validateIsActive('publishReport');
    const publisher = this.#options.integrationReportPublisher;
    if (
      !this.#options.generateIntegrationReport ||
      publisher === undefined ||
      this.#options.writeRecorder !== undefined ||
      !this.#recorder.hasChanges()
    ) {
      this.#recorder.start();
      return undefined;
    }
    const report = this.getCurrentReport();
    await publisher.publishIntegrationReport({
      userId: this.#options.userId,
      integrationConnectorGUID: this.#options.integrationConnectorGUID,
      report,
      signal: this.#lifetime.signal,
    });
    this.#recorder.start();
    return report;
  }

  // ---------------------------------------------------------------- errors

  /**
   * An `InvalidParameterException` naming a parameter of an operation and the value at fault.
   * @param parameterName - the parameter
   * @param operation - the operation
   * @param value - the value at fault
   */
  protected invalidParameter(parameterName: string, operation: string, value: unknown): InvalidParameterException {
    return InvalidParameterException.fromDefinition(
      CONTEXT_ERROR_CODE.INVALID_PARAMETER,
      [parameterName, operation, this.#options.connectorName, describeValue(value)],
      { actionDescription: operation, exceptionProperties: { parameterName } },
    );
  }

  #record(kind: ElementChangeKind, typeName: string, guid: string, operation: string): void {
    this.validateIsActive(operation);
    this.#requireString('typeName', operation, typeName);
    this.#requireString('guid', operation, guid);
    this.#recorder.record(kind, typeName, guid);
  }

  /** In a dry run, records a catalog target update or removal and returns true; otherwise false. */
  #recordedCatalogTargetWrite(operation: string, kind: 'update' | 'delete', relationshipGUID: string): boolean {
    const recorder = this.#options.writeRecorder;
    if (recorder === undefined) return false;
    recorder.record({ operation, kind, typeName: CATALOG_TARGET_TYPE_NAME, guid: relationshipGUID });
    return true;
  }

  #validateNotCancelled(operation: string): void {
    const signal = this.#refreshSignal;
    if (signal?.aborted) {
      const reason: unknown = signal.reason;
      const text = reason instanceof Error ? reason.message : describeValue(reason);
      throw this.#refusal(
        CONTEXT_ERROR_CODE.REFRESH_CANCELLED,
        [this.#options.connectorName, operation, text],
        { operation },
        reason,
      );
    }
  }

  #validateCatalogTargetWrite(operation: string): void {
    this.validateIsActive(operation);
    this.#validateNotCancelled(operation);
  }

  #requireStore(operation: string): CatalogTargetStore {
    if (this.#options.catalogTargetStore === undefined) throw this.#noStore(operation, 'catalog target store');
    return this.#options.catalogTargetStore;
  }

  #noStore(operation: string, missing: string): IllegalStateError {
    return IllegalStateError.fromDefinition(
      CONTEXT_ERROR_CODE.NO_CATALOG_TARGET_STORE,
      [this.#options.connectorName, operation, missing],
      {
        actionDescription: operation,
      },
    );
  }

  #requireString(parameterName: string, operation: string, value: unknown): void {
    if (typeof value !== 'string' || value.trim() === '') throw this.invalidParameter(parameterName, operation, value);
  }

  #requireObject(parameterName: string, operation: string, value: unknown): void {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw this.invalidParameter(parameterName, operation, value);
    }
  }

  #disconnectedError(operation: string): UserNotAuthorizedException {
    return this.#refusal(CONTEXT_ERROR_CODE.CONTEXT_DISCONNECTED, [this.#options.connectorName, operation], {
      operation,
    });
  }

  #refusal(
    definition: MessageDefinition,
    inserts: readonly unknown[],
    properties: Record<string, unknown>,
    cause?: unknown,
  ): UserNotAuthorizedException {
    return UserNotAuthorizedException.fromDefinition(definition, inserts, {
      actionDescription: String(properties['operation']),
      exceptionProperties: { ...properties, userId: this.#options.userId },
      ...(cause === undefined ? {} : { cause }),
    });
  }
}

/** The placeholder result of a write in a dry run (see {@link WriteOptions.dryRunResult}). */
function dryRunResult<T>(change: ElementChange<T> | undefined, options: WriteOptions<T> | undefined): T {
  const guid = newDryRunGUID();
  if (options?.dryRunResult !== undefined) return options.dryRunResult(guid);
  // A create answers with the new element's GUID; other writes answer nothing.
  return (change?.kind === 'create' ? guid : undefined) as T;
}

/** What a dry run records of a write. */
function recordedWrite<T>(
  operation: string,
  change: ElementChange<T> | undefined,
  guid: string | undefined,
): RecordedWrite {
  if (change === undefined) return { operation };
  return {
    operation,
    kind: change.kind,
    typeName: change.typeName,
    ...(guid === undefined ? {} : { guid }),
    ...(typeof change.qualifiedName === 'string' && change.qualifiedName !== ''
      ? { qualifiedName: change.qualifiedName }
      : {}),
  };
}
