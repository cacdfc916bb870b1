import {
  IT_INFRASTRUCTURE_ASSET_SERVICE,
  ITAssetManagerClient,
  elementCreated,
  elementDeleted,
  elementUpdated,
  type AssetElement,
  type CalledPagingOptions,
  type CallerPagingOptions,
  type ContextGUIDOptions,
  type ControlFlowElement,
  type ControlFlowGUIDOptions,
  type CurrentStepPagingOptions,
  type DataConsumerPagingOptions,
  type DataFlowElement,
  type DataFlowGUIDOptions,
  type DataSupplierPagingOptions,
  type DestinationElementPagingOptions,
  type EgeriaDateInput,
  type GetControlFlowOptions,
  type GetDataFlowOptions,
  type GetLineageMappingOptions,
  type GetProcessCallOptions,
  type ITInfrastructureOutTopicEvent,
  type IntegrationContextDependencies,
  type LineageMappingElement,
  type LineageMappingGUIDOptions,
  type ProcessCallElement,
  type ProcessCallGUIDOptions,
  type SetupLineageMappingOptions,
  type SourceElementPagingOptions,
  type UpdateControlFlowOptions,
  type UpdateDataFlowOptions,
  type UpdateProcessCallOptions,
} from '@egeria-ts/omas-client';
import type {
  BusinessSignificantOptions,
  ClearBusinessSignificantOptions,
  ClearProcessParentOptions,
  ClearReferenceDataOptions,
  CreateDataAssetOptions,
  CreateProcessOptions,
  DataAssetGUIDOption,
  ProcessGUIDOption,
  ProcessParentQueryOptions,
  ReferenceDataOptions,
  SetupControlFlowOptions,
  SetupDataFlowOptions,
  SetupProcessCallOptions,
  SetupProcessParentOptions,
  SubProcessesOptions,
  UpdateDataAssetOptions,
  UpdateProcessOptions,
  UpdateProcessStatusOptions,
} from './infrastructure-integrator-lineage-options';
import type {
  InfrastructureNameOptions,
  InfrastructurePagingOptions,
  InfrastructureSearchOptions,
  ITAssetTemplateOptions,
} from './infrastructure-integrator-options';
import { InfrastructureProfileContext } from './infrastructure-profile-context';

/** The types the data asset, process and lineage operations count their changes under. */
const T = {
  dataAsset: 'DataAsset',
  process: 'Process',
  referenceable: 'Referenceable',
  dataFlow: 'DataFlow',
  controlFlow: 'ControlFlow',
  processCall: 'ProcessCall',
  processHierarchy: 'ProcessHierarchy',
} as const;

/** A one-end query of the lineage lists. */
interface ListOptions {
  readonly startFrom?: number;
  readonly pageSize?: number;
  readonly effectiveTime?: EgeriaDateInput;
}

/**
 * The data asset, process and lineage operations of the infrastructure integrator's context (Egeria
 * 5.2's `InfrastructureIntegratorContext`): data assets and processes through the IT Infrastructure
 * OMAS's generic asset calls (one implementation with hosts and servers), and data flows, control
 * flows, process calls and lineage mappings. Creates are owned by the infrastructure manager unless
 * `setInfrastructureManagerIsHome(false)`. Extended by `InfrastructureIntegratorContext`.
 */
export abstract class InfrastructureLineageContext extends InfrastructureProfileContext {
  readonly #client: ITAssetManagerClient;

  /**
   * Not `protected`, so that `withConnectionMethods` can extend the class (it is abstract: only
   * subclasses are built).
   * @param dependencies - built by the Infrastructure Integrator service
   */
  constructor(dependencies: IntegrationContextDependencies<ITInfrastructureOutTopicEvent>) {
    super(dependencies);
    this.#client = new ITAssetManagerClient(this.partnerInvoker(IT_INFRASTRUCTURE_ASSET_SERVICE));
  }

  // ---------------------------------------------------------------- data assets

  /** Creates a data asset (`typeName` `DataAsset` unless a subtype such as `DataSet` is named). @returns its GUID */
  async createDataAsset(options: CreateDataAssetOptions): Promise<string> {
    const o = this.withNamedProperties('createDataAsset', options, 'dataAssetProperties');
    return this.itAssets.create('createDataAsset', T.dataAsset, o.dataAssetProperties);
  }

  /** Creates a data asset by copying a template. @returns its GUID */
  async createDataAssetFromTemplate(options: ITAssetTemplateOptions): Promise<string> {
    const op = 'createDataAssetFromTemplate';
    return this.itAssets.createFromTemplate(op, T.dataAsset, this.withTemplate(op, options));
  }

  /** Updates a data asset: merges the properties given, or (the default) replaces them all. */
  async updateDataAsset(options: UpdateDataAssetOptions): Promise<void> {
    const op = 'updateDataAsset';
    const o = this.withNamedProperties(op, options, 'dataAssetProperties');
    const guid = this.nonBlank(op, 'assetGUID', o.assetGUID);
    await this.itAssets.update(op, T.dataAsset, guid, o.isMergeUpdate ?? false, o.dataAssetProperties);
  }

  /** Classifies a data asset as reference data. */
  async setDataAssetAsReferenceData(options: ReferenceDataOptions): Promise<void> {
    const op = 'setDataAssetAsReferenceData';
    const o = this.requireOptions(op, options);
    await this.itAssets.classify(op, T.dataAsset, this.nonBlank(op, 'assetGUID', o.assetGUID), 'ReferenceData', {
      effectiveFrom: o.effectiveFrom,
      effectiveTo: o.effectiveTo,
    });
  }

  /** Removes the reference data classification from a data asset. */
  async clearDataAssetAsReferenceData(options: ClearReferenceDataOptions): Promise<void> {
    const op = 'clearDataAssetAsReferenceData';
    const o = this.requireOptions(op, options);
    const guid = this.nonBlank(op, 'assetGUID', o.assetGUID);
    await this.itAssets.declassify(op, T.dataAsset, guid, 'ReferenceData', o.effectiveTime);
  }

  /** Makes a data asset visible to consumers. */
  async publishDataAsset(options: DataAssetGUIDOption): Promise<void> {
    await this.#visibility('publishDataAsset', T.dataAsset, options, 'assetGUID', true);
  }

  /** Hides a data asset from consumers. */
  async withdrawDataAsset(options: DataAssetGUIDOption): Promise<void> {
    await this.#visibility('withdrawDataAsset', T.dataAsset, options, 'assetGUID', false);
  }

  /** Removes a data asset. */
  async removeDataAsset(options: DataAssetGUIDOption): Promise<void> {
    const op = 'removeDataAsset';
    await this.itAssets.remove(
      op,
      T.dataAsset,
      this.nonBlank(op, 'assetGUID', this.requireOptions(op, options).assetGUID),
    );
  }

  /** Data assets whose properties match a search string (one page). */
  async findDataAssets(options: InfrastructureSearchOptions): Promise<AssetElement[]> {
    return this.itAssets.find('findDataAssets', T.dataAsset, options);
  }

  /** Data assets with a name (one page). */
  async getDataAssetsByName(options: InfrastructureNameOptions): Promise<AssetElement[]> {
    return this.itAssets.byName('getDataAssetsByName', T.dataAsset, options);
  }

  /** The data assets owned by this connector's infrastructure manager (one page); empty without one. */
  async getDataAssetsForInfrastructureManager(options: InfrastructurePagingOptions = {}): Promise<AssetElement[]> {
    return this.itAssets.forManager('getDataAssetsForInfrastructureManager', T.dataAsset, options);
  }

  /** A data asset by GUID. */
  async getDataAssetByGUID(options: ContextGUIDOptions): Promise<AssetElement | undefined> {
    const op = 'getDataAssetByGUID';
    return this.itAssets.byGUID(op, T.dataAsset, this.nonBlank(op, 'guid', this.requireOptions(op, options).guid));
  }

  // ---------------------------------------------------------------- processes

  /** Creates a process (`typeName` `Process` unless a subtype is named), with its first status. @returns its GUID */
  async createProcess(options: CreateProcessOptions): Promise<string> {
    const o = this.withNamedProperties('createProcess', options, 'processProperties');
    return this.itAssets.create('createProcess', T.process, o.processProperties, o.processStatus);
  }

  /** Creates a process by copying a template. @returns its GUID */
  async createProcessFromTemplate(options: ITAssetTemplateOptions): Promise<string> {
    const op = 'createProcessFromTemplate';
    return this.itAssets.createFromTemplate(op, T.process, this.withTemplate(op, options));
  }

  /** Updates a process: merges the properties given, or (the default) replaces them all. */
  async updateProcess(options: UpdateProcessOptions): Promise<void> {
    const op = 'updateProcess';
    const o = this.withNamedProperties(op, options, 'processProperties');
    const guid = this.nonBlank(op, 'processGUID', o.processGUID);
    await this.itAssets.update(op, T.process, guid, o.isMergeUpdate ?? false, o.processProperties);
  }

  /** Changes the status of a process (draft, proposed, approved, active). */
  async updateProcessStatus(options: UpdateProcessStatusOptions): Promise<void> {
    const op = 'updateProcessStatus';
    const o = this.requireOptions(op, options);
    const status = this.nonBlank(op, 'processStatus', o.processStatus) as UpdateProcessStatusOptions['processStatus'];
    await this.itAssets.setStatus(op, T.process, this.nonBlank(op, 'processGUID', o.processGUID), status);
  }

  /** Makes a process the child of another (`ProcessHierarchy`; both count as updated). */
  async setupProcessParent(options: SetupProcessParentOptions): Promise<void> {
    const op = 'setupProcessParent';
    const o = this.requireOptions(op, options);
    const ends = this.#hierarchyEnds(op, o);
    await this.itAssets.relate(
      op,
      ends,
      {
        effectiveFrom: o.effectiveFrom,
        effectiveTo: o.effectiveTo,
        properties: o.containmentType === undefined ? undefined : { containmentType: o.containmentType },
      },
      [
        [T.process, ends.assetGUID],
        [T.process, ends.relatedAssetGUID],
      ],
    );
  }

  /** Removes a process from its parent (both count as updated). */
  async clearProcessParent(options: ClearProcessParentOptions): Promise<void> {
    const op = 'clearProcessParent';
    const o = this.requireOptions(op, options);
    const ends = this.#hierarchyEnds(op, o);
    await this.itAssets.unrelate(op, ends, o.effectiveTime, [
      [T.process, ends.assetGUID],
      [T.process, ends.relatedAssetGUID],
    ]);
  }

  /** Makes a process visible to consumers. */
  async publishProcess(options: ProcessGUIDOption): Promise<void> {
    await this.#visibility('publishProcess', T.process, options, 'processGUID', true);
  }

  /** Hides a process from consumers. */
  async withdrawProcess(options: ProcessGUIDOption): Promise<void> {
    await this.#visibility('withdrawProcess', T.process, options, 'processGUID', false);
  }

  /** Removes a process. */
  async removeProcess(options: ProcessGUIDOption): Promise<void> {
    const op = 'removeProcess';
    await this.itAssets.remove(
      op,
      T.process,
      this.nonBlank(op, 'processGUID', this.requireOptions(op, options).processGUID),
    );
  }

  /** Processes whose properties match a search string (one page). */
  async findProcesses(options: InfrastructureSearchOptions): Promise<AssetElement[]> {
    return this.itAssets.find('findProcesses', T.process, options);
  }

  /** Processes with a name (one page). */
  async getProcessesByName(options: InfrastructureNameOptions): Promise<AssetElement[]> {
    return this.itAssets.byName('getProcessesByName', T.process, options);
  }

  /** The processes owned by this connector's infrastructure manager (one page); empty without one. */
  async getProcessesForInfrastructureManager(options: InfrastructurePagingOptions = {}): Promise<AssetElement[]> {
    return this.itAssets.forManager('getProcessesForInfrastructureManager', T.process, options);
  }

  /** A process by GUID. */
  async getProcessByGUID(options: ProcessGUIDOption): Promise<AssetElement | undefined> {
    const op = 'getProcessByGUID';
    return this.itAssets.byGUID(
      op,
      T.process,
      this.nonBlank(op, 'processGUID', this.requireOptions(op, options).processGUID),
    );
  }

  /** The parent of a process, or undefined. */
  async getProcessParent(options: ProcessParentQueryOptions): Promise<AssetElement | undefined> {
    const op = 'getProcessParent';
    const o = this.requireOptions(op, options);
    const parents = await this.itAssets.related(
      op,
      this.#hierarchyQuery(this.nonBlank(op, 'processGUID', o.processGUID), 2),
      { effectiveTime: o.effectiveTime, pageSize: 1 },
    );
    return parents[0]?.relatedAsset;
  }

  /** The children of a process (one page). */
  async getSubProcesses(options: SubProcessesOptions): Promise<AssetElement[]> {
    const op = 'getSubProcesses';
    const o = this.requireOptions(op, options);
    const children = await this.itAssets.related(
      op,
      this.#hierarchyQuery(this.nonBlank(op, 'processGUID', o.processGUID), 1),
      o,
    );
    return children.flatMap((r) => (r.relatedAsset === undefined ? [] : [r.relatedAsset]));
  }

  /** Classifies a process, port or other element as business significant (lineage shows it in business views). */
  async setBusinessSignificant(options: BusinessSignificantOptions): Promise<void> {
    const op = 'setBusinessSignificant';
    const o = this.requireOptions(op, options);
    await this.itAssets.classify(
      op,
      T.referenceable,
      this.nonBlank(op, 'elementGUID', o.elementGUID),
      'BusinessSignificant',
      {
        effectiveFrom: o.effectiveFrom,
        effectiveTo: o.effectiveTo,
      },
    );
  }

  /** Removes the business significant classification from an element. */
  async clearBusinessSignificant(options: ClearBusinessSignificantOptions): Promise<void> {
    const op = 'clearBusinessSignificant';
    const o = this.requireOptions(op, options);
    const guid = this.nonBlank(op, 'elementGUID', o.elementGUID);
    await this.itAssets.declassify(op, T.referenceable, guid, 'BusinessSignificant', o.effectiveTime);
  }

  // ---------------------------------------------------------------- data flows

  /** Records that data flows from a supplier to a consumer (both count as updated). @returns the flow's GUID */
  async setupDataFlow(options: SetupDataFlowOptions): Promise<string> {
    const op = 'setupDataFlow';
    const o = this.requireOptions(op, options);
    const [from, to] = this.#ends(
      op,
      ['dataSupplierGUID', o.dataSupplierGUID],
      ['dataConsumerGUID', o.dataConsumerGUID],
    );
    return this.#setup(op, T.dataFlow, [from, to], (signal) =>
      this.#client.setupDataFlow({
        ...this.itAssets.home(signal),
        dataSupplierGUID: from,
        dataConsumerGUID: to,
        properties: o.properties,
        effectiveTime: o.effectiveTime,
      }),
    );
  }

  /** The data flow between a supplier and a consumer (the one with `qualifiedName`, when given), or undefined. */
  async getDataFlow(options: GetDataFlowOptions): Promise<DataFlowElement | undefined> {
    const op = 'getDataFlow';
    const o = this.requireOptions(op, options);
    const [from, to] = this.#ends(
      op,
      ['dataSupplierGUID', o.dataSupplierGUID],
      ['dataConsumerGUID', o.dataConsumerGUID],
    );
    return this.read(op, (signal) =>
      this.#client.getDataFlow({ signal, dataSupplierGUID: from, dataConsumerGUID: to, ...nameBody(o) }),
    );
  }

  /** Replaces the properties of a data flow. */
  async updateDataFlow(options: UpdateDataFlowOptions): Promise<void> {
    const op = 'updateDataFlow';
    const o = this.requireOptions(op, options);
    const guid = this.nonBlank(op, 'dataFlowGUID', o.dataFlowGUID);
    await this.write(
      op,
      (signal) =>
        this.#client.updateDataFlow({
          ...this.source(signal),
          dataFlowGUID: guid,
          properties: o.properties,
          effectiveTime: o.effectiveTime,
        }),
      elementUpdated(T.dataFlow, guid),
    );
  }

  /** Removes a data flow. */
  async clearDataFlow(options: DataFlowGUIDOptions): Promise<void> {
    const op = 'clearDataFlow';
    const o = this.requireOptions(op, options);
    const guid = this.nonBlank(op, 'dataFlowGUID', o.dataFlowGUID);
    await this.write(
      op,
      (signal) =>
        this.#client.clearDataFlow({ ...this.source(signal), dataFlowGUID: guid, effectiveTime: o.effectiveTime }),
      elementDeleted(T.dataFlow, guid),
    );
  }

  /** The data flows from a supplier (one page). */
  async getDataFlowConsumers(options: DataSupplierPagingOptions): Promise<DataFlowElement[]> {
    return this.#list('getDataFlowConsumers', options, (request) =>
      this.#client.getDataFlowConsumers({ ...request, dataSupplierGUID: options.dataSupplierGUID }),
    );
  }

  /** The data flows into a consumer (one page). */
  async getDataFlowSuppliers(options: DataConsumerPagingOptions): Promise<DataFlowElement[]> {
    return this.#list('getDataFlowSuppliers', options, (request) =>
      this.#client.getDataFlowSuppliers({ ...request, dataConsumerGUID: options.dataConsumerGUID }),
    );
  }

  // ---------------------------------------------------------------- control flows

  /** Records that the next step starts when the current one ends (both count as updated). @returns the flow's GUID */
  async setupControlFlow(options: SetupControlFlowOptions): Promise<string> {
    const op = 'setupControlFlow';
    const o = this.requireOptions(op, options);
    const [from, to] = this.#ends(op, ['currentStepGUID', o.currentStepGUID], ['nextStepGUID', o.nextStepGUID]);
    return this.#setup(op, T.controlFlow, [from, to], (signal) =>
      this.#client.setupControlFlow({
        ...this.itAssets.home(signal),
        currentStepGUID: from,
        nextStepGUID: to,
        properties: o.properties,
        effectiveTime: o.effectiveTime,
      }),
    );
  }

  /** The control flow between two steps (the one with `qualifiedName`, when given), or undefined. */
  async getControlFlow(options: GetControlFlowOptions): Promise<ControlFlowElement | undefined> {
    const op = 'getControlFlow';
    const o = this.requireOptions(op, options);
    const [from, to] = this.#ends(op, ['currentStepGUID', o.currentStepGUID], ['nextStepGUID', o.nextStepGUID]);
    return this.read(op, (signal) =>
      this.#client.getControlFlow({ signal, currentStepGUID: from, nextStepGUID: to, ...nameBody(o) }),
    );
  }

  /** Replaces the properties of a control flow. */
  async updateControlFlow(options: UpdateControlFlowOptions): Promise<void> {
    const op = 'updateControlFlow';
    const o = this.requireOptions(op, options);
    const guid = this.nonBlank(op, 'controlFlowGUID', o.controlFlowGUID);
    await this.write(
      op,
      (signal) =>
        this.#client.updateControlFlow({
          ...this.source(signal),
          controlFlowGUID: guid,
          properties: o.properties,
          effectiveTime: o.effectiveTime,
        }),
      elementUpdated(T.controlFlow, guid),
    );
  }

  /** Removes a control flow. */
  async clearControlFlow(options: ControlFlowGUIDOptions): Promise<void> {
    const op = 'clearControlFlow';
    const o = this.requireOptions(op, options);
    const guid = this.nonBlank(op, 'controlFlowGUID', o.controlFlowGUID);
    await this.write(
      op,
      (signal) =>
        this.#client.clearControlFlow({
          ...this.source(signal),
          controlFlowGUID: guid,
          effectiveTime: o.effectiveTime,
        }),
      elementDeleted(T.controlFlow, guid),
    );
  }

  /** The control flows to the next steps of a step (one page). */
  async getControlFlowNextSteps(options: CurrentStepPagingOptions): Promise<ControlFlowElement[]> {
    return this.#list('getControlFlowNextSteps', options, (request) =>
      this.#client.getControlFlowNextSteps({ ...request, currentStepGUID: options.currentStepGUID }),
    );
  }

  /** The control flows from the previous steps of a step (one page). */
  async getControlFlowPreviousSteps(options: CurrentStepPagingOptions): Promise<ControlFlowElement[]> {
    return this.#list('getControlFlowPreviousSteps', options, (request) =>
      this.#client.getControlFlowPreviousSteps({ ...request, currentStepGUID: options.currentStepGUID }),
    );
  }

  // ---------------------------------------------------------------- process calls

  /** Records that one process calls another (both count as updated). @returns the call's GUID */
  async setupProcessCall(options: SetupProcessCallOptions): Promise<string> {
    const op = 'setupProcessCall';
    const o = this.requireOptions(op, options);
    const [from, to] = this.#ends(op, ['callerGUID', o.callerGUID], ['calledGUID', o.calledGUID]);
    return this.#setup(op, T.processCall, [from, to], (signal) =>
      this.#client.setupProcessCall({
        ...this.itAssets.home(signal),
        callerGUID: from,
        calledGUID: to,
        properties: o.properties,
        effectiveTime: o.effectiveTime,
      }),
    );
  }

  /** The process call between a caller and a called process (the one with `qualifiedName`, when given), or undefined. */
  async getProcessCall(options: GetProcessCallOptions): Promise<ProcessCallElement | undefined> {
    const op = 'getProcessCall';
    const o = this.requireOptions(op, options);
    const [from, to] = this.#ends(op, ['callerGUID', o.callerGUID], ['calledGUID', o.calledGUID]);
    return this.read(op, (signal) =>
      this.#client.getProcessCall({ signal, callerGUID: from, calledGUID: to, ...nameBody(o) }),
    );
  }

  /** Replaces the properties of a process call. */
  async updateProcessCall(options: UpdateProcessCallOptions): Promise<void> {
    const op = 'updateProcessCall';
    const o = this.requireOptions(op, options);
    const guid = this.nonBlank(op, 'processCallGUID', o.processCallGUID);
    await this.write(
      op,
      (signal) =>
        this.#client.updateProcessCall({
          ...this.source(signal),
          processCallGUID: guid,
          properties: o.properties,
          effectiveTime: o.effectiveTime,
        }),
      elementUpdated(T.processCall, guid),
    );
  }

  /** Removes a process call. */
  async clearProcessCall(options: ProcessCallGUIDOptions): Promise<void> {
    const op = 'clearProcessCall';
    const o = this.requireOptions(op, options);
    const guid = this.nonBlank(op, 'processCallGUID', o.processCallGUID);
    await this.write(
      op,
      (signal) =>
        this.#client.clearProcessCall({
          ...this.source(signal),
          processCallGUID: guid,
          effectiveTime: o.effectiveTime,
        }),
      elementDeleted(T.processCall, guid),
    );
  }

  /** The calls a process makes (one page). */
  async getProcessCalled(options: CallerPagingOptions): Promise<ProcessCallElement[]> {
    return this.#list('getProcessCalled', options, (request) =>
      this.#client.getProcessCalled({ ...request, callerGUID: options.callerGUID }),
    );
  }

  /** The calls made to a process (one page). */
  async getProcessCallers(options: CalledPagingOptions): Promise<ProcessCallElement[]> {
    return this.#list('getProcessCallers', options, (request) =>
      this.#client.getProcessCallers({ ...request, calledGUID: options.calledGUID }),
    );
  }

  // ---------------------------------------------------------------- lineage mappings

  /**
   * Records that one element maps to another in lineage. As in Egeria 5.2 the mapping belongs to no
   * metadata source and the OMAS returns no GUID; both elements count as updated.
   */
  async setupLineageMapping(options: SetupLineageMappingOptions): Promise<void> {
    const op = 'setupLineageMapping';
    const o = this.requireOptions(op, options);
    const [from, to] = this.#ends(
      op,
      ['sourceElementGUID', o.sourceElementGUID],
      ['destinationElementGUID', o.destinationElementGUID],
    );
    await this.write(
      op,
      (signal) =>
        this.#client.setupLineageMapping({
          signal,
          sourceElementGUID: from,
          destinationElementGUID: to,
          properties: o.properties,
          effectiveTime: o.effectiveTime,
        }),
      elementUpdated(T.referenceable, from),
    );
    this.reportElementUpdate(T.referenceable, to);
  }

  /** The lineage mapping between two elements (the one with `qualifiedName`, when given), or undefined. */
  async getLineageMapping(options: GetLineageMappingOptions): Promise<LineageMappingElement | undefined> {
    const op = 'getLineageMapping';
    const o = this.requireOptions(op, options);
    const [from, to] = this.#ends(
      op,
      ['sourceElementGUID', o.sourceElementGUID],
      ['destinationElementGUID', o.destinationElementGUID],
    );
    return this.read(op, (signal) =>
      this.#client.getLineageMapping({ signal, sourceElementGUID: from, destinationElementGUID: to, ...nameBody(o) }),
    );
  }

  /** Removes a lineage mapping (counted as a delete of the `LineageMapping`). */
  async clearLineageMapping(options: LineageMappingGUIDOptions): Promise<void> {
    const op = 'clearLineageMapping';
    const o = this.requireOptions(op, options);
    const guid = this.nonBlank(op, 'lineageMappingGUID', o.lineageMappingGUID);
    await this.write(
      op,
      (signal) =>
        this.#client.clearLineageMapping({
          ...this.source(signal),
          lineageMappingGUID: guid,
          effectiveTime: o.effectiveTime,
        }),
      elementDeleted('LineageMapping', guid),
    );
  }

  /** The mappings from a source element (one page). */
  async getDestinationLineageMappings(options: SourceElementPagingOptions): Promise<LineageMappingElement[]> {
    return this.#list('getDestinationLineageMappings', options, (request) =>
      this.#client.getDestinationLineageMappings({ ...request, sourceElementGUID: options.sourceElementGUID }),
    );
  }

  /** The mappings to a destination element (one page). */
  async getSourceLineageMappings(options: DestinationElementPagingOptions): Promise<LineageMappingElement[]> {
    return this.#list('getSourceLineageMappings', options, (request) =>
      this.#client.getSourceLineageMappings({ ...request, destinationElementGUID: options.destinationElementGUID }),
    );
  }

  // ---------------------------------------------------------------- helpers

  /** Sets up a relationship: counted as a create of its type; its two ends count as updated. */
  async #setup(
    operation: string,
    typeName: string,
    ends: readonly [string, string],
    fn: (signal: AbortSignal) => Promise<string>,
  ): Promise<string> {
    const guid = await this.write(operation, fn, elementCreated(typeName), {
      dryRunResult: (placeholder) => placeholder,
    });
    for (const end of ends) this.reportElementUpdate(T.referenceable, end);
    return guid;
  }

  async #list<E>(
    operation: string,
    options: ListOptions,
    fn: (request: ListOptions & { readonly signal: AbortSignal; readonly startFrom: number }) => Promise<E[]>,
  ): Promise<E[]> {
    return this.readPage(operation, options, (page) => fn({ ...page, effectiveTime: options.effectiveTime }));
  }

  #ends(operation: string, first: readonly [string, unknown], second: readonly [string, unknown]): [string, string] {
    return [this.nonBlank(operation, first[0], first[1]), this.nonBlank(operation, second[0], second[1])];
  }

  async #visibility<O extends object>(
    operation: string,
    typeName: string,
    options: O,
    field: keyof O & string,
    publish: boolean,
  ): Promise<void> {
    const guid = this.nonBlank(operation, field, this.requireOptions(operation, options)[field]);
    await this.itAssets.setVisibility(operation, typeName, guid, publish);
  }

  #hierarchyEnds(operation: string, o: { readonly parentProcessGUID: string; readonly childProcessGUID: string }) {
    return {
      assetTypeName: T.process,
      assetGUID: this.nonBlank(operation, 'parentProcessGUID', o.parentProcessGUID),
      relationshipTypeName: T.processHierarchy,
      relatedAssetTypeName: T.process,
      relatedAssetGUID: this.nonBlank(operation, 'childProcessGUID', o.childProcessGUID),
    };
  }

  #hierarchyQuery(processGUID: string, startingEnd: 1 | 2) {
    return {
      assetTypeName: T.process,
      assetGUID: processGUID,
      relationshipTypeName: T.processHierarchy,
      relatedAssetTypeName: T.process,
      startingEnd,
    };
  }
}

/** The `NameRequestBody` fields of a get by the two ends: the qualified name that picks one of several. */
function nameBody(o: { readonly qualifiedName?: string; readonly effectiveTime?: unknown }) {
  return {
    ...(o.qualifiedName === undefined ? {} : { name: o.qualifiedName }),
    nameParameterName: 'qualifiedName',
    effectiveTime: o.effectiveTime as EgeriaDateInput | undefined,
  };
}
