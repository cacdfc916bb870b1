/**
 * Asset Manager OMAS: connections, connector types and endpoints (ConnectionExchangeResource), which the catalog integrator's connection exchange service uses.
 * Each row is checked against the Spring resource class of Egeria 5.2 (commit 19177ef7); the paths
 * are below the service root, and where Egeria's Java client and server disagree the row follows the server.
 */
import {
  CREATES,
  GUID_RESPONSE,
  MERGE_UPDATE,
  VOID_RESPONSE,
  defineService,
  elementList,
  isHome,
  paged,
  post,
  required,
  single,
  type OperationRow,
} from '../common/operation-rows';

/** The name of an operation of {@link ASSET_MANAGER_CONNECTION_SERVICE}. @public */
export type AssetManagerConnectionOperationName =
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
  | 'getConnectionsForAssetManager'
  | 'getConnectionByGUID'
  | 'createEndpoint'
  | 'createEndpointFromTemplate'
  | 'updateEndpoint'
  | 'removeEndpoint'
  | 'findEndpoints'
  | 'getEndpointsByName'
  | 'getEndpointsForAssetManager'
  | 'getEndpointByGUID'
  | 'createConnectorType'
  | 'createConnectorTypeFromTemplate'
  | 'updateConnectorType'
  | 'removeConnectorType'
  | 'findConnectorTypes'
  | 'getConnectorTypesByName'
  | 'getConnectorTypesForAssetManager'
  | 'getConnectorTypeByGUID';

/** The operations, keyed by the name of the Java client method that sends them. */
const rows: Readonly<Record<AssetManagerConnectionOperationName, OperationRow>> = {
  createConnection: post('/connections', 'ConnectionRequestBody', GUID_RESPONSE, isHome('assetManagerIsHome'), CREATES),
  createConnectionFromTemplate: post(
    '/connections/from-template/{templateGUID}',
    'TemplateRequestBody',
    GUID_RESPONSE,
    isHome('assetManagerIsHome'),
    CREATES,
  ),
  updateConnection: post(
    '/connections/{connectionGUID}',
    'ConnectionRequestBody',
    VOID_RESPONSE,
    MERGE_UPDATE,
    required('forLineage'),
    required('forDuplicateProcessing'),
  ),
  setupConnectorType: post(
    '/connections/{connectionGUID}/connector-types/{connectorTypeGUID}',
    'RelationshipRequestBody',
    VOID_RESPONSE,
    isHome('assetManagerIsHome'),
    required('forLineage'),
    required('forDuplicateProcessing'),
    CREATES,
  ),
  clearConnectorType: post(
    '/connections/{connectionGUID}/connector-types/{connectorTypeGUID}/remove',
    'EffectiveTimeQueryRequestBody',
    VOID_RESPONSE,
    required('forLineage'),
    required('forDuplicateProcessing'),
  ),
  setupEndpoint: post(
    '/connections/{connectionGUID}/endpoints/{endpointGUID}',
    'RelationshipRequestBody',
    VOID_RESPONSE,
    isHome('assetManagerIsHome'),
    required('forLineage'),
    required('forDuplicateProcessing'),
    CREATES,
  ),
  clearEndpoint: post(
    '/connections/{connectionGUID}/endpoints/{endpointGUID}/remove',
    'EffectiveTimeQueryRequestBody',
    VOID_RESPONSE,
    required('forLineage'),
    required('forDuplicateProcessing'),
  ),
  setupEmbeddedConnection: post(
    '/connections/{connectionGUID}/embedded-connections/{embeddedConnectionGUID}',
    'RelationshipRequestBody',
    VOID_RESPONSE,
    isHome('assetManagerIsHome'),
    required('forLineage'),
    required('forDuplicateProcessing'),
    CREATES,
  ),
  clearEmbeddedConnection: post(
    '/connections/{connectionGUID}/embedded-connections/{embeddedConnectionGUID}/remove',
    'EffectiveTimeQueryRequestBody',
    VOID_RESPONSE,
    required('forLineage'),
    required('forDuplicateProcessing'),
  ),
  setupAssetConnection: post(
    '/data-assets/{assetGUID}/connections/{connectionGUID}',
    'RelationshipRequestBody',
    VOID_RESPONSE,
    isHome('assetManagerIsHome'),
    required('forLineage'),
    required('forDuplicateProcessing'),
    CREATES,
  ),
  clearAssetConnection: post(
    '/data-assets/{assetGUID}/connections/{connectionGUID}/remove',
    'EffectiveTimeQueryRequestBody',
    VOID_RESPONSE,
    required('forLineage'),
    required('forDuplicateProcessing'),
  ),
  removeConnection: post(
    '/connections/{connectionGUID}/remove',
    'UpdateRequestBody',
    VOID_RESPONSE,
    required('forLineage'),
    required('forDuplicateProcessing'),
  ),
  findConnections: post(
    '/connections/by-search-string',
    'SearchStringRequestBody',
    elementList('ConnectionsResponse'),
    paged(),
    required('forLineage'),
    required('forDuplicateProcessing'),
  ),
  getConnectionsByName: post(
    '/connections/by-name',
    'NameRequestBody',
    elementList('ConnectionsResponse'),
    paged(),
    required('forLineage'),
    required('forDuplicateProcessing'),
  ),
  getConnectionsForAssetManager: post(
    '/connections/by-asset-manager',
    'EffectiveTimeQueryRequestBody',
    elementList('ConnectionsResponse'),
    paged(),
    required('forLineage'),
    required('forDuplicateProcessing'),
  ),
  getConnectionByGUID: post(
    '/connections/{connectionGUID}/retrieve',
    'EffectiveTimeQueryRequestBody',
    single('ConnectionResponse'),
    required('forLineage'),
    required('forDuplicateProcessing'),
  ),
  createEndpoint: post('/endpoints', 'EndpointRequestBody', GUID_RESPONSE, isHome('assetManagerIsHome'), CREATES),
  createEndpointFromTemplate: post(
    '/endpoints/from-template/{templateGUID}',
    'TemplateRequestBody',
    GUID_RESPONSE,
    isHome('assetManagerIsHome'),
    CREATES,
  ),
  updateEndpoint: post(
    '/endpoints/{endpointGUID}',
    'EndpointRequestBody',
    VOID_RESPONSE,
    MERGE_UPDATE,
    required('forLineage'),
    required('forDuplicateProcessing'),
  ),
  removeEndpoint: post(
    '/endpoints/{endpointGUID}/remove',
    'UpdateRequestBody',
    VOID_RESPONSE,
    required('forLineage'),
    required('forDuplicateProcessing'),
  ),
  findEndpoints: post(
    '/endpoints/by-search-string',
    'SearchStringRequestBody',
    elementList('EndpointsResponse'),
    paged(),
    required('forLineage'),
    required('forDuplicateProcessing'),
  ),
  getEndpointsByName: post(
    '/endpoints/by-name',
    'NameRequestBody',
    elementList('EndpointsResponse'),
    paged(),
    required('forLineage'),
    required('forDuplicateProcessing'),
  ),
  getEndpointsForAssetManager: post(
    '/endpoints/by-asset-manager',
    'EffectiveTimeQueryRequestBody',
    elementList('EndpointsResponse'),
    paged(),
    required('forLineage'),
    required('forDuplicateProcessing'),
  ),
  getEndpointByGUID: post(
    '/endpoints/{endpointGUID}/retrieve',
    'EffectiveTimeQueryRequestBody',
    single('EndpointResponse'),
    required('forLineage'),
    required('forDuplicateProcessing'),
  ),
  createConnectorType: post(
    '/connector-types',
    'ConnectorTypeRequestBody',
    GUID_RESPONSE,
    isHome('assetManagerIsHome'),
    CREATES,
  ),
  createConnectorTypeFromTemplate: post(
    '/connector-types/from-template/{templateGUID}',
    'TemplateRequestBody',
    GUID_RESPONSE,
    isHome('assetManagerIsHome'),
    CREATES,
  ),
  updateConnectorType: post(
    '/connector-types/{connectorTypeGUID}',
    'ConnectorTypeRequestBody',
    VOID_RESPONSE,
    MERGE_UPDATE,
    required('forLineage'),
    required('forDuplicateProcessing'),
  ),
  removeConnectorType: post(
    '/connector-types/{connectorTypeGUID}/remove',
    'UpdateRequestBody',
    VOID_RESPONSE,
    required('forLineage'),
    required('forDuplicateProcessing'),
  ),
  findConnectorTypes: post(
    '/connector-types/by-search-string',
    'SearchStringRequestBody',
    elementList('ConnectorTypesResponse'),
    paged(),
    required('forLineage'),
    required('forDuplicateProcessing'),
  ),
  getConnectorTypesByName: post(
    '/connector-types/by-name',
    'NameRequestBody',
    elementList('ConnectorTypesResponse'),
    paged(),
    required('forLineage'),
    required('forDuplicateProcessing'),
  ),
  getConnectorTypesForAssetManager: post(
    '/connector-types/by-asset-manager',
    'EffectiveTimeQueryRequestBody',
    elementList('ConnectorTypesResponse'),
    paged(),
    required('forLineage'),
    required('forDuplicateProcessing'),
  ),
  getConnectorTypeByGUID: post(
    '/connector-types/{connectorTypeGUID}/retrieve',
    'EffectiveTimeQueryRequestBody',
    single('ConnectorTypeResponse'),
    required('forLineage'),
    required('forDuplicateProcessing'),
  ),
};

/** Asset Manager OMAS: connections, connector types and endpoints (ConnectionExchangeResource), which the catalog integrator's connection exchange service uses: the operation table. @public */
export const ASSET_MANAGER_CONNECTION_SERVICE = defineService<AssetManagerConnectionOperationName>(
  { kind: 'access-service', marker: 'asset-manager' },
  rows,
);
