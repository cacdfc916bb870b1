/**
 * Data Manager schema types, schema element relationships, calculated values and query targets
 * (Egeria 5.2's SchemaManagerResource), with requests shaped as Egeria 5.2's SchemaManagerClient
 * sends them, against a real emulator over HTTP.
 */
import { TestEmulator, enc, expectFFDC, expectSpringError, guidsOf } from './support/harness';
import { SseReader } from './support/sse';
import {
  databaseManagerBody,
  databaseProperties,
  externalSourceBody,
  nameBody,
  referenceableBody,
  relationshipBody,
  searchStringBody,
  templateBody,
} from './support/java-shapes';

type Source = { guid: string; name: string };
type Json = Record<string, unknown>;

let em: TestEmulator;
let dm: string;
let source: Source;
let other: Source;

/**
 * `SchemaManagerClient.createXxxSchemaType` / `updateSchemaType`: the flat request bean built from the
 * properties bean (its `class` is the request bean's; `isDeprecated` is a Java primitive, always written).
 */
function schemaTypeBody(bean: string, from: Source | undefined, properties: Json): Json {
  return { class: bean, isDeprecated: false, ...properties, ...externalSourceBody(from) };
}

async function create(path: string, bean: string, properties: Json, from: Source | undefined = source) {
  return (await em.ok(`${dm}/schema-types/${path}`, schemaTypeBody(bean, from, properties)))['guid'] as string;
}

async function primitive(qualifiedName: string, extra: Json = {}, from: Source | undefined = source) {
  return create('primitives', 'PrimitiveSchemaTypeRequestBody', { qualifiedName, ...extra }, from);
}

async function getSchemaType(guid: string): Promise<Json> {
  const answer = await em.ok(`${dm}/schema-types/${enc(guid)}`, undefined, 'GET');
  expect(answer['class']).toBe('SchemaTypeResponse');
  return answer['element'] as Json;
}

function typeNameOf(element: Json): string {
  return ((element['elementHeader'] as Json)['type'] as Json)['typeName'] as string;
}

beforeAll(async () => {
  em = await TestEmulator.start();
  dm = em.dm('schemaUser');
  const broker = (qualifiedName: string) =>
    em.registerSource(`${dm}/metadata-sources/event-brokers`, { class: 'EventBrokerRequestBody', qualifiedName });
  source = await broker('Kafka::schemas');
  other = await broker('Kafka::other');
});

afterAll(async () => {
  await em.close();
});

describe('creating schema types', () => {
  test('a primitive schema type comes back as Egeria 5.2 converts it', async () => {
    const guid = await primitive('orders::id::type', {
      displayName: 'id type',
      description: 'the order id',
      dataType: 'long',
      defaultValue: '0',
      author: 'kafka',
      additionalProperties: { unit: 'none' },
      vendorProperties: { vendor: 'x' },
    });
    const element = await getSchemaType(guid);
    const header = element['elementHeader'] as Json;
    expect(header['guid']).toBe(guid);
    expect(header['type']).toEqual(
      expect.objectContaining({
        typeName: 'PrimitiveSchemaType',
        superTypeNames: ['SimpleSchemaType', 'SchemaType', 'SchemaElement', 'Referenceable', 'OpenMetadataRoot'],
      }),
    );
    expect(header['origin']).toEqual({
      sourceServer: 'mds1',
      originCategory: 'EXTERNAL_SOURCE',
      homeMetadataCollectionId: source.guid,
      homeMetadataCollectionName: source.name,
    });
    // SchemaTypeConverter returns a plain SchemaTypeProperties, without typeName; the subtype's
    // data type and default value come back as extended properties.
    expect(element['schemaTypeProperties']).toEqual({
      class: 'SchemaTypeProperties',
      qualifiedName: 'orders::id::type',
      displayName: 'id type',
      description: 'the order id',
      isDeprecated: false,
      author: 'kafka',
      additionalProperties: { unit: 'none' },
      vendorProperties: { vendor: 'x' },
      extendedProperties: { dataType: 'long', defaultValue: '0' },
    });
    expect(element['attributeCount']).toBe(0);
  });

  test('literal, enum, struct and choice schema types get their own types; a map schema type is a SchemaTypeChoice', async () => {
    const literal = await create('literals', 'LiteralSchemaTypeRequestBody', {
      qualifiedName: 'lit::1',
      dataType: 'string',
      fixedValue: 'X',
    });
    const set = (
      await em.ok(`${dm}/valid-values`, {
        properties: {
          class: 'ValidValueProperties',
          qualifiedName: 'set::colours',
          isDeprecated: false,
          isCaseSensitive: false,
        },
      })
    )['guid'] as string;
    const enumType = await create(`enums/valid-values/${enc(set)}`, 'EnumSchemaTypeRequestBody', {
      qualifiedName: 'enum::colour',
      dataType: 'string',
    });
    const struct = await create('structs', 'StructSchemaTypeRequestBody', { qualifiedName: 'struct::order' });
    const choice = await create('choices', 'SchemaTypeChoiceRequestBody', {
      qualifiedName: 'choice::payment',
      schemaTypeOptionGUIDs: [literal],
    });
    const map = await create(`maps/from/${enc(literal)}/to/${enc(struct)}`, 'MapSchemaTypeRequestBody', {
      qualifiedName: 'map::lines',
    });
    expect(typeNameOf(await getSchemaType(literal))).toBe('LiteralSchemaType');
    expect((await getSchemaType(literal))['schemaTypeProperties']).toEqual(
      expect.objectContaining({ extendedProperties: { dataType: 'string', fixedValue: 'X' } }),
    );
    expect(typeNameOf(await getSchemaType(enumType))).toBe('EnumSchemaType');
    expect(typeNameOf(await getSchemaType(struct))).toBe('StructSchemaType');
    // Egeria 5.2 ignores the option GUIDs and the map-from and map-to GUIDs.
    const choiceElement = await getSchemaType(choice);
    expect(typeNameOf(choiceElement)).toBe('SchemaTypeChoice');
    expect(choiceElement['schemaOptions']).toBeUndefined();
    const mapElement = await getSchemaType(map);
    expect(typeNameOf(mapElement)).toBe('SchemaTypeChoice');
    expect(mapElement['mapFromElement']).toBeUndefined();
  });

  test('a subtype named in typeName is created; other type names are refused', async () => {
    const guid = await primitive('sub::1', { typeName: 'TabularColumnType' });
    expect(typeNameOf(await getSchemaType(guid))).toBe('TabularColumnType');

    const notSubtype = await em.post(
      `${dm}/schema-types/primitives`,
      schemaTypeBody('PrimitiveSchemaTypeRequestBody', source, {
        qualifiedName: 'sub::2',
        typeName: 'StructSchemaType',
      }),
    );
    expectFFDC(notSubtype, {
      responseClass: 'GUIDResponse',
      exception: 'InvalidParameterException',
      httpCode: 400,
      messageId: 'OMAG-COMMON-400-019',
      action: 'createPrimitiveSchemaType',
      parameterName: 'typeName',
    });
    const unknown = await em.post(
      `${dm}/schema-types/structs`,
      schemaTypeBody('StructSchemaTypeRequestBody', source, { qualifiedName: 'sub::3', typeName: 'NoSuchType' }),
    );
    expectFFDC(unknown, {
      responseClass: 'GUIDResponse',
      exception: 'InvalidParameterException',
      httpCode: 400,
      messageId: 'OMAG-COMMON-400-018',
      action: 'createStructSchemaType',
      parameterName: 'typeName',
    });
    // Egeria 5.2's map handler checks against SchemaTypeChoice, so MapSchemaType itself is refused.
    const map = await em.post(
      `${dm}/schema-types/maps/from/a/to/b`,
      schemaTypeBody('MapSchemaTypeRequestBody', source, { qualifiedName: 'sub::4', typeName: 'MapSchemaType' }),
    );
    expectFFDC(map, {
      responseClass: 'GUIDResponse',
      exception: 'InvalidParameterException',
      httpCode: 400,
      messageId: 'OMAG-COMMON-400-019',
      action: 'createMapSchemaType',
      parameterName: 'typeName',
    });
  });

  test('a qualified name is required and unique; the request bean must carry its class', async () => {
    const noName = await em.post(
      `${dm}/schema-types/primitives`,
      schemaTypeBody('PrimitiveSchemaTypeRequestBody', source, {}),
    );
    expectFFDC(noName, {
      responseClass: 'GUIDResponse',
      exception: 'InvalidParameterException',
      httpCode: 400,
      messageId: 'OMAG-COMMON-400-006',
      action: 'createPrimitiveSchemaType',
      parameterName: 'qualifiedName',
    });
    await primitive('dup::1');
    const duplicate = await em.post(
      `${dm}/schema-types/structs`,
      schemaTypeBody('StructSchemaTypeRequestBody', source, { qualifiedName: 'dup::1' }),
    );
    expectFFDC(duplicate, {
      responseClass: 'GUIDResponse',
      exception: 'InvalidParameterException',
      httpCode: 409,
      messageId: 'OMAG-COMMON-409-001',
      action: 'createStructSchemaType',
      parameterName: 'qualifiedName',
    });
    const path = `/servers/mds1/open-metadata/access-services/data-manager/users/schemaUser/schema-types/literals`;
    expectSpringError(await em.post(`${dm}/schema-types/literals`, { qualifiedName: 'no::class' }), 400, path);
  });

  test('a schema type with a metadata source that does not exist is refused', async () => {
    const answer = await em.post(
      `${dm}/schema-types/primitives`,
      schemaTypeBody('PrimitiveSchemaTypeRequestBody', { guid: 'nope', name: 'nope' }, { qualifiedName: 'src::1' }),
    );
    expectFFDC(answer, {
      responseClass: 'GUIDResponse',
      exception: 'InvalidParameterException',
      httpCode: 400,
      messageId: 'OMAG-GENERIC-HANDLERS-400-001',
      action: 'createPrimitiveSchemaType',
    });
  });
});

describe('updating, copying and removing schema types', () => {
  test('merge keeps what is not sent, replace keeps only what is sent, and only the owner may update', async () => {
    const guid = await primitive('upd::1', { displayName: 'one', description: 'first', author: 'a' });
    await em.ok(
      `${dm}/schema-types/${enc(guid)}?isMergeUpdate=true`,
      schemaTypeBody('SchemaTypeRequestBody', source, { description: 'second' }),
    );
    expect((await getSchemaType(guid))['schemaTypeProperties']).toEqual(
      expect.objectContaining({ displayName: 'one', description: 'second', author: 'a' }),
    );
    await em.ok(
      `${dm}/schema-types/${enc(guid)}?isMergeUpdate=false`,
      schemaTypeBody('SchemaTypeRequestBody', source, { qualifiedName: 'upd::1', usage: 'ids' }),
    );
    expect((await getSchemaType(guid))['schemaTypeProperties']).toEqual({
      class: 'SchemaTypeProperties',
      qualifiedName: 'upd::1',
      usage: 'ids',
      isDeprecated: false,
    });

    const wrongSource = await em.post(
      `${dm}/schema-types/${enc(guid)}?isMergeUpdate=true`,
      schemaTypeBody('SchemaTypeRequestBody', other, { description: 'stolen' }),
    );
    expectFFDC(wrongSource, {
      responseClass: 'VoidResponse',
      exception: 'UserNotAuthorizedException',
      httpCode: 400,
      messageId: 'OMAG-REPOSITORY-HANDLER-400-007',
      action: 'updateSchemaType',
    });
    const noSource = await em.post(
      `${dm}/schema-types/${enc(guid)}?isMergeUpdate=true`,
      schemaTypeBody('SchemaTypeRequestBody', undefined, { description: 'stolen' }),
    );
    expectFFDC(noSource, {
      responseClass: 'VoidResponse',
      exception: 'UserNotAuthorizedException',
      httpCode: 400,
      messageId: 'OMAG-REPOSITORY-HANDLER-400-008',
      action: 'updateSchemaType',
    });
    const replaceWithoutName = await em.post(
      `${dm}/schema-types/${enc(guid)}?isMergeUpdate=false`,
      schemaTypeBody('SchemaTypeRequestBody', source, { usage: 'x' }),
    );
    expectFFDC(replaceWithoutName, {
      responseClass: 'VoidResponse',
      exception: 'InvalidParameterException',
      httpCode: 400,
      messageId: 'OMAG-COMMON-400-006',
      action: 'updateSchemaType',
      parameterName: 'qualifiedName',
    });
    const path = `/servers/mds1/open-metadata/access-services/data-manager/users/schemaUser/schema-types/${guid}`;
    expectSpringError(
      await em.post(`${dm}/schema-types/${enc(guid)}`, schemaTypeBody('SchemaTypeRequestBody', source, {})),
      400,
      path,
    );
  });

  test('a template is copied with the new names', async () => {
    const template = await primitive('tmpl::source', { displayName: 'template', dataType: 'int', author: 'me' });
    const copy = (
      await em.ok(
        `${dm}/schema-types/from-template/${enc(template)}`,
        templateBody(source, 'tmpl::copy', { displayName: 'copy' }),
      )
    )['guid'] as string;
    const element = await getSchemaType(copy);
    expect(typeNameOf(element)).toBe('PrimitiveSchemaType');
    expect(element['schemaTypeProperties']).toEqual(
      expect.objectContaining({
        qualifiedName: 'tmpl::copy',
        displayName: 'copy',
        author: 'me',
        extendedProperties: { dataType: 'int' },
      }),
    );
  });

  test('remove deletes the schema type and its attributes; only the owner may remove it', async () => {
    const struct = await create('structs', 'StructSchemaTypeRequestBody', { qualifiedName: 'rm::struct' });
    const attribute = (
      await em.ok(`${dm}/schema-attributes/attached-to/${enc(struct)}`, {
        class: 'SchemaAttributeRequestBody',
        qualifiedName: 'rm::struct::a',
        ...externalSourceBody(source),
      })
    )['guid'] as string;
    expect((await getSchemaType(struct))['attributeCount']).toBe(1);
    const refused = await em.post(`${dm}/schema-types/${enc(struct)}/delete`, externalSourceBody(other));
    expectFFDC(refused, {
      responseClass: 'VoidResponse',
      exception: 'UserNotAuthorizedException',
      httpCode: 400,
      messageId: 'OMAG-REPOSITORY-HANDLER-400-007',
      action: 'removeSchemaType',
    });
    await em.ok(`${dm}/schema-types/${enc(struct)}/delete`, externalSourceBody(source));
    for (const url of [`${dm}/schema-types/${enc(struct)}`, `${dm}/schema-attributes/${enc(attribute)}`]) {
      const gone = await em.get(url);
      expect(gone.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-404-007');
    }
  });
});

describe('finding schema types', () => {
  test('by search string (a regular expression over whole values) and by exact name, within a type, page by page', async () => {
    const a = await primitive('find::alpha', { displayName: 'Alpha' });
    const b = await primitive('find::beta', { displayName: 'Beta' });
    const c = await create('structs', 'StructSchemaTypeRequestBody', { qualifiedName: 'find::gamma' });

    const all = await em.ok(
      `${dm}/schema-types/types/SchemaType/by-search-string?startFrom=0&pageSize=10`,
      searchStringBody('find::.*'),
    );
    expect(all['class']).toBe('SchemaTypesResponse');
    expect(guidsOf(all)).toEqual([a, b, c]);
    const primitives = await em.ok(
      `${dm}/schema-types/types/PrimitiveSchemaType/by-search-string?startFrom=0&pageSize=10`,
      searchStringBody('find::.*'),
    );
    expect(guidsOf(primitives)).toEqual([a, b]);
    const second = await em.ok(
      `${dm}/schema-types/types/SchemaType/by-search-string?startFrom=1&pageSize=1`,
      searchStringBody('find::.*'),
    );
    expect(guidsOf(second)).toEqual([b]);
    const none = await em.ok(
      `${dm}/schema-types/types/SchemaType/by-search-string?startFrom=0&pageSize=10`,
      searchStringBody('find'),
    );
    expect(none['elements']).toBeUndefined();

    const byDisplayName = await em.ok(
      `${dm}/schema-types/types/SchemaType/by-name?startFrom=0&pageSize=10`,
      nameBody('Beta'),
    );
    expect(guidsOf(byDisplayName)).toEqual([b]);
    const byQualifiedName = await em.ok(
      `${dm}/schema-types/types/SchemaType/by-name?startFrom=0&pageSize=10`,
      nameBody('find::gamma'),
    );
    expect(guidsOf(byQualifiedName)).toEqual([c]);
    const wrongType = await em.ok(
      `${dm}/schema-types/types/LiteralSchemaType/by-name?startFrom=0&pageSize=10`,
      nameBody('Beta'),
    );
    expect(guidsOf(wrongType)).toEqual([]);
  });

  test('bad type names, search strings and paging are refused as Egeria refuses them', async () => {
    const notASchemaType = await em.post(
      `${dm}/schema-types/types/Asset/by-search-string?startFrom=0&pageSize=10`,
      searchStringBody('.*'),
    );
    expectFFDC(notASchemaType, {
      responseClass: 'SchemaTypesResponse',
      exception: 'InvalidParameterException',
      httpCode: 400,
      messageId: 'OMAG-COMMON-400-019',
      action: 'findSchemaType',
      parameterName: 'typeName',
    });
    const badRegex = await em.post(
      `${dm}/schema-types/types/SchemaType/by-search-string?startFrom=0&pageSize=10`,
      searchStringBody('(('),
    );
    expect(badRegex.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-400-028');
    const tooBig = await em.post(
      `${dm}/schema-types/types/SchemaType/by-name?startFrom=0&pageSize=5000`,
      nameBody('x'),
    );
    expect(tooBig.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-400-010');
    const path = `/servers/mds1/open-metadata/access-services/data-manager/users/schemaUser/schema-types/types/SchemaType/by-name`;
    expectSpringError(
      await em.post(`${dm}/schema-types/types/SchemaType/by-name?pageSize=5`, nameBody('x')),
      400,
      path,
    );
  });

  test('the schema type of an element and the asset a schema type belongs to', async () => {
    const manager = await em.ok(`${dm}/metadata-sources/database-managers`, databaseManagerBody('DBMS::schema-types'));
    const dbms = { guid: manager['guid'] as string, name: 'DBMS::schema-types' };
    const database = (await em.ok(`${dm}/databases`, referenceableBody(dbms, databaseProperties('st::db'))))[
      'guid'
    ] as string;
    const struct = await create('structs', 'StructSchemaTypeRequestBody', { qualifiedName: 'st::db::schema' }, dbms);
    await em.ok(`${dm}/databases/${enc(database)}/schema-type/${enc(struct)}`, externalSourceBody(dbms));

    const forDatabase = await em.ok(
      `${dm}/schema-types/types/Database/by-parent-element/${enc(database)}`,
      undefined,
      'GET',
    );
    expect(forDatabase['class']).toBe('SchemaTypeResponse');
    expect(((forDatabase['element'] as Json)['elementHeader'] as Json)['guid']).toBe(struct);

    const parent = await em.ok(`${dm}/schema-types/${enc(struct)}/parent`, undefined, 'GET');
    expect(parent['class']).toBe('ElementStubResponse');
    expect(parent['element']).toEqual(
      expect.objectContaining({ class: 'ElementStub', guid: database, uniqueName: 'st::db' }),
    );
    const orphan = await primitive('st::orphan');
    const noParent = await em.ok(`${dm}/schema-types/${enc(orphan)}/parent`, undefined, 'GET');
    expect(noParent['element']).toBeUndefined();
    const none = await em.ok(`${dm}/schema-types/types/SchemaType/by-parent-element/${enc(orphan)}`, undefined, 'GET');
    expect(none['element']).toBeUndefined();

    const wrongType = await em.get(`${dm}/schema-types/types/Topic/by-parent-element/${enc(database)}`);
    expectFFDC(wrongType, {
      responseClass: 'SchemaTypeResponse',
      exception: 'InvalidParameterException',
      httpCode: 404,
      messageId: 'OMAG-REPOSITORY-HANDLER-404-001',
      // Egeria 5.2's REST service names this operation findSchemaType.
      action: 'findSchemaType',
    });
    const unknown = await em.get(`${dm}/schema-types/unknown-guid`);
    expectFFDC(unknown, {
      responseClass: 'SchemaTypeResponse',
      exception: 'InvalidParameterException',
      httpCode: 404,
      messageId: 'OMAG-REPOSITORY-HANDLER-404-007',
      action: 'getSchemaTypeByGUID',
      parameterName: 'schemaTypeGUID',
    });
  });
});

describe('schema element relationships, calculated values and query targets', () => {
  test('the options of a choice are linked with setupSchemaElementRelationship; a second link updates the first', async () => {
    const choice = await create('choices', 'SchemaTypeChoiceRequestBody', { qualifiedName: 'rel::choice' });
    const option = await primitive('rel::option', { dataType: 'string' });
    const url = `${dm}/schema-elements/${enc(choice)}/relationships/SchemaTypeOption/schema-elements/${enc(option)}`;
    await em.ok(url, relationshipBody(source));
    await em.ok(url, relationshipBody(source));
    const element = await getSchemaType(choice);
    const options = element['schemaOptions'] as Json[];
    expect(options).toHaveLength(1);
    expect((options[0]['elementHeader'] as Json)['guid']).toBe(option);
    expect(options[0]['schemaTypeProperties']).toEqual(
      expect.objectContaining({ extendedProperties: { dataType: 'string' } }),
    );

    const refused = await em.post(`${url}/delete`, externalSourceBody(other));
    expect(refused.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-400-007');
    await em.ok(`${url}/delete`, externalSourceBody(source));
    expect((await getSchemaType(choice))['schemaOptions']).toBeUndefined();
    // Clearing a link that is not there is not an error.
    await em.ok(`${url}/delete`, externalSourceBody(source));
  });

  test('relationship properties keep only the extended properties and dates; without extended properties Egeria fails', async () => {
    const from = await primitive('rel::from');
    const to = await primitive('rel::to');
    const url = `${dm}/schema-elements/${enc(from)}/relationships/SchemaTypeDefinition/schema-elements/${enc(to)}`;
    const npe = await em.post(url, relationshipBody(source, { class: 'RelationshipProperties', effectiveFrom: 0 }));
    expectFFDC(npe, {
      responseClass: 'VoidResponse',
      exception: 'PropertyServerException',
      httpCode: 400,
      messageId: 'OMAG-COMMON-400-016',
      action: 'setupSchemaElementRelationship',
    });
    expect(npe.body['exceptionCausedBy']).toBe('java.lang.NullPointerException');

    const unknownType = await em.post(
      `${dm}/schema-elements/${enc(from)}/relationships/NoSuchRelationship/schema-elements/${enc(to)}`,
      relationshipBody(source),
    );
    expect(unknownType.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-400-018');
    const entityType = await em.post(
      `${dm}/schema-elements/${enc(from)}/relationships/Asset/schema-elements/${enc(to)}`,
      relationshipBody(source),
    );
    expect(entityType.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-400-019');
    const notSchema = await em.post(
      `${dm}/schema-elements/${enc(from)}/relationships/SchemaTypeOption/schema-elements/${enc(source.guid)}`,
      relationshipBody(source),
    );
    expectFFDC(notSchema, {
      responseClass: 'VoidResponse',
      exception: 'InvalidParameterException',
      httpCode: 404,
      messageId: 'OMAG-REPOSITORY-HANDLER-404-001',
      action: 'setupSchemaElementRelationship',
    });
  });

  test('a calculated value sets the formula; query targets carry their queries', async () => {
    const derived = await create('structs', 'StructSchemaTypeRequestBody', { qualifiedName: 'calc::derived' });
    const target = await create('structs', 'StructSchemaTypeRequestBody', { qualifiedName: 'calc::target' });
    await em.ok(`${dm}/schema-elements/${enc(derived)}/calculated-value`, {
      ...externalSourceBody(source),
      formula: 'select * from target',
    });
    expect((await getSchemaType(derived))['formula']).toBe('select * from target');
    const header = (await getSchemaType(derived))['elementHeader'] as Json;
    expect((header['classifications'] as Json[]).map((c) => c['classificationName'])).toEqual(['CalculatedValue']);

    const queryURL = `${dm}/schema-elements/${enc(derived)}/query-targets/${enc(target)}`;
    const noQuery = await em.post(queryURL, { ...externalSourceBody(source), queryId: 'q1', queryTargetGUID: target });
    expectFFDC(noQuery, {
      responseClass: 'VoidResponse',
      exception: 'InvalidParameterException',
      httpCode: 400,
      messageId: 'OMAG-COMMON-400-015',
      action: 'setupQueryTargetRelationship',
      parameterName: 'query',
    });
    await em.ok(queryURL, { ...externalSourceBody(source), queryId: 'q1', query: 'select a', queryTargetGUID: target });
    expect((await getSchemaType(derived))['queries']).toEqual([
      { queryId: 'q1', query: 'select a', queryTargetGUID: target },
    ]);
    await em.ok(`${queryURL}/update`, { ...externalSourceBody(source), query: 'select b', queryTargetGUID: target });
    expect((await getSchemaType(derived))['queries']).toEqual([
      { queryId: 'q1', query: 'select b', queryTargetGUID: target },
    ]);
    await em.ok(`${queryURL}/delete`, externalSourceBody(source));
    expect((await getSchemaType(derived))['queries']).toBeUndefined();

    await em.ok(`${dm}/schema-elements/${enc(derived)}/calculated-value/delete`, externalSourceBody(source));
    expect((await getSchemaType(derived))['formula']).toBeUndefined();
    const refused = await em.post(`${dm}/schema-elements/${enc(derived)}/calculated-value`, {
      ...externalSourceBody(other),
      formula: 'x',
    });
    expect(refused.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-400-007');
  });
});

test('every change is announced on the Data Manager out topic', async () => {
  const topic = 'egeria.omag.server.mds1.omas.datamanager.outTopic';
  const { reader } = await SseReader.open(`${em.emulator.url}/servers/mds1/emulator/out-topic/${topic}`, '0');
  try {
    const guid = await primitive('events::type');
    await em.ok(
      `${dm}/schema-types/${enc(guid)}?isMergeUpdate=true`,
      schemaTypeBody('SchemaTypeRequestBody', source, { description: 'changed' }),
    );
    await em.ok(`${dm}/schema-elements/${enc(guid)}/calculated-value`, { ...externalSourceBody(source), formula: 'f' });
    await em.ok(`${dm}/schema-types/${enc(guid)}/delete`, externalSourceBody(source));
    const about = (eventType: string) => (r: SseReader) =>
      r.events.some((e) => e.data['eventType'] === eventType && (e.data['principleElement'] as Json)['guid'] === guid);
    for (const eventType of ['NEW_ELEMENT_CREATED', 'ELEMENT_UPDATED', 'ELEMENT_CLASSIFIED', 'ELEMENT_DELETED']) {
      await reader.waitFor(about(eventType));
    }
    const created = reader.events.find(
      (e) => e.data['eventType'] === 'NEW_ELEMENT_CREATED' && (e.data['principleElement'] as Json)['guid'] === guid,
    );
    expect(created?.data).toEqual(expect.objectContaining({ class: 'DataManagerOutboundEvent', eventVersionId: 1 }));
    expect((created?.data['principleElement'] as Json)['uniqueName']).toBe('events::type');
  } finally {
    reader.close();
  }
});
