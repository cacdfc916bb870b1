/**
 * Data Manager OMAS: databases, database schemas, schema types, tables, views, columns, primary
 * and foreign keys (Egeria 5.2's DatabaseManagerResource).
 *
 * The model follows Egeria's: a database (or deployed database schema) asset has a
 * RelationalDBSchemaType (AssetSchemaType); tables and views hang off that schema type
 * (AttributeForSchema) and are anchored to the asset; columns are nested in their table
 * (NestedSchemaAttribute); a view is a RelationalTable with the CalculatedValue classification; a
 * primary key is the PrimaryKey classification on a column; a foreign key is a ForeignKey
 * relationship from the primary key column (end 1) to the foreign key column (end 2).
 */
import type { Route } from '../server/http-server';
import type { BoundRequest, JsonObject } from '../server/binding';
import { invalidParameter, invalidPropertiesObject, nullGUID } from '../ffdc/ffdc';
import { readBean, writeBean } from './bean-fields';
import { inTransaction, newGUID, originFor } from './context';
import type { EmulatorContext, MetadataSourceRef, Transaction } from './context';
import { setClassification } from './classifications';
import {
  checkProvenance,
  createElement,
  deleteElementTree,
  requireElement,
  requireKind,
  sourceOf,
  verifySource,
} from './elements';
import type { CallInfo, ElementKind } from './elements';
import {
  byNameRoute,
  createRoute,
  findRoute,
  getByGUIDRoute,
  listForParentRoute,
  removeRoute,
  requireBody,
  requirePathElement,
  requirePathKind,
  route,
  updateRoute,
} from './kind-routes';
import type { ServiceArea } from './kind-routes';
import {
  CLASSIFICATION_REQUEST_BODY,
  DM_TEMPLATE_REQUEST_BODY,
  EXTERNAL_SOURCE_REQUEST_BODY,
  RELATIONSHIP_REQUEST_BODY,
} from './request-beans';
import type { ElementRecord, RelationshipRecord } from '../store/records';
import { isTypeOf } from '../store/type-registry';
import { createFromTemplate, fromTemplateProperties } from './templates';

const PROPS = 'org.odpi.openmetadata.frameworks.openmetadata.properties';
const ASSET_NAMES = ['qualifiedName', 'name', 'resourceName', 'pathName'];
const SCHEMA_NAMES = ['qualifiedName', 'displayName'];

function isView(element: ElementRecord): boolean {
  return element.classifications['CalculatedValue'] !== undefined;
}

/** Databases. */
export const DATABASE: ElementKind = {
  typeName: 'Database',
  propertiesClass: 'DatabaseProperties',
  acceptedPropertiesClasses: ['DatabaseProperties'],
  javaPropertiesClass: `${PROPS}.assets.databases.DatabaseProperties`,
  beanField: 'databaseProperties',
  nameProperties: ASSET_NAMES,
};

/** Deployed database schemas. */
export const DATABASE_SCHEMA: ElementKind = {
  typeName: 'DeployedDatabaseSchema',
  propertiesClass: 'DatabaseSchemaProperties',
  acceptedPropertiesClasses: ['DatabaseSchemaProperties'],
  javaPropertiesClass: `${PROPS}.assets.databases.DatabaseSchemaProperties`,
  beanField: 'databaseSchemaProperties',
  nameProperties: ASSET_NAMES,
};

/** Relational schema types. */
export const DATABASE_SCHEMA_TYPE: ElementKind = {
  typeName: 'RelationalDBSchemaType',
  propertiesClass: 'DatabaseSchemaTypeProperties',
  acceptedPropertiesClasses: ['DatabaseSchemaTypeProperties'],
  javaPropertiesClass: `${PROPS}.schema.databases.DatabaseSchemaTypeProperties`,
  beanField: 'databaseSchemaTypeProperties',
  nameProperties: SCHEMA_NAMES,
};

/** Database tables (relational tables without a calculated value). */
export const DATABASE_TABLE: ElementKind = {
  typeName: 'RelationalTable',
  propertiesClass: 'DatabaseTableProperties',
  acceptedPropertiesClasses: ['DatabaseTableProperties', 'DatabaseViewProperties'],
  javaPropertiesClass: `${PROPS}.schema.databases.DatabaseTableProperties`,
  beanField: 'databaseTableProperties',
  nameProperties: SCHEMA_NAMES,
  matches: (e) => isTypeOf(e.typeName, 'RelationalTable') && !isView(e),
  extras: (ctx, e) => ({ databaseColumnCount: columnsOf(ctx, e).length }),
};

/** Database views (relational tables with a calculated value). */
export const DATABASE_VIEW: ElementKind = {
  typeName: 'RelationalTable',
  propertiesClass: 'DatabaseViewProperties',
  acceptedPropertiesClasses: ['DatabaseViewProperties'],
  javaPropertiesClass: `${PROPS}.schema.databases.DatabaseViewProperties`,
  beanField: 'databaseViewProperties',
  nameProperties: SCHEMA_NAMES,
  matches: (e) => isTypeOf(e.typeName, 'RelationalTable') && isView(e),
};

/** Database columns, with their primary key and foreign key details. */
export const DATABASE_COLUMN: ElementKind = {
  typeName: 'RelationalColumn',
  propertiesClass: 'DatabaseColumnProperties',
  acceptedPropertiesClasses: ['DatabaseColumnProperties'],
  javaPropertiesClass: `${PROPS}.schema.databases.DatabaseColumnProperties`,
  beanField: 'databaseColumnProperties',
  nameProperties: SCHEMA_NAMES,
  extras: (ctx, e) => columnExtras(ctx, e),
};

function columnExtras(ctx: EmulatorContext, column: ElementRecord): JsonObject {
  const out: JsonObject = {};
  const primaryKey = column.classifications['PrimaryKey'];
  if (primaryKey !== undefined)
    out['primaryKeyProperties'] = writeBean('DatabasePrimaryKeyProperties', primaryKey.properties);
  const foreignKey = ctx.state.store.relationshipsOf(column.guid, 'ForeignKey', 2)[0];
  if (foreignKey !== undefined) {
    out['foreignKeyProperties'] = writeBean('DatabaseForeignKeyProperties', foreignKey.properties);
    const referenced = ctx.state.store.getElement(foreignKey.end1GUID);
    out['referencedColumnGUID'] = foreignKey.end1GUID;
    if (referenced !== undefined && typeof referenced.properties['qualifiedName'] === 'string') {
      out['referencedColumnQualifiedName'] = referenced.properties['qualifiedName'];
    }
  }
  return out;
}

/** Elements at the other end of an element's relationships of a type. */
function related(ctx: EmulatorContext, guid: string, typeName: string, end: 1 | 2): ElementRecord[] {
  const out: ElementRecord[] = [];
  for (const rel of ctx.state.store.relationshipsOf(guid, typeName, end)) {
    const other = ctx.state.store.getElement(end === 1 ? rel.end2GUID : rel.end1GUID);
    if (other !== undefined) out.push(other);
  }
  return out;
}

function columnsOf(ctx: EmulatorContext, table: ElementRecord): ElementRecord[] {
  return related(ctx, table.guid, 'NestedSchemaAttribute', 1).filter((e) => isTypeOf(e.typeName, 'RelationalColumn'));
}

/** The tables and views attached to an asset's schema type, or to a schema type itself. */
function tablesOf(ctx: EmulatorContext, parent: ElementRecord): ElementRecord[] {
  const schemaTypes = isTypeOf(parent.typeName, 'SchemaType')
    ? [parent]
    : related(ctx, parent.guid, 'AssetSchemaType', 1);
  return schemaTypes.flatMap((st) => related(ctx, st.guid, 'AttributeForSchema', 1));
}

/** Creates a relationship owned by a metadata source. */
export function link(
  tx: Transaction,
  typeName: string,
  end1GUID: string,
  end2GUID: string,
  source: MetadataSourceRef | undefined,
  call: CallInfo,
  properties: Record<string, unknown> = {},
): RelationshipRecord {
  const relationship: RelationshipRecord = {
    guid: newGUID(),
    typeName,
    end1GUID,
    end2GUID,
    properties,
    origin: originFor(tx.ctx, source),
    createdBy: call.userId,
    createTime: tx.ctx.now(),
    version: 1,
  };
  tx.createRelationship(relationship);
  return relationship;
}

/** The schema type of an asset, created (and attached) when it has none yet. */
function schemaTypeOf(
  tx: Transaction,
  asset: ElementRecord,
  source: MetadataSourceRef | undefined,
  call: CallInfo,
): string {
  const existing = related(tx.ctx, asset.guid, 'AssetSchemaType', 1)[0];
  if (existing !== undefined) return existing.guid;
  const qualifiedName = `SchemaOf:${String(asset.properties['qualifiedName'] ?? asset.guid)}`;
  const schemaType = createElement(
    tx,
    DATABASE_SCHEMA_TYPE,
    { properties: { qualifiedName }, source, anchorGUID: asset.guid },
    call,
  );
  link(tx, 'AssetSchemaType', asset.guid, schemaType.guid, source, call);
  return schemaType.guid;
}

/** Where a new table or view goes: the schema type and the anchor. */
interface TableParent {
  readonly schemaTypeGUID?: string;
  readonly asset?: ElementRecord;
  readonly anchorGUID: string | undefined;
}

function parentGUIDOf(body: JsonObject): string | undefined {
  const parent = body['parentGUID'];
  return typeof parent === 'string' && parent !== '' ? parent : undefined;
}

function tableParent(ctx: EmulatorContext, body: JsonObject, forSchemaType: boolean, call: CallInfo): TableParent {
  const parentGUID = parentGUIDOf(body);
  if (forSchemaType) {
    const schemaType = requireElement(ctx, parentGUID, 'RelationalDBSchemaType', 'databaseSchemaTypeGUID', call);
    return { schemaTypeGUID: schemaType.guid, anchorGUID: schemaType.anchorGUID };
  }
  const asset = requireElement(ctx, parentGUID, 'Asset', 'databaseAssetGUID', call);
  return { asset, anchorGUID: asset.guid };
}

function attachTable(
  tx: Transaction,
  parent: TableParent,
  table: ElementRecord,
  source: MetadataSourceRef | undefined,
  call: CallInfo,
): void {
  const schemaTypeGUID = parent.schemaTypeGUID ?? schemaTypeOf(tx, parent.asset as ElementRecord, source, call);
  link(tx, 'AttributeForSchema', schemaTypeGUID, table.guid, source, call);
}

function createFromTemplateRoute(
  area: ServiceArea,
  kind: ElementKind,
  options: {
    path: string;
    action: string;
    prepare?: (body: JsonObject, call: CallInfo) => { anchorGUID?: string } | void;
    after?: (
      tx: Transaction,
      element: ElementRecord,
      body: JsonObject,
      source: MetadataSourceRef | undefined,
      call: CallInfo,
    ) => void;
  },
): Route {
  return route(area, {
    method: 'POST',
    path: options.path,
    action: options.action,
    response: 'GUIDResponse',
    body: { spec: DM_TEMPLATE_REQUEST_BODY, required: true },
    handle: async (req, call) => {
      const body = requireBody(area, req, call);
      const template = requirePathKind(area.ctx, kind, req, 'templateGUID', call);
      const overrides = fromTemplateProperties(kind, template, body, { pathName: true });
      if (typeof overrides['qualifiedName'] !== 'string' || overrides['qualifiedName'] === '') {
        throw invalidParameter('NULL_NAME', ['qualifiedName', call.action], call.action, 'qualifiedName');
      }
      const source = verifySource(area.ctx, sourceOf(body), call);
      const prepared = options.prepare?.(body, call) ?? {};
      const guid = await inTransaction(area.ctx, (tx) => {
        const element = createFromTemplate(
          tx,
          { template, overrides, source, anchorGUID: prepared.anchorGUID, deepCopy: true },
          call,
        );
        options.after?.(tx, element, body, source, call);
        return element.guid;
      });
      return { guid };
    },
  });
}

function classifyRoute(
  area: ServiceArea,
  options: { path: string; guidParam: string; action: string; typeName: string; classification: string; set: boolean },
): Route {
  return route(area, {
    method: 'POST',
    path: options.path,
    action: options.action,
    response: 'VoidResponse',
    body: { spec: CLASSIFICATION_REQUEST_BODY, required: false },
    handle: async (req, call) => {
      const element = requireElement(
        area.ctx,
        req.params[options.guidParam],
        options.typeName,
        options.guidParam,
        call,
      );
      await inTransaction(area.ctx, (tx) => {
        if (options.set) {
          tx.classify(element, {
            name: options.classification,
            properties: { zoneMembership: [] },
            origin: originFor(tx.ctx, undefined),
            createdBy: call.userId,
            createTime: tx.ctx.now(),
            version: 1,
          });
        } else {
          tx.declassify(element, options.classification);
        }
      });
      return {};
    },
  });
}

/** The Data Manager's database routes. */
export function databaseRoutes(area: ServiceArea): Route[] {
  const ctx = area.ctx;
  const linkToManager = (
    tx: Transaction,
    element: ElementRecord,
    source: MetadataSourceRef | undefined,
    call: CallInfo,
  ) => {
    if (source !== undefined) link(tx, 'ServerAssetUse', source.guid, element.guid, source, call, { useType: 'OWNS' });
  };
  const linkSchemaToDatabase = (
    tx: Transaction,
    schema: ElementRecord,
    body: JsonObject,
    source: MetadataSourceRef | undefined,
    call: CallInfo,
  ) => {
    const parentGUID = parentGUIDOf(body);
    if (parentGUID !== undefined) link(tx, 'DataContentForDataSet', parentGUID, schema.guid, source, call);
    else linkToManager(tx, schema, source, call);
  };
  const schemaParentCheck = (body: JsonObject, call: CallInfo): void => {
    const parentGUID = parentGUIDOf(body);
    if (parentGUID !== undefined) requireElement(ctx, parentGUID, 'Database', 'databaseGUID', call);
  };
  const tableCreate = (
    kind: ElementKind,
    path: string,
    action: string,
    forSchemaType: boolean,
    view: boolean,
  ): Route => {
    let parent: TableParent | undefined;
    return createRoute(area, kind, {
      path,
      action,
      prepare: (body, call) => {
        parent = tableParent(ctx, body, forSchemaType, call);
        return { anchorGUID: parent.anchorGUID };
      },
      after: ({ tx, element, source, call }) => {
        let table = element;
        if (view) table = markView(tx, element, source, call);
        attachTable(tx, parent as TableParent, table, source, call);
      },
    });
  };
  const markView = (tx: Transaction, element: ElementRecord, source: MetadataSourceRef | undefined, call: CallInfo) =>
    tx.classify(element, {
      name: 'CalculatedValue',
      properties: element.properties['formula'] === undefined ? {} : { formula: element.properties['formula'] },
      origin: originFor(tx.ctx, source),
      createdBy: call.userId,
      createTime: tx.ctx.now(),
      version: 1,
    });
  const columnParent = (body: JsonObject, call: CallInfo) => {
    const table = requireElement(ctx, parentGUIDOf(body), 'RelationalTable', 'databaseTableGUID', call);
    return { anchorGUID: table.anchorGUID };
  };
  const attachColumn = (
    tx: Transaction,
    column: ElementRecord,
    body: JsonObject,
    source: MetadataSourceRef | undefined,
    call: CallInfo,
  ) => link(tx, 'NestedSchemaAttribute', parentGUIDOf(body) as string, column.guid, source, call);

  return [
    // Databases
    createRoute(area, DATABASE, {
      path: '/databases',
      action: 'createDatabase',
      after: ({ tx, element, source, call }) => linkToManager(tx, element, source, call),
    }),
    createFromTemplateRoute(area, DATABASE, {
      path: '/databases/from-template/{templateGUID}',
      action: 'createDatabaseFromTemplate',
      after: (tx, element, _body, source, call) => linkToManager(tx, element, source, call),
    }),
    updateRoute(area, DATABASE, {
      path: '/databases/{databaseGUID}',
      guidParam: 'databaseGUID',
      action: 'updateDatabase',
    }),
    classifyRoute(area, {
      path: '/databases/{databaseGUID}/publish',
      guidParam: 'databaseGUID',
      action: 'publishDatabase',
      typeName: 'Database',
      classification: 'AssetZoneMembership',
      set: true,
    }),
    classifyRoute(area, {
      path: '/databases/{databaseGUID}/withdraw',
      guidParam: 'databaseGUID',
      action: 'withdrawDatabase',
      typeName: 'Database',
      classification: 'AssetZoneMembership',
      set: false,
    }),
    removeRoute(area, DATABASE, {
      path: '/databases/{databaseGUID}/delete',
      guidParam: 'databaseGUID',
      action: 'removeDatabase',
    }),
    findRoute(area, DATABASE, {
      path: '/databases/by-search-string',
      action: 'findDatabases',
      response: 'DatabasesResponse',
    }),
    byNameRoute(area, DATABASE, {
      path: '/databases/by-name',
      action: 'getDatabasesByName',
      response: 'DatabasesResponse',
    }),
    listForParentRoute(area, DATABASE, {
      path: '/database-managers/{databaseManagerGUID}/{databaseManagerName}/databases',
      parentParam: 'databaseManagerGUID',
      parentType: 'SoftwareCapability',
      action: 'getDatabasesForDatabaseManager',
      response: 'DatabasesResponse',
      children: (c, manager) => related(c, manager.guid, 'ServerAssetUse', 1),
    }),
    getByGUIDRoute(area, DATABASE, {
      path: '/databases/{guid}',
      guidParam: 'guid',
      action: 'getDatabaseByGUID',
      response: 'DatabaseResponse',
    }),

    // Database schemas
    createRoute(area, DATABASE_SCHEMA, {
      path: '/databases/schemas',
      action: 'createDatabaseSchema',
      prepare: schemaParentCheck,
      after: ({ tx, element, body, source, call }) => linkSchemaToDatabase(tx, element, body, source, call),
    }),
    createFromTemplateRoute(area, DATABASE_SCHEMA, {
      path: '/databases/schemas/from-template/{templateGUID}',
      action: 'createDatabaseSchemaFromTemplate',
      prepare: schemaParentCheck,
      after: (tx, element, body, source, call) => linkSchemaToDatabase(tx, element, body, source, call),
    }),
    updateRoute(area, DATABASE_SCHEMA, {
      path: '/databases/schemas/{databaseSchemaGUID}',
      guidParam: 'databaseSchemaGUID',
      action: 'updateDatabaseSchema',
    }),
    classifyRoute(area, {
      path: '/databases/schemas/{databaseSchemaGUID}/publish',
      guidParam: 'databaseSchemaGUID',
      action: 'publishDatabaseSchema',
      typeName: 'DeployedDatabaseSchema',
      classification: 'AssetZoneMembership',
      set: true,
    }),
    classifyRoute(area, {
      // Egeria 5.2's resource sends this to withdrawDatabase.
      path: '/databases/schemas/{databaseSchemaGUID}/withdraw',
      guidParam: 'databaseSchemaGUID',
      action: 'withdrawDatabase',
      typeName: 'Asset',
      classification: 'AssetZoneMembership',
      set: false,
    }),
    removeRoute(area, DATABASE_SCHEMA, {
      path: '/databases/schemas/{databaseSchemaGUID}/delete',
      guidParam: 'databaseSchemaGUID',
      action: 'removeDatabaseSchema',
    }),
    findRoute(area, DATABASE_SCHEMA, {
      path: '/databases/schemas/by-search-string',
      action: 'findDatabaseSchemas',
      response: 'DatabaseSchemasResponse',
    }),
    listForParentRoute(area, DATABASE_SCHEMA, {
      path: '/databases/{databaseGUID}/schemas',
      parentParam: 'databaseGUID',
      parentType: 'Database',
      action: 'getSchemasForDatabase',
      response: 'DatabaseSchemasResponse',
      children: (c, database) => related(c, database.guid, 'DataContentForDataSet', 1),
    }),
    byNameRoute(area, DATABASE_SCHEMA, {
      path: '/databases/schemas/by-name',
      action: 'getDatabaseSchemasByName',
      response: 'DatabaseSchemasResponse',
    }),
    getByGUIDRoute(area, DATABASE_SCHEMA, {
      path: '/databases/schemas/{guid}',
      guidParam: 'guid',
      action: 'getDatabaseSchemaByGUID',
      response: 'DatabaseSchemaResponse',
    }),

    // Schema types
    createRoute(area, DATABASE_SCHEMA_TYPE, { path: '/databases/schema-type', action: 'createDatabaseSchemaType' }),
    route(area, {
      method: 'POST',
      path: '/databases/{databaseAssetGUID}/schema-type/{schemaTypeGUID}',
      action: 'attachSchemaTypeToDatabaseAsset',
      response: 'VoidResponse',
      body: { spec: RELATIONSHIP_REQUEST_BODY, required: false },
      handle: async (req, call) => {
        const asset = requirePathElement(ctx, 'Asset', req, 'databaseAssetGUID', call);
        const schemaType = requirePathElement(ctx, 'SchemaType', req, 'schemaTypeGUID', call);
        const source = verifySource(ctx, sourceOf(req.body), call);
        await inTransaction(ctx, (tx) => {
          for (const old of tx.ctx.state.store.relationshipsOf(asset.guid, 'AssetSchemaType', 1))
            tx.deleteRelationship(old);
          link(tx, 'AssetSchemaType', asset.guid, schemaType.guid, source, call);
        });
        return {};
      },
    }),

    // Tables
    tableCreate(DATABASE_TABLE, '/databases/tables', 'createDatabaseTable', false, false),
    createFromTemplateRoute(area, DATABASE_TABLE, {
      path: '/databases/tables/from-template/{templateGUID}',
      action: 'createDatabaseTableFromTemplate',
      prepare: (body, call) => ({ anchorGUID: tableParent(ctx, body, false, call).anchorGUID }),
      after: (tx, element, body, source, call) =>
        attachTable(tx, tableParent(ctx, body, false, call), element, source, call),
    }),
    tableCreate(DATABASE_TABLE, '/databases/schema-type/tables', 'createDatabaseTableForSchemaType', true, false),
    updateRoute(area, DATABASE_TABLE, {
      path: '/databases/tables/{databaseTableGUID}',
      guidParam: 'databaseTableGUID',
      action: 'updateDatabaseTable',
    }),
    removeTableRoute(
      area,
      DATABASE_TABLE,
      '/databases/tables/{databaseTableGUID}/delete',
      'databaseTableGUID',
      'removeDatabaseTable',
    ),
    findRoute(area, DATABASE_TABLE, {
      path: '/databases/tables/by-search-string',
      action: 'findDatabaseTables',
      response: 'DatabaseTablesResponse',
    }),
    listForParentRoute(area, DATABASE_TABLE, {
      path: '/databases/{databaseAssetGUID}/tables',
      parentParam: 'databaseAssetGUID',
      parentType: 'Referenceable',
      action: 'getTablesForDatabaseAsset',
      response: 'DatabaseTablesResponse',
      children: tablesOf,
    }),
    byNameRoute(area, DATABASE_TABLE, {
      path: '/databases/tables/by-name',
      action: 'getDatabaseTablesByName',
      response: 'DatabaseTablesResponse',
    }),
    getByGUIDRoute(area, DATABASE_TABLE, {
      path: '/databases/tables/{guid}',
      guidParam: 'guid',
      action: 'getDatabaseTableByGUID',
      response: 'DatabaseTableResponse',
    }),

    // Views
    tableCreate(DATABASE_VIEW, '/databases/tables/views', 'createDatabaseView', false, true),
    createFromTemplateRoute(area, DATABASE_VIEW, {
      path: '/databases/tables/views/from-template/{templateGUID}',
      action: 'createDatabaseViewFromTemplate',
      prepare: (body, call) => ({ anchorGUID: tableParent(ctx, body, false, call).anchorGUID }),
      after: (tx, element, body, source, call) =>
        attachTable(tx, tableParent(ctx, body, false, call), element, source, call),
    }),
    tableCreate(DATABASE_VIEW, '/databases/schema-type/tables/views', 'createDatabaseViewForSchemaType', true, true),
    updateViewRoute(area),
    removeTableRoute(
      area,
      DATABASE_VIEW,
      '/databases/tables/views/{databaseViewGUID}/delete',
      'databaseViewGUID',
      'removeDatabaseView',
    ),
    findRoute(area, DATABASE_VIEW, {
      path: '/databases/tables/views/by-search-string',
      action: 'findDatabaseViews',
      response: 'DatabaseViewsResponse',
    }),
    listForParentRoute(area, DATABASE_VIEW, {
      path: '/databases/{databaseAssetGUID}/tables/views',
      parentParam: 'databaseAssetGUID',
      parentType: 'Referenceable',
      action: 'getViewsForDatabaseAsset',
      response: 'DatabaseViewsResponse',
      children: tablesOf,
    }),
    byNameRoute(area, DATABASE_VIEW, {
      path: '/databases/tables/views/by-name',
      action: 'getDatabaseViewsByName',
      response: 'DatabaseViewsResponse',
    }),
    getByGUIDRoute(area, DATABASE_VIEW, {
      path: '/databases/tables/views/{guid}',
      guidParam: 'guid',
      action: 'getDatabaseViewByGUID',
      response: 'DatabaseViewResponse',
    }),

    // Columns
    createRoute(area, DATABASE_COLUMN, {
      path: '/databases/tables/columns',
      action: 'createDatabaseColumn',
      prepare: columnParent,
      after: ({ tx, element, body, source, call }) => attachColumn(tx, element, body, source, call),
    }),
    createFromTemplateRoute(area, DATABASE_COLUMN, {
      path: '/databases/tables/columns/from-template/{templateGUID}',
      action: 'createDatabaseColumnFromTemplate',
      prepare: columnParent,
      after: attachColumn,
    }),
    updateRoute(area, DATABASE_COLUMN, {
      path: '/databases/tables/columns/{databaseColumnGUID}',
      guidParam: 'databaseColumnGUID',
      action: 'updateDatabaseColumn',
    }),
    removeRoute(area, DATABASE_COLUMN, {
      path: '/databases/tables/columns/{databaseColumnGUID}/delete',
      guidParam: 'databaseColumnGUID',
      action: 'removeDatabaseColumn',
    }),
    findRoute(area, DATABASE_COLUMN, {
      path: '/databases/tables/columns/by-search-string',
      action: 'findDatabaseColumns',
      response: 'DatabaseColumnsResponse',
    }),
    listForParentRoute(area, DATABASE_COLUMN, {
      path: '/databases/tables/{databaseTableGUID}/columns',
      parentParam: 'databaseTableGUID',
      parentType: 'RelationalTable',
      action: 'getColumnsForDatabaseTable',
      response: 'DatabaseColumnsResponse',
      children: columnsOf,
    }),
    byNameRoute(area, DATABASE_COLUMN, {
      path: '/databases/tables/columns/by-name',
      action: 'getDatabaseColumnsByName',
      response: 'DatabaseColumnsResponse',
    }),
    getByGUIDRoute(area, DATABASE_COLUMN, {
      path: '/databases/tables/columns/{guid}',
      guidParam: 'guid',
      action: 'getDatabaseColumnByGUID',
      response: 'DatabaseColumnResponse',
    }),

    // Keys
    ...keyRoutes(area),
  ];
}

/** Removing a table or view also removes its columns (they are nested in it). */
function removeTableRoute(
  area: ServiceArea,
  kind: ElementKind,
  path: string,
  guidParam: string,
  action: string,
): Route {
  return route(area, {
    method: 'POST',
    path,
    action,
    response: 'VoidResponse',
    body: { spec: EXTERNAL_SOURCE_REQUEST_BODY, required: false },
    handle: async (req, call) => {
      const table = requireKind(area.ctx, kind, req.params[guidParam], guidParam, call);
      const source = sourceOf(req.body);
      checkProvenance(table, source, call);
      await inTransaction(area.ctx, (tx) => {
        for (const column of columnsOf(tx.ctx, table))
          deleteElementTree(tx, column, { guid: column.origin.metadataCollectionId }, call);
        deleteElementTree(tx, table, source, call);
      });
      return {};
    },
  });
}

/** Updating a view also keeps its CalculatedValue formula in step. */
function updateViewRoute(area: ServiceArea): Route {
  const inner = updateRoute(area, DATABASE_VIEW, {
    path: '/databases/tables/views/{databaseViewGUID}',
    guidParam: 'databaseViewGUID',
    action: 'updateDatabaseView',
  });
  return {
    ...inner,
    handle: async (req: BoundRequest) => {
      const answer = await inner.handle(req);
      const view = area.ctx.state.store.getElement(req.params['databaseViewGUID'] ?? '');
      if (view !== undefined) {
        const formula = view.properties['formula'];
        const current = view.classifications['CalculatedValue'];
        if (current !== undefined && current.properties['formula'] !== formula) {
          await inTransaction(area.ctx, (tx) => {
            tx.classify(view, {
              ...current,
              properties: formula === undefined ? {} : { formula },
              version: current.version + 1,
              updatedBy: req.params['userId'],
              updateTime: tx.ctx.now(),
            });
          });
        }
      }
      return answer;
    },
  };
}

function keyRoutes(area: ServiceArea): Route[] {
  const ctx = area.ctx;
  return [
    route(area, {
      method: 'POST',
      path: '/databases/tables/columns/{databaseColumnGUID}/primary-key',
      action: 'setPrimaryKeyOnColumn',
      response: 'VoidResponse',
      body: { spec: CLASSIFICATION_REQUEST_BODY, required: true },
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const raw = body['properties'] as JsonObject | undefined;
        if (raw?.['class'] !== 'DatabasePrimaryKeyProperties') {
          throw invalidPropertiesObject(
            'org.odpi.openmetadata.frameworks.openmetadata.properties.schema.databases.DatabasePrimaryKeyProperties',
            call.action,
          );
        }
        const properties = readBean('DatabasePrimaryKeyProperties', raw);
        const column = requirePathElement(ctx, 'RelationalColumn', req, 'databaseColumnGUID', call);
        const source = sourceOf(body);
        checkProvenance(column, source, call);
        const owner = source.guid === undefined ? undefined : { guid: source.guid, name: source.name ?? '' };
        await inTransaction(ctx, (tx) =>
          setClassification(
            tx,
            column,
            { name: 'PrimaryKey', properties: { keyPattern: 'LOCAL_KEY', ...properties } },
            owner,
            call,
          ),
        );
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: '/databases/tables/columns/{databaseColumnGUID}/primary-key/delete',
      action: 'removePrimaryKeyFromColumn',
      response: 'VoidResponse',
      body: { spec: EXTERNAL_SOURCE_REQUEST_BODY, required: false },
      handle: async (req, call) => {
        const column = requirePathElement(ctx, 'RelationalColumn', req, 'databaseColumnGUID', call);
        checkProvenance(column, sourceOf(req.body), call);
        await inTransaction(ctx, (tx) => tx.declassify(column, 'PrimaryKey'));
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: '/databases/tables/columns/{foreignKeyColumnGUID}/foreign-key/{primaryKeyColumnGUID}',
      action: 'addForeignKeyRelationship',
      response: 'VoidResponse',
      body: { spec: RELATIONSHIP_REQUEST_BODY, required: true },
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const raw = body['properties'] as JsonObject | undefined;
        if (raw !== undefined && raw['class'] !== 'DatabaseForeignKeyProperties') {
          throw invalidPropertiesObject(
            'org.odpi.openmetadata.frameworks.openmetadata.properties.schema.databases.DatabaseForeignKeyProperties',
            call.action,
          );
        }
        const foreign = requirePathElement(ctx, 'RelationalColumn', req, 'foreignKeyColumnGUID', call);
        const primary = requirePathElement(ctx, 'RelationalColumn', req, 'primaryKeyColumnGUID', call);
        const source = verifySource(ctx, sourceOf(body), call);
        const properties = readBean('DatabaseForeignKeyProperties', raw);
        await inTransaction(ctx, (tx) => {
          const existing = tx.ctx.state.store
            .relationshipsOf(primary.guid, 'ForeignKey', 1)
            .find((r) => r.end2GUID === foreign.guid);
          if (existing === undefined) link(tx, 'ForeignKey', primary.guid, foreign.guid, source, call, properties);
          else {
            checkProvenance(existing, source, call);
            tx.reviseRelationship(existing, properties, call.userId);
          }
        });
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: '/databases/tables/columns/{foreignKeyColumnGUID}/foreign-key/{primaryKeyColumnGUID}/delete',
      action: 'removeForeignKeyRelationship',
      response: 'VoidResponse',
      body: { spec: EXTERNAL_SOURCE_REQUEST_BODY, required: false },
      handle: async (req, call) => {
        const foreignGUID = req.params['foreignKeyColumnGUID'];
        const primaryGUID = req.params['primaryKeyColumnGUID'];
        if (foreignGUID === undefined || foreignGUID === '') throw nullGUID('foreignKeyColumnGUID', call.action);
        const foreign = requireElement(ctx, foreignGUID, 'RelationalColumn', 'foreignKeyColumnGUID', call);
        const primary = requireElement(ctx, primaryGUID, 'RelationalColumn', 'primaryKeyColumnGUID', call);
        const existing = ctx.state.store
          .relationshipsOf(primary.guid, 'ForeignKey', 1)
          .find((r) => r.end2GUID === foreign.guid);
        if (existing !== undefined) {
          checkProvenance(existing, sourceOf(req.body), call);
          await inTransaction(ctx, (tx) => tx.deleteRelationship(existing));
        }
        return {};
      },
    }),
  ];
}
