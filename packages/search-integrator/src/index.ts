/**
 * The Search Integrator (OMIS) for egeria-ts: connector base class and context, paired with the Asset Consumer OMAS.
 * @packageDocumentation
 */

/** The version of this package. */
export const VERSION = '0.1.0';

export { SearchIntegratorConnector } from './search-integrator-connector';
export { SearchIntegratorContext } from './search-integrator-context';
export type { AssetConsumerEventListener } from './search-integrator-context';
export { searchIntegratorService, SEARCH_METADATA_SOURCE } from './search-integrator-service';
export { SEARCH_INTEGRATOR_AUDIT_CODE, SEARCH_INTEGRATOR_ERROR_CODE } from './search-integrator-messages';
