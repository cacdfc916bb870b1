/**
 * Asset Manager OMAS: processes, ports, data flows, control flows, process calls and lineage mappings (LineageExchangeResource).
 * Each row is checked against the Spring resource class of Egeria 5.2 (commit 19177ef7); the paths
 * are below the service root, and where Egeria's Java client and server disagree the row follows the server.
 */
import {
  CREATES,
  GUID_RESPONSE,
  LINEAGE_FLAGS,
  MERGE_UPDATE,
  OPTIONAL_BODY,
  VOID_RESPONSE,
  defineService,
  elementList,
  elements,
  isHome,
  paged,
  post,
  single,
  type OperationRow,
} from '../common/operation-rows';

/** The name of an operation of {@link ASSET_MANAGER_LINEAGE_SERVICE}. @public */
export type AssetManagerLineageOperationName =
  | 'createProcess'
  | 'createProcessFromTemplate'
  | 'updateProcess'
  | 'updateProcessStatus'
  | 'setupProcessParent'
  | 'clearProcessParent'
  | 'publishProcess'
  | 'withdrawProcess'
  | 'removeProcess'
  | 'findProcesses'
  | 'getProcessesForAssetManager'
  | 'getProcessesByName'
  | 'getProcessByGUID'
  | 'getProcessParent'
  | 'getSubProcesses'
  | 'createPort'
  | 'updatePort'
  | 'setupProcessPort'
  | 'clearProcessPort'
  | 'setupPortDelegation'
  | 'clearPortDelegation'
  | 'setupPortSchemaType'
  | 'clearPortSchemaType'
  | 'removePort'
  | 'findPorts'
  | 'getPortsForProcess'
  | 'getPortUse'
  | 'getPortDelegation'
  | 'getPortsByName'
  | 'getPortByGUID'
  | 'setBusinessSignificant'
  | 'clearBusinessSignificant'
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
  | 'updateLineageMapping'
  | 'clearLineageMapping'
  | 'getDestinationLineageMappings'
  | 'getSourceLineageMappings';

/** The operations, keyed by the name of the Java client method that sends them. */
const rows: Readonly<Record<AssetManagerLineageOperationName, OperationRow>> = {
  createProcess: post('/processes', 'ProcessRequestBody', GUID_RESPONSE, isHome('assetManagerIsHome'), CREATES),
  createProcessFromTemplate: post(
    '/processes/from-template/{templateGUID}',
    'TemplateRequestBody',
    GUID_RESPONSE,
    isHome('assetManagerIsHome'),
    CREATES,
  ),
  updateProcess: post('/processes/{processGUID}', 'ProcessRequestBody', VOID_RESPONSE, MERGE_UPDATE, LINEAGE_FLAGS),
  updateProcessStatus: post(
    '/processes/{processGUID}/status',
    'ProcessStatusRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
  ),
  setupProcessParent: post(
    '/processes/parent/{parentProcessGUID}/child/{childProcessGUID}',
    'RelationshipRequestBody',
    VOID_RESPONSE,
    isHome('assetManagerIsHome'),
    LINEAGE_FLAGS,
    CREATES,
  ),
  clearProcessParent: post(
    '/processes/parent/{parentProcessGUID}/child/{childProcessGUID}/remove',
    'EffectiveTimeQueryRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
  ),
  publishProcess: post(
    '/processes/{processGUID}/publish',
    'EffectiveTimeQueryRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
  ),
  withdrawProcess: post(
    '/processes/{processGUID}/withdraw',
    'EffectiveTimeQueryRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
  ),
  removeProcess: post('/processes/{processGUID}/remove', 'UpdateRequestBody', VOID_RESPONSE, LINEAGE_FLAGS),
  findProcesses: post(
    '/processes/by-search-string',
    'SearchStringRequestBody',
    elementList('ProcessElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
  ),
  getProcessesForAssetManager: post(
    '/processes/by-asset-manager',
    'EffectiveTimeQueryRequestBody',
    elementList('ProcessElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
  ),
  getProcessesByName: post(
    '/processes/by-name',
    'NameRequestBody',
    elementList('ProcessElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
  ),
  getProcessByGUID: post(
    '/processes/{processGUID}/retrieve',
    'EffectiveTimeQueryRequestBody',
    single('ProcessElementResponse'),
    LINEAGE_FLAGS,
  ),
  getProcessParent: post(
    '/processes/{processGUID}/parent/retrieve',
    'EffectiveTimeQueryRequestBody',
    single('ProcessElementResponse'),
    LINEAGE_FLAGS,
  ),
  getSubProcesses: post(
    '/processes/{processGUID}/children/retrieve',
    'EffectiveTimeQueryRequestBody',
    elementList('ProcessElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
  ),
  createPort: post(
    '/processes/{processGUID}/ports',
    'PortRequestBody',
    GUID_RESPONSE,
    isHome('assetManagerIsHome'),
    LINEAGE_FLAGS,
    CREATES,
  ),
  updatePort: post('/ports/{portGUID}/update', 'PortRequestBody', VOID_RESPONSE, LINEAGE_FLAGS),
  setupProcessPort: post(
    '/processes/{processGUID}/ports/{portGUID}',
    'RelationshipRequestBody',
    VOID_RESPONSE,
    isHome('assetManagerIsHome'),
    LINEAGE_FLAGS,
    CREATES,
  ),
  clearProcessPort: post(
    '/processes/{processGUID}/ports/{portGUID}/remove',
    'EffectiveTimeQueryRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
  ),
  setupPortDelegation: post(
    '/ports/{portOneGUID}/port-delegations/{portTwoGUID}',
    'RelationshipRequestBody',
    VOID_RESPONSE,
    isHome('assetManagerIsHome'),
    LINEAGE_FLAGS,
    CREATES,
  ),
  clearPortDelegation: post(
    '/ports/{portOneGUID}/port-delegations/{portTwoGUID}/remove',
    'EffectiveTimeQueryRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
  ),
  setupPortSchemaType: post(
    '/ports/{portGUID}/schema-type/{schemaTypeGUID}',
    'RelationshipRequestBody',
    VOID_RESPONSE,
    isHome('assetManagerIsHome'),
    LINEAGE_FLAGS,
    CREATES,
  ),
  clearPortSchemaType: post(
    '/ports/{portGUID}/schema-type/{schemaTypeGUID}/remove',
    'EffectiveTimeQueryRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
  ),
  removePort: post('/ports/{portGUID}/remove', 'UpdateRequestBody', VOID_RESPONSE, LINEAGE_FLAGS),
  findPorts: post(
    '/ports/by-search-string',
    'SearchStringRequestBody',
    elementList('PortElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
  ),
  getPortsForProcess: post(
    '/processes/{processGUID}/ports/retrieve',
    'EffectiveTimeQueryRequestBody',
    elementList('PortElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
  ),
  getPortUse: post(
    '/ports/{portGUID}/used-by/retrieve',
    'EffectiveTimeQueryRequestBody',
    elementList('PortElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
  ),
  getPortDelegation: post(
    '/ports/{portGUID}/port-delegations/retrieve',
    'EffectiveTimeQueryRequestBody',
    single('PortElementResponse'),
    LINEAGE_FLAGS,
  ),
  getPortsByName: post(
    '/ports/by-name',
    'NameRequestBody',
    elementList('PortElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
  ),
  getPortByGUID: post(
    '/ports/{portGUID}/retrieve',
    'EffectiveTimeQueryRequestBody',
    single('PortElementResponse'),
    LINEAGE_FLAGS,
  ),
  setBusinessSignificant: post(
    '/elements/{elementGUID}/is-business-significant',
    'UpdateRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  clearBusinessSignificant: post(
    '/elements/{elementGUID}/is-business-significant/remove',
    'UpdateRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  setupDataFlow: post(
    '/data-flows/suppliers/{dataSupplierGUID}/consumers/{dataConsumerGUID}',
    'RelationshipRequestBody',
    GUID_RESPONSE,
    isHome('assetManagerIsHome'),
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
    CREATES,
  ),
  getDataFlow: post(
    '/data-flows/suppliers/{dataSupplierGUID}/consumers/{dataConsumerGUID}/retrieve',
    'NameRequestBody',
    single('DataFlowElementResponse'),
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  updateDataFlow: post(
    '/data-flows/{dataFlowGUID}/update',
    'RelationshipRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  clearDataFlow: post(
    '/data-flows/{dataFlowGUID}/remove',
    'EffectiveTimeQueryRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  getDataFlowConsumers: post(
    '/data-flows/suppliers/{dataSupplierGUID}/consumers/retrieve',
    'EffectiveTimeQueryRequestBody',
    elements('DataFlowElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  getDataFlowSuppliers: post(
    '/data-flows/consumers/{dataConsumerGUID}/suppliers/retrieve',
    'EffectiveTimeQueryRequestBody',
    elements('DataFlowElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  setupControlFlow: post(
    '/control-flows/current-steps/{currentStepGUID}/next-steps/{nextStepGUID}',
    'RelationshipRequestBody',
    GUID_RESPONSE,
    isHome('assetManagerIsHome'),
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
    CREATES,
  ),
  getControlFlow: post(
    '/control-flows/current-steps/{currentStepGUID}/next-steps/{nextStepGUID}/retrieve',
    'NameRequestBody',
    single('ControlFlowElementResponse'),
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  updateControlFlow: post(
    '/control-flows/{controlFlowGUID}/update',
    'RelationshipRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  clearControlFlow: post(
    '/control-flows/{controlFlowGUID}/remove',
    'EffectiveTimeQueryRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  getControlFlowNextSteps: post(
    '/control-flows/current-steps/{currentStepGUID}/next-steps/retrieve',
    'EffectiveTimeQueryRequestBody',
    elements('ControlFlowElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  getControlFlowPreviousSteps: post(
    '/control-flows/current-steps/{currentStepGUID}/previous-steps/retrieve',
    'EffectiveTimeQueryRequestBody',
    elements('ControlFlowElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  setupProcessCall: post(
    '/process-calls/callers/{callerGUID}/called/{calledGUID}',
    'RelationshipRequestBody',
    GUID_RESPONSE,
    isHome('assetManagerIsHome'),
    LINEAGE_FLAGS,
    CREATES,
  ),
  getProcessCall: post(
    '/process-calls/callers/{callerGUID}/called/{calledGUID}/retrieve',
    'NameRequestBody',
    single('ProcessCallElementResponse'),
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  updateProcessCall: post(
    '/process-calls/{processCallGUID}/update',
    'RelationshipRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  clearProcessCall: post(
    '/process-calls/{processCallGUID}/remove',
    'EffectiveTimeQueryRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  getProcessCalled: post(
    '/process-calls/callers/{callerGUID}/called/retrieve',
    'EffectiveTimeQueryRequestBody',
    elements('ProcessCallElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  getProcessCallers: post(
    '/process-calls/called/{calledGUID}/callers/retrieve',
    'EffectiveTimeQueryRequestBody',
    elements('ProcessCallElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  setupLineageMapping: post(
    '/lineage-mappings/sources/{sourceElementGUID}/destinations/{destinationElementGUID}',
    'RelationshipRequestBody',
    GUID_RESPONSE,
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
    CREATES,
  ),
  getLineageMapping: post(
    '/lineage-mappings/sources/{sourceElementGUID}/destinations/{destinationElementGUID}/retrieve',
    'NameRequestBody',
    single('LineageMappingElementResponse'),
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  updateLineageMapping: post(
    '/lineage-mappings/{lineageMappingGUID}/update',
    'RelationshipRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  clearLineageMapping: post(
    '/lineage-mappings/{lineageMappingGUID}/remove',
    'EffectiveTimeQueryRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  getDestinationLineageMappings: post(
    '/lineage-mappings/sources/{sourceElementGUID}/destinations/retrieve',
    'EffectiveTimeQueryRequestBody',
    elements('LineageMappingElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  getSourceLineageMappings: post(
    '/lineage-mappings/destinations/{destinationElementGUID}/sources/retrieve',
    'EffectiveTimeQueryRequestBody',
    elements('LineageMappingElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
};

/** Asset Manager OMAS: processes, ports, data flows, control flows, process calls and lineage mappings (LineageExchangeResource): the operation table. @public */
export const ASSET_MANAGER_LINEAGE_SERVICE = defineService<AssetManagerLineageOperationName>(
  { kind: 'access-service', marker: 'asset-manager' },
  rows,
);
