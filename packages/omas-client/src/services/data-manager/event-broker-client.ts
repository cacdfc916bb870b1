/**
 * Data Manager OMAS: topics and event types (EventBrokerResource): the typed client.
 */
import type { EventTypeElement, TopicElement } from '../common/beans/elements';
import type {
  EventTypeRequestBody,
  MetadataSourceRequestBody,
  NameRequestBody,
  SearchStringRequestBody,
  TopicRequestBody,
} from '../common/beans/request-bodies';
import type { DataManagerTemplateRequestBody } from './data-manager-beans';
import type { OperationInvoker } from '../../operations/operation-invoker';
import { iteratePages, send, sendPage } from '../common/client-support';
import type { OmasCallOptions, OmasPagingOptions } from '../common/options';
import { DATA_MANAGER_EVENT_BROKER_SERVICE } from './event-broker-operations';

const ops = DATA_MANAGER_EVENT_BROKER_SERVICE.operations;

/**
 * Data Manager OMAS: topics and event types (EventBrokerResource).
 * Each method sends one row of {@link DATA_MANAGER_EVENT_BROKER_SERVICE} through an {@link OperationInvoker} (such as an
 * `OmasRestClient` for that table). Options carry the path values, the query values and the fields of
 * the request bean, under Egeria's names.
 * @public
 */
export class EventBrokerClient {
  /** @param invoker - sends the operations, such as an `OmasRestClient` for `DATA_MANAGER_EVENT_BROKER_SERVICE` */
  constructor(private readonly invoker: OperationInvoker) {}

  /**
   * Creates a topic (`POST /topics`).
   * @returns the GUID of what was created
   */
  async createTopic(
    options: OmasCallOptions & { readonly eventBrokerIsHome?: boolean } & TopicRequestBody = {},
  ): Promise<string> {
    return send<string>(this.invoker, ops.createTopic, options);
  }

  /**
   * Creates a topic from template (`POST /topics/from-template/{templateGUID}`).
   * @returns the GUID of what was created
   */
  async createTopicFromTemplate(
    options: OmasCallOptions & {
      readonly templateGUID: string;
      readonly eventBrokerIsHome?: boolean;
    } & DataManagerTemplateRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.createTopicFromTemplate, options);
  }

  /**
   * Updates a topic (`POST /topics/{topicGUID}`).
   */
  async updateTopic(
    options: OmasCallOptions & { readonly topicGUID: string; readonly isMergeUpdate: boolean } & TopicRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updateTopic, options);
  }

  /**
   * Publishes a topic (`POST /topics/{topicGUID}/publish`).
   */
  async publishTopic(options: OmasCallOptions & { readonly topicGUID: string }): Promise<void> {
    await send(this.invoker, ops.publishTopic, options);
  }

  /**
   * Withdraws a topic (`POST /topics/{topicGUID}/withdraw`).
   */
  async withdrawTopic(options: OmasCallOptions & { readonly topicGUID: string }): Promise<void> {
    await send(this.invoker, ops.withdrawTopic, options);
  }

  /**
   * Removes a topic (`POST /topics/{topicGUID}/{qualifiedName}/delete`).
   */
  async removeTopic(
    options: OmasCallOptions & {
      readonly topicGUID: string;
      readonly qualifiedName: string;
    } & MetadataSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.removeTopic, options);
  }

  /**
   * Returns one page of the topics whose properties match a search string (a regular expression) (`POST /topics/by-search-string`).
   */
  async findTopics(options: OmasPagingOptions & SearchStringRequestBody = {}): Promise<TopicElement[]> {
    return sendPage<TopicElement>(this.invoker, ops.findTopics, options);
  }

  /** Iterates over every element findTopics returns, page by page from `startFrom`. */
  findTopicsIterator(options: OmasPagingOptions & SearchStringRequestBody = {}): AsyncIterableIterator<TopicElement> {
    return iteratePages<TopicElement>(this.invoker, ops.findTopics, options);
  }

  /**
   * Returns one page of the topics with a name (`POST /topics/by-name`).
   */
  async getTopicsByName(options: OmasPagingOptions & NameRequestBody = {}): Promise<TopicElement[]> {
    return sendPage<TopicElement>(this.invoker, ops.getTopicsByName, options);
  }

  /** Iterates over every element getTopicsByName returns, page by page from `startFrom`. */
  getTopicsByNameIterator(options: OmasPagingOptions & NameRequestBody = {}): AsyncIterableIterator<TopicElement> {
    return iteratePages<TopicElement>(this.invoker, ops.getTopicsByName, options);
  }

  /**
   * Returns one page of the topics for event broker (`GET /event-brokers/{eventBrokerGUID}/{eventBrokerName}/topics`).
   */
  async getTopicsForEventBroker(
    options: OmasPagingOptions & { readonly eventBrokerGUID: string; readonly eventBrokerName: string },
  ): Promise<TopicElement[]> {
    return sendPage<TopicElement>(this.invoker, ops.getTopicsForEventBroker, options);
  }

  /** Iterates over every element getTopicsForEventBroker returns, page by page from `startFrom`. */
  getTopicsForEventBrokerIterator(
    options: OmasPagingOptions & { readonly eventBrokerGUID: string; readonly eventBrokerName: string },
  ): AsyncIterableIterator<TopicElement> {
    return iteratePages<TopicElement>(this.invoker, ops.getTopicsForEventBroker, options);
  }

  /**
   * Returns the topic with the given GUID (`GET /topics/{guid}`).
   */
  async getTopicByGUID(options: OmasCallOptions & { readonly guid: string }): Promise<TopicElement | undefined> {
    return send<TopicElement | undefined>(this.invoker, ops.getTopicByGUID, options);
  }

  /**
   * Creates an event type (`POST /topics/{topicGUID}/event-types`).
   * @returns the GUID of what was created
   */
  async createEventType(
    options: OmasCallOptions & { readonly topicGUID: string } & EventTypeRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.createEventType, options);
  }

  /**
   * Creates an event type from template (`POST /topics/{topicGUID}/event-types/from-template/{templateGUID}`).
   * @returns the GUID of what was created
   */
  async createEventTypeFromTemplate(
    options: OmasCallOptions & {
      readonly topicGUID: string;
      readonly templateGUID: string;
    } & DataManagerTemplateRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.createEventTypeFromTemplate, options);
  }

  /**
   * Updates an event type (`POST /topics/event-types/{eventTypeGUID}`).
   */
  async updateEventType(
    options: OmasCallOptions & {
      readonly eventTypeGUID: string;
      readonly isMergeUpdate: boolean;
    } & EventTypeRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updateEventType, options);
  }

  /**
   * Removes an event type (`POST /topics/event-types/{eventTypeGUID}/{qualifiedName}/delete`).
   */
  async removeEventType(
    options: OmasCallOptions & {
      readonly eventTypeGUID: string;
      readonly qualifiedName: string;
    } & MetadataSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.removeEventType, options);
  }

  /**
   * Returns one page of the event types whose properties match a search string (a regular expression) (`POST /topics/event-types/by-search-string`).
   */
  async findEventTypes(options: OmasPagingOptions & SearchStringRequestBody = {}): Promise<EventTypeElement[]> {
    return sendPage<EventTypeElement>(this.invoker, ops.findEventTypes, options);
  }

  /** Iterates over every element findEventTypes returns, page by page from `startFrom`. */
  findEventTypesIterator(
    options: OmasPagingOptions & SearchStringRequestBody = {},
  ): AsyncIterableIterator<EventTypeElement> {
    return iteratePages<EventTypeElement>(this.invoker, ops.findEventTypes, options);
  }

  /**
   * Returns one page of the event types for event set (`GET /event-sets/{eventSetGUID}/event-types`).
   */
  async getEventTypesForEventSet(
    options: OmasPagingOptions & { readonly eventSetGUID: string },
  ): Promise<EventTypeElement[]> {
    return sendPage<EventTypeElement>(this.invoker, ops.getEventTypesForEventSet, options);
  }

  /** Iterates over every element getEventTypesForEventSet returns, page by page from `startFrom`. */
  getEventTypesForEventSetIterator(
    options: OmasPagingOptions & { readonly eventSetGUID: string },
  ): AsyncIterableIterator<EventTypeElement> {
    return iteratePages<EventTypeElement>(this.invoker, ops.getEventTypesForEventSet, options);
  }

  /**
   * Returns one page of the event types for topic (`GET /topics/{topicGUID}/event-types`).
   */
  async getEventTypesForTopic(
    options: OmasPagingOptions & { readonly topicGUID: string },
  ): Promise<EventTypeElement[]> {
    return sendPage<EventTypeElement>(this.invoker, ops.getEventTypesForTopic, options);
  }

  /** Iterates over every element getEventTypesForTopic returns, page by page from `startFrom`. */
  getEventTypesForTopicIterator(
    options: OmasPagingOptions & { readonly topicGUID: string },
  ): AsyncIterableIterator<EventTypeElement> {
    return iteratePages<EventTypeElement>(this.invoker, ops.getEventTypesForTopic, options);
  }

  /**
   * Returns one page of the event types with a name (`POST /topics/event-types/by-name`).
   */
  async getEventTypesByName(options: OmasPagingOptions & NameRequestBody = {}): Promise<EventTypeElement[]> {
    return sendPage<EventTypeElement>(this.invoker, ops.getEventTypesByName, options);
  }

  /** Iterates over every element getEventTypesByName returns, page by page from `startFrom`. */
  getEventTypesByNameIterator(
    options: OmasPagingOptions & NameRequestBody = {},
  ): AsyncIterableIterator<EventTypeElement> {
    return iteratePages<EventTypeElement>(this.invoker, ops.getEventTypesByName, options);
  }

  /**
   * Returns the event type with the given GUID (`GET /topics/event-types/{guid}`).
   */
  async getEventTypeByGUID(
    options: OmasCallOptions & { readonly guid: string },
  ): Promise<EventTypeElement | undefined> {
    return send<EventTypeElement | undefined>(this.invoker, ops.getEventTypeByGUID, options);
  }
}
