import {
  InvalidParameterException,
  OUT_TOPIC_EVENT_TYPE_INFO,
  OutTopicEventType,
  describeValue,
} from '@egeria-ts/core';
import type { BeanSpec, ValueReader } from './internal/bean-reader';
import {
  FieldError,
  bean,
  classReader,
  enumReader,
  readBean,
  readBoolean,
  readDate,
  readLong,
  readPropertyMap,
  readString,
} from './internal/bean-reader';
import { ELEMENT_HEADER, ELEMENT_STUB } from './internal/element-header-specs';
import { EventMessages } from './internal/messages';

/**
 * Turns a payload received from a topic into a typed event. Throws an
 * `InvalidParameterException` whose `parameterName` names the field at fault (`event` for the
 * payload as a whole); topic connectors log it and go on with the next event.
 */
export interface OutTopicEventParser<E> {
  /** The bean name, such as `DataManagerOutboundEvent`, used in error messages. */
  readonly eventName: string;
  /** Parses one payload: a JSON string, UTF-8 bytes, or an already decoded JSON value. */
  parse(payload: unknown): E;
}

/**
 * The kinds of field an out-topic event bean has: `class` (the Jackson discriminator, checked
 * against the spec's `className` when present), `string`, `long` (a whole number), `boolean`,
 * `date` (ISO-8601 or epoch milliseconds, read as a `Date`), `eventType` (name or code; unknown
 * ones become `UNKNOWN_EVENT`, or the spec's own unknown type), `elementHeader`, `elementStub` and `propertyMap`.
 */
export type OutTopicEventFieldKind =
  'class' | 'string' | 'long' | 'boolean' | 'date' | 'eventType' | 'elementHeader' | 'elementStub' | 'propertyMap';

/**
 * An access service's own event types, for a service whose events do not use the twelve of
 * `OutTopicEventType` (such as the Governance Server OMAS).
 */
export interface OutTopicEventTypes {
  /** Every event type name, with its code (Egeria's `eventTypeCode`). */
  readonly codes: Readonly<Record<string, number>>;
  /** The type given to an event whose type is unknown or missing. */
  readonly unknown: string;
}

/** Describes an out-topic event bean: its name and the kind of each of its fields. */
export interface OutTopicEventSpec<E extends object> {
  /** The bean name, such as `AssetManagerOutTopicEvent`. */
  readonly eventName: string;
  /**
   * The value a `class` field must have when the event carries one; a list when the bean has
   * subclasses (Jackson writes the subclass's name).
   */
  readonly className?: string | readonly string[];
  /** Every field of the bean, with its kind. Fields not listed here are ignored when parsing. */
  readonly fields: { readonly [K in keyof E & string]-?: OutTopicEventFieldKind };
  /** Event types beyond the twelve of `OutTopicEventType`, with their codes. */
  readonly extraEventTypes?: Readonly<Record<string, number>>;
  /** The service's own event types, replacing the twelve of `OutTopicEventType` (and `extraEventTypes`). */
  readonly eventTypes?: OutTopicEventTypes;
}

const STANDARD_EVENT_TYPE_CODES: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(OUT_TOPIC_EVENT_TYPE_INFO).map(([name, info]) => [name, info.ordinal]),
);

function readerFor(kind: OutTopicEventFieldKind, spec: OutTopicEventSpec<object>): ValueReader {
  switch (kind) {
    case 'class':
      return classReader(spec.className);
    case 'string':
      return readString;
    case 'long':
      return readLong;
    case 'boolean':
      return readBoolean;
    case 'date':
      return readDate;
    case 'eventType':
      return spec.eventTypes !== undefined
        ? enumReader(spec.eventTypes.codes, spec.eventTypes.unknown)
        : enumReader({ ...STANDARD_EVENT_TYPE_CODES, ...spec.extraEventTypes }, OutTopicEventType.UNKNOWN_EVENT);
    case 'elementHeader':
      return bean(ELEMENT_HEADER);
    case 'elementStub':
      return bean(ELEMENT_STUB);
    case 'propertyMap':
      return readPropertyMap;
  }
}

/** Decodes a payload to a JSON value; strings and bytes are parsed, anything else is taken as decoded. */
export function decodePayload(payload: unknown, eventName: string): unknown {
  let text: string;
  if (typeof payload === 'string') text = payload;
  else if (payload instanceof Uint8Array)
    text = Buffer.from(payload.buffer, payload.byteOffset, payload.length).toString('utf8');
  else return payload;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw InvalidParameterException.fromDefinition(
      EventMessages.EVENT_NOT_JSON,
      [eventName, error instanceof Error ? error.message : String(error)],
      { cause: error, exceptionProperties: { parameterName: 'event', parameterValue: describeValue(text) } },
    );
  }
}

/**
 * Builds a tolerant parser from a spec: unknown fields are ignored, null and missing fields are
 * left out, dates are read from ISO strings or epoch milliseconds, an unknown or missing event type
 * becomes `UNKNOWN_EVENT`, and a field of the wrong kind is an `InvalidParameterException` naming its path.
 * Every access service's event parser is built this way.
 */
export function createOutTopicEventParser<E extends object>(spec: OutTopicEventSpec<E>): OutTopicEventParser<E> {
  const fields = Object.entries(spec.fields as Record<string, OutTopicEventFieldKind>).map(
    ([name, kind]) => [name, readerFor(kind, spec as OutTopicEventSpec<object>)] as const,
  );
  const beanSpec: BeanSpec = { fields };
  const eventName = spec.eventName;
  const unknownType: string = spec.eventTypes?.unknown ?? OutTopicEventType.UNKNOWN_EVENT;
  const eventTypeFields = fields
    .filter(([name]) => spec.fields[name as keyof E & string] === 'eventType')
    .map(([n]) => n);
  return {
    eventName,
    parse(payload: unknown): E {
      const json = decodePayload(payload, eventName);
      try {
        const event = readBean(beanSpec, json);
        for (const name of eventTypeFields) event[name] ??= unknownType;
        return event as E;
      } catch (error) {
        if (!(error instanceof FieldError)) throw error;
        const path = error.path === '' ? 'event' : error.path;
        throw InvalidParameterException.fromDefinition(
          EventMessages.EVENT_FIELD_INVALID,
          [eventName, path, error.expected, describeValue(error.value)],
          { exceptionProperties: { parameterName: path, parameterValue: describeValue(error.value) } },
        );
      }
    },
  };
}

/** A parser that only decodes JSON: listeners get the event as the server sent it. */
export const rawEventParser: OutTopicEventParser<unknown> = Object.freeze({
  eventName: 'event',
  parse(payload: unknown): unknown {
    return decodePayload(payload, 'event');
  },
});
