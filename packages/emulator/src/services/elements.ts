/**
 * The one element mechanism every service uses: look up, create, update (merge or replace),
 * delete, search, page and render elements of a kind, with Egeria's checks and errors
 * (metadata source identity, unique qualified names, provenance, paging limits).
 */
import { InvalidParameterException, UserNotAuthorizedException } from '@egeria-ts/core';
import type { EgeriaError } from '@egeria-ts/core';
import {
  egeriaError,
  invalidParameter,
  nullGUID,
  nullName,
  nullPointer,
  ENTITY_NOT_KNOWN_CLASS,
  EXCEPTION_PACKAGE,
} from '../ffdc/ffdc';
import type { ElementRecord, RelationshipRecord } from '../store/records';
import { isTypeOf } from '../store/type-registry';
import { resolveForRead } from '../store/visibility';
import { deriveAnchorGUID, hasDerivableAnchor } from '../store/anchors';
import { compileJavaRegex } from '../util/java-regex';
import { readBean, writeBean } from './bean-fields';
import { elementHeader } from './headers';
import { newGUID, originFor } from './context';
import type { EmulatorContext, MetadataSourceRef, Transaction } from './context';
import type { JsonObject } from '../server/binding';

/** Who is calling and for which operation: what every error names. */
export interface CallInfo {
  /** The user in the URL. */
  readonly userId: string;
  /** Egeria's method name. */
  readonly action: string;
  /** The service name Egeria's handlers report, such as `Data Manager OMAS`. */
  readonly service: string;
  /** The request's `forLineage`: Memento (archived) elements are seen too. */
  readonly forLineage?: boolean;
  /** The request's `forDuplicateProcessing`: known duplicates are seen as stored, not deduplicated. */
  readonly forDuplicateProcessing?: boolean;
}

/** A kind of element a service serves. */
export interface ElementKind {
  /** The open metadata type a new element gets (unless the properties name a subtype). */
  readonly typeName: string;
  /** The properties bean written on output, which also names the fields stored. */
  readonly propertiesClass: string;
  /** Properties `class` values accepted on create and update (the bean and its subclasses). */
  readonly acceptedPropertiesClasses: readonly string[];
  /** The Java class Egeria names when the properties are missing or of another class. */
  readonly javaPropertiesClass: string;
  /** The element bean's field for the properties, such as `databaseProperties`. */
  readonly beanField: string;
  /** Properties compared on a search by exact name. */
  readonly nameProperties: readonly string[];
  /** Whether a stored element is of this kind (default: its type is the kind's type or a subtype). */
  readonly matches?: (element: ElementRecord) => boolean;
  /** Further fields of the element bean. */
  readonly extras?: (ctx: EmulatorContext, element: ElementRecord) => JsonObject;
}

/** True when the element is of the kind. */
export function isKind(kind: ElementKind, element: ElementRecord): boolean {
  return kind.matches !== undefined ? kind.matches(element) : isTypeOf(element.typeName, kind.typeName);
}

/** Renders an element bean: `elementHeader` plus the kind's properties bean and extras. */
export function renderElement(ctx: EmulatorContext, kind: ElementKind, element: ElementRecord): JsonObject {
  const properties = writeBean(kind.propertiesClass, element.properties);
  // Egeria's converters report the element's own type name.
  properties['typeName'] = element.typeName;
  return {
    elementHeader: elementHeader(element, ctx.serverName),
    [kind.beanField]: properties,
    ...(kind.extras?.(ctx, element) ?? {}),
  };
}

/** Reads `externalSourceGUID` / `externalSourceName` from a request body. */
export function sourceOf(body: JsonObject | undefined): { guid?: string; name?: string } {
  const guid = body?.['externalSourceGUID'];
  const name = body?.['externalSourceName'];
  return {
    guid: typeof guid === 'string' && guid !== '' ? guid : undefined,
    name: typeof name === 'string' && name !== '' ? name : undefined,
  };
}

/**
 * Checks the metadata source named on a create, as Egeria's handlers do: when one is named, it
 * must be a stored software capability whose qualified name is the name given.
 */
export function verifySource(
  ctx: EmulatorContext,
  source: { guid?: string; name?: string },
  call: CallInfo,
): MetadataSourceRef | undefined {
  if (source.guid === undefined && source.name === undefined) return undefined;
  const notReturned = (cause: EgeriaError) =>
    egeriaError(
      InvalidParameterException,
      'INTEGRATOR_NOT_RETURNED',
      [call.service, call.action, source.guid, source.name, cause.message],
      {
        actionDescription: call.action,
        exceptionProperties: source.guid === undefined ? undefined : { parameterName: source.guid },
        exceptionCausedBy: `${EXCEPTION_PACKAGE}.InvalidParameterException`,
      },
    );
  if (source.guid === undefined) throw notReturned(nullGUID('externalSourceGUID', call.action));
  const capability = ctx.state.store.getElement(source.guid);
  if (capability === undefined || !isTypeOf(capability.typeName, 'SoftwareCapability')) {
    throw notReturned(unknownEntity(ctx, 'SoftwareCapability', source.guid, 'externalSourceGUID', call));
  }
  if (source.name === undefined) {
    // Egeria compares the name without a null check and fails with a NullPointerException.
    throw nullPointer('externalSourceName is null', call.action);
  }
  const qualifiedName = capability.properties['qualifiedName'];
  if (qualifiedName !== source.name) {
    const cause = invalidParameter(
      'BAD_INTEGRATOR_NAME',
      [call.service, call.action, source.name, qualifiedName, source.guid],
      call.action,
      source.guid,
    );
    throw notReturned(cause);
  }
  return { guid: source.guid, name: source.name };
}

/** Egeria's error for an unknown entity GUID. */
export function unknownEntity(
  ctx: EmulatorContext,
  typeName: string,
  guid: string,
  parameterName: string,
  call: CallInfo,
): EgeriaError {
  const repositoryMessage = `OMRS-REPOSITORY-404-002 No entity with guid ${guid} is stored in open metadata repository ${ctx.serverName} (call getEntityDetail)`;
  return invalidParameter(
    'UNKNOWN_ENTITY',
    [typeName, guid, call.action, call.service, ctx.serverName, repositoryMessage],
    call.action,
    parameterName,
    ENTITY_NOT_KNOWN_CLASS,
  );
}

/** Egeria's error for an unknown relationship GUID. */
export function unknownRelationship(
  ctx: EmulatorContext,
  typeName: string,
  guid: string,
  parameterName: string,
  call: CallInfo,
): EgeriaError {
  const repositoryMessage = `OMRS-REPOSITORY-404-003 No relationship with guid ${guid} is stored in open metadata repository ${ctx.serverName} (call getRelationship)`;
  return invalidParameter(
    'UNKNOWN_RELATIONSHIP',
    [typeName, guid, call.action, call.service, ctx.serverName, repositoryMessage],
    call.action,
    parameterName,
    'org.odpi.openmetadata.repositoryservices.ffdc.exception.RelationshipNotKnownException',
  );
}

/** Egeria's error for an element the request may not see (`OMAG-REPOSITORY-HANDLER-400-010`). */
function unavailableEntity(
  element: ElementRecord,
  typeName: string,
  parameterName: string,
  call: CallInfo,
): EgeriaError {
  const classificationNames = `[${Object.keys(element.classifications).join(', ')}]`;
  return invalidParameter(
    'UNAVAILABLE_ENTITY',
    [
      typeName,
      element.guid,
      'getEntityByGUID',
      call.action,
      call.userId,
      '<null>',
      '<null>',
      '<null>',
      classificationNames,
      String(call.forLineage === true),
      String(call.forDuplicateProcessing === true),
    ],
    call.action,
    parameterName,
  );
}

/**
 * What a read sees of an element it found, with Egeria's errors: a Memento only with `forLineage`,
 * a known duplicate deduplicated unless `forDuplicateProcessing` (see {@link resolveForRead}), and
 * only while its anchor exists and may be seen too.
 * @param typeName - the type the read asks for
 * @param parameterName - the parameter that carried the element's GUID
 */
export function readableElement(
  ctx: EmulatorContext,
  element: ElementRecord,
  typeName: string,
  parameterName: string,
  call: CallInfo,
): ElementRecord {
  const store = ctx.state.store;
  const resolved = resolveForRead(store, element, typeName, call);
  if (resolved === undefined) throw unavailableEntity(element, typeName, parameterName, call);
  const anchorGUID = resolved.anchorGUID;
  if (anchorGUID !== undefined && anchorGUID !== resolved.guid) {
    const anchor = store.getElement(anchorGUID);
    if (anchor === undefined) throw unknownEntity(ctx, 'Referenceable', anchorGUID, 'anchorIdentifiers', call);
    if (resolveForRead(store, anchor, anchor.typeName, call) === undefined) {
      throw unavailableEntity(anchor, 'Referenceable', 'anchorIdentifiers', call);
    }
  }
  return resolved;
}

/**
 * The elements of a list that the request may see, each as it sees it ({@link readableElement}):
 * the others are left out, as Egeria's handlers skip them.
 * @param typeName - the type the list is of (peers of another type are not merged into a duplicate)
 */
export function visibleElements(
  ctx: EmulatorContext,
  call: CallInfo,
  elements: readonly ElementRecord[],
  typeName = 'OpenMetadataRoot',
): ElementRecord[] {
  const out: ElementRecord[] = [];
  const seen = new Set<string>();
  for (const element of elements) {
    if (seen.has(element.guid)) continue;
    seen.add(element.guid);
    try {
      out.push(readableElement(ctx, element, typeName, 'guid', call));
    } catch {
      // Not visible to this request.
    }
  }
  return out;
}

/** True when the request may see the element ({@link readableElement}). */
export function isVisibleTo(ctx: EmulatorContext, call: CallInfo, element: ElementRecord): boolean {
  return visibleElements(ctx, call, [element]).length === 1;
}

/**
 * Fetches an element that must exist, be of a type and be visible to the request
 * ({@link readableElement}); a known duplicate comes back as the request sees it.
 * @param guid - the GUID received (empty is Egeria's null-GUID error)
 * @param typeName - the type it must be (or a subtype of)
 * @param parameterName - the parameter that carried the GUID
 */
export function requireElement(
  ctx: EmulatorContext,
  guid: string | undefined,
  typeName: string,
  parameterName: string,
  call: CallInfo,
): ElementRecord {
  if (guid === undefined || guid === '') throw nullGUID(parameterName, call.action);
  const element = ctx.state.store.getElement(guid);
  if (element === undefined) throw unknownEntity(ctx, typeName, guid, parameterName, call);
  if (!isTypeOf(element.typeName, typeName)) {
    throw invalidParameter(
      'INSTANCE_WRONG_TYPE_FOR_GUID',
      ['validateEntityGUID', guid, element.typeName, typeName, call.action],
      call.action,
      'guid',
    );
  }
  return readableElement(ctx, element, typeName, parameterName, call);
}

/** Fetches an element of a kind (type check plus the kind's own test). */
export function requireKind(
  ctx: EmulatorContext,
  kind: ElementKind,
  guid: string | undefined,
  parameterName: string,
  call: CallInfo,
): ElementRecord {
  const element = requireElement(ctx, guid, kind.typeName, parameterName, call);
  if (!isKind(kind, element)) {
    throw invalidParameter(
      'INSTANCE_WRONG_TYPE_FOR_GUID',
      ['validateEntityGUID', element.guid, element.typeName, kind.typeName, call.action],
      call.action,
      'guid',
    );
  }
  return element;
}

/**
 * Egeria's provenance rule: an element created by a metadata source may be changed only on behalf
 * of that source. Elements created without one may be changed by anyone.
 */
export function checkProvenance(
  instance: Pick<ElementRecord | RelationshipRecord, 'origin' | 'typeName' | 'guid'>,
  source: MetadataSourceRef | { guid?: string; name?: string } | undefined,
  call: CallInfo,
): void {
  if (instance.origin.provenance !== 'EXTERNAL_SOURCE') return;
  const owner = instance.origin;
  const guid = source?.guid;
  if (guid !== undefined && guid === owner.metadataCollectionId) return;
  if (guid !== undefined) {
    throw egeriaError(
      UserNotAuthorizedException,
      'WRONG_EXTERNAL_SOURCE',
      [
        call.action,
        guid,
        source?.name,
        instance.typeName,
        instance.guid,
        'External Source',
        owner.metadataCollectionId,
        owner.metadataCollectionName,
      ],
      { actionDescription: call.action, exceptionProperties: { userId: call.userId } },
    );
  }
  throw egeriaError(
    UserNotAuthorizedException,
    'LOCAL_CANNOT_CHANGE_EXTERNAL',
    [
      call.action,
      instance.typeName,
      instance.guid,
      'External Source',
      owner.metadataCollectionId,
      owner.metadataCollectionName,
      call.userId,
    ],
    { actionDescription: call.action, exceptionProperties: { userId: call.userId } },
  );
}

/** Egeria's unique-name rule: a qualified name belongs to at most one element. */
export function checkUniqueName(
  ctx: EmulatorContext,
  qualifiedName: string,
  typeName: string,
  excludeGUID: string | undefined,
  call: CallInfo,
): void {
  const clash = ctx.state.store.elementsWithQualifiedName(qualifiedName).some((e) => e.guid !== excludeGUID);
  if (clash) {
    throw invalidParameter(
      'UNIQUE_NAME_ALREADY_IN_USE',
      [call.action, call.service, typeName, 'qualifiedName', qualifiedName],
      call.action,
      'qualifiedName',
    );
  }
}

/** Reads and checks the properties object of a create or update. */
export function readKindProperties(
  kind: ElementKind,
  raw: unknown,
  call: CallInfo,
  qualifiedNameRequired: boolean,
): Record<string, unknown> {
  const cls = typeof raw === 'object' && raw !== null ? (raw as JsonObject)['class'] : undefined;
  if (typeof cls !== 'string' || !kind.acceptedPropertiesClasses.includes(cls)) {
    throw invalidParameter(
      'INVALID_PROPERTIES_OBJECT',
      [call.action, kind.javaPropertiesClass],
      call.action,
      undefined,
    );
  }
  const properties = readBean(kind.propertiesClass, raw as JsonObject);
  if (
    qualifiedNameRequired &&
    (typeof properties['qualifiedName'] !== 'string' || properties['qualifiedName'] === '')
  ) {
    throw nullName('qualifiedName', call.action);
  }
  return properties;
}

/** Options of {@link createElement}. */
export interface CreateOptions {
  /** The type (defaults to the kind's type, or the `typeName` in the properties). */
  readonly typeName?: string;
  /** Stored properties (already read). */
  readonly properties: Record<string, unknown>;
  /** The owning metadata source. */
  readonly source: MetadataSourceRef | undefined;
  /** The element this one is anchored to. */
  readonly anchorGUID?: string;
  /** The instance status, when it is not `ACTIVE`. */
  readonly status?: string;
}

/** Creates an element after the unique-name check. */
export function createElement(
  tx: Transaction,
  kind: ElementKind,
  options: CreateOptions,
  call: CallInfo,
): ElementRecord {
  const ctx = tx.ctx;
  const typeName = options.typeName ?? pickTypeName(kind, options.properties);
  const qualifiedName = options.properties['qualifiedName'];
  if (typeof qualifiedName === 'string') checkUniqueName(ctx, qualifiedName, typeName, undefined, call);
  const element: ElementRecord = {
    guid: newGUID(),
    typeName,
    properties: stripUndefined(options.properties),
    classifications: {},
    origin: originFor(ctx, options.source),
    createdBy: call.userId,
    createTime: ctx.now(),
    version: 1,
    anchorGUID: options.anchorGUID,
    ...(options.status === undefined || options.status === 'ACTIVE' ? {} : { status: options.status }),
  };
  return tx.createElement(element);
}

/** The type named in the properties when it is a subtype of the kind's type, else the kind's type. */
export function pickTypeName(kind: ElementKind, properties: Record<string, unknown>): string {
  const requested = properties['typeName'];
  if (typeof requested === 'string' && requested !== '' && isTypeOf(requested, kind.typeName)) return requested;
  return kind.typeName;
}

/**
 * Updates an element's properties: a merge keeps the properties not sent, a replace keeps only
 * those sent. Nothing happens (no new version, no event) when nothing changes.
 */
export function updateElement(
  tx: Transaction,
  element: ElementRecord,
  properties: Record<string, unknown>,
  isMergeUpdate: boolean,
  source: { guid?: string; name?: string },
  call: CallInfo,
): ElementRecord {
  checkProvenance(element, source, call);
  const next = stripUndefined(isMergeUpdate ? { ...element.properties, ...properties } : { ...properties });
  const qualifiedName = next['qualifiedName'];
  if (typeof qualifiedName === 'string' && qualifiedName !== element.properties['qualifiedName']) {
    checkUniqueName(tx.ctx, qualifiedName, element.typeName, element.guid, call);
  }
  if (sameProperties(element.properties, next)) return element;
  const updated: ElementRecord = {
    ...element,
    properties: next,
    updatedBy: call.userId,
    updateTime: tx.ctx.now(),
    version: element.version + 1,
  };
  tx.updateElement(updated);
  return updated;
}

/**
 * Deletes an element, after the provenance check on it, with what depends on it, as 5.2's
 * `deleteBeanInRepository` does: each of its relationships is removed, and an element at the other
 * end that has the same anchor (the element's anchor, or the element itself when it has none) and is
 * no longer anchored through its relationships ({@link deriveAnchorGUID}) is deleted the same way.
 */
export function deleteElementTree(
  tx: Transaction,
  element: ElementRecord,
  source: { guid?: string; name?: string },
  call: CallInfo,
): void {
  checkProvenance(element, source, call);
  deleteWithAnchored(tx, element, element.anchorGUID ?? element.guid);
}

function deleteWithAnchored(tx: Transaction, element: ElementRecord, anchorGUID: string): void {
  const store = tx.ctx.state.store;
  for (const relationship of store.relationshipsOf(element.guid)) {
    if (store.getRelationship(relationship.guid) === undefined) continue;
    tx.deleteRelationship(relationship);
    const otherGUID = relationship.end1GUID === element.guid ? relationship.end2GUID : relationship.end1GUID;
    const other = store.getElement(otherGUID);
    if (other === undefined || other.anchorGUID !== anchorGUID) continue;
    if (deriveAnchorGUID(store, other) === undefined) deleteWithAnchored(tx, other, anchorGUID);
  }
  const current = store.getElement(element.guid);
  if (current !== undefined) tx.deleteElement(current);
}

/**
 * Removes a relationship between two elements, as 5.2's `unlinkElementFromElement` does: an end
 * whose anchor came through its relationships is anchored again to what its remaining
 * relationships give it, or to none. (5.2 then deletes an element left without the anchor it had;
 * the emulator keeps it.)
 */
export function unlinkElements(tx: Transaction, relationship: RelationshipRecord, userId: string): void {
  const store = tx.ctx.state.store;
  tx.deleteRelationship(relationship);
  for (const guid of [relationship.end1GUID, relationship.end2GUID]) {
    const end = store.getElement(guid);
    if (end === undefined || end.anchorGUID === undefined || !hasDerivableAnchor(end.typeName)) continue;
    const derived = deriveAnchorGUID(store, end);
    tx.anchor(end, derived === end.guid ? undefined : derived, userId);
  }
}

/** Checks paging parameters as Egeria does and returns the page size to use. */
export function validatePaging(ctx: EmulatorContext, startFrom: number, pageSize: number, call: CallInfo): number {
  if (startFrom < 0) {
    throw invalidParameter('NEGATIVE_START_FROM', [startFrom, 'startFrom', call.action], call.action, 'startFrom');
  }
  if (pageSize < 0) {
    throw invalidParameter('NEGATIVE_PAGE_SIZE', [pageSize, 'pageSize', call.action], call.action, 'pageSize');
  }
  if (ctx.maxPageSize !== 0 && pageSize > ctx.maxPageSize) {
    throw invalidParameter(
      'MAX_PAGE_SIZE',
      [pageSize, 'pageSize', call.action, ctx.maxPageSize],
      call.action,
      'pageSize',
    );
  }
  return pageSize === 0 ? ctx.maxPageSize || Number.MAX_SAFE_INTEGER : pageSize;
}

/** One page of a list. */
export function page<T>(items: readonly T[], startFrom: number, pageSize: number): T[] {
  return items.slice(startFrom, startFrom + pageSize);
}

/** One page of the elements of a list that the request may see ({@link visibleElements}). */
export function visiblePage(
  ctx: EmulatorContext,
  call: CallInfo,
  elements: readonly ElementRecord[],
  startFrom: number,
  pageSize: number,
): ElementRecord[] {
  return page(visibleElements(ctx, call, elements), startFrom, pageSize);
}

/** Compiles a search string, with Egeria's errors for a missing or invalid one. */
export function compileSearchString(searchString: unknown, parameterName: string, call: CallInfo): RegExp {
  if (typeof searchString !== 'string' || searchString === '') {
    throw invalidParameter('NULL_SEARCH_STRING', [parameterName, call.action], call.action, parameterName);
  }
  try {
    return compileJavaRegex(searchString);
  } catch (error) {
    throw invalidParameter(
      'INVALID_SEARCH_STRING',
      [parameterName, call.action, 'java.util.regex.PatternSyntaxException', (error as Error).message],
      call.action,
      parameterName,
    );
  }
}

/** True when any string property of the element matches the expression (whole value). */
export function matchesAnyProperty(element: ElementRecord, regex: RegExp): boolean {
  for (const value of Object.values(element.properties)) {
    if (typeof value === 'string' && regex.test(value)) return true;
  }
  return false;
}

/** True when one of the named properties equals the name exactly. */
export function matchesName(element: ElementRecord, name: string, properties: readonly string[]): boolean {
  return properties.some((p) => element.properties[p] === name);
}

/** A list answer: Egeria leaves the list out when it is empty. */
export function listAnswer(field: string, items: readonly unknown[]): JsonObject {
  return items.length === 0 ? {} : { [field]: items };
}

function stripUndefined(properties: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(properties)) if (v !== undefined && v !== null) out[k] = v;
  return out;
}

function sameProperties(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): boolean {
  return stableStringify(a) === stableStringify(b);
}

function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableStringify((value as JsonObject)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
