import { IntegrationConnector, type MessageDefinition } from '@egeria-ts/core';
import type { AssetConsumerOutTopicEvent } from '@egeria-ts/omas-client';
import type { SearchIntegratorContext } from './search-integrator-context';
import { SEARCH_INTEGRATOR_AUDIT_CODE, SEARCH_INTEGRATOR_ERROR_CODE } from './search-integrator-messages';

/**
 * The base class of integration connectors that run in the Search Integrator OMIS (Egeria 5.0; the
 * service was removed after it): they copy assets into a technology built for searching. Each
 * Asset Consumer OMAS out-topic event reaches {@link SearchIntegratorConnector.saveAsset}; `start`
 * registers the listener that delivers them (Egeria's context manager did it for the connector), so
 * a subclass that overrides `start` calls `await super.start()`. Implement `saveAsset` and `refresh`.
 * @example
 * ```ts
 * class MySearchIndexConnector extends SearchIntegratorConnector {
 *   async saveAsset(event: AssetConsumerOutTopicEvent): Promise<void> {
 *     await index.put(event.elementHeader?.guid, event.elementProperties);
 *   }
 *   async refresh(): Promise<void> {}
 * }
 * ```
 */
export abstract class SearchIntegratorConnector extends IntegrationConnector<SearchIntegratorContext> {
  /**
   * Receives one asset event (a new, changed, classified or deleted asset or schema): save it in
   * the search technology. Called for each event after the connector's first refresh.
   * @param event - the Asset Consumer OMAS out-topic event
   */
  abstract saveAsset(event: AssetConsumerOutTopicEvent): Promise<void> | void;

  /**
   * Starts the connector and registers the listener that passes the asset events to
   * {@link SearchIntegratorConnector.saveAsset}. When the out topic cannot be reached the
   * connector starts anyway and `OMIS-SEARCH-INTEGRATOR-0004` is logged, as in Egeria.
   */
  override async start(): Promise<void> {
    await super.start();
    const context = this.context;
    try {
      await context.registerListener((event) => this.saveAsset(event));
    } catch (error) {
      this.auditLog.logException('start', SEARCH_INTEGRATOR_AUDIT_CODE.REGISTER_CATALOG_LISTENER_ERROR, error, [
        this.connectorName,
      ]);
    }
  }

  /** Reading `context` before it is set throws an error with id `OMIS-SEARCH-INTEGRATOR-500-001`. */
  protected override noContextMessage(): MessageDefinition {
    return SEARCH_INTEGRATOR_ERROR_CODE.NULL_CONTEXT;
  }
}
