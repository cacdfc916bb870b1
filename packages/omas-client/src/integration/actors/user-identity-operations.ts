import type { UserIdentityElement } from '../../services/common/beans/elements';
import type { SecurityManagerClient } from '../../services/security-manager/security-manager-client';
import type { IntegrationContextAccess } from '../context-access';
import type { ContextGUIDOptions, ContextNameOptions, ContextSearchOptions } from '../context-options';
import { elementCreated, elementDeleted, elementUpdated, typeNameOr } from '../element-changes';
import type { ExternalSource } from '../omas-integration-context';
import type {
  CreateUserIdentityOptions,
  ProfileIdentityOption,
  UpdateUserIdentityOptions,
  UserIdentityGUIDOption,
} from './actor-options';

/**
 * The user identity calls of a partner access service's client: the Community Profile, Security
 * Manager and IT Infrastructure OMASs serve them with the same rows (each on its own paths).
 * @public
 */
export type UserIdentityClient = Pick<
  SecurityManagerClient,
  | 'createUserIdentity'
  | 'updateUserIdentity'
  | 'deleteUserIdentity'
  | 'findUserIdentities'
  | 'getUserIdentitiesByName'
  | 'getUserIdentityByGUID'
  | 'removeIdentityFromProfile'
>;

/** The link call of the services whose link body names only the metadata source (Security Manager, IT Infrastructure). @public */
export type UserIdentityLinkClient = Pick<SecurityManagerClient, 'addIdentityToProfile'>;

/**
 * What {@link UserIdentityOperations} uses of the context that owns it: the shared
 * {@link IntegrationContextAccess} (its guarded, counted write path, reads and metadata source),
 * its parameter errors, and the report of elements a link changes.
 * @public
 */
export interface UserIdentityContext extends IntegrationContextAccess {
  /** Builds Egeria's `InvalidParameterException` naming the field at fault. */
  invalidParameter(name: string, operation: string, value: unknown): Error;
  /** Counts an element as updated in the activity report. */
  reportElementUpdate(typeName: string, guid: string): void;
}

/** The type name the user identity operations count their changes under (a `typeName` in the properties is counted instead). */
const USER_IDENTITY = 'UserIdentity';

/**
 * The user identity operations, written once for every context whose partner access service
 * manages user identities (the organization and security integrators through
 * `ActorIntegrationContext`, and the infrastructure integrator): create, update, delete, find, by
 * name, by GUID, and the links between identities and profiles. Every write carries the
 * connector's metadata source and goes through the owning context's guarded, counted write path.
 * @public
 */
export class UserIdentityOperations {
  /**
   * @param context - the owning context's write path, reads and checks
   * @param client - the partner access service's client
   */
  constructor(
    private readonly context: UserIdentityContext,
    private readonly client: UserIdentityClient,
  ) {}

  /** Creates a user identity. @returns its GUID */
  async createUserIdentity(options: CreateUserIdentityOptions): Promise<string> {
    const op = 'createUserIdentity';
    const o = this.#withProperties(op, options);
    return this.context.write(
      op,
      (signal) => this.client.createUserIdentity({ ...this.#source(signal), properties: o.properties }),
      elementCreated(typeNameOr(o.properties, USER_IDENTITY)),
    );
  }

  /** Updates a user identity: merges the properties given, or (the default) replaces them all. */
  async updateUserIdentity(options: UpdateUserIdentityOptions): Promise<void> {
    const op = 'updateUserIdentity';
    const o = this.#withProperties(op, options);
    const guid = this.#guid(op, 'userIdentityGUID', o.userIdentityGUID);
    await this.context.write(
      op,
      (signal) =>
        this.client.updateUserIdentity({
          ...this.#source(signal),
          userIdentityGUID: guid,
          isMergeUpdate: o.isMergeUpdate ?? false,
          properties: o.properties,
        }),
      elementUpdated(typeNameOr(o.properties, USER_IDENTITY), guid),
    );
  }

  /** Deletes a user identity. */
  async deleteUserIdentity(options: UserIdentityGUIDOption): Promise<void> {
    const op = 'deleteUserIdentity';
    const guid = this.#guid(op, 'userIdentityGUID', this.context.requireOptions(op, options).userIdentityGUID);
    await this.context.write(
      op,
      (signal) => this.client.deleteUserIdentity({ ...this.#source(signal), userIdentityGUID: guid }),
      elementDeleted(USER_IDENTITY, guid),
    );
  }

  /**
   * Links a user identity to a profile with a link body that names only the metadata source (the
   * identity and the profile count as updated).
   * @param client - the partner's link call
   * @param profileTypeName - the type the profile is counted under
   */
  async addIdentityToProfile(
    options: ProfileIdentityOption,
    client: UserIdentityLinkClient,
    profileTypeName: string,
  ): Promise<void> {
    const op = 'addIdentityToProfile';
    const { identity, profile } = this.#ends(op, options);
    await this.context.write(
      op,
      (signal) =>
        client.addIdentityToProfile({ ...this.#source(signal), userIdentityGUID: identity, profileGUID: profile }),
      elementUpdated(USER_IDENTITY, identity),
    );
    this.context.reportElementUpdate(profileTypeName, profile);
  }

  /**
   * Removes the link between a user identity and a profile (both count as updated).
   * @param profileTypeName - the type the profile is counted under
   */
  async removeIdentityFromProfile(options: ProfileIdentityOption, profileTypeName: string): Promise<void> {
    const op = 'removeIdentityFromProfile';
    const { identity, profile } = this.#ends(op, options);
    await this.context.write(
      op,
      (signal) =>
        this.client.removeIdentityFromProfile({
          ...this.#source(signal),
          userIdentityGUID: identity,
          profileGUID: profile,
        }),
      elementUpdated(USER_IDENTITY, identity),
    );
    this.context.reportElementUpdate(profileTypeName, profile);
  }

  /** User identities whose properties match a search string (one page). */
  async findUserIdentities(options: ContextSearchOptions): Promise<UserIdentityElement[]> {
    return this.context.readPage('findUserIdentities', options, (page) =>
      this.client.findUserIdentities({ ...page, searchString: options.searchString }),
    );
  }

  /** User identities with a name or user id (one page). */
  async getUserIdentitiesByName(options: ContextNameOptions): Promise<UserIdentityElement[]> {
    return this.context.readPage('getUserIdentitiesByName', options, (page) =>
      this.client.getUserIdentitiesByName({ ...page, name: options.name }),
    );
  }

  /** A user identity by GUID. */
  async getUserIdentityByGUID(options: ContextGUIDOptions): Promise<UserIdentityElement | undefined> {
    const op = 'getUserIdentityByGUID';
    const guid = this.#guid(op, 'guid', this.context.requireOptions(op, options).guid);
    return this.context.read(op, (signal) => this.client.getUserIdentityByGUID({ signal, userIdentityGUID: guid }));
  }

  #source(signal: AbortSignal): ExternalSource & { signal: AbortSignal } {
    return { ...this.context.externalSource(), signal };
  }

  #guid(operation: string, name: string, value: unknown): string {
    if (typeof value !== 'string' || value.trim() === '') throw this.context.invalidParameter(name, operation, value);
    return value;
  }

  #ends(operation: string, options: ProfileIdentityOption): { identity: string; profile: string } {
    const o = this.context.requireOptions(operation, options);
    return {
      identity: this.#guid(operation, 'userIdentityGUID', o.userIdentityGUID),
      profile: this.#guid(operation, 'profileGUID', o.profileGUID),
    };
  }

  #withProperties<O extends { readonly properties: object }>(operation: string, options: O): O {
    const o = this.context.requireOptions(operation, options);
    const properties: unknown = o.properties;
    if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) {
      throw this.context.invalidParameter('properties', operation, properties);
    }
    return o;
  }
}
