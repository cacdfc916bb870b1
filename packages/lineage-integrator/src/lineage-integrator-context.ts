import { CONTEXT_ERROR_CODE, InvalidParameterException, describeValue } from '@egeria-ts/core';
import {
  DataAssetExchangeService,
  LineageClassificationService,
  LineageExchangeService,
  SchemaExchangeService,
  OmasIntegrationContext,
  type AssetManagerExchangeContext,
  type AssetManagerOutTopicEvent,
  type IntegrationContextDependencies,
  type TopicListener,
  type AssetManagerCreateSchemaAttributeFromTemplateOptions,
  type AssetManagerCreateSchemaAttributeOptions,
  type AssetManagerNameOptions,
  type AssetManagerNestedAttributesOptions,
  type AssetManagerSchemaAttributeElement,
  type AssetManagerSchemaTypeElement,
  type AssetManagerUpdateSchemaAttributeOptions,
  type CalculatedValueOptions,
  type CreateAnchoredSchemaTypeOptions,
  type CreateSchemaTypeOptions,
  type ElementHeader,
  type EngineActionElement,
  type FirstGovernanceActionProcessStepElement,
  type GovernanceActionProcessElement,
  type GovernanceActionProcessStepElement,
  type NextGovernanceActionProcessStepElement,
  type ForeignKeyOptions,
  type PrimaryKeyOptions,
  type SchemaAttributeGUIDOptions,
  type SchemaElementGUIDOptions,
  type SchemaElementRelationshipOptions,
  type SchemaTypeForElementOptions,
  type SchemaTypeGUIDOptions,
  type SchemaTypeParentOptions,
  type UpdateSchemaTypeOptions,
  type AssetManagerPagingOptions,
  type AssetManagerSearchOptions,
  type AssetManagerTemplateOptions,
  type AssetRelationshipEndsOptions,
  type AssetRelationshipGUIDOptions,
  type CalledPagingOptions,
  type CallerPagingOptions,
  type ControlFlowElement,
  type ControlFlowGUIDOptions,
  type CreateDataAssetOptions,
  type CreatePortOptions,
  type CreateProcessOptions,
  type CurrentStepPagingOptions,
  type DataAssetElement,
  type DataAssetGUIDOptions,
  type DataConsumerPagingOptions,
  type DataFlowElement,
  type DataFlowGUIDOptions,
  type DataSupplierPagingOptions,
  type DestinationElementPagingOptions,
  type ElementGUIDOptions,
  type GetControlFlowOptions,
  type GetDataFlowOptions,
  type GetLineageMappingOptions,
  type GetProcessCallOptions,
  type LineageMappingElement,
  type LineageMappingGUIDOptions,
  type PortDelegationOptions,
  type PortElement,
  type PortGUIDOptions,
  type PortPagingOptions,
  type PortSchemaTypeOptions,
  type ProcessCallElement,
  type ProcessCallGUIDOptions,
  type ProcessElement,
  type ProcessGUIDOptions,
  type ProcessPagingOptions,
  type ProcessParentOptions,
  type ProcessPortOptions,
  type RelatedAssetsAtEnd1Options,
  type RelatedAssetsAtEnd2Options,
  type RelationshipElement,
  type SetupControlFlowOptions,
  type SetupDataFlowOptions,
  type SetupLineageMappingOptions,
  type SetupProcessCallOptions,
  type SetupRelatedDataAssetOptions,
  type SourceElementPagingOptions,
  type UpdateAssetRelationshipOptions,
  type UpdateControlFlowOptions,
  type UpdateDataAssetOptions,
  type UpdateDataFlowOptions,
  type UpdateLineageMappingOptions,
  type UpdatePortOptions,
  type UpdateProcessCallOptions,
  type UpdateProcessOptions,
  type UpdateProcessStatusOptions,
} from '@egeria-ts/omas-client';
import {
  isOpenLineageEventListener,
  type OpenLineageEventHandler,
  type OpenLineageEventListener,
  type OpenLineageRunEvent,
} from './open-lineage-events';
import type { OpenLineageListenerManager, OpenLineagePublishResult } from './open-lineage-listener-manager';
import {
  GovernanceActionProcessReads,
  type EngineActionGUIDOptions,
  type GovernanceActionProcessGUIDOptions,
  type GovernanceActionProcessStepGUIDOptions,
  type GovernancePagingOptions,
  type NextProcessStepsOptions,
} from './governance-action-processes';

/** Receives the Asset Manager OMAS's out-topic events (Egeria's `AssetManagerEventListener`). */
export type AssetManagerEventListener = TopicListener<AssetManagerOutTopicEvent>;

/**
 * The context of a lineage integration connector (Egeria 5.2's `LineageIntegratorContext`): data
 * assets, schema types and attributes, processes, ports, data flows, control flows, process calls and
 * lineage mappings through the Asset Manager OMAS, the Memento and Incomplete classifications through
 * its open metadata store, governance action processes and engine actions (read) through its open
 * governance service, Asset Manager out-topic listeners, and OpenLineage run events (publish and
 * listen; the listeners are shared by every connector of the service). Reads include elements with
 * the Memento classification unless `setForLineage(false)`. Every write carries the connector's user
 * id and its metadata source, is refused before it is sent when the permitted synchronization is
 * TO_THIRD_PARTY, and is counted by type in the activity report.
 */
export class LineageIntegratorContext extends OmasIntegrationContext<AssetManagerOutTopicEvent> {
  readonly #dataAssets: DataAssetExchangeService;
  readonly #lineage: LineageExchangeService;
  readonly #classifications: LineageClassificationService;
  readonly #schemas: SchemaExchangeService;
  readonly #governance: GovernanceActionProcessReads;
  readonly #openLineage: OpenLineageListenerManager;
  readonly #handlers = new Map<OpenLineageEventHandler | OpenLineageEventListener, OpenLineageEventHandler>();

  /**
   * @param dependencies - built by the Lineage Integrator service (`lineageIntegratorService.createContext`)
   * @param openLineage - the service's OpenLineage listeners
   */
  constructor(
    dependencies: IntegrationContextDependencies<AssetManagerOutTopicEvent>,
    openLineage: OpenLineageListenerManager,
  ) {
    super(dependencies);
    this.#openLineage = openLineage;
    const exchange: AssetManagerExchangeContext = {
      connectorName: this.connectorName,
      assetManagerGUID: this.externalSource.externalSourceGUID,
      assetManagerName: this.externalSource.externalSourceName,
      partnerInvoker: (service) => this.partnerInvoker(service),
      write: (operation, fn, change) => this.write(operation, fn, change),
      read: (operation, fn) => this.read(operation, fn),
      requireOptions: (operation, options) => this.requireOptions(operation, options),
      paging: (operation, options) => this.paging(operation, options),
    };
    this.#dataAssets = new DataAssetExchangeService(exchange, true);
    this.#lineage = new LineageExchangeService(exchange, true);
    this.#classifications = new LineageClassificationService(exchange, true);
    this.#schemas = new SchemaExchangeService(exchange, true);
    this.#governance = new GovernanceActionProcessReads(exchange);
  }

  // ---------------------------------------------------------------- identity and flags

  /** The full name of the integration service (Egeria's `getIntegrationServiceName()`). */
  getIntegrationServiceName(): string {
    return this.integrationService.fullName;
  }

  /** The GUID of the connector's metadata source; undefined for local-cohort provenance. */
  getMetadataSourceGUID(): string | undefined {
    return this.externalSource.externalSourceGUID;
  }

  /** Whether reads include elements with the Memento classification (default true). */
  isForLineage(): boolean {
    return this.#lineage.isForLineage();
  }

  /**
   * Sets whether reads include elements with the Memento classification.
   * @param forLineage - the new value
   */
  setForLineage(forLineage: boolean): void {
    this.#lineage.setForLineage(forLineage);
    this.#dataAssets.setForLineage(forLineage);
    this.#classifications.setForLineage(forLineage);
    this.#schemas.setForLineage(forLineage);
  }

  // ---------------------------------------------------------------- listeners

  /**
   * Registers a listener: an {@link OpenLineageEventListener} object (with `processOpenLineageRunEvent`)
   * for OpenLineage run events, or a function for the Asset Manager OMAS's out-topic events.
   * @param listener - the listener
   */
  override async registerListener(listener: AssetManagerEventListener | OpenLineageEventListener): Promise<void> {
    if (isOpenLineageEventListener(listener)) {
      this.registerOpenLineageListener(listener);
      return;
    }
    await super.registerListener(listener);
  }

  /**
   * Registers a listener for the OpenLineage run events published to the Lineage Integrator (by any
   * of its connectors, or through the integration daemon's REST API). Removed when the context disconnects.
   * @param listener - a handler function, or an object with `processOpenLineageRunEvent`
   */
  registerOpenLineageListener(listener: OpenLineageEventHandler | OpenLineageEventListener): void {
    const operation = 'registerOpenLineageListener';
    this.validateIsActive(operation);
    if (this.#handlers.has(listener)) return;
    let handler: OpenLineageEventHandler;
    if (typeof listener === 'function') handler = listener;
    else if (isOpenLineageEventListener(listener))
      handler = (event, rawEvent) => listener.processOpenLineageRunEvent(event, rawEvent);
    else throw this.invalidParameter('listener', operation, listener);
    this.#handlers.set(listener, handler);
    this.#openLineage.register(handler, { auditLog: this.auditLog, owner: this });
  }

  /**
   * Removes an OpenLineage listener.
   * @returns false when it was not registered through this context
   */
  unregisterOpenLineageListener(listener: OpenLineageEventHandler | OpenLineageEventListener): boolean {
    const handler = this.#handlers.get(listener);
    if (handler === undefined) return false;
    this.#handlers.delete(listener);
    return this.#openLineage.unregister(handler, this);
  }

  /**
   * Publishes an OpenLineage run event to every OpenLineage listener of the Lineage Integrator
   * (this connector's included). Raw JSON is read into a typed event; when it cannot be, the
   * problem is logged and the listeners get the raw text only. A listener that fails is logged.
   * @param event - the raw JSON text of a run event, or a run event
   * @returns what became of the event (listeners reached and failed)
   */
  async publishOpenLineageRunEvent(event: string | OpenLineageRunEvent): Promise<OpenLineagePublishResult> {
    const operation = 'publishOpenLineageRunEvent';
    this.validateIsActive(operation);
    if (typeof event !== 'string' && (typeof event !== 'object' || event === null || Array.isArray(event))) {
      throw InvalidParameterException.fromDefinition(
        CONTEXT_ERROR_CODE.INVALID_PARAMETER,
        ['event', operation, this.connectorName, describeValue(event)],
        { actionDescription: operation, exceptionProperties: { parameterName: 'event' } },
      );
    }
    return this.#openLineage.publish(event, { auditLog: this.auditLog });
  }

  /** Disconnects the context: its OpenLineage listeners are removed, then the base disconnects. */
  override async disconnect(): Promise<void> {
    this.#openLineage.unregisterAll(this);
    this.#handlers.clear();
    await super.disconnect();
  }

  // ---------------------------------------------------------------- data assets, processes, ports, lineage

  /** Creates a data asset. @returns its GUID */
  async createDataAsset(options: CreateDataAssetOptions): Promise<string> {
    return this.#dataAssets.createDataAsset(options);
  }

  /** Creates a data asset by copying a template. @returns its GUID */
  async createDataAssetFromTemplate(options: AssetManagerTemplateOptions): Promise<string> {
    return this.#dataAssets.createDataAssetFromTemplate(options);
  }

  /** Updates a data asset: replaces its properties, or merges them with `isMergeUpdate`. */
  async updateDataAsset(options: UpdateDataAssetOptions): Promise<void> {
    return this.#dataAssets.updateDataAsset(options);
  }

  /** Makes a data asset visible to consumers (its zones become the server's published zones). */
  async publishDataAsset(options: DataAssetGUIDOptions): Promise<void> {
    return this.#dataAssets.publishDataAsset(options);
  }

  /** Hides a data asset from consumers (its zones become the server's default zones). */
  async withdrawDataAsset(options: DataAssetGUIDOptions): Promise<void> {
    return this.#dataAssets.withdrawDataAsset(options);
  }

  /** Removes a data asset and what is anchored to it. */
  async removeDataAsset(options: DataAssetGUIDOptions): Promise<void> {
    return this.#dataAssets.removeDataAsset(options);
  }

  /** Classifies a data asset as reference data. */
  async setDataAssetAsReferenceData(options: DataAssetGUIDOptions): Promise<void> {
    return this.#dataAssets.setDataAssetAsReferenceData(options);
  }

  /** Removes the reference data classification from a data asset. */
  async clearDataAssetAsReferenceData(options: DataAssetGUIDOptions): Promise<void> {
    return this.#dataAssets.clearDataAssetAsReferenceData(options);
  }

  /** Links two data assets with a relationship of the type given. @returns the relationship's GUID */
  async setupRelatedDataAsset(options: SetupRelatedDataAssetOptions): Promise<string> {
    return this.#dataAssets.setupRelatedDataAsset(options);
  }

  /** The relationship of a type between two data assets, if there is one. */
  async getAssetRelationship(options: AssetRelationshipEndsOptions): Promise<RelationshipElement | undefined> {
    return this.#dataAssets.getAssetRelationship(options);
  }

  /** Updates the properties of a relationship between data assets. */
  async updateAssetRelationship(options: UpdateAssetRelationshipOptions): Promise<void> {
    return this.#dataAssets.updateAssetRelationship(options);
  }

  /** Removes a relationship between data assets. */
  async clearAssetRelationship(options: AssetRelationshipGUIDOptions): Promise<void> {
    return this.#dataAssets.clearAssetRelationship(options);
  }

  /** The assets at end two of the relationships of a type from an asset (one page). */
  async getRelatedAssetsAtEnd2(options: RelatedAssetsAtEnd2Options): Promise<RelationshipElement[]> {
    return this.#dataAssets.getRelatedAssetsAtEnd2(options);
  }

  /** The assets at end one of the relationships of a type to an asset (one page). */
  async getRelatedAssetsAtEnd1(options: RelatedAssetsAtEnd1Options): Promise<RelationshipElement[]> {
    return this.#dataAssets.getRelatedAssetsAtEnd1(options);
  }

  /** Data assets whose properties match a search string (one page). */
  async findDataAssets(options: AssetManagerSearchOptions): Promise<DataAssetElement[]> {
    return this.#dataAssets.findDataAssets(options);
  }

  /** Data assets with a name or qualified name (one page). */
  async getDataAssetsByName(options: AssetManagerNameOptions): Promise<DataAssetElement[]> {
    return this.#dataAssets.getDataAssetsByName(options);
  }

  /** The data assets owned by the asset manager (one page). */
  async getDataAssetsForAssetManager(options: AssetManagerPagingOptions = {}): Promise<DataAssetElement[]> {
    return this.#dataAssets.getDataAssetsForAssetManager(options);
  }

  /** One data asset, or undefined when the server returns none. */
  async getDataAssetByGUID(options: DataAssetGUIDOptions): Promise<DataAssetElement | undefined> {
    return this.#dataAssets.getDataAssetByGUID(options);
  }

  /** Creates a schema type (the structure of the data in an asset or passing through a port). @returns its GUID */
  async createSchemaType(options: CreateSchemaTypeOptions): Promise<string> {
    return this.#schemas.createSchemaType(options);
  }

  /** Creates a schema type anchored to another element (deleted with it). @returns its GUID */
  async createAnchoredSchemaType(options: CreateAnchoredSchemaTypeOptions): Promise<string> {
    return this.#schemas.createAnchoredSchemaType(options);
  }

  /** Creates a schema type by copying a template. @returns its GUID */
  async createSchemaTypeFromTemplate(options: AssetManagerTemplateOptions): Promise<string> {
    return this.#schemas.createSchemaTypeFromTemplate(options);
  }

  /** Updates a schema type: replaces its properties, or merges them with `isMergeUpdate`. */
  async updateSchemaType(options: UpdateSchemaTypeOptions): Promise<void> {
    return this.#schemas.updateSchemaType(options);
  }

  /** Links a schema type to the asset, port or other element whose data it describes. */
  async setupSchemaTypeParent(options: SchemaTypeParentOptions): Promise<void> {
    return this.#schemas.setupSchemaTypeParent(options);
  }

  /** Removes the link between a schema type and its parent element. */
  async clearSchemaTypeParent(options: SchemaTypeParentOptions): Promise<void> {
    return this.#schemas.clearSchemaTypeParent(options);
  }

  /** Links two schema elements with a relationship of the type given. */
  async setupSchemaElementRelationship(options: SchemaElementRelationshipOptions): Promise<void> {
    return this.#schemas.setupSchemaElementRelationship(options);
  }

  /** Removes a relationship between two schema elements. */
  async clearSchemaElementRelationship(options: SchemaElementRelationshipOptions): Promise<void> {
    return this.#schemas.clearSchemaElementRelationship(options);
  }

  /** Removes a schema type and what is anchored to it. */
  async removeSchemaType(options: SchemaTypeGUIDOptions): Promise<void> {
    return this.#schemas.removeSchemaType(options);
  }

  /** Schema types whose properties match a search string (one page). */
  async findSchemaType(options: AssetManagerSearchOptions): Promise<AssetManagerSchemaTypeElement[]> {
    return this.#schemas.findSchemaType(options);
  }

  /** The schema type of an element (an asset or a port), or undefined. */
  async getSchemaTypeForElement(
    options: SchemaTypeForElementOptions,
  ): Promise<AssetManagerSchemaTypeElement | undefined> {
    return this.#schemas.getSchemaTypeForElement(options);
  }

  /** Schema types with a name or qualified name (one page). */
  async getSchemaTypeByName(options: AssetManagerNameOptions): Promise<AssetManagerSchemaTypeElement[]> {
    return this.#schemas.getSchemaTypeByName(options);
  }

  /** One schema type, or undefined. */
  async getSchemaTypeByGUID(options: SchemaTypeGUIDOptions): Promise<AssetManagerSchemaTypeElement | undefined> {
    return this.#schemas.getSchemaTypeByGUID(options);
  }

  /** The header of the element a schema type belongs to, or undefined. */
  async getSchemaTypeParent(options: SchemaTypeGUIDOptions): Promise<ElementHeader | undefined> {
    return this.#schemas.getSchemaTypeParent(options);
  }

  /** Creates a schema attribute nested in a schema type or attribute. @returns its GUID */
  async createSchemaAttribute(options: AssetManagerCreateSchemaAttributeOptions): Promise<string> {
    return this.#schemas.createSchemaAttribute(options);
  }

  /** Creates a schema attribute by copying a template, nested in a schema type or attribute. @returns its GUID */
  async createSchemaAttributeFromTemplate(
    options: AssetManagerCreateSchemaAttributeFromTemplateOptions,
  ): Promise<string> {
    return this.#schemas.createSchemaAttributeFromTemplate(options);
  }

  /** Updates a schema attribute: replaces its properties, or merges them with `isMergeUpdate`. */
  async updateSchemaAttribute(options: AssetManagerUpdateSchemaAttributeOptions): Promise<void> {
    return this.#schemas.updateSchemaAttribute(options);
  }

  /** Classifies a schema element as a calculated value (with its formula). */
  async setSchemaElementAsCalculatedValue(options: CalculatedValueOptions): Promise<void> {
    return this.#schemas.setSchemaElementAsCalculatedValue(options);
  }

  /** Removes the calculated value classification. */
  async clearSchemaElementAsCalculatedValue(options: SchemaElementGUIDOptions): Promise<void> {
    return this.#schemas.clearSchemaElementAsCalculatedValue(options);
  }

  /** Classifies a schema attribute (a column) as a primary key. */
  async setupColumnAsPrimaryKey(options: PrimaryKeyOptions): Promise<void> {
    return this.#schemas.setupColumnAsPrimaryKey(options);
  }

  /** Removes the primary key classification. */
  async clearColumnAsPrimaryKey(options: SchemaAttributeGUIDOptions): Promise<void> {
    return this.#schemas.clearColumnAsPrimaryKey(options);
  }

  /** Links a foreign key attribute to the primary key it refers to. */
  async setupForeignKeyRelationship(options: ForeignKeyOptions): Promise<void> {
    return this.#schemas.setupForeignKeyRelationship(options);
  }

  /** Updates the properties of a foreign key relationship. */
  async updateForeignKeyRelationship(options: ForeignKeyOptions): Promise<void> {
    return this.#schemas.updateForeignKeyRelationship(options);
  }

  /** Removes a foreign key relationship. */
  async clearForeignKeyRelationship(options: ForeignKeyOptions): Promise<void> {
    return this.#schemas.clearForeignKeyRelationship(options);
  }

  /** Removes a schema attribute and what is nested in it. */
  async removeSchemaAttribute(options: SchemaAttributeGUIDOptions): Promise<void> {
    return this.#schemas.removeSchemaAttribute(options);
  }

  /** Schema attributes whose properties match a search string (one page). */
  async findSchemaAttributes(options: AssetManagerSearchOptions): Promise<AssetManagerSchemaAttributeElement[]> {
    return this.#schemas.findSchemaAttributes(options);
  }

  /** The attributes directly nested in a schema type or attribute (one page). */
  async getNestedSchemaAttributes(
    options: AssetManagerNestedAttributesOptions,
  ): Promise<AssetManagerSchemaAttributeElement[]> {
    return this.#schemas.getNestedAttributes(options);
  }

  /** Schema attributes with a name or qualified name (one page). */
  async getSchemaAttributesByName(options: AssetManagerNameOptions): Promise<AssetManagerSchemaAttributeElement[]> {
    return this.#schemas.getSchemaAttributesByName(options);
  }

  /** One schema attribute, or undefined. */
  async getSchemaAttributeByGUID(
    options: SchemaAttributeGUIDOptions,
  ): Promise<AssetManagerSchemaAttributeElement | undefined> {
    return this.#schemas.getSchemaAttributeByGUID(options);
  }

  /** Creates a process. @returns its GUID */
  async createProcess(options: CreateProcessOptions): Promise<string> {
    return this.#lineage.createProcess(options);
  }

  /** Creates a process by copying a template. @returns its GUID */
  async createProcessFromTemplate(options: AssetManagerTemplateOptions): Promise<string> {
    return this.#lineage.createProcessFromTemplate(options);
  }

  /** Updates a process: replaces its properties, or merges them with `isMergeUpdate`. */
  async updateProcess(options: UpdateProcessOptions): Promise<void> {
    return this.#lineage.updateProcess(options);
  }

  /** Changes the status of a process. */
  async updateProcessStatus(options: UpdateProcessStatusOptions): Promise<void> {
    return this.#lineage.updateProcessStatus(options);
  }

  /** Makes one process a child of another (`ProcessHierarchy`). */
  async setupProcessParent(options: ProcessParentOptions): Promise<void> {
    return this.#lineage.setupProcessParent(options);
  }

  /** Removes the link between a parent and a child process. */
  async clearProcessParent(options: ProcessParentOptions): Promise<void> {
    return this.#lineage.clearProcessParent(options);
  }

  /** Makes a process visible to consumers. */
  async publishProcess(options: ProcessGUIDOptions): Promise<void> {
    return this.#lineage.publishProcess(options);
  }

  /** Hides a process from consumers. */
  async withdrawProcess(options: ProcessGUIDOptions): Promise<void> {
    return this.#lineage.withdrawProcess(options);
  }

  /** Removes a process and what is anchored to it (its ports). */
  async removeProcess(options: ProcessGUIDOptions): Promise<void> {
    return this.#lineage.removeProcess(options);
  }

  /** Processes whose properties match a search string (one page). */
  async findProcesses(options: AssetManagerSearchOptions): Promise<ProcessElement[]> {
    return this.#lineage.findProcesses(options);
  }

  /** The processes owned by the asset manager (one page). */
  async getProcessesForAssetManager(options: AssetManagerPagingOptions = {}): Promise<ProcessElement[]> {
    return this.#lineage.getProcessesForAssetManager(options);
  }

  /** Processes with a name or qualified name (one page). */
  async getProcessesByName(options: AssetManagerNameOptions): Promise<ProcessElement[]> {
    return this.#lineage.getProcessesByName(options);
  }

  /** One process, or undefined. */
  async getProcessByGUID(options: ProcessGUIDOptions): Promise<ProcessElement | undefined> {
    return this.#lineage.getProcessByGUID(options);
  }

  /** The parent of a process, or undefined. */
  async getProcessParent(options: ProcessGUIDOptions): Promise<ProcessElement | undefined> {
    return this.#lineage.getProcessParent(options);
  }

  /** The children of a process (one page). */
  async getSubProcesses(options: ProcessPagingOptions): Promise<ProcessElement[]> {
    return this.#lineage.getSubProcesses(options);
  }

  /** Creates a port for a process. @returns its GUID */
  async createPort(options: CreatePortOptions): Promise<string> {
    return this.#lineage.createPort(options);
  }

  /** Updates a port (its properties are replaced). */
  async updatePort(options: UpdatePortOptions): Promise<void> {
    return this.#lineage.updatePort(options);
  }

  /** Links a port to a process (`ProcessPort`). */
  async setupProcessPort(options: ProcessPortOptions): Promise<void> {
    return this.#lineage.setupProcessPort(options);
  }

  /** Removes the link between a port and a process. */
  async clearProcessPort(options: ProcessPortOptions): Promise<void> {
    return this.#lineage.clearProcessPort(options);
  }

  /** Makes one port delegate to another (`PortDelegation`). */
  async setupPortDelegation(options: PortDelegationOptions): Promise<void> {
    return this.#lineage.setupPortDelegation(options);
  }

  /** Removes a port delegation. */
  async clearPortDelegation(options: PortDelegationOptions): Promise<void> {
    return this.#lineage.clearPortDelegation(options);
  }

  /** Links a port to the schema type of its data (`PortSchema`). */
  async setupPortSchemaType(options: PortSchemaTypeOptions): Promise<void> {
    return this.#lineage.setupPortSchemaType(options);
  }

  /** Removes the link between a port and its schema type. */
  async clearPortSchemaType(options: PortSchemaTypeOptions): Promise<void> {
    return this.#lineage.clearPortSchemaType(options);
  }

  /** Removes a port. */
  async removePort(options: PortGUIDOptions): Promise<void> {
    return this.#lineage.removePort(options);
  }

  /** Ports whose properties match a search string (one page). */
  async findPorts(options: AssetManagerSearchOptions): Promise<PortElement[]> {
    return this.#lineage.findPorts(options);
  }

  /** The ports of a process (one page). */
  async getPortsForProcess(options: ProcessPagingOptions): Promise<PortElement[]> {
    return this.#lineage.getPortsForProcess(options);
  }

  /** The ports that delegate to a port (one page). */
  async getPortUse(options: PortPagingOptions): Promise<PortElement[]> {
    return this.#lineage.getPortUse(options);
  }

  /** The port a port delegates to, or undefined. */
  async getPortDelegation(options: PortGUIDOptions): Promise<PortElement | undefined> {
    return this.#lineage.getPortDelegation(options);
  }

  /** Ports with a name or qualified name (one page). */
  async getPortsByName(options: AssetManagerNameOptions): Promise<PortElement[]> {
    return this.#lineage.getPortsByName(options);
  }

  /** One port, or undefined. */
  async getPortByGUID(options: PortGUIDOptions): Promise<PortElement | undefined> {
    return this.#lineage.getPortByGUID(options);
  }

  /** Classifies an element as business significant. */
  async setBusinessSignificant(options: ElementGUIDOptions): Promise<void> {
    return this.#lineage.setBusinessSignificant(options);
  }

  /** Removes the business significant classification. */
  async clearBusinessSignificant(options: ElementGUIDOptions): Promise<void> {
    return this.#lineage.clearBusinessSignificant(options);
  }

  /**
   * Classifies an element as a memento (what it describes is gone; it is kept for lineage), through
   * the open metadata store: Egeria 5.2's client sends nothing for this method.
   */
  async addMementoClassification(options: ElementGUIDOptions): Promise<void> {
    return this.#classifications.addMementoClassification(options);
  }

  /** Removes the Memento classification (through the open metadata store). */
  async clearMementoClassification(options: ElementGUIDOptions): Promise<void> {
    return this.#classifications.clearMementoClassification(options);
  }

  /**
   * Classifies an element as incomplete (its description is still being filled in), through the
   * open metadata store: Egeria 5.2's client sends nothing for this method.
   */
  async addIncompleteClassification(options: ElementGUIDOptions): Promise<void> {
    return this.#classifications.addIncompleteClassification(options);
  }

  /** Removes the Incomplete classification (through the open metadata store). */
  async clearIncompleteClassification(options: ElementGUIDOptions): Promise<void> {
    return this.#classifications.clearIncompleteClassification(options);
  }

  /** Records that data flows from a supplier to a consumer. @returns the flow's GUID */
  async setupDataFlow(options: SetupDataFlowOptions): Promise<string> {
    return this.#lineage.setupDataFlow(options);
  }

  /** The data flow between a supplier and a consumer, or undefined. */
  async getDataFlow(options: GetDataFlowOptions): Promise<DataFlowElement | undefined> {
    return this.#lineage.getDataFlow(options);
  }

  /** Updates the properties of a data flow. */
  async updateDataFlow(options: UpdateDataFlowOptions): Promise<void> {
    return this.#lineage.updateDataFlow(options);
  }

  /** Removes a data flow. */
  async clearDataFlow(options: DataFlowGUIDOptions): Promise<void> {
    return this.#lineage.clearDataFlow(options);
  }

  /** The data flows from a supplier (one page). */
  async getDataFlowConsumers(options: DataSupplierPagingOptions): Promise<DataFlowElement[]> {
    return this.#lineage.getDataFlowConsumers(options);
  }

  /** The data flows into a consumer (one page). */
  async getDataFlowSuppliers(options: DataConsumerPagingOptions): Promise<DataFlowElement[]> {
    return this.#lineage.getDataFlowSuppliers(options);
  }

  /** Records that control passes from one step to the next. @returns the flow's GUID */
  async setupControlFlow(options: SetupControlFlowOptions): Promise<string> {
    return this.#lineage.setupControlFlow(options);
  }

  /** The control flow between two steps, or undefined. */
  async getControlFlow(options: GetControlFlowOptions): Promise<ControlFlowElement | undefined> {
    return this.#lineage.getControlFlow(options);
  }

  /** Updates the properties of a control flow. */
  async updateControlFlow(options: UpdateControlFlowOptions): Promise<void> {
    return this.#lineage.updateControlFlow(options);
  }

  /** Removes a control flow. */
  async clearControlFlow(options: ControlFlowGUIDOptions): Promise<void> {
    return this.#lineage.clearControlFlow(options);
  }

  /** The control flows to the next steps (one page). */
  async getControlFlowNextSteps(options: CurrentStepPagingOptions): Promise<ControlFlowElement[]> {
    return this.#lineage.getControlFlowNextSteps(options);
  }

  /** The control flows from the previous steps (one page). */
  async getControlFlowPreviousSteps(options: CurrentStepPagingOptions): Promise<ControlFlowElement[]> {
    return this.#lineage.getControlFlowPreviousSteps(options);
  }

  /** Records that one element calls another. @returns the call's GUID */
  async setupProcessCall(options: SetupProcessCallOptions): Promise<string> {
    return this.#lineage.setupProcessCall(options);
  }

  /** The process call between a caller and the element called, or undefined. */
  async getProcessCall(options: GetProcessCallOptions): Promise<ProcessCallElement | undefined> {
    return this.#lineage.getProcessCall(options);
  }

  /** Updates the properties of a process call. */
  async updateProcessCall(options: UpdateProcessCallOptions): Promise<void> {
    return this.#lineage.updateProcessCall(options);
  }

  /** Removes a process call. */
  async clearProcessCall(options: ProcessCallGUIDOptions): Promise<void> {
    return this.#lineage.clearProcessCall(options);
  }

  /** The calls a caller makes (one page). */
  async getProcessCalled(options: CallerPagingOptions): Promise<ProcessCallElement[]> {
    return this.#lineage.getProcessCalled(options);
  }

  /** The calls made to an element (one page). */
  async getProcessCallers(options: CalledPagingOptions): Promise<ProcessCallElement[]> {
    return this.#lineage.getProcessCallers(options);
  }

  /** Records that a destination element's value derives from a source element. @returns the mapping's GUID */
  async setupLineageMapping(options: SetupLineageMappingOptions): Promise<string> {
    return this.#lineage.setupLineageMapping(options);
  }

  /** The lineage mapping between a source and a destination, or undefined. */
  async getLineageMapping(options: GetLineageMappingOptions): Promise<LineageMappingElement | undefined> {
    return this.#lineage.getLineageMapping(options);
  }

  /** Updates the properties of a lineage mapping. */
  async updateLineageMapping(options: UpdateLineageMappingOptions): Promise<void> {
    return this.#lineage.updateLineageMapping(options);
  }

  /** Removes a lineage mapping. */
  async clearLineageMapping(options: LineageMappingGUIDOptions): Promise<void> {
    return this.#lineage.clearLineageMapping(options);
  }

  /** The mappings from a source element (one page). */
  async getDestinationLineageMappings(options: SourceElementPagingOptions): Promise<LineageMappingElement[]> {
    return this.#lineage.getDestinationLineageMappings(options);
  }

  /** The mappings into a destination element (one page). */
  async getSourceLineageMappings(options: DestinationElementPagingOptions): Promise<LineageMappingElement[]> {
    return this.#lineage.getSourceLineageMappings(options);
  }

  // ---------------------------------------------------------------- governance action processes

  /** Governance action processes whose properties match a search string (one page). */
  async findGovernanceActionProcesses(options: AssetManagerSearchOptions): Promise<GovernanceActionProcessElement[]> {
    return this.#governance.findGovernanceActionProcesses(options);
  }

  /** Governance action processes with a qualified or display name (one page). */
  async getGovernanceActionProcessesByName(
    options: AssetManagerNameOptions,
  ): Promise<GovernanceActionProcessElement[]> {
    return this.#governance.getGovernanceActionProcessesByName(options);
  }

  /** One governance action process, or undefined. */
  async getGovernanceActionProcessByGUID(
    options: GovernanceActionProcessGUIDOptions,
  ): Promise<GovernanceActionProcessElement | undefined> {
    return this.#governance.getGovernanceActionProcessByGUID(options);
  }

  /** Governance action process steps whose properties match a search string (one page). */
  async findGovernanceActionProcessSteps(
    options: AssetManagerSearchOptions,
  ): Promise<GovernanceActionProcessStepElement[]> {
    return this.#governance.findGovernanceActionProcessSteps(options);
  }

  /** Governance action process steps with a qualified or display name (one page). */
  async getGovernanceActionProcessStepsByName(
    options: AssetManagerNameOptions,
  ): Promise<GovernanceActionProcessStepElement[]> {
    return this.#governance.getGovernanceActionProcessStepsByName(options);
  }

  /** One governance action process step, or undefined. */
  async getGovernanceActionProcessStepByGUID(
    options: GovernanceActionProcessStepGUIDOptions,
  ): Promise<GovernanceActionProcessStepElement | undefined> {
    return this.#governance.getGovernanceActionProcessStepByGUID(options);
  }

  /** The first step of a governance action process, or undefined. */
  async getFirstProcessStep(
    options: GovernanceActionProcessGUIDOptions,
  ): Promise<FirstGovernanceActionProcessStepElement | undefined> {
    return this.#governance.getFirstProcessStep(options);
  }

  /** The steps that follow a step, with the guards that lead to them (one page). */
  async getNextProcessSteps(options: NextProcessStepsOptions): Promise<NextGovernanceActionProcessStepElement[]> {
    return this.#governance.getNextProcessSteps(options);
  }

  /** One engine action, or undefined. */
  async getEngineAction(options: EngineActionGUIDOptions): Promise<EngineActionElement | undefined> {
    return this.#governance.getEngineAction(options);
  }

  /** The engine actions the server knows (one page). */
  async getEngineActions(options: GovernancePagingOptions = {}): Promise<EngineActionElement[]> {
    return this.#governance.getEngineActions(options);
  }

  /** The engine actions still in progress (one page). */
  async getActiveEngineActions(options: GovernancePagingOptions = {}): Promise<EngineActionElement[]> {
    return this.#governance.getActiveEngineActions(options);
  }
}
