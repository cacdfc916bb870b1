/**
 * Asset Consumer OMAS: the out-topic connection, which is all the search integrator's context (5.0, the last release with it) uses: the typed client.
 */
import type { Connection } from '@egeria-ts/core';
import type { OperationInvoker } from '../../operations/operation-invoker';
import { ASSET_CONSUMER_SERVICE } from './asset-consumer-operations';
import { getOutTopicConnection, type OutTopicConnectionOptions } from '../common/out-topic-connection';

const ops = ASSET_CONSUMER_SERVICE.operations;

/**
 * Asset Consumer OMAS: the out-topic connection, which is all the search integrator's context (5.0, the last release with it) uses.
 * Each method sends one row of {@link ASSET_CONSUMER_SERVICE} through an {@link OperationInvoker} (such as an
 * `OmasRestClient` for that table). Options carry the path values, the query values and the fields of
 * the request bean, under Egeria's names.
 * @public
 */
export class AssetConsumerClient {
  /** @param invoker - sends the operations, such as an `OmasRestClient` for `ASSET_CONSUMER_SERVICE` */
  constructor(private readonly invoker: OperationInvoker) {}

  /**
   * Returns an out topic connection (`GET /topics/out-topic-connection/{callerId}`); undefined when the
   * access service has no out topic configured.
   */
  async getOutTopicConnection(options: OutTopicConnectionOptions): Promise<Connection | undefined> {
    return getOutTopicConnection(this.invoker, ops.getOutTopicConnection, options);
  }
}
