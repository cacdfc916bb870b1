/**
 * Asset Consumer OMAS: the out-topic connection, as Egeria's AssetConsumerEventClient asks for it,
 * and the AssetConsumerOutTopicEvents of asset changes, against a real emulator over HTTP.
 */
import { EVENT_STREAM_TOPIC_CONNECTOR, outTopicName } from '@egeria-ts/emulator';
import { TestEmulator, enc } from './support/harness';
import { SseReader } from './support/sse';
import { databaseProperties, referenceableBody } from './support/java-shapes';

type Json = Record<string, unknown>;

let em: TestEmulator;
let ac: string;

beforeAll(async () => {
  em = await TestEmulator.start({ heartbeatMs: 100 });
  ac = `${em.emulator.url}/servers/mds1/open-metadata/access-services/asset-consumer/users/${enc('searchUser')}`;
});

afterAll(async () => {
  await em.close();
});

test('asset changes are published as AssetConsumerOutTopicEvents once the topic is asked for; other elements are not', async () => {
  const before = (
    await em.ok(`${em.dm()}/databases`, referenceableBody(undefined, databaseProperties('before::search')))
  )['guid'] as string;
  const answer = await em.ok(`${ac}/topics/out-topic-connection/search`, undefined, 'GET');
  const { reader } = await SseReader.open(
    (answer['connection'] as Record<string, Json>)['endpoint']['address'] as string,
    '0',
  );
  try {
    const database = (
      await em.ok(`${em.dm()}/databases`, referenceableBody(undefined, databaseProperties('search::db')))
    )['guid'] as string;
    await em.ok(
      `${em.dm()}/databases/${database}?isMergeUpdate=true`,
      referenceableBody(undefined, databaseProperties('search::db', { name: 'orders' })),
    );
    const profile = await em.ok(
      `${em.emulator.url}/servers/mds1/open-metadata/access-services/community-profile/users/x/profiles`,
      { properties: { class: 'ActorProfileProperties', qualifiedName: 'not::an::asset' } },
    );
    const headerGUID = (e: { data: Json }) => (e.data['elementHeader'] as Json | undefined)?.['guid'];
    await reader.waitFor((r) =>
      r.events.some((e) => e.data['eventType'] === 'ELEMENT_UPDATED' && headerGUID(e) === database),
    );
    const created = reader.events.find(
      (e) => e.data['eventType'] === 'NEW_ELEMENT_CREATED' && headerGUID(e) === database,
    );
    expect(created?.data).toMatchObject({ eventVersionId: 1, elementProperties: { qualifiedName: 'search::db' } });
    expect(((created?.data['elementHeader'] as Json)['type'] as Json)['typeName']).toBe('Database');
    const updated = reader.events.find((e) => e.data['eventType'] === 'ELEMENT_UPDATED' && headerGUID(e) === database);
    expect(updated?.data['previousElementProperties']).toEqual({ qualifiedName: 'search::db' });
    expect(reader.events.some((e) => headerGUID(e) === profile['guid'])).toBe(false);
    expect(reader.events.some((e) => headerGUID(e) === before)).toBe(false);
  } finally {
    reader.close();
  }
});

test('the out-topic connection points at the Asset Consumer topic of the event stream', async () => {
  const answer = await em.ok(`${ac}/topics/out-topic-connection/${enc('search-connector')}`, undefined, 'GET');
  expect(answer['class']).toBe('OCFConnectionResponse');
  const connection = answer['connection'] as Record<string, Json>;
  expect(connection['connectorType']['connectorProviderClassName']).toBe(EVENT_STREAM_TOPIC_CONNECTOR);
  expect(connection['configurationProperties']).toEqual({
    callerId: 'search-connector',
    topicName: 'egeria.omag.server.mds1.omas.assetconsumer.outTopic',
  });
  expect(connection['endpoint']['address']).toBe(
    `${em.emulator.url}/servers/mds1/emulator/out-topic/${outTopicName('mds1', 'asset-consumer')}`,
  );
});
