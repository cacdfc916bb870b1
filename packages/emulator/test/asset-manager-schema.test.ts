/**
 * Asset Manager OMAS schemas (Egeria 5.2's SchemaExchangeResource) over HTTP, with requests shaped
 * as Egeria 5.2's SchemaExchangeClientBase sends them: query strings with every flag the Java
 * client fills, the blank `anchorGUID=` a null anchor expands to, and the request beans it builds
 * (`SchemaTypeRequestBody`, `RelationshipRequestBody`, `EffectiveTimeQueryRequestBody`...).
 */
import { TestEmulator, enc, expectFFDC, expectSpringError } from './support/harness';
import { startAssetManager, type Json, type Source } from './support/asset-manager-shapes';

let em: TestEmulator;
let am: string;
let catalog: Source;
let other: Source;

const FLAGS = 'forLineage=false&forDuplicateProcessing=false';

/** `getCorrelationProperties`: the scope, then the caller's external identifier when there is one. */
function correlation(source: Source, externalIdentifier?: string): Json {
  const out: Json = { externalScopeGUID: source.guid, externalScopeName: source.name };
  if (externalIdentifier !== undefined) Object.assign(out, { externalIdentifier, keyPattern: 'LOCAL_KEY' });
  return out;
}

/** `getEffectiveTimeQueryRequestBody`. */
function scope(source: Source): Json {
  return { assetManagerGUID: source.guid, assetManagerName: source.name };
}

/** `getRelationshipRequestBody`. */
function relationship(source: Source, properties?: Json): Json {
  return { externalSourceGUID: source.guid, externalSourceName: source.name, properties };
}

async function createSchemaType(properties: Json, anchorGUID = '', source = catalog): Promise<string> {
  const answer = await em.ok(`${am}/schema-types?assetManagerIsHome=true&${FLAGS}&anchorGUID=${enc(anchorGUID)}`, {
    elementProperties: { class: 'SchemaTypeProperties', ...properties },
    metadataCorrelationProperties: correlation(source),
  });
  return answer['guid'] as string;
}

async function createAttribute(parentGUID: string, properties: Json, externalIdentifier?: string): Promise<string> {
  const answer = await em.ok(
    `${am}/schema-elements/${enc(parentGUID)}/schema-attributes?assetManagerIsHome=true&${FLAGS}`,
    {
      elementProperties: { class: 'SchemaAttributeProperties', ...properties },
      metadataCorrelationProperties: correlation(catalog, externalIdentifier),
    },
  );
  return answer['guid'] as string;
}

function guids(list: unknown): unknown[] {
  return ((list ?? []) as Array<Record<string, Json>>).map((e) => e['elementHeader']['guid']);
}

function classificationsOf(element: unknown): Json[] {
  return ((element as Record<string, Json>)['elementHeader']['classifications'] ?? []) as Json[];
}

beforeAll(async () => {
  const names = { catalog: 'Catalog::schemas', other: 'Catalog::elsewhere' };
  ({ em, am, catalog, other } = await startAssetManager('catalogUser', names));
});

afterAll(async () => {
  await em.close();
});

test('a schema type anchored to an asset, attached as its schema, with attributes nested two deep', async () => {
  const asset = (
    await em.ok(`${am}/data-assets?assetManagerIsHome=true`, {
      metadataCorrelationProperties: correlation(catalog),
      elementProperties: { class: 'DataAssetProperties', qualifiedName: 'acme::orders-file', typeName: 'DataFile' },
    })
  )['guid'] as string;
  const schemaType = await createSchemaType(
    { qualifiedName: 'acme::orders-file::schema', displayName: 'Orders', typeName: 'TabularSchemaType' },
    asset,
  );
  await em.ok(
    `${am}/parents/${enc(asset)}/DataFile/schema-types/${enc(schemaType)}?assetManagerIsHome=true&${FLAGS}`,
    relationship(catalog),
  );

  const forAsset = await em.ok(`${am}/parents/DataFile/${enc(asset)}/schema-types/retrieve?${FLAGS}`, scope(catalog));
  expect(forAsset['class']).toBe('SchemaTypeElementResponse');
  const element = forAsset['element'] as Record<string, Json>;
  expect(element['elementHeader']['guid']).toBe(schemaType);
  expect(element['schemaTypeProperties']).toEqual(
    expect.objectContaining({
      class: 'SchemaTypeProperties',
      typeName: 'TabularSchemaType',
      qualifiedName: 'acme::orders-file::schema',
    }),
  );
  expect(element['attributeCount']).toBe(0);

  const column = await createAttribute(
    schemaType,
    { qualifiedName: 'acme::orders-file::id', displayName: 'id' },
    'col-1',
  );
  const nested = await createAttribute(column, {
    qualifiedName: 'acme::orders-file::id::part',
    typeName: 'TabularColumn',
  });

  const top = await em.ok(
    `${am}/schema-elements/${enc(schemaType)}/schema-attributes/retrieve?startFrom=0&pageSize=10&${FLAGS}`,
    scope(catalog),
  );
  expect(top['class']).toBe('SchemaAttributeElementsResponse');
  expect(guids(top['elementList'])).toEqual([column]);
  const below = await em.ok(
    `${am}/schema-elements/${enc(column)}/schema-attributes/retrieve?startFrom=0&pageSize=10&${FLAGS}`,
    scope(catalog),
  );
  expect(guids(below['elementList'])).toEqual([nested]);
  const read = await em.ok(`${am}/schema-types/${enc(schemaType)}/retrieve?${FLAGS}`, scope(catalog));
  expect((read['element'] as Json)['attributeCount']).toBe(1);

  const parent = await em.ok(`${am}/parents/schema-types/${enc(schemaType)}/retrieve?${FLAGS}`, scope(catalog));
  expect(parent['class']).toBe('ElementHeaderResponse');
  expect((parent['element'] as Json)['guid']).toBe(asset);

  // The column carries its external identifier.
  const columnRead = await em.ok(`${am}/schema-attributes/${enc(column)}/retrieve?${FLAGS}`, scope(catalog));
  const columnElement = columnRead['element'] as Record<string, unknown>;
  expect((columnElement['correlationHeaders'] as Json[])[0]).toEqual(
    expect.objectContaining({ externalIdentifier: 'col-1', externalScopeGUID: catalog.guid }),
  );
  expect((columnElement['schemaAttributeProperties'] as Json)['class']).toBe('SchemaAttributeProperties');

  await em.ok(`${am}/parents/${enc(asset)}/DataFile/schema-types/${enc(schemaType)}/remove?${FLAGS}`, scope(catalog));
  const detached = await em.ok(`${am}/parents/DataFile/${enc(asset)}/schema-types/retrieve?${FLAGS}`, scope(catalog));
  expect(detached['element']).toBeUndefined();

  // Removing the schema type removes its attributes, nested ones included.
  await em.ok(`${am}/schema-types/${enc(schemaType)}/remove?${FLAGS}`, {
    metadataCorrelationProperties: correlation(catalog),
  });
  for (const guid of [schemaType, column, nested]) {
    const gone = await em.post(`${am}/schema-attributes/${enc(guid)}/retrieve?${FLAGS}`, scope(catalog));
    expect(gone.body['relatedHTTPCode']).toBe(404);
  }
});

test('update, find and by name for schema types and attributes; only the owner may update', async () => {
  const schemaType = await createSchemaType({ qualifiedName: 'Schema::customers', displayName: 'Customers' });
  const attribute = await createAttribute(schemaType, { qualifiedName: 'Schema::customers::name', dataType: 'string' });
  await em.ok(`${am}/schema-types/${enc(schemaType)}?isMergeUpdate=true&${FLAGS}`, {
    elementProperties: { class: 'SchemaTypeProperties', description: 'Who buys' },
    metadataCorrelationProperties: correlation(catalog),
  });
  await em.ok(`${am}/schema-attributes/${enc(attribute)}?isMergeUpdate=true&${FLAGS}`, {
    elementProperties: { class: 'SchemaAttributeProperties', isNullable: false },
    metadataCorrelationProperties: correlation(catalog),
  });

  const found = await em.ok(`${am}/schema-types/by-search-string?startFrom=0&pageSize=10&${FLAGS}`, {
    ...scope(catalog),
    searchString: 'Schema::cust.*',
    searchStringParameterName: 'searchString',
  });
  expect(found['class']).toBe('SchemaTypeElementsResponse');
  const types = found['elementList'] as Array<Record<string, Json>>;
  expect(guids(types)).toEqual([schemaType]);
  expect(types[0]['schemaTypeProperties']).toEqual(
    expect.objectContaining({ description: 'Who buys', displayName: 'Customers' }),
  );
  const byName = await em.ok(`${am}/schema-types/by-name?startFrom=0&pageSize=10&${FLAGS}`, {
    ...scope(catalog),
    name: 'Schema::customers',
    nameParameterName: 'name',
  });
  expect(guids(byName['elementList'])).toEqual([schemaType]);

  const attributes = await em.ok(`${am}/schema-attributes/by-search-string?startFrom=0&pageSize=10&${FLAGS}`, {
    ...scope(catalog),
    searchString: '.*::name',
    searchStringParameterName: 'searchString',
  });
  const attributeList = attributes['elementList'] as Array<Record<string, Json>>;
  expect(guids(attributeList)).toEqual([attribute]);
  expect(attributeList[0]['schemaAttributeProperties']).toEqual(
    expect.objectContaining({ dataType: 'string', isNullable: false }),
  );
  const attributesByName = await em.ok(`${am}/schema-attributes/by-name?startFrom=0&pageSize=10&${FLAGS}`, {
    ...scope(catalog),
    name: 'Schema::customers::name',
    nameParameterName: 'name',
  });
  expect(guids(attributesByName['elementList'])).toEqual([attribute]);

  const refused = await em.post(`${am}/schema-attributes/${enc(attribute)}?isMergeUpdate=true&${FLAGS}`, {
    elementProperties: { class: 'SchemaAttributeProperties', description: 'taken over' },
    metadataCorrelationProperties: correlation(other),
  });
  expect(refused.body['exceptionClassName']).toMatch(/UserNotAuthorizedException$/);
  expect(refused.body['actionDescription']).toBe('updateSchemaAttribute');

  // Spring's own checks: the required assetManagerIsHome and isMergeUpdate.
  expectSpringError(
    await em.post(`${am}/schema-types`, { elementProperties: { class: 'SchemaTypeProperties', qualifiedName: 'x' } }),
    400,
    '/servers/mds1/open-metadata/access-services/asset-manager/users/catalogUser/schema-types',
  );
  expectSpringError(
    await em.post(`${am}/schema-attributes/${enc(attribute)}`, {
      elementProperties: { class: 'SchemaAttributeProperties', qualifiedName: 'x' },
    }),
    400,
    `/servers/mds1/open-metadata/access-services/asset-manager/users/catalogUser/schema-attributes/${attribute}`,
  );
  expectSpringError(
    await em.post(`${am}/schema-types?assetManagerIsHome=true`, { elementProperties: { qualifiedName: 'x' } }),
    400,
    '/servers/mds1/open-metadata/access-services/asset-manager/users/catalogUser/schema-types',
  );
  expectFFDC(
    await em.post(`${am}/schema-types?assetManagerIsHome=true&${FLAGS}`, {
      elementProperties: { class: 'SchemaTypeProperties', displayName: 'no name' },
    }),
    {
      responseClass: 'GUIDResponse',
      exception: 'InvalidParameterException',
      httpCode: 400,
      messageId: 'OMAG-COMMON-400-006',
      action: 'createSchemaType',
      parameterName: 'qualifiedName',
    },
  );
});

test('calculated values and primary keys are classifications; foreign keys a relationship', async () => {
  const schemaType = await createSchemaType({ qualifiedName: 'Schema::keys' });
  const id = await createAttribute(schemaType, { qualifiedName: 'Schema::keys::id' });
  const ref = await createAttribute(schemaType, { qualifiedName: 'Schema::keys::ref' });
  const readAttribute = async (guid: string) =>
    (await em.ok(`${am}/schema-attributes/${enc(guid)}/retrieve?${FLAGS}`, scope(catalog)))['element'];

  await em.ok(`${am}/schema-elements/${enc(ref)}/is-calculated-value?assetManagerIsHome=true&${FLAGS}`, {
    formula: 'upper(id)',
    metadataCorrelationProperties: correlation(catalog),
  });
  expect(classificationsOf(await readAttribute(ref))).toEqual([
    expect.objectContaining({ classificationName: 'CalculatedValue' }),
  ]);
  await em.ok(`${am}/schema-elements/${enc(ref)}/is-calculated-value/remove?${FLAGS}`, {
    metadataCorrelationProperties: correlation(catalog),
  });
  expect(classificationsOf(await readAttribute(ref))).toEqual([]);

  await em.ok(`${am}/schema-attributes/${enc(id)}/is-primary-key?assetManagerIsHome=true&${FLAGS}`, {
    externalSourceGUID: catalog.guid,
    externalSourceName: catalog.name,
    primaryKeyProperties: { class: 'PrimaryKeyProperties', name: 'pk_id', keyPattern: 'NATURAL_KEY' },
  });
  const withKey = classificationsOf(await readAttribute(id));
  expect(withKey).toEqual([expect.objectContaining({ classificationName: 'PrimaryKey' })]);
  expect(JSON.stringify(withKey[0])).toContain('pk_id');
  await em.ok(`${am}/schema-attributes/${enc(id)}/is-primary-key/remove?${FLAGS}`, {
    metadataCorrelationProperties: correlation(catalog),
  });
  expect(classificationsOf(await readAttribute(id))).toEqual([]);
  // Egeria dereferences primaryKeyProperties without a null check.
  expectFFDC(
    await em.post(`${am}/schema-attributes/${enc(id)}/is-primary-key?assetManagerIsHome=true&${FLAGS}`, {
      externalSourceGUID: catalog.guid,
      externalSourceName: catalog.name,
    }),
    {
      responseClass: 'VoidResponse',
      exception: 'PropertyServerException',
      httpCode: 400,
      messageId: 'OMAG-COMMON-400-016',
      action: 'setupColumnAsPrimaryKey',
    },
  );

  const keyPath = `${am}/schema-attributes/${enc(id)}/relationships/foreign-keys/${enc(ref)}`;
  const foreignKey = (description: string) => ({
    ...scope(catalog),
    properties: { class: 'ForeignKeyProperties', name: 'fk_ref', description },
  });
  const beforeSetup = await em.post(`${keyPath}/update?${FLAGS}`, foreignKey('too early'));
  expect(beforeSetup.body['exceptionClassName']).toMatch(/InvalidParameterException$/);
  await em.ok(`${keyPath}?assetManagerIsHome=true&${FLAGS}`, foreignKey('refers to id'));
  await em.ok(`${keyPath}/update?${FLAGS}`, foreignKey('still refers to id'));
  await em.ok(`${keyPath}/remove?${FLAGS}`, scope(catalog));
  const afterRemove = await em.post(`${keyPath}/update?${FLAGS}`, foreignKey('gone'));
  expect(afterRemove.body['exceptionClassName']).toMatch(/InvalidParameterException$/);
});

test('relationships between schema elements by type name, and copies of templates', async () => {
  const schemaType = await createSchemaType({ qualifiedName: 'Schema::templated' });
  const attribute = await createAttribute(schemaType, { qualifiedName: 'Schema::templated::a', displayName: 'A' });
  const elementType = await createSchemaType({ qualifiedName: 'Schema::templated::a-type' });
  const path = `${am}/schema-elements/${enc(attribute)}/relationships/SchemaAttributeType/schema-elements/${enc(elementType)}`;
  await em.ok(`${path}?assetManagerIsHome=true&${FLAGS}`, relationship(catalog));
  await em.ok(`${path}/remove?${FLAGS}`, scope(catalog));
  expectFFDC(
    await em.post(
      `${am}/schema-elements/${enc(attribute)}/relationships/NoSuchRelationship/schema-elements/${enc(elementType)}?assetManagerIsHome=true`,
      relationship(catalog),
    ),
    {
      responseClass: 'VoidResponse',
      exception: 'InvalidParameterException',
      httpCode: 400,
      messageId: 'OMAG-COMMON-400-019',
      action: 'setupSchemaElementRelationship',
      parameterName: 'relationshipTypeName',
    },
  );

  const copy = (
    await em.ok(`${am}/schema-types/from-template/${enc(schemaType)}?assetManagerIsHome=true`, {
      metadataCorrelationProperties: correlation(catalog, 'copy-1'),
      elementProperties: { qualifiedName: 'Schema::templated::copy', displayName: 'Copy' },
    })
  )['guid'] as string;
  const copied = (await em.ok(`${am}/schema-types/${enc(copy)}/retrieve?${FLAGS}`, scope(catalog)))[
    'element'
  ] as Record<string, unknown>;
  expect(copied['schemaTypeProperties']).toEqual(
    expect.objectContaining({ qualifiedName: 'Schema::templated::copy', displayName: 'Copy' }),
  );
  expect((copied['correlationHeaders'] as Json[])[0]).toEqual(
    expect.objectContaining({ externalIdentifier: 'copy-1' }),
  );

  const attributeCopy = (
    await em.ok(
      `${am}/schema-elements/${enc(copy)}/schema-attributes/from-template/${enc(attribute)}?assetManagerIsHome=true&${FLAGS}`,
      {
        metadataCorrelationProperties: correlation(catalog),
        elementProperties: { qualifiedName: 'Schema::templated::copy::a' },
      },
    )
  )['guid'] as string;
  const nested = await em.ok(
    `${am}/schema-elements/${enc(copy)}/schema-attributes/retrieve?startFrom=0&pageSize=0&${FLAGS}`,
    scope(catalog),
  );
  const list = nested['elementList'] as Array<Record<string, Json>>;
  // The template's attribute is not anchored to it (it was created with no anchor), so the deep copy
  // of the schema type links the copy to that same attribute, as Egeria's template handler does;
  // then comes the attribute copied from the template.
  expect(guids(list)).toEqual([attribute, attributeCopy]);
  expect(list[1]['schemaAttributeProperties']).toEqual(
    expect.objectContaining({ qualifiedName: 'Schema::templated::copy::a', displayName: 'A' }),
  );
});
