/**
 * The typed methods for the connections, endpoints and connector types that the Data Manager OMAS and
 * the IT Infrastructure OMAS both serve (same paths below their own roots, same beans): a base class
 * their clients extend, each sending the rows of its own table.
 */
import type { ConnectionElement, ConnectorTypeElement, EndpointElement } from './beans/elements';
import type {
  AssetConnectionRequestBody,
  ConnectionRequestBody,
  EmbeddedConnectionRequestBody,
  EndpointRequestBody,
  ExternalSourceRequestBody,
  NameRequestBody,
  SearchStringRequestBody,
} from './beans/request-bodies';
import type { OperationDefinition } from '../../operations/operation-definition';
import type { OperationInvoker } from '../../operations/operation-invoker';
import { iteratePages, send, sendPage } from './client-support';
import type { ConnectionFamilyRowName } from './connection-family-operations';
import type { OmasCallOptions, OmasPagingOptions } from './options';

/**
 * Connections, endpoints and connector type lookups, as the Data Manager OMAS and the IT
 * Infrastructure OMAS both serve them. Each method sends one row of the table the subclass gives.
 * @typeParam Template - the service's own `TemplateRequestBody`
 * @public
 */
export class ConnectionFamilyClient<Template extends object> {
  /**
   * @param invoker - sends the operations, such as an `OmasRestClient` for the subclass's table
   * @param family - the subclass's rows for these methods
   * @internal
   */
  protected constructor(
    protected readonly invoker: OperationInvoker,
    private readonly family: Readonly<Record<ConnectionFamilyRowName, OperationDefinition>>,
  ) {}

  /**
   * Creates a connection (`POST /connections`).
   * @returns the GUID of what was created
   */
  async createConnection(options: OmasCallOptions & ConnectionRequestBody = {}): Promise<string> {
    return send<string>(this.invoker, this.family.createConnection, options);
  }

  /**
   * Creates a connection from template (`POST /connections/from-template/{templateGUID}`).
   * @returns the GUID of what was created
   */
  async createConnectionFromTemplate(
    options: OmasCallOptions & { readonly templateGUID: string } & Template,
  ): Promise<string> {
    return send<string>(this.invoker, this.family.createConnectionFromTemplate, options);
  }

  /**
   * Updates a connection (`POST /connections/{connectionGUID}`).
   */
  async updateConnection(
    options: OmasCallOptions & {
      readonly connectionGUID: string;
      readonly isMergeUpdate: boolean;
    } & ConnectionRequestBody,
  ): Promise<void> {
    await send(this.invoker, this.family.updateConnection, options);
  }

  /**
   * Sets up a connector type (`POST /connections/{connectionGUID}/connector-types/{connectorTypeGUID}`).
   */
  async setupConnectorType(
    options: OmasCallOptions & {
      readonly connectionGUID: string;
      readonly connectorTypeGUID: string;
    } & ExternalSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, this.family.setupConnectorType, options);
  }

  /**
   * Clears a connector type (`POST /connections/{connectionGUID}/connector-types/{connectorTypeGUID}/delete`).
   */
  async clearConnectorType(
    options: OmasCallOptions & {
      readonly connectionGUID: string;
      readonly connectorTypeGUID: string;
    } & ExternalSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, this.family.clearConnectorType, options);
  }

  /**
   * Sets up an endpoint (`POST /connections/{connectionGUID}/endpoints/{endpointGUID}`).
   */
  async setupEndpoint(
    options: OmasCallOptions & {
      readonly connectionGUID: string;
      readonly endpointGUID: string;
    } & ExternalSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, this.family.setupEndpoint, options);
  }

  /**
   * Clears an endpoint (`POST /connections/{connectionGUID}/endpoints/{endpointGUID}/delete`).
   */
  async clearEndpoint(
    options: OmasCallOptions & {
      readonly connectionGUID: string;
      readonly endpointGUID: string;
    } & ExternalSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, this.family.clearEndpoint, options);
  }

  /**
   * Sets up an embedded connection (`POST /connections/{connectionGUID}/embedded-connections/{embeddedConnectionGUID}`).
   */
  async setupEmbeddedConnection(
    options: OmasCallOptions & {
      readonly connectionGUID: string;
      readonly embeddedConnectionGUID: string;
    } & EmbeddedConnectionRequestBody,
  ): Promise<void> {
    await send(this.invoker, this.family.setupEmbeddedConnection, options);
  }

  /**
   * Clears an embedded connection (`POST /connections/{connectionGUID}/embedded-connections/{embeddedConnectionGUID}/delete`).
   */
  async clearEmbeddedConnection(
    options: OmasCallOptions & {
      readonly connectionGUID: string;
      readonly embeddedConnectionGUID: string;
    } & ExternalSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, this.family.clearEmbeddedConnection, options);
  }

  /**
   * Sets up an asset connection (`POST /assets/{assetGUID}/connections/{connectionGUID}`).
   */
  async setupAssetConnection(
    options: OmasCallOptions & {
      readonly assetGUID: string;
      readonly connectionGUID: string;
    } & AssetConnectionRequestBody,
  ): Promise<void> {
    await send(this.invoker, this.family.setupAssetConnection, options);
  }

  /**
   * Clears an asset connection (`POST /assets/{assetGUID}/connections/{connectionGUID}/delete`).
   */
  async clearAssetConnection(
    options: OmasCallOptions & {
      readonly assetGUID: string;
      readonly connectionGUID: string;
    } & ExternalSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, this.family.clearAssetConnection, options);
  }

  /**
   * Removes a connection (`POST /connections/{connectionGUID}/delete`).
   */
  async removeConnection(
    options: OmasCallOptions & { readonly connectionGUID: string } & ExternalSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, this.family.removeConnection, options);
  }

  /**
   * Returns one page of the connections whose properties match a search string (a regular expression) (`POST /connections/by-search-string`).
   */
  async findConnections(options: OmasPagingOptions & SearchStringRequestBody = {}): Promise<ConnectionElement[]> {
    return sendPage<ConnectionElement>(this.invoker, this.family.findConnections, options);
  }

  /** Iterates over every element findConnections returns, page by page from `startFrom`. */
  findConnectionsIterator(
    options: OmasPagingOptions & SearchStringRequestBody = {},
  ): AsyncIterableIterator<ConnectionElement> {
    return iteratePages<ConnectionElement>(this.invoker, this.family.findConnections, options);
  }

  /**
   * Returns one page of the connections with a name (`POST /connections/by-name`).
   */
  async getConnectionsByName(options: OmasPagingOptions & NameRequestBody = {}): Promise<ConnectionElement[]> {
    return sendPage<ConnectionElement>(this.invoker, this.family.getConnectionsByName, options);
  }

  /** Iterates over every element getConnectionsByName returns, page by page from `startFrom`. */
  getConnectionsByNameIterator(
    options: OmasPagingOptions & NameRequestBody = {},
  ): AsyncIterableIterator<ConnectionElement> {
    return iteratePages<ConnectionElement>(this.invoker, this.family.getConnectionsByName, options);
  }

  /**
   * Returns the connection with the given GUID (`GET /connections/{guid}`).
   */
  async getConnectionByGUID(
    options: OmasCallOptions & { readonly guid: string },
  ): Promise<ConnectionElement | undefined> {
    return send<ConnectionElement | undefined>(this.invoker, this.family.getConnectionByGUID, options);
  }

  /**
   * Creates an endpoint (`POST /endpoints`).
   * @returns the GUID of what was created
   */
  async createEndpoint(options: OmasCallOptions & EndpointRequestBody = {}): Promise<string> {
    return send<string>(this.invoker, this.family.createEndpoint, options);
  }

  /**
   * Creates an endpoint from template (`POST /endpoints/network-address/{networkAddress}/from-template/{templateGUID}`).
   * @returns the GUID of what was created
   */
  async createEndpointFromTemplate(
    options: OmasCallOptions & {
      readonly networkAddress: string;
      readonly templateGUID: string;
    } & Template,
  ): Promise<string> {
    return send<string>(this.invoker, this.family.createEndpointFromTemplate, options, {
      alsoInBody: ['networkAddress'],
    });
  }

  /**
   * Updates an endpoint (`POST /endpoints/{endpointGUID}`).
   */
  async updateEndpoint(
    options: OmasCallOptions & { readonly endpointGUID: string; readonly isMergeUpdate: boolean } & EndpointRequestBody,
  ): Promise<void> {
    await send(this.invoker, this.family.updateEndpoint, options);
  }

  /**
   * Removes an endpoint (`POST /endpoints/{endpointGUID}/delete`).
   */
  async removeEndpoint(
    options: OmasCallOptions & { readonly endpointGUID: string } & ExternalSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, this.family.removeEndpoint, options);
  }

  /**
   * Returns one page of the endpoints whose properties match a search string (a regular expression) (`POST /endpoints/by-search-string`).
   */
  async findEndpoints(options: OmasPagingOptions & SearchStringRequestBody = {}): Promise<EndpointElement[]> {
    return sendPage<EndpointElement>(this.invoker, this.family.findEndpoints, options);
  }

  /** Iterates over every element findEndpoints returns, page by page from `startFrom`. */
  findEndpointsIterator(
    options: OmasPagingOptions & SearchStringRequestBody = {},
  ): AsyncIterableIterator<EndpointElement> {
    return iteratePages<EndpointElement>(this.invoker, this.family.findEndpoints, options);
  }

  /**
   * Returns one page of the endpoints with a name (`POST /endpoints/by-name`).
   */
  async getEndpointsByName(options: OmasPagingOptions & NameRequestBody = {}): Promise<EndpointElement[]> {
    return sendPage<EndpointElement>(this.invoker, this.family.getEndpointsByName, options);
  }

  /** Iterates over every element getEndpointsByName returns, page by page from `startFrom`. */
  getEndpointsByNameIterator(
    options: OmasPagingOptions & NameRequestBody = {},
  ): AsyncIterableIterator<EndpointElement> {
    return iteratePages<EndpointElement>(this.invoker, this.family.getEndpointsByName, options);
  }

  /**
   * Returns the endpoint with the given GUID (`GET /endpoints/{guid}`).
   */
  async getEndpointByGUID(options: OmasCallOptions & { readonly guid: string }): Promise<EndpointElement | undefined> {
    return send<EndpointElement | undefined>(this.invoker, this.family.getEndpointByGUID, options);
  }

  /**
   * Returns one page of the connector types whose properties match a search string (a regular expression) (`POST /connector-types/by-search-string`).
   */
  async findConnectorTypes(options: OmasPagingOptions & SearchStringRequestBody = {}): Promise<ConnectorTypeElement[]> {
    return sendPage<ConnectorTypeElement>(this.invoker, this.family.findConnectorTypes, options);
  }

  /** Iterates over every element findConnectorTypes returns, page by page from `startFrom`. */
  findConnectorTypesIterator(
    options: OmasPagingOptions & SearchStringRequestBody = {},
  ): AsyncIterableIterator<ConnectorTypeElement> {
    return iteratePages<ConnectorTypeElement>(this.invoker, this.family.findConnectorTypes, options);
  }

  /**
   * Returns one page of the connector types with a name (`POST /connector-types/by-name`).
   */
  async getConnectorTypesByName(options: OmasPagingOptions & NameRequestBody = {}): Promise<ConnectorTypeElement[]> {
    return sendPage<ConnectorTypeElement>(this.invoker, this.family.getConnectorTypesByName, options);
  }

  /** Iterates over every element getConnectorTypesByName returns, page by page from `startFrom`. */
  getConnectorTypesByNameIterator(
    options: OmasPagingOptions & NameRequestBody = {},
  ): AsyncIterableIterator<ConnectorTypeElement> {
    return iteratePages<ConnectorTypeElement>(this.invoker, this.family.getConnectorTypesByName, options);
  }

  /**
   * Returns the connector type with the given GUID (`GET /connector-types/{guid}`).
   */
  async getConnectorTypeByGUID(
    options: OmasCallOptions & { readonly guid: string },
  ): Promise<ConnectorTypeElement | undefined> {
    return send<ConnectorTypeElement | undefined>(this.invoker, this.family.getConnectorTypeByGUID, options);
  }
}
