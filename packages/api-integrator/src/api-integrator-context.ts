import {
  APIManagerClient,
  DATA_MANAGER_API_SERVICE,
  DATA_MANAGER_CONNECTION_SERVICE,
  DATA_MANAGER_SCHEMA_SERVICE,
  DataManagerIntegrationContext,
  DataManagerSchemaClient,
  elementCreated,
  elementDeleted,
  elementUpdated,
  typeNameOr,
  type APIElement,
  type APIOperationElement,
  type APIParameterListElement,
  type ContextGUIDOptions,
  type ContextNameOptions,
  type ContextPagingOptions,
  type ContextSearchOptions,
  type DataManagerOutboundEvent,
  type IntegrationContextDependencies,
  type SchemaAttributeElement,
  type SchemaAttributeProperties,
  withEndpointMethods,
} from '@egeria-ts/omas-client';
import type {
  APIGUIDOption,
  APIOperationsForAPIOptions,
  APIParameterGUIDOption,
  APIParameterListsForOperationOptions,
  APIParameterProperties,
  APIParametersByNameOptions,
  CreateAPIFromTemplateOptions,
  CreateAPIOperationFromTemplateOptions,
  CreateAPIOperationOptions,
  CreateAPIOptions,
  CreateAPIParameterFromTemplateOptions,
  CreateAPIParameterListFromTemplateOptions,
  CreateAPIParameterListOptions,
  CreateAPIParameterOptions,
  FindAPIParametersOptions,
  NestedAPIParametersOptions,
  RemoveAPIOperationOptions,
  RemoveAPIOptions,
  RemoveAPIParameterListOptions,
  UpdateAPIOperationOptions,
  UpdateAPIOptions,
  UpdateAPIParameterListOptions,
  UpdateAPIParameterOptions,
} from './api-integrator-options';

/**
 * The open metadata type names the context counts its changes under (a `typeName` in the
 * properties, for a subtype, is counted instead).
 */
export const API_ELEMENT_TYPE_NAMES = Object.freeze({
  /** An endpoint. */
  endpoint: 'Endpoint',
  /** An API. */
  api: 'DeployedAPI',
  /** An operation of an API. */
  apiOperation: 'APIOperation',
  /** The header, request or response parameter list of an operation. */
  apiParameterList: 'APIParameterList',
  /** A parameter (a schema attribute). */
  apiParameter: 'APIParameter',
});

const T = API_ELEMENT_TYPE_NAMES;

/** What Egeria's client sends for an API parameter: a schema attribute with `parameterType` as an extended property. */
function parameterAttribute(properties: APIParameterProperties, isCreate: boolean): SchemaAttributeProperties {
  const { parameterType, ...attribute } = properties;
  const withType = isCreate ? { ...attribute, typeName: typeNameOr(attribute, T.apiParameter) } : attribute;
  if (parameterType === undefined) return withType;
  return { ...withType, extendedProperties: { ...attribute.extendedProperties, parameterType } };
}

/**
 * The context of an API integration connector (Egeria 5.2's `APIIntegratorContext`): catalogs the
 * endpoints, APIs, API operations, parameter lists and parameters of an API manager through the
 * Data Manager OMAS, and links schema types to parameters. Every write carries the connector's user
 * id and its metadata source (the API manager) as external source, is refused before it is sent
 * when the permitted synchronization forbids writing to open metadata, and is counted by type in
 * the activity report. Reads are refused once the context is disconnected. As in Egeria, with
 * {@link APIIntegratorContext.setAPIManagerIsHome} false, new elements belong to the local cohort
 * (an API is still linked to its API manager).
 */
export class APIIntegratorContext extends withEndpointMethods(
  DataManagerIntegrationContext,
  DATA_MANAGER_CONNECTION_SERVICE,
) {
  readonly #apis: APIManagerClient;
  readonly #parameters: DataManagerSchemaClient;

  /** @param dependencies - built by the API Integrator service (`apiIntegratorService.createContext`) */
  constructor(dependencies: IntegrationContextDependencies<DataManagerOutboundEvent>) {
    super(dependencies);
    this.#apis = new APIManagerClient(this.partnerInvoker(DATA_MANAGER_API_SERVICE));
    this.#parameters = new DataManagerSchemaClient(this.partnerInvoker(DATA_MANAGER_SCHEMA_SERVICE));
  }

  // ---------------------------------------------------------------- API manager

  /** The GUID of the API manager (the connector's metadata source); undefined for local-cohort provenance. */
  getAPIManagerGUID(): string | undefined {
    return this.externalSource.externalSourceGUID;
  }

  /** The qualified name of the API manager (the connector's metadata source); undefined for local-cohort provenance. */
  getAPIManagerName(): string | undefined {
    return this.externalSource.externalSourceName;
  }

  /**
   * Sets whether the elements created from now on belong to the API manager (true, the default) or
   * to the local cohort, so that other tools may change them (false).
   * @param apiManagerIsHome - true: owned by the API manager
   */
  setAPIManagerIsHome(apiManagerIsHome: boolean): void {
    this.setExternalSourceIsHome(apiManagerIsHome);
  }

  // ---------------------------------------------------------------- APIs

  /** Creates an API (by default a `DeployedAPI`) used by the API manager, optionally at an endpoint. @returns its GUID */
  async createAPI(options: CreateAPIOptions): Promise<string> {
    const o = this.requireOptions('createAPI', options);
    return this.write(
      'createAPI',
      (signal) => {
        const request = {
          ...this.source(signal),
          ...o.apiProperties,
          apiManagerIsHome: this.getExternalSourceIsHome(),
        };
        return o.endpointGUID === undefined
          ? this.#apis.createAPI(request)
          : this.#apis.createAPIForEndpoint({ ...request, endpointGUID: o.endpointGUID });
      },
      elementCreated(typeNameOr(o.apiProperties, T.api)),
    );
  }

  /** Creates an API by copying a template, optionally at an endpoint. @returns its GUID */
  async createAPIFromTemplate(options: CreateAPIFromTemplateOptions): Promise<string> {
    const o = this.requireOptions('createAPIFromTemplate', options);
    return this.write(
      'createAPIFromTemplate',
      (signal) => {
        const request = {
          ...this.source(signal),
          ...o.templateProperties,
          templateGUID: o.templateGUID,
          apiManagerIsHome: this.getExternalSourceIsHome(),
        };
        return o.endpointGUID === undefined
          ? this.#apis.createAPIFromTemplate(request)
          : this.#apis.createAPIForEndpointFromTemplate({ ...request, endpointGUID: o.endpointGUID });
      },
      elementCreated(T.api),
    );
  }

  /** Updates an API: merges the properties given, or (the default) replaces them all. */
  async updateAPI(options: UpdateAPIOptions): Promise<void> {
    const o = this.requireOptions('updateAPI', options);
    await this.write(
      'updateAPI',
      (signal) =>
        this.#apis.updateAPI({
          ...this.source(signal),
          ...o.apiProperties,
          apiGUID: o.apiGUID,
          isMergeUpdate: o.isMergeUpdate ?? false,
        }),
      elementUpdated(T.api, o.apiGUID),
    );
  }

  /** Makes an API visible to consumers (its zones become the server's published zones). */
  async publishAPI(options: APIGUIDOption): Promise<void> {
    const o = this.requireOptions('publishAPI', options);
    await this.write(
      'publishAPI',
      (signal) => this.#apis.publishAPI({ signal, apiGUID: o.apiGUID }),
      elementUpdated(T.api, o.apiGUID),
    );
  }

  /** Hides an API from consumers (its zones become the server's default zones). */
  async withdrawAPI(options: APIGUIDOption): Promise<void> {
    const o = this.requireOptions('withdrawAPI', options);
    await this.write(
      'withdrawAPI',
      (signal) => this.#apis.withdrawAPI({ signal, apiGUID: o.apiGUID }),
      elementUpdated(T.api, o.apiGUID),
    );
  }

  /** Removes an API with its operations, parameter lists and parameters. */
  async removeAPI(options: RemoveAPIOptions): Promise<void> {
    const o = this.requireOptions('removeAPI', options);
    await this.write(
      'removeAPI',
      (signal) => this.#apis.removeAPI({ ...this.source(signal), apiGUID: o.apiGUID, qualifiedName: o.qualifiedName }),
      elementDeleted(T.api, o.apiGUID),
    );
  }

  /** APIs whose properties match a search string (one page). */
  async findAPIs(options: ContextSearchOptions): Promise<APIElement[]> {
    return this.readPage('findAPIs', options, (page) =>
      this.#apis.findAPIs({ ...page, searchString: options.searchString }),
    );
  }

  /** APIs with a name (one page). */
  async getAPIsByName(options: ContextNameOptions): Promise<APIElement[]> {
    return this.readPage('getAPIsByName', options, (page) => this.#apis.getAPIsByName({ ...page, name: options.name }));
  }

  /** The APIs of this connector's API manager (one page); empty without a metadata source. */
  async getMyAPIs(options: ContextPagingOptions = {}): Promise<APIElement[]> {
    const { externalSourceGUID, externalSourceName } = this.externalSource;
    return this.readPage('getMyAPIs', options, async (page) =>
      externalSourceGUID === undefined || externalSourceName === undefined
        ? []
        : this.#apis.getAPIsForAPIManager({
            ...page,
            apiManagerGUID: externalSourceGUID,
            apiManagerName: externalSourceName,
          }),
    );
  }

  /** An API by GUID. */
  async getAPIByGUID(options: ContextGUIDOptions): Promise<APIElement | undefined> {
    const o = this.requireOptions('getAPIByGUID', options);
    return this.read('getAPIByGUID', (signal) => this.#apis.getAPIByGUID({ signal, apiGUID: o.guid }));
  }

  // ---------------------------------------------------------------- API operations

  /** Creates an operation of an API. @returns its GUID */
  async createAPIOperation(options: CreateAPIOperationOptions): Promise<string> {
    const o = this.requireOptions('createAPIOperation', options);
    return this.write(
      'createAPIOperation',
      (signal) =>
        this.#apis.createAPIOperation({ ...this.homeSource(signal), ...o.apiOperationProperties, apiGUID: o.apiGUID }),
      elementCreated(typeNameOr(o.apiOperationProperties, T.apiOperation)),
    );
  }

  /** Creates an operation of an API by copying a template. @returns its GUID */
  async createAPIOperationFromTemplate(options: CreateAPIOperationFromTemplateOptions): Promise<string> {
    const o = this.requireOptions('createAPIOperationFromTemplate', options);
    return this.write(
      'createAPIOperationFromTemplate',
      (signal) =>
        this.#apis.createAPIOperationFromTemplate({
          ...this.homeSource(signal),
          ...o.templateProperties,
          templateGUID: o.templateGUID,
          apiGUID: o.apiGUID,
        }),
      elementCreated(T.apiOperation),
    );
  }

  /** Updates an API operation: merges the properties given, or (the default) replaces them all. */
  async updateAPIOperation(options: UpdateAPIOperationOptions): Promise<void> {
    const o = this.requireOptions('updateAPIOperation', options);
    await this.write(
      'updateAPIOperation',
      (signal) =>
        this.#apis.updateAPIOperation({
          ...this.source(signal),
          ...o.apiOperationProperties,
          apiOperationGUID: o.apiOperationGUID,
          isMergeUpdate: o.isMergeUpdate ?? false,
        }),
      elementUpdated(T.apiOperation, o.apiOperationGUID),
    );
  }

  /** Removes an API operation with its parameter lists and parameters. */
  async removeAPIOperation(options: RemoveAPIOperationOptions): Promise<void> {
    const o = this.requireOptions('removeAPIOperation', options);
    await this.write(
      'removeAPIOperation',
      (signal) =>
        this.#apis.removeAPIOperation({
          ...this.source(signal),
          apiOperationGUID: o.apiOperationGUID,
          qualifiedName: o.qualifiedName,
        }),
      elementDeleted(T.apiOperation, o.apiOperationGUID),
    );
  }

  /** API operations whose properties match a search string (one page). */
  async findAPIOperations(options: ContextSearchOptions): Promise<APIOperationElement[]> {
    return this.readPage('findAPIOperations', options, (page) =>
      this.#apis.findAPIOperations({ ...page, searchString: options.searchString }),
    );
  }

  /** The operations of an API (one page). */
  async getOperationsForAPI(options: APIOperationsForAPIOptions): Promise<APIOperationElement[]> {
    return this.readPage('getOperationsForAPI', options, (page) =>
      this.#apis.getOperationsForAPI({ ...page, apiGUID: options.apiGUID }),
    );
  }

  /** API operations with a name (one page). */
  async getAPIOperationsByName(options: ContextNameOptions): Promise<APIOperationElement[]> {
    return this.readPage('getAPIOperationsByName', options, (page) =>
      this.#apis.getAPIOperationsByName({ ...page, name: options.name }),
    );
  }

  /** An API operation by GUID. */
  async getAPIOperationByGUID(options: ContextGUIDOptions): Promise<APIOperationElement | undefined> {
    const o = this.requireOptions('getAPIOperationByGUID', options);
    return this.read('getAPIOperationByGUID', (signal) =>
      this.#apis.getAPIOperationByGUID({ signal, apiOperationGUID: o.guid }),
    );
  }

  // ---------------------------------------------------------------- API parameter lists

  /** Creates the header, request or response parameter list of an operation. @returns its GUID */
  async createAPIParameterList(options: CreateAPIParameterListOptions): Promise<string> {
    const o = this.requireOptions('createAPIParameterList', options);
    return this.write(
      'createAPIParameterList',
      (signal) =>
        this.#apis.createAPIParameterList({
          ...this.homeSource(signal),
          ...o.apiParameterListProperties,
          apiOperationGUID: o.apiOperationGUID,
          parameterListType: o.parameterListType,
        }),
      elementCreated(typeNameOr(o.apiParameterListProperties, T.apiParameterList)),
    );
  }

  /** Creates a parameter list of an operation by copying a template. @returns its GUID */
  async createAPIParameterListFromTemplate(options: CreateAPIParameterListFromTemplateOptions): Promise<string> {
    const o = this.requireOptions('createAPIParameterListFromTemplate', options);
    return this.write(
      'createAPIParameterListFromTemplate',
      (signal) =>
        this.#apis.createAPIParameterListFromTemplate({
          ...this.homeSource(signal),
          ...o.templateProperties,
          templateGUID: o.templateGUID,
          apiOperationGUID: o.apiOperationGUID,
          parameterListType: o.parameterListType,
        }),
      elementCreated(T.apiParameterList),
    );
  }

  /** Updates a parameter list: merges the properties given, or (the default) replaces them all. */
  async updateAPIParameterList(options: UpdateAPIParameterListOptions): Promise<void> {
    const o = this.requireOptions('updateAPIParameterList', options);
    await this.write(
      'updateAPIParameterList',
      (signal) =>
        this.#apis.updateAPIParameterList({
          ...this.source(signal),
          ...o.apiParameterListProperties,
          apiParameterListGUID: o.apiParameterListGUID,
          isMergeUpdate: o.isMergeUpdate ?? false,
        }),
      elementUpdated(T.apiParameterList, o.apiParameterListGUID),
    );
  }

  /** Removes a parameter list with its parameters. */
  async removeAPIParameterList(options: RemoveAPIParameterListOptions): Promise<void> {
    const o = this.requireOptions('removeAPIParameterList', options);
    await this.write(
      'removeAPIParameterList',
      (signal) =>
        this.#apis.removeAPIParameterList({
          ...this.source(signal),
          apiParameterListGUID: o.apiParameterListGUID,
          qualifiedName: o.qualifiedName,
        }),
      elementDeleted(T.apiParameterList, o.apiParameterListGUID),
    );
  }

  /** Parameter lists whose properties match a search string (one page). */
  async findAPIParameterLists(options: ContextSearchOptions): Promise<APIParameterListElement[]> {
    return this.readPage('findAPIParameterLists', options, (page) =>
      this.#apis.findAPIParameterLists({ ...page, searchString: options.searchString }),
    );
  }

  /** The parameter lists of an operation, each with its `parameterListType` (one page). */
  async getParameterListsForAPIOperation(
    options: APIParameterListsForOperationOptions,
  ): Promise<APIParameterListElement[]> {
    return this.readPage('getParameterListsForAPIOperation', options, (page) =>
      this.#apis.getAPIParameterListsForOperation({ ...page, apiOperationGUID: options.apiOperationGUID }),
    );
  }

  /** Parameter lists with a name (one page). */
  async getAPIParameterListsByName(options: ContextNameOptions): Promise<APIParameterListElement[]> {
    return this.readPage('getAPIParameterListsByName', options, (page) =>
      this.#apis.getAPIParameterListsByName({ ...page, name: options.name }),
    );
  }

  /** A parameter list by GUID. */
  async getAPIParameterListByGUID(options: ContextGUIDOptions): Promise<APIParameterListElement | undefined> {
    const o = this.requireOptions('getAPIParameterListByGUID', options);
    return this.read('getAPIParameterListByGUID', (signal) =>
      this.#apis.getAPIParameterListByGUID({ signal, apiParameterListGUID: o.guid }),
    );
  }

  // ---------------------------------------------------------------- API parameters

  /**
   * Creates a parameter in a parameter list, or nested in another parameter: a schema attribute of
   * type `APIParameter` (unless `typeName` names a subtype). @returns its GUID
   */
  async createAPIParameter(options: CreateAPIParameterOptions): Promise<string> {
    const o = this.requireOptions('createAPIParameter', options);
    const properties = parameterAttribute(o.apiParameterProperties, true);
    return this.write(
      'createAPIParameter',
      (signal) =>
        this.#parameters.createSchemaAttribute({
          ...this.homeSource(signal),
          ...properties,
          schemaElementGUID: o.schemaElementGUID,
        }),
      elementCreated(typeNameOr(properties, T.apiParameter)),
    );
  }

  /** Creates a parameter by copying a template. @returns its GUID */
  async createAPIParameterFromTemplate(options: CreateAPIParameterFromTemplateOptions): Promise<string> {
    const o = this.requireOptions('createAPIParameterFromTemplate', options);
    return this.write(
      'createAPIParameterFromTemplate',
      (signal) =>
        this.#parameters.createSchemaAttributeFromTemplate({
          ...this.homeSource(signal),
          ...o.templateProperties,
          templateGUID: o.templateGUID,
          schemaElementGUID: o.schemaElementGUID,
        }),
      elementCreated(T.apiParameter),
    );
  }

  /** Updates a parameter: merges the properties given, or (the default) replaces them all. */
  async updateAPIParameter(options: UpdateAPIParameterOptions): Promise<void> {
    const o = this.requireOptions('updateAPIParameter', options);
    const properties = parameterAttribute(o.apiParameterProperties, false);
    await this.write(
      'updateAPIParameter',
      (signal) =>
        this.#parameters.updateSchemaAttribute({
          ...this.source(signal),
          ...properties,
          schemaAttributeGUID: o.apiParameterGUID,
          isMergeUpdate: o.isMergeUpdate ?? false,
        }),
      elementUpdated(T.apiParameter, o.apiParameterGUID),
    );
  }

  /** Removes a parameter with the parameters nested in it. */
  async removeAPIParameter(options: APIParameterGUIDOption): Promise<void> {
    const o = this.requireOptions('removeAPIParameter', options);
    await this.write(
      'removeAPIParameter',
      (signal) =>
        this.#parameters.removeSchemaAttribute({ ...this.source(signal), schemaAttributeGUID: o.apiParameterGUID }),
      elementDeleted(T.apiParameter, o.apiParameterGUID),
    );
  }

  /** Parameters (of a type, default `APIParameter`) whose properties match a search string (one page). */
  async findAPIParameters(options: FindAPIParametersOptions): Promise<SchemaAttributeElement[]> {
    return this.readPage('findAPIParameters', options, (page) =>
      this.#parameters.findSchemaAttributes({
        ...page,
        typeName: options.typeName ?? T.apiParameter,
        searchString: options.searchString,
      }),
    );
  }

  /** The parameters of a parameter list or parameter (one page). */
  async getNestedAPIParameters(options: NestedAPIParametersOptions): Promise<SchemaAttributeElement[]> {
    return this.readPage('getNestedAPIParameters', options, (page) =>
      this.#parameters.getNestedAttributes({ ...page, parentSchemaElementGUID: options.parentElementGUID }),
    );
  }

  /** Parameters (of a type, default `APIParameter`) with a name (one page). */
  async getAPIParametersByName(options: APIParametersByNameOptions): Promise<SchemaAttributeElement[]> {
    return this.readPage('getAPIParametersByName', options, (page) =>
      this.#parameters.getSchemaAttributesByName({
        ...page,
        typeName: options.typeName ?? T.apiParameter,
        name: options.name,
      }),
    );
  }

  /** A parameter by GUID. */
  async getAPIParameterByGUID(options: ContextGUIDOptions): Promise<SchemaAttributeElement | undefined> {
    const o = this.requireOptions('getAPIParameterByGUID', options);
    return this.read('getAPIParameterByGUID', (signal) =>
      this.#parameters.getSchemaAttributeByGUID({ signal, schemaAttributeGUID: o.guid }),
    );
  }
}
