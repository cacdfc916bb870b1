import type {
  DatabaseColumnProperties,
  DatabaseForeignKeyProperties,
  DatabasePrimaryKeyProperties,
  DatabaseProperties,
  DatabaseSchemaProperties,
  DatabaseTableProperties,
  DatabaseViewProperties,
  TemplateProperties,
} from '@egeria-ts/omas-client';

/** Paging of a list call: `startFrom` (default 0) and `pageSize` (default and most: the context's `maxPageSize`). */
export interface DatabasePagingOptions {
  /** The first element to return, 0-based. */
  readonly startFrom?: number;
  /** The most elements to return. */
  readonly pageSize?: number;
}

/** Options of the `find...` calls. */
export interface DatabaseSearchOptions extends DatabasePagingOptions {
  /** A regular expression (Java syntax) matched against the elements' properties. */
  readonly searchString: string;
}

/** Options of the `get...ByName` calls. */
export interface DatabaseNameOptions extends DatabasePagingOptions {
  /** The name or qualified name to match exactly. */
  readonly name: string;
}

/** Options of the `get...ByGUID` calls. */
export interface DatabaseGUIDOptions {
  /** The element's unique identifier. */
  readonly guid: string;
}

/** Options of a create from a template: the template and what to change in the copy. */
export interface DatabaseTemplateOptions {
  /** The GUID of the element to copy. */
  readonly templateGUID: string;
  /** The copy's qualified name (required) and other values. */
  readonly templateProperties: TemplateProperties;
}

/** Whether an update merges the properties into the element's (true) or replaces them all (false, the default, as in Egeria). */
export interface MergeUpdateOption {
  /** True to change only the properties given; false (default) to replace every property (then `qualifiedName` is needed). */
  readonly isMergeUpdate?: boolean;
}

// ----- databases ------------------------------------------------------------------------------------

/** Options of `createDatabase`. */
export interface CreateDatabaseOptions {
  /** The database's properties; `qualifiedName` is required. */
  readonly databaseProperties: DatabaseProperties;
}

/** Options of `updateDatabase`. */
export interface UpdateDatabaseOptions extends MergeUpdateOption {
  /** The database to update. */
  readonly databaseGUID: string;
  /** The new properties. */
  readonly databaseProperties: DatabaseProperties;
}

/** Names one database. */
export interface DatabaseGUIDOption {
  /** The database's GUID. */
  readonly databaseGUID: string;
}

// ----- database schemas -----------------------------------------------------------------------------

/** Options of `createDatabaseSchema`. */
export interface CreateDatabaseSchemaOptions {
  /** The database the schema belongs to. */
  readonly databaseGUID: string;
  /** The schema's properties; `qualifiedName` is required. */
  readonly databaseSchemaProperties: DatabaseSchemaProperties;
}

/** Options of `createDatabaseSchemaFromTemplate`. */
export interface CreateDatabaseSchemaFromTemplateOptions extends DatabaseTemplateOptions {
  /** The database the schema belongs to. */
  readonly databaseGUID: string;
}

/** Options of `updateDatabaseSchema`. */
export interface UpdateDatabaseSchemaOptions extends MergeUpdateOption {
  /** The schema to update. */
  readonly databaseSchemaGUID: string;
  /** The new properties. */
  readonly databaseSchemaProperties: DatabaseSchemaProperties;
}

/** Names one database schema. */
export interface DatabaseSchemaGUIDOption {
  /** The schema's GUID. */
  readonly databaseSchemaGUID: string;
}

/** Options of `attachSchemaTypeToDatabaseAsset`. */
export interface AttachSchemaTypeOptions {
  /** The database or database schema. */
  readonly databaseAssetGUID: string;
  /** The database schema type (from `createDatabaseSchemaType`). */
  readonly schemaTypeGUID: string;
}

// ----- tables and views -----------------------------------------------------------------------------

/** Options of `createDatabaseTable`. */
export interface CreateDatabaseTableOptions {
  /** The database or database schema the table belongs to. */
  readonly databaseAssetGUID: string;
  /** The table's properties; `qualifiedName` is required. */
  readonly databaseTableProperties: DatabaseTableProperties;
}

/** Options of `createDatabaseTableFromTemplate` and `createDatabaseViewFromTemplate`. */
export interface CreateInDatabaseAssetFromTemplateOptions extends DatabaseTemplateOptions {
  /** The database or database schema the copy belongs to. */
  readonly databaseAssetGUID: string;
}

/** Options of `createDatabaseTableForSchemaType`. */
export interface CreateDatabaseTableForSchemaTypeOptions {
  /** The database schema type the table belongs to. */
  readonly databaseSchemaTypeGUID: string;
  /** The table's properties; `qualifiedName` is required. */
  readonly databaseTableProperties: DatabaseTableProperties;
}

/** Options of `updateDatabaseTable`. */
export interface UpdateDatabaseTableOptions extends MergeUpdateOption {
  /** The table to update. */
  readonly databaseTableGUID: string;
  /** The new properties. */
  readonly databaseTableProperties: DatabaseTableProperties;
}

/** Names one table (or view, for the column calls). */
export interface DatabaseTableGUIDOption {
  /** The table's GUID. */
  readonly databaseTableGUID: string;
}

/** Names one database or database schema. */
export interface DatabaseAssetGUIDOption {
  /** The GUID of the database or database schema. */
  readonly databaseAssetGUID: string;
}

/** Options of `createDatabaseView`. */
export interface CreateDatabaseViewOptions {
  /** The database or database schema the view belongs to. */
  readonly databaseAssetGUID: string;
  /** The view's properties; `qualifiedName` is required. */
  readonly databaseViewProperties: DatabaseViewProperties;
}

/** Options of `createDatabaseViewForSchemaType`. */
export interface CreateDatabaseViewForSchemaTypeOptions {
  /** The database schema type the view belongs to. */
  readonly databaseSchemaTypeGUID: string;
  /** The view's properties; `qualifiedName` is required. */
  readonly databaseViewProperties: DatabaseViewProperties;
}

/** Options of `updateDatabaseView`. */
export interface UpdateDatabaseViewOptions extends MergeUpdateOption {
  /** The view to update. */
  readonly databaseViewGUID: string;
  /** The new properties. */
  readonly databaseViewProperties: DatabaseViewProperties;
}

/** Names one view. */
export interface DatabaseViewGUIDOption {
  /** The view's GUID. */
  readonly databaseViewGUID: string;
}

// ----- columns and keys -----------------------------------------------------------------------------

/** Options of `createDatabaseColumn`. */
export interface CreateDatabaseColumnOptions {
  /** The table or view the column belongs to. */
  readonly databaseTableGUID: string;
  /** The column's properties; `qualifiedName` is required, and `dataType` unless `externalTypeGUID` is given. */
  readonly databaseColumnProperties: DatabaseColumnProperties;
}

/** Options of `createDatabaseColumnFromTemplate`. */
export interface CreateDatabaseColumnFromTemplateOptions extends DatabaseTemplateOptions {
  /** The table or view the copy belongs to. */
  readonly databaseTableGUID: string;
}

/** Options of `updateDatabaseColumn`. */
export interface UpdateDatabaseColumnOptions extends MergeUpdateOption {
  /** The column to update. */
  readonly databaseColumnGUID: string;
  /** The new properties. */
  readonly databaseColumnProperties: DatabaseColumnProperties;
}

/** Names one column. */
export interface DatabaseColumnGUIDOption {
  /** The column's GUID. */
  readonly databaseColumnGUID: string;
}

/** Options of `setPrimaryKeyOnColumn`. */
export interface SetPrimaryKeyOptions extends DatabaseColumnGUIDOption {
  /** The key's name and pattern. */
  readonly databasePrimaryKeyProperties?: DatabasePrimaryKeyProperties;
}

/** Names the two columns of a foreign key. */
export interface ForeignKeyColumnsOption {
  /** The primary-key column referred to. */
  readonly primaryKeyColumnGUID: string;
  /** The column that refers to it. */
  readonly foreignKeyColumnGUID: string;
}

/** Options of `addForeignKeyRelationship`. */
export interface AddForeignKeyOptions extends ForeignKeyColumnsOption {
  /** The key's name, description, confidence... */
  readonly databaseForeignKeyProperties?: DatabaseForeignKeyProperties;
}
