/**
 * The connection, endpoint and connector type rows that the Data Manager OMAS (ConnectionManagerResource)
 * and the IT Infrastructure OMAS (ITInfrastructureResource) both serve: the same paths below their
 * own roots, the same beans. Each table spreads these groups where its rows stand. Internal.
 */
import {
  CREATES,
  GUID_RESPONSE,
  MERGE_UPDATE,
  VOID_RESPONSE,
  elements,
  get,
  paged,
  post,
  single,
  type OperationRow,
} from './operation-rows';

/** The rows of the connection group. */
const connectionRows = {
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
} as const satisfies Record<string, OperationRow>;

/** The rows that look connector types up. */
const connectorTypeLookupRows = {
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
} as const satisfies Record<string, OperationRow>;

/** The name of a row of the connection group. */
export type ConnectionRowName = keyof typeof connectionRows;
/** The name of a row that looks connector types up. */
export type ConnectorTypeLookupRowName = keyof typeof connectorTypeLookupRows;
/** The name of an endpoint row both services serve. */
export type EndpointRowName =
  | 'createEndpoint'
  | 'createEndpointFromTemplate'
  | 'updateEndpoint'
  | 'removeEndpoint'
  | 'findEndpoints'
  | 'getEndpointsByName'
  | 'getEndpointByGUID';
/** The name of an endpoint row only the IT Infrastructure OMAS serves (endpoints of an infrastructure element). */
export type InfrastructureEndpointRowName =
  'createEndpointForInfrastructure' | 'createEndpointForInfrastructureFromTemplate' | 'getEndpointsForInfrastructure';
/** The name of any row both services serve. */
export type ConnectionFamilyRowName = ConnectionRowName | ConnectorTypeLookupRowName | EndpointRowName;

/** The connection rows (create, update, link, unlink, remove, find and get connections). */
export function connectionFamilyConnectionRows(): Readonly<Record<ConnectionRowName, OperationRow>> {
  return connectionRows;
}

/** The connector type lookups (find, by name, by GUID). */
export function connectionFamilyConnectorTypeLookupRows(): Readonly<Record<ConnectorTypeLookupRowName, OperationRow>> {
  return connectorTypeLookupRows;
}

/** The endpoint rows both services serve. */
export function connectionFamilyEndpointRows(forInfrastructure: false): Readonly<Record<EndpointRowName, OperationRow>>;
/** The endpoint rows with the IT Infrastructure OMAS's rows for the endpoints of an infrastructure element, in its order. */
export function connectionFamilyEndpointRows(
  forInfrastructure: true,
): Readonly<Record<EndpointRowName | InfrastructureEndpointRowName, OperationRow>>;
export function connectionFamilyEndpointRows(forInfrastructure: boolean): Readonly<Record<string, OperationRow>> {
  const forInfra = '/endpoints/for-infrastructure/{infrastructureGUID}';
  const fromTemplate = '/network-address/{networkAddress}/from-template/{templateGUID}';
  const createEndpoint = (prefix: string): OperationRow => post(prefix, 'EndpointRequestBody', GUID_RESPONSE, CREATES);
  const createFromTemplate = (prefix: string): OperationRow =>
    post(prefix + fromTemplate, 'TemplateRequestBody', GUID_RESPONSE, CREATES);
  return {
    createEndpoint: createEndpoint('/endpoints'),
    ...(forInfrastructure ? { createEndpointForInfrastructure: createEndpoint(forInfra) } : {}),
    createEndpointFromTemplate: createFromTemplate('/endpoints'),
    ...(forInfrastructure ? { createEndpointForInfrastructureFromTemplate: createFromTemplate(forInfra) } : {}),
    updateEndpoint: post('/endpoints/{endpointGUID}', 'EndpointRequestBody', VOID_RESPONSE, MERGE_UPDATE),
    removeEndpoint: post('/endpoints/{endpointGUID}/delete', 'ExternalSourceRequestBody', VOID_RESPONSE),
    findEndpoints: post(
      '/endpoints/by-search-string',
      'SearchStringRequestBody',
      elements('EndpointsResponse'),
      paged(),
    ),
    getEndpointsByName: post('/endpoints/by-name', 'NameRequestBody', elements('EndpointsResponse'), paged()),
    ...(forInfrastructure
      ? { getEndpointsForInfrastructure: get(forInfra, elements('EndpointsResponse'), paged()) }
      : {}),
    getEndpointByGUID: get('/endpoints/{guid}', single('EndpointResponse')),
  };
}
