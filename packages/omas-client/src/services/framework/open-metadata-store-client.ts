/**
 * The open metadata store framework service: external identifiers (5.2's catalog integrator correlates through it) and the generic element calls that 5.2's Asset Manager client uses for valid values: the typed client.
 */
import type {
  EffectiveTimeRequestBody,
  NameRequestBody,
  ResultsRequestBody,
  SearchStringRequestBody,
} from '../common/beans/request-bodies';
import type {
  AnyTimeRequestBody,
  GovernanceEffectiveTimeQueryRequestBody,
  GovernanceUpdateRequestBody,
  MetadataCorrelationHeader,
  MetadataCorrelationProperties,
  NewClassificationRequestBody,
  NewOpenMetadataElementRequestBody,
  NewRelatedElementsRequestBody,
  OpenMetadataElement,
  RelatedMetadataElementList,
  UpdateMetadataCorrelatorsRequestBody,
  UpdatePropertiesRequestBody,
} from './framework-beans';
import type { FindRequestBody } from './search-beans';
import type { ElementHeader } from '../../operations/element-header';
import type { OperationInvoker } from '../../operations/operation-invoker';
import { iteratePages, send, sendPage } from '../common/client-support';
import type { OmasCallOptions, OmasPagingOptions } from '../common/options';
import { OPEN_METADATA_STORE_SERVICE } from './open-metadata-store-operations';

const ops = OPEN_METADATA_STORE_SERVICE.operations;

/**
 * The open metadata store framework service: external identifiers (5.2's catalog integrator correlates through it) and the generic element calls that 5.2's Asset Manager client uses for valid values.
 * Each method sends one row of {@link OPEN_METADATA_STORE_SERVICE} through an {@link OperationInvoker} (such as an
 * `OmasRestClient` for that table). Options carry the path values, the query values and the fields of
 * the request bean, under Egeria's names.
 * @public
 */
export class OpenMetadataStoreClient {
  /** @param invoker - sends the operations, such as an `OmasRestClient` for `OPEN_METADATA_STORE_SERVICE` */
  constructor(private readonly invoker: OperationInvoker) {}

  /**
   * Adds an external identifier (`POST /metadata-elements/{openMetadataElementTypeName}/{openMetadataElementGUID}/external-identifiers/add`).
   */
  async addExternalIdentifier(
    options: OmasCallOptions & {
      readonly openMetadataElementTypeName: string;
      readonly openMetadataElementGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & UpdateMetadataCorrelatorsRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.addExternalIdentifier, options);
  }

  /**
   * Updates an external identifier (`POST /metadata-elements/{openMetadataElementTypeName}/{openMetadataElementGUID}/external-identifiers/update`).
   */
  async updateExternalIdentifier(
    options: OmasCallOptions & {
      readonly openMetadataElementTypeName: string;
      readonly openMetadataElementGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & UpdateMetadataCorrelatorsRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updateExternalIdentifier, options);
  }

  /**
   * Validates external identifier (`POST /metadata-elements/{openMetadataElementTypeName}/{openMetadataElementGUID}/external-identifiers/validate`).
   */
  async validateExternalIdentifier(
    options: OmasCallOptions & {
      readonly openMetadataElementTypeName: string;
      readonly openMetadataElementGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & UpdateMetadataCorrelatorsRequestBody,
  ): Promise<boolean> {
    return send<boolean>(this.invoker, ops.validateExternalIdentifier, options);
  }

  /**
   * Removes an external identifier (`POST /metadata-elements/{openMetadataElementTypeName}/{openMetadataElementGUID}/external-identifiers/remove`).
   */
  async removeExternalIdentifier(
    options: OmasCallOptions & {
      readonly openMetadataElementTypeName: string;
      readonly openMetadataElementGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & UpdateMetadataCorrelatorsRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.removeExternalIdentifier, options);
  }

  /**
   * Removes an external scope (`POST /external-scope/{externalScopeGUID}/remove`).
   */
  async removeExternalScope(
    options: OmasCallOptions & {
      readonly externalScopeGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & EffectiveTimeRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.removeExternalScope, options);
  }

  /**
   * Confirms synchronization (`POST /metadata-elements/{openMetadataElementTypeName}/{openMetadataElementGUID}/synchronized`).
   */
  async confirmSynchronization(
    options: OmasCallOptions & {
      readonly openMetadataElementTypeName: string;
      readonly openMetadataElementGUID: string;
    } & MetadataCorrelationProperties,
  ): Promise<void> {
    await send(this.invoker, ops.confirmSynchronization, options);
  }

  /**
   * Returns one page of the elements for external identifier (`POST /external-identifiers/open-metadata-elements`).
   */
  async getElementsForExternalIdentifier(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & UpdateMetadataCorrelatorsRequestBody = {},
  ): Promise<ElementHeader[]> {
    return sendPage<ElementHeader>(this.invoker, ops.getElementsForExternalIdentifier, options);
  }

  /** Iterates over every element getElementsForExternalIdentifier returns, page by page from `startFrom`. */
  getElementsForExternalIdentifierIterator(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & UpdateMetadataCorrelatorsRequestBody = {},
  ): AsyncIterableIterator<ElementHeader> {
    return iteratePages<ElementHeader>(this.invoker, ops.getElementsForExternalIdentifier, options);
  }

  /**
   * Returns one page of the external identifiers (`POST /metadata-elements/{openMetadataElementTypeName}/{openMetadataElementGUID}/external-identifiers`).
   */
  async getExternalIdentifiers(
    options: OmasPagingOptions & {
      readonly openMetadataElementTypeName: string;
      readonly openMetadataElementGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & GovernanceEffectiveTimeQueryRequestBody,
  ): Promise<MetadataCorrelationHeader[]> {
    return sendPage<MetadataCorrelationHeader>(this.invoker, ops.getExternalIdentifiers, options);
  }

  /** Iterates over every element getExternalIdentifiers returns, page by page from `startFrom`. */
  getExternalIdentifiersIterator(
    options: OmasPagingOptions & {
      readonly openMetadataElementTypeName: string;
      readonly openMetadataElementGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & GovernanceEffectiveTimeQueryRequestBody,
  ): AsyncIterableIterator<MetadataCorrelationHeader> {
    return iteratePages<MetadataCorrelationHeader>(this.invoker, ops.getExternalIdentifiers, options);
  }

  /**
   * Returns the metadata element with the given GUID (`POST /metadata-elements/{elementGUID}`).
   */
  async getMetadataElementByGUID(
    options: OmasCallOptions & {
      readonly elementGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AnyTimeRequestBody,
  ): Promise<OpenMetadataElement | undefined> {
    return send<OpenMetadataElement | undefined>(this.invoker, ops.getMetadataElementByGUID, options);
  }

  /**
   * Returns a metadata element by unique name (`POST /metadata-elements/by-unique-name`).
   */
  async getMetadataElementByUniqueName(
    options: OmasCallOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & NameRequestBody = {},
  ): Promise<OpenMetadataElement | undefined> {
    return send<OpenMetadataElement | undefined>(this.invoker, ops.getMetadataElementByUniqueName, options);
  }

  /**
   * Returns a metadata element GUID by unique name (`POST /metadata-elements/guid-by-unique-name`).
   * @returns the GUID, or undefined when the server finds none
   */
  async getMetadataElementGUIDByUniqueName(
    options: OmasCallOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & NameRequestBody = {},
  ): Promise<string | undefined> {
    return send<string | undefined>(this.invoker, ops.getMetadataElementGUIDByUniqueName, options);
  }

  /**
   * Returns one page of the metadata elements with string whose properties match a search string (a regular expression) (`POST /metadata-elements/by-search-string`).
   */
  async findMetadataElementsWithString(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & SearchStringRequestBody = {},
  ): Promise<OpenMetadataElement[]> {
    return sendPage<OpenMetadataElement>(this.invoker, ops.findMetadataElementsWithString, options);
  }

  /** Iterates over every element findMetadataElementsWithString returns, page by page from `startFrom`. */
  findMetadataElementsWithStringIterator(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & SearchStringRequestBody = {},
  ): AsyncIterableIterator<OpenMetadataElement> {
    return iteratePages<OpenMetadataElement>(this.invoker, ops.findMetadataElementsWithString, options);
  }

  /**
   * Returns one page of the metadata elements that match search conditions on their type, properties and classifications (`POST /metadata-elements/by-search-conditions`).
   */
  async findMetadataElements(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & FindRequestBody = {},
  ): Promise<OpenMetadataElement[]> {
    return sendPage<OpenMetadataElement>(this.invoker, ops.findMetadataElements, options);
  }

  /** Iterates over every element findMetadataElements returns, page by page from `startFrom`. */
  findMetadataElementsIterator(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & FindRequestBody = {},
  ): AsyncIterableIterator<OpenMetadataElement> {
    return iteratePages<OpenMetadataElement>(this.invoker, ops.findMetadataElements, options);
  }

  /**
   * Returns the related metadata elements (`POST /related-elements/{elementGUID}/type/{relationshipTypeName}`).
   */
  async getRelatedMetadataElements(
    options: OmasPagingOptions & {
      readonly elementGUID: string;
      readonly relationshipTypeName: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
      readonly startingAtEnd?: number;
    } & ResultsRequestBody,
  ): Promise<RelatedMetadataElementList | undefined> {
    return send<RelatedMetadataElementList | undefined>(this.invoker, ops.getRelatedMetadataElements, options);
  }

  /**
   * Creates a metadata element in store (`POST /metadata-elements`).
   * @returns the GUID of what was created
   */
  async createMetadataElementInStore(
    options: OmasCallOptions & NewOpenMetadataElementRequestBody = {},
  ): Promise<string> {
    return send<string>(this.invoker, ops.createMetadataElementInStore, options);
  }

  /**
   * Updates a metadata element in store (`POST /metadata-elements/{metadataElementGUID}/update-properties`).
   */
  async updateMetadataElementInStore(
    options: OmasCallOptions & { readonly metadataElementGUID: string } & UpdatePropertiesRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updateMetadataElementInStore, options);
  }

  /**
   * Deletes a metadata element in store (`POST /metadata-elements/{metadataElementGUID}/delete`).
   */
  async deleteMetadataElementInStore(
    options: OmasCallOptions & { readonly metadataElementGUID: string } & GovernanceUpdateRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.deleteMetadataElementInStore, options);
  }

  /**
   * Sets a classification on a metadata element (`POST /metadata-elements/{metadataElementGUID}/classifications/{classificationName}`).
   */
  async classifyMetadataElementInStore(
    options: OmasCallOptions & {
      readonly metadataElementGUID: string;
      readonly classificationName: string;
    } & NewClassificationRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.classifyMetadataElementInStore, options);
  }

  /**
   * Removes a classification from a metadata element (`POST /metadata-elements/{metadataElementGUID}/classifications/{classificationName}/delete`).
   */
  async declassifyMetadataElementInStore(
    options: OmasCallOptions & {
      readonly metadataElementGUID: string;
      readonly classificationName: string;
    } & GovernanceUpdateRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.declassifyMetadataElementInStore, options);
  }

  /**
   * Creates related elements in store (`POST /related-elements`).
   * @returns the GUID of what was created
   */
  async createRelatedElementsInStore(options: OmasCallOptions & NewRelatedElementsRequestBody = {}): Promise<string> {
    return send<string>(this.invoker, ops.createRelatedElementsInStore, options);
  }

  /**
   * Deletes related elements in store (`POST /related-elements/{relationshipGUID}/delete`).
   */
  async deleteRelatedElementsInStore(
    options: OmasCallOptions & { readonly relationshipGUID: string } & GovernanceUpdateRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.deleteRelatedElementsInStore, options);
  }
}
