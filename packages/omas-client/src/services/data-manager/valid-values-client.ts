/**
 * Data Manager OMAS: valid values, valid value sets, their members, consumers and reference value tags (DataManagerValidValuesResource), which the files, topic, API and database contexts use: the typed client.
 */
import type { RelatedElement, ValidValueElement } from '../common/beans/elements';
import type {
  ExternalSourceRequestBody,
  NameRequestBody,
  ReferenceableRequestBody,
  RelationshipRequestBody,
  SearchStringRequestBody,
} from '../common/beans/request-bodies';
import type { OperationInvoker } from '../../operations/operation-invoker';
import { iteratePages, send, sendPage } from '../common/client-support';
import type { OmasCallOptions, OmasPagingOptions } from '../common/options';
import { DATA_MANAGER_VALID_VALUES_SERVICE } from './valid-values-operations';

const ops = DATA_MANAGER_VALID_VALUES_SERVICE.operations;

/**
 * Data Manager OMAS: valid values, valid value sets, their members, consumers and reference value tags (DataManagerValidValuesResource), which the files, topic, API and database contexts use.
 * Each method sends one row of {@link DATA_MANAGER_VALID_VALUES_SERVICE} through an {@link OperationInvoker} (such as an
 * `OmasRestClient` for that table). Options carry the path values, the query values and the fields of
 * the request bean, under Egeria's names.
 * @public
 */
export class DataManagerValidValuesClient {
  /** @param invoker - sends the operations, such as an `OmasRestClient` for `DATA_MANAGER_VALID_VALUES_SERVICE` */
  constructor(private readonly invoker: OperationInvoker) {}

  /**
   * Creates a valid value (`POST /valid-values`).
   * @returns the GUID of what was created
   */
  async createValidValue(options: OmasCallOptions & ReferenceableRequestBody = {}): Promise<string> {
    return send<string>(this.invoker, ops.createValidValue, options, {
      nested: { properties: 'ValidValueProperties' },
    });
  }

  /**
   * Updates a valid value (`POST /valid-values/{validValueGUID}`).
   */
  async updateValidValue(
    options: OmasCallOptions & {
      readonly validValueGUID: string;
      readonly isMergeUpdate: boolean;
    } & ReferenceableRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updateValidValue, options, { nested: { properties: 'ValidValueProperties' } });
  }

  /**
   * Sets up a valid value member (`POST /valid-values/{validValueSetGUID}/valid-value-members/{validValueMemberGUID}`).
   */
  async setupValidValueMember(
    options: OmasCallOptions & {
      readonly validValueSetGUID: string;
      readonly validValueMemberGUID: string;
    } & RelationshipRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.setupValidValueMember, options, {
      nested: { properties: 'ValidValueMembershipProperties' },
    });
  }

  /**
   * Clears a valid value member (`POST /valid-values/{validValueSetGUID}/valid-value-members/{validValueMemberGUID}/delete`).
   */
  async clearValidValueMember(
    options: OmasCallOptions & {
      readonly validValueSetGUID: string;
      readonly validValueMemberGUID: string;
    } & ExternalSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.clearValidValueMember, options);
  }

  /**
   * Sets up valid values (`POST /valid-values/{elementGUID}/valid-values/{validValueGUID}`).
   */
  async setupValidValues(
    options: OmasCallOptions & {
      readonly elementGUID: string;
      readonly validValueGUID: string;
    } & RelationshipRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.setupValidValues, options, {
      nested: { properties: 'ValidValueAssignmentProperties' },
    });
  }

  /**
   * Clears valid values (`POST /valid-values/{elementGUID}/valid-values/{validValueGUID}/delete`).
   */
  async clearValidValues(
    options: OmasCallOptions & {
      readonly elementGUID: string;
      readonly validValueGUID: string;
    } & ExternalSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.clearValidValues, options);
  }

  /**
   * Sets up a reference value tag (`POST /valid-values/{elementGUID}/reference-value-tags/{validValueGUID}`).
   */
  async setupReferenceValueTag(
    options: OmasCallOptions & {
      readonly elementGUID: string;
      readonly validValueGUID: string;
    } & RelationshipRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.setupReferenceValueTag, options, {
      nested: { properties: 'ReferenceValueAssignmentProperties' },
    });
  }

  /**
   * Clears a reference value tag (`POST /valid-values/{elementGUID}/reference-value-tags/{validValueGUID}/delete`).
   */
  async clearReferenceValueTag(
    options: OmasCallOptions & {
      readonly elementGUID: string;
      readonly validValueGUID: string;
    } & ExternalSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.clearReferenceValueTag, options);
  }

  /**
   * Removes a valid value (`POST /valid-values/{validValueGUID}/delete`).
   */
  async removeValidValue(
    options: OmasCallOptions & { readonly validValueGUID: string } & ExternalSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.removeValidValue, options);
  }

  /**
   * Returns one page of the valid values whose properties match a search string (a regular expression) (`POST /valid-values/by-search-string`).
   */
  async findValidValues(options: OmasPagingOptions & SearchStringRequestBody = {}): Promise<ValidValueElement[]> {
    return sendPage<ValidValueElement>(this.invoker, ops.findValidValues, options);
  }

  /** Iterates over every element findValidValues returns, page by page from `startFrom`. */
  findValidValuesIterator(
    options: OmasPagingOptions & SearchStringRequestBody = {},
  ): AsyncIterableIterator<ValidValueElement> {
    return iteratePages<ValidValueElement>(this.invoker, ops.findValidValues, options);
  }

  /**
   * Returns one page of the valid values with a name (`POST /valid-values/by-name`).
   */
  async getValidValuesByName(options: OmasPagingOptions & NameRequestBody = {}): Promise<ValidValueElement[]> {
    return sendPage<ValidValueElement>(this.invoker, ops.getValidValuesByName, options);
  }

  /** Iterates over every element getValidValuesByName returns, page by page from `startFrom`. */
  getValidValuesByNameIterator(
    options: OmasPagingOptions & NameRequestBody = {},
  ): AsyncIterableIterator<ValidValueElement> {
    return iteratePages<ValidValueElement>(this.invoker, ops.getValidValuesByName, options);
  }

  /**
   * Returns one page of the valid value set members (`GET /valid-values/members/{validValueSetGUID}`).
   */
  async getValidValueSetMembers(
    options: OmasPagingOptions & { readonly validValueSetGUID: string },
  ): Promise<ValidValueElement[]> {
    return sendPage<ValidValueElement>(this.invoker, ops.getValidValueSetMembers, options);
  }

  /** Iterates over every element getValidValueSetMembers returns, page by page from `startFrom`. */
  getValidValueSetMembersIterator(
    options: OmasPagingOptions & { readonly validValueSetGUID: string },
  ): AsyncIterableIterator<ValidValueElement> {
    return iteratePages<ValidValueElement>(this.invoker, ops.getValidValueSetMembers, options);
  }

  /**
   * Returns one page of the sets for valid value (`GET /valid-values/sets/{validValueGUID}`).
   */
  async getSetsForValidValue(
    options: OmasPagingOptions & { readonly validValueGUID: string },
  ): Promise<ValidValueElement[]> {
    return sendPage<ValidValueElement>(this.invoker, ops.getSetsForValidValue, options);
  }

  /** Iterates over every element getSetsForValidValue returns, page by page from `startFrom`. */
  getSetsForValidValueIterator(
    options: OmasPagingOptions & { readonly validValueGUID: string },
  ): AsyncIterableIterator<ValidValueElement> {
    return iteratePages<ValidValueElement>(this.invoker, ops.getSetsForValidValue, options);
  }

  /**
   * Returns the valid values for consumer (`GET /valid-values/by-consumer/{elementGUID}`).
   */
  async getValidValuesForConsumer(
    options: OmasCallOptions & { readonly elementGUID: string },
  ): Promise<ValidValueElement | undefined> {
    return send<ValidValueElement | undefined>(this.invoker, ops.getValidValuesForConsumer, options);
  }

  /**
   * Returns one page of the consumers of valid value (`GET /valid-values/{validValueGUID}/consumers`).
   */
  async getConsumersOfValidValue(
    options: OmasPagingOptions & { readonly validValueGUID: string },
  ): Promise<RelatedElement[]> {
    return sendPage<RelatedElement>(this.invoker, ops.getConsumersOfValidValue, options);
  }

  /** Iterates over every element getConsumersOfValidValue returns, page by page from `startFrom`. */
  getConsumersOfValidValueIterator(
    options: OmasPagingOptions & { readonly validValueGUID: string },
  ): AsyncIterableIterator<RelatedElement> {
    return iteratePages<RelatedElement>(this.invoker, ops.getConsumersOfValidValue, options);
  }

  /**
   * Returns one page of the reference values (`GET /valid-values/by-reference-value-tags/{elementGUID}`).
   */
  async getReferenceValues(
    options: OmasPagingOptions & { readonly elementGUID: string },
  ): Promise<ValidValueElement[]> {
    return sendPage<ValidValueElement>(this.invoker, ops.getReferenceValues, options);
  }

  /** Iterates over every element getReferenceValues returns, page by page from `startFrom`. */
  getReferenceValuesIterator(
    options: OmasPagingOptions & { readonly elementGUID: string },
  ): AsyncIterableIterator<ValidValueElement> {
    return iteratePages<ValidValueElement>(this.invoker, ops.getReferenceValues, options);
  }

  /**
   * Returns one page of the assignees of reference value (`GET /valid-values/{validValueGUID}/by-reference-value-tag-assignees`).
   */
  async getAssigneesOfReferenceValue(
    options: OmasPagingOptions & { readonly validValueGUID: string },
  ): Promise<RelatedElement[]> {
    return sendPage<RelatedElement>(this.invoker, ops.getAssigneesOfReferenceValue, options);
  }

  /** Iterates over every element getAssigneesOfReferenceValue returns, page by page from `startFrom`. */
  getAssigneesOfReferenceValueIterator(
    options: OmasPagingOptions & { readonly validValueGUID: string },
  ): AsyncIterableIterator<RelatedElement> {
    return iteratePages<RelatedElement>(this.invoker, ops.getAssigneesOfReferenceValue, options);
  }

  /**
   * Returns one page of the all valid values (`GET /valid-values`).
   */
  async getAllValidValues(options: OmasPagingOptions = {}): Promise<ValidValueElement[]> {
    return sendPage<ValidValueElement>(this.invoker, ops.getAllValidValues, options);
  }

  /** Iterates over every element getAllValidValues returns, page by page from `startFrom`. */
  getAllValidValuesIterator(options: OmasPagingOptions = {}): AsyncIterableIterator<ValidValueElement> {
    return iteratePages<ValidValueElement>(this.invoker, ops.getAllValidValues, options);
  }

  /**
   * Returns the valid value with the given GUID (`GET /valid-values/{guid}`).
   */
  async getValidValueByGUID(
    options: OmasCallOptions & { readonly guid: string },
  ): Promise<ValidValueElement | undefined> {
    return send<ValidValueElement | undefined>(this.invoker, ops.getValidValueByGUID, options);
  }
}
