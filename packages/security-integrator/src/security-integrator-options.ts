import type {
  ContextMergeUpdateOption,
  ContextPagingOptions,
  EgeriaDateInput,
  SecurityGroupProperties,
  UserIdentityProperties,
} from '@egeria-ts/omas-client';

// ----- security groups ------------------------------------------------------------------------------

/** Options of `createSecurityGroup`. */
export interface CreateSecurityGroupOptions {
  /** The group's properties; `documentIdentifier` is its unique name. */
  readonly properties: SecurityGroupProperties;
}

/** Names one security group. */
export interface SecurityGroupGUIDOption {
  /** The security group's GUID. */
  readonly securityGroupGUID: string;
}

/** Options of `updateSecurityGroup`. */
export interface UpdateSecurityGroupOptions extends SecurityGroupGUIDOption, ContextMergeUpdateOption {
  /** The new properties. */
  readonly properties: SecurityGroupProperties;
}

/** Options of `getSecurityGroupsForDistinguishedName`. */
export interface DistinguishedNameOptions extends ContextPagingOptions {
  /** The distinguished name (LDAP) of the groups. */
  readonly distinguishedName: string;
}

/** Options of `getElementsGovernedBySecurityGroup`. */
export interface GovernedElementsOptions extends SecurityGroupGUIDOption, ContextPagingOptions {}

// ----- user identities ------------------------------------------------------------------------------

/** Options of `createUserIdentity`. */
export interface CreateUserIdentityOptions {
  /** The identity's properties; `qualifiedName` is required. */
  readonly properties: UserIdentityProperties;
}

/** Names one user identity. */
export interface UserIdentityGUIDOption {
  /** The user identity's GUID. */
  readonly userIdentityGUID: string;
}

/** Options of `updateUserIdentity`. */
export interface UpdateUserIdentityOptions extends UserIdentityGUIDOption, ContextMergeUpdateOption {
  /** The new properties. */
  readonly properties: UserIdentityProperties;
}

// ----- actor profiles and person roles (reads) ------------------------------------------------------

/** Options of `getActorProfileByUserId`. */
export interface ActorProfileUserIdOption {
  /** The user id of one of the profile's user identities. */
  readonly actorProfileUserId: string;
}

/** Options of `getAppointees`. */
export interface AppointeesOptions extends ContextPagingOptions {
  /** The role. */
  readonly personRoleGUID: string;
  /** Only appointments in effect at this time (default: all). */
  readonly effectiveTime?: EgeriaDateInput;
}
