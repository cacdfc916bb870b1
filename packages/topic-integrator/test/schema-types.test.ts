/**
 * The schema type operations of the topic context (inherited from the Data Manager contexts' shared
 * base), driven by a scripted connector against the emulator over HTTP: a topic, its event type and
 * the payload of its messages (a choice of versioned literal schema types); then the payload moves
 * to a new version and is removed.
 */
import {
  guidsOf,
  lastPublishedReport,
  reportCounts,
  scriptedConnector,
  useIntegratorTestbed,
} from '@egeria-ts/testing';
import { TopicIntegratorConnector, topicIntegratorService } from '@egeria-ts/topic-integrator';

const ScriptedConnector = scriptedConnector(TopicIntegratorConnector);
const testbed = useIntegratorTestbed(topicIntegratorService);

it('creates, links, finds and removes schema types as its event broker', async () => {
  const connector = new ScriptedConnector();
  const { context } = await testbed.start(connector, {
    metadataSourceQualifiedName: 'kafka:9092',
    settings: { generateIntegrationReport: true },
  });
  const brokerGUID = context.getEventBrokerGUID();
  const g: Record<string, string> = {};

  await connector.refreshWith(async (ctx) => {
    g.payload = await ctx.createSchemaTypeChoice({
      schemaTypeProperties: { qualifiedName: 'kafka:orders:payload', displayName: 'payload' },
      schemaTypeOptionGUIDs: [],
    });
    g.topic = await ctx.createTopic({ topicProperties: { qualifiedName: 'kafka:orders', topicName: 'orders' } });
    g.eventType = await ctx.createEventType({
      topicGUID: g.topic,
      eventTypeProperties: { qualifiedName: 'kafka:orders:OrderPlaced' },
    });
    g.v1 = await ctx.createLiteralSchemaType({
      schemaTypeProperties: { qualifiedName: 'kafka:orders:payload:v1', dataType: 'string', fixedValue: 'v1' },
    });
    await ctx.setupSchemaElementRelationship({
      endOneGUID: g.payload,
      endTwoGUID: g.v1,
      relationshipTypeName: 'SchemaTypeOption',
    });
  });
  expect(reportCounts(lastPublishedReport(testbed.proxy, brokerGUID), 'createCounts')).toEqual({
    SchemaTypeChoice: 1,
    Topic: 1,
    EventType: 1,
    LiteralSchemaType: 1,
  });
  const payload = await context.getSchemaTypeByGUID({ guid: g.payload });
  expect(guidsOf(payload?.schemaOptions)).toEqual([g.v1]);
  expect(payload?.schemaOptions?.[0].schemaTypeProperties?.extendedProperties).toEqual({
    dataType: 'string',
    fixedValue: 'v1',
  });
  // The topic's schema type is the list of its event types, which belongs to the topic.
  const eventTypes = await context.getSchemaTypeForElement({
    parentElementGUID: g.topic,
    parentElementTypeName: 'Topic',
  });
  expect(eventTypes?.elementHeader?.type?.typeName).toBe('EventTypeList');
  const parent = await context.getSchemaTypeParent({ schemaTypeGUID: eventTypes?.elementHeader?.guid ?? '' });
  expect(parent?.guid).toBe(g.topic);
  expect(guidsOf(await context.findSchemaType({ searchString: 'kafka:orders:payload.*' }))).toEqual([g.payload, g.v1]);

  await connector.refreshWith(async (ctx) => {
    g.v2 = await ctx.createSchemaTypeFromTemplate({
      templateGUID: g.v1,
      templateProperties: { qualifiedName: 'kafka:orders:payload:v2' },
    });
    await ctx.clearSchemaElementRelationship({
      endOneGUID: g.payload,
      endTwoGUID: g.v1,
      relationshipTypeName: 'SchemaTypeOption',
    });
    await ctx.setupSchemaElementRelationship({
      endOneGUID: g.payload,
      endTwoGUID: g.v2,
      relationshipTypeName: 'SchemaTypeOption',
    });
  });
  expect(guidsOf((await context.getSchemaTypeByGUID({ guid: g.payload }))?.schemaOptions)).toEqual([g.v2]);
  expect((await context.getSchemaTypeByGUID({ guid: g.v2 }))?.elementHeader?.type?.typeName).toBe('LiteralSchemaType');

  await connector.refreshWith(async (ctx) => {
    await ctx.removeSchemaType({ schemaTypeGUID: g.payload });
  });
  expect(lastPublishedReport(testbed.proxy, brokerGUID)['deletedElements']).toEqual([g.payload]);
  expect(await context.getSchemaTypeByName({ name: 'payload' })).toEqual([]);
});

it('refuses a schema type write under TO_THIRD_PARTY before anything is sent', async () => {
  const { refusal } = await testbed.expectWriteRefused(
    new ScriptedConnector(),
    (ctx) =>
      ctx.createSchemaTypeChoice({
        schemaTypeProperties: { qualifiedName: 'kafka:orders:payload', displayName: 'payload' },
        schemaTypeOptionGUIDs: [],
      }),
    { metadataSourceQualifiedName: 'kafka:readonly' },
  );
  expect(refusal.messageId).toBe('EGERIA-TS-CONTEXT-403-001');
});
