/**
 * Data Manager OMAS: topics and event types (Egeria 5.2's EventBrokerResource, mounted at
 * `.../data-manager/users/{userId}`).
 *
 * The model follows Egeria's handlers: a topic is an asset linked to the event broker that created
 * it (ServerAssetUse, from the metadata source named in the request); its event types are options
 * (SchemaTypeOption) of an EventTypeList schema type (`<topic qualifiedName>_EventList`) attached to
 * the topic (AssetSchemaType), all anchored to the topic; an event set lists event types through
 * CollectionMembership. The attributes of an event type are schema attributes (AttributeForSchema),
 * created through the schema attribute operations.
 */
import type { Route } from '../server/http-server';
import { BEAN_FIELD_TABLE } from './bean-field-table';
import { link } from './database-manager';
import type { EmulatorContext, MetadataSourceRef, Transaction } from './context';
import { createElement } from './elements';
import type { CallInfo, ElementKind } from './elements';
import {
  flatCreateRoute,
  flatRemoveRoute,
  flatTemplateRoute,
  flatUpdateRoute,
  zoneRoute,
  type FlatCreateOptions,
} from './flat-bean-routes';
import { byNameRoute, findRoute, getByGUIDRoute, listForParentRoute, requirePathElement } from './kind-routes';
import type { ServiceArea } from './kind-routes';
import type { ElementRecord } from '../store/records';
import { isTypeOf } from '../store/type-registry';

const PROPS = 'org.odpi.openmetadata.frameworks.openmetadata.properties';

/**
 * The fields of the properties beans of topics and event types (Egeria 5.2's `TopicProperties`
 * and `EventTypeProperties`), in the compact form of bean-field-table.ts.
 */
const EVENT_BROKER_BEAN_FIELDS: Readonly<Record<string, string>> = {
  TopicProperties:
    'topicType:s topicName:s name:s resourceName:s versionIdentifier:s resourceDescription:s deployedImplementationType:s displayName:s displaySummary:s displayDescription:s abbreviation:s usage:s qualifiedName:s additionalProperties:ms vendorProperties:ms effectiveFrom:d effectiveTo:d typeName:s extendedProperties:mo',
  EventTypeProperties:
    'versionNumber:s author:s usage:s encodingStandard:s namespace:s formula:s formulaType:s queries:lo displayName:s description:s isDeprecated:b=false qualifiedName:s additionalProperties:ms vendorProperties:ms effectiveFrom:d effectiveTo:d typeName:s extendedProperties:mo',
};

/** Adds the beans above to the emulator's field table (a row already there wins). */
function registerBeanFields(): void {
  const table = BEAN_FIELD_TABLE as Record<string, string>;
  for (const [className, fields] of Object.entries(EVENT_BROKER_BEAN_FIELDS)) table[className] ??= fields;
}

/** Topics (`Topic` and its subtypes such as `KafkaTopic`). */
export const TOPIC: ElementKind = {
  typeName: 'Topic',
  propertiesClass: 'TopicProperties',
  acceptedPropertiesClasses: ['TopicRequestBody'],
  javaPropertiesClass: `${PROPS}.assets.topics.TopicProperties`,
  beanField: 'properties',
  nameProperties: ['qualifiedName', 'name', 'resourceName'],
};

/** Event types. */
export const EVENT_TYPE: ElementKind = {
  typeName: 'EventType',
  propertiesClass: 'EventTypeProperties',
  acceptedPropertiesClasses: ['EventTypeRequestBody'],
  javaPropertiesClass: `${PROPS}.schema.events.EventTypeProperties`,
  beanField: 'properties',
  nameProperties: ['qualifiedName', 'displayName'],
};

/** The elements at the other end of an element's relationships of a type. */
function related(ctx: EmulatorContext, guid: string, typeName: string, end: 1 | 2): ElementRecord[] {
  const store = ctx.state.store;
  return store
    .relationshipsOf(guid, typeName, end)
    .map((r) => store.getElement(end === 1 ? r.end2GUID : r.end1GUID))
    .filter((e): e is ElementRecord => e !== undefined);
}

/** The event types of a topic: the options of the event type list attached to it. */
function eventTypesOfTopic(ctx: EmulatorContext, topic: ElementRecord): ElementRecord[] {
  return related(ctx, topic.guid, 'AssetSchemaType', 1)
    .filter((schemaType) => isTypeOf(schemaType.typeName, 'EventTypeList'))
    .flatMap((list) => related(ctx, list.guid, 'SchemaTypeOption', 1));
}

/** The topic's event type list, created (and attached) when it has none yet. */
function eventTypeListOf(
  tx: Transaction,
  topic: ElementRecord,
  source: MetadataSourceRef | undefined,
  call: CallInfo,
): string {
  const existing = related(tx.ctx, topic.guid, 'AssetSchemaType', 1).find((e) => isTypeOf(e.typeName, 'EventTypeList'));
  if (existing !== undefined) return existing.guid;
  const list = createElement(
    tx,
    EVENT_TYPE,
    {
      typeName: 'EventTypeList',
      properties: { qualifiedName: `${String(topic.properties['qualifiedName'] ?? topic.guid)}_EventList` },
      source,
      anchorGUID: topic.guid,
    },
    call,
  );
  link(tx, 'AssetSchemaType', topic.guid, list.guid, source, call);
  return list.guid;
}

/** The Data Manager's topic and event type routes. */
export function eventBrokerRoutes(area: ServiceArea): Route[] {
  registerBeanFields();
  const ctx = area.ctx;

  // A topic hangs off the event broker named as its metadata source (owned by it when it is home).
  const topicCreate = (path: string, action: string): FlatCreateOptions => ({
    path,
    action,
    isHomeParam: 'eventBrokerIsHome',
    after: ({ tx, element, owner, named, call }) => {
      if (named !== undefined) link(tx, 'ServerAssetUse', named.guid, element.guid, owner, call);
    },
  });

  // An event type is an option of its topic's event type list, anchored to the topic.
  const eventTypeCreate = (path: string, action: string): FlatCreateOptions => ({
    path,
    action,
    prepare: (req, _body, call) => {
      const topic = requirePathElement(ctx, 'Topic', req, 'topicGUID', call);
      return { anchorGUID: topic.guid };
    },
    after: ({ tx, element, req, owner, call }) => {
      const topic = requirePathElement(tx.ctx, 'Topic', req, 'topicGUID', call);
      const listGUID = eventTypeListOf(tx, topic, owner, call);
      link(tx, 'SchemaTypeOption', listGUID, element.guid, owner, call);
    },
  });

  return [
    // ---- topics
    flatCreateRoute(area, TOPIC, 'TopicRequestBody', topicCreate('/topics', 'createTopic')),
    flatTemplateRoute(area, TOPIC, topicCreate('/topics/from-template/{templateGUID}', 'createTopicFromTemplate')),
    flatUpdateRoute(area, TOPIC, 'TopicRequestBody', {
      path: '/topics/{topicGUID}',
      guidParam: 'topicGUID',
      action: 'updateTopic',
    }),
    zoneRoute(area, {
      path: '/topics/{topicGUID}/publish',
      guidParam: 'topicGUID',
      action: 'publishTopic',
      typeName: 'Topic',
      publish: true,
    }),
    zoneRoute(area, {
      path: '/topics/{topicGUID}/withdraw',
      guidParam: 'topicGUID',
      action: 'withdrawTopic',
      typeName: 'Topic',
      publish: false,
    }),
    flatRemoveRoute(area, TOPIC, {
      path: '/topics/{topicGUID}/{qualifiedName}/delete',
      guidParam: 'topicGUID',
      action: 'removeTopic',
    }),
    findRoute(area, TOPIC, { path: '/topics/by-search-string', action: 'findTopics', response: 'TopicsResponse' }),
    byNameRoute(area, TOPIC, { path: '/topics/by-name', action: 'getTopicsByName', response: 'TopicsResponse' }),
    listForParentRoute(area, TOPIC, {
      path: '/event-brokers/{eventBrokerGUID}/{eventBrokerName}/topics',
      parentParam: 'eventBrokerGUID',
      parentType: 'SoftwareCapability',
      action: 'getTopicsForEventBroker',
      response: 'TopicsResponse',
      children: (c, broker) => related(c, broker.guid, 'ServerAssetUse', 1),
    }),
    getByGUIDRoute(area, TOPIC, {
      path: '/topics/{guid}',
      guidParam: 'guid',
      action: 'getTopicByGUID',
      response: 'TopicResponse',
    }),

    // ---- event types
    flatCreateRoute(
      area,
      EVENT_TYPE,
      'EventTypeRequestBody',
      eventTypeCreate('/topics/{topicGUID}/event-types', 'createEventType'),
    ),
    flatTemplateRoute(
      area,
      EVENT_TYPE,
      eventTypeCreate('/topics/{topicGUID}/event-types/from-template/{templateGUID}', 'createEventTypeFromTemplate'),
    ),
    flatUpdateRoute(area, EVENT_TYPE, 'EventTypeRequestBody', {
      path: '/topics/event-types/{eventTypeGUID}',
      guidParam: 'eventTypeGUID',
      action: 'updateEventType',
    }),
    flatRemoveRoute(area, EVENT_TYPE, {
      path: '/topics/event-types/{eventTypeGUID}/{qualifiedName}/delete',
      guidParam: 'eventTypeGUID',
      action: 'removeEventType',
    }),
    findRoute(area, EVENT_TYPE, {
      path: '/topics/event-types/by-search-string',
      action: 'findEventTypes',
      response: 'EventTypesResponse',
    }),
    byNameRoute(area, EVENT_TYPE, {
      path: '/topics/event-types/by-name',
      action: 'getEventTypesByName',
      response: 'EventTypesResponse',
    }),
    listForParentRoute(area, EVENT_TYPE, {
      path: '/topics/{topicGUID}/event-types',
      parentParam: 'topicGUID',
      parentType: 'Topic',
      action: 'getEventTypesForTopic',
      response: 'EventTypesResponse',
      children: eventTypesOfTopic,
    }),
    listForParentRoute(area, EVENT_TYPE, {
      path: '/event-sets/{eventSetGUID}/event-types',
      parentParam: 'eventSetGUID',
      parentType: 'EventSet',
      action: 'getEventTypesForEventSet',
      response: 'EventTypesResponse',
      children: (c, eventSet) => related(c, eventSet.guid, 'CollectionMembership', 1),
    }),
    getByGUIDRoute(area, EVENT_TYPE, {
      path: '/topics/event-types/{guid}',
      guidParam: 'guid',
      action: 'getEventTypeByGUID',
      response: 'EventTypeResponse',
    }),
  ];
}
