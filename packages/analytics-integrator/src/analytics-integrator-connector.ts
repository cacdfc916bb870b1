import { IntegrationConnector, type MessageDefinition } from '@egeria-ts/core';
import type { AnalyticsIntegratorContext } from './analytics-integrator-context';
import { ANALYTICS_INTEGRATOR_ERROR_CODE } from './analytics-integrator-messages';

/**
 * The base class of integration connectors that run in the Analytics Integrator OMIS: they
 * exchange metadata with an analytics tool. Egeria 5.2's partner, the Data Science OMAS, serves no
 * operation, so the {@link AnalyticsIntegratorContext} carries only what every context carries
 * (identity, metadata source, permitted synchronization, catalog targets, activity report).
 * Implement `refresh` (and optionally `start`, `disconnect`, `engage`).
 */
export abstract class AnalyticsIntegratorConnector extends IntegrationConnector<AnalyticsIntegratorContext> {
  /** Reading `context` before it is set throws an error with id `OMIS-ANALYTICS-INTEGRATOR-500-001`. */
  protected override noContextMessage(): MessageDefinition {
    return ANALYTICS_INTEGRATOR_ERROR_CODE.NULL_CONTEXT;
  }
}
