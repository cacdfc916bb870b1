/**
 * The out topic (server-sent events) and the in topic.
 */
import { EVENT_STREAM_TOPIC_CONNECTOR, inTopicName, outTopicName } from '@egeria-ts/emulator';
import { TestEmulator, enc, send } from './support/harness';
import { SseReader } from './support/sse';
import {
  databaseManagerBody,
  databaseProperties,
  externalSourceBody,
  referenceableBody,
  tableProperties,
} from './support/java-shapes';

let em: TestEmulator;
let dm: string;
let source: { guid: string; name: string };
const readers: SseReader[] = [];

async function open(url: string, lastEventId?: string): Promise<SseReader> {
  const { reader, status, contentType } = await SseReader.open(url, lastEventId);
  expect(status).toBe(200);
  expect(contentType).toMatch(/^text\/event-stream/);
  readers.push(reader);
  return reader;
}

async function outTopicAddress(): Promise<string> {
  const answer = await em.ok(`${dm}/topics/out-topic-connection/${enc('my-integrator')}`, undefined, 'GET');
  return (answer['connection'] as Record<string, Record<string, unknown>>)['endpoint']['address'] as string;
}

beforeAll(async () => {
  em = await TestEmulator.start({ heartbeatMs: 100 });
  dm = em.dm();
  const created = await em.ok(`${dm}/metadata-sources/database-managers`, databaseManagerBody('DBMS::events'));
  source = { guid: created['guid'] as string, name: 'DBMS::events' };
});

afterEach(() => {
  for (const reader of readers.splice(0)) reader.close();
});

afterAll(async () => {
  await em.close();
});

test("the out-topic connection points at the emulator's own event stream", async () => {
  const answer = await em.ok(`${dm}/topics/out-topic-connection/${enc('my-integrator')}`, undefined, 'GET');
  expect(answer['class']).toBe('OCFConnectionResponse');
  const connection = answer['connection'] as Record<string, Record<string, unknown>>;
  expect(connection['class']).toBe('Connection');
  expect(connection['connectorType']['connectorProviderClassName']).toBe(EVENT_STREAM_TOPIC_CONNECTOR);
  expect(EVENT_STREAM_TOPIC_CONNECTOR).toBe('@egeria-ts/emulator:EventStreamTopicConnector');
  const topic = outTopicName('mds1', 'data-manager');
  expect(topic).toBe('egeria.omag.server.mds1.omas.datamanager.outTopic');
  expect(connection['endpoint']['address']).toBe(`${em.emulator.url}/servers/mds1/emulator/out-topic/${topic}`);

  // The address comes from the Host header, so it works through a proxy.
  const viaProxy = await send(`${dm}/topics/out-topic-connection/x`, { headers: { Host: 'proxy.example:8443' } });
  const address = (viaProxy.body['connection'] as Record<string, Record<string, unknown>>)['endpoint'][
    'address'
  ] as string;
  expect(address).toBe(`http://proxy.example:8443/servers/mds1/emulator/out-topic/${topic}`);
});

test('every change is published, in order, to every subscriber, as a DataManagerOutboundEvent', async () => {
  const address = await outTopicAddress();
  const first = await open(address);
  const second = await open(address);

  const database = (await em.ok(`${dm}/databases`, referenceableBody(source, databaseProperties('events::db'))))[
    'guid'
  ] as string;
  await em.ok(
    `${dm}/databases/${database}?isMergeUpdate=true`,
    referenceableBody(source, { class: 'DatabaseProperties', name: 'renamed' }),
  );
  const table = (
    await em.ok(`${dm}/databases/tables`, referenceableBody(source, tableProperties('events::db::t'), database))
  )['guid'] as string;
  await em.ok(`${dm}/databases/${database}/publish`);
  await em.ok(`${dm}/databases/${database}/delete`, externalSourceBody(source));

  for (const reader of [first, second]) {
    await reader.waitFor((r) =>
      r.events.some(
        (e) =>
          e.data['eventType'] === 'ELEMENT_DELETED' &&
          (e.data['principleElement'] as Record<string, unknown>)['guid'] === database,
      ),
    );
  }
  const ids = first.events.map((e) => e.id);
  expect([...ids].sort((a, b) => a - b)).toEqual(ids);
  expect(new Set(ids).size).toBe(ids.length);
  expect(second.events.map((e) => e.id)).toEqual(ids);

  const created = first.events[0].data;
  expect(created).toEqual(
    expect.objectContaining({ class: 'DataManagerOutboundEvent', eventVersionId: 1, eventType: 'NEW_ELEMENT_CREATED' }),
  );
  const stub = created['principleElement'] as Record<string, unknown>;
  expect(stub['class']).toBe('ElementStub');
  expect(stub['guid']).toBe(database);
  expect(stub['uniqueName']).toBe('events::db');
  expect((stub['origin'] as Record<string, unknown>)['homeMetadataCollectionId']).toBe(source.guid);

  const types = first.events.map((e) => e.data['eventType']);
  expect(types).toContain('ELEMENT_UPDATED');
  expect(types).toContain('ELEMENT_CLASSIFIED');
  const classified = first.events.find((e) => e.data['eventType'] === 'ELEMENT_CLASSIFIED');
  expect(classified?.data['classificationName']).toBe('AssetZoneMembership');
  const relationship = first.events.find(
    (e) =>
      e.data['eventType'] === 'NEW_ELEMENT_CREATED' &&
      e.data['endOneElement'] !== undefined &&
      (e.data['endTwoElement'] as Record<string, unknown>)['guid'] === table,
  );
  expect((relationship?.data['principleElement'] as Record<string, Record<string, unknown>>)['type']['typeName']).toBe(
    'AttributeForSchema',
  );
  const tableDeleted = first.events.findIndex(
    (e) =>
      e.data['eventType'] === 'ELEMENT_DELETED' &&
      (e.data['principleElement'] as Record<string, unknown>)['guid'] === table,
  );
  const databaseDeleted = first.events.findIndex(
    (e) =>
      e.data['eventType'] === 'ELEMENT_DELETED' &&
      (e.data['principleElement'] as Record<string, unknown>)['guid'] === database,
  );
  expect(tableDeleted).toBeGreaterThan(-1);
  expect(tableDeleted).toBeLessThan(databaseDeleted);
});

test('a reconnecting subscriber resumes after its last event id and misses nothing', async () => {
  const address = await outTopicAddress();
  const reader = await open(address);
  const qualifiedNames = Array.from({ length: 30 }, (_, i) => `resume::db-${i}`);
  const databaseNames = (r: SseReader) =>
    r.events
      .map((e) => e.data['principleElement'] as Record<string, Record<string, unknown>>)
      .filter((p) => p['type']['typeName'] === 'Database')
      .map((p) => p['uniqueName']);
  for (const name of qualifiedNames.slice(0, 10))
    await em.ok(`${dm}/databases`, referenceableBody(source, databaseProperties(name)));
  await reader.waitFor((r) => databaseNames(r).length >= 10);
  reader.close();
  const lastSeen = reader.lastId as number;

  // Changes made while nobody listens.
  for (const name of qualifiedNames.slice(10, 20))
    await em.ok(`${dm}/databases`, referenceableBody(source, databaseProperties(name)));

  const byHeader = await open(address, String(lastSeen));
  const byQuery = await open(`${address}?lastEventId=${lastSeen}`);
  for (const name of qualifiedNames.slice(20))
    await em.ok(`${dm}/databases`, referenceableBody(source, databaseProperties(name)));

  for (const resumed of [byHeader, byQuery]) {
    await resumed.waitFor((r) => databaseNames(r).length >= 20);
    expect([...databaseNames(reader), ...databaseNames(resumed)]).toEqual(qualifiedNames);
    // Nothing was delivered twice: the resumed ids continue where the first connection stopped.
    const ids = [...reader.events, ...resumed.events].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(resumed.events[0].id).toBeGreaterThan(lastSeen);
  }
});

test('lastEventId=0 replays the retained history; heartbeats keep the stream alive', async () => {
  const address = await outTopicAddress();
  const replay = await open(`${address}?lastEventId=0`);
  await replay.waitFor((r) => r.events.length > 0 && r.comments.includes('heartbeat'));
  expect(replay.events[0].id).toBe(Math.min(...replay.events.map((e) => e.id)));
});

test('an unknown topic or server is a 404', async () => {
  const unknownTopic = await send(`${em.emulator.url}/servers/mds1/emulator/out-topic/no.such.topic`);
  expect(unknownTopic.status).toBe(404);
  const unknownServer = await send(
    `${em.emulator.url}/servers/other/emulator/out-topic/${outTopicName('other', 'data-manager')}`,
  );
  expect(unknownServer.status).toBe(404);
});

test('the in topic keeps the events pushed to it, in order, and answers them back', async () => {
  const topic = inTopicName('mds1', 'data-manager');
  expect(topic).toBe('egeria.omag.server.mds1.omas.datamanager.inTopic');
  const url = `${em.emulator.url}/servers/mds1/emulator/in-topic/${topic}`;
  expect((await send(url)).text).toBe('[]');
  for (let i = 0; i < 5; i++) {
    const answer = await send(url, { method: 'POST', body: { class: 'DataManagerInboundEvent', sequence: i } });
    expect(answer.status).toBe(200);
  }
  await send(url, { method: 'POST', body: [{ sequence: 5 }, { sequence: 6 }] });
  const events = JSON.parse((await send(url)).text) as Record<string, unknown>[];
  expect(events.map((e) => e['sequence'])).toEqual([0, 1, 2, 3, 4, 5, 6]);
  expect(
    (await send(url, { method: 'POST', rawBody: 'nope', headers: { 'Content-Type': 'application/json' } })).status,
  ).toBe(400);
  expect((await send(url, { method: 'POST', body: 'a string' })).status).toBe(400);
});
