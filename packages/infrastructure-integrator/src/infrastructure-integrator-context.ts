import {
  IT_INFRASTRUCTURE_SERVICE,
  ITInfrastructureClient,
  elementCreated,
  elementDeleted,
  elementUpdated,
  typeNameOr,
  type AssetElement,
  type ContextGUIDOptions,
  type ContextNameOptions,
  type ContextSearchOptions,
  type EndpointElement,
  type ITInfrastructureOutTopicEvent,
  type IntegrationContextDependencies,
  type RelatedAssetElement,
  type ServerAssetUseElement,
  type SoftwareCapabilityElement,
  type TopicListener,
  type ContextTemplateOptions,
  type CreateConnectorTypeOptions,
  type UpdateConnectorTypeOptions,
  type ConnectorTypeGUIDOption,
  withConnectionMethods,
} from '@egeria-ts/omas-client';
import type {
  AddServerPurposeOptions,
  CapabilityDeploymentsOptions,
  CapabilityGUIDOption,
  CapabilityUsesForAssetOptions,
  ClearClusterMemberOptions,
  ClearDeploymentOptions,
  ClearServerPurposeOptions,
  ClusterMembersOptions,
  CreateEndpointFromTemplateOptions,
  CreateEndpointOptions,
  CreateHostOptions,
  CreatePlatformOptions,
  CreateSoftwareServerOptions,
  CreateServerAssetUseOptions,
  CreateSoftwareCapabilityOptions,
  DeployCapabilityOptions,
  DeployedCapabilitiesOptions,
  DeployedITAssetsOptions,
  DeployITAssetOptions,
  DeploymentDestinationsOptions,
  EndpointGUIDOption,
  EndpointsForInfrastructureOptions,
  HostGUIDOption,
  InfrastructureNameOptions,
  InfrastructurePagingOptions,
  InfrastructureSearchOptions,
  ITAssetTemplateOptions,
  PlatformGUIDOption,
  RemoveCapabilityDeploymentOptions,
  ServerAssetUseGUIDOption,
  ServerAssetUsesForCapabilityOptions,
  ServerAssetUsesForElementsOptions,
  SetupClusterMemberOptions,
  SoftwareServerGUIDOption,
  UpdateCapabilityDeploymentOptions,
  UpdateEndpointOptions,
  UpdateHostOptions,
  UpdateITAssetDeploymentOptions,
  UpdatePlatformOptions,
  UpdateServerAssetUseOptions,
  UpdateServerPurposeOptions,
  UpdateSoftwareCapabilityOptions,
  UpdateSoftwareServerOptions,
} from './infrastructure-integrator-options';
import { deploymentMap } from './it-asset-operations';
import { InfrastructureLineageContext } from './infrastructure-lineage-context';

/** Receives the IT Infrastructure OMAS's out-topic events (Egeria's `ITInfrastructureEventListener`). */
export type ITInfrastructureEventListener = TopicListener<ITInfrastructureOutTopicEvent>;

/**
 * The open metadata type names the context counts its changes under (a `typeName` in the
 * properties, for a subtype, is counted instead). Links count as updates of both ends; changes to a
 * relationship by its GUID are counted under the relationship's type.
 */
export const INFRASTRUCTURE_ELEMENT_TYPE_NAMES = Object.freeze({
  /** A host (also a host cluster, one of its subtypes). */
  host: 'Host',
  /** A software server platform. */
  softwareServerPlatform: 'SoftwareServerPlatform',
  /** A software server. */
  softwareServer: 'SoftwareServer',
  /** Any IT asset (the generic end of deployments and server purposes). */
  itInfrastructure: 'ITInfrastructure',
  /** Any asset (the destination of a deployment, the asset a capability uses). */
  asset: 'Asset',
  /** A deployment of an IT asset on another. */
  deployment: 'DeployedOn',
  /** A software capability. */
  softwareCapability: 'SoftwareCapability',
  /** A deployment of a capability on an IT asset. */
  capabilityDeployment: 'SupportedSoftwareCapability',
  /** The use of an asset by a capability. */
  serverAssetUse: 'ServerAssetUse',
  /** A network endpoint. */
  endpoint: 'Endpoint',
  /** A connector type. */
  connectorType: 'ConnectorType',
});

const T = INFRASTRUCTURE_ELEMENT_TYPE_NAMES;

/**
 * The context of an infrastructure integration connector (Egeria 5.2's
 * `InfrastructureIntegratorContext`): hosts and host clusters, software server platforms, software
 * servers with their purposes and deployments, software capabilities with their deployments and the
 * assets they use, endpoints, connector types, and the connections of `withConnectionMethods`,
 * through the IT Infrastructure OMAS; data assets, processes and
 * lineage from `InfrastructureLineageContext`, IT profiles and user identities from
 * `InfrastructureProfileContext`.
 * Every write carries the connector's user id and its metadata source (the infrastructure
 * manager), with Egeria's `infrastructureManagerIsHome` flag on creates; it is refused before it is
 * sent when the permitted synchronization forbids writing to open metadata, and counted by type in
 * the activity report. Reads are refused once the context is disconnected. What Egeria's context
 * has beyond this is listed in the package README.
 */
export class InfrastructureIntegratorContext extends withConnectionMethods(
  InfrastructureLineageContext,
  IT_INFRASTRUCTURE_SERVICE,
) {
  readonly #client: ITInfrastructureClient;

  /** @param dependencies - built by the Infrastructure Integrator service (`infrastructureIntegratorService.createContext`) */
  constructor(dependencies: IntegrationContextDependencies<ITInfrastructureOutTopicEvent>) {
    super(dependencies);
    this.#client = new ITInfrastructureClient(this.partnerInvoker(IT_INFRASTRUCTURE_SERVICE));
  }

  /** The GUID of the infrastructure manager (the connector's metadata source); undefined for local-cohort provenance. */
  getInfrastructureManagerGUID(): string | undefined {
    return this.externalSource.externalSourceGUID;
  }

  /** The qualified name of the infrastructure manager; undefined for local-cohort provenance. */
  getInfrastructureManagerName(): string | undefined {
    return this.externalSource.externalSourceName;
  }

  /**
   * Sets whether the elements created from now on belong to the infrastructure manager (true, the
   * default) or to the local cohort, so that others may change them.
   * @param infrastructureManagerIsHome - true: owned by the infrastructure manager
   */
  setInfrastructureManagerIsHome(infrastructureManagerIsHome: boolean): void {
    this.setExternalSourceIsHome(infrastructureManagerIsHome);
  }

  /**
   * Registers a listener for the IT Infrastructure OMAS's out-topic events.
   * @param listener - receives each event
   */
  override async registerListener(listener: ITInfrastructureEventListener): Promise<void> {
    await super.registerListener(listener);
  }

  // ---------------------------------------------------------------- hosts

  /** Creates a host (`typeName` `Host` unless a subtype such as `HostCluster` is named). @returns its GUID */
  async createHost(options: CreateHostOptions): Promise<string> {
    const o = this.withNamedProperties('createHost', options, 'hostProperties');
    return this.itAssets.create('createHost', T.host, o.hostProperties);
  }

  /** Creates a host by copying a template. @returns its GUID */
  async createHostFromTemplate(options: ITAssetTemplateOptions): Promise<string> {
    return this.itAssets.createFromTemplate(
      'createHostFromTemplate',
      T.host,
      this.withTemplate('createHostFromTemplate', options),
    );
  }

  /** Updates a host: merges the properties given, or (the default) replaces them all. */
  async updateHost(options: UpdateHostOptions): Promise<void> {
    const o = this.withNamedProperties('updateHost', options, 'hostProperties');
    const guid = this.nonBlank('updateHost', 'hostGUID', o.hostGUID);
    await this.itAssets.update('updateHost', T.host, guid, o.isMergeUpdate ?? false, o.hostProperties);
  }

  /** Makes a host a member of a host cluster (`hostGUID` is the cluster; both count as updated). */
  async setupClusterMember(options: SetupClusterMemberOptions): Promise<void> {
    const o = this.requireOptions('setupClusterMember', options);
    await this.itAssets.relate('setupClusterMember', this.#clusterEnds('setupClusterMember', o), o, [
      [T.host, o.hostGUID],
      [T.host, o.clusterMemberGUID],
    ]);
  }

  /** Removes a host from a host cluster (both count as updated). */
  async clearClusterMember(options: ClearClusterMemberOptions): Promise<void> {
    const o = this.requireOptions('clearClusterMember', options);
    await this.itAssets.unrelate('clearClusterMember', this.#clusterEnds('clearClusterMember', o), o.effectiveTime, [
      [T.host, o.hostGUID],
      [T.host, o.clusterMemberGUID],
    ]);
  }

  /** Makes a host visible to consumers (its zones become the server's published zones). */
  async publishHost(options: HostGUIDOption): Promise<void> {
    const o = this.requireOptions('publishHost', options);
    await this.itAssets.setVisibility(
      'publishHost',
      T.host,
      this.nonBlank('publishHost', 'hostGUID', o.hostGUID),
      true,
    );
  }

  /** Hides a host from consumers (its zones become the server's default zones). */
  async withdrawHost(options: HostGUIDOption): Promise<void> {
    const o = this.requireOptions('withdrawHost', options);
    await this.itAssets.setVisibility(
      'withdrawHost',
      T.host,
      this.nonBlank('withdrawHost', 'hostGUID', o.hostGUID),
      false,
    );
  }

  /** Removes a host. */
  async removeHost(options: HostGUIDOption): Promise<void> {
    const o = this.requireOptions('removeHost', options);
    await this.itAssets.remove('removeHost', T.host, this.nonBlank('removeHost', 'hostGUID', o.hostGUID));
  }

  /** Hosts whose properties match a search string (one page). */
  async findHosts(options: InfrastructureSearchOptions): Promise<AssetElement[]> {
    return this.itAssets.find('findHosts', T.host, options);
  }

  /** Hosts with a name (one page). */
  async getHostsByName(options: InfrastructureNameOptions): Promise<AssetElement[]> {
    return this.itAssets.byName('getHostsByName', T.host, options);
  }

  /** The hosts owned by this connector's infrastructure manager (one page); empty without one. */
  async getHostsForInfrastructureManager(options: InfrastructurePagingOptions = {}): Promise<AssetElement[]> {
    return this.itAssets.forManager('getHostsForInfrastructureManager', T.host, options);
  }

  /** The members of a host cluster (`hostGUID` is the cluster), with their membership (one page). */
  async getClusterMembersForHost(options: ClusterMembersOptions): Promise<RelatedAssetElement[]> {
    const guid = this.nonBlank(
      'getClusterMembersForHost',
      'hostGUID',
      this.requireOptions('getClusterMembersForHost', options).hostGUID,
    );
    return this.itAssets.related(
      'getClusterMembersForHost',
      {
        assetTypeName: 'HostCluster',
        assetGUID: guid,
        relationshipTypeName: 'HostClusterMember',
        relatedAssetTypeName: T.host,
        startingEnd: 1,
      },
      options,
    );
  }

  /** A host by GUID. */
  async getHostByGUID(options: ContextGUIDOptions): Promise<AssetElement | undefined> {
    const o = this.requireOptions('getHostByGUID', options);
    return this.itAssets.byGUID('getHostByGUID', T.host, this.nonBlank('getHostByGUID', 'guid', o.guid));
  }

  // ---------------------------------------------------------------- software server platforms

  /** Creates a software server platform. @returns its GUID */
  async createSoftwareServerPlatform(options: CreatePlatformOptions): Promise<string> {
    const o = this.withNamedProperties('createSoftwareServerPlatform', options, 'platformProperties');
    return this.itAssets.create('createSoftwareServerPlatform', T.softwareServerPlatform, o.platformProperties);
  }

  /** Creates a software server platform by copying a template. @returns its GUID */
  async createSoftwareServerPlatformFromTemplate(options: ITAssetTemplateOptions): Promise<string> {
    const op = 'createSoftwareServerPlatformFromTemplate';
    return this.itAssets.createFromTemplate(op, T.softwareServerPlatform, this.withTemplate(op, options));
  }

  /** Updates a software server platform: merges the properties given, or (the default) replaces them all. */
  async updateSoftwareServerPlatform(options: UpdatePlatformOptions): Promise<void> {
    const op = 'updateSoftwareServerPlatform';
    const o = this.withNamedProperties(op, options, 'platformProperties');
    await this.itAssets.update(
      op,
      T.softwareServerPlatform,
      this.nonBlank(op, 'platformGUID', o.platformGUID),
      o.isMergeUpdate ?? false,
      o.platformProperties,
    );
  }

  /** Makes a software server platform visible to consumers. */
  async publishSoftwareServerPlatform(options: PlatformGUIDOption): Promise<void> {
    const op = 'publishSoftwareServerPlatform';
    const o = this.requireOptions(op, options);
    await this.itAssets.setVisibility(
      op,
      T.softwareServerPlatform,
      this.nonBlank(op, 'platformGUID', o.platformGUID),
      true,
    );
  }

  /** Hides a software server platform from consumers. */
  async withdrawSoftwareServerPlatform(options: PlatformGUIDOption): Promise<void> {
    const op = 'withdrawSoftwareServerPlatform';
    const o = this.requireOptions(op, options);
    await this.itAssets.setVisibility(
      op,
      T.softwareServerPlatform,
      this.nonBlank(op, 'platformGUID', o.platformGUID),
      false,
    );
  }

  /** Removes a software server platform. */
  async removeSoftwareServerPlatform(options: PlatformGUIDOption): Promise<void> {
    const op = 'removeSoftwareServerPlatform';
    const o = this.requireOptions(op, options);
    await this.itAssets.remove(op, T.softwareServerPlatform, this.nonBlank(op, 'platformGUID', o.platformGUID));
  }

  /** Software server platforms whose properties match a search string (one page). */
  async findSoftwareServerPlatforms(options: InfrastructureSearchOptions): Promise<AssetElement[]> {
    return this.itAssets.find('findSoftwareServerPlatforms', T.softwareServerPlatform, options);
  }

  /** Software server platforms with a name (one page). */
  async getSoftwareServerPlatformsByName(options: InfrastructureNameOptions): Promise<AssetElement[]> {
    return this.itAssets.byName('getSoftwareServerPlatformsByName', T.softwareServerPlatform, options);
  }

  /** The platforms owned by this connector's infrastructure manager (one page); empty without one. */
  async getSoftwareServerPlatformsForInfrastructureManager(
    options: InfrastructurePagingOptions = {},
  ): Promise<AssetElement[]> {
    return this.itAssets.forManager(
      'getSoftwareServerPlatformsForInfrastructureManager',
      T.softwareServerPlatform,
      options,
    );
  }

  /** A software server platform by GUID. */
  async getSoftwareServerPlatformByGUID(options: ContextGUIDOptions): Promise<AssetElement | undefined> {
    const op = 'getSoftwareServerPlatformByGUID';
    const o = this.requireOptions(op, options);
    return this.itAssets.byGUID(op, T.softwareServerPlatform, this.nonBlank(op, 'guid', o.guid));
  }

  // ---------------------------------------------------------------- software servers

  /** Creates a software server. @returns its GUID */
  async createSoftwareServer(options: CreateSoftwareServerOptions): Promise<string> {
    const o = this.withNamedProperties('createSoftwareServer', options, 'softwareServerProperties');
    return this.itAssets.create('createSoftwareServer', T.softwareServer, o.softwareServerProperties);
  }

  /** Creates a software server by copying a template. @returns its GUID */
  async createSoftwareServerFromTemplate(options: ITAssetTemplateOptions): Promise<string> {
    const op = 'createSoftwareServerFromTemplate';
    return this.itAssets.createFromTemplate(op, T.softwareServer, this.withTemplate(op, options));
  }

  /** Updates a software server: merges the properties given, or (the default) replaces them all. */
  async updateSoftwareServer(options: UpdateSoftwareServerOptions): Promise<void> {
    const op = 'updateSoftwareServer';
    const o = this.withNamedProperties(op, options, 'softwareServerProperties');
    await this.itAssets.update(
      op,
      T.softwareServer,
      this.nonBlank(op, 'softwareServerGUID', o.softwareServerGUID),
      o.isMergeUpdate ?? false,
      o.softwareServerProperties,
    );
  }

  /** Makes a software server visible to consumers. */
  async publishSoftwareServer(options: SoftwareServerGUIDOption): Promise<void> {
    const op = 'publishSoftwareServer';
    const o = this.requireOptions(op, options);
    await this.itAssets.setVisibility(
      op,
      T.softwareServer,
      this.nonBlank(op, 'softwareServerGUID', o.softwareServerGUID),
      true,
    );
  }

  /** Hides a software server from consumers. */
  async withdrawSoftwareServer(options: SoftwareServerGUIDOption): Promise<void> {
    const op = 'withdrawSoftwareServer';
    const o = this.requireOptions(op, options);
    await this.itAssets.setVisibility(
      op,
      T.softwareServer,
      this.nonBlank(op, 'softwareServerGUID', o.softwareServerGUID),
      false,
    );
  }

  /** Removes a software server. */
  async removeSoftwareServer(options: SoftwareServerGUIDOption): Promise<void> {
    const op = 'removeSoftwareServer';
    const o = this.requireOptions(op, options);
    await this.itAssets.remove(op, T.softwareServer, this.nonBlank(op, 'softwareServerGUID', o.softwareServerGUID));
  }

  /** Software servers whose properties match a search string (one page). */
  async findSoftwareServers(options: InfrastructureSearchOptions): Promise<AssetElement[]> {
    return this.itAssets.find('findSoftwareServers', T.softwareServer, options);
  }

  /** Software servers with a name (one page). */
  async getSoftwareServersByName(options: InfrastructureNameOptions): Promise<AssetElement[]> {
    return this.itAssets.byName('getSoftwareServersByName', T.softwareServer, options);
  }

  /** The servers owned by this connector's infrastructure manager (one page); empty without one. */
  async getSoftwareServersForInfrastructureManager(options: InfrastructurePagingOptions = {}): Promise<AssetElement[]> {
    return this.itAssets.forManager('getSoftwareServersForInfrastructureManager', T.softwareServer, options);
  }

  /** A software server by GUID. */
  async getSoftwareServerByGUID(options: ContextGUIDOptions): Promise<AssetElement | undefined> {
    const op = 'getSoftwareServerByGUID';
    const o = this.requireOptions(op, options);
    return this.itAssets.byGUID(op, T.softwareServer, this.nonBlank(op, 'guid', o.guid));
  }

  // ---------------------------------------------------------------- server purposes and deployments

  /** Adds a server purpose classification (such as `MetadataServer`) to an IT asset. */
  async addServerPurpose(options: AddServerPurposeOptions): Promise<void> {
    const op = 'addServerPurpose';
    const o = this.requireOptions(op, options);
    await this.itAssets.classify(
      op,
      T.itInfrastructure,
      this.nonBlank(op, 'itAssetGUID', o.itAssetGUID),
      this.nonBlank(op, 'classificationName', o.classificationName),
      {
        effectiveFrom: o.effectiveFrom,
        effectiveTo: o.effectiveTo,
        properties: o.classificationProperties,
      },
    );
  }

  /** Changes the properties or dates of a server purpose classification. */
  async updateServerPurpose(options: UpdateServerPurposeOptions): Promise<void> {
    const op = 'updateServerPurpose';
    const o = this.requireOptions(op, options);
    await this.itAssets.reclassify(
      op,
      T.itInfrastructure,
      this.nonBlank(op, 'assetGUID', o.assetGUID),
      this.nonBlank(op, 'classificationName', o.classificationName),
      o.isMergeUpdate ?? false,
      {
        effectiveFrom: o.effectiveFrom,
        effectiveTo: o.effectiveTo,
        properties: o.classificationProperties,
      },
    );
  }

  /** Removes a server purpose classification from an IT asset. */
  async clearServerPurpose(options: ClearServerPurposeOptions): Promise<void> {
    const op = 'clearServerPurpose';
    const o = this.requireOptions(op, options);
    await this.itAssets.declassify(
      op,
      T.itInfrastructure,
      this.nonBlank(op, 'assetGUID', o.assetGUID),
      this.nonBlank(op, 'classificationName', o.classificationName),
      o.effectiveTime,
    );
  }

  /** Records that an IT asset is deployed on another (a `DeployedOn` relationship; both count as updated). */
  async deployITAsset(options: DeployITAssetOptions): Promise<void> {
    const op = 'deployITAsset';
    const o = this.withOptionalNamedProperties(op, options, 'deploymentProperties');
    await this.itAssets.relate(
      op,
      this.#deploymentEnds(op, o.itAssetGUID, o.destinationGUID),
      deploymentMap(o.deploymentProperties, DEPLOYMENT_STATUS),
      [
        [T.itInfrastructure, o.itAssetGUID],
        [T.asset, o.destinationGUID],
      ],
    );
  }

  /** Changes the properties of a deployment (counted under `DeployedOn`). */
  async updateITAssetDeployment(options: UpdateITAssetDeploymentOptions): Promise<void> {
    const op = 'updateITAssetDeployment';
    const o = this.withNamedProperties(op, options, 'deploymentProperties');
    await this.itAssets.updateRelationship(
      op,
      T.deployment,
      this.nonBlank(op, 'deploymentGUID', o.deploymentGUID),
      o.isMergeUpdate ?? false,
      deploymentMap(o.deploymentProperties, DEPLOYMENT_STATUS),
    );
  }

  /** Removes the deployment of an IT asset on another (both count as updated). */
  async clearDeployment(options: ClearDeploymentOptions): Promise<void> {
    const op = 'clearDeployment';
    const o = this.requireOptions(op, options);
    await this.itAssets.unrelate(op, this.#deploymentEnds(op, o.itAssetGUID, o.destinationGUID), o.effectiveTime, [
      [T.itInfrastructure, o.itAssetGUID],
      [T.asset, o.destinationGUID],
    ]);
  }

  /** The IT assets deployed on a destination, with their deployments (one page). */
  async getDeployedITAssets(options: DeployedITAssetsOptions): Promise<RelatedAssetElement[]> {
    const op = 'getDeployedITAssets';
    const guid = this.nonBlank(op, 'destinationGUID', this.requireOptions(op, options).destinationGUID);
    return this.itAssets.related(
      op,
      {
        assetTypeName: T.asset,
        assetGUID: guid,
        relationshipTypeName: T.deployment,
        relatedAssetTypeName: T.itInfrastructure,
        startingEnd: 2,
      },
      options,
    );
  }

  /** Where an IT asset is deployed, with its deployments (one page). */
  async getDeploymentDestinations(options: DeploymentDestinationsOptions): Promise<RelatedAssetElement[]> {
    const op = 'getDeploymentDestinations';
    const guid = this.nonBlank(op, 'itAssetGUID', this.requireOptions(op, options).itAssetGUID);
    return this.itAssets.related(
      op,
      {
        assetTypeName: T.itInfrastructure,
        assetGUID: guid,
        relationshipTypeName: T.deployment,
        relatedAssetTypeName: T.asset,
        startingEnd: 1,
      },
      options,
    );
  }

  // ---------------------------------------------------------------- software capabilities

  /** Creates a software capability, classified with its purpose when a classification is named. @returns its GUID */
  async createSoftwareCapability(options: CreateSoftwareCapabilityOptions): Promise<string> {
    const op = 'createSoftwareCapability';
    const o = this.withNamedProperties(op, options, 'capabilityProperties');
    return this.write(
      op,
      (signal) =>
        this.#client.createSoftwareCapability({
          ...this.itAssets.home(signal),
          ...o.capabilityProperties,
          classificationName: o.classificationName,
        }),
      elementCreated(typeNameOr(o.capabilityProperties, T.softwareCapability)),
    );
  }

  /** Creates a software capability by copying a template. @returns its GUID */
  async createSoftwareCapabilityFromTemplate(options: ITAssetTemplateOptions): Promise<string> {
    const op = 'createSoftwareCapabilityFromTemplate';
    const o = this.withTemplate(op, options);
    return this.write(
      op,
      (signal) =>
        this.#client.createSoftwareCapabilityFromTemplate({
          ...this.itAssets.home(signal),
          ...o.templateProperties,
          templateGUID: o.templateGUID,
        }),
      elementCreated(T.softwareCapability),
    );
  }

  /** Updates a software capability: merges the properties given, or (the default) replaces them all. */
  async updateSoftwareCapability(options: UpdateSoftwareCapabilityOptions): Promise<void> {
    const op = 'updateSoftwareCapability';
    const o = this.withNamedProperties(op, options, 'capabilityProperties');
    const guid = this.nonBlank(op, 'capabilityGUID', o.capabilityGUID);
    await this.write(
      op,
      (signal) =>
        this.#client.updateSoftwareCapability({
          ...this.externalSource,
          signal,
          ...o.capabilityProperties,
          capabilityGUID: guid,
          isMergeUpdate: o.isMergeUpdate ?? false,
        }),
      elementUpdated(typeNameOr(o.capabilityProperties, T.softwareCapability), guid),
    );
  }

  /** Records that an IT asset supports a capability (a `SupportedSoftwareCapability` relationship; both count as updated). */
  async deployCapability(options: DeployCapabilityOptions): Promise<void> {
    const op = 'deployCapability';
    const o = this.withOptionalNamedProperties(op, options, 'deploymentProperties');
    await this.itAssets.relate(
      op,
      this.#capabilityEnds(op, o.infrastructureAssetGUID, o.capabilityGUID),
      deploymentMap(o.deploymentProperties, CAPABILITY_STATUS),
      [
        [T.softwareCapability, o.capabilityGUID],
        [T.itInfrastructure, o.infrastructureAssetGUID],
      ],
    );
  }

  /** Changes the properties of a capability deployment (counted under `SupportedSoftwareCapability`). */
  async updateCapabilityDeployment(options: UpdateCapabilityDeploymentOptions): Promise<void> {
    const op = 'updateCapabilityDeployment';
    const o = this.withNamedProperties(op, options, 'deploymentProperties');
    await this.itAssets.updateRelationship(
      op,
      T.capabilityDeployment,
      this.nonBlank(op, 'deploymentGUID', o.deploymentGUID),
      o.isMergeUpdate ?? false,
      deploymentMap(o.deploymentProperties, CAPABILITY_STATUS),
    );
  }

  /** Removes the deployment of a capability on an IT asset (both count as updated). */
  async removeCapabilityDeployment(options: RemoveCapabilityDeploymentOptions): Promise<void> {
    const op = 'removeCapabilityDeployment';
    const o = this.requireOptions(op, options);
    await this.itAssets.unrelate(op, this.#capabilityEnds(op, o.itAssetGUID, o.capabilityGUID), o.effectiveTime, [
      [T.softwareCapability, o.capabilityGUID],
      [T.itInfrastructure, o.itAssetGUID],
    ]);
  }

  /** Removes a software capability. */
  async removeSoftwareCapability(options: CapabilityGUIDOption): Promise<void> {
    const op = 'removeSoftwareCapability';
    const guid = this.nonBlank(op, 'capabilityGUID', this.requireOptions(op, options).capabilityGUID);
    await this.write(
      op,
      (signal) => this.#client.removeSoftwareCapability({ ...this.externalSource, signal, capabilityGUID: guid }),
      elementDeleted(T.softwareCapability, guid),
    );
  }

  /** Software capabilities whose properties match a search string (one page). */
  async findSoftwareCapabilities(options: InfrastructureSearchOptions): Promise<SoftwareCapabilityElement[]> {
    return this.readPage('findSoftwareCapabilities', options, (page) =>
      this.#client.findSoftwareCapabilities({
        ...page,
        searchString: options.searchString,
        effectiveTime: options.effectiveTime,
      }),
    );
  }

  /** Software capabilities with a name (one page). */
  async getSoftwareCapabilitiesByName(options: InfrastructureNameOptions): Promise<SoftwareCapabilityElement[]> {
    return this.readPage('getSoftwareCapabilitiesByName', options, (page) =>
      this.#client.getSoftwareCapabilitiesByName({ ...page, name: options.name, effectiveTime: options.effectiveTime }),
    );
  }

  /** The IT assets that support a capability, with their deployments (one page). */
  async getSoftwareCapabilityDeployments(options: CapabilityDeploymentsOptions): Promise<RelatedAssetElement[]> {
    const op = 'getSoftwareCapabilityDeployments';
    const guid = this.nonBlank(op, 'capabilityGUID', this.requireOptions(op, options).capabilityGUID);
    return this.itAssets.related(
      op,
      {
        assetTypeName: T.softwareCapability,
        assetGUID: guid,
        relationshipTypeName: T.capabilityDeployment,
        relatedAssetTypeName: T.itInfrastructure,
        startingEnd: 2,
      },
      options,
    );
  }

  /** The capabilities an IT asset supports, with their deployments (one page). */
  async getDeployedSoftwareCapabilities(options: DeployedCapabilitiesOptions): Promise<RelatedAssetElement[]> {
    const op = 'getDeployedSoftwareCapabilities';
    const guid = this.nonBlank(op, 'itAssetGUID', this.requireOptions(op, options).itAssetGUID);
    return this.itAssets.related(
      op,
      {
        assetTypeName: T.itInfrastructure,
        assetGUID: guid,
        relationshipTypeName: T.capabilityDeployment,
        relatedAssetTypeName: T.softwareCapability,
        startingEnd: 1,
      },
      options,
    );
  }

  /** A software capability by GUID. */
  async getSoftwareCapabilityByGUID(options: ContextGUIDOptions): Promise<SoftwareCapabilityElement | undefined> {
    const op = 'getSoftwareCapabilityByGUID';
    const guid = this.nonBlank(op, 'guid', this.requireOptions(op, options).guid);
    return this.read(op, (signal) => this.#client.getSoftwareCapabilityByGUID({ signal, guid }));
  }

  // ---------------------------------------------------------------- server asset uses

  /** Records how a capability uses an asset (both count as updated). @returns the GUID of the use */
  async createServerAssetUse(options: CreateServerAssetUseOptions): Promise<string> {
    const op = 'createServerAssetUse';
    const o = this.requireOptions(op, options);
    const capabilityGUID = this.nonBlank(op, 'capabilityGUID', o.capabilityGUID);
    const assetGUID = this.nonBlank(op, 'assetGUID', o.assetGUID);
    const guid = await this.write(
      op,
      (signal) =>
        this.#client.createServerAssetUse({
          ...this.itAssets.home(signal),
          capabilityGUID,
          assetGUID,
          properties: o.properties ?? {},
        }),
      elementUpdated(T.softwareCapability, capabilityGUID),
      { dryRunResult: (placeholder) => placeholder },
    );
    this.reportElementUpdate(T.asset, assetGUID);
    return guid;
  }

  /** Changes how a capability uses an asset (counted under `ServerAssetUse`). */
  async updateServerAssetUse(options: UpdateServerAssetUseOptions): Promise<void> {
    const op = 'updateServerAssetUse';
    const o = this.withProperties(op, options);
    const guid = this.nonBlank(op, 'serverAssetUseGUID', o.serverAssetUseGUID);
    await this.write(
      op,
      (signal) =>
        this.#client.updateServerAssetUse({
          ...this.externalSource,
          signal,
          serverAssetUseGUID: guid,
          isMergeUpdate: o.isMergeUpdate ?? false,
          properties: o.properties,
        }),
      elementUpdated(T.serverAssetUse, guid),
    );
  }

  /** Removes the use of an asset by a capability (counted as a delete of the `ServerAssetUse`). */
  async removeServerAssetUse(options: ServerAssetUseGUIDOption): Promise<void> {
    const op = 'removeServerAssetUse';
    const guid = this.nonBlank(op, 'serverAssetUseGUID', this.requireOptions(op, options).serverAssetUseGUID);
    await this.write(
      op,
      (signal) => this.#client.removeServerAssetUse({ ...this.externalSource, signal, serverAssetUseGUID: guid }),
      elementDeleted(T.serverAssetUse, guid),
    );
  }

  /** The assets a capability uses (one page), optionally of one use type. */
  async getServerAssetUsesForCapability(
    options: ServerAssetUsesForCapabilityOptions,
  ): Promise<ServerAssetUseElement[]> {
    return this.readPage('getServerAssetUsesForCapability', options, (page) =>
      this.#client.getServerAssetUsesForCapability({
        ...page,
        capabilityGUID: options.capabilityGUID,
        useType: options.useType,
        effectiveTime: options.effectiveTime,
      }),
    );
  }

  /** The capabilities that use an asset (one page), optionally of one use type. */
  async getCapabilityUsesForAsset(options: CapabilityUsesForAssetOptions): Promise<ServerAssetUseElement[]> {
    return this.readPage('getCapabilityUsesForAsset', options, (page) =>
      this.#client.getCapabilityUsesForAsset({
        ...page,
        assetGUID: options.assetGUID,
        useType: options.useType,
        effectiveTime: options.effectiveTime,
      }),
    );
  }

  /** The uses of an asset by a capability (one page). */
  async getServerAssetUsesForElements(options: ServerAssetUsesForElementsOptions): Promise<ServerAssetUseElement[]> {
    return this.readPage('getServerAssetUsesForElements', options, (page) =>
      this.#client.getServerAssetUsesForElements({
        ...page,
        capabilityGUID: options.capabilityGUID,
        assetGUID: options.assetGUID,
        effectiveTime: options.effectiveTime,
      }),
    );
  }

  /** A server asset use by GUID. */
  async getServerAssetUseByGUID(options: ContextGUIDOptions): Promise<ServerAssetUseElement | undefined> {
    const op = 'getServerAssetUseByGUID';
    const guid = this.nonBlank(op, 'guid', this.requireOptions(op, options).guid);
    return this.read(op, (signal) => this.#client.getServerAssetUseByGUID({ signal, guid }));
  }

  // ---------------------------------------------------------------- endpoints

  /** Creates an endpoint, linked to an IT asset when one is named. @returns its GUID */
  async createEndpoint(options: CreateEndpointOptions): Promise<string> {
    const op = 'createEndpoint';
    const o = this.withNamedProperties(op, options, 'endpointProperties');
    const infrastructureGUID =
      o.infrastructureGUID === undefined ? undefined : this.nonBlank(op, 'infrastructureGUID', o.infrastructureGUID);
    return this.write(
      op,
      (signal) => {
        const request = { ...this.externalSource, signal, ...o.endpointProperties };
        return infrastructureGUID === undefined
          ? this.#client.createEndpoint(request)
          : this.#client.createEndpointForInfrastructure({ ...request, infrastructureGUID });
      },
      elementCreated(typeNameOr(o.endpointProperties, T.endpoint)),
    );
  }

  /** Creates an endpoint with a network address by copying a template, linked to an IT asset when one is named. @returns its GUID */
  async createEndpointFromTemplate(options: CreateEndpointFromTemplateOptions): Promise<string> {
    const op = 'createEndpointFromTemplate';
    const o = this.withTemplate(op, options);
    const networkAddress = this.nonBlank(op, 'networkAddress', o.networkAddress);
    const infrastructureGUID =
      o.infrastructureGUID === undefined ? undefined : this.nonBlank(op, 'infrastructureGUID', o.infrastructureGUID);
    return this.write(
      op,
      (signal) => {
        const request = {
          ...this.externalSource,
          signal,
          ...o.templateProperties,
          templateGUID: o.templateGUID,
          networkAddress,
        };
        return infrastructureGUID === undefined
          ? this.#client.createEndpointFromTemplate(request)
          : this.#client.createEndpointForInfrastructureFromTemplate({ ...request, infrastructureGUID });
      },
      elementCreated(T.endpoint),
    );
  }

  /** Updates an endpoint: merges the properties given, or (the default) replaces them all. */
  async updateEndpoint(options: UpdateEndpointOptions): Promise<void> {
    const op = 'updateEndpoint';
    const o = this.withNamedProperties(op, options, 'endpointProperties');
    const guid = this.nonBlank(op, 'endpointGUID', o.endpointGUID);
    await this.write(
      op,
      (signal) =>
        this.#client.updateEndpoint({
          ...this.externalSource,
          signal,
          ...o.endpointProperties,
          endpointGUID: guid,
          isMergeUpdate: o.isMergeUpdate ?? false,
        }),
      elementUpdated(typeNameOr(o.endpointProperties, T.endpoint), guid),
    );
  }

  /** Removes an endpoint. */
  async removeEndpoint(options: EndpointGUIDOption): Promise<void> {
    const op = 'removeEndpoint';
    const guid = this.nonBlank(op, 'endpointGUID', this.requireOptions(op, options).endpointGUID);
    await this.write(
      op,
      (signal) => this.#client.removeEndpoint({ ...this.externalSource, signal, endpointGUID: guid }),
      elementDeleted(T.endpoint, guid),
    );
  }

  /** Endpoints whose properties match a search string (one page). */
  async findEndpoints(options: ContextSearchOptions): Promise<EndpointElement[]> {
    return this.readPage('findEndpoints', options, (page) =>
      this.#client.findEndpoints({ ...page, searchString: options.searchString }),
    );
  }

  /** Endpoints with a name (one page). */
  async getEndpointsByName(options: ContextNameOptions): Promise<EndpointElement[]> {
    return this.readPage('getEndpointsByName', options, (page) =>
      this.#client.getEndpointsByName({ ...page, name: options.name }),
    );
  }

  /** The endpoints of an IT asset (one page). */
  async getEndpointsForInfrastructure(options: EndpointsForInfrastructureOptions): Promise<EndpointElement[]> {
    return this.readPage('getEndpointsForInfrastructure', options, (page) =>
      this.#client.getEndpointsForInfrastructure({ ...page, infrastructureGUID: options.infrastructureGUID }),
    );
  }

  /** An endpoint by GUID. */
  async getEndpointByGUID(options: ContextGUIDOptions): Promise<EndpointElement | undefined> {
    const op = 'getEndpointByGUID';
    const guid = this.nonBlank(op, 'guid', this.requireOptions(op, options).guid);
    return this.read(op, (signal) => this.#client.getEndpointByGUID({ signal, guid }));
  }

  // ---------------------------------------------------------------- connector types

  /** Creates a connector type. @returns its GUID */
  async createConnectorType(options: CreateConnectorTypeOptions): Promise<string> {
    const op = 'createConnectorType';
    const o = this.requireOptions(op, options);
    return this.write(
      op,
      (signal) =>
        this.#client.createConnectorType({ ...this.creationExternalSource, signal, ...o.connectorTypeProperties }),
      elementCreated(typeNameOr(o.connectorTypeProperties, T.connectorType)),
    );
  }

  /** Creates a connector type by copying a template. @returns its GUID */
  async createConnectorTypeFromTemplate(options: ContextTemplateOptions): Promise<string> {
    const op = 'createConnectorTypeFromTemplate';
    const o = this.withTemplate(op, options);
    return this.write(
      op,
      (signal) =>
        this.#client.createConnectorTypeFromTemplate({
          ...this.creationExternalSource,
          signal,
          ...o.templateProperties,
          templateGUID: o.templateGUID,
        }),
      elementCreated(T.connectorType),
    );
  }

  /** Updates a connector type: merges the properties given, or (the default) replaces them all. */
  async updateConnectorType(options: UpdateConnectorTypeOptions): Promise<void> {
    const op = 'updateConnectorType';
    const o = this.requireOptions(op, options);
    const guid = this.nonBlank(op, 'connectorTypeGUID', o.connectorTypeGUID);
    await this.write(
      op,
      (signal) =>
        this.#client.updateConnectorType({
          ...this.externalSource,
          signal,
          ...o.connectorTypeProperties,
          connectorTypeGUID: guid,
          isMergeUpdate: o.isMergeUpdate ?? false,
        }),
      elementUpdated(typeNameOr(o.connectorTypeProperties, T.connectorType), guid),
    );
  }

  /** Removes a connector type (its links to connections go with it). */
  async removeConnectorType(options: ConnectorTypeGUIDOption): Promise<void> {
    const op = 'removeConnectorType';
    const guid = this.nonBlank(op, 'connectorTypeGUID', this.requireOptions(op, options).connectorTypeGUID);
    await this.write(
      op,
      (signal) => this.#client.removeConnectorType({ ...this.externalSource, signal, connectorTypeGUID: guid }),
      elementDeleted(T.connectorType, guid),
    );
  }

  // ---------------------------------------------------------------- helpers

  #clusterEnds(operation: string, o: { readonly hostGUID: string; readonly clusterMemberGUID: string }) {
    return {
      assetTypeName: 'HostCluster',
      assetGUID: this.nonBlank(operation, 'hostGUID', o.hostGUID),
      relationshipTypeName: 'HostClusterMember',
      relatedAssetTypeName: T.host,
      relatedAssetGUID: this.nonBlank(operation, 'clusterMemberGUID', o.clusterMemberGUID),
    };
  }

  #deploymentEnds(operation: string, itAssetGUID: string, destinationGUID: string) {
    return {
      assetTypeName: T.itInfrastructure,
      assetGUID: this.nonBlank(operation, 'itAssetGUID', itAssetGUID),
      relationshipTypeName: T.deployment,
      relatedAssetTypeName: T.asset,
      relatedAssetGUID: this.nonBlank(operation, 'destinationGUID', destinationGUID),
    };
  }

  #capabilityEnds(operation: string, itAssetGUID: string, capabilityGUID: string) {
    return {
      assetTypeName: T.itInfrastructure,
      assetGUID: this.nonBlank(operation, 'infrastructureAssetGUID', itAssetGUID),
      relationshipTypeName: T.capabilityDeployment,
      relatedAssetTypeName: T.softwareCapability,
      relatedAssetGUID: this.nonBlank(operation, 'capabilityGUID', capabilityGUID),
    };
  }
}

/** Where the status of a deployment goes in the relationship's properties. */
const DEPLOYMENT_STATUS = { field: 'deploymentStatus', property: 'deploymentStatus' } as const;
/** Where the status of a capability deployment goes (Egeria's `CapabilityDeploymentProperties`). */
const CAPABILITY_STATUS = { field: 'softwareCapabilityStatus', property: 'serverCapabilityStatus' } as const;
