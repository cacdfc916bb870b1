/**
 * The open metadata store framework service's search by conditions, and the element calls that
 * 5.2's Asset Manager ValidValuesExchangeClient makes, over HTTP, with requests shaped as Egeria
 * 5.2's OpenMetadataClientBase sends them: typed `ElementProperties`,
 * `NewOpenMetadataElementRequestBody` with a parent, `FindRequestBody` search conditions.
 */
import { TestEmulator, enc } from './support/harness';

type Json = Record<string, unknown>;

let em: TestEmulator;
let store: string;

const FLAGS = 'forLineage=false&forDuplicateProcessing=false';

function text(value: string): Json {
  return {
    class: 'PrimitiveTypePropertyValue',
    typeName: 'string',
    primitiveTypeCategory: 'OM_PRIMITIVE_TYPE_STRING',
    primitiveValue: value,
  };
}

function flag(value: boolean): Json {
  return {
    class: 'PrimitiveTypePropertyValue',
    typeName: 'boolean',
    primitiveTypeCategory: 'OM_PRIMITIVE_TYPE_BOOLEAN',
    primitiveValue: value,
  };
}

/** `ElementProperties` as PropertyHelper builds it. */
function properties(values: Record<string, Json>): Json {
  return { propertyValueMap: values, propertyCount: Object.keys(values).length };
}

/** The body of the 15-argument `createMetadataElementInStore` (no metadata source, as the valid values client sends it). */
function newElement(typeName: string, values: Record<string, Json>, parent?: { guid: string; type: string }): Json {
  return {
    externalSourceGUID: null,
    externalSourceName: null,
    typeName,
    initialStatus: 'ACTIVE',
    initialClassifications: null,
    anchorGUID: null,
    isOwnAnchor: false,
    effectiveFrom: null,
    effectiveTo: null,
    properties: properties(values),
    parentGUID: parent?.guid ?? null,
    parentRelationshipTypeName: parent?.type ?? null,
    parentRelationshipProperties: null,
    parentAtEnd1: true,
  };
}

function plain(element: Json): Json {
  const map = ((element['elementProperties'] as Json)['propertyValueMap'] ?? {}) as Record<string, Json>;
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, v['primitiveValue'] ?? v['mapValues']]));
}

beforeAll(async () => {
  em = await TestEmulator.start();
  store = em.fw('open-metadata-store', 'catalogUser', 'asset-manager');
});

afterAll(async () => {
  await em.close();
});

test('a valid value set and a member created below it; read by GUID and through the relationship', async () => {
  const set = (
    await em.ok(
      `${store}/metadata-elements`,
      newElement('ValidValuesSet', { qualifiedName: text('vv::colours'), name: text('Colours') }),
    )
  )['guid'] as string;
  const red = (
    await em.ok(
      `${store}/metadata-elements`,
      newElement(
        'ValidValueDefinition',
        {
          qualifiedName: text('vv::colours::red'),
          name: text('Red'),
          preferredValue: text('R'),
          isDeprecated: flag(false),
        },
        { guid: set, type: 'ValidValueMember' },
      ),
    )
  )['guid'] as string;

  const read = await em.ok(`${store}/metadata-elements/${enc(red)}?${FLAGS}`, { class: 'AnyTimeRequestBody' });
  expect(read['class']).toBe('OpenMetadataElementResponse');
  const element = read['element'] as Json;
  expect(element['elementGUID']).toBe(red);
  expect((element['type'] as Json)['typeName']).toBe('ValidValueDefinition');
  expect(plain(element)).toEqual({
    qualifiedName: 'vv::colours::red',
    name: 'Red',
    preferredValue: 'R',
    isDeprecated: false,
  });

  const members = await em.ok(
    `${store}/related-elements/${enc(set)}/type/ValidValueMember?startingAtEnd=1&startFrom=0&pageSize=0&${FLAGS}`,
    { class: 'ResultsRequestBody', sequencingOrder: 'CREATION_DATE_RECENT' },
  );
  expect(members['class']).toBe('RelatedMetadataElementListResponse');
  const list = (members['relatedElementList'] as Json)['elementList'] as Json[];
  expect(list).toHaveLength(1);
  expect((list[0]['type'] as Json)['typeName']).toBe('ValidValueMember');
  expect((list[0]['element'] as Json)['elementGUID']).toBe(red);
  // From the member's end (2) the set is found; from end 1 nothing.
  const sets = await em.ok(`${store}/related-elements/${enc(red)}/type/ValidValueMember?startingAtEnd=2&${FLAGS}`, {});
  expect((((sets['relatedElementList'] as Json)['elementList'] as Json[])[0]['element'] as Json)['elementGUID']).toBe(
    set,
  );
  const none = await em.ok(`${store}/related-elements/${enc(red)}/type/ValidValueMember?startingAtEnd=1&${FLAGS}`, {});
  expect((none['relatedElementList'] as Json | undefined)?.['elementList']).toBeUndefined();
});

test('search by conditions on type, properties and classifications, and by search string', async () => {
  const make = async (qualifiedName: string, name: string) =>
    (
      await em.ok(
        `${store}/metadata-elements`,
        newElement('ValidValueDefinition', { qualifiedName: text(qualifiedName), name: text(name) }),
      )
    )['guid'] as string;
  const small = await make('size::small', 'Small');
  const large = await make('size::large', 'Large');
  await em.ok(`${store}/metadata-elements`, {
    ...newElement('GlossaryTerm', { qualifiedName: text('term::small'), displayName: text('Small') }),
    initialClassifications: {
      Confidence: properties({
        levelIdentifier: {
          class: 'PrimitiveTypePropertyValue',
          typeName: 'int',
          primitiveTypeCategory: 'OM_PRIMITIVE_TYPE_INT',
          primitiveValue: 3,
        },
      }),
    },
  });

  // As getSearchPropertiesByName builds it for getValidValueByName (EQ on qualifiedName or name).
  const byName = await em.ok(`${store}/metadata-elements/by-search-conditions?${FLAGS}&startFrom=0&pageSize=10`, {
    class: 'FindRequestBody',
    metadataElementTypeName: 'ValidValueDefinition',
    searchProperties: {
      conditions: [
        { property: 'qualifiedName', operator: 'EQ', value: text('Large') },
        { property: 'name', operator: 'EQ', value: text('Large') },
      ],
      matchCriteria: 'ANY',
    },
    sequencingProperty: 'qualifiedName',
    sequencingOrder: 'PROPERTY_ASCENDING',
  });
  expect((byName['elementList'] as Json[]).map((e) => e['elementGUID'])).toEqual([large]);

  const like = await em.ok(`${store}/metadata-elements/by-search-conditions?${FLAGS}&startFrom=0&pageSize=10`, {
    class: 'FindRequestBody',
    metadataElementTypeName: 'ValidValueDefinition',
    searchProperties: {
      conditions: [{ property: 'qualifiedName', operator: 'LIKE', value: text('.*\\Qsize::\\E.*') }],
      matchCriteria: 'ANY',
    },
    sequencingProperty: 'qualifiedName',
    sequencingOrder: 'PROPERTY_ASCENDING',
  });
  expect((like['elementList'] as Json[]).map((e) => e['elementGUID'])).toEqual([large, small]);

  // As getMetadataElementsByClassificationPropertyValue builds it (int overload).
  const classified = await em.ok(`${store}/metadata-elements/by-search-conditions?${FLAGS}&startFrom=0&pageSize=0`, {
    class: 'FindRequestBody',
    matchClassifications: {
      conditions: [
        {
          name: 'Confidence',
          searchProperties: {
            conditions: [
              {
                property: 'levelIdentifier',
                operator: 'EQ',
                value: {
                  class: 'PrimitiveTypePropertyValue',
                  typeName: 'int',
                  primitiveTypeCategory: 'OM_PRIMITIVE_TYPE_INT',
                  primitiveValue: 3,
                },
              },
            ],
            matchCriteria: 'ANY',
          },
        },
      ],
      matchCriteria: 'ALL',
    },
    sequencingOrder: 'CREATION_DATE_RECENT',
  });
  const classifiedList = classified['elementList'] as Json[];
  expect(classifiedList.map((e) => plain(e)['qualifiedName'])).toEqual(['term::small']);
  expect(((classifiedList[0]['classifications'] as Json[])[0] as Json)['classificationName']).toBe('Confidence');

  const found = await em.ok(`${store}/metadata-elements/by-search-string?${FLAGS}&startFrom=0&pageSize=0`, {
    class: 'SearchStringRequestBody',
    searchString: '.*small.*',
    typeName: 'ValidValueDefinition',
  });
  expect((found['elementList'] as Json[]).map((e) => e['elementGUID'])).toEqual([small]);
});
