/**
 * Creating from a template, as Egeria 5.2's `OpenMetadataAPITemplateHandler` does, through the Data
 * Manager (a table with its columns, a connection with its connector type and endpoint) and the
 * Asset Manager (a data asset): the template's type and properties with the request's overrides,
 * its classifications but `Anchors`, `Template` and `LatestChange`, a `SourcedFrom` relationship
 * to the template, copies of the elements anchored to the template (anchored to the copy), links
 * to the others, and the out-topic events of all that. Requests are shaped as 5.2's Java clients
 * send them.
 */
import { outTopicName } from '@egeria-ts/emulator';
import { TestEmulator, enc } from './support/harness';
import { SseReader } from './support/sse';
import {
  columnProperties,
  databaseManagerBody,
  databaseProperties,
  externalSourceBody,
  referenceableBody,
  tableProperties,
  templateBody,
} from './support/java-shapes';
import {
  amRoot,
  classificationsOf,
  correlation,
  effectiveTimeBody,
  registerAssetManager,
  templateBody as amTemplateBody,
} from './support/asset-manager-shapes';

type Json = Record<string, unknown>;
type Source = { guid: string; name: string };

let em: TestEmulator;
let dm: string;
let it: string;
let oms: string;
let dbms: Source;
let cmdb: Source;
const readers: SseReader[] = [];

async function guidOf(url: string, body: Json): Promise<string> {
  return (await em.ok(url, body))['guid'] as string;
}

/** `OpenMetadataClientBase.classifyMetadataElementInStore`: a NewClassificationRequestBody. */
async function classify(guid: string, classification: string, source: Source): Promise<void> {
  await em.ok(`${oms}/metadata-elements/${enc(guid)}/classifications/${classification}`, {
    externalSourceGUID: source.guid,
    externalSourceName: source.name,
    forLineage: true,
    forDuplicateProcessing: false,
  });
}

/** `OpenMetadataClientBase.getMetadataElementByGUID`: the element with its classifications. */
async function storeElement(guid: string): Promise<Json> {
  return (await em.ok(`${oms}/metadata-elements/${enc(guid)}`, { effectiveTime: null }))['element'] as Json;
}

function storeClassifications(element: Json): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const c of (element['classifications'] as Json[] | undefined) ?? []) {
    out[c['classificationName'] as string] = c;
  }
  return out;
}

/** The anchor GUID of a store element's `Anchors` classification. */
function anchorOf(element: Json): unknown {
  const anchors = storeClassifications(element)['Anchors'];
  const map = (anchors?.['classificationProperties'] as Json | undefined)?.['propertyValueMap'] as
    Record<string, Json> | undefined;
  return map?.['anchorGUID']?.['primitiveValue'];
}

/** The elements a `SourcedFrom` relationship leads to from an element (end one). */
async function sourcedFrom(guid: string): Promise<string[]> {
  const answer = await em.ok(`${oms}/related-elements/${enc(guid)}/type/SourcedFrom?startingAtEnd=1`, {});
  const list = ((answer['relatedElementList'] as Json | undefined)?.['elementList'] as Json[] | undefined) ?? [];
  return list.map((r) => (r['element'] as Json)['elementGUID'] as string);
}

async function openReader(address: string): Promise<SseReader> {
  const { reader, status } = await SseReader.open(address, '0');
  expect(status).toBe(200);
  readers.push(reader);
  return reader;
}

beforeAll(async () => {
  em = await TestEmulator.start({ heartbeatMs: 100 });
  dm = em.dm();
  it = em.omas('it-infrastructure', 'itUser');
  oms = em.fw('open-metadata-store', 'omsUser', 'data-manager');
  dbms = await em.registerSource(`${dm}/metadata-sources/database-managers`, databaseManagerBody('DBMS::templates'));
  const oi = em.fw('open-integration', 'daemonUser', 'it-infrastructure');
  cmdb = await em.registerSource(`${oi}/metadata-sources/new`, {
    typeName: 'InventoryCatalog',
    qualifiedName: 'CMDB::templates',
  });
});

afterEach(() => {
  for (const reader of readers.splice(0)) reader.close();
});

afterAll(async () => {
  await em.close();
});

test('a Data Manager table from a template: overrides, SourcedFrom, its columns copied and anchored to the copy, events', async () => {
  const templateDatabase = await guidOf(`${dm}/databases`, referenceableBody(dbms, databaseProperties('tpl::db')));
  const template = await guidOf(
    `${dm}/databases/tables`,
    referenceableBody(
      dbms,
      tableProperties('tpl::db::t', { displayName: 't', description: 'a template table' }),
      templateDatabase,
    ),
  );
  const column = async (qualifiedName: string, dataType: string): Promise<string> =>
    guidOf(
      `${dm}/databases/tables/columns`,
      referenceableBody(dbms, columnProperties(qualifiedName, { dataType }), template),
    );
  const id = await column('tpl::db::t::id', 'INTEGER');
  const name = await column('tpl::db::t::name', 'VARCHAR');
  await em.ok(`${dm}/databases/tables/columns/${id}/primary-key`, {
    ...externalSourceBody(dbms),
    properties: { class: 'DatabasePrimaryKeyProperties', name: 't_pk', keyPattern: 'LOCAL_KEY' },
  });
  await classify(template, 'Template', dbms);
  await classify(template, 'Incomplete', dbms);
  const database = await guidOf(`${dm}/databases`, referenceableBody(dbms, databaseProperties('prod::db')));

  const reader = await openReader(
    `${em.emulator.url}/servers/mds1/emulator/out-topic/${outTopicName('mds1', 'data-manager')}`,
  );
  // DatabaseManagerClient.createDatabaseTableFromTemplate: a TemplateRequestBody with the parent.
  const copy = await guidOf(
    `${dm}/databases/tables/from-template/${enc(template)}`,
    templateBody(dbms, 'prod::db::orders', { displayName: 'orders', parentGUID: database }),
  );

  const table = (await em.ok(`${dm}/databases/tables/${enc(copy)}`, undefined, 'GET'))['element'] as Json;
  expect(table['databaseTableProperties']).toMatchObject({
    qualifiedName: 'prod::db::orders',
    displayName: 'orders',
    description: 'a template table',
  });
  expect(await sourcedFrom(copy)).toEqual([template]);
  const stored = await storeElement(copy);
  // Incomplete is kept; Template is not copied; the copy is anchored to the database it was created in.
  expect(Object.keys(storeClassifications(stored)).sort()).toEqual(['Anchors', 'Incomplete']);
  expect(anchorOf(stored)).toBe(database);
  expect(
    (
      (await em.ok(`${dm}/databases/${enc(database)}/tables?startFrom=0&pageSize=10`, undefined, 'GET'))[
        'elements'
      ] as Json[]
    ).map((e) => (e['elementHeader'] as Json)['guid']),
  ).toContain(copy);

  // The columns anchored to the template's database are copied, named after the copy and their type.
  const columns = (
    await em.ok(`${dm}/databases/tables/${enc(copy)}/columns?startFrom=0&pageSize=10`, undefined, 'GET')
  )['elements'] as Json[];
  const copies = columns.map((c) => (c['elementHeader'] as Json)['guid'] as string);
  expect(columns.map((c) => c['databaseColumnProperties'])).toEqual([
    expect.objectContaining({ qualifiedName: 'prod::db::orders::RelationalColumn', dataType: 'INTEGER' }),
    expect.objectContaining({ qualifiedName: 'prod::db::orders::RelationalColumn_1', dataType: 'VARCHAR' }),
  ]);
  expect(copies).not.toContain(id);
  expect(await sourcedFrom(copies[0])).toEqual([id]);
  expect(await sourcedFrom(copies[1])).toEqual([name]);
  const idCopy = await storeElement(copies[0]);
  expect(Object.keys(storeClassifications(idCopy)).sort()).toEqual(['Anchors', 'PrimaryKey']);
  expect(anchorOf(idCopy)).toBe(copy);
  // The template keeps its own columns.
  expect(
    (
      (await em.ok(`${dm}/databases/tables/${enc(template)}/columns?startFrom=0&pageSize=10`, undefined, 'GET'))[
        'elements'
      ] as Json[]
    ).map((c) => (c['elementHeader'] as Json)['guid']),
  ).toEqual([id, name]);

  // Each element arrives once, with its classifications (no separate classification events).
  const isDMLink = (e: Json, typeName: string, end1: string): boolean =>
    ((e['principleElement'] as Json)['type'] as Json)['typeName'] === typeName &&
    (e['endOneElement'] as Json | undefined)?.['guid'] === end1;
  await reader.waitFor((r) => r.events.some((e) => isDMLink(e.data, 'SourcedFrom', copies[1])));
  const events = reader.events.map((e) => e.data);
  const about = (guid: string): Json[] => events.filter((e) => (e['principleElement'] as Json)['guid'] === guid);
  expect(about(copy).map((e) => e['eventType'])).toEqual(['NEW_ELEMENT_CREATED']);
  expect(about(copies[0]).map((e) => e['eventType'])).toEqual(['NEW_ELEMENT_CREATED']);
  for (const [end1, end2] of [
    [copy, template],
    [copies[0], id],
    [copies[1], name],
  ]) {
    const sourced = events.filter((e) => isDMLink(e, 'SourcedFrom', end1));
    expect(sourced.map((e) => [e['eventType'], (e['endTwoElement'] as Json)['guid']])).toEqual([
      ['NEW_ELEMENT_CREATED', end2],
    ]);
  }
});

test('a connection from a template: linked to its connector type and endpoint, SourcedFrom, Template not copied', async () => {
  const connectorType = await guidOf(`${it}/connector-types`, {
    class: 'ConnectorTypeRequestBody',
    qualifiedName: 'ct::templates',
    connectorProviderClassName: 'org.example.Provider',
    ...externalSourceBody(cmdb),
  });
  const endpoint = await guidOf(`${it}/endpoints`, {
    class: 'EndpointRequestBody',
    qualifiedName: 'ep::templates',
    address: 'jdbc:postgresql://db/tpl',
    ...externalSourceBody(cmdb),
  });
  const template = await guidOf(`${dm}/connections`, {
    class: 'ConnectionRequestBody',
    qualifiedName: 'conn::template',
    displayName: 'Template',
    configurationProperties: { schema: 'public' },
    ...externalSourceBody(dbms),
  });
  await em.ok(`${dm}/connections/${enc(template)}/connector-types/${enc(connectorType)}`, externalSourceBody(dbms));
  await em.ok(`${dm}/connections/${enc(template)}/endpoints/${enc(endpoint)}`, externalSourceBody(dbms));
  await classify(template, 'Template', dbms);

  const reader = await openReader(
    `${em.emulator.url}/servers/mds1/emulator/out-topic/${outTopicName('mds1', 'data-manager')}`,
  );
  // ConnectionManagerClient.createConnectionFromTemplate: the Data Manager's TemplateRequestBody.
  const copy = await guidOf(
    `${dm}/connections/from-template/${enc(template)}`,
    templateBody(dbms, 'conn::copy', { displayName: 'Copy' }),
  );
  const element = (await em.ok(`${dm}/connections/${enc(copy)}`, undefined, 'GET'))['element'] as Json;
  expect(element['connectionProperties']).toMatchObject({
    qualifiedName: 'conn::copy',
    displayName: 'Copy',
    configurationProperties: { schema: 'public' },
  });
  // The connector type and endpoint are not anchored to the template: the copy is linked to them.
  expect(element['connectorType']).toMatchObject({ guid: connectorType });
  expect(element['endpoint']).toMatchObject({ guid: endpoint });
  expect(await sourcedFrom(copy)).toEqual([template]);
  expect(Object.keys(storeClassifications(await storeElement(copy)))).toEqual([]);
  expect(Object.keys(storeClassifications(await storeElement(template)))).toEqual(['Template']);

  const isLinkOfCopy = (e: Json, typeName: string): boolean =>
    ((e['principleElement'] as Json)['type'] as Json)['typeName'] === typeName &&
    [(e['endOneElement'] as Json | undefined)?.['guid'], (e['endTwoElement'] as Json | undefined)?.['guid']].includes(
      copy,
    );
  await reader.waitFor((r) => r.events.some((e) => isLinkOfCopy(e.data, 'ConnectionEndpoint')));
  const events = reader.events.map((e) => e.data);
  for (const typeName of ['SourcedFrom', 'ConnectionConnectorType', 'ConnectionEndpoint']) {
    expect(events.filter((e) => isLinkOfCopy(e, typeName)).map((e) => e['eventType'])).toEqual(['NEW_ELEMENT_CREATED']);
  }
});

test('an Asset Manager data asset from a template: overrides, pathName, kept classifications, SourcedFrom, events', async () => {
  const am = amRoot(em, 'catalogUser');
  const catalog = await registerAssetManager(em, 'Catalog::templates');
  const FLAGS = 'forLineage=true&forDuplicateProcessing=false';
  const template = await guidOf(`${am}/data-assets?assetManagerIsHome=true`, {
    metadataCorrelationProperties: correlation(catalog),
    elementProperties: {
      class: 'DataAssetProperties',
      typeName: 'DataSet',
      qualifiedName: 'tpl::dataset',
      name: 'template',
      resourceDescription: 'a template data set',
    },
  });
  await em.ok(`${am}/data-assets/${enc(template)}/is-reference-data?${FLAGS}`, {
    metadataCorrelationProperties: correlation(catalog),
  });
  await classify(template, 'Template', catalog);

  const connection = await em.ok(`${am}/topics/out-topic-connection/${enc('templates-connector')}`, undefined, 'GET');
  const reader = await openReader(((connection['connection'] as Json)['endpoint'] as Json)['address'] as string);
  // DataAssetExchangeClient.createDataAssetFromTemplate: a TemplateRequestBody.
  const copy = await guidOf(
    `${am}/data-assets/from-template/${enc(template)}?assetManagerIsHome=true`,
    amTemplateBody(catalog, { qualifiedName: 'prod::dataset', displayName: 'Orders', pathName: '/data/orders' }),
  );
  const element = (await em.ok(`${am}/data-assets/${enc(copy)}/retrieve?${FLAGS}`, effectiveTimeBody(catalog)))[
    'element'
  ] as Json;
  expect((element['elementHeader'] as Json)['type']).toMatchObject({ typeName: 'DataSet' });
  expect(element['dataAssetProperties']).toMatchObject({
    qualifiedName: 'prod::dataset',
    name: 'Orders',
    resourceDescription: 'a template data set',
    pathName: '/data/orders',
  });
  expect(classificationsOf(element)).toEqual(['ReferenceData']);
  expect(await sourcedFrom(copy)).toEqual([template]);

  const isSourcedFromOfCopy = (e: Json): boolean =>
    ((e['elementHeader'] as Json | undefined)?.['type'] as Json | undefined)?.['typeName'] === 'SourcedFrom' &&
    (e['endOneElementHeader'] as Json | undefined)?.['guid'] === copy;
  await reader.waitFor((r) => r.events.some((e) => isSourcedFromOfCopy(e.data)));
  const events = reader.events.map((e) => e.data);
  const created = events.filter((e) => (e['elementHeader'] as Json | undefined)?.['guid'] === copy);
  expect(created.map((e) => e['eventType'])).toEqual(['NEW_ELEMENT_CREATED']);
  expect(classificationsOf(created[0])).toEqual(['ReferenceData']);
  expect(created[0]['elementProperties']).toMatchObject({ qualifiedName: 'prod::dataset', name: 'Orders' });
  const sourced = events.filter(isSourcedFromOfCopy);
  expect(sourced).toHaveLength(1);
  expect(sourced[0]).toMatchObject({
    eventType: 'NEW_ELEMENT_CREATED',
    endTwoElementHeader: expect.objectContaining({ guid: template }),
  });
});
