/**
 * What the connection and endpoint mixins share: the partner operation table they send through
 * and the client they build from it.
 */
import type { OperationInvoker } from '../../operations/operation-invoker';
import type { OperationDefinition, ServiceDefinition } from '../../operations/operation-definition';
import { ConnectionFamilyClient } from '../../services/common/connection-family-client';
import type { ConnectionFamilyRowName } from '../../services/common/connection-family-operations';
import type { DataManagerConnectionOperationName } from '../../services/data-manager/connection-manager-operations';
import type { TemplateProperties } from '../../services/data-manager/database-operations';
import type { ITInfrastructureOperationName } from '../../services/it-infrastructure/it-infrastructure-operations';
import type { ExternalSource } from '../omas-integration-context';

/**
 * A partner operation table that serves Egeria 5.2's connection family (connections, endpoints,
 * connector type lookups): `DATA_MANAGER_CONNECTION_SERVICE` (the Data Manager OMAS) or
 * `IT_INFRASTRUCTURE_SERVICE` (the IT Infrastructure OMAS).
 * @public
 */
export type ConnectionFamilyService =
  ServiceDefinition<DataManagerConnectionOperationName> | ServiceDefinition<ITInfrastructureOperationName>;

/** The client the connection and endpoint methods send through. */
export type ConnectionMethodsClient = ConnectionFamilyClient<TemplateProperties & ExternalSource>;

/** The family's rows of a service's table, sent through that service's invoker. */
class ConnectionFamilyRows extends ConnectionFamilyClient<TemplateProperties & ExternalSource> {
  constructor(invoker: OperationInvoker, family: Readonly<Record<ConnectionFamilyRowName, OperationDefinition>>) {
    super(invoker, family);
  }
}

/**
 * The client that sends the connection family's rows of `service`.
 * @param invoker - the context's partner invoker for `service`
 * @param service - the partner's table
 */
export function connectionFamilyClient(
  invoker: OperationInvoker,
  service: ConnectionFamilyService,
): ConnectionMethodsClient {
  const family: ServiceDefinition<ConnectionFamilyRowName> = service;
  return new ConnectionFamilyRows(invoker, family.operations);
}
