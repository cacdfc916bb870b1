import { IntegrationConnector, type MessageDefinition } from '@egeria-ts/core';
import type { DisplayIntegratorContext } from './display-integrator-context';
import { DISPLAY_INTEGRATOR_ERROR_CODE } from './display-integrator-messages';

/**
 * The base class of integration connectors that run in the Display Integrator OMIS: they catalog
 * the forms, reports and queries of an application that shows data to people, with their data
 * containers and data fields, through a {@link DisplayIntegratorContext}. Implement `refresh` (and
 * optionally `start`, `disconnect`, `engage`).
 * @example
 * ```ts
 * class MyReportingConnector extends DisplayIntegratorConnector {
 *   async refresh(): Promise<void> {
 *     const reportGUID = await this.context.createReport({ reportProperties: { qualifiedName: 'Report::sales' } });
 *   }
 * }
 * ```
 */
export abstract class DisplayIntegratorConnector extends IntegrationConnector<DisplayIntegratorContext> {
  /** Reading `context` before it is set throws an error with id `OMIS-DISPLAY-INTEGRATOR-500-001`. */
  protected override noContextMessage(): MessageDefinition {
    return DISPLAY_INTEGRATOR_ERROR_CODE.NULL_CONTEXT;
  }
}
