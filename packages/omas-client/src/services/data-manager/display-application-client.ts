/**
 * Data Manager OMAS: forms, reports, queries and their data containers (DisplayApplicationResource); data fields are schema attributes (see the schema manager client): the typed client.
 */
import type { DataContainerElement, FormElement, QueryElement, ReportElement } from '../common/beans/elements';
import type {
  DataContainerRequestBody,
  FormRequestBody,
  MetadataSourceRequestBody,
  NameRequestBody,
  QueryRequestBody,
  ReportRequestBody,
  SearchStringRequestBody,
} from '../common/beans/request-bodies';
import type { DataManagerTemplateRequestBody } from './data-manager-beans';
import type { OperationInvoker } from '../../operations/operation-invoker';
import { iteratePages, send, sendPage } from '../common/client-support';
import type { OmasCallOptions, OmasPagingOptions } from '../common/options';
import { DATA_MANAGER_DISPLAY_SERVICE } from './display-application-operations';

const ops = DATA_MANAGER_DISPLAY_SERVICE.operations;

/**
 * Data Manager OMAS: forms, reports, queries and their data containers (DisplayApplicationResource); data fields are schema attributes (see the schema manager client).
 * Each method sends one row of {@link DATA_MANAGER_DISPLAY_SERVICE} through an {@link OperationInvoker} (such as an
 * `OmasRestClient` for that table). Options carry the path values, the query values and the fields of
 * the request bean, under Egeria's names.
 * @public
 */
export class DisplayApplicationClient {
  /** @param invoker - sends the operations, such as an `OmasRestClient` for `DATA_MANAGER_DISPLAY_SERVICE` */
  constructor(private readonly invoker: OperationInvoker) {}

  /**
   * Creates a form (`POST /forms`).
   * @returns the GUID of what was created
   */
  async createForm(
    options: OmasCallOptions & { readonly applicationIsHome?: boolean } & FormRequestBody = {},
  ): Promise<string> {
    return send<string>(this.invoker, ops.createForm, options);
  }

  /**
   * Creates a form from template (`POST /forms/by-template/{templateGUID}`).
   * @returns the GUID of what was created
   */
  async createFormFromTemplate(
    options: OmasCallOptions & {
      readonly templateGUID: string;
      readonly applicationIsHome?: boolean;
    } & DataManagerTemplateRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.createFormFromTemplate, options);
  }

  /**
   * Updates a form (`POST /forms/{formGUID}`).
   */
  async updateForm(
    options: OmasCallOptions & { readonly formGUID: string; readonly isMergeUpdate: boolean } & FormRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updateForm, options);
  }

  /**
   * Publishes a form (`POST /forms/{formGUID}/publish`).
   */
  async publishForm(options: OmasCallOptions & { readonly formGUID: string }): Promise<void> {
    await send(this.invoker, ops.publishForm, options);
  }

  /**
   * Withdraws a form (`POST /forms/{formGUID}/withdraw`).
   */
  async withdrawForm(options: OmasCallOptions & { readonly formGUID: string }): Promise<void> {
    await send(this.invoker, ops.withdrawForm, options);
  }

  /**
   * Removes a form (`POST /forms/{formGUID}/{qualifiedName}/delete`).
   */
  async removeForm(
    options: OmasCallOptions & {
      readonly formGUID: string;
      readonly qualifiedName: string;
    } & MetadataSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.removeForm, options);
  }

  /**
   * Returns one page of the forms whose properties match a search string (a regular expression) (`POST /forms/by-search-string`).
   */
  async findForms(options: OmasPagingOptions & SearchStringRequestBody = {}): Promise<FormElement[]> {
    return sendPage<FormElement>(this.invoker, ops.findForms, options);
  }

  /** Iterates over every element findForms returns, page by page from `startFrom`. */
  findFormsIterator(options: OmasPagingOptions & SearchStringRequestBody = {}): AsyncIterableIterator<FormElement> {
    return iteratePages<FormElement>(this.invoker, ops.findForms, options);
  }

  /**
   * Returns one page of the forms with a name (`POST /forms/by-name`).
   */
  async getFormsByName(options: OmasPagingOptions & NameRequestBody = {}): Promise<FormElement[]> {
    return sendPage<FormElement>(this.invoker, ops.getFormsByName, options);
  }

  /** Iterates over every element getFormsByName returns, page by page from `startFrom`. */
  getFormsByNameIterator(options: OmasPagingOptions & NameRequestBody = {}): AsyncIterableIterator<FormElement> {
    return iteratePages<FormElement>(this.invoker, ops.getFormsByName, options);
  }

  /**
   * Returns one page of the forms for application (`GET /forms/applications/{applicationGUID}/{applicationName}`).
   */
  async getFormsForApplication(
    options: OmasPagingOptions & { readonly applicationGUID: string; readonly applicationName: string },
  ): Promise<FormElement[]> {
    return sendPage<FormElement>(this.invoker, ops.getFormsForApplication, options);
  }

  /** Iterates over every element getFormsForApplication returns, page by page from `startFrom`. */
  getFormsForApplicationIterator(
    options: OmasPagingOptions & { readonly applicationGUID: string; readonly applicationName: string },
  ): AsyncIterableIterator<FormElement> {
    return iteratePages<FormElement>(this.invoker, ops.getFormsForApplication, options);
  }

  /**
   * Returns the form with the given GUID (`GET /forms/{formGUID}`).
   */
  async getFormByGUID(options: OmasCallOptions & { readonly formGUID: string }): Promise<FormElement | undefined> {
    return send<FormElement | undefined>(this.invoker, ops.getFormByGUID, options);
  }

  /**
   * Creates a report (`POST /reports`).
   * @returns the GUID of what was created
   */
  async createReport(
    options: OmasCallOptions & { readonly applicationIsHome?: boolean } & ReportRequestBody = {},
  ): Promise<string> {
    return send<string>(this.invoker, ops.createReport, options);
  }

  /**
   * Creates a report from template (`POST /reports/from-template/{templateGUID}`).
   * @returns the GUID of what was created
   */
  async createReportFromTemplate(
    options: OmasCallOptions & {
      readonly templateGUID: string;
      readonly applicationIsHome?: boolean;
    } & DataManagerTemplateRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.createReportFromTemplate, options);
  }

  /**
   * Updates a report (`POST /reports/{reportGUID}`).
   */
  async updateReport(
    options: OmasCallOptions & { readonly reportGUID: string; readonly isMergeUpdate: boolean } & ReportRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updateReport, options);
  }

  /**
   * Publishes a report (`POST /reports/{reportGUID}/publish`).
   */
  async publishReport(options: OmasCallOptions & { readonly reportGUID: string }): Promise<void> {
    await send(this.invoker, ops.publishReport, options);
  }

  /**
   * Withdraws a report (`POST /reports/{reportGUID}/withdraw`).
   */
  async withdrawReport(options: OmasCallOptions & { readonly reportGUID: string }): Promise<void> {
    await send(this.invoker, ops.withdrawReport, options);
  }

  /**
   * Removes a report (`POST /reports/{reportGUID}/{qualifiedName}/delete`).
   */
  async removeReport(
    options: OmasCallOptions & {
      readonly reportGUID: string;
      readonly qualifiedName: string;
    } & MetadataSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.removeReport, options);
  }

  /**
   * Returns one page of the reports whose properties match a search string (a regular expression) (`POST /reports/by-search-string`).
   */
  async findReports(options: OmasPagingOptions & SearchStringRequestBody = {}): Promise<ReportElement[]> {
    return sendPage<ReportElement>(this.invoker, ops.findReports, options);
  }

  /** Iterates over every element findReports returns, page by page from `startFrom`. */
  findReportsIterator(options: OmasPagingOptions & SearchStringRequestBody = {}): AsyncIterableIterator<ReportElement> {
    return iteratePages<ReportElement>(this.invoker, ops.findReports, options);
  }

  /**
   * Returns one page of the reports with a name (`POST /reports/by-name`).
   */
  async getReportsByName(options: OmasPagingOptions & NameRequestBody = {}): Promise<ReportElement[]> {
    return sendPage<ReportElement>(this.invoker, ops.getReportsByName, options);
  }

  /** Iterates over every element getReportsByName returns, page by page from `startFrom`. */
  getReportsByNameIterator(options: OmasPagingOptions & NameRequestBody = {}): AsyncIterableIterator<ReportElement> {
    return iteratePages<ReportElement>(this.invoker, ops.getReportsByName, options);
  }

  /**
   * Returns one page of the reports for application (`GET /reports/applications/{applicationGUID}/{applicationName}`).
   */
  async getReportsForApplication(
    options: OmasPagingOptions & { readonly applicationGUID: string; readonly applicationName: string },
  ): Promise<ReportElement[]> {
    return sendPage<ReportElement>(this.invoker, ops.getReportsForApplication, options);
  }

  /** Iterates over every element getReportsForApplication returns, page by page from `startFrom`. */
  getReportsForApplicationIterator(
    options: OmasPagingOptions & { readonly applicationGUID: string; readonly applicationName: string },
  ): AsyncIterableIterator<ReportElement> {
    return iteratePages<ReportElement>(this.invoker, ops.getReportsForApplication, options);
  }

  /**
   * Returns the report with the given GUID (`GET /reports/{reportGUID}`).
   */
  async getReportByGUID(
    options: OmasCallOptions & { readonly reportGUID: string },
  ): Promise<ReportElement | undefined> {
    return send<ReportElement | undefined>(this.invoker, ops.getReportByGUID, options);
  }

  /**
   * Creates a query (`POST /queries`).
   * @returns the GUID of what was created
   */
  async createQuery(
    options: OmasCallOptions & { readonly applicationIsHome?: boolean } & QueryRequestBody = {},
  ): Promise<string> {
    return send<string>(this.invoker, ops.createQuery, options);
  }

  /**
   * Creates a query from template (`POST /queries/from-template/{templateGUID}`).
   * @returns the GUID of what was created
   */
  async createQueryFromTemplate(
    options: OmasCallOptions & {
      readonly templateGUID: string;
      readonly applicationIsHome?: boolean;
    } & DataManagerTemplateRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.createQueryFromTemplate, options);
  }

  /**
   * Updates a query (`POST /queries/{queryGUID}`).
   */
  async updateQuery(
    options: OmasCallOptions & { readonly queryGUID: string; readonly isMergeUpdate: boolean } & QueryRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updateQuery, options);
  }

  /**
   * Publishes a query (`POST /queries/{queryGUID}/publish`).
   */
  async publishQuery(options: OmasCallOptions & { readonly queryGUID: string }): Promise<void> {
    await send(this.invoker, ops.publishQuery, options);
  }

  /**
   * Withdraws a query (`POST /queries/{queryGUID}/withdraw`).
   */
  async withdrawQuery(options: OmasCallOptions & { readonly queryGUID: string }): Promise<void> {
    await send(this.invoker, ops.withdrawQuery, options);
  }

  /**
   * Removes a query (`POST /queries/{queryGUID}/{qualifiedName}/delete`).
   */
  async removeQuery(
    options: OmasCallOptions & {
      readonly queryGUID: string;
      readonly qualifiedName: string;
    } & MetadataSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.removeQuery, options);
  }

  /**
   * Returns one page of the queries whose properties match a search string (a regular expression) (`POST /queries/by-search-string`).
   */
  async findQueries(options: OmasPagingOptions & SearchStringRequestBody = {}): Promise<QueryElement[]> {
    return sendPage<QueryElement>(this.invoker, ops.findQueries, options);
  }

  /** Iterates over every element findQueries returns, page by page from `startFrom`. */
  findQueriesIterator(options: OmasPagingOptions & SearchStringRequestBody = {}): AsyncIterableIterator<QueryElement> {
    return iteratePages<QueryElement>(this.invoker, ops.findQueries, options);
  }

  /**
   * Returns one page of the queries with a name (`POST /queries/by-name`).
   */
  async getQueriesByName(options: OmasPagingOptions & NameRequestBody = {}): Promise<QueryElement[]> {
    return sendPage<QueryElement>(this.invoker, ops.getQueriesByName, options);
  }

  /** Iterates over every element getQueriesByName returns, page by page from `startFrom`. */
  getQueriesByNameIterator(options: OmasPagingOptions & NameRequestBody = {}): AsyncIterableIterator<QueryElement> {
    return iteratePages<QueryElement>(this.invoker, ops.getQueriesByName, options);
  }

  /**
   * Returns one page of the queries for application (`GET /queries/applications/{applicationGUID}/{applicationName}`).
   */
  async getQueriesForApplication(
    options: OmasPagingOptions & { readonly applicationGUID: string; readonly applicationName: string },
  ): Promise<QueryElement[]> {
    return sendPage<QueryElement>(this.invoker, ops.getQueriesForApplication, options);
  }

  /** Iterates over every element getQueriesForApplication returns, page by page from `startFrom`. */
  getQueriesForApplicationIterator(
    options: OmasPagingOptions & { readonly applicationGUID: string; readonly applicationName: string },
  ): AsyncIterableIterator<QueryElement> {
    return iteratePages<QueryElement>(this.invoker, ops.getQueriesForApplication, options);
  }

  /**
   * Returns the query with the given GUID (`GET /queries/{queryGUID}`).
   */
  async getQueryByGUID(options: OmasCallOptions & { readonly queryGUID: string }): Promise<QueryElement | undefined> {
    return send<QueryElement | undefined>(this.invoker, ops.getQueryByGUID, options);
  }

  /**
   * Creates a data container (`POST /schemas/elements/{parentGUID}/data-containers`).
   * @returns the GUID of what was created
   */
  async createDataContainer(
    options: OmasCallOptions & {
      readonly parentGUID: string;
      readonly applicationIsHome?: boolean;
    } & DataContainerRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.createDataContainer, options, {
      nested: { schemaType: 'SchemaTypeProperties' },
    });
  }

  /**
   * Creates a data container from template (`POST /schemas/elements/{parentGUID}/data-containers/from-template/{templateGUID}`).
   * @returns the GUID of what was created
   */
  async createDataContainerFromTemplate(
    options: OmasCallOptions & {
      readonly parentGUID: string;
      readonly templateGUID: string;
      readonly applicationIsHome?: boolean;
    } & DataManagerTemplateRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.createDataContainerFromTemplate, options, { alsoInBody: ['parentGUID'] });
  }

  /**
   * Updates a data container (`POST /schemas/data-containers/{dataContainerGUID}`).
   */
  async updateDataContainer(
    options: OmasCallOptions & {
      readonly dataContainerGUID: string;
      readonly isMergeUpdate: boolean;
    } & DataContainerRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updateDataContainer, options, { nested: { schemaType: 'SchemaTypeProperties' } });
  }

  /**
   * Removes a data container (`POST /schemas/data-containers/{dataContainerGUID}/delete`).
   */
  async removeDataContainer(
    options: OmasCallOptions & { readonly dataContainerGUID: string } & MetadataSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.removeDataContainer, options);
  }

  /**
   * Returns one page of the data containers whose properties match a search string (a regular expression) (`POST /schemas/data-containers/by-search-string`).
   */
  async findDataContainers(options: OmasPagingOptions & SearchStringRequestBody = {}): Promise<DataContainerElement[]> {
    return sendPage<DataContainerElement>(this.invoker, ops.findDataContainers, options);
  }

  /** Iterates over every element findDataContainers returns, page by page from `startFrom`. */
  findDataContainersIterator(
    options: OmasPagingOptions & SearchStringRequestBody = {},
  ): AsyncIterableIterator<DataContainerElement> {
    return iteratePages<DataContainerElement>(this.invoker, ops.findDataContainers, options);
  }

  /**
   * Returns one page of the data containers for element (`GET /schemas/data-containers/by-parent-element/{parentGUID}`).
   */
  async getDataContainersForElement(
    options: OmasPagingOptions & { readonly parentGUID: string },
  ): Promise<DataContainerElement[]> {
    return sendPage<DataContainerElement>(this.invoker, ops.getDataContainersForElement, options);
  }

  /** Iterates over every element getDataContainersForElement returns, page by page from `startFrom`. */
  getDataContainersForElementIterator(
    options: OmasPagingOptions & { readonly parentGUID: string },
  ): AsyncIterableIterator<DataContainerElement> {
    return iteratePages<DataContainerElement>(this.invoker, ops.getDataContainersForElement, options);
  }

  /**
   * Returns one page of the data containers with a name (`POST /schemas/data-containers/by-name`).
   */
  async getDataContainersByName(options: OmasPagingOptions & NameRequestBody = {}): Promise<DataContainerElement[]> {
    return sendPage<DataContainerElement>(this.invoker, ops.getDataContainersByName, options);
  }

  /** Iterates over every element getDataContainersByName returns, page by page from `startFrom`. */
  getDataContainersByNameIterator(
    options: OmasPagingOptions & NameRequestBody = {},
  ): AsyncIterableIterator<DataContainerElement> {
    return iteratePages<DataContainerElement>(this.invoker, ops.getDataContainersByName, options);
  }

  /**
   * Returns the data container with the given GUID (`GET /schemas/data-containers/{dataContainerGUID}`).
   */
  async getDataContainerByGUID(
    options: OmasCallOptions & { readonly dataContainerGUID: string },
  ): Promise<DataContainerElement | undefined> {
    return send<DataContainerElement | undefined>(this.invoker, ops.getDataContainerByGUID, options);
  }
}
