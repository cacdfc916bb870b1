/**
 * The Asset Manager OMAS out topic: events in the shape of Egeria 5.2's `AssetManagerOutTopicEvent`
 * (no `class` field; the element's header and plain property values, the values before an update,
 * and for relationships the headers and properties of both ends; `endTwoElementProperties` repeats
 * end one's, as Egeria's bean does).
 */
import type { EmulatorContext, OutTopicChange, OutTopicSpec } from './context';
import { elementHeader, relationshipStub } from './headers';
import type { JsonObject } from '../server/binding';
import type { RelationshipRecord } from '../store/records';

/** The Asset Manager's URL marker. */
export const ASSET_MANAGER_MARKER = 'asset-manager';

/** Stored properties as the event's plain map (dates stay epoch milliseconds, as Jackson writes a Date). */
function plain(properties: Readonly<Record<string, unknown>>): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(properties)) if (v !== undefined && v !== null) out[k] = v;
  return out;
}

function relationshipHeader(ctx: EmulatorContext, relationship: RelationshipRecord): JsonObject {
  return { ...relationshipStub(relationship, ctx.serverName), class: 'ElementHeader' };
}

/** Builds the `AssetManagerOutTopicEvent` of a change. */
export function assetManagerEvent(ctx: EmulatorContext, change: OutTopicChange): JsonObject {
  const event: JsonObject = { eventVersionId: 1, eventType: change.eventType, eventTime: ctx.now() };
  if (change.relationship !== undefined) {
    const relationship = change.relationship;
    event['elementHeader'] = relationshipHeader(ctx, relationship);
    event['elementProperties'] = plain(relationship.properties);
    const end1 = ctx.state.store.getElement(relationship.end1GUID);
    const end2 = ctx.state.store.getElement(relationship.end2GUID);
    if (end1 !== undefined) {
      event['endOneElementHeader'] = elementHeader(end1, ctx.serverName);
      event['endOneElementProperties'] = plain(end1.properties);
      // Egeria's getter of endTwoElementProperties returns end one's map.
      event['endTwoElementProperties'] = plain(end1.properties);
    }
    if (end2 !== undefined) event['endTwoElementHeader'] = elementHeader(end2, ctx.serverName);
    return event;
  }
  if (change.element !== undefined) {
    event['elementHeader'] = elementHeader(change.element, ctx.serverName);
    event['elementProperties'] = plain(change.element.properties);
  }
  const previous = change.previousElement;
  if (previous !== undefined) {
    event['previousElementHeader'] = elementHeader(previous, ctx.serverName);
    event['previousElementProperties'] = plain(previous.properties);
  }
  if (change.classificationName !== undefined) {
    event['classificationName'] = change.classificationName;
    const before = previous?.classifications[change.classificationName];
    if (before !== undefined) event['previousClassificationProperties'] = plain(before.properties);
  }
  return event;
}

/** The Asset Manager OMAS out topic, for the emulator's list of served out topics. */
export const ASSET_MANAGER_OUT_TOPIC: OutTopicSpec = {
  marker: ASSET_MANAGER_MARKER,
  eventClass: 'AssetManagerOutTopicEvent',
  buildEvent: assetManagerEvent,
};
