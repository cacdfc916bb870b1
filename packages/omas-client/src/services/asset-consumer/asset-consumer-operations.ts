/**
 * Asset Consumer OMAS: the out-topic connection, which is all the search integrator's context (5.0, the last release with it) uses.
 * Each row is checked against the Spring resource class of Egeria 5.2 (commit 19177ef7); the paths
 * are below the service root, and where Egeria's Java client and server disagree the row follows the server.
 */
import { CONNECTION_RESPONSE, defineService, get, type OperationRow } from '../common/operation-rows';

/** The name of an operation of {@link ASSET_CONSUMER_SERVICE}. @public */
export type AssetConsumerOperationName = 'getOutTopicConnection';

/** The operations, keyed by the name of the Java client method that sends them. */
const rows: Readonly<Record<AssetConsumerOperationName, OperationRow>> = {
  getOutTopicConnection: get('/topics/out-topic-connection/{callerId}', CONNECTION_RESPONSE),
};

/** Asset Consumer OMAS: the out-topic connection, which is all the search integrator's context (5.0, the last release with it) uses: the operation table. @public */
export const ASSET_CONSUMER_SERVICE = defineService<AssetConsumerOperationName>(
  { kind: 'access-service', marker: 'asset-consumer' },
  rows,
);
