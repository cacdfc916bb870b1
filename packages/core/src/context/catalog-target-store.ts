import type { CatalogTarget, CatalogTargetProperties } from './catalog-target';

/** Fields every {@link CatalogTargetStore} request carries. */
export interface CatalogTargetRequestBase {
  /** The connector's user id. */
  readonly userId: string;
  /** Cancels the request (the refresh's signal, or the context's when it disconnects). */
  readonly signal?: AbortSignal;
}

/** A request to link an element to an integration connector as a catalog target. */
export interface AddCatalogTargetRequest extends CatalogTargetRequestBase {
  /** The integration connector's GUID. */
  readonly integrationConnectorGUID: string;
  /** The GUID of the element to work on. */
  readonly metadataElementGUID: string;
  /** The properties of the relationship. */
  readonly properties: CatalogTargetProperties;
}

/** A request to change the properties of a catalog target relationship. */
export interface UpdateCatalogTargetRequest extends CatalogTargetRequestBase {
  /** The GUID of the `CatalogTarget` relationship. */
  readonly relationshipGUID: string;
  /** The new properties. */
  readonly properties: CatalogTargetProperties;
}

/** A request naming one catalog target relationship. */
export interface CatalogTargetRelationshipRequest extends CatalogTargetRequestBase {
  /** The GUID of the `CatalogTarget` relationship. */
  readonly relationshipGUID: string;
}

/** A request for one page of an integration connector's catalog targets. */
export interface ListCatalogTargetsRequest extends CatalogTargetRequestBase {
  /** The integration connector's GUID. */
  readonly integrationConnectorGUID: string;
  /** First element to return (0-based). */
  readonly startFrom: number;
  /** Maximum number of elements to return. */
  readonly pageSize: number;
}

/**
 * Where an integration context reads and writes catalog targets. Implemented by the governance
 * configuration client of `@egeria-ts/omas-client` (Egeria's `GovernanceConfiguration` calls) and by
 * test fakes; the runtime gives one to each context.
 */
export interface CatalogTargetStore {
  /** Links an element to the connector as a catalog target; returns the relationship's GUID. */
  addCatalogTarget(request: AddCatalogTargetRequest): Promise<string>;
  /** Replaces the properties of a catalog target relationship. */
  updateCatalogTarget(request: UpdateCatalogTargetRequest): Promise<void>;
  /** Reads one catalog target; undefined when there is none with this GUID. */
  getCatalogTarget(request: CatalogTargetRelationshipRequest): Promise<CatalogTarget | undefined>;
  /** Reads one page of the connector's catalog targets. */
  getCatalogTargets(request: ListCatalogTargetsRequest): Promise<CatalogTarget[]>;
  /** Removes a catalog target relationship. */
  removeCatalogTarget(request: CatalogTargetRelationshipRequest): Promise<void>;
}
