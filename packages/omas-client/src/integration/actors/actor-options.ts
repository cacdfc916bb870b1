/**
 * Option shapes of the security group, user identity and actor operations that the organization
 * and security integrator contexts share (through `ActorIntegrationContext`).
 */
import type { UserIdentityProperties } from '../../services/common/beans/actor-properties';
import type { SecurityGroupProperties } from '../../services/common/beans/security-properties';
import type { EgeriaDateInput } from '../../services/data-manager/database-operations';
import type { ContextMergeUpdateOption, ContextPagingOptions } from '../context-options';

// ----- security groups ------------------------------------------------------------------------------

/** Options of `createSecurityGroup`. @public */
export interface CreateSecurityGroupOptions {
  /** The group's properties; `documentIdentifier` is its unique name. */
  readonly properties: SecurityGroupProperties;
}

/** Names one security group. @public */
export interface SecurityGroupGUIDOption {
  /** The security group's GUID. */
  readonly securityGroupGUID: string;
}

/** Options of `updateSecurityGroup`. @public */
export interface UpdateSecurityGroupOptions extends SecurityGroupGUIDOption, ContextMergeUpdateOption {
  /** The new properties. */
  readonly properties: SecurityGroupProperties;
}

/** Options of `getSecurityGroupsForDistinguishedName`. @public */
export interface DistinguishedNameOptions extends ContextPagingOptions {
  /** The distinguished name (LDAP) of the groups. */
  readonly distinguishedName: string;
}

/** Options of `getElementsGovernedBySecurityGroup`. @public */
export interface GovernedElementsOptions extends SecurityGroupGUIDOption, ContextPagingOptions {}

// ----- user identities ------------------------------------------------------------------------------

/** Options of `createUserIdentity`. @public */
export interface CreateUserIdentityOptions {
  /** The identity's properties; `qualifiedName` is required. */
  readonly properties: UserIdentityProperties;
}

/** Names one user identity. @public */
export interface UserIdentityGUIDOption {
  /** The user identity's GUID. */
  readonly userIdentityGUID: string;
}

/** Options of `updateUserIdentity`. @public */
export interface UpdateUserIdentityOptions extends UserIdentityGUIDOption, ContextMergeUpdateOption {
  /** The new properties. */
  readonly properties: UserIdentityProperties;
}

/** Names the link between a user identity and a profile. @public */
export interface ProfileIdentityOption extends UserIdentityGUIDOption {
  /** The profile's GUID. */
  readonly profileGUID: string;
}

// ----- actor profiles and person roles (reads) ------------------------------------------------------

/** Options of `getActorProfileByUserId`. @public */
export interface ActorProfileUserIdOption {
  /** The user id of one of the profile's user identities. */
  readonly actorProfileUserId: string;
}

/** Options of `getAppointees`. @public */
export interface AppointeesOptions extends ContextPagingOptions {
  /** The role's GUID. */
  readonly personRoleGUID: string;
  /** Only appointments in effect at this time (default: all). */
  readonly effectiveTime?: EgeriaDateInput;
}
