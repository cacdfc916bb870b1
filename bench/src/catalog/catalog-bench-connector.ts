/**
 * The connector of the catalog benchmarks: a Database Integrator connector whose source is the
 * made-up database of {@link benchCatalog}. Each refresh looks up what open metadata already holds
 * (skipping the look-ups below an element it has just created, which can have no children yet),
 * creates what is missing, updates what differs and leaves the rest: a second refresh of an
 * unchanged source writes nothing.
 */
import { integrationConnector } from '@egeria-ts/core';
import { DatabaseIntegratorConnector, type DatabaseIntegratorContext } from '@egeria-ts/database-integrator';
import { forEachConcurrently } from '../support/stats';
import { benchCatalog, sameProperties, type BenchCatalog, type BenchTable } from './bench-catalog';

/** The name connections use for the connector. */
export const CATALOG_BENCH_CONNECTOR = 'egeria-ts-bench:CatalogBenchConnector';

/** What one refresh did. */
export interface CatalogRefreshCounts {
  /** Elements created. */
  created: number;
  /** Elements updated. */
  updated: number;
  /** Look-ups sent (each list page counts once). */
  lookups: number;
}

type Page = { readonly startFrom: number; readonly pageSize: number };

@integrationConnector({
  name: CATALOG_BENCH_CONNECTOR,
  displayName: 'Catalog benchmark connector',
  description: 'Catalogs a made-up database of N tables of M columns (egeria-ts benchmarks).',
  serviceURLMarker: 'database-integrator',
  refreshTimeInterval: 0,
  configurationProperties: {
    databaseName: { type: 'string', description: 'The database name.', defaultValue: 'benchdb' },
    tables: { type: 'integer', description: 'The number of tables.', defaultValue: 1000 },
    columnsPerTable: { type: 'integer', description: 'The columns of each table.', defaultValue: 9 },
    concurrency: { type: 'integer', description: 'Tables synchronized at once.', defaultValue: 8 },
  },
})
export class CatalogBenchConnector extends DatabaseIntegratorConnector {
  #catalog?: BenchCatalog;
  #concurrency = 8;
  /** What the last refresh did. */
  lastRefresh: CatalogRefreshCounts = { created: 0, updated: 0, lookups: 0 };

  /** Builds the source database from the configuration properties. */
  override async start(): Promise<void> {
    await super.start();
    const p = this.configurationProperties;
    this.#catalog = benchCatalog({
      databaseName: p.getString('databaseName', 'benchdb'),
      tables: p.getInteger('tables', 1000),
      columnsPerTable: p.getInteger('columnsPerTable', 9),
    });
    this.#concurrency = p.getInteger('concurrency', 8);
  }

  /** The source database. */
  get catalog(): BenchCatalog {
    if (this.#catalog === undefined) throw new Error('the connector has not started');
    return this.#catalog;
  }

  /** Synchronizes the database, its schema and its tables (`concurrency` tables at once). */
  async refresh(signal: AbortSignal): Promise<void> {
    const counts: CatalogRefreshCounts = { created: 0, updated: 0, lookups: 0 };
    this.lastRefresh = counts;
    const context = this.context;
    const catalog = this.catalog;

    counts.lookups++;
    const databases = await context.getDatabasesByName({ name: catalog.database.qualifiedName as string });
    const database = databases.find((d) => d.databaseProperties?.qualifiedName === catalog.database.qualifiedName);
    let databaseGUID: string;
    let schemaGUID: string | undefined;
    if (database === undefined) {
      databaseGUID = await context.createDatabase({ databaseProperties: catalog.database });
      counts.created++;
    } else {
      databaseGUID = database.elementHeader.guid;
      if (!sameProperties(catalog.database, database.databaseProperties)) {
        await context.updateDatabase({ databaseGUID, isMergeUpdate: true, databaseProperties: catalog.database });
        counts.updated++;
      }
      const schemas = await this.#all(counts, (page) => context.getSchemasForDatabase({ ...page, databaseGUID }));
      const schema = schemas.find((s) => s.databaseSchemaProperties?.qualifiedName === catalog.schema.qualifiedName);
      if (schema !== undefined) {
        schemaGUID = schema.elementHeader.guid;
        if (!sameProperties(catalog.schema, schema.databaseSchemaProperties)) {
          await context.updateDatabaseSchema({
            databaseSchemaGUID: schemaGUID,
            isMergeUpdate: true,
            databaseSchemaProperties: catalog.schema,
          });
          counts.updated++;
        }
      }
    }
    const existingTables = new Map<string, { guid: string; properties: unknown }>();
    if (schemaGUID === undefined) {
      schemaGUID = await context.createDatabaseSchema({ databaseGUID, databaseSchemaProperties: catalog.schema });
      counts.created++;
    } else {
      const assetGUID = schemaGUID;
      const tables = await this.#all(counts, (page) =>
        context.getTablesForDatabaseAsset({ ...page, databaseAssetGUID: assetGUID }),
      );
      for (const t of tables) {
        const qualifiedName = t.databaseTableProperties?.qualifiedName;
        if (typeof qualifiedName === 'string') {
          existingTables.set(qualifiedName, { guid: t.elementHeader.guid, properties: t.databaseTableProperties });
        }
      }
    }
    const parentGUID = schemaGUID;
    await forEachConcurrently(catalog.tables, this.#concurrency, async (table) => {
      signal.throwIfAborted();
      await this.#synchronizeTable(context, counts, parentGUID, table, existingTables.get(table.qualifiedName));
    });
  }

  async #synchronizeTable(
    context: DatabaseIntegratorContext,
    counts: CatalogRefreshCounts,
    schemaGUID: string,
    table: BenchTable,
    existing: { guid: string; properties: unknown } | undefined,
  ): Promise<void> {
    if (existing === undefined) {
      const tableGUID = await context.createDatabaseTable({
        databaseAssetGUID: schemaGUID,
        databaseTableProperties: table.properties,
      });
      counts.created++;
      for (const column of table.columns) {
        await context.createDatabaseColumn({
          databaseTableGUID: tableGUID,
          databaseColumnProperties: column as { dataType: string },
        });
        counts.created++;
      }
      return;
    }
    const tableGUID = existing.guid;
    if (!sameProperties(table.properties, existing.properties)) {
      await context.updateDatabaseTable({
        databaseTableGUID: tableGUID,
        isMergeUpdate: true,
        databaseTableProperties: table.properties,
      });
      counts.updated++;
    }
    const columns = await this.#all(counts, (page) =>
      context.getColumnsForDatabaseTable({ ...page, databaseTableGUID: tableGUID }),
    );
    const byName = new Map(columns.map((c) => [c.databaseColumnProperties?.qualifiedName, c]));
    for (const column of table.columns) {
      const found = byName.get(column.qualifiedName as string);
      if (found === undefined) {
        await context.createDatabaseColumn({
          databaseTableGUID: tableGUID,
          databaseColumnProperties: column as { dataType: string },
        });
        counts.created++;
      } else if (!sameProperties(column, found.databaseColumnProperties)) {
        await context.updateDatabaseColumn({
          databaseColumnGUID: found.elementHeader.guid,
          isMergeUpdate: true,
          databaseColumnProperties: column,
        });
        counts.updated++;
      }
    }
  }

  /** Reads every page of a list, counting each page as a look-up. */
  async #all<T>(counts: CatalogRefreshCounts, fetch: (page: Page) => Promise<T[]>): Promise<T[]> {
    const pageSize = this.context.maxPageSize;
    const all: T[] = [];
    for (let startFrom = 0; ; startFrom += pageSize) {
      counts.lookups++;
      const page = await fetch({ startFrom, pageSize });
      all.push(...page);
      if (page.length < pageSize) return all;
    }
  }
}
