import type {
  PostgresColumnSnapshot,
  PostgresDatabaseSnapshot,
  PostgresSchemaSnapshot,
  PostgresTableSnapshot,
  PostgresViewSnapshot,
} from '../source/snapshot';
import { postgresQualifiedName } from './qualified-names';

/** The `deployedImplementationType` of the databases the connector catalogues (Egeria's name). */
export const POSTGRES_DATABASE_TYPE = 'PostgreSQL Relational Database';
/** The `deployedImplementationType` of the database schemas the connector catalogues (Egeria's name). */
export const POSTGRES_SCHEMA_TYPE = 'PostgreSQL Relational Database Schema';

/** The properties the connector sets on a `Database` (a subset of Egeria's `DatabaseProperties`). */
export interface DesiredDatabaseProperties {
  readonly qualifiedName: string;
  readonly name: string;
  readonly resourceName: string;
  readonly resourceDescription?: string;
  readonly deployedImplementationType: string;
  readonly pathName: string;
  readonly databaseInstance: string;
  readonly databaseVersion: string;
  readonly encodingType: string;
  readonly additionalProperties: Readonly<Record<string, string>>;
}

/** The properties the connector sets on a `DeployedDatabaseSchema` (Egeria's `DatabaseSchemaProperties`). */
export interface DesiredSchemaProperties {
  readonly qualifiedName: string;
  readonly name: string;
  readonly resourceName: string;
  readonly resourceDescription?: string;
  readonly deployedImplementationType: string;
  readonly additionalProperties: Readonly<Record<string, string>>;
}

/** The properties the connector sets on a table (Egeria's `DatabaseTableProperties`). */
export interface DesiredTableProperties {
  readonly qualifiedName: string;
  readonly displayName: string;
  readonly description?: string;
  readonly additionalProperties: Readonly<Record<string, string>>;
}

/** The properties the connector sets on a view (Egeria's `DatabaseViewProperties`). */
export interface DesiredViewProperties extends DesiredTableProperties {
  readonly formula: string;
}

/** The properties the connector sets on a column (Egeria's `DatabaseColumnProperties`). */
export interface DesiredColumnProperties {
  readonly qualifiedName: string;
  readonly displayName: string;
  readonly description?: string;
  readonly dataType: string;
  readonly isNullable: boolean;
  readonly elementPosition: number;
  readonly defaultValue?: string;
  readonly length?: number;
  /** Egeria's `precision`: digits right of the decimal point (SQL scale). */
  readonly precision?: number;
  /** Egeria's `significantDigits`: digits left of the decimal point (SQL precision minus scale). */
  readonly significantDigits?: number;
}

/** The primary key classification of a column. */
export interface DesiredPrimaryKey {
  readonly name: string;
  readonly keyPattern: 'LOCAL_KEY';
}

/** A column as the catalog should hold it. */
export interface DesiredColumn {
  readonly qualifiedName: string;
  readonly properties: DesiredColumnProperties;
  readonly primaryKey?: DesiredPrimaryKey;
}

/** A table or view as the catalog should hold it. */
export interface DesiredTable<P extends DesiredTableProperties = DesiredTableProperties> {
  readonly qualifiedName: string;
  readonly properties: P;
  readonly columns: readonly DesiredColumn[];
}

/** A schema as the catalog should hold it. */
export interface DesiredSchema {
  readonly qualifiedName: string;
  readonly properties: DesiredSchemaProperties;
  readonly tables: readonly DesiredTable[];
  readonly views: readonly DesiredTable<DesiredViewProperties>[];
}

/** A foreign key between two columns: the ForeignKey relationship from the referenced column to the referencing one. */
export interface DesiredForeignKey {
  /** The constraint name. */
  readonly name: string;
  /** The referencing column. */
  readonly foreignKeyColumn: string;
  /** The referenced column. */
  readonly primaryKeyColumn: string;
}

/** A database as the catalog should hold it. */
export interface DesiredDatabase {
  readonly qualifiedName: string;
  readonly properties: DesiredDatabaseProperties;
  readonly schemas: readonly DesiredSchema[];
  /** Its foreign keys whose two columns are both catalogued. */
  readonly foreignKeys: readonly DesiredForeignKey[];
}

/**
 * Turns a database read from PostgreSQL into the elements the catalog should hold, with their
 * qualified names and properties.
 * @param serverKey - `host:port`
 * @param serverVersion - the server's version
 * @param database - the database as read
 */
export function desiredDatabase(
  serverKey: string,
  serverVersion: string,
  database: PostgresDatabaseSnapshot,
): DesiredDatabase {
  const databaseName = postgresQualifiedName(serverKey, database.name);
  const columnNames = new Set<string>();
  const schemas = database.schemas.map((schema) => desiredSchema(serverKey, database.name, schema, columnNames));
  const foreignKeys: DesiredForeignKey[] = [];
  for (const schema of database.schemas) {
    for (const table of schema.tables) {
      for (const key of table.foreignKeys) {
        key.columnNames.forEach((column, i) => {
          const referenced = key.referencedColumnNames[i];
          if (referenced === undefined) return;
          const foreignKeyColumn = postgresQualifiedName(serverKey, database.name, schema.name, table.name, column);
          const primaryKeyColumn = postgresQualifiedName(
            serverKey,
            database.name,
            key.referencedSchema,
            key.referencedTable,
            referenced,
          );
          if (columnNames.has(foreignKeyColumn) && columnNames.has(primaryKeyColumn)) {
            foreignKeys.push({ name: key.name, foreignKeyColumn, primaryKeyColumn });
          }
        });
      }
    }
  }
  return {
    qualifiedName: databaseName,
    properties: {
      qualifiedName: databaseName,
      name: database.name,
      resourceName: database.name,
      ...optional('resourceDescription', database.description),
      deployedImplementationType: POSTGRES_DATABASE_TYPE,
      pathName: `postgresql://${serverKey}/${encodeURIComponent(database.name)}`,
      databaseInstance: serverKey,
      databaseVersion: serverVersion,
      encodingType: database.encoding,
      additionalProperties: { owner: database.owner, collation: database.collation },
    },
    schemas,
    foreignKeys,
  };
}

function desiredSchema(
  serverKey: string,
  database: string,
  schema: PostgresSchemaSnapshot,
  columnNames: Set<string>,
): DesiredSchema {
  const qualifiedName = postgresQualifiedName(serverKey, database, schema.name);
  return {
    qualifiedName,
    properties: {
      qualifiedName,
      name: schema.name,
      resourceName: schema.name,
      ...optional('resourceDescription', schema.description),
      deployedImplementationType: POSTGRES_SCHEMA_TYPE,
      additionalProperties: { owner: schema.owner },
    },
    tables: schema.tables.map((table) => desiredTable(serverKey, database, schema.name, table, columnNames)),
    views: schema.views.map((view) => desiredView(serverKey, database, schema.name, view, columnNames)),
  };
}

function desiredTable(
  serverKey: string,
  database: string,
  schema: string,
  table: PostgresTableSnapshot,
  columnNames: Set<string>,
): DesiredTable {
  const qualifiedName = postgresQualifiedName(serverKey, database, schema, table.name);
  const keyColumns = new Set(table.primaryKey?.columnNames ?? []);
  const columns = table.columns.map((column) =>
    desiredColumn(
      qualifiedName,
      column,
      keyColumns.has(column.name) && table.primaryKey !== undefined ? table.primaryKey.name : undefined,
    ),
  );
  for (const column of columns) columnNames.add(column.qualifiedName);
  return {
    qualifiedName,
    properties: {
      qualifiedName,
      displayName: table.name,
      ...optional('description', table.description),
      additionalProperties: { tableType: table.kind },
    },
    columns,
  };
}

function desiredView(
  serverKey: string,
  database: string,
  schema: string,
  view: PostgresViewSnapshot,
  columnNames: Set<string>,
): DesiredTable<DesiredViewProperties> {
  const qualifiedName = postgresQualifiedName(serverKey, database, schema, view.name);
  const columns = view.columns.map((column) => desiredColumn(qualifiedName, column, undefined));
  for (const column of columns) columnNames.add(column.qualifiedName);
  return {
    qualifiedName,
    properties: {
      qualifiedName,
      displayName: view.name,
      ...optional('description', view.description),
      formula: view.definition,
      additionalProperties: { tableType: view.materialized ? 'materialized view' : 'view' },
    },
    columns,
  };
}

function desiredColumn(
  tableQualifiedName: string,
  column: PostgresColumnSnapshot,
  primaryKeyName: string | undefined,
): DesiredColumn {
  const qualifiedName = `${tableQualifiedName}::${column.name}`;
  const significantDigits =
    column.precision === undefined ? undefined : Math.max(0, column.precision - (column.scale ?? 0));
  return {
    qualifiedName,
    properties: {
      qualifiedName,
      displayName: column.name,
      ...optional('description', column.description),
      dataType: column.dataType,
      isNullable: column.isNullable,
      elementPosition: column.position,
      ...optional('defaultValue', column.defaultValue),
      ...optional('length', column.length),
      ...optional('precision', column.scale),
      ...optional('significantDigits', significantDigits),
    },
    ...(primaryKeyName === undefined ? {} : { primaryKey: { name: primaryKeyName, keyPattern: 'LOCAL_KEY' } }),
  };
}

function optional<K extends string, V>(name: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [name]: value }) as { [P in K]?: V };
}
