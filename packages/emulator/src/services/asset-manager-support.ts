/**
 * What the Asset Manager OMAS routes share: its request beans as Jackson checks them, element kinds,
 * property reading and element beans (with their correlation headers), the asset manager named in
 * each kind of body, and the external identifier an Asset Manager create records.
 */
import type { BeanSpec, BoundRequest, JsonObject, QueryParamSpec } from '../server/binding';
import { badRequest } from '../server/spring-errors';
import { nullName } from '../ffdc/ffdc';
import { newGUID, originFor } from './context';
import type { EmulatorContext, MetadataSourceRef, Transaction } from './context';
import { elementHeader } from './headers';
import { correlationHeader } from './open-metadata-store';
import { verifySource } from './elements';
import type { CallInfo, ElementKind } from './elements';
import type { ElementRecord, RelationshipRecord } from '../store/records';
import { isTypeOf } from '../store/type-registry';

/** The path prefix of the Asset Manager OMAS. */
export const ASSET_MANAGER_BASE = '/servers/{serverName}/open-metadata/access-services/asset-manager/users/{userId}';

/** The service name Egeria's Asset Manager handlers report. */
export const ASSET_MANAGER_SERVICE = 'Asset Manager OMAS';

const CORRELATION: BeanSpec = {
  name: 'MetadataCorrelationProperties',
  fields: {
    externalScopeGUID: 'string',
    externalScopeName: 'string',
    externalIdentifier: 'string',
    mappingProperties: 'stringMap',
  },
};

/** `UpdateRequestBody` and its subclasses whose `elementProperties` is a polymorphic properties bean. */
export function updateRequestBody(name: string, propertiesClasses?: readonly string[]): BeanSpec {
  const fields: Record<string, BeanSpec | 'date' | 'string'> = {
    metadataCorrelationProperties: CORRELATION,
    effectiveTime: 'date',
  };
  if (propertiesClasses !== undefined) {
    fields['elementProperties'] = { name: propertiesClasses[0], acceptedClasses: propertiesClasses };
  }
  return { name, fields };
}

/** `EffectiveTimeQueryRequestBody` (and `NameRequestBody` / `SearchStringRequestBody`, which extend it). */
export const EFFECTIVE_TIME_QUERY: BeanSpec = {
  name: 'EffectiveTimeQueryRequestBody',
  fields: { assetManagerGUID: 'string', assetManagerName: 'string', effectiveTime: 'date' },
};

/** `NameRequestBody` of the Asset Manager. */
export const AM_NAME_BODY: BeanSpec = {
  name: 'NameRequestBody',
  fields: { ...EFFECTIVE_TIME_QUERY.fields, name: 'string', nameParameterName: 'string' },
};

/** `SearchStringRequestBody` of the Asset Manager. */
export const AM_SEARCH_BODY: BeanSpec = {
  name: 'SearchStringRequestBody',
  fields: { ...EFFECTIVE_TIME_QUERY.fields, searchString: 'string', searchStringParameterName: 'string' },
};

/** `commonservices.ffdc.rest.RelationshipRequestBody` with the relationship's properties bean. */
export function relationshipBody(propertiesClasses: readonly string[]): BeanSpec {
  return {
    name: 'RelationshipRequestBody',
    fields: {
      externalSourceGUID: 'string',
      externalSourceName: 'string',
      effectiveTime: 'date',
      relationshipName: 'string',
      properties: { name: propertiesClasses[0], acceptedClasses: propertiesClasses },
    },
  };
}

/** `forLineage` / `forDuplicateProcessing`. */
export const FLAGS: readonly QueryParamSpec[] = [
  { name: 'forLineage', type: 'boolean', required: false, defaultValue: false },
  { name: 'forDuplicateProcessing', type: 'boolean', required: false, defaultValue: false },
];

/** The required `startFrom` / `pageSize` of Asset Manager list calls, with the flags. */
export const PAGED: readonly QueryParamSpec[] = [
  { name: 'startFrom', type: 'int', required: true },
  { name: 'pageSize', type: 'int', required: true },
  ...FLAGS,
];

/** The required `assetManagerIsHome` of creates. */
export const IS_HOME: QueryParamSpec = { name: 'assetManagerIsHome', type: 'boolean', required: true };

/** `assetManagerIsHome` where Egeria's resource makes it optional (default false). */
export const OPTIONAL_IS_HOME: QueryParamSpec = { ...IS_HOME, required: false, defaultValue: false };

/** The required `isMergeUpdate` of updates. */
export const MERGE: QueryParamSpec = { name: 'isMergeUpdate', type: 'boolean', required: true };

/** An Asset Manager element kind: the type, the properties beans accepted and the element bean's field. */
export interface AssetManagerKind extends ElementKind {
  /** The `class` written on the properties bean of answers. */
  readonly propertiesClass: string;
  /**
   * The properties bean of answers from stored properties, when Egeria's converter names or picks
   * fields differently (default: every stored property, and the element's `typeName`).
   */
  readonly toBean?: (stored: Readonly<Record<string, unknown>>) => JsonObject;
  /** Stored properties from a properties bean, when Egeria's builder stores them under other names. */
  readonly fromBean?: (bean: Readonly<Record<string, unknown>>) => Record<string, unknown>;
}

/** Builds a kind. */
export function amKind(
  typeName: string,
  propertiesClasses: readonly string[],
  beanField: string,
  javaPackage = 'org.odpi.openmetadata.frameworks.openmetadata.properties',
): AssetManagerKind {
  return {
    typeName,
    propertiesClass: propertiesClasses[0],
    acceptedPropertiesClasses: propertiesClasses,
    javaPropertiesClass: `${javaPackage}.${propertiesClasses[0]}`,
    beanField,
    nameProperties: ['qualifiedName', 'name', 'displayName', 'resourceName'],
  };
}

/** The stored form of a properties bean: its fields without `class`, `typeName` and nulls. */
export function storedProperties(raw: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (typeof raw !== 'object' || raw === null) return out;
  for (const [k, v] of Object.entries(raw as JsonObject)) {
    if (k === 'class' || k === 'typeName' || v === null || v === undefined) continue;
    out[k] = v;
  }
  return out;
}

/** The properties of a create: `qualifiedName` required, as Egeria's handlers check. */
export function createProperties(body: JsonObject, field: string, call: CallInfo): Record<string, unknown> {
  const properties = storedProperties(body[field]);
  if (typeof properties['qualifiedName'] !== 'string' || properties['qualifiedName'] === '') {
    throw nullName('qualifiedName', call.action);
  }
  return properties;
}

/** The subtype requested by a properties bean's `typeName`, when it is one of the kind's type. */
export function requestedType(kind: ElementKind, raw: unknown, call: CallInfo, defaultType?: string): string {
  const requested = typeof raw === 'object' && raw !== null ? (raw as JsonObject)['typeName'] : undefined;
  if (typeof requested !== 'string' || requested === '') return defaultType ?? kind.typeName;
  if (!isTypeOf(requested, kind.typeName)) {
    throw badRequest(`${call.action}: type ${requested} is not a kind of ${kind.typeName}`);
  }
  return requested;
}

/** The metadata correlation properties of a body. */
export function correlationOf(body: JsonObject | undefined): JsonObject {
  const c = body?.['metadataCorrelationProperties'];
  return typeof c === 'object' && c !== null ? (c as JsonObject) : {};
}

/** The asset manager named by `metadataCorrelationProperties` (creates, updates, removes). */
export function scopeSource(body: JsonObject | undefined): { guid?: string; name?: string } {
  const c = correlationOf(body);
  const guid = c['externalScopeGUID'];
  const name = c['externalScopeName'];
  return {
    guid: typeof guid === 'string' && guid !== '' ? guid : undefined,
    name: typeof name === 'string' && name !== '' ? name : undefined,
  };
}

/** The asset manager named by `assetManagerGUID` / `assetManagerName` (reads and relationship removals). */
export function assetManagerOf(body: JsonObject | undefined): { guid?: string; name?: string } {
  const guid = body?.['assetManagerGUID'];
  const name = body?.['assetManagerName'];
  return {
    guid: typeof guid === 'string' && guid !== '' ? guid : undefined,
    name: typeof name === 'string' && name !== '' ? name : undefined,
  };
}

/** The owner of a new element: the asset manager when it is the element's home, else the local cohort. */
export function ownerOf(
  ctx: EmulatorContext,
  req: BoundRequest,
  source: { guid?: string; name?: string },
  call: CallInfo,
): MetadataSourceRef | undefined {
  const verified = verifySource(ctx, source, call);
  return req.q['assetManagerIsHome'] === false ? undefined : verified;
}

/** Records the external identifier of a new element (ExternalId, ExternalIdScope, ExternalIdLink). */
export function recordExternalIdentifier(
  tx: Transaction,
  element: ElementRecord,
  correlation: JsonObject,
  call: CallInfo,
): void {
  const identifier = correlation['externalIdentifier'];
  const scopeGUID = correlation['externalScopeGUID'];
  if (typeof identifier !== 'string' || identifier === '' || typeof scopeGUID !== 'string') return;
  const store = tx.ctx.state.store;
  const audit = { origin: originFor(tx.ctx, undefined), createdBy: call.userId, createTime: tx.ctx.now(), version: 1 };
  let externalId = store
    .relationshipsOf(scopeGUID, 'ExternalIdScope', 1)
    .map((r) => store.getElement(r.end2GUID))
    .find((e) => e?.properties['identifier'] === identifier);
  if (externalId === undefined) {
    const properties: Record<string, unknown> = {
      qualifiedName: `ExternalId:${scopeGUID}:${identifier}:${newGUID()}`,
      identifier,
      keyPattern: correlation['keyPattern'] ?? 'LOCAL_KEY',
    };
    for (const key of ['externalIdentifierName', 'externalIdentifierUsage', 'externalIdentifierSource']) {
      if (correlation[key] !== undefined) properties[key] = correlation[key];
    }
    externalId = { guid: newGUID(), typeName: 'ExternalId', properties, classifications: {}, ...audit };
    tx.createElement(externalId);
    const scopeLink: RelationshipRecord = {
      guid: newGUID(),
      typeName: 'ExternalIdScope',
      end1GUID: scopeGUID,
      end2GUID: externalId.guid,
      properties: { permittedSynchronization: correlation['synchronizationDirection'] ?? 'BOTH_DIRECTIONS' },
      ...audit,
    };
    tx.createRelationship(scopeLink);
  }
  const link: Record<string, unknown> = {};
  if (correlation['mappingProperties'] !== undefined) link['mappingProperties'] = correlation['mappingProperties'];
  tx.createRelationship({
    guid: newGUID(),
    typeName: 'ExternalIdLink',
    end1GUID: element.guid,
    end2GUID: externalId.guid,
    properties: link,
    ...audit,
  });
}

/**
 * The correlation headers of an element: those of the asset manager named on the read (Egeria's
 * `getExternalIdentifiersForScope`), or all of them when the read names none.
 */
export function correlationHeadersOf(
  ctx: EmulatorContext,
  element: ElementRecord,
  scopeGUID?: string,
): JsonObject[] | undefined {
  const headers = ctx.state.store
    .relationshipsOf(element.guid, 'ExternalIdLink', 1)
    .map((l) => correlationHeader(ctx, l))
    .filter((h): h is JsonObject => h !== undefined)
    .filter((h) => scopeGUID === undefined || h['externalScopeGUID'] === scopeGUID);
  return headers.length > 0 ? headers : undefined;
}

/**
 * An element bean of the Asset Manager: header, correlation headers and the properties bean.
 * @param scopeGUID - the asset manager named on the read: only its correlation headers are returned
 */
export function renderAMElement(
  ctx: EmulatorContext,
  kind: AssetManagerKind,
  element: ElementRecord,
  scopeGUID?: string,
): JsonObject {
  const out: JsonObject = { elementHeader: elementHeader(element, ctx.serverName) };
  const headers = correlationHeadersOf(ctx, element, scopeGUID);
  if (headers !== undefined) out['correlationHeaders'] = headers;
  out[kind.beanField] =
    kind.toBean === undefined
      ? { class: kind.propertiesClass, ...element.properties, typeName: element.typeName }
      : { class: kind.propertiesClass, ...kind.toBean(element.properties) };
  return kind.extras === undefined ? out : { ...out, ...kind.extras(ctx, element) };
}
