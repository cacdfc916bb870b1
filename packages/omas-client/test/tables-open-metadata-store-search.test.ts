/**
 * The open metadata store's search by conditions (5.2's OpenMetadataStoreResource
 * `findMetadataElements`) and the property beans built as 5.2's PropertyHelper builds them.
 */
import {
  OPEN_METADATA_STORE_SERVICE,
  OpenMetadataStoreClient,
  classificationSearch,
  fromElementProperties,
  searchPropertiesByName,
  toElementProperties,
} from '@egeria-ts/omas-client';
import { RecordingInvoker } from './tables-support';

test('findMetadataElements posts a FindRequestBody to /metadata-elements/by-search-conditions', async () => {
  expect(OPEN_METADATA_STORE_SERVICE.operations.findMetadataElements).toMatchObject({
    method: 'POST',
    path: '/metadata-elements/by-search-conditions',
    requestBody: 'FindRequestBody',
    bodyRequired: false,
    response: { bean: 'OpenMetadataElementsResponse', field: 'elementList', list: true },
    query: {
      startFrom: { required: false, default: 0 },
      pageSize: { required: false, default: 0 },
      forLineage: { required: false, default: false },
      forDuplicateProcessing: { required: false, default: false },
    },
  });
  const invoker = new RecordingInvoker();
  await new OpenMetadataStoreClient(invoker).findMetadataElements({
    forLineage: false,
    forDuplicateProcessing: false,
    startFrom: 0,
    pageSize: 10,
    matchClassifications: classificationSearch('Confidence', { name: 'levelIdentifier', value: 3 }),
    sequencingOrder: 'CREATION_DATE_RECENT',
  });
  const call = invoker.only();
  expect(call.request.query).toEqual({ forLineage: false, forDuplicateProcessing: false, startFrom: 0, pageSize: 10 });
  // As 5.2's getMetadataElementsByClassificationPropertyValue (int overload) builds it.
  expect(call.request.body).toEqual({
    class: 'FindRequestBody',
    sequencingOrder: 'CREATION_DATE_RECENT',
    matchClassifications: {
      matchCriteria: 'ALL',
      conditions: [
        {
          name: 'Confidence',
          searchProperties: {
            matchCriteria: 'ANY',
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
          },
        },
      ],
    },
  });
});

test('search conditions by property name: EQ as given, LIKE quoted inside .*', () => {
  const like = searchPropertiesByName(['qualifiedName', 'name'], 'a.b', 'LIKE');
  expect(like?.matchCriteria).toBe('ANY');
  expect(like?.conditions?.map((c) => [c.property, c.operator])).toEqual([
    ['qualifiedName', 'LIKE'],
    ['name', 'LIKE'],
  ]);
  expect(like?.conditions?.[0].value).toEqual(expect.objectContaining({ primitiveValue: '.*\\Qa.b\\E.*' }));
  expect(searchPropertiesByName(['name'], 'x\\Ey')?.conditions?.[0].value).toEqual(
    expect.objectContaining({ primitiveValue: 'x\\Ey' }),
  );
  expect(searchPropertiesByName(['name'], 'x\\Ey', 'LIKE')?.conditions?.[0].value).toEqual(
    expect.objectContaining({ primitiveValue: '.*\\Qx\\E\\\\E\\Qy\\E.*' }),
  );
  expect(searchPropertiesByName([], 'x')).toBeUndefined();
});

test('element properties round-trip through the typed property beans', () => {
  const values = {
    qualifiedName: 'vv::red',
    isDeprecated: false,
    confidence: 80,
    big: 2 ** 40,
    sampleValues: ['a', 'b'],
    additionalProperties: { colour: 'red' },
  };
  const bean = toElementProperties({ ...values, dropped: undefined, nothing: null });
  expect(Object.keys(bean?.propertyValueMap ?? {}).sort()).toEqual(Object.keys(values).sort());
  expect(bean?.propertyValueMap?.['confidence']).toEqual(
    expect.objectContaining({ typeName: 'int', primitiveTypeCategory: 'OM_PRIMITIVE_TYPE_INT' }),
  );
  expect(bean?.propertyValueMap?.['big']).toEqual(expect.objectContaining({ typeName: 'long' }));
  expect(bean?.propertyValueMap?.['additionalProperties']).toEqual(
    expect.objectContaining({ class: 'MapTypePropertyValue', typeName: 'map<string,string>' }),
  );
  expect(fromElementProperties(bean)).toEqual(values);
  expect(toElementProperties({})).toBeUndefined();
  expect(fromElementProperties(undefined)).toEqual({});
  expect(fromElementProperties({ propertiesAsStrings: { a: 'b' } } as never)).toEqual({ a: 'b' });
});
