import type { CatalogColumnElement, CatalogElement, CatalogElementKind, CatalogStore } from './catalog-store';
import type { DesiredColumn, DesiredDatabase, DesiredForeignKey, DesiredSchema, DesiredTable } from './desired-catalog';
import { propertiesDiffer } from './property-compare';

/** What a synchronization wrote. */
export interface SynchronizationCounts {
  /** Elements created. */
  created: number;
  /** Elements updated, keys set or replaced. */
  updated: number;
  /** Elements removed, keys removed. */
  removed: number;
}

/** Called for an element that has the connector's qualified name but belongs to another metadata source. */
export type NotOwnedHandler = (kind: CatalogElementKind, qualifiedName: string) => void;

interface ColumnState {
  readonly guid: string;
  readonly existing?: CatalogColumnElement;
}

/**
 * Brings open metadata in line with what a PostgreSQL server holds: creates what is new, updates
 * what changed (only when a managed property differs, so an unchanged source writes nothing) and
 * removes what was dropped, only among the elements its metadata source owns. It checks the
 * signal before every element.
 */
export class CatalogSynchronizer {
  /** What has been written so far. */
  readonly counts: SynchronizationCounts = { created: 0, updated: 0, removed: 0 };

  constructor(
    private readonly store: CatalogStore,
    private readonly signal: AbortSignal,
    private readonly onNotOwned: NotOwnedHandler = () => undefined,
  ) {}

  /**
   * Synchronizes one database and everything in it.
   * @param desired - the database as the catalog should hold it
   * @param existing - the database element found in open metadata, if any
   */
  async synchronizeDatabase(desired: DesiredDatabase, existing: CatalogElement | undefined): Promise<void> {
    const databaseGUID = await this.#ensure('database', undefined, desired.qualifiedName, desired.properties, existing);
    if (databaseGUID === undefined) return;
    const existingSchemas = existing === undefined ? [] : await this.store.listSchemas(databaseGUID);
    const wanted = new Set(desired.schemas.map((s) => s.qualifiedName));
    for (const schema of existingSchemas) {
      if (!wanted.has(schema.qualifiedName) && schema.owned) await this.#remove('schema', schema);
    }
    const columns = new Map<string, ColumnState>();
    for (const schema of desired.schemas) {
      await this.#synchronizeSchema(databaseGUID, schema, find(existingSchemas, schema.qualifiedName), columns);
    }
    await this.#synchronizeForeignKeys(desired.foreignKeys, columns);
  }

  /**
   * Removes a database that is gone from the server (or no longer passes the filter), its schemas
   * first (each removal takes the tables, views and columns anchored to it).
   * @param existing - the database element
   */
  async removeDatabase(existing: CatalogElement): Promise<void> {
    if (!existing.owned) return;
    for (const schema of await this.store.listSchemas(existing.guid)) {
      if (schema.owned) await this.#remove('schema', schema);
    }
    await this.#remove('database', existing);
  }

  async #synchronizeSchema(
    databaseGUID: string,
    desired: DesiredSchema,
    existing: CatalogElement | undefined,
    columns: Map<string, ColumnState>,
  ): Promise<void> {
    const schemaGUID = await this.#ensure('schema', databaseGUID, desired.qualifiedName, desired.properties, existing);
    if (schemaGUID === undefined) return;
    const existingTables = existing === undefined ? [] : await this.store.listTables(schemaGUID);
    const existingViews = existing === undefined ? [] : await this.store.listViews(schemaGUID);
    const wantedTables = new Set(desired.tables.map((t) => t.qualifiedName));
    const wantedViews = new Set(desired.views.map((v) => v.qualifiedName));
    for (const table of existingTables) {
      if (!wantedTables.has(table.qualifiedName) && table.owned) await this.#remove('table', table);
    }
    for (const view of existingViews) {
      if (!wantedViews.has(view.qualifiedName) && view.owned) await this.#remove('view', view);
    }
    for (const table of desired.tables) {
      await this.#synchronizeTable('table', schemaGUID, table, find(existingTables, table.qualifiedName), columns);
    }
    for (const view of desired.views) {
      await this.#synchronizeTable('view', schemaGUID, view, find(existingViews, view.qualifiedName), columns);
    }
  }

  async #synchronizeTable(
    kind: 'table' | 'view',
    schemaGUID: string,
    desired: DesiredTable,
    existing: CatalogElement | undefined,
    columns: Map<string, ColumnState>,
  ): Promise<void> {
    const tableGUID = await this.#ensure(kind, schemaGUID, desired.qualifiedName, desired.properties, existing);
    if (tableGUID === undefined) return;
    const existingColumns = existing === undefined ? [] : await this.store.listColumns(tableGUID);
    const wanted = new Set(desired.columns.map((c) => c.qualifiedName));
    for (const column of existingColumns) {
      if (!wanted.has(column.qualifiedName) && column.owned) await this.#remove('column', column);
    }
    for (const column of desired.columns) {
      const found = find(existingColumns, column.qualifiedName);
      const guid = await this.#ensure('column', tableGUID, column.qualifiedName, column.properties, found);
      if (guid === undefined) continue;
      await this.#synchronizePrimaryKey(guid, column, found);
      columns.set(column.qualifiedName, { guid, ...(found === undefined ? {} : { existing: found }) });
    }
  }

  async #synchronizePrimaryKey(
    guid: string,
    desired: DesiredColumn,
    existing: CatalogColumnElement | undefined,
  ): Promise<void> {
    const current = existing?.primaryKey;
    const wanted = desired.primaryKey;
    if (wanted !== undefined) {
      if (current?.name === wanted.name && (current.keyPattern ?? wanted.keyPattern) === wanted.keyPattern) return;
      this.signal.throwIfAborted();
      await this.store.setPrimaryKey(guid, wanted);
      this.counts.updated++;
    } else if (current !== undefined) {
      this.signal.throwIfAborted();
      await this.store.removePrimaryKey(guid);
      this.counts.removed++;
    }
  }

  async #synchronizeForeignKeys(
    desired: readonly DesiredForeignKey[],
    columns: ReadonlyMap<string, ColumnState>,
  ): Promise<void> {
    const byColumn = new Map<string, DesiredForeignKey[]>();
    for (const key of desired) byColumn.set(key.foreignKeyColumn, [...(byColumn.get(key.foreignKeyColumn) ?? []), key]);
    for (const [qualifiedName, state] of columns) {
      const keys = byColumn.get(qualifiedName) ?? [];
      const current = state.existing?.foreignKey;
      const targets = keys
        .map((key) => ({ key, primary: columns.get(key.primaryKeyColumn)?.guid }))
        .filter((t): t is { key: DesiredForeignKey; primary: string } => t.primary !== undefined);
      const satisfied = targets.find(
        (t) => current !== undefined && t.primary === current.referencedColumnGUID && t.key.name === current.name,
      );
      if (current !== undefined && !targets.some((t) => t.primary === current.referencedColumnGUID)) {
        this.signal.throwIfAborted();
        await this.store.removeForeignKey(current.referencedColumnGUID, state.guid);
        this.counts.removed++;
      }
      for (const target of targets) {
        if (target === satisfied) continue;
        this.signal.throwIfAborted();
        await this.store.addForeignKey(target.primary, state.guid, target.key.name);
        if (current !== undefined && target.primary === current.referencedColumnGUID) this.counts.updated++;
        else this.counts.created++;
      }
    }
  }

  /** Creates the element, or updates it when a managed property differs; undefined when another source owns it. */
  async #ensure(
    kind: CatalogElementKind,
    parentGUID: string | undefined,
    qualifiedName: string,
    properties: object,
    existing: CatalogElement | undefined,
  ): Promise<string | undefined> {
    this.signal.throwIfAborted();
    const wanted = properties as Readonly<Record<string, unknown>>;
    if (existing === undefined) {
      const guid = await this.store.create(kind, parentGUID, wanted);
      this.counts.created++;
      return guid;
    }
    if (!existing.owned) {
      this.onNotOwned(kind, qualifiedName);
      return undefined;
    }
    if (propertiesDiffer(kind, wanted, existing.properties)) {
      await this.store.update(kind, existing.guid, wanted);
      this.counts.updated++;
    }
    return existing.guid;
  }

  async #remove(kind: CatalogElementKind, element: CatalogElement): Promise<void> {
    this.signal.throwIfAborted();
    await this.store.remove(kind, element.guid, element.qualifiedName);
    this.counts.removed++;
  }
}

function find<T extends CatalogElement>(elements: readonly T[], qualifiedName: string): T | undefined {
  return elements.find((e) => e.qualifiedName === qualifiedName);
}
