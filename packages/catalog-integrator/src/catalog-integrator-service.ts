import {
  assetManagerEventParser,
  createIntegrationService,
  type MetadataSourceType,
  type OmasIntegrationService,
} from '@egeria-ts/omas-client';
import { CatalogIntegratorConnector } from './catalog-integrator-connector';
import { CatalogIntegratorContext } from './catalog-integrator-context';
import { CATALOG_INTEGRATOR_AUDIT_CODE, CATALOG_INTEGRATOR_ERROR_CODE } from './catalog-integrator-messages';

/**
 * The software capability a catalog integration connector's metadata source is registered as:
 * Egeria 5.2's `DeployedImplementationType.ASSET_CATALOG` (associated type `InventoryCatalog`,
 * classification `AssetManager`).
 */
export const ASSET_CATALOG_METADATA_SOURCE: MetadataSourceType = Object.freeze({
  typeName: 'InventoryCatalog',
  classificationName: 'AssetManager',
  deployedImplementationType: 'Asset Metadata Catalog',
});

/**
 * The Catalog Integrator OMIS (code 600, marker `catalog-integrator`, partner Asset Manager OMAS,
 * default permitted synchronization BOTH_DIRECTIONS): runs {@link CatalogIntegratorConnector}s and
 * builds their {@link CatalogIntegratorContext}s. The integration daemon uses it; connector code
 * does not.
 */
export const catalogIntegratorService: OmasIntegrationService<CatalogIntegratorContext> = createIntegrationService({
  marker: 'catalog-integrator',
  connectorBaseClass: CatalogIntegratorConnector,
  metadataSourceType: ASSET_CATALOG_METADATA_SOURCE,
  messages: {
    contextInitializing: CATALOG_INTEGRATOR_AUDIT_CODE.CONTEXT_INITIALIZING,
    connectorContextInitializing: CATALOG_INTEGRATOR_AUDIT_CODE.CONNECTOR_CONTEXT_INITIALIZING,
    nullContext: CATALOG_INTEGRATOR_ERROR_CODE.NULL_CONTEXT,
    invalidConnector: CATALOG_INTEGRATOR_ERROR_CODE.INVALID_CONNECTOR,
  },
  eventParser: assetManagerEventParser,
  createContext: (dependencies) => new CatalogIntegratorContext(dependencies),
});
