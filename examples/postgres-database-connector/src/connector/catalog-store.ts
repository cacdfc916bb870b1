/**
 * What the synchronizer needs from open metadata, in the connector's own terms. The connector
 * adapts its Database Integrator context to it (see `context-catalog-store.ts`); keeping the
 * synchronizer on this narrow interface keeps it free of wire details.
 */

/** The kinds of element the connector keeps. */
export type CatalogElementKind = 'database' | 'schema' | 'table' | 'view' | 'column';

/** An element found in open metadata. */
export interface CatalogElement {
  /** Its GUID. */
  readonly guid: string;
  /** Its qualified name. */
  readonly qualifiedName: string;
  /** Its properties, as the server returned them. */
  readonly properties: Readonly<Record<string, unknown>>;
  /** True when the connector's metadata source owns it (it may change or remove it). */
  readonly owned: boolean;
}

/** A column found in open metadata, with its key information. */
export interface CatalogColumnElement extends CatalogElement {
  /** Its PrimaryKey classification, if any. */
  readonly primaryKey?: { readonly name?: string; readonly keyPattern?: string };
  /** The ForeignKey relationship in which it is the referencing column, if any. */
  readonly foreignKey?: { readonly name?: string; readonly referencedColumnGUID: string };
}

/** Reads and writes the connector's elements in open metadata. */
export interface CatalogStore {
  /** The databases whose qualified name starts with the prefix. */
  findDatabases(qualifiedNamePrefix: string): Promise<CatalogElement[]>;
  /** The schemas of a database. */
  listSchemas(databaseGUID: string): Promise<CatalogElement[]>;
  /** The tables of a schema. */
  listTables(schemaGUID: string): Promise<CatalogElement[]>;
  /** The views of a schema. */
  listViews(schemaGUID: string): Promise<CatalogElement[]>;
  /** The columns of a table or view. */
  listColumns(tableGUID: string): Promise<CatalogColumnElement[]>;
  /** Creates an element under its parent (no parent for a database) and returns its GUID. */
  create(
    kind: CatalogElementKind,
    parentGUID: string | undefined,
    properties: Readonly<Record<string, unknown>>,
  ): Promise<string>;
  /** Replaces an element's properties. */
  update(kind: CatalogElementKind, guid: string, properties: Readonly<Record<string, unknown>>): Promise<void>;
  /** Removes an element (with what is nested in it). */
  remove(kind: CatalogElementKind, guid: string, qualifiedName: string): Promise<void>;
  /** Sets or replaces the PrimaryKey classification of a column. */
  setPrimaryKey(columnGUID: string, primaryKey: { readonly name: string; readonly keyPattern: string }): Promise<void>;
  /** Removes the PrimaryKey classification of a column. */
  removePrimaryKey(columnGUID: string): Promise<void>;
  /** Adds or updates the ForeignKey relationship from a referenced column to a referencing one. */
  addForeignKey(primaryKeyColumnGUID: string, foreignKeyColumnGUID: string, name: string): Promise<void>;
  /** Removes a ForeignKey relationship. */
  removeForeignKey(primaryKeyColumnGUID: string, foreignKeyColumnGUID: string): Promise<void>;
}
