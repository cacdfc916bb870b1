/**
 * Data Manager OMAS: topics and event types (EventBrokerResource).
 * Each row is checked against the Spring resource class of Egeria 5.2 (commit 19177ef7); the paths
 * are below the service root, and where Egeria's Java client and server disagree the row follows the server.
 */
import {
  CREATES,
  GUID_RESPONSE,
  MERGE_UPDATE,
  OPTIONAL_BODY,
  VOID_RESPONSE,
  defineService,
  elements,
  get,
  isHome,
  paged,
  post,
  single,
  type OperationRow,
} from '../common/operation-rows';

/** The name of an operation of {@link DATA_MANAGER_EVENT_BROKER_SERVICE}. @public */
export type DataManagerEventBrokerOperationName =
  | 'createTopic'
  | 'createTopicFromTemplate'
  | 'updateTopic'
  | 'publishTopic'
  | 'withdrawTopic'
  | 'removeTopic'
  | 'findTopics'
  | 'getTopicsByName'
  | 'getTopicsForEventBroker'
  | 'getTopicByGUID'
  | 'createEventType'
  | 'createEventTypeFromTemplate'
  | 'updateEventType'
  | 'removeEventType'
  | 'findEventTypes'
  | 'getEventTypesForEventSet'
  | 'getEventTypesForTopic'
  | 'getEventTypesByName'
  | 'getEventTypeByGUID';

/** The operations, keyed by the name of the Java client method that sends them. */
const rows: Readonly<Record<DataManagerEventBrokerOperationName, OperationRow>> = {
  createTopic: post('/topics', 'TopicRequestBody', GUID_RESPONSE, isHome('eventBrokerIsHome'), CREATES),
  createTopicFromTemplate: post(
    '/topics/from-template/{templateGUID}',
    'TemplateRequestBody',
    GUID_RESPONSE,
    isHome('eventBrokerIsHome'),
    CREATES,
  ),
  updateTopic: post('/topics/{topicGUID}', 'TopicRequestBody', VOID_RESPONSE, MERGE_UPDATE),
  publishTopic: post('/topics/{topicGUID}/publish', 'NullRequestBody', VOID_RESPONSE, OPTIONAL_BODY),
  withdrawTopic: post('/topics/{topicGUID}/withdraw', 'NullRequestBody', VOID_RESPONSE, OPTIONAL_BODY),
  removeTopic: post('/topics/{topicGUID}/{qualifiedName}/delete', 'MetadataSourceRequestBody', VOID_RESPONSE),
  findTopics: post('/topics/by-search-string', 'SearchStringRequestBody', elements('TopicsResponse'), paged()),
  getTopicsByName: post('/topics/by-name', 'NameRequestBody', elements('TopicsResponse'), paged()),
  getTopicsForEventBroker: get(
    '/event-brokers/{eventBrokerGUID}/{eventBrokerName}/topics',
    elements('TopicsResponse'),
    paged(),
  ),
  getTopicByGUID: get('/topics/{guid}', single('TopicResponse')),
  createEventType: post('/topics/{topicGUID}/event-types', 'EventTypeRequestBody', GUID_RESPONSE, CREATES),
  createEventTypeFromTemplate: post(
    '/topics/{topicGUID}/event-types/from-template/{templateGUID}',
    'TemplateRequestBody',
    GUID_RESPONSE,
    CREATES,
  ),
  updateEventType: post('/topics/event-types/{eventTypeGUID}', 'EventTypeRequestBody', VOID_RESPONSE, MERGE_UPDATE),
  removeEventType: post(
    '/topics/event-types/{eventTypeGUID}/{qualifiedName}/delete',
    'MetadataSourceRequestBody',
    VOID_RESPONSE,
  ),
  findEventTypes: post(
    '/topics/event-types/by-search-string',
    'SearchStringRequestBody',
    elements('EventTypesResponse'),
    paged(),
  ),
  getEventTypesForEventSet: get('/event-sets/{eventSetGUID}/event-types', elements('EventTypesResponse'), paged()),
  getEventTypesForTopic: get('/topics/{topicGUID}/event-types', elements('EventTypesResponse'), paged()),
  getEventTypesByName: post('/topics/event-types/by-name', 'NameRequestBody', elements('EventTypesResponse'), paged()),
  getEventTypeByGUID: get('/topics/event-types/{guid}', single('EventTypeResponse')),
};

/** Data Manager OMAS: topics and event types (EventBrokerResource): the operation table. @public */
export const DATA_MANAGER_EVENT_BROKER_SERVICE = defineService<DataManagerEventBrokerOperationName>(
  { kind: 'access-service', marker: 'data-manager' },
  rows,
);
