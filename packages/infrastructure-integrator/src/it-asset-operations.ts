/**
 * The generic IT asset operations behind the context's hosts, platforms and servers (Egeria 5.2's
 * IT Infrastructure OMAS serves them all through its asset calls, with the asset's type name as a
 * path value): create, update, publish, withdraw, remove, the reads, relationships between assets
 * and classifications, each one write or read of the owning context. Internal.
 */
import type { ElementChange } from '@egeria-ts/core';
import {
  elementCreated,
  elementDeleted,
  elementUpdated,
  typeNameOr,
  type AssetElement,
  type AssetProperties,
  type CheckedPaging,
  type ContextPagingOptions,
  type EgeriaDateInput,
  type ElementStatus,
  type ExternalSource,
  type ITAssetManagerClient,
  type RelatedAssetElement,
} from '@egeria-ts/omas-client';
import type {
  EffectiveDatesOption,
  InfrastructureNameOptions,
  InfrastructurePagingOptions,
  InfrastructureSearchOptions,
  ITAssetTemplateOptions,
} from './infrastructure-integrator-options';

/** What the operations use of the context that owns them (its guarded write, reads and identity). */
export interface ContextAccess {
  write<T>(operation: string, fn: (signal: AbortSignal) => Promise<T>, change?: ElementChange<T>): Promise<T>;
  read<T>(operation: string, fn: (signal: AbortSignal) => Promise<T>): Promise<T>;
  readPage<T>(
    operation: string,
    options: ContextPagingOptions,
    fn: (page: CheckedPaging & { readonly signal: AbortSignal }) => Promise<T[]>,
  ): Promise<T[]>;
  reportElementUpdate(typeName: string, guid: string): void;
  /** The metadata source every write carries. */
  readonly externalSource: ExternalSource;
  /** Whether what is created belongs to the metadata source. */
  isHome(): boolean;
}

/** The two ends of a relationship between assets, with their type names as the path needs them. */
export interface AssetRelationshipEnds {
  readonly assetTypeName: string;
  readonly assetGUID: string;
  readonly relationshipTypeName: string;
  readonly relatedAssetTypeName: string;
  readonly relatedAssetGUID: string;
}

/** A relationship's properties and dates, or a classification's. */
export interface ExtensionValues extends EffectiveDatesOption {
  readonly properties?: Readonly<Record<string, unknown>>;
}

/** An element to count as updated: its type name and GUID. */
export type Counted = readonly [typeName: string, guid: string];

/** The generic asset operations of an infrastructure context. */
export class ITAssetOperations {
  constructor(
    private readonly context: ContextAccess,
    private readonly client: ITAssetManagerClient,
  ) {}

  /**
   * The metadata source fields, the ownership flag and the signal of a create.
   * @param signal - the request's signal
   */
  home(signal: AbortSignal) {
    return { ...this.context.externalSource, infrastructureManagerIsHome: this.context.isHome(), signal };
  }

  /** Creates an asset of a type (the properties' `typeName`, a subtype, wins), optionally with its first status. */
  async create(
    operation: string,
    typeName: string,
    properties: AssetProperties,
    initialStatus?: ElementStatus,
  ): Promise<string> {
    const type = typeNameOr(properties, typeName);
    return this.context.write(
      operation,
      (signal) => this.client.createAsset({ ...this.home(signal), ...properties, typeName: type, initialStatus }),
      elementCreated(type),
    );
  }

  /** Sets the status of an asset (the asset counts as updated). */
  async setStatus(operation: string, typeName: string, assetGUID: string, elementStatus: ElementStatus): Promise<void> {
    await this.context.write(
      operation,
      (signal) =>
        this.client.updateAssetStatus({
          ...this.context.externalSource,
          signal,
          assetTypeName: typeName,
          assetGUID,
          elementStatus,
        }),
      elementUpdated(typeName, assetGUID),
    );
  }

  /** Creates an asset by copying a template. */
  async createFromTemplate(operation: string, typeName: string, options: ITAssetTemplateOptions): Promise<string> {
    return this.context.write(
      operation,
      (signal) =>
        this.client.createAssetFromTemplate({
          ...this.home(signal),
          ...options.templateProperties,
          templateGUID: options.templateGUID,
        }),
      elementCreated(typeName),
    );
  }

  /** Updates an asset: merges the properties given, or replaces them all. */
  async update(
    operation: string,
    typeName: string,
    assetGUID: string,
    isMergeUpdate: boolean,
    properties: AssetProperties,
  ): Promise<void> {
    const type = typeNameOr(properties, typeName);
    await this.context.write(
      operation,
      (signal) =>
        this.client.updateAsset({
          ...this.context.externalSource,
          signal,
          ...properties,
          typeName: type,
          assetGUID,
          isMergeUpdate,
        }),
      elementUpdated(type, assetGUID),
    );
  }

  /** Publishes (true) or withdraws (false) an asset. */
  async setVisibility(operation: string, typeName: string, assetGUID: string, publish: boolean): Promise<void> {
    await this.context.write(
      operation,
      (signal) =>
        publish ? this.client.publishAsset({ signal, assetGUID }) : this.client.withdrawAsset({ signal, assetGUID }),
      elementUpdated(typeName, assetGUID),
    );
  }

  /** Removes an asset. */
  async remove(operation: string, typeName: string, assetGUID: string): Promise<void> {
    await this.context.write(
      operation,
      (signal) => this.client.removeAsset({ ...this.context.externalSource, signal, assetGUID }),
      elementDeleted(typeName, assetGUID),
    );
  }

  /** Assets of a type whose properties match a search string (one page). */
  async find(operation: string, typeName: string, options: InfrastructureSearchOptions): Promise<AssetElement[]> {
    return this.context.readPage(operation, options, (page) =>
      this.client.findAssets({
        ...page,
        assetTypeName: typeName,
        searchString: options.searchString,
        effectiveTime: options.effectiveTime,
      }),
    );
  }

  /** Assets of a type with a name (one page). */
  async byName(operation: string, typeName: string, options: InfrastructureNameOptions): Promise<AssetElement[]> {
    return this.context.readPage(operation, options, (page) =>
      this.client.getAssetsByName({
        ...page,
        assetTypeName: typeName,
        name: options.name,
        effectiveTime: options.effectiveTime,
      }),
    );
  }

  /** The assets of a type that the connector's infrastructure manager owns (one page); empty without one. */
  async forManager(operation: string, typeName: string, options: InfrastructurePagingOptions): Promise<AssetElement[]> {
    const { externalSourceGUID, externalSourceName } = this.context.externalSource;
    return this.context.readPage(operation, options, async (page) =>
      externalSourceGUID === undefined || externalSourceName === undefined
        ? []
        : this.client.getAssetsForInfrastructureManager({
            ...page,
            infrastructureManagerGUID: externalSourceGUID,
            infrastructureManagerName: externalSourceName,
            assetTypeName: typeName,
            effectiveTime: options.effectiveTime,
          }),
    );
  }

  /** An asset of a type by GUID. */
  async byGUID(operation: string, typeName: string, assetGUID: string): Promise<AssetElement | undefined> {
    return this.context.read(operation, (signal) =>
      this.client.getAssetByGUID({ signal, assetTypeName: typeName, assetGUID }),
    );
  }

  /** Links two assets (both count as updated). */
  async relate(
    operation: string,
    ends: AssetRelationshipEnds,
    values: ExtensionValues,
    counted: readonly [Counted, Counted],
  ): Promise<void> {
    await this.#twoEnds(
      operation,
      (signal) =>
        this.client.setupRelatedAsset({
          ...this.home(signal),
          ...ends,
          effectiveFrom: values.effectiveFrom,
          effectiveTo: values.effectiveTo,
          properties: values.properties,
        }),
      counted,
    );
  }

  /**
   * The GUID of the relationship between two assets (read from the first end, page by page at the
   * context's page size until it is found or the pages run out), or undefined when there is none.
   */
  async relationshipBetween(operation: string, ends: AssetRelationshipEnds): Promise<string | undefined> {
    for (let startFrom = 0; ;) {
      let size = 0;
      const page = await this.context.readPage(operation, { startFrom }, ({ signal, pageSize }) => {
        size = pageSize;
        return this.client.getRelatedAssets({
          signal,
          assetTypeName: ends.assetTypeName,
          assetGUID: ends.assetGUID,
          relationshipTypeName: ends.relationshipTypeName,
          relatedAssetTypeName: ends.relatedAssetTypeName,
          startingEnd: 1,
          startFrom,
          pageSize,
        });
      });
      const link = page.find((r) => r.relatedAsset?.elementHeader?.guid === ends.relatedAssetGUID);
      if (link !== undefined) return link.elementHeader?.guid;
      if (page.length < size || page.length === 0) return undefined;
      startFrom += page.length;
    }
  }

  /** Changes the properties of a relationship between assets (counted under the relationship's type). */
  async updateRelationship(
    operation: string,
    relationshipTypeName: string,
    relationshipGUID: string,
    isMergeUpdate: boolean,
    values: ExtensionValues,
  ): Promise<void> {
    await this.context.write(
      operation,
      (signal) =>
        this.client.updateAssetRelationship({
          ...this.context.externalSource,
          signal,
          relationshipTypeName,
          relationshipGUID,
          isMergeUpdate,
          effectiveFrom: values.effectiveFrom,
          effectiveTo: values.effectiveTo,
          properties: values.properties,
        }),
      elementUpdated(relationshipTypeName, relationshipGUID),
    );
  }

  /** Removes the link between two assets (both count as updated). */
  async unrelate(
    operation: string,
    ends: AssetRelationshipEnds,
    effectiveTime: EgeriaDateInput | undefined,
    counted: readonly [Counted, Counted],
  ): Promise<void> {
    await this.#twoEnds(
      operation,
      (signal) => this.client.clearRelatedAsset({ ...this.context.externalSource, signal, ...ends, effectiveTime }),
      counted,
    );
  }

  /** The relationships of an asset of a type, with the asset at the other end (one page). */
  async related(
    operation: string,
    query: {
      readonly assetTypeName: string;
      readonly assetGUID: string;
      readonly relationshipTypeName: string;
      readonly relatedAssetTypeName: string;
      readonly startingEnd: 1 | 2;
    },
    options: InfrastructurePagingOptions,
  ): Promise<RelatedAssetElement[]> {
    return this.context.readPage(operation, options, (page) =>
      this.client.getRelatedAssets({ ...page, ...query, effectiveTime: options.effectiveTime }),
    );
  }

  /** Adds a classification to an asset (the asset counts as updated). */
  async classify(
    operation: string,
    assetTypeName: string,
    assetGUID: string,
    classificationName: string,
    values: ExtensionValues,
  ): Promise<void> {
    await this.context.write(
      operation,
      (signal) =>
        this.client.addClassification({
          ...this.home(signal),
          assetTypeName,
          assetGUID,
          classificationName,
          effectiveFrom: values.effectiveFrom,
          effectiveTo: values.effectiveTo,
          properties: values.properties,
        }),
      elementUpdated(assetTypeName, assetGUID),
    );
  }

  /** Changes a classification of an asset (the asset counts as updated). */
  async reclassify(
    operation: string,
    assetTypeName: string,
    assetGUID: string,
    classificationName: string,
    isMergeUpdate: boolean,
    values: ExtensionValues,
  ): Promise<void> {
    await this.context.write(
      operation,
      (signal) =>
        this.client.updateClassification({
          ...this.context.externalSource,
          signal,
          assetTypeName,
          assetGUID,
          classificationName,
          isMergeUpdate,
          effectiveFrom: values.effectiveFrom,
          effectiveTo: values.effectiveTo,
          properties: values.properties,
        }),
      elementUpdated(assetTypeName, assetGUID),
    );
  }

  /** Removes a classification from an asset (the asset counts as updated). */
  async declassify(
    operation: string,
    assetTypeName: string,
    assetGUID: string,
    classificationName: string,
    effectiveTime: EgeriaDateInput | undefined,
  ): Promise<void> {
    await this.context.write(
      operation,
      (signal) =>
        this.client.clearClassification({
          ...this.context.externalSource,
          signal,
          assetTypeName,
          assetGUID,
          classificationName,
          effectiveTime,
        }),
      elementUpdated(assetTypeName, assetGUID),
    );
  }

  async #twoEnds(
    operation: string,
    fn: (signal: AbortSignal) => Promise<void>,
    [first, second]: readonly [Counted, Counted],
  ): Promise<void> {
    await this.context.write(operation, fn, elementUpdated(first[0], first[1]));
    if (second[1] !== '') this.context.reportElementUpdate(second[0], second[1]);
  }
}

/**
 * The property map Egeria's Java clients make of deployment properties (`cloneToMap`): dates as
 * epoch milliseconds, the status as its ordinal; the dates of the relationship go apart.
 * @param values - the properties, by name; `status` names the status property and its field
 */
export function deploymentMap(
  values: object | undefined,
  status: { readonly field: string; readonly property: string },
): ExtensionValues {
  if (values === undefined) return {};
  const source = values as Record<string, unknown>;
  const properties: Record<string, unknown> = {};
  for (const name of ['deployer', 'deployerTypeName', 'deployerPropertyName']) {
    if (source[name] !== undefined) properties[name] = source[name];
  }
  const time = source['deploymentTime'];
  if (time !== undefined)
    properties['deploymentTime'] = time instanceof Date ? time.getTime() : new Date(time as string | number).getTime();
  const statusValue = source[status.field];
  if (statusValue !== undefined) properties[status.property] = statusValue === 'ENABLED' ? 1 : 0;
  return {
    effectiveFrom: source['effectiveFrom'] as EgeriaDateInput | undefined,
    effectiveTo: source['effectiveTo'] as EgeriaDateInput | undefined,
    properties: Object.keys(properties).length > 0 ? properties : undefined,
  };
}
