/**
 * Data Manager OMAS: connections, connector types and endpoints (ConnectionManagerResource), which the files, topic, API and database contexts use.
 * Each row is checked against the Spring resource class of Egeria 5.2 (commit 19177ef7); the paths
 * are below the service root, and where Egeria's Java client and server disagree the row follows the server.
 */
import {
  CREATES,
  GUID_RESPONSE,
  MERGE_UPDATE,
  VOID_RESPONSE,
  defineService,
  elements,
  get,
  paged,
  post,
  single,
  type OperationRow,
} from '../common/operation-rows';

/** The name of an operation of {@link DATA_MANAGER_CONNECTION_SERVICE}. @public */
export type DataManagerConnectionOperationName =
  | 'createConnection'
  | 'createConnectionFromTemplate'
  | 'updateConnection'
  | 'setupConnectorType'
  | 'clearConnectorType'
  | 'setupEndpoint'
  | 'clearEndpoint'
  | 'setupEmbeddedConnection'
  | 'clearEmbeddedConnection'
  | 'setupAssetConnection'
  | 'clearAssetConnection'
  | 'removeConnection'
  | 'findConnections'
  | 'getConnectionsByName'
  | 'getConnectionByGUID'
  | 'createEndpoint'
  | 'createEndpointFromTemplate'
  | 'updateEndpoint'
  | 'removeEndpoint'
  | 'findEndpoints'
  | 'getEndpointsByName'
  | 'getEndpointByGUID'
  | 'findConnectorTypes'
  | 'getConnectorTypesByName'
  | 'getConnectorTypeByGUID';

/** The operations, keyed by the name of the Java client method that sends them. */
const rows: Readonly<Record<DataManagerConnectionOperationName, OperationRow>> = {
  createConnection: post('/connections', 'ConnectionRequestBody', GUID_RESPONSE, CREATES),
  createConnectionFromTemplate: post(
    '/connections/from-template/{templateGUID}',
    'TemplateRequestBody',
    GUID_RESPONSE,
    CREATES,
  ),
  updateConnection: post('/connections/{connectionGUID}', 'ConnectionRequestBody', VOID_RESPONSE, MERGE_UPDATE),
  setupConnectorType: post(
    '/connections/{connectionGUID}/connector-types/{connectorTypeGUID}',
    'ExternalSourceRequestBody',
    VOID_RESPONSE,
    CREATES,
  ),
  clearConnectorType: post(
    '/connections/{connectionGUID}/connector-types/{connectorTypeGUID}/delete',
    'ExternalSourceRequestBody',
    VOID_RESPONSE,
  ),
  setupEndpoint: post(
    '/connections/{connectionGUID}/endpoints/{endpointGUID}',
    'ExternalSourceRequestBody',
    VOID_RESPONSE,
    CREATES,
  ),
  clearEndpoint: post(
    '/connections/{connectionGUID}/endpoints/{endpointGUID}/delete',
    'ExternalSourceRequestBody',
    VOID_RESPONSE,
  ),
  setupEmbeddedConnection: post(
    '/connections/{connectionGUID}/embedded-connections/{embeddedConnectionGUID}',
    'EmbeddedConnectionRequestBody',
    VOID_RESPONSE,
    CREATES,
  ),
  clearEmbeddedConnection: post(
    '/connections/{connectionGUID}/embedded-connections/{embeddedConnectionGUID}/delete',
    'ExternalSourceRequestBody',
    VOID_RESPONSE,
  ),
  setupAssetConnection: post(
    '/assets/{assetGUID}/connections/{connectionGUID}',
    'AssetConnectionRequestBody',
    VOID_RESPONSE,
    CREATES,
  ),
  clearAssetConnection: post(
    '/assets/{assetGUID}/connections/{connectionGUID}/delete',
    'ExternalSourceRequestBody',
    VOID_RESPONSE,
  ),
  removeConnection: post('/connections/{connectionGUID}/delete', 'ExternalSourceRequestBody', VOID_RESPONSE),
  findConnections: post(
    '/connections/by-search-string',
    'SearchStringRequestBody',
    elements('ConnectionsResponse'),
    paged(),
  ),
  getConnectionsByName: post('/connections/by-name', 'NameRequestBody', elements('ConnectionsResponse'), paged()),
  getConnectionByGUID: get('/connections/{guid}', single('ConnectionResponse')),
  createEndpoint: post('/endpoints', 'EndpointRequestBody', GUID_RESPONSE, CREATES),
  createEndpointFromTemplate: post(
    '/endpoints/network-address/{networkAddress}/from-template/{templateGUID}',
    'TemplateRequestBody',
    GUID_RESPONSE,
    CREATES,
  ),
  updateEndpoint: post('/endpoints/{endpointGUID}', 'EndpointRequestBody', VOID_RESPONSE, MERGE_UPDATE),
  removeEndpoint: post('/endpoints/{endpointGUID}/delete', 'ExternalSourceRequestBody', VOID_RESPONSE),
  findEndpoints: post('/endpoints/by-search-string', 'SearchStringRequestBody', elements('EndpointsResponse'), paged()),
  getEndpointsByName: post('/endpoints/by-name', 'NameRequestBody', elements('EndpointsResponse'), paged()),
  getEndpointByGUID: get('/endpoints/{guid}', single('EndpointResponse')),
  findConnectorTypes: post(
    '/connector-types/by-search-string',
    'SearchStringRequestBody',
    elements('ConnectorTypesResponse'),
    paged(),
  ),
  getConnectorTypesByName: post(
    '/connector-types/by-name',
    'NameRequestBody',
    elements('ConnectorTypesResponse'),
    paged(),
  ),
  getConnectorTypeByGUID: get('/connector-types/{guid}', single('ConnectorTypeResponse')),
};

/** Data Manager OMAS: connections, connector types and endpoints (ConnectionManagerResource), which the files, topic, API and database contexts use: the operation table. @public */
export const DATA_MANAGER_CONNECTION_SERVICE = defineService<DataManagerConnectionOperationName>(
  { kind: 'access-service', marker: 'data-manager' },
  rows,
);
