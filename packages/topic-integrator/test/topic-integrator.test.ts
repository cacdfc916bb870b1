import {
  IllegalStateError,
  InMemoryAuditLogDestination,
  IntegrationConnector,
  InvalidParameterException,
  PermittedSynchronization,
  UserNotAuthorizedException,
  type Connection,
} from '@egeria-ts/core';
import {
  guidsOf,
  lastPublishedReport,
  rejectionOf,
  reportCounts,
  scriptedConnector,
  useIntegratorTestbed,
  waitUntil,
  type TestContextOptions,
} from '@egeria-ts/testing';
import type { DataManagerOutboundEvent } from '@egeria-ts/omas-client';
import {
  TopicIntegratorConnector,
  topicIntegratorService,
  type TopicIntegratorContext,
} from '@egeria-ts/topic-integrator';

const SERVER = 'mds1';

/** The writes to the Data Manager OMAS: POSTs below its root, except finds and the metadata source set-up. */
const DATA_MANAGER_WRITES = {
  method: 'POST',
  path: /^(?!.*\/by-)(?!.*\/metadata-sources).*\/access-services\/data-manager\//,
};

const CONNECTION: Connection = {
  class: 'Connection',
  qualifiedName: 'test-topic-connector',
  connectorType: { class: 'ConnectorType', connectorProviderClassName: 'test:ScriptedTopicConnector' },
};

/** A topic connector whose refresh runs a script through its context, and that may listen to events. */
const ScriptedTopicConnector = scriptedConnector<TopicIntegratorConnector, DataManagerOutboundEvent>(
  TopicIntegratorConnector,
);
type ScriptedTopicConnector = InstanceType<typeof ScriptedTopicConnector>;

const testbed = useIntegratorTestbed(topicIntegratorService, {
  serverName: SERVER,
  heartbeatMs: 60_000,
  userId: 'topicUser',
  localServerUserId: 'daemonUser',
  connectorNamePrefix: 'topic-connector',
  connection: CONNECTION,
});

interface Started {
  readonly connector: ScriptedTopicConnector;
  readonly context: TopicIntegratorContext;
  readonly records: InMemoryAuditLogDestination;
}

async function startConnector(
  settings: TestContextOptions['settings'] = {},
  configure: (connector: ScriptedTopicConnector) => void = () => undefined,
): Promise<Started> {
  const connector = new ScriptedTopicConnector();
  configure(connector);
  const started = await testbed.start(connector, { settings });
  return { connector, context: started.context, records: started.auditRecords };
}

describe('TopicIntegratorConnector', () => {
  it('has a typed error with the service id when its context is read too early', () => {
    let error: unknown;
    try {
      void new ScriptedTopicConnector().context;
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IllegalStateError);
    expect((error as IllegalStateError).messageId).toBe('OMIS-TOPIC-INTEGRATOR-500-001');
  });

  it('is the only kind of connector the service runs', () => {
    class NotATopicConnector extends IntegrationConnector {
      async refresh(): Promise<void> {}
    }
    expect(topicIntegratorService.supportsConnector(new ScriptedTopicConnector())).toBe(true);
    expect(() => topicIntegratorService.validateConnector(new NotATopicConnector(), 'other')).toThrow(
      expect.objectContaining({ messageId: 'OMIS-TOPIC-INTEGRATOR-400-001' }),
    );
    expect(topicIntegratorService.description).toMatchObject({
      code: 602,
      marker: 'topic-integrator',
      partnerOMAS: 'Data Manager OMAS',
      defaultPermittedSynchronization: PermittedSynchronization.FROM_THIRD_PARTY,
    });
    expect(topicIntegratorService.metadataSourceType).toEqual({
      typeName: 'EventBroker',
      deployedImplementationType: 'Event Broker',
    });
  });
});

describe('TopicIntegratorContext against the emulator', () => {
  it('creates, updates, finds and removes topics, event types and their attributes as its event broker', async () => {
    const { connector, context, records } = await startConnector({
      metadataSourceQualifiedName: 'kafka:9092',
      generateIntegrationReport: true,
    });
    expect(records.withMessageId('OMIS-TOPIC-INTEGRATOR-0002')[0].messageParameters.slice(2, 4)).toEqual([
      'kafka:9092',
      'FROM_THIRD_PARTY',
    ]);
    expect(context.getEventBrokerName()).toBe('kafka:9092');
    const brokerGUID = context.getEventBrokerGUID();
    expect(brokerGUID).toMatch(/^[0-9a-f-]{36}$/);

    const g: Record<string, string> = {};
    testbed.proxy.clearRequests();
    await connector.refreshWith(async (ctx) => {
      g.orders = await ctx.createTopic({
        topicProperties: { qualifiedName: 'kafka:orders', name: 'orders', topicName: 'orders', typeName: 'KafkaTopic' },
      });
      g.created = await ctx.createEventType({
        topicGUID: g.orders,
        eventTypeProperties: { qualifiedName: 'kafka:orders:OrderCreated', displayName: 'OrderCreated' },
      });
      g.id = await ctx.createSchemaAttribute({
        schemaElementGUID: g.created,
        schemaAttributeProperties: {
          qualifiedName: 'kafka:orders:OrderCreated.id',
          displayName: 'id',
          typeName: 'EventSchemaAttribute',
        },
      });
      g.total = await ctx.createSchemaAttribute({
        schemaElementGUID: g.created,
        schemaAttributeProperties: { qualifiedName: 'kafka:orders:OrderCreated.total', displayName: 'total' },
      });
    });

    // Every write carried the connector's user id and the event broker as external source.
    const writes = testbed.proxy.requestsMatching(DATA_MANAGER_WRITES);
    expect(writes).toHaveLength(4);
    for (const write of writes) {
      expect(write.path).toContain('/users/topicUser/');
      expect(JSON.parse(write.body)).toMatchObject({
        externalSourceGUID: brokerGUID,
        externalSourceName: 'kafka:9092',
      });
    }
    const report = lastPublishedReport(testbed.proxy, brokerGUID);
    expect(report['createdElements']).toEqual([g.orders, g.created, g.id, g.total]);
    expect(reportCounts(report, 'createCounts')).toEqual({
      KafkaTopic: 1,
      EventType: 1,
      EventSchemaAttribute: 1,
      SchemaAttribute: 1,
    });

    // Reads.
    const topic = await context.getTopicByGUID({ guid: g.orders });
    expect(topic?.elementHeader?.type?.typeName).toBe('KafkaTopic');
    expect(topic?.properties).toMatchObject({ qualifiedName: 'kafka:orders', topicName: 'orders' });
    expect(topic?.elementHeader?.origin).toMatchObject({
      originCategory: 'EXTERNAL_SOURCE',
      homeMetadataCollectionId: brokerGUID,
    });
    expect(guidsOf(await context.getMyTopics())).toEqual([g.orders]);
    expect(guidsOf(await context.findTopics({ searchString: 'kafka:ord.*' }))).toEqual([g.orders]);
    expect(guidsOf(await context.getTopicsByName({ name: 'orders' }))).toEqual([g.orders]);
    expect(guidsOf(await context.getEventTypesForTopic({ topicGUID: g.orders }))).toEqual([g.created]);
    expect(guidsOf(await context.getEventTypesByName({ name: 'OrderCreated' }))).toEqual([g.created]);
    expect(guidsOf(await context.findEventTypes({ searchString: '.*OrderCreated' }))).toEqual([g.created]);
    expect((await context.getEventTypeByGUID({ guid: g.created }))?.properties?.displayName).toBe('OrderCreated');
    const attributes = await context.getNestedAttributes({ parentSchemaElementGUID: g.created });
    expect(attributes.map((a) => a.schemaAttributeProperties?.displayName).sort()).toEqual(['id', 'total']);
    expect(guidsOf(await context.getSchemaAttributesByName({ name: 'id', typeName: 'EventSchemaAttribute' }))).toEqual([
      g.id,
    ]);
    expect(guidsOf(await context.findSchemaAttributes({ searchString: '.*OrderCreated\\.total' }))).toEqual([g.total]);

    // Updates: merge keeps what is not given, replace drops it.
    await connector.refreshWith(async (ctx) => {
      await ctx.updateTopic({
        topicGUID: g.orders,
        isMergeUpdate: true,
        topicProperties: { resourceDescription: 'v2' },
      });
      await ctx.updateEventType({
        eventTypeGUID: g.created,
        eventTypeProperties: { qualifiedName: 'kafka:orders:OrderCreated', description: 'replaced' },
      });
      await ctx.updateSchemaAttribute({
        schemaAttributeGUID: g.total,
        isMergeUpdate: true,
        schemaAttributeProperties: { description: 'the total' },
      });
      await ctx.publishTopic({ topicGUID: g.orders });
      await ctx.withdrawTopic({ topicGUID: g.orders });
    });
    expect((await context.getTopicByGUID({ guid: g.orders }))?.properties).toMatchObject({
      name: 'orders',
      resourceDescription: 'v2',
    });
    const eventType = await context.getEventTypeByGUID({ guid: g.created });
    expect(eventType?.properties?.description).toBe('replaced');
    expect(eventType?.properties?.displayName).toBeUndefined();
    expect((await context.getSchemaAttributeByGUID({ guid: g.total }))?.schemaAttributeProperties).toMatchObject({
      displayName: 'total',
      description: 'the total',
    });
    expect(reportCounts(lastPublishedReport(testbed.proxy, brokerGUID), 'updateCounts')).toEqual({
      Topic: 1,
      EventType: 1,
      SchemaAttribute: 1,
    });

    // Removes: an attribute, then the topic with its event types.
    await connector.refreshWith(async (ctx) => {
      await ctx.removeSchemaAttribute({ schemaAttributeGUID: g.id });
    });
    expect(guidsOf(await context.getNestedAttributes({ parentSchemaElementGUID: g.created }))).toEqual([g.total]);
    await connector.refreshWith(async (ctx) => {
      await ctx.removeTopic({ topicGUID: g.orders, qualifiedName: 'kafka:orders' });
    });
    expect(lastPublishedReport(testbed.proxy, brokerGUID)['deletedElements']).toEqual([g.orders]);
    expect(await context.getMyTopics()).toEqual([]);
    await expect(context.getEventTypeByGUID({ guid: g.created })).rejects.toBeInstanceOf(InvalidParameterException);
  });

  it('copies topics and event types from templates', async () => {
    const { connector, context } = await startConnector({ metadataSourceQualifiedName: 'kafka:templates' });
    const g: Record<string, string> = {};
    await connector.refreshWith(async (ctx) => {
      g.template = await ctx.createTopic({ topicProperties: { qualifiedName: 'kafka:template', topicType: 'PubSub' } });
      g.eventTemplate = await ctx.createEventType({
        topicGUID: g.template,
        eventTypeProperties: { qualifiedName: 'kafka:template:Event', namespace: 'com.example' },
      });
      g.copy = await ctx.createTopicFromTemplate({
        templateGUID: g.template,
        templateProperties: { qualifiedName: 'kafka:copy', displayName: 'copy' },
      });
      g.eventCopy = await ctx.createEventTypeFromTemplate({
        templateGUID: g.eventTemplate,
        topicGUID: g.copy,
        templateProperties: { qualifiedName: 'kafka:copy:Event' },
      });
    });
    expect((await context.getTopicByGUID({ guid: g.copy }))?.properties).toMatchObject({
      qualifiedName: 'kafka:copy',
      topicType: 'PubSub',
    });
    const copies = await context.getEventTypesForTopic({ topicGUID: g.copy });
    // As Egeria's template handler copies: the topic's copy takes copies of its template's event type
    // list and event type (anchored to the template, named after the copy and their types); the
    // event type copied into the topic's copy also stays linked to its template's list (not anchored
    // to the event type template, so linked rather than copied).
    expect(copies.map((c) => c.properties?.qualifiedName)).toEqual([
      'kafka:copy::EventTypeList::EventType',
      'kafka:copy:Event',
    ]);
    expect(guidsOf(copies)[1]).toBe(g.eventCopy);
    expect(copies[1].properties).toMatchObject({ qualifiedName: 'kafka:copy:Event', namespace: 'com.example' });
    expect(guidsOf(await context.getEventTypesForTopic({ topicGUID: g.template }))).toEqual([
      g.eventTemplate,
      g.eventCopy,
    ]);
    expect(guidsOf(await context.getMyTopics())).toEqual([g.template, g.copy]);
  });

  it('creates topics owned by the local cohort when the event broker is not home', async () => {
    const { connector, context } = await startConnector({ metadataSourceQualifiedName: 'kafka:shared' });
    context.setEventBrokerIsHome(false);
    expect(context.getExternalSourceIsHome()).toBe(false);
    const g: Record<string, string> = {};
    testbed.proxy.clearRequests();
    await connector.refreshWith(async (ctx) => {
      g.topic = await ctx.createTopic({ topicProperties: { qualifiedName: 'kafka:shared-topic' } });
      g.eventType = await ctx.createEventType({
        topicGUID: g.topic,
        eventTypeProperties: { qualifiedName: 'kafka:shared-topic:Event' },
      });
    });
    const [createTopic, createEventType] = testbed.proxy.requestsMatching(DATA_MANAGER_WRITES);
    expect(createTopic.path).toMatch(/\/topics$/);
    expect(JSON.parse(createEventType.body)['externalSourceGUID']).toBeUndefined();
    expect((await context.getTopicByGUID({ guid: g.topic }))?.elementHeader?.origin?.originCategory).toBe(
      'LOCAL_COHORT',
    );
    expect((await context.getEventTypeByGUID({ guid: g.eventType }))?.elementHeader?.origin?.originCategory).toBe(
      'LOCAL_COHORT',
    );
    // The topic is still the event broker's.
    expect(guidsOf(await context.getMyTopics())).toEqual([g.topic]);
    expect(() => context.setEventBrokerIsHome('no' as unknown as boolean)).toThrow(InvalidParameterException);
  });

  it('refuses a write under TO_THIRD_PARTY before anything is sent', async () => {
    const { connector, context } = await startConnector({
      metadataSourceQualifiedName: 'kafka:readonly',
      permittedSynchronization: PermittedSynchronization.TO_THIRD_PARTY,
    });
    testbed.proxy.clearRequests();
    let refusal: unknown;
    await connector.refreshWith(async (ctx) => {
      refusal = await rejectionOf(ctx.createTopic({ topicProperties: { qualifiedName: 'kafka:refused' } }));
    });
    expect(refusal).toBeInstanceOf(UserNotAuthorizedException);
    expect((refusal as UserNotAuthorizedException).messageId).toBe('EGERIA-TS-CONTEXT-403-001');
    expect(testbed.proxy.requests).toEqual([]);
    // Reads are still allowed, and nothing was created.
    expect(await context.getTopicsByName({ name: 'kafka:refused' })).toEqual([]);
  });

  it('receives the out-topic events of other connectors', async () => {
    const listener = await startConnector({ metadataSourceQualifiedName: 'kafka:listener' }, (c) => {
      c.listen = true;
    });
    expect(
      testbed.proxy.requestsMatching({ path: `/topics/out-topic-connection/${listener.context.connectorId}` }),
    ).toHaveLength(1);
    await listener.connector.refreshWith(async () => undefined);
    const writer = await startConnector({ metadataSourceQualifiedName: 'kafka:writer' });
    let topicGUID = '';
    await writer.connector.refreshWith(async (ctx) => {
      topicGUID = await ctx.createTopic({ topicProperties: { qualifiedName: 'kafka:announced' } });
    });
    await waitUntil(
      () => listener.connector.events.some((e) => e.principleElement?.guid === topicGUID),
      'the event of the new topic',
    );
    const event = listener.connector.events.find((e) => e.principleElement?.guid === topicGUID);
    expect(event?.eventType).toBe('NEW_ELEMENT_CREATED');
    expect(event?.principleElement?.type?.typeName).toBe('Topic');
  });

  it('rejects bad options with a typed error naming the field, before anything is sent', async () => {
    const { context } = await startConnector();
    testbed.proxy.clearRequests();
    await expect(context.findTopics({ searchString: 'x', startFrom: -1 })).rejects.toMatchObject({
      parameterName: 'startFrom',
    });
    await expect(
      context.createTopic(null as unknown as Parameters<TopicIntegratorContext['createTopic']>[0]),
    ).rejects.toMatchObject({ parameterName: 'options' });
    expect(testbed.proxy.requests).toEqual([]);
    // Without a metadata source there is no event broker, and no topics of its own.
    expect(context.getEventBrokerGUID()).toBeUndefined();
    expect(await context.getMyTopics()).toEqual([]);
  });
});
