import {
  OmasIntegrationContext,
  SECURITY_MANAGER_SERVICE,
  SecurityManagerClient,
  elementCreated,
  elementDeleted,
  elementUpdated,
  typeNameOr,
  type ActorProfileElement,
  type Appointee,
  type ContextGUIDOptions,
  type ContextNameOptions,
  type ContextSearchOptions,
  type ElementStub,
  type IntegrationContextDependencies,
  type PersonRoleElement,
  type SecurityGroupElement,
  type SecurityManagerOutTopicEvent,
  type TopicListener,
  type UserIdentityElement,
} from '@egeria-ts/omas-client';
import type {
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
} from './security-integrator-options';

/** Receives the Security Manager OMAS's out-topic events (Egeria's `SecurityManagerEventListener`). */
export type SecurityManagerEventListener = TopicListener<SecurityManagerOutTopicEvent>;

/** The open metadata type names the context counts its changes under (a `typeName` in the properties is counted instead). */
export const SECURITY_ELEMENT_TYPE_NAMES = Object.freeze({
  /** A security group. */
  securityGroup: 'SecurityGroup',
  /** A user identity (account). */
  userIdentity: 'UserIdentity',
});

const T = SECURITY_ELEMENT_TYPE_NAMES;

/**
 * The context of a security integration connector (Egeria 5.2's `SecurityIntegratorContext`):
 * security groups and user identities through the Security Manager OMAS, and reads of the actor
 * profiles, person roles and appointees that go with them. The service's default permitted
 * synchronization is `TO_THIRD_PARTY`: unless the connector's configuration says otherwise, every
 * write to open metadata is refused before it is sent. Writes carry the connector's user id and its
 * metadata source (security groups excepted: Egeria creates them without one) and are counted by
 * type in the activity report. Reads are refused once the context is disconnected.
 */
export class SecurityIntegratorContext extends OmasIntegrationContext<SecurityManagerOutTopicEvent> {
  readonly #client: SecurityManagerClient;

  /** @param dependencies - built by the Security Integrator service (`securityIntegratorService.createContext`) */
  constructor(dependencies: IntegrationContextDependencies<SecurityManagerOutTopicEvent>) {
    super(dependencies);
    this.#client = new SecurityManagerClient(this.partnerInvoker(SECURITY_MANAGER_SERVICE));
  }

  /** The qualified name of the connector's metadata source (the security manager); undefined for local-cohort provenance. */
  getExternalSourceName(): string | undefined {
    return this.externalSource.externalSourceName;
  }

  /** The GUID of the connector's metadata source; undefined for local-cohort provenance. */
  getExternalSourceGUID(): string | undefined {
    return this.externalSource.externalSourceGUID;
  }

  /**
   * Registers a listener for the Security Manager OMAS's out-topic events.
   * @param listener - receives each event
   */
  override async registerListener(listener: SecurityManagerEventListener): Promise<void> {
    await super.registerListener(listener);
  }

  // ---------------------------------------------------------------- security groups

  /** Creates a security group (as in Egeria, without a metadata source). @returns its GUID */
  async createSecurityGroup(options: CreateSecurityGroupOptions): Promise<string> {
    const op = 'createSecurityGroup';
    const o = this.#withProperties(op, options);
    return this.write(
      op,
      (signal) => this.#client.createSecurityGroup({ ...o.properties, signal }),
      elementCreated(typeNameOr(o.properties, T.securityGroup)),
    );
  }

  /** Updates a security group: merges the properties given, or (the default) replaces them all. */
  async updateSecurityGroup(options: UpdateSecurityGroupOptions): Promise<void> {
    const op = 'updateSecurityGroup';
    const o = this.#withProperties(op, options);
    await this.write(
      op,
      (signal) =>
        this.#client.updateSecurityGroup({
          ...o.properties,
          signal,
          securityGroupGUID: o.securityGroupGUID,
          isMergeUpdate: o.isMergeUpdate ?? false,
        }),
      elementUpdated(typeNameOr(o.properties, T.securityGroup), o.securityGroupGUID),
    );
  }

  /** Deletes a security group. */
  async deleteSecurityGroup(options: SecurityGroupGUIDOption): Promise<void> {
    const op = 'deleteSecurityGroup';
    const o = this.requireOptions(op, options);
    await this.write(
      op,
      (signal) => this.#client.deleteSecurityGroup({ signal, securityGroupGUID: o.securityGroupGUID }),
      elementDeleted(T.securityGroup, o.securityGroupGUID),
    );
  }

  /** The security groups with a distinguished name (one page). */
  async getSecurityGroupsForDistinguishedName(options: DistinguishedNameOptions): Promise<SecurityGroupElement[]> {
    return this.readPage('getSecurityGroupsForDistinguishedName', options, (page) =>
      this.#client.getSecurityGroupsForDistinguishedName({ ...page, distinguishedName: options.distinguishedName }),
    );
  }

  /** The elements a security group governs (one page). */
  async getElementsGovernedBySecurityGroup(options: GovernedElementsOptions): Promise<ElementStub[]> {
    return this.readPage('getElementsGovernedBySecurityGroup', options, (page) =>
      this.#client.getElementsGovernedBySecurityGroup({ ...page, securityGroupGUID: options.securityGroupGUID }),
    );
  }

  /** Security groups whose properties match a search string (one page). */
  async findSecurityGroups(options: ContextSearchOptions): Promise<SecurityGroupElement[]> {
    return this.readPage('findSecurityGroups', options, (page) =>
      this.#client.findSecurityGroups({ ...page, searchString: options.searchString }),
    );
  }

  // ---------------------------------------------------------------- user identities

  /** Creates a user identity owned by the security manager. @returns its GUID */
  async createUserIdentity(options: CreateUserIdentityOptions): Promise<string> {
    const op = 'createUserIdentity';
    const o = this.#withProperties(op, options);
    return this.write(
      op,
      (signal) => this.#client.createUserIdentity({ ...this.#source(signal), properties: o.properties }),
      elementCreated(typeNameOr(o.properties, T.userIdentity)),
    );
  }

  /** Updates a user identity: merges the properties given, or (the default) replaces them all. */
  async updateUserIdentity(options: UpdateUserIdentityOptions): Promise<void> {
    const op = 'updateUserIdentity';
    const o = this.#withProperties(op, options);
    await this.write(
      op,
      (signal) =>
        this.#client.updateUserIdentity({
          ...this.#source(signal),
          userIdentityGUID: o.userIdentityGUID,
          isMergeUpdate: o.isMergeUpdate ?? false,
          properties: o.properties,
        }),
      elementUpdated(typeNameOr(o.properties, T.userIdentity), o.userIdentityGUID),
    );
  }

  /** Deletes a user identity. */
  async deleteUserIdentity(options: UserIdentityGUIDOption): Promise<void> {
    const op = 'deleteUserIdentity';
    const o = this.requireOptions(op, options);
    await this.write(
      op,
      (signal) => this.#client.deleteUserIdentity({ ...this.#source(signal), userIdentityGUID: o.userIdentityGUID }),
      elementDeleted(T.userIdentity, o.userIdentityGUID),
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
    const o = this.requireOptions('getUserIdentityByGUID', options);
    return this.read('getUserIdentityByGUID', (signal) =>
      this.#client.getUserIdentityByGUID({ signal, userIdentityGUID: o.guid }),
    );
  }

  // ---------------------------------------------------------------- actor profiles and person roles

  /** An actor profile by GUID. */
  async getActorProfileByGUID(options: ContextGUIDOptions): Promise<ActorProfileElement | undefined> {
    const o = this.requireOptions('getActorProfileByGUID', options);
    return this.read('getActorProfileByGUID', (signal) =>
      this.#client.getActorProfileByGUID({ signal, actorProfileGUID: o.guid }),
    );
  }

  /** The profile of the person or team that has a user identity with this user id. */
  async getActorProfileByUserId(options: ActorProfileUserIdOption): Promise<ActorProfileElement | undefined> {
    const o = this.requireOptions('getActorProfileByUserId', options);
    return this.read('getActorProfileByUserId', (signal) =>
      this.#client.getActorProfileByUserId({ signal, actorProfileUserId: o.actorProfileUserId }),
    );
  }

  /** Actor profiles with a name (one page). */
  async getActorProfileByName(options: ContextNameOptions): Promise<ActorProfileElement[]> {
    return this.readPage('getActorProfileByName', options, (page) =>
      this.#client.getActorProfileByName({ ...page, name: options.name }),
    );
  }

  /** Actor profiles whose properties match a search string (one page). */
  async findActorProfile(options: ContextSearchOptions): Promise<ActorProfileElement[]> {
    return this.readPage('findActorProfile', options, (page) =>
      this.#client.findActorProfile({ ...page, searchString: options.searchString }),
    );
  }

  /** The people appointed to a role, with their appointments (one page). */
  async getAppointees(options: AppointeesOptions): Promise<Appointee[]> {
    return this.readPage('getAppointees', options, (page) =>
      this.#client.getAppointees({
        ...page,
        personRoleGUID: options.personRoleGUID,
        effectiveTime: options.effectiveTime,
      }),
    );
  }

  /** A person role by GUID. */
  async getPersonRoleByGUID(options: ContextGUIDOptions): Promise<PersonRoleElement | undefined> {
    const o = this.requireOptions('getPersonRoleByGUID', options);
    return this.read('getPersonRoleByGUID', (signal) =>
      this.#client.getPersonRoleByGUID({ signal, personRoleGUID: o.guid }),
    );
  }

  /** Person roles with a name (one page). */
  async getPersonRoleByName(options: ContextNameOptions): Promise<PersonRoleElement[]> {
    return this.readPage('getPersonRoleByName', options, (page) =>
      this.#client.getPersonRoleByName({ ...page, name: options.name }),
    );
  }

  /** Person roles whose properties match a search string (one page). */
  async findPersonRole(options: ContextSearchOptions): Promise<PersonRoleElement[]> {
    return this.readPage('findPersonRole', options, (page) =>
      this.#client.findPersonRole({ ...page, searchString: options.searchString }),
    );
  }

  // ---------------------------------------------------------------- helpers

  /** The external source and signal every write carries. */
  #source(signal: AbortSignal): { signal: AbortSignal; externalSourceGUID?: string; externalSourceName?: string } {
    return { ...this.externalSource, signal };
  }

  /** Checks the options and that they carry a `properties` object. */
  #withProperties<O extends { readonly properties: object }>(operation: string, options: O): O {
    const o = this.requireOptions(operation, options);
    const properties: unknown = o.properties;
    if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) {
      throw this.invalidParameter('properties', operation, properties);
    }
    return o;
  }
}
