import {
  DOCUMENT_PROPERTY,
  QUALIFIED_NAME_SEPARATOR,
  type DesiredAPI,
  type DesiredOperation,
  type DesiredParameterList,
} from './desired-api';
import type { APICatalog, APICatalogElement } from './api-catalog';
import { propertiesDiffer, type APIElementKind } from './property-compare';

/** What a synchronization wrote. */
export interface APISyncCounts {
  /** Elements created. */
  created: number;
  /** Elements updated. */
  updated: number;
  /** Elements removed. */
  removed: number;
}

/** How many elements of each kind the API has in the catalog after a synchronization. */
export interface APICatalogCounts {
  /** Endpoints (0 or 1). */
  readonly Endpoint: number;
  /** APIs (0 or 1). */
  readonly DeployedAPI: number;
  /** Operations. */
  readonly APIOperation: number;
  /** Parameter lists. */
  readonly APIParameterList: number;
  /** Parameters. */
  readonly APIParameter: number;
}

/** Called for an element that has the connector's qualified name but belongs to another metadata source. */
export type NotOwnedHandler = (kind: APIElementKind, qualifiedName: string) => void;

/**
 * Brings open metadata in line with an OpenAPI document: creates what is new, updates what
 * changed (only when a managed property differs, so an unchanged document writes nothing) and
 * removes what is gone (operations, parameter lists, parameters, and an API the same document
 * catalogued under an older name), only among the elements its metadata source owns. It checks
 * the signal before every write.
 */
export class APISynchronizer {
  /** What has been written so far. */
  readonly counts: APISyncCounts = { created: 0, updated: 0, removed: 0 };
  readonly #catalogued = { Endpoint: 0, DeployedAPI: 0, APIOperation: 0, APIParameterList: 0, APIParameter: 0 };

  constructor(
    private readonly catalog: APICatalog,
    private readonly signal: AbortSignal,
    private readonly onNotOwned: NotOwnedHandler = () => undefined,
  ) {}

  /** What is catalogued for the API after {@link APISynchronizer.synchronize}. */
  get catalogued(): APICatalogCounts {
    return { ...this.#catalogued };
  }

  /**
   * Synchronizes the API, its endpoint and its operations.
   * @param desired - the API as the catalog should hold it
   */
  async synchronize(desired: DesiredAPI): Promise<void> {
    const { catalog } = this;
    const document = desired.properties.additionalProperties?.[DOCUMENT_PROPERTY];
    for (const stale of await catalog.myAPIs()) {
      const from = (stale.properties['additionalProperties'] as Record<string, unknown> | undefined)?.[
        DOCUMENT_PROPERTY
      ];
      if (stale.owned && from === document && stale.qualifiedName !== desired.qualifiedName) {
        await this.#removeAPI(stale);
      }
    }

    const endpoint = await catalog.findEndpoint(desired.endpoint.qualifiedName);
    const ownEndpointGUID = await this.#ensure(
      'endpoint',
      desired.endpoint.properties,
      endpoint,
      () => catalog.createEndpoint(desired.endpoint.properties),
      (guid) => catalog.updateEndpoint(guid, desired.endpoint.properties),
    );
    if (ownEndpointGUID !== undefined) this.#catalogued.Endpoint = 1;
    // Another source's endpoint is left as it is, but a new API is still linked to it.
    const endpointGUID = ownEndpointGUID ?? (endpoint?.guid as string);

    const existing = await catalog.findAPI(desired.qualifiedName);
    const apiGUID = await this.#ensure(
      'api',
      desired.properties,
      existing,
      () => catalog.createAPI(endpointGUID, desired.properties),
      (guid) => catalog.updateAPI(guid, desired.properties),
    );
    if (apiGUID === undefined) return;
    this.#catalogued.DeployedAPI = 1;

    const operations = existing === undefined ? [] : await catalog.listOperations(apiGUID);
    const wanted = new Set(desired.operations.map((o) => o.qualifiedName));
    for (const operation of operations) {
      if (!wanted.has(operation.qualifiedName) && operation.owned)
        await this.#remove(() => catalog.removeOperation(operation));
    }
    for (const operation of desired.operations) {
      await this.#synchronizeOperation(apiGUID, operation, find(operations, operation.qualifiedName));
    }
  }

  async #synchronizeOperation(
    apiGUID: string,
    desired: DesiredOperation,
    existing: APICatalogElement | undefined,
  ): Promise<void> {
    const { catalog } = this;
    const guid = await this.#ensure(
      'operation',
      desired.properties,
      existing,
      () => catalog.createOperation(apiGUID, desired.properties),
      (g) => catalog.updateOperation(g, desired.properties),
    );
    if (guid === undefined) return;
    this.#catalogued.APIOperation++;
    const lists = existing === undefined ? [] : await catalog.listParameterLists(guid);
    const wanted = new Set(desired.parameterLists.map((l) => l.qualifiedName));
    for (const list of lists) {
      if (!wanted.has(list.qualifiedName) && list.owned) await this.#removeList(list);
    }
    for (const list of desired.parameterLists) {
      await this.#synchronizeList(guid, list, find(lists, list.qualifiedName));
    }
  }

  async #synchronizeList(
    operationGUID: string,
    desired: DesiredParameterList,
    existing: APICatalogElement | undefined,
  ): Promise<void> {
    const { catalog } = this;
    const guid = await this.#ensure(
      'parameterList',
      desired.properties,
      existing,
      () => catalog.createParameterList(operationGUID, desired.parameterListType, desired.properties),
      (g) => catalog.updateParameterList(g, desired.properties),
    );
    if (guid === undefined) return;
    this.#catalogued.APIParameterList++;
    const parameters = existing === undefined ? [] : await catalog.listParameters(guid);
    const wanted = new Set(desired.parameters.map((p) => p.qualifiedName));
    for (const parameter of parameters) {
      if (!wanted.has(parameter.qualifiedName) && parameter.owned) {
        await this.#remove(() => catalog.removeParameter(parameter.guid));
      }
    }
    for (const parameter of desired.parameters) {
      const found = await this.#ensure(
        'parameter',
        parameter.properties,
        find(parameters, parameter.qualifiedName),
        () => catalog.createParameter(guid, parameter.properties),
        (g) => catalog.updateParameter(g, parameter.properties),
      );
      if (found !== undefined) this.#catalogued.APIParameter++;
    }
  }

  async #removeList(list: APICatalogElement): Promise<void> {
    for (const parameter of await this.catalog.listParameters(list.guid)) {
      if (parameter.owned) await this.#remove(() => this.catalog.removeParameter(parameter.guid));
    }
    await this.#remove(() => this.catalog.removeParameterList(list));
  }

  async #removeAPI(api: APICatalogElement): Promise<void> {
    for (const operation of await this.catalog.listOperations(api.guid)) {
      if (operation.owned) await this.#remove(() => this.catalog.removeOperation(operation));
    }
    await this.#remove(() => this.catalog.removeAPI(api));
    const endpoint = await this.catalog.findEndpoint(
      [api.qualifiedName, 'ServerEndpoint'].join(QUALIFIED_NAME_SEPARATOR),
    );
    if (endpoint?.owned) await this.#remove(() => this.catalog.removeEndpoint(endpoint.guid));
  }

  /** Creates the element, or updates it when a managed property differs; undefined when another source owns it. */
  async #ensure(
    kind: APIElementKind,
    desired: object & { readonly qualifiedName?: string },
    existing: APICatalogElement | undefined,
    create: () => Promise<string>,
    update: (guid: string) => Promise<void>,
  ): Promise<string | undefined> {
    if (existing === undefined) {
      this.signal.throwIfAborted();
      const guid = await create();
      this.counts.created++;
      return guid;
    }
    if (!existing.owned) {
      this.onNotOwned(kind, existing.qualifiedName);
      return undefined;
    }
    if (propertiesDiffer(kind, desired, existing.properties)) {
      this.signal.throwIfAborted();
      await update(existing.guid);
      this.counts.updated++;
    }
    return existing.guid;
  }

  async #remove(remove: () => Promise<void>): Promise<void> {
    this.signal.throwIfAborted();
    await remove();
    this.counts.removed++;
  }
}

function find<T extends APICatalogElement>(elements: readonly T[], qualifiedName: string): T | undefined {
  return elements.find((e) => e.qualifiedName === qualifiedName);
}
