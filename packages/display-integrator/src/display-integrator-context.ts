import {
  DATA_MANAGER_DISPLAY_SERVICE,
  DATA_MANAGER_SCHEMA_SERVICE,
  DataManagerIntegrationContext,
  DataManagerSchemaClient,
  DisplayApplicationClient,
  elementCreated,
  elementDeleted,
  elementUpdated,
  typeNameOr,
  type ContextGUIDOptions,
  type ContextNameOptions,
  type ContextPagingOptions,
  type ContextSearchOptions,
  type ContextTemplateOptions,
  type DataContainerElement,
  type DataManagerOutboundEvent,
  type FormElement,
  type IntegrationContextDependencies,
  type KnownMetadataSource,
  type QueryElement,
  type ReportElement,
  type SchemaAttributeElement,
} from '@egeria-ts/omas-client';
import type {
  ChildDataFieldsOptions,
  CreateDataContainerFromTemplateOptions,
  CreateDataContainerOptions,
  CreateDataFieldFromTemplateOptions,
  CreateDataFieldOptions,
  CreateFormOptions,
  CreateQueryOptions,
  CreateReportOptions,
  DataContainerGUIDOption,
  DataContainersForElementOptions,
  DataFieldGUIDOption,
  FormGUIDOption,
  QueryGUIDOption,
  RemoveFormOptions,
  RemoveQueryOptions,
  RemoveReportOptions,
  ReportGUIDOption,
  UpdateDataContainerOptions,
  UpdateDataFieldOptions,
  UpdateFormOptions,
  UpdateQueryOptions,
  UpdateReportOptions,
} from './display-integrator-options';

/**
 * The open metadata type names the context counts its changes under (a `typeName` in the
 * properties, for a subtype, is counted instead).
 */
export const DISPLAY_ELEMENT_TYPE_NAMES = Object.freeze({
  /** A form. */
  form: 'Form',
  /** A report. */
  report: 'DeployedReport',
  /** A query (Egeria stores queries as information views). */
  query: 'InformationView',
  /** A data container of a form, report or query. */
  dataContainer: 'DisplayDataContainer',
  /** A data field (a schema attribute). */
  dataField: 'DisplayDataField',
});

const T = DISPLAY_ELEMENT_TYPE_NAMES;

/** The `applicationGUID` / `applicationName` of a "for application" read: the connector's metadata source. */
function application(source: KnownMetadataSource): { applicationGUID: string; applicationName: string } {
  return { applicationGUID: source.externalSourceGUID, applicationName: source.externalSourceName };
}

/**
 * The context of a display integration connector (Egeria 5.2's `DisplayIntegratorContext`):
 * catalogs the forms, reports and queries of an application, their data containers and data
 * fields, through the Data Manager OMAS, and links schema types to data fields. Every write carries
 * the connector's user id and its metadata source (the application) as external source, is refused
 * before it is sent when the permitted synchronization forbids writing to open metadata, and is
 * counted by type in the activity report. Reads are refused once the context is disconnected. As in
 * Egeria, with `setExternalSourceIsHome(false)` new elements belong to the local cohort (a form,
 * report or query is still linked to its application).
 */
export class DisplayIntegratorContext extends DataManagerIntegrationContext {
  readonly #display: DisplayApplicationClient;
  readonly #fields: DataManagerSchemaClient;

  /** @param dependencies - built by the Display Integrator service (`displayIntegratorService.createContext`) */
  constructor(dependencies: IntegrationContextDependencies<DataManagerOutboundEvent>) {
    super(dependencies);
    this.#display = new DisplayApplicationClient(this.partnerInvoker(DATA_MANAGER_DISPLAY_SERVICE));
    this.#fields = new DataManagerSchemaClient(this.partnerInvoker(DATA_MANAGER_SCHEMA_SERVICE));
  }

  // ---------------------------------------------------------------- application

  /** The GUID of the application (the connector's metadata source); undefined for local-cohort provenance. */
  getApplicationGUID(): string | undefined {
    return this.externalSource.externalSourceGUID;
  }

  /** The qualified name of the application (the connector's metadata source); undefined for local-cohort provenance. */
  getApplicationName(): string | undefined {
    return this.externalSource.externalSourceName;
  }

  // ---------------------------------------------------------------- forms

  /** Creates a form used by the application. @returns its GUID */
  async createForm(options: CreateFormOptions): Promise<string> {
    const o = this.requireOptions('createForm', options);
    return this.write(
      'createForm',
      (signal) =>
        this.#display.createForm({
          ...this.source(signal),
          ...o.formProperties,
          applicationIsHome: this.getExternalSourceIsHome(),
        }),
      elementCreated(typeNameOr(o.formProperties, T.form)),
    );
  }

  /** Creates a form by copying a template. @returns its GUID */
  async createFormFromTemplate(options: ContextTemplateOptions): Promise<string> {
    const o = this.requireOptions('createFormFromTemplate', options);
    return this.write(
      'createFormFromTemplate',
      (signal) =>
        this.#display.createFormFromTemplate({
          ...this.source(signal),
          ...o.templateProperties,
          templateGUID: o.templateGUID,
          applicationIsHome: this.getExternalSourceIsHome(),
        }),
      elementCreated(T.form),
    );
  }

  /** Updates a form: merges the properties given, or (the default) replaces them all. */
  async updateForm(options: UpdateFormOptions): Promise<void> {
    const o = this.requireOptions('updateForm', options);
    await this.write(
      'updateForm',
      (signal) =>
        this.#display.updateForm({
          ...this.source(signal),
          ...o.formProperties,
          formGUID: o.formGUID,
          isMergeUpdate: o.isMergeUpdate ?? false,
        }),
      elementUpdated(T.form, o.formGUID),
    );
  }

  /** Makes a form visible to consumers (its zones become the server's published zones). */
  async publishForm(options: FormGUIDOption): Promise<void> {
    await this.writeVisibility('publishForm', T.form, 'formGUID', options, (r) => this.#display.publishForm(r));
  }

  /** Hides a form from consumers (its zones become the server's default zones). */
  async withdrawForm(options: FormGUIDOption): Promise<void> {
    await this.writeVisibility('withdrawForm', T.form, 'formGUID', options, (r) => this.#display.withdrawForm(r));
  }

  /** Removes a form with its data containers and data fields. */
  async removeForm(options: RemoveFormOptions): Promise<void> {
    await this.writeRemoval('removeForm', T.form, 'formGUID', options, (r) => this.#display.removeForm(r));
  }

  /** Forms whose properties match a search string (one page). */
  async findForms(options: ContextSearchOptions): Promise<FormElement[]> {
    return this.readSearchPage('findForms', options, (r) => this.#display.findForms(r));
  }

  /** Forms with a name (one page). */
  async getFormsByName(options: ContextNameOptions): Promise<FormElement[]> {
    return this.readNamePage('getFormsByName', options, (r) => this.#display.getFormsByName(r));
  }

  /** The forms of this connector's application (one page); empty without a metadata source. */
  async getFormsForApplication(options: ContextPagingOptions = {}): Promise<FormElement[]> {
    return this.readMetadataSourcePage('getFormsForApplication', options, (page, source) =>
      this.#display.getFormsForApplication({ ...page, ...application(source) }),
    );
  }

  /** A form by GUID. */
  async getFormByGUID(options: ContextGUIDOptions): Promise<FormElement | undefined> {
    return this.readByGUID('getFormByGUID', options, (formGUID, signal) =>
      this.#display.getFormByGUID({ signal, formGUID }),
    );
  }

  // ---------------------------------------------------------------- reports

  /** Creates a report used by the application. @returns its GUID */
  async createReport(options: CreateReportOptions): Promise<string> {
    const o = this.requireOptions('createReport', options);
    return this.write(
      'createReport',
      (signal) =>
        this.#display.createReport({
          ...this.source(signal),
          ...o.reportProperties,
          applicationIsHome: this.getExternalSourceIsHome(),
        }),
      elementCreated(typeNameOr(o.reportProperties, T.report)),
    );
  }

  /** Creates a report by copying a template. @returns its GUID */
  async createReportFromTemplate(options: ContextTemplateOptions): Promise<string> {
    const o = this.requireOptions('createReportFromTemplate', options);
    return this.write(
      'createReportFromTemplate',
      (signal) =>
        this.#display.createReportFromTemplate({
          ...this.source(signal),
          ...o.templateProperties,
          templateGUID: o.templateGUID,
          applicationIsHome: this.getExternalSourceIsHome(),
        }),
      elementCreated(T.report),
    );
  }

  /** Updates a report: merges the properties given, or (the default) replaces them all. */
  async updateReport(options: UpdateReportOptions): Promise<void> {
    const o = this.requireOptions('updateReport', options);
    await this.write(
      'updateReport',
      (signal) =>
        this.#display.updateReport({
          ...this.source(signal),
          ...o.reportProperties,
          reportGUID: o.reportGUID,
          isMergeUpdate: o.isMergeUpdate ?? false,
        }),
      elementUpdated(T.report, o.reportGUID),
    );
  }

  /**
   * Makes a report visible to consumers (its zones become the server's published zones). Egeria's
   * `publishReport`: the name is taken by {@link DisplayIntegratorContext.publishReport}, which
   * publishes the connector's activity report.
   */
  async publishReportAsset(options: ReportGUIDOption): Promise<void> {
    await this.writeVisibility('publishReportAsset', T.report, 'reportGUID', options, (r) =>
      this.#display.publishReport(r),
    );
  }

  /**
   * Hides a report from consumers (its zones become the server's default zones). Egeria's
   * `withdrawReport`, named to match {@link DisplayIntegratorContext.publishReportAsset}.
   */
  async withdrawReportAsset(options: ReportGUIDOption): Promise<void> {
    await this.writeVisibility('withdrawReportAsset', T.report, 'reportGUID', options, (r) =>
      this.#display.withdrawReport(r),
    );
  }

  /** Removes a report with its data containers and data fields. */
  async removeReport(options: RemoveReportOptions): Promise<void> {
    await this.writeRemoval('removeReport', T.report, 'reportGUID', options, (r) => this.#display.removeReport(r));
  }

  /** Reports whose properties match a search string (one page). */
  async findReports(options: ContextSearchOptions): Promise<ReportElement[]> {
    return this.readSearchPage('findReports', options, (r) => this.#display.findReports(r));
  }

  /** Reports with a name (one page). */
  async getReportsByName(options: ContextNameOptions): Promise<ReportElement[]> {
    return this.readNamePage('getReportsByName', options, (r) => this.#display.getReportsByName(r));
  }

  /** The reports of this connector's application (one page); empty without a metadata source. */
  async getReportsForApplication(options: ContextPagingOptions = {}): Promise<ReportElement[]> {
    return this.readMetadataSourcePage('getReportsForApplication', options, (page, source) =>
      this.#display.getReportsForApplication({ ...page, ...application(source) }),
    );
  }

  /** A report by GUID. */
  async getReportByGUID(options: ContextGUIDOptions): Promise<ReportElement | undefined> {
    return this.readByGUID('getReportByGUID', options, (reportGUID, signal) =>
      this.#display.getReportByGUID({ signal, reportGUID }),
    );
  }

  // ---------------------------------------------------------------- queries

  /** Creates a query used by the application. @returns its GUID */
  async createQuery(options: CreateQueryOptions): Promise<string> {
    const o = this.requireOptions('createQuery', options);
    return this.write(
      'createQuery',
      (signal) =>
        this.#display.createQuery({
          ...this.source(signal),
          ...o.queryProperties,
          applicationIsHome: this.getExternalSourceIsHome(),
        }),
      elementCreated(typeNameOr(o.queryProperties, T.query)),
    );
  }

  /** Creates a query by copying a template. @returns its GUID */
  async createQueryFromTemplate(options: ContextTemplateOptions): Promise<string> {
    const o = this.requireOptions('createQueryFromTemplate', options);
    return this.write(
      'createQueryFromTemplate',
      (signal) =>
        this.#display.createQueryFromTemplate({
          ...this.source(signal),
          ...o.templateProperties,
          templateGUID: o.templateGUID,
          applicationIsHome: this.getExternalSourceIsHome(),
        }),
      elementCreated(T.query),
    );
  }

  /** Updates a query: merges the properties given, or (the default) replaces them all. */
  async updateQuery(options: UpdateQueryOptions): Promise<void> {
    const o = this.requireOptions('updateQuery', options);
    await this.write(
      'updateQuery',
      (signal) =>
        this.#display.updateQuery({
          ...this.source(signal),
          ...o.queryProperties,
          queryGUID: o.queryGUID,
          isMergeUpdate: o.isMergeUpdate ?? false,
        }),
      elementUpdated(T.query, o.queryGUID),
    );
  }

  /** Makes a query visible to consumers (its zones become the server's published zones). */
  async publishQuery(options: QueryGUIDOption): Promise<void> {
    await this.writeVisibility('publishQuery', T.query, 'queryGUID', options, (r) => this.#display.publishQuery(r));
  }

  /** Hides a query from consumers (its zones become the server's default zones). */
  async withdrawQuery(options: QueryGUIDOption): Promise<void> {
    await this.writeVisibility('withdrawQuery', T.query, 'queryGUID', options, (r) => this.#display.withdrawQuery(r));
  }

  /** Removes a query with its data containers and data fields. */
  async removeQuery(options: RemoveQueryOptions): Promise<void> {
    await this.writeRemoval('removeQuery', T.query, 'queryGUID', options, (r) => this.#display.removeQuery(r));
  }

  /** Queries whose properties match a search string (one page). */
  async findQueries(options: ContextSearchOptions): Promise<QueryElement[]> {
    return this.readSearchPage('findQueries', options, (r) => this.#display.findQueries(r));
  }

  /** Queries with a name (one page). */
  async getQueriesByName(options: ContextNameOptions): Promise<QueryElement[]> {
    return this.readNamePage('getQueriesByName', options, (r) => this.#display.getQueriesByName(r));
  }

  /** The queries of this connector's application (one page); empty without a metadata source. */
  async getQueriesForApplication(options: ContextPagingOptions = {}): Promise<QueryElement[]> {
    return this.readMetadataSourcePage('getQueriesForApplication', options, (page, source) =>
      this.#display.getQueriesForApplication({ ...page, ...application(source) }),
    );
  }

  /** A query by GUID. */
  async getQueryByGUID(options: ContextGUIDOptions): Promise<QueryElement | undefined> {
    return this.readByGUID('getQueryByGUID', options, (queryGUID, signal) =>
      this.#display.getQueryByGUID({ signal, queryGUID }),
    );
  }

  // ---------------------------------------------------------------- data containers

  /** Creates a data container in a form, report or query. @returns its GUID */
  async createDataContainer(options: CreateDataContainerOptions): Promise<string> {
    const o = this.requireOptions('createDataContainer', options);
    return this.write(
      'createDataContainer',
      (signal) =>
        this.#display.createDataContainer({
          ...this.source(signal),
          ...o.dataContainerProperties,
          parentGUID: o.parentElementGUID,
          applicationIsHome: this.getExternalSourceIsHome(),
        }),
      elementCreated(typeNameOr(o.dataContainerProperties, T.dataContainer)),
    );
  }

  /** Creates a data container in a form, report or query by copying a template. @returns its GUID */
  async createDataContainerFromTemplate(options: CreateDataContainerFromTemplateOptions): Promise<string> {
    const o = this.requireOptions('createDataContainerFromTemplate', options);
    return this.write(
      'createDataContainerFromTemplate',
      (signal) =>
        this.#display.createDataContainerFromTemplate({
          ...this.source(signal),
          ...o.templateProperties,
          templateGUID: o.templateGUID,
          parentGUID: o.parentElementGUID,
          applicationIsHome: this.getExternalSourceIsHome(),
        }),
      elementCreated(T.dataContainer),
    );
  }

  /** Updates a data container: merges the properties given, or (the default) replaces them all. */
  async updateDataContainer(options: UpdateDataContainerOptions): Promise<void> {
    const o = this.requireOptions('updateDataContainer', options);
    await this.write(
      'updateDataContainer',
      (signal) =>
        this.#display.updateDataContainer({
          ...this.source(signal),
          ...o.dataContainerProperties,
          dataContainerGUID: o.dataContainerGUID,
          isMergeUpdate: o.isMergeUpdate ?? false,
        }),
      elementUpdated(T.dataContainer, o.dataContainerGUID),
    );
  }

  /** Removes a data container with its data fields. */
  async removeDataContainer(options: DataContainerGUIDOption): Promise<void> {
    const o = this.requireOptions('removeDataContainer', options);
    await this.write(
      'removeDataContainer',
      (signal) => this.#display.removeDataContainer({ ...this.source(signal), dataContainerGUID: o.dataContainerGUID }),
      elementDeleted(T.dataContainer, o.dataContainerGUID),
    );
  }

  /**
   * Data containers whose properties match a search string (one page). Egeria 5.2's server has no
   * type filter for this call (its client's type-specific path does not exist on the server).
   */
  async findDataContainers(options: ContextSearchOptions): Promise<DataContainerElement[]> {
    return this.readSearchPage('findDataContainers', options, (r) => this.#display.findDataContainers(r));
  }

  /** The data containers of a form, report or query (one page). */
  async getDataContainersForElement(options: DataContainersForElementOptions): Promise<DataContainerElement[]> {
    return this.readPage('getDataContainersForElement', options, (page) =>
      this.#display.getDataContainersForElement({ ...page, parentGUID: options.parentElementGUID }),
    );
  }

  /** Data containers with a name (one page); as for the search, 5.2's server has no type filter. */
  async getDataContainersByName(options: ContextNameOptions): Promise<DataContainerElement[]> {
    return this.readNamePage('getDataContainersByName', options, (r) => this.#display.getDataContainersByName(r));
  }

  /** A data container by GUID. */
  async getDataContainerByGUID(options: ContextGUIDOptions): Promise<DataContainerElement | undefined> {
    return this.readByGUID('getDataContainerByGUID', options, (dataContainerGUID, signal) =>
      this.#display.getDataContainerByGUID({ signal, dataContainerGUID }),
    );
  }

  // ---------------------------------------------------------------- data fields

  /**
   * Creates a data field in a data container, or nested in another data field: a schema attribute
   * of type `DisplayDataField` (unless `typeName` names a subtype). @returns its GUID
   */
  async createDataField(options: CreateDataFieldOptions): Promise<string> {
    const o = this.requireOptions('createDataField', options);
    const typeName = typeNameOr(o.dataFieldProperties, T.dataField);
    return this.write(
      'createDataField',
      (signal) =>
        this.#fields.createSchemaAttribute({
          ...this.homeSource(signal),
          ...o.dataFieldProperties,
          typeName,
          schemaElementGUID: o.parentElementGUID,
        }),
      elementCreated(typeName),
    );
  }

  /** Creates a data field by copying a template. @returns its GUID */
  async createDataFieldFromTemplate(options: CreateDataFieldFromTemplateOptions): Promise<string> {
    const o = this.requireOptions('createDataFieldFromTemplate', options);
    return this.write(
      'createDataFieldFromTemplate',
      (signal) =>
        this.#fields.createSchemaAttributeFromTemplate({
          ...this.homeSource(signal),
          ...o.templateProperties,
          templateGUID: o.templateGUID,
          schemaElementGUID: o.parentElementGUID,
        }),
      elementCreated(T.dataField),
    );
  }

  /** Updates a data field: merges the properties given, or (the default) replaces them all. */
  async updateDataField(options: UpdateDataFieldOptions): Promise<void> {
    const o = this.requireOptions('updateDataField', options);
    await this.write(
      'updateDataField',
      (signal) =>
        this.#fields.updateSchemaAttribute({
          ...this.source(signal),
          ...o.dataFieldProperties,
          schemaAttributeGUID: o.dataFieldGUID,
          isMergeUpdate: o.isMergeUpdate ?? false,
        }),
      elementUpdated(T.dataField, o.dataFieldGUID),
    );
  }

  /** Removes a data field with the fields nested in it. */
  async removeDataField(options: DataFieldGUIDOption): Promise<void> {
    const o = this.requireOptions('removeDataField', options);
    await this.write(
      'removeDataField',
      (signal) => this.#fields.removeSchemaAttribute({ ...this.source(signal), schemaAttributeGUID: o.dataFieldGUID }),
      elementDeleted(T.dataField, o.dataFieldGUID),
    );
  }

  /** Data fields whose properties match a search string (one page). */
  async findDataFields(options: ContextSearchOptions): Promise<SchemaAttributeElement[]> {
    return this.readPage('findDataFields', options, (page) =>
      this.#fields.findSchemaAttributes({ ...page, typeName: T.dataField, searchString: options.searchString }),
    );
  }

  /** The data fields of a data container or data field (one page). */
  async getChildDataFields(options: ChildDataFieldsOptions): Promise<SchemaAttributeElement[]> {
    return this.readPage('getChildDataFields', options, (page) =>
      this.#fields.getNestedAttributes({ ...page, parentSchemaElementGUID: options.parentElementGUID }),
    );
  }

  /** Data fields with a name (one page). */
  async getDataFieldsByName(options: ContextNameOptions): Promise<SchemaAttributeElement[]> {
    return this.readPage('getDataFieldsByName', options, (page) =>
      this.#fields.getSchemaAttributesByName({ ...page, typeName: T.dataField, name: options.name }),
    );
  }

  /** A data field by GUID. */
  async getDataFieldByGUID(options: ContextGUIDOptions): Promise<SchemaAttributeElement | undefined> {
    return this.readByGUID('getDataFieldByGUID', options, (schemaAttributeGUID, signal) =>
      this.#fields.getSchemaAttributeByGUID({ signal, schemaAttributeGUID }),
    );
  }
}
