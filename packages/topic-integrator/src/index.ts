/**
 * The Topic Integrator (OMIS) for egeria-ts: connector base class and context, paired with the Data Manager OMAS.
 * @packageDocumentation
 */

/** The version of this package. */
export const VERSION = '0.1.0';

export { TopicIntegratorConnector } from './topic-integrator-connector';
export { TopicIntegratorContext, TOPIC_ELEMENT_TYPE_NAMES } from './topic-integrator-context';
export { topicIntegratorService, EVENT_BROKER_METADATA_SOURCE } from './topic-integrator-service';
export { TOPIC_INTEGRATOR_AUDIT_CODE, TOPIC_INTEGRATOR_ERROR_CODE } from './topic-integrator-messages';
export type {
  CreateTopicOptions,
  CreateTopicFromTemplateOptions,
  TopicGUIDOption,
  UpdateTopicOptions,
  RemoveTopicOptions,
  CreateEventTypeOptions,
  CreateEventTypeFromTemplateOptions,
  EventTypeGUIDOption,
  UpdateEventTypeOptions,
  RemoveEventTypeOptions,
  TopicEventTypesOptions,
  EventSetEventTypesOptions,
} from './topic-integrator-options';
