import { IntegrationConnector, type MessageDefinition } from '@egeria-ts/core';
import type { InfrastructureIntegratorContext } from './infrastructure-integrator-context';
import { INFRASTRUCTURE_INTEGRATOR_ERROR_CODE } from './infrastructure-integrator-messages';

/**
 * The base class of integration connectors that run in the Infrastructure Integrator OMIS: they
 * exchange metadata about hosts, software server platforms, software servers, their capabilities,
 * deployments and endpoints with an infrastructure manager (a CMDB, a cloud or cluster manager)
 * through an {@link InfrastructureIntegratorContext}. Implement `refresh` (and optionally `start`,
 * `disconnect`, `engage`).
 * @example
 * ```ts
 * class MyClusterConnector extends InfrastructureIntegratorConnector {
 *   async refresh(): Promise<void> {
 *     await this.context.createHost({ hostProperties: { qualifiedName: 'host:node1', name: 'node1' } });
 *   }
 * }
 * ```
 */
export abstract class InfrastructureIntegratorConnector extends IntegrationConnector<InfrastructureIntegratorContext> {
  /** Reading `context` before it is set throws an error with id `OMIS-INFRASTRUCTURE-INTEGRATOR-500-001`. */
  protected override noContextMessage(): MessageDefinition {
    return INFRASTRUCTURE_INTEGRATOR_ERROR_CODE.NULL_CONTEXT;
  }
}
