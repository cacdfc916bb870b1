/**
 * Data Manager topic and event type operations (Egeria 5.2's EventBrokerResource), with requests
 * shaped as Egeria 5.2's EventBrokerClient sends them, against a real emulator over HTTP.
 */
import { TestEmulator, enc, expectFFDC, expectSpringError, guidsOf } from './support/harness';
import { externalSourceBody, nameBody, searchStringBody, templateBody } from './support/java-shapes';

type Source = { guid: string; name: string };
type Json = Record<string, unknown>;

let em: TestEmulator;
let dm: string;
let broker: Source;
let other: Source;

/** `EventBrokerClient.createTopic`: a flat TopicRequestBody (its class is the request bean's). */
function topicBody(source: Source | undefined, qualifiedName: string, extra: Json = {}): Json {
  return { class: 'TopicRequestBody', qualifiedName, ...extra, ...externalSourceBody(source) };
}

/** `EventBrokerClient.createEventType`: a flat EventTypeRequestBody (with the primitive Jackson always writes). */
function eventTypeBody(source: Source | undefined, qualifiedName: string, extra: Json = {}): Json {
  return { class: 'EventTypeRequestBody', isDeprecated: false, qualifiedName, ...extra, ...externalSourceBody(source) };
}

async function createBroker(qualifiedName: string): Promise<Source> {
  const body = await em.ok(`${dm}/metadata-sources/event-brokers`, {
    class: 'EventBrokerRequestBody',
    qualifiedName,
  });
  return { guid: body['guid'] as string, name: qualifiedName };
}

async function createTopic(qualifiedName: string, extra: Json = {}, isHome = true, source = broker): Promise<string> {
  const body = await em.ok(`${dm}/topics?eventBrokerIsHome=${isHome}`, topicBody(source, qualifiedName, extra));
  return body['guid'] as string;
}

async function createEventType(topicGUID: string, qualifiedName: string, extra: Json = {}): Promise<string> {
  const body = await em.ok(`${dm}/topics/${enc(topicGUID)}/event-types`, eventTypeBody(broker, qualifiedName, extra));
  return body['guid'] as string;
}

async function getTopic(guid: string): Promise<Json> {
  return (await em.ok(`${dm}/topics/${enc(guid)}`, undefined, 'GET'))['element'] as Json;
}

beforeAll(async () => {
  em = await TestEmulator.start();
  dm = em.dm('topicUser');
  broker = await createBroker('Kafka::broker-1');
  other = await createBroker('Kafka::broker-2');
});

afterAll(async () => {
  await em.close();
});

describe('topics', () => {
  test('create as the event broker, then read it back with the header and properties Egeria builds', async () => {
    const guid = await createTopic('kafka::orders', {
      name: 'orders',
      topicName: 'orders',
      topicType: 'PubSub',
      resourceDescription: 'the orders',
    });
    const answer = await em.ok(`${dm}/topics/${enc(guid)}`, undefined, 'GET');
    expect(answer['class']).toBe('TopicResponse');
    const element = answer['element'] as Json;
    const header = element['elementHeader'] as Json;
    expect(header['guid']).toBe(guid);
    expect((header['type'] as Json)['typeName']).toBe('Topic');
    expect(header['origin']).toEqual({
      sourceServer: 'mds1',
      originCategory: 'EXTERNAL_SOURCE',
      homeMetadataCollectionId: broker.guid,
      homeMetadataCollectionName: broker.name,
    });
    expect(element['properties']).toEqual(
      expect.objectContaining({
        class: 'TopicProperties',
        qualifiedName: 'kafka::orders',
        name: 'orders',
        topicName: 'orders',
        topicType: 'PubSub',
        resourceDescription: 'the orders',
        typeName: 'Topic',
      }),
    );
  });

  test('a typeName picks a subtype; finds, gets by name and lists for the event broker', async () => {
    const kafka = await createTopic('kafka::payments', { name: 'payments', typeName: 'KafkaTopic' });
    expect((((await getTopic(kafka))['elementHeader'] as Json)['type'] as Json)['typeName']).toBe('KafkaTopic');

    const found = await em.ok(`${dm}/topics/by-search-string?startFrom=0&pageSize=10`, searchStringBody('.*payments'));
    expect(found['class']).toBe('TopicsResponse');
    expect(guidsOf(found)).toEqual([kafka]);
    const byName = await em.ok(`${dm}/topics/by-name?startFrom=0&pageSize=10`, nameBody('payments'));
    expect(guidsOf(byName)).toEqual([kafka]);
    const none = await em.ok(`${dm}/topics/by-name?startFrom=0&pageSize=10`, nameBody('pay'));
    expect(none['elements']).toBeUndefined();

    const mine = await em.ok(
      `${dm}/event-brokers/${enc(broker.guid)}/${enc(broker.name)}/topics?startFrom=0&pageSize=100`,
      undefined,
      'GET',
    );
    expect(guidsOf(mine)).toContain(kafka);
    const others = await em.ok(
      `${dm}/event-brokers/${enc(other.guid)}/${enc(other.name)}/topics?startFrom=0&pageSize=100`,
      undefined,
      'GET',
    );
    expect(guidsOf(others)).not.toContain(kafka);
  });

  test('eventBrokerIsHome=false: owned by the server, still listed for the event broker', async () => {
    const guid = await createTopic('kafka::shared', {}, false);
    const origin = ((await getTopic(guid))['elementHeader'] as Json)['origin'] as Json;
    expect(origin['originCategory']).toBe('LOCAL_COHORT');
    const mine = await em.ok(
      `${dm}/event-brokers/${enc(broker.guid)}/${enc(broker.name)}/topics?startFrom=0&pageSize=100`,
      undefined,
      'GET',
    );
    expect(guidsOf(mine)).toContain(guid);
  });

  test('eventBrokerIsHome is required, as Spring requires the boolean request parameter', async () => {
    const answer = await em.post(`${dm}/topics`, topicBody(broker, 'kafka::no-flag'));
    expectSpringError(answer, 400, `/servers/mds1/open-metadata/access-services/data-manager/users/topicUser/topics`);
    const found = await em.ok(`${dm}/topics/by-name?startFrom=0&pageSize=10`, nameBody('kafka::no-flag'));
    expect(found['elements']).toBeUndefined();
  });

  test('missing qualifiedName: OMAG-COMMON-400-006', async () => {
    const answer = await em.post(`${dm}/topics?eventBrokerIsHome=true`, {
      class: 'TopicRequestBody',
      name: 'nameless',
      ...externalSourceBody(broker),
    });
    expectFFDC(answer, {
      responseClass: 'GUIDResponse',
      exception: 'InvalidParameterException',
      httpCode: 400,
      messageId: 'OMAG-COMMON-400-006',
      action: 'createTopic',
      parameterName: 'qualifiedName',
    });
  });

  test('update merges or replaces; another event broker may not change it', async () => {
    const guid = await createTopic('kafka::inventory', { name: 'inventory', resourceDescription: 'v1' });
    await em.ok(
      `${dm}/topics/${enc(guid)}?isMergeUpdate=true`,
      topicBody(broker, 'kafka::inventory', { resourceDescription: 'v2' }),
    );
    expect((await getTopic(guid))['properties']).toEqual(
      expect.objectContaining({ name: 'inventory', resourceDescription: 'v2' }),
    );
    await em.ok(
      `${dm}/topics/${enc(guid)}?isMergeUpdate=false`,
      topicBody(broker, 'kafka::inventory', { resourceDescription: 'v3' }),
    );
    const replaced = (await getTopic(guid))['properties'] as Json;
    expect(replaced['resourceDescription']).toBe('v3');
    expect(replaced['name']).toBeUndefined();

    const refused = await em.post(
      `${dm}/topics/${enc(guid)}?isMergeUpdate=true`,
      topicBody(other, 'kafka::inventory', { resourceDescription: 'stolen' }),
    );
    expect(refused.body['relatedHTTPCode']).not.toBe(200);
    expect(((await getTopic(guid))['properties'] as Json)['resourceDescription']).toBe('v3');
  });

  test('publish and withdraw take no body', async () => {
    const guid = await createTopic('kafka::zoned');
    const published = await em.ok(`${dm}/topics/${enc(guid)}/publish`);
    expect(published['class']).toBe('VoidResponse');
    const withdrawn = await em.ok(`${dm}/topics/${enc(guid)}/withdraw`);
    expect(withdrawn['class']).toBe('VoidResponse');
  });

  test('create from a template copies the topic under a new qualified name', async () => {
    const template = await createTopic('kafka::template', { name: 'template', topicType: 'PubSub' });
    const body = await em.ok(
      `${dm}/topics/from-template/${enc(template)}?eventBrokerIsHome=true`,
      templateBody(broker, 'kafka::from-template', { displayName: 'copied' }),
    );
    const copy = await getTopic(body['guid'] as string);
    expect(copy['properties']).toEqual(
      expect.objectContaining({ qualifiedName: 'kafka::from-template', name: 'copied', topicType: 'PubSub' }),
    );
  });

  test('unknown GUID: OMAG-REPOSITORY-HANDLER-404-007', async () => {
    const answer = await em.get(`${dm}/topics/no-such-topic`);
    expectFFDC(answer, {
      responseClass: 'TopicResponse',
      exception: 'InvalidParameterException',
      httpCode: 404,
      messageId: 'OMAG-REPOSITORY-HANDLER-404-007',
      action: 'getTopicByGUID',
      parameterName: 'guid',
    });
  });
});

describe('event types', () => {
  test('create under a topic, then list, find, get by name and by GUID', async () => {
    const topic = await createTopic('kafka::customers');
    const created = await createEventType(topic, 'kafka::customers::CustomerCreated', {
      displayName: 'CustomerCreated',
      namespace: 'com.example',
    });
    const changed = await createEventType(topic, 'kafka::customers::CustomerChanged', {
      displayName: 'CustomerChanged',
    });

    const forTopic = await em.ok(`${dm}/topics/${enc(topic)}/event-types?startFrom=0&pageSize=10`, undefined, 'GET');
    expect(forTopic['class']).toBe('EventTypesResponse');
    expect(guidsOf(forTopic)).toEqual([created, changed]);

    const found = await em.ok(
      `${dm}/topics/event-types/by-search-string?startFrom=0&pageSize=10`,
      searchStringBody('.*Changed'),
    );
    expect(guidsOf(found)).toEqual([changed]);
    const byName = await em.ok(`${dm}/topics/event-types/by-name?startFrom=0&pageSize=10`, nameBody('CustomerCreated'));
    expect(guidsOf(byName)).toEqual([created]);

    const answer = await em.ok(`${dm}/topics/event-types/${enc(created)}`, undefined, 'GET');
    expect(answer['class']).toBe('EventTypeResponse');
    const element = answer['element'] as Json;
    expect((element['elementHeader'] as Json)['guid']).toBe(created);
    expect(element['properties']).toEqual(
      expect.objectContaining({
        class: 'EventTypeProperties',
        qualifiedName: 'kafka::customers::CustomerCreated',
        displayName: 'CustomerCreated',
        namespace: 'com.example',
        isDeprecated: false,
        typeName: 'EventType',
      }),
    );
    // The event type list that holds them is a schema type of the topic, not an event type.
    const lists = await em.ok(
      `${dm}/topics/event-types/by-search-string?startFrom=0&pageSize=10`,
      searchStringBody('kafka::customers_EventList'),
    );
    expect(lists['elements']).toBeUndefined();
  });

  test('update merges, a template copy joins the topic, remove takes it out', async () => {
    const topic = await createTopic('kafka::shipments');
    const shipped = await createEventType(topic, 'kafka::shipments::Shipped', { displayName: 'Shipped', author: 'a' });
    await em.ok(
      `${dm}/topics/event-types/${enc(shipped)}?isMergeUpdate=true`,
      eventTypeBody(broker, 'kafka::shipments::Shipped', { author: 'b' }),
    );
    const updated = (await em.ok(`${dm}/topics/event-types/${enc(shipped)}`, undefined, 'GET'))['element'] as Json;
    expect(updated['properties']).toEqual(expect.objectContaining({ displayName: 'Shipped', author: 'b' }));

    const copy = await em.ok(
      `${dm}/topics/${enc(topic)}/event-types/from-template/${enc(shipped)}`,
      templateBody(broker, 'kafka::shipments::Delivered', { displayName: 'Delivered' }),
    );
    const copyGUID = copy['guid'] as string;
    const forTopic = await em.ok(`${dm}/topics/${enc(topic)}/event-types?startFrom=0&pageSize=10`, undefined, 'GET');
    expect(guidsOf(forTopic)).toEqual([shipped, copyGUID]);

    await em.ok(
      `${dm}/topics/event-types/${enc(shipped)}/${enc('kafka::shipments::Shipped')}/delete`,
      externalSourceBody(broker),
    );
    const after = await em.ok(`${dm}/topics/${enc(topic)}/event-types?startFrom=0&pageSize=10`, undefined, 'GET');
    expect(guidsOf(after)).toEqual([copyGUID]);
  });

  test('an unknown topic: nothing is created', async () => {
    const answer = await em.post(`${dm}/topics/no-such-topic/event-types`, eventTypeBody(broker, 'orphan::event'));
    expect(answer.body['relatedHTTPCode']).toBe(404);
    expect(answer.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-404-007');
    const found = await em.ok(`${dm}/topics/event-types/by-name?startFrom=0&pageSize=10`, nameBody('orphan::event'));
    expect(found['elements']).toBeUndefined();
  });

  test('removing a topic removes its event types', async () => {
    const topic = await createTopic('kafka::temporary');
    const eventType = await createEventType(topic, 'kafka::temporary::Tick');
    await em.ok(`${dm}/topics/${enc(topic)}/${enc('kafka::temporary')}/delete`, externalSourceBody(broker));
    expect((await em.get(`${dm}/topics/${enc(topic)}`)).body['relatedHTTPCode']).toBe(404);
    expect((await em.get(`${dm}/topics/event-types/${enc(eventType)}`)).body['relatedHTTPCode']).toBe(404);
  });

  test('another event broker may not remove a topic', async () => {
    const topic = await createTopic('kafka::guarded');
    const refused = await em.post(
      `${dm}/topics/${enc(topic)}/${enc('kafka::guarded')}/delete`,
      externalSourceBody(other),
    );
    expect(refused.body['relatedHTTPCode']).not.toBe(200);
    expect((await em.get(`${dm}/topics/${enc(topic)}`)).body['relatedHTTPCode']).toBe(200);
  });
});
