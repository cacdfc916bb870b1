/**
 * Data Manager OMAS: connections, connector types and endpoints (ConnectionManagerResource), which the files, topic, API and database contexts use: the typed client.
 */
import type { ConnectionElement, ConnectorTypeElement, EndpointElement } from '../common/beans/elements';
import type {
  AssetConnectionRequestBody,
  ConnectionRequestBody,
  EmbeddedConnectionRequestBody,
  EndpointRequestBody,
  ExternalSourceRequestBody,
  NameRequestBody,
  SearchStringRequestBody,
} from '../common/beans/request-bodies';
import type { DataManagerTemplateRequestBody } from './data-manager-beans';
import type { OperationInvoker } from '../../operations/operation-invoker';
import { iteratePages, send, sendPage } from '../common/client-support';
import type { OmasCallOptions, OmasPagingOptions } from '../common/options';
import { DATA_MANAGER_CONNECTION_SERVICE } from './connection-manager-operations';

const ops = DATA_MANAGER_CONNECTION_SERVICE.operations;

/**
 * Data Manager OMAS: connections, connector types and endpoints (ConnectionManagerResource), which the files, topic, API and database contexts use.
 * Each method sends one row of {@link DATA_MANAGER_CONNECTION_SERVICE} through an {@link OperationInvoker} (such as an
 * `OmasRestClient` for that table). Options carry the path values, the query values and the fields of
 * the request bean, under Egeria's names.
 * @public
 */
export class DataManagerConnectionClient {
  /** @param invoker - sends the operations, such as an `OmasRestClient` for `DATA_MANAGER_CONNECTION_SERVICE` */
  constructor(private readonly invoker: OperationInvoker) {}

  /**
   * Creates a connection (`POST /connections`).
   * @returns the GUID of what was created
   */
  async createConnection(options: OmasCallOptions & ConnectionRequestBody = {}): Promise<string> {
    return send<string>(this.invoker, ops.createConnection, options);
  }

  /**
   * Creates a connection from template (`POST /connections/from-template/{templateGUID}`).
   * @returns the GUID of what was created
   */
  async createConnectionFromTemplate(
    options: OmasCallOptions & { readonly templateGUID: string } & DataManagerTemplateRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.createConnectionFromTemplate, options);
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
    await send(this.invoker, ops.updateConnection, options);
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
    await send(this.invoker, ops.setupConnectorType, options);
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
    await send(this.invoker, ops.clearConnectorType, options);
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
    await send(this.invoker, ops.setupEndpoint, options);
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
    await send(this.invoker, ops.clearEndpoint, options);
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
    await send(this.invoker, ops.setupEmbeddedConnection, options);
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
    await send(this.invoker, ops.clearEmbeddedConnection, options);
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
    await send(this.invoker, ops.setupAssetConnection, options);
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
    await send(this.invoker, ops.clearAssetConnection, options);
  }

  /**
   * Removes a connection (`POST /connections/{connectionGUID}/delete`).
   */
  async removeConnection(
    options: OmasCallOptions & { readonly connectionGUID: string } & ExternalSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.removeConnection, options);
  }

  /**
   * Returns one page of the connections whose properties match a search string (a regular expression) (`POST /connections/by-search-string`).
   */
  async findConnections(options: OmasPagingOptions & SearchStringRequestBody = {}): Promise<ConnectionElement[]> {
    return sendPage<ConnectionElement>(this.invoker, ops.findConnections, options);
  }

  /** Iterates over every element findConnections returns, page by page from `startFrom`. */
  findConnectionsIterator(
    options: OmasPagingOptions & SearchStringRequestBody = {},
  ): AsyncIterableIterator<ConnectionElement> {
    return iteratePages<ConnectionElement>(this.invoker, ops.findConnections, options);
  }

  /**
   * Returns one page of the connections with a name (`POST /connections/by-name`).
   */
  async getConnectionsByName(options: OmasPagingOptions & NameRequestBody = {}): Promise<ConnectionElement[]> {
    return sendPage<ConnectionElement>(this.invoker, ops.getConnectionsByName, options);
  }

  /** Iterates over every element getConnectionsByName returns, page by page from `startFrom`. */
  getConnectionsByNameIterator(
    options: OmasPagingOptions & NameRequestBody = {},
  ): AsyncIterableIterator<ConnectionElement> {
    return iteratePages<ConnectionElement>(this.invoker, ops.getConnectionsByName, options);
  }

  /**
   * Returns the connection with the given GUID (`GET /connections/{guid}`).
   */
  async getConnectionByGUID(
    options: OmasCallOptions & { readonly guid: string },
  ): Promise<ConnectionElement | undefined> {
    return send<ConnectionElement | undefined>(this.invoker, ops.getConnectionByGUID, options);
  }

  /**
   * Creates an endpoint (`POST /endpoints`).
   * @returns the GUID of what was created
   */
  async createEndpoint(options: OmasCallOptions & EndpointRequestBody = {}): Promise<string> {
    return send<string>(this.invoker, ops.createEndpoint, options);
  }

  /**
   * Creates an endpoint from template (`POST /endpoints/network-address/{networkAddress}/from-template/{templateGUID}`).
   * @returns the GUID of what was created
   */
  async createEndpointFromTemplate(
    options: OmasCallOptions & {
      readonly networkAddress: string;
      readonly templateGUID: string;
    } & DataManagerTemplateRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.createEndpointFromTemplate, options, { alsoInBody: ['networkAddress'] });
  }

  /**
   * Updates an endpoint (`POST /endpoints/{endpointGUID}`).
   */
  async updateEndpoint(
    options: OmasCallOptions & { readonly endpointGUID: string; readonly isMergeUpdate: boolean } & EndpointRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updateEndpoint, options);
  }

  /**
   * Removes an endpoint (`POST /endpoints/{endpointGUID}/delete`).
   */
  async removeEndpoint(
    options: OmasCallOptions & { readonly endpointGUID: string } & ExternalSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.removeEndpoint, options);
  }

  /**
   * Returns one page of the endpoints whose properties match a search string (a regular expression) (`POST /endpoints/by-search-string`).
   */
  async findEndpoints(options: OmasPagingOptions & SearchStringRequestBody = {}): Promise<EndpointElement[]> {
    return sendPage<EndpointElement>(this.invoker, ops.findEndpoints, options);
  }

  /** Iterates over every element findEndpoints returns, page by page from `startFrom`. */
  findEndpointsIterator(
    options: OmasPagingOptions & SearchStringRequestBody = {},
  ): AsyncIterableIterator<EndpointElement> {
    return iteratePages<EndpointElement>(this.invoker, ops.findEndpoints, options);
  }

  /**
   * Returns one page of the endpoints with a name (`POST /endpoints/by-name`).
   */
  async getEndpointsByName(options: OmasPagingOptions & NameRequestBody = {}): Promise<EndpointElement[]> {
    return sendPage<EndpointElement>(this.invoker, ops.getEndpointsByName, options);
  }

  /** Iterates over every element getEndpointsByName returns, page by page from `startFrom`. */
  getEndpointsByNameIterator(
    options: OmasPagingOptions & NameRequestBody = {},
  ): AsyncIterableIterator<EndpointElement> {
    return iteratePages<EndpointElement>(this.invoker, ops.getEndpointsByName, options);
  }

  /**
   * Returns the endpoint with the given GUID (`GET /endpoints/{guid}`).
   */
  async getEndpointByGUID(options: OmasCallOptions & { readonly guid: string }): Promise<EndpointElement | undefined> {
    return send<EndpointElement | undefined>(this.invoker, ops.getEndpointByGUID, options);
  }

  /**
   * Returns one page of the connector types whose properties match a search string (a regular expression) (`POST /connector-types/by-search-string`).
   */
  async findConnectorTypes(options: OmasPagingOptions & SearchStringRequestBody = {}): Promise<ConnectorTypeElement[]> {
    return sendPage<ConnectorTypeElement>(this.invoker, ops.findConnectorTypes, options);
  }

  /** Iterates over every element findConnectorTypes returns, page by page from `startFrom`. */
  findConnectorTypesIterator(
    options: OmasPagingOptions & SearchStringRequestBody = {},
  ): AsyncIterableIterator<ConnectorTypeElement> {
    return iteratePages<ConnectorTypeElement>(this.invoker, ops.findConnectorTypes, options);
  }

  /**
   * Returns one page of the connector types with a name (`POST /connector-types/by-name`).
   */
  async getConnectorTypesByName(options: OmasPagingOptions & NameRequestBody = {}): Promise<ConnectorTypeElement[]> {
    return sendPage<ConnectorTypeElement>(this.invoker, ops.getConnectorTypesByName, options);
  }

  /** Iterates over every element getConnectorTypesByName returns, page by page from `startFrom`. */
  getConnectorTypesByNameIterator(
    options: OmasPagingOptions & NameRequestBody = {},
  ): AsyncIterableIterator<ConnectorTypeElement> {
    return iteratePages<ConnectorTypeElement>(this.invoker, ops.getConnectorTypesByName, options);
  }

  /**
   * Returns the connector type with the given GUID (`GET /connector-types/{guid}`).
   */
  async getConnectorTypeByGUID(
    options: OmasCallOptions & { readonly guid: string },
  ): Promise<ConnectorTypeElement | undefined> {
    return send<ConnectorTypeElement | undefined>(this.invoker, ops.getConnectorTypeByGUID, options);
  }
}
