/**
 * Asset Manager OMAS: data assets and the relationships between them (DataAssetExchangeResource): the typed client.
 */
import type {
  AssetManagerEffectiveTimeQueryRequestBody,
  AssetManagerNameRequestBody,
  AssetManagerSearchStringRequestBody,
  DataAssetElement,
  DataAssetRequestBody,
  TemplateRequestBody,
  UpdateRequestBody,
} from './asset-manager-beans';
import type { RelationshipElement } from '../common/beans/elements';
import type { RelationshipRequestBody } from '../common/beans/request-bodies';
import type { OperationInvoker } from '../../operations/operation-invoker';
import { iteratePages, send, sendPage } from '../common/client-support';
import type { OmasCallOptions, OmasPagingOptions } from '../common/options';
import { ASSET_MANAGER_DATA_ASSET_SERVICE } from './data-asset-exchange-operations';

const ops = ASSET_MANAGER_DATA_ASSET_SERVICE.operations;

/**
 * Asset Manager OMAS: data assets and the relationships between them (DataAssetExchangeResource).
 * Each method sends one row of {@link ASSET_MANAGER_DATA_ASSET_SERVICE} through an {@link OperationInvoker} (such as an
 * `OmasRestClient` for that table). Options carry the path values, the query values and the fields of
 * the request bean, under Egeria's names.
 * @public
 */
export class DataAssetExchangeClient {
  /** @param invoker - sends the operations, such as an `OmasRestClient` for `ASSET_MANAGER_DATA_ASSET_SERVICE` */
  constructor(private readonly invoker: OperationInvoker) {}

  /**
   * Creates a data asset (`POST /data-assets`).
   * @returns the GUID of what was created
   */
  async createDataAsset(
    options: OmasCallOptions & { readonly assetManagerIsHome?: boolean } & DataAssetRequestBody = {},
  ): Promise<string> {
    return send<string>(this.invoker, ops.createDataAsset, options, {
      nested: { elementProperties: 'DataAssetProperties' },
    });
  }

  /**
   * Creates a data asset from template (`POST /data-assets/from-template/{templateGUID}`).
   * @returns the GUID of what was created
   */
  async createDataAssetFromTemplate(
    options: OmasCallOptions & {
      readonly templateGUID: string;
      readonly assetManagerIsHome?: boolean;
    } & TemplateRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.createDataAssetFromTemplate, options);
  }

  /**
   * Updates a data asset (`POST /data-assets/{assetGUID}`).
   */
  async updateDataAsset(
    options: OmasCallOptions & {
      readonly assetGUID: string;
      readonly isMergeUpdate: boolean;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & DataAssetRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updateDataAsset, options, { nested: { elementProperties: 'DataAssetProperties' } });
  }

  /**
   * Publishes a data asset (`POST /data-assets/{assetGUID}/publish`).
   */
  async publishDataAsset(
    options: OmasCallOptions & {
      readonly assetGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.publishDataAsset, options);
  }

  /**
   * Withdraws a data asset (`POST /data-assets/{assetGUID}/withdraw`).
   */
  async withdrawDataAsset(
    options: OmasCallOptions & {
      readonly assetGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.withdrawDataAsset, options);
  }

  /**
   * Removes a data asset (`POST /data-assets/{assetGUID}/remove`).
   */
  async removeDataAsset(
    options: OmasCallOptions & {
      readonly assetGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & UpdateRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.removeDataAsset, options);
  }

  /**
   * Sets a data asset as reference data (`POST /data-assets/{assetGUID}/is-reference-data`).
   */
  async setDataAssetAsReferenceData(
    options: OmasCallOptions & {
      readonly assetGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & UpdateRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.setDataAssetAsReferenceData, options);
  }

  /**
   * Clears a data asset as reference data (`POST /data-assets/{assetGUID}/is-reference-data/remove`).
   */
  async clearDataAssetAsReferenceData(
    options: OmasCallOptions & {
      readonly assetGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & UpdateRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.clearDataAssetAsReferenceData, options);
  }

  /**
   * Sets up a related data asset (`POST /data-assets/relationships/{relationshipTypeName}/from-asset/{fromAssetGUID}/to-asset/{toAssetGUID}`).
   * @returns the GUID of what was created
   */
  async setupRelatedDataAsset(
    options: OmasCallOptions & {
      readonly relationshipTypeName: string;
      readonly fromAssetGUID: string;
      readonly toAssetGUID: string;
      readonly assetManagerIsHome?: boolean;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & RelationshipRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.setupRelatedDataAsset, options, {
      nested: { properties: 'RelationshipProperties' },
    });
  }

  /**
   * Returns an asset relationship (`POST /data-assets/relationships/{relationshipTypeName}/from-asset/{fromAssetGUID}/to-asset/{toAssetGUID}/retrieve`).
   */
  async getAssetRelationship(
    options: OmasCallOptions & {
      readonly relationshipTypeName: string;
      readonly fromAssetGUID: string;
      readonly toAssetGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<RelationshipElement | undefined> {
    return send<RelationshipElement | undefined>(this.invoker, ops.getAssetRelationship, options);
  }

  /**
   * Updates an asset relationship (`POST /data-assets/relationships/{relationshipTypeName}/{relationshipGUID}/update`).
   */
  async updateAssetRelationship(
    options: OmasCallOptions & {
      readonly relationshipTypeName: string;
      readonly relationshipGUID: string;
      readonly isMergeUpdate: boolean;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & RelationshipRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updateAssetRelationship, options, {
      nested: { properties: 'RelationshipProperties' },
    });
  }

  /**
   * Clears an asset relationship (`POST /data-assets/relationships/{relationshipTypeName}/{relationshipGUID}/remove`).
   */
  async clearAssetRelationship(
    options: OmasCallOptions & {
      readonly relationshipTypeName: string;
      readonly relationshipGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.clearAssetRelationship, options);
  }

  /**
   * Returns one page of the related assets at end2 (`POST /data-assets/relationships/{relationshipTypeName}/from-asset/{fromAssetGUID}/retrieve/end2`).
   */
  async getRelatedAssetsAtEnd2(
    options: OmasPagingOptions & {
      readonly relationshipTypeName: string;
      readonly fromAssetGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<RelationshipElement[]> {
    return sendPage<RelationshipElement>(this.invoker, ops.getRelatedAssetsAtEnd2, options);
  }

  /** Iterates over every element getRelatedAssetsAtEnd2 returns, page by page from `startFrom`. */
  getRelatedAssetsAtEnd2Iterator(
    options: OmasPagingOptions & {
      readonly relationshipTypeName: string;
      readonly fromAssetGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): AsyncIterableIterator<RelationshipElement> {
    return iteratePages<RelationshipElement>(this.invoker, ops.getRelatedAssetsAtEnd2, options);
  }

  /**
   * Returns one page of the related assets at end1 (`POST /data-assets/data-assets/relationships/{relationshipTypeName}/to-asset/{toAssetGUID}/retrieve/end1`).
   */
  async getRelatedAssetsAtEnd1(
    options: OmasPagingOptions & {
      readonly relationshipTypeName: string;
      readonly toAssetGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<RelationshipElement[]> {
    return sendPage<RelationshipElement>(this.invoker, ops.getRelatedAssetsAtEnd1, options);
  }

  /** Iterates over every element getRelatedAssetsAtEnd1 returns, page by page from `startFrom`. */
  getRelatedAssetsAtEnd1Iterator(
    options: OmasPagingOptions & {
      readonly relationshipTypeName: string;
      readonly toAssetGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): AsyncIterableIterator<RelationshipElement> {
    return iteratePages<RelationshipElement>(this.invoker, ops.getRelatedAssetsAtEnd1, options);
  }

  /**
   * Returns one page of the data assets whose properties match a search string (a regular expression) (`POST /data-assets/by-search-string`).
   */
  async findDataAssets(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerSearchStringRequestBody = {},
  ): Promise<DataAssetElement[]> {
    return sendPage<DataAssetElement>(this.invoker, ops.findDataAssets, options);
  }

  /** Iterates over every element findDataAssets returns, page by page from `startFrom`. */
  findDataAssetsIterator(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerSearchStringRequestBody = {},
  ): AsyncIterableIterator<DataAssetElement> {
    return iteratePages<DataAssetElement>(this.invoker, ops.findDataAssets, options);
  }

  /**
   * Scans data assets (`POST /data-assets/scan`).
   */
  async scanDataAssets(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody = {},
  ): Promise<DataAssetElement[]> {
    return sendPage<DataAssetElement>(this.invoker, ops.scanDataAssets, options);
  }

  /** Iterates over every element scanDataAssets returns, page by page from `startFrom`. */
  scanDataAssetsIterator(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody = {},
  ): AsyncIterableIterator<DataAssetElement> {
    return iteratePages<DataAssetElement>(this.invoker, ops.scanDataAssets, options);
  }

  /**
   * Returns one page of the data assets with a name (`POST /data-assets/by-name`).
   */
  async getDataAssetsByName(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerNameRequestBody = {},
  ): Promise<DataAssetElement[]> {
    return sendPage<DataAssetElement>(this.invoker, ops.getDataAssetsByName, options);
  }

  /** Iterates over every element getDataAssetsByName returns, page by page from `startFrom`. */
  getDataAssetsByNameIterator(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerNameRequestBody = {},
  ): AsyncIterableIterator<DataAssetElement> {
    return iteratePages<DataAssetElement>(this.invoker, ops.getDataAssetsByName, options);
  }

  /**
   * Returns one page of the data assets for asset manager (`POST /data-assets/by-asset-manager`).
   */
  async getDataAssetsForAssetManager(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody = {},
  ): Promise<DataAssetElement[]> {
    return sendPage<DataAssetElement>(this.invoker, ops.getDataAssetsForAssetManager, options);
  }

  /** Iterates over every element getDataAssetsForAssetManager returns, page by page from `startFrom`. */
  getDataAssetsForAssetManagerIterator(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody = {},
  ): AsyncIterableIterator<DataAssetElement> {
    return iteratePages<DataAssetElement>(this.invoker, ops.getDataAssetsForAssetManager, options);
  }

  /**
   * Returns the data asset with the given GUID (`POST /data-assets/{assetGUID}/retrieve`).
   */
  async getDataAssetByGUID(
    options: OmasCallOptions & {
      readonly assetGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<DataAssetElement | undefined> {
    return send<DataAssetElement | undefined>(this.invoker, ops.getDataAssetByGUID, options);
  }
}
