import { ConfigurationProperties, elementShouldBeCatalogued } from '@egeria-ts/core';

/** Include and exclude lists for databases, schemas and tables (views count as tables). */
export interface CatalogFilterLists {
  /** The only databases to catalogue; when set, `excludeDatabases` is ignored. */
  readonly includeDatabases?: readonly string[];
  /** Databases to skip. */
  readonly excludeDatabases?: readonly string[];
  /** The only schemas to catalogue (`schema` or `database.schema`); when set, `excludeSchemas` is ignored. */
  readonly includeSchemas?: readonly string[];
  /** Schemas to skip (`schema` or `database.schema`). */
  readonly excludeSchemas?: readonly string[];
  /** The only tables and views to catalogue (`table`, `schema.table` or `database.schema.table`). */
  readonly includeTables?: readonly string[];
  /** Tables and views to skip (`table`, `schema.table` or `database.schema.table`). */
  readonly excludeTables?: readonly string[];
}

/** The configuration property names the filter reads. */
export const CATALOG_FILTER_PROPERTIES = Object.freeze([
  'includeDatabases',
  'excludeDatabases',
  'includeSchemas',
  'excludeSchemas',
  'includeTables',
  'excludeTables',
] as const);

/** Schemas that belong to PostgreSQL itself; never catalogued. */
const SYSTEM_SCHEMA = /^(pg_catalog|information_schema|pg_toast|pg_temp_\d+|pg_toast_temp_\d+)$/;

/**
 * Decides which databases, schemas and tables to catalogue, with the semantics of core's
 * `elementShouldBeCatalogued` applied to each name an element can be given: an element is kept
 * when an include list names it in any of its forms (the exclude list is then ignored), or, without
 * an include list, when no form of its name is on the exclude list. Names match exactly.
 */
export class CatalogFilter {
  readonly #lists: CatalogFilterLists;

  /**
   * @param lists - the include and exclude lists; a missing list means "no list"
   */
  constructor(lists: CatalogFilterLists = {}) {
    this.#lists = Object.freeze({ ...lists });
  }

  /**
   * Builds the filter from a connector's configuration properties (lists as JSON arrays or
   * comma-separated strings).
   * @param properties - the configuration properties
   * @throws InvalidParameterException naming the property when a list is not a list of strings
   */
  static fromConfiguration(properties: ConfigurationProperties): CatalogFilter {
    const lists: Record<string, readonly string[]> = {};
    for (const name of CATALOG_FILTER_PROPERTIES) {
      const value = properties.getStringList(name);
      if (value !== undefined) lists[name] = value;
    }
    return new CatalogFilter(lists);
  }

  /** The lists the filter applies. */
  get lists(): CatalogFilterLists {
    return this.#lists;
  }

  /**
   * True when the database should be catalogued.
   * @param database - the database name
   */
  includesDatabase(database: string): boolean {
    return matches([database], this.#lists.excludeDatabases, this.#lists.includeDatabases);
  }

  /**
   * True when the schema should be catalogued; system schemas never are.
   * @param database - the database name
   * @param schema - the schema name
   */
  includesSchema(database: string, schema: string): boolean {
    if (SYSTEM_SCHEMA.test(schema)) return false;
    return matches([schema, `${database}.${schema}`], this.#lists.excludeSchemas, this.#lists.includeSchemas);
  }

  /**
   * True when the table or view should be catalogued.
   * @param database - the database name
   * @param schema - the schema name
   * @param table - the table or view name
   */
  includesTable(database: string, schema: string, table: string): boolean {
    return matches(
      [table, `${schema}.${table}`, `${database}.${schema}.${table}`],
      this.#lists.excludeTables,
      this.#lists.includeTables,
    );
  }
}

function matches(names: readonly string[], excluded?: readonly string[], included?: readonly string[]): boolean {
  if (included !== undefined) return names.some((name) => elementShouldBeCatalogued(name, undefined, included));
  return names.every((name) => elementShouldBeCatalogued(name, excluded, undefined));
}
