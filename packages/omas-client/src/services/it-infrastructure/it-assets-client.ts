/**
 * IT Infrastructure OMAS: hosts, platforms, servers, processes and data assets through the generic asset calls (the asset's type name is a path value), their relationships and classifications, and data flows, control flows, process calls and lineage mappings (ITAssetResource): the typed client.
 */
import type {
  AssetElement,
  AssetRelationshipElement,
  ControlFlowElement,
  DataFlowElement,
  LineageMappingElement,
  ProcessCallElement,
  RelatedAssetElement,
} from '../common/beans/elements';
import type {
  AssetExtensionsRequestBody,
  AssetRequestBody,
  ControlFlowRequestBody,
  DataFlowRequestBody,
  EffectiveTimeQueryRequestBody,
  ElementStatusRequestBody,
  ExternalSourceRequestBody,
  LineageMappingRequestBody,
  NameRequestBody,
  ProcessCallRequestBody,
  ResultsRequestBody,
  SearchStringRequestBody,
} from '../common/beans/request-bodies';
import type { ITInfrastructureTemplateRequestBody } from './it-infrastructure-beans';
import type { OperationInvoker } from '../../operations/operation-invoker';
import { iteratePages, send, sendPage } from '../common/client-support';
import { linkMethods, resultsListMethods } from '../common/link-client';
import type { OmasCallOptions, OmasPagingOptions } from '../common/options';
import { IT_INFRASTRUCTURE_ASSET_SERVICE } from './it-assets-operations';

const ops = IT_INFRASTRUCTURE_ASSET_SERVICE.operations;

/**
 * IT Infrastructure OMAS: hosts, platforms, servers, processes and data assets through the generic asset calls (the asset's type name is a path value), their relationships and classifications, and data flows, control flows, process calls and lineage mappings (ITAssetResource).
 * Each method sends one row of {@link IT_INFRASTRUCTURE_ASSET_SERVICE} through an {@link OperationInvoker} (such as an
 * `OmasRestClient` for that table). Options carry the path values, the query values and the fields of
 * the request bean, under Egeria's names.
 * @public
 */
export class ITAssetManagerClient {
  /** @param invoker - sends the operations, such as an `OmasRestClient` for `IT_INFRASTRUCTURE_ASSET_SERVICE` */
  constructor(private readonly invoker: OperationInvoker) {}

  private readonly dataFlows = linkMethods<
    DataFlowElement,
    DataFlowRequestBody,
    'dataSupplierGUID',
    'dataConsumerGUID',
    'dataFlowGUID'
  >(() => this.invoker, ops, 'DataFlow', 'DataFlowProperties');
  private readonly getDataFlowConsumersList = resultsListMethods<DataFlowElement, 'dataSupplierGUID'>(
    () => this.invoker,
    ops.getDataFlowConsumers,
  );
  private readonly getDataFlowSuppliersList = resultsListMethods<DataFlowElement, 'dataConsumerGUID'>(
    () => this.invoker,
    ops.getDataFlowSuppliers,
  );
  private readonly controlFlows = linkMethods<
    ControlFlowElement,
    ControlFlowRequestBody,
    'currentStepGUID',
    'nextStepGUID',
    'controlFlowGUID'
  >(() => this.invoker, ops, 'ControlFlow', 'ControlFlowProperties');
  private readonly getControlFlowNextStepsList = resultsListMethods<ControlFlowElement, 'currentStepGUID'>(
    () => this.invoker,
    ops.getControlFlowNextSteps,
  );
  private readonly getControlFlowPreviousStepsList = resultsListMethods<ControlFlowElement, 'currentStepGUID'>(
    () => this.invoker,
    ops.getControlFlowPreviousSteps,
  );
  private readonly processCalls = linkMethods<
    ProcessCallElement,
    ProcessCallRequestBody,
    'callerGUID',
    'calledGUID',
    'processCallGUID'
  >(() => this.invoker, ops, 'ProcessCall', 'ProcessCallProperties');
  private readonly getProcessCalledList = resultsListMethods<ProcessCallElement, 'callerGUID'>(
    () => this.invoker,
    ops.getProcessCalled,
  );
  private readonly getProcessCallersList = resultsListMethods<ProcessCallElement, 'calledGUID'>(
    () => this.invoker,
    ops.getProcessCallers,
  );

  /**
   * Creates an asset (`POST /assets`).
   * @returns the GUID of what was created
   */
  async createAsset(
    options: OmasCallOptions & { readonly infrastructureManagerIsHome?: boolean } & AssetRequestBody = {},
  ): Promise<string> {
    return send<string>(this.invoker, ops.createAsset, options);
  }

  /**
   * Creates an asset from template (`POST /assets/from-template/{templateGUID}`).
   * @returns the GUID of what was created
   */
  async createAssetFromTemplate(
    options: OmasCallOptions & {
      readonly templateGUID: string;
      readonly infrastructureManagerIsHome?: boolean;
    } & ITInfrastructureTemplateRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.createAssetFromTemplate, options);
  }

  /**
   * Updates an asset (`POST /assets/{assetGUID}`).
   */
  async updateAsset(
    options: OmasCallOptions & { readonly assetGUID: string; readonly isMergeUpdate: boolean } & AssetRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updateAsset, options);
  }

  /**
   * Updates an asset status (`POST /assets/{assetTypeName}/{assetGUID}/status`).
   */
  async updateAssetStatus(
    options: OmasCallOptions & {
      readonly assetTypeName: string;
      readonly assetGUID: string;
    } & ElementStatusRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updateAssetStatus, options);
  }

  /**
   * Sets up a related asset (`POST /assets/{assetTypeName}/{assetGUID}/{relationshipTypeName}/{relatedAssetTypeName}/{relatedAssetGUID}`).
   */
  async setupRelatedAsset(
    options: OmasCallOptions & {
      readonly assetTypeName: string;
      readonly assetGUID: string;
      readonly relationshipTypeName: string;
      readonly relatedAssetTypeName: string;
      readonly relatedAssetGUID: string;
      readonly infrastructureManagerIsHome?: boolean;
    } & AssetExtensionsRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.setupRelatedAsset, options);
  }

  /**
   * Updates an asset relationship (`POST /assets/relationships/{relationshipTypeName}/{relationshipGUID}/update`).
   */
  async updateAssetRelationship(
    options: OmasCallOptions & {
      readonly relationshipTypeName: string;
      readonly relationshipGUID: string;
      readonly isMergeUpdate: boolean;
    } & AssetExtensionsRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updateAssetRelationship, options);
  }

  /**
   * Clears a related asset (`POST /assets/{assetTypeName}/{assetGUID}/{relationshipTypeName}/{relatedAssetTypeName}/{relatedAssetGUID}/delete`).
   */
  async clearRelatedAsset(
    options: OmasCallOptions & {
      readonly assetTypeName: string;
      readonly assetGUID: string;
      readonly relationshipTypeName: string;
      readonly relatedAssetTypeName: string;
      readonly relatedAssetGUID: string;
    } & EffectiveTimeQueryRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.clearRelatedAsset, options);
  }

  /**
   * Adds a classification (`POST /assets/{assetTypeName}/{assetGUID}/classify/{classificationName}`).
   */
  async addClassification(
    options: OmasCallOptions & {
      readonly assetTypeName: string;
      readonly assetGUID: string;
      readonly classificationName: string;
      readonly infrastructureManagerIsHome?: boolean;
    } & AssetExtensionsRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.addClassification, options);
  }

  /**
   * Updates a classification (`POST /assets/{assetTypeName}/{assetGUID}/reclassify/{classificationName}`).
   */
  async updateClassification(
    options: OmasCallOptions & {
      readonly assetTypeName: string;
      readonly assetGUID: string;
      readonly classificationName: string;
      readonly isMergeUpdate: boolean;
    } & AssetExtensionsRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updateClassification, options);
  }

  /**
   * Clears a classification (`POST /assets/{assetTypeName}/{assetGUID}/declassify/{classificationName}`).
   */
  async clearClassification(
    options: OmasCallOptions & {
      readonly assetTypeName: string;
      readonly assetGUID: string;
      readonly classificationName: string;
    } & EffectiveTimeQueryRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.clearClassification, options);
  }

  /**
   * Publishes an asset (`POST /assets/{assetGUID}/publish`).
   */
  async publishAsset(options: OmasCallOptions & { readonly assetGUID: string }): Promise<void> {
    await send(this.invoker, ops.publishAsset, options);
  }

  /**
   * Withdraws an asset (`POST /assets/{assetGUID}/withdraw`).
   */
  async withdrawAsset(options: OmasCallOptions & { readonly assetGUID: string }): Promise<void> {
    await send(this.invoker, ops.withdrawAsset, options);
  }

  /**
   * Removes an asset (`POST /assets/{assetGUID}/delete`).
   */
  async removeAsset(
    options: OmasCallOptions & { readonly assetGUID: string } & ExternalSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.removeAsset, options);
  }

  /**
   * Returns one page of the assets whose properties match a search string (a regular expression) (`POST /assets/{assetTypeName}/by-search-string`).
   */
  async findAssets(
    options: OmasPagingOptions & { readonly assetTypeName: string } & SearchStringRequestBody,
  ): Promise<AssetElement[]> {
    return sendPage<AssetElement>(this.invoker, ops.findAssets, options);
  }

  /** Iterates over every element findAssets returns, page by page from `startFrom`. */
  findAssetsIterator(
    options: OmasPagingOptions & { readonly assetTypeName: string } & SearchStringRequestBody,
  ): AsyncIterableIterator<AssetElement> {
    return iteratePages<AssetElement>(this.invoker, ops.findAssets, options);
  }

  /**
   * Returns one page of the assets with a name (`POST /assets/{assetTypeName}/by-name`).
   */
  async getAssetsByName(
    options: OmasPagingOptions & { readonly assetTypeName: string } & NameRequestBody,
  ): Promise<AssetElement[]> {
    return sendPage<AssetElement>(this.invoker, ops.getAssetsByName, options);
  }

  /** Iterates over every element getAssetsByName returns, page by page from `startFrom`. */
  getAssetsByNameIterator(
    options: OmasPagingOptions & { readonly assetTypeName: string } & NameRequestBody,
  ): AsyncIterableIterator<AssetElement> {
    return iteratePages<AssetElement>(this.invoker, ops.getAssetsByName, options);
  }

  /**
   * Returns one page of the assets by deployed implementation type (`POST /assets/{assetTypeName}/by-deployed-implementation-type`).
   */
  async getAssetsByDeployedImplementationType(
    options: OmasPagingOptions & { readonly assetTypeName: string } & NameRequestBody,
  ): Promise<AssetElement[]> {
    return sendPage<AssetElement>(this.invoker, ops.getAssetsByDeployedImplementationType, options);
  }

  /** Iterates over every element getAssetsByDeployedImplementationType returns, page by page from `startFrom`. */
  getAssetsByDeployedImplementationTypeIterator(
    options: OmasPagingOptions & { readonly assetTypeName: string } & NameRequestBody,
  ): AsyncIterableIterator<AssetElement> {
    return iteratePages<AssetElement>(this.invoker, ops.getAssetsByDeployedImplementationType, options);
  }

  /**
   * Returns one page of the assets for infrastructure manager (`POST /infrastructure-managers/{infrastructureManagerGUID}/{infrastructureManagerName}/assets/{assetTypeName}`).
   */
  async getAssetsForInfrastructureManager(
    options: OmasPagingOptions & {
      readonly infrastructureManagerGUID: string;
      readonly infrastructureManagerName: string;
      readonly assetTypeName: string;
    } & ResultsRequestBody,
  ): Promise<AssetElement[]> {
    return sendPage<AssetElement>(this.invoker, ops.getAssetsForInfrastructureManager, options);
  }

  /** Iterates over every element getAssetsForInfrastructureManager returns, page by page from `startFrom`. */
  getAssetsForInfrastructureManagerIterator(
    options: OmasPagingOptions & {
      readonly infrastructureManagerGUID: string;
      readonly infrastructureManagerName: string;
      readonly assetTypeName: string;
    } & ResultsRequestBody,
  ): AsyncIterableIterator<AssetElement> {
    return iteratePages<AssetElement>(this.invoker, ops.getAssetsForInfrastructureManager, options);
  }

  /**
   * Returns the asset with the given GUID (`POST /assets/{assetTypeName}/{assetGUID}`).
   */
  async getAssetByGUID(
    options: OmasCallOptions & { readonly assetTypeName: string; readonly assetGUID: string } & ResultsRequestBody,
  ): Promise<AssetElement | undefined> {
    return send<AssetElement | undefined>(this.invoker, ops.getAssetByGUID, options);
  }

  /**
   * Returns one page of the asset relationships (`POST /assets/{assetTypeName}/{assetGUID}/{relationshipTypeName}/{relatedAssetTypeName}/relationships`).
   */
  async getAssetRelationships(
    options: OmasPagingOptions & {
      readonly assetTypeName: string;
      readonly assetGUID: string;
      readonly relationshipTypeName: string;
      readonly relatedAssetTypeName: string;
      readonly startingEnd: number;
    } & ResultsRequestBody,
  ): Promise<AssetRelationshipElement[]> {
    return sendPage<AssetRelationshipElement>(this.invoker, ops.getAssetRelationships, options);
  }

  /** Iterates over every element getAssetRelationships returns, page by page from `startFrom`. */
  getAssetRelationshipsIterator(
    options: OmasPagingOptions & {
      readonly assetTypeName: string;
      readonly assetGUID: string;
      readonly relationshipTypeName: string;
      readonly relatedAssetTypeName: string;
      readonly startingEnd: number;
    } & ResultsRequestBody,
  ): AsyncIterableIterator<AssetRelationshipElement> {
    return iteratePages<AssetRelationshipElement>(this.invoker, ops.getAssetRelationships, options);
  }

  /**
   * Returns one page of the related assets (`POST /assets/{assetTypeName}/{assetGUID}/{relationshipTypeName}/{relatedAssetTypeName}`).
   */
  async getRelatedAssets(
    options: OmasPagingOptions & {
      readonly assetTypeName: string;
      readonly assetGUID: string;
      readonly relationshipTypeName: string;
      readonly relatedAssetTypeName: string;
      readonly startingEnd: number;
    } & ResultsRequestBody,
  ): Promise<RelatedAssetElement[]> {
    return sendPage<RelatedAssetElement>(this.invoker, ops.getRelatedAssets, options);
  }

  /** Iterates over every element getRelatedAssets returns, page by page from `startFrom`. */
  getRelatedAssetsIterator(
    options: OmasPagingOptions & {
      readonly assetTypeName: string;
      readonly assetGUID: string;
      readonly relationshipTypeName: string;
      readonly relatedAssetTypeName: string;
      readonly startingEnd: number;
    } & ResultsRequestBody,
  ): AsyncIterableIterator<RelatedAssetElement> {
    return iteratePages<RelatedAssetElement>(this.invoker, ops.getRelatedAssets, options);
  }

  /** Sets up a data flow (`POST /data-flows/suppliers/{dataSupplierGUID}/consumers/{dataConsumerGUID}`). @returns the GUID of what was created */
  readonly setupDataFlow = this.dataFlows.setup;

  /** Returns a data flow (`POST /data-flows/suppliers/{dataSupplierGUID}/consumers/{dataConsumerGUID}/retrieve`). */
  readonly getDataFlow = this.dataFlows.get;

  /** Updates a data flow (`POST /data-flows/{dataFlowGUID}/update`). */
  readonly updateDataFlow = this.dataFlows.update;

  /** Clears a data flow (`POST /data-flows/{dataFlowGUID}/remove`). */
  readonly clearDataFlow = this.dataFlows.clear;

  /** Returns one page of the data flow consumers (`POST /data-flows/suppliers/{dataSupplierGUID}/consumers/retrieve`). */
  readonly getDataFlowConsumers = this.getDataFlowConsumersList.page;

  /** Iterates over every element getDataFlowConsumers returns, page by page from `startFrom`. */
  readonly getDataFlowConsumersIterator = this.getDataFlowConsumersList.iterate;

  /** Returns one page of the data flow suppliers (`POST /data-flows/consumers/{dataConsumerGUID}/suppliers/retrieve`). */
  readonly getDataFlowSuppliers = this.getDataFlowSuppliersList.page;

  /** Iterates over every element getDataFlowSuppliers returns, page by page from `startFrom`. */
  readonly getDataFlowSuppliersIterator = this.getDataFlowSuppliersList.iterate;

  /** Sets up a control flow (`POST /control-flows/current-steps/{currentStepGUID}/next-steps/{nextStepGUID}`). @returns the GUID of what was created */
  readonly setupControlFlow = this.controlFlows.setup;

  /** Returns a control flow (`POST /control-flows/current-steps/{currentStepGUID}/next-steps/{nextStepGUID}/retrieve`). */
  readonly getControlFlow = this.controlFlows.get;

  /** Updates a control flow (`POST /control-flows/{controlFlowGUID}/update`). */
  readonly updateControlFlow = this.controlFlows.update;

  /** Clears a control flow (`POST /control-flows/{controlFlowGUID}/remove`). */
  readonly clearControlFlow = this.controlFlows.clear;

  /** Returns one page of the control flow next steps (`POST /control-flows/current-steps/{currentStepGUID}/next-steps/retrieve`). */
  readonly getControlFlowNextSteps = this.getControlFlowNextStepsList.page;

  /** Iterates over every element getControlFlowNextSteps returns, page by page from `startFrom`. */
  readonly getControlFlowNextStepsIterator = this.getControlFlowNextStepsList.iterate;

  /** Returns one page of the control flow previous steps (`POST /control-flows/current-steps/{currentStepGUID}/previous-steps/retrieve`). */
  readonly getControlFlowPreviousSteps = this.getControlFlowPreviousStepsList.page;

  /** Iterates over every element getControlFlowPreviousSteps returns, page by page from `startFrom`. */
  readonly getControlFlowPreviousStepsIterator = this.getControlFlowPreviousStepsList.iterate;

  /** Sets up a process call (`POST /process-calls/callers/{callerGUID}/called/{calledGUID}`). @returns the GUID of what was created */
  readonly setupProcessCall = this.processCalls.setup;

  /** Returns a process call (`POST /process-calls/callers/{callerGUID}/called/{calledGUID}/retrieve`). */
  readonly getProcessCall = this.processCalls.get;

  /** Updates a process call (`POST /process-calls/{processCallGUID}/update`). */
  readonly updateProcessCall = this.processCalls.update;

  /** Clears a process call (`POST /process-calls/{processCallGUID}/remove`). */
  readonly clearProcessCall = this.processCalls.clear;

  /** Returns one page of the process called (`POST /process-calls/callers/{callerGUID}/called/retrieve`). */
  readonly getProcessCalled = this.getProcessCalledList.page;

  /** Iterates over every element getProcessCalled returns, page by page from `startFrom`. */
  readonly getProcessCalledIterator = this.getProcessCalledList.iterate;

  /** Returns one page of the process callers (`POST /process-calls/called/{calledGUID}/callers/retrieve`). */
  readonly getProcessCallers = this.getProcessCallersList.page;

  /** Iterates over every element getProcessCallers returns, page by page from `startFrom`. */
  readonly getProcessCallersIterator = this.getProcessCallersList.iterate;

  /**
   * Sets up a lineage mapping (`POST /lineage-mappings/sources/{sourceElementGUID}/destinations/{destinationElementGUID}`).
   */
  async setupLineageMapping(
    options: OmasCallOptions & {
      readonly sourceElementGUID: string;
      readonly destinationElementGUID: string;
    } & LineageMappingRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.setupLineageMapping, options, { nested: { properties: 'LineageMappingProperties' } });
  }

  /**
   * Returns a lineage mapping (`POST /lineage-mappings/sources/{sourceElementGUID}/destinations/{destinationElementGUID}/retrieve`).
   */
  async getLineageMapping(
    options: OmasCallOptions & {
      readonly sourceElementGUID: string;
      readonly destinationElementGUID: string;
    } & NameRequestBody,
  ): Promise<LineageMappingElement | undefined> {
    return send<LineageMappingElement | undefined>(this.invoker, ops.getLineageMapping, options);
  }

  /**
   * Clears a lineage mapping (`POST /lineage-mappings/{lineageMappingGUID}/remove`).
   */
  async clearLineageMapping(
    options: OmasCallOptions & { readonly lineageMappingGUID: string } & EffectiveTimeQueryRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.clearLineageMapping, options);
  }

  /**
   * Returns one page of the destination lineage mappings (`POST /lineage-mappings/sources/{sourceElementGUID}/destinations/retrieve`).
   */
  async getDestinationLineageMappings(
    options: OmasPagingOptions & { readonly sourceElementGUID: string } & ResultsRequestBody,
  ): Promise<LineageMappingElement[]> {
    return sendPage<LineageMappingElement>(this.invoker, ops.getDestinationLineageMappings, options);
  }

  /** Iterates over every element getDestinationLineageMappings returns, page by page from `startFrom`. */
  getDestinationLineageMappingsIterator(
    options: OmasPagingOptions & { readonly sourceElementGUID: string } & ResultsRequestBody,
  ): AsyncIterableIterator<LineageMappingElement> {
    return iteratePages<LineageMappingElement>(this.invoker, ops.getDestinationLineageMappings, options);
  }

  /**
   * Returns one page of the source lineage mappings (`POST /lineage-mappings/destinations/{destinationElementGUID}/sources/retrieve`).
   */
  async getSourceLineageMappings(
    options: OmasPagingOptions & { readonly destinationElementGUID: string } & ResultsRequestBody,
  ): Promise<LineageMappingElement[]> {
    return sendPage<LineageMappingElement>(this.invoker, ops.getSourceLineageMappings, options);
  }

  /** Iterates over every element getSourceLineageMappings returns, page by page from `startFrom`. */
  getSourceLineageMappingsIterator(
    options: OmasPagingOptions & { readonly destinationElementGUID: string } & ResultsRequestBody,
  ): AsyncIterableIterator<LineageMappingElement> {
    return iteratePages<LineageMappingElement>(this.invoker, ops.getSourceLineageMappings, options);
  }
}
