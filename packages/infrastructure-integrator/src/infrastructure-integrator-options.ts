import type {
  AssetProperties,
  ContextMergeUpdateOption,
  ContextNameOptions,
  ContextPagingOptions,
  ContextSearchOptions,
  EgeriaDateInput,
  EndpointProperties,
  ITInfrastructureTemplateProperties,
  ServerAssetUseProperties,
  ServerAssetUseType,
  SoftwareCapabilityProperties,
} from '@egeria-ts/omas-client';

// ----- shared shapes --------------------------------------------------------------------------------

/** The time at which the elements must be in effect (default: now). */
export interface EffectiveTimeOption {
  /** The time; leave out for now. */
  readonly effectiveTime?: EgeriaDateInput;
}

/** When a relationship starts and stops being in effect. */
export interface EffectiveDatesOption {
  /** When it becomes effective. */
  readonly effectiveFrom?: EgeriaDateInput;
  /** When it stops being effective. */
  readonly effectiveTo?: EgeriaDateInput;
}

/** Options of the `find...` calls. */
export interface InfrastructureSearchOptions extends ContextSearchOptions, EffectiveTimeOption {}

/** Options of the `get...ByName` calls. */
export interface InfrastructureNameOptions extends ContextNameOptions, EffectiveTimeOption {}

/** Options of the `get...ForInfrastructureManager` calls. */
export interface InfrastructurePagingOptions extends ContextPagingOptions, EffectiveTimeOption {}

/**
 * Options of `createHost`. The properties of hosts, software server platforms and software servers are Egeria's flat
 * `AssetProperties` (what Egeria's `HostProperties`, `SoftwareServerPlatformProperties` and
 * `SoftwareServerProperties` become on the wire); `typeName` defaults to the kind's type and may
 * name a subtype, such as `HostCluster`.
 */
export interface CreateHostOptions {
  /** The host's properties; `qualifiedName` is required, `typeName` may name a subtype such as `HostCluster`. */
  readonly hostProperties: AssetProperties;
}

/** Options of `createSoftwareServerPlatform`. */
export interface CreatePlatformOptions {
  /** The platform's properties; `qualifiedName` is required, `typeName` may name a subtype. */
  readonly platformProperties: AssetProperties;
}

/** Options of `createSoftwareServer`. */
export interface CreateSoftwareServerOptions {
  /** The server's properties; `qualifiedName` is required, `typeName` may name a subtype. */
  readonly softwareServerProperties: AssetProperties;
}

/** Options of a create from a template: the template and what to change in the copy. */
export interface ITAssetTemplateOptions {
  /** The GUID of the element to copy. */
  readonly templateGUID: string;
  /** The copy's qualified name (required) and other values. */
  readonly templateProperties: ITInfrastructureTemplateProperties;
}

// ----- hosts ----------------------------------------------------------------------------------------

/** Names one host. */
export interface HostGUIDOption {
  /** The host's GUID. */
  readonly hostGUID: string;
}

/** Options of `updateHost`. */
export interface UpdateHostOptions extends HostGUIDOption, ContextMergeUpdateOption {
  /** The new properties. */
  readonly hostProperties: AssetProperties;
}

/** Options of `setupClusterMember`: `hostGUID` is the host cluster. */
export interface SetupClusterMemberOptions extends HostGUIDOption, EffectiveDatesOption {
  /** The host that is a member of the cluster. */
  readonly clusterMemberGUID: string;
}

/** Options of `clearClusterMember`: `hostGUID` is the host cluster. */
export interface ClearClusterMemberOptions extends HostGUIDOption, EffectiveTimeOption {
  /** The host that is a member of the cluster. */
  readonly clusterMemberGUID: string;
}

/** Options of `getClusterMembersForHost`: `hostGUID` is the host cluster. */
export interface ClusterMembersOptions extends HostGUIDOption, InfrastructurePagingOptions {}

// ----- software server platforms --------------------------------------------------------------------

/** Names one software server platform. */
export interface PlatformGUIDOption {
  /** The platform's GUID. */
  readonly platformGUID: string;
}

/** Options of `updateSoftwareServerPlatform`. */
export interface UpdatePlatformOptions extends PlatformGUIDOption, ContextMergeUpdateOption {
  /** The new properties. */
  readonly platformProperties: AssetProperties;
}

// ----- software servers, their purposes and deployments ---------------------------------------------

/** Names one software server. */
export interface SoftwareServerGUIDOption {
  /** The server's GUID. */
  readonly softwareServerGUID: string;
}

/** Options of `updateSoftwareServer`. */
export interface UpdateSoftwareServerOptions extends SoftwareServerGUIDOption, ContextMergeUpdateOption {
  /** The new properties. */
  readonly softwareServerProperties: AssetProperties;
}

/** Options of `addServerPurpose`. */
export interface AddServerPurposeOptions extends EffectiveDatesOption {
  /** The IT asset. */
  readonly itAssetGUID: string;
  /** A `ServerPurpose` classification, such as `ApplicationServer` or `MetadataServer`. */
  readonly classificationName: string;
  /** The classification's properties, by name. */
  readonly classificationProperties?: Readonly<Record<string, unknown>>;
}

/** Options of `updateServerPurpose`. */
export interface UpdateServerPurposeOptions extends EffectiveDatesOption, ContextMergeUpdateOption {
  /** The IT asset. */
  readonly assetGUID: string;
  /** The classification to change. */
  readonly classificationName: string;
  /** The classification's new properties. */
  readonly classificationProperties?: Readonly<Record<string, unknown>>;
}

/** Options of `clearServerPurpose`. */
export interface ClearServerPurposeOptions extends EffectiveTimeOption {
  /** The IT asset. */
  readonly assetGUID: string;
  /** The classification to remove. */
  readonly classificationName: string;
}

/** Egeria's `DeploymentProperties`: how an IT asset is deployed on another (a `DeployedOn` relationship). */
export interface DeploymentProperties extends EffectiveDatesOption {
  /** When it was deployed. */
  readonly deploymentTime?: EgeriaDateInput;
  /** Who or what deployed it. */
  readonly deployer?: string;
  /** The type of the deployer's element. */
  readonly deployerTypeName?: string;
  /** The property that identifies the deployer. */
  readonly deployerPropertyName?: string;
  /** Whether the deployment is operational. */
  readonly deploymentStatus?: 'DISABLED' | 'ENABLED';
}

/** Options of `deployITAsset`. */
export interface DeployITAssetOptions {
  /** The IT asset deployed. */
  readonly itAssetGUID: string;
  /** Where it is deployed (a host, a platform...). */
  readonly destinationGUID: string;
  /** The deployment's properties. */
  readonly deploymentProperties?: DeploymentProperties;
}

/** Options of `updateITAssetDeployment`. */
export interface UpdateITAssetDeploymentOptions extends ContextMergeUpdateOption {
  /** The deployment (`DeployedOn` relationship), from `getDeployedITAssets` or `getDeploymentDestinations`. */
  readonly deploymentGUID: string;
  /** The new properties. */
  readonly deploymentProperties: DeploymentProperties;
}

/** Options of `clearDeployment`. */
export interface ClearDeploymentOptions extends EffectiveTimeOption {
  /** The IT asset deployed. */
  readonly itAssetGUID: string;
  /** Where it is deployed. */
  readonly destinationGUID: string;
}

/** Options of `getDeployedITAssets`. */
export interface DeployedITAssetsOptions extends InfrastructurePagingOptions {
  /** The destination. */
  readonly destinationGUID: string;
}

/** Options of `getDeploymentDestinations`. */
export interface DeploymentDestinationsOptions extends InfrastructurePagingOptions {
  /** The IT asset deployed. */
  readonly itAssetGUID: string;
}

// ----- software capabilities ------------------------------------------------------------------------

/** Options of `createSoftwareCapability`. */
export interface CreateSoftwareCapabilityOptions {
  /** A classification that marks the capability's purpose, such as `CloudService`. */
  readonly classificationName?: string;
  /** The capability's properties; `qualifiedName` is required, `typeName` picks a subtype such as `EventBroker`. */
  readonly capabilityProperties: SoftwareCapabilityProperties;
}

/** Names one software capability. */
export interface CapabilityGUIDOption {
  /** The capability's GUID. */
  readonly capabilityGUID: string;
}

/** Options of `updateSoftwareCapability`. */
export interface UpdateSoftwareCapabilityOptions extends CapabilityGUIDOption, ContextMergeUpdateOption {
  /** The new properties. */
  readonly capabilityProperties: SoftwareCapabilityProperties;
}

/** Egeria's `CapabilityDeploymentProperties`: how a capability is supported by an IT asset. */
export interface CapabilityDeploymentProperties extends EffectiveDatesOption {
  /** When it was deployed. */
  readonly deploymentTime?: EgeriaDateInput;
  /** Who or what deployed it. */
  readonly deployer?: string;
  /** The type of the deployer's element. */
  readonly deployerTypeName?: string;
  /** The property that identifies the deployer. */
  readonly deployerPropertyName?: string;
  /** Whether the capability is operational. */
  readonly softwareCapabilityStatus?: 'DISABLED' | 'ENABLED';
}

/** Options of `deployCapability`. */
export interface DeployCapabilityOptions extends CapabilityGUIDOption {
  /** The IT asset (a server, a platform...) that supports the capability. */
  readonly infrastructureAssetGUID: string;
  /** The deployment's properties. */
  readonly deploymentProperties?: CapabilityDeploymentProperties;
}

/** Options of `updateCapabilityDeployment`. */
export interface UpdateCapabilityDeploymentOptions extends ContextMergeUpdateOption {
  /** The deployment (`SupportedSoftwareCapability` relationship). */
  readonly deploymentGUID: string;
  /** The new properties. */
  readonly deploymentProperties: CapabilityDeploymentProperties;
}

/** Options of `removeCapabilityDeployment`. */
export interface RemoveCapabilityDeploymentOptions extends CapabilityGUIDOption, EffectiveTimeOption {
  /** The IT asset that supports the capability. */
  readonly itAssetGUID: string;
}

/** Options of `getSoftwareCapabilityDeployments`. */
export interface CapabilityDeploymentsOptions extends CapabilityGUIDOption, InfrastructurePagingOptions {}

/** Options of `getDeployedSoftwareCapabilities`. */
export interface DeployedCapabilitiesOptions extends InfrastructurePagingOptions {
  /** The IT asset. */
  readonly itAssetGUID: string;
}

// ----- server asset uses ----------------------------------------------------------------------------

/** Options of `createServerAssetUse`. */
export interface CreateServerAssetUseOptions extends CapabilityGUIDOption {
  /** The asset the capability uses, owns, governs or maintains. */
  readonly assetGUID: string;
  /** How the capability uses the asset. */
  readonly properties?: ServerAssetUseProperties;
}

/** Names one server asset use. */
export interface ServerAssetUseGUIDOption {
  /** The server asset use's GUID, from `createServerAssetUse`. */
  readonly serverAssetUseGUID: string;
}

/** Options of `updateServerAssetUse`. */
export interface UpdateServerAssetUseOptions extends ServerAssetUseGUIDOption, ContextMergeUpdateOption {
  /** The new properties. */
  readonly properties: ServerAssetUseProperties;
}

/** Options of `getServerAssetUsesForCapability`. */
export interface ServerAssetUsesForCapabilityOptions extends CapabilityGUIDOption, InfrastructurePagingOptions {
  /** Only uses of this kind (default: all). */
  readonly useType?: ServerAssetUseType;
}

/** Options of `getCapabilityUsesForAsset`. */
export interface CapabilityUsesForAssetOptions extends InfrastructurePagingOptions {
  /** The asset. */
  readonly assetGUID: string;
  /** Only uses of this kind (default: all). */
  readonly useType?: ServerAssetUseType;
}

/** Options of `getServerAssetUsesForElements`. */
export interface ServerAssetUsesForElementsOptions extends CapabilityGUIDOption, InfrastructurePagingOptions {
  /** The asset. */
  readonly assetGUID: string;
}

// ----- endpoints ------------------------------------------------------------------------------------

/** Options of `createEndpoint`. */
export interface CreateEndpointOptions {
  /** The IT asset the endpoint belongs to (linked by `ServerEndpoint`); none for a free-standing endpoint. */
  readonly infrastructureGUID?: string;
  /** The endpoint's properties; `qualifiedName` is required. */
  readonly endpointProperties: EndpointProperties;
}

/** Options of `createEndpointFromTemplate`. */
export interface CreateEndpointFromTemplateOptions extends ITAssetTemplateOptions {
  /** The IT asset the endpoint belongs to; none for a free-standing endpoint. */
  readonly infrastructureGUID?: string;
  /** The new endpoint's network address. */
  readonly networkAddress: string;
}

/** Names one endpoint. */
export interface EndpointGUIDOption {
  /** The endpoint's GUID. */
  readonly endpointGUID: string;
}

/** Options of `updateEndpoint`. */
export interface UpdateEndpointOptions extends EndpointGUIDOption, ContextMergeUpdateOption {
  /** The new properties. */
  readonly endpointProperties: EndpointProperties;
}

/** Options of `getEndpointsForInfrastructure`. */
export interface EndpointsForInfrastructureOptions extends ContextPagingOptions {
  /** The IT asset. */
  readonly infrastructureGUID: string;
}
