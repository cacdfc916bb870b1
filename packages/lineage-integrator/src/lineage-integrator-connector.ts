import { IntegrationConnector, type MessageDefinition } from '@egeria-ts/core';
import type { LineageIntegratorContext } from './lineage-integrator-context';
import { LINEAGE_INTEGRATOR_ERROR_CODE } from './lineage-integrator-messages';

/**
 * The base class of integration connectors that run in the Lineage Integrator OMIS: they capture
 * processes, ports and lineage relationships, and send and receive OpenLineage run events, through a
 * {@link LineageIntegratorContext}. Implement `refresh` (and optionally `start`, `disconnect`, `engage`).
 * @example
 * ```ts
 * class MyLineageConnector extends LineageIntegratorConnector {
 *   override async start(): Promise<void> {
 *     await super.start();
 *     this.context.registerOpenLineageListener((event) => this.handle(event));
 *   }
 *   async refresh(): Promise<void> {
 *     await this.context.createProcess({ processProperties: { qualifiedName: 'etl::load-orders' } });
 *   }
 * }
 * ```
 */
export abstract class LineageIntegratorConnector extends IntegrationConnector<LineageIntegratorContext> {
  /** Reading `context` before it is set throws an error with id `OMIS-LINEAGE-INTEGRATOR-500-001`. */
  protected override noContextMessage(): MessageDefinition {
    return LINEAGE_INTEGRATOR_ERROR_CODE.NULL_CONTEXT;
  }
}
