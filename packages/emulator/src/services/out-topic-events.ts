/**
 * Builders of out-topic events for the access services whose topics carry only some types (as
 * Egeria's OMRS topic listeners filter them), in the two shapes Egeria 5.2's beans have: element
 * stubs (`CommunityProfileOutboundEvent`, like `DataManagerOutboundEvent`) and element changes with
 * headers and property values (`SecurityManagerOutTopicEvent`, `ITInfrastructureOutTopicEvent`,
 * `AssetConsumerOutTopicEvent`).
 */
import type { EmulatorContext, OutTopicChange } from './context';
import { elementHeader, elementStub, relationshipStub } from './headers';
import type { JsonObject } from '../server/binding';
import { isTypeOf } from '../store/type-registry';

/** The markers of the on-demand topics that a client has asked for, per emulator. */
const ACTIVE_TOPICS = new WeakMap<EmulatorContext, Set<string>>();

/** Marks an access service's out topic as in use (its out-topic connection was asked for). */
export function activateTopic(ctx: EmulatorContext, marker: string): void {
  let active = ACTIVE_TOPICS.get(ctx);
  if (active === undefined) {
    active = new Set();
    ACTIVE_TOPICS.set(ctx, active);
  }
  active.add(marker);
}

/**
 * A topic whose events are built only once a client has asked for its out-topic connection, so
 * that the topics that carry every element change cost nothing (in memory and in the data file)
 * while no one listens. After a restart a topic waits for the next request again.
 */
export function onDemand(
  marker: string,
  build: (ctx: EmulatorContext, change: OutTopicChange) => JsonObject | undefined,
): (ctx: EmulatorContext, change: OutTopicChange) => JsonObject | undefined {
  return (ctx, change) => (ACTIVE_TOPICS.get(ctx)?.has(marker) === true ? build(ctx, change) : undefined);
}

/** Which changes a topic publishes. */
export interface TopicInterest {
  /** Entity types (and their subtypes) whose changes are published. */
  readonly entityTypes: readonly string[];
  /** Relationship types published; `'ends'` publishes those with an end of an interesting entity type. */
  readonly relationshipTypes: readonly string[] | 'ends';
}

function isOfAny(typeName: string, types: readonly string[]): boolean {
  return types.some((t) => isTypeOf(typeName, t));
}

/** True when the topic publishes the change. */
export function interested(ctx: EmulatorContext, interest: TopicInterest, change: OutTopicChange): boolean {
  if (change.element !== undefined) return isOfAny(change.element.typeName, interest.entityTypes);
  const relationship = change.relationship;
  if (relationship === undefined) return false;
  if (interest.relationshipTypes !== 'ends') return isOfAny(relationship.typeName, interest.relationshipTypes);
  return [relationship.end1GUID, relationship.end2GUID].some((guid) => {
    const end = ctx.state.store.getElement(guid);
    return end !== undefined && isOfAny(end.typeName, interest.entityTypes);
  });
}

/**
 * Events in the element-stub shape (`principleElement`, `endOneElement`, `endTwoElement`) with a
 * `class`, for the changes a topic is interested in.
 */
export function stubEvents(
  eventClass: string,
  interest: TopicInterest,
): (ctx: EmulatorContext, change: OutTopicChange) => JsonObject | undefined {
  return (ctx, change) => {
    if (!interested(ctx, interest, change)) return undefined;
    const event: JsonObject = { class: eventClass, eventVersionId: 1, eventType: change.eventType };
    if (change.element !== undefined) {
      event['principleElement'] = elementStub(change.element, ctx.serverName);
      if (change.classificationName !== undefined) event['classificationName'] = change.classificationName;
      return event;
    }
    const relationship = change.relationship;
    if (relationship === undefined) return undefined;
    event['principleElement'] = relationshipStub(relationship, ctx.serverName);
    const end1 = ctx.state.store.getElement(relationship.end1GUID);
    const end2 = ctx.state.store.getElement(relationship.end2GUID);
    if (end1 !== undefined) event['endOneElement'] = elementStub(end1, ctx.serverName);
    if (end2 !== undefined) event['endTwoElement'] = elementStub(end2, ctx.serverName);
    return event;
  };
}

/** Stored properties as an event's plain map. */
function plain(properties: Readonly<Record<string, unknown>>): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(properties)) if (v !== undefined && v !== null) out[k] = v;
  return out;
}

/**
 * Events in the element-change shape (no `class`): `eventTime`, `elementHeader`,
 * `elementProperties`, the values before an update, and the classification's values before a
 * classification change.
 */
export function elementChangeEvents(
  interest: TopicInterest,
): (ctx: EmulatorContext, change: OutTopicChange) => JsonObject | undefined {
  return (ctx, change) => {
    if (!interested(ctx, interest, change)) return undefined;
    const event: JsonObject = { eventVersionId: 1, eventType: change.eventType, eventTime: ctx.now() };
    if (change.relationship !== undefined) {
      event['elementHeader'] = { ...relationshipStub(change.relationship, ctx.serverName), class: 'ElementHeader' };
      event['elementProperties'] = plain(change.relationship.properties);
      return event;
    }
    if (change.element === undefined) return undefined;
    event['elementHeader'] = elementHeader(change.element, ctx.serverName);
    event['elementProperties'] = plain(change.element.properties);
    const previous = change.previousElement;
    if (previous !== undefined && change.classificationName === undefined) {
      event['previousElementHeader'] = elementHeader(previous, ctx.serverName);
      event['previousElementProperties'] = plain(previous.properties);
    }
    if (change.classificationName !== undefined) {
      event['classificationName'] = change.classificationName;
      const before = previous?.classifications[change.classificationName];
      if (before !== undefined) event['previousClassificationProperties'] = plain(before.properties);
    }
    return event;
  };
}
