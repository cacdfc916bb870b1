import {
  DATA_MANAGER_EVENT_BROKER_SERVICE,
  DataManagerIntegrationContext,
  EventBrokerClient,
  elementCreated,
  elementUpdated,
  typeNameOr,
  type ContextGUIDOptions,
  type ContextNameOptions,
  type ContextPagingOptions,
  type ContextSearchOptions,
  type DataManagerOutboundEvent,
  type EventTypeElement,
  type IntegrationContextDependencies,
  type TopicElement,
  DATA_MANAGER_CONNECTION_SERVICE,
  withConnectionMethods,
  withEndpointMethods,
} from '@egeria-ts/omas-client';
import type {
  CreateEventTypeFromTemplateOptions,
  CreateEventTypeOptions,
  CreateTopicFromTemplateOptions,
  CreateTopicOptions,
  EventSetEventTypesOptions,
  RemoveEventTypeOptions,
  RemoveTopicOptions,
  TopicEventTypesOptions,
  TopicGUIDOption,
  UpdateEventTypeOptions,
  UpdateTopicOptions,
} from './topic-integrator-options';

/**
 * The open metadata type names the context counts its changes under (a `typeName` in the
 * properties, for a subtype, is counted instead).
 */
export const TOPIC_ELEMENT_TYPE_NAMES = Object.freeze({
  /** A topic (`KafkaTopic` is a subtype). */
  topic: 'Topic',
  /** An event type: the schema of the events on a topic. */
  eventType: 'EventType',
});

const T = TOPIC_ELEMENT_TYPE_NAMES;

/**
 * The context of a topic integration connector (Egeria 5.2's `TopicIntegratorContext`): catalogs
 * the topics of an event broker, the event types that flow through them and the attributes of those
 * event types (the schema attribute operations it inherits), through the Data Manager OMAS, with
 * the connections, endpoints and connector type lookups of `withConnectionMethods` and
 * `withEndpointMethods`. Every write carries the connector's user id and its metadata source (the
 * event broker), is refused before it is sent when the permitted synchronization forbids writing to
 * open metadata, and is counted by type in the activity report. Reads are refused once the context is disconnected.
 */
export class TopicIntegratorContext extends withEndpointMethods(
  withConnectionMethods(DataManagerIntegrationContext, DATA_MANAGER_CONNECTION_SERVICE),
  DATA_MANAGER_CONNECTION_SERVICE,
) {
  readonly #client: EventBrokerClient;

  /** @param dependencies - built by the Topic Integrator service (`topicIntegratorService.createContext`) */
  constructor(dependencies: IntegrationContextDependencies<DataManagerOutboundEvent>) {
    super(dependencies);
    this.#client = new EventBrokerClient(this.partnerInvoker(DATA_MANAGER_EVENT_BROKER_SERVICE));
  }

  // ---------------------------------------------------------------- event broker

  /** The GUID of the event broker (the connector's metadata source); undefined for local-cohort provenance. */
  getEventBrokerGUID(): string | undefined {
    return this.externalSource.externalSourceGUID;
  }

  /** The qualified name of the event broker (the connector's metadata source); undefined for local-cohort provenance. */
  getEventBrokerName(): string | undefined {
    return this.externalSource.externalSourceName;
  }

  /**
   * Sets whether the topics and event types the connector creates from now on are owned by the
   * event broker (true, the default), or belong to the local cohort so that others may change them
   * (false). A topic is linked to the event broker either way.
   * @param eventBrokerIsHome - true: owned by the event broker
   */
  setEventBrokerIsHome(eventBrokerIsHome: boolean): void {
    this.setExternalSourceIsHome(eventBrokerIsHome);
  }

  // ---------------------------------------------------------------- topics

  /** Creates a topic of the event broker. @returns its GUID */
  async createTopic(options: CreateTopicOptions): Promise<string> {
    const o = this.requireOptions('createTopic', options);
    return this.write(
      'createTopic',
      (signal) =>
        this.#client.createTopic({
          ...this.source(signal),
          ...o.topicProperties,
          eventBrokerIsHome: this.getExternalSourceIsHome(),
        }),
      elementCreated(typeNameOr(o.topicProperties, T.topic)),
    );
  }

  /** Creates a topic of the event broker by copying a template. @returns its GUID */
  async createTopicFromTemplate(options: CreateTopicFromTemplateOptions): Promise<string> {
    const o = this.requireOptions('createTopicFromTemplate', options);
    return this.write(
      'createTopicFromTemplate',
      (signal) =>
        this.#client.createTopicFromTemplate({
          ...this.source(signal),
          ...o.templateProperties,
          templateGUID: o.templateGUID,
          eventBrokerIsHome: this.getExternalSourceIsHome(),
        }),
      elementCreated(T.topic),
    );
  }

  /** Updates a topic: merges the properties given, or (the default) replaces them all. */
  async updateTopic(options: UpdateTopicOptions): Promise<void> {
    const o = this.requireOptions('updateTopic', options);
    await this.write(
      'updateTopic',
      (signal) =>
        this.#client.updateTopic({
          ...this.source(signal),
          ...o.topicProperties,
          topicGUID: o.topicGUID,
          isMergeUpdate: o.isMergeUpdate ?? false,
        }),
      elementUpdated(typeNameOr(o.topicProperties, T.topic), o.topicGUID),
    );
  }

  /** Makes a topic visible to consumers (its zones become the server's published zones). */
  async publishTopic(options: TopicGUIDOption): Promise<void> {
    await this.writeVisibility('publishTopic', T.topic, 'topicGUID', options, (r) => this.#client.publishTopic(r));
  }

  /** Hides a topic from consumers (its zones become the server's default zones). */
  async withdrawTopic(options: TopicGUIDOption): Promise<void> {
    await this.writeVisibility('withdrawTopic', T.topic, 'topicGUID', options, (r) => this.#client.withdrawTopic(r));
  }

  /** Removes a topic with its event types. */
  async removeTopic(options: RemoveTopicOptions): Promise<void> {
    await this.writeRemoval('removeTopic', T.topic, 'topicGUID', options, (r) => this.#client.removeTopic(r));
  }

  /** Topics whose properties match a search string (one page). */
  async findTopics(options: ContextSearchOptions): Promise<TopicElement[]> {
    return this.readSearchPage('findTopics', options, (r) => this.#client.findTopics(r));
  }

  /** Topics with a name (qualified name, name or resource name; one page). */
  async getTopicsByName(options: ContextNameOptions): Promise<TopicElement[]> {
    return this.readNamePage('getTopicsByName', options, (r) => this.#client.getTopicsByName(r));
  }

  /** The topics of this connector's event broker (one page); empty without a metadata source. */
  async getMyTopics(options: ContextPagingOptions = {}): Promise<TopicElement[]> {
    return this.readMetadataSourcePage('getMyTopics', options, (page, source) =>
      this.#client.getTopicsForEventBroker({
        ...page,
        eventBrokerGUID: source.externalSourceGUID,
        eventBrokerName: source.externalSourceName,
      }),
    );
  }

  /** A topic by GUID. */
  async getTopicByGUID(options: ContextGUIDOptions): Promise<TopicElement | undefined> {
    return this.readByGUID('getTopicByGUID', options, (guid, signal) => this.#client.getTopicByGUID({ signal, guid }));
  }

  // ---------------------------------------------------------------- event types

  /**
   * Creates an event type of a topic (owned by the event broker unless it is not home). Its
   * attributes are schema attributes: `createSchemaAttribute` with the event type's GUID.
   * @returns its GUID
   */
  async createEventType(options: CreateEventTypeOptions): Promise<string> {
    const o = this.requireOptions('createEventType', options);
    return this.write(
      'createEventType',
      (signal) =>
        this.#client.createEventType({ ...this.homeSource(signal), ...o.eventTypeProperties, topicGUID: o.topicGUID }),
      elementCreated(typeNameOr(o.eventTypeProperties, T.eventType)),
    );
  }

  /** Creates an event type of a topic by copying a template. @returns its GUID */
  async createEventTypeFromTemplate(options: CreateEventTypeFromTemplateOptions): Promise<string> {
    const o = this.requireOptions('createEventTypeFromTemplate', options);
    return this.write(
      'createEventTypeFromTemplate',
      (signal) =>
        this.#client.createEventTypeFromTemplate({
          ...this.homeSource(signal),
          ...o.templateProperties,
          templateGUID: o.templateGUID,
          topicGUID: o.topicGUID,
        }),
      elementCreated(T.eventType),
    );
  }

  /** Updates an event type: merges the properties given, or (the default) replaces them all. */
  async updateEventType(options: UpdateEventTypeOptions): Promise<void> {
    const o = this.requireOptions('updateEventType', options);
    await this.write(
      'updateEventType',
      (signal) =>
        this.#client.updateEventType({
          ...this.source(signal),
          ...o.eventTypeProperties,
          eventTypeGUID: o.eventTypeGUID,
          isMergeUpdate: o.isMergeUpdate ?? false,
        }),
      elementUpdated(typeNameOr(o.eventTypeProperties, T.eventType), o.eventTypeGUID),
    );
  }

  /** Removes an event type with its attributes. */
  async removeEventType(options: RemoveEventTypeOptions): Promise<void> {
    await this.writeRemoval('removeEventType', T.eventType, 'eventTypeGUID', options, (r) =>
      this.#client.removeEventType(r),
    );
  }

  /** Event types whose properties match a search string (one page). */
  async findEventTypes(options: ContextSearchOptions): Promise<EventTypeElement[]> {
    return this.readSearchPage('findEventTypes', options, (r) => this.#client.findEventTypes(r));
  }

  /** The event types of an event set (one page). */
  async getEventTypesForEventSet(options: EventSetEventTypesOptions): Promise<EventTypeElement[]> {
    return this.readPage('getEventTypesForEventSet', options, (page) =>
      this.#client.getEventTypesForEventSet({ ...page, eventSetGUID: options.eventSetGUID }),
    );
  }

  /** The event types of a topic (one page). */
  async getEventTypesForTopic(options: TopicEventTypesOptions): Promise<EventTypeElement[]> {
    return this.readPage('getEventTypesForTopic', options, (page) =>
      this.#client.getEventTypesForTopic({ ...page, topicGUID: options.topicGUID }),
    );
  }

  /** Event types with a name (qualified name or display name; one page). */
  async getEventTypesByName(options: ContextNameOptions): Promise<EventTypeElement[]> {
    return this.readNamePage('getEventTypesByName', options, (r) => this.#client.getEventTypesByName(r));
  }

  /** An event type by GUID. */
  async getEventTypeByGUID(options: ContextGUIDOptions): Promise<EventTypeElement | undefined> {
    return this.readByGUID('getEventTypeByGUID', options, (guid, signal) =>
      this.#client.getEventTypeByGUID({ signal, guid }),
    );
  }
}
