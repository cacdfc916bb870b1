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
export { InfrastructureLineageContext } from './infrastructure-lineage-context';
export { InfrastructureProfileContext } from './infrastructure-profile-context';
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
  CreateHostOptions,
  CreatePlatformOptions,
  CreateSoftwareServerOptions,
  ITAssetTemplateOptions,
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
export type {
  CreateDataAssetOptions,
  DataAssetGUIDOption,
  UpdateDataAssetOptions,
  ReferenceDataOptions,
  ClearReferenceDataOptions,
  CreateProcessOptions,
  ProcessGUIDOption,
  UpdateProcessOptions,
  UpdateProcessStatusOptions,
  SetupProcessParentOptions,
  ClearProcessParentOptions,
  ProcessParentQueryOptions,
  SubProcessesOptions,
  BusinessSignificantOptions,
  ClearBusinessSignificantOptions,
  SetupDataFlowOptions,
  SetupControlFlowOptions,
  SetupProcessCallOptions,
  CreateITProfileOptions,
  ITProfileGUIDOption,
  UpdateITProfileOptions,
  AddContactMethodOptions,
  ContactMethodGUIDOption,
  ITInfrastructureProfileOptions,
  UnlinkITInfrastructureOptions,
  ITProfileUserIdOption,
} from './infrastructure-integrator-lineage-options';

// The lineage and user identity option shapes are shared with the lineage, organization and
// security integrators (in omas-client).
export type {
  AssetManagerPagingOptions,
  GetDataFlowOptions,
  UpdateDataFlowOptions,
  DataFlowGUIDOptions,
  DataSupplierPagingOptions,
  DataConsumerPagingOptions,
  GetControlFlowOptions,
  UpdateControlFlowOptions,
  ControlFlowGUIDOptions,
  CurrentStepPagingOptions,
  GetProcessCallOptions,
  UpdateProcessCallOptions,
  ProcessCallGUIDOptions,
  CallerPagingOptions,
  CalledPagingOptions,
  SetupLineageMappingOptions,
  GetLineageMappingOptions,
  LineageMappingGUIDOptions,
  SourceElementPagingOptions,
  DestinationElementPagingOptions,
  CreateUserIdentityOptions,
  UpdateUserIdentityOptions,
  UserIdentityGUIDOption,
  ProfileIdentityOption,
} from '@egeria-ts/omas-client';
