import {
  createIntegrationService,
  dataManagerEventParser,
  type MetadataSourceType,
  type OmasIntegrationService,
} from '@egeria-ts/omas-client';
import { DisplayIntegratorConnector } from './display-integrator-connector';
import { DisplayIntegratorContext } from './display-integrator-context';
import { DISPLAY_INTEGRATOR_AUDIT_CODE, DISPLAY_INTEGRATOR_ERROR_CODE } from './display-integrator-messages';

/**
 * The software capability a display integration connector's metadata source is registered as:
 * an `Application`, as Egeria 5.2's display integrator context manager creates it (an
 * `ApplicationProperties` with only the qualified name: no deployed implementation type).
 */
export const APPLICATION_METADATA_SOURCE: MetadataSourceType = Object.freeze({ typeName: 'Application' });

/**
 * The Display Integrator OMIS (code 603, marker `display-integrator`, partner Data Manager OMAS,
 * default permitted synchronization FROM_THIRD_PARTY): runs {@link DisplayIntegratorConnector}s and
 * builds their {@link DisplayIntegratorContext}s. The integration daemon uses it; connector code does
 * not.
 */
export const displayIntegratorService: OmasIntegrationService<DisplayIntegratorContext> = createIntegrationService({
  marker: 'display-integrator',
  connectorBaseClass: DisplayIntegratorConnector,
  metadataSourceType: APPLICATION_METADATA_SOURCE,
  messages: {
    contextInitializing: DISPLAY_INTEGRATOR_AUDIT_CODE.CONTEXT_INITIALIZING,
    connectorContextInitializing: DISPLAY_INTEGRATOR_AUDIT_CODE.CONNECTOR_CONTEXT_INITIALIZING,
    nullContext: DISPLAY_INTEGRATOR_ERROR_CODE.NULL_CONTEXT,
    invalidConnector: DISPLAY_INTEGRATOR_ERROR_CODE.INVALID_CONNECTOR,
  },
  eventParser: dataManagerEventParser,
  createContext: (dependencies) => new DisplayIntegratorContext(dependencies),
});
