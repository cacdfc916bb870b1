import type { APIIntegratorContext, APIParameterProperties } from '@egeria-ts/api-integrator';
import type {
  APIOperationProperties,
  APIParameterListProperties,
  APIProperties,
  EndpointProperties,
  ParameterListType,
} from './desired-api';

type Header = NonNullable<Awaited<ReturnType<APIIntegratorContext['getAPIByGUID']>>>['elementHeader'];
type Properties = Readonly<Record<string, unknown>>;

/** An element found in open metadata. */
export interface APICatalogElement {
  /** Its GUID. */
  readonly guid: string;
  /** Its qualified name. */
  readonly qualifiedName: string;
  /** Its properties, as the server returned them. */
  readonly properties: Properties;
  /** True when the connector's metadata source owns it (it may change or remove it). */
  readonly owned: boolean;
}

/** A parameter list found in open metadata. */
export interface APICatalogParameterList extends APICatalogElement {
  /** Which list of its operation it is. */
  readonly parameterListType?: ParameterListType;
}

/**
 * The connector's view of open metadata, over an API Integrator context: finds, lists, creates,
 * updates and removes endpoints, APIs, operations, parameter lists and parameters, and tells which
 * ones the connector owns (those whose home is its API manager, or, for a connector without one,
 * those no external source owns).
 */
export class APICatalog {
  constructor(private readonly context: APIIntegratorContext) {}

  /** The API with exactly this qualified name. */
  async findAPI(qualifiedName: string): Promise<APICatalogElement | undefined> {
    const found = await this.context.getAPIsByName({ name: qualifiedName });
    return found
      .map((e) => this.#element(e.elementHeader, e.apiproperties))
      .find((e) => e.qualifiedName === qualifiedName);
  }

  /** The APIs of the connector's API manager (none without a metadata source). */
  async myAPIs(): Promise<APICatalogElement[]> {
    if (this.context.getAPIManagerGUID() === undefined) return [];
    const found = await this.context.readAllPages((page) => this.context.getMyAPIs(page));
    return found.map((e) => this.#element(e.elementHeader, e.apiproperties));
  }

  /** The endpoint with exactly this qualified name. */
  async findEndpoint(qualifiedName: string): Promise<APICatalogElement | undefined> {
    const found = await this.context.getEndpointsByName({ name: qualifiedName });
    return found
      .map((e) => this.#element(e.elementHeader, e.endpointProperties))
      .find((e) => e.qualifiedName === qualifiedName);
  }

  /** The operations of an API. */
  async listOperations(apiGUID: string): Promise<APICatalogElement[]> {
    const found = await this.context.readAllPages((page) => this.context.getOperationsForAPI({ ...page, apiGUID }));
    return found.map((e) => this.#element(e.elementHeader, e.properties));
  }

  /** The parameter lists of an operation. */
  async listParameterLists(apiOperationGUID: string): Promise<APICatalogParameterList[]> {
    const found = await this.context.readAllPages((page) =>
      this.context.getParameterListsForAPIOperation({ ...page, apiOperationGUID }),
    );
    return found.map((e) => ({
      ...this.#element(e.elementHeader, e.properties),
      ...(e.parameterListType === undefined ? {} : { parameterListType: e.parameterListType }),
    }));
  }

  /** The parameters of a parameter list. */
  async listParameters(parentElementGUID: string): Promise<APICatalogElement[]> {
    const found = await this.context.readAllPages((page) =>
      this.context.getNestedAPIParameters({ ...page, parentElementGUID }),
    );
    return found.map((e) => this.#element(e.elementHeader, e.schemaAttributeProperties));
  }

  /** Creates an endpoint. @returns its GUID */
  createEndpoint(properties: EndpointProperties): Promise<string> {
    return this.context.createEndpoint({ endpointProperties: properties });
  }

  /** Replaces an endpoint's properties. */
  updateEndpoint(guid: string, properties: EndpointProperties): Promise<void> {
    return this.context.updateEndpoint({ endpointGUID: guid, endpointProperties: properties, isMergeUpdate: false });
  }

  /** Removes an endpoint. */
  removeEndpoint(guid: string): Promise<void> {
    return this.context.removeEndpoint({ endpointGUID: guid });
  }

  /** Creates an API called through an endpoint. @returns its GUID */
  createAPI(endpointGUID: string, properties: APIProperties): Promise<string> {
    return this.context.createAPI({ endpointGUID, apiProperties: properties });
  }

  /** Replaces an API's properties. */
  updateAPI(guid: string, properties: APIProperties): Promise<void> {
    return this.context.updateAPI({ apiGUID: guid, apiProperties: properties, isMergeUpdate: false });
  }

  /** Removes an API. */
  removeAPI(api: APICatalogElement): Promise<void> {
    return this.context.removeAPI({ apiGUID: api.guid, qualifiedName: api.qualifiedName });
  }

  /** Creates an operation of an API. @returns its GUID */
  createOperation(apiGUID: string, properties: APIOperationProperties): Promise<string> {
    return this.context.createAPIOperation({ apiGUID, apiOperationProperties: properties });
  }

  /** Replaces an operation's properties. */
  updateOperation(guid: string, properties: APIOperationProperties): Promise<void> {
    return this.context.updateAPIOperation({
      apiOperationGUID: guid,
      apiOperationProperties: properties,
      isMergeUpdate: false,
    });
  }

  /** Removes an operation (with its parameter lists and parameters). */
  removeOperation(operation: APICatalogElement): Promise<void> {
    return this.context.removeAPIOperation({
      apiOperationGUID: operation.guid,
      qualifiedName: operation.qualifiedName,
    });
  }

  /** Creates a parameter list of an operation. @returns its GUID */
  createParameterList(
    apiOperationGUID: string,
    parameterListType: ParameterListType,
    properties: APIParameterListProperties,
  ): Promise<string> {
    return this.context.createAPIParameterList({
      apiOperationGUID,
      parameterListType,
      apiParameterListProperties: properties,
    });
  }

  /** Replaces a parameter list's properties. */
  updateParameterList(guid: string, properties: APIParameterListProperties): Promise<void> {
    return this.context.updateAPIParameterList({
      apiParameterListGUID: guid,
      apiParameterListProperties: properties,
      isMergeUpdate: false,
    });
  }

  /** Removes a parameter list (with its parameters). */
  removeParameterList(list: APICatalogElement): Promise<void> {
    return this.context.removeAPIParameterList({ apiParameterListGUID: list.guid, qualifiedName: list.qualifiedName });
  }

  /** Creates a parameter in a parameter list. @returns its GUID */
  createParameter(listGUID: string, properties: APIParameterProperties): Promise<string> {
    return this.context.createAPIParameter({ schemaElementGUID: listGUID, apiParameterProperties: properties });
  }

  /** Replaces a parameter's properties. */
  updateParameter(guid: string, properties: APIParameterProperties): Promise<void> {
    return this.context.updateAPIParameter({
      apiParameterGUID: guid,
      apiParameterProperties: properties,
      isMergeUpdate: false,
    });
  }

  /** Removes a parameter. */
  removeParameter(guid: string): Promise<void> {
    return this.context.removeAPIParameter({ apiParameterGUID: guid });
  }

  #element(header: Header | undefined, properties: object | undefined): APICatalogElement {
    const props = (properties ?? {}) as Properties;
    const qualifiedName = typeof props['qualifiedName'] === 'string' ? props['qualifiedName'] : '';
    return {
      guid: header?.guid ?? '',
      qualifiedName,
      properties: props,
      owned: this.context.isOwnedByMetadataSource(header),
    };
  }
}
