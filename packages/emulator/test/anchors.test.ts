/**
 * Anchors, as Egeria 5.2's generic handlers keep them: an element that belongs to another carries
 * the `Anchors` classification (anchorGUID, anchorTypeName, anchorDomainName); a connection linked
 * to an asset, and a schema type attached to one, are anchored to it; deleting an element deletes
 * the elements linked to it that share its anchor and are anchored through nothing else. Requests
 * are shaped as 5.2's Asset Manager exchange clients send them.
 */
import { TestEmulator, enc } from './support/harness';
import {
  amRoot,
  correlation,
  effectiveTimeBody,
  registerAssetManager,
  relationshipBody,
  updateBody,
  type Json,
  type Source,
} from './support/asset-manager-shapes';

let em: TestEmulator;
let am: string;
let catalog: Source;

const FLAGS = 'forLineage=false&forDuplicateProcessing=false';

async function create(path: string, propertiesClass: string, qualifiedName: string, extra: Json = {}): Promise<string> {
  const answer = await em.ok(`${am}${path}`, {
    metadataCorrelationProperties: correlation(catalog),
    elementProperties: { class: propertiesClass, qualifiedName, ...extra },
  });
  return answer['guid'] as string;
}

const createAsset = (qualifiedName: string) =>
  create('/data-assets?assetManagerIsHome=true', 'DataAssetProperties', qualifiedName, { typeName: 'DataFile' });
const createConnection = (qualifiedName: string) =>
  create('/connections?assetManagerIsHome=true', 'ConnectionProperties', qualifiedName);

/** Reads an element bean (`retrieve` with the effective time body); undefined once it is deleted. */
async function read(path: string): Promise<Json | undefined> {
  const answer = await em.post(`${am}${path}/retrieve?${FLAGS}`, effectiveTimeBody(catalog));
  if (answer.body['exceptionErrorMessageId'] === 'OMAG-REPOSITORY-HANDLER-404-007') return undefined;
  expect(answer.body['relatedHTTPCode']).toBe(200);
  return answer.body['element'] as Json;
}

/** The properties of the element's `Anchors` classification, if it has one. */
function anchorsOf(element: Json | undefined): Json | undefined {
  const header = element?.['elementHeader'] as Json | undefined;
  const classifications = (header?.['classifications'] as Json[] | undefined) ?? [];
  return classifications.find((c) => c['classificationName'] === 'Anchors')?.['classificationProperties'] as
    Json | undefined;
}

async function removeAsset(guid: string): Promise<void> {
  await em.ok(`${am}/data-assets/${enc(guid)}/remove?${FLAGS}`, updateBody(catalog));
}

beforeAll(async () => {
  em = await TestEmulator.start();
  am = amRoot(em, 'anchorUser');
  catalog = await registerAssetManager(em, 'Catalog::anchors');
});

afterAll(async () => {
  await em.close();
});

test('a connection linked to an asset is anchored to it and deleted with it; its endpoint is not', async () => {
  const asset = await createAsset('anchors::file');
  const connection = await createConnection('anchors::connection');
  const endpoint = await create('/endpoints?assetManagerIsHome=true', 'EndpointProperties', 'anchors::endpoint');
  await em.ok(
    `${am}/connections/${enc(connection)}/endpoints/${enc(endpoint)}?assetManagerIsHome=true&${FLAGS}`,
    relationshipBody(catalog),
  );
  expect(anchorsOf(await read(`/connections/${enc(connection)}`))).toBeUndefined();

  await em.ok(
    `${am}/data-assets/${enc(asset)}/connections/${enc(connection)}?assetManagerIsHome=true&${FLAGS}`,
    relationshipBody(catalog),
  );
  expect(anchorsOf(await read(`/connections/${enc(connection)}`))).toEqual({
    anchorGUID: asset,
    anchorTypeName: 'DataFile',
    anchorDomainName: 'Asset',
  });
  // The asset itself carries no anchor of its own here (see the README).
  expect(anchorsOf(await read(`/data-assets/${enc(asset)}`))).toBeUndefined();

  await removeAsset(asset);
  expect(await read(`/data-assets/${enc(asset)}`)).toBeUndefined();
  expect(await read(`/connections/${enc(connection)}`)).toBeUndefined();
  expect(await read(`/endpoints/${enc(endpoint)}`)).toBeDefined();
});

test('a connection linked to a second asset moves its anchor; cleared, it falls back to the first', async () => {
  const first = await createAsset('anchors::first');
  const second = await createAsset('anchors::second');
  const connection = await createConnection('anchors::moved');
  const link = (asset: string) => `${am}/data-assets/${enc(asset)}/connections/${enc(connection)}`;
  await em.ok(`${link(first)}?assetManagerIsHome=true&${FLAGS}`, relationshipBody(catalog));
  await em.ok(`${link(second)}?assetManagerIsHome=true&${FLAGS}`, relationshipBody(catalog));
  expect(anchorsOf(await read(`/connections/${enc(connection)}`))).toMatchObject({ anchorGUID: second });

  // Unlinked, its anchor is derived again from the links it has left.
  await em.ok(`${link(second)}/remove?${FLAGS}`, effectiveTimeBody(catalog));
  expect(anchorsOf(await read(`/connections/${enc(connection)}`))).toMatchObject({ anchorGUID: first });
  await removeAsset(second);
  expect(await read(`/connections/${enc(connection)}`)).toBeDefined();

  await em.ok(`${link(first)}/remove?${FLAGS}`, effectiveTimeBody(catalog));
  expect(anchorsOf(await read(`/connections/${enc(connection)}`))).toBeUndefined();
  await removeAsset(first);
  expect(await read(`/connections/${enc(connection)}`)).toBeDefined();
});

test('a schema type attached to an asset is anchored to it with its attributes, and deleted with it', async () => {
  const asset = await createAsset('anchors::schema-file');
  const schemaType = await create(
    `/schema-types?assetManagerIsHome=true&${FLAGS}`,
    'SchemaTypeProperties',
    'anchors::schema',
  );
  const attribute = await create(
    `/schema-elements/${enc(schemaType)}/schema-attributes?assetManagerIsHome=true&${FLAGS}`,
    'SchemaAttributeProperties',
    'anchors::schema::column',
  );
  // Under an unanchored schema type, an attribute has no anchor (5.2 passes on only the parent's).
  expect(anchorsOf(await read(`/schema-attributes/${enc(attribute)}`))).toBeUndefined();

  await em.ok(
    `${am}/parents/${enc(asset)}/DataFile/schema-types/${enc(schemaType)}?assetManagerIsHome=true&${FLAGS}`,
    relationshipBody(catalog),
  );
  const anchors = { anchorGUID: asset, anchorTypeName: 'DataFile', anchorDomainName: 'Asset' };
  expect(anchorsOf(await read(`/schema-types/${enc(schemaType)}`))).toEqual(anchors);
  expect(anchorsOf(await read(`/schema-attributes/${enc(attribute)}`))).toEqual(anchors);
  const nested = await create(
    `/schema-elements/${enc(attribute)}/schema-attributes?assetManagerIsHome=true&${FLAGS}`,
    'SchemaAttributeProperties',
    'anchors::schema::column::part',
  );
  expect(anchorsOf(await read(`/schema-attributes/${enc(nested)}`))).toEqual(anchors);

  await removeAsset(asset);
  for (const path of [`/schema-types/${enc(schemaType)}`, `/schema-attributes/${enc(attribute)}`]) {
    expect(await read(path)).toBeUndefined();
  }
  expect(await read(`/schema-attributes/${enc(nested)}`)).toBeUndefined();
});

test('deleting an attribute deletes what is nested in it, not its siblings or its schema type', async () => {
  const asset = await createAsset('anchors::columns-file');
  const schemaType = (
    await em.ok(`${am}/schema-types?assetManagerIsHome=true&${FLAGS}&anchorGUID=${enc(asset)}`, {
      metadataCorrelationProperties: correlation(catalog),
      elementProperties: { class: 'SchemaTypeProperties', qualifiedName: 'anchors::columns' },
    })
  )['guid'] as string;
  await em.ok(
    `${am}/parents/${enc(asset)}/DataFile/schema-types/${enc(schemaType)}?assetManagerIsHome=true&${FLAGS}`,
    relationshipBody(catalog),
  );
  const attribute = (name: string, parent: string) =>
    create(
      `/schema-elements/${enc(parent)}/schema-attributes?assetManagerIsHome=true&${FLAGS}`,
      'SchemaAttributeProperties',
      name,
    );
  const a = await attribute('anchors::columns::a', schemaType);
  const b = await attribute('anchors::columns::b', schemaType);
  const inA = await attribute('anchors::columns::a::x', a);
  await em.ok(`${am}/schema-attributes/${enc(a)}/remove?${FLAGS}`, updateBody(catalog));
  expect(await read(`/schema-attributes/${enc(a)}`)).toBeUndefined();
  expect(await read(`/schema-attributes/${enc(inA)}`)).toBeUndefined();
  expect(await read(`/schema-attributes/${enc(b)}`)).toBeDefined();
  expect(anchorsOf(await read(`/schema-types/${enc(schemaType)}`))).toMatchObject({ anchorGUID: asset });
});
