/**
 * Governance Server OMAS: the out-topic connection: the typed client.
 */
import type { Connection } from '@egeria-ts/core';
import type { OperationInvoker } from '../../operations/operation-invoker';
import { GOVERNANCE_SERVER_SERVICE } from './governance-server-operations';
import { getOutTopicConnection, type OutTopicConnectionOptions } from '../common/out-topic-connection';

const ops = GOVERNANCE_SERVER_SERVICE.operations;

/**
 * Governance Server OMAS: the out-topic connection, whose events (`governanceServerEventParser`)
 * announce changes to integration groups and connectors (Egeria's `GovernanceServerEventClient`
 * asks for it as the integration daemon's user, with a caller id per integration group).
 * Each method sends one row of {@link GOVERNANCE_SERVER_SERVICE} through an {@link OperationInvoker}
 * (such as an `OmasRestClient` for that table).
 * @public
 */
export class GovernanceServerClient {
  /** @param invoker - sends the operations, such as an `OmasRestClient` for `GOVERNANCE_SERVER_SERVICE` */
  constructor(private readonly invoker: OperationInvoker) {}

  /**
   * Returns the out topic connection (`GET /topics/out-topic-connection/{callerId}`); undefined when the
   * access service has no out topic configured.
   */
  async getOutTopicConnection(options: OutTopicConnectionOptions): Promise<Connection | undefined> {
    return getOutTopicConnection(this.invoker, ops.getOutTopicConnection, options);
  }
}
