/**
 * Governance Server OMAS: the out-topic connection, through which the integration daemon hears
 * that its integration groups changed.
 * Each row is checked against the Spring resource class of Egeria 5.2 (commit 19177ef7,
 * GovernanceServerOMASResource); the paths are below the service root.
 */
import { CONNECTION_RESPONSE, defineService, get, type OperationRow } from '../common/operation-rows';

/** The name of an operation of {@link GOVERNANCE_SERVER_SERVICE}. @public */
export type GovernanceServerOperationName = 'getOutTopicConnection';

/** The operations, keyed by the name of the Java client method that sends them. */
const rows: Readonly<Record<GovernanceServerOperationName, OperationRow>> = {
  getOutTopicConnection: get('/topics/out-topic-connection/{callerId}', CONNECTION_RESPONSE),
};

/** Governance Server OMAS: the out-topic connection: the operation table. @public */
export const GOVERNANCE_SERVER_SERVICE = defineService<GovernanceServerOperationName>(
  { kind: 'access-service', marker: 'governance-server' },
  rows,
);
