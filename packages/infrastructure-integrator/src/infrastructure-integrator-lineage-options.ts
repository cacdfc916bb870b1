/**
 * Option shapes of the infrastructure context's data asset, process, lineage, IT profile and user
 * identity operations. The lineage ones are the Asset Manager's shared shapes (omas-client), less
 * the ownership flag: the infrastructure context takes that from `setInfrastructureManagerIsHome`.
 */
import type {
  ContactMethodProperties,
  ContextMergeUpdateOption,
  DataAssetProperties,
  ITProfileProperties,
  ProcessContainmentType,
  ProcessProperties,
  ProcessStatus,
  SetupControlFlowOptions as SharedSetupControlFlowOptions,
  SetupDataFlowOptions as SharedSetupDataFlowOptions,
  SetupProcessCallOptions as SharedSetupProcessCallOptions,
} from '@egeria-ts/omas-client';
import type {
  EffectiveDatesOption,
  EffectiveTimeOption,
  InfrastructurePagingOptions,
} from './infrastructure-integrator-options';

// ----- data assets ----------------------------------------------------------------------------------

/** Options of `createDataAsset`. */
export interface CreateDataAssetOptions {
  /** The data asset's properties; `qualifiedName` is required, `typeName` may name a subtype such as `DataSet`. */
  readonly dataAssetProperties: DataAssetProperties;
}

/** Names one data asset. */
export interface DataAssetGUIDOption {
  /** The data asset's GUID. */
  readonly assetGUID: string;
}

/** Options of `updateDataAsset`. */
export interface UpdateDataAssetOptions extends DataAssetGUIDOption, ContextMergeUpdateOption {
  /** The new properties. */
  readonly dataAssetProperties: DataAssetProperties;
}

/** Options of `setDataAssetAsReferenceData`. */
export interface ReferenceDataOptions extends DataAssetGUIDOption, EffectiveDatesOption {}

/** Options of `clearDataAssetAsReferenceData`. */
export interface ClearReferenceDataOptions extends DataAssetGUIDOption, EffectiveTimeOption {}

// ----- processes ------------------------------------------------------------------------------------

/** Options of `createProcess`. */
export interface CreateProcessOptions {
  /** The status the process starts with (default: the server's, `ACTIVE`). */
  readonly processStatus?: ProcessStatus;
  /** The process's properties; `qualifiedName` is required, `typeName` may name a subtype. */
  readonly processProperties: ProcessProperties;
}

/** Names one process. */
export interface ProcessGUIDOption {
  /** The process's GUID. */
  readonly processGUID: string;
}

/** Options of `updateProcess`. */
export interface UpdateProcessOptions extends ProcessGUIDOption, ContextMergeUpdateOption {
  /** The new properties. */
  readonly processProperties: ProcessProperties;
}

/** Options of `updateProcessStatus`. */
export interface UpdateProcessStatusOptions extends ProcessGUIDOption {
  /** The new status. */
  readonly processStatus: ProcessStatus;
}

/** Options of `setupProcessParent`. */
export interface SetupProcessParentOptions extends EffectiveDatesOption {
  /** The parent process. */
  readonly parentProcessGUID: string;
  /** The child process. */
  readonly childProcessGUID: string;
  /** How the parent owns the child. */
  readonly containmentType?: ProcessContainmentType;
}

/** Options of `clearProcessParent`. */
export interface ClearProcessParentOptions extends EffectiveTimeOption {
  /** The parent process. */
  readonly parentProcessGUID: string;
  /** The child process. */
  readonly childProcessGUID: string;
}

/** Options of `getProcessParent`. */
export interface ProcessParentQueryOptions extends ProcessGUIDOption, EffectiveTimeOption {}

/** Options of `getSubProcesses`. */
export interface SubProcessesOptions extends ProcessGUIDOption, InfrastructurePagingOptions {}

/** Options of `setBusinessSignificant`. */
export interface BusinessSignificantOptions extends EffectiveDatesOption {
  /** The process, port or other element. */
  readonly elementGUID: string;
}

/** Options of `clearBusinessSignificant`. */
export interface ClearBusinessSignificantOptions extends EffectiveTimeOption {
  /** The process, port or other element. */
  readonly elementGUID: string;
}

// ----- lineage --------------------------------------------------------------------------------------

/** Options of `setupDataFlow` (ownership follows `setInfrastructureManagerIsHome`). */
export type SetupDataFlowOptions = Omit<SharedSetupDataFlowOptions, 'assetManagerIsHome'>;

/** Options of `setupControlFlow` (ownership follows `setInfrastructureManagerIsHome`). */
export type SetupControlFlowOptions = Omit<SharedSetupControlFlowOptions, 'assetManagerIsHome'>;

/** Options of `setupProcessCall` (ownership follows `setInfrastructureManagerIsHome`). */
export type SetupProcessCallOptions = Omit<SharedSetupProcessCallOptions, 'assetManagerIsHome'>;

// ----- IT profiles ----------------------------------------------------------------------------------

/** Options of `createITProfile`. */
export interface CreateITProfileOptions {
  /** The IT asset that runs under this profile, linked with `ITInfrastructureProfile`. */
  readonly itInfrastructureGUID?: string;
  /** The user id the asset runs as: the user identity with this qualified name, or a new one. */
  readonly itUserId: string;
  /** The profile's properties; `qualifiedName` is required. */
  readonly properties: ITProfileProperties;
}

/** Names one IT profile. */
export interface ITProfileGUIDOption {
  /** The IT profile's GUID. */
  readonly itProfileGUID: string;
}

/** Options of `updateITProfile`. */
export interface UpdateITProfileOptions extends ITProfileGUIDOption, ContextMergeUpdateOption {
  /** The new properties. */
  readonly properties: ITProfileProperties;
}

/** Options of `addContactMethod`. */
export interface AddContactMethodOptions extends ITProfileGUIDOption {
  /** How to contact the owner of the profile. */
  readonly properties: ContactMethodProperties;
}

/** Names one contact method. */
export interface ContactMethodGUIDOption {
  /** The contact method's GUID. */
  readonly contactMethodGUID: string;
}

/** Options of `linkITInfrastructureToProfile` and `updateITInfrastructureToProfile`. */
export interface ITInfrastructureProfileOptions extends ITProfileGUIDOption, EffectiveDatesOption {
  /** The IT asset. */
  readonly itInfrastructureGUID: string;
}

/** Options of `unlinkITInfrastructureFromProfile`. */
export interface UnlinkITInfrastructureOptions extends ITProfileGUIDOption, EffectiveTimeOption {
  /** The IT asset. */
  readonly itInfrastructureGUID: string;
}

/** Options of `getITProfileByUserId`. */
export interface ITProfileUserIdOption {
  /** The user id of one of the profile's user identities. */
  readonly itProfileUserId: string;
}
