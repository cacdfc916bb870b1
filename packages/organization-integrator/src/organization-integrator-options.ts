import type {
  ActorProfileProperties,
  AppointmentProperties,
  ContactMethodProperties,
  ContextMergeUpdateOption,
  ContextPagingOptions,
  ContributionRecord,
  CreateUserIdentityOptions,
  EgeriaDateInput,
  PersonRoleProperties,
  ProfileIdentityProperties,
  UserIdentityGUIDOption,
} from '@egeria-ts/omas-client';

// The options that the security integrator shares are defined once in the integration service kit
// and re-exported here under the same names.
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

// ----- actor profiles -------------------------------------------------------------------------------

/** Options of `createActorProfile`. */
export interface CreateActorProfileOptions {
  /** The profile's properties; `qualifiedName` is required, `typeName` picks a subtype such as `Person` or `Team`. */
  readonly properties: ActorProfileProperties;
  /** The person's contribution record (karma points), kept with the profile. */
  readonly contributionRecord?: ContributionRecord;
}

/** Names one actor profile. */
export interface ActorProfileGUIDOption {
  /** The profile's GUID. */
  readonly actorProfileGUID: string;
}

/** Options of `updateActorProfile`. */
export interface UpdateActorProfileOptions extends ActorProfileGUIDOption, ContextMergeUpdateOption {
  /** The new properties. */
  readonly properties: ActorProfileProperties;
  /** The new values of the contribution record (created when the profile has none). */
  readonly contributionRecord?: ContributionRecord;
}

/** Options of `addContactMethod`. */
export interface AddContactMethodOptions extends ActorProfileGUIDOption {
  /** How to contact the actor. */
  readonly properties: ContactMethodProperties;
}

/** Names one contact method. */
export interface ContactMethodGUIDOption {
  /** The contact method's GUID. */
  readonly contactMethodGUID: string;
}

/** Names a super team and a sub team. */
export interface TeamHierarchyOption {
  /** The team above. */
  readonly superTeamProfileGUID: string;
  /** The team below. */
  readonly subTeamProfileGUID: string;
}

/** Options of `linkTeamsInHierarchy`. */
export interface LinkTeamsInHierarchyOptions extends TeamHierarchyOption {
  /** True when the sub team's leader may escalate to and act for the super team's leader (default false). */
  readonly delegationEscalationAuthority?: boolean;
  /** When the link becomes effective. */
  readonly effectiveFrom?: EgeriaDateInput;
  /** When the link stops being effective. */
  readonly effectiveTo?: EgeriaDateInput;
}

/** Options of `getActorProfilesByLocation`. */
export interface ActorProfilesByLocationOptions extends ContextPagingOptions {
  /** The location's GUID. */
  readonly locationGUID: string;
}

// ----- person roles ---------------------------------------------------------------------------------

/** Options of `createPersonRole`. */
export interface CreatePersonRoleOptions {
  /** The role's properties; `qualifiedName` is required, `typeName` picks a subtype such as `TeamLeader`. */
  readonly properties: PersonRoleProperties;
}

/** Names one person role. */
export interface PersonRoleGUIDOption {
  /** The role's GUID. */
  readonly personRoleGUID: string;
}

/** Options of `updatePersonRole`. */
export interface UpdatePersonRoleOptions extends PersonRoleGUIDOption, ContextMergeUpdateOption {
  /** The new properties. */
  readonly properties: PersonRoleProperties;
}

/** Options of `linkPersonRoleToProfile`. */
export interface LinkPersonRoleToProfileOptions extends PersonRoleGUIDOption {
  /** The person appointed to the role. */
  readonly personProfileGUID: string;
  /** When the appointment starts and ends, and whether it is public. */
  readonly properties?: AppointmentProperties;
}

/** Names one appointment (the link between a person and a role). */
export interface AppointmentGUIDOption {
  /** The appointment's GUID, from `linkPersonRoleToProfile` or `getAppointees`. */
  readonly appointmentGUID: string;
}

/** Options of `updateAppointment`. */
export interface UpdateAppointmentOptions extends AppointmentGUIDOption, ContextMergeUpdateOption {
  /** The new properties of the appointment. */
  readonly properties: AppointmentProperties;
}

/** Names a team role and a team. */
export interface TeamPlayerOptions {
  /** The role played in the team. */
  readonly teamRoleGUID: string;
  /** The team's profile. */
  readonly teamProfileGUID: string;
  /** True for a leadership role (`TeamLeadership`), false for a membership role (`TeamMembership`). */
  readonly leadershipPosition: boolean;
}

/** Options of `linkTeamPlayer`. */
export interface LinkTeamPlayerOptions extends TeamPlayerOptions {
  /** The position's name in the team. */
  readonly position?: string;
}

/** Options of `getLeadershipRolesForTeam` and `getMembershipRolesForTeam`. */
export interface TeamRolesOptions extends ContextPagingOptions {
  /** The team's profile. */
  readonly teamGUID: string;
}

// ----- user identities ------------------------------------------------------------------------------

/** Options of `createUserIdentityForProfile`. */
export interface CreateUserIdentityForProfileOptions extends CreateUserIdentityOptions {
  /** The profile the new identity belongs to. */
  readonly profileGUID: string;
}

/** Names a user identity and a profile. */
export interface ProfileIdentityOption extends UserIdentityGUIDOption {
  /** The profile's GUID. */
  readonly profileGUID: string;
}

/** Options of `addIdentityToProfile`. */
export interface AddIdentityToProfileOptions extends ProfileIdentityOption {
  /** The link's properties, such as the role the identity is used for. */
  readonly properties?: ProfileIdentityProperties;
}

/** Options of `updateProfileIdentity`. */
export interface UpdateProfileIdentityOptions extends ProfileIdentityOption, ContextMergeUpdateOption {
  /** The link's new properties. */
  readonly properties: ProfileIdentityProperties;
}
