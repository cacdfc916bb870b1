import { DataAssetExchangeClient } from '../../services/asset-manager/data-asset-exchange-client';
import { ASSET_MANAGER_DATA_ASSET_SERVICE } from '../../services/asset-manager/data-asset-exchange-operations';
import type { DataAssetElement } from '../../services/asset-manager/asset-manager-beans';
import type { RelationshipElement } from '../../services/common/beans/elements';
import {
  AssetManagerExchangeServiceBase,
  typeNameOf,
  type AssetManagerExchangeContext,
} from './asset-manager-exchange-base';
import type {
  AssetManagerNameOptions,
  AssetManagerPagingOptions,
  AssetManagerSearchOptions,
  AssetManagerTemplateOptions,
  AssetRelationshipEndsOptions,
  AssetRelationshipGUIDOptions,
  CreateDataAssetOptions,
  DataAssetGUIDOptions,
  RelatedAssetsAtEnd1Options,
  RelatedAssetsAtEnd2Options,
  SetupRelatedDataAssetOptions,
  UpdateAssetRelationshipOptions,
  UpdateDataAssetOptions,
} from './asset-manager-exchange-options';

/** The type data assets are counted under when the properties name none (Egeria's default type). */
const ASSET = 'Asset';

/**
 * Data assets through the Asset Manager OMAS (Egeria 5.2's `DataAssetExchangeService` of the
 * catalog integrator, and the data asset methods of the lineage integrator): create, update,
 * publish, withdraw and remove assets owned by the asset manager, relate them, and find them. Every
 * write carries the asset manager as the correlation scope, goes through the owning context's
 * permitted synchronization guard and is counted in its activity report.
 * @public
 */
export class DataAssetExchangeService extends AssetManagerExchangeServiceBase {
  readonly #client: DataAssetExchangeClient;

  /**
   * @param context - the integration context that owns the service
   * @param forLineage - the initial `forLineage` flag
   */
  constructor(context: AssetManagerExchangeContext, forLineage = false) {
    super(context, forLineage);
    this.#client = new DataAssetExchangeClient(context.partnerInvoker(ASSET_MANAGER_DATA_ASSET_SERVICE));
  }

  /** Creates a data asset. @returns its GUID */
  async createDataAsset(options: CreateDataAssetOptions): Promise<string> {
    const o = this.context.requireOptions('createDataAsset', options);
    return this.context.write(
      'createDataAsset',
      (signal) =>
        this.#client.createDataAsset({
          signal,
          assetManagerIsHome: o.assetManagerIsHome ?? true,
          metadataCorrelationProperties: this.correlation(o.externalIdentifierProperties),
          elementProperties: o.dataAssetProperties,
        }),
      this.created(typeNameOf(o.dataAssetProperties, ASSET)),
    );
  }

  /** Creates a data asset by copying a template. @returns its GUID */
  async createDataAssetFromTemplate(options: AssetManagerTemplateOptions): Promise<string> {
    const o = this.context.requireOptions('createDataAssetFromTemplate', options);
    return this.context.write(
      'createDataAssetFromTemplate',
      (signal) =>
        this.#client.createDataAssetFromTemplate({
          signal,
          templateGUID: o.templateGUID,
          assetManagerIsHome: o.assetManagerIsHome ?? true,
          metadataCorrelationProperties: this.correlation(o.externalIdentifierProperties),
          elementProperties: o.templateProperties,
        }),
      this.created(ASSET),
    );
  }

  /** Updates a data asset: replaces its properties, or merges them with `isMergeUpdate`. */
  async updateDataAsset(options: UpdateDataAssetOptions): Promise<void> {
    const o = this.context.requireOptions('updateDataAsset', options);
    await this.context.write(
      'updateDataAsset',
      (signal) =>
        this.#client.updateDataAsset({
          signal,
          ...this.flags(),
          assetGUID: o.assetGUID,
          isMergeUpdate: o.isMergeUpdate ?? false,
          ...this.updateBody(o),
          elementProperties: o.dataAssetProperties,
        }),
      this.updated(ASSET, o.assetGUID, o.dataAssetProperties),
    );
  }

  /** Makes a data asset visible to consumers (its zones become the server's published zones). */
  async publishDataAsset(options: DataAssetGUIDOptions): Promise<void> {
    const o = this.context.requireOptions('publishDataAsset', options);
    await this.context.write(
      'publishDataAsset',
      (signal) => this.#client.publishDataAsset({ signal, ...this.flags(), assetGUID: o.assetGUID, ...this.scope(o) }),
      this.updated(ASSET, o.assetGUID),
    );
  }

  /** Hides a data asset from consumers (its zones become the server's default zones). */
  async withdrawDataAsset(options: DataAssetGUIDOptions): Promise<void> {
    const o = this.context.requireOptions('withdrawDataAsset', options);
    await this.context.write(
      'withdrawDataAsset',
      (signal) => this.#client.withdrawDataAsset({ signal, ...this.flags(), assetGUID: o.assetGUID, ...this.scope(o) }),
      this.updated(ASSET, o.assetGUID),
    );
  }

  /** Removes a data asset and what is anchored to it. */
  async removeDataAsset(options: DataAssetGUIDOptions): Promise<void> {
    const o = this.context.requireOptions('removeDataAsset', options);
    await this.context.write(
      'removeDataAsset',
      (signal) =>
        this.#client.removeDataAsset({ signal, ...this.flags(), assetGUID: o.assetGUID, ...this.updateBody(o) }),
      this.deleted(ASSET, o.assetGUID),
    );
  }

  /** Classifies a data asset as reference data. */
  async setDataAssetAsReferenceData(options: DataAssetGUIDOptions): Promise<void> {
    const o = this.context.requireOptions('setDataAssetAsReferenceData', options);
    await this.context.write(
      'setDataAssetAsReferenceData',
      (signal) =>
        this.#client.setDataAssetAsReferenceData({
          signal,
          ...this.flags(),
          assetGUID: o.assetGUID,
          ...this.updateBody(o),
        }),
      this.updated(ASSET, o.assetGUID),
    );
  }

  /** Removes the reference data classification from a data asset. */
  async clearDataAssetAsReferenceData(options: DataAssetGUIDOptions): Promise<void> {
    const o = this.context.requireOptions('clearDataAssetAsReferenceData', options);
    await this.context.write(
      'clearDataAssetAsReferenceData',
      (signal) =>
        this.#client.clearDataAssetAsReferenceData({
          signal,
          ...this.flags(),
          assetGUID: o.assetGUID,
          ...this.updateBody(o),
        }),
      this.updated(ASSET, o.assetGUID),
    );
  }

  /** Links two data assets with a relationship of the type given. @returns the relationship's GUID */
  async setupRelatedDataAsset(options: SetupRelatedDataAssetOptions): Promise<string> {
    const o = this.context.requireOptions('setupRelatedDataAsset', options);
    return this.context.write(
      'setupRelatedDataAsset',
      (signal) =>
        this.#client.setupRelatedDataAsset({
          signal,
          ...this.flags(),
          assetManagerIsHome: o.assetManagerIsHome ?? true,
          relationshipTypeName: o.relationshipTypeName,
          fromAssetGUID: o.fromAssetGUID,
          toAssetGUID: o.toAssetGUID,
          ...this.relationshipSource(o),
          properties: o.properties,
        }),
      this.created(o.relationshipTypeName),
    );
  }

  /** The relationship of a type between two data assets, if there is one. */
  async getAssetRelationship(options: AssetRelationshipEndsOptions): Promise<RelationshipElement | undefined> {
    return this.one('getAssetRelationship', options, (o, request) =>
      this.#client.getAssetRelationship({
        ...request,
        relationshipTypeName: o.relationshipTypeName,
        fromAssetGUID: o.fromAssetGUID,
        toAssetGUID: o.toAssetGUID,
        ...this.scope(o),
      }),
    );
  }

  /** Updates the properties of a relationship between data assets. */
  async updateAssetRelationship(options: UpdateAssetRelationshipOptions): Promise<void> {
    const o = this.context.requireOptions('updateAssetRelationship', options);
    await this.context.write(
      'updateAssetRelationship',
      (signal) =>
        this.#client.updateAssetRelationship({
          signal,
          ...this.flags(),
          relationshipTypeName: o.relationshipTypeName,
          relationshipGUID: o.relationshipGUID,
          isMergeUpdate: o.isMergeUpdate ?? false,
          ...this.relationshipSource(o),
          properties: o.properties,
        }),
      this.updated(o.relationshipTypeName, o.relationshipGUID),
    );
  }

  /** Removes a relationship between data assets. */
  async clearAssetRelationship(options: AssetRelationshipGUIDOptions): Promise<void> {
    const o = this.context.requireOptions('clearAssetRelationship', options);
    await this.context.write(
      'clearAssetRelationship',
      (signal) =>
        this.#client.clearAssetRelationship({
          signal,
          ...this.flags(),
          relationshipTypeName: o.relationshipTypeName,
          relationshipGUID: o.relationshipGUID,
          ...this.scope(o),
        }),
      this.deleted(o.relationshipTypeName, o.relationshipGUID),
    );
  }

  /** The assets at end two of the relationships of a type from an asset (one page). */
  async getRelatedAssetsAtEnd2(options: RelatedAssetsAtEnd2Options): Promise<RelationshipElement[]> {
    return this.list('getRelatedAssetsAtEnd2', options, (request) =>
      this.#client.getRelatedAssetsAtEnd2({
        ...request,
        relationshipTypeName: options.relationshipTypeName,
        fromAssetGUID: options.fromAssetGUID,
        ...this.scope(options),
      }),
    );
  }

  /** The assets at end one of the relationships of a type to an asset (one page). */
  async getRelatedAssetsAtEnd1(options: RelatedAssetsAtEnd1Options): Promise<RelationshipElement[]> {
    return this.list('getRelatedAssetsAtEnd1', options, (request) =>
      this.#client.getRelatedAssetsAtEnd1({
        ...request,
        relationshipTypeName: options.relationshipTypeName,
        toAssetGUID: options.toAssetGUID,
        ...this.scope(options),
      }),
    );
  }

  /** Data assets whose properties match a search string (one page). */
  async findDataAssets(options: AssetManagerSearchOptions): Promise<DataAssetElement[]> {
    return this.list('findDataAssets', options, (request) =>
      this.#client.findDataAssets({
        ...request,
        ...this.scope(options),
        searchString: options.searchString,
        searchStringParameterName: 'searchString',
      }),
    );
  }

  /** Data assets with a name or qualified name (one page). */
  async getDataAssetsByName(options: AssetManagerNameOptions): Promise<DataAssetElement[]> {
    return this.list('getDataAssetsByName', options, (request) =>
      this.#client.getDataAssetsByName({
        ...request,
        ...this.scope(options),
        name: options.name,
        nameParameterName: 'name',
      }),
    );
  }

  /** The data assets owned by the asset manager (one page). */
  async getDataAssetsForAssetManager(options: AssetManagerPagingOptions = {}): Promise<DataAssetElement[]> {
    return this.list('getDataAssetsForAssetManager', options, (request) =>
      this.#client.getDataAssetsForAssetManager({ ...request, ...this.scope(options) }),
    );
  }

  /** One data asset, or undefined when the server returns none. */
  async getDataAssetByGUID(options: DataAssetGUIDOptions): Promise<DataAssetElement | undefined> {
    return this.one('getDataAssetByGUID', options, (o, request) =>
      this.#client.getDataAssetByGUID({ ...request, assetGUID: o.assetGUID, ...this.scope(o) }),
    );
  }
}
