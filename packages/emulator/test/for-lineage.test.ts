/**
 * `forLineage`: an element classified `Memento` (archived) is left out of every read unless the
 * request is for lineage, as Egeria 5.2's repository handler decides for each entity it retrieves
 * (`OMAG-REPOSITORY-HANDLER-400-010` for a read by GUID, skipped in lists and searches), and so is
 * an element whose anchor is a Memento. Requests are shaped as 5.2's Asset Manager exchange clients,
 * OpenMetadataClientBase and the Data Manager's FileManagerClient send them.
 */
import { TestEmulator, enc, expectFFDC } from './support/harness';
import { dataFileBody, externalSourceBody, pathNameBody } from './support/java-shapes';
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

const lineage = (forLineage: boolean) => `forLineage=${forLineage}&forDuplicateProcessing=false`;
const paged = (forLineage: boolean) => `startFrom=0&pageSize=50&${lineage(forLineage)}`;

/** `OpenMetadataClientBase.classifyMetadataElementInStore` / `declassifyMetadataElementInStore` bodies. */
function storeBody(forLineage: boolean): Json {
  return {
    externalSourceGUID: catalog.guid,
    externalSourceName: catalog.name,
    forLineage,
    forDuplicateProcessing: false,
  };
}

async function archive(guid: string): Promise<void> {
  await em.ok(`${oms}/metadata-elements/${enc(guid)}/classifications/Memento`, storeBody(true));
}

async function createAsset(qualifiedName: string): Promise<string> {
  const answer = await em.ok(`${am}/data-assets?assetManagerIsHome=true`, {
    metadataCorrelationProperties: correlation(catalog),
    elementProperties: { class: 'DataAssetProperties', qualifiedName },
  });
  return answer['guid'] as string;
}

/** A schema type anchored to the asset (`createSchemaType` with `anchorGUID`) and an attribute in it. */
async function createSchema(assetGUID: string, prefix: string): Promise<{ type: string; attribute: string }> {
  const type = (
    await em.ok(`${am}/schema-types?assetManagerIsHome=true&${lineage(false)}&anchorGUID=${enc(assetGUID)}`, {
      metadataCorrelationProperties: correlation(catalog),
      elementProperties: { class: 'SchemaTypeProperties', qualifiedName: `${prefix}::type` },
    })
  )['guid'] as string;
  const attribute = (
    await em.ok(`${am}/schema-elements/${enc(type)}/schema-attributes?assetManagerIsHome=true&${lineage(false)}`, {
      metadataCorrelationProperties: correlation(catalog),
      elementProperties: { class: 'SchemaAttributeProperties', qualifiedName: `${prefix}::attribute` },
    })
  )['guid'] as string;
  return { type, attribute };
}

beforeAll(async () => {
  em = await TestEmulator.start();
  am = amRoot(em, 'lineageUser');
  oms = em.fw('open-metadata-store', 'lineageUser', 'asset-manager');
  catalog = await registerAssetManager(em, 'Catalog::for-lineage');
});

afterAll(async () => {
  await em.close();
});

describe('Asset Manager', () => {
  test('a Memento is refused by GUID and left out of searches unless forLineage=true', async () => {
    const archived = await createAsset('lineage::archived');
    const live = await createAsset('lineage::live');
    await archive(archived);

    const refused = await em.post(
      `${am}/data-assets/${enc(archived)}/retrieve?${lineage(false)}`,
      effectiveTimeBody(catalog),
    );
    expectFFDC(refused, {
      responseClass: 'DataAssetElementResponse',
      exception: 'InvalidParameterException',
      httpCode: 400,
      messageId: 'OMAG-REPOSITORY-HANDLER-400-010',
      action: 'getDataAssetByGUID',
      parameterName: 'assetGUID',
    });
    expect(refused.body['exceptionErrorMessageParameters']).toEqual(
      expect.arrayContaining([archived, '[Memento]', 'false']),
    );
    // Without the flag (optional on this resource) the request is not for lineage either.
    const unflagged = await em.post(`${am}/data-assets/${enc(archived)}/retrieve`, effectiveTimeBody(catalog));
    expect(unflagged.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-400-010');

    const read = await em.ok(
      `${am}/data-assets/${enc(archived)}/retrieve?${lineage(true)}`,
      effectiveTimeBody(catalog),
    );
    expect(((read['element'] as Json)['elementHeader'] as Json)['guid']).toBe(archived);

    const search = (forLineage: boolean) =>
      em.ok(`${am}/data-assets/by-search-string?${paged(forLineage)}`, searchBody(catalog, 'lineage::.*'));
    expect(guidsOf(await search(false))).toEqual([live]);
    expect(guidsOf(await search(true))).toEqual([archived, live]);
    const scan = (forLineage: boolean) =>
      em.ok(`${am}/data-assets/scan?${paged(forLineage)}`, effectiveTimeBody(catalog));
    expect(guidsOf(await scan(false))).not.toContain(archived);
    expect(guidsOf(await scan(true))).toContain(archived);
  });

  test('what is anchored to a Memento is hidden with it; an update needs forLineage too', async () => {
    const asset = await createAsset('lineage::anchor');
    const { type, attribute } = await createSchema(asset, 'lineage::anchor');
    await archive(asset);

    const refused = await em.post(
      `${am}/schema-attributes/${enc(attribute)}/retrieve?${lineage(false)}`,
      effectiveTimeBody(catalog),
    );
    expectFFDC(refused, {
      responseClass: 'SchemaAttributeElementResponse',
      exception: 'InvalidParameterException',
      httpCode: 400,
      messageId: 'OMAG-REPOSITORY-HANDLER-400-010',
      action: 'getSchemaAttributeByGUID',
      parameterName: 'anchorIdentifiers',
    });
    expect(refused.body['exceptionErrorMessageParameters']).toEqual(expect.arrayContaining([asset]));
    await em.ok(`${am}/schema-attributes/${enc(attribute)}/retrieve?${lineage(true)}`, effectiveTimeBody(catalog));

    // Listing below the schema type reads the schema type first: hidden with its anchor too.
    const children = (forLineage: boolean) =>
      em.post(
        `${am}/schema-elements/${enc(type)}/schema-attributes/retrieve?${paged(forLineage)}`,
        effectiveTimeBody(catalog),
      );
    expect((await children(false)).body).toMatchObject({
      exceptionErrorMessageId: 'OMAG-REPOSITORY-HANDLER-400-010',
      exceptionProperties: { parameterName: 'anchorIdentifiers' },
    });
    expect(guidsOf((await children(true)).body)).toEqual([attribute]);
    const found = (forLineage: boolean) =>
      em.ok(`${am}/schema-attributes/by-search-string?${paged(forLineage)}`, searchBody(catalog, 'lineage::anchor.*'));
    expect(guidsOf(await found(false))).toEqual([]);
    expect(guidsOf(await found(true))).toEqual([attribute]);

    const update = (forLineage: boolean) =>
      em.post(`${am}/data-assets/${enc(asset)}?isMergeUpdate=true&${lineage(forLineage)}`, {
        ...updateBody(catalog),
        elementProperties: { class: 'DataAssetProperties', description: 'archived' },
      });
    expect((await update(false)).body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-400-010');
    expect((await update(true)).body['relatedHTTPCode']).toBe(200);

    // Declassified (a lineage request: the flag travels in the body), the asset is seen again.
    await em.ok(`${oms}/metadata-elements/${enc(asset)}/classifications/Memento/delete`, storeBody(true));
    await em.ok(`${am}/schema-attributes/${enc(attribute)}/retrieve?${lineage(false)}`, effectiveTimeBody(catalog));
  });

  test('the open metadata store reads by GUID, unique name and search string honour forLineage', async () => {
    const asset = await createAsset('lineage::store');
    await archive(asset);
    const byGUID = await em.post(`${oms}/metadata-elements/${enc(asset)}?${lineage(false)}`);
    expect(byGUID.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-400-010');
    expect(byGUID.body['exceptionProperties']).toEqual(expect.objectContaining({ parameterName: 'elementGUID' }));
    const element = (await em.ok(`${oms}/metadata-elements/${enc(asset)}?${lineage(true)}`))['element'] as Json;
    expect(element['elementGUID']).toBe(asset);

    const byName = (forLineage: boolean) =>
      em.ok(`${oms}/metadata-elements/by-unique-name?${lineage(forLineage)}`, {
        name: 'lineage::store',
        namePropertyName: 'qualifiedName',
      });
    expect((await byName(false))['element']).toBeUndefined();
    expect((await byName(true))['element']).toMatchObject({ elementGUID: asset });

    const search = (forLineage: boolean) =>
      em.ok(`${oms}/metadata-elements/by-search-string?${paged(forLineage)}`, { searchString: 'lineage::store' });
    expect((await search(false))['elementList']).toBeUndefined();
    expect(((await search(true))['elementList'] as Json[]).map((e) => e['elementGUID'])).toEqual([asset]);

    // Writes through the open metadata store carry the flag in their body.
    const refused = await em.post(
      `${oms}/metadata-elements/${enc(asset)}/classifications/Incomplete`,
      storeBody(false),
    );
    expect(refused.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-400-010');
  });
});

test('Data Manager: an archived file is refused by GUID (the Data Manager never reads for lineage)', async () => {
  const fs = `${em.dm('fileUser')}/filesystems`;
  const created = await em.ok(`${em.dm('fileUser')}/metadata-sources/filesystems`, {
    class: 'FileSystemRequestBody',
    qualifiedName: 'FileSystem::lineage',
    resourceName: 'lineage',
  });
  const source = { guid: created['guid'] as string, name: 'FileSystem::lineage' };
  const guids = (await em.ok(`${fs}/data-files`, dataFileBody(source, { pathName: '/archived/report.csv' })))[
    'guids'
  ] as string[];
  const [folder, file] = guids;
  expect((await em.ok(`${fs}/data-files/${enc(file)}`, undefined, 'GET'))['dataFile']).toBeDefined();
  await em.ok(`${fs}/data-files/${enc(file)}/archive`, { ...externalSourceBody(source), archiveProcess: 'test' });
  const read = await em.get(`${fs}/data-files/${enc(file)}`);
  expect(read.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-400-010');
  expect(read.body['exceptionErrorMessageParameters']).toEqual(expect.arrayContaining(['DataFile', file, '[Memento]']));
  const inFolder = await em.ok(`${fs}/folders/${enc(folder)}/data-files?startFrom=0&pageSize=10`, undefined, 'GET');
  expect(inFolder['elements']).toBeUndefined();
  const byPathName = await em.ok(`${fs}/data-files/by-path-name`, pathNameBody(undefined, '/archived/report.csv'));
  expect(byPathName['dataFile']).toBeUndefined();
});
