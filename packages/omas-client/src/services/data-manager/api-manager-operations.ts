/**
 * Data Manager OMAS: APIs, API operations and API parameter lists (APIManagerResource); API parameters are schema attributes (see the schema manager client).
 * Each row is checked against the Spring resource class of Egeria 5.2 (commit 19177ef7); the paths
 * are below the service root, and where Egeria's Java client and server disagree the row follows the server.
 */
import {
  CREATES,
  GUID_RESPONSE,
  MERGE_UPDATE,
  OPTIONAL_BODY,
  VOID_RESPONSE,
  defineService,
  elements,
  get,
  isHome,
  paged,
  post,
  single,
  type OperationRow,
} from '../common/operation-rows';

/** The name of an operation of {@link DATA_MANAGER_API_SERVICE}. @public */
export type DataManagerAPIOperationName =
  | 'createAPI'
  | 'createAPIForEndpoint'
  | 'createAPIFromTemplate'
  | 'createAPIForEndpointFromTemplate'
  | 'updateAPI'
  | 'publishAPI'
  | 'withdrawAPI'
  | 'removeAPI'
  | 'findAPIs'
  | 'getAPIsByName'
  | 'getAPIsForAPIManager'
  | 'getAPIsForEndpoint'
  | 'getAPIByGUID'
  | 'createAPIOperation'
  | 'createAPIOperationFromTemplate'
  | 'updateAPIOperation'
  | 'removeAPIOperation'
  | 'findAPIOperations'
  | 'getOperationsForAPI'
  | 'getAPIOperationsByName'
  | 'getAPIOperationByGUID'
  | 'createAPIParameterList'
  | 'createAPIParameterListFromTemplate'
  | 'updateAPIParameterList'
  | 'removeAPIParameterList'
  | 'findAPIParameterLists'
  | 'getAPIParameterListsForOperation'
  | 'getAPIParameterListsByName'
  | 'getAPIParameterListByGUID';

/** The operations, keyed by the name of the Java client method that sends them. */
const rows: Readonly<Record<DataManagerAPIOperationName, OperationRow>> = {
  createAPI: post('/apis', 'APIRequestBody', GUID_RESPONSE, isHome('apiManagerIsHome'), CREATES),
  createAPIForEndpoint: post(
    '/apis/for-endpoint/{endpointGUID}',
    'APIRequestBody',
    GUID_RESPONSE,
    isHome('apiManagerIsHome'),
    CREATES,
  ),
  createAPIFromTemplate: post(
    '/apis/from-template/{templateGUID}',
    'TemplateRequestBody',
    GUID_RESPONSE,
    isHome('apiManagerIsHome'),
    CREATES,
  ),
  createAPIForEndpointFromTemplate: post(
    '/apis/for-endpoint/{endpointGUID}/from-template/{templateGUID}',
    'TemplateRequestBody',
    GUID_RESPONSE,
    isHome('apiManagerIsHome'),
    CREATES,
  ),
  updateAPI: post('/apis/{apiGUID}', 'APIRequestBody', VOID_RESPONSE, MERGE_UPDATE),
  publishAPI: post('/apis/{apiGUID}/publish', 'NullRequestBody', VOID_RESPONSE, OPTIONAL_BODY),
  withdrawAPI: post('/apis/{apiGUID}/withdraw', 'NullRequestBody', VOID_RESPONSE, OPTIONAL_BODY),
  removeAPI: post('/apis/{apiGUID}/{qualifiedName}/delete', 'MetadataSourceRequestBody', VOID_RESPONSE),
  findAPIs: post('/apis/by-search-string', 'SearchStringRequestBody', elements('APIsResponse'), paged()),
  getAPIsByName: post('/apis/by-name', 'NameRequestBody', elements('APIsResponse'), paged()),
  getAPIsForAPIManager: get('/apis/api-managers/{apiManagerGUID}/{apiManagerName}', elements('APIsResponse'), paged()),
  getAPIsForEndpoint: get('/apis/by-endpoint/{endpointGUID}', elements('APIsResponse'), paged()),
  getAPIByGUID: get('/apis/{apiGUID}', single('APIResponse')),
  createAPIOperation: post('/apis/{apiGUID}/api-operations', 'APIOperationRequestBody', GUID_RESPONSE, CREATES),
  createAPIOperationFromTemplate: post(
    '/apis/{apiGUID}/api-operations/from-template/{templateGUID}',
    'TemplateRequestBody',
    GUID_RESPONSE,
    CREATES,
  ),
  updateAPIOperation: post(
    '/apis/api-operations/{apiOperationGUID}',
    'APIOperationRequestBody',
    VOID_RESPONSE,
    MERGE_UPDATE,
  ),
  removeAPIOperation: post(
    '/apis/api-operations/{apiOperationGUID}/{qualifiedName}/delete',
    'MetadataSourceRequestBody',
    VOID_RESPONSE,
  ),
  findAPIOperations: post(
    '/apis/api-operations/by-search-string',
    'SearchStringRequestBody',
    elements('APIOperationsResponse'),
    paged(),
  ),
  getOperationsForAPI: get('/apis/{apiGUID}/api-operations', elements('APIOperationsResponse'), paged()),
  getAPIOperationsByName: post(
    '/apis/api-operations/by-name',
    'NameRequestBody',
    elements('APIOperationsResponse'),
    paged(),
  ),
  getAPIOperationByGUID: get('/apis/api-operations/{apiOperationGUID}', single('APIOperationResponse')),
  createAPIParameterList: post(
    '/apis/api-operations/{apiOperationGUID}/api-parameter-lists/{parameterListType}',
    'APIParameterListRequestBody',
    GUID_RESPONSE,
    CREATES,
  ),
  createAPIParameterListFromTemplate: post(
    '/apis/api-operations/{apiOperationGUID}/api-parameter-lists/{parameterListType}/from-template/{templateGUID}',
    'TemplateRequestBody',
    GUID_RESPONSE,
    CREATES,
  ),
  updateAPIParameterList: post(
    '/apis/api-operations/api-parameter-lists/{apiParameterListGUID}',
    'APIParameterListRequestBody',
    VOID_RESPONSE,
    MERGE_UPDATE,
  ),
  removeAPIParameterList: post(
    '/apis/api-operations/api-parameter-lists/{apiParameterListGUID}/{qualifiedName}/delete',
    'MetadataSourceRequestBody',
    VOID_RESPONSE,
  ),
  findAPIParameterLists: post(
    '/apis/api-operations/api-parameter-lists/by-search-string',
    'SearchStringRequestBody',
    elements('APIParameterListsResponse'),
    paged(),
  ),
  getAPIParameterListsForOperation: get(
    '/apis/api-operations/{apiOperationGUID}/api-parameter-lists',
    elements('APIParameterListsResponse'),
    paged(),
  ),
  getAPIParameterListsByName: post(
    '/apis/api-operations/api-parameter-lists/by-name',
    'NameRequestBody',
    elements('APIParameterListsResponse'),
    paged(),
  ),
  getAPIParameterListByGUID: get(
    '/apis/api-operations/api-parameter-lists/{apiParameterListGUID}',
    single('APIParameterListResponse'),
  ),
};

/** Data Manager OMAS: APIs, API operations and API parameter lists (APIManagerResource); API parameters are schema attributes (see the schema manager client): the operation table. @public */
export const DATA_MANAGER_API_SERVICE = defineService<DataManagerAPIOperationName>(
  { kind: 'access-service', marker: 'data-manager' },
  rows,
);
