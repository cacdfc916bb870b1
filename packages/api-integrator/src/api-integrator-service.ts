import {
  createIntegrationService,
  dataManagerEventParser,
  type MetadataSourceType,
  type OmasIntegrationService,
} from '@egeria-ts/omas-client';
import { APIIntegratorConnector } from './api-integrator-connector';
import { APIIntegratorContext } from './api-integrator-context';
import { API_INTEGRATOR_AUDIT_CODE, API_INTEGRATOR_ERROR_CODE } from './api-integrator-messages';

/**
 * The software capability an API integration connector's metadata source is registered as:
 * Egeria 5.2's `DeployedImplementationType.API_MANAGER` (associated type `APIManager`, no
 * classification).
 */
export const API_MANAGER_METADATA_SOURCE: MetadataSourceType = Object.freeze({
  typeName: 'APIManager',
  deployedImplementationType: 'API Manager',
});

/**
 * The API Integrator OMIS (code 601, marker `api-integrator`, partner Data Manager OMAS, default
 * permitted synchronization FROM_THIRD_PARTY): runs {@link APIIntegratorConnector}s and builds their
 * {@link APIIntegratorContext}s. The integration daemon uses it; connector code does not.
 */
export const apiIntegratorService: OmasIntegrationService<APIIntegratorContext> = createIntegrationService({
  marker: 'api-integrator',
  connectorBaseClass: APIIntegratorConnector,
  metadataSourceType: API_MANAGER_METADATA_SOURCE,
  messages: {
    contextInitializing: API_INTEGRATOR_AUDIT_CODE.CONTEXT_INITIALIZING,
    connectorContextInitializing: API_INTEGRATOR_AUDIT_CODE.CONNECTOR_CONTEXT_INITIALIZING,
    nullContext: API_INTEGRATOR_ERROR_CODE.NULL_CONTEXT,
    invalidConnector: API_INTEGRATOR_ERROR_CODE.INVALID_CONNECTOR,
  },
  eventParser: dataManagerEventParser,
  createContext: (dependencies) => new APIIntegratorContext(dependencies),
});
