/**
 * Asset Manager OMAS: external references and their links to elements (ExternalReferenceExchangeResource): the typed client.
 */
import type {
  AssetManagerEffectiveTimeQueryRequestBody,
  AssetManagerNameRequestBody,
  AssetManagerSearchStringRequestBody,
  ExternalReferenceElement,
  ExternalReferenceLinkElement,
  ExternalReferenceLinkRequestBody,
  ExternalReferenceRequestBody,
  UpdateRequestBody,
} from './asset-manager-beans';
import type { OperationInvoker } from '../../operations/operation-invoker';
import { iteratePages, send, sendPage } from '../common/client-support';
import type { OmasCallOptions, OmasPagingOptions } from '../common/options';
import { ASSET_MANAGER_EXTERNAL_REFERENCE_SERVICE } from './external-reference-exchange-operations';

const ops = ASSET_MANAGER_EXTERNAL_REFERENCE_SERVICE.operations;

/**
 * Asset Manager OMAS: external references and their links to elements (ExternalReferenceExchangeResource).
 * Each method sends one row of {@link ASSET_MANAGER_EXTERNAL_REFERENCE_SERVICE} through an {@link OperationInvoker} (such as an
 * `OmasRestClient` for that table). Options carry the path values, the query values and the fields of
 * the request bean, under Egeria's names.
 * @public
 */
export class ExternalReferenceExchangeClient {
  /** @param invoker - sends the operations, such as an `OmasRestClient` for `ASSET_MANAGER_EXTERNAL_REFERENCE_SERVICE` */
  constructor(private readonly invoker: OperationInvoker) {}

  /**
   * Creates an external reference (`POST /external-references`).
   * @returns the GUID of what was created
   */
  async createExternalReference(
    options: OmasCallOptions & { readonly assetManagerIsHome?: boolean } & ExternalReferenceRequestBody = {},
  ): Promise<string> {
    return send<string>(this.invoker, ops.createExternalReference, options, {
      nested: { elementProperties: 'ExternalReferenceProperties' },
    });
  }

  /**
   * Updates an external reference (`POST /external-references/{externalReferenceGUID}`).
   */
  async updateExternalReference(
    options: OmasCallOptions & {
      readonly externalReferenceGUID: string;
      readonly isMergeUpdate: boolean;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & ExternalReferenceRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updateExternalReference, options, {
      nested: { elementProperties: 'ExternalReferenceProperties' },
    });
  }

  /**
   * Deletes an external reference (`POST /external-references/{externalReferenceGUID}/remove`).
   */
  async deleteExternalReference(
    options: OmasCallOptions & {
      readonly externalReferenceGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & UpdateRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.deleteExternalReference, options);
  }

  /**
   * Links an external reference to element (`POST /external-references/{externalReferenceGUID}/links/{attachedToGUID}`).
   * @returns the GUID of what was created
   */
  async linkExternalReferenceToElement(
    options: OmasCallOptions & {
      readonly externalReferenceGUID: string;
      readonly attachedToGUID: string;
      readonly assetManagerIsHome?: boolean;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & ExternalReferenceLinkRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.linkExternalReferenceToElement, options, {
      nested: { elementProperties: 'ExternalReferenceLinkProperties' },
    });
  }

  /**
   * Updates an external reference to element link (`POST /external-references/links/{externalReferenceLinkGUID}/update`).
   */
  async updateExternalReferenceToElementLink(
    options: OmasCallOptions & {
      readonly externalReferenceLinkGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & ExternalReferenceLinkRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updateExternalReferenceToElementLink, options, {
      nested: { elementProperties: 'ExternalReferenceLinkProperties' },
    });
  }

  /**
   * Unlinks an external reference from element (`POST /external-references/links/{externalReferenceLinkGUID}/remove`).
   */
  async unlinkExternalReferenceFromElement(
    options: OmasCallOptions & {
      readonly externalReferenceLinkGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.unlinkExternalReferenceFromElement, options);
  }

  /**
   * Returns one page of the external references (`POST /external-references/by-type`).
   */
  async getExternalReferences(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody = {},
  ): Promise<ExternalReferenceElement[]> {
    return sendPage<ExternalReferenceElement>(this.invoker, ops.getExternalReferences, options);
  }

  /** Iterates over every element getExternalReferences returns, page by page from `startFrom`. */
  getExternalReferencesIterator(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody = {},
  ): AsyncIterableIterator<ExternalReferenceElement> {
    return iteratePages<ExternalReferenceElement>(this.invoker, ops.getExternalReferences, options);
  }

  /**
   * Returns one page of the external references by id (`POST /external-references/by-resource-id`).
   */
  async getExternalReferencesById(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerNameRequestBody = {},
  ): Promise<ExternalReferenceElement[]> {
    return sendPage<ExternalReferenceElement>(this.invoker, ops.getExternalReferencesById, options);
  }

  /** Iterates over every element getExternalReferencesById returns, page by page from `startFrom`. */
  getExternalReferencesByIdIterator(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerNameRequestBody = {},
  ): AsyncIterableIterator<ExternalReferenceElement> {
    return iteratePages<ExternalReferenceElement>(this.invoker, ops.getExternalReferencesById, options);
  }

  /**
   * Returns one page of the external references by URL (`POST /external-references/by-url`).
   */
  async getExternalReferencesByURL(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerNameRequestBody = {},
  ): Promise<ExternalReferenceElement[]> {
    return sendPage<ExternalReferenceElement>(this.invoker, ops.getExternalReferencesByURL, options);
  }

  /** Iterates over every element getExternalReferencesByURL returns, page by page from `startFrom`. */
  getExternalReferencesByURLIterator(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerNameRequestBody = {},
  ): AsyncIterableIterator<ExternalReferenceElement> {
    return iteratePages<ExternalReferenceElement>(this.invoker, ops.getExternalReferencesByURL, options);
  }

  /**
   * Returns one page of the external references with a name (`POST /external-references/by-name`).
   */
  async getExternalReferencesByName(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerNameRequestBody = {},
  ): Promise<ExternalReferenceElement[]> {
    return sendPage<ExternalReferenceElement>(this.invoker, ops.getExternalReferencesByName, options);
  }

  /** Iterates over every element getExternalReferencesByName returns, page by page from `startFrom`. */
  getExternalReferencesByNameIterator(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerNameRequestBody = {},
  ): AsyncIterableIterator<ExternalReferenceElement> {
    return iteratePages<ExternalReferenceElement>(this.invoker, ops.getExternalReferencesByName, options);
  }

  /**
   * Returns one page of the external references for asset manager (`POST /external-references/by-asset-manager`).
   */
  async getExternalReferencesForAssetManager(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody = {},
  ): Promise<ExternalReferenceElement[]> {
    return sendPage<ExternalReferenceElement>(this.invoker, ops.getExternalReferencesForAssetManager, options);
  }

  /** Iterates over every element getExternalReferencesForAssetManager returns, page by page from `startFrom`. */
  getExternalReferencesForAssetManagerIterator(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody = {},
  ): AsyncIterableIterator<ExternalReferenceElement> {
    return iteratePages<ExternalReferenceElement>(this.invoker, ops.getExternalReferencesForAssetManager, options);
  }

  /**
   * Returns one page of the external references whose properties match a search string (a regular expression) (`POST /external-references/by-search-string`).
   */
  async findExternalReferences(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerSearchStringRequestBody = {},
  ): Promise<ExternalReferenceElement[]> {
    return sendPage<ExternalReferenceElement>(this.invoker, ops.findExternalReferences, options);
  }

  /** Iterates over every element findExternalReferences returns, page by page from `startFrom`. */
  findExternalReferencesIterator(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerSearchStringRequestBody = {},
  ): AsyncIterableIterator<ExternalReferenceElement> {
    return iteratePages<ExternalReferenceElement>(this.invoker, ops.findExternalReferences, options);
  }

  /**
   * Returns attached external references (`POST /external-references/attached-to/{attachedToGUID}`).
   */
  async retrieveAttachedExternalReferences(
    options: OmasPagingOptions & {
      readonly attachedToGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<ExternalReferenceLinkElement[]> {
    return sendPage<ExternalReferenceLinkElement>(this.invoker, ops.retrieveAttachedExternalReferences, options);
  }

  /** Iterates over every element retrieveAttachedExternalReferences returns, page by page from `startFrom`. */
  retrieveAttachedExternalReferencesIterator(
    options: OmasPagingOptions & {
      readonly attachedToGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): AsyncIterableIterator<ExternalReferenceLinkElement> {
    return iteratePages<ExternalReferenceLinkElement>(this.invoker, ops.retrieveAttachedExternalReferences, options);
  }

  /**
   * Returns the external reference with the given GUID (`POST /external-references/{externalReferenceGUID}/by-guid`).
   */
  async getExternalReferenceByGUID(
    options: OmasCallOptions & {
      readonly externalReferenceGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<ExternalReferenceElement | undefined> {
    return send<ExternalReferenceElement | undefined>(this.invoker, ops.getExternalReferenceByGUID, options);
  }
}
