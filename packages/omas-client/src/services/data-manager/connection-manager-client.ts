/**
 * Data Manager OMAS: connections, connector types and endpoints (ConnectionManagerResource), which the files, topic, API and database contexts use: the typed client.
 */
import type { OperationInvoker } from '../../operations/operation-invoker';
import { ConnectionFamilyClient } from '../common/connection-family-client';
import type { DataManagerTemplateRequestBody } from './data-manager-beans';
import { DATA_MANAGER_CONNECTION_SERVICE } from './connection-manager-operations';

/**
 * Data Manager OMAS: connections, connector types and endpoints (ConnectionManagerResource), which the files, topic, API and database contexts use.
 * Each method sends one row of {@link DATA_MANAGER_CONNECTION_SERVICE} through an {@link OperationInvoker} (such as an
 * `OmasRestClient` for that table). Options carry the path values, the query values and the fields of
 * the request bean, under Egeria's names.
 * @public
 */
export class DataManagerConnectionClient extends ConnectionFamilyClient<DataManagerTemplateRequestBody> {
  /** @param invoker - sends the operations, such as an `OmasRestClient` for `DATA_MANAGER_CONNECTION_SERVICE` */
  constructor(invoker: OperationInvoker) {
    super(invoker, DATA_MANAGER_CONNECTION_SERVICE.operations);
  }
}
