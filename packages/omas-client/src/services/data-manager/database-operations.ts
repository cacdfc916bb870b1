/**
 * Data Manager OMAS: the database operations (metadata sources, databases, schemas, tables, views,
 * columns, keys) and the out-topic connection, as the Egeria 5.2 server takes them
 * (`DatabaseManagerResource` and `DataManagerOMASResource` at commit 19177ef7), with the beans they
 * carry. Where the 5.2 Java client disagrees with the server, the rows follow the server.
 */
import type {
  OperationDefinition,
  QueryParameterDefinition,
  ServiceDefinition,
} from '../../operations/operation-definition';
import type { EgeriaDate, ElementHeader } from '../../operations/element-header';

// ---------------------------------------------------------------------------------------------
// The operation table
// ---------------------------------------------------------------------------------------------

const PAGING = Object.freeze({ startFrom: 'startFrom', pageSize: 'pageSize' });
/** `@RequestParam int startFrom, int pageSize`: both required by the server; 0 = "server's maximum" page. */
const PAGING_QUERY: Readonly<Record<string, QueryParameterDefinition>> = Object.freeze({
  startFrom: { required: true, default: 0 },
  pageSize: { required: true, default: 0 },
});
/** `@RequestParam(required = false) boolean isMergeUpdate`: missing means false (replace). */
const MERGE_QUERY: Readonly<Record<string, QueryParameterDefinition>> = Object.freeze({
  isMergeUpdate: { required: false, default: false },
});
const GUID_RESPONSE = Object.freeze({ bean: 'GUIDResponse', field: 'guid' });
const VOID_RESPONSE = Object.freeze({ bean: 'VoidResponse' });

const list = (bean: string) => Object.freeze({ bean, field: 'elements', list: true });
const single = (bean: string) => Object.freeze({ bean, field: 'element' });

/** A create with a required body (never retried blindly). */
const create = (name: string, path: string, requestBody: string): OperationDefinition => ({
  name,
  method: 'POST',
  path,
  requestBody,
  bodyRequired: true,
  response: GUID_RESPONSE,
  creates: true,
});
/** An update: `?isMergeUpdate`, a required `ReferenceableRequestBody`. */
const update = (name: string, path: string): OperationDefinition => ({
  name,
  method: 'POST',
  path,
  query: MERGE_QUERY,
  requestBody: 'ReferenceableRequestBody',
  bodyRequired: true,
  response: VOID_RESPONSE,
});
/** A void POST whose body the server may go without (`@RequestBody(required = false)`). */
const action = (name: string, path: string, requestBody: string): OperationDefinition => ({
  name,
  method: 'POST',
  path,
  requestBody,
  bodyRequired: false,
  response: VOID_RESPONSE,
});
/** A paged POST query with a required body. */
const query = (name: string, path: string, requestBody: string, responseBean: string): OperationDefinition => ({
  name,
  method: 'POST',
  path,
  query: PAGING_QUERY,
  requestBody,
  bodyRequired: true,
  response: list(responseBean),
  paging: PAGING,
});
/** A paged GET list. */
const listFor = (name: string, path: string, responseBean: string): OperationDefinition => ({
  name,
  method: 'GET',
  path,
  query: PAGING_QUERY,
  response: list(responseBean),
  paging: PAGING,
});
/** A GET of one element. */
const byGUID = (name: string, path: string, responseBean: string): OperationDefinition => ({
  name,
  method: 'GET',
  path,
  response: single(responseBean),
});

/** Freezes a table of operations and types it by its own keys, each row an {@link OperationDefinition}. */
const operationTable = <Names extends string>(
  rows: Record<Names, OperationDefinition>,
): Readonly<Record<Names, OperationDefinition>> => Object.freeze(rows);

/**
 * The Data Manager database operations, by the Java client's method names: one row per REST
 * operation, each an {@link OperationDefinition}. Paths are below
 * `/servers/{serverName}/open-metadata/access-services/data-manager/users/{userId}`.
 * @public
 */
export const DATA_MANAGER_DATABASE_OPERATIONS = operationTable({
  // --- metadata sources and out topic (DataManagerOMASResource) ---
  createDatabaseManager: create(
    'createDatabaseManager',
    '/metadata-sources/database-managers',
    'DatabaseManagerRequestBody',
  ),
  getMetadataSourceGUID: {
    name: 'getMetadataSourceGUID',
    method: 'POST',
    path: '/metadata-sources/by-name',
    requestBody: 'NameRequestBody',
    bodyRequired: true,
    response: GUID_RESPONSE,
  },
  getOutTopicConnection: {
    name: 'getOutTopicConnection',
    method: 'GET',
    path: '/topics/out-topic-connection/{callerId}',
    response: { bean: 'OCFConnectionResponse', field: 'connection' },
  },

  // --- databases ---
  createDatabase: create('createDatabase', '/databases', 'ReferenceableRequestBody'),
  createDatabaseFromTemplate: create(
    'createDatabaseFromTemplate',
    '/databases/from-template/{templateGUID}',
    'TemplateRequestBody',
  ),
  updateDatabase: update('updateDatabase', '/databases/{databaseGUID}'),
  publishDatabase: action('publishDatabase', '/databases/{databaseGUID}/publish', 'ClassificationRequestBody'),
  withdrawDatabase: action('withdrawDatabase', '/databases/{databaseGUID}/withdraw', 'ClassificationRequestBody'),
  removeDatabase: action('removeDatabase', '/databases/{databaseGUID}/delete', 'ExternalSourceRequestBody'),
  findDatabases: query('findDatabases', '/databases/by-search-string', 'SearchStringRequestBody', 'DatabasesResponse'),
  getDatabasesByName: query('getDatabasesByName', '/databases/by-name', 'NameRequestBody', 'DatabasesResponse'),
  getDatabasesForDatabaseManager: listFor(
    'getDatabasesForDatabaseManager',
    '/database-managers/{databaseManagerGUID}/{databaseManagerName}/databases',
    'DatabasesResponse',
  ),
  getDatabaseByGUID: byGUID('getDatabaseByGUID', '/databases/{guid}', 'DatabaseResponse'),

  // --- database schemas ---
  createDatabaseSchema: create('createDatabaseSchema', '/databases/schemas', 'ReferenceableRequestBody'),
  createDatabaseSchemaFromTemplate: create(
    'createDatabaseSchemaFromTemplate',
    '/databases/schemas/from-template/{templateGUID}',
    'TemplateRequestBody',
  ),
  updateDatabaseSchema: update('updateDatabaseSchema', '/databases/schemas/{databaseSchemaGUID}'),
  publishDatabaseSchema: action(
    'publishDatabaseSchema',
    '/databases/schemas/{databaseSchemaGUID}/publish',
    'ClassificationRequestBody',
  ),
  withdrawDatabaseSchema: action(
    'withdrawDatabaseSchema',
    '/databases/schemas/{databaseSchemaGUID}/withdraw',
    'ClassificationRequestBody',
  ),
  removeDatabaseSchema: action(
    'removeDatabaseSchema',
    '/databases/schemas/{databaseSchemaGUID}/delete',
    'ExternalSourceRequestBody',
  ),
  findDatabaseSchemas: query(
    'findDatabaseSchemas',
    '/databases/schemas/by-search-string',
    'SearchStringRequestBody',
    'DatabaseSchemasResponse',
  ),
  getSchemasForDatabase: listFor(
    'getSchemasForDatabase',
    '/databases/{databaseGUID}/schemas',
    'DatabaseSchemasResponse',
  ),
  getDatabaseSchemasByName: query(
    'getDatabaseSchemasByName',
    '/databases/schemas/by-name',
    'NameRequestBody',
    'DatabaseSchemasResponse',
  ),
  getDatabaseSchemaByGUID: byGUID('getDatabaseSchemaByGUID', '/databases/schemas/{guid}', 'DatabaseSchemaResponse'),

  // --- database schema type (a table's parent when there is no schema asset) ---
  createDatabaseSchemaType: create('createDatabaseSchemaType', '/databases/schema-type', 'ReferenceableRequestBody'),
  attachSchemaTypeToDatabaseAsset: {
    ...action(
      'attachSchemaTypeToDatabaseAsset',
      '/databases/{databaseAssetGUID}/schema-type/{schemaTypeGUID}',
      'RelationshipRequestBody',
    ),
    creates: true,
  },

  // --- database tables ---
  createDatabaseTable: create('createDatabaseTable', '/databases/tables', 'ReferenceableRequestBody'),
  createDatabaseTableFromTemplate: create(
    'createDatabaseTableFromTemplate',
    '/databases/tables/from-template/{templateGUID}',
    'TemplateRequestBody',
  ),
  createDatabaseTableForSchemaType: create(
    'createDatabaseTableForSchemaType',
    '/databases/schema-type/tables',
    'ReferenceableRequestBody',
  ),
  updateDatabaseTable: update('updateDatabaseTable', '/databases/tables/{databaseTableGUID}'),
  removeDatabaseTable: action(
    'removeDatabaseTable',
    '/databases/tables/{databaseTableGUID}/delete',
    'ExternalSourceRequestBody',
  ),
  findDatabaseTables: query(
    'findDatabaseTables',
    '/databases/tables/by-search-string',
    'SearchStringRequestBody',
    'DatabaseTablesResponse',
  ),
  getTablesForDatabaseAsset: listFor(
    'getTablesForDatabaseAsset',
    '/databases/{databaseAssetGUID}/tables',
    'DatabaseTablesResponse',
  ),
  getDatabaseTablesByName: query(
    'getDatabaseTablesByName',
    '/databases/tables/by-name',
    'NameRequestBody',
    'DatabaseTablesResponse',
  ),
  getDatabaseTableByGUID: byGUID('getDatabaseTableByGUID', '/databases/tables/{guid}', 'DatabaseTableResponse'),

  // --- database views ---
  createDatabaseView: create('createDatabaseView', '/databases/tables/views', 'ReferenceableRequestBody'),
  createDatabaseViewFromTemplate: create(
    'createDatabaseViewFromTemplate',
    '/databases/tables/views/from-template/{templateGUID}',
    'TemplateRequestBody',
  ),
  createDatabaseViewForSchemaType: create(
    'createDatabaseViewForSchemaType',
    '/databases/schema-type/tables/views',
    'ReferenceableRequestBody',
  ),
  updateDatabaseView: update('updateDatabaseView', '/databases/tables/views/{databaseViewGUID}'),
  removeDatabaseView: action(
    'removeDatabaseView',
    '/databases/tables/views/{databaseViewGUID}/delete',
    'ExternalSourceRequestBody',
  ),
  findDatabaseViews: query(
    'findDatabaseViews',
    '/databases/tables/views/by-search-string',
    'SearchStringRequestBody',
    'DatabaseViewsResponse',
  ),
  getViewsForDatabaseAsset: listFor(
    'getViewsForDatabaseAsset',
    '/databases/{databaseAssetGUID}/tables/views',
    'DatabaseViewsResponse',
  ),
  getDatabaseViewsByName: query(
    'getDatabaseViewsByName',
    '/databases/tables/views/by-name',
    'NameRequestBody',
    'DatabaseViewsResponse',
  ),
  getDatabaseViewByGUID: byGUID('getDatabaseViewByGUID', '/databases/tables/views/{guid}', 'DatabaseViewResponse'),

  // --- database columns ---
  createDatabaseColumn: create('createDatabaseColumn', '/databases/tables/columns', 'ReferenceableRequestBody'),
  createDatabaseColumnFromTemplate: create(
    'createDatabaseColumnFromTemplate',
    '/databases/tables/columns/from-template/{templateGUID}',
    'TemplateRequestBody',
  ),
  updateDatabaseColumn: update('updateDatabaseColumn', '/databases/tables/columns/{databaseColumnGUID}'),
  removeDatabaseColumn: action(
    'removeDatabaseColumn',
    '/databases/tables/columns/{databaseColumnGUID}/delete',
    'ExternalSourceRequestBody',
  ),
  findDatabaseColumns: query(
    'findDatabaseColumns',
    '/databases/tables/columns/by-search-string',
    'SearchStringRequestBody',
    'DatabaseColumnsResponse',
  ),
  getColumnsForDatabaseTable: listFor(
    'getColumnsForDatabaseTable',
    '/databases/tables/{databaseTableGUID}/columns',
    'DatabaseColumnsResponse',
  ),
  getDatabaseColumnsByName: query(
    'getDatabaseColumnsByName',
    '/databases/tables/columns/by-name',
    'NameRequestBody',
    'DatabaseColumnsResponse',
  ),
  getDatabaseColumnByGUID: byGUID(
    'getDatabaseColumnByGUID',
    '/databases/tables/columns/{guid}',
    'DatabaseColumnResponse',
  ),

  // --- primary and foreign keys ---
  setPrimaryKeyOnColumn: {
    ...action(
      'setPrimaryKeyOnColumn',
      '/databases/tables/columns/{databaseColumnGUID}/primary-key',
      'ClassificationRequestBody',
    ),
    bodyRequired: true,
    creates: true,
  },
  removePrimaryKeyFromColumn: action(
    'removePrimaryKeyFromColumn',
    '/databases/tables/columns/{databaseColumnGUID}/primary-key/delete',
    'ExternalSourceRequestBody',
  ),
  addForeignKeyRelationship: {
    ...action(
      'addForeignKeyRelationship',
      '/databases/tables/columns/{foreignKeyColumnGUID}/foreign-key/{primaryKeyColumnGUID}',
      'RelationshipRequestBody',
    ),
    bodyRequired: true,
    creates: true,
  },
  removeForeignKeyRelationship: action(
    'removeForeignKeyRelationship',
    '/databases/tables/columns/{foreignKeyColumnGUID}/foreign-key/{primaryKeyColumnGUID}/delete',
    'ExternalSourceRequestBody',
  ),
});

/** The names of the Data Manager database operations. @public */
export type DataManagerDatabaseOperationName = keyof typeof DATA_MANAGER_DATABASE_OPERATIONS;

/**
 * The Data Manager OMAS database operations (marker `data-manager`): one row per REST operation,
 * checked against Egeria 5.2's `DatabaseManagerResource` and `DataManagerOMASResource`.
 * @public
 */
export const DATA_MANAGER_DATABASE_SERVICE: ServiceDefinition<DataManagerDatabaseOperationName> = Object.freeze({
  root: Object.freeze({ kind: 'access-service', marker: 'data-manager' } as const),
  operations: Object.freeze(DATA_MANAGER_DATABASE_OPERATIONS),
});

// ---------------------------------------------------------------------------------------------
// Beans: properties (sent and received) and elements (received), with Egeria 5.2's field names.
// ---------------------------------------------------------------------------------------------

/** A date to send: a `Date` (sent as ISO-8601), an ISO string or epoch milliseconds. @public */
export type EgeriaDateInput = EgeriaDate | Date;

/** `OpenMetadataRootProperties`: the fields every properties bean has. @public */
export interface OpenMetadataRootProperties {
  /** The bean's type discriminator, such as `DatabaseProperties` (filled in by the client when absent). */
  readonly class?: string;
  /** When the element becomes effective. */
  readonly effectiveFrom?: EgeriaDateInput;
  /** When the element stops being effective. */
  readonly effectiveTo?: EgeriaDateInput;
  /** An open metadata subtype to create instead of the default one. */
  readonly typeName?: string;
  /** Values of the subtype's own attributes. */
  readonly extendedProperties?: Readonly<Record<string, unknown>>;
}

/** `ReferenceableProperties`. @public */
export interface ReferenceableProperties extends OpenMetadataRootProperties {
  /** The unique name of the element. */
  readonly qualifiedName?: string;
  /** Extra name-value pairs. */
  readonly additionalProperties?: Readonly<Record<string, string>>;
  /** Vendor-specific name-value pairs. */
  readonly vendorProperties?: Readonly<Record<string, string>>;
}

/** `SupplementaryProperties`: the display fields of assets and software capabilities. @public */
export interface SupplementaryProperties extends ReferenceableProperties {
  /** The name to show. */
  readonly displayName?: string;
  /** A short summary to show. */
  readonly displaySummary?: string;
  /** The description to show. */
  readonly displayDescription?: string;
  /** An abbreviation. */
  readonly abbreviation?: string;
  /** How it is used. */
  readonly usage?: string;
}

/** `SoftwareCapabilityProperties` / `DatabaseManagerProperties`: a database manager (DBMS) as a metadata source. @public */
export interface DatabaseManagerProperties extends SupplementaryProperties {
  /** The name of the resource. */
  readonly resourceName?: string;
  /** The description of the resource. */
  readonly resourceDescription?: string;
  /** The technology, such as `PostgreSQL Server`. */
  readonly deployedImplementationType?: string;
  /** The version of the software. */
  readonly version?: string;
  /** Its patch level. */
  readonly patchLevel?: string;
  /** Where this information came from. */
  readonly source?: string;
}

/** `AssetProperties`. @public */
export interface AssetProperties extends SupplementaryProperties {
  /** The asset's name. */
  readonly name?: string;
  /** The name of the resource it describes. */
  readonly resourceName?: string;
  /** Its version identifier. */
  readonly versionIdentifier?: string;
  /** The description of the resource. */
  readonly resourceDescription?: string;
  /** The technology, such as `PostgreSQL Relational Database`. */
  readonly deployedImplementationType?: string;
}

/** `DatabaseProperties` (a `DataStoreProperties`). @public */
export interface DatabaseProperties extends AssetProperties {
  /** Where the data store is (a path or network address). */
  readonly pathName?: string;
  /** When the store was created. */
  readonly createTime?: EgeriaDateInput;
  /** When it was last changed. */
  readonly modifiedTime?: EgeriaDateInput;
  /** Its encoding type. */
  readonly encodingType?: string;
  /** The language of its encoding. */
  readonly encodingLanguage?: string;
  /** A description of its encoding. */
  readonly encodingDescription?: string;
  /** Encoding properties. */
  readonly encodingProperties?: Readonly<Record<string, string>>;
  /** The database software's version. */
  readonly databaseVersion?: string;
  /** The database instance. */
  readonly databaseInstance?: string;
  /** Where the database was imported from. */
  readonly databaseImportedFrom?: string;
}

/** `DatabaseSchemaProperties` (a `DataSetProperties`). @public */
export type DatabaseSchemaProperties = AssetProperties;

/** `DataItemSortOrder` values. @public */
export type DataItemSortOrder = 'ASCENDING' | 'DESCENDING' | 'UNSORTED';

/** `SchemaAttributeProperties`: the fields shared by tables, views and columns. @public */
export interface SchemaAttributeProperties extends ReferenceableProperties {
  /** The name to show. */
  readonly displayName?: string;
  /** Its description. */
  readonly description?: string;
  /** True when it should no longer be used. */
  readonly isDeprecated?: boolean;
  /** Its position in its parent (0-based). */
  readonly elementPosition?: number;
  /** The fewest instances. */
  readonly minCardinality?: number;
  /** The most instances. */
  readonly maxCardinality?: number;
  /** True when instances may repeat. */
  readonly allowsDuplicateValues?: boolean;
  /** True when instances are ordered. */
  readonly orderedValues?: boolean;
  /** A default value that overrides the type's. */
  readonly defaultValueOverride?: string;
  /** The order of instances. */
  readonly sortOrder?: DataItemSortOrder;
  /** The shortest value. */
  readonly minimumLength?: number;
  /** The length of the value. */
  readonly length?: number;
  /** The precision of a number. */
  readonly precision?: number;
  /** The significant digits of a number. */
  readonly significantDigits?: number;
  /** True when the value may be null (Egeria's default is true). */
  readonly isNullable?: boolean;
  /** The Java class that would hold the value. */
  readonly nativeJavaClass?: string;
  /** Other names. */
  readonly aliases?: readonly string[];
  /** The data type, such as `INTEGER`. */
  readonly dataType?: string;
  /** The default value. */
  readonly defaultValue?: string;
  /** A fixed value. */
  readonly fixedValue?: string;
  /** An external schema type that describes the value, in place of `dataType`. */
  readonly externalTypeGUID?: string;
  /** A valid value set for the value. */
  readonly validValuesSetGUID?: string;
  /** An explicit schema type (`SchemaTypeProperties`, with its own `class`). */
  readonly schemaType?: Readonly<Record<string, unknown>>;
}

/** `DatabaseTableProperties`. @public */
export type DatabaseTableProperties = SchemaAttributeProperties;

/** `DatabaseQueryProperties`: a query that derives a view or column. @public */
export interface DatabaseQueryProperties {
  /** Identifies the query within the formula. */
  readonly queryId?: string;
  /** The query text. */
  readonly query?: string;
  /** The element the query runs against. */
  readonly queryTargetGUID?: string;
}

/** `DatabaseViewProperties`. @public */
export interface DatabaseViewProperties extends SchemaAttributeProperties {
  /** How the view is derived from its queries. */
  readonly formula?: string;
  /** The queries. */
  readonly queries?: readonly DatabaseQueryProperties[];
}

/** `DatabaseColumnProperties` (a `TabularColumnProperties`). @public */
export interface DatabaseColumnProperties extends SchemaAttributeProperties {
  /** How a derived column is computed from its queries. */
  readonly formula?: string;
  /** The queries. */
  readonly queries?: readonly DatabaseQueryProperties[];
}

/** `KeyPattern` values. @public */
export type KeyPattern =
  | 'LOCAL_KEY'
  | 'RECYCLED_KEY'
  | 'NATURAL_KEY'
  | 'MIRROR_KEY'
  | 'AGGREGATE_KEY'
  | 'CALLERS_KEY'
  | 'STABLE_KEY'
  | 'OTHER';

/** `ClassificationProperties` / `RelationshipProperties`: the fields every classification or relationship has. @public */
export interface EffectivityProperties {
  /** The bean's type discriminator (filled in by the client when absent). */
  readonly class?: string;
  /** When it becomes effective. */
  readonly effectiveFrom?: EgeriaDateInput;
  /** When it stops being effective. */
  readonly effectiveTo?: EgeriaDateInput;
  /** Values of a subtype's own attributes. */
  readonly extendedProperties?: Readonly<Record<string, unknown>>;
}

/** `DatabasePrimaryKeyProperties`: the PrimaryKey classification of a column. @public */
export interface DatabasePrimaryKeyProperties extends EffectivityProperties {
  /** The key's name. */
  readonly name?: string;
  /** How key values are allocated. */
  readonly keyPattern?: KeyPattern;
}

/** `DatabaseForeignKeyProperties`: the ForeignKey relationship between two columns. @public */
export interface DatabaseForeignKeyProperties extends EffectivityProperties {
  /** The key's name. */
  readonly name?: string;
  /** Its description. */
  readonly description?: string;
  /** How sure the source is of the relationship (0-100). */
  readonly confidence?: number;
  /** Who looks after it. */
  readonly steward?: string;
  /** Where it comes from. */
  readonly source?: string;
}

/** Data Manager's `TemplateProperties`: what to change in a copy made from a template. @public */
export interface TemplateProperties {
  /** The copy's unique name (required). */
  readonly qualifiedName: string;
  /** The copy's display name. */
  readonly displayName?: string;
  /** Its version identifier. */
  readonly versionIdentifier?: string;
  /** Its description. */
  readonly description?: string;
  /** Its path name. */
  readonly pathName?: string;
  /** Its network address. */
  readonly networkAddress?: string;
}

/** A database (`DatabaseElement`). @public */
export interface DatabaseElement {
  /** The element's header. */
  readonly elementHeader: ElementHeader;
  /** Its properties. */
  readonly databaseProperties?: DatabaseProperties;
}

/** A database schema (`DatabaseSchemaElement`). @public */
export interface DatabaseSchemaElement {
  /** The element's header. */
  readonly elementHeader: ElementHeader;
  /** Its properties. */
  readonly databaseSchemaProperties?: DatabaseSchemaProperties;
}

/** A database table (`DatabaseTableElement`). @public */
export interface DatabaseTableElement {
  /** The element's header. */
  readonly elementHeader: ElementHeader;
  /** Its properties. */
  readonly databaseTableProperties?: DatabaseTableProperties;
  /** How many columns it has. */
  readonly databaseColumnCount?: number;
}

/** A database view (`DatabaseViewElement`). @public */
export interface DatabaseViewElement {
  /** The element's header. */
  readonly elementHeader: ElementHeader;
  /** Its properties. */
  readonly databaseViewProperties?: DatabaseViewProperties;
}

/** A database column (`DatabaseColumnElement`), with its key information. @public */
export interface DatabaseColumnElement {
  /** The element's header. */
  readonly elementHeader: ElementHeader;
  /** Its properties. */
  readonly databaseColumnProperties?: DatabaseColumnProperties;
  /** Present when the column is (part of) the primary key. */
  readonly primaryKeyProperties?: DatabasePrimaryKeyProperties;
  /** Present when the column is a foreign key. */
  readonly foreignKeyProperties?: DatabaseForeignKeyProperties;
  /** The primary-key column this foreign key refers to. */
  readonly referencedColumnGUID?: string;
  /** The qualified name of that column. */
  readonly referencedColumnQualifiedName?: string;
}
