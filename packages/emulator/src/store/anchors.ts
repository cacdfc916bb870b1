/**
 * Egeria 5.2's anchors: the `Anchors` classification of an element that belongs to another (its
 * anchor), and the anchor an element's relationships give it, found as 5.2's
 * `OpenMetadataAPIAnchorHandler.deriveAnchorGUID` finds it.
 */
import type { MetadataStore } from './metadata-store';
import type { ClassificationRecord, ElementRecord } from './records';
import { isTypeOf, superTypesOf } from './type-registry';

/** The classification that names an element's anchor. */
export const ANCHORS = 'Anchors';

/** The anchor's domain: its most general supertype below `Referenceable` (the type itself when there is none). */
export function anchorDomainName(typeName: string): string {
  let domain = typeName;
  for (const superType of superTypesOf(typeName)) {
    if (superType !== 'OpenMetadataRoot' && superType !== 'Referenceable') domain = superType;
  }
  return domain;
}

/**
 * The `Anchors` classification of an element anchored to `anchorGUID`: the anchor's GUID, type name
 * and domain (the type and domain are left out when the anchor is not stored).
 */
export function anchorsClassification(
  store: MetadataStore,
  element: ElementRecord,
  anchorGUID: string,
  audit: { readonly userId: string; readonly time: number },
): ClassificationRecord {
  const anchor = store.getElement(anchorGUID);
  return {
    name: ANCHORS,
    properties: {
      anchorGUID,
      ...(anchor === undefined
        ? {}
        : { anchorTypeName: anchor.typeName, anchorDomainName: anchorDomainName(anchor.typeName) }),
    },
    origin: element.origin,
    createdBy: audit.userId,
    createTime: audit.time,
    version: 1,
  };
}

/**
 * The element with the `Anchors` classification its `anchorGUID` calls for (added, replaced or
 * removed); the element itself when it already agrees.
 */
export function withAnchorsClassification(
  store: MetadataStore,
  element: ElementRecord,
  audit: { readonly userId: string; readonly time: number },
): ElementRecord {
  const current = element.classifications[ANCHORS];
  const anchorGUID = element.anchorGUID === element.guid ? undefined : element.anchorGUID;
  if (anchorGUID === undefined) {
    if (current === undefined) return element;
    const classifications = { ...element.classifications };
    delete classifications[ANCHORS];
    return { ...element, classifications };
  }
  if (current !== undefined && current.properties['anchorGUID'] === anchorGUID) return element;
  const next = anchorsClassification(store, element, anchorGUID, audit);
  const classification =
    current === undefined
      ? next
      : {
          ...next,
          createdBy: current.createdBy,
          createTime: current.createTime,
          updatedBy: audit.userId,
          updateTime: audit.time,
          version: current.version + 1,
        };
  return { ...element, classifications: { ...element.classifications, [ANCHORS]: classification } };
}

/** The element at the other end of the first relationship of a type where `guid` is at `end`. */
function otherEnd(store: MetadataStore, guid: string, typeName: string, end: 1 | 2): ElementRecord | undefined {
  for (const relationship of store.relationshipsOf(guid, typeName, end)) {
    const other = store.getElement(end === 1 ? relationship.end2GUID : relationship.end1GUID);
    if (other !== undefined) return other;
  }
  return undefined;
}

/** Schema type parents whose own anchor is the schema type's (5.2 walks them in this order). */
const SCHEMA_TYPE_PARENTS = [
  'SchemaAttributeType',
  'SchemaTypeOption',
  'MapFromElementType',
  'MapToElementType',
  'APIOperations',
  'APIHeader',
  'APIRequest',
  'APIResponse',
];

/**
 * The anchor an element's relationships give it, as 5.2 derives it for the types it knows: schema
 * types and attributes (up to their asset or port), connections (their asset), endpoints (their one
 * server, or themselves when they serve one connection), comments, likes and ratings (what they are
 * attached to), glossary terms and categories (their glossary); an asset or a person is its own.
 * Undefined for any other type, or when no relationship anchors it.
 */
export function deriveAnchorGUID(
  store: MetadataStore,
  element: ElementRecord,
  seen = new Set<string>(),
): string | undefined {
  if (seen.has(element.guid)) return undefined;
  seen.add(element.guid);
  const typeName = element.typeName;
  const derive = (other: ElementRecord | undefined) =>
    other === undefined ? undefined : deriveAnchorGUID(store, other, seen);
  if (isTypeOf(typeName, 'SchemaType')) {
    const asset = otherEnd(store, element.guid, 'AssetSchemaType', 2);
    if (asset !== undefined) return asset.guid;
    for (const relationship of SCHEMA_TYPE_PARENTS) {
      const parent = otherEnd(store, element.guid, relationship, 2);
      if (parent !== undefined) return derive(parent);
    }
    return otherEnd(store, element.guid, 'PortSchema', 2)?.guid;
  }
  if (isTypeOf(typeName, 'SchemaAttribute')) {
    const schemaType = otherEnd(store, element.guid, 'AttributeForSchema', 2);
    if (schemaType !== undefined) return derive(schemaType);
    return derive(otherEnd(store, element.guid, 'NestedSchemaAttribute', 2));
  }
  if (isTypeOf(typeName, 'Connection')) return otherEnd(store, element.guid, 'ConnectionToAsset', 1)?.guid;
  if (isTypeOf(typeName, 'Endpoint')) {
    const servers = store.relationshipsOf(element.guid, 'ServerEndpoint', 2);
    if (servers.length > 0) return servers.length === 1 ? servers[0].end1GUID : undefined;
    return store.relationshipsOf(element.guid, 'ConnectionEndpoint', 1).length === 1 ? element.guid : undefined;
  }
  if (isTypeOf(typeName, 'Comment')) {
    const parent = otherEnd(store, element.guid, 'AttachedComment', 2);
    if (parent === undefined) return undefined;
    return (isTypeOf(parent.typeName, 'Comment') ? derive(parent) : undefined) ?? parent.guid;
  }
  if (isTypeOf(typeName, 'Rating')) return otherEnd(store, element.guid, 'AttachedRating', 2)?.guid;
  if (isTypeOf(typeName, 'Like')) return otherEnd(store, element.guid, 'AttachedLike', 2)?.guid;
  if (isTypeOf(typeName, 'GlossaryTerm')) return otherEnd(store, element.guid, 'TermAnchor', 2)?.guid;
  if (isTypeOf(typeName, 'GlossaryCategory')) return otherEnd(store, element.guid, 'CategoryAnchor', 2)?.guid;
  if (isTypeOf(typeName, 'Asset') || isTypeOf(typeName, 'Person')) return element.guid;
  return undefined;
}

/** The types whose anchor 5.2 can derive from relationships (the others keep the anchor they were created with). */
export function hasDerivableAnchor(typeName: string): boolean {
  return [
    'SchemaType',
    'SchemaAttribute',
    'Connection',
    'Endpoint',
    'Comment',
    'Rating',
    'Like',
    'GlossaryTerm',
    'GlossaryCategory',
  ].some((t) => isTypeOf(typeName, t));
}
