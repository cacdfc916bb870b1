import { IntegrationConnector, type MessageDefinition } from '@egeria-ts/core';
import type { OrganizationIntegratorContext } from './organization-integrator-context';
import { ORGANIZATION_INTEGRATOR_ERROR_CODE } from './organization-integrator-messages';

/**
 * The base class of integration connectors that run in the Organization Integrator OMIS: they load
 * the people, teams, roles and user identities of an organization into open metadata through an
 * {@link OrganizationIntegratorContext}. Implement `refresh` (and optionally `start`, `disconnect`,
 * `engage`).
 * @example
 * ```ts
 * class MyDirectoryConnector extends OrganizationIntegratorConnector {
 *   async refresh(): Promise<void> {
 *     await this.context.createActorProfile({ properties: { qualifiedName: 'person:ada', typeName: 'Person' } });
 *   }
 * }
 * ```
 */
export abstract class OrganizationIntegratorConnector extends IntegrationConnector<OrganizationIntegratorContext> {
  /** Reading `context` before it is set throws an error with id `OMIS-ORGANIZATION-INTEGRATOR-500-001`. */
  protected override noContextMessage(): MessageDefinition {
    return ORGANIZATION_INTEGRATOR_ERROR_CODE.NULL_CONTEXT;
  }
}
