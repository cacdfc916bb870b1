/**
 * The governance configuration framework service: integration groups, integration connectors, their registrations and catalog targets (what the 5.2 integration daemon reads its groups from): the typed client.
 */
import type { DeleteRequestBody } from '../common/beans/request-bodies';
import type {
  CatalogTarget,
  CatalogTargetProperties,
  IntegrationConnectorElement,
  IntegrationConnectorProperties,
  IntegrationGroupElement,
  IntegrationGroupProperties,
  RegisteredIntegrationConnectorElement,
  RegisteredIntegrationConnectorProperties,
} from './framework-beans';
import type { OperationInvoker } from '../../operations/operation-invoker';
import { iteratePages, send, sendPage } from '../common/client-support';
import type { OmasCallOptions, OmasPagingOptions } from '../common/options';
import { GOVERNANCE_CONFIGURATION_SERVICE } from './governance-configuration-operations';

const ops = GOVERNANCE_CONFIGURATION_SERVICE.operations;

/**
 * The governance configuration framework service: integration groups, integration connectors, their registrations and catalog targets (what the 5.2 integration daemon reads its groups from).
 * Each method sends one row of {@link GOVERNANCE_CONFIGURATION_SERVICE} through an {@link OperationInvoker} (such as an
 * `OmasRestClient` for that table). Options carry the path values, the query values and the fields of
 * the request bean, under Egeria's names.
 * @public
 */
export class GovernanceConfigurationClient {
  /** @param invoker - sends the operations, such as an `OmasRestClient` for `GOVERNANCE_CONFIGURATION_SERVICE` */
  constructor(private readonly invoker: OperationInvoker) {}

  /**
   * Creates an integration group (`POST /integration-groups/new`).
   * @returns the GUID of what was created
   */
  async createIntegrationGroup(options: OmasCallOptions & IntegrationGroupProperties = {}): Promise<string> {
    return send<string>(this.invoker, ops.createIntegrationGroup, options);
  }

  /**
   * Returns the integration group with the given GUID (`GET /integration-groups/{guid}`).
   */
  async getIntegrationGroupByGUID(
    options: OmasCallOptions & { readonly guid: string },
  ): Promise<IntegrationGroupElement | undefined> {
    return send<IntegrationGroupElement | undefined>(this.invoker, ops.getIntegrationGroupByGUID, options);
  }

  /**
   * Returns an integration group by name (`GET /integration-groups/by-name/{name}`).
   */
  async getIntegrationGroupByName(
    options: OmasCallOptions & { readonly name: string },
  ): Promise<IntegrationGroupElement | undefined> {
    return send<IntegrationGroupElement | undefined>(this.invoker, ops.getIntegrationGroupByName, options);
  }

  /**
   * Returns one page of the all integration groups (`GET /integration-groups`).
   */
  async getAllIntegrationGroups(options: OmasPagingOptions = {}): Promise<IntegrationGroupElement[]> {
    return sendPage<IntegrationGroupElement>(this.invoker, ops.getAllIntegrationGroups, options);
  }

  /** Iterates over every element getAllIntegrationGroups returns, page by page from `startFrom`. */
  getAllIntegrationGroupsIterator(options: OmasPagingOptions = {}): AsyncIterableIterator<IntegrationGroupElement> {
    return iteratePages<IntegrationGroupElement>(this.invoker, ops.getAllIntegrationGroups, options);
  }

  /**
   * Updates an integration group (`POST /integration-groups/{guid}/update`).
   */
  async updateIntegrationGroup(
    options: OmasCallOptions & { readonly guid: string; readonly isMergeUpdate: boolean } & IntegrationGroupProperties,
  ): Promise<void> {
    await send(this.invoker, ops.updateIntegrationGroup, options);
  }

  /**
   * Deletes an integration group (`POST /integration-groups/{guid}/delete`).
   */
  async deleteIntegrationGroup(
    options: OmasCallOptions & { readonly guid: string } & DeleteRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.deleteIntegrationGroup, options);
  }

  /**
   * Creates an integration connector (`POST /integration-connectors/new`).
   * @returns the GUID of what was created
   */
  async createIntegrationConnector(options: OmasCallOptions & IntegrationConnectorProperties = {}): Promise<string> {
    return send<string>(this.invoker, ops.createIntegrationConnector, options, {
      nested: { connection: 'Connection' },
    });
  }

  /**
   * Returns the integration connector with the given GUID (`GET /integration-connectors/{guid}`).
   */
  async getIntegrationConnectorByGUID(
    options: OmasCallOptions & { readonly guid: string },
  ): Promise<IntegrationConnectorElement | undefined> {
    return send<IntegrationConnectorElement | undefined>(this.invoker, ops.getIntegrationConnectorByGUID, options);
  }

  /**
   * Returns an integration connector by name (`GET /integration-connectors/by-name/{name}`).
   */
  async getIntegrationConnectorByName(
    options: OmasCallOptions & { readonly name: string },
  ): Promise<IntegrationConnectorElement | undefined> {
    return send<IntegrationConnectorElement | undefined>(this.invoker, ops.getIntegrationConnectorByName, options);
  }

  /**
   * Returns one page of the all integration connectors (`GET /integration-connectors`).
   */
  async getAllIntegrationConnectors(options: OmasPagingOptions = {}): Promise<IntegrationConnectorElement[]> {
    return sendPage<IntegrationConnectorElement>(this.invoker, ops.getAllIntegrationConnectors, options);
  }

  /** Iterates over every element getAllIntegrationConnectors returns, page by page from `startFrom`. */
  getAllIntegrationConnectorsIterator(
    options: OmasPagingOptions = {},
  ): AsyncIterableIterator<IntegrationConnectorElement> {
    return iteratePages<IntegrationConnectorElement>(this.invoker, ops.getAllIntegrationConnectors, options);
  }

  /**
   * Returns the integration connector registrations (`GET /integration-connectors/{guid}/registrations`).
   */
  async getIntegrationConnectorRegistrations(options: OmasCallOptions & { readonly guid: string }): Promise<string[]> {
    return (await send<string[] | undefined>(this.invoker, ops.getIntegrationConnectorRegistrations, options)) ?? [];
  }

  /**
   * Updates an integration connector (`POST /integration-connectors/{guid}/update`).
   */
  async updateIntegrationConnector(
    options: OmasCallOptions & {
      readonly guid: string;
      readonly isMergeUpdate: boolean;
    } & IntegrationConnectorProperties,
  ): Promise<void> {
    await send(this.invoker, ops.updateIntegrationConnector, options, { nested: { connection: 'Connection' } });
  }

  /**
   * Deletes an integration connector (`POST /integration-connectors/{guid}/delete`).
   */
  async deleteIntegrationConnector(
    options: OmasCallOptions & { readonly guid: string } & DeleteRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.deleteIntegrationConnector, options);
  }

  /**
   * Registers an integration connector with group (`POST /integration-groups/{integrationGroupGUID}/integration-connectors/{integrationConnectorGUID}`).
   */
  async registerIntegrationConnectorWithGroup(
    options: OmasCallOptions & {
      readonly integrationGroupGUID: string;
      readonly integrationConnectorGUID: string;
    } & RegisteredIntegrationConnectorProperties,
  ): Promise<void> {
    await send(this.invoker, ops.registerIntegrationConnectorWithGroup, options);
  }

  /**
   * Returns a registered integration connector (`GET /integration-groups/{integrationGroupGUID}/integration-connectors/{integrationConnectorGUID}`).
   */
  async getRegisteredIntegrationConnector(
    options: OmasCallOptions & { readonly integrationGroupGUID: string; readonly integrationConnectorGUID: string },
  ): Promise<RegisteredIntegrationConnectorElement | undefined> {
    return send<RegisteredIntegrationConnectorElement | undefined>(
      this.invoker,
      ops.getRegisteredIntegrationConnector,
      options,
    );
  }

  /**
   * Returns one page of the registered integration connectors (`GET /integration-groups/{integrationGroupGUID}/integration-connectors`).
   */
  async getRegisteredIntegrationConnectors(
    options: OmasPagingOptions & { readonly integrationGroupGUID: string },
  ): Promise<RegisteredIntegrationConnectorElement[]> {
    return sendPage<RegisteredIntegrationConnectorElement>(
      this.invoker,
      ops.getRegisteredIntegrationConnectors,
      options,
    );
  }

  /** Iterates over every element getRegisteredIntegrationConnectors returns, page by page from `startFrom`. */
  getRegisteredIntegrationConnectorsIterator(
    options: OmasPagingOptions & { readonly integrationGroupGUID: string },
  ): AsyncIterableIterator<RegisteredIntegrationConnectorElement> {
    return iteratePages<RegisteredIntegrationConnectorElement>(
      this.invoker,
      ops.getRegisteredIntegrationConnectors,
      options,
    );
  }

  /**
   * Unregisters an integration connector from group (`POST /integration-groups/{integrationGroupGUID}/integration-connectors/{integrationConnectorGUID}/delete`).
   */
  async unregisterIntegrationConnectorFromGroup(
    options: OmasCallOptions & { readonly integrationGroupGUID: string; readonly integrationConnectorGUID: string },
  ): Promise<void> {
    await send(this.invoker, ops.unregisterIntegrationConnectorFromGroup, options);
  }

  /**
   * Adds a catalog target (`POST /integration-connectors/{integrationConnectorGUID}/catalog-targets/{metadataElementGUID}`).
   * @returns the GUID of what was created
   */
  async addCatalogTarget(
    options: OmasCallOptions & {
      readonly integrationConnectorGUID: string;
      readonly metadataElementGUID: string;
    } & CatalogTargetProperties,
  ): Promise<string> {
    return send<string>(this.invoker, ops.addCatalogTarget, options);
  }

  /**
   * Updates a catalog target (`POST /catalog-targets/{relationshipGUID}/update`).
   */
  async updateCatalogTarget(
    options: OmasCallOptions & { readonly relationshipGUID: string } & CatalogTargetProperties,
  ): Promise<void> {
    await send(this.invoker, ops.updateCatalogTarget, options);
  }

  /**
   * Returns a catalog target (`GET /catalog-targets/{relationshipGUID}`).
   */
  async getCatalogTarget(
    options: OmasCallOptions & { readonly relationshipGUID: string },
  ): Promise<CatalogTarget | undefined> {
    return send<CatalogTarget | undefined>(this.invoker, ops.getCatalogTarget, options);
  }

  /**
   * Returns one page of the catalog targets (`GET /integration-connectors/{integrationConnectorGUID}/catalog-targets`).
   */
  async getCatalogTargets(
    options: OmasPagingOptions & { readonly integrationConnectorGUID: string },
  ): Promise<CatalogTarget[]> {
    return sendPage<CatalogTarget>(this.invoker, ops.getCatalogTargets, options);
  }

  /** Iterates over every element getCatalogTargets returns, page by page from `startFrom`. */
  getCatalogTargetsIterator(
    options: OmasPagingOptions & { readonly integrationConnectorGUID: string },
  ): AsyncIterableIterator<CatalogTarget> {
    return iteratePages<CatalogTarget>(this.invoker, ops.getCatalogTargets, options);
  }

  /**
   * Removes a catalog target (`POST /catalog-targets/{relationshipGUID}/delete`).
   */
  async removeCatalogTarget(options: OmasCallOptions & { readonly relationshipGUID: string }): Promise<void> {
    await send(this.invoker, ops.removeCatalogTarget, options);
  }
}
