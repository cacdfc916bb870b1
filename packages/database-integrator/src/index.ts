/**
 * The Database Integrator (OMIS) for egeria-ts: connector base class and context, paired with the Data Manager OMAS.
 * @packageDocumentation
 */

/** The version of this package. */
export const VERSION = '0.1.0';

export { DatabaseIntegratorConnector } from './database-integrator-connector';
export { DatabaseIntegratorContext, DATABASE_ELEMENT_TYPE_NAMES } from './database-integrator-context';
export type { DataManagerEventListener } from './database-integrator-context';
export { databaseIntegratorService, DATABASE_MANAGER_METADATA_SOURCE } from './database-integrator-service';
export { DATABASE_INTEGRATOR_AUDIT_CODE, DATABASE_INTEGRATOR_ERROR_CODE } from './database-integrator-messages';
export type {
  DatabasePagingOptions,
  DatabaseSearchOptions,
  DatabaseNameOptions,
  DatabaseGUIDOptions,
  DatabaseTemplateOptions,
  MergeUpdateOption,
  CreateDatabaseOptions,
  UpdateDatabaseOptions,
  DatabaseGUIDOption,
  CreateDatabaseSchemaOptions,
  CreateDatabaseSchemaFromTemplateOptions,
  UpdateDatabaseSchemaOptions,
  DatabaseSchemaGUIDOption,
  AttachSchemaTypeOptions,
  CreateDatabaseTableOptions,
  CreateInDatabaseAssetFromTemplateOptions,
  CreateDatabaseTableForSchemaTypeOptions,
  UpdateDatabaseTableOptions,
  DatabaseTableGUIDOption,
  DatabaseAssetGUIDOption,
  CreateDatabaseViewOptions,
  CreateDatabaseViewForSchemaTypeOptions,
  UpdateDatabaseViewOptions,
  DatabaseViewGUIDOption,
  CreateDatabaseColumnOptions,
  CreateDatabaseColumnFromTemplateOptions,
  UpdateDatabaseColumnOptions,
  DatabaseColumnGUIDOption,
  SetPrimaryKeyOptions,
  ForeignKeyColumnsOption,
  AddForeignKeyOptions,
} from './database-integrator-options';
