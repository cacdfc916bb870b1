/**
 * What the Asset Manager exchange services (shared by the catalog and lineage integrators) need
 * from the integration context that owns them, and the request pieces every Asset Manager call
 * carries: the correlation properties that name the asset manager (the metadata source) and the
 * `assetManagerGUID` / `assetManagerName` of reads.
 */
import type { ElementChange } from '@egeria-ts/core';
import type { OperationInvoker } from '../../operations/operation-invoker';
import type { ServiceDefinition } from '../../operations/operation-definition';
import type {
  ExternalIdentifierProperties,
  MetadataCorrelationProperties,
} from '../../services/framework/framework-beans';
import type { CheckedPaging } from '../omas-integration-context';
import type { AssetManagerPagingOptions, EffectiveTimeOption } from './asset-manager-exchange-options';

/**
 * What an Asset Manager exchange service borrows from the integration context that owns it. The
 * context builds it from its own (protected) helpers, so every write still goes through the
 * context's one guard and is counted in its activity report.
 * @public
 */
export interface AssetManagerExchangeContext {
  /** The connector's name, for messages. */
  readonly connectorName: string;
  /** The asset manager's GUID (the connector's metadata source); undefined for local-cohort provenance. */
  readonly assetManagerGUID?: string;
  /** The asset manager's qualified name; undefined when there is no GUID. */
  readonly assetManagerName?: string;
  /** Sends a table's operations to the partner server as the connector's user id. */
  partnerInvoker(service: ServiceDefinition): OperationInvoker;
  /** Runs a write: permitted synchronization guard, then `fn`, then the activity report. */
  write<T>(operation: string, fn: (signal: AbortSignal) => Promise<T>, change?: ElementChange<T>): Promise<T>;
  /** Runs a read (refused once the context is disconnected). */
  read<T>(operation: string, fn: (signal: AbortSignal) => Promise<T>): Promise<T>;
  /** Checks that the options are an object. */
  requireOptions<T>(operation: string, options: T): T;
  /** Checks paging options against the context's maximum page size. */
  paging(operation: string, options: AssetManagerPagingOptions): CheckedPaging;
}

/** How many created elements' type names an exchange service remembers. */
const MAX_REMEMBERED_TYPES = 10_000;

/** The `forLineage` / `forDuplicateProcessing` query flags of one call. */
export interface LineageFlags {
  /** Include elements with the Memento classification. */
  readonly forLineage: boolean;
  /** Switch off the merging of duplicates. */
  readonly forDuplicateProcessing: boolean;
}

/**
 * The base of the Asset Manager exchange services: the owning context, the query flags (Egeria's
 * `setForLineage` / `setForDuplicateProcessing`) and the builders of the correlation parts of the
 * request bodies, exactly as Egeria 5.2's Asset Manager client fills them.
 * @public
 */
export abstract class AssetManagerExchangeServiceBase {
  #forLineage: boolean;
  #forDuplicateProcessing = false;
  /** The type names of the elements this service created, so that their updates and deletes count under them. */
  readonly #createdTypes = new Map<string, string>();

  /**
   * @param context - the integration context that owns the service
   * @param forLineage - the initial `forLineage` flag (false in the catalog integrator, true in the lineage integrator)
   */
  protected constructor(
    protected readonly context: AssetManagerExchangeContext,
    forLineage = false,
  ) {
    this.#forLineage = forLineage;
  }

  /** Whether reads include elements with the Memento classification. */
  isForLineage(): boolean {
    return this.#forLineage;
  }

  /**
   * Sets whether reads include elements with the Memento classification.
   * @param forLineage - the new value
   */
  setForLineage(forLineage: boolean): void {
    this.#forLineage = forLineage === true;
  }

  /** Whether the merging of duplicate elements is switched off. */
  isForDuplicateProcessing(): boolean {
    return this.#forDuplicateProcessing;
  }

  /**
   * Sets whether the merging of duplicate elements is switched off.
   * @param forDuplicateProcessing - the new value
   */
  setForDuplicateProcessing(forDuplicateProcessing: boolean): void {
    this.#forDuplicateProcessing = forDuplicateProcessing === true;
  }

  /** The query flags of the next call. */
  protected flags(): LineageFlags {
    return { forLineage: this.#forLineage, forDuplicateProcessing: this.#forDuplicateProcessing };
  }

  /**
   * `metadataCorrelationProperties`: the caller's external identifier properties scoped to the asset
   * manager (`externalScopeGUID` / `externalScopeName`). Without an asset manager the scope is left
   * out, as Egeria's client does (it then refuses an external identifier: so does the server).
   */
  protected correlation(
    externalIdentifierProperties?: ExternalIdentifierProperties,
    externalIdentifier?: string,
  ): MetadataCorrelationProperties {
    const { assetManagerGUID, assetManagerName } = this.context;
    const properties: MetadataCorrelationProperties = { ...externalIdentifierProperties };
    const withIdentifier =
      externalIdentifier === undefined ? properties : { ...properties, externalIdentifier: externalIdentifier };
    if (assetManagerGUID === undefined) return withIdentifier;
    return { ...withIdentifier, externalScopeGUID: assetManagerGUID, externalScopeName: assetManagerName };
  }

  /** The body of an update, remove or classification call: correlation properties and effective time. */
  protected updateBody(options: EffectiveTimeOption & { readonly externalIdentifier?: string }): {
    /** The caller's external identifier, scoped to the asset manager. */
    metadataCorrelationProperties: MetadataCorrelationProperties;
    /** The time at which the elements must be effective, as the caller gave it. */
    effectiveTime?: EffectiveTimeOption['effectiveTime'];
  } {
    return {
      metadataCorrelationProperties: this.correlation(undefined, options.externalIdentifier),
      effectiveTime: options.effectiveTime,
    };
  }

  /** The `assetManagerGUID` / `assetManagerName` (and effective time) of a read or relationship removal. */
  protected scope(options: EffectiveTimeOption = {}): {
    /** The GUID of the asset manager; absent for local-cohort provenance. */
    assetManagerGUID?: string;
    /** The qualified name of the asset manager; absent with its GUID. */
    assetManagerName?: string;
    /** The time at which the elements must be effective, as the caller gave it. */
    effectiveTime?: EffectiveTimeOption['effectiveTime'];
  } {
    const { assetManagerGUID, assetManagerName } = this.context;
    const scope = assetManagerGUID === undefined ? {} : { assetManagerGUID, assetManagerName };
    return { ...scope, effectiveTime: options.effectiveTime };
  }

  /** The `externalSourceGUID` / `externalSourceName` (and effective time) of a relationship request. */
  protected relationshipSource(options: EffectiveTimeOption = {}): {
    /** The asset manager's GUID as the external source; absent for local-cohort provenance. */
    externalSourceGUID?: string;
    /** The asset manager's qualified name as the external source; absent with its GUID. */
    externalSourceName?: string;
    /** The time at which the elements must be effective, as the caller gave it. */
    effectiveTime?: EffectiveTimeOption['effectiveTime'];
  } {
    const { assetManagerGUID, assetManagerName } = this.context;
    const source =
      assetManagerGUID === undefined
        ? {}
        : { externalSourceGUID: assetManagerGUID, externalSourceName: assetManagerName };
    return { ...source, effectiveTime: options.effectiveTime };
  }

  /** A create, counted under the type with the GUID the call returns (remembered for later updates and deletes). */
  protected created(typeName: string): ElementChange<string> {
    return {
      kind: 'create',
      typeName,
      guid: (guid) => {
        if (typeof guid === 'string') this.#remember(guid, typeName);
        return guid;
      },
    };
  }

  /**
   * An update, counted under the type the properties name, else the type the element was created
   * with through this service, else the fallback.
   */
  protected updated(
    fallbackTypeName: string,
    guid: string,
    properties?: { readonly typeName?: string },
  ): ElementChange<unknown> {
    return { kind: 'update', typeName: this.#typeOf(guid, fallbackTypeName, properties), guid };
  }

  /** A delete, counted like an update; the element is then forgotten. */
  protected deleted(fallbackTypeName: string, guid: string): ElementChange<unknown> {
    const typeName = this.#typeOf(guid, fallbackTypeName);
    this.#createdTypes.delete(guid);
    return { kind: 'delete', typeName, guid };
  }

  #typeOf(guid: string, fallback: string, properties?: { readonly typeName?: string }): string {
    const named = properties?.typeName;
    if (typeof named === 'string' && named !== '') return named;
    return this.#createdTypes.get(guid) ?? fallback;
  }

  #remember(guid: string, typeName: string): void {
    // Bounded: the oldest entries go first (Map keeps insertion order).
    if (this.#createdTypes.size >= MAX_REMEMBERED_TYPES) {
      const oldest = this.#createdTypes.keys().next().value;
      if (oldest !== undefined) this.#createdTypes.delete(oldest);
    }
    this.#createdTypes.set(guid, typeName);
  }

  /** Checks the options and paging of a list call and reads one page. */
  protected async list<T>(
    operation: string,
    options: AssetManagerPagingOptions,
    fn: (request: LineageFlags & CheckedPaging & { signal: AbortSignal }) => Promise<T[]>,
  ): Promise<T[]> {
    const page = this.context.paging(operation, this.context.requireOptions(operation, options));
    return this.context.read(operation, (signal) => fn({ ...this.flags(), ...page, signal }));
  }

  /** Checks the options of a single-element read and reads it. */
  protected async one<T, O extends object>(
    operation: string,
    options: O,
    fn: (options: O, request: LineageFlags & { signal: AbortSignal }) => Promise<T>,
  ): Promise<T> {
    const o = this.context.requireOptions(operation, options);
    return this.context.read(operation, (signal) => fn(o, { ...this.flags(), signal }));
  }
}

/** The type name to count a create under: the properties' `typeName` when given, else the default. */
export function typeNameOf(properties: { readonly typeName?: string } | undefined, fallback: string): string {
  const name = properties?.typeName;
  return typeof name === 'string' && name !== '' ? name : fallback;
}
