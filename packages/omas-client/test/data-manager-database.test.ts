/**
 * Every Data Manager database operation, end to end over HTTP: the exact method, path, query and
 * body on the wire (as Egeria 5.2's DatabaseManagerResource / DataManagerOMASResource take them),
 * and the result taken out of the answer.
 */
import { InvalidParameterException } from '@egeria-ts/core';
import {
  DATA_MANAGER_DATABASE_SERVICE,
  DatabaseManagerClient,
  OmasRestClient,
  type DataManagerDatabaseOperationName,
} from '@egeria-ts/omas-client';
import { EgeriaTestServer, replies, type Reply } from './support/egeria-test-server';

const PREFIX = '/servers/cocoMDS1/open-metadata/access-services/data-manager/users/erinoverview';
const SRC = { externalSourceGUID: 'dbms-guid', externalSourceName: 'DBMS::pg-prod-01' };
const header = (guid: string) => ({
  class: 'ElementHeader',
  headerVersion: 0,
  status: 'ACTIVE',
  guid,
  type: { typeName: 'Database', typeId: '0921c83f', typeVersion: 1 },
  origin: { originCategory: 'EXTERNAL_SOURCE', homeMetadataCollectionId: 'dbms-guid' },
  versions: { createdBy: 'erinoverview', createTime: '2024-05-01T10:00:00.000+00:00', version: 1 },
});
const PAGE0 = { startFrom: '0', pageSize: '0' };

interface Case {
  readonly operation: DataManagerDatabaseOperationName;
  readonly call: (client: DatabaseManagerClient) => Promise<unknown>;
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly query?: Record<string, string>;
  readonly body?: unknown;
  readonly reply: Reply;
  readonly result: unknown;
}

const database = {
  elementHeader: header('db-1'),
  databaseProperties: { class: 'DatabaseProperties', qualifiedName: 'pg::sales' },
};
const schema = {
  elementHeader: header('sc-1'),
  databaseSchemaProperties: { class: 'DatabaseSchemaProperties', qualifiedName: 'pg::sales::public' },
};
const table = {
  elementHeader: header('tb-1'),
  databaseTableProperties: { class: 'DatabaseTableProperties', qualifiedName: 't' },
  databaseColumnCount: 3,
};
const view = {
  elementHeader: header('vw-1'),
  databaseViewProperties: { class: 'DatabaseViewProperties', qualifiedName: 'v' },
};
const column = {
  elementHeader: header('col-1'),
  databaseColumnProperties: { class: 'DatabaseColumnProperties', qualifiedName: 'c', dataType: 'INTEGER' },
  primaryKeyProperties: { class: 'DatabasePrimaryKeyProperties', name: 'pk', keyPattern: 'LOCAL_KEY' },
};
const template = { qualifiedName: 'copy::1', displayName: 'Copy' };
const connection = {
  class: 'Connection',
  qualifiedName: 'DataManagerOutTopic',
  endpoint: { class: 'Endpoint', address: 'egeria.omag.server.cocoMDS1.omas.datamanager.outTopic' },
};

/** A create of a referenceable: `ReferenceableRequestBody`. */
function createCase(
  operation: DataManagerDatabaseOperationName,
  path: string,
  call: (client: DatabaseManagerClient) => Promise<unknown>,
  propertiesClass: string,
  parentGUID?: string,
): Case {
  return {
    operation,
    call,
    method: 'POST',
    path,
    body: {
      class: 'ReferenceableRequestBody',
      ...SRC,
      ...(parentGUID ? { parentGUID } : {}),
      properties: expect.objectContaining({ class: propertiesClass, qualifiedName: expect.any(String) }),
    },
    reply: replies.guid(`${operation}-guid`),
    result: `${operation}-guid`,
  };
}

function templateCase(
  operation: DataManagerDatabaseOperationName,
  path: string,
  call: (client: DatabaseManagerClient) => Promise<unknown>,
  parentGUID?: string,
): Case {
  return {
    operation,
    call,
    method: 'POST',
    path,
    body: { class: 'TemplateRequestBody', ...template, ...SRC, ...(parentGUID ? { parentGUID } : {}) },
    reply: replies.guid(`${operation}-guid`),
    result: `${operation}-guid`,
  };
}

function updateCase(
  operation: DataManagerDatabaseOperationName,
  path: string,
  call: (client: DatabaseManagerClient) => Promise<unknown>,
  propertiesClass: string,
  merge: boolean,
): Case {
  return {
    operation,
    call,
    method: 'POST',
    path,
    query: { isMergeUpdate: String(merge) },
    body: {
      class: 'ReferenceableRequestBody',
      ...SRC,
      properties: expect.objectContaining({ class: propertiesClass }),
    },
    reply: replies.void(),
    result: undefined,
  };
}

function removeCase(
  operation: DataManagerDatabaseOperationName,
  path: string,
  call: (c: DatabaseManagerClient) => Promise<unknown>,
): Case {
  return {
    operation,
    call,
    method: 'POST',
    path,
    body: { class: 'ExternalSourceRequestBody', ...SRC },
    reply: replies.void(),
    result: undefined,
  };
}

function classifyCase(
  operation: DataManagerDatabaseOperationName,
  path: string,
  call: (c: DatabaseManagerClient) => Promise<unknown>,
): Case {
  return {
    operation,
    call,
    method: 'POST',
    path,
    body: { class: 'ClassificationRequestBody' },
    reply: replies.void(),
    result: undefined,
  };
}

function searchCase(
  operation: DataManagerDatabaseOperationName,
  path: string,
  call: (c: DatabaseManagerClient) => Promise<unknown>,
  bean: string,
  element: unknown,
): Case {
  return {
    operation,
    call,
    method: 'POST',
    path,
    query: { startFrom: '5', pageSize: '20' },
    body: { class: 'SearchStringRequestBody', searchString: 'sales.*', searchStringParameterName: 'searchString' },
    reply: replies.elements(bean, [element]),
    result: [element],
  };
}

function nameCase(
  operation: DataManagerDatabaseOperationName,
  path: string,
  call: (c: DatabaseManagerClient) => Promise<unknown>,
  bean: string,
  element: unknown,
): Case {
  return {
    operation,
    call,
    method: 'POST',
    path,
    query: PAGE0,
    body: { class: 'NameRequestBody', name: 'sales', namePropertyName: 'name' },
    reply: replies.elements(bean, [element]),
    result: [element],
  };
}

function listCase(
  operation: DataManagerDatabaseOperationName,
  path: string,
  call: (c: DatabaseManagerClient) => Promise<unknown>,
  bean: string,
  element: unknown,
): Case {
  return {
    operation,
    call,
    method: 'GET',
    path,
    query: { startFrom: '0', pageSize: '50' },
    reply: replies.elements(bean, [element]),
    result: [element],
  };
}

function getCase(
  operation: DataManagerDatabaseOperationName,
  path: string,
  call: (c: DatabaseManagerClient) => Promise<unknown>,
  bean: string,
  element: unknown,
): Case {
  return { operation, call, method: 'GET', path, reply: replies.element(bean, element), result: element };
}

const cases: Case[] = [
  {
    operation: 'createDatabaseManager',
    call: (c) =>
      c.createDatabaseManager({
        ...SRC,
        databaseManagerProperties: {
          qualifiedName: 'DBMS::pg-prod-01',
          displayName: 'Postgres prod 01',
          version: '15',
          patchLevel: '4',
          source: 'ops',
        },
      }),
    method: 'POST',
    path: '/metadata-sources/database-managers',
    body: {
      class: 'DatabaseManagerRequestBody',
      qualifiedName: 'DBMS::pg-prod-01',
      displayName: 'Postgres prod 01',
      version: '15',
      patchLevel: '4',
      source: 'ops',
      ...SRC,
    },
    reply: replies.guid('dbms-guid'),
    result: 'dbms-guid',
  },
  {
    operation: 'getMetadataSourceGUID',
    call: (c) => c.getMetadataSourceGUID({ qualifiedName: 'DBMS::pg-prod-01' }),
    method: 'POST',
    path: '/metadata-sources/by-name',
    body: { class: 'NameRequestBody', name: 'DBMS::pg-prod-01', namePropertyName: 'qualifiedName' },
    reply: replies.guid('dbms-guid'),
    result: 'dbms-guid',
  },
  {
    operation: 'getOutTopicConnection',
    call: (c) => c.getOutTopicConnection({ callerId: 'database-integrator/1' }),
    method: 'GET',
    path: '/topics/out-topic-connection/database-integrator%2F1',
    reply: { kind: 'json', body: { class: 'OCFConnectionResponse', relatedHTTPCode: 200, connection } },
    result: connection,
  },
  // databases
  createCase(
    'createDatabase',
    '/databases',
    (c) => c.createDatabase({ ...SRC, databaseProperties: { qualifiedName: 'pg::sales', databaseVersion: '15' } }),
    'DatabaseProperties',
  ),
  templateCase('createDatabaseFromTemplate', '/databases/from-template/tmpl-1', (c) =>
    c.createDatabaseFromTemplate({ ...SRC, templateGUID: 'tmpl-1', templateProperties: template }),
  ),
  updateCase(
    'updateDatabase',
    '/databases/db-1',
    (c) =>
      c.updateDatabase({
        ...SRC,
        databaseGUID: 'db-1',
        isMergeUpdate: true,
        databaseProperties: { description: 'x' } as never,
      }),
    'DatabaseProperties',
    true,
  ),
  classifyCase('publishDatabase', '/databases/db-1/publish', (c) => c.publishDatabase({ databaseGUID: 'db-1' })),
  classifyCase('withdrawDatabase', '/databases/db-1/withdraw', (c) => c.withdrawDatabase({ databaseGUID: 'db-1' })),
  removeCase('removeDatabase', '/databases/db-1/delete', (c) => c.removeDatabase({ ...SRC, databaseGUID: 'db-1' })),
  searchCase(
    'findDatabases',
    '/databases/by-search-string',
    (c) => c.findDatabases({ searchString: 'sales.*', startFrom: 5, pageSize: 20 }),
    'DatabasesResponse',
    database,
  ),
  nameCase(
    'getDatabasesByName',
    '/databases/by-name',
    (c) => c.getDatabasesByName({ name: 'sales' }),
    'DatabasesResponse',
    database,
  ),
  listCase(
    'getDatabasesForDatabaseManager',
    '/database-managers/dbms-guid/DBMS%3A%3Apg%2Fprod%2001/databases',
    (c) =>
      c.getDatabasesForDatabaseManager({
        databaseManagerGUID: 'dbms-guid',
        databaseManagerName: 'DBMS::pg/prod 01',
        pageSize: 50,
      }),
    'DatabasesResponse',
    database,
  ),
  getCase(
    'getDatabaseByGUID',
    '/databases/db-1',
    (c) => c.getDatabaseByGUID({ guid: 'db-1' }),
    'DatabaseResponse',
    database,
  ),
  // schemas
  createCase(
    'createDatabaseSchema',
    '/databases/schemas',
    (c) =>
      c.createDatabaseSchema({
        ...SRC,
        databaseGUID: 'db-1',
        databaseSchemaProperties: { qualifiedName: 'pg::sales::public' },
      }),
    'DatabaseSchemaProperties',
    'db-1',
  ),
  templateCase(
    'createDatabaseSchemaFromTemplate',
    '/databases/schemas/from-template/tmpl-1',
    (c) =>
      c.createDatabaseSchemaFromTemplate({
        ...SRC,
        databaseGUID: 'db-1',
        templateGUID: 'tmpl-1',
        templateProperties: template,
      }),
    'db-1',
  ),
  updateCase(
    'updateDatabaseSchema',
    '/databases/schemas/sc-1',
    (c) =>
      c.updateDatabaseSchema({
        ...SRC,
        databaseSchemaGUID: 'sc-1',
        isMergeUpdate: false,
        databaseSchemaProperties: { qualifiedName: 'q' },
      }),
    'DatabaseSchemaProperties',
    false,
  ),
  classifyCase('publishDatabaseSchema', '/databases/schemas/sc-1/publish', (c) =>
    c.publishDatabaseSchema({ databaseSchemaGUID: 'sc-1' }),
  ),
  classifyCase('withdrawDatabaseSchema', '/databases/schemas/sc-1/withdraw', (c) =>
    c.withdrawDatabaseSchema({ databaseSchemaGUID: 'sc-1' }),
  ),
  removeCase('removeDatabaseSchema', '/databases/schemas/sc-1/delete', (c) =>
    c.removeDatabaseSchema({ ...SRC, databaseSchemaGUID: 'sc-1' }),
  ),
  searchCase(
    'findDatabaseSchemas',
    '/databases/schemas/by-search-string',
    (c) => c.findDatabaseSchemas({ searchString: 'sales.*', startFrom: 5, pageSize: 20 }),
    'DatabaseSchemasResponse',
    schema,
  ),
  listCase(
    'getSchemasForDatabase',
    '/databases/db-1/schemas',
    (c) => c.getSchemasForDatabase({ databaseGUID: 'db-1', pageSize: 50 }),
    'DatabaseSchemasResponse',
    schema,
  ),
  nameCase(
    'getDatabaseSchemasByName',
    '/databases/schemas/by-name',
    (c) => c.getDatabaseSchemasByName({ name: 'sales' }),
    'DatabaseSchemasResponse',
    schema,
  ),
  getCase(
    'getDatabaseSchemaByGUID',
    '/databases/schemas/sc-1',
    (c) => c.getDatabaseSchemaByGUID({ guid: 'sc-1' }),
    'DatabaseSchemaResponse',
    schema,
  ),
  // schema type
  {
    operation: 'createDatabaseSchemaType',
    call: (c) => c.createDatabaseSchemaType({ ...SRC, qualifiedName: 'pg::sales::schemaType' }),
    method: 'POST',
    path: '/databases/schema-type',
    body: {
      class: 'ReferenceableRequestBody',
      ...SRC,
      properties: { class: 'DatabaseSchemaTypeProperties', qualifiedName: 'pg::sales::schemaType' },
    },
    reply: replies.guid('st-1'),
    result: 'st-1',
  },
  {
    operation: 'attachSchemaTypeToDatabaseAsset',
    call: (c) => c.attachSchemaTypeToDatabaseAsset({ ...SRC, databaseAssetGUID: 'db-1', schemaTypeGUID: 'st-1' }),
    method: 'POST',
    path: '/databases/db-1/schema-type/st-1',
    body: { class: 'RelationshipRequestBody', ...SRC },
    reply: replies.void(),
    result: undefined,
  },
  // tables
  createCase(
    'createDatabaseTable',
    '/databases/tables',
    (c) =>
      c.createDatabaseTable({
        ...SRC,
        databaseAssetGUID: 'sc-1',
        databaseTableProperties: { qualifiedName: 't', isDeprecated: false, aliases: ['o'] },
      }),
    'DatabaseTableProperties',
    'sc-1',
  ),
  templateCase(
    'createDatabaseTableFromTemplate',
    '/databases/tables/from-template/tmpl-1',
    (c) =>
      c.createDatabaseTableFromTemplate({
        ...SRC,
        databaseAssetGUID: 'sc-1',
        templateGUID: 'tmpl-1',
        templateProperties: template,
      }),
    'sc-1',
  ),
  createCase(
    'createDatabaseTableForSchemaType',
    '/databases/schema-type/tables',
    (c) =>
      c.createDatabaseTableForSchemaType({
        ...SRC,
        databaseSchemaTypeGUID: 'st-1',
        databaseTableProperties: { qualifiedName: 't' },
      }),
    'DatabaseTableProperties',
    'st-1',
  ),
  updateCase(
    'updateDatabaseTable',
    '/databases/tables/tb-1',
    (c) =>
      c.updateDatabaseTable({
        ...SRC,
        databaseTableGUID: 'tb-1',
        isMergeUpdate: true,
        databaseTableProperties: { description: 'd' },
      }),
    'DatabaseTableProperties',
    true,
  ),
  removeCase('removeDatabaseTable', '/databases/tables/tb-1/delete', (c) =>
    c.removeDatabaseTable({ ...SRC, databaseTableGUID: 'tb-1' }),
  ),
  searchCase(
    'findDatabaseTables',
    '/databases/tables/by-search-string',
    (c) => c.findDatabaseTables({ searchString: 'sales.*', startFrom: 5, pageSize: 20 }),
    'DatabaseTablesResponse',
    table,
  ),
  listCase(
    'getTablesForDatabaseAsset',
    '/databases/sc-1/tables',
    (c) => c.getTablesForDatabaseAsset({ databaseAssetGUID: 'sc-1', pageSize: 50 }),
    'DatabaseTablesResponse',
    table,
  ),
  nameCase(
    'getDatabaseTablesByName',
    '/databases/tables/by-name',
    (c) => c.getDatabaseTablesByName({ name: 'sales' }),
    'DatabaseTablesResponse',
    table,
  ),
  getCase(
    'getDatabaseTableByGUID',
    '/databases/tables/tb-1',
    (c) => c.getDatabaseTableByGUID({ guid: 'tb-1' }),
    'DatabaseTableResponse',
    table,
  ),
  // views
  createCase(
    'createDatabaseView',
    '/databases/tables/views',
    (c) =>
      c.createDatabaseView({
        ...SRC,
        databaseAssetGUID: 'sc-1',
        databaseViewProperties: { qualifiedName: 'v', formula: '{0}', queries: [{ queryId: '0', query: 'select 1' }] },
      }),
    'DatabaseViewProperties',
    'sc-1',
  ),
  templateCase(
    'createDatabaseViewFromTemplate',
    '/databases/tables/views/from-template/tmpl-1',
    (c) =>
      c.createDatabaseViewFromTemplate({
        ...SRC,
        databaseAssetGUID: 'sc-1',
        templateGUID: 'tmpl-1',
        templateProperties: template,
      }),
    'sc-1',
  ),
  createCase(
    'createDatabaseViewForSchemaType',
    '/databases/schema-type/tables/views',
    (c) =>
      c.createDatabaseViewForSchemaType({
        ...SRC,
        databaseSchemaTypeGUID: 'st-1',
        databaseViewProperties: { qualifiedName: 'v' },
      }),
    'DatabaseViewProperties',
    'st-1',
  ),
  updateCase(
    'updateDatabaseView',
    '/databases/tables/views/vw-1',
    (c) =>
      c.updateDatabaseView({
        ...SRC,
        databaseViewGUID: 'vw-1',
        isMergeUpdate: false,
        databaseViewProperties: { qualifiedName: 'v' },
      }),
    'DatabaseViewProperties',
    false,
  ),
  removeCase('removeDatabaseView', '/databases/tables/views/vw-1/delete', (c) =>
    c.removeDatabaseView({ ...SRC, databaseViewGUID: 'vw-1' }),
  ),
  searchCase(
    'findDatabaseViews',
    '/databases/tables/views/by-search-string',
    (c) => c.findDatabaseViews({ searchString: 'sales.*', startFrom: 5, pageSize: 20 }),
    'DatabaseViewsResponse',
    view,
  ),
  listCase(
    'getViewsForDatabaseAsset',
    '/databases/sc-1/tables/views',
    (c) => c.getViewsForDatabaseAsset({ databaseAssetGUID: 'sc-1', pageSize: 50 }),
    'DatabaseViewsResponse',
    view,
  ),
  nameCase(
    'getDatabaseViewsByName',
    '/databases/tables/views/by-name',
    (c) => c.getDatabaseViewsByName({ name: 'sales' }),
    'DatabaseViewsResponse',
    view,
  ),
  getCase(
    'getDatabaseViewByGUID',
    '/databases/tables/views/vw-1',
    (c) => c.getDatabaseViewByGUID({ guid: 'vw-1' }),
    'DatabaseViewResponse',
    view,
  ),
  // columns
  createCase(
    'createDatabaseColumn',
    '/databases/tables/columns',
    (c) =>
      c.createDatabaseColumn({
        ...SRC,
        databaseTableGUID: 'tb-1',
        databaseColumnProperties: {
          qualifiedName: 'c',
          dataType: 'INTEGER',
          elementPosition: 0,
          isNullable: false,
          sortOrder: 'UNSORTED',
        },
      }),
    'DatabaseColumnProperties',
    'tb-1',
  ),
  templateCase(
    'createDatabaseColumnFromTemplate',
    '/databases/tables/columns/from-template/tmpl-1',
    (c) =>
      c.createDatabaseColumnFromTemplate({
        ...SRC,
        databaseTableGUID: 'tb-1',
        templateGUID: 'tmpl-1',
        templateProperties: template,
      }),
    'tb-1',
  ),
  updateCase(
    'updateDatabaseColumn',
    '/databases/tables/columns/col-1',
    (c) =>
      c.updateDatabaseColumn({
        ...SRC,
        databaseColumnGUID: 'col-1',
        isMergeUpdate: true,
        databaseColumnProperties: { length: 12 },
      }),
    'DatabaseColumnProperties',
    true,
  ),
  removeCase('removeDatabaseColumn', '/databases/tables/columns/col-1/delete', (c) =>
    c.removeDatabaseColumn({ ...SRC, databaseColumnGUID: 'col-1' }),
  ),
  searchCase(
    'findDatabaseColumns',
    '/databases/tables/columns/by-search-string',
    (c) => c.findDatabaseColumns({ searchString: 'sales.*', startFrom: 5, pageSize: 20 }),
    'DatabaseColumnsResponse',
    column,
  ),
  listCase(
    'getColumnsForDatabaseTable',
    '/databases/tables/tb-1/columns',
    (c) => c.getColumnsForDatabaseTable({ databaseTableGUID: 'tb-1', pageSize: 50 }),
    'DatabaseColumnsResponse',
    column,
  ),
  nameCase(
    'getDatabaseColumnsByName',
    '/databases/tables/columns/by-name',
    (c) => c.getDatabaseColumnsByName({ name: 'sales' }),
    'DatabaseColumnsResponse',
    column,
  ),
  getCase(
    'getDatabaseColumnByGUID',
    '/databases/tables/columns/col-1',
    (c) => c.getDatabaseColumnByGUID({ guid: 'col-1' }),
    'DatabaseColumnResponse',
    column,
  ),
  // keys
  {
    operation: 'setPrimaryKeyOnColumn',
    call: (c) =>
      c.setPrimaryKeyOnColumn({
        ...SRC,
        databaseColumnGUID: 'col-1',
        databasePrimaryKeyProperties: { name: 'pk', keyPattern: 'LOCAL_KEY' },
      }),
    method: 'POST',
    path: '/databases/tables/columns/col-1/primary-key',
    body: {
      class: 'ClassificationRequestBody',
      ...SRC,
      properties: { class: 'DatabasePrimaryKeyProperties', name: 'pk', keyPattern: 'LOCAL_KEY' },
    },
    reply: replies.void(),
    result: undefined,
  },
  removeCase('removePrimaryKeyFromColumn', '/databases/tables/columns/col-1/primary-key/delete', (c) =>
    c.removePrimaryKeyFromColumn({ ...SRC, databaseColumnGUID: 'col-1' }),
  ),
  {
    operation: 'addForeignKeyRelationship',
    call: (c) =>
      c.addForeignKeyRelationship({
        ...SRC,
        primaryKeyColumnGUID: 'pk-col',
        foreignKeyColumnGUID: 'fk-col',
        databaseForeignKeyProperties: { name: 'fk_orders', confidence: 100 },
      }),
    method: 'POST',
    path: '/databases/tables/columns/fk-col/foreign-key/pk-col',
    body: {
      class: 'RelationshipRequestBody',
      ...SRC,
      properties: { class: 'DatabaseForeignKeyProperties', name: 'fk_orders', confidence: 100 },
    },
    reply: replies.void(),
    result: undefined,
  },
  removeCase('removeForeignKeyRelationship', '/databases/tables/columns/fk-col/foreign-key/pk-col/delete', (c) =>
    c.removeForeignKeyRelationship({ ...SRC, primaryKeyColumnGUID: 'pk-col', foreignKeyColumnGUID: 'fk-col' }),
  ),
];

describe('Data Manager OMAS database operations over HTTP', () => {
  let server: EgeriaTestServer;
  let rest: OmasRestClient;
  let client: DatabaseManagerClient;

  beforeAll(async () => {
    server = await EgeriaTestServer.start();
    rest = new OmasRestClient({
      service: DATA_MANAGER_DATABASE_SERVICE,
      transport: { platformURLRoot: server.url, serverName: 'cocoMDS1', userId: 'erinoverview', retry: false },
    });
    client = new DatabaseManagerClient(rest);
  });
  afterEach(() => server.reset());
  afterAll(async () => {
    await rest.close();
    await server.close();
  });

  it('covers every operation of the table exactly once', () => {
    const covered = cases.map((c) => c.operation).sort();
    expect(covered).toEqual(Object.keys(DATA_MANAGER_DATABASE_SERVICE.operations).sort());
  });

  it.each(cases.map((c) => [c.operation, c] as const))('%s sends what the 5.2 server takes', async (_name, c) => {
    server.enqueue(c.reply);
    const result = await c.call(client);
    expect(server.requests).toHaveLength(1);
    const received = server.last();
    expect(received.method).toBe(c.method);
    expect(received.path).toBe(PREFIX + c.path);
    expect(received.query).toEqual(c.query ?? {});
    if (c.body === undefined) {
      expect(received.body).toBe('');
    } else {
      expect(received.headers['content-type']).toBe('application/json');
      expect(received.json).toEqual(c.body);
    }
    expect(result).toEqual(c.result);
    const definition = DATA_MANAGER_DATABASE_SERVICE.operations[c.operation];
    expect(definition.method).toBe(c.method);
  });

  it('reads 4.x elementList and a missing list as results', async () => {
    server.enqueue(replies.elements('DatabasesResponse', [database], 'elementList'));
    await expect(client.findDatabases({ searchString: '.*' })).resolves.toEqual([database]);
    server.enqueue({ kind: 'json', body: { class: 'DatabasesResponse', relatedHTTPCode: 200 } });
    await expect(client.findDatabases({ searchString: '.*' })).resolves.toEqual([]);
  });

  it('keeps dates and unknown fields as received', async () => {
    const odd = {
      ...table,
      elementHeader: { ...header('tb-9'), versions: { createTime: 1714557600000 }, futureField: { a: 1 } },
    };
    server.enqueue(replies.element('DatabaseTableResponse', odd));
    await expect(client.getDatabaseTableByGUID({ guid: 'tb-9' })).resolves.toEqual(odd);
  });

  it('iterates a list call page by page until a short page', async () => {
    const all = Array.from({ length: 7 }, (_, i) => ({ ...column, elementHeader: header(`col-${i}`) }));
    server.setDefault((r) => {
      const start = Number(r.query['startFrom']);
      const size = Number(r.query['pageSize']);
      return replies.elements('DatabaseColumnsResponse', all.slice(start, start + size));
    });
    const seen: string[] = [];
    for await (const element of client.iterate('getColumnsForDatabaseTable', {
      databaseTableGUID: 'tb-1',
      pageSize: 3,
    })) {
      seen.push(element.elementHeader.guid);
    }
    expect(seen).toEqual(all.map((e) => e.elementHeader.guid));
    expect(server.requests.map((r) => r.query)).toEqual([
      { startFrom: '0', pageSize: '3' },
      { startFrom: '3', pageSize: '3' },
      { startFrom: '6', pageSize: '3' },
    ]);
    expect(server.requests.every((r) => r.path === `${PREFIX}/databases/tables/tb-1/columns`)).toBe(true);
  });

  it('iterates a search with its body on every page', async () => {
    const all = Array.from({ length: 4 }, (_, i) => ({ ...database, elementHeader: header(`db-${i}`) }));
    server.setDefault((r) => {
      const start = Number(r.query['startFrom']);
      return replies.elements('DatabasesResponse', all.slice(start, start + 2));
    });
    const seen: unknown[] = [];
    for await (const element of client.iterate('findDatabases', { searchString: 'db.*', pageSize: 2 }))
      seen.push(element);
    expect(seen).toEqual(all);
    expect(server.requests).toHaveLength(3);
    for (const r of server.requests) {
      expect(r.json).toEqual({
        class: 'SearchStringRequestBody',
        searchString: 'db.*',
        searchStringParameterName: 'searchString',
      });
    }
  });

  describe('refuses bad input before sending', () => {
    const refusals: Array<[string, (c: DatabaseManagerClient) => Promise<unknown>, string]> = [
      [
        'a database without qualifiedName',
        (c) => c.createDatabase({ databaseProperties: { name: 'x' } }),
        'qualifiedName',
      ],
      ['a database without properties', (c) => c.createDatabase({} as never), 'databaseProperties'],
      [
        'a schema without its database',
        (c) => c.createDatabaseSchema({ databaseSchemaProperties: { qualifiedName: 'q' } } as never),
        'databaseGUID',
      ],
      [
        'a column without dataType or externalTypeGUID',
        (c) => c.createDatabaseColumn({ databaseTableGUID: 't', databaseColumnProperties: { qualifiedName: 'q' } }),
        'databaseColumnProperties.dataType',
      ],
      [
        'a full update without qualifiedName',
        (c) => c.updateDatabase({ databaseGUID: 'd', isMergeUpdate: false, databaseProperties: {} }),
        'qualifiedName',
      ],
      [
        'an update without isMergeUpdate',
        (c) => c.updateDatabase({ databaseGUID: 'd', databaseProperties: {} } as never),
        'isMergeUpdate',
      ],
      ['a get with an empty GUID', (c) => c.getDatabaseByGUID({ guid: '' }), 'guid'],
      ['a search without a search string', (c) => c.findDatabases({} as never), 'searchString'],
      ['a list without its parent', (c) => c.getColumnsForDatabaseTable({} as never), 'databaseTableGUID'],
      [
        'a template copy without templateGUID',
        (c) => c.createDatabaseFromTemplate({ templateProperties: template } as never),
        'templateGUID',
      ],
      ['a remove with an empty path GUID', (c) => c.removeDatabase({ databaseGUID: ' ' }), 'databaseGUID'],
      [
        'a foreign key without its primary key column',
        (c) => c.addForeignKeyRelationship({ foreignKeyColumnGUID: 'f' } as never),
        'primaryKeyColumnGUID',
      ],
    ];
    it.each(refusals)('%s', async (_label, call, parameterName) => {
      const error = await call(client).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidParameterException);
      expect((error as { parameterName?: string }).parameterName).toBe(parameterName);
      expect((error as Error).message).toContain(parameterName);
      expect(server.requests).toHaveLength(0);
    });
  });
});
