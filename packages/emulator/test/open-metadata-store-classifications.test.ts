/**
 * The open metadata store's classify and declassify calls (Egeria 5.2's OpenMetadataStoreResource),
 * with bodies as 5.2's OpenMetadataClientBase sends them (no `class`; the `forLineage` and
 * `forDuplicateProcessing` primitives always written; `ElementProperties` with typed property
 * values), over HTTP.
 */
import { TestEmulator, enc, expectFFDC, expectSpringError } from './support/harness';
import {
  amRoot,
  correlation,
  effectiveTimeBody,
  registerAssetManager,
  type Json,
  type Source,
} from './support/asset-manager-shapes';

let em: TestEmulator;
let store: string;
let catalog: Source;
let other: Source;
let processGUID: string;

/** `OpenMetadataClientBase.classifyMetadataElementInStore`'s NewClassificationRequestBody. */
function classifyBody(source: Source | undefined, properties?: Json): Json {
  const body: Json = { forLineage: true, forDuplicateProcessing: false };
  if (source !== undefined) Object.assign(body, { externalSourceGUID: source.guid, externalSourceName: source.name });
  if (properties !== undefined) body['properties'] = properties;
  return body;
}

async function classifications(): Promise<Json[]> {
  const answer = await em.ok(
    `${amRoot(em, 'reader')}/processes/${enc(processGUID)}/retrieve?forLineage=true`,
    effectiveTimeBody(catalog),
  );
  const element = answer['element'] as Json;
  return ((element['elementHeader'] as Json)['classifications'] as Json[] | undefined) ?? [];
}

beforeAll(async () => {
  em = await TestEmulator.start();
  store = em.fw('open-metadata-store', 'lineageUser', 'asset-manager');
  catalog = await registerAssetManager(em, 'Catalog::store-classifications');
  other = await registerAssetManager(em, 'Catalog::store-other');
  processGUID = (
    await em.ok(`${amRoot(em, 'lineageUser')}/processes?assetManagerIsHome=true`, {
      metadataCorrelationProperties: correlation(catalog),
      elementProperties: { class: 'ProcessProperties', qualifiedName: 'store::process' },
    })
  )['guid'] as string;
});

afterAll(async () => {
  await em.close();
});

test('a classification with properties is set for a metadata source, and only that source removes it', async () => {
  const url = `${store}/metadata-elements/${enc(processGUID)}/classifications/Memento`;
  await em.ok(
    url,
    classifyBody(catalog, {
      class: 'ElementProperties',
      propertyValueMap: {
        archiveUser: {
          class: 'PrimitiveTypePropertyValue',
          typeName: 'string',
          primitiveTypeCategory: 'OM_PRIMITIVE_TYPE_STRING',
          primitiveValue: 'lineageUser',
        },
      },
      propertyCount: 1,
    }),
  );
  const [memento] = await classifications();
  expect(memento['classificationName']).toBe('Memento');
  expect(memento['classificationProperties']).toEqual({ archiveUser: 'lineageUser' });
  expect((memento['origin'] as Json)['homeMetadataCollectionId']).toBe(catalog.guid);

  const refused = await em.post(`${url}/delete`, classifyBody(other));
  expect(refused.body['exceptionClassName']).toMatch(/UserNotAuthorizedException$/);
  expect(await classifications()).toHaveLength(1);
  await em.ok(`${url}/delete`, classifyBody(catalog));
  expect(await classifications()).toEqual([]);
  // Removing what is not there changes nothing.
  await em.ok(`${url}/delete`, classifyBody(catalog));
});

test("Egeria's checks: a known classification type, a known element, a body", async () => {
  expectFFDC(
    await em.post(
      `${store}/metadata-elements/${enc(processGUID)}/classifications/NoSuchClassification`,
      classifyBody(catalog),
    ),
    {
      responseClass: 'VoidResponse',
      exception: 'InvalidParameterException',
      httpCode: 400,
      messageId: 'OMAG-COMMON-400-018',
      action: 'classifyMetadataElementInStore',
      parameterName: 'typeName',
    },
  );
  const unknown = await em.post(
    `${store}/metadata-elements/${enc('no-such-element')}/classifications/Incomplete`,
    classifyBody(catalog),
  );
  expect(unknown.body['relatedHTTPCode']).toBe(404);
  expect(unknown.body['exceptionProperties']).toEqual(
    expect.objectContaining({ parameterName: 'metadataElementGUID' }),
  );
  expectSpringError(
    await em.post(`${store}/metadata-elements/${enc(processGUID)}/classifications/Incomplete`),
    400,
    `/servers/mds1/open-metadata/framework-services/asset-manager/open-metadata-store/users/lineageUser/metadata-elements/${processGUID}/classifications/Incomplete`,
  );
});
