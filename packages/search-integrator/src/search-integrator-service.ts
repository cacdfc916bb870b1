import {
  assetConsumerEventParser,
  createIntegrationService,
  type AssetConsumerOutTopicEvent,
  type MetadataSourceType,
  type OmasIntegrationService,
} from '@egeria-ts/omas-client';
import { SearchIntegratorConnector } from './search-integrator-connector';
import { SearchIntegratorContext } from './search-integrator-context';
import { SEARCH_INTEGRATOR_AUDIT_CODE, SEARCH_INTEGRATOR_ERROR_CODE } from './search-integrator-messages';

/**
 * The software capability a search integration connector's metadata source is registered as.
 * Egeria 5.0's context manager names no type, so the server creates a plain `SoftwareCapability`;
 * egeria-ts names that type.
 */
export const SEARCH_METADATA_SOURCE: MetadataSourceType = Object.freeze({ typeName: 'SoftwareCapability' });

/**
 * The Search Integrator OMIS (code 610, marker `search-integrator`, partner Asset Consumer OMAS,
 * default permitted synchronization BOTH_DIRECTIONS; deprecated, removed from Egeria after 5.0):
 * runs {@link SearchIntegratorConnector}s and builds their {@link SearchIntegratorContext}s. The
 * integration daemon uses it; connector code does not.
 */
export const searchIntegratorService: OmasIntegrationService<SearchIntegratorContext> = createIntegrationService<
  SearchIntegratorContext,
  AssetConsumerOutTopicEvent
>({
  marker: 'search-integrator',
  connectorBaseClass: SearchIntegratorConnector,
  metadataSourceType: SEARCH_METADATA_SOURCE,
  messages: {
    contextInitializing: SEARCH_INTEGRATOR_AUDIT_CODE.CONTEXT_INITIALIZING,
    connectorContextInitializing: SEARCH_INTEGRATOR_AUDIT_CODE.CONNECTOR_CONTEXT_INITIALIZING,
    nullContext: SEARCH_INTEGRATOR_ERROR_CODE.NULL_CONTEXT,
    invalidConnector: SEARCH_INTEGRATOR_ERROR_CODE.INVALID_CONNECTOR,
  },
  eventParser: assetConsumerEventParser,
  createContext: (dependencies) => new SearchIntegratorContext(dependencies),
});
