/**
 * The Lineage Integrator (OMIS) for egeria-ts: connector base class and context, paired with the Asset Manager OMAS.
 * @packageDocumentation
 */

/** The version of this package. */
export const VERSION = '0.1.0';

export { LineageIntegratorConnector } from './lineage-integrator-connector';
export { LineageIntegratorContext } from './lineage-integrator-context';
export type {
  GovernanceActionProcessGUIDOptions,
  GovernanceActionProcessStepGUIDOptions,
  GovernancePagingOptions,
  NextProcessStepsOptions,
  EngineActionGUIDOptions,
} from './governance-action-processes';
export type { AssetManagerEventListener } from './lineage-integrator-context';
export {
  lineageIntegratorService,
  createLineageIntegratorService,
  LINEAGE_METADATA_SOURCE,
} from './lineage-integrator-service';
export type { LineageIntegratorService } from './lineage-integrator-service';
export { LINEAGE_INTEGRATOR_AUDIT_CODE, LINEAGE_INTEGRATOR_ERROR_CODE } from './lineage-integrator-messages';
export { OpenLineageListenerManager } from './open-lineage-listener-manager';
export type {
  OpenLineageRegistrant,
  PublishOpenLineageOptions,
  OpenLineagePublishResult,
} from './open-lineage-listener-manager';
export { parseOpenLineageRunEvent, isOpenLineageEventListener, OpenLineageFormatError } from './open-lineage-events';
export type {
  OpenLineageFacet,
  OpenLineageParentRunFacet,
  OpenLineageNominalTimeRunFacet,
  OpenLineageRunFacets,
  OpenLineageRun,
  OpenLineageJobFacets,
  OpenLineageJob,
  OpenLineageDataSetFacets,
  OpenLineageDataSet,
  OpenLineageInputDataSet,
  OpenLineageOutputDataSet,
  OpenLineageRunEvent,
  OpenLineageEventHandler,
  OpenLineageEventListener,
} from './open-lineage-events';

// The data asset, lineage and schema option shapes are shared with the catalog integrator (in omas-client).
export {
  LINEAGE_ELEMENT_TYPE_NAMES,
  LINEAGE_CLASSIFICATION_NAMES,
  SCHEMA_ELEMENT_TYPE_NAMES,
} from '@egeria-ts/omas-client';
export type {
  AssetManagerOutTopicEvent,
  EffectiveTimeOption,
  AssetManagerPagingOptions,
  AssetManagerSearchOptions,
  AssetManagerNameOptions,
  AssetManagerIsHomeOption,
  ExternalIdentifierOption,
  ExternalIdentifierNameOption,
  AssetManagerMergeUpdateOption,
  AssetManagerTemplateOptions,
  CreateDataAssetOptions,
  UpdateDataAssetOptions,
  DataAssetGUIDOptions,
  SetupRelatedDataAssetOptions,
  AssetRelationshipEndsOptions,
  AssetRelationshipGUIDOptions,
  UpdateAssetRelationshipOptions,
  RelatedAssetsAtEnd2Options,
  RelatedAssetsAtEnd1Options,
  CreateProcessOptions,
  UpdateProcessOptions,
  ProcessGUIDOptions,
  UpdateProcessStatusOptions,
  ProcessParentOptions,
  ProcessPagingOptions,
  CreatePortOptions,
  UpdatePortOptions,
  PortGUIDOptions,
  ProcessPortOptions,
  PortDelegationOptions,
  PortSchemaTypeOptions,
  PortPagingOptions,
  ElementGUIDOptions,
  SetupDataFlowOptions,
  GetDataFlowOptions,
  UpdateDataFlowOptions,
  DataFlowGUIDOptions,
  DataSupplierPagingOptions,
  DataConsumerPagingOptions,
  SetupControlFlowOptions,
  GetControlFlowOptions,
  UpdateControlFlowOptions,
  ControlFlowGUIDOptions,
  CurrentStepPagingOptions,
  SetupProcessCallOptions,
  GetProcessCallOptions,
  UpdateProcessCallOptions,
  ProcessCallGUIDOptions,
  CallerPagingOptions,
  CalledPagingOptions,
  SetupLineageMappingOptions,
  GetLineageMappingOptions,
  UpdateLineageMappingOptions,
  LineageMappingGUIDOptions,
  SourceElementPagingOptions,
  DestinationElementPagingOptions,
  CreateSchemaTypeOptions,
  CreateAnchoredSchemaTypeOptions,
  UpdateSchemaTypeOptions,
  SchemaTypeGUIDOptions,
  SchemaTypeParentOptions,
  SchemaTypeForElementOptions,
  SchemaElementRelationshipOptions,
  AssetManagerCreateSchemaAttributeOptions,
  AssetManagerCreateSchemaAttributeFromTemplateOptions,
  AssetManagerUpdateSchemaAttributeOptions,
  SchemaAttributeGUIDOptions,
  SchemaElementGUIDOptions,
  CalculatedValueOptions,
  PrimaryKeyOptions,
  ForeignKeyOptions,
  AssetManagerNestedAttributesOptions,
} from '@egeria-ts/omas-client';
