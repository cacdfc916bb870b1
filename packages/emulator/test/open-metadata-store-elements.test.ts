/**
 * The open metadata store framework service's generic element calls and external scope removal,
 * with requests shaped as Egeria 5.2's OpenMetadataClientBase sends them (ElementProperties with
 * typed PropertyValues; `isOwnAnchor` and `parentAtEnd1`, Java primitives, always written).
 */
import { TestEmulator, enc, expectFFDC, expectSpringError } from './support/harness';

type Json = Record<string, unknown>;
type Source = { guid: string; name: string };

let em: TestEmulator;
let oms: string;
let catalog: Source;
let other: Source;

function str(value: string): Json {
  return {
    class: 'PrimitiveTypePropertyValue',
    typeName: 'string',
    primitiveTypeCategory: 'OM_PRIMITIVE_TYPE_STRING',
    primitiveValue: value,
  };
}

/** An `ElementProperties` bean of string values (and any other PropertyValues given). */
function properties(values: Record<string, string | Json>): Json {
  const map: Json = {};
  for (const [k, v] of Object.entries(values)) map[k] = typeof v === 'string' ? str(v) : v;
  return { propertyValueMap: map, propertyCount: Object.keys(map).length };
}

/** `OpenMetadataClientBase.createMetadataElementInStore`: a NewOpenMetadataElementRequestBody. */
function newElementBody(
  source: Source | undefined,
  typeName: string,
  values: Record<string, string | Json>,
  extra: Json = {},
): Json {
  const body: Json = { typeName, isOwnAnchor: false, parentAtEnd1: true, properties: properties(values), ...extra };
  if (source !== undefined) {
    body['externalSourceGUID'] = source.guid;
    body['externalSourceName'] = source.name;
  }
  return body;
}

function valueOf(element: Json, name: string): unknown {
  const map = (element['elementProperties'] as Json)['propertyValueMap'] as Record<string, Json>;
  return map[name]?.['primitiveValue'];
}

async function create(body: Json): Promise<string> {
  return (await em.ok(`${oms}/metadata-elements`, body))['guid'] as string;
}

beforeAll(async () => {
  em = await TestEmulator.start();
  oms = em.fw('open-metadata-store', 'omsUser', 'asset-manager');
  const oi = em.fw('open-integration', 'daemonUser', 'asset-manager');
  const source = async (name: string): Promise<Source> => ({
    guid: (await em.ok(`${oi}/metadata-sources/new`, { qualifiedName: name }))['guid'] as string,
    name,
  });
  catalog = await source('Catalog::oms');
  other = await source('Catalog::other');
});

afterAll(async () => {
  await em.close();
});

test('create with a status, classifications and a parent; read by GUID; find; related elements', async () => {
  const glossary = await create(
    newElementBody(catalog, 'Glossary', { qualifiedName: 'glossary::sales', displayName: 'Sales' }),
  );
  const term = await create(
    newElementBody(
      catalog,
      'GlossaryTerm',
      {
        qualifiedName: 'term::revenue',
        displayName: 'Revenue',
        aliases: { class: 'ArrayTypePropertyValue', arrayCount: 1, arrayValues: properties({ '0': 'turnover' }) },
      },
      {
        initialStatus: 'DRAFT',
        initialClassifications: { SpineObject: properties({}) },
        anchorGUID: glossary,
        parentGUID: glossary,
        parentRelationshipTypeName: 'TermAnchor',
        parentAtEnd1: true,
      },
    ),
  );

  const read = await em.ok(`${oms}/metadata-elements/${term}`, { effectiveTime: null });
  expect(read['class']).toBe('OpenMetadataElementResponse');
  const element = read['element'] as Json;
  expect(element).toMatchObject({ elementGUID: term, status: 'DRAFT', type: { typeName: 'GlossaryTerm' } });
  expect(element['origin']).toMatchObject({
    originCategory: 'EXTERNAL_SOURCE',
    homeMetadataCollectionId: catalog.guid,
  });
  expect(valueOf(element, 'displayName')).toBe('Revenue');
  expect(((element['elementProperties'] as Json)['propertyValueMap'] as Json)['aliases']).toMatchObject({
    class: 'ArrayTypePropertyValue',
    arrayCount: 1,
  });
  expect((element['classifications'] as Json[]).map((c) => c['classificationName'])).toEqual([
    'Anchors',
    'SpineObject',
  ]);
  // The body is optional.
  expect(((await em.ok(`${oms}/metadata-elements/${glossary}`))['element'] as Json)['elementGUID']).toBe(glossary);

  const found = await em.ok(`${oms}/metadata-elements/by-search-string?startFrom=0&pageSize=10`, {
    searchString: 'Rev.*',
    searchStringParameterName: 'searchString',
  });
  expect(found['class']).toBe('OpenMetadataElementsResponse');
  expect((found['elementList'] as Json[]).map((e) => e['elementGUID'])).toEqual([term]);
  const byType = await em.ok(`${oms}/metadata-elements/by-search-string?startFrom=0&pageSize=10`, {
    typeName: 'Glossary',
  });
  expect((byType['elementList'] as Json[]).map((e) => e['elementGUID'])).toEqual([glossary]);
  const nothing = await em.ok(`${oms}/metadata-elements/by-search-string`, { searchString: 'no-such-thing' });
  expect(nothing['elementList']).toBeUndefined();

  const related = await em.ok(
    `${oms}/related-elements/${glossary}/type/TermAnchor?startingAtEnd=1&startFrom=0&pageSize=0`,
    {},
  );
  expect(related['class']).toBe('RelatedMetadataElementListResponse');
  const list = (related['relatedElementList'] as Json)['elementList'] as Json[];
  expect(list).toHaveLength(1);
  expect(list[0]).toMatchObject({ type: { typeName: 'TermAnchor' }, element: { elementGUID: term } });
  expect(typeof list[0]['relationshipGUID']).toBe('string');
  const fromTheOtherEnd = await em.ok(`${oms}/related-elements/${glossary}/type/TermAnchor?startingAtEnd=2`);
  expect(fromTheOtherEnd['relatedElementList']).toEqual({});
  const either = await em.ok(`${oms}/related-elements/${term}/type/TermAnchor`);
  expect(((either['relatedElementList'] as Json)['elementList'] as Json[])[0]).toMatchObject({
    element: { elementGUID: glossary },
  });
});

test('update (merge or replace), delete; relationships created and deleted; the owner rule', async () => {
  const a = await create(
    newElementBody(catalog, 'Asset', { qualifiedName: 'asset::a', name: 'a', description: 'first' }),
  );
  const b = await create(newElementBody(undefined, 'Asset', { qualifiedName: 'asset::b' }));

  const base = {
    externalSourceGUID: catalog.guid,
    externalSourceName: catalog.name,
    forLineage: false,
    forDuplicateProcessing: false,
  };
  await em.ok(`${oms}/metadata-elements/${a}/update-properties`, {
    ...base,
    replaceProperties: false,
    properties: properties({ name: 'A' }),
  });
  let element = (await em.ok(`${oms}/metadata-elements/${a}`))['element'] as Json;
  expect([valueOf(element, 'name'), valueOf(element, 'description')]).toEqual(['A', 'first']);
  await em.ok(`${oms}/metadata-elements/${a}/update-properties`, {
    ...base,
    replaceProperties: true,
    properties: properties({ qualifiedName: 'asset::a' }),
  });
  element = (await em.ok(`${oms}/metadata-elements/${a}`))['element'] as Json;
  expect([valueOf(element, 'name'), valueOf(element, 'description')]).toEqual([undefined, undefined]);

  const notOwner = await em.post(`${oms}/metadata-elements/${a}/update-properties`, {
    externalSourceGUID: other.guid,
    externalSourceName: other.name,
    replaceProperties: false,
    properties: properties({ name: 'x' }),
  });
  expect(notOwner.body['exceptionClassName']).toMatch(/UserNotAuthorizedException$/);

  const link = (
    await em.ok(`${oms}/related-elements`, {
      ...base,
      typeName: 'DataFlow',
      metadataElement1GUID: a,
      metadataElement2GUID: b,
      effectiveFrom: 1714557600000,
      properties: properties({ label: 'feeds' }),
    })
  )['guid'] as string;
  const flows = await em.ok(`${oms}/related-elements/${a}/type/DataFlow?startingAtEnd=1`, {});
  const flow = ((flows['relatedElementList'] as Json)['elementList'] as Json[])[0];
  expect(flow['relationshipGUID']).toBe(link);
  expect(flow['effectiveFromTime']).toBe('2024-05-01T10:00:00.000+00:00');
  expect(((flow['relationshipProperties'] as Json)['propertyValueMap'] as Json)['label']).toMatchObject({
    primitiveValue: 'feeds',
  });
  const before = await em.ok(`${oms}/related-elements/${a}/type/DataFlow?startingAtEnd=1`, {
    effectiveTime: 1700000000000,
  });
  expect(before['relatedElementList']).toEqual({});

  const wrongDeleter = await em.post(`${oms}/related-elements/${link}/delete`, {
    externalSourceGUID: other.guid,
    externalSourceName: other.name,
  });
  expect(wrongDeleter.body['exceptionClassName']).toMatch(/UserNotAuthorizedException$/);
  await em.ok(`${oms}/related-elements/${link}/delete`, base);
  expect((await em.ok(`${oms}/related-elements/${a}/type/DataFlow`))['relatedElementList']).toEqual({});
  const noRelationship = await em.post(`${oms}/related-elements/${link}/delete`, base);
  expect(noRelationship.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-404-012');

  // Created without a source, so anyone may delete it, and with no body at all.
  await em.ok(`${oms}/metadata-elements/${b}/delete`);
  const gone = await em.post(`${oms}/metadata-elements/${b}`);
  expect(gone.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-404-007');
});

test('Egeria checks: type names, qualified names, statuses, property values, search strings', async () => {
  const noType = await em.post(`${oms}/metadata-elements`, newElementBody(catalog, '', { qualifiedName: 'x' }));
  expectFFDC(noType, {
    responseClass: 'GUIDResponse',
    exception: 'InvalidParameterException',
    httpCode: 400,
    messageId: 'OMAG-COMMON-400-006',
    action: 'createMetadataElementInStore',
    parameterName: 'metadataElementTypeName',
  });
  const relationshipType = await em.post(
    `${oms}/metadata-elements`,
    newElementBody(catalog, 'DataFlow', { qualifiedName: 'x' }),
  );
  expect(relationshipType.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-400-019');
  const noQualifiedName = await em.post(`${oms}/metadata-elements`, newElementBody(catalog, 'Asset', { name: 'x' }));
  expect(noQualifiedName.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-400-006');
  await create(newElementBody(catalog, 'Asset', { qualifiedName: 'asset::unique' }));
  const duplicate = await em.post(
    `${oms}/metadata-elements`,
    newElementBody(catalog, 'Asset', { qualifiedName: 'asset::unique' }),
  );
  expect(duplicate.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-409-001');
  const badStatus = await em.post(
    `${oms}/metadata-elements`,
    newElementBody(catalog, 'Asset', { qualifiedName: 'y' }, { initialStatus: 'SLEEPING' }),
  );
  expect(badStatus.status).toBe(400);
  const untypedValue = await em.post(`${oms}/metadata-elements`, {
    typeName: 'Asset',
    properties: { propertyValueMap: { qualifiedName: { primitiveValue: 'z' } } },
  });
  expectSpringError(
    untypedValue,
    400,
    '/servers/mds1/open-metadata/framework-services/asset-manager/open-metadata-store/users/omsUser/metadata-elements',
  );
  const noParentType = await em.post(
    `${oms}/metadata-elements`,
    newElementBody(catalog, 'Asset', { qualifiedName: 'w' }, { parentGUID: 'some-guid' }),
  );
  expect((noParentType.body['exceptionProperties'] as Json)['parameterName']).toBe('parentRelationshipTypeName');
  const noSearch = await em.post(`${oms}/metadata-elements/by-search-string`, {});
  expect(noSearch.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-400-022');
  const badRelationshipType = await em.post(`${oms}/related-elements/${catalog.guid}/type/Asset`);
  expect((badRelationshipType.body['exceptionProperties'] as Json)['parameterName']).toBe('relationshipTypeName');
  const noBody = await em.post(`${oms}/related-elements`);
  expect(noBody.status).toBe(400);
});

test('removeExternalScope deletes the scope and its external identifiers, not the elements', async () => {
  const oi = em.fw('open-integration', 'daemonUser', 'asset-manager');
  const scope = (await em.ok(`${oi}/metadata-sources/new`, { qualifiedName: 'Catalog::retired' }))['guid'] as string;
  const asset = await create(newElementBody(undefined, 'Asset', { qualifiedName: 'asset::correlated' }));
  const correlation = {
    metadataCorrelationProperties: {
      externalScopeGUID: scope,
      externalScopeName: 'Catalog::retired',
      externalIdentifier: 'ext-1',
    },
  };
  await em.ok(`${oms}/metadata-elements/Asset/${asset}/external-identifiers/add`, correlation);
  expect((await em.ok(`${oms}/metadata-elements/Asset/${asset}/external-identifiers`, {}))['elementList']).toHaveLength(
    1,
  );

  await em.ok(`${oms}/external-scope/${scope}/remove`);
  expect(
    (await em.ok(`${oms}/metadata-elements/Asset/${asset}/external-identifiers`, {}))['elementList'],
  ).toBeUndefined();
  expect(((await em.ok(`${oms}/metadata-elements/${asset}`))['element'] as Json)['elementGUID']).toBe(asset);
  const scopeGone = await em.post(`${oms}/metadata-elements/${scope}`);
  expect(scopeGone.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-404-007');
  const again = await em.post(`${oms}/external-scope/${enc(scope)}/remove`, { effectiveTime: null });
  expect(again.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-404-007');
});
