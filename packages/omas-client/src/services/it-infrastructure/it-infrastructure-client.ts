/**
 * IT Infrastructure OMAS: connections, connector types, endpoints, software capabilities and server asset uses, and the out-topic connection (ITInfrastructureResource): the typed client.
 */
import type { Connection } from '@egeria-ts/core';
import type {
  ConnectionElement,
  ConnectorTypeElement,
  EndpointElement,
  ServerAssetUseElement,
  SoftwareCapabilityElement,
} from '../common/beans/elements';
import type {
  AssetConnectionRequestBody,
  ConnectionRequestBody,
  ConnectorTypeRequestBody,
  EmbeddedConnectionRequestBody,
  EndpointRequestBody,
  ExternalSourceRequestBody,
  NameRequestBody,
  ResultsRequestBody,
  SearchStringRequestBody,
  ServerAssetUseRequestBody,
  SoftwareCapabilityRequestBody,
  UseTypeRequestBody,
} from '../common/beans/request-bodies';
import type { ITInfrastructureTemplateRequestBody } from './it-infrastructure-beans';
import type { OperationInvoker } from '../../operations/operation-invoker';
import { iteratePages, send, sendPage } from '../common/client-support';
import type { OmasCallOptions, OmasPagingOptions } from '../common/options';
import { IT_INFRASTRUCTURE_SERVICE } from './it-infrastructure-operations';

const ops = IT_INFRASTRUCTURE_SERVICE.operations;

/**
 * IT Infrastructure OMAS: connections, connector types, endpoints, software capabilities and server asset uses, and the out-topic connection (ITInfrastructureResource).
 * Each method sends one row of {@link IT_INFRASTRUCTURE_SERVICE} through an {@link OperationInvoker} (such as an
 * `OmasRestClient` for that table). Options carry the path values, the query values and the fields of
 * the request bean, under Egeria's names.
 * @public
 */
export class ITInfrastructureClient {
  /** @param invoker - sends the operations, such as an `OmasRestClient` for `IT_INFRASTRUCTURE_SERVICE` */
  constructor(private readonly invoker: OperationInvoker) {}

  /**
   * Returns an out topic connection (`GET /topics/out-topic-connection/{callerId}`).
   */
  async getOutTopicConnection(options: OmasCallOptions & { readonly callerId: string }): Promise<Connection> {
    return send<Connection>(this.invoker, ops.getOutTopicConnection, options);
  }

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
    options: OmasCallOptions & { readonly templateGUID: string } & ITInfrastructureTemplateRequestBody,
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
   * Creates a connector type (`POST /connector-types`).
   * @returns the GUID of what was created
   */
  async createConnectorType(options: OmasCallOptions & ConnectorTypeRequestBody = {}): Promise<string> {
    return send<string>(this.invoker, ops.createConnectorType, options);
  }

  /**
   * Creates a connector type from template (`POST /connector-types/from-template/{templateGUID}`).
   * @returns the GUID of what was created
   */
  async createConnectorTypeFromTemplate(
    options: OmasCallOptions & { readonly templateGUID: string } & ITInfrastructureTemplateRequestBody,
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
    } & ConnectorTypeRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updateConnectorType, options);
  }

  /**
   * Removes a connector type (`POST /connector-types/{connectorTypeGUID}/delete`).
   */
  async removeConnectorType(
    options: OmasCallOptions & { readonly connectorTypeGUID: string } & ExternalSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.removeConnectorType, options);
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

  /**
   * Creates an endpoint (`POST /endpoints`).
   * @returns the GUID of what was created
   */
  async createEndpoint(options: OmasCallOptions & EndpointRequestBody = {}): Promise<string> {
    return send<string>(this.invoker, ops.createEndpoint, options);
  }

  /**
   * Creates an endpoint for infrastructure (`POST /endpoints/for-infrastructure/{infrastructureGUID}`).
   * @returns the GUID of what was created
   */
  async createEndpointForInfrastructure(
    options: OmasCallOptions & { readonly infrastructureGUID: string } & EndpointRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.createEndpointForInfrastructure, options);
  }

  /**
   * Creates an endpoint from template (`POST /endpoints/network-address/{networkAddress}/from-template/{templateGUID}`).
   * @returns the GUID of what was created
   */
  async createEndpointFromTemplate(
    options: OmasCallOptions & {
      readonly networkAddress: string;
      readonly templateGUID: string;
    } & ITInfrastructureTemplateRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.createEndpointFromTemplate, options, { alsoInBody: ['networkAddress'] });
  }

  /**
   * Creates an endpoint for infrastructure from template (`POST /endpoints/for-infrastructure/{infrastructureGUID}/network-address/{networkAddress}/from-template/{templateGUID}`).
   * @returns the GUID of what was created
   */
  async createEndpointForInfrastructureFromTemplate(
    options: OmasCallOptions & {
      readonly infrastructureGUID: string;
      readonly networkAddress: string;
      readonly templateGUID: string;
    } & ITInfrastructureTemplateRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.createEndpointForInfrastructureFromTemplate, options, {
      alsoInBody: ['networkAddress'],
    });
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
   * Returns one page of the endpoints for infrastructure (`GET /endpoints/for-infrastructure/{infrastructureGUID}`).
   */
  async getEndpointsForInfrastructure(
    options: OmasPagingOptions & { readonly infrastructureGUID: string },
  ): Promise<EndpointElement[]> {
    return sendPage<EndpointElement>(this.invoker, ops.getEndpointsForInfrastructure, options);
  }

  /** Iterates over every element getEndpointsForInfrastructure returns, page by page from `startFrom`. */
  getEndpointsForInfrastructureIterator(
    options: OmasPagingOptions & { readonly infrastructureGUID: string },
  ): AsyncIterableIterator<EndpointElement> {
    return iteratePages<EndpointElement>(this.invoker, ops.getEndpointsForInfrastructure, options);
  }

  /**
   * Returns the endpoint with the given GUID (`GET /endpoints/{guid}`).
   */
  async getEndpointByGUID(options: OmasCallOptions & { readonly guid: string }): Promise<EndpointElement | undefined> {
    return send<EndpointElement | undefined>(this.invoker, ops.getEndpointByGUID, options);
  }

  /**
   * Creates a software capability (`POST /software-capabilities`).
   * @returns the GUID of what was created
   */
  async createSoftwareCapability(
    options: OmasCallOptions & { readonly infrastructureManagerIsHome?: boolean } & SoftwareCapabilityRequestBody = {},
  ): Promise<string> {
    return send<string>(this.invoker, ops.createSoftwareCapability, options);
  }

  /**
   * Creates a software capability from template (`POST /software-capabilities/from-template/{templateGUID}`).
   * @returns the GUID of what was created
   */
  async createSoftwareCapabilityFromTemplate(
    options: OmasCallOptions & {
      readonly templateGUID: string;
      readonly infrastructureManagerIsHome?: boolean;
    } & ITInfrastructureTemplateRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.createSoftwareCapabilityFromTemplate, options);
  }

  /**
   * Updates a software capability (`POST /software-capabilities/{capabilityGUID}`).
   */
  async updateSoftwareCapability(
    options: OmasCallOptions & {
      readonly capabilityGUID: string;
      readonly isMergeUpdate: boolean;
    } & SoftwareCapabilityRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updateSoftwareCapability, options);
  }

  /**
   * Removes a software capability (`POST /software-capabilities/{capabilityGUID}/delete`).
   */
  async removeSoftwareCapability(
    options: OmasCallOptions & { readonly capabilityGUID: string } & ExternalSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.removeSoftwareCapability, options);
  }

  /**
   * Returns one page of the software capabilities whose properties match a search string (a regular expression) (`POST /software-capabilities/by-search-string`).
   */
  async findSoftwareCapabilities(
    options: OmasPagingOptions & SearchStringRequestBody = {},
  ): Promise<SoftwareCapabilityElement[]> {
    return sendPage<SoftwareCapabilityElement>(this.invoker, ops.findSoftwareCapabilities, options);
  }

  /** Iterates over every element findSoftwareCapabilities returns, page by page from `startFrom`. */
  findSoftwareCapabilitiesIterator(
    options: OmasPagingOptions & SearchStringRequestBody = {},
  ): AsyncIterableIterator<SoftwareCapabilityElement> {
    return iteratePages<SoftwareCapabilityElement>(this.invoker, ops.findSoftwareCapabilities, options);
  }

  /**
   * Returns one page of the software capabilities with a name (`POST /software-capabilities/by-name`).
   */
  async getSoftwareCapabilitiesByName(
    options: OmasPagingOptions & NameRequestBody = {},
  ): Promise<SoftwareCapabilityElement[]> {
    return sendPage<SoftwareCapabilityElement>(this.invoker, ops.getSoftwareCapabilitiesByName, options);
  }

  /** Iterates over every element getSoftwareCapabilitiesByName returns, page by page from `startFrom`. */
  getSoftwareCapabilitiesByNameIterator(
    options: OmasPagingOptions & NameRequestBody = {},
  ): AsyncIterableIterator<SoftwareCapabilityElement> {
    return iteratePages<SoftwareCapabilityElement>(this.invoker, ops.getSoftwareCapabilitiesByName, options);
  }

  /**
   * Returns the software capability with the given GUID (`GET /software-capabilities/{guid}`).
   */
  async getSoftwareCapabilityByGUID(
    options: OmasCallOptions & { readonly guid: string },
  ): Promise<SoftwareCapabilityElement | undefined> {
    return send<SoftwareCapabilityElement | undefined>(this.invoker, ops.getSoftwareCapabilityByGUID, options);
  }

  /**
   * Creates a server asset use (`POST /server-asset-uses/software-capabilities/{capabilityGUID}/assets/{assetGUID}`).
   * @returns the GUID of what was created
   */
  async createServerAssetUse(
    options: OmasCallOptions & {
      readonly capabilityGUID: string;
      readonly assetGUID: string;
      readonly infrastructureManagerIsHome?: boolean;
    } & ServerAssetUseRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.createServerAssetUse, options, {
      nested: { properties: 'ServerAssetUseProperties' },
    });
  }

  /**
   * Updates a server asset use (`POST /server-asset-uses/{serverAssetUseGUID}`).
   */
  async updateServerAssetUse(
    options: OmasCallOptions & {
      readonly serverAssetUseGUID: string;
      readonly isMergeUpdate: boolean;
    } & ServerAssetUseRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updateServerAssetUse, options, { nested: { properties: 'ServerAssetUseProperties' } });
  }

  /**
   * Removes a server asset use (`POST /server-asset-uses/{serverAssetUseGUID}/delete`).
   */
  async removeServerAssetUse(
    options: OmasCallOptions & { readonly serverAssetUseGUID: string } & ExternalSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.removeServerAssetUse, options);
  }

  /**
   * Returns one page of the server asset uses for capability (`POST /server-asset-uses/software-capabilities/{capabilityGUID}`).
   */
  async getServerAssetUsesForCapability(
    options: OmasPagingOptions & { readonly capabilityGUID: string } & UseTypeRequestBody,
  ): Promise<ServerAssetUseElement[]> {
    return sendPage<ServerAssetUseElement>(this.invoker, ops.getServerAssetUsesForCapability, options);
  }

  /** Iterates over every element getServerAssetUsesForCapability returns, page by page from `startFrom`. */
  getServerAssetUsesForCapabilityIterator(
    options: OmasPagingOptions & { readonly capabilityGUID: string } & UseTypeRequestBody,
  ): AsyncIterableIterator<ServerAssetUseElement> {
    return iteratePages<ServerAssetUseElement>(this.invoker, ops.getServerAssetUsesForCapability, options);
  }

  /**
   * Returns one page of the capability uses for asset (`POST /server-asset-uses/assets/{assetGUID}`).
   */
  async getCapabilityUsesForAsset(
    options: OmasPagingOptions & { readonly assetGUID: string } & UseTypeRequestBody,
  ): Promise<ServerAssetUseElement[]> {
    return sendPage<ServerAssetUseElement>(this.invoker, ops.getCapabilityUsesForAsset, options);
  }

  /** Iterates over every element getCapabilityUsesForAsset returns, page by page from `startFrom`. */
  getCapabilityUsesForAssetIterator(
    options: OmasPagingOptions & { readonly assetGUID: string } & UseTypeRequestBody,
  ): AsyncIterableIterator<ServerAssetUseElement> {
    return iteratePages<ServerAssetUseElement>(this.invoker, ops.getCapabilityUsesForAsset, options);
  }

  /**
   * Returns one page of the server asset uses for elements (`POST /server-asset-uses/software-capabilities/{capabilityGUID}/assets/{assetGUID}/by-elements`).
   */
  async getServerAssetUsesForElements(
    options: OmasPagingOptions & { readonly capabilityGUID: string; readonly assetGUID: string } & ResultsRequestBody,
  ): Promise<ServerAssetUseElement[]> {
    return sendPage<ServerAssetUseElement>(this.invoker, ops.getServerAssetUsesForElements, options);
  }

  /** Iterates over every element getServerAssetUsesForElements returns, page by page from `startFrom`. */
  getServerAssetUsesForElementsIterator(
    options: OmasPagingOptions & { readonly capabilityGUID: string; readonly assetGUID: string } & ResultsRequestBody,
  ): AsyncIterableIterator<ServerAssetUseElement> {
    return iteratePages<ServerAssetUseElement>(this.invoker, ops.getServerAssetUsesForElements, options);
  }

  /**
   * Returns the server asset use with the given GUID (`GET /server-asset-uses/{guid}`).
   */
  async getServerAssetUseByGUID(
    options: OmasCallOptions & { readonly guid: string },
  ): Promise<ServerAssetUseElement | undefined> {
    return send<ServerAssetUseElement | undefined>(this.invoker, ops.getServerAssetUseByGUID, options);
  }
}
