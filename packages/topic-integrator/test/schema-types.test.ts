/**
 * The schema type operations of the topic context (inherited from the Data Manager
 * contexts' shared base), driven by a small connector against the emulator over HTTP.
 */
import { PermittedSynchronization, UserNotAuthorizedException, type Connection } from '@egeria-ts/core';
import { lastPublishedReport, reportCounts, useIntegratorTestbed } from '@egeria-ts/testing';
import { TopicIntegratorConnector, topicIntegratorService } from '@egeria-ts/topic-integrator';

const CONNECTION: Connection = {
  class: 'Connection',
  qualifiedName: 'test-event-schema-connector',
  connectorType: { class: 'ConnectorType', connectorProviderClassName: 'test:EventSchemaConnector' },
};

/**
 * Catalogs a topic, its event type and the payload of its messages (a choice of versioned literal
 * schema types); then moves the payload to a new version and removes it.
 */
class EventSchemaConnector extends TopicIntegratorConnector {
  readonly guids: Record<string, string> = {};
  phase: 'catalog' | 'revise' | 'retire' = 'catalog';
  refusal: unknown;

  override async refresh(): Promise<void> {
    const context = this.context;
    const g = this.guids;
    if (this.phase === 'catalog') {
      try {
        g.payload = await context.createSchemaTypeChoice({
          schemaTypeProperties: { qualifiedName: 'kafka:orders:payload', displayName: 'payload' },
          schemaTypeOptionGUIDs: [],
        });
      } catch (error) {
        this.refusal = error;
        return;
      }
      g.topic = await context.createTopic({ topicProperties: { qualifiedName: 'kafka:orders', topicName: 'orders' } });
      g.eventType = await context.createEventType({
        topicGUID: g.topic,
        eventTypeProperties: { qualifiedName: 'kafka:orders:OrderPlaced' },
      });
      g.v1 = await context.createLiteralSchemaType({
        schemaTypeProperties: { qualifiedName: 'kafka:orders:payload:v1', dataType: 'string', fixedValue: 'v1' },
      });
      await context.setupSchemaElementRelationship({
        endOneGUID: g.payload,
        endTwoGUID: g.v1,
        relationshipTypeName: 'SchemaTypeOption',
      });
    } else if (this.phase === 'revise') {
      g.v2 = await context.createSchemaTypeFromTemplate({
        templateGUID: g.v1,
        templateProperties: { qualifiedName: 'kafka:orders:payload:v2' },
      });
      await context.clearSchemaElementRelationship({
        endOneGUID: g.payload,
        endTwoGUID: g.v1,
        relationshipTypeName: 'SchemaTypeOption',
      });
      await context.setupSchemaElementRelationship({
        endOneGUID: g.payload,
        endTwoGUID: g.v2,
        relationshipTypeName: 'SchemaTypeOption',
      });
    } else {
      await context.removeSchemaType({ schemaTypeGUID: g.payload });
    }
  }
}

const testbed = useIntegratorTestbed(topicIntegratorService, {
  serverName: 'mds1',
  heartbeatMs: 60_000,
  userId: 'topicUser',
  localServerUserId: 'daemonUser',
  connectorNamePrefix: 'event-schema-connector',
  connection: CONNECTION,
});

const guidsOf = (elements: ReadonlyArray<{ elementHeader?: { guid?: string } }> | undefined) =>
  (elements ?? []).map((e) => e.elementHeader?.guid);

async function refresh(connector: EventSchemaConnector, phase: EventSchemaConnector['phase']): Promise<void> {
  connector.phase = phase;
  await connector.runRefresh(new AbortController().signal);
}

it('creates, links, finds and removes schema types as its event broker', async () => {
  const connector = new EventSchemaConnector();
  const { context } = await testbed.start(connector, {
    settings: { metadataSourceQualifiedName: 'kafka:9092', generateIntegrationReport: true },
  });
  const brokerGUID = context.getEventBrokerGUID();
  const g = connector.guids;

  await refresh(connector, 'catalog');
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

  await refresh(connector, 'revise');
  expect(guidsOf((await context.getSchemaTypeByGUID({ guid: g.payload }))?.schemaOptions)).toEqual([g.v2]);
  expect((await context.getSchemaTypeByGUID({ guid: g.v2 }))?.elementHeader?.type?.typeName).toBe('LiteralSchemaType');

  await refresh(connector, 'retire');
  expect(lastPublishedReport(testbed.proxy, brokerGUID)['deletedElements']).toEqual([g.payload]);
  expect(await context.getSchemaTypeByName({ name: 'payload' })).toEqual([]);
});

it('refuses a schema type write under TO_THIRD_PARTY before anything is sent', async () => {
  const connector = new EventSchemaConnector();
  await testbed.start(connector, {
    settings: {
      metadataSourceQualifiedName: 'kafka:readonly',
      permittedSynchronization: PermittedSynchronization.TO_THIRD_PARTY,
    },
  });
  testbed.proxy.clearRequests();
  await refresh(connector, 'catalog');
  expect(connector.refusal).toBeInstanceOf(UserNotAuthorizedException);
  expect((connector.refusal as UserNotAuthorizedException).messageId).toBe('EGERIA-TS-CONTEXT-403-001');
  expect(testbed.proxy.requests).toEqual([]);
});
