/**
 * Data Manager OMAS: connections, connector types and endpoints (ConnectionManagerResource), which the files, topic, API and database contexts use.
 * Each row is checked against the Spring resource class of Egeria 5.2 (commit 19177ef7); the paths
 * are below the service root, and where Egeria's Java client and server disagree the row follows the server.
 */
import {
  connectionFamilyConnectionRows,
  connectionFamilyConnectorTypeLookupRows,
  connectionFamilyEndpointRows,
} from '../common/connection-family-operations';
import { defineService, type OperationRow } from '../common/operation-rows';

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
  ...connectionFamilyConnectionRows(),
  ...connectionFamilyEndpointRows(false),
  ...connectionFamilyConnectorTypeLookupRows(),
};

/** Data Manager OMAS: connections, connector types and endpoints (ConnectionManagerResource), which the files, topic, API and database contexts use: the operation table. @public */
export const DATA_MANAGER_CONNECTION_SERVICE = defineService<DataManagerConnectionOperationName>(
  { kind: 'access-service', marker: 'data-manager' },
  rows,
);
