/**
 * Security Manager OMAS: what 5.2's security integrator context calls: security groups, user identities, actor profiles and person roles, plus the security manager's registration and out-topic connection (SecurityManagerOMASResource): the typed client.
 */
import type { Connection } from '@egeria-ts/core';
import type { ActorProfileElement, Appointee, PersonRoleElement } from '../common/beans/elements';
import type {
  ExternalSourceRequestBody,
  NameRequestBody,
  ResultsRequestBody,
  SearchStringRequestBody,
  SecurityManagerRequestBody,
  UserIdentityRequestBody,
} from '../common/beans/request-bodies';
import type { OperationInvoker } from '../../operations/operation-invoker';
import { iteratePages, send, sendPage } from '../common/client-support';
import { securityGroupMethods, userIdentityMethods } from '../common/identity-client';
import type { OmasCallOptions, OmasPagingOptions } from '../common/options';
import { SECURITY_MANAGER_SERVICE } from './security-manager-operations';
import { getOutTopicConnection, type OutTopicConnectionOptions } from '../common/out-topic-connection';

const ops = SECURITY_MANAGER_SERVICE.operations;

/**
 * Security Manager OMAS: what 5.2's security integrator context calls: security groups, user identities, actor profiles and person roles, plus the security manager's registration and out-topic connection (SecurityManagerOMASResource).
 * Each method sends one row of {@link SECURITY_MANAGER_SERVICE} through an {@link OperationInvoker} (such as an
 * `OmasRestClient` for that table). Options carry the path values, the query values and the fields of
 * the request bean, under Egeria's names.
 * @public
 */
export class SecurityManagerClient {
  /** @param invoker - sends the operations, such as an `OmasRestClient` for `SECURITY_MANAGER_SERVICE` */
  constructor(private readonly invoker: OperationInvoker) {}

  private readonly securityGroups = securityGroupMethods(() => this.invoker, ops);
  private readonly userIdentities = userIdentityMethods<UserIdentityRequestBody, ExternalSourceRequestBody>(
    () => this.invoker,
    ops,
  );

  /**
   * Returns an out topic connection (`GET /topics/out-topic-connection/{callerId}`); undefined when the
   * access service has no out topic configured.
   */
  async getOutTopicConnection(options: OutTopicConnectionOptions): Promise<Connection | undefined> {
    return getOutTopicConnection(this.invoker, ops.getOutTopicConnection, options);
  }

  /**
   * Creates a security manager in catalog (`POST /metadata-sources/security-managers`).
   * @returns the GUID of what was created
   */
  async createSecurityManagerInCatalog(options: OmasCallOptions & SecurityManagerRequestBody = {}): Promise<string> {
    return send<string>(this.invoker, ops.createSecurityManagerInCatalog, options);
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
   * Returns one page of the actor profile with a name (`POST /profiles/by-name`).
   */
  async getActorProfileByName(options: OmasPagingOptions & NameRequestBody = {}): Promise<ActorProfileElement[]> {
    return sendPage<ActorProfileElement>(this.invoker, ops.getActorProfileByName, options);
  }

  /** Iterates over every element getActorProfileByName returns, page by page from `startFrom`. */
  getActorProfileByNameIterator(
    options: OmasPagingOptions & NameRequestBody = {},
  ): AsyncIterableIterator<ActorProfileElement> {
    return iteratePages<ActorProfileElement>(this.invoker, ops.getActorProfileByName, options);
  }

  /**
   * Returns one page of the actor profile whose properties match a search string (a regular expression) (`POST /profiles/by-search-string`).
   */
  async findActorProfile(options: OmasPagingOptions & SearchStringRequestBody = {}): Promise<ActorProfileElement[]> {
    return sendPage<ActorProfileElement>(this.invoker, ops.findActorProfile, options);
  }

  /** Iterates over every element findActorProfile returns, page by page from `startFrom`. */
  findActorProfileIterator(
    options: OmasPagingOptions & SearchStringRequestBody = {},
  ): AsyncIterableIterator<ActorProfileElement> {
    return iteratePages<ActorProfileElement>(this.invoker, ops.findActorProfile, options);
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
   * Returns the person role with the given GUID (`GET /person-roles/{personRoleGUID}`).
   */
  async getPersonRoleByGUID(
    options: OmasCallOptions & { readonly personRoleGUID: string },
  ): Promise<PersonRoleElement | undefined> {
    return send<PersonRoleElement | undefined>(this.invoker, ops.getPersonRoleByGUID, options);
  }

  /**
   * Returns one page of the person role with a name (`POST /person-roles/by-name`).
   */
  async getPersonRoleByName(options: OmasPagingOptions & NameRequestBody = {}): Promise<PersonRoleElement[]> {
    return sendPage<PersonRoleElement>(this.invoker, ops.getPersonRoleByName, options);
  }

  /** Iterates over every element getPersonRoleByName returns, page by page from `startFrom`. */
  getPersonRoleByNameIterator(
    options: OmasPagingOptions & NameRequestBody = {},
  ): AsyncIterableIterator<PersonRoleElement> {
    return iteratePages<PersonRoleElement>(this.invoker, ops.getPersonRoleByName, options);
  }

  /**
   * Returns one page of the person role whose properties match a search string (a regular expression) (`POST /person-roles/by-search-string`).
   */
  async findPersonRole(options: OmasPagingOptions & SearchStringRequestBody = {}): Promise<PersonRoleElement[]> {
    return sendPage<PersonRoleElement>(this.invoker, ops.findPersonRole, options);
  }

  /** Iterates over every element findPersonRole returns, page by page from `startFrom`. */
  findPersonRoleIterator(
    options: OmasPagingOptions & SearchStringRequestBody = {},
  ): AsyncIterableIterator<PersonRoleElement> {
    return iteratePages<PersonRoleElement>(this.invoker, ops.findPersonRole, options);
  }
}
