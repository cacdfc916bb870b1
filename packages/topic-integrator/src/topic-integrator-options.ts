import type {
  ContextMergeUpdateOption,
  ContextPagingOptions,
  ContextTemplateOptions,
  EventTypeProperties,
  TopicProperties,
} from '@egeria-ts/omas-client';

// ----- topics ---------------------------------------------------------------------------------------

/** Options of `createTopic`. */
export interface CreateTopicOptions {
  /** The topic's properties; `qualifiedName` is required (a `typeName` such as `KafkaTopic` picks a subtype). */
  readonly topicProperties: TopicProperties;
}

/** Options of `createTopicFromTemplate`. */
export type CreateTopicFromTemplateOptions = ContextTemplateOptions;

/** Names one topic. */
export interface TopicGUIDOption {
  /** The topic's GUID. */
  readonly topicGUID: string;
}

/** Options of `updateTopic`. */
export interface UpdateTopicOptions extends ContextMergeUpdateOption, TopicGUIDOption {
  /** The new properties. */
  readonly topicProperties: TopicProperties;
}

/** Options of `removeTopic`. */
export interface RemoveTopicOptions extends TopicGUIDOption {
  /** The topic's qualified name (Egeria's request path carries it). */
  readonly qualifiedName: string;
}

// ----- event types ----------------------------------------------------------------------------------

/** Options of `createEventType`. */
export interface CreateEventTypeOptions extends TopicGUIDOption {
  /** The event type's properties; `qualifiedName` is required. */
  readonly eventTypeProperties: EventTypeProperties;
}

/** Options of `createEventTypeFromTemplate`. */
export interface CreateEventTypeFromTemplateOptions extends ContextTemplateOptions, TopicGUIDOption {}

/** Names one event type. */
export interface EventTypeGUIDOption {
  /** The event type's GUID. */
  readonly eventTypeGUID: string;
}

/** Options of `updateEventType`. */
export interface UpdateEventTypeOptions extends ContextMergeUpdateOption, EventTypeGUIDOption {
  /** The new properties. */
  readonly eventTypeProperties: EventTypeProperties;
}

/** Options of `removeEventType`. */
export interface RemoveEventTypeOptions extends EventTypeGUIDOption {
  /** The event type's qualified name (Egeria's request path carries it). */
  readonly qualifiedName: string;
}

/** Options of `getEventTypesForTopic`. */
export interface TopicEventTypesOptions extends ContextPagingOptions, TopicGUIDOption {}

/** Options of `getEventTypesForEventSet`. */
export interface EventSetEventTypesOptions extends ContextPagingOptions {
  /** The event set (a collection of event types). */
  readonly eventSetGUID: string;
}
