import { IntegrationConnector, type MessageDefinition } from '@egeria-ts/core';
import type { TopicIntegratorContext } from './topic-integrator-context';
import { TOPIC_INTEGRATOR_ERROR_CODE } from './topic-integrator-messages';

/**
 * The base class of integration connectors that run in the Topic Integrator OMIS: they catalog the
 * topics of an event broker and the event types that flow through them, through a
 * {@link TopicIntegratorContext}. Implement `refresh` (and optionally `start`, `disconnect`, `engage`).
 * @example
 * ```ts
 * class MyTopicConnector extends TopicIntegratorConnector {
 *   async refresh(): Promise<void> {
 *     await this.context.createTopic({ topicProperties: { qualifiedName: 'kafka:orders', topicName: 'orders' } });
 *   }
 * }
 * ```
 */
export abstract class TopicIntegratorConnector extends IntegrationConnector<TopicIntegratorContext> {
  /** Reading `context` before it is set throws an error with id `OMIS-TOPIC-INTEGRATOR-500-001`. */
  protected override noContextMessage(): MessageDefinition {
    return TOPIC_INTEGRATOR_ERROR_CODE.NULL_CONTEXT;
  }
}
