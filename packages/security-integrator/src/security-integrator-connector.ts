import { IntegrationConnector, type MessageDefinition } from '@egeria-ts/core';
import type { SecurityIntegratorContext } from './security-integrator-context';
import { SECURITY_INTEGRATOR_ERROR_CODE } from './security-integrator-messages';

/**
 * The base class of integration connectors that run in the Security Integrator OMIS: they carry
 * security groups and user identities between open metadata and the points where security is
 * enforced, through a {@link SecurityIntegratorContext}. By default metadata may only flow to the
 * third party (`TO_THIRD_PARTY`): writes to open metadata are refused unless the connector's
 * configuration permits them. Implement `refresh` (and optionally `start`, `disconnect`, `engage`).
 * @example
 * ```ts
 * class MyAccessControlConnector extends SecurityIntegratorConnector {
 *   async refresh(): Promise<void> {
 *     for (const group of await this.context.findSecurityGroups({ searchString: '.*' })) {
 *       // push the group to the enforcement point
 *     }
 *   }
 * }
 * ```
 */
export abstract class SecurityIntegratorConnector extends IntegrationConnector<SecurityIntegratorContext> {
  /** Reading `context` before it is set throws an error with id `OMIS-SECURITY-INTEGRATOR-500-001`. */
  protected override noContextMessage(): MessageDefinition {
    return SECURITY_INTEGRATOR_ERROR_CODE.NULL_CONTEXT;
  }
}
