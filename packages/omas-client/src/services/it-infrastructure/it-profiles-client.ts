/**
 * IT Infrastructure OMAS: IT profiles, their contact methods and user identities (ITProfileResource): the typed client.
 */
import type { ITProfileElement } from '../common/beans/elements';
import type {
  ContactMethodRequestBody,
  ExternalSourceRequestBody,
  ITProfileRequestBody,
  NameRequestBody,
  SearchStringRequestBody,
  UserIdentityRequestBody,
} from '../common/beans/request-bodies';
import type { OperationInvoker } from '../../operations/operation-invoker';
import { iteratePages, send, sendPage } from '../common/client-support';
import { userIdentityMethods } from '../common/identity-client';
import type { OmasCallOptions, OmasPagingOptions } from '../common/options';
import { IT_INFRASTRUCTURE_PROFILE_SERVICE } from './it-profiles-operations';

const ops = IT_INFRASTRUCTURE_PROFILE_SERVICE.operations;

/**
 * IT Infrastructure OMAS: IT profiles, their contact methods and user identities (ITProfileResource).
 * Each method sends one row of {@link IT_INFRASTRUCTURE_PROFILE_SERVICE} through an {@link OperationInvoker} (such as an
 * `OmasRestClient` for that table). Options carry the path values, the query values and the fields of
 * the request bean, under Egeria's names.
 * @public
 */
export class ITProfileManagerClient {
  /** @param invoker - sends the operations, such as an `OmasRestClient` for `IT_INFRASTRUCTURE_PROFILE_SERVICE` */
  constructor(private readonly invoker: OperationInvoker) {}

  private readonly userIdentities = userIdentityMethods<UserIdentityRequestBody, ExternalSourceRequestBody>(
    () => this.invoker,
    ops,
  );

  /**
   * Creates an IT profile (`POST /profiles`).
   * @returns the GUID of what was created
   */
  async createITProfile(options: OmasCallOptions & ITProfileRequestBody = {}): Promise<string> {
    return send<string>(this.invoker, ops.createITProfile, options, { nested: { properties: 'ITProfileProperties' } });
  }

  /**
   * Updates an IT profile (`POST /profiles/{itProfileGUID}`).
   */
  async updateITProfile(
    options: OmasCallOptions & {
      readonly itProfileGUID: string;
      readonly isMergeUpdate: boolean;
    } & ITProfileRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updateITProfile, options, { nested: { properties: 'ITProfileProperties' } });
  }

  /**
   * Deletes an IT profile (`POST /profiles/{itProfileGUID}/delete`).
   */
  async deleteITProfile(
    options: OmasCallOptions & { readonly itProfileGUID: string } & ExternalSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.deleteITProfile, options);
  }

  /**
   * Adds a contact method (`POST /profiles/{itProfileGUID}/contact-methods`).
   * @returns the GUID of what was created; undefined from Egeria 5.2, whose resource drops it
   */
  async addContactMethod(
    options: OmasCallOptions & { readonly itProfileGUID: string } & ContactMethodRequestBody,
  ): Promise<string | undefined> {
    return send<string | undefined>(this.invoker, ops.addContactMethod, options);
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
   * Returns the it profile with the given GUID (`GET /profiles/{itProfileGUID}`).
   */
  async getITProfileByGUID(
    options: OmasCallOptions & { readonly itProfileGUID: string },
  ): Promise<ITProfileElement | undefined> {
    return send<ITProfileElement | undefined>(this.invoker, ops.getITProfileByGUID, options);
  }

  /**
   * Returns an IT profile by user id (`GET /profiles/user-ids/{itProfileUserId}`).
   */
  async getITProfileByUserId(
    options: OmasCallOptions & { readonly itProfileUserId: string },
  ): Promise<ITProfileElement | undefined> {
    return send<ITProfileElement | undefined>(this.invoker, ops.getITProfileByUserId, options);
  }

  /**
   * Returns one page of the IT profile with a name (`POST /profiles/by-name`).
   */
  async getITProfileByName(options: OmasPagingOptions & NameRequestBody = {}): Promise<ITProfileElement[]> {
    return sendPage<ITProfileElement>(this.invoker, ops.getITProfileByName, options);
  }

  /** Iterates over every element getITProfileByName returns, page by page from `startFrom`. */
  getITProfileByNameIterator(
    options: OmasPagingOptions & NameRequestBody = {},
  ): AsyncIterableIterator<ITProfileElement> {
    return iteratePages<ITProfileElement>(this.invoker, ops.getITProfileByName, options);
  }

  /**
   * Returns one page of the IT profile whose properties match a search string (a regular expression) (`POST /profiles/by-search-string`).
   */
  async findITProfile(options: OmasPagingOptions & SearchStringRequestBody = {}): Promise<ITProfileElement[]> {
    return sendPage<ITProfileElement>(this.invoker, ops.findITProfile, options);
  }

  /** Iterates over every element findITProfile returns, page by page from `startFrom`. */
  findITProfileIterator(
    options: OmasPagingOptions & SearchStringRequestBody = {},
  ): AsyncIterableIterator<ITProfileElement> {
    return iteratePages<ITProfileElement>(this.invoker, ops.findITProfile, options);
  }

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
}
