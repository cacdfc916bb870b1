/**
 * The option types of the security integrator context. They are defined once in the integration
 * service kit (shared with the organization integrator, whose partner serves the same operations)
 * and re-exported here under the same names.
 */
export type {
  ActorProfileUserIdOption,
  AppointeesOptions,
  CreateSecurityGroupOptions,
  CreateUserIdentityOptions,
  DistinguishedNameOptions,
  GovernedElementsOptions,
  SecurityGroupGUIDOption,
  UpdateSecurityGroupOptions,
  UpdateUserIdentityOptions,
  UserIdentityGUIDOption,
} from '@egeria-ts/omas-client';
