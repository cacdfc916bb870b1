/**
 * IT Infrastructure OMAS: hosts, platforms, servers, processes and data assets through the generic asset calls (the asset's type name is a path value), their relationships and classifications, and data flows, control flows, process calls and lineage mappings (ITAssetResource).
 * Each row is checked against the Spring resource class of Egeria 5.2 (commit 19177ef7); the paths
 * are below the service root, and where Egeria's Java client and server disagree the row follows the server.
 */
import {
  CREATES,
  GUID_RESPONSE,
  MERGE_UPDATE,
  OPTIONAL_BODY,
  VOID_RESPONSE,
  defineService,
  elements,
  isHome,
  paged,
  post,
  required,
  single,
  type OperationRow,
} from '../common/operation-rows';

/** The name of an operation of {@link IT_INFRASTRUCTURE_ASSET_SERVICE}. @public */
export type ITInfrastructureAssetOperationName =
  | 'createAsset'
  | 'createAssetFromTemplate'
  | 'updateAsset'
  | 'updateAssetStatus'
  | 'setupRelatedAsset'
  | 'updateAssetRelationship'
  | 'clearRelatedAsset'
  | 'addClassification'
  | 'updateClassification'
  | 'clearClassification'
  | 'publishAsset'
  | 'withdrawAsset'
  | 'removeAsset'
  | 'findAssets'
  | 'getAssetsByName'
  | 'getAssetsByDeployedImplementationType'
  | 'getAssetsForInfrastructureManager'
  | 'getAssetByGUID'
  | 'getAssetRelationships'
  | 'getRelatedAssets'
  | 'setupDataFlow'
  | 'getDataFlow'
  | 'updateDataFlow'
  | 'clearDataFlow'
  | 'getDataFlowConsumers'
  | 'getDataFlowSuppliers'
  | 'setupControlFlow'
  | 'getControlFlow'
  | 'updateControlFlow'
  | 'clearControlFlow'
  | 'getControlFlowNextSteps'
  | 'getControlFlowPreviousSteps'
  | 'setupProcessCall'
  | 'getProcessCall'
  | 'updateProcessCall'
  | 'clearProcessCall'
  | 'getProcessCalled'
  | 'getProcessCallers'
  | 'setupLineageMapping'
  | 'getLineageMapping'
  | 'clearLineageMapping'
  | 'getDestinationLineageMappings'
  | 'getSourceLineageMappings';

/** The operations, keyed by the name of the Java client method that sends them. */
const rows: Readonly<Record<ITInfrastructureAssetOperationName, OperationRow>> = {
  createAsset: post('/assets', 'AssetRequestBody', GUID_RESPONSE, isHome('infrastructureManagerIsHome'), CREATES),
  createAssetFromTemplate: post(
    '/assets/from-template/{templateGUID}',
    'TemplateRequestBody',
    GUID_RESPONSE,
    isHome('infrastructureManagerIsHome'),
    CREATES,
  ),
  updateAsset: post('/assets/{assetGUID}', 'AssetRequestBody', VOID_RESPONSE, MERGE_UPDATE),
  updateAssetStatus: post('/assets/{assetTypeName}/{assetGUID}/status', 'ElementStatusRequestBody', VOID_RESPONSE),
  setupRelatedAsset: post(
    '/assets/{assetTypeName}/{assetGUID}/{relationshipTypeName}/{relatedAssetTypeName}/{relatedAssetGUID}',
    'AssetExtensionsRequestBody',
    VOID_RESPONSE,
    isHome('infrastructureManagerIsHome'),
    CREATES,
  ),
  updateAssetRelationship: post(
    '/assets/relationships/{relationshipTypeName}/{relationshipGUID}/update',
    'AssetExtensionsRequestBody',
    VOID_RESPONSE,
    MERGE_UPDATE,
  ),
  clearRelatedAsset: post(
    '/assets/{assetTypeName}/{assetGUID}/{relationshipTypeName}/{relatedAssetTypeName}/{relatedAssetGUID}/delete',
    'EffectiveTimeQueryRequestBody',
    VOID_RESPONSE,
  ),
  addClassification: post(
    '/assets/{assetTypeName}/{assetGUID}/classify/{classificationName}',
    'AssetExtensionsRequestBody',
    VOID_RESPONSE,
    isHome('infrastructureManagerIsHome'),
    CREATES,
  ),
  updateClassification: post(
    '/assets/{assetTypeName}/{assetGUID}/reclassify/{classificationName}',
    'AssetExtensionsRequestBody',
    VOID_RESPONSE,
    MERGE_UPDATE,
  ),
  clearClassification: post(
    '/assets/{assetTypeName}/{assetGUID}/declassify/{classificationName}',
    'EffectiveTimeQueryRequestBody',
    VOID_RESPONSE,
  ),
  publishAsset: post('/assets/{assetGUID}/publish', 'NullRequestBody', VOID_RESPONSE, OPTIONAL_BODY),
  withdrawAsset: post('/assets/{assetGUID}/withdraw', 'NullRequestBody', VOID_RESPONSE, OPTIONAL_BODY),
  removeAsset: post('/assets/{assetGUID}/delete', 'ExternalSourceRequestBody', VOID_RESPONSE),
  findAssets: post(
    '/assets/{assetTypeName}/by-search-string',
    'SearchStringRequestBody',
    elements('AssetElementsResponse'),
    paged(),
  ),
  getAssetsByName: post(
    '/assets/{assetTypeName}/by-name',
    'NameRequestBody',
    elements('AssetElementsResponse'),
    paged(),
  ),
  getAssetsByDeployedImplementationType: post(
    '/assets/{assetTypeName}/by-deployed-implementation-type',
    'NameRequestBody',
    elements('AssetElementsResponse'),
    paged(),
    OPTIONAL_BODY,
  ),
  getAssetsForInfrastructureManager: post(
    '/infrastructure-managers/{infrastructureManagerGUID}/{infrastructureManagerName}/assets/{assetTypeName}',
    'ResultsRequestBody',
    elements('AssetElementsResponse'),
    paged(),
  ),
  getAssetByGUID: post('/assets/{assetTypeName}/{assetGUID}', 'ResultsRequestBody', single('AssetElementResponse')),
  getAssetRelationships: post(
    '/assets/{assetTypeName}/{assetGUID}/{relationshipTypeName}/{relatedAssetTypeName}/relationships',
    'ResultsRequestBody',
    elements('AssetRelationshipsResponse'),
    paged(),
    required('startingEnd'),
  ),
  getRelatedAssets: post(
    '/assets/{assetTypeName}/{assetGUID}/{relationshipTypeName}/{relatedAssetTypeName}',
    'ResultsRequestBody',
    elements('RelatedAssetsResponse'),
    paged(),
    required('startingEnd'),
  ),
  setupDataFlow: post(
    '/data-flows/suppliers/{dataSupplierGUID}/consumers/{dataConsumerGUID}',
    'DataFlowRequestBody',
    GUID_RESPONSE,
    isHome('infrastructureManagerIsHome'),
    CREATES,
  ),
  getDataFlow: post(
    '/data-flows/suppliers/{dataSupplierGUID}/consumers/{dataConsumerGUID}/retrieve',
    'NameRequestBody',
    single('DataFlowElementResponse'),
  ),
  updateDataFlow: post('/data-flows/{dataFlowGUID}/update', 'DataFlowRequestBody', VOID_RESPONSE),
  clearDataFlow: post('/data-flows/{dataFlowGUID}/remove', 'EffectiveTimeQueryRequestBody', VOID_RESPONSE),
  getDataFlowConsumers: post(
    '/data-flows/suppliers/{dataSupplierGUID}/consumers/retrieve',
    'ResultsRequestBody',
    elements('DataFlowElementsResponse'),
    paged(),
  ),
  getDataFlowSuppliers: post(
    '/data-flows/consumers/{dataConsumerGUID}/suppliers/retrieve',
    'ResultsRequestBody',
    elements('DataFlowElementsResponse'),
    paged(),
  ),
  setupControlFlow: post(
    '/control-flows/current-steps/{currentStepGUID}/next-steps/{nextStepGUID}',
    'ControlFlowRequestBody',
    GUID_RESPONSE,
    isHome('infrastructureManagerIsHome'),
    CREATES,
  ),
  getControlFlow: post(
    '/control-flows/current-steps/{currentStepGUID}/next-steps/{nextStepGUID}/retrieve',
    'NameRequestBody',
    single('ControlFlowElementResponse'),
  ),
  updateControlFlow: post('/control-flows/{controlFlowGUID}/update', 'ControlFlowRequestBody', VOID_RESPONSE),
  clearControlFlow: post('/control-flows/{controlFlowGUID}/remove', 'EffectiveTimeQueryRequestBody', VOID_RESPONSE),
  getControlFlowNextSteps: post(
    '/control-flows/current-steps/{currentStepGUID}/next-steps/retrieve',
    'ResultsRequestBody',
    elements('ControlFlowElementsResponse'),
    paged(),
  ),
  getControlFlowPreviousSteps: post(
    '/control-flows/current-steps/{currentStepGUID}/previous-steps/retrieve',
    'ResultsRequestBody',
    elements('ControlFlowElementsResponse'),
    paged(),
  ),
  setupProcessCall: post(
    '/process-calls/callers/{callerGUID}/called/{calledGUID}',
    'ProcessCallRequestBody',
    GUID_RESPONSE,
    isHome('infrastructureManagerIsHome'),
    CREATES,
  ),
  getProcessCall: post(
    '/process-calls/callers/{callerGUID}/called/{calledGUID}/retrieve',
    'NameRequestBody',
    single('ProcessCallElementResponse'),
  ),
  updateProcessCall: post('/process-calls/{processCallGUID}/update', 'ProcessCallRequestBody', VOID_RESPONSE),
  clearProcessCall: post('/process-calls/{processCallGUID}/remove', 'EffectiveTimeQueryRequestBody', VOID_RESPONSE),
  getProcessCalled: post(
    '/process-calls/callers/{callerGUID}/called/retrieve',
    'ResultsRequestBody',
    elements('ProcessCallElementsResponse'),
    paged(),
  ),
  getProcessCallers: post(
    '/process-calls/called/{calledGUID}/callers/retrieve',
    'ResultsRequestBody',
    elements('ProcessCallElementsResponse'),
    paged(),
  ),
  setupLineageMapping: post(
    '/lineage-mappings/sources/{sourceElementGUID}/destinations/{destinationElementGUID}',
    'LineageMappingRequestBody',
    VOID_RESPONSE,
    CREATES,
  ),
  getLineageMapping: post(
    '/lineage-mappings/sources/{sourceElementGUID}/destinations/{destinationElementGUID}/retrieve',
    'NameRequestBody',
    single('LineageMappingElementResponse'),
  ),
  clearLineageMapping: post(
    '/lineage-mappings/{lineageMappingGUID}/remove',
    'EffectiveTimeQueryRequestBody',
    VOID_RESPONSE,
  ),
  getDestinationLineageMappings: post(
    '/lineage-mappings/sources/{sourceElementGUID}/destinations/retrieve',
    'ResultsRequestBody',
    elements('LineageMappingElementsResponse'),
    paged(),
  ),
  getSourceLineageMappings: post(
    '/lineage-mappings/destinations/{destinationElementGUID}/sources/retrieve',
    'ResultsRequestBody',
    elements('LineageMappingElementsResponse'),
    paged(),
  ),
};

/** IT Infrastructure OMAS: hosts, platforms, servers, processes and data assets through the generic asset calls (the asset's type name is a path value), their relationships and classifications, and data flows, control flows, process calls and lineage mappings (ITAssetResource): the operation table. @public */
export const IT_INFRASTRUCTURE_ASSET_SERVICE = defineService<ITInfrastructureAssetOperationName>(
  { kind: 'access-service', marker: 'it-infrastructure' },
  rows,
);
