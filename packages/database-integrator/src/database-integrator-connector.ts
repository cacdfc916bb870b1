import { IntegrationConnector, type MessageDefinition } from '@egeria-ts/core';
import type { DatabaseIntegratorContext } from './database-integrator-context';
import { DATABASE_INTEGRATOR_ERROR_CODE } from './database-integrator-messages';

/**
 * The base class of integration connectors that run in the Database Integrator OMIS: they catalog
 * the databases of a relational database manager through a {@link DatabaseIntegratorContext}.
 * Implement `refresh` (and optionally `start`, `disconnect`, `engage`).
 * @example
 * ```ts
 * class MyDatabaseConnector extends DatabaseIntegratorConnector {
 *   async refresh(): Promise<void> {
 *     const guid = await this.context.createDatabase({ databaseProperties: { qualifiedName: 'db1' } });
 *   }
 * }
 * ```
 */
export abstract class DatabaseIntegratorConnector extends IntegrationConnector<DatabaseIntegratorContext> {
  /** Reading `context` before it is set throws an error with id `OMIS-DATABASE-INTEGRATOR-500-001`. */
  protected override noContextMessage(): MessageDefinition {
    return DATABASE_INTEGRATOR_ERROR_CODE.NULL_CONTEXT;
  }
}
