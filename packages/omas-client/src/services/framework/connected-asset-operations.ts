/**
 * The connected asset framework service (the OCF metadata management service that every access
 * service hosts): the connection reads a connector factory makes (a connection by GUID, by name,
 * for an asset, the connections of an asset) and the asset a connection reaches. Each row is
 * checked against Egeria 5.2's Spring resource `ConnectedAssetResource` (commit 19177ef7); the
 * paths are below the service root, whose `{serviceURLMarker}` is the hosting access service's
 * (`asset-manager` for the catalog integrator). The connections come back as OCF `Connection` beans
 * (with their connector type, endpoint and, for a virtual connection, embedded connections).
 */
import {
  CONNECTION_RESPONSE,
  GUID_RESPONSE,
  defineService,
  get,
  paged,
  type OperationRow,
} from '../common/operation-rows';

/** The name of an operation of {@link CONNECTED_ASSET_SERVICE}. @public */
export type ConnectedAssetOperationName =
  | 'getConnectionByGUID'
  | 'getConnectionByName'
  | 'getConnectionForAsset'
  | 'getConnectionsForAsset'
  | 'getAssetForConnection';

/** The operations, keyed by the name of the Java client method that sends them. */
const rows: Readonly<Record<ConnectedAssetOperationName, OperationRow>> = {
  getConnectionByGUID: get('/connections/{guid}', CONNECTION_RESPONSE),
  getConnectionByName: get('/connections/by-name/{name}', CONNECTION_RESPONSE),
  getConnectionForAsset: get('/assets/{assetGUID}/connection', CONNECTION_RESPONSE),
  // Sent by 5.2's ConnectedConnections iterator (the server method is getConnections).
  getConnectionsForAsset: get(
    '/assets/{assetGUID}/connections',
    Object.freeze({ bean: 'ConnectionsResponse', field: 'list', list: true }),
    paged('elementStart', 'maxElements'),
  ),
  // The server method is getAssetForConnectionGUID.
  getAssetForConnection: get('/assets/by-connection/{connectionGUID}', GUID_RESPONSE),
};

/** The connected asset framework service: the connections a connector factory builds connectors from: the operation table. @public */
export const CONNECTED_ASSET_SERVICE = defineService<ConnectedAssetOperationName>(
  { kind: 'framework-service', service: 'connected-asset' },
  rows,
);
