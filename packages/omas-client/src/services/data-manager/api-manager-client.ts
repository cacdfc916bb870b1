/**
 * Data Manager OMAS: APIs, API operations and API parameter lists (APIManagerResource); API parameters are schema attributes (see the schema manager client): the typed client.
 */
import type { APIElement, APIOperationElement, APIParameterListElement } from '../common/beans/elements';
import type {
  APIOperationRequestBody,
  APIParameterListRequestBody,
  APIRequestBody,
  MetadataSourceRequestBody,
  NameRequestBody,
  SearchStringRequestBody,
} from '../common/beans/request-bodies';
import type { DataManagerTemplateRequestBody } from './data-manager-beans';
import type { OperationInvoker } from '../../operations/operation-invoker';
import { iteratePages, send, sendPage } from '../common/client-support';
import type { OmasCallOptions, OmasPagingOptions } from '../common/options';
import { DATA_MANAGER_API_SERVICE } from './api-manager-operations';

const ops = DATA_MANAGER_API_SERVICE.operations;

/**
 * Data Manager OMAS: APIs, API operations and API parameter lists (APIManagerResource); API parameters are schema attributes (see the schema manager client).
 * Each method sends one row of {@link DATA_MANAGER_API_SERVICE} through an {@link OperationInvoker} (such as an
 * `OmasRestClient` for that table). Options carry the path values, the query values and the fields of
 * the request bean, under Egeria's names.
 * @public
 */
export class APIManagerClient {
  /** @param invoker - sends the operations, such as an `OmasRestClient` for `DATA_MANAGER_API_SERVICE` */
  constructor(private readonly invoker: OperationInvoker) {}

  /**
   * Creates an API (`POST /apis`).
   * @returns the GUID of what was created
   */
  async createAPI(
    options: OmasCallOptions & { readonly apiManagerIsHome?: boolean } & APIRequestBody = {},
  ): Promise<string> {
    return send<string>(this.invoker, ops.createAPI, options);
  }

  /**
   * Creates an API for endpoint (`POST /apis/for-endpoint/{endpointGUID}`).
   * @returns the GUID of what was created
   */
  async createAPIForEndpoint(
    options: OmasCallOptions & { readonly endpointGUID: string; readonly apiManagerIsHome?: boolean } & APIRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.createAPIForEndpoint, options);
  }

  /**
   * Creates an API from template (`POST /apis/from-template/{templateGUID}`).
   * @returns the GUID of what was created
   */
  async createAPIFromTemplate(
    options: OmasCallOptions & {
      readonly templateGUID: string;
      readonly apiManagerIsHome?: boolean;
    } & DataManagerTemplateRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.createAPIFromTemplate, options);
  }

  /**
   * Creates an API for endpoint from template (`POST /apis/for-endpoint/{endpointGUID}/from-template/{templateGUID}`).
   * @returns the GUID of what was created
   */
  async createAPIForEndpointFromTemplate(
    options: OmasCallOptions & {
      readonly endpointGUID: string;
      readonly templateGUID: string;
      readonly apiManagerIsHome?: boolean;
    } & DataManagerTemplateRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.createAPIForEndpointFromTemplate, options);
  }

  /**
   * Updates an API (`POST /apis/{apiGUID}`).
   */
  async updateAPI(
    options: OmasCallOptions & { readonly apiGUID: string; readonly isMergeUpdate: boolean } & APIRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updateAPI, options);
  }

  /**
   * Publishes an API (`POST /apis/{apiGUID}/publish`).
   */
  async publishAPI(options: OmasCallOptions & { readonly apiGUID: string }): Promise<void> {
    await send(this.invoker, ops.publishAPI, options);
  }

  /**
   * Withdraws an API (`POST /apis/{apiGUID}/withdraw`).
   */
  async withdrawAPI(options: OmasCallOptions & { readonly apiGUID: string }): Promise<void> {
    await send(this.invoker, ops.withdrawAPI, options);
  }

  /**
   * Removes an API (`POST /apis/{apiGUID}/{qualifiedName}/delete`).
   */
  async removeAPI(
    options: OmasCallOptions & { readonly apiGUID: string; readonly qualifiedName: string } & MetadataSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.removeAPI, options);
  }

  /**
   * Returns one page of the AP is whose properties match a search string (a regular expression) (`POST /apis/by-search-string`).
   */
  async findAPIs(options: OmasPagingOptions & SearchStringRequestBody = {}): Promise<APIElement[]> {
    return sendPage<APIElement>(this.invoker, ops.findAPIs, options);
  }

  /** Iterates over every element findAPIs returns, page by page from `startFrom`. */
  findAPIsIterator(options: OmasPagingOptions & SearchStringRequestBody = {}): AsyncIterableIterator<APIElement> {
    return iteratePages<APIElement>(this.invoker, ops.findAPIs, options);
  }

  /**
   * Returns one page of the AP is with a name (`POST /apis/by-name`).
   */
  async getAPIsByName(options: OmasPagingOptions & NameRequestBody = {}): Promise<APIElement[]> {
    return sendPage<APIElement>(this.invoker, ops.getAPIsByName, options);
  }

  /** Iterates over every element getAPIsByName returns, page by page from `startFrom`. */
  getAPIsByNameIterator(options: OmasPagingOptions & NameRequestBody = {}): AsyncIterableIterator<APIElement> {
    return iteratePages<APIElement>(this.invoker, ops.getAPIsByName, options);
  }

  /**
   * Returns one page of the AP is for API manager (`GET /apis/api-managers/{apiManagerGUID}/{apiManagerName}`).
   */
  async getAPIsForAPIManager(
    options: OmasPagingOptions & { readonly apiManagerGUID: string; readonly apiManagerName: string },
  ): Promise<APIElement[]> {
    return sendPage<APIElement>(this.invoker, ops.getAPIsForAPIManager, options);
  }

  /** Iterates over every element getAPIsForAPIManager returns, page by page from `startFrom`. */
  getAPIsForAPIManagerIterator(
    options: OmasPagingOptions & { readonly apiManagerGUID: string; readonly apiManagerName: string },
  ): AsyncIterableIterator<APIElement> {
    return iteratePages<APIElement>(this.invoker, ops.getAPIsForAPIManager, options);
  }

  /**
   * Returns one page of the AP is for endpoint (`GET /apis/by-endpoint/{endpointGUID}`).
   */
  async getAPIsForEndpoint(options: OmasPagingOptions & { readonly endpointGUID: string }): Promise<APIElement[]> {
    return sendPage<APIElement>(this.invoker, ops.getAPIsForEndpoint, options);
  }

  /** Iterates over every element getAPIsForEndpoint returns, page by page from `startFrom`. */
  getAPIsForEndpointIterator(
    options: OmasPagingOptions & { readonly endpointGUID: string },
  ): AsyncIterableIterator<APIElement> {
    return iteratePages<APIElement>(this.invoker, ops.getAPIsForEndpoint, options);
  }

  /**
   * Returns the api with the given GUID (`GET /apis/{apiGUID}`).
   */
  async getAPIByGUID(options: OmasCallOptions & { readonly apiGUID: string }): Promise<APIElement | undefined> {
    return send<APIElement | undefined>(this.invoker, ops.getAPIByGUID, options);
  }

  /**
   * Creates an API operation (`POST /apis/{apiGUID}/api-operations`).
   * @returns the GUID of what was created
   */
  async createAPIOperation(
    options: OmasCallOptions & { readonly apiGUID: string } & APIOperationRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.createAPIOperation, options);
  }

  /**
   * Creates an API operation from template (`POST /apis/{apiGUID}/api-operations/from-template/{templateGUID}`).
   * @returns the GUID of what was created
   */
  async createAPIOperationFromTemplate(
    options: OmasCallOptions & {
      readonly apiGUID: string;
      readonly templateGUID: string;
    } & DataManagerTemplateRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.createAPIOperationFromTemplate, options);
  }

  /**
   * Updates an API operation (`POST /apis/api-operations/{apiOperationGUID}`).
   */
  async updateAPIOperation(
    options: OmasCallOptions & {
      readonly apiOperationGUID: string;
      readonly isMergeUpdate: boolean;
    } & APIOperationRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updateAPIOperation, options);
  }

  /**
   * Removes an API operation (`POST /apis/api-operations/{apiOperationGUID}/{qualifiedName}/delete`).
   */
  async removeAPIOperation(
    options: OmasCallOptions & {
      readonly apiOperationGUID: string;
      readonly qualifiedName: string;
    } & MetadataSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.removeAPIOperation, options);
  }

  /**
   * Returns one page of the API operations whose properties match a search string (a regular expression) (`POST /apis/api-operations/by-search-string`).
   */
  async findAPIOperations(options: OmasPagingOptions & SearchStringRequestBody = {}): Promise<APIOperationElement[]> {
    return sendPage<APIOperationElement>(this.invoker, ops.findAPIOperations, options);
  }

  /** Iterates over every element findAPIOperations returns, page by page from `startFrom`. */
  findAPIOperationsIterator(
    options: OmasPagingOptions & SearchStringRequestBody = {},
  ): AsyncIterableIterator<APIOperationElement> {
    return iteratePages<APIOperationElement>(this.invoker, ops.findAPIOperations, options);
  }

  /**
   * Returns one page of the operations for API (`GET /apis/{apiGUID}/api-operations`).
   */
  async getOperationsForAPI(options: OmasPagingOptions & { readonly apiGUID: string }): Promise<APIOperationElement[]> {
    return sendPage<APIOperationElement>(this.invoker, ops.getOperationsForAPI, options);
  }

  /** Iterates over every element getOperationsForAPI returns, page by page from `startFrom`. */
  getOperationsForAPIIterator(
    options: OmasPagingOptions & { readonly apiGUID: string },
  ): AsyncIterableIterator<APIOperationElement> {
    return iteratePages<APIOperationElement>(this.invoker, ops.getOperationsForAPI, options);
  }

  /**
   * Returns one page of the API operations with a name (`POST /apis/api-operations/by-name`).
   */
  async getAPIOperationsByName(options: OmasPagingOptions & NameRequestBody = {}): Promise<APIOperationElement[]> {
    return sendPage<APIOperationElement>(this.invoker, ops.getAPIOperationsByName, options);
  }

  /** Iterates over every element getAPIOperationsByName returns, page by page from `startFrom`. */
  getAPIOperationsByNameIterator(
    options: OmasPagingOptions & NameRequestBody = {},
  ): AsyncIterableIterator<APIOperationElement> {
    return iteratePages<APIOperationElement>(this.invoker, ops.getAPIOperationsByName, options);
  }

  /**
   * Returns the api operation with the given GUID (`GET /apis/api-operations/{apiOperationGUID}`).
   */
  async getAPIOperationByGUID(
    options: OmasCallOptions & { readonly apiOperationGUID: string },
  ): Promise<APIOperationElement | undefined> {
    return send<APIOperationElement | undefined>(this.invoker, ops.getAPIOperationByGUID, options);
  }

  /**
   * Creates an API parameter list (`POST /apis/api-operations/{apiOperationGUID}/api-parameter-lists/{parameterListType}`).
   * @returns the GUID of what was created
   */
  async createAPIParameterList(
    options: OmasCallOptions & {
      readonly apiOperationGUID: string;
      readonly parameterListType: string;
    } & APIParameterListRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.createAPIParameterList, options);
  }

  /**
   * Creates an API parameter list from template (`POST /apis/api-operations/{apiOperationGUID}/api-parameter-lists/{parameterListType}/from-template/{templateGUID}`).
   * @returns the GUID of what was created
   */
  async createAPIParameterListFromTemplate(
    options: OmasCallOptions & {
      readonly apiOperationGUID: string;
      readonly parameterListType: string;
      readonly templateGUID: string;
    } & DataManagerTemplateRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.createAPIParameterListFromTemplate, options);
  }

  /**
   * Updates an API parameter list (`POST /apis/api-operations/api-parameter-lists/{apiParameterListGUID}`).
   */
  async updateAPIParameterList(
    options: OmasCallOptions & {
      readonly apiParameterListGUID: string;
      readonly isMergeUpdate: boolean;
    } & APIParameterListRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updateAPIParameterList, options);
  }

  /**
   * Removes an API parameter list (`POST /apis/api-operations/api-parameter-lists/{apiParameterListGUID}/{qualifiedName}/delete`).
   */
  async removeAPIParameterList(
    options: OmasCallOptions & {
      readonly apiParameterListGUID: string;
      readonly qualifiedName: string;
    } & MetadataSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.removeAPIParameterList, options);
  }

  /**
   * Returns one page of the API parameter lists whose properties match a search string (a regular expression) (`POST /apis/api-operations/api-parameter-lists/by-search-string`).
   */
  async findAPIParameterLists(
    options: OmasPagingOptions & SearchStringRequestBody = {},
  ): Promise<APIParameterListElement[]> {
    return sendPage<APIParameterListElement>(this.invoker, ops.findAPIParameterLists, options);
  }

  /** Iterates over every element findAPIParameterLists returns, page by page from `startFrom`. */
  findAPIParameterListsIterator(
    options: OmasPagingOptions & SearchStringRequestBody = {},
  ): AsyncIterableIterator<APIParameterListElement> {
    return iteratePages<APIParameterListElement>(this.invoker, ops.findAPIParameterLists, options);
  }

  /**
   * Returns one page of the API parameter lists for operation (`GET /apis/api-operations/{apiOperationGUID}/api-parameter-lists`).
   */
  async getAPIParameterListsForOperation(
    options: OmasPagingOptions & { readonly apiOperationGUID: string },
  ): Promise<APIParameterListElement[]> {
    return sendPage<APIParameterListElement>(this.invoker, ops.getAPIParameterListsForOperation, options);
  }

  /** Iterates over every element getAPIParameterListsForOperation returns, page by page from `startFrom`. */
  getAPIParameterListsForOperationIterator(
    options: OmasPagingOptions & { readonly apiOperationGUID: string },
  ): AsyncIterableIterator<APIParameterListElement> {
    return iteratePages<APIParameterListElement>(this.invoker, ops.getAPIParameterListsForOperation, options);
  }

  /**
   * Returns one page of the API parameter lists with a name (`POST /apis/api-operations/api-parameter-lists/by-name`).
   */
  async getAPIParameterListsByName(
    options: OmasPagingOptions & NameRequestBody = {},
  ): Promise<APIParameterListElement[]> {
    return sendPage<APIParameterListElement>(this.invoker, ops.getAPIParameterListsByName, options);
  }

  /** Iterates over every element getAPIParameterListsByName returns, page by page from `startFrom`. */
  getAPIParameterListsByNameIterator(
    options: OmasPagingOptions & NameRequestBody = {},
  ): AsyncIterableIterator<APIParameterListElement> {
    return iteratePages<APIParameterListElement>(this.invoker, ops.getAPIParameterListsByName, options);
  }

  /**
   * Returns the api parameter list with the given GUID (`GET /apis/api-operations/api-parameter-lists/{apiParameterListGUID}`).
   */
  async getAPIParameterListByGUID(
    options: OmasCallOptions & { readonly apiParameterListGUID: string },
  ): Promise<APIParameterListElement | undefined> {
    return send<APIParameterListElement | undefined>(this.invoker, ops.getAPIParameterListByGUID, options);
  }
}
