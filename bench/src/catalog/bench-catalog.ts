/**
 * The made-up database the catalog benchmarks synchronize: one database, one schema, `tables`
 * tables of `columnsPerTable` columns each. The same shape always gives the same properties, so a
 * second refresh of it finds nothing to change.
 */

/** How big the database is. */
export interface BenchCatalogShape {
  /** The database's name (part of every qualified name). */
  readonly databaseName: string;
  /** The number of tables. */
  readonly tables: number;
  /** The number of columns of each table. */
  readonly columnsPerTable: number;
}

/** Properties as sent to open metadata. */
export type Properties = Readonly<Record<string, string | number | boolean>>;

/** A table with its columns. */
export interface BenchTable {
  readonly qualifiedName: string;
  readonly properties: Properties;
  readonly columns: readonly Properties[];
}

/** The whole database. */
export interface BenchCatalog {
  readonly database: Properties;
  readonly schema: Properties;
  readonly tables: readonly BenchTable[];
  /** Every element: database, schema, tables and columns. */
  readonly elementCount: number;
}

const DATA_TYPES = ['INTEGER', 'VARCHAR', 'TIMESTAMP', 'NUMERIC', 'BOOLEAN', 'TEXT', 'DATE', 'BIGINT', 'UUID'];

/** Builds the database of a shape. */
export function benchCatalog(shape: BenchCatalogShape): BenchCatalog {
  const db = `bench::${shape.databaseName}`;
  const schemaName = `${db}::public`;
  const tables: BenchTable[] = [];
  for (let t = 0; t < shape.tables; t++) {
    const tableName = `table_${String(t).padStart(5, '0')}`;
    const qualifiedName = `${schemaName}::${tableName}`;
    const columns: Properties[] = [];
    for (let c = 0; c < shape.columnsPerTable; c++) {
      const columnName = c === 0 ? 'id' : `column_${c}`;
      columns.push({
        qualifiedName: `${qualifiedName}::${columnName}`,
        displayName: columnName,
        dataType: DATA_TYPES[c % DATA_TYPES.length],
        elementPosition: c,
        isNullable: c !== 0,
      });
    }
    tables.push({
      qualifiedName,
      properties: { qualifiedName, displayName: tableName, description: `Table ${t} of the benchmark database.` },
      columns,
    });
  }
  return {
    database: {
      qualifiedName: db,
      name: shape.databaseName,
      resourceDescription: 'The benchmark database.',
      deployedImplementationType: 'PostgreSQL Relational Database',
      databaseVersion: '16.4',
    },
    schema: { qualifiedName: schemaName, name: 'public', resourceDescription: 'The public schema.' },
    tables,
    elementCount: 2 + shape.tables * (1 + shape.columnsPerTable),
  };
}

/** True when every property wanted has that value in `existing` (extra properties are ignored). */
export function sameProperties(wanted: Properties, existing: unknown): boolean {
  if (typeof existing !== 'object' || existing === null) return false;
  const have = existing as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(wanted)) if (have[key] !== wanted[key]) return false;
  return true;
}
