/**
 * Community Profile OMAS: what 5.2's organization integrator context calls: actor profiles, contact methods, person roles, appointments, team structure (OrganizationResource), security groups (SecurityGroupResource), user identities (UserIdentityResource), metadata sources and the out-topic connection (CommunityProfileResource): the typed client.
 */
import type { Connection } from '@egeria-ts/core';
import type { ProfileIdentityProperties, UserIdentityProperties } from '../common/beans/actor-properties';
import type { MetadataSourceProperties } from '../common/beans/capability-properties';
import type {
  ActorProfileElement,
  Appointee,
  MetadataSourceElement,
  PersonRoleElement,
} from '../common/beans/elements';
import type {
  ActorProfileRequestBody,
  AppointmentRequestBody,
  ContactMethodRequestBody,
  EffectiveDatesRequestBody,
  ExternalSourceRequestBody,
  NameRequestBody,
  PersonRoleRequestBody,
  ReferenceableRequestBody,
  RelationshipRequestBody,
  ResultsRequestBody,
  SearchStringRequestBody,
  TeamPlayerRequestBody,
} from '../common/beans/request-bodies';
import type { OperationInvoker } from '../../operations/operation-invoker';
import { iteratePages, send, sendPage } from '../common/client-support';
import { securityGroupMethods, userIdentityMethods } from '../common/identity-client';
import type { OmasCallOptions, OmasPagingOptions } from '../common/options';
import { COMMUNITY_PROFILE_SERVICE } from './organization-management-operations';
import { getOutTopicConnection, type OutTopicConnectionOptions } from '../common/out-topic-connection';

const ops = COMMUNITY_PROFILE_SERVICE.operations;

/**
 * Community Profile OMAS: what 5.2's organization integrator context calls: actor profiles, contact methods, person roles, appointments, team structure (OrganizationResource), security groups (SecurityGroupResource), user identities (UserIdentityResource), metadata sources and the out-topic connection (CommunityProfileResource).
 * Each method sends one row of {@link COMMUNITY_PROFILE_SERVICE} through an {@link OperationInvoker} (such as an
 * `OmasRestClient` for that table). Options carry the path values, the query values and the fields of
 * the request bean, under Egeria's names.
 * @public
 */
export class OrganizationManagementClient {
  /** @param invoker - sends the operations, such as an `OmasRestClient` for `COMMUNITY_PROFILE_SERVICE` */
  constructor(private readonly invoker: OperationInvoker) {}

  private readonly securityGroups = securityGroupMethods(() => this.invoker, ops);
  private readonly userIdentities = userIdentityMethods<
    Omit<ReferenceableRequestBody, 'properties'> & { readonly properties?: UserIdentityProperties },
    Omit<RelationshipRequestBody, 'properties'> & { readonly properties?: ProfileIdentityProperties }
  >(() => this.invoker, ops, { nested: { properties: 'ProfileIdentityProperties' } });

  /**
   * Creates an actor profile (`POST /profiles`).
   * @returns the GUID of what was created
   */
  async createActorProfile(options: OmasCallOptions & ActorProfileRequestBody = {}): Promise<string> {
    return send<string>(this.invoker, ops.createActorProfile, options, {
      nested: { contributionRecord: 'ContributionRecord', properties: 'ActorProfileProperties' },
    });
  }

  /**
   * Updates an actor profile (`POST /profiles/{actorProfileGUID}`).
   */
  async updateActorProfile(
    options: OmasCallOptions & {
      readonly actorProfileGUID: string;
      readonly isMergeUpdate: boolean;
    } & ActorProfileRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updateActorProfile, options, {
      nested: { contributionRecord: 'ContributionRecord', properties: 'ActorProfileProperties' },
    });
  }

  /**
   * Deletes an actor profile (`POST /profiles/{actorProfileGUID}/delete`).
   */
  async deleteActorProfile(
    options: OmasCallOptions & { readonly actorProfileGUID: string } & ExternalSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.deleteActorProfile, options);
  }

  /**
   * Adds a contact method (`POST /profiles/{actorProfileGUID}/contact-methods`).
   * @returns the GUID of what was created
   */
  async addContactMethod(
    options: OmasCallOptions & { readonly actorProfileGUID: string } & ContactMethodRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.addContactMethod, options);
  }

  /**
   * Deletes a contact method (`POST /profiles/contact-methods/{contactMethodGUID}/delete`).
   */
  async deleteContactMethod(
    options: OmasCallOptions & { readonly contactMethodGUID: string } & ExternalSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.deleteContactMethod, options);
  }

  /**
   * Links teams in hierarchy (`POST /profiles/{superTeamProfileGUID}/sub-team-profiles/{subTeamProfileGUID}/link`).
   */
  async linkTeamsInHierarchy(
    options: OmasCallOptions & {
      readonly superTeamProfileGUID: string;
      readonly subTeamProfileGUID: string;
      readonly delegationEscalationAuthority: boolean;
    } & EffectiveDatesRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.linkTeamsInHierarchy, options);
  }

  /**
   * Unlinks teams in hierarchy (`POST /profiles/{superTeamProfileGUID}/sub-team-profiles/{subTeamProfileGUID}/unlink`).
   */
  async unlinkTeamsInHierarchy(
    options: OmasCallOptions & {
      readonly superTeamProfileGUID: string;
      readonly subTeamProfileGUID: string;
    } & ExternalSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.unlinkTeamsInHierarchy, options);
  }

  /**
   * Returns the actor profile with the given GUID (`GET /profiles/{actorProfileGUID}`).
   */
  async getActorProfileByGUID(
    options: OmasCallOptions & { readonly actorProfileGUID: string },
  ): Promise<ActorProfileElement | undefined> {
    return send<ActorProfileElement | undefined>(this.invoker, ops.getActorProfileByGUID, options);
  }

  /**
   * Returns an actor profile by user id (`GET /profiles/user-ids/{actorProfileUserId}`).
   */
  async getActorProfileByUserId(
    options: OmasCallOptions & { readonly actorProfileUserId: string },
  ): Promise<ActorProfileElement | undefined> {
    return send<ActorProfileElement | undefined>(this.invoker, ops.getActorProfileByUserId, options);
  }

  /**
   * Returns one page of the actor profiles (`GET /profiles`).
   */
  async getActorProfiles(options: OmasPagingOptions = {}): Promise<ActorProfileElement[]> {
    return sendPage<ActorProfileElement>(this.invoker, ops.getActorProfiles, options);
  }

  /** Iterates over every element getActorProfiles returns, page by page from `startFrom`. */
  getActorProfilesIterator(options: OmasPagingOptions = {}): AsyncIterableIterator<ActorProfileElement> {
    return iteratePages<ActorProfileElement>(this.invoker, ops.getActorProfiles, options);
  }

  /**
   * Returns one page of the actor profiles by location (`GET /profiles/locations/{locationGUID}`).
   */
  async getActorProfilesByLocation(
    options: OmasPagingOptions & { readonly locationGUID: string },
  ): Promise<ActorProfileElement[]> {
    return sendPage<ActorProfileElement>(this.invoker, ops.getActorProfilesByLocation, options);
  }

  /** Iterates over every element getActorProfilesByLocation returns, page by page from `startFrom`. */
  getActorProfilesByLocationIterator(
    options: OmasPagingOptions & { readonly locationGUID: string },
  ): AsyncIterableIterator<ActorProfileElement> {
    return iteratePages<ActorProfileElement>(this.invoker, ops.getActorProfilesByLocation, options);
  }

  /**
   * Returns one page of the actor profiles with a name (`POST /profiles/by-name`).
   */
  async getActorProfilesByName(options: OmasPagingOptions & NameRequestBody = {}): Promise<ActorProfileElement[]> {
    return sendPage<ActorProfileElement>(this.invoker, ops.getActorProfilesByName, options);
  }

  /** Iterates over every element getActorProfilesByName returns, page by page from `startFrom`. */
  getActorProfilesByNameIterator(
    options: OmasPagingOptions & NameRequestBody = {},
  ): AsyncIterableIterator<ActorProfileElement> {
    return iteratePages<ActorProfileElement>(this.invoker, ops.getActorProfilesByName, options);
  }

  /**
   * Returns one page of the actor profiles whose properties match a search string (a regular expression) (`POST /profiles/by-search-string`).
   */
  async findActorProfiles(options: OmasPagingOptions & SearchStringRequestBody = {}): Promise<ActorProfileElement[]> {
    return sendPage<ActorProfileElement>(this.invoker, ops.findActorProfiles, options);
  }

  /** Iterates over every element findActorProfiles returns, page by page from `startFrom`. */
  findActorProfilesIterator(
    options: OmasPagingOptions & SearchStringRequestBody = {},
  ): AsyncIterableIterator<ActorProfileElement> {
    return iteratePages<ActorProfileElement>(this.invoker, ops.findActorProfiles, options);
  }

  /**
   * Creates a person role (`POST /person-roles`).
   * @returns the GUID of what was created
   */
  async createPersonRole(options: OmasCallOptions & PersonRoleRequestBody = {}): Promise<string> {
    return send<string>(this.invoker, ops.createPersonRole, options);
  }

  /**
   * Updates a person role (`POST /person-roles/{personRoleGUID}`).
   */
  async updatePersonRole(
    options: OmasCallOptions & {
      readonly personRoleGUID: string;
      readonly isMergeUpdate: boolean;
    } & PersonRoleRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updatePersonRole, options);
  }

  /**
   * Deletes a person role (`POST /person-roles/{personRoleGUID}/delete`).
   */
  async deletePersonRole(
    options: OmasCallOptions & { readonly personRoleGUID: string } & ExternalSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.deletePersonRole, options);
  }

  /**
   * Links a person role to profile (`POST /person-roles/{personRoleGUID}/profiles/{personProfileGUID}/link`).
   * @returns the GUID of what was created
   */
  async linkPersonRoleToProfile(
    options: OmasCallOptions & {
      readonly personRoleGUID: string;
      readonly personProfileGUID: string;
    } & AppointmentRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.linkPersonRoleToProfile, options);
  }

  /**
   * Returns one page of the appointees (`POST /person-roles/{personRoleGUID}/appointees`).
   */
  async getAppointees(
    options: OmasPagingOptions & { readonly personRoleGUID: string } & ResultsRequestBody,
  ): Promise<Appointee[]> {
    return sendPage<Appointee>(this.invoker, ops.getAppointees, options);
  }

  /** Iterates over every element getAppointees returns, page by page from `startFrom`. */
  getAppointeesIterator(
    options: OmasPagingOptions & { readonly personRoleGUID: string } & ResultsRequestBody,
  ): AsyncIterableIterator<Appointee> {
    return iteratePages<Appointee>(this.invoker, ops.getAppointees, options);
  }

  /**
   * Updates an appointment (`POST /person-roles/appointees/{appointmentGUID}`).
   */
  async updateAppointment(
    options: OmasCallOptions & {
      readonly appointmentGUID: string;
      readonly isMergeUpdate: boolean;
    } & AppointmentRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updateAppointment, options);
  }

  /**
   * Unlinks a person role from profile (`POST /person-roles/appointees/{appointmentGUID}/unlink`).
   */
  async unlinkPersonRoleFromProfile(
    options: OmasCallOptions & { readonly appointmentGUID: string } & ExternalSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.unlinkPersonRoleFromProfile, options);
  }

  /**
   * Links a team player (`POST /team-profiles/{teamProfileGUID}/team-roles/{teamRoleGUID}/link`).
   */
  async linkTeamPlayer(
    options: OmasCallOptions & {
      readonly teamProfileGUID: string;
      readonly teamRoleGUID: string;
    } & TeamPlayerRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.linkTeamPlayer, options);
  }

  /**
   * Unlinks a team player (`POST /team-profiles/{teamProfileGUID}/team-roles/{teamRoleGUID}/unlink`).
   */
  async unlinkTeamPlayer(
    options: OmasCallOptions & {
      readonly teamProfileGUID: string;
      readonly teamRoleGUID: string;
    } & TeamPlayerRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.unlinkTeamPlayer, options);
  }

  /**
   * Returns the person role with the given GUID (`GET /person-roles/{personRoleGUID}`).
   */
  async getPersonRoleByGUID(
    options: OmasCallOptions & { readonly personRoleGUID: string },
  ): Promise<PersonRoleElement | undefined> {
    return send<PersonRoleElement | undefined>(this.invoker, ops.getPersonRoleByGUID, options);
  }

  /**
   * Returns one page of the person roles with a name (`POST /person-roles/by-name`).
   */
  async getPersonRolesByName(options: OmasPagingOptions & NameRequestBody = {}): Promise<PersonRoleElement[]> {
    return sendPage<PersonRoleElement>(this.invoker, ops.getPersonRolesByName, options);
  }

  /** Iterates over every element getPersonRolesByName returns, page by page from `startFrom`. */
  getPersonRolesByNameIterator(
    options: OmasPagingOptions & NameRequestBody = {},
  ): AsyncIterableIterator<PersonRoleElement> {
    return iteratePages<PersonRoleElement>(this.invoker, ops.getPersonRolesByName, options);
  }

  /**
   * Returns one page of the leadership roles for team (`GET /person-roles/by-team/{teamGUID}/leadership`).
   */
  async getLeadershipRolesForTeam(
    options: OmasPagingOptions & { readonly teamGUID: string },
  ): Promise<PersonRoleElement[]> {
    return sendPage<PersonRoleElement>(this.invoker, ops.getLeadershipRolesForTeam, options);
  }

  /** Iterates over every element getLeadershipRolesForTeam returns, page by page from `startFrom`. */
  getLeadershipRolesForTeamIterator(
    options: OmasPagingOptions & { readonly teamGUID: string },
  ): AsyncIterableIterator<PersonRoleElement> {
    return iteratePages<PersonRoleElement>(this.invoker, ops.getLeadershipRolesForTeam, options);
  }

  /**
   * Returns one page of the membership roles for team (`GET /person-roles/by-team/{teamGUID}/membership`).
   */
  async getMembershipRolesForTeam(
    options: OmasPagingOptions & { readonly teamGUID: string },
  ): Promise<PersonRoleElement[]> {
    return sendPage<PersonRoleElement>(this.invoker, ops.getMembershipRolesForTeam, options);
  }

  /** Iterates over every element getMembershipRolesForTeam returns, page by page from `startFrom`. */
  getMembershipRolesForTeamIterator(
    options: OmasPagingOptions & { readonly teamGUID: string },
  ): AsyncIterableIterator<PersonRoleElement> {
    return iteratePages<PersonRoleElement>(this.invoker, ops.getMembershipRolesForTeam, options);
  }

  /**
   * Returns one page of the person roles whose properties match a search string (a regular expression) (`POST /person-roles/by-search-string`).
   */
  async findPersonRoles(options: OmasPagingOptions & SearchStringRequestBody = {}): Promise<PersonRoleElement[]> {
    return sendPage<PersonRoleElement>(this.invoker, ops.findPersonRoles, options);
  }

  /** Iterates over every element findPersonRoles returns, page by page from `startFrom`. */
  findPersonRolesIterator(
    options: OmasPagingOptions & SearchStringRequestBody = {},
  ): AsyncIterableIterator<PersonRoleElement> {
    return iteratePages<PersonRoleElement>(this.invoker, ops.findPersonRoles, options);
  }

  /** Creates a security group (`POST /security-groups`). @returns the GUID of what was created */
  readonly createSecurityGroup = this.securityGroups.create;

  /** Updates a security group (`POST /security-groups/{securityGroupGUID}/update`). */
  readonly updateSecurityGroup = this.securityGroups.update;

  /** Deletes a security group (`POST /security-groups/{securityGroupGUID}/delete`). */
  readonly deleteSecurityGroup = this.securityGroups.delete;

  /** Returns one page of the security groups for distinguished name (`GET /security-groups/for-distinguished-name/{distinguishedName}`). */
  readonly getSecurityGroupsForDistinguishedName = this.securityGroups.forDistinguishedName;

  /** Iterates over every element getSecurityGroupsForDistinguishedName returns, page by page from `startFrom`. */
  readonly getSecurityGroupsForDistinguishedNameIterator = this.securityGroups.forDistinguishedNameIterator;

  /** Returns one page of the elements governed by security group (`GET /security-groups/{securityGroupGUID}/governed-by/elements`). */
  readonly getElementsGovernedBySecurityGroup = this.securityGroups.governedElements;

  /** Iterates over every element getElementsGovernedBySecurityGroup returns, page by page from `startFrom`. */
  readonly getElementsGovernedBySecurityGroupIterator = this.securityGroups.governedElementsIterator;

  /** Returns one page of the security groups whose properties match a search string (a regular expression) (`POST /security-groups/by-search-string`). */
  readonly findSecurityGroups = this.securityGroups.find;

  /** Iterates over every element findSecurityGroups returns, page by page from `startFrom`. */
  readonly findSecurityGroupsIterator = this.securityGroups.findIterator;

  /** Returns the security group with the given GUID (`GET /security-groups/{securityGroupGUID}`). */
  readonly getSecurityGroupByGUID = this.securityGroups.byGUID;

  /** Creates a user identity (`POST /user-identities`). @returns the GUID of what was created */
  readonly createUserIdentity = this.userIdentities.create;

  /** Updates a user identity (`POST /user-identities/{userIdentityGUID}`). */
  readonly updateUserIdentity = this.userIdentities.update;

  /** Deletes a user identity (`POST /user-identities/{userIdentityGUID}/delete`). */
  readonly deleteUserIdentity = this.userIdentities.delete;

  /** Adds an identity to profile (`POST /user-identities/{userIdentityGUID}/profiles/{profileGUID}/link`). */
  readonly addIdentityToProfile = this.userIdentities.addToProfile;

  /**
   * Updates an identity profile (`POST /user-identities/{userIdentityGUID}/profiles/{profileGUID}/link/update`).
   */
  async updateIdentityProfile(
    options: OmasCallOptions & {
      readonly userIdentityGUID: string;
      readonly profileGUID: string;
      readonly isMergeUpdate: boolean;
    } & Omit<RelationshipRequestBody, 'properties'> & { readonly properties?: ProfileIdentityProperties },
  ): Promise<void> {
    await send(this.invoker, ops.updateIdentityProfile, options, {
      nested: { properties: 'ProfileIdentityProperties' },
    });
  }

  /** Removes an identity from profile (`POST /user-identities/{userIdentityGUID}/profiles/{profileGUID}/unlink`). */
  readonly removeIdentityFromProfile = this.userIdentities.removeFromProfile;

  /** Returns one page of the user identities whose properties match a search string (a regular expression) (`POST /user-identities/by-search-string`). */
  readonly findUserIdentities = this.userIdentities.find;

  /** Iterates over every element findUserIdentities returns, page by page from `startFrom`. */
  readonly findUserIdentitiesIterator = this.userIdentities.findIterator;

  /** Returns one page of the user identities with a name (`POST /user-identities/by-name`). */
  readonly getUserIdentitiesByName = this.userIdentities.byName;

  /** Iterates over every element getUserIdentitiesByName returns, page by page from `startFrom`. */
  readonly getUserIdentitiesByNameIterator = this.userIdentities.byNameIterator;

  /** Returns the user identity with the given GUID (`GET /user-identities/{userIdentityGUID}`). */
  readonly getUserIdentityByGUID = this.userIdentities.byGUID;

  /**
   * Returns an out topic connection (`GET /topics/out-topic-connection/{callerId}`); undefined when the
   * access service has no out topic configured.
   */
  async getOutTopicConnection(options: OutTopicConnectionOptions): Promise<Connection | undefined> {
    return getOutTopicConnection(this.invoker, ops.getOutTopicConnection, options);
  }

  /**
   * Creates a metadata source (`POST /metadata-sources`).
   * @returns the GUID of what was created
   */
  async createMetadataSource(options: OmasCallOptions & MetadataSourceProperties = {}): Promise<string> {
    return send<string>(this.invoker, ops.createMetadataSource, options);
  }

  /**
   * Returns a metadata source GUID (`GET /metadata-sources/by-name/{qualifiedName}`).
   * @returns the GUID, or undefined when the server finds none
   */
  async getMetadataSourceGUID(
    options: OmasCallOptions & { readonly qualifiedName: string },
  ): Promise<string | undefined> {
    return send<string | undefined>(this.invoker, ops.getMetadataSourceGUID, options);
  }

  /**
   * Returns a metadata source (`GET /metadata-sources/{metadataSourceGUID}`).
   */
  async getMetadataSource(
    options: OmasCallOptions & { readonly metadataSourceGUID: string },
  ): Promise<MetadataSourceElement | undefined> {
    return send<MetadataSourceElement | undefined>(this.invoker, ops.getMetadataSource, options);
  }
}
