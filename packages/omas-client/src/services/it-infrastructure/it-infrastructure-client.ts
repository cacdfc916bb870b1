/**
 * IT Infrastructure OMAS: connections, connector types, endpoints, software capabilities and server asset uses, and the out-topic connection (ITInfrastructureResource): the typed client.
 */
import type { Connection } from '@egeria-ts/core';
import type { EndpointElement, ServerAssetUseElement, SoftwareCapabilityElement } from '../common/beans/elements';
import type {
  ConnectorTypeRequestBody,
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
import { ConnectionFamilyClient } from '../common/connection-family-client';
import type { OmasCallOptions, OmasPagingOptions } from '../common/options';
import { IT_INFRASTRUCTURE_SERVICE } from './it-infrastructure-operations';
import { getOutTopicConnection, type OutTopicConnectionOptions } from '../common/out-topic-connection';

const ops = IT_INFRASTRUCTURE_SERVICE.operations;

/**
 * IT Infrastructure OMAS: connections, connector types, endpoints, software capabilities and server asset uses, and the out-topic connection (ITInfrastructureResource).
 * Each method sends one row of {@link IT_INFRASTRUCTURE_SERVICE} through an {@link OperationInvoker} (such as an
 * `OmasRestClient` for that table). Options carry the path values, the query values and the fields of
 * the request bean, under Egeria's names.
 * @public
 */
export class ITInfrastructureClient extends ConnectionFamilyClient<ITInfrastructureTemplateRequestBody> {
  /** @param invoker - sends the operations, such as an `OmasRestClient` for `IT_INFRASTRUCTURE_SERVICE` */
  constructor(invoker: OperationInvoker) {
    super(invoker, ops);
  }

  /**
   * Returns an out topic connection (`GET /topics/out-topic-connection/{callerId}`); undefined when the
   * access service has no out topic configured.
   */
  async getOutTopicConnection(options: OutTopicConnectionOptions): Promise<Connection | undefined> {
    return getOutTopicConnection(this.invoker, ops.getOutTopicConnection, options);
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
   * Creates an endpoint for infrastructure (`POST /endpoints/for-infrastructure/{infrastructureGUID}`).
   * @returns the GUID of what was created
   */
  async createEndpointForInfrastructure(
    options: OmasCallOptions & { readonly infrastructureGUID: string } & EndpointRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.createEndpointForInfrastructure, options);
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
