/**
 * The Security Integrator (OMIS) for egeria-ts: connector base class and context, paired with the Security Manager OMAS.
 * @packageDocumentation
 */

/** The version of this package. */
export const VERSION = '0.1.0';

export { SecurityIntegratorConnector } from './security-integrator-connector';
export { SecurityIntegratorContext, SECURITY_ELEMENT_TYPE_NAMES } from './security-integrator-context';
export type { SecurityManagerEventListener } from './security-integrator-context';
export { securityIntegratorService, SECURITY_MANAGER_METADATA_SOURCE } from './security-integrator-service';
export { SECURITY_INTEGRATOR_AUDIT_CODE, SECURITY_INTEGRATOR_ERROR_CODE } from './security-integrator-messages';
export type {
  CreateSecurityGroupOptions,
  SecurityGroupGUIDOption,
  UpdateSecurityGroupOptions,
  DistinguishedNameOptions,
  GovernedElementsOptions,
  CreateUserIdentityOptions,
  UserIdentityGUIDOption,
  UpdateUserIdentityOptions,
  ActorProfileUserIdOption,
  AppointeesOptions,
} from './security-integrator-options';
