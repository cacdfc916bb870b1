/**
 * Asset Manager data asset operations beyond the basics (Egeria 5.2's DataAssetExchangeResource):
 * from a template, publish and withdraw, reference data, and relationships between assets, with
 * requests shaped as 5.2's DataAssetExchangeClient sends them, over HTTP; and their out-topic events.
 */
import { TestEmulator, enc, expectFFDC, expectSpringError } from './support/harness';
import { SseReader } from './support/sse';
import {
  classificationsOf,
  correlation,
  effectiveTimeBody,
  relationshipBody,
  startAssetManager,
  templateBody,
  type Json,
  type Source,
  updateBody,
} from './support/asset-manager-shapes';

let em: TestEmulator;
let am: string;
let catalog: Source;
let other: Source;
const readers: SseReader[] = [];

async function createAsset(qualifiedName: string, extra: Json = {}, source: Source = catalog): Promise<string> {
  const answer = await em.ok(`${am}/data-assets?assetManagerIsHome=true`, {
    metadataCorrelationProperties: correlation(source),
    elementProperties: { class: 'DataAssetProperties', qualifiedName, ...extra },
  });
  return answer['guid'] as string;
}

async function getAsset(guid: string): Promise<Json> {
  const answer = await em.ok(
    `${am}/data-assets/${enc(guid)}/retrieve?forLineage=true&forDuplicateProcessing=false`,
    effectiveTimeBody(catalog),
  );
  return answer['element'] as Json;
}

const FLAGS = 'forLineage=true&forDuplicateProcessing=false';

beforeAll(async () => {
  const names = { catalog: 'Catalog::templates', other: 'Catalog::elsewhere' };
  ({ em, am, catalog, other } = await startAssetManager('catalogUser', names, { heartbeatMs: 100 }));
});

afterEach(() => {
  for (const reader of readers.splice(0)) reader.close();
});

afterAll(async () => {
  await em.close();
});

describe('createDataAssetFromTemplate', () => {
  test('copies the type, properties and classifications; the template request overrides names; the identifier is recorded', async () => {
    const template = await createAsset('template::table', {
      typeName: 'DataSet',
      name: 'Template',
      resourceDescription: 'the template',
      deployedImplementationType: 'Table',
    });
    await em.ok(`${am}/data-assets/${enc(template)}/is-reference-data?${FLAGS}`, updateBody(catalog));
    const created = await em.ok(
      `${am}/data-assets/from-template/${enc(template)}?assetManagerIsHome=true`,
      templateBody(
        catalog,
        { qualifiedName: 'copy::orders', displayName: 'Orders', description: 'copied', versionIdentifier: 'v2' },
        { externalIdentifier: 'orders-7', externalIdentifierName: 'tableId', keyPattern: 'LOCAL_KEY' },
      ),
    );
    expect(created['class']).toBe('GUIDResponse');
    const guid = created['guid'] as string;
    expect(guid).not.toBe(template);

    const copy = await getAsset(guid);
    const header = copy['elementHeader'] as Json;
    expect((header['type'] as Json)['typeName']).toBe('DataSet');
    expect((header['origin'] as Json)['homeMetadataCollectionId']).toBe(catalog.guid);
    expect(classificationsOf(copy)).toEqual(['ReferenceData']);
    expect(copy['dataAssetProperties']).toEqual(
      expect.objectContaining({
        qualifiedName: 'copy::orders',
        name: 'Orders',
        resourceDescription: 'copied',
        versionIdentifier: 'v2',
        deployedImplementationType: 'Table',
      }),
    );
    expect(copy['correlationHeaders']).toEqual([
      expect.objectContaining({ externalScopeGUID: catalog.guid, externalIdentifier: 'orders-7' }),
    ]);
  });

  test("Egeria's checks: the template properties and their qualified name are required, unique, and the template must exist", async () => {
    const template = await createAsset('template::checked');
    const url = `${am}/data-assets/from-template/${enc(template)}?assetManagerIsHome=true`;
    expectFFDC(await em.post(url, { metadataCorrelationProperties: correlation(catalog) }), {
      responseClass: 'GUIDResponse',
      exception: 'InvalidParameterException',
      httpCode: 400,
      messageId: 'OMAG-COMMON-400-015',
      action: 'createDataAssetFromTemplate',
      parameterName: 'templateProperties',
    });
    expectFFDC(await em.post(url, templateBody(catalog, { displayName: 'no name' })), {
      responseClass: 'GUIDResponse',
      exception: 'InvalidParameterException',
      httpCode: 400,
      messageId: 'OMAG-COMMON-400-006',
      action: 'createDataAssetFromTemplate',
      parameterName: 'templateProperties.qualifiedName',
    });
    expectFFDC(await em.post(url, templateBody(catalog, { qualifiedName: 'template::checked' })), {
      responseClass: 'GUIDResponse',
      exception: 'InvalidParameterException',
      httpCode: 409,
      messageId: 'OMAG-COMMON-409-001',
      action: 'createDataAssetFromTemplate',
      parameterName: 'qualifiedName',
    });
    const missing = await em.post(
      `${am}/data-assets/from-template/${enc('no-such-template')}?assetManagerIsHome=true`,
      templateBody(catalog, { qualifiedName: 'copy::missing' }),
    );
    expect(missing.body['relatedHTTPCode']).toBe(404);
    expect(missing.body['exceptionProperties']).toEqual(expect.objectContaining({ parameterName: 'templateGUID' }));
    expectSpringError(
      await em.post(`${am}/data-assets/from-template/${enc(template)}`, templateBody(catalog, { qualifiedName: 'x' })),
      400,
      `/servers/mds1/open-metadata/access-services/asset-manager/users/catalogUser/data-assets/from-template/${template}`,
    );
  });
});

describe('publish, withdraw and reference data', () => {
  test('publish and withdraw set and clear the zone membership; a missing body fails as in Egeria', async () => {
    const guid = await createAsset('zoned::asset');
    await em.ok(`${am}/data-assets/${enc(guid)}/publish?${FLAGS}`, effectiveTimeBody(catalog));
    expect(classificationsOf(await getAsset(guid))).toEqual(['AssetZoneMembership']);
    await em.ok(`${am}/data-assets/${enc(guid)}/withdraw?${FLAGS}`, effectiveTimeBody(catalog));
    expect(classificationsOf(await getAsset(guid))).toEqual([]);
    // Spring lets the body be missing, but Egeria's REST service reads its effective time anyway.
    expectFFDC(await em.post(`${am}/data-assets/${enc(guid)}/publish`), {
      responseClass: 'VoidResponse',
      exception: 'PropertyServerException',
      httpCode: 400,
      messageId: 'OMAG-COMMON-400-016',
      action: 'publishDataAsset',
    });
  });

  test('reference data is set and cleared, with out-topic events; without a body Egeria refuses', async () => {
    const answer = await em.ok(`${am}/topics/out-topic-connection/${enc('reference-data')}`, undefined, 'GET');
    const address = ((answer['connection'] as Json)['endpoint'] as Json)['address'] as string;
    const { reader } = await SseReader.open(address);
    readers.push(reader);

    const guid = await createAsset('reference::countries', {}, other);
    // Egeria classifies on behalf of no metadata source, so another asset manager may flag the asset.
    await em.ok(`${am}/data-assets/${enc(guid)}/is-reference-data?${FLAGS}`, updateBody(catalog, 'countries'));
    const flagged = await getAsset(guid);
    expect(classificationsOf(flagged)).toEqual(['ReferenceData']);
    const classification = ((flagged['elementHeader'] as Json)['classifications'] as Json[])[0];
    expect((classification['origin'] as Json)['originCategory']).toBe('LOCAL_COHORT');

    await em.ok(`${am}/data-assets/${enc(guid)}/is-reference-data/remove?${FLAGS}`, updateBody(catalog));
    expect(classificationsOf(await getAsset(guid))).toEqual([]);

    const ofAsset = (r: SseReader) =>
      r.events.filter((e) => (e.data['elementHeader'] as Json | undefined)?.['guid'] === guid).map((e) => e.data);
    await reader.waitFor((r) => ofAsset(r).some((e) => e['eventType'] === 'ELEMENT_DECLASSIFIED'));
    expect(ofAsset(reader).map((e) => [e['eventType'], e['classificationName']])).toEqual([
      ['NEW_ELEMENT_CREATED', undefined],
      ['ELEMENT_CLASSIFIED', 'ReferenceData'],
      ['ELEMENT_DECLASSIFIED', 'ReferenceData'],
    ]);

    expectFFDC(await em.post(`${am}/data-assets/${enc(guid)}/is-reference-data`), {
      responseClass: 'VoidResponse',
      exception: 'InvalidParameterException',
      httpCode: 400,
      messageId: 'OMAG-COMMON-400-017',
      action: 'setDataAssetAsReferenceData',
    });
  });
});

describe('relationships between data assets', () => {
  const REL = `data-assets/relationships/DataContentForDataSet`;

  test('set up once, read from either end, merged or replaced, removed by the owner', async () => {
    const store = await createAsset('store::orders', { typeName: 'DataStore' });
    const dataSet = await createAsset('set::orders', { typeName: 'DataSet' });
    const setupURL = `${am}/${REL}/from-asset/${enc(store)}/to-asset/${enc(dataSet)}?assetManagerIsHome=true&${FLAGS}`;
    const properties = { class: 'DataContentForDataSetProperties', queryId: 'q1', query: 'select *' };
    const guid = (await em.ok(setupURL, relationshipBody(catalog, properties)))['guid'] as string;
    // Egeria's linkElementToElement updates the one relationship between the two assets.
    expect((await em.ok(setupURL, relationshipBody(catalog, properties)))['guid']).toBe(guid);

    const single = await em.ok(
      `${am}/${REL}/from-asset/${enc(store)}/to-asset/${enc(dataSet)}/retrieve?${FLAGS}`,
      effectiveTimeBody(catalog),
    );
    expect(single['class']).toBe('RelationshipElementResponse');
    const element = single['element'] as Json;
    expect(element['relationshipHeader']).toEqual(
      expect.objectContaining({
        class: 'ElementHeader',
        guid,
        type: expect.objectContaining({ typeName: 'DataContentForDataSet' }),
      }),
    );
    expect(element['relationshipProperties']).toEqual({
      class: 'DataContentForDataSetProperties',
      queryId: 'q1',
      query: 'select *',
    });
    expect((element['end1GUID'] as Json)['guid']).toBe(store);
    expect((element['end2GUID'] as Json)['guid']).toBe(dataSet);

    const atEnd2 = await em.ok(
      `${am}/${REL}/from-asset/${enc(store)}/retrieve/end2?startFrom=0&pageSize=10&${FLAGS}`,
      effectiveTimeBody(catalog),
    );
    expect(atEnd2['class']).toBe('RelationshipElementsResponse');
    expect((atEnd2['elements'] as Json[]).map((e) => (e['relationshipHeader'] as Json)['guid'])).toEqual([guid]);
    // Egeria 5.2's resource serves end one below a doubled /data-assets; the Java client's path is not served.
    const atEnd1 = await em.ok(
      `${am}/data-assets/${REL}/to-asset/${enc(dataSet)}/retrieve/end1?startFrom=0&pageSize=10&${FLAGS}`,
      effectiveTimeBody(catalog),
    );
    expect((atEnd1['elements'] as Json[]).map((e) => (e['end1GUID'] as Json)['guid'])).toEqual([store]);
    const clientPath = await em.post(
      `${am}/${REL}/to-asset/${enc(dataSet)}/retrieve/end1?startFrom=0&pageSize=10&${FLAGS}`,
      effectiveTimeBody(catalog),
    );
    expect(clientPath.status).toBe(404);
    const none = await em.ok(
      `${am}/${REL}/from-asset/${enc(dataSet)}/retrieve/end2?startFrom=0&pageSize=10&${FLAGS}`,
      effectiveTimeBody(catalog),
    );
    expect(none['elements']).toBeUndefined();

    await em.ok(
      `${am}/${REL}/${enc(guid)}/update?isMergeUpdate=true&${FLAGS}`,
      relationshipBody(catalog, { class: 'DataContentForDataSetProperties', query: 'select id' }),
    );
    const merged = await em.ok(
      `${am}/${REL}/from-asset/${enc(store)}/to-asset/${enc(dataSet)}/retrieve?${FLAGS}`,
      effectiveTimeBody(catalog),
    );
    expect((merged['element'] as Json)['relationshipProperties']).toEqual(
      expect.objectContaining({ queryId: 'q1', query: 'select id' }),
    );
    await em.ok(
      `${am}/${REL}/${enc(guid)}/update?isMergeUpdate=false&${FLAGS}`,
      relationshipBody(catalog, { class: 'DataContentForDataSetProperties', queryId: 'q2' }),
    );
    const replaced = await em.ok(
      `${am}/${REL}/from-asset/${enc(store)}/to-asset/${enc(dataSet)}/retrieve?${FLAGS}`,
      effectiveTimeBody(catalog),
    );
    expect((replaced['element'] as Json)['relationshipProperties']).toEqual({
      class: 'DataContentForDataSetProperties',
      queryId: 'q2',
    });

    const refused = await em.post(
      `${am}/${REL}/${enc(guid)}/update?isMergeUpdate=true&${FLAGS}`,
      relationshipBody(other, { class: 'DataContentForDataSetProperties', query: 'taken' }),
    );
    expect(refused.body['exceptionClassName']).toMatch(/UserNotAuthorizedException$/);
    const notRemoved = await em.post(`${am}/${REL}/${enc(guid)}/remove?${FLAGS}`, effectiveTimeBody(other));
    expect(notRemoved.body['exceptionClassName']).toMatch(/UserNotAuthorizedException$/);

    await em.ok(`${am}/${REL}/${enc(guid)}/remove?${FLAGS}`, effectiveTimeBody(catalog));
    const gone = await em.ok(
      `${am}/${REL}/from-asset/${enc(store)}/to-asset/${enc(dataSet)}/retrieve?${FLAGS}`,
      effectiveTimeBody(catalog),
    );
    expect(gone['element']).toBeUndefined();
    const again = await em.post(`${am}/${REL}/${enc(guid)}/remove?${FLAGS}`, effectiveTimeBody(catalog));
    expect(again.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-404-012');
  });

  test('a relationship that is not home belongs to the server; paging; an unknown type is refused', async () => {
    const hub = await createAsset('hub::asset');
    const spokes = [await createAsset('spoke::1'), await createAsset('spoke::2'), await createAsset('spoke::3')];
    for (const spoke of spokes) {
      await em.ok(
        `${am}/data-assets/relationships/DataContentForDataSet/from-asset/${enc(hub)}/to-asset/${enc(spoke)}?assetManagerIsHome=false`,
        relationshipBody(catalog),
      );
    }
    const url = (startFrom: number) =>
      `${am}/data-assets/relationships/DataContentForDataSet/from-asset/${enc(hub)}/retrieve/end2?startFrom=${startFrom}&pageSize=2`;
    const first = (await em.ok(url(0), effectiveTimeBody(catalog)))['elements'] as Json[];
    const second = (await em.ok(url(2), effectiveTimeBody(catalog)))['elements'] as Json[];
    expect([...first, ...second].map((e) => (e['end2GUID'] as Json)['guid'])).toEqual(spokes);
    expect(((first[0]['relationshipHeader'] as Json)['origin'] as Json)['originCategory']).toBe('LOCAL_COHORT');
    // Without properties Egeria's bean has no relationshipProperties.
    expect(first[0]['relationshipProperties']).toBeUndefined();

    expectFFDC(
      await em.post(
        `${am}/data-assets/relationships/NoSuchRelationship/from-asset/${enc(hub)}/to-asset/${enc(spokes[0])}?assetManagerIsHome=true`,
        relationshipBody(catalog),
      ),
      {
        responseClass: 'GUIDResponse',
        exception: 'InvalidParameterException',
        httpCode: 400,
        messageId: 'OMAG-COMMON-400-018',
        action: 'setupRelatedDataAsset',
        parameterName: 'typeName',
      },
    );
    const notAnAsset = await em.post(
      `${am}/data-assets/relationships/DataContentForDataSet/from-asset/${enc(catalog.guid)}/to-asset/${enc(hub)}?assetManagerIsHome=true`,
      relationshipBody(catalog),
    );
    expect(notAnAsset.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-404-001');
  });
});

describe('scanDataAssets', () => {
  test('pages through every asset, whoever owns it', async () => {
    const mine = await createAsset('scan::mine', { typeName: 'DataSet', name: 'mine' });
    const theirs = await createAsset('scan::theirs', { name: 'theirs' }, other);
    const seen: Json[] = [];
    for (let startFrom = 0; ; startFrom += 2) {
      const answer = await em.ok(
        `${am}/data-assets/scan?startFrom=${startFrom}&pageSize=2&${FLAGS}`,
        effectiveTimeBody(catalog),
      );
      expect(answer['class']).toBe('DataAssetElementsResponse');
      const page = (answer['elementList'] as Json[] | undefined) ?? [];
      expect(page.length).toBeLessThanOrEqual(2);
      seen.push(...page);
      if (page.length < 2) break;
    }
    const guids = seen.map((e) => (e['elementHeader'] as Json)['guid']);
    expect(new Set(guids).size).toBe(guids.length);
    expect(guids).toEqual(expect.arrayContaining([mine, theirs]));
    const own = seen.find((e) => (e['elementHeader'] as Json)['guid'] === mine) as Json;
    expect((own['dataAssetProperties'] as Json)['qualifiedName']).toBe('scan::mine');
    expect(((own['elementHeader'] as Json)['type'] as Json)['typeName']).toBe('DataSet');
  });

  test('needs its body and its paging parameters, as Spring and Egeria do', async () => {
    const path = `${am}/data-assets/scan`;
    expectSpringError(await em.post(`${path}?startFrom=0&pageSize=10`), 400, new URL(path).pathname);
    expectSpringError(await em.post(`${path}?pageSize=10`, effectiveTimeBody(catalog)), 400, new URL(path).pathname);
  });
});
