import {
  IT_INFRASTRUCTURE_ASSET_SERVICE,
  IT_INFRASTRUCTURE_PROFILE_SERVICE,
  ITAssetManagerClient,
  ITProfileManagerClient,
  UserIdentityIntegrationContext,
  elementCreated,
  elementDeleted,
  elementUpdated,
  typeNameOr,
  type ContextNameOptions,
  type ContextSearchOptions,
  type ITInfrastructureOutTopicEvent,
  type ITProfileElement,
  type IntegrationContextDependencies,
  type ProfileIdentityOption,
  type ExternalSource,
} from '@egeria-ts/omas-client';
import type {
  AddContactMethodOptions,
  ContactMethodGUIDOption,
  CreateITProfileOptions,
  ITInfrastructureProfileOptions,
  ITProfileGUIDOption,
  ITProfileUserIdOption,
  UnlinkITInfrastructureOptions,
  UpdateITProfileOptions,
} from './infrastructure-integrator-lineage-options';
import { ITAssetOperations, type AssetRelationshipEnds, type Counted } from './it-asset-operations';

/** The types the IT profile operations count their changes under. */
const T = {
  itProfile: 'ITProfile',
  contactMethod: 'ContactDetails',
  userIdentity: 'UserIdentity',
  itInfrastructure: 'ITInfrastructure',
  itInfrastructureProfile: 'ITInfrastructureProfile',
} as const;

/** The two ends of the link between a user identity and a profile. */
interface IdentityLink {
  readonly userIdentityGUID: string;
  readonly profileGUID: string;
}

/**
 * The IT profile and user identity operations of the infrastructure integrator's context (Egeria
 * 5.2's `InfrastructureIntegratorContext`): IT profiles with their contact methods and the IT
 * assets that run under them, and user identities with their links to profiles, through the IT
 * Infrastructure OMAS. The user identity operations are the ones the organization and security
 * integrators share (from `UserIdentityIntegrationContext`), with the links between identities and
 * profiles. Extended by `InfrastructureIntegratorContext`.
 */
export abstract class InfrastructureProfileContext extends UserIdentityIntegrationContext<
  ITInfrastructureOutTopicEvent,
  ITProfileManagerClient
> {
  readonly #profiles: ITProfileManagerClient;
  readonly #itAssets: ITAssetOperations;

  /** @param dependencies - built by the Infrastructure Integrator service */
  protected constructor(dependencies: IntegrationContextDependencies<ITInfrastructureOutTopicEvent>) {
    super(dependencies, IT_INFRASTRUCTURE_PROFILE_SERVICE, (invoker) => new ITProfileManagerClient(invoker));
    this.#profiles = this.userIdentityClient;
    this.#itAssets = new ITAssetOperations(
      {
        write: (operation, fn, change) => this.write(operation, fn, change),
        read: (operation, fn) => this.read(operation, fn),
        readPage: (operation, options, fn) => this.readPage(operation, options, fn),
        reportElementUpdate: (typeName, guid) => this.reportElementUpdate(typeName, guid),
        externalSource: this.externalSource,
        isHome: () => this.getExternalSourceIsHome(),
      },
      new ITAssetManagerClient(this.partnerInvoker(IT_INFRASTRUCTURE_ASSET_SERVICE)),
    );
  }

  // ---------------------------------------------------------------- IT profiles

  /**
   * Creates an IT profile for the user id an IT asset runs as: the user identity whose qualified
   * name is `itUserId` is linked to it (or one is created), and the asset too when one is named.
   * @returns its GUID
   */
  async createITProfile(options: CreateITProfileOptions): Promise<string> {
    const op = 'createITProfile';
    const o = this.withProperties(op, options);
    const itUserId = this.nonBlank(op, 'itUserId', o.itUserId);
    const assetGUID =
      o.itInfrastructureGUID === undefined
        ? undefined
        : this.nonBlank(op, 'itInfrastructureGUID', o.itInfrastructureGUID);
    const guid = await this.write(
      op,
      (signal) =>
        this.#profiles.createITProfile({
          ...this.externalSource,
          signal,
          itUserId,
          itInfrastructureGUID: assetGUID,
          properties: o.properties,
        }),
      elementCreated(typeNameOr(o.properties, T.itProfile)),
    );
    if (assetGUID !== undefined) this.reportElementUpdate(T.itInfrastructure, assetGUID);
    return guid;
  }

  /** Updates an IT profile: merges the properties given, or (the default) replaces them all. */
  async updateITProfile(options: UpdateITProfileOptions): Promise<void> {
    const op = 'updateITProfile';
    const o = this.withProperties(op, options);
    const guid = this.nonBlank(op, 'itProfileGUID', o.itProfileGUID);
    await this.write(
      op,
      (signal) =>
        this.#profiles.updateITProfile({
          ...this.externalSource,
          signal,
          itProfileGUID: guid,
          isMergeUpdate: o.isMergeUpdate ?? false,
          properties: o.properties,
        }),
      elementUpdated(typeNameOr(o.properties, T.itProfile), guid),
    );
  }

  /** Deletes an IT profile (and its contact methods). */
  async deleteITProfile(options: ITProfileGUIDOption): Promise<void> {
    const op = 'deleteITProfile';
    const guid = this.nonBlank(op, 'itProfileGUID', this.requireOptions(op, options).itProfileGUID);
    await this.write(
      op,
      (signal) => this.#profiles.deleteITProfile({ ...this.externalSource, signal, itProfileGUID: guid }),
      elementDeleted(T.itProfile, guid),
    );
  }

  /**
   * Adds a contact method to an IT profile (the profile counts as updated).
   * @returns the contact method's GUID; undefined from Egeria 5.2, whose resource leaves it out
   */
  async addContactMethod(options: AddContactMethodOptions): Promise<string | undefined> {
    const op = 'addContactMethod';
    const o = this.withProperties(op, options);
    const guid = this.nonBlank(op, 'itProfileGUID', o.itProfileGUID);
    const created = await this.write(
      op,
      (signal) =>
        this.#profiles.addContactMethod({
          ...this.externalSource,
          signal,
          itProfileGUID: guid,
          properties: o.properties,
        }),
      elementUpdated(T.itProfile, guid),
    );
    return typeof created === 'string' && created !== '' ? created : undefined;
  }

  /** Deletes a contact method. */
  async deleteContactMethod(options: ContactMethodGUIDOption): Promise<void> {
    const op = 'deleteContactMethod';
    const guid = this.nonBlank(op, 'contactMethodGUID', this.requireOptions(op, options).contactMethodGUID);
    await this.write(
      op,
      (signal) => this.#profiles.deleteContactMethod({ ...this.externalSource, signal, contactMethodGUID: guid }),
      elementDeleted(T.contactMethod, guid),
    );
  }

  /** Records that an IT asset runs under an IT profile (`ITInfrastructureProfile`; both count as updated). */
  async linkITInfrastructureToProfile(options: ITInfrastructureProfileOptions): Promise<void> {
    const op = 'linkITInfrastructureToProfile';
    const ends = this.#profileEnds(op, this.requireOptions(op, options));
    const dates = { effectiveFrom: options.effectiveFrom, effectiveTo: options.effectiveTo };
    await this.#itAssets.relate(op, ends, dates, this.#profileCounted(ends));
  }

  /** Changes the effective dates of the link between an IT asset and an IT profile (counted under `ITInfrastructureProfile`). */
  async updateITInfrastructureToProfile(options: ITInfrastructureProfileOptions): Promise<void> {
    const op = 'updateITInfrastructureToProfile';
    const ends = this.#profileEnds(op, this.requireOptions(op, options));
    const relationshipGUID = await this.#itAssets.relationshipBetween(op, ends);
    if (relationshipGUID === undefined) throw this.invalidParameter('itProfileGUID', op, ends.relatedAssetGUID);
    const dates = { effectiveFrom: options.effectiveFrom, effectiveTo: options.effectiveTo };
    await this.#itAssets.updateRelationship(op, T.itInfrastructureProfile, relationshipGUID, true, dates);
  }

  /** Removes the link between an IT asset and an IT profile (both count as updated). */
  async unlinkITInfrastructureFromProfile(options: UnlinkITInfrastructureOptions): Promise<void> {
    const op = 'unlinkITInfrastructureFromProfile';
    const ends = this.#profileEnds(op, this.requireOptions(op, options));
    await this.#itAssets.unrelate(op, ends, options.effectiveTime, this.#profileCounted(ends));
  }

  /** An IT profile by GUID, with its contact methods, user identities and linked IT assets. */
  async getITProfileByGUID(options: ITProfileGUIDOption): Promise<ITProfileElement | undefined> {
    const op = 'getITProfileByGUID';
    const guid = this.nonBlank(op, 'itProfileGUID', this.requireOptions(op, options).itProfileGUID);
    return this.read(op, (signal) => this.#profiles.getITProfileByGUID({ signal, itProfileGUID: guid }));
  }

  /** The IT profile with a user identity of this user id. */
  async getITProfileByUserId(options: ITProfileUserIdOption): Promise<ITProfileElement | undefined> {
    const op = 'getITProfileByUserId';
    const userId = this.nonBlank(op, 'itProfileUserId', this.requireOptions(op, options).itProfileUserId);
    return this.read(op, (signal) => this.#profiles.getITProfileByUserId({ signal, itProfileUserId: userId }));
  }

  /** IT profiles with a name (one page). */
  async getITProfileByName(options: ContextNameOptions): Promise<ITProfileElement[]> {
    return this.readPage('getITProfileByName', options, (page) =>
      this.#profiles.getITProfileByName({ ...page, name: options.name }),
    );
  }

  /** IT profiles whose properties match a search string (one page). */
  async findITProfile(options: ContextSearchOptions): Promise<ITProfileElement[]> {
    return this.readPage('findITProfile', options, (page) =>
      this.#profiles.findITProfile({ ...page, searchString: options.searchString }),
    );
  }

  // ---------------------------------------------------------------- links between user identities and profiles
  // (the user identities themselves come from UserIdentityIntegrationContext)

  /** Links a user identity to a profile (both count as updated). */
  async addIdentityToProfile(options: ProfileIdentityOption): Promise<void> {
    await this.#identityLink('addIdentityToProfile', options, (request) =>
      this.#profiles.addIdentityToProfile(request),
    );
  }

  /** Removes the link between a user identity and a profile (both count as updated). */
  async removeIdentityFromProfile(options: ProfileIdentityOption): Promise<void> {
    await this.#identityLink('removeIdentityFromProfile', options, (request) =>
      this.#profiles.removeIdentityFromProfile(request),
    );
  }

  // ---------------------------------------------------------------- helpers

  /**
   * The generic IT asset operations (the IT Infrastructure OMAS's asset calls, through this
   * context's write and read paths) that the infrastructure contexts share.
   * @internal
   */
  protected get itAssets(): ITAssetOperations {
    return this.#itAssets;
  }

  /**
   * Checks the options and that the field named (such as `processProperties`) holds a properties
   * object; otherwise throws an `InvalidParameterException` naming the field.
   * @param operation - the operation's name, for the error
   * @param options - the caller's options
   * @param field - the name of the field that carries the properties
   */
  protected withNamedProperties<K extends string, O extends { readonly [P in K]: object }>(
    operation: string,
    options: O,
    field: K,
  ): O {
    const o = this.requireOptions(operation, options);
    this.#requirePropertiesObject(operation, field, o[field]);
    return o;
  }

  /**
   * Checks the options and that the optional field named (such as `deploymentProperties`), when
   * given, holds a properties object; otherwise throws an `InvalidParameterException` naming the field.
   * @param operation - the operation's name, for the error
   * @param options - the caller's options
   * @param field - the name of the field that carries the properties
   */
  protected withOptionalNamedProperties<K extends string, O extends { readonly [P in K]?: object }>(
    operation: string,
    options: O,
    field: K,
  ): O {
    const o = this.requireOptions(operation, options);
    if (o[field] !== undefined) this.#requirePropertiesObject(operation, field, o[field]);
    return o;
  }

  #requirePropertiesObject(operation: string, field: string, properties: unknown): void {
    if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) {
      throw this.invalidParameter(field, operation, properties);
    }
  }

  /**
   * Checks the options of a create from a template: an object with a non-blank `templateGUID` and
   * a `templateProperties` object; otherwise throws an `InvalidParameterException` naming the field.
   * @param operation - the operation's name, for the error
   * @param options - the caller's options
   */
  protected withTemplate<
    O extends {
      /** The GUID of the element to copy. */
      readonly templateGUID: string;
      /** The copy's properties. */
      readonly templateProperties: object;
    },
  >(operation: string, options: O): O {
    const o = this.requireOptions(operation, options);
    this.nonBlank(operation, 'templateGUID', o.templateGUID);
    const properties: unknown = o.templateProperties;
    if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) {
      throw this.invalidParameter('templateProperties', operation, properties);
    }
    return o;
  }

  /** A link or unlink of a user identity and a profile, with the metadata source: both count as updated. */
  async #identityLink(
    operation: string,
    options: ProfileIdentityOption,
    send: (request: ExternalSource & IdentityLink & { readonly signal: AbortSignal }) => Promise<void>,
  ): Promise<void> {
    const o = this.requireOptions(operation, options);
    const userIdentityGUID = this.nonBlank(operation, 'userIdentityGUID', o.userIdentityGUID);
    const profileGUID = this.nonBlank(operation, 'profileGUID', o.profileGUID);
    await this.write(
      operation,
      (signal) => send({ ...this.source(signal), userIdentityGUID, profileGUID }),
      elementUpdated(T.userIdentity, userIdentityGUID),
    );
    this.reportElementUpdate(T.itProfile, profileGUID);
  }

  /** What a link between an IT asset and an IT profile counts as updated: both ends. */
  #profileCounted(ends: AssetRelationshipEnds): readonly [Counted, Counted] {
    return [
      [T.itInfrastructure, ends.assetGUID],
      [T.itProfile, ends.relatedAssetGUID],
    ];
  }

  /** The link from an IT asset (end 1) to an IT profile (end 2) as the generic asset calls name it. */
  #profileEnds(
    operation: string,
    o: { readonly itInfrastructureGUID: string; readonly itProfileGUID: string },
  ): AssetRelationshipEnds {
    return {
      assetTypeName: T.itInfrastructure,
      assetGUID: this.nonBlank(operation, 'itInfrastructureGUID', o.itInfrastructureGUID),
      relationshipTypeName: T.itInfrastructureProfile,
      relatedAssetTypeName: T.itProfile,
      relatedAssetGUID: this.nonBlank(operation, 'itProfileGUID', o.itProfileGUID),
    };
  }
}
