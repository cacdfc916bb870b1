import type {
  ActorProfileElement,
  Appointee,
  ElementStub,
  PersonRoleElement,
  SecurityGroupElement,
} from '../../services/common/beans/elements';
import type { SecurityManagerClient } from '../../services/security-manager/security-manager-client';
import type { ContextGUIDOptions, ContextSearchOptions } from '../context-options';
import { elementCreated, elementDeleted, elementUpdated, typeNameOr } from '../element-changes';
import { UserIdentityIntegrationContext, type UserIdentityClient } from './user-identity-integration-context';
import type {
  ActorProfileUserIdOption,
  AppointeesOptions,
  CreateSecurityGroupOptions,
  DistinguishedNameOptions,
  GovernedElementsOptions,
  SecurityGroupGUIDOption,
  UpdateSecurityGroupOptions,
} from './actor-options';

/**
 * The client calls that {@link ActorIntegrationContext} makes: the user identity calls
 * ({@link UserIdentityClient}) and the security group, actor profile, appointee and person role
 * operations that the Community Profile OMAS (`OrganizationManagementClient`) and the Security
 * Manager OMAS (`SecurityManagerClient`) both serve, each on its own URL paths.
 * @public
 */
export type ActorManagementClient = UserIdentityClient &
  Pick<
    SecurityManagerClient,
    | 'createSecurityGroup'
    | 'updateSecurityGroup'
    | 'deleteSecurityGroup'
    | 'getSecurityGroupsForDistinguishedName'
    | 'getElementsGovernedBySecurityGroup'
    | 'findSecurityGroups'
    | 'getActorProfileByGUID'
    | 'getActorProfileByUserId'
    | 'getAppointees'
    | 'getPersonRoleByGUID'
  >;

/** The type name the security group operations count their changes under (a `typeName` in the properties is counted instead). */
const SECURITY_GROUP = 'SecurityGroup';

/**
 * The base of the contexts whose partner access service manages security groups, user identities
 * and actors (the organization integrator with the Community Profile OMAS, the security integrator
 * with the Security Manager OMAS): the operations both serve, written once over the partner's
 * client (the user identity operations and the subclasses' helpers come from
 * {@link UserIdentityIntegrationContext}). Every write goes through the permitted synchronization
 * guard, carries the connector's metadata source (security groups excepted: Egeria creates them
 * without one) and is counted by type in the activity report; reads are refused once the context
 * is disconnected.
 * @typeParam E - the partner access service's out-topic event
 * @typeParam C - the partner access service's client
 * @public
 */
export abstract class ActorIntegrationContext<
  E,
  C extends ActorManagementClient = ActorManagementClient,
> extends UserIdentityIntegrationContext<E, C> {
  /** The partner access service's client, for the subclass's own operations. */
  protected get actorClient(): C {
    return this.userIdentityClient;
  }

  /** The qualified name of the connector's metadata source; undefined for local-cohort provenance. */
  getExternalSourceName(): string | undefined {
    return this.externalSource.externalSourceName;
  }

  /** The GUID of the connector's metadata source; undefined for local-cohort provenance. */
  getExternalSourceGUID(): string | undefined {
    return this.externalSource.externalSourceGUID;
  }

  // ---------------------------------------------------------------- security groups

  /** Creates a security group (as in Egeria, without a metadata source). @returns its GUID */
  async createSecurityGroup(options: CreateSecurityGroupOptions): Promise<string> {
    const op = 'createSecurityGroup';
    const o = this.withProperties(op, options);
    return this.write(
      op,
      (signal) => this.actorClient.createSecurityGroup({ ...o.properties, signal }),
      elementCreated(typeNameOr(o.properties, SECURITY_GROUP)),
    );
  }

  /** Updates a security group: merges the properties given, or (the default) replaces them all. */
  async updateSecurityGroup(options: UpdateSecurityGroupOptions): Promise<void> {
    const op = 'updateSecurityGroup';
    const o = this.withProperties(op, options);
    await this.write(
      op,
      (signal) =>
        this.actorClient.updateSecurityGroup({
          ...o.properties,
          signal,
          securityGroupGUID: o.securityGroupGUID,
          isMergeUpdate: o.isMergeUpdate ?? false,
        }),
      elementUpdated(typeNameOr(o.properties, SECURITY_GROUP), o.securityGroupGUID),
    );
  }

  /** Deletes a security group. */
  async deleteSecurityGroup(options: SecurityGroupGUIDOption): Promise<void> {
    const op = 'deleteSecurityGroup';
    const o = this.requireOptions(op, options);
    await this.write(
      op,
      (signal) => this.actorClient.deleteSecurityGroup({ signal, securityGroupGUID: o.securityGroupGUID }),
      elementDeleted(SECURITY_GROUP, o.securityGroupGUID),
    );
  }

  /** The security groups with a distinguished name (one page). */
  async getSecurityGroupsForDistinguishedName(options: DistinguishedNameOptions): Promise<SecurityGroupElement[]> {
    return this.readPage('getSecurityGroupsForDistinguishedName', options, (page) =>
      this.actorClient.getSecurityGroupsForDistinguishedName({ ...page, distinguishedName: options.distinguishedName }),
    );
  }

  /** The elements a security group governs (one page). */
  async getElementsGovernedBySecurityGroup(options: GovernedElementsOptions): Promise<ElementStub[]> {
    return this.readPage('getElementsGovernedBySecurityGroup', options, (page) =>
      this.actorClient.getElementsGovernedBySecurityGroup({ ...page, securityGroupGUID: options.securityGroupGUID }),
    );
  }

  /** Security groups whose properties match a search string (one page). */
  async findSecurityGroups(options: ContextSearchOptions): Promise<SecurityGroupElement[]> {
    return this.readPage('findSecurityGroups', options, (page) =>
      this.actorClient.findSecurityGroups({ ...page, searchString: options.searchString }),
    );
  }

  // ---------------------------------------------------------------- actor profiles and person roles (reads)

  /** An actor profile by GUID, with its contact methods, user identities, roles and teams. */
  async getActorProfileByGUID(options: ContextGUIDOptions): Promise<ActorProfileElement | undefined> {
    const o = this.requireOptions('getActorProfileByGUID', options);
    return this.read('getActorProfileByGUID', (signal) =>
      this.actorClient.getActorProfileByGUID({ signal, actorProfileGUID: o.guid }),
    );
  }

  /** The profile of the person or team that has a user identity with this user id. */
  async getActorProfileByUserId(options: ActorProfileUserIdOption): Promise<ActorProfileElement | undefined> {
    const o = this.requireOptions('getActorProfileByUserId', options);
    return this.read('getActorProfileByUserId', (signal) =>
      this.actorClient.getActorProfileByUserId({ signal, actorProfileUserId: o.actorProfileUserId }),
    );
  }

  /** The people appointed to a role, with their appointments (one page). */
  async getAppointees(options: AppointeesOptions): Promise<Appointee[]> {
    return this.readPage('getAppointees', options, (page) =>
      this.actorClient.getAppointees({
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
      this.actorClient.getPersonRoleByGUID({ signal, personRoleGUID: o.guid }),
    );
  }
}
