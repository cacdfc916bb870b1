/**
 * The Organization Integrator (OMIS) for egeria-ts: connector base class and context, paired with the Community Profile OMAS.
 * @packageDocumentation
 */

/** The version of this package. */
export const VERSION = '0.1.0';

export { OrganizationIntegratorConnector } from './organization-integrator-connector';
export { OrganizationIntegratorContext, ORGANIZATION_ELEMENT_TYPE_NAMES } from './organization-integrator-context';
export type { CommunityProfileEventListener } from './organization-integrator-context';
export { organizationIntegratorService, ORGANIZATION_METADATA_SOURCE } from './organization-integrator-service';
export {
  ORGANIZATION_INTEGRATOR_AUDIT_CODE,
  ORGANIZATION_INTEGRATOR_ERROR_CODE,
} from './organization-integrator-messages';
export type {
  CreateActorProfileOptions,
  ActorProfileGUIDOption,
  UpdateActorProfileOptions,
  AddContactMethodOptions,
  ContactMethodGUIDOption,
  TeamHierarchyOption,
  LinkTeamsInHierarchyOptions,
  ActorProfileUserIdOption,
  ActorProfilesByLocationOptions,
  CreatePersonRoleOptions,
  PersonRoleGUIDOption,
  UpdatePersonRoleOptions,
  LinkPersonRoleToProfileOptions,
  AppointeesOptions,
  AppointmentGUIDOption,
  UpdateAppointmentOptions,
  TeamPlayerOptions,
  LinkTeamPlayerOptions,
  TeamRolesOptions,
  CreateSecurityGroupOptions,
  SecurityGroupGUIDOption,
  UpdateSecurityGroupOptions,
  DistinguishedNameOptions,
  GovernedElementsOptions,
  CreateUserIdentityOptions,
  CreateUserIdentityForProfileOptions,
  UserIdentityGUIDOption,
  UpdateUserIdentityOptions,
  ProfileIdentityOption,
  AddIdentityToProfileOptions,
  UpdateProfileIdentityOptions,
} from './organization-integrator-options';
