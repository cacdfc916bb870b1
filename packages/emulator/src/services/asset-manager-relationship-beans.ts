/**
 * What the Asset Manager's glossary and external reference exchanges do with the relationships they
 * make between two elements (set-up is `linkOnce` of asset-manager-links.ts): reading their
 * properties beans, a link that is always new, update and removal with the provenance rule, and the
 * `RelatedElement` bean that term lists carry.
 */
import type { JsonObject } from '../server/binding';
import { badRequest } from '../server/spring-errors';
import { parseJavaDate, formatJavaDate } from '../util/dates';
import { newGUID, originFor } from './context';
import type { EmulatorContext, MetadataSourceRef, Transaction } from './context';
import { checkProvenance } from './elements';
import type { CallInfo } from './elements';
import { elementStub, relationshipStub } from './headers';
import type { RelationshipRecord } from '../store/records';

/** How to read a relationship properties bean: its string fields, and its enum fields with their constants. */
export interface RelationshipBeanSpec {
  /** The bean's `class`. */
  readonly className: string;
  /** Bean field -> stored property, for string fields. */
  readonly strings: Readonly<Record<string, string>>;
  /** Bean field -> the enum's constants, for enum fields (stored under the same name). */
  readonly enums?: Readonly<Record<string, readonly string[]>>;
}

/**
 * The stored properties of a relationship properties bean of the class expected, with
 * `effectiveFrom` / `effectiveTo` (epoch milliseconds); an enum constant Jackson would not know is
 * Spring's 400. A bean of another class gives only its effective dates.
 */
export function readRelationshipProperties(spec: RelationshipBeanSpec, raw: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (typeof raw !== 'object' || raw === null) return out;
  const bean = raw as JsonObject;
  for (const field of ['effectiveFrom', 'effectiveTo']) {
    const value = bean[field];
    if (value === null || value === undefined) continue;
    try {
      out[field] = parseJavaDate(value);
    } catch {
      throw badRequest(`Cannot deserialize ${spec.className}.${field} from ${JSON.stringify(value)}`);
    }
  }
  if (bean['class'] !== spec.className) return out;
  for (const [field, property] of Object.entries(spec.strings)) {
    const value = bean[field];
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      out[property] = String(value);
    }
  }
  for (const [field, constants] of Object.entries(spec.enums ?? {})) {
    const value = bean[field];
    if (value === null || value === undefined) continue;
    if (typeof value !== 'string' || !constants.includes(value)) {
      throw badRequest(`Cannot deserialize ${spec.className}.${field} from ${JSON.stringify(value)}`);
    }
    out[field] = value;
  }
  return out;
}

/** Creates a relationship without looking for an existing one (Egeria's `multiLinkElementToElement`). */
export function newLink(
  tx: Transaction,
  link: {
    readonly typeName: string;
    readonly end1GUID: string;
    readonly end2GUID: string;
    readonly properties: Record<string, unknown>;
    readonly owner: MetadataSourceRef | undefined;
  },
  call: CallInfo,
): RelationshipRecord {
  const relationship: RelationshipRecord = {
    guid: newGUID(),
    typeName: link.typeName,
    end1GUID: link.end1GUID,
    end2GUID: link.end2GUID,
    properties: link.properties,
    origin: originFor(tx.ctx, link.owner),
    createdBy: call.userId,
    createTime: tx.ctx.now(),
    version: 1,
  };
  tx.createRelationship(relationship);
  return relationship;
}

/** Changes a relationship's properties (merge keeps those not sent), for its owner only. */
export function updateLink(
  tx: Transaction,
  relationship: RelationshipRecord,
  properties: Record<string, unknown>,
  isMergeUpdate: boolean,
  source: { guid?: string; name?: string },
  call: CallInfo,
): void {
  checkProvenance(relationship, source, call);
  tx.reviseRelationship(
    relationship,
    isMergeUpdate ? { ...relationship.properties, ...properties } : properties,
    call.userId,
  );
}

/** Removes a relationship, for its owner only. */
export function unlink(
  tx: Transaction,
  relationship: RelationshipRecord,
  source: { guid?: string; name?: string },
  call: CallInfo,
): void {
  checkProvenance(relationship, source, call);
  tx.deleteRelationship(relationship);
}

/** The `ElementHeader` of a relationship. */
export function relationshipElementHeader(ctx: EmulatorContext, relationship: RelationshipRecord): JsonObject {
  return { ...relationshipStub(relationship, ctx.serverName), class: 'ElementHeader' };
}

/**
 * The `RelatedElement` bean of an element found through a relationship: the relationship's header,
 * its effective dates with every other property under `extendedProperties` (as Egeria 5.2's
 * `GlossaryTermConverter` fills them), and the element the list started from. (5.2's converter
 * always reports end one, which is the listed element itself when the list starts at end two.)
 * @param relatedGUID - the element the list started from
 */
export function relatedElementBean(
  ctx: EmulatorContext,
  relationship: RelationshipRecord,
  relatedGUID: string,
): JsonObject {
  const properties: JsonObject = { class: 'RelationshipProperties' };
  const extended: JsonObject = {};
  for (const [k, v] of Object.entries(relationship.properties)) {
    if (v === undefined || v === null) continue;
    if (k === 'effectiveFrom' || k === 'effectiveTo') properties[k] = typeof v === 'number' ? formatJavaDate(v) : v;
    else extended[k] = v;
  }
  if (Object.keys(extended).length > 0) properties['extendedProperties'] = extended;
  const out: JsonObject = {
    relationshipHeader: relationshipElementHeader(ctx, relationship),
    relationshipProperties: properties,
  };
  const related = ctx.state.store.getElement(relatedGUID);
  if (related !== undefined) out['relatedElement'] = elementStub(related, ctx.serverName);
  return out;
}
