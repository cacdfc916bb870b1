/**
 * Data Manager database operations, with requests shaped as Egeria 5.2's DatabaseManagerClient
 * sends them, against a real emulator over HTTP.
 */
import { TestEmulator, enc, expectFFDC } from './support/harness';
import {
  columnProperties,
  databaseManagerBody,
  databaseProperties,
  externalSourceBody,
  nameBody,
  referenceableBody,
  schemaProperties,
  searchStringBody,
  tableProperties,
  templateBody,
  viewProperties,
} from './support/java-shapes';

type Source = { guid: string; name: string };

let em: TestEmulator;
let dm: string;
let dbms: Source;
let other: Source;

async function createDatabase(qualifiedName: string, source: Source | undefined = dbms, extra = {}): Promise<string> {
  const body = await em.ok(`${dm}/databases`, referenceableBody(source, databaseProperties(qualifiedName, extra)));
  return body['guid'] as string;
}

async function createTable(parentGUID: string, qualifiedName: string, source: Source = dbms): Promise<string> {
  const body = await em.ok(
    `${dm}/databases/tables`,
    referenceableBody(source, tableProperties(qualifiedName), parentGUID),
  );
  return body['guid'] as string;
}

async function createColumn(tableGUID: string, qualifiedName: string, extra = {}): Promise<string> {
  const body = await em.ok(
    `${dm}/databases/tables/columns`,
    referenceableBody(dbms, columnProperties(qualifiedName, extra), tableGUID),
  );
  return body['guid'] as string;
}

beforeAll(async () => {
  em = await TestEmulator.start();
  dm = em.dm();
  const created = await em.ok(`${dm}/metadata-sources/database-managers`, databaseManagerBody('DBMS::pg-prod'));
  dbms = { guid: created['guid'] as string, name: 'DBMS::pg-prod' };
  const second = await em.ok(`${dm}/metadata-sources/database-managers`, databaseManagerBody('DBMS::other'));
  other = { guid: second['guid'] as string, name: 'DBMS::other' };
});

afterAll(async () => {
  await em.close();
});

describe('databases', () => {
  test('create, then get by GUID with the element header Egeria builds', async () => {
    const guid = await createDatabase('pg-prod::sales', dbms, {
      name: 'sales',
      databaseVersion: '15',
      createTime: 1714557600000,
    });
    const answer = await em.ok(`${dm}/databases/${enc(guid)}`, undefined, 'GET');
    expect(answer['class']).toBe('DatabaseResponse');
    const element = answer['element'] as Record<string, Record<string, unknown>>;
    const header = element['elementHeader'];
    expect(header['class']).toBe('ElementHeader');
    expect(header['guid']).toBe(guid);
    expect(header['status']).toBe('ACTIVE');
    expect(header['type']).toEqual({
      typeId: '0921c83f-b2db-4086-a52c-0d10e52ca078',
      typeName: 'Database',
      superTypeNames: ['DataStore', 'DataAsset', 'Asset', 'Referenceable', 'OpenMetadataRoot'],
      typeVersion: 2,
    });
    expect(header['origin']).toEqual({
      sourceServer: 'mds1',
      originCategory: 'EXTERNAL_SOURCE',
      homeMetadataCollectionId: dbms.guid,
      homeMetadataCollectionName: dbms.name,
    });
    const versions = header['versions'] as Record<string, unknown>;
    expect(versions['createdBy']).toBe('dbUser');
    expect(versions['version']).toBe(1);
    expect(String(versions['createTime'])).toMatch(/\+00:00$/);
    expect(element['databaseProperties']).toEqual(
      expect.objectContaining({
        class: 'DatabaseProperties',
        qualifiedName: 'pg-prod::sales',
        name: 'sales',
        databaseVersion: '15',
        createTime: '2024-05-01T10:00:00.000+00:00',
        typeName: 'Database',
      }),
    );
  });

  test('a database created without a metadata source belongs to the server (LOCAL_COHORT)', async () => {
    const guid = (await em.ok(`${dm}/databases`, referenceableBody(undefined, databaseProperties('local::db'))))[
      'guid'
    ] as string;
    const answer = await em.ok(`${dm}/databases/${guid}`, undefined, 'GET');
    const origin = (answer['element'] as Record<string, Record<string, Record<string, unknown>>>)['elementHeader'][
      'origin'
    ];
    expect(origin['originCategory']).toBe('LOCAL_COHORT');
    expect(origin['homeMetadataCollectionName']).toBe('mds1');
    expect(typeof origin['homeMetadataCollectionId']).toBe('string');
  });

  test('unknown GUID: OMAG-REPOSITORY-HANDLER-404-007, caused by EntityNotKnownException', async () => {
    const answer = await em.get(`${dm}/databases/no-such-guid`);
    expectFFDC(answer, {
      responseClass: 'DatabaseResponse',
      exception: 'InvalidParameterException',
      httpCode: 404,
      messageId: 'OMAG-REPOSITORY-HANDLER-404-007',
      action: 'getDatabaseByGUID',
      parameterName: 'guid',
    });
    expect(answer.body['exceptionCausedBy']).toBe(
      'org.odpi.openmetadata.repositoryservices.ffdc.exception.EntityNotKnownException',
    );
    expect((answer.body['exceptionErrorMessageParameters'] as string[]).slice(0, 5)).toEqual([
      'Database',
      'no-such-guid',
      'getDatabaseByGUID',
      'Data Manager OMAS',
      'mds1',
    ]);
  });

  test('a GUID of another type: OMAG-REPOSITORY-HANDLER-404-001', async () => {
    const answer = await em.get(`${dm}/databases/${dbms.guid}`);
    expectFFDC(answer, {
      responseClass: 'DatabaseResponse',
      exception: 'InvalidParameterException',
      httpCode: 404,
      messageId: 'OMAG-REPOSITORY-HANDLER-404-001',
      action: 'getDatabaseByGUID',
      parameterName: 'guid',
    });
  });

  test('missing qualifiedName: OMAG-COMMON-400-006 naming qualifiedName, nothing created', async () => {
    const before = await em.ok(`${dm}/databases/by-search-string?startFrom=0&pageSize=0`, searchStringBody('.*'));
    const answer = await em.post(
      `${dm}/databases`,
      referenceableBody(dbms, { class: 'DatabaseProperties', name: 'x' }),
    );
    expectFFDC(answer, {
      responseClass: 'GUIDResponse',
      exception: 'InvalidParameterException',
      httpCode: 400,
      messageId: 'OMAG-COMMON-400-006',
      action: 'createDatabase',
      parameterName: 'qualifiedName',
    });
    expect(answer.body['exceptionErrorMessageParameters']).toEqual(['qualifiedName', 'createDatabase']);
    const after = await em.ok(`${dm}/databases/by-search-string?startFrom=0&pageSize=0`, searchStringBody('.*'));
    expect((after['elements'] as unknown[]).length).toBe((before['elements'] as unknown[]).length);
  });

  test('duplicate qualifiedName: OMAG-COMMON-409-001; unique across types as in Egeria', async () => {
    await createDatabase('dup::db');
    const again = await em.post(`${dm}/databases`, referenceableBody(dbms, databaseProperties('dup::db')));
    expectFFDC(again, {
      responseClass: 'GUIDResponse',
      exception: 'InvalidParameterException',
      httpCode: 409,
      messageId: 'OMAG-COMMON-409-001',
      action: 'createDatabase',
      parameterName: 'qualifiedName',
    });
    expect(again.body['exceptionErrorMessageParameters']).toEqual([
      'createDatabase',
      'Data Manager OMAS',
      'Database',
      'qualifiedName',
      'dup::db',
    ]);
    const schema = await em.post(`${dm}/databases/schemas`, referenceableBody(dbms, schemaProperties('dup::db')));
    expect(schema.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-409-001');
  });

  test('properties of the wrong class: OMAG-COMMON-400-029', async () => {
    const answer = await em.post(`${dm}/databases`, referenceableBody(dbms, tableProperties('wrong::class')));
    expectFFDC(answer, {
      responseClass: 'GUIDResponse',
      exception: 'InvalidParameterException',
      httpCode: 400,
      messageId: 'OMAG-COMMON-400-029',
      action: 'createDatabase',
    });
  });

  test('no properties at all: OMAG-COMMON-400-029', async () => {
    const answer = await em.post(`${dm}/databases`, { externalSourceGUID: dbms.guid, externalSourceName: dbms.name });
    expect(answer.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-400-029');
  });

  test('an unknown metadata source: OMAG-GENERIC-HANDLERS-400-001', async () => {
    const answer = await em.post(
      `${dm}/databases`,
      referenceableBody({ guid: 'not-a-capability', name: 'X' }, databaseProperties('unknown::source')),
    );
    expectFFDC(answer, {
      responseClass: 'GUIDResponse',
      exception: 'InvalidParameterException',
      httpCode: 400,
      messageId: 'OMAG-GENERIC-HANDLERS-400-001',
      action: 'createDatabase',
    });
  });

  test('a metadata source name that does not match its GUID: OMAG-GENERIC-HANDLERS-400-001', async () => {
    const answer = await em.post(
      `${dm}/databases`,
      referenceableBody({ guid: dbms.guid, name: 'DBMS::wrong-name' }, databaseProperties('mismatch::source')),
    );
    expect(answer.body['exceptionErrorMessageId']).toBe('OMAG-GENERIC-HANDLERS-400-001');
    expect(String(answer.body['exceptionErrorMessage'])).toContain('OMAG-GENERIC-HANDLERS-400-002');
  });

  test('merge update keeps what is not sent; replace drops it', async () => {
    const guid = await createDatabase('update::db', dbms, {
      name: 'orig',
      databaseVersion: '1',
      resourceDescription: 'desc',
    });
    await em.ok(
      `${dm}/databases/${guid}?isMergeUpdate=true`,
      referenceableBody(dbms, { class: 'DatabaseProperties', databaseVersion: '2' }),
    );
    let props = (
      (await em.ok(`${dm}/databases/${guid}`, undefined, 'GET'))['element'] as Record<string, Record<string, unknown>>
    )['databaseProperties'];
    expect(props).toEqual(
      expect.objectContaining({
        qualifiedName: 'update::db',
        name: 'orig',
        databaseVersion: '2',
        resourceDescription: 'desc',
      }),
    );

    // The 5.2 Java client sends no isMergeUpdate on database updates: a full replace.
    await em.ok(
      `${dm}/databases/${guid}`,
      referenceableBody(dbms, databaseProperties('update::db', { name: 'replaced' })),
    );
    const element = (await em.ok(`${dm}/databases/${guid}`, undefined, 'GET'))['element'] as Record<
      string,
      Record<string, unknown>
    >;
    props = element['databaseProperties'];
    expect(props['name']).toBe('replaced');
    expect(props['databaseVersion']).toBeUndefined();
    expect(props['resourceDescription']).toBeUndefined();
    const versions = element['elementHeader']['versions'] as Record<string, unknown>;
    expect(versions['version']).toBe(3);
    expect(versions['updatedBy']).toBe('dbUser');
  });

  test('a replace without qualifiedName: OMAG-COMMON-400-006', async () => {
    const guid = await createDatabase('replace::needs-name');
    const answer = await em.post(
      `${dm}/databases/${guid}`,
      referenceableBody(dbms, { class: 'DatabaseProperties', name: 'x' }),
    );
    expect(answer.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-400-006');
  });

  test("an update to another element's qualifiedName: OMAG-COMMON-409-001", async () => {
    await createDatabase('taken::name');
    const guid = await createDatabase('mine::name');
    const answer = await em.post(
      `${dm}/databases/${guid}?isMergeUpdate=true`,
      referenceableBody(dbms, databaseProperties('taken::name')),
    );
    expect(answer.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-409-001');
  });

  test('provenance: another metadata source may not update or delete, and nothing changes', async () => {
    const guid = await createDatabase('owned::db', dbms, { name: 'owned' });
    const update = await em.post(
      `${dm}/databases/${guid}?isMergeUpdate=true`,
      referenceableBody(other, { class: 'DatabaseProperties', name: 'stolen' }),
    );
    expectFFDC(update, {
      responseClass: 'VoidResponse',
      exception: 'UserNotAuthorizedException',
      httpCode: 400,
      messageId: 'OMAG-REPOSITORY-HANDLER-400-007',
      action: 'updateDatabase',
    });
    expect(update.body['exceptionProperties']).toEqual({ userId: 'dbUser' });
    expect(update.body['exceptionErrorMessageParameters']).toEqual([
      'updateDatabase',
      other.guid,
      other.name,
      'Database',
      guid,
      'External Source',
      dbms.guid,
      dbms.name,
    ]);

    const noSource = await em.post(`${dm}/databases/${guid}/delete`, externalSourceBody(undefined));
    expectFFDC(noSource, {
      responseClass: 'VoidResponse',
      exception: 'UserNotAuthorizedException',
      httpCode: 400,
      messageId: 'OMAG-REPOSITORY-HANDLER-400-008',
      action: 'removeDatabase',
    });
    const wrongSource = await em.post(`${dm}/databases/${guid}/delete`, externalSourceBody(other));
    expect(wrongSource.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-400-007');

    const still = await em.ok(`${dm}/databases/${guid}`, undefined, 'GET');
    const element = still['element'] as Record<string, Record<string, unknown>>;
    expect(element['databaseProperties']['name']).toBe('owned');
    expect((element['elementHeader']['versions'] as Record<string, unknown>)['version']).toBe(1);

    await em.ok(`${dm}/databases/${guid}/delete`, externalSourceBody(dbms));
    expect((await em.get(`${dm}/databases/${guid}`)).body['exceptionErrorMessageId']).toBe(
      'OMAG-REPOSITORY-HANDLER-404-007',
    );
  });

  test('regular-expression search with Java semantics (whole value, \\Q...\\E, (?i)) and paging', async () => {
    for (let i = 0; i < 7; i++) await createDatabase(`search::db-${i}`, dbms, { name: `Search DB ${i}` });
    const all = await em.ok(
      `${dm}/databases/by-search-string?startFrom=0&pageSize=100`,
      searchStringBody('search::db-.*'),
    );
    expect((all['elements'] as unknown[]).length).toBe(7);
    // Whole-value match: a fragment alone does not match.
    const fragment = await em.ok(`${dm}/databases/by-search-string?startFrom=0&pageSize=100`, searchStringBody('db-3'));
    expect(fragment['elements']).toBeUndefined();
    const quoted = await em.ok(
      `${dm}/databases/by-search-string?startFrom=0&pageSize=100`,
      searchStringBody('\\Qsearch::db-3\\E'),
    );
    expect((quoted['elements'] as unknown[]).length).toBe(1);
    const caseless = await em.ok(
      `${dm}/databases/by-search-string?startFrom=0&pageSize=100`,
      searchStringBody('(?i)search db [0-2]'),
    );
    expect((caseless['elements'] as unknown[]).length).toBe(3);

    const names: string[] = [];
    for (let start = 0; ; start += 3) {
      const pageAnswer = await em.ok(
        `${dm}/databases/by-search-string?startFrom=${start}&pageSize=3`,
        searchStringBody('search::db-.*'),
      );
      const elements = (pageAnswer['elements'] as Record<string, Record<string, unknown>>[] | undefined) ?? [];
      names.push(...elements.map((e) => e['databaseProperties']['qualifiedName'] as string));
      if (elements.length < 3) break;
    }
    expect(names).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => `search::db-${i}`));
  });

  test('search errors: null search string (OMAG-COMMON-400-022), invalid regex (OMAG-COMMON-400-028), paging limits', async () => {
    const empty = await em.post(`${dm}/databases/by-search-string?startFrom=0&pageSize=10`, {
      searchStringParameterName: 'searchString',
    });
    expectFFDC(empty, {
      responseClass: 'DatabasesResponse',
      exception: 'InvalidParameterException',
      httpCode: 400,
      messageId: 'OMAG-COMMON-400-022',
      action: 'findDatabases',
      parameterName: 'searchString',
    });
    const invalid = await em.post(
      `${dm}/databases/by-search-string?startFrom=0&pageSize=10`,
      searchStringBody('(unclosed'),
    );
    expect(invalid.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-400-028');
    const negative = await em.post(`${dm}/databases/by-search-string?startFrom=-1&pageSize=10`, searchStringBody('.*'));
    expect(negative.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-400-008');
    expect(negative.body['exceptionProperties']).toEqual({ parameterName: 'startFrom' });
    const tooBig = await em.post(`${dm}/databases/by-search-string?startFrom=0&pageSize=5000`, searchStringBody('.*'));
    expect(tooBig.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-400-010');
  });

  test('by name: exact match on qualifiedName or name; no match leaves elements out', async () => {
    await createDatabase('byname::db', dbms, { name: 'Finance' });
    const byQualifiedName = await em.ok(`${dm}/databases/by-name?startFrom=0&pageSize=10`, nameBody('byname::db'));
    expect((byQualifiedName['elements'] as unknown[]).length).toBe(1);
    const byName = await em.ok(`${dm}/databases/by-name?startFrom=0&pageSize=10`, nameBody('Finance'));
    expect((byName['elements'] as unknown[]).length).toBe(1);
    const partial = await em.ok(`${dm}/databases/by-name?startFrom=0&pageSize=10`, nameBody('Fin.*'));
    expect(partial).toEqual({ class: 'DatabasesResponse', relatedHTTPCode: 200 });
    const missing = await em.post(`${dm}/databases/by-name?startFrom=0&pageSize=10`, {});
    expect(missing.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-400-006');
  });

  test('databases for a database manager, publish and withdraw, create from template', async () => {
    const guid = await createDatabase('managed::db');
    const listed = await em.ok(
      `${dm}/database-managers/${dbms.guid}/${enc(dbms.name)}/databases?startFrom=0&pageSize=0`,
      undefined,
      'GET',
    );
    const guids = (listed['elements'] as Record<string, Record<string, unknown>>[]).map(
      (e) => e['elementHeader']['guid'],
    );
    expect(guids).toContain(guid);

    await em.ok(`${dm}/databases/${guid}/publish`);
    let header = (
      (await em.ok(`${dm}/databases/${guid}`, undefined, 'GET'))['element'] as Record<string, Record<string, unknown>>
    )['elementHeader'];
    expect((header['classifications'] as Record<string, unknown>[]).map((c) => c['classificationName'])).toContain(
      'AssetZoneMembership',
    );
    await em.ok(`${dm}/databases/${guid}/withdraw`);
    header = (
      (await em.ok(`${dm}/databases/${guid}`, undefined, 'GET'))['element'] as Record<string, Record<string, unknown>>
    )['elementHeader'];
    expect(header['classifications']).toBeUndefined();

    const copy = await em.ok(
      `${dm}/databases/from-template/${guid}`,
      templateBody(dbms, 'copy::db', { displayName: 'copy', description: 'from template' }),
    );
    const copied = (await em.ok(`${dm}/databases/${copy['guid']}`, undefined, 'GET'))['element'] as Record<
      string,
      Record<string, unknown>
    >;
    expect(copied['databaseProperties']).toEqual(
      expect.objectContaining({ qualifiedName: 'copy::db', name: 'copy', resourceDescription: 'from template' }),
    );
    const noName = await em.post(`${dm}/databases/from-template/${guid}`, templateBody(dbms, ''));
    expect(noName.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-400-006');
  });
});

describe('schemas, tables, views, columns and keys', () => {
  test('the relational structure, listed for each parent', async () => {
    const database = await createDatabase('rel::db');
    const schema = (
      await em.ok(
        `${dm}/databases/schemas`,
        referenceableBody(dbms, schemaProperties('rel::db::public', { name: 'public' }), database),
      )
    )['guid'] as string;
    const schemas = await em.ok(`${dm}/databases/${database}/schemas?startFrom=0&pageSize=10`, undefined, 'GET');
    expect((schemas['elements'] as Record<string, Record<string, unknown>>[])[0]['elementHeader']['guid']).toBe(schema);

    const orders = await createTable(schema, 'rel::db::public::orders');
    const customers = await createTable(schema, 'rel::db::public::customers');
    const view = (
      await em.ok(
        `${dm}/databases/tables/views`,
        referenceableBody(dbms, viewProperties('rel::db::public::v_orders', 'select * from orders'), schema),
      )
    )['guid'] as string;

    const tables = await em.ok(`${dm}/databases/${schema}/tables?startFrom=0&pageSize=10`, undefined, 'GET');
    expect(
      (tables['elements'] as Record<string, Record<string, unknown>>[]).map((e) => e['elementHeader']['guid']),
    ).toEqual([orders, customers]);
    const views = await em.ok(`${dm}/databases/${schema}/tables/views?startFrom=0&pageSize=10`, undefined, 'GET');
    const viewElement = (views['elements'] as Record<string, Record<string, unknown>>[])[0];
    expect(viewElement['elementHeader']['guid']).toBe(view);
    expect(viewElement['databaseViewProperties']).toEqual(
      expect.objectContaining({ class: 'DatabaseViewProperties', formula: 'select * from orders' }),
    );

    const id = await createColumn(orders, 'rel::db::public::orders::id', {
      dataType: 'INTEGER',
      elementPosition: 1,
      isNullable: false,
    });
    const customerId = await createColumn(orders, 'rel::db::public::orders::customer_id', {
      dataType: 'INTEGER',
      elementPosition: 2,
    });
    const customerPk = await createColumn(customers, 'rel::db::public::customers::id', { dataType: 'INTEGER' });

    const columns = await em.ok(`${dm}/databases/tables/${orders}/columns?startFrom=0&pageSize=10`, undefined, 'GET');
    const columnElements = columns['elements'] as Record<string, Record<string, unknown>>[];
    expect(columnElements.map((e) => e['elementHeader']['guid'])).toEqual([id, customerId]);
    expect(columnElements[0]['databaseColumnProperties']).toEqual(
      expect.objectContaining({
        class: 'DatabaseColumnProperties',
        dataType: 'INTEGER',
        elementPosition: 1,
        isNullable: false,
      }),
    );
    const table = await em.ok(`${dm}/databases/tables/${orders}`, undefined, 'GET');
    expect((table['element'] as Record<string, unknown>)['databaseColumnCount']).toBe(2);

    await em.ok(`${dm}/databases/tables/columns/${customerPk}/primary-key`, {
      ...externalSourceBody(dbms),
      properties: { class: 'DatabasePrimaryKeyProperties', name: 'customers_pk', keyPattern: 'LOCAL_KEY' },
    });
    await em.ok(`${dm}/databases/tables/columns/${customerId}/foreign-key/${customerPk}`, {
      ...externalSourceBody(dbms),
      properties: { class: 'DatabaseForeignKeyProperties', name: 'orders_customer_fk', confidence: 100 },
    });
    const pk = (await em.ok(`${dm}/databases/tables/columns/${customerPk}`, undefined, 'GET'))['element'] as Record<
      string,
      unknown
    >;
    expect(pk['primaryKeyProperties']).toEqual({
      class: 'DatabasePrimaryKeyProperties',
      name: 'customers_pk',
      keyPattern: 'LOCAL_KEY',
    });
    const fk = (await em.ok(`${dm}/databases/tables/columns/${customerId}`, undefined, 'GET'))['element'] as Record<
      string,
      unknown
    >;
    expect(fk['referencedColumnGUID']).toBe(customerPk);
    expect(fk['referencedColumnQualifiedName']).toBe('rel::db::public::customers::id');
    expect(fk['foreignKeyProperties']).toEqual(
      expect.objectContaining({ class: 'DatabaseForeignKeyProperties', name: 'orders_customer_fk', confidence: 100 }),
    );

    await em.ok(
      `${dm}/databases/tables/columns/${customerId}/foreign-key/${customerPk}/delete`,
      externalSourceBody(dbms),
    );
    await em.ok(`${dm}/databases/tables/columns/${customerPk}/primary-key/delete`, externalSourceBody(dbms));
    const cleared = (await em.ok(`${dm}/databases/tables/columns/${customerId}`, undefined, 'GET'))[
      'element'
    ] as Record<string, unknown>;
    expect(cleared['referencedColumnGUID']).toBeUndefined();
    const unkeyed = (await em.ok(`${dm}/databases/tables/columns/${customerPk}`, undefined, 'GET'))[
      'element'
    ] as Record<string, unknown>;
    expect(unkeyed['primaryKeyProperties']).toBeUndefined();

    // Removing a table removes its columns; removing the database removes what is anchored to it.
    await em.ok(`${dm}/databases/tables/${customers}/delete`, externalSourceBody(dbms));
    expect((await em.get(`${dm}/databases/tables/columns/${customerPk}`)).body['relatedHTTPCode']).toBe(404);
    await em.ok(`${dm}/databases/schemas/${schema}/delete`, externalSourceBody(dbms));
    expect((await em.get(`${dm}/databases/tables/${orders}`)).body['relatedHTTPCode']).toBe(404);
    expect((await em.get(`${dm}/databases/tables/columns/${id}`)).body['relatedHTTPCode']).toBe(404);
    expect((await em.get(`${dm}/databases/tables/views/${view}`)).body['relatedHTTPCode']).toBe(404);
    expect((await em.get(`${dm}/databases/${database}`)).body['relatedHTTPCode']).toBe(200);
  });

  test('tables directly under a database, updates, searches and by-name for every kind', async () => {
    const database = await createDatabase('kinds::db');
    const table = await createTable(database, 'kinds::db::t');
    const column = await createColumn(table, 'kinds::db::t::c', { displayName: 'c' });
    await em.ok(
      `${dm}/databases/tables/${table}?isMergeUpdate=true`,
      referenceableBody(dbms, { class: 'DatabaseTableProperties', description: 'merged' }),
    );
    await em.ok(
      `${dm}/databases/tables/columns/${column}?isMergeUpdate=true`,
      referenceableBody(dbms, { class: 'DatabaseColumnProperties', dataType: 'TEXT' }),
    );
    const t = (await em.ok(`${dm}/databases/tables/${table}`, undefined, 'GET'))['element'] as Record<
      string,
      Record<string, unknown>
    >;
    expect(t['databaseTableProperties']).toEqual(
      expect.objectContaining({ qualifiedName: 'kinds::db::t', description: 'merged' }),
    );
    const found = await em.ok(
      `${dm}/databases/tables/columns/by-search-string?startFrom=0&pageSize=10`,
      searchStringBody('kinds::db::t::.*'),
    );
    expect((found['elements'] as unknown[]).length).toBe(1);
    const byName = await em.ok(`${dm}/databases/tables/columns/by-name?startFrom=0&pageSize=10`, nameBody('c'));
    expect(
      (byName['elements'] as Record<string, Record<string, unknown>>[])[0]['databaseColumnProperties']['dataType'],
    ).toBe('TEXT');
    const tables = await em.ok(`${dm}/databases/tables/by-name?startFrom=0&pageSize=10`, nameBody('kinds::db::t'));
    expect((tables['elements'] as unknown[]).length).toBe(1);
    const listed = await em.ok(`${dm}/databases/${database}/tables?startFrom=0&pageSize=10`, undefined, 'GET');
    expect((listed['elements'] as unknown[]).length).toBe(1);
  });

  test('a schema type, tables for it, and attaching it to an asset', async () => {
    const database = await createDatabase('st::db');
    const schemaType = (
      await em.ok(
        `${dm}/databases/schema-type`,
        referenceableBody(dbms, { class: 'DatabaseSchemaTypeProperties', qualifiedName: 'st::type' }),
      )
    )['guid'] as string;
    await em.ok(`${dm}/databases/${database}/schema-type/${schemaType}`, externalSourceBody(dbms));
    const table = (
      await em.ok(`${dm}/databases/schema-type/tables`, referenceableBody(dbms, tableProperties('st::t'), schemaType))
    )['guid'];
    const listed = await em.ok(`${dm}/databases/${database}/tables?startFrom=0&pageSize=10`, undefined, 'GET');
    expect((listed['elements'] as Record<string, Record<string, unknown>>[])[0]['elementHeader']['guid']).toBe(table);
  });

  test('creating under an unknown parent: OMAG-REPOSITORY-HANDLER-404-007 naming the parent parameter', async () => {
    const answer = await em.post(
      `${dm}/databases/tables`,
      referenceableBody(dbms, tableProperties('orphan::t'), 'no-such-parent'),
    );
    expectFFDC(answer, {
      responseClass: 'GUIDResponse',
      exception: 'InvalidParameterException',
      httpCode: 404,
      messageId: 'OMAG-REPOSITORY-HANDLER-404-007',
      action: 'createDatabaseTable',
      parameterName: 'databaseAssetGUID',
    });
    const name = await em.ok(`${dm}/databases/tables/by-name?startFrom=0&pageSize=10`, nameBody('orphan::t'));
    expect(name['elements']).toBeUndefined();
  });
});
