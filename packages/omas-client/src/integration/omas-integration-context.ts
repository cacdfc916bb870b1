import {
  IntegrationContext,
  type IntegrationContextOptions,
  type IntegrationReport,
  type IntegrationServiceDescription,
} from '@egeria-ts/core';
import type { TopicListener } from '../events/topic-connector';
import type { ElementOrigin } from '../operations/element-header';
import type { OperationInvoker } from '../operations/operation-invoker';
import type { ServiceDefinition } from '../operations/operation-definition';
import type { OutTopicListeners } from './out-topic-listeners';

/** The metadata source a write is attributed to: Egeria's `externalSourceGUID` and `externalSourceName`. @public */
export interface ExternalSource {
  /** The GUID of the metadata source; absent for local-cohort provenance. */
  readonly externalSourceGUID?: string;
  /** Its qualified name; absent when there is no GUID. */
  readonly externalSourceName?: string;
}

/**
 * What the integration service kit gives a service's context factory: everything an
 * {@link OmasIntegrationContext} is built from. Made by `createIntegrationService`; connector code
 * never builds one (tests may).
 * @public
 */
export interface IntegrationContextDependencies<E = unknown> {
  /** Core's context options, complete: metadata source GUID, catalog target store and report publisher included. */
  readonly contextOptions: IntegrationContextOptions;
  /** The name to send as `externalSourceName` (the metadata source's qualified name when it has a GUID). */
  readonly externalSourceName?: string;
  /** Sends the operations of a table to the partner server as the connector's user id. */
  readonly partnerInvoker: (service: ServiceDefinition) => OperationInvoker;
  /** The connector's out-topic listeners. */
  readonly outTopic: OutTopicListeners<E>;
  /** The service's options from the configuration (`integrationServiceOptions`). */
  readonly serviceOptions: Readonly<Record<string, unknown>>;
  /** The integration service's description. */
  readonly description: IntegrationServiceDescription;
}

/**
 * A class of {@link OmasIntegrationContext} (or of a subclass, with instances of type `C`) built
 * from the kit's dependencies: what a mixin such as `withConnectionMethods` extends and returns.
 * @typeParam E - the partner access service's out-topic event
 * @typeParam C - the type of the class's instances
 * @public
 */
export type OmasIntegrationContextClass<
  E,
  C extends OmasIntegrationContext<E> = OmasIntegrationContext<E>,
> = abstract new (dependencies: IntegrationContextDependencies<E>) => C;

/** Paging values after {@link OmasIntegrationContext.paging} has checked them. @public */
export interface CheckedPaging {
  /** The first element to return (0-based). */
  readonly startFrom: number;
  /** The page size (1 to the context's `maxPageSize`). */
  readonly pageSize: number;
}

/**
 * The base of the integration service contexts that work through a partner access service (OMAS):
 * core's {@link IntegrationContext} plus the metadata source to attribute writes to, the partner
 * clients, typed out-topic listeners, and the rule that events are not delivered during the
 * connector's first refresh. A service context extends it, builds its OMAS client from
 * {@link OmasIntegrationContext.partnerInvoker}, sends writes through `write(...)` (guard + count)
 * and reads through {@link OmasIntegrationContext.read}.
 * @typeParam E - the partner access service's out-topic event
 * @public
 */
export class OmasIntegrationContext<E = unknown> extends IntegrationContext {
  readonly #dependencies: IntegrationContextDependencies<E>;
  readonly #externalSource: ExternalSource;
  #recordingStarted = false;
  #firstRefreshEnded = false;
  #externalSourceIsHome = true;

  constructor(dependencies: IntegrationContextDependencies<E>) {
    super(dependencies.contextOptions);
    this.#dependencies = dependencies;
    const guid = this.metadataSourceGUID;
    this.#externalSource = Object.freeze(
      guid === undefined ? {} : { externalSourceGUID: guid, externalSourceName: dependencies.externalSourceName },
    );
  }

  /** The integration service this context belongs to. */
  get integrationService(): IntegrationServiceDescription {
    return this.#dependencies.description;
  }

  /** The qualified name of the metadata source writes are attributed to; undefined for local-cohort provenance. */
  get metadataSourceName(): string | undefined {
    return this.#externalSource.externalSourceName;
  }

  /**
   * True when an element is owned by this context's metadata source, so that the connector may
   * change or remove it: with a metadata source, when the element's home metadata collection is
   * the metadata source (`origin.homeMetadataCollectionId` equals its GUID); without one (local
   * cohort provenance), when no external source owns the element (`origin.originCategory` is not
   * `EXTERNAL_SOURCE`). An absent header (or origin) counts as not owned when there is a metadata
   * source, and as owned without one.
   * @param header - the element's header, as a list or get call returns it (`elementHeader`)
   */
  isOwnedByMetadataSource(
    header:
      | { readonly origin?: Pick<ElementOrigin, 'homeMetadataCollectionId' | 'originCategory'> | null }
      | null
      | undefined,
  ): boolean {
    const origin = header?.origin ?? undefined;
    const source = this.metadataSourceGUID;
    if (source !== undefined) return origin?.homeMetadataCollectionId === source;
    return origin?.originCategory !== 'EXTERNAL_SOURCE';
  }

  /** The service's options from the configuration. */
  get serviceOptions(): Readonly<Record<string, unknown>> {
    return this.#dependencies.serviceOptions;
  }

  /** The `externalSourceGUID` and `externalSourceName` that every write carries. */
  protected get externalSource(): ExternalSource {
    return this.#externalSource;
  }

  /**
   * Whether the elements this context creates are owned by its metadata source (Egeria's
   * `externalSourceIsHome`; true unless {@link OmasIntegrationContext.setExternalSourceIsHome} changed it).
   */
  getExternalSourceIsHome(): boolean {
    return this.#externalSourceIsHome;
  }

  /**
   * Sets whether the elements this context creates from now on are owned by its metadata source
   * (true, the default) or by the local cohort, so that others may change them (false). Services
   * whose Egeria context has a `set...IsHome` method expose it through this.
   * @param isHome - true: owned by the metadata source
   */
  setExternalSourceIsHome(isHome: boolean): void {
    if (typeof isHome !== 'boolean') throw this.invalidParameter('isHome', 'setExternalSourceIsHome', isHome);
    this.#externalSourceIsHome = isHome;
  }

  /** The external source to send on a create: {@link OmasIntegrationContext.externalSource} when it is home, else none. */
  protected get creationExternalSource(): ExternalSource {
    return this.#externalSourceIsHome ? this.#externalSource : {};
  }

  /**
   * Sends the operations of a table to the partner server as the connector's user id (shared
   * transport and sockets).
   * @param service - the operation table, such as `DATA_MANAGER_DATABASE_SERVICE`
   */
  protected partnerInvoker(service: ServiceDefinition): OperationInvoker {
    return this.#dependencies.partnerInvoker(service);
  }

  // ---------------------------------------------------------------- out-topic events

  /**
   * Registers a listener for the partner access service's out-topic events. The first one connects
   * the context to the out topic. A listener that throws is logged and the others still get the
   * event; events that arrive during the connector's first refresh are not delivered.
   * @param listener - receives each event
   */
  async registerListener(listener: TopicListener<E>): Promise<void> {
    this.validateIsActive('registerListener');
    await this.#dependencies.outTopic.registerListener(listener);
  }

  /**
   * Removes a listener.
   * @param listener - the listener to remove
   * @returns false when it was not registered
   */
  unregisterListener(listener: TopicListener<E>): boolean {
    return this.#dependencies.outTopic.unregisterListener(listener);
  }

  /** True when at least one listener is registered. */
  isListenerRegistered(): boolean {
    return this.#dependencies.outTopic.listenerCount > 0;
  }

  /** The number of out-topic events delivered to this context's listeners. */
  override get eventsReceived(): number {
    return this.#dependencies.outTopic.eventsDelivered;
  }

  // ---------------------------------------------------------------- helpers for service contexts

  /**
   * Runs a read: refused once the context is disconnected; `fn` gets the signal to pass to the request.
   * @param operation - the operation's name, for the error
   * @param fn - sends the request
   */
  protected async read<T>(operation: string, fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
    this.validateIsActive(operation);
    return fn(this.signal);
  }

  /**
   * Returns `options` when it is an object; otherwise throws an `InvalidParameterException` naming
   * `options` and the operation.
   * @param operation - the operation's name, for the error
   * @param options - the caller's options
   */
  protected requireOptions<T>(operation: string, options: T): T {
    if (typeof options !== 'object' || options === null || Array.isArray(options)) {
      throw this.invalidParameter('options', operation, options);
    }
    return options;
  }

  /**
   * Checks paging options: `startFrom` a whole number >= 0 (default 0), `pageSize` from 1 to the
   * context's `maxPageSize` (default `maxPageSize`).
   * @param operation - the operation's name, for the error
   * @param options - the caller's paging options
   */
  protected paging(
    operation: string,
    options: { readonly startFrom?: number; readonly pageSize?: number },
  ): CheckedPaging {
    const startFrom = options.startFrom ?? 0;
    const pageSize = options.pageSize ?? this.maxPageSize;
    if (!Number.isInteger(startFrom) || startFrom < 0) throw this.invalidParameter('startFrom', operation, startFrom);
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > this.maxPageSize) {
      throw this.invalidParameter('pageSize', operation, pageSize);
    }
    return { startFrom, pageSize };
  }

  /**
   * Reads one page of a list call: checks `options` and its paging (see
   * {@link OmasIntegrationContext.paging}), then calls `fn` with the page and the signal.
   * @param operation - the operation's name, for errors
   * @param options - the caller's options, with optional `startFrom` and `pageSize`
   * @param fn - sends the request for the page
   */
  protected async readPage<T>(
    operation: string,
    options: { readonly startFrom?: number; readonly pageSize?: number },
    fn: (page: CheckedPaging & { readonly signal: AbortSignal }) => Promise<T[]>,
  ): Promise<T[]> {
    const page = this.paging(operation, this.requireOptions(operation, options));
    return this.read(operation, (signal) => fn({ ...page, signal }));
  }

  // ---------------------------------------------------------------- lifecycle

  /** Starts a new activity recording; the first one marks the start of the first refresh. */
  override startRecording(): void {
    super.startRecording();
    if (!this.#recordingStarted) {
      this.#recordingStarted = true;
      this.#dependencies.outTopic.firstRefreshStarted();
    }
  }

  /** Publishes the activity report; the first call marks the end of the first refresh. */
  override async publishReport(): Promise<IntegrationReport | undefined> {
    const endsFirstRefresh = this.#recordingStarted && !this.#firstRefreshEnded;
    const writes = endsFirstRefresh ? this.getCurrentReport() : undefined;
    try {
      return await super.publishReport();
    } finally {
      if (writes !== undefined) this.#endFirstRefresh(writes);
    }
  }

  /**
   * Sets the signal of the next refresh. The next refresh after the first one ends what the out
   * topic remembers of the first refresh (and ends the first refresh itself when it failed).
   */
  override setRefreshSignal(signal: AbortSignal | undefined): void {
    super.setRefreshSignal(signal);
    if (!this.#recordingStarted) return;
    if (this.#firstRefreshEnded) this.#dependencies.outTopic.forgetFirstRefreshWrites();
    else this.#endFirstRefresh(this.getCurrentReport());
  }

  #endFirstRefresh(writes: IntegrationReport): void {
    this.#firstRefreshEnded = true;
    this.#dependencies.outTopic.firstRefreshEnded({ created: writes.createdElements, deleted: writes.deletedElements });
  }

  /** Disconnects the context (every later call is refused), then closes its out topic. */
  override async disconnect(): Promise<void> {
    await super.disconnect();
    await this.#dependencies.outTopic.disconnect();
  }
}
