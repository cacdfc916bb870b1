/**
 * Data Manager OMAS: forms, reports, queries and their data containers (DisplayApplicationResource); data fields are schema attributes (see the schema manager client).
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

/** The name of an operation of {@link DATA_MANAGER_DISPLAY_SERVICE}. @public */
export type DataManagerDisplayOperationName =
  | 'createForm'
  | 'createFormFromTemplate'
  | 'updateForm'
  | 'publishForm'
  | 'withdrawForm'
  | 'removeForm'
  | 'findForms'
  | 'getFormsByName'
  | 'getFormsForApplication'
  | 'getFormByGUID'
  | 'createReport'
  | 'createReportFromTemplate'
  | 'updateReport'
  | 'publishReport'
  | 'withdrawReport'
  | 'removeReport'
  | 'findReports'
  | 'getReportsByName'
  | 'getReportsForApplication'
  | 'getReportByGUID'
  | 'createQuery'
  | 'createQueryFromTemplate'
  | 'updateQuery'
  | 'publishQuery'
  | 'withdrawQuery'
  | 'removeQuery'
  | 'findQueries'
  | 'getQueriesByName'
  | 'getQueriesForApplication'
  | 'getQueryByGUID'
  | 'createDataContainer'
  | 'createDataContainerFromTemplate'
  | 'updateDataContainer'
  | 'removeDataContainer'
  | 'findDataContainers'
  | 'getDataContainersForElement'
  | 'getDataContainersByName'
  | 'getDataContainerByGUID';

/** The operations, keyed by the name of the Java client method that sends them. */
const rows: Readonly<Record<DataManagerDisplayOperationName, OperationRow>> = {
  createForm: post('/forms', 'FormRequestBody', GUID_RESPONSE, isHome('applicationIsHome'), CREATES),
  createFormFromTemplate: post(
    '/forms/by-template/{templateGUID}',
    'TemplateRequestBody',
    GUID_RESPONSE,
    isHome('applicationIsHome'),
    CREATES,
  ),
  updateForm: post('/forms/{formGUID}', 'FormRequestBody', VOID_RESPONSE, MERGE_UPDATE),
  publishForm: post('/forms/{formGUID}/publish', 'NullRequestBody', VOID_RESPONSE, OPTIONAL_BODY),
  withdrawForm: post('/forms/{formGUID}/withdraw', 'NullRequestBody', VOID_RESPONSE, OPTIONAL_BODY),
  removeForm: post('/forms/{formGUID}/{qualifiedName}/delete', 'MetadataSourceRequestBody', VOID_RESPONSE),
  findForms: post('/forms/by-search-string', 'SearchStringRequestBody', elements('FormsResponse'), paged()),
  getFormsByName: post('/forms/by-name', 'NameRequestBody', elements('FormsResponse'), paged()),
  getFormsForApplication: get(
    '/forms/applications/{applicationGUID}/{applicationName}',
    elements('FormsResponse'),
    paged(),
  ),
  getFormByGUID: get('/forms/{formGUID}', single('FormResponse')),
  createReport: post('/reports', 'ReportRequestBody', GUID_RESPONSE, isHome('applicationIsHome'), CREATES),
  createReportFromTemplate: post(
    '/reports/from-template/{templateGUID}',
    'TemplateRequestBody',
    GUID_RESPONSE,
    isHome('applicationIsHome'),
    CREATES,
  ),
  updateReport: post('/reports/{reportGUID}', 'ReportRequestBody', VOID_RESPONSE, MERGE_UPDATE),
  publishReport: post('/reports/{reportGUID}/publish', 'NullRequestBody', VOID_RESPONSE, OPTIONAL_BODY),
  withdrawReport: post('/reports/{reportGUID}/withdraw', 'NullRequestBody', VOID_RESPONSE, OPTIONAL_BODY),
  removeReport: post('/reports/{reportGUID}/{qualifiedName}/delete', 'MetadataSourceRequestBody', VOID_RESPONSE),
  findReports: post('/reports/by-search-string', 'SearchStringRequestBody', elements('ReportsResponse'), paged()),
  getReportsByName: post('/reports/by-name', 'NameRequestBody', elements('ReportsResponse'), paged()),
  getReportsForApplication: get(
    '/reports/applications/{applicationGUID}/{applicationName}',
    elements('ReportsResponse'),
    paged(),
  ),
  getReportByGUID: get('/reports/{reportGUID}', single('ReportResponse')),
  createQuery: post('/queries', 'QueryRequestBody', GUID_RESPONSE, isHome('applicationIsHome'), CREATES),
  createQueryFromTemplate: post(
    '/queries/from-template/{templateGUID}',
    'TemplateRequestBody',
    GUID_RESPONSE,
    isHome('applicationIsHome'),
    CREATES,
  ),
  updateQuery: post('/queries/{queryGUID}', 'QueryRequestBody', VOID_RESPONSE, MERGE_UPDATE),
  publishQuery: post('/queries/{queryGUID}/publish', 'NullRequestBody', VOID_RESPONSE, OPTIONAL_BODY),
  withdrawQuery: post('/queries/{queryGUID}/withdraw', 'NullRequestBody', VOID_RESPONSE, OPTIONAL_BODY),
  removeQuery: post('/queries/{queryGUID}/{qualifiedName}/delete', 'MetadataSourceRequestBody', VOID_RESPONSE),
  findQueries: post('/queries/by-search-string', 'SearchStringRequestBody', elements('QueriesResponse'), paged()),
  getQueriesByName: post('/queries/by-name', 'NameRequestBody', elements('QueriesResponse'), paged()),
  getQueriesForApplication: get(
    '/queries/applications/{applicationGUID}/{applicationName}',
    elements('QueriesResponse'),
    paged(),
  ),
  getQueryByGUID: get('/queries/{queryGUID}', single('QueryResponse')),
  createDataContainer: post(
    '/schemas/elements/{parentGUID}/data-containers',
    'DataContainerRequestBody',
    GUID_RESPONSE,
    isHome('applicationIsHome'),
    CREATES,
  ),
  createDataContainerFromTemplate: post(
    '/schemas/elements/{parentGUID}/data-containers/from-template/{templateGUID}',
    'TemplateRequestBody',
    GUID_RESPONSE,
    isHome('applicationIsHome'),
    CREATES,
  ),
  updateDataContainer: post(
    '/schemas/data-containers/{dataContainerGUID}',
    'DataContainerRequestBody',
    VOID_RESPONSE,
    MERGE_UPDATE,
  ),
  removeDataContainer: post(
    '/schemas/data-containers/{dataContainerGUID}/delete',
    'MetadataSourceRequestBody',
    VOID_RESPONSE,
  ),
  findDataContainers: post(
    '/schemas/data-containers/by-search-string',
    'SearchStringRequestBody',
    elements('DataContainersResponse'),
    paged(),
  ),
  getDataContainersForElement: get(
    '/schemas/data-containers/by-parent-element/{parentGUID}',
    elements('DataContainersResponse'),
    paged(),
  ),
  getDataContainersByName: post(
    '/schemas/data-containers/by-name',
    'NameRequestBody',
    elements('DataContainersResponse'),
    paged(),
  ),
  getDataContainerByGUID: get('/schemas/data-containers/{dataContainerGUID}', single('DataContainerResponse')),
};

/** Data Manager OMAS: forms, reports, queries and their data containers (DisplayApplicationResource); data fields are schema attributes (see the schema manager client): the operation table. @public */
export const DATA_MANAGER_DISPLAY_SERVICE = defineService<DataManagerDisplayOperationName>(
  { kind: 'access-service', marker: 'data-manager' },
  rows,
);
