/**
 * Asset Manager OMAS: registering the third party catalog (asset manager) and the out-topic connection (AssetManagerOMASResource).
 * Each row is checked against the Spring resource class of Egeria 5.2 (commit 19177ef7); the paths
 * are below the service root, and where Egeria's Java client and server disagree the row follows the server.
 */
import {
  CONNECTION_RESPONSE,
  CREATES,
  GUID_RESPONSE,
  defineService,
  get,
  post,
  type OperationRow,
} from '../common/operation-rows';

/** The name of an operation of {@link ASSET_MANAGER_REGISTRATION_SERVICE}. @public */
export type AssetManagerRegistrationOperationName =
  'getOutTopicConnection' | 'createExternalAssetManager' | 'getExternalAssetManagerGUID';

/** The operations, keyed by the name of the Java client method that sends them. */
const rows: Readonly<Record<AssetManagerRegistrationOperationName, OperationRow>> = {
  getOutTopicConnection: get('/topics/out-topic-connection/{callerId}', CONNECTION_RESPONSE),
  createExternalAssetManager: post('/asset-managers', 'AssetManagerProperties', GUID_RESPONSE, CREATES),
  getExternalAssetManagerGUID: get('/asset-managers/by-name/{qualifiedName}', GUID_RESPONSE),
};

/** Asset Manager OMAS: registering the third party catalog (asset manager) and the out-topic connection (AssetManagerOMASResource): the operation table. @public */
export const ASSET_MANAGER_REGISTRATION_SERVICE = defineService<AssetManagerRegistrationOperationName>(
  { kind: 'access-service', marker: 'asset-manager' },
  rows,
);
