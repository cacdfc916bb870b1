/**
 * The Infrastructure Integrator (OMIS) for egeria-ts: connector base class and context, paired with the IT Infrastructure OMAS.
 * @packageDocumentation
 */

/** The version of this package. */
export const VERSION = '0.1.0';

export { InfrastructureIntegratorConnector } from './infrastructure-integrator-connector';
export {
  InfrastructureIntegratorContext,
  INFRASTRUCTURE_ELEMENT_TYPE_NAMES,
} from './infrastructure-integrator-context';
export type { ITInfrastructureEventListener } from './infrastructure-integrator-context';
export {
  infrastructureIntegratorService,
  INFRASTRUCTURE_MANAGER_METADATA_SOURCE,
} from './infrastructure-integrator-service';
export {
  INFRASTRUCTURE_INTEGRATOR_AUDIT_CODE,
  INFRASTRUCTURE_INTEGRATOR_ERROR_CODE,
} from './infrastructure-integrator-messages';
export type {
  EffectiveTimeOption,
  EffectiveDatesOption,
  InfrastructureSearchOptions,
  InfrastructureNameOptions,
  InfrastructurePagingOptions,
  CreateITAssetOptions,
  ITAssetTemplateOptions,
  ITAssetUpdateOptions,
  HostGUIDOption,
  UpdateHostOptions,
  SetupClusterMemberOptions,
  ClearClusterMemberOptions,
  ClusterMembersOptions,
  PlatformGUIDOption,
  UpdatePlatformOptions,
  SoftwareServerGUIDOption,
  UpdateSoftwareServerOptions,
  AddServerPurposeOptions,
  UpdateServerPurposeOptions,
  ClearServerPurposeOptions,
  DeploymentProperties,
  DeployITAssetOptions,
  UpdateITAssetDeploymentOptions,
  ClearDeploymentOptions,
  DeployedITAssetsOptions,
  DeploymentDestinationsOptions,
  CreateSoftwareCapabilityOptions,
  CapabilityGUIDOption,
  UpdateSoftwareCapabilityOptions,
  CapabilityDeploymentProperties,
  DeployCapabilityOptions,
  UpdateCapabilityDeploymentOptions,
  RemoveCapabilityDeploymentOptions,
  CapabilityDeploymentsOptions,
  DeployedCapabilitiesOptions,
  CreateServerAssetUseOptions,
  ServerAssetUseGUIDOption,
  UpdateServerAssetUseOptions,
  ServerAssetUsesForCapabilityOptions,
  CapabilityUsesForAssetOptions,
  ServerAssetUsesForElementsOptions,
  CreateEndpointOptions,
  CreateEndpointFromTemplateOptions,
  EndpointGUIDOption,
  UpdateEndpointOptions,
  EndpointsForInfrastructureOptions,
} from './infrastructure-integrator-options';
