/**
 * A small database integration connector for the kit's own tests: it catalogs a fixed, in-memory
 * "source" (databases, schemas, tables, columns, primary and foreign keys). Each refresh looks
 * every element up by qualified name and creates only what is missing, and removes the tables that
 * left the source, so a refresh after a failure finishes the work.
 */
import { integrationConnector } from '@egeria-ts/core';
import { DatabaseIntegratorConnector } from '@egeria-ts/database-integrator';

export interface SourceColumn {
  readonly name: string;
  readonly dataType: string;
  readonly primaryKey?: boolean;
  /** `table.column` of the primary key this column refers to (in the same schema). */
  readonly references?: string;
}

export interface SourceTable {
  readonly name: string;
  readonly columns: readonly SourceColumn[];
}

export interface SourceSchema {
  readonly name: string;
  readonly tables: readonly SourceTable[];
}

export interface SourceDatabase {
  readonly name: string;
  readonly description?: string;
  readonly schemas: readonly SourceSchema[];
}

export const FIXED_SOURCE: readonly SourceDatabase[] = [
  {
    name: 'shop',
    description: 'The shop database',
    schemas: [
      {
        name: 'sales',
        tables: [
          {
            name: 'customer',
            columns: [
              { name: 'id', dataType: 'integer', primaryKey: true },
              { name: 'name', dataType: 'varchar' },
            ],
          },
          {
            name: 'order',
            columns: [
              { name: 'id', dataType: 'integer', primaryKey: true },
              { name: 'customer_id', dataType: 'integer', references: 'customer.id' },
              { name: 'total', dataType: 'numeric' },
            ],
          },
        ],
      },
    ],
  },
];

export const CONNECTOR_NAME = 'egeria-ts-testing:SourceDatabaseConnector';

@integrationConnector({
  name: CONNECTOR_NAME,
  serviceURLMarker: 'database-integrator',
  refreshTimeInterval: 0,
  configurationProperties: {
    qualifiedNamePrefix: { type: 'string', description: 'Prefix of every qualified name.', defaultValue: 'src' },
    pageSize: { type: 'integer', description: 'Page size of the table listing.', defaultValue: 100 },
  },
})
export class SourceDatabaseConnector extends DatabaseIntegratorConnector {
  /** The source; tests change it between refreshes. */
  source: readonly SourceDatabase[];
  refreshCount = 0;

  constructor(source: readonly SourceDatabase[] = FIXED_SOURCE) {
    super();
    this.source = source;
  }

  async refresh(signal: AbortSignal): Promise<void> {
    this.refreshCount++;
    const prefix = this.configurationProperties.getString('qualifiedNamePrefix') ?? 'src';
    const server = this.connection.endpoint?.address ?? 'memory';
    for (const database of this.source) {
      signal.throwIfAborted();
      const dbName = `${prefix}:${server}/${database.name}`;
      const databaseGUID =
        (await this.#find('db', dbName)) ??
        (await this.context.createDatabase({
          databaseProperties: { qualifiedName: dbName, name: database.name, resourceDescription: database.description },
        }));
      for (const schema of database.schemas) {
        const schemaName = `${dbName}.${schema.name}`;
        const schemaGUID =
          (await this.#find('schema', schemaName)) ??
          (await this.context.createDatabaseSchema({
            databaseGUID,
            databaseSchemaProperties: { qualifiedName: schemaName, name: schema.name },
          }));
        await this.#syncTables(schemaGUID, schemaName, schema);
      }
    }
  }

  async #syncTables(schemaGUID: string, schemaName: string, schema: SourceSchema): Promise<void> {
    const columnGUIDs = new Map<string, string>();
    const created = new Set<string>();
    for (const table of schema.tables) {
      const tableName = `${schemaName}.${table.name}`;
      const tableGUID =
        (await this.#find('table', tableName)) ??
        (await this.context.createDatabaseTable({
          databaseAssetGUID: schemaGUID,
          databaseTableProperties: { qualifiedName: tableName, displayName: table.name },
        }));
      for (const column of table.columns) {
        const columnName = `${tableName}.${column.name}`;
        let columnGUID = await this.#find('column', columnName);
        if (columnGUID === undefined) {
          columnGUID = await this.context.createDatabaseColumn({
            databaseTableGUID: tableGUID,
            databaseColumnProperties: {
              qualifiedName: columnName,
              displayName: column.name,
              dataType: column.dataType,
            },
          });
          created.add(`${table.name}.${column.name}`);
          if (column.primaryKey === true) {
            await this.context.setPrimaryKeyOnColumn({
              databaseColumnGUID: columnGUID,
              databasePrimaryKeyProperties: { name: `pk_${table.name}`, keyPattern: 'LOCAL_KEY' },
            });
          }
        }
        columnGUIDs.set(`${table.name}.${column.name}`, columnGUID);
      }
    }
    for (const table of schema.tables) {
      for (const column of table.columns) {
        const key = `${table.name}.${column.name}`;
        const primary = column.references === undefined ? undefined : columnGUIDs.get(column.references);
        if (primary === undefined || !created.has(key)) continue;
        await this.context.addForeignKeyRelationship({
          primaryKeyColumnGUID: primary,
          foreignKeyColumnGUID: columnGUIDs.get(key) as string,
          databaseForeignKeyProperties: { name: `fk_${table.name}_${column.name}` },
        });
      }
    }
    const wanted = new Set(schema.tables.map((t) => `${schemaName}.${t.name}`));
    const pageSize = this.configurationProperties.getInteger('pageSize') ?? 100;
    for (const existing of await this.context.getTablesForDatabaseSchema({
      databaseSchemaGUID: schemaGUID,
      pageSize,
    })) {
      const qualifiedName = existing.databaseTableProperties?.qualifiedName;
      if (qualifiedName !== undefined && !wanted.has(qualifiedName)) {
        await this.context.removeDatabaseTable({ databaseTableGUID: existing.elementHeader.guid });
      }
    }
  }

  async #find(kind: 'db' | 'schema' | 'table' | 'column', qualifiedName: string): Promise<string | undefined> {
    const c = this.context;
    const found =
      kind === 'db'
        ? (await c.getDatabasesByName({ name: qualifiedName })).map(
            (e) => [e.elementHeader, e.databaseProperties] as const,
          )
        : kind === 'schema'
          ? (await c.getDatabaseSchemasByName({ name: qualifiedName })).map(
              (e) => [e.elementHeader, e.databaseSchemaProperties] as const,
            )
          : kind === 'table'
            ? (await c.getDatabaseTablesByName({ name: qualifiedName })).map(
                (e) => [e.elementHeader, e.databaseTableProperties] as const,
              )
            : (await c.getDatabaseColumnsByName({ name: qualifiedName })).map(
                (e) => [e.elementHeader, e.databaseColumnProperties] as const,
              );
    return found.find(([, properties]) => properties?.qualifiedName === qualifiedName)?.[0].guid;
  }
}
