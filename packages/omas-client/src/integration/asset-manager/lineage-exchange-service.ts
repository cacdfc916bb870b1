import { LineageExchangeClient } from '../../services/asset-manager/lineage-exchange-client';
import { ASSET_MANAGER_LINEAGE_SERVICE } from '../../services/asset-manager/lineage-exchange-operations';
import type { PortElement, ProcessElement } from '../../services/asset-manager/asset-manager-beans';
import type {
  ControlFlowElement,
  DataFlowElement,
  LineageMappingElement,
  ProcessCallElement,
} from '../../services/common/beans/elements';
import {
  AssetManagerExchangeServiceBase,
  typeNameOf,
  type AssetManagerExchangeContext,
} from './asset-manager-exchange-base';
import type {
  AssetManagerNameOptions,
  AssetManagerPagingOptions,
  AssetManagerSearchOptions,
  AssetManagerTemplateOptions,
  CalledPagingOptions,
  CallerPagingOptions,
  ControlFlowGUIDOptions,
  CreatePortOptions,
  CreateProcessOptions,
  CurrentStepPagingOptions,
  DataConsumerPagingOptions,
  DataFlowGUIDOptions,
  DataSupplierPagingOptions,
  DestinationElementPagingOptions,
  ElementGUIDOptions,
  GetControlFlowOptions,
  GetDataFlowOptions,
  GetLineageMappingOptions,
  GetProcessCallOptions,
  LineageMappingGUIDOptions,
  PortDelegationOptions,
  PortGUIDOptions,
  PortPagingOptions,
  PortSchemaTypeOptions,
  ProcessCallGUIDOptions,
  ProcessGUIDOptions,
  ProcessPagingOptions,
  ProcessParentOptions,
  ProcessPortOptions,
  SetupControlFlowOptions,
  SetupDataFlowOptions,
  SetupLineageMappingOptions,
  SetupProcessCallOptions,
  SourceElementPagingOptions,
  UpdateControlFlowOptions,
  UpdateDataFlowOptions,
  UpdateLineageMappingOptions,
  UpdatePortOptions,
  UpdateProcessCallOptions,
  UpdateProcessOptions,
  UpdateProcessStatusOptions,
} from './asset-manager-exchange-options';

/** The open metadata type names the lineage exchange counts its changes under. @public */
export const LINEAGE_ELEMENT_TYPE_NAMES = Object.freeze({
  /** A process created without a `typeName` (Egeria 5.2's default type for processes). */
  process: 'DeployedSoftwareComponent',
  /** A port. */
  port: 'Port',
  /** Data flow relationship. */
  dataFlow: 'DataFlow',
  /** Control flow relationship. */
  controlFlow: 'ControlFlow',
  /** Process call relationship. */
  processCall: 'ProcessCall',
  /** Lineage mapping relationship. */
  lineageMapping: 'LineageMapping',
  /** An element whose classifications change (business significance). */
  referenceable: 'Referenceable',
});

const T = LINEAGE_ELEMENT_TYPE_NAMES;

/** A name lookup body of the relationship reads: Egeria's client sends the qualified name as `name`. */
function nameBody(qualifiedName: string | undefined): { name?: string; nameParameterName?: string } {
  return qualifiedName === undefined ? {} : { name: qualifiedName, nameParameterName: 'qualifiedName' };
}

/**
 * Processes, ports and lineage relationships through the Asset Manager OMAS (Egeria 5.2's
 * `LineageExchangeService` of the catalog integrator and the lineage methods of the lineage
 * integrator): processes and their hierarchy, ports and their delegation and schema, data flows,
 * control flows, process calls and lineage mappings. Every write carries the asset manager as its
 * source, goes through the owning context's permitted synchronization guard and is counted in its
 * activity report.
 * @public
 */
export class LineageExchangeService extends AssetManagerExchangeServiceBase {
  readonly #client: LineageExchangeClient;

  /**
   * @param context - the integration context that owns the service
   * @param forLineage - the initial `forLineage` flag
   */
  constructor(context: AssetManagerExchangeContext, forLineage = false) {
    super(context, forLineage);
    this.#client = new LineageExchangeClient(context.partnerInvoker(ASSET_MANAGER_LINEAGE_SERVICE));
  }

  // ---------------------------------------------------------------- processes

  /** Creates a process. @returns its GUID */
  async createProcess(options: CreateProcessOptions): Promise<string> {
    const o = this.context.requireOptions('createProcess', options);
    return this.context.write(
      'createProcess',
      (signal) =>
        this.#client.createProcess({
          signal,
          assetManagerIsHome: o.assetManagerIsHome ?? true,
          metadataCorrelationProperties: this.correlation(o.externalIdentifierProperties),
          processStatus: o.processStatus,
          elementProperties: o.processProperties,
        }),
      this.created(typeNameOf(o.processProperties, T.process)),
    );
  }

  /** Creates a process by copying a template. @returns its GUID */
  async createProcessFromTemplate(options: AssetManagerTemplateOptions): Promise<string> {
    const o = this.context.requireOptions('createProcessFromTemplate', options);
    return this.context.write(
      'createProcessFromTemplate',
      (signal) =>
        this.#client.createProcessFromTemplate({
          signal,
          templateGUID: o.templateGUID,
          assetManagerIsHome: o.assetManagerIsHome ?? true,
          metadataCorrelationProperties: this.correlation(o.externalIdentifierProperties),
          elementProperties: o.templateProperties,
        }),
      this.created(T.process),
    );
  }

  /** Updates a process: replaces its properties, or merges them with `isMergeUpdate`. */
  async updateProcess(options: UpdateProcessOptions): Promise<void> {
    const o = this.context.requireOptions('updateProcess', options);
    await this.context.write(
      'updateProcess',
      (signal) =>
        this.#client.updateProcess({
          signal,
          ...this.flags(),
          processGUID: o.processGUID,
          isMergeUpdate: o.isMergeUpdate ?? false,
          ...this.updateBody(o),
          elementProperties: o.processProperties,
        }),
      this.updated(T.process, o.processGUID, o.processProperties),
    );
  }

  /** Changes the status of a process. */
  async updateProcessStatus(options: UpdateProcessStatusOptions): Promise<void> {
    const o = this.context.requireOptions('updateProcessStatus', options);
    await this.context.write(
      'updateProcessStatus',
      (signal) =>
        this.#client.updateProcessStatus({
          signal,
          ...this.flags(),
          processGUID: o.processGUID,
          ...this.updateBody(o),
          processStatus: o.processStatus,
        }),
      this.updated(T.process, o.processGUID),
    );
  }

  /** Makes one process a child of another (`ProcessHierarchy`). */
  async setupProcessParent(options: ProcessParentOptions): Promise<void> {
    const o = this.context.requireOptions('setupProcessParent', options);
    await this.context.write(
      'setupProcessParent',
      (signal) =>
        this.#client.setupProcessParent({
          signal,
          ...this.flags(),
          assetManagerIsHome: o.assetManagerIsHome ?? true,
          parentProcessGUID: o.parentProcessGUID,
          childProcessGUID: o.childProcessGUID,
          ...this.relationshipSource(o),
          properties: o.properties,
        }),
      this.updated(T.process, o.childProcessGUID),
    );
  }

  /** Removes the link between a parent and a child process. */
  async clearProcessParent(options: ProcessParentOptions): Promise<void> {
    const o = this.context.requireOptions('clearProcessParent', options);
    await this.context.write(
      'clearProcessParent',
      (signal) =>
        this.#client.clearProcessParent({
          signal,
          ...this.flags(),
          parentProcessGUID: o.parentProcessGUID,
          childProcessGUID: o.childProcessGUID,
          ...this.scope(o),
        }),
      this.updated(T.process, o.childProcessGUID),
    );
  }

  /** Makes a process visible to consumers. */
  async publishProcess(options: ProcessGUIDOptions): Promise<void> {
    const o = this.context.requireOptions('publishProcess', options);
    await this.context.write(
      'publishProcess',
      (signal) =>
        this.#client.publishProcess({ signal, ...this.flags(), processGUID: o.processGUID, ...this.scope(o) }),
      this.updated(T.process, o.processGUID),
    );
  }

  /** Hides a process from consumers. */
  async withdrawProcess(options: ProcessGUIDOptions): Promise<void> {
    const o = this.context.requireOptions('withdrawProcess', options);
    await this.context.write(
      'withdrawProcess',
      (signal) =>
        this.#client.withdrawProcess({ signal, ...this.flags(), processGUID: o.processGUID, ...this.scope(o) }),
      this.updated(T.process, o.processGUID),
    );
  }

  /** Removes a process and what is anchored to it (its ports). */
  async removeProcess(options: ProcessGUIDOptions): Promise<void> {
    const o = this.context.requireOptions('removeProcess', options);
    await this.context.write(
      'removeProcess',
      (signal) =>
        this.#client.removeProcess({ signal, ...this.flags(), processGUID: o.processGUID, ...this.updateBody(o) }),
      this.deleted(T.process, o.processGUID),
    );
  }

  /** Processes whose properties match a search string (one page). */
  async findProcesses(options: AssetManagerSearchOptions): Promise<ProcessElement[]> {
    return this.list('findProcesses', options, (request) =>
      this.#client.findProcesses({
        ...request,
        ...this.scope(options),
        searchString: options.searchString,
        searchStringParameterName: 'searchString',
      }),
    );
  }

  /** The processes owned by the asset manager (one page). */
  async getProcessesForAssetManager(options: AssetManagerPagingOptions = {}): Promise<ProcessElement[]> {
    return this.list('getProcessesForAssetManager', options, (request) =>
      this.#client.getProcessesForAssetManager({ ...request, ...this.scope(options) }),
    );
  }

  /** Processes with a name or qualified name (one page). */
  async getProcessesByName(options: AssetManagerNameOptions): Promise<ProcessElement[]> {
    return this.list('getProcessesByName', options, (request) =>
      this.#client.getProcessesByName({
        ...request,
        ...this.scope(options),
        name: options.name,
        nameParameterName: 'name',
      }),
    );
  }

  /** One process, or undefined. */
  async getProcessByGUID(options: ProcessGUIDOptions): Promise<ProcessElement | undefined> {
    return this.one('getProcessByGUID', options, (o, request) =>
      this.#client.getProcessByGUID({ ...request, processGUID: o.processGUID, ...this.scope(o) }),
    );
  }

  /** The parent of a process, or undefined. */
  async getProcessParent(options: ProcessGUIDOptions): Promise<ProcessElement | undefined> {
    return this.one('getProcessParent', options, (o, request) =>
      this.#client.getProcessParent({ ...request, processGUID: o.processGUID, ...this.scope(o) }),
    );
  }

  /** The children of a process (one page). */
  async getSubProcesses(options: ProcessPagingOptions): Promise<ProcessElement[]> {
    return this.list('getSubProcesses', options, (request) =>
      this.#client.getSubProcesses({ ...request, processGUID: options.processGUID, ...this.scope(options) }),
    );
  }

  // ---------------------------------------------------------------- ports

  /** Creates a port for a process. @returns its GUID */
  async createPort(options: CreatePortOptions): Promise<string> {
    const o = this.context.requireOptions('createPort', options);
    return this.context.write(
      'createPort',
      (signal) =>
        this.#client.createPort({
          signal,
          ...this.flags(),
          assetManagerIsHome: o.assetManagerIsHome ?? true,
          processGUID: o.processGUID,
          metadataCorrelationProperties: this.correlation(o.externalIdentifierProperties),
          elementProperties: o.portProperties,
        }),
      this.created(typeNameOf(o.portProperties, T.port)),
    );
  }

  /** Updates a port (its properties are replaced). */
  async updatePort(options: UpdatePortOptions): Promise<void> {
    const o = this.context.requireOptions('updatePort', options);
    await this.context.write(
      'updatePort',
      (signal) =>
        this.#client.updatePort({
          signal,
          ...this.flags(),
          portGUID: o.portGUID,
          ...this.updateBody(o),
          elementProperties: o.portProperties,
        }),
      this.updated(T.port, o.portGUID, o.portProperties),
    );
  }

  /** Links a port to a process (`ProcessPort`). */
  async setupProcessPort(options: ProcessPortOptions): Promise<void> {
    const o = this.context.requireOptions('setupProcessPort', options);
    await this.context.write(
      'setupProcessPort',
      (signal) =>
        this.#client.setupProcessPort({
          signal,
          ...this.flags(),
          assetManagerIsHome: o.assetManagerIsHome ?? true,
          processGUID: o.processGUID,
          portGUID: o.portGUID,
          ...this.relationshipSource(o),
        }),
      this.updated(T.port, o.portGUID),
    );
  }

  /** Removes the link between a port and a process. */
  async clearProcessPort(options: ProcessPortOptions): Promise<void> {
    const o = this.context.requireOptions('clearProcessPort', options);
    await this.context.write(
      'clearProcessPort',
      (signal) =>
        this.#client.clearProcessPort({
          signal,
          ...this.flags(),
          processGUID: o.processGUID,
          portGUID: o.portGUID,
          ...this.scope(o),
        }),
      this.updated(T.port, o.portGUID),
    );
  }

  /** Makes one port delegate to another (`PortDelegation`). */
  async setupPortDelegation(options: PortDelegationOptions): Promise<void> {
    const o = this.context.requireOptions('setupPortDelegation', options);
    await this.context.write(
      'setupPortDelegation',
      (signal) =>
        this.#client.setupPortDelegation({
          signal,
          ...this.flags(),
          assetManagerIsHome: o.assetManagerIsHome ?? true,
          portOneGUID: o.portOneGUID,
          portTwoGUID: o.portTwoGUID,
          ...this.relationshipSource(o),
        }),
      this.updated(T.port, o.portOneGUID),
    );
  }

  /** Removes a port delegation. */
  async clearPortDelegation(options: PortDelegationOptions): Promise<void> {
    const o = this.context.requireOptions('clearPortDelegation', options);
    await this.context.write(
      'clearPortDelegation',
      (signal) =>
        this.#client.clearPortDelegation({
          signal,
          ...this.flags(),
          portOneGUID: o.portOneGUID,
          portTwoGUID: o.portTwoGUID,
          ...this.scope(o),
        }),
      this.updated(T.port, o.portOneGUID),
    );
  }

  /** Links a port to the schema type of its data (`PortSchema`). */
  async setupPortSchemaType(options: PortSchemaTypeOptions): Promise<void> {
    const o = this.context.requireOptions('setupPortSchemaType', options);
    await this.context.write(
      'setupPortSchemaType',
      (signal) =>
        this.#client.setupPortSchemaType({
          signal,
          ...this.flags(),
          assetManagerIsHome: o.assetManagerIsHome ?? true,
          portGUID: o.portGUID,
          schemaTypeGUID: o.schemaTypeGUID,
          ...this.relationshipSource(o),
        }),
      this.updated(T.port, o.portGUID),
    );
  }

  /** Removes the link between a port and its schema type. */
  async clearPortSchemaType(options: PortSchemaTypeOptions): Promise<void> {
    const o = this.context.requireOptions('clearPortSchemaType', options);
    await this.context.write(
      'clearPortSchemaType',
      (signal) =>
        this.#client.clearPortSchemaType({
          signal,
          ...this.flags(),
          portGUID: o.portGUID,
          schemaTypeGUID: o.schemaTypeGUID,
          ...this.scope(o),
        }),
      this.updated(T.port, o.portGUID),
    );
  }

  /** Removes a port. */
  async removePort(options: PortGUIDOptions): Promise<void> {
    const o = this.context.requireOptions('removePort', options);
    await this.context.write(
      'removePort',
      (signal) => this.#client.removePort({ signal, ...this.flags(), portGUID: o.portGUID, ...this.updateBody(o) }),
      this.deleted(T.port, o.portGUID),
    );
  }

  /** Ports whose properties match a search string (one page). */
  async findPorts(options: AssetManagerSearchOptions): Promise<PortElement[]> {
    return this.list('findPorts', options, (request) =>
      this.#client.findPorts({
        ...request,
        ...this.scope(options),
        searchString: options.searchString,
        searchStringParameterName: 'searchString',
      }),
    );
  }

  /** The ports of a process (one page). */
  async getPortsForProcess(options: ProcessPagingOptions): Promise<PortElement[]> {
    return this.list('getPortsForProcess', options, (request) =>
      this.#client.getPortsForProcess({ ...request, processGUID: options.processGUID, ...this.scope(options) }),
    );
  }

  /** The ports that delegate to a port (one page). */
  async getPortUse(options: PortPagingOptions): Promise<PortElement[]> {
    return this.list('getPortUse', options, (request) =>
      this.#client.getPortUse({ ...request, portGUID: options.portGUID, ...this.scope(options) }),
    );
  }

  /** The port a port delegates to, or undefined. */
  async getPortDelegation(options: PortGUIDOptions): Promise<PortElement | undefined> {
    return this.one('getPortDelegation', options, (o, request) =>
      this.#client.getPortDelegation({ ...request, portGUID: o.portGUID, ...this.scope(o) }),
    );
  }

  /** Ports with a name or qualified name (one page). */
  async getPortsByName(options: AssetManagerNameOptions): Promise<PortElement[]> {
    return this.list('getPortsByName', options, (request) =>
      this.#client.getPortsByName({
        ...request,
        ...this.scope(options),
        name: options.name,
        nameParameterName: 'name',
      }),
    );
  }

  /** One port, or undefined. */
  async getPortByGUID(options: PortGUIDOptions): Promise<PortElement | undefined> {
    return this.one('getPortByGUID', options, (o, request) =>
      this.#client.getPortByGUID({ ...request, portGUID: o.portGUID, ...this.scope(o) }),
    );
  }

  // ---------------------------------------------------------------- business significance

  /** Classifies an element as business significant. */
  async setBusinessSignificant(options: ElementGUIDOptions): Promise<void> {
    const o = this.context.requireOptions('setBusinessSignificant', options);
    await this.context.write(
      'setBusinessSignificant',
      (signal) =>
        this.#client.setBusinessSignificant({
          signal,
          ...this.flags(),
          elementGUID: o.elementGUID,
          ...this.updateBody(o),
        }),
      this.updated(T.referenceable, o.elementGUID),
    );
  }

  /** Removes the business significant classification. */
  async clearBusinessSignificant(options: ElementGUIDOptions): Promise<void> {
    const o = this.context.requireOptions('clearBusinessSignificant', options);
    await this.context.write(
      'clearBusinessSignificant',
      (signal) =>
        this.#client.clearBusinessSignificant({
          signal,
          ...this.flags(),
          elementGUID: o.elementGUID,
          ...this.updateBody(o),
        }),
      this.updated(T.referenceable, o.elementGUID),
    );
  }

  // ---------------------------------------------------------------- data flows

  /** Records that data flows from a supplier to a consumer. @returns the flow's GUID */
  async setupDataFlow(options: SetupDataFlowOptions): Promise<string> {
    const o = this.context.requireOptions('setupDataFlow', options);
    return this.context.write(
      'setupDataFlow',
      (signal) =>
        this.#client.setupDataFlow({
          signal,
          ...this.flags(),
          assetManagerIsHome: o.assetManagerIsHome ?? true,
          dataSupplierGUID: o.dataSupplierGUID,
          dataConsumerGUID: o.dataConsumerGUID,
          ...this.relationshipSource(o),
          properties: o.properties,
        }),
      this.created(T.dataFlow),
    );
  }

  /** The data flow between a supplier and a consumer, or undefined. */
  async getDataFlow(options: GetDataFlowOptions): Promise<DataFlowElement | undefined> {
    return this.one('getDataFlow', options, (o, request) =>
      this.#client.getDataFlow({
        ...request,
        dataSupplierGUID: o.dataSupplierGUID,
        dataConsumerGUID: o.dataConsumerGUID,
        ...this.scope(o),
        ...nameBody(o.qualifiedName),
      }),
    );
  }

  /** Updates the properties of a data flow. */
  async updateDataFlow(options: UpdateDataFlowOptions): Promise<void> {
    const o = this.context.requireOptions('updateDataFlow', options);
    await this.context.write(
      'updateDataFlow',
      (signal) =>
        this.#client.updateDataFlow({
          signal,
          ...this.flags(),
          dataFlowGUID: o.dataFlowGUID,
          ...this.relationshipSource(o),
          properties: o.properties,
        }),
      this.updated(T.dataFlow, o.dataFlowGUID),
    );
  }

  /** Removes a data flow. */
  async clearDataFlow(options: DataFlowGUIDOptions): Promise<void> {
    const o = this.context.requireOptions('clearDataFlow', options);
    await this.context.write(
      'clearDataFlow',
      (signal) =>
        this.#client.clearDataFlow({ signal, ...this.flags(), dataFlowGUID: o.dataFlowGUID, ...this.scope(o) }),
      this.deleted(T.dataFlow, o.dataFlowGUID),
    );
  }

  /** The data flows from a supplier (one page). */
  async getDataFlowConsumers(options: DataSupplierPagingOptions): Promise<DataFlowElement[]> {
    return this.list('getDataFlowConsumers', options, (request) =>
      this.#client.getDataFlowConsumers({
        ...request,
        dataSupplierGUID: options.dataSupplierGUID,
        ...this.scope(options),
      }),
    );
  }

  /** The data flows into a consumer (one page). */
  async getDataFlowSuppliers(options: DataConsumerPagingOptions): Promise<DataFlowElement[]> {
    return this.list('getDataFlowSuppliers', options, (request) =>
      this.#client.getDataFlowSuppliers({
        ...request,
        dataConsumerGUID: options.dataConsumerGUID,
        ...this.scope(options),
      }),
    );
  }

  // ---------------------------------------------------------------- control flows

  /** Records that control passes from one step to the next. @returns the flow's GUID */
  async setupControlFlow(options: SetupControlFlowOptions): Promise<string> {
    const o = this.context.requireOptions('setupControlFlow', options);
    return this.context.write(
      'setupControlFlow',
      (signal) =>
        this.#client.setupControlFlow({
          signal,
          ...this.flags(),
          assetManagerIsHome: o.assetManagerIsHome ?? true,
          currentStepGUID: o.currentStepGUID,
          nextStepGUID: o.nextStepGUID,
          ...this.relationshipSource(o),
          properties: o.properties,
        }),
      this.created(T.controlFlow),
    );
  }

  /** The control flow between two steps, or undefined. */
  async getControlFlow(options: GetControlFlowOptions): Promise<ControlFlowElement | undefined> {
    return this.one('getControlFlow', options, (o, request) =>
      this.#client.getControlFlow({
        ...request,
        currentStepGUID: o.currentStepGUID,
        nextStepGUID: o.nextStepGUID,
        ...this.scope(o),
        ...nameBody(o.qualifiedName),
      }),
    );
  }

  /** Updates the properties of a control flow. */
  async updateControlFlow(options: UpdateControlFlowOptions): Promise<void> {
    const o = this.context.requireOptions('updateControlFlow', options);
    await this.context.write(
      'updateControlFlow',
      (signal) =>
        this.#client.updateControlFlow({
          signal,
          ...this.flags(),
          controlFlowGUID: o.controlFlowGUID,
          ...this.relationshipSource(o),
          properties: o.properties,
        }),
      this.updated(T.controlFlow, o.controlFlowGUID),
    );
  }

  /** Removes a control flow. */
  async clearControlFlow(options: ControlFlowGUIDOptions): Promise<void> {
    const o = this.context.requireOptions('clearControlFlow', options);
    await this.context.write(
      'clearControlFlow',
      (signal) =>
        this.#client.clearControlFlow({
          signal,
          ...this.flags(),
          controlFlowGUID: o.controlFlowGUID,
          ...this.scope(o),
        }),
      this.deleted(T.controlFlow, o.controlFlowGUID),
    );
  }

  /** The control flows to the next steps (one page). */
  async getControlFlowNextSteps(options: CurrentStepPagingOptions): Promise<ControlFlowElement[]> {
    return this.list('getControlFlowNextSteps', options, (request) =>
      this.#client.getControlFlowNextSteps({
        ...request,
        currentStepGUID: options.currentStepGUID,
        ...this.scope(options),
      }),
    );
  }

  /** The control flows from the previous steps (one page). */
  async getControlFlowPreviousSteps(options: CurrentStepPagingOptions): Promise<ControlFlowElement[]> {
    return this.list('getControlFlowPreviousSteps', options, (request) =>
      this.#client.getControlFlowPreviousSteps({
        ...request,
        currentStepGUID: options.currentStepGUID,
        ...this.scope(options),
      }),
    );
  }

  // ---------------------------------------------------------------- process calls

  /** Records that one element calls another. @returns the call's GUID */
  async setupProcessCall(options: SetupProcessCallOptions): Promise<string> {
    const o = this.context.requireOptions('setupProcessCall', options);
    return this.context.write(
      'setupProcessCall',
      (signal) =>
        this.#client.setupProcessCall({
          signal,
          ...this.flags(),
          assetManagerIsHome: o.assetManagerIsHome ?? true,
          callerGUID: o.callerGUID,
          calledGUID: o.calledGUID,
          ...this.relationshipSource(o),
          properties: o.properties,
        }),
      this.created(T.processCall),
    );
  }

  /** The process call between a caller and the element called, or undefined. */
  async getProcessCall(options: GetProcessCallOptions): Promise<ProcessCallElement | undefined> {
    return this.one('getProcessCall', options, (o, request) =>
      this.#client.getProcessCall({
        ...request,
        callerGUID: o.callerGUID,
        calledGUID: o.calledGUID,
        ...this.scope(o),
        ...nameBody(o.qualifiedName),
      }),
    );
  }

  /** Updates the properties of a process call. */
  async updateProcessCall(options: UpdateProcessCallOptions): Promise<void> {
    const o = this.context.requireOptions('updateProcessCall', options);
    await this.context.write(
      'updateProcessCall',
      (signal) =>
        this.#client.updateProcessCall({
          signal,
          ...this.flags(),
          processCallGUID: o.processCallGUID,
          ...this.relationshipSource(o),
          properties: o.properties,
        }),
      this.updated(T.processCall, o.processCallGUID),
    );
  }

  /** Removes a process call. */
  async clearProcessCall(options: ProcessCallGUIDOptions): Promise<void> {
    const o = this.context.requireOptions('clearProcessCall', options);
    await this.context.write(
      'clearProcessCall',
      (signal) =>
        this.#client.clearProcessCall({
          signal,
          ...this.flags(),
          processCallGUID: o.processCallGUID,
          ...this.scope(o),
        }),
      this.deleted(T.processCall, o.processCallGUID),
    );
  }

  /** The calls a caller makes (one page). */
  async getProcessCalled(options: CallerPagingOptions): Promise<ProcessCallElement[]> {
    return this.list('getProcessCalled', options, (request) =>
      this.#client.getProcessCalled({ ...request, callerGUID: options.callerGUID, ...this.scope(options) }),
    );
  }

  /** The calls made to an element (one page). */
  async getProcessCallers(options: CalledPagingOptions): Promise<ProcessCallElement[]> {
    return this.list('getProcessCallers', options, (request) =>
      this.#client.getProcessCallers({ ...request, calledGUID: options.calledGUID, ...this.scope(options) }),
    );
  }

  // ---------------------------------------------------------------- lineage mappings

  /** Records that a destination element's value derives from a source element. @returns the mapping's GUID */
  async setupLineageMapping(options: SetupLineageMappingOptions): Promise<string> {
    const o = this.context.requireOptions('setupLineageMapping', options);
    return this.context.write(
      'setupLineageMapping',
      (signal) =>
        this.#client.setupLineageMapping({
          signal,
          ...this.flags(),
          sourceElementGUID: o.sourceElementGUID,
          destinationElementGUID: o.destinationElementGUID,
          ...this.relationshipSource(o),
          properties: o.properties,
        }),
      this.created(T.lineageMapping),
    );
  }

  /** The lineage mapping between a source and a destination, or undefined. */
  async getLineageMapping(options: GetLineageMappingOptions): Promise<LineageMappingElement | undefined> {
    return this.one('getLineageMapping', options, (o, request) =>
      this.#client.getLineageMapping({
        ...request,
        sourceElementGUID: o.sourceElementGUID,
        destinationElementGUID: o.destinationElementGUID,
        ...this.scope(o),
        ...nameBody(o.qualifiedName),
      }),
    );
  }

  /** Updates the properties of a lineage mapping. */
  async updateLineageMapping(options: UpdateLineageMappingOptions): Promise<void> {
    const o = this.context.requireOptions('updateLineageMapping', options);
    await this.context.write(
      'updateLineageMapping',
      (signal) =>
        this.#client.updateLineageMapping({
          signal,
          ...this.flags(),
          lineageMappingGUID: o.lineageMappingGUID,
          ...this.relationshipSource(o),
          properties: o.properties,
        }),
      this.updated(T.lineageMapping, o.lineageMappingGUID),
    );
  }

  /** Removes a lineage mapping. */
  async clearLineageMapping(options: LineageMappingGUIDOptions): Promise<void> {
    const o = this.context.requireOptions('clearLineageMapping', options);
    await this.context.write(
      'clearLineageMapping',
      (signal) =>
        this.#client.clearLineageMapping({
          signal,
          ...this.flags(),
          lineageMappingGUID: o.lineageMappingGUID,
          ...this.scope(o),
        }),
      this.deleted(T.lineageMapping, o.lineageMappingGUID),
    );
  }

  /** The mappings from a source element (one page). */
  async getDestinationLineageMappings(options: SourceElementPagingOptions): Promise<LineageMappingElement[]> {
    return this.list('getDestinationLineageMappings', options, (request) =>
      this.#client.getDestinationLineageMappings({
        ...request,
        sourceElementGUID: options.sourceElementGUID,
        ...this.scope(options),
      }),
    );
  }

  /** The mappings into a destination element (one page). */
  async getSourceLineageMappings(options: DestinationElementPagingOptions): Promise<LineageMappingElement[]> {
    return this.list('getSourceLineageMappings', options, (request) =>
      this.#client.getSourceLineageMappings({
        ...request,
        destinationElementGUID: options.destinationElementGUID,
        ...this.scope(options),
      }),
    );
  }
}
