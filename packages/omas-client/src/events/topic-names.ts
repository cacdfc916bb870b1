import { InvalidParameterException } from '@egeria-ts/core';

/** Egeria's default topic URL root (`EventBusConfig.topicURLRoot`). */
export const DEFAULT_TOPIC_URL_ROOT = 'egeria.omag';

/** What names an access service's topic. */
export interface TopicNameOptions {
  /** The metadata access server's name. */
  readonly serverName: string;
  /** The access service's URL marker, such as `data-manager`. */
  readonly serviceURLMarker: string;
  /** The event bus's topic URL root; default {@link DEFAULT_TOPIC_URL_ROOT}. */
  readonly topicURLRoot?: string;
}

function topicName(options: TopicNameOptions, suffix: 'outTopic' | 'inTopic'): string {
  for (const field of ['serverName', 'serviceURLMarker'] as const) {
    const value: unknown = options[field];
    if (typeof value !== 'string' || value.trim() === '') {
      throw new InvalidParameterException(`${field} is needed to name the ${suffix} of an access service`, {
        messageId: 'EGERIA-TS-OMAS-EVENTS-400-030',
        parameters: [field],
        exceptionProperties: { parameterName: field },
      });
    }
  }
  const root = options.topicURLRoot ?? DEFAULT_TOPIC_URL_ROOT;
  return `${root}.server.${options.serverName}.omas.${options.serviceURLMarker.replace(/-/g, '')}.${suffix}`;
}

/**
 * The name Egeria gives an access service's out topic by default:
 * `egeria.omag.server.{serverName}.omas.{marker without hyphens}.outTopic`. A running server's
 * answer to `GET .../topics/out-topic-connection/{callerId}` is the authority.
 */
export function defaultOutTopicName(options: TopicNameOptions): string {
  return topicName(options, 'outTopic');
}

/**
 * The name Egeria gives an access service's in topic by default:
 * `egeria.omag.server.{serverName}.omas.{marker without hyphens}.inTopic`.
 */
export function defaultInTopicName(options: TopicNameOptions): string {
  return topicName(options, 'inTopic');
}
