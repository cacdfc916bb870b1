/**
 * Asset Manager OMAS: connections, connector types and endpoints (ConnectionExchangeResource), which the catalog integrator's connection exchange service uses: the typed client.
 */
import type {
  AssetManagerConnectionElement,
  AssetManagerConnectionRequestBody,
  AssetManagerConnectorTypeElement,
  AssetManagerConnectorTypeRequestBody,
  AssetManagerEffectiveTimeQueryRequestBody,
  AssetManagerEndpointElement,
  AssetManagerEndpointRequestBody,
  AssetManagerNameRequestBody,
  AssetManagerSearchStringRequestBody,
  TemplateRequestBody,
  UpdateRequestBody,
} from './asset-manager-beans';
import type { RelationshipRequestBody } from '../common/beans/request-bodies';
import type { OperationInvoker } from '../../operations/operation-invoker';
import { iteratePages, send, sendPage } from '../common/client-support';
import type { OmasCallOptions, OmasPagingOptions } from '../common/options';
import { ASSET_MANAGER_CONNECTION_SERVICE } from './connection-exchange-operations';

const ops = ASSET_MANAGER_CONNECTION_SERVICE.operations;

/**
 * Asset Manager OMAS: connections, connector types and endpoints (ConnectionExchangeResource), which the catalog integrator's connection exchange service uses.
 * Each method sends one row of {@link ASSET_MANAGER_CONNECTION_SERVICE} through an {@link OperationInvoker} (such as an
 * `OmasRestClient` for that table). Options carry the path values, the query values and the fields of
 * the request bean, under Egeria's names.
 * @public
 */
export class ConnectionExchangeClient {
  /** @param invoker - sends the operations, such as an `OmasRestClient` for `ASSET_MANAGER_CONNECTION_SERVICE` */
  constructor(private readonly invoker: OperationInvoker) {}

  /**
   * Creates a connection (`POST /connections`).
   * @returns the GUID of what was created
   */
  async createConnection(
    options: OmasCallOptions & { readonly assetManagerIsHome?: boolean } & AssetManagerConnectionRequestBody = {},
  ): Promise<string> {
    return send<string>(this.invoker, ops.createConnection, options, {
      nested: { elementProperties: 'ConnectionProperties' },
    });
  }

  /**
   * Creates a connection from template (`POST /connections/from-template/{templateGUID}`).
   * @returns the GUID of what was created
   */
  async createConnectionFromTemplate(
    options: OmasCallOptions & {
      readonly templateGUID: string;
      readonly assetManagerIsHome?: boolean;
    } & TemplateRequestBody,
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
      readonly forLineage: boolean;
      readonly forDuplicateProcessing: boolean;
    } & AssetManagerConnectionRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updateConnection, options, { nested: { elementProperties: 'ConnectionProperties' } });
  }

  /**
   * Sets up a connector type (`POST /connections/{connectionGUID}/connector-types/{connectorTypeGUID}`).
   */
  async setupConnectorType(
    options: OmasCallOptions & {
      readonly connectionGUID: string;
      readonly connectorTypeGUID: string;
      readonly assetManagerIsHome?: boolean;
      readonly forLineage: boolean;
      readonly forDuplicateProcessing: boolean;
    } & RelationshipRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.setupConnectorType, options, { nested: { properties: 'RelationshipProperties' } });
  }

  /**
   * Clears a connector type (`POST /connections/{connectionGUID}/connector-types/{connectorTypeGUID}/remove`).
   */
  async clearConnectorType(
    options: OmasCallOptions & {
      readonly connectionGUID: string;
      readonly connectorTypeGUID: string;
      readonly forLineage: boolean;
      readonly forDuplicateProcessing: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
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
      readonly assetManagerIsHome?: boolean;
      readonly forLineage: boolean;
      readonly forDuplicateProcessing: boolean;
    } & RelationshipRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.setupEndpoint, options, { nested: { properties: 'RelationshipProperties' } });
  }

  /**
   * Clears an endpoint (`POST /connections/{connectionGUID}/endpoints/{endpointGUID}/remove`).
   */
  async clearEndpoint(
    options: OmasCallOptions & {
      readonly connectionGUID: string;
      readonly endpointGUID: string;
      readonly forLineage: boolean;
      readonly forDuplicateProcessing: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
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
      readonly assetManagerIsHome?: boolean;
      readonly forLineage: boolean;
      readonly forDuplicateProcessing: boolean;
    } & RelationshipRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.setupEmbeddedConnection, options, {
      nested: { properties: 'RelationshipProperties' },
    });
  }

  /**
   * Clears an embedded connection (`POST /connections/{connectionGUID}/embedded-connections/{embeddedConnectionGUID}/remove`).
   */
  async clearEmbeddedConnection(
    options: OmasCallOptions & {
      readonly connectionGUID: string;
      readonly embeddedConnectionGUID: string;
      readonly forLineage: boolean;
      readonly forDuplicateProcessing: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.clearEmbeddedConnection, options);
  }

  /**
   * Sets up an asset connection (`POST /data-assets/{assetGUID}/connections/{connectionGUID}`).
   */
  async setupAssetConnection(
    options: OmasCallOptions & {
      readonly assetGUID: string;
      readonly connectionGUID: string;
      readonly assetManagerIsHome?: boolean;
      readonly forLineage: boolean;
      readonly forDuplicateProcessing: boolean;
    } & RelationshipRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.setupAssetConnection, options, { nested: { properties: 'RelationshipProperties' } });
  }

  /**
   * Clears an asset connection (`POST /data-assets/{assetGUID}/connections/{connectionGUID}/remove`).
   */
  async clearAssetConnection(
    options: OmasCallOptions & {
      readonly assetGUID: string;
      readonly connectionGUID: string;
      readonly forLineage: boolean;
      readonly forDuplicateProcessing: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.clearAssetConnection, options);
  }

  /**
   * Removes a connection (`POST /connections/{connectionGUID}/remove`).
   */
  async removeConnection(
    options: OmasCallOptions & {
      readonly connectionGUID: string;
      readonly forLineage: boolean;
      readonly forDuplicateProcessing: boolean;
    } & UpdateRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.removeConnection, options);
  }

  /**
   * Returns one page of the connections whose properties match a search string (a regular expression) (`POST /connections/by-search-string`).
   */
  async findConnections(
    options: OmasPagingOptions & {
      readonly forLineage: boolean;
      readonly forDuplicateProcessing: boolean;
    } & AssetManagerSearchStringRequestBody,
  ): Promise<AssetManagerConnectionElement[]> {
    return sendPage<AssetManagerConnectionElement>(this.invoker, ops.findConnections, options);
  }

  /** Iterates over every element findConnections returns, page by page from `startFrom`. */
  findConnectionsIterator(
    options: OmasPagingOptions & {
      readonly forLineage: boolean;
      readonly forDuplicateProcessing: boolean;
    } & AssetManagerSearchStringRequestBody,
  ): AsyncIterableIterator<AssetManagerConnectionElement> {
    return iteratePages<AssetManagerConnectionElement>(this.invoker, ops.findConnections, options);
  }

  /**
   * Returns one page of the connections with a name (`POST /connections/by-name`).
   */
  async getConnectionsByName(
    options: OmasPagingOptions & {
      readonly forLineage: boolean;
      readonly forDuplicateProcessing: boolean;
    } & AssetManagerNameRequestBody,
  ): Promise<AssetManagerConnectionElement[]> {
    return sendPage<AssetManagerConnectionElement>(this.invoker, ops.getConnectionsByName, options);
  }

  /** Iterates over every element getConnectionsByName returns, page by page from `startFrom`. */
  getConnectionsByNameIterator(
    options: OmasPagingOptions & {
      readonly forLineage: boolean;
      readonly forDuplicateProcessing: boolean;
    } & AssetManagerNameRequestBody,
  ): AsyncIterableIterator<AssetManagerConnectionElement> {
    return iteratePages<AssetManagerConnectionElement>(this.invoker, ops.getConnectionsByName, options);
  }

  /**
   * Returns one page of the connections for asset manager (`POST /connections/by-asset-manager`).
   */
  async getConnectionsForAssetManager(
    options: OmasPagingOptions & {
      readonly forLineage: boolean;
      readonly forDuplicateProcessing: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<AssetManagerConnectionElement[]> {
    return sendPage<AssetManagerConnectionElement>(this.invoker, ops.getConnectionsForAssetManager, options);
  }

  /** Iterates over every element getConnectionsForAssetManager returns, page by page from `startFrom`. */
  getConnectionsForAssetManagerIterator(
    options: OmasPagingOptions & {
      readonly forLineage: boolean;
      readonly forDuplicateProcessing: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): AsyncIterableIterator<AssetManagerConnectionElement> {
    return iteratePages<AssetManagerConnectionElement>(this.invoker, ops.getConnectionsForAssetManager, options);
  }

  /**
   * Returns the connection with the given GUID (`POST /connections/{connectionGUID}/retrieve`).
   */
  async getConnectionByGUID(
    options: OmasCallOptions & {
      readonly connectionGUID: string;
      readonly forLineage: boolean;
      readonly forDuplicateProcessing: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<AssetManagerConnectionElement | undefined> {
    return send<AssetManagerConnectionElement | undefined>(this.invoker, ops.getConnectionByGUID, options);
  }

  /**
   * Creates an endpoint (`POST /endpoints`).
   * @returns the GUID of what was created
   */
  async createEndpoint(
    options: OmasCallOptions & { readonly assetManagerIsHome?: boolean } & AssetManagerEndpointRequestBody = {},
  ): Promise<string> {
    return send<string>(this.invoker, ops.createEndpoint, options, {
      nested: { elementProperties: 'EndpointProperties' },
    });
  }

  /**
   * Creates an endpoint from template (`POST /endpoints/from-template/{templateGUID}`).
   * @returns the GUID of what was created
   */
  async createEndpointFromTemplate(
    options: OmasCallOptions & {
      readonly templateGUID: string;
      readonly assetManagerIsHome?: boolean;
    } & TemplateRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.createEndpointFromTemplate, options);
  }

  /**
   * Updates an endpoint (`POST /endpoints/{endpointGUID}`).
   */
  async updateEndpoint(
    options: OmasCallOptions & {
      readonly endpointGUID: string;
      readonly isMergeUpdate: boolean;
      readonly forLineage: boolean;
      readonly forDuplicateProcessing: boolean;
    } & AssetManagerEndpointRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updateEndpoint, options, { nested: { elementProperties: 'EndpointProperties' } });
  }

  /**
   * Removes an endpoint (`POST /endpoints/{endpointGUID}/remove`).
   */
  async removeEndpoint(
    options: OmasCallOptions & {
      readonly endpointGUID: string;
      readonly forLineage: boolean;
      readonly forDuplicateProcessing: boolean;
    } & UpdateRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.removeEndpoint, options);
  }

  /**
   * Returns one page of the endpoints whose properties match a search string (a regular expression) (`POST /endpoints/by-search-string`).
   */
  async findEndpoints(
    options: OmasPagingOptions & {
      readonly forLineage: boolean;
      readonly forDuplicateProcessing: boolean;
    } & AssetManagerSearchStringRequestBody,
  ): Promise<AssetManagerEndpointElement[]> {
    return sendPage<AssetManagerEndpointElement>(this.invoker, ops.findEndpoints, options);
  }

  /** Iterates over every element findEndpoints returns, page by page from `startFrom`. */
  findEndpointsIterator(
    options: OmasPagingOptions & {
      readonly forLineage: boolean;
      readonly forDuplicateProcessing: boolean;
    } & AssetManagerSearchStringRequestBody,
  ): AsyncIterableIterator<AssetManagerEndpointElement> {
    return iteratePages<AssetManagerEndpointElement>(this.invoker, ops.findEndpoints, options);
  }

  /**
   * Returns one page of the endpoints with a name (`POST /endpoints/by-name`).
   */
  async getEndpointsByName(
    options: OmasPagingOptions & {
      readonly forLineage: boolean;
      readonly forDuplicateProcessing: boolean;
    } & AssetManagerNameRequestBody,
  ): Promise<AssetManagerEndpointElement[]> {
    return sendPage<AssetManagerEndpointElement>(this.invoker, ops.getEndpointsByName, options);
  }

  /** Iterates over every element getEndpointsByName returns, page by page from `startFrom`. */
  getEndpointsByNameIterator(
    options: OmasPagingOptions & {
      readonly forLineage: boolean;
      readonly forDuplicateProcessing: boolean;
    } & AssetManagerNameRequestBody,
  ): AsyncIterableIterator<AssetManagerEndpointElement> {
    return iteratePages<AssetManagerEndpointElement>(this.invoker, ops.getEndpointsByName, options);
  }

  /**
   * Returns one page of the endpoints for asset manager (`POST /endpoints/by-asset-manager`).
   */
  async getEndpointsForAssetManager(
    options: OmasPagingOptions & {
      readonly forLineage: boolean;
      readonly forDuplicateProcessing: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<AssetManagerEndpointElement[]> {
    return sendPage<AssetManagerEndpointElement>(this.invoker, ops.getEndpointsForAssetManager, options);
  }

  /** Iterates over every element getEndpointsForAssetManager returns, page by page from `startFrom`. */
  getEndpointsForAssetManagerIterator(
    options: OmasPagingOptions & {
      readonly forLineage: boolean;
      readonly forDuplicateProcessing: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): AsyncIterableIterator<AssetManagerEndpointElement> {
    return iteratePages<AssetManagerEndpointElement>(this.invoker, ops.getEndpointsForAssetManager, options);
  }

  /**
   * Returns the endpoint with the given GUID (`POST /endpoints/{endpointGUID}/retrieve`).
   */
  async getEndpointByGUID(
    options: OmasCallOptions & {
      readonly endpointGUID: string;
      readonly forLineage: boolean;
      readonly forDuplicateProcessing: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<AssetManagerEndpointElement | undefined> {
    return send<AssetManagerEndpointElement | undefined>(this.invoker, ops.getEndpointByGUID, options);
  }

  /**
   * Creates a connector type (`POST /connector-types`).
   * @returns the GUID of what was created
   */
  async createConnectorType(
    options: OmasCallOptions & { readonly assetManagerIsHome?: boolean } & AssetManagerConnectorTypeRequestBody = {},
  ): Promise<string> {
    return send<string>(this.invoker, ops.createConnectorType, options, {
      nested: { elementProperties: 'ConnectorTypeProperties' },
    });
  }

  /**
   * Creates a connector type from template (`POST /connector-types/from-template/{templateGUID}`).
   * @returns the GUID of what was created
   */
  async createConnectorTypeFromTemplate(
    options: OmasCallOptions & {
      readonly templateGUID: string;
      readonly assetManagerIsHome?: boolean;
    } & TemplateRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.createConnectorTypeFromTemplate, options);
  }

  /**
   * Updates a connector type (`POST /connector-types/{connectorTypeGUID}`).
   */
  async updateConnectorType(
    options: OmasCallOptions & {
      readonly connectorTypeGUID: string;
      readonly isMergeUpdate: boolean;
      readonly forLineage: boolean;
      readonly forDuplicateProcessing: boolean;
    } & AssetManagerConnectorTypeRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updateConnectorType, options, {
      nested: { elementProperties: 'ConnectorTypeProperties' },
    });
  }

  /**
   * Removes a connector type (`POST /connector-types/{connectorTypeGUID}/remove`).
   */
  async removeConnectorType(
    options: OmasCallOptions & {
      readonly connectorTypeGUID: string;
      readonly forLineage: boolean;
      readonly forDuplicateProcessing: boolean;
    } & UpdateRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.removeConnectorType, options);
  }

  /**
   * Returns one page of the connector types whose properties match a search string (a regular expression) (`POST /connector-types/by-search-string`).
   */
  async findConnectorTypes(
    options: OmasPagingOptions & {
      readonly forLineage: boolean;
      readonly forDuplicateProcessing: boolean;
    } & AssetManagerSearchStringRequestBody,
  ): Promise<AssetManagerConnectorTypeElement[]> {
    return sendPage<AssetManagerConnectorTypeElement>(this.invoker, ops.findConnectorTypes, options);
  }

  /** Iterates over every element findConnectorTypes returns, page by page from `startFrom`. */
  findConnectorTypesIterator(
    options: OmasPagingOptions & {
      readonly forLineage: boolean;
      readonly forDuplicateProcessing: boolean;
    } & AssetManagerSearchStringRequestBody,
  ): AsyncIterableIterator<AssetManagerConnectorTypeElement> {
    return iteratePages<AssetManagerConnectorTypeElement>(this.invoker, ops.findConnectorTypes, options);
  }

  /**
   * Returns one page of the connector types with a name (`POST /connector-types/by-name`).
   */
  async getConnectorTypesByName(
    options: OmasPagingOptions & {
      readonly forLineage: boolean;
      readonly forDuplicateProcessing: boolean;
    } & AssetManagerNameRequestBody,
  ): Promise<AssetManagerConnectorTypeElement[]> {
    return sendPage<AssetManagerConnectorTypeElement>(this.invoker, ops.getConnectorTypesByName, options);
  }

  /** Iterates over every element getConnectorTypesByName returns, page by page from `startFrom`. */
  getConnectorTypesByNameIterator(
    options: OmasPagingOptions & {
      readonly forLineage: boolean;
      readonly forDuplicateProcessing: boolean;
    } & AssetManagerNameRequestBody,
  ): AsyncIterableIterator<AssetManagerConnectorTypeElement> {
    return iteratePages<AssetManagerConnectorTypeElement>(this.invoker, ops.getConnectorTypesByName, options);
  }

  /**
   * Returns one page of the connector types for asset manager (`POST /connector-types/by-asset-manager`).
   */
  async getConnectorTypesForAssetManager(
    options: OmasPagingOptions & {
      readonly forLineage: boolean;
      readonly forDuplicateProcessing: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<AssetManagerConnectorTypeElement[]> {
    return sendPage<AssetManagerConnectorTypeElement>(this.invoker, ops.getConnectorTypesForAssetManager, options);
  }

  /** Iterates over every element getConnectorTypesForAssetManager returns, page by page from `startFrom`. */
  getConnectorTypesForAssetManagerIterator(
    options: OmasPagingOptions & {
      readonly forLineage: boolean;
      readonly forDuplicateProcessing: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): AsyncIterableIterator<AssetManagerConnectorTypeElement> {
    return iteratePages<AssetManagerConnectorTypeElement>(this.invoker, ops.getConnectorTypesForAssetManager, options);
  }

  /**
   * Returns the connector type with the given GUID (`POST /connector-types/{connectorTypeGUID}/retrieve`).
   */
  async getConnectorTypeByGUID(
    options: OmasCallOptions & {
      readonly connectorTypeGUID: string;
      readonly forLineage: boolean;
      readonly forDuplicateProcessing: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<AssetManagerConnectorTypeElement | undefined> {
    return send<AssetManagerConnectorTypeElement | undefined>(this.invoker, ops.getConnectorTypeByGUID, options);
  }
}
