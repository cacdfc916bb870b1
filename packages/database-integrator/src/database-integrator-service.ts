import {
  createIntegrationService,
  dataManagerEventParser,
  type MetadataSourceType,
  type OmasIntegrationService,
} from '@egeria-ts/omas-client';
import { DatabaseIntegratorConnector } from './database-integrator-connector';
import { DatabaseIntegratorContext } from './database-integrator-context';
import { DATABASE_INTEGRATOR_AUDIT_CODE, DATABASE_INTEGRATOR_ERROR_CODE } from './database-integrator-messages';

/**
 * The software capability a database integration connector's metadata source is registered as:
 * Egeria 5.2's `DeployedImplementationType.RELATIONAL_DATABASE_MANAGER` (associated type
 * `DatabaseManager`, no classification).
 */
export const DATABASE_MANAGER_METADATA_SOURCE: MetadataSourceType = Object.freeze({
  typeName: 'DatabaseManager',
  deployedImplementationType: 'Relational database manager (RDBMS)',
});

/**
 * The Database Integrator OMIS (code 604, marker `database-integrator`, partner Data Manager OMAS,
 * default permitted synchronization FROM_THIRD_PARTY): runs {@link DatabaseIntegratorConnector}s
 * and builds their {@link DatabaseIntegratorContext}s. The integration daemon uses it; connector
 * code does not.
 */
export const databaseIntegratorService: OmasIntegrationService<DatabaseIntegratorContext> = createIntegrationService({
  marker: 'database-integrator',
  connectorBaseClass: DatabaseIntegratorConnector,
  metadataSourceType: DATABASE_MANAGER_METADATA_SOURCE,
  messages: {
    contextInitializing: DATABASE_INTEGRATOR_AUDIT_CODE.CONTEXT_INITIALIZING,
    connectorContextInitializing: DATABASE_INTEGRATOR_AUDIT_CODE.CONNECTOR_CONTEXT_INITIALIZING,
    nullContext: DATABASE_INTEGRATOR_ERROR_CODE.NULL_CONTEXT,
    invalidConnector: DATABASE_INTEGRATOR_ERROR_CODE.INVALID_CONNECTOR,
  },
  eventParser: dataManagerEventParser,
  createContext: (dependencies) => new DatabaseIntegratorContext(dependencies),
});
