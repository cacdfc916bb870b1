import { IntegrationConnector, type MessageDefinition } from '@egeria-ts/core';
import type { CatalogIntegratorContext } from './catalog-integrator-context';
import { CATALOG_INTEGRATOR_ERROR_CODE } from './catalog-integrator-messages';

/**
 * The base class of integration connectors that run in the Catalog Integrator OMIS: they exchange
 * metadata with a third party catalog through a {@link CatalogIntegratorContext} and its exchange
 * services. Implement `refresh` (and optionally `start`, `disconnect`, `engage`).
 * @example
 * ```ts
 * class MyCatalogConnector extends CatalogIntegratorConnector {
 *   async refresh(): Promise<void> {
 *     const assets = this.context.getDataAssetExchangeService();
 *     await assets.createDataAsset({ dataAssetProperties: { qualifiedName: 'acme::orders', typeName: 'DataSet' } });
 *   }
 * }
 * ```
 */
export abstract class CatalogIntegratorConnector extends IntegrationConnector<CatalogIntegratorContext> {
  /** Reading `context` before it is set throws an error with id `OMIS-CATALOG-INTEGRATOR-500-001`. */
  protected override noContextMessage(): MessageDefinition {
    return CATALOG_INTEGRATOR_ERROR_CODE.NULL_CONTEXT;
  }
}
