/**
 * Security Manager OMAS: what 5.2's security integrator context calls: security groups, user identities, actor profiles and person roles, plus the security manager's registration and out-topic connection (SecurityManagerOMASResource): the typed client.
 */
import type { Connection } from '@egeria-ts/core';
import type {
  ActorProfileElement,
  Appointee,
  ElementStub,
  PersonRoleElement,
  SecurityGroupElement,
  UserIdentityElement,
} from '../common/beans/elements';
import type {
  ExternalSourceRequestBody,
  NameRequestBody,
  ResultsRequestBody,
  SearchStringRequestBody,
  SecurityManagerRequestBody,
  UserIdentityRequestBody,
} from '../common/beans/request-bodies';
import type { SecurityGroupProperties } from '../common/beans/security-properties';
import type { OperationInvoker } from '../../operations/operation-invoker';
import { iteratePages, send, sendPage } from '../common/client-support';
import type { OmasCallOptions, OmasPagingOptions } from '../common/options';
import { SECURITY_MANAGER_SERVICE } from './security-manager-operations';

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

  /**
   * Returns an out topic connection (`GET /topics/out-topic-connection/{callerId}`).
   */
  async getOutTopicConnection(options: OmasCallOptions & { readonly callerId: string }): Promise<Connection> {
    return send<Connection>(this.invoker, ops.getOutTopicConnection, options);
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

  /**
   * Creates a security group (`POST /security-groups`).
   * @returns the GUID of what was created
   */
  async createSecurityGroup(options: OmasCallOptions & SecurityGroupProperties = {}): Promise<string> {
    return send<string>(this.invoker, ops.createSecurityGroup, options);
  }

  /**
   * Updates a security group (`POST /security-groups/{securityGroupGUID}/update`).
   */
  async updateSecurityGroup(
    options: OmasCallOptions & {
      readonly securityGroupGUID: string;
      readonly isMergeUpdate: boolean;
    } & SecurityGroupProperties,
  ): Promise<void> {
    await send(this.invoker, ops.updateSecurityGroup, options);
  }

  /**
   * Deletes a security group (`POST /security-groups/{securityGroupGUID}/delete`).
   */
  async deleteSecurityGroup(options: OmasCallOptions & { readonly securityGroupGUID: string }): Promise<void> {
    await send(this.invoker, ops.deleteSecurityGroup, options);
  }

  /**
   * Returns one page of the security groups for distinguished name (`GET /security-groups/for-distinguished-name/{distinguishedName}`).
   */
  async getSecurityGroupsForDistinguishedName(
    options: OmasPagingOptions & { readonly distinguishedName: string },
  ): Promise<SecurityGroupElement[]> {
    return sendPage<SecurityGroupElement>(this.invoker, ops.getSecurityGroupsForDistinguishedName, options);
  }

  /** Iterates over every element getSecurityGroupsForDistinguishedName returns, page by page from `startFrom`. */
  getSecurityGroupsForDistinguishedNameIterator(
    options: OmasPagingOptions & { readonly distinguishedName: string },
  ): AsyncIterableIterator<SecurityGroupElement> {
    return iteratePages<SecurityGroupElement>(this.invoker, ops.getSecurityGroupsForDistinguishedName, options);
  }

  /**
   * Returns one page of the elements governed by security group (`GET /security-groups/{securityGroupGUID}/governed-by/elements`).
   */
  async getElementsGovernedBySecurityGroup(
    options: OmasPagingOptions & { readonly securityGroupGUID: string },
  ): Promise<ElementStub[]> {
    return sendPage<ElementStub>(this.invoker, ops.getElementsGovernedBySecurityGroup, options);
  }

  /** Iterates over every element getElementsGovernedBySecurityGroup returns, page by page from `startFrom`. */
  getElementsGovernedBySecurityGroupIterator(
    options: OmasPagingOptions & { readonly securityGroupGUID: string },
  ): AsyncIterableIterator<ElementStub> {
    return iteratePages<ElementStub>(this.invoker, ops.getElementsGovernedBySecurityGroup, options);
  }

  /**
   * Returns one page of the security groups whose properties match a search string (a regular expression) (`POST /security-groups/by-search-string`).
   */
  async findSecurityGroups(options: OmasPagingOptions & SearchStringRequestBody = {}): Promise<SecurityGroupElement[]> {
    return sendPage<SecurityGroupElement>(this.invoker, ops.findSecurityGroups, options);
  }

  /** Iterates over every element findSecurityGroups returns, page by page from `startFrom`. */
  findSecurityGroupsIterator(
    options: OmasPagingOptions & SearchStringRequestBody = {},
  ): AsyncIterableIterator<SecurityGroupElement> {
    return iteratePages<SecurityGroupElement>(this.invoker, ops.findSecurityGroups, options);
  }

  /**
   * Returns the security group with the given GUID (`GET /security-groups/{securityGroupGUID}`).
   */
  async getSecurityGroupByGUID(
    options: OmasCallOptions & { readonly securityGroupGUID: string },
  ): Promise<SecurityGroupElement | undefined> {
    return send<SecurityGroupElement | undefined>(this.invoker, ops.getSecurityGroupByGUID, options);
  }

  /**
   * Creates a user identity (`POST /user-identities`).
   * @returns the GUID of what was created
   */
  async createUserIdentity(options: OmasCallOptions & UserIdentityRequestBody = {}): Promise<string> {
    return send<string>(this.invoker, ops.createUserIdentity, options, {
      nested: { properties: 'UserIdentityProperties' },
    });
  }

  /**
   * Updates a user identity (`POST /user-identities/{userIdentityGUID}`).
   */
  async updateUserIdentity(
    options: OmasCallOptions & {
      readonly userIdentityGUID: string;
      readonly isMergeUpdate: boolean;
    } & UserIdentityRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updateUserIdentity, options, { nested: { properties: 'UserIdentityProperties' } });
  }

  /**
   * Deletes a user identity (`POST /user-identities/{userIdentityGUID}/delete`).
   */
  async deleteUserIdentity(
    options: OmasCallOptions & { readonly userIdentityGUID: string } & ExternalSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.deleteUserIdentity, options);
  }

  /**
   * Adds an identity to profile (`POST /user-identities/{userIdentityGUID}/profiles/{profileGUID}/link`).
   */
  async addIdentityToProfile(
    options: OmasCallOptions & {
      readonly userIdentityGUID: string;
      readonly profileGUID: string;
    } & ExternalSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.addIdentityToProfile, options);
  }

  /**
   * Removes an identity from profile (`POST /user-identities/{userIdentityGUID}/profiles/{profileGUID}/unlink`).
   */
  async removeIdentityFromProfile(
    options: OmasCallOptions & {
      readonly userIdentityGUID: string;
      readonly profileGUID: string;
    } & ExternalSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.removeIdentityFromProfile, options);
  }

  /**
   * Returns one page of the user identities whose properties match a search string (a regular expression) (`POST /user-identities/by-search-string`).
   */
  async findUserIdentities(options: OmasPagingOptions & SearchStringRequestBody = {}): Promise<UserIdentityElement[]> {
    return sendPage<UserIdentityElement>(this.invoker, ops.findUserIdentities, options);
  }

  /** Iterates over every element findUserIdentities returns, page by page from `startFrom`. */
  findUserIdentitiesIterator(
    options: OmasPagingOptions & SearchStringRequestBody = {},
  ): AsyncIterableIterator<UserIdentityElement> {
    return iteratePages<UserIdentityElement>(this.invoker, ops.findUserIdentities, options);
  }

  /**
   * Returns one page of the user identities with a name (`POST /user-identities/by-name`).
   */
  async getUserIdentitiesByName(options: OmasPagingOptions & NameRequestBody = {}): Promise<UserIdentityElement[]> {
    return sendPage<UserIdentityElement>(this.invoker, ops.getUserIdentitiesByName, options);
  }

  /** Iterates over every element getUserIdentitiesByName returns, page by page from `startFrom`. */
  getUserIdentitiesByNameIterator(
    options: OmasPagingOptions & NameRequestBody = {},
  ): AsyncIterableIterator<UserIdentityElement> {
    return iteratePages<UserIdentityElement>(this.invoker, ops.getUserIdentitiesByName, options);
  }

  /**
   * Returns the user identity with the given GUID (`GET /user-identities/{userIdentityGUID}`).
   */
  async getUserIdentityByGUID(
    options: OmasCallOptions & { readonly userIdentityGUID: string },
  ): Promise<UserIdentityElement | undefined> {
    return send<UserIdentityElement | undefined>(this.invoker, ops.getUserIdentityByGUID, options);
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
