/**
 * The user identity operations, written once for every context whose partner access service
 * manages user identities, as the base class those contexts extend.
 */
import type { OperationInvoker } from '../../operations/operation-invoker';
import type { ServiceDefinition } from '../../operations/operation-definition';
import type { UserIdentityElement } from '../../services/common/beans/elements';
import type { SecurityManagerClient } from '../../services/security-manager/security-manager-client';
import type { ContextGUIDOptions, ContextNameOptions, ContextSearchOptions } from '../context-options';
import { elementCreated, elementDeleted, elementUpdated, typeNameOr } from '../element-changes';
import {
  OmasIntegrationContext,
  type ExternalSource,
  type IntegrationContextDependencies,
} from '../omas-integration-context';
import type { CreateUserIdentityOptions, UpdateUserIdentityOptions, UserIdentityGUIDOption } from './actor-options';

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

/** The type name the user identity operations count their changes under (a `typeName` in the properties is counted instead). */
const USER_IDENTITY = 'UserIdentity';

/**
 * The base of the contexts whose partner access service manages user identities (the organization
 * and security integrators through `ActorIntegrationContext`, and the infrastructure integrator):
 * create, update, delete, find, by name and by GUID, written once over the partner's client, with
 * the checks and request helpers their subclasses share. Every write carries the connector's
 * metadata source and goes through the permitted synchronization guard, and is counted by type in
 * the activity report; reads are refused once the context is disconnected.
 * @typeParam E - the partner access service's out-topic event
 * @typeParam C - the partner access service's client
 * @public
 */
export abstract class UserIdentityIntegrationContext<
  E,
  C extends UserIdentityClient = UserIdentityClient,
> extends OmasIntegrationContext<E> {
  readonly #client: C;

  /**
   * @param dependencies - built by the integration service (its `createContext`)
   * @param service - the partner access service's operation table, such as `SECURITY_MANAGER_SERVICE`
   * @param createClient - builds the partner's client from the invoker of that table
   */
  protected constructor(
    dependencies: IntegrationContextDependencies<E>,
    service: ServiceDefinition,
    createClient: (invoker: OperationInvoker) => C,
  ) {
    super(dependencies);
    this.#client = createClient(this.partnerInvoker(service));
  }

  /** The partner access service's client (the one the user identity operations use), for the subclass's own operations. */
  protected get userIdentityClient(): C {
    return this.#client;
  }

  // ---------------------------------------------------------------- user identities

  /** Creates a user identity. @returns its GUID */
  async createUserIdentity(options: CreateUserIdentityOptions): Promise<string> {
    const op = 'createUserIdentity';
    const o = this.withProperties(op, options);
    return this.write(
      op,
      (signal) => this.#client.createUserIdentity({ ...this.source(signal), properties: o.properties }),
      elementCreated(typeNameOr(o.properties, USER_IDENTITY)),
    );
  }

  /** Updates a user identity: merges the properties given, or (the default) replaces them all. */
  async updateUserIdentity(options: UpdateUserIdentityOptions): Promise<void> {
    const op = 'updateUserIdentity';
    const o = this.withProperties(op, options);
    const guid = this.nonBlank(op, 'userIdentityGUID', o.userIdentityGUID);
    await this.write(
      op,
      (signal) =>
        this.#client.updateUserIdentity({
          ...this.source(signal),
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
    const guid = this.nonBlank(op, 'userIdentityGUID', this.requireOptions(op, options).userIdentityGUID);
    await this.write(
      op,
      (signal) => this.#client.deleteUserIdentity({ ...this.source(signal), userIdentityGUID: guid }),
      elementDeleted(USER_IDENTITY, guid),
    );
  }

  /** User identities whose properties match a search string (one page). */
  async findUserIdentities(options: ContextSearchOptions): Promise<UserIdentityElement[]> {
    return this.readPage('findUserIdentities', options, (page) =>
      this.#client.findUserIdentities({ ...page, searchString: options.searchString }),
    );
  }

  /** User identities with a name or user id (one page). */
  async getUserIdentitiesByName(options: ContextNameOptions): Promise<UserIdentityElement[]> {
    return this.readPage('getUserIdentitiesByName', options, (page) =>
      this.#client.getUserIdentitiesByName({ ...page, name: options.name }),
    );
  }

  /** A user identity by GUID. */
  async getUserIdentityByGUID(options: ContextGUIDOptions): Promise<UserIdentityElement | undefined> {
    const op = 'getUserIdentityByGUID';
    const guid = this.nonBlank(op, 'guid', this.requireOptions(op, options).guid);
    return this.read(op, (signal) => this.#client.getUserIdentityByGUID({ signal, userIdentityGUID: guid }));
  }

  // ---------------------------------------------------------------- helpers for the subclasses

  /**
   * The external source and signal every write carries.
   * @param signal - the request's signal
   */
  protected source(signal: AbortSignal): ExternalSource & {
    /** Cancels the request. */
    signal: AbortSignal;
  } {
    return { ...this.externalSource, signal };
  }

  /**
   * Checks the options and that they carry a `properties` object; otherwise throws an
   * `InvalidParameterException` naming the field.
   * @param operation - the operation's name, for the error
   * @param options - the caller's options
   */
  protected withProperties<
    O extends {
      /** The properties of the element to create or update. */
      readonly properties: object;
    },
  >(operation: string, options: O): O {
    const o = this.requireOptions(operation, options);
    const properties: unknown = o.properties;
    if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) {
      throw this.invalidParameter('properties', operation, properties);
    }
    return o;
  }

  /**
   * A GUID or name from the options: a non-blank string, or an `InvalidParameterException` naming the field.
   * @param operation - the operation's name, for the error
   * @param name - the field's name
   * @param value - the caller's value
   */
  protected nonBlank(operation: string, name: string, value: unknown): string {
    if (typeof value !== 'string' || value.trim() === '') throw this.invalidParameter(name, operation, value);
    return value;
  }
}
