import { InvalidParameterException, type Connection } from '@egeria-ts/core';
import type { OperationDefinition } from '../../operations/operation-definition';
import type { OperationInvoker, OperationRequest } from '../../operations/operation-invoker';
import { OmasClientMessages } from '../../transport/omas-client-messages';
import {
  DATA_MANAGER_DATABASE_SERVICE,
  type DataManagerDatabaseOperationName,
  type DatabaseColumnElement,
  type DatabaseColumnProperties,
  type DatabaseElement,
  type DatabaseForeignKeyProperties,
  type DatabaseManagerProperties,
  type DatabasePrimaryKeyProperties,
  type DatabaseProperties,
  type DatabaseSchemaElement,
  type DatabaseSchemaProperties,
  type DatabaseTableElement,
  type DatabaseTableProperties,
  type DatabaseViewElement,
  type DatabaseViewProperties,
  type TemplateProperties,
} from './database-operations';
import { getOutTopicConnection } from '../common/out-topic-connection';

/** Options every call takes. @public */
export interface DataManagerCallOptions {
  /** Cancels the call. */
  readonly signal?: AbortSignal;
  /** Time allowed for each attempt, in milliseconds. */
  readonly timeoutMs?: number;
}

/**
 * The software capability that owns what a call creates or changes (Egeria's external source).
 * Leave both out for elements owned by the local cohort.
 * @public
 */
export interface ExternalSourceOptions extends DataManagerCallOptions {
  /** The GUID of the software capability, such as the database manager. */
  readonly externalSourceGUID?: string;
  /** Its qualified name. */
  readonly externalSourceName?: string;
}

/** Paging of a list call. @public */
export interface DataManagerPagingOptions extends DataManagerCallOptions {
  /** The first element to return, 0-based (default 0). */
  readonly startFrom?: number;
  /** The most elements to return; 0 (the default) lets the server choose its maximum. */
  readonly pageSize?: number;
}

/** Options of the `find...` calls. @public */
export interface SearchOptions extends DataManagerPagingOptions {
  /** A regular expression matched against the elements' properties. */
  readonly searchString: string;
}

/** Options of the `get...ByName` calls. @public */
export interface NameOptions extends DataManagerPagingOptions {
  /** The name or qualified name to match exactly. */
  readonly name: string;
}

/** Options of the `get...ByGUID` calls. @public */
export interface GUIDOptions extends DataManagerCallOptions {
  /** The element's unique identifier. */
  readonly guid: string;
}

/**
 * One list call of {@link DatabaseListOperations}: the options it takes and the element it returns.
 * Only its types are used.
 * @typeParam Options - The options of the call.
 * @typeParam Element - The element the call lists.
 * @public
 */
export interface DatabaseListOperation<Options extends DataManagerPagingOptions, Element> {
  /** The options the call takes. */
  options: Options;
  /** The element the call lists. */
  element: Element;
}

/** The list calls, their options and their elements: what {@link DatabaseManagerClient.iterate} takes. @public */
export interface DatabaseListOperations {
  /** Databases matching a search string. */
  findDatabases: DatabaseListOperation<SearchOptions, DatabaseElement>;
  /** Databases with a name. */
  getDatabasesByName: DatabaseListOperation<NameOptions, DatabaseElement>;
  /** The databases a database manager owns. */
  getDatabasesForDatabaseManager: DatabaseListOperation<
    DataManagerPagingOptions & {
      /** The GUID of the database manager. */
      readonly databaseManagerGUID: string;
      /** The qualified name of the database manager. */
      readonly databaseManagerName: string;
    },
    DatabaseElement
  >;
  /** Database schemas matching a search string. */
  findDatabaseSchemas: DatabaseListOperation<SearchOptions, DatabaseSchemaElement>;
  /** The schemas of a database. */
  getSchemasForDatabase: DatabaseListOperation<
    DataManagerPagingOptions & {
      /** The GUID of the database. */
      readonly databaseGUID: string;
    },
    DatabaseSchemaElement
  >;
  /** Database schemas with a name. */
  getDatabaseSchemasByName: DatabaseListOperation<NameOptions, DatabaseSchemaElement>;
  /** Tables matching a search string. */
  findDatabaseTables: DatabaseListOperation<SearchOptions, DatabaseTableElement>;
  /** The tables of a database or database schema. */
  getTablesForDatabaseAsset: DatabaseListOperation<
    DataManagerPagingOptions & {
      /** The GUID of the database or database schema. */
      readonly databaseAssetGUID: string;
    },
    DatabaseTableElement
  >;
  /** Tables with a name. */
  getDatabaseTablesByName: DatabaseListOperation<NameOptions, DatabaseTableElement>;
  /** Views matching a search string. */
  findDatabaseViews: DatabaseListOperation<SearchOptions, DatabaseViewElement>;
  /** The views of a database or database schema. */
  getViewsForDatabaseAsset: DatabaseListOperation<
    DataManagerPagingOptions & {
      /** The GUID of the database or database schema. */
      readonly databaseAssetGUID: string;
    },
    DatabaseViewElement
  >;
  /** Views with a name. */
  getDatabaseViewsByName: DatabaseListOperation<NameOptions, DatabaseViewElement>;
  /** Columns matching a search string. */
  findDatabaseColumns: DatabaseListOperation<SearchOptions, DatabaseColumnElement>;
  /** The columns of a table or view. */
  getColumnsForDatabaseTable: DatabaseListOperation<
    DataManagerPagingOptions & {
      /** The GUID of the table or view. */
      readonly databaseTableGUID: string;
    },
    DatabaseColumnElement
  >;
  /** Columns with a name. */
  getDatabaseColumnsByName: DatabaseListOperation<NameOptions, DatabaseColumnElement>;
}

/** The name of a list call. @public */
export type DatabaseListOperationName = keyof DatabaseListOperations;

const ops = DATA_MANAGER_DATABASE_SERVICE.operations;

function missing(parameterName: string, methodName: string): InvalidParameterException {
  return InvalidParameterException.fromDefinition(OmasClientMessages.MISSING_PROPERTY, [parameterName, methodName], {
    actionDescription: methodName,
    exceptionProperties: { parameterName },
  });
}

function requireText(value: unknown, parameterName: string, methodName: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw missing(parameterName, methodName);
  return value;
}

function requireObject<T extends object>(value: T | undefined, parameterName: string, methodName: string): T {
  if (typeof value !== 'object' || value === null) throw missing(parameterName, methodName);
  return value;
}

function source(options: ExternalSourceOptions): { externalSourceGUID?: string; externalSourceName?: string } {
  return { externalSourceGUID: options.externalSourceGUID, externalSourceName: options.externalSourceName };
}

function withClass<T extends { readonly class?: string }>(properties: T, className: string): T & { class: string } {
  return { ...properties, class: properties.class ?? className };
}

function call(options: DataManagerCallOptions): Pick<OperationRequest, 'signal' | 'timeoutMs'> {
  return { signal: options.signal, timeoutMs: options.timeoutMs };
}

function page(options: DataManagerPagingOptions): OperationRequest['query'] {
  return { startFrom: options.startFrom ?? 0, pageSize: options.pageSize ?? 0 };
}

/**
 * The Data Manager OMAS calls a database integration needs: register the database manager, then
 * create, update, publish, withdraw, remove and query databases, schemas, tables, views, columns and
 * keys. Each call is one row of {@link DATA_MANAGER_DATABASE_SERVICE}, sent through any
 * {@link OperationInvoker} (an `OmasRestClient` for a real server).
 * @public
 */
export class DatabaseManagerClient {
  /** @param invoker - sends the operations, such as an `OmasRestClient` for `DATA_MANAGER_DATABASE_SERVICE` */
  constructor(private readonly invoker: OperationInvoker) {}

  // ----- metadata source and out topic -----------------------------------------------------------

  /**
   * Registers a database manager (DBMS) as a metadata source (`DatabaseManagerRequestBody`, flat).
   * @returns the GUID of the new software capability: the `externalSourceGUID` of later calls
   */
  async createDatabaseManager(
    options: ExternalSourceOptions & { readonly databaseManagerProperties: DatabaseManagerProperties },
  ): Promise<string> {
    const method = 'createDatabaseManager';
    const properties = requireObject(options.databaseManagerProperties, 'databaseManagerProperties', method);
    requireText(properties.qualifiedName, 'qualifiedName', method);
    const { class: _propertiesClass, ...fields } = properties;
    return this.invoker.invoke<string>(ops.createDatabaseManager, {
      ...call(options),
      body: { class: 'DatabaseManagerRequestBody', ...fields, ...source(options) },
    });
  }

  /** Looks up the GUID of a metadata source (software capability) by its qualified name. */
  async getMetadataSourceGUID(
    options: DataManagerCallOptions & { readonly qualifiedName: string },
  ): Promise<string | undefined> {
    const qualifiedName = requireText(options.qualifiedName, 'qualifiedName', 'getMetadataSourceGUID');
    return this.invoker.invoke<string | undefined>(ops.getMetadataSourceGUID, {
      ...call(options),
      body: { name: qualifiedName, namePropertyName: 'qualifiedName' },
    });
  }

  /**
   * Returns the connection to the Data Manager's out topic, for the caller named `callerId`;
   * undefined when the access service has no out topic configured.
   */
  async getOutTopicConnection(
    options: DataManagerCallOptions & { readonly callerId: string },
  ): Promise<Connection | undefined> {
    return getOutTopicConnection(this.invoker, ops.getOutTopicConnection, options);
  }

  // ----- databases --------------------------------------------------------------------------------

  /** Creates a database. @returns its GUID */
  async createDatabase(
    options: ExternalSourceOptions & { readonly databaseProperties: DatabaseProperties },
  ): Promise<string> {
    return this.createReferenceable(
      ops.createDatabase,
      options,
      options.databaseProperties,
      'databaseProperties',
      'DatabaseProperties',
    );
  }

  /** Creates a database by copying a template. @returns its GUID */
  async createDatabaseFromTemplate(
    options: ExternalSourceOptions & { readonly templateGUID: string; readonly templateProperties: TemplateProperties },
  ): Promise<string> {
    return this.createFromTemplate(ops.createDatabaseFromTemplate, options);
  }

  /** Updates a database; `isMergeUpdate` false replaces every property. */
  async updateDatabase(
    options: ExternalSourceOptions & {
      readonly databaseGUID: string;
      readonly isMergeUpdate: boolean;
      readonly databaseProperties: DatabaseProperties;
    },
  ): Promise<void> {
    await this.updateReferenceable(
      ops.updateDatabase,
      options,
      { databaseGUID: options.databaseGUID },
      options.databaseProperties,
      'databaseProperties',
      'DatabaseProperties',
    );
  }

  /** Makes a database visible to consumers (sets its zones to the server's published zones). */
  async publishDatabase(options: DataManagerCallOptions & { readonly databaseGUID: string }): Promise<void> {
    await this.invoker.invoke(ops.publishDatabase, {
      ...call(options),
      path: { databaseGUID: options.databaseGUID },
      body: {},
    });
  }

  /** Hides a database from consumers. */
  async withdrawDatabase(options: DataManagerCallOptions & { readonly databaseGUID: string }): Promise<void> {
    await this.invoker.invoke(ops.withdrawDatabase, {
      ...call(options),
      path: { databaseGUID: options.databaseGUID },
      body: {},
    });
  }

  /** Removes a database and what it contains. */
  async removeDatabase(options: ExternalSourceOptions & { readonly databaseGUID: string }): Promise<void> {
    await this.remove(ops.removeDatabase, options, { databaseGUID: options.databaseGUID });
  }

  /** Databases whose properties match a search string (one page). */
  async findDatabases(options: SearchOptions): Promise<DatabaseElement[]> {
    return this.list('findDatabases', options);
  }

  /** Databases with a name (one page). */
  async getDatabasesByName(options: NameOptions): Promise<DatabaseElement[]> {
    return this.list('getDatabasesByName', options);
  }

  /** The databases a database manager owns (one page). */
  async getDatabasesForDatabaseManager(
    options: DatabaseListOperations['getDatabasesForDatabaseManager']['options'],
  ): Promise<DatabaseElement[]> {
    return this.list('getDatabasesForDatabaseManager', options);
  }

  /** A database by GUID. */
  async getDatabaseByGUID(options: GUIDOptions): Promise<DatabaseElement> {
    return this.byGUID<DatabaseElement>(ops.getDatabaseByGUID, options);
  }

  // ----- database schemas -------------------------------------------------------------------------

  /** Creates a database schema in a database. @returns its GUID */
  async createDatabaseSchema(
    options: ExternalSourceOptions & {
      readonly databaseGUID: string;
      readonly databaseSchemaProperties: DatabaseSchemaProperties;
    },
  ): Promise<string> {
    return this.createReferenceable(
      ops.createDatabaseSchema,
      options,
      options.databaseSchemaProperties,
      'databaseSchemaProperties',
      'DatabaseSchemaProperties',
      { name: 'databaseGUID', value: options.databaseGUID },
    );
  }

  /** Creates a database schema in a database by copying a template. @returns its GUID */
  async createDatabaseSchemaFromTemplate(
    options: ExternalSourceOptions & {
      readonly databaseGUID: string;
      readonly templateGUID: string;
      readonly templateProperties: TemplateProperties;
    },
  ): Promise<string> {
    return this.createFromTemplate(ops.createDatabaseSchemaFromTemplate, options, {
      name: 'databaseGUID',
      value: options.databaseGUID,
    });
  }

  /** Updates a database schema; `isMergeUpdate` false replaces every property. */
  async updateDatabaseSchema(
    options: ExternalSourceOptions & {
      readonly databaseSchemaGUID: string;
      readonly isMergeUpdate: boolean;
      readonly databaseSchemaProperties: DatabaseSchemaProperties;
    },
  ): Promise<void> {
    await this.updateReferenceable(
      ops.updateDatabaseSchema,
      options,
      { databaseSchemaGUID: options.databaseSchemaGUID },
      options.databaseSchemaProperties,
      'databaseSchemaProperties',
      'DatabaseSchemaProperties',
    );
  }

  /** Makes a database schema visible to consumers. */
  async publishDatabaseSchema(
    options: DataManagerCallOptions & { readonly databaseSchemaGUID: string },
  ): Promise<void> {
    await this.invoker.invoke(ops.publishDatabaseSchema, {
      ...call(options),
      path: { databaseSchemaGUID: options.databaseSchemaGUID },
      body: {},
    });
  }

  /** Hides a database schema from consumers. */
  async withdrawDatabaseSchema(
    options: DataManagerCallOptions & { readonly databaseSchemaGUID: string },
  ): Promise<void> {
    await this.invoker.invoke(ops.withdrawDatabaseSchema, {
      ...call(options),
      path: { databaseSchemaGUID: options.databaseSchemaGUID },
      body: {},
    });
  }

  /** Removes a database schema and what it contains. */
  async removeDatabaseSchema(options: ExternalSourceOptions & { readonly databaseSchemaGUID: string }): Promise<void> {
    await this.remove(ops.removeDatabaseSchema, options, { databaseSchemaGUID: options.databaseSchemaGUID });
  }

  /** Database schemas whose properties match a search string (one page). */
  async findDatabaseSchemas(options: SearchOptions): Promise<DatabaseSchemaElement[]> {
    return this.list('findDatabaseSchemas', options);
  }

  /** The schemas of a database (one page). */
  async getSchemasForDatabase(
    options: DatabaseListOperations['getSchemasForDatabase']['options'],
  ): Promise<DatabaseSchemaElement[]> {
    return this.list('getSchemasForDatabase', options);
  }

  /** Database schemas with a name (one page). */
  async getDatabaseSchemasByName(options: NameOptions): Promise<DatabaseSchemaElement[]> {
    return this.list('getDatabaseSchemasByName', options);
  }

  /** A database schema by GUID. */
  async getDatabaseSchemaByGUID(options: GUIDOptions): Promise<DatabaseSchemaElement> {
    return this.byGUID<DatabaseSchemaElement>(ops.getDatabaseSchemaByGUID, options);
  }

  // ----- database schema type ---------------------------------------------------------------------

  /** Creates a database schema type (the root of tables when there is no schema asset). @returns its GUID */
  async createDatabaseSchemaType(options: ExternalSourceOptions & { readonly qualifiedName: string }): Promise<string> {
    const qualifiedName = requireText(options.qualifiedName, 'qualifiedName', 'createDatabaseSchemaType');
    return this.invoker.invoke<string>(ops.createDatabaseSchemaType, {
      ...call(options),
      body: { ...source(options), properties: { class: 'DatabaseSchemaTypeProperties', qualifiedName } },
    });
  }

  /** Links a database schema type to a database or database schema. */
  async attachSchemaTypeToDatabaseAsset(
    options: ExternalSourceOptions & { readonly databaseAssetGUID: string; readonly schemaTypeGUID: string },
  ): Promise<void> {
    await this.invoker.invoke(ops.attachSchemaTypeToDatabaseAsset, {
      ...call(options),
      path: { databaseAssetGUID: options.databaseAssetGUID, schemaTypeGUID: options.schemaTypeGUID },
      body: source(options),
    });
  }

  // ----- database tables --------------------------------------------------------------------------

  /** Creates a table in a database or database schema (`databaseAssetGUID`). @returns its GUID */
  async createDatabaseTable(
    options: ExternalSourceOptions & {
      readonly databaseAssetGUID: string;
      readonly databaseTableProperties: DatabaseTableProperties;
    },
  ): Promise<string> {
    return this.createReferenceable(
      ops.createDatabaseTable,
      options,
      options.databaseTableProperties,
      'databaseTableProperties',
      'DatabaseTableProperties',
      { name: 'databaseAssetGUID', value: options.databaseAssetGUID },
    );
  }

  /** Creates a table in a database or database schema by copying a template. @returns its GUID */
  async createDatabaseTableFromTemplate(
    options: ExternalSourceOptions & {
      readonly databaseAssetGUID: string;
      readonly templateGUID: string;
      readonly templateProperties: TemplateProperties;
    },
  ): Promise<string> {
    return this.createFromTemplate(ops.createDatabaseTableFromTemplate, options, {
      name: 'databaseAssetGUID',
      value: options.databaseAssetGUID,
    });
  }

  /** Creates a table under a database schema type. @returns its GUID */
  async createDatabaseTableForSchemaType(
    options: ExternalSourceOptions & {
      readonly databaseSchemaTypeGUID: string;
      readonly databaseTableProperties: DatabaseTableProperties;
    },
  ): Promise<string> {
    return this.createReferenceable(
      ops.createDatabaseTableForSchemaType,
      options,
      options.databaseTableProperties,
      'databaseTableProperties',
      'DatabaseTableProperties',
      { name: 'databaseSchemaTypeGUID', value: options.databaseSchemaTypeGUID },
    );
  }

  /** Updates a table; `isMergeUpdate` false replaces every property. */
  async updateDatabaseTable(
    options: ExternalSourceOptions & {
      readonly databaseTableGUID: string;
      readonly isMergeUpdate: boolean;
      readonly databaseTableProperties: DatabaseTableProperties;
    },
  ): Promise<void> {
    await this.updateReferenceable(
      ops.updateDatabaseTable,
      options,
      { databaseTableGUID: options.databaseTableGUID },
      options.databaseTableProperties,
      'databaseTableProperties',
      'DatabaseTableProperties',
    );
  }

  /** Removes a table and its columns. */
  async removeDatabaseTable(options: ExternalSourceOptions & { readonly databaseTableGUID: string }): Promise<void> {
    await this.remove(ops.removeDatabaseTable, options, { databaseTableGUID: options.databaseTableGUID });
  }

  /** Tables whose properties match a search string (one page). */
  async findDatabaseTables(options: SearchOptions): Promise<DatabaseTableElement[]> {
    return this.list('findDatabaseTables', options);
  }

  /** The tables of a database or database schema (one page). */
  async getTablesForDatabaseAsset(
    options: DatabaseListOperations['getTablesForDatabaseAsset']['options'],
  ): Promise<DatabaseTableElement[]> {
    return this.list('getTablesForDatabaseAsset', options);
  }

  /** Tables with a name (one page). */
  async getDatabaseTablesByName(options: NameOptions): Promise<DatabaseTableElement[]> {
    return this.list('getDatabaseTablesByName', options);
  }

  /** A table by GUID. */
  async getDatabaseTableByGUID(options: GUIDOptions): Promise<DatabaseTableElement> {
    return this.byGUID<DatabaseTableElement>(ops.getDatabaseTableByGUID, options);
  }

  // ----- database views ---------------------------------------------------------------------------

  /** Creates a view in a database or database schema (`databaseAssetGUID`). @returns its GUID */
  async createDatabaseView(
    options: ExternalSourceOptions & {
      readonly databaseAssetGUID: string;
      readonly databaseViewProperties: DatabaseViewProperties;
    },
  ): Promise<string> {
    return this.createReferenceable(
      ops.createDatabaseView,
      options,
      options.databaseViewProperties,
      'databaseViewProperties',
      'DatabaseViewProperties',
      { name: 'databaseAssetGUID', value: options.databaseAssetGUID },
    );
  }

  /** Creates a view in a database or database schema by copying a template. @returns its GUID */
  async createDatabaseViewFromTemplate(
    options: ExternalSourceOptions & {
      readonly databaseAssetGUID: string;
      readonly templateGUID: string;
      readonly templateProperties: TemplateProperties;
    },
  ): Promise<string> {
    return this.createFromTemplate(ops.createDatabaseViewFromTemplate, options, {
      name: 'databaseAssetGUID',
      value: options.databaseAssetGUID,
    });
  }

  /** Creates a view under a database schema type. @returns its GUID */
  async createDatabaseViewForSchemaType(
    options: ExternalSourceOptions & {
      readonly databaseSchemaTypeGUID: string;
      readonly databaseViewProperties: DatabaseViewProperties;
    },
  ): Promise<string> {
    return this.createReferenceable(
      ops.createDatabaseViewForSchemaType,
      options,
      options.databaseViewProperties,
      'databaseViewProperties',
      'DatabaseViewProperties',
      { name: 'databaseSchemaTypeGUID', value: options.databaseSchemaTypeGUID },
    );
  }

  /** Updates a view; `isMergeUpdate` false replaces every property. */
  async updateDatabaseView(
    options: ExternalSourceOptions & {
      readonly databaseViewGUID: string;
      readonly isMergeUpdate: boolean;
      readonly databaseViewProperties: DatabaseViewProperties;
    },
  ): Promise<void> {
    await this.updateReferenceable(
      ops.updateDatabaseView,
      options,
      { databaseViewGUID: options.databaseViewGUID },
      options.databaseViewProperties,
      'databaseViewProperties',
      'DatabaseViewProperties',
    );
  }

  /** Removes a view and its columns. */
  async removeDatabaseView(options: ExternalSourceOptions & { readonly databaseViewGUID: string }): Promise<void> {
    await this.remove(ops.removeDatabaseView, options, { databaseViewGUID: options.databaseViewGUID });
  }

  /** Views whose properties match a search string (one page). */
  async findDatabaseViews(options: SearchOptions): Promise<DatabaseViewElement[]> {
    return this.list('findDatabaseViews', options);
  }

  /** The views of a database or database schema (one page). */
  async getViewsForDatabaseAsset(
    options: DatabaseListOperations['getViewsForDatabaseAsset']['options'],
  ): Promise<DatabaseViewElement[]> {
    return this.list('getViewsForDatabaseAsset', options);
  }

  /** Views with a name (one page). */
  async getDatabaseViewsByName(options: NameOptions): Promise<DatabaseViewElement[]> {
    return this.list('getDatabaseViewsByName', options);
  }

  /** A view by GUID. */
  async getDatabaseViewByGUID(options: GUIDOptions): Promise<DatabaseViewElement> {
    return this.byGUID<DatabaseViewElement>(ops.getDatabaseViewByGUID, options);
  }

  // ----- database columns -------------------------------------------------------------------------

  /**
   * Creates a column in a table or view. As Egeria's client does, it needs a `dataType` unless an
   * `externalTypeGUID` is given. @returns its GUID
   */
  async createDatabaseColumn(
    options: ExternalSourceOptions & {
      readonly databaseTableGUID: string;
      readonly databaseColumnProperties: DatabaseColumnProperties;
    },
  ): Promise<string> {
    const properties = requireObject(
      options.databaseColumnProperties,
      'databaseColumnProperties',
      'createDatabaseColumn',
    );
    if (properties.externalTypeGUID === undefined || properties.externalTypeGUID === '') {
      requireText(properties.dataType, 'databaseColumnProperties.dataType', 'createDatabaseColumn');
    }
    return this.createReferenceable(
      ops.createDatabaseColumn,
      options,
      properties,
      'databaseColumnProperties',
      'DatabaseColumnProperties',
      { name: 'databaseTableGUID', value: options.databaseTableGUID },
    );
  }

  /** Creates a column in a table or view by copying a template. @returns its GUID */
  async createDatabaseColumnFromTemplate(
    options: ExternalSourceOptions & {
      readonly databaseTableGUID: string;
      readonly templateGUID: string;
      readonly templateProperties: TemplateProperties;
    },
  ): Promise<string> {
    return this.createFromTemplate(ops.createDatabaseColumnFromTemplate, options, {
      name: 'databaseTableGUID',
      value: options.databaseTableGUID,
    });
  }

  /** Updates a column; `isMergeUpdate` false replaces every property. */
  async updateDatabaseColumn(
    options: ExternalSourceOptions & {
      readonly databaseColumnGUID: string;
      readonly isMergeUpdate: boolean;
      readonly databaseColumnProperties: DatabaseColumnProperties;
    },
  ): Promise<void> {
    await this.updateReferenceable(
      ops.updateDatabaseColumn,
      options,
      { databaseColumnGUID: options.databaseColumnGUID },
      options.databaseColumnProperties,
      'databaseColumnProperties',
      'DatabaseColumnProperties',
    );
  }

  /** Removes a column. */
  async removeDatabaseColumn(options: ExternalSourceOptions & { readonly databaseColumnGUID: string }): Promise<void> {
    await this.remove(ops.removeDatabaseColumn, options, { databaseColumnGUID: options.databaseColumnGUID });
  }

  /** Columns whose properties match a search string (one page). */
  async findDatabaseColumns(options: SearchOptions): Promise<DatabaseColumnElement[]> {
    return this.list('findDatabaseColumns', options);
  }

  /** The columns of a table or view (one page). */
  async getColumnsForDatabaseTable(
    options: DatabaseListOperations['getColumnsForDatabaseTable']['options'],
  ): Promise<DatabaseColumnElement[]> {
    return this.list('getColumnsForDatabaseTable', options);
  }

  /** Columns with a name (one page). */
  async getDatabaseColumnsByName(options: NameOptions): Promise<DatabaseColumnElement[]> {
    return this.list('getDatabaseColumnsByName', options);
  }

  /** A column by GUID. */
  async getDatabaseColumnByGUID(options: GUIDOptions): Promise<DatabaseColumnElement> {
    return this.byGUID<DatabaseColumnElement>(ops.getDatabaseColumnByGUID, options);
  }

  // ----- keys -------------------------------------------------------------------------------------

  /** Classifies a column as (part of) the primary key. */
  async setPrimaryKeyOnColumn(
    options: ExternalSourceOptions & {
      readonly databaseColumnGUID: string;
      readonly databasePrimaryKeyProperties?: DatabasePrimaryKeyProperties;
    },
  ): Promise<void> {
    await this.invoker.invoke(ops.setPrimaryKeyOnColumn, {
      ...call(options),
      path: { databaseColumnGUID: options.databaseColumnGUID },
      body: {
        ...source(options),
        properties: withClass(options.databasePrimaryKeyProperties ?? {}, 'DatabasePrimaryKeyProperties'),
      },
    });
  }

  /** Removes the primary key classification from a column. */
  async removePrimaryKeyFromColumn(
    options: ExternalSourceOptions & { readonly databaseColumnGUID: string },
  ): Promise<void> {
    await this.remove(ops.removePrimaryKeyFromColumn, options, { databaseColumnGUID: options.databaseColumnGUID });
  }

  /**
   * Links a foreign-key column to the primary-key column it refers to. The server's path puts the
   * foreign-key column first (Egeria 5.2's Java client fills the two the other way round).
   */
  async addForeignKeyRelationship(
    options: ExternalSourceOptions & {
      readonly primaryKeyColumnGUID: string;
      readonly foreignKeyColumnGUID: string;
      readonly databaseForeignKeyProperties?: DatabaseForeignKeyProperties;
    },
  ): Promise<void> {
    await this.invoker.invoke(ops.addForeignKeyRelationship, {
      ...call(options),
      path: { foreignKeyColumnGUID: options.foreignKeyColumnGUID, primaryKeyColumnGUID: options.primaryKeyColumnGUID },
      body: {
        ...source(options),
        properties: withClass(options.databaseForeignKeyProperties ?? {}, 'DatabaseForeignKeyProperties'),
      },
    });
  }

  /** Removes the foreign key link between two columns. */
  async removeForeignKeyRelationship(
    options: ExternalSourceOptions & { readonly primaryKeyColumnGUID: string; readonly foreignKeyColumnGUID: string },
  ): Promise<void> {
    await this.remove(ops.removeForeignKeyRelationship, options, {
      foreignKeyColumnGUID: options.foreignKeyColumnGUID,
      primaryKeyColumnGUID: options.primaryKeyColumnGUID,
    });
  }

  // ----- paging -----------------------------------------------------------------------------------

  /**
   * Pages through a list call, yielding every element until a short page. `startFrom` and
   * `pageSize` (default 100 here) set where to begin and the size of each page.
   * @param name - the list call, such as `getColumnsForDatabaseTable`
   * @param options - that call's options
   */
  iterate<K extends DatabaseListOperationName>(
    name: K,
    options: DatabaseListOperations[K]['options'],
  ): AsyncIterableIterator<DatabaseListOperations[K]['element']> {
    const { operation, request } = this.listRequest(name, options);
    return this.invoker.iterate<DatabaseListOperations[K]['element']>(operation, request, {
      startFrom: options.startFrom,
      pageSize: options.pageSize,
    });
  }

  // ----- helpers ----------------------------------------------------------------------------------

  private async list<K extends DatabaseListOperationName>(
    name: K,
    options: DatabaseListOperations[K]['options'],
  ): Promise<Array<DatabaseListOperations[K]['element']>> {
    const { operation, request } = this.listRequest(name, options);
    return this.invoker.invoke<Array<DatabaseListOperations[K]['element']>>(operation, {
      ...request,
      query: page(options),
    });
  }

  private listRequest(
    name: DatabaseListOperationName,
    options: DataManagerPagingOptions,
  ): { operation: OperationDefinition; request: OperationRequest } {
    const operation = ops[name as DataManagerDatabaseOperationName];
    const o = options as DataManagerPagingOptions & Record<string, unknown>;
    if (typeof options !== 'object' || options === null) throw missing('options', name);
    if (operation.requestBody === 'SearchStringRequestBody') {
      const searchString = requireText(o['searchString'], 'searchString', name);
      return {
        operation,
        request: { ...call(options), body: { searchString, searchStringParameterName: 'searchString' } },
      };
    }
    if (operation.requestBody === 'NameRequestBody') {
      const value = requireText(o['name'], 'name', name);
      return { operation, request: { ...call(options), body: { name: value, namePropertyName: 'name' } } };
    }
    const path: Record<string, string> = {};
    for (const match of operation.path.matchAll(/\{([^{}]+)\}/g)) {
      path[match[1]] = requireText(o[match[1]], match[1], name);
    }
    return { operation, request: { ...call(options), path } };
  }

  private async byGUID<T>(operation: OperationDefinition, options: GUIDOptions): Promise<T> {
    const guid = requireText(options.guid, 'guid', operation.name);
    return this.invoker.invoke<T>(operation, { ...call(options), path: { guid } });
  }

  private async createReferenceable(
    operation: OperationDefinition,
    options: ExternalSourceOptions,
    properties: { readonly qualifiedName?: string; readonly class?: string } | undefined,
    propertiesName: string,
    className: string,
    parent?: { readonly name: string; readonly value: string | undefined },
  ): Promise<string> {
    const checked = requireObject(properties, propertiesName, operation.name);
    requireText(checked.qualifiedName, 'qualifiedName', operation.name);
    const parentGUID = parent ? requireText(parent.value, parent.name, operation.name) : undefined;
    return this.invoker.invoke<string>(operation, {
      ...call(options),
      body: { ...source(options), parentGUID, properties: withClass(checked, className) },
    });
  }

  private async createFromTemplate(
    operation: OperationDefinition,
    options: ExternalSourceOptions & { readonly templateGUID: string; readonly templateProperties: TemplateProperties },
    parent?: { readonly name: string; readonly value: string | undefined },
  ): Promise<string> {
    const templateGUID = requireText(options.templateGUID, 'templateGUID', operation.name);
    const properties = requireObject(options.templateProperties, 'templateProperties', operation.name);
    requireText(properties.qualifiedName, 'qualifiedName', operation.name);
    const parentGUID = parent ? requireText(parent.value, parent.name, operation.name) : undefined;
    return this.invoker.invoke<string>(operation, {
      ...call(options),
      path: { templateGUID },
      body: { ...properties, ...source(options), parentGUID },
    });
  }

  private async updateReferenceable(
    operation: OperationDefinition,
    options: ExternalSourceOptions & { readonly isMergeUpdate: boolean },
    path: Record<string, string>,
    properties: { readonly qualifiedName?: string; readonly class?: string } | undefined,
    propertiesName: string,
    className: string,
  ): Promise<void> {
    const checked = requireObject(properties, propertiesName, operation.name);
    if (typeof options.isMergeUpdate !== 'boolean') throw missing('isMergeUpdate', operation.name);
    if (!options.isMergeUpdate) requireText(checked.qualifiedName, 'qualifiedName', operation.name);
    await this.invoker.invoke(operation, {
      ...call(options),
      path,
      query: { isMergeUpdate: options.isMergeUpdate },
      body: { ...source(options), properties: withClass(checked, className) },
    });
  }

  private async remove(
    operation: OperationDefinition,
    options: ExternalSourceOptions,
    path: Record<string, string>,
  ): Promise<void> {
    await this.invoker.invoke(operation, { ...call(options), path, body: source(options) });
  }
}
