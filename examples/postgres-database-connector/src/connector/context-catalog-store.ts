import type { DatabaseIntegratorContext } from '@egeria-ts/database-integrator';
import type { CatalogColumnElement, CatalogElement, CatalogElementKind, CatalogStore } from './catalog-store';

type Header = Awaited<ReturnType<DatabaseIntegratorContext['getDatabaseByGUID']>>['elementHeader'];
type Properties = Readonly<Record<string, unknown>>;

/**
 * The catalog store over a Database Integrator context: lists page by page, and marks an element
 * as owned when the connector's metadata source (the database manager) is its home, or, for a
 * connector without a metadata source, when no external source owns it.
 */
export class ContextCatalogStore implements CatalogStore {
  constructor(private readonly context: DatabaseIntegratorContext) {}

  async findDatabases(qualifiedNamePrefix: string): Promise<CatalogElement[]> {
    const found =
      this.context.getDatabaseManagerGUID() === undefined
        ? await this.context.readAllPages((page) =>
            this.context.findDatabases({ ...page, searchString: startsWith(qualifiedNamePrefix) }),
          )
        : await this.context.readAllPages((page) => this.context.getMyDatabases(page));
    return found
      .map((e) => this.#element(e.elementHeader, e.databaseProperties))
      .filter((e) => e.qualifiedName.startsWith(qualifiedNamePrefix));
  }

  async listSchemas(databaseGUID: string): Promise<CatalogElement[]> {
    const found = await this.context.readAllPages((page) =>
      this.context.getSchemasForDatabase({ ...page, databaseGUID }),
    );
    return found.map((e) => this.#element(e.elementHeader, e.databaseSchemaProperties));
  }

  async listTables(schemaGUID: string): Promise<CatalogElement[]> {
    const found = await this.context.readAllPages((page) =>
      this.context.getTablesForDatabaseAsset({ ...page, databaseAssetGUID: schemaGUID }),
    );
    return found.map((e) => this.#element(e.elementHeader, e.databaseTableProperties));
  }

  async listViews(schemaGUID: string): Promise<CatalogElement[]> {
    const found = await this.context.readAllPages((page) =>
      this.context.getViewsForDatabaseAsset({ ...page, databaseAssetGUID: schemaGUID }),
    );
    return found.map((e) => this.#element(e.elementHeader, e.databaseViewProperties));
  }

  async listColumns(tableGUID: string): Promise<CatalogColumnElement[]> {
    const found = await this.context.readAllPages((page) =>
      this.context.getColumnsForDatabaseTable({ ...page, databaseTableGUID: tableGUID }),
    );
    return found.map((e) => {
      const element = this.#element(e.elementHeader, e.databaseColumnProperties);
      const primaryKey = e.primaryKeyProperties;
      return {
        ...element,
        ...(primaryKey === undefined
          ? {}
          : { primaryKey: { name: primaryKey.name, keyPattern: primaryKey.keyPattern } }),
        ...(e.referencedColumnGUID === undefined
          ? {}
          : { foreignKey: { name: e.foreignKeyProperties?.name, referencedColumnGUID: e.referencedColumnGUID } }),
      };
    });
  }

  async create(kind: CatalogElementKind, parentGUID: string | undefined, properties: Properties): Promise<string> {
    const parent = parentGUID ?? '';
    switch (kind) {
      case 'database':
        return this.context.createDatabase({ databaseProperties: properties });
      case 'schema':
        return this.context.createDatabaseSchema({ databaseGUID: parent, databaseSchemaProperties: properties });
      case 'table':
        return this.context.createDatabaseTable({ databaseAssetGUID: parent, databaseTableProperties: properties });
      case 'view':
        return this.context.createDatabaseView({ databaseAssetGUID: parent, databaseViewProperties: properties });
      case 'column':
        return this.context.createDatabaseColumn({
          databaseTableGUID: parent,
          databaseColumnProperties: properties as { dataType: string },
        });
    }
  }

  async update(kind: CatalogElementKind, guid: string, properties: Properties): Promise<void> {
    switch (kind) {
      case 'database':
        return this.context.updateDatabase({ databaseGUID: guid, databaseProperties: properties });
      case 'schema':
        return this.context.updateDatabaseSchema({ databaseSchemaGUID: guid, databaseSchemaProperties: properties });
      case 'table':
        return this.context.updateDatabaseTable({ databaseTableGUID: guid, databaseTableProperties: properties });
      case 'view':
        return this.context.updateDatabaseView({ databaseViewGUID: guid, databaseViewProperties: properties });
      case 'column':
        return this.context.updateDatabaseColumn({ databaseColumnGUID: guid, databaseColumnProperties: properties });
    }
  }

  async remove(kind: CatalogElementKind, guid: string): Promise<void> {
    switch (kind) {
      case 'database':
        return this.context.removeDatabase({ databaseGUID: guid });
      case 'schema':
        return this.context.removeDatabaseSchema({ databaseSchemaGUID: guid });
      case 'table':
        return this.context.removeDatabaseTable({ databaseTableGUID: guid });
      case 'view':
        return this.context.removeDatabaseView({ databaseViewGUID: guid });
      case 'column':
        return this.context.removeDatabaseColumn({ databaseColumnGUID: guid });
    }
  }

  async setPrimaryKey(
    columnGUID: string,
    primaryKey: { readonly name: string; readonly keyPattern: string },
  ): Promise<void> {
    await this.context.setPrimaryKeyOnColumn({
      databaseColumnGUID: columnGUID,
      databasePrimaryKeyProperties: { name: primaryKey.name, keyPattern: primaryKey.keyPattern as 'LOCAL_KEY' },
    });
  }

  async removePrimaryKey(columnGUID: string): Promise<void> {
    await this.context.removePrimaryKeyFromColumn({ databaseColumnGUID: columnGUID });
  }

  async addForeignKey(primaryKeyColumnGUID: string, foreignKeyColumnGUID: string, name: string): Promise<void> {
    await this.context.addForeignKeyRelationship({
      primaryKeyColumnGUID,
      foreignKeyColumnGUID,
      databaseForeignKeyProperties: { name },
    });
  }

  async removeForeignKey(primaryKeyColumnGUID: string, foreignKeyColumnGUID: string): Promise<void> {
    await this.context.removeForeignKeyRelationship({ primaryKeyColumnGUID, foreignKeyColumnGUID });
  }

  #element(header: Header, properties: object | undefined): CatalogElement {
    const props = (properties ?? {}) as Properties;
    const qualifiedName = typeof props['qualifiedName'] === 'string' ? props['qualifiedName'] : '';
    return { guid: header.guid, qualifiedName, properties: props, owned: this.context.isOwnedByMetadataSource(header) };
  }
}

/** A Java regular expression that matches values starting with the text. */
function startsWith(text: string): string {
  return `\\Q${text.split('\\E').join('\\E\\\\E\\Q')}\\E.*`;
}
