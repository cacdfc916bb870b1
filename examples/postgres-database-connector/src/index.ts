/**
 * A Database Integrator connector that catalogs a PostgreSQL server: its databases, schemas,
 * tables, views, columns, primary and foreign keys, read from the catalog views through `pg`.
 * @packageDocumentation
 */

/** The version of this example. */
export const VERSION = '0.1.0';

// The source side: reading a PostgreSQL server's catalog (no Egeria dependency beyond core's errors).
export { PostgresCatalogReader } from './source/postgres-catalog-reader';
export type { PostgresCatalogReaderOptions } from './source/postgres-catalog-reader';
export { CatalogFilter, CATALOG_FILTER_PROPERTIES } from './source/catalog-filter';
export type { CatalogFilterLists } from './source/catalog-filter';
export { parseServerAddress, DEFAULT_POSTGRES_PORT } from './source/server-address';
export type { PostgresServerAddress, PostgresSslMode } from './source/server-address';
export type {
  PostgresServerSnapshot,
  PostgresDatabaseSummary,
  PostgresDatabaseSnapshot,
  PostgresSchemaSnapshot,
  PostgresTableKind,
  PostgresTableSnapshot,
  PostgresViewSnapshot,
  PostgresColumnSnapshot,
  PostgresPrimaryKeySnapshot,
  PostgresForeignKeySnapshot,
} from './source/snapshot';
export { POSTGRES_ERROR_CODE, POSTGRES_AUDIT_CODE } from './messages';

// The connector.
export {
  PostgresDatabaseConnector,
  POSTGRES_DATABASE_CONNECTOR_NAME,
  POSTGRES_DATABASE_CONNECTOR_ALIAS,
} from './connector/postgres-database-connector';
export type { PostgresRefreshSummary } from './connector/postgres-database-connector';
export { postgresQualifiedName, QUALIFIED_NAME_PREFIX, QUALIFIED_NAME_SEPARATOR } from './connector/qualified-names';
export { POSTGRES_DATABASE_TYPE, POSTGRES_SCHEMA_TYPE } from './connector/desired-catalog';
