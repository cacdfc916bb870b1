/**
 * The options of the Asset Manager exchange services' calls (data assets and lineage). They carry
 * what the connector decides, never wire details: the asset manager (metadata source), the query
 * flags and the correlation scope are added by the service.
 */
import type { EgeriaDateInput } from '../../services/data-manager/database-operations';
import type { AssetManagerTemplateProperties } from '../../services/asset-manager/asset-manager-beans';
import type {
  DataAssetProperties,
  DataContentForDataSetProperties,
  PortProperties,
  ProcessContainmentProperties,
  ProcessProperties,
} from '../../services/common/beans/asset-properties';
import type { RelationshipProperties } from '../../services/common/beans/core-properties';
import type { ProcessStatus } from '../../services/common/beans/enums';
import type {
  ControlFlowProperties,
  DataFlowProperties,
  LineageMappingProperties,
  ProcessCallProperties,
} from '../../services/common/beans/lineage-properties';
import type { ExternalIdentifierProperties } from '../../services/framework/framework-beans';

/** The effective time of a call (default: now, as the server decides). @public */
export interface EffectiveTimeOption {
  /** The time at which the elements must be effective. */
  readonly effectiveTime?: EgeriaDateInput;
}

/** Paging of a list call: `startFrom` (default 0) and `pageSize` (default and most: the context's `maxPageSize`). @public */
export interface AssetManagerPagingOptions extends EffectiveTimeOption {
  /** The first element to return, 0-based. */
  readonly startFrom?: number;
  /** The most elements to return. */
  readonly pageSize?: number;
}

/** Options of the `find...` calls. @public */
export interface AssetManagerSearchOptions extends AssetManagerPagingOptions {
  /** A regular expression (Java syntax) matched against the elements' properties. */
  readonly searchString: string;
}

/** Options of the `get...ByName` calls. @public */
export interface AssetManagerNameOptions extends AssetManagerPagingOptions {
  /** The name or qualified name to match exactly. */
  readonly name: string;
}

/** Who owns a new element: the asset manager (true, the default as in Egeria's contexts) or the open metadata ecosystem. @public */
export interface AssetManagerIsHomeOption {
  /** True (default) to make the asset manager the element's home: only it may change the element. */
  readonly assetManagerIsHome?: boolean;
}

/** The third party's identifier of a new element, recorded against the asset manager's scope. @public */
export interface ExternalIdentifierOption {
  /** The external identifier and how it maps; needs an asset manager (metadata source). */
  readonly externalIdentifierProperties?: ExternalIdentifierProperties;
}

/** Names the third party's identifier of the element that an update or removal concerns. @public */
export interface ExternalIdentifierNameOption extends EffectiveTimeOption {
  /** The element's identifier in the third party (correlation), if it has one. */
  readonly externalIdentifier?: string;
}

/** Whether an update merges the properties (true) or replaces them all (false, the default, as in Egeria). @public */
export interface AssetManagerMergeUpdateOption {
  /** True to change only the properties given; false (default) to replace every property. */
  readonly isMergeUpdate?: boolean;
}

/** Options of a create from a template. @public */
export interface AssetManagerTemplateOptions extends AssetManagerIsHomeOption, ExternalIdentifierOption {
  /** The GUID of the element to copy. */
  readonly templateGUID: string;
  /** The copy's qualified name (required) and other values. */
  readonly templateProperties: AssetManagerTemplateProperties;
}

// ----- data assets ------------------------------------------------------------------------------------

/** Options of `createDataAsset`. @public */
export interface CreateDataAssetOptions extends AssetManagerIsHomeOption, ExternalIdentifierOption {
  /** The asset's properties; `qualifiedName` is required, `typeName` picks a subtype of Asset. */
  readonly dataAssetProperties: DataAssetProperties;
}

/** Options of `updateDataAsset`. @public */
export interface UpdateDataAssetOptions extends AssetManagerMergeUpdateOption, ExternalIdentifierNameOption {
  /** The asset to update. */
  readonly assetGUID: string;
  /** The new properties. */
  readonly dataAssetProperties: DataAssetProperties;
}

/** Names one data asset. @public */
export interface DataAssetGUIDOptions extends ExternalIdentifierNameOption {
  /** The asset's GUID. */
  readonly assetGUID: string;
}

/** Options of `setupRelatedDataAsset`. @public */
export interface SetupRelatedDataAssetOptions extends AssetManagerIsHomeOption, EffectiveTimeOption {
  /** The relationship type, such as `DataContentForDataSet`. */
  readonly relationshipTypeName: string;
  /** The asset at end one. */
  readonly fromAssetGUID: string;
  /** The asset at end two. */
  readonly toAssetGUID: string;
  /** The relationship's properties (Egeria keeps those of a `DataContentForDataSetProperties`). */
  readonly properties?: RelationshipProperties | DataContentForDataSetProperties;
}

/** Names the two ends of an asset relationship. @public */
export interface AssetRelationshipEndsOptions extends EffectiveTimeOption {
  /** The relationship type. */
  readonly relationshipTypeName: string;
  /** The asset at end one. */
  readonly fromAssetGUID: string;
  /** The asset at end two. */
  readonly toAssetGUID: string;
}

/** Names one asset relationship. @public */
export interface AssetRelationshipGUIDOptions extends EffectiveTimeOption {
  /** The relationship type. */
  readonly relationshipTypeName: string;
  /** The relationship's GUID. */
  readonly relationshipGUID: string;
}

/** Options of `updateAssetRelationship`. @public */
export interface UpdateAssetRelationshipOptions extends AssetRelationshipGUIDOptions, AssetManagerMergeUpdateOption {
  /** The new properties (Egeria keeps those of a `DataContentForDataSetProperties`). */
  readonly properties?: RelationshipProperties | DataContentForDataSetProperties;
}

/** Options of `getRelatedAssetsAtEnd2`. @public */
export interface RelatedAssetsAtEnd2Options extends AssetManagerPagingOptions {
  /** The relationship type. */
  readonly relationshipTypeName: string;
  /** The asset at end one. */
  readonly fromAssetGUID: string;
}

/** Options of `getRelatedAssetsAtEnd1`. @public */
export interface RelatedAssetsAtEnd1Options extends AssetManagerPagingOptions {
  /** The relationship type. */
  readonly relationshipTypeName: string;
  /** The asset at end two. */
  readonly toAssetGUID: string;
}

// ----- processes ---------------------------------------------------------------------------------------

/** Options of `createProcess`. @public */
export interface CreateProcessOptions extends AssetManagerIsHomeOption, ExternalIdentifierOption {
  /** The process's status (Egeria's default: ACTIVE on the server). */
  readonly processStatus?: ProcessStatus;
  /** The process's properties; `qualifiedName` is required, `typeName` picks a subtype of Process. */
  readonly processProperties: ProcessProperties;
}

/** Options of `updateProcess`. @public */
export interface UpdateProcessOptions extends AssetManagerMergeUpdateOption, ExternalIdentifierNameOption {
  /** The process to update. */
  readonly processGUID: string;
  /** The new properties. */
  readonly processProperties: ProcessProperties;
}

/** Names one process. @public */
export interface ProcessGUIDOptions extends ExternalIdentifierNameOption {
  /** The process's GUID. */
  readonly processGUID: string;
}

/** Options of `updateProcessStatus`. @public */
export interface UpdateProcessStatusOptions extends ProcessGUIDOptions {
  /** The new status. */
  readonly processStatus: ProcessStatus;
}

/** Options of `setupProcessParent` and `clearProcessParent`. @public */
export interface ProcessParentOptions extends AssetManagerIsHomeOption, EffectiveTimeOption {
  /** The parent process. */
  readonly parentProcessGUID: string;
  /** The child process. */
  readonly childProcessGUID: string;
  /** The containment type of the link, for a set-up. */
  readonly properties?: ProcessContainmentProperties;
}

/** Options of the list calls below one process. @public */
export interface ProcessPagingOptions extends AssetManagerPagingOptions {
  /** The process. */
  readonly processGUID: string;
}

// ----- ports -------------------------------------------------------------------------------------------

/** Options of `createPort`. @public */
export interface CreatePortOptions extends AssetManagerIsHomeOption, ExternalIdentifierOption {
  /** The process the port belongs to. */
  readonly processGUID: string;
  /** The port's properties; `qualifiedName` is required, `typeName` may be `PortImplementation` or `PortAlias`. */
  readonly portProperties: PortProperties;
}

/** Options of `updatePort`. @public */
export interface UpdatePortOptions extends ExternalIdentifierNameOption {
  /** The port to update. */
  readonly portGUID: string;
  /** The new properties (the update replaces them). */
  readonly portProperties: PortProperties;
}

/** Names one port. @public */
export interface PortGUIDOptions extends ExternalIdentifierNameOption {
  /** The port's GUID. */
  readonly portGUID: string;
}

/** Options of `setupProcessPort` and `clearProcessPort`. @public */
export interface ProcessPortOptions extends AssetManagerIsHomeOption, EffectiveTimeOption {
  /** The process. */
  readonly processGUID: string;
  /** The port. */
  readonly portGUID: string;
}

/** Options of `setupPortDelegation` and `clearPortDelegation`. @public */
export interface PortDelegationOptions extends AssetManagerIsHomeOption, EffectiveTimeOption {
  /** The delegating port. */
  readonly portOneGUID: string;
  /** The port delegated to. */
  readonly portTwoGUID: string;
}

/** Options of `setupPortSchemaType` and `clearPortSchemaType`. @public */
export interface PortSchemaTypeOptions extends AssetManagerIsHomeOption, EffectiveTimeOption {
  /** The port. */
  readonly portGUID: string;
  /** The schema type that describes the port's data. */
  readonly schemaTypeGUID: string;
}

/** Options of the list calls below one port. @public */
export interface PortPagingOptions extends AssetManagerPagingOptions {
  /** The port. */
  readonly portGUID: string;
}

/** Names an element for `setBusinessSignificant` / `clearBusinessSignificant`. @public */
export interface ElementGUIDOptions extends ExternalIdentifierNameOption {
  /** The element's GUID. */
  readonly elementGUID: string;
}

// ----- lineage relationships ---------------------------------------------------------------------------

/** Options of `setupDataFlow`. @public */
export interface SetupDataFlowOptions extends AssetManagerIsHomeOption, EffectiveTimeOption {
  /** The element the data comes from. */
  readonly dataSupplierGUID: string;
  /** The element the data goes to. */
  readonly dataConsumerGUID: string;
  /** The flow's properties. */
  readonly properties?: DataFlowProperties;
}

/** Options of `getDataFlow`. @public */
export interface GetDataFlowOptions extends EffectiveTimeOption {
  /** The supplier. */
  readonly dataSupplierGUID: string;
  /** The consumer. */
  readonly dataConsumerGUID: string;
  /** The qualified name of the flow, when there are several between the two. */
  readonly qualifiedName?: string;
}

/** Options of `updateDataFlow`. @public */
export interface UpdateDataFlowOptions extends EffectiveTimeOption {
  /** The flow's relationship GUID. */
  readonly dataFlowGUID: string;
  /** The new properties. */
  readonly properties?: DataFlowProperties;
}

/** Names one data flow. @public */
export interface DataFlowGUIDOptions extends EffectiveTimeOption {
  /** The flow's relationship GUID. */
  readonly dataFlowGUID: string;
}

/** Options of `getDataFlowConsumers`. @public */
export interface DataSupplierPagingOptions extends AssetManagerPagingOptions {
  /** The supplier. */
  readonly dataSupplierGUID: string;
}

/** Options of `getDataFlowSuppliers`. @public */
export interface DataConsumerPagingOptions extends AssetManagerPagingOptions {
  /** The consumer. */
  readonly dataConsumerGUID: string;
}

/** Options of `setupControlFlow`. @public */
export interface SetupControlFlowOptions extends AssetManagerIsHomeOption, EffectiveTimeOption {
  /** The current step. */
  readonly currentStepGUID: string;
  /** The next step. */
  readonly nextStepGUID: string;
  /** The flow's properties. */
  readonly properties?: ControlFlowProperties;
}

/** Options of `getControlFlow`. @public */
export interface GetControlFlowOptions extends EffectiveTimeOption {
  /** The current step. */
  readonly currentStepGUID: string;
  /** The next step. */
  readonly nextStepGUID: string;
  /** The qualified name of the flow, when there are several between the two. */
  readonly qualifiedName?: string;
}

/** Options of `updateControlFlow`. @public */
export interface UpdateControlFlowOptions extends EffectiveTimeOption {
  /** The flow's relationship GUID. */
  readonly controlFlowGUID: string;
  /** The new properties. */
  readonly properties?: ControlFlowProperties;
}

/** Names one control flow. @public */
export interface ControlFlowGUIDOptions extends EffectiveTimeOption {
  /** The flow's relationship GUID. */
  readonly controlFlowGUID: string;
}

/** Options of `getControlFlowNextSteps` and `getControlFlowPreviousSteps`. @public */
export interface CurrentStepPagingOptions extends AssetManagerPagingOptions {
  /** The current step. */
  readonly currentStepGUID: string;
}

/** Options of `setupProcessCall`. @public */
export interface SetupProcessCallOptions extends AssetManagerIsHomeOption, EffectiveTimeOption {
  /** The caller. */
  readonly callerGUID: string;
  /** The element called. */
  readonly calledGUID: string;
  /** The call's properties. */
  readonly properties?: ProcessCallProperties;
}

/** Options of `getProcessCall`. @public */
export interface GetProcessCallOptions extends EffectiveTimeOption {
  /** The caller. */
  readonly callerGUID: string;
  /** The element called. */
  readonly calledGUID: string;
  /** The qualified name of the call, when there are several between the two. */
  readonly qualifiedName?: string;
}

/** Options of `updateProcessCall`. @public */
export interface UpdateProcessCallOptions extends EffectiveTimeOption {
  /** The call's relationship GUID. */
  readonly processCallGUID: string;
  /** The new properties. */
  readonly properties?: ProcessCallProperties;
}

/** Names one process call. @public */
export interface ProcessCallGUIDOptions extends EffectiveTimeOption {
  /** The call's relationship GUID. */
  readonly processCallGUID: string;
}

/** Options of `getProcessCalled`. @public */
export interface CallerPagingOptions extends AssetManagerPagingOptions {
  /** The caller. */
  readonly callerGUID: string;
}

/** Options of `getProcessCallers`. @public */
export interface CalledPagingOptions extends AssetManagerPagingOptions {
  /** The element called. */
  readonly calledGUID: string;
}

/** Options of `setupLineageMapping`. @public */
export interface SetupLineageMappingOptions extends EffectiveTimeOption {
  /** The source element. */
  readonly sourceElementGUID: string;
  /** The destination element. */
  readonly destinationElementGUID: string;
  /** The mapping's properties. */
  readonly properties?: LineageMappingProperties;
}

/** Options of `getLineageMapping`. @public */
export interface GetLineageMappingOptions extends EffectiveTimeOption {
  /** The source element. */
  readonly sourceElementGUID: string;
  /** The destination element. */
  readonly destinationElementGUID: string;
  /** The qualified name of the mapping, when there are several between the two. */
  readonly qualifiedName?: string;
}

/** Options of `updateLineageMapping`. @public */
export interface UpdateLineageMappingOptions extends EffectiveTimeOption {
  /** The mapping's relationship GUID. */
  readonly lineageMappingGUID: string;
  /** The new properties. */
  readonly properties?: LineageMappingProperties;
}

/** Names one lineage mapping. @public */
export interface LineageMappingGUIDOptions extends EffectiveTimeOption {
  /** The mapping's relationship GUID. */
  readonly lineageMappingGUID: string;
}

/** Options of `getDestinationLineageMappings`. @public */
export interface SourceElementPagingOptions extends AssetManagerPagingOptions {
  /** The source element. */
  readonly sourceElementGUID: string;
}

/** Options of `getSourceLineageMappings`. @public */
export interface DestinationElementPagingOptions extends AssetManagerPagingOptions {
  /** The destination element. */
  readonly destinationElementGUID: string;
}
