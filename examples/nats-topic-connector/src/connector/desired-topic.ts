import type { CreateTopicOptions } from '@egeria-ts/topic-integrator';
import type { NatsStreamSnapshot } from '../source/stream-snapshot';
import { natsQualifiedName } from './qualified-names';

/** The `deployedImplementationType` of the topics the connector creates. */
export const NATS_STREAM_TYPE = 'NATS JetStream Stream';

/** The separator between the subjects in the `subjects` additional property (subjects never hold spaces). */
export const SUBJECT_SEPARATOR = ', ';

/** The properties of a topic, as the Topic Integrator context takes them (Egeria's `TopicProperties`). */
export type NatsTopicProperties = CreateTopicOptions['topicProperties'];

/** A topic as the catalog should hold it. */
export interface DesiredTopic {
  /** Its qualified name. */
  readonly qualifiedName: string;
  /** The stream it describes. */
  readonly streamName: string;
  /** The properties to write. */
  readonly properties: NatsTopicProperties & { readonly qualifiedName: string };
}

/**
 * The topic of a JetStream stream: its name, description and deployed implementation type, and
 * its configuration as additional properties (strings, as Egeria's `additionalProperties` holds
 * them): `subjects`, `retention`, `storage`, `replicas`, `discard`, `duplicateWindow` always; the
 * limits that are set (`maxAge`, `maxMessages`, `maxBytes`, `maxMessageSize`,
 * `maxMessagesPerSubject`, `maxConsumers`); the flags that are on (`sealed`, `denyDelete`,
 * `denyPurge`, `allowRollup`); `mirror`, `sources`, `compression` when present; `created`; and the
 * stream's own metadata as `metadata.<key>`. Durations are ISO 8601 (`PT24H`). Nothing that
 * changes as messages flow (counts, sizes, sequence numbers) is recorded, so an unchanged stream
 * gives an unchanged topic.
 * @param serverURL - the server, `nats://host:port`
 * @param stream - the stream's configuration
 */
export function desiredTopic(serverURL: string, stream: NatsStreamSnapshot): DesiredTopic {
  const qualifiedName = natsQualifiedName(serverURL, stream.name);
  const additional: Record<string, string> = {};
  if (stream.subjects.length > 0) additional['subjects'] = stream.subjects.join(SUBJECT_SEPARATOR);
  additional['retention'] = stream.retention;
  additional['storage'] = stream.storage;
  additional['replicas'] = String(stream.replicas);
  additional['discard'] = stream.discard;
  if (stream.maxAgeNanos > 0) additional['maxAge'] = isoDuration(stream.maxAgeNanos);
  if (stream.duplicateWindowNanos > 0) additional['duplicateWindow'] = isoDuration(stream.duplicateWindowNanos);
  const limits: ReadonlyArray<[string, number]> = [
    ['maxMessages', stream.maxMessages],
    ['maxBytes', stream.maxBytes],
    ['maxMessageSize', stream.maxMessageSize],
    ['maxMessagesPerSubject', stream.maxMessagesPerSubject],
    ['maxConsumers', stream.maxConsumers],
  ];
  for (const [name, value] of limits) if (value > 0) additional[name] = String(value);
  const flags: ReadonlyArray<[string, boolean]> = [
    ['sealed', stream.sealed],
    ['denyDelete', stream.denyDelete],
    ['denyPurge', stream.denyPurge],
    ['allowRollup', stream.allowRollup],
  ];
  for (const [name, on] of flags) if (on) additional[name] = 'true';
  if (stream.mirror !== undefined) additional['mirror'] = stream.mirror;
  if (stream.sources.length > 0) additional['sources'] = stream.sources.join(SUBJECT_SEPARATOR);
  if (stream.compression !== undefined) additional['compression'] = stream.compression;
  additional['created'] = stream.created;
  for (const [key, value] of Object.entries(stream.metadata)) additional[`metadata.${key}`] = value;
  return {
    qualifiedName,
    streamName: stream.name,
    properties: {
      qualifiedName,
      name: stream.name,
      resourceName: stream.name,
      ...(stream.description === undefined ? {} : { resourceDescription: stream.description }),
      deployedImplementationType: NATS_STREAM_TYPE,
      additionalProperties: additional,
    },
  };
}

/**
 * Writes a duration in nanoseconds as ISO 8601 (`P1DT2H`, `PT1M30S`, `PT0.5S`; `PT0S` for zero).
 * @param nanos - the duration, in nanoseconds
 */
export function isoDuration(nanos: number): string {
  const totalNanos = Math.max(0, Math.round(nanos));
  const NANOS_PER_SECOND = 1_000_000_000;
  let seconds = Math.floor(totalNanos / NANOS_PER_SECOND);
  const fraction = totalNanos % NANOS_PER_SECOND;
  const days = Math.floor(seconds / 86_400);
  seconds -= days * 86_400;
  const hours = Math.floor(seconds / 3600);
  seconds -= hours * 3600;
  const minutes = Math.floor(seconds / 60);
  seconds -= minutes * 60;
  const secondsText =
    fraction === 0 ? String(seconds) : `${seconds}.${String(fraction).padStart(9, '0').replace(/0+$/, '')}`;
  let time = '';
  if (hours > 0) time += `${hours}H`;
  if (minutes > 0) time += `${minutes}M`;
  if (seconds > 0 || fraction > 0) time += `${secondsText}S`;
  if (days === 0 && time === '') return 'PT0S';
  return `P${days > 0 ? `${days}D` : ''}${time === '' ? '' : `T${time}`}`;
}
