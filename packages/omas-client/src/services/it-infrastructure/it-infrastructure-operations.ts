/**
 * IT Infrastructure OMAS: connections, connector types, endpoints, software capabilities and server asset uses, and the out-topic connection (ITInfrastructureResource).
 * Each row is checked against the Spring resource class of Egeria 5.2 (commit 19177ef7); the paths
 * are below the service root, and where Egeria's Java client and server disagree the row follows the server.
 */
import {
  connectionFamilyConnectionRows,
  connectionFamilyConnectorTypeLookupRows,
  connectionFamilyEndpointRows,
} from '../common/connection-family-operations';
import {
  CONNECTION_RESPONSE,
  CREATES,
  GUID_RESPONSE,
  MERGE_UPDATE,
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

/** The name of an operation of {@link IT_INFRASTRUCTURE_SERVICE}. @public */
export type ITInfrastructureOperationName =
  | 'getOutTopicConnection'
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
  | 'createConnectorType'
  | 'createConnectorTypeFromTemplate'
  | 'updateConnectorType'
  | 'removeConnectorType'
  | 'findConnectorTypes'
  | 'getConnectorTypesByName'
  | 'getConnectorTypeByGUID'
  | 'createEndpoint'
  | 'createEndpointForInfrastructure'
  | 'createEndpointFromTemplate'
  | 'createEndpointForInfrastructureFromTemplate'
  | 'updateEndpoint'
  | 'removeEndpoint'
  | 'findEndpoints'
  | 'getEndpointsByName'
  | 'getEndpointsForInfrastructure'
  | 'getEndpointByGUID'
  | 'createSoftwareCapability'
  | 'createSoftwareCapabilityFromTemplate'
  | 'updateSoftwareCapability'
  | 'removeSoftwareCapability'
  | 'findSoftwareCapabilities'
  | 'getSoftwareCapabilitiesByName'
  | 'getSoftwareCapabilityByGUID'
  | 'createServerAssetUse'
  | 'updateServerAssetUse'
  | 'removeServerAssetUse'
  | 'getServerAssetUsesForCapability'
  | 'getCapabilityUsesForAsset'
  | 'getServerAssetUsesForElements'
  | 'getServerAssetUseByGUID';

/** The operations, keyed by the name of the Java client method that sends them. */
const rows: Readonly<Record<ITInfrastructureOperationName, OperationRow>> = {
  getOutTopicConnection: get('/topics/out-topic-connection/{callerId}', CONNECTION_RESPONSE),
  ...connectionFamilyConnectionRows(),
  createConnectorType: post('/connector-types', 'ConnectorTypeRequestBody', GUID_RESPONSE, CREATES),
  createConnectorTypeFromTemplate: post(
    '/connector-types/from-template/{templateGUID}',
    'TemplateRequestBody',
    GUID_RESPONSE,
    CREATES,
  ),
  updateConnectorType: post(
    '/connector-types/{connectorTypeGUID}',
    'ConnectorTypeRequestBody',
    VOID_RESPONSE,
    MERGE_UPDATE,
  ),
  removeConnectorType: post('/connector-types/{connectorTypeGUID}/delete', 'ExternalSourceRequestBody', VOID_RESPONSE),
  ...connectionFamilyConnectorTypeLookupRows(),
  ...connectionFamilyEndpointRows(true),
  createSoftwareCapability: post(
    '/software-capabilities',
    'SoftwareCapabilityRequestBody',
    GUID_RESPONSE,
    isHome('infrastructureManagerIsHome'),
    CREATES,
  ),
  createSoftwareCapabilityFromTemplate: post(
    '/software-capabilities/from-template/{templateGUID}',
    'TemplateRequestBody',
    GUID_RESPONSE,
    isHome('infrastructureManagerIsHome'),
    CREATES,
  ),
  updateSoftwareCapability: post(
    '/software-capabilities/{capabilityGUID}',
    'SoftwareCapabilityRequestBody',
    VOID_RESPONSE,
    MERGE_UPDATE,
  ),
  removeSoftwareCapability: post(
    '/software-capabilities/{capabilityGUID}/delete',
    'ExternalSourceRequestBody',
    VOID_RESPONSE,
  ),
  findSoftwareCapabilities: post(
    '/software-capabilities/by-search-string',
    'SearchStringRequestBody',
    elements('SoftwareCapabilitiesResponse'),
    paged(),
  ),
  getSoftwareCapabilitiesByName: post(
    '/software-capabilities/by-name',
    'NameRequestBody',
    elements('SoftwareCapabilitiesResponse'),
    paged(),
  ),
  getSoftwareCapabilityByGUID: get('/software-capabilities/{guid}', single('SoftwareCapabilityResponse')),
  createServerAssetUse: post(
    '/server-asset-uses/software-capabilities/{capabilityGUID}/assets/{assetGUID}',
    'ServerAssetUseRequestBody',
    GUID_RESPONSE,
    isHome('infrastructureManagerIsHome'),
    CREATES,
  ),
  updateServerAssetUse: post(
    '/server-asset-uses/{serverAssetUseGUID}',
    'ServerAssetUseRequestBody',
    VOID_RESPONSE,
    MERGE_UPDATE,
  ),
  removeServerAssetUse: post(
    '/server-asset-uses/{serverAssetUseGUID}/delete',
    'ExternalSourceRequestBody',
    VOID_RESPONSE,
  ),
  getServerAssetUsesForCapability: post(
    '/server-asset-uses/software-capabilities/{capabilityGUID}',
    'UseTypeRequestBody',
    elements('ServerAssetUsesResponse'),
    paged(),
  ),
  getCapabilityUsesForAsset: post(
    '/server-asset-uses/assets/{assetGUID}',
    'UseTypeRequestBody',
    elements('ServerAssetUsesResponse'),
    paged(),
  ),
  getServerAssetUsesForElements: post(
    '/server-asset-uses/software-capabilities/{capabilityGUID}/assets/{assetGUID}/by-elements',
    'ResultsRequestBody',
    elements('ServerAssetUsesResponse'),
    paged(),
  ),
  getServerAssetUseByGUID: get('/server-asset-uses/{guid}', single('ServerAssetUseResponse')),
};

/** IT Infrastructure OMAS: connections, connector types, endpoints, software capabilities and server asset uses, and the out-topic connection (ITInfrastructureResource): the operation table. @public */
export const IT_INFRASTRUCTURE_SERVICE = defineService<ITInfrastructureOperationName>(
  { kind: 'access-service', marker: 'it-infrastructure' },
  rows,
);
