/**
 * Relationships between two elements as Egeria's generic handlers make them: `linkElementToElement`
 * (a second link of the same type between the same two elements updates the first),
 * `unlinkElementFromElement` (only the owner may remove a link), the properties of a
 * `RelationshipRequestBody`, and the `RelatedElement` bean a relationship is returned in.
 */
import { invalidParameter } from '../ffdc/ffdc';
import type { JsonObject } from '../server/binding';
import type { ElementRecord, RelationshipRecord } from '../store/records';
import { formatJavaDate } from '../util/dates';
import { beanFields, readBean } from './bean-fields';
import type { MetadataSourceRef, Transaction } from './context';
import type { EmulatorContext } from './context';
import { link } from './database-manager';
import { checkProvenance } from './elements';
import type { CallInfo } from './elements';
import { elementStub, relationshipStub } from './headers';

/** How the properties of one relationship type arrive and are kept. */
export interface RelationshipBean {
  /** The properties bean the request must carry (its `class`). */
  readonly beanClass: string;
  /** The Java class Egeria names when another class arrives. */
  readonly javaClass: string;
  /** Bean fields stored under another name (Egeria's repository property name). */
  readonly stored?: Readonly<Record<string, string>>;
  /** What Egeria stores when the request carries no properties. */
  readonly whenAbsent: Readonly<Record<string, unknown>>;
}

/**
 * The properties to store for a relationship from a request's `properties`: Egeria's defaults when
 * there are none, INVALID_PROPERTIES_OBJECT when they are of another class. Fields the request
 * leaves out take the bean's defaults (Jackson's view of a Java primitive); `extendedProperties`
 * are not kept (Egeria's handlers build these relationships' properties field by field).
 */
export function relationshipPropertiesOf(
  bean: RelationshipBean,
  raw: unknown,
  call: CallInfo,
): Record<string, unknown> {
  if (raw === undefined || raw === null) return { ...bean.whenAbsent };
  const cls = typeof raw === 'object' ? (raw as JsonObject)['class'] : undefined;
  if (cls !== bean.beanClass) {
    throw invalidParameter('INVALID_PROPERTIES_OBJECT', [call.action, bean.javaClass], call.action, undefined);
  }
  const read = readBean(bean.beanClass, raw as JsonObject);
  const out: Record<string, unknown> = {};
  for (const [field, spec] of beanFields(bean.beanClass)) {
    if (field === 'extendedProperties') continue;
    const value = read[field] ?? spec.defaultValue;
    if (value !== undefined) out[bean.stored?.[field] ?? field] = value;
  }
  return out;
}

/** The relationships of a type from `end1` to `end2`. */
export function relationshipsBetween(
  ctx: EmulatorContext,
  typeName: string,
  end1GUID: string,
  end2GUID: string,
): RelationshipRecord[] {
  return ctx.state.store.relationshipsOf(end1GUID, typeName, 1).filter((r) => r.end2GUID === end2GUID);
}

/**
 * Links two elements, or, when a relationship of the type already joins them, updates its
 * properties (on behalf of its owner only). Nothing changes when the properties are the same.
 */
export function linkBetween(
  tx: Transaction,
  typeName: string,
  end1: ElementRecord,
  end2: ElementRecord,
  owner: MetadataSourceRef | undefined,
  properties: Record<string, unknown>,
  call: CallInfo,
): void {
  const existing = relationshipsBetween(tx.ctx, typeName, end1.guid, end2.guid)[0];
  if (existing === undefined) {
    link(tx, typeName, end1.guid, end2.guid, owner, call, properties);
    return;
  }
  checkProvenance(existing, owner, call);
  updateLinkProperties(tx, existing, properties, call);
}

/** Replaces a relationship's properties (a new version and an event), unless they are unchanged. */
export function updateLinkProperties(
  tx: Transaction,
  relationship: RelationshipRecord,
  properties: Record<string, unknown>,
  call: CallInfo,
): void {
  if (JSON.stringify(sorted(relationship.properties)) === JSON.stringify(sorted(properties))) return;
  tx.reviseRelationship(relationship, properties, call.userId);
}

/** Removes the relationships of a type from `end1` to `end2` (each after the provenance check); none is not an error. */
export function unlinkBetween(
  tx: Transaction,
  typeName: string,
  end1GUID: string,
  end2GUID: string,
  source: { guid?: string; name?: string },
  call: CallInfo,
): void {
  const found = relationshipsBetween(tx.ctx, typeName, end1GUID, end2GUID);
  for (const relationship of found) checkProvenance(relationship, source, call);
  for (const relationship of found) tx.deleteRelationship(relationship);
}

/** A relationship's `ElementHeader` (as `RelatedElement.relationshipHeader` carries it). */
export function relationshipHeader(relationship: RelationshipRecord, serverName: string): JsonObject {
  return { ...relationshipStub(relationship, serverName), class: 'ElementHeader' };
}

/**
 * Egeria's `RelatedElement`: the relationship's header, its properties as a plain
 * `RelationshipProperties` (effectivity dates, the rest under `extendedProperties`) and a stub of
 * `element`.
 */
export function relatedElementBean(
  ctx: EmulatorContext,
  relationship: RelationshipRecord,
  element: ElementRecord,
): JsonObject {
  const properties: JsonObject = { class: 'RelationshipProperties' };
  const remaining: JsonObject = {};
  for (const [name, value] of Object.entries(relationship.properties)) {
    if (name === 'effectiveFrom' || name === 'effectiveTo') {
      properties[name] = typeof value === 'number' ? formatJavaDate(value) : value;
    } else remaining[name] = value;
  }
  if (Object.keys(remaining).length > 0) properties['extendedProperties'] = remaining;
  return {
    relationshipHeader: relationshipHeader(relationship, ctx.serverName),
    relationshipProperties: properties,
    relatedElement: elementStub(element, ctx.serverName),
  };
}

function sorted(value: Readonly<Record<string, unknown>>): [string, unknown][] {
  return Object.entries(value).sort(([a], [b]) => a.localeCompare(b));
}
