import type { ElementChange } from '@egeria-ts/core';
import {
  DATA_MANAGER_DATABASE_SERVICE,
  DatabaseManagerClient,
  DataManagerValidValuesContext,
  type DataManagerOutboundEvent,
  type DatabaseColumnElement,
  type DatabaseElement,
  type DatabaseListOperationName,
  type DatabaseListOperations,
  type DatabaseSchemaElement,
  type DatabaseTableElement,
  type DatabaseViewElement,
  type IntegrationContextDependencies,
  type TopicListener,
  DATA_MANAGER_CONNECTION_SERVICE,
  withConnectionMethods,
  withEndpointMethods,
} from '@egeria-ts/omas-client';
import type {
  AddForeignKeyOptions,
  AttachSchemaTypeOptions,
  CreateDatabaseColumnFromTemplateOptions,
  CreateDatabaseColumnOptions,
  CreateDatabaseOptions,
  CreateDatabaseSchemaFromTemplateOptions,
  CreateDatabaseSchemaOptions,
  CreateDatabaseTableForSchemaTypeOptions,
  CreateDatabaseTableOptions,
  CreateDatabaseViewForSchemaTypeOptions,
  CreateDatabaseViewOptions,
  CreateInDatabaseAssetFromTemplateOptions,
  DatabaseAssetGUIDOption,
  DatabaseColumnGUIDOption,
  DatabaseGUIDOption,
  DatabaseGUIDOptions,
  DatabaseNameOptions,
  DatabasePagingOptions,
  DatabaseSchemaGUIDOption,
  DatabaseSearchOptions,
  DatabaseTableGUIDOption,
  DatabaseTemplateOptions,
  DatabaseViewGUIDOption,
  ForeignKeyColumnsOption,
  SetPrimaryKeyOptions,
  UpdateDatabaseColumnOptions,
  UpdateDatabaseOptions,
  UpdateDatabaseSchemaOptions,
  UpdateDatabaseTableOptions,
  UpdateDatabaseViewOptions,
} from './database-integrator-options';

/** Receives the Data Manager OMAS's out-topic events (Egeria's `DataManagerEventListener`). */
export type DataManagerEventListener = TopicListener<DataManagerOutboundEvent>;

/**
 * The open metadata type names the context counts its changes under (a `typeName` in the
 * properties, for a subtype, is counted instead).
 */
export const DATABASE_ELEMENT_TYPE_NAMES = Object.freeze({
  /** A database. */
  database: 'Database',
  /** A database schema. */
  databaseSchema: 'DeployedDatabaseSchema',
  /** The schema type that holds the tables of a database or database schema. */
  databaseSchemaType: 'RelationalDBSchemaType',
  /** A table; a view is a table with a `CalculatedValue` classification. */
  databaseTable: 'RelationalTable',
  /** A column. */
  databaseColumn: 'RelationalColumn',
});

const T = DATABASE_ELEMENT_TYPE_NAMES;

/** The type name to count a create under. */
function typeOf(properties: { readonly typeName?: string } | undefined, fallback: string): string {
  const name = properties?.typeName;
  return typeof name === 'string' && name !== '' ? name : fallback;
}

/** A create, counted under `typeName`; the qualified name (when given) shows in a dry run's plan. */
function created(typeName: string, properties?: { readonly qualifiedName?: string }): ElementChange<string> {
  const qualifiedName = properties?.qualifiedName;
  return {
    kind: 'create',
    typeName,
    guid: (guid) => guid,
    ...(typeof qualifiedName === 'string' && qualifiedName !== '' ? { qualifiedName } : {}),
  };
}

function updated(typeName: string, guid: string): ElementChange<unknown> {
  return { kind: 'update', typeName, guid };
}

function deleted(typeName: string, guid: string): ElementChange<unknown> {
  return { kind: 'delete', typeName, guid };
}

/**
 * The context of a database integration connector (Egeria 5.2's `DatabaseIntegratorContext`):
 * catalogs databases, database schemas, tables, views, columns and their primary and foreign keys
 * through the Data Manager OMAS, with the valid values it inherits from `DataManagerValidValuesContext`
 * and the connections, endpoints and connector type lookups of `withConnectionMethods` and
 * `withEndpointMethods`. Every write carries the connector's user id and its metadata source
 * (the database manager) as external source, is refused before it is sent when the permitted
 * synchronization forbids writing to open metadata, and is counted by type in the activity report.
 * Reads are refused once the context is disconnected.
 */
export class DatabaseIntegratorContext extends withEndpointMethods(
  withConnectionMethods(DataManagerValidValuesContext, DATA_MANAGER_CONNECTION_SERVICE),
  DATA_MANAGER_CONNECTION_SERVICE,
) {
  readonly #client: DatabaseManagerClient;

  /** @param dependencies - built by the Database Integrator service (`databaseIntegratorService.createContext`) */
  constructor(dependencies: IntegrationContextDependencies<DataManagerOutboundEvent>) {
    super(dependencies);
    this.#client = new DatabaseManagerClient(this.partnerInvoker(DATA_MANAGER_DATABASE_SERVICE));
  }

  // ---------------------------------------------------------------- database manager

  /** The GUID of the database manager (the connector's metadata source); undefined for local-cohort provenance. */
  getDatabaseManagerGUID(): string | undefined {
    return this.externalSource.externalSourceGUID;
  }

  /** The qualified name of the database manager (the connector's metadata source); undefined for local-cohort provenance. */
  getDatabaseManagerName(): string | undefined {
    return this.externalSource.externalSourceName;
  }

  /**
   * Registers a listener for the Data Manager OMAS's out-topic events.
   * @param listener - receives each event
   */
  override async registerListener(listener: DataManagerEventListener): Promise<void> {
    await super.registerListener(listener);
  }

  // ---------------------------------------------------------------- databases

  /** Creates a database owned by the database manager. @returns its GUID */
  async createDatabase(options: CreateDatabaseOptions): Promise<string> {
    const o = this.requireOptions('createDatabase', options);
    return this.write(
      'createDatabase',
      (signal) => this.#client.createDatabase({ ...this.#source(signal), databaseProperties: o.databaseProperties }),
      created(typeOf(o.databaseProperties, T.database), o.databaseProperties),
    );
  }

  /** Creates a database by copying a template. @returns its GUID */
  async createDatabaseFromTemplate(options: DatabaseTemplateOptions): Promise<string> {
    const o = this.requireOptions('createDatabaseFromTemplate', options);
    return this.write(
      'createDatabaseFromTemplate',
      (signal) => this.#client.createDatabaseFromTemplate({ ...this.#source(signal), ...template(o) }),
      created(T.database, o.templateProperties),
    );
  }

  /** Updates a database: merges the properties given, or (the default) replaces them all. */
  async updateDatabase(options: UpdateDatabaseOptions): Promise<void> {
    const o = this.requireOptions('updateDatabase', options);
    await this.write(
      'updateDatabase',
      (signal) =>
        this.#client.updateDatabase({
          ...this.#source(signal),
          databaseGUID: o.databaseGUID,
          isMergeUpdate: o.isMergeUpdate ?? false,
          databaseProperties: o.databaseProperties,
        }),
      updated(T.database, o.databaseGUID),
    );
  }

  /** Makes a database visible to consumers (its zones become the server's published zones). */
  async publishDatabase(options: DatabaseGUIDOption): Promise<void> {
    const o = this.requireOptions('publishDatabase', options);
    await this.write(
      'publishDatabase',
      (signal) => this.#client.publishDatabase({ signal, databaseGUID: o.databaseGUID }),
      updated(T.database, o.databaseGUID),
    );
  }

  /** Hides a database from consumers (its zones become the server's default zones). */
  async withdrawDatabase(options: DatabaseGUIDOption): Promise<void> {
    const o = this.requireOptions('withdrawDatabase', options);
    await this.write(
      'withdrawDatabase',
      (signal) => this.#client.withdrawDatabase({ signal, databaseGUID: o.databaseGUID }),
      updated(T.database, o.databaseGUID),
    );
  }

  /** Removes a database and everything anchored to it. */
  async removeDatabase(options: DatabaseGUIDOption): Promise<void> {
    const o = this.requireOptions('removeDatabase', options);
    await this.write(
      'removeDatabase',
      (signal) => this.#client.removeDatabase({ ...this.#source(signal), databaseGUID: o.databaseGUID }),
      deleted(T.database, o.databaseGUID),
    );
  }

  /** Databases whose properties match a search string (one page). */
  async findDatabases(options: DatabaseSearchOptions): Promise<DatabaseElement[]> {
    return this.#list('findDatabases', options, (page) =>
      this.#client.findDatabases({ ...page, searchString: options.searchString }),
    );
  }

  /** Databases with a name (one page). */
  async getDatabasesByName(options: DatabaseNameOptions): Promise<DatabaseElement[]> {
    return this.#list('getDatabasesByName', options, (page) =>
      this.#client.getDatabasesByName({ ...page, name: options.name }),
    );
  }

  /** The databases owned by this connector's database manager (one page); empty without a metadata source. */
  async getMyDatabases(options: DatabasePagingOptions = {}): Promise<DatabaseElement[]> {
    const { externalSourceGUID, externalSourceName } = this.externalSource;
    return this.#list('getMyDatabases', options, async (page) =>
      externalSourceGUID === undefined || externalSourceName === undefined
        ? []
        : this.#client.getDatabasesForDatabaseManager({
            ...page,
            databaseManagerGUID: externalSourceGUID,
            databaseManagerName: externalSourceName,
          }),
    );
  }

  /** A database by GUID. */
  async getDatabaseByGUID(options: DatabaseGUIDOptions): Promise<DatabaseElement> {
    const o = this.requireOptions('getDatabaseByGUID', options);
    return this.read('getDatabaseByGUID', (signal) => this.#client.getDatabaseByGUID({ signal, guid: o.guid }));
  }

  // ---------------------------------------------------------------- database schemas

  /** Creates a database schema in a database. @returns its GUID */
  async createDatabaseSchema(options: CreateDatabaseSchemaOptions): Promise<string> {
    const o = this.requireOptions('createDatabaseSchema', options);
    return this.write(
      'createDatabaseSchema',
      (signal) =>
        this.#client.createDatabaseSchema({
          ...this.#source(signal),
          databaseGUID: o.databaseGUID,
          databaseSchemaProperties: o.databaseSchemaProperties,
        }),
      created(typeOf(o.databaseSchemaProperties, T.databaseSchema), o.databaseSchemaProperties),
    );
  }

  /** Creates a database schema in a database by copying a template. @returns its GUID */
  async createDatabaseSchemaFromTemplate(options: CreateDatabaseSchemaFromTemplateOptions): Promise<string> {
    const o = this.requireOptions('createDatabaseSchemaFromTemplate', options);
    return this.write(
      'createDatabaseSchemaFromTemplate',
      (signal) =>
        this.#client.createDatabaseSchemaFromTemplate({
          ...this.#source(signal),
          ...template(o),
          databaseGUID: o.databaseGUID,
        }),
      created(T.databaseSchema, o.templateProperties),
    );
  }

  /** Updates a database schema: merges the properties given, or (the default) replaces them all. */
  async updateDatabaseSchema(options: UpdateDatabaseSchemaOptions): Promise<void> {
    const o = this.requireOptions('updateDatabaseSchema', options);
    await this.write(
      'updateDatabaseSchema',
      (signal) =>
        this.#client.updateDatabaseSchema({
          ...this.#source(signal),
          databaseSchemaGUID: o.databaseSchemaGUID,
          isMergeUpdate: o.isMergeUpdate ?? false,
          databaseSchemaProperties: o.databaseSchemaProperties,
        }),
      updated(T.databaseSchema, o.databaseSchemaGUID),
    );
  }

  /** Makes a database schema visible to consumers. */
  async publishDatabaseSchema(options: DatabaseSchemaGUIDOption): Promise<void> {
    const o = this.requireOptions('publishDatabaseSchema', options);
    await this.write(
      'publishDatabaseSchema',
      (signal) => this.#client.publishDatabaseSchema({ signal, databaseSchemaGUID: o.databaseSchemaGUID }),
      updated(T.databaseSchema, o.databaseSchemaGUID),
    );
  }

  /** Hides a database schema from consumers. */
  async withdrawDatabaseSchema(options: DatabaseSchemaGUIDOption): Promise<void> {
    const o = this.requireOptions('withdrawDatabaseSchema', options);
    await this.write(
      'withdrawDatabaseSchema',
      (signal) => this.#client.withdrawDatabaseSchema({ signal, databaseSchemaGUID: o.databaseSchemaGUID }),
      updated(T.databaseSchema, o.databaseSchemaGUID),
    );
  }

  /** Removes a database schema and everything anchored to it. */
  async removeDatabaseSchema(options: DatabaseSchemaGUIDOption): Promise<void> {
    const o = this.requireOptions('removeDatabaseSchema', options);
    await this.write(
      'removeDatabaseSchema',
      (signal) =>
        this.#client.removeDatabaseSchema({ ...this.#source(signal), databaseSchemaGUID: o.databaseSchemaGUID }),
      deleted(T.databaseSchema, o.databaseSchemaGUID),
    );
  }

  /** Database schemas whose properties match a search string (one page). */
  async findDatabaseSchemas(options: DatabaseSearchOptions): Promise<DatabaseSchemaElement[]> {
    return this.#list('findDatabaseSchemas', options, (page) =>
      this.#client.findDatabaseSchemas({ ...page, searchString: options.searchString }),
    );
  }

  /** The schemas of a database (one page). */
  async getSchemasForDatabase(options: DatabaseGUIDOption & DatabasePagingOptions): Promise<DatabaseSchemaElement[]> {
    return this.#list('getSchemasForDatabase', options, (page) =>
      this.#client.getSchemasForDatabase({ ...page, databaseGUID: options.databaseGUID }),
    );
  }

  /** Database schemas with a name (one page). */
  async getDatabaseSchemasByName(options: DatabaseNameOptions): Promise<DatabaseSchemaElement[]> {
    return this.#list('getDatabaseSchemasByName', options, (page) =>
      this.#client.getDatabaseSchemasByName({ ...page, name: options.name }),
    );
  }

  /** A database schema by GUID. */
  async getDatabaseSchemaByGUID(options: DatabaseGUIDOptions): Promise<DatabaseSchemaElement> {
    const o = this.requireOptions('getDatabaseSchemaByGUID', options);
    return this.read('getDatabaseSchemaByGUID', (signal) =>
      this.#client.getDatabaseSchemaByGUID({ signal, guid: o.guid }),
    );
  }

  // ---------------------------------------------------------------- database schema type

  /**
   * Creates a database schema type: the root of tables and views for a database asset that has no
   * schema type yet. @returns its GUID
   */
  async createDatabaseSchemaType(options: { readonly qualifiedName: string }): Promise<string> {
    const o = this.requireOptions('createDatabaseSchemaType', options);
    return this.write(
      'createDatabaseSchemaType',
      (signal) => this.#client.createDatabaseSchemaType({ ...this.#source(signal), qualifiedName: o.qualifiedName }),
      created(T.databaseSchemaType, o),
    );
  }

  /** Links a database schema type to a database or database schema. */
  async attachSchemaTypeToDatabaseAsset(options: AttachSchemaTypeOptions): Promise<void> {
    const o = this.requireOptions('attachSchemaTypeToDatabaseAsset', options);
    await this.write(
      'attachSchemaTypeToDatabaseAsset',
      (signal) =>
        this.#client.attachSchemaTypeToDatabaseAsset({
          ...this.#source(signal),
          databaseAssetGUID: o.databaseAssetGUID,
          schemaTypeGUID: o.schemaTypeGUID,
        }),
      updated(T.databaseSchemaType, o.schemaTypeGUID),
    );
  }

  // ---------------------------------------------------------------- tables

  /** Creates a table in a database or database schema. @returns its GUID */
  async createDatabaseTable(options: CreateDatabaseTableOptions): Promise<string> {
    const o = this.requireOptions('createDatabaseTable', options);
    return this.write(
      'createDatabaseTable',
      (signal) =>
        this.#client.createDatabaseTable({
          ...this.#source(signal),
          databaseAssetGUID: o.databaseAssetGUID,
          databaseTableProperties: o.databaseTableProperties,
        }),
      created(typeOf(o.databaseTableProperties, T.databaseTable), o.databaseTableProperties),
    );
  }

  /** Creates a table in a database or database schema by copying a template. @returns its GUID */
  async createDatabaseTableFromTemplate(options: CreateInDatabaseAssetFromTemplateOptions): Promise<string> {
    const o = this.requireOptions('createDatabaseTableFromTemplate', options);
    return this.write(
      'createDatabaseTableFromTemplate',
      (signal) =>
        this.#client.createDatabaseTableFromTemplate({
          ...this.#source(signal),
          ...template(o),
          databaseAssetGUID: o.databaseAssetGUID,
        }),
      created(T.databaseTable, o.templateProperties),
    );
  }

  /** Creates a table under a database schema type. @returns its GUID */
  async createDatabaseTableForSchemaType(options: CreateDatabaseTableForSchemaTypeOptions): Promise<string> {
    const o = this.requireOptions('createDatabaseTableForSchemaType', options);
    return this.write(
      'createDatabaseTableForSchemaType',
      (signal) =>
        this.#client.createDatabaseTableForSchemaType({
          ...this.#source(signal),
          databaseSchemaTypeGUID: o.databaseSchemaTypeGUID,
          databaseTableProperties: o.databaseTableProperties,
        }),
      created(typeOf(o.databaseTableProperties, T.databaseTable), o.databaseTableProperties),
    );
  }

  /** Updates a table: merges the properties given, or (the default) replaces them all. */
  async updateDatabaseTable(options: UpdateDatabaseTableOptions): Promise<void> {
    const o = this.requireOptions('updateDatabaseTable', options);
    await this.write(
      'updateDatabaseTable',
      (signal) =>
        this.#client.updateDatabaseTable({
          ...this.#source(signal),
          databaseTableGUID: o.databaseTableGUID,
          isMergeUpdate: o.isMergeUpdate ?? false,
          databaseTableProperties: o.databaseTableProperties,
        }),
      updated(T.databaseTable, o.databaseTableGUID),
    );
  }

  /** Removes a table and its columns. */
  async removeDatabaseTable(options: DatabaseTableGUIDOption): Promise<void> {
    const o = this.requireOptions('removeDatabaseTable', options);
    await this.write(
      'removeDatabaseTable',
      (signal) => this.#client.removeDatabaseTable({ ...this.#source(signal), databaseTableGUID: o.databaseTableGUID }),
      deleted(T.databaseTable, o.databaseTableGUID),
    );
  }

  /** Tables whose properties match a search string (one page). */
  async findDatabaseTables(options: DatabaseSearchOptions): Promise<DatabaseTableElement[]> {
    return this.#list('findDatabaseTables', options, (page) =>
      this.#client.findDatabaseTables({ ...page, searchString: options.searchString }),
    );
  }

  /** The tables of a database schema (one page). */
  async getTablesForDatabaseSchema(
    options: DatabaseSchemaGUIDOption & DatabasePagingOptions,
  ): Promise<DatabaseTableElement[]> {
    return this.#list('getTablesForDatabaseSchema', options, (page) =>
      this.#client.getTablesForDatabaseAsset({ ...page, databaseAssetGUID: options.databaseSchemaGUID }),
    );
  }

  /** The tables of a database or database schema (one page). */
  async getTablesForDatabaseAsset(
    options: DatabaseAssetGUIDOption & DatabasePagingOptions,
  ): Promise<DatabaseTableElement[]> {
    return this.#list('getTablesForDatabaseAsset', options, (page) =>
      this.#client.getTablesForDatabaseAsset({ ...page, databaseAssetGUID: options.databaseAssetGUID }),
    );
  }

  /** Tables with a name (one page). */
  async getDatabaseTablesByName(options: DatabaseNameOptions): Promise<DatabaseTableElement[]> {
    return this.#list('getDatabaseTablesByName', options, (page) =>
      this.#client.getDatabaseTablesByName({ ...page, name: options.name }),
    );
  }

  /** A table by GUID. */
  async getDatabaseTableByGUID(options: DatabaseGUIDOptions): Promise<DatabaseTableElement> {
    const o = this.requireOptions('getDatabaseTableByGUID', options);
    return this.read('getDatabaseTableByGUID', (signal) =>
      this.#client.getDatabaseTableByGUID({ signal, guid: o.guid }),
    );
  }

  // ---------------------------------------------------------------- views

  /** Creates a view in a database or database schema. @returns its GUID */
  async createDatabaseView(options: CreateDatabaseViewOptions): Promise<string> {
    const o = this.requireOptions('createDatabaseView', options);
    return this.write(
      'createDatabaseView',
      (signal) =>
        this.#client.createDatabaseView({
          ...this.#source(signal),
          databaseAssetGUID: o.databaseAssetGUID,
          databaseViewProperties: o.databaseViewProperties,
        }),
      created(typeOf(o.databaseViewProperties, T.databaseTable), o.databaseViewProperties),
    );
  }

  /** Creates a view in a database or database schema by copying a template. @returns its GUID */
  async createDatabaseViewFromTemplate(options: CreateInDatabaseAssetFromTemplateOptions): Promise<string> {
    const o = this.requireOptions('createDatabaseViewFromTemplate', options);
    return this.write(
      'createDatabaseViewFromTemplate',
      (signal) =>
        this.#client.createDatabaseViewFromTemplate({
          ...this.#source(signal),
          ...template(o),
          databaseAssetGUID: o.databaseAssetGUID,
        }),
      created(T.databaseTable, o.templateProperties),
    );
  }

  /** Creates a view under a database schema type. @returns its GUID */
  async createDatabaseViewForSchemaType(options: CreateDatabaseViewForSchemaTypeOptions): Promise<string> {
    const o = this.requireOptions('createDatabaseViewForSchemaType', options);
    return this.write(
      'createDatabaseViewForSchemaType',
      (signal) =>
        this.#client.createDatabaseViewForSchemaType({
          ...this.#source(signal),
          databaseSchemaTypeGUID: o.databaseSchemaTypeGUID,
          databaseViewProperties: o.databaseViewProperties,
        }),
      created(typeOf(o.databaseViewProperties, T.databaseTable), o.databaseViewProperties),
    );
  }

  /** Updates a view: merges the properties given, or (the default) replaces them all. */
  async updateDatabaseView(options: UpdateDatabaseViewOptions): Promise<void> {
    const o = this.requireOptions('updateDatabaseView', options);
    await this.write(
      'updateDatabaseView',
      (signal) =>
        this.#client.updateDatabaseView({
          ...this.#source(signal),
          databaseViewGUID: o.databaseViewGUID,
          isMergeUpdate: o.isMergeUpdate ?? false,
          databaseViewProperties: o.databaseViewProperties,
        }),
      updated(T.databaseTable, o.databaseViewGUID),
    );
  }

  /** Removes a view and its columns. */
  async removeDatabaseView(options: DatabaseViewGUIDOption): Promise<void> {
    const o = this.requireOptions('removeDatabaseView', options);
    await this.write(
      'removeDatabaseView',
      (signal) => this.#client.removeDatabaseView({ ...this.#source(signal), databaseViewGUID: o.databaseViewGUID }),
      deleted(T.databaseTable, o.databaseViewGUID),
    );
  }

  /** Views whose properties match a search string (one page). */
  async findDatabaseViews(options: DatabaseSearchOptions): Promise<DatabaseViewElement[]> {
    return this.#list('findDatabaseViews', options, (page) =>
      this.#client.findDatabaseViews({ ...page, searchString: options.searchString }),
    );
  }

  /** The views of a database schema (one page). */
  async getViewsForDatabaseSchema(
    options: DatabaseSchemaGUIDOption & DatabasePagingOptions,
  ): Promise<DatabaseViewElement[]> {
    return this.#list('getViewsForDatabaseSchema', options, (page) =>
      this.#client.getViewsForDatabaseAsset({ ...page, databaseAssetGUID: options.databaseSchemaGUID }),
    );
  }

  /** The views of a database or database schema (one page). */
  async getViewsForDatabaseAsset(
    options: DatabaseAssetGUIDOption & DatabasePagingOptions,
  ): Promise<DatabaseViewElement[]> {
    return this.#list('getViewsForDatabaseAsset', options, (page) =>
      this.#client.getViewsForDatabaseAsset({ ...page, databaseAssetGUID: options.databaseAssetGUID }),
    );
  }

  /** Views with a name (one page). */
  async getDatabaseViewsByName(options: DatabaseNameOptions): Promise<DatabaseViewElement[]> {
    return this.#list('getDatabaseViewsByName', options, (page) =>
      this.#client.getDatabaseViewsByName({ ...page, name: options.name }),
    );
  }

  /** A view by GUID. */
  async getDatabaseViewByGUID(options: DatabaseGUIDOptions): Promise<DatabaseViewElement> {
    const o = this.requireOptions('getDatabaseViewByGUID', options);
    return this.read('getDatabaseViewByGUID', (signal) => this.#client.getDatabaseViewByGUID({ signal, guid: o.guid }));
  }

  // ---------------------------------------------------------------- columns

  /** Creates a column in a table or view. @returns its GUID */
  async createDatabaseColumn(options: CreateDatabaseColumnOptions): Promise<string> {
    const o = this.requireOptions('createDatabaseColumn', options);
    return this.write(
      'createDatabaseColumn',
      (signal) =>
        this.#client.createDatabaseColumn({
          ...this.#source(signal),
          databaseTableGUID: o.databaseTableGUID,
          databaseColumnProperties: o.databaseColumnProperties,
        }),
      created(typeOf(o.databaseColumnProperties, T.databaseColumn), o.databaseColumnProperties),
    );
  }

  /** Creates a column in a table or view by copying a template. @returns its GUID */
  async createDatabaseColumnFromTemplate(options: CreateDatabaseColumnFromTemplateOptions): Promise<string> {
    const o = this.requireOptions('createDatabaseColumnFromTemplate', options);
    return this.write(
      'createDatabaseColumnFromTemplate',
      (signal) =>
        this.#client.createDatabaseColumnFromTemplate({
          ...this.#source(signal),
          ...template(o),
          databaseTableGUID: o.databaseTableGUID,
        }),
      created(T.databaseColumn, o.templateProperties),
    );
  }

  /** Updates a column: merges the properties given, or (the default) replaces them all. */
  async updateDatabaseColumn(options: UpdateDatabaseColumnOptions): Promise<void> {
    const o = this.requireOptions('updateDatabaseColumn', options);
    await this.write(
      'updateDatabaseColumn',
      (signal) =>
        this.#client.updateDatabaseColumn({
          ...this.#source(signal),
          databaseColumnGUID: o.databaseColumnGUID,
          isMergeUpdate: o.isMergeUpdate ?? false,
          databaseColumnProperties: o.databaseColumnProperties,
        }),
      updated(T.databaseColumn, o.databaseColumnGUID),
    );
  }

  /** Removes a column. */
  async removeDatabaseColumn(options: DatabaseColumnGUIDOption): Promise<void> {
    const o = this.requireOptions('removeDatabaseColumn', options);
    await this.write(
      'removeDatabaseColumn',
      (signal) =>
        this.#client.removeDatabaseColumn({ ...this.#source(signal), databaseColumnGUID: o.databaseColumnGUID }),
      deleted(T.databaseColumn, o.databaseColumnGUID),
    );
  }

  /** Columns whose properties match a search string (one page). */
  async findDatabaseColumns(options: DatabaseSearchOptions): Promise<DatabaseColumnElement[]> {
    return this.#list('findDatabaseColumns', options, (page) =>
      this.#client.findDatabaseColumns({ ...page, searchString: options.searchString }),
    );
  }

  /** The columns of a table or view (one page). */
  async getColumnsForDatabaseTable(
    options: DatabaseTableGUIDOption & DatabasePagingOptions,
  ): Promise<DatabaseColumnElement[]> {
    return this.#list('getColumnsForDatabaseTable', options, (page) =>
      this.#client.getColumnsForDatabaseTable({ ...page, databaseTableGUID: options.databaseTableGUID }),
    );
  }

  /** Columns with a name (one page). */
  async getDatabaseColumnsByName(options: DatabaseNameOptions): Promise<DatabaseColumnElement[]> {
    return this.#list('getDatabaseColumnsByName', options, (page) =>
      this.#client.getDatabaseColumnsByName({ ...page, name: options.name }),
    );
  }

  /** A column by GUID, with its key information. */
  async getDatabaseColumnByGUID(options: DatabaseGUIDOptions): Promise<DatabaseColumnElement> {
    const o = this.requireOptions('getDatabaseColumnByGUID', options);
    return this.read('getDatabaseColumnByGUID', (signal) =>
      this.#client.getDatabaseColumnByGUID({ signal, guid: o.guid }),
    );
  }

  // ---------------------------------------------------------------- keys

  /** Classifies a column as (part of) the primary key of its table. */
  async setPrimaryKeyOnColumn(options: SetPrimaryKeyOptions): Promise<void> {
    const o = this.requireOptions('setPrimaryKeyOnColumn', options);
    await this.write(
      'setPrimaryKeyOnColumn',
      (signal) =>
        this.#client.setPrimaryKeyOnColumn({
          ...this.#source(signal),
          databaseColumnGUID: o.databaseColumnGUID,
          databasePrimaryKeyProperties: o.databasePrimaryKeyProperties,
        }),
      updated(T.databaseColumn, o.databaseColumnGUID),
    );
  }

  /** Removes the primary key classification from a column. */
  async removePrimaryKeyFromColumn(options: DatabaseColumnGUIDOption): Promise<void> {
    const o = this.requireOptions('removePrimaryKeyFromColumn', options);
    await this.write(
      'removePrimaryKeyFromColumn',
      (signal) =>
        this.#client.removePrimaryKeyFromColumn({ ...this.#source(signal), databaseColumnGUID: o.databaseColumnGUID }),
      updated(T.databaseColumn, o.databaseColumnGUID),
    );
  }

  /** Links a foreign-key column to the primary-key column it refers to (both count as updated). */
  async addForeignKeyRelationship(options: AddForeignKeyOptions): Promise<void> {
    const o = this.requireOptions('addForeignKeyRelationship', options);
    await this.write(
      'addForeignKeyRelationship',
      (signal) =>
        this.#client.addForeignKeyRelationship({
          ...this.#source(signal),
          primaryKeyColumnGUID: o.primaryKeyColumnGUID,
          foreignKeyColumnGUID: o.foreignKeyColumnGUID,
          databaseForeignKeyProperties: o.databaseForeignKeyProperties,
        }),
      updated(T.databaseColumn, o.primaryKeyColumnGUID),
    );
    this.reportElementUpdate(T.databaseColumn, o.foreignKeyColumnGUID);
  }

  /** Removes the foreign key link between two columns (both count as updated). */
  async removeForeignKeyRelationship(options: ForeignKeyColumnsOption): Promise<void> {
    const o = this.requireOptions('removeForeignKeyRelationship', options);
    await this.write(
      'removeForeignKeyRelationship',
      (signal) =>
        this.#client.removeForeignKeyRelationship({
          ...this.#source(signal),
          primaryKeyColumnGUID: o.primaryKeyColumnGUID,
          foreignKeyColumnGUID: o.foreignKeyColumnGUID,
        }),
      updated(T.databaseColumn, o.primaryKeyColumnGUID),
    );
    this.reportElementUpdate(T.databaseColumn, o.foreignKeyColumnGUID);
  }

  // ---------------------------------------------------------------- paging

  /**
   * Pages through a list call, yielding every element. `startFrom` (default 0) and `pageSize`
   * (default the context's `maxPageSize`) set where to begin and the size of each page.
   * @param name - the list call, such as `getColumnsForDatabaseTable`
   * @param options - that call's options
   */
  async *iterate<K extends DatabaseListOperationName>(
    name: K,
    options: Omit<DatabaseListOperations[K]['options'], 'signal' | 'timeoutMs'>,
  ): AsyncGenerator<DatabaseListOperations[K]['element'], void, undefined> {
    this.validateIsActive(name);
    const page = this.paging(name, this.requireOptions(name, options));
    const request = { ...options, ...page, signal: this.signal } as DatabaseListOperations[K]['options'];
    for await (const element of this.#client.iterate(name, request)) {
      this.validateIsActive(name);
      yield element;
    }
  }

  // ---------------------------------------------------------------- helpers

  /** The external source and signal every write carries. */
  #source(signal: AbortSignal): { signal: AbortSignal; externalSourceGUID?: string; externalSourceName?: string } {
    return { ...this.externalSource, signal };
  }

  /** One page of a list call: checks the options and paging, then reads. */
  async #list<T>(
    operation: string,
    options: DatabasePagingOptions,
    fn: (page: { startFrom: number; pageSize: number; signal: AbortSignal }) => Promise<T[]>,
  ): Promise<T[]> {
    const page = this.paging(operation, this.requireOptions(operation, options));
    return this.read(operation, (signal) => fn({ ...page, signal }));
  }
}

function template(options: DatabaseTemplateOptions): DatabaseTemplateOptions {
  return { templateGUID: options.templateGUID, templateProperties: options.templateProperties };
}
