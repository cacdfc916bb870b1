import {
  ActorIntegrationContext,
  SECURITY_MANAGER_SERVICE,
  SecurityManagerClient,
  type ActorProfileElement,
  type ContextNameOptions,
  type ContextSearchOptions,
  type IntegrationContextDependencies,
  type PersonRoleElement,
  type SecurityManagerOutTopicEvent,
  type TopicListener,
} from '@egeria-ts/omas-client';

/** Receives the Security Manager OMAS's out-topic events (Egeria's `SecurityManagerEventListener`). */
export type SecurityManagerEventListener = TopicListener<SecurityManagerOutTopicEvent>;

/** The open metadata type names the context counts its changes under (a `typeName` in the properties is counted instead). */
export const SECURITY_ELEMENT_TYPE_NAMES = Object.freeze({
  /** A security group. */
  securityGroup: 'SecurityGroup',
  /** A user identity (account). */
  userIdentity: 'UserIdentity',
});

/**
 * The context of a security integration connector (Egeria 5.2's `SecurityIntegratorContext`):
 * security groups and user identities through the Security Manager OMAS, and reads of the actor
 * profiles, person roles and appointees that go with them. The service's default permitted
 * synchronization is `TO_THIRD_PARTY`: unless the connector's configuration says otherwise, every
 * write to open metadata is refused before it is sent. Writes carry the connector's user id and its
 * metadata source (security groups excepted: Egeria creates them without one) and are counted by
 * type in the activity report. Reads are refused once the context is disconnected.
 */
export class SecurityIntegratorContext extends ActorIntegrationContext<
  SecurityManagerOutTopicEvent,
  SecurityManagerClient
> {
  /** @param dependencies - built by the Security Integrator service (`securityIntegratorService.createContext`) */
  constructor(dependencies: IntegrationContextDependencies<SecurityManagerOutTopicEvent>) {
    super(dependencies, SECURITY_MANAGER_SERVICE, (invoker) => new SecurityManagerClient(invoker));
  }

  /**
   * Registers a listener for the Security Manager OMAS's out-topic events.
   * @param listener - receives each event
   */
  override async registerListener(listener: SecurityManagerEventListener): Promise<void> {
    await super.registerListener(listener);
  }

  // ---------------------------------------------------------------- actor profiles and person roles
  // (security groups, user identities and the shared actor reads come from ActorIntegrationContext)

  /** Actor profiles with a name (one page). */
  async getActorProfileByName(options: ContextNameOptions): Promise<ActorProfileElement[]> {
    return this.readPage('getActorProfileByName', options, (page) =>
      this.actorClient.getActorProfileByName({ ...page, name: options.name }),
    );
  }

  /** Actor profiles whose properties match a search string (one page). */
  async findActorProfile(options: ContextSearchOptions): Promise<ActorProfileElement[]> {
    return this.readPage('findActorProfile', options, (page) =>
      this.actorClient.findActorProfile({ ...page, searchString: options.searchString }),
    );
  }

  /** Person roles with a name (one page). */
  async getPersonRoleByName(options: ContextNameOptions): Promise<PersonRoleElement[]> {
    return this.readPage('getPersonRoleByName', options, (page) =>
      this.actorClient.getPersonRoleByName({ ...page, name: options.name }),
    );
  }

  /** Person roles whose properties match a search string (one page). */
  async findPersonRole(options: ContextSearchOptions): Promise<PersonRoleElement[]> {
    return this.readPage('findPersonRole', options, (page) =>
      this.actorClient.findPersonRole({ ...page, searchString: options.searchString }),
    );
  }
}
