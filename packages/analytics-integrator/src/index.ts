/**
 * The Analytics Integrator (OMIS) for egeria-ts: connector base class and context, paired with the Data Science OMAS.
 * @packageDocumentation
 */

/** The version of this package. */
export const VERSION = '0.1.0';

export { AnalyticsIntegratorConnector } from './analytics-integrator-connector';
export { AnalyticsIntegratorContext } from './analytics-integrator-context';
export { analyticsIntegratorService, ANALYTICS_TOOL_METADATA_SOURCE } from './analytics-integrator-service';
export { ANALYTICS_INTEGRATOR_AUDIT_CODE, ANALYTICS_INTEGRATOR_ERROR_CODE } from './analytics-integrator-messages';
