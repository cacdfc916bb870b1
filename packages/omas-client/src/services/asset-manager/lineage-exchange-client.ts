/**
 * Asset Manager OMAS: processes, ports, data flows, control flows, process calls and lineage mappings (LineageExchangeResource): the typed client.
 */
import type {
  AssetManagerEffectiveTimeQueryRequestBody,
  AssetManagerNameRequestBody,
  AssetManagerSearchStringRequestBody,
  PortElement,
  PortRequestBody,
  ProcessElement,
  ProcessRequestBody,
  ProcessStatusRequestBody,
  TemplateRequestBody,
  UpdateRequestBody,
} from './asset-manager-beans';
import type { ProcessContainmentProperties } from '../common/beans/asset-properties';
import type {
  ControlFlowElement,
  DataFlowElement,
  LineageMappingElement,
  ProcessCallElement,
} from '../common/beans/elements';
import type {
  ControlFlowProperties,
  DataFlowProperties,
  LineageMappingProperties,
  ProcessCallProperties,
} from '../common/beans/lineage-properties';
import type { RelationshipRequestBody } from '../common/beans/request-bodies';
import type { OperationInvoker } from '../../operations/operation-invoker';
import { iteratePages, send, sendPage } from '../common/client-support';
import type { OmasCallOptions, OmasPagingOptions } from '../common/options';
import { ASSET_MANAGER_LINEAGE_SERVICE } from './lineage-exchange-operations';

const ops = ASSET_MANAGER_LINEAGE_SERVICE.operations;

/**
 * Asset Manager OMAS: processes, ports, data flows, control flows, process calls and lineage mappings (LineageExchangeResource).
 * Each method sends one row of {@link ASSET_MANAGER_LINEAGE_SERVICE} through an {@link OperationInvoker} (such as an
 * `OmasRestClient` for that table). Options carry the path values, the query values and the fields of
 * the request bean, under Egeria's names.
 * @public
 */
export class LineageExchangeClient {
  /** @param invoker - sends the operations, such as an `OmasRestClient` for `ASSET_MANAGER_LINEAGE_SERVICE` */
  constructor(private readonly invoker: OperationInvoker) {}

  /**
   * Creates a process (`POST /processes`).
   * @returns the GUID of what was created
   */
  async createProcess(
    options: OmasCallOptions & { readonly assetManagerIsHome?: boolean } & ProcessRequestBody = {},
  ): Promise<string> {
    return send<string>(this.invoker, ops.createProcess, options, {
      nested: { elementProperties: 'ProcessProperties' },
    });
  }

  /**
   * Creates a process from template (`POST /processes/from-template/{templateGUID}`).
   * @returns the GUID of what was created
   */
  async createProcessFromTemplate(
    options: OmasCallOptions & {
      readonly templateGUID: string;
      readonly assetManagerIsHome?: boolean;
    } & TemplateRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.createProcessFromTemplate, options);
  }

  /**
   * Updates a process (`POST /processes/{processGUID}`).
   */
  async updateProcess(
    options: OmasCallOptions & {
      readonly processGUID: string;
      readonly isMergeUpdate: boolean;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & ProcessRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updateProcess, options, { nested: { elementProperties: 'ProcessProperties' } });
  }

  /**
   * Updates a process status (`POST /processes/{processGUID}/status`).
   */
  async updateProcessStatus(
    options: OmasCallOptions & {
      readonly processGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & ProcessStatusRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updateProcessStatus, options);
  }

  /**
   * Sets up a process parent (`POST /processes/parent/{parentProcessGUID}/child/{childProcessGUID}`).
   */
  async setupProcessParent(
    options: OmasCallOptions & {
      readonly parentProcessGUID: string;
      readonly childProcessGUID: string;
      readonly assetManagerIsHome?: boolean;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & Omit<RelationshipRequestBody, 'properties'> & { readonly properties?: ProcessContainmentProperties },
  ): Promise<void> {
    await send(this.invoker, ops.setupProcessParent, options, {
      nested: { properties: 'ProcessContainmentProperties' },
    });
  }

  /**
   * Clears a process parent (`POST /processes/parent/{parentProcessGUID}/child/{childProcessGUID}/remove`).
   */
  async clearProcessParent(
    options: OmasCallOptions & {
      readonly parentProcessGUID: string;
      readonly childProcessGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.clearProcessParent, options);
  }

  /**
   * Publishes a process (`POST /processes/{processGUID}/publish`).
   */
  async publishProcess(
    options: OmasCallOptions & {
      readonly processGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.publishProcess, options);
  }

  /**
   * Withdraws a process (`POST /processes/{processGUID}/withdraw`).
   */
  async withdrawProcess(
    options: OmasCallOptions & {
      readonly processGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.withdrawProcess, options);
  }

  /**
   * Removes a process (`POST /processes/{processGUID}/remove`).
   */
  async removeProcess(
    options: OmasCallOptions & {
      readonly processGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & UpdateRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.removeProcess, options);
  }

  /**
   * Returns one page of the processes whose properties match a search string (a regular expression) (`POST /processes/by-search-string`).
   */
  async findProcesses(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerSearchStringRequestBody = {},
  ): Promise<ProcessElement[]> {
    return sendPage<ProcessElement>(this.invoker, ops.findProcesses, options);
  }

  /** Iterates over every element findProcesses returns, page by page from `startFrom`. */
  findProcessesIterator(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerSearchStringRequestBody = {},
  ): AsyncIterableIterator<ProcessElement> {
    return iteratePages<ProcessElement>(this.invoker, ops.findProcesses, options);
  }

  /**
   * Returns one page of the processes for asset manager (`POST /processes/by-asset-manager`).
   */
  async getProcessesForAssetManager(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody = {},
  ): Promise<ProcessElement[]> {
    return sendPage<ProcessElement>(this.invoker, ops.getProcessesForAssetManager, options);
  }

  /** Iterates over every element getProcessesForAssetManager returns, page by page from `startFrom`. */
  getProcessesForAssetManagerIterator(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody = {},
  ): AsyncIterableIterator<ProcessElement> {
    return iteratePages<ProcessElement>(this.invoker, ops.getProcessesForAssetManager, options);
  }

  /**
   * Returns one page of the processes with a name (`POST /processes/by-name`).
   */
  async getProcessesByName(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerNameRequestBody = {},
  ): Promise<ProcessElement[]> {
    return sendPage<ProcessElement>(this.invoker, ops.getProcessesByName, options);
  }

  /** Iterates over every element getProcessesByName returns, page by page from `startFrom`. */
  getProcessesByNameIterator(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerNameRequestBody = {},
  ): AsyncIterableIterator<ProcessElement> {
    return iteratePages<ProcessElement>(this.invoker, ops.getProcessesByName, options);
  }

  /**
   * Returns the process with the given GUID (`POST /processes/{processGUID}/retrieve`).
   */
  async getProcessByGUID(
    options: OmasCallOptions & {
      readonly processGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<ProcessElement | undefined> {
    return send<ProcessElement | undefined>(this.invoker, ops.getProcessByGUID, options);
  }

  /**
   * Returns a process parent (`POST /processes/{processGUID}/parent/retrieve`).
   */
  async getProcessParent(
    options: OmasCallOptions & {
      readonly processGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<ProcessElement | undefined> {
    return send<ProcessElement | undefined>(this.invoker, ops.getProcessParent, options);
  }

  /**
   * Returns one page of the sub processes (`POST /processes/{processGUID}/children/retrieve`).
   */
  async getSubProcesses(
    options: OmasPagingOptions & {
      readonly processGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<ProcessElement[]> {
    return sendPage<ProcessElement>(this.invoker, ops.getSubProcesses, options);
  }

  /** Iterates over every element getSubProcesses returns, page by page from `startFrom`. */
  getSubProcessesIterator(
    options: OmasPagingOptions & {
      readonly processGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): AsyncIterableIterator<ProcessElement> {
    return iteratePages<ProcessElement>(this.invoker, ops.getSubProcesses, options);
  }

  /**
   * Creates a port (`POST /processes/{processGUID}/ports`).
   * @returns the GUID of what was created
   */
  async createPort(
    options: OmasCallOptions & {
      readonly processGUID: string;
      readonly assetManagerIsHome?: boolean;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & PortRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.createPort, options, { nested: { elementProperties: 'PortProperties' } });
  }

  /**
   * Updates a port (`POST /ports/{portGUID}/update`).
   */
  async updatePort(
    options: OmasCallOptions & {
      readonly portGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & PortRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updatePort, options, { nested: { elementProperties: 'PortProperties' } });
  }

  /**
   * Sets up a process port (`POST /processes/{processGUID}/ports/{portGUID}`).
   */
  async setupProcessPort(
    options: OmasCallOptions & {
      readonly processGUID: string;
      readonly portGUID: string;
      readonly assetManagerIsHome?: boolean;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & RelationshipRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.setupProcessPort, options, { nested: { properties: 'RelationshipProperties' } });
  }

  /**
   * Clears a process port (`POST /processes/{processGUID}/ports/{portGUID}/remove`).
   */
  async clearProcessPort(
    options: OmasCallOptions & {
      readonly processGUID: string;
      readonly portGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.clearProcessPort, options);
  }

  /**
   * Sets up a port delegation (`POST /ports/{portOneGUID}/port-delegations/{portTwoGUID}`).
   */
  async setupPortDelegation(
    options: OmasCallOptions & {
      readonly portOneGUID: string;
      readonly portTwoGUID: string;
      readonly assetManagerIsHome?: boolean;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & RelationshipRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.setupPortDelegation, options, { nested: { properties: 'RelationshipProperties' } });
  }

  /**
   * Clears a port delegation (`POST /ports/{portOneGUID}/port-delegations/{portTwoGUID}/remove`).
   */
  async clearPortDelegation(
    options: OmasCallOptions & {
      readonly portOneGUID: string;
      readonly portTwoGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.clearPortDelegation, options);
  }

  /**
   * Sets up a port schema type (`POST /ports/{portGUID}/schema-type/{schemaTypeGUID}`).
   */
  async setupPortSchemaType(
    options: OmasCallOptions & {
      readonly portGUID: string;
      readonly schemaTypeGUID: string;
      readonly assetManagerIsHome?: boolean;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & RelationshipRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.setupPortSchemaType, options, { nested: { properties: 'RelationshipProperties' } });
  }

  /**
   * Clears a port schema type (`POST /ports/{portGUID}/schema-type/{schemaTypeGUID}/remove`).
   */
  async clearPortSchemaType(
    options: OmasCallOptions & {
      readonly portGUID: string;
      readonly schemaTypeGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.clearPortSchemaType, options);
  }

  /**
   * Removes a port (`POST /ports/{portGUID}/remove`).
   */
  async removePort(
    options: OmasCallOptions & {
      readonly portGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & UpdateRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.removePort, options);
  }

  /**
   * Returns one page of the ports whose properties match a search string (a regular expression) (`POST /ports/by-search-string`).
   */
  async findPorts(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerSearchStringRequestBody = {},
  ): Promise<PortElement[]> {
    return sendPage<PortElement>(this.invoker, ops.findPorts, options);
  }

  /** Iterates over every element findPorts returns, page by page from `startFrom`. */
  findPortsIterator(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerSearchStringRequestBody = {},
  ): AsyncIterableIterator<PortElement> {
    return iteratePages<PortElement>(this.invoker, ops.findPorts, options);
  }

  /**
   * Returns one page of the ports for process (`POST /processes/{processGUID}/ports/retrieve`).
   */
  async getPortsForProcess(
    options: OmasPagingOptions & {
      readonly processGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<PortElement[]> {
    return sendPage<PortElement>(this.invoker, ops.getPortsForProcess, options);
  }

  /** Iterates over every element getPortsForProcess returns, page by page from `startFrom`. */
  getPortsForProcessIterator(
    options: OmasPagingOptions & {
      readonly processGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): AsyncIterableIterator<PortElement> {
    return iteratePages<PortElement>(this.invoker, ops.getPortsForProcess, options);
  }

  /**
   * Returns one page of the port use (`POST /ports/{portGUID}/used-by/retrieve`).
   */
  async getPortUse(
    options: OmasPagingOptions & {
      readonly portGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<PortElement[]> {
    return sendPage<PortElement>(this.invoker, ops.getPortUse, options);
  }

  /** Iterates over every element getPortUse returns, page by page from `startFrom`. */
  getPortUseIterator(
    options: OmasPagingOptions & {
      readonly portGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): AsyncIterableIterator<PortElement> {
    return iteratePages<PortElement>(this.invoker, ops.getPortUse, options);
  }

  /**
   * Returns a port delegation (`POST /ports/{portGUID}/port-delegations/retrieve`).
   */
  async getPortDelegation(
    options: OmasCallOptions & {
      readonly portGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<PortElement | undefined> {
    return send<PortElement | undefined>(this.invoker, ops.getPortDelegation, options);
  }

  /**
   * Returns one page of the ports with a name (`POST /ports/by-name`).
   */
  async getPortsByName(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerNameRequestBody = {},
  ): Promise<PortElement[]> {
    return sendPage<PortElement>(this.invoker, ops.getPortsByName, options);
  }

  /** Iterates over every element getPortsByName returns, page by page from `startFrom`. */
  getPortsByNameIterator(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerNameRequestBody = {},
  ): AsyncIterableIterator<PortElement> {
    return iteratePages<PortElement>(this.invoker, ops.getPortsByName, options);
  }

  /**
   * Returns the port with the given GUID (`POST /ports/{portGUID}/retrieve`).
   */
  async getPortByGUID(
    options: OmasCallOptions & {
      readonly portGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<PortElement | undefined> {
    return send<PortElement | undefined>(this.invoker, ops.getPortByGUID, options);
  }

  /**
   * Sets a business significant (`POST /elements/{elementGUID}/is-business-significant`).
   */
  async setBusinessSignificant(
    options: OmasCallOptions & {
      readonly elementGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & UpdateRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.setBusinessSignificant, options);
  }

  /**
   * Clears a business significant (`POST /elements/{elementGUID}/is-business-significant/remove`).
   */
  async clearBusinessSignificant(
    options: OmasCallOptions & {
      readonly elementGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & UpdateRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.clearBusinessSignificant, options);
  }

  /**
   * Sets up a data flow (`POST /data-flows/suppliers/{dataSupplierGUID}/consumers/{dataConsumerGUID}`).
   * @returns the GUID of what was created
   */
  async setupDataFlow(
    options: OmasCallOptions & {
      readonly dataSupplierGUID: string;
      readonly dataConsumerGUID: string;
      readonly assetManagerIsHome?: boolean;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & Omit<RelationshipRequestBody, 'properties'> & { readonly properties?: DataFlowProperties },
  ): Promise<string> {
    return send<string>(this.invoker, ops.setupDataFlow, options, { nested: { properties: 'DataFlowProperties' } });
  }

  /**
   * Returns a data flow (`POST /data-flows/suppliers/{dataSupplierGUID}/consumers/{dataConsumerGUID}/retrieve`).
   */
  async getDataFlow(
    options: OmasCallOptions & {
      readonly dataSupplierGUID: string;
      readonly dataConsumerGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerNameRequestBody,
  ): Promise<DataFlowElement | undefined> {
    return send<DataFlowElement | undefined>(this.invoker, ops.getDataFlow, options);
  }

  /**
   * Updates a data flow (`POST /data-flows/{dataFlowGUID}/update`).
   */
  async updateDataFlow(
    options: OmasCallOptions & {
      readonly dataFlowGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & Omit<RelationshipRequestBody, 'properties'> & { readonly properties?: DataFlowProperties },
  ): Promise<void> {
    await send(this.invoker, ops.updateDataFlow, options, { nested: { properties: 'DataFlowProperties' } });
  }

  /**
   * Clears a data flow (`POST /data-flows/{dataFlowGUID}/remove`).
   */
  async clearDataFlow(
    options: OmasCallOptions & {
      readonly dataFlowGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.clearDataFlow, options);
  }

  /**
   * Returns one page of the data flow consumers (`POST /data-flows/suppliers/{dataSupplierGUID}/consumers/retrieve`).
   */
  async getDataFlowConsumers(
    options: OmasPagingOptions & {
      readonly dataSupplierGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<DataFlowElement[]> {
    return sendPage<DataFlowElement>(this.invoker, ops.getDataFlowConsumers, options);
  }

  /** Iterates over every element getDataFlowConsumers returns, page by page from `startFrom`. */
  getDataFlowConsumersIterator(
    options: OmasPagingOptions & {
      readonly dataSupplierGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): AsyncIterableIterator<DataFlowElement> {
    return iteratePages<DataFlowElement>(this.invoker, ops.getDataFlowConsumers, options);
  }

  /**
   * Returns one page of the data flow suppliers (`POST /data-flows/consumers/{dataConsumerGUID}/suppliers/retrieve`).
   */
  async getDataFlowSuppliers(
    options: OmasPagingOptions & {
      readonly dataConsumerGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<DataFlowElement[]> {
    return sendPage<DataFlowElement>(this.invoker, ops.getDataFlowSuppliers, options);
  }

  /** Iterates over every element getDataFlowSuppliers returns, page by page from `startFrom`. */
  getDataFlowSuppliersIterator(
    options: OmasPagingOptions & {
      readonly dataConsumerGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): AsyncIterableIterator<DataFlowElement> {
    return iteratePages<DataFlowElement>(this.invoker, ops.getDataFlowSuppliers, options);
  }

  /**
   * Sets up a control flow (`POST /control-flows/current-steps/{currentStepGUID}/next-steps/{nextStepGUID}`).
   * @returns the GUID of what was created
   */
  async setupControlFlow(
    options: OmasCallOptions & {
      readonly currentStepGUID: string;
      readonly nextStepGUID: string;
      readonly assetManagerIsHome?: boolean;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & Omit<RelationshipRequestBody, 'properties'> & { readonly properties?: ControlFlowProperties },
  ): Promise<string> {
    return send<string>(this.invoker, ops.setupControlFlow, options, {
      nested: { properties: 'ControlFlowProperties' },
    });
  }

  /**
   * Returns a control flow (`POST /control-flows/current-steps/{currentStepGUID}/next-steps/{nextStepGUID}/retrieve`).
   */
  async getControlFlow(
    options: OmasCallOptions & {
      readonly currentStepGUID: string;
      readonly nextStepGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerNameRequestBody,
  ): Promise<ControlFlowElement | undefined> {
    return send<ControlFlowElement | undefined>(this.invoker, ops.getControlFlow, options);
  }

  /**
   * Updates a control flow (`POST /control-flows/{controlFlowGUID}/update`).
   */
  async updateControlFlow(
    options: OmasCallOptions & {
      readonly controlFlowGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & Omit<RelationshipRequestBody, 'properties'> & { readonly properties?: ControlFlowProperties },
  ): Promise<void> {
    await send(this.invoker, ops.updateControlFlow, options, { nested: { properties: 'ControlFlowProperties' } });
  }

  /**
   * Clears a control flow (`POST /control-flows/{controlFlowGUID}/remove`).
   */
  async clearControlFlow(
    options: OmasCallOptions & {
      readonly controlFlowGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.clearControlFlow, options);
  }

  /**
   * Returns one page of the control flow next steps (`POST /control-flows/current-steps/{currentStepGUID}/next-steps/retrieve`).
   */
  async getControlFlowNextSteps(
    options: OmasPagingOptions & {
      readonly currentStepGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<ControlFlowElement[]> {
    return sendPage<ControlFlowElement>(this.invoker, ops.getControlFlowNextSteps, options);
  }

  /** Iterates over every element getControlFlowNextSteps returns, page by page from `startFrom`. */
  getControlFlowNextStepsIterator(
    options: OmasPagingOptions & {
      readonly currentStepGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): AsyncIterableIterator<ControlFlowElement> {
    return iteratePages<ControlFlowElement>(this.invoker, ops.getControlFlowNextSteps, options);
  }

  /**
   * Returns one page of the control flow previous steps (`POST /control-flows/current-steps/{currentStepGUID}/previous-steps/retrieve`).
   */
  async getControlFlowPreviousSteps(
    options: OmasPagingOptions & {
      readonly currentStepGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<ControlFlowElement[]> {
    return sendPage<ControlFlowElement>(this.invoker, ops.getControlFlowPreviousSteps, options);
  }

  /** Iterates over every element getControlFlowPreviousSteps returns, page by page from `startFrom`. */
  getControlFlowPreviousStepsIterator(
    options: OmasPagingOptions & {
      readonly currentStepGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): AsyncIterableIterator<ControlFlowElement> {
    return iteratePages<ControlFlowElement>(this.invoker, ops.getControlFlowPreviousSteps, options);
  }

  /**
   * Sets up a process call (`POST /process-calls/callers/{callerGUID}/called/{calledGUID}`).
   * @returns the GUID of what was created
   */
  async setupProcessCall(
    options: OmasCallOptions & {
      readonly callerGUID: string;
      readonly calledGUID: string;
      readonly assetManagerIsHome?: boolean;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & Omit<RelationshipRequestBody, 'properties'> & { readonly properties?: ProcessCallProperties },
  ): Promise<string> {
    return send<string>(this.invoker, ops.setupProcessCall, options, {
      nested: { properties: 'ProcessCallProperties' },
    });
  }

  /**
   * Returns a process call (`POST /process-calls/callers/{callerGUID}/called/{calledGUID}/retrieve`).
   */
  async getProcessCall(
    options: OmasCallOptions & {
      readonly callerGUID: string;
      readonly calledGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerNameRequestBody,
  ): Promise<ProcessCallElement | undefined> {
    return send<ProcessCallElement | undefined>(this.invoker, ops.getProcessCall, options);
  }

  /**
   * Updates a process call (`POST /process-calls/{processCallGUID}/update`).
   */
  async updateProcessCall(
    options: OmasCallOptions & {
      readonly processCallGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & Omit<RelationshipRequestBody, 'properties'> & { readonly properties?: ProcessCallProperties },
  ): Promise<void> {
    await send(this.invoker, ops.updateProcessCall, options, { nested: { properties: 'ProcessCallProperties' } });
  }

  /**
   * Clears a process call (`POST /process-calls/{processCallGUID}/remove`).
   */
  async clearProcessCall(
    options: OmasCallOptions & {
      readonly processCallGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.clearProcessCall, options);
  }

  /**
   * Returns one page of the process called (`POST /process-calls/callers/{callerGUID}/called/retrieve`).
   */
  async getProcessCalled(
    options: OmasPagingOptions & {
      readonly callerGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<ProcessCallElement[]> {
    return sendPage<ProcessCallElement>(this.invoker, ops.getProcessCalled, options);
  }

  /** Iterates over every element getProcessCalled returns, page by page from `startFrom`. */
  getProcessCalledIterator(
    options: OmasPagingOptions & {
      readonly callerGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): AsyncIterableIterator<ProcessCallElement> {
    return iteratePages<ProcessCallElement>(this.invoker, ops.getProcessCalled, options);
  }

  /**
   * Returns one page of the process callers (`POST /process-calls/called/{calledGUID}/callers/retrieve`).
   */
  async getProcessCallers(
    options: OmasPagingOptions & {
      readonly calledGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<ProcessCallElement[]> {
    return sendPage<ProcessCallElement>(this.invoker, ops.getProcessCallers, options);
  }

  /** Iterates over every element getProcessCallers returns, page by page from `startFrom`. */
  getProcessCallersIterator(
    options: OmasPagingOptions & {
      readonly calledGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): AsyncIterableIterator<ProcessCallElement> {
    return iteratePages<ProcessCallElement>(this.invoker, ops.getProcessCallers, options);
  }

  /**
   * Sets up a lineage mapping (`POST /lineage-mappings/sources/{sourceElementGUID}/destinations/{destinationElementGUID}`).
   * @returns the GUID of what was created
   */
  async setupLineageMapping(
    options: OmasCallOptions & {
      readonly sourceElementGUID: string;
      readonly destinationElementGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & Omit<RelationshipRequestBody, 'properties'> & { readonly properties?: LineageMappingProperties },
  ): Promise<string> {
    return send<string>(this.invoker, ops.setupLineageMapping, options, {
      nested: { properties: 'LineageMappingProperties' },
    });
  }

  /**
   * Returns a lineage mapping (`POST /lineage-mappings/sources/{sourceElementGUID}/destinations/{destinationElementGUID}/retrieve`).
   */
  async getLineageMapping(
    options: OmasCallOptions & {
      readonly sourceElementGUID: string;
      readonly destinationElementGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerNameRequestBody,
  ): Promise<LineageMappingElement | undefined> {
    return send<LineageMappingElement | undefined>(this.invoker, ops.getLineageMapping, options);
  }

  /**
   * Updates a lineage mapping (`POST /lineage-mappings/{lineageMappingGUID}/update`).
   */
  async updateLineageMapping(
    options: OmasCallOptions & {
      readonly lineageMappingGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & Omit<RelationshipRequestBody, 'properties'> & { readonly properties?: LineageMappingProperties },
  ): Promise<void> {
    await send(this.invoker, ops.updateLineageMapping, options, { nested: { properties: 'LineageMappingProperties' } });
  }

  /**
   * Clears a lineage mapping (`POST /lineage-mappings/{lineageMappingGUID}/remove`).
   */
  async clearLineageMapping(
    options: OmasCallOptions & {
      readonly lineageMappingGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.clearLineageMapping, options);
  }

  /**
   * Returns one page of the destination lineage mappings (`POST /lineage-mappings/sources/{sourceElementGUID}/destinations/retrieve`).
   */
  async getDestinationLineageMappings(
    options: OmasPagingOptions & {
      readonly sourceElementGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<LineageMappingElement[]> {
    return sendPage<LineageMappingElement>(this.invoker, ops.getDestinationLineageMappings, options);
  }

  /** Iterates over every element getDestinationLineageMappings returns, page by page from `startFrom`. */
  getDestinationLineageMappingsIterator(
    options: OmasPagingOptions & {
      readonly sourceElementGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): AsyncIterableIterator<LineageMappingElement> {
    return iteratePages<LineageMappingElement>(this.invoker, ops.getDestinationLineageMappings, options);
  }

  /**
   * Returns one page of the source lineage mappings (`POST /lineage-mappings/destinations/{destinationElementGUID}/sources/retrieve`).
   */
  async getSourceLineageMappings(
    options: OmasPagingOptions & {
      readonly destinationElementGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<LineageMappingElement[]> {
    return sendPage<LineageMappingElement>(this.invoker, ops.getSourceLineageMappings, options);
  }

  /** Iterates over every element getSourceLineageMappings returns, page by page from `startFrom`. */
  getSourceLineageMappingsIterator(
    options: OmasPagingOptions & {
      readonly destinationElementGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): AsyncIterableIterator<LineageMappingElement> {
    return iteratePages<LineageMappingElement>(this.invoker, ops.getSourceLineageMappings, options);
  }
}
