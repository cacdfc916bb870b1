import { createIntegrationService, type MetadataSourceType, type OmasIntegrationService } from '@egeria-ts/omas-client';
import { AnalyticsIntegratorConnector } from './analytics-integrator-connector';
import { AnalyticsIntegratorContext } from './analytics-integrator-context';
import { ANALYTICS_INTEGRATOR_AUDIT_CODE, ANALYTICS_INTEGRATOR_ERROR_CODE } from './analytics-integrator-messages';

/**
 * The software capability an analytics integration connector's metadata source is registered as.
 * Egeria 5.2's context manager names no type, so the server creates a plain `SoftwareCapability`;
 * egeria-ts names that type.
 */
export const ANALYTICS_TOOL_METADATA_SOURCE: MetadataSourceType = Object.freeze({ typeName: 'SoftwareCapability' });

/**
 * The Analytics Integrator OMIS (code 609, marker `analytics-integrator`, partner Data Science
 * OMAS, default permitted synchronization BOTH_DIRECTIONS): runs {@link AnalyticsIntegratorConnector}s
 * and builds their {@link AnalyticsIntegratorContext}s. The integration daemon uses it; connector
 * code does not.
 */
export const analyticsIntegratorService: OmasIntegrationService<AnalyticsIntegratorContext> = createIntegrationService({
  marker: 'analytics-integrator',
  connectorBaseClass: AnalyticsIntegratorConnector,
  metadataSourceType: ANALYTICS_TOOL_METADATA_SOURCE,
  messages: {
    contextInitializing: ANALYTICS_INTEGRATOR_AUDIT_CODE.CONTEXT_INITIALIZING,
    connectorContextInitializing: ANALYTICS_INTEGRATOR_AUDIT_CODE.CONNECTOR_CONTEXT_INITIALIZING,
    nullContext: ANALYTICS_INTEGRATOR_ERROR_CODE.NULL_CONTEXT,
    invalidConnector: ANALYTICS_INTEGRATOR_ERROR_CODE.INVALID_CONNECTOR,
  },
  createContext: (dependencies) => new AnalyticsIntegratorContext(dependencies),
});
