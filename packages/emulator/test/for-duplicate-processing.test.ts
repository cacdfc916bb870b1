/**
 * `forDuplicateProcessing`: unless a read asks for duplicate processing, Egeria 5.2's repository
 * handler deduplicates an element classified `KnownDuplicate` (`DuplicateEntityIterator`): its
 * confirmed consolidated duplicate (ConsolidatedDuplicateLink, a `ConsolidatedDuplicate` with a
 * `statusIdentifier` of 1 or more) replaces it; otherwise it is merged with its confirmed peers
 * (PeerDuplicateLink with a `statusIdentifier` of 1 or more): the most recently changed peer, with
 * the latest of each classification. The duplicates and links are made through the open metadata
 * store, with bodies as 5.2's OpenMetadataClientBase sends them.
 */
import { TestEmulator, enc } from './support/harness';
import {
  amRoot,
  correlation,
  effectiveTimeBody,
  guidsOf,
  registerAssetManager,
  searchBody,
  updateBody,
  type Json,
  type Source,
} from './support/asset-manager-shapes';

let em: TestEmulator;
let am: string;
let oms: string;
let catalog: Source;

const flags = (forDuplicateProcessing: boolean) => `forLineage=false&forDuplicateProcessing=${forDuplicateProcessing}`;

/** The fields every OpenMetadataClientBase write body carries. */
function base(): Json {
  return {
    externalSourceGUID: catalog.guid,
    externalSourceName: catalog.name,
    forLineage: false,
    forDuplicateProcessing: true,
  };
}

/** An `ElementProperties` bean with one int property. */
function intProperty(name: string, value: number): Json {
  return {
    class: 'ElementProperties',
    propertyValueMap: {
      [name]: {
        class: 'PrimitiveTypePropertyValue',
        typeName: 'int',
        primitiveTypeCategory: 'OM_PRIMITIVE_TYPE_INT',
        primitiveValue: value,
      },
    },
    propertyCount: 1,
  };
}

async function classify(guid: string, name: string, properties?: Json): Promise<void> {
  await em.ok(`${oms}/metadata-elements/${enc(guid)}/classifications/${name}`, {
    ...base(),
    ...(properties === undefined ? {} : { properties }),
  });
}

async function relate(typeName: string, end1: string, end2: string, statusIdentifier: number): Promise<void> {
  await em.ok(`${oms}/related-elements`, {
    ...base(),
    typeName,
    metadataElement1GUID: end1,
    metadataElement2GUID: end2,
    properties: intProperty('statusIdentifier', statusIdentifier),
  });
}

async function createAsset(qualifiedName: string): Promise<string> {
  const answer = await em.ok(`${am}/data-assets?assetManagerIsHome=true`, {
    metadataCorrelationProperties: correlation(catalog),
    elementProperties: { class: 'DataAssetProperties', qualifiedName },
  });
  return answer['guid'] as string;
}

/** A merge update that makes the asset the most recently changed. */
async function touch(guid: string, description: string): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 5));
  await em.ok(`${am}/data-assets/${enc(guid)}?isMergeUpdate=true&${flags(false)}`, {
    ...updateBody(catalog),
    elementProperties: { class: 'DataAssetProperties', description },
  });
}

async function read(guid: string, forDuplicateProcessing: boolean): Promise<Json> {
  const answer = await em.ok(
    `${am}/data-assets/${enc(guid)}/retrieve?${flags(forDuplicateProcessing)}`,
    effectiveTimeBody(catalog),
  );
  return answer['element'] as Json;
}

function headerOf(element: Json): Json {
  return element['elementHeader'] as Json;
}

function classificationNames(element: Json): string[] {
  return ((headerOf(element)['classifications'] as Json[] | undefined) ?? [])
    .map((c) => c['classificationName'] as string)
    .sort();
}

beforeAll(async () => {
  em = await TestEmulator.start();
  am = amRoot(em, 'dedupUser');
  oms = em.fw('open-metadata-store', 'dedupUser', 'asset-manager');
  catalog = await registerAssetManager(em, 'Catalog::duplicates');
});

afterAll(async () => {
  await em.close();
});

test('a known duplicate is read as the merge of its confirmed peers unless forDuplicateProcessing=true', async () => {
  const original = await createAsset('dup::peer::original');
  const peer = await createAsset('dup::peer::copy');
  const unconfirmed = await createAsset('dup::peer::unconfirmed');
  await classify(original, 'KnownDuplicate');
  await classify(peer, 'Confidence', intProperty('levelIdentifier', 2));
  await relate('PeerDuplicateLink', original, peer, 1);
  await relate('PeerDuplicateLink', original, unconfirmed, 0);
  await touch(peer, 'the newest');

  const merged = await read(original, false);
  expect(headerOf(merged)['guid']).toBe(peer);
  expect(merged['dataAssetProperties']).toMatchObject({ qualifiedName: 'dup::peer::copy', description: 'the newest' });
  expect(classificationNames(merged)).toEqual(['Confidence', 'KnownDuplicate']);

  const asStored = await read(original, true);
  expect(headerOf(asStored)['guid']).toBe(original);
  expect(classificationNames(asStored)).toEqual(['KnownDuplicate']);

  // The peer itself is no known duplicate: it reads as it is.
  expect(classificationNames(await read(peer, false))).toEqual(['Confidence']);

  // A list deduplicates each element it finds: the original shows as its peer, beside the peer itself.
  const search = (forDuplicateProcessing: boolean) =>
    em.ok(
      `${am}/data-assets/by-search-string?startFrom=0&pageSize=10&${flags(forDuplicateProcessing)}`,
      searchBody(catalog, 'dup::peer::(original|copy)'),
    );
  expect(guidsOf(await search(false))).toEqual([peer, peer]);
  expect(guidsOf(await search(true))).toEqual([original, peer]);
});

test('a confirmed consolidated duplicate replaces the known duplicate; an unconfirmed one does not', async () => {
  const original = await createAsset('dup::consolidated::original');
  const consolidated = await createAsset('dup::consolidated::result');
  await classify(original, 'KnownDuplicate');
  await relate('ConsolidatedDuplicateLink', original, consolidated, 1);
  await classify(consolidated, 'ConsolidatedDuplicate', intProperty('statusIdentifier', 0));
  expect(headerOf(await read(original, false))['guid']).toBe(original);

  await classify(consolidated, 'ConsolidatedDuplicate', intProperty('statusIdentifier', 1));
  expect(headerOf(await read(original, false))['guid']).toBe(consolidated);
  expect(headerOf(await read(original, true))['guid']).toBe(original);
});
