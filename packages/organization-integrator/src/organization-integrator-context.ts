import type { WriteOptions } from '@egeria-ts/core';
import {
  ActorIntegrationContext,
  COMMUNITY_PROFILE_SERVICE,
  OrganizationManagementClient,
  elementCreated,
  elementDeleted,
  elementUpdated,
  typeNameOr,
  type ActorProfileElement,
  type CommunityProfileOutboundEvent,
  type ContextNameOptions,
  type ContextPagingOptions,
  type ContextSearchOptions,
  type IntegrationContextDependencies,
  type PersonRoleElement,
  type TopicListener,
} from '@egeria-ts/omas-client';
import type {
  ActorProfileGUIDOption,
  ActorProfilesByLocationOptions,
  AddContactMethodOptions,
  AddIdentityToProfileOptions,
  AppointmentGUIDOption,
  ContactMethodGUIDOption,
  CreateActorProfileOptions,
  CreatePersonRoleOptions,
  CreateUserIdentityForProfileOptions,
  LinkPersonRoleToProfileOptions,
  LinkTeamPlayerOptions,
  LinkTeamsInHierarchyOptions,
  PersonRoleGUIDOption,
  ProfileIdentityOption,
  TeamHierarchyOption,
  TeamPlayerOptions,
  TeamRolesOptions,
  UpdateActorProfileOptions,
  UpdateAppointmentOptions,
  UpdatePersonRoleOptions,
  UpdateProfileIdentityOptions,
} from './organization-integrator-options';

/** Receives the Community Profile OMAS's out-topic events (Egeria's `CommunityProfileEventListener`). */
export type CommunityProfileEventListener = TopicListener<CommunityProfileOutboundEvent>;

/**
 * The open metadata type names the context counts its changes under (a `typeName` in the
 * properties, for a subtype such as `Person` or `Team`, is counted instead).
 */
export const ORGANIZATION_ELEMENT_TYPE_NAMES = Object.freeze({
  /** A person, team or IT profile. */
  actorProfile: 'ActorProfile',
  /** A team (the ends of the team hierarchy and of team players). */
  team: 'Team',
  /** A contact method of a profile. */
  contactMethod: 'ContactDetails',
  /** A role that people are appointed to. */
  personRole: 'PersonRole',
  /** The link between a person and a role. */
  appointment: 'PersonRoleAppointment',
  /** A security group. */
  securityGroup: 'SecurityGroup',
  /** A user identity (account). */
  userIdentity: 'UserIdentity',
});

const T = ORGANIZATION_ELEMENT_TYPE_NAMES;

/**
 * The context of an organization integration connector (Egeria 5.2's
 * `OrganizationIntegratorContext`): loads actor profiles (people, teams) with their contact methods
 * and contribution records, the team hierarchy, person roles with their appointments and team
 * players, security groups and user identities through the Community Profile OMAS. Every write
 * carries the connector's user id and its metadata source (security groups excepted: Egeria creates
 * them without one), is refused before it is sent when the permitted synchronization forbids
 * writing to open metadata, and is counted by type in the activity report. Reads are refused once
 * the context is disconnected.
 */
export class OrganizationIntegratorContext extends ActorIntegrationContext<
  CommunityProfileOutboundEvent,
  OrganizationManagementClient
> {
  readonly #client: OrganizationManagementClient;

  /** @param dependencies - built by the Organization Integrator service (`organizationIntegratorService.createContext`) */
  constructor(dependencies: IntegrationContextDependencies<CommunityProfileOutboundEvent>) {
    super(dependencies, COMMUNITY_PROFILE_SERVICE, (invoker) => new OrganizationManagementClient(invoker));
    this.#client = this.actorClient;
  }

  /**
   * Registers a listener for the Community Profile OMAS's out-topic events.
   * @param listener - receives each event
   */
  override async registerListener(listener: CommunityProfileEventListener): Promise<void> {
    await super.registerListener(listener);
  }

  // ---------------------------------------------------------------- actor profiles

  /** Creates an actor profile (and its contribution record, when given). @returns its GUID */
  async createActorProfile(options: CreateActorProfileOptions): Promise<string> {
    const op = 'createActorProfile';
    const o = this.withProperties(op, options);
    return this.write(
      op,
      (signal) =>
        this.#client.createActorProfile({
          ...this.source(signal),
          properties: o.properties,
          contributionRecord: o.contributionRecord,
        }),
      elementCreated(typeNameOr(o.properties, T.actorProfile)),
    );
  }

  /** Updates an actor profile: merges the properties given, or (the default) replaces them all. */
  async updateActorProfile(options: UpdateActorProfileOptions): Promise<void> {
    const op = 'updateActorProfile';
    const o = this.withProperties(op, options);
    await this.write(
      op,
      (signal) =>
        this.#client.updateActorProfile({
          ...this.source(signal),
          actorProfileGUID: o.actorProfileGUID,
          isMergeUpdate: o.isMergeUpdate ?? false,
          properties: o.properties,
          contributionRecord: o.contributionRecord,
        }),
      elementUpdated(typeNameOr(o.properties, T.actorProfile), o.actorProfileGUID),
    );
  }

  /** Deletes an actor profile with its contact methods and contribution record. */
  async deleteActorProfile(options: ActorProfileGUIDOption): Promise<void> {
    const op = 'deleteActorProfile';
    const o = this.requireOptions(op, options);
    await this.write(
      op,
      (signal) => this.#client.deleteActorProfile({ ...this.source(signal), actorProfileGUID: o.actorProfileGUID }),
      elementDeleted(T.actorProfile, o.actorProfileGUID),
    );
  }

  /** Adds a contact method to a profile. @returns its GUID */
  async addContactMethod(options: AddContactMethodOptions): Promise<string> {
    const op = 'addContactMethod';
    const o = this.withProperties(op, options);
    return this.write(
      op,
      (signal) =>
        this.#client.addContactMethod({
          ...this.source(signal),
          actorProfileGUID: o.actorProfileGUID,
          properties: o.properties,
        }),
      elementCreated(typeNameOr(o.properties, T.contactMethod)),
    );
  }

  /** Deletes a contact method. */
  async deleteContactMethod(options: ContactMethodGUIDOption): Promise<void> {
    const op = 'deleteContactMethod';
    const o = this.requireOptions(op, options);
    await this.write(
      op,
      (signal) => this.#client.deleteContactMethod({ ...this.source(signal), contactMethodGUID: o.contactMethodGUID }),
      elementDeleted(T.contactMethod, o.contactMethodGUID),
    );
  }

  /** Links a sub team below a super team (both count as updated). */
  async linkTeamsInHierarchy(options: LinkTeamsInHierarchyOptions): Promise<void> {
    const op = 'linkTeamsInHierarchy';
    const o = this.requireOptions(op, options);
    await this.#linkWrite(
      op,
      (signal) =>
        this.#client.linkTeamsInHierarchy({
          ...this.source(signal),
          superTeamProfileGUID: o.superTeamProfileGUID,
          subTeamProfileGUID: o.subTeamProfileGUID,
          delegationEscalationAuthority: o.delegationEscalationAuthority ?? false,
          effectiveFrom: o.effectiveFrom,
          effectiveTo: o.effectiveTo,
        }),
      [T.team, o.superTeamProfileGUID],
      [T.team, o.subTeamProfileGUID],
    );
  }

  /** Removes the link between a super team and a sub team (both count as updated). */
  async unlinkTeamsInHierarchy(options: TeamHierarchyOption): Promise<void> {
    const op = 'unlinkTeamsInHierarchy';
    const o = this.requireOptions(op, options);
    await this.#linkWrite(
      op,
      (signal) =>
        this.#client.unlinkTeamsInHierarchy({
          ...this.source(signal),
          superTeamProfileGUID: o.superTeamProfileGUID,
          subTeamProfileGUID: o.subTeamProfileGUID,
        }),
      [T.team, o.superTeamProfileGUID],
      [T.team, o.subTeamProfileGUID],
    );
  }

  /** Actor profiles with a name (one page). */
  async getActorProfilesByName(options: ContextNameOptions): Promise<ActorProfileElement[]> {
    return this.readPage('getActorProfilesByName', options, (page) =>
      this.#client.getActorProfilesByName({ ...page, name: options.name }),
    );
  }

  /** Actor profiles linked to a location (one page). */
  async getActorProfilesByLocation(options: ActorProfilesByLocationOptions): Promise<ActorProfileElement[]> {
    return this.readPage('getActorProfilesByLocation', options, (page) =>
      this.#client.getActorProfilesByLocation({ ...page, locationGUID: options.locationGUID }),
    );
  }

  /** Every actor profile (one page). */
  async getActorProfiles(options: ContextPagingOptions = {}): Promise<ActorProfileElement[]> {
    return this.readPage('getActorProfiles', options, (page) => this.#client.getActorProfiles(page));
  }

  /** Actor profiles whose properties match a search string (one page). */
  async findActorProfiles(options: ContextSearchOptions): Promise<ActorProfileElement[]> {
    return this.readPage('findActorProfiles', options, (page) =>
      this.#client.findActorProfiles({ ...page, searchString: options.searchString }),
    );
  }

  // ---------------------------------------------------------------- person roles

  /** Creates a person role. @returns its GUID */
  async createPersonRole(options: CreatePersonRoleOptions): Promise<string> {
    const op = 'createPersonRole';
    const o = this.withProperties(op, options);
    return this.write(
      op,
      (signal) => this.#client.createPersonRole({ ...this.source(signal), properties: o.properties }),
      elementCreated(typeNameOr(o.properties, T.personRole)),
    );
  }

  /** Updates a person role: merges the properties given, or (the default) replaces them all. */
  async updatePersonRole(options: UpdatePersonRoleOptions): Promise<void> {
    const op = 'updatePersonRole';
    const o = this.withProperties(op, options);
    await this.write(
      op,
      (signal) =>
        this.#client.updatePersonRole({
          ...this.source(signal),
          personRoleGUID: o.personRoleGUID,
          isMergeUpdate: o.isMergeUpdate ?? false,
          properties: o.properties,
        }),
      elementUpdated(typeNameOr(o.properties, T.personRole), o.personRoleGUID),
    );
  }

  /** Deletes a person role. */
  async deletePersonRole(options: PersonRoleGUIDOption): Promise<void> {
    const op = 'deletePersonRole';
    const o = this.requireOptions(op, options);
    await this.write(
      op,
      (signal) => this.#client.deletePersonRole({ ...this.source(signal), personRoleGUID: o.personRoleGUID }),
      elementDeleted(T.personRole, o.personRoleGUID),
    );
  }

  /**
   * Appoints a person to a role (the role and the profile count as updated).
   * @returns the GUID of the appointment (Egeria's context discards it; its client returns it)
   */
  async linkPersonRoleToProfile(options: LinkPersonRoleToProfileOptions): Promise<string> {
    const op = 'linkPersonRoleToProfile';
    const o = this.requireOptions(op, options);
    return this.#linkWrite(
      op,
      (signal) =>
        this.#client.linkPersonRoleToProfile({
          ...this.source(signal),
          personRoleGUID: o.personRoleGUID,
          personProfileGUID: o.personProfileGUID,
          properties: o.properties ?? {},
        }),
      [T.personRole, o.personRoleGUID],
      [T.actorProfile, o.personProfileGUID],
      { dryRunResult: (guid) => guid },
    );
  }

  /** Changes an appointment's dates or visibility (counted under `PersonRoleAppointment`). */
  async updateAppointment(options: UpdateAppointmentOptions): Promise<void> {
    const op = 'updateAppointment';
    const o = this.withProperties(op, options);
    await this.write(
      op,
      (signal) =>
        this.#client.updateAppointment({
          ...this.source(signal),
          appointmentGUID: o.appointmentGUID,
          isMergeUpdate: o.isMergeUpdate ?? false,
          properties: o.properties,
        }),
      elementUpdated(T.appointment, o.appointmentGUID),
    );
  }

  /** Ends an appointment (counted as a delete of the `PersonRoleAppointment`). */
  async unlinkPersonRoleFromProfile(options: AppointmentGUIDOption): Promise<void> {
    const op = 'unlinkPersonRoleFromProfile';
    const o = this.requireOptions(op, options);
    await this.write(
      op,
      (signal) =>
        this.#client.unlinkPersonRoleFromProfile({ ...this.source(signal), appointmentGUID: o.appointmentGUID }),
      elementDeleted(T.appointment, o.appointmentGUID),
    );
  }

  /** Makes a role a leadership or membership role of a team (the role and the team count as updated). */
  async linkTeamPlayer(options: LinkTeamPlayerOptions): Promise<void> {
    const op = 'linkTeamPlayer';
    const o = this.#teamPlayer(op, options);
    await this.#linkWrite(
      op,
      (signal) =>
        this.#client.linkTeamPlayer({
          ...this.source(signal),
          teamProfileGUID: o.teamProfileGUID,
          teamRoleGUID: o.teamRoleGUID,
          position: o.position,
          isLeadershipRole: o.leadershipPosition,
        }),
      [T.personRole, o.teamRoleGUID],
      [T.team, o.teamProfileGUID],
    );
  }

  /** Removes a leadership or membership role from a team (the role and the team count as updated). */
  async unlinkTeamPlayer(options: TeamPlayerOptions): Promise<void> {
    const op = 'unlinkTeamPlayer';
    const o = this.#teamPlayer(op, options);
    await this.#linkWrite(
      op,
      (signal) =>
        this.#client.unlinkTeamPlayer({
          ...this.source(signal),
          teamProfileGUID: o.teamProfileGUID,
          teamRoleGUID: o.teamRoleGUID,
          isLeadershipRole: o.leadershipPosition,
        }),
      [T.personRole, o.teamRoleGUID],
      [T.team, o.teamProfileGUID],
    );
  }

  /** Person roles with a name (one page). */
  async getPersonRolesByName(options: ContextNameOptions): Promise<PersonRoleElement[]> {
    return this.readPage('getPersonRolesByName', options, (page) =>
      this.#client.getPersonRolesByName({ ...page, name: options.name }),
    );
  }

  /** The leadership roles of a team (one page). */
  async getLeadershipRolesForTeam(options: TeamRolesOptions): Promise<PersonRoleElement[]> {
    return this.readPage('getLeadershipRolesForTeam', options, (page) =>
      this.#client.getLeadershipRolesForTeam({ ...page, teamGUID: options.teamGUID }),
    );
  }

  /** The membership roles of a team (one page). */
  async getMembershipRolesForTeam(options: TeamRolesOptions): Promise<PersonRoleElement[]> {
    return this.readPage('getMembershipRolesForTeam', options, (page) =>
      this.#client.getMembershipRolesForTeam({ ...page, teamGUID: options.teamGUID }),
    );
  }

  /** Person roles whose properties match a search string (one page). */
  async findPersonRoles(options: ContextSearchOptions): Promise<PersonRoleElement[]> {
    return this.readPage('findPersonRoles', options, (page) =>
      this.#client.findPersonRoles({ ...page, searchString: options.searchString }),
    );
  }

  // ---------------------------------------------------------------- user identities
  // (security groups, user identities and the shared actor reads come from ActorIntegrationContext)

  /** Creates a user identity linked to a profile. @returns its GUID */
  async createUserIdentityForProfile(options: CreateUserIdentityForProfileOptions): Promise<string> {
    const op = 'createUserIdentityForProfile';
    const o = this.withProperties(op, options);
    if (typeof o.profileGUID !== 'string' || o.profileGUID.trim() === '') {
      throw this.invalidParameter('profileGUID', op, o.profileGUID);
    }
    return this.write(
      op,
      (signal) =>
        this.#client.createUserIdentity({
          ...this.source(signal),
          parentGUID: o.profileGUID,
          properties: o.properties,
        }),
      elementCreated(typeNameOr(o.properties, T.userIdentity)),
    );
  }

  /** Links a user identity to a profile (both count as updated). */
  async addIdentityToProfile(options: AddIdentityToProfileOptions): Promise<void> {
    const op = 'addIdentityToProfile';
    const o = this.requireOptions(op, options);
    await this.#linkWrite(
      op,
      (signal) =>
        this.#client.addIdentityToProfile({
          ...this.source(signal),
          userIdentityGUID: o.userIdentityGUID,
          profileGUID: o.profileGUID,
          properties: o.properties,
        }),
      [T.userIdentity, o.userIdentityGUID],
      [T.actorProfile, o.profileGUID],
    );
  }

  /** Changes the properties of the link between a user identity and a profile (both count as updated). */
  async updateProfileIdentity(options: UpdateProfileIdentityOptions): Promise<void> {
    const op = 'updateProfileIdentity';
    const o = this.withProperties(op, options);
    await this.#linkWrite(
      op,
      (signal) =>
        this.#client.updateIdentityProfile({
          ...this.source(signal),
          userIdentityGUID: o.userIdentityGUID,
          profileGUID: o.profileGUID,
          isMergeUpdate: o.isMergeUpdate ?? false,
          properties: o.properties,
        }),
      [T.userIdentity, o.userIdentityGUID],
      [T.actorProfile, o.profileGUID],
    );
  }

  /** Removes the link between a user identity and a profile (both count as updated). */
  async removeIdentityFromProfile(options: ProfileIdentityOption): Promise<void> {
    const op = 'removeIdentityFromProfile';
    const o = this.requireOptions(op, options);
    await this.#linkWrite(
      op,
      (signal) =>
        this.#client.removeIdentityFromProfile({
          ...this.source(signal),
          userIdentityGUID: o.userIdentityGUID,
          profileGUID: o.profileGUID,
        }),
      [T.userIdentity, o.userIdentityGUID],
      [T.actorProfile, o.profileGUID],
    );
  }

  // ---------------------------------------------------------------- helpers

  /** Checks the team player options (`leadershipPosition` must be a boolean). */
  #teamPlayer<O extends TeamPlayerOptions>(operation: string, options: O): O {
    const o = this.requireOptions(operation, options);
    if (typeof o.leadershipPosition !== 'boolean') {
      throw this.invalidParameter('leadershipPosition', operation, o.leadershipPosition);
    }
    return o;
  }

  /** A write that links or unlinks two elements: both count as updated. */
  async #linkWrite<R>(
    operation: string,
    fn: (signal: AbortSignal) => Promise<R>,
    first: readonly [typeName: string, guid: string],
    second: readonly [typeName: string, guid: string],
    writeOptions?: WriteOptions<R>,
  ): Promise<R> {
    const result = await this.write(operation, fn, elementUpdated(first[0], first[1]), writeOptions);
    if (typeof second[1] === 'string' && second[1] !== '') this.reportElementUpdate(second[0], second[1]);
    return result;
  }
}
