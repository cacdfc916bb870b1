import type {
  AddCatalogTargetRequest,
  CatalogTarget,
  CatalogTargetRelationshipRequest,
  CatalogTargetStore,
  ListCatalogTargetsRequest,
  UpdateCatalogTargetRequest,
} from '@egeria-ts/core';
import type { CatalogTargetProperties as WireCatalogTargetProperties } from '../services/framework/framework-beans';
import type { GovernanceConfigurationClient } from '../services/framework/governance-configuration-client';

/**
 * Core's {@link CatalogTargetStore} over the governance configuration framework service of a
 * partner server (Egeria 5.2's `GovernanceConfiguration` catalog target calls).
 * @public
 */
export class GovernanceConfigurationCatalogTargetStore implements CatalogTargetStore {
  /**
   * @param clientFor - the governance configuration client that calls as a user id (each request
   *   names the connector's user id)
   */
  constructor(private readonly clientFor: (userId: string) => GovernanceConfigurationClient) {}

  /** Links an element to an integration connector as a catalog target; returns the relationship's GUID. */
  async addCatalogTarget(request: AddCatalogTargetRequest): Promise<string> {
    return this.clientFor(request.userId).addCatalogTarget({
      ...wire(request.properties),
      integrationConnectorGUID: request.integrationConnectorGUID,
      metadataElementGUID: request.metadataElementGUID,
      signal: request.signal,
    });
  }

  /** Replaces the properties of a catalog target relationship. */
  async updateCatalogTarget(request: UpdateCatalogTargetRequest): Promise<void> {
    await this.clientFor(request.userId).updateCatalogTarget({
      ...wire(request.properties),
      relationshipGUID: request.relationshipGUID,
      signal: request.signal,
    });
  }

  /** Reads one catalog target; undefined when the server returns none. */
  async getCatalogTarget(request: CatalogTargetRelationshipRequest): Promise<CatalogTarget | undefined> {
    const target = await this.clientFor(request.userId).getCatalogTarget({
      relationshipGUID: request.relationshipGUID,
      signal: request.signal,
    });
    return target === undefined || target === null ? undefined : (target as CatalogTarget);
  }

  /** Reads one page of an integration connector's catalog targets. */
  async getCatalogTargets(request: ListCatalogTargetsRequest): Promise<CatalogTarget[]> {
    const page = await this.clientFor(request.userId).getCatalogTargets({
      integrationConnectorGUID: request.integrationConnectorGUID,
      startFrom: request.startFrom,
      pageSize: request.pageSize,
      signal: request.signal,
    });
    return page as CatalogTarget[];
  }

  /** Removes a catalog target relationship. */
  async removeCatalogTarget(request: CatalogTargetRelationshipRequest): Promise<void> {
    await this.clientFor(request.userId).removeCatalogTarget({
      relationshipGUID: request.relationshipGUID,
      signal: request.signal,
    });
  }
}

/** Core's properties as the wire bean (the same fields; the enums are the same names). */
function wire(properties: AddCatalogTargetRequest['properties']): WireCatalogTargetProperties {
  return properties as WireCatalogTargetProperties;
}
