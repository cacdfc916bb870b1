/**
 * The open metadata store framework service: elements by unique name, and external identifiers
 * (Egeria 5.2's OpenMetadataStoreResource and ExternalIdentifierResource). At 5.2 this, not the
 * Asset Manager, is where integration connectors keep their correlation with third-party ids.
 *
 * Model: an ExternalId entity per identifier and scope (ExternalIdScope from the scope, usually a
 * software capability), linked to each element it stands for (ExternalIdLink, which carries the
 * mapping properties and the last synchronization time).
 */
import type { Route } from '../server/http-server';
import type { BeanSpec, JsonObject } from '../server/binding';
import { noRequestBody, nullGUID, nullName } from '../ffdc/ffdc';
import { readBean } from './bean-fields';
import { inTransaction, newGUID, originFor } from './context';
import type { EmulatorContext, Transaction } from './context';
import { listAnswer, page, requireElement, validatePaging, visibleElements, visiblePage } from './elements';
import type { CallInfo } from './elements';
import { requireBody, route } from './kind-routes';
import type { ServiceArea } from './kind-routes';
import { elementHeader, elementOrigin, elementType, elementVersions } from './headers';
import { LINEAGE_FLAGS, NAME_REQUEST_BODY } from './request-beans';
import type { ElementRecord, RelationshipRecord } from '../store/records';
import { formatJavaDate } from '../util/dates';
import { classificationStoreRoutes } from './open-metadata-store-classifications';

const CORRELATION_BEAN: BeanSpec = {
  name: 'MetadataCorrelationProperties',
  fields: {
    externalScopeGUID: 'string',
    externalScopeName: 'string',
    externalIdentifier: 'string',
    mappingProperties: 'stringMap',
    externalInstanceCreationTime: 'date',
    externalInstanceLastUpdateTime: 'date',
  },
};

const UPDATE_CORRELATORS_BEAN: BeanSpec = {
  name: 'UpdateMetadataCorrelatorsRequestBody',
  fields: {
    metadataCorrelationProperties: CORRELATION_BEAN,
    effectiveFrom: 'date',
    effectiveTo: 'date',
    effectiveTime: 'date',
  },
};

const EFFECTIVE_TIME_BEAN: BeanSpec = {
  name: 'EffectiveTimeQueryRequestBody',
  fields: { externalSourceGUID: 'string', externalSourceName: 'string', effectiveTime: 'date' },
};

/** A property value in Egeria's `ElementProperties` form. */
function propertyValue(value: unknown): JsonObject {
  if (typeof value === 'string') {
    return {
      class: 'PrimitiveTypePropertyValue',
      typeName: 'string',
      primitiveTypeCategory: 'OM_PRIMITIVE_TYPE_STRING',
      primitiveValue: value,
    };
  }
  if (typeof value === 'boolean') {
    return {
      class: 'PrimitiveTypePropertyValue',
      typeName: 'boolean',
      primitiveTypeCategory: 'OM_PRIMITIVE_TYPE_BOOLEAN',
      primitiveValue: value,
    };
  }
  if (typeof value === 'number') {
    const isInt = Number.isInteger(value) && Math.abs(value) <= 2147483647;
    return {
      class: 'PrimitiveTypePropertyValue',
      typeName: isInt ? 'int' : 'long',
      primitiveTypeCategory: isInt ? 'OM_PRIMITIVE_TYPE_INT' : 'OM_PRIMITIVE_TYPE_LONG',
      primitiveValue: value,
    };
  }
  if (Array.isArray(value)) {
    const values: Record<string, unknown> = {};
    value.forEach((v, i) => (values[String(i)] = v));
    return {
      class: 'ArrayTypePropertyValue',
      typeName: 'array<string>',
      arrayCount: value.length,
      arrayValues: elementProperties(values),
    };
  }
  if (typeof value === 'object' && value !== null) {
    const entries = value as Record<string, unknown>;
    return {
      class: 'MapTypePropertyValue',
      typeName: 'map<string,string>',
      mapElementCount: Object.keys(entries).length,
      mapValues: elementProperties(entries),
    };
  }
  return {
    class: 'PrimitiveTypePropertyValue',
    typeName: 'string',
    primitiveTypeCategory: 'OM_PRIMITIVE_TYPE_STRING',
    primitiveValue: String(value),
  };
}

/** Stored properties as Egeria's `ElementProperties`. */
export function elementProperties(properties: Readonly<Record<string, unknown>>): JsonObject {
  const map: JsonObject = {};
  for (const [k, v] of Object.entries(properties)) if (v !== undefined && v !== null) map[k] = propertyValue(v);
  return { propertyValueMap: map, propertyCount: Object.keys(map).length };
}

/** An element as the open metadata store returns it (`OpenMetadataElement`). */
export function openMetadataElement(ctx: EmulatorContext, element: ElementRecord): JsonObject {
  const out: JsonObject = {
    headerVersion: 0,
    status: element.status ?? 'ACTIVE',
    type: elementType(element.typeName),
    origin: elementOrigin(element.origin, ctx.serverName),
    versions: elementVersions(element),
    elementGUID: element.guid,
  };
  const classifications = Object.values(element.classifications);
  if (classifications.length > 0) {
    out['classifications'] = classifications.map((c) => ({
      headerVersion: 0,
      status: 'ACTIVE',
      type: elementType(c.name),
      origin: elementOrigin(c.origin, ctx.serverName),
      versions: elementVersions(c),
      classificationName: c.name,
      classificationProperties: elementProperties(c.properties),
    }));
  }
  out['elementProperties'] = elementProperties(element.properties);
  return out;
}

function findByUniqueName(ctx: EmulatorContext, body: JsonObject, call: CallInfo): ElementRecord | undefined {
  const name = body['name'];
  if (typeof name !== 'string' || name === '') throw nullName('name', call.action);
  const propertyName =
    typeof body['namePropertyName'] === 'string' && body['namePropertyName'] !== ''
      ? (body['namePropertyName'] as string)
      : 'qualifiedName';
  const candidates =
    propertyName === 'qualifiedName'
      ? ctx.state.store.elementsWithQualifiedName(name)
      : [...ctx.state.store.allElements()].filter((e) => e.properties[propertyName] === name);
  const visible = visibleElements(ctx, call, candidates);
  return visible[visible.length - 1];
}

/** What an external identifier request names. */
interface Correlation {
  readonly scope: ElementRecord;
  readonly identifier: string;
  readonly fields: Record<string, unknown>;
}

function readCorrelation(
  ctx: EmulatorContext,
  body: JsonObject | undefined,
  call: CallInfo,
  identifierRequired = true,
): Correlation {
  const raw = body?.['metadataCorrelationProperties'];
  if (body === undefined || typeof raw !== 'object' || raw === null)
    throw noRequestBody(call.userId, call.action, ctx.serverName);
  const fields = readBean('MetadataCorrelationProperties', raw as JsonObject);
  const scopeGUID = fields['externalScopeGUID'] as string | undefined;
  if (scopeGUID === undefined || scopeGUID === '') throw nullGUID('externalScopeGUID', call.action);
  const identifier = fields['externalIdentifier'] as string | undefined;
  if (identifierRequired && (identifier === undefined || identifier === '')) {
    throw nullName('correlationProperties.externalIdentifier', call.action);
  }
  const scope = requireElement(ctx, scopeGUID, 'Referenceable', 'externalScopeGUID', call);
  return { scope, identifier: identifier ?? '', fields };
}

/** The ExternalId entity for an identifier in a scope. */
function findExternalId(ctx: EmulatorContext, scope: ElementRecord, identifier: string): ElementRecord | undefined {
  for (const rel of ctx.state.store.relationshipsOf(scope.guid, 'ExternalIdScope', 1)) {
    const externalId = ctx.state.store.getElement(rel.end2GUID);
    if (externalId !== undefined && externalId.properties['identifier'] === identifier) return externalId;
  }
  return undefined;
}

function findLink(
  ctx: EmulatorContext,
  element: ElementRecord,
  externalId: ElementRecord,
): RelationshipRecord | undefined {
  return ctx.state.store.relationshipsOf(element.guid, 'ExternalIdLink', 1).find((r) => r.end2GUID === externalId.guid);
}

function externalIdProperties(c: Correlation): Record<string, unknown> {
  const f = c.fields;
  const out: Record<string, unknown> = { identifier: c.identifier, keyPattern: f['keyPattern'] ?? 'LOCAL_KEY' };
  for (const key of [
    'externalIdentifierName',
    'externalIdentifierUsage',
    'externalIdentifierSource',
    'externalInstanceCreatedBy',
    'externalInstanceCreationTime',
    'externalInstanceLastUpdatedBy',
    'externalInstanceLastUpdateTime',
    'externalInstanceVersion',
  ]) {
    if (f[key] !== undefined) out[key] = f[key];
  }
  return out;
}

function linkProperties(c: Correlation, previous?: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...(previous ?? {}) };
  if (c.fields['mappingProperties'] !== undefined) out['mappingProperties'] = c.fields['mappingProperties'];
  if (c.fields['externalIdentifierUsage'] !== undefined) out['usage'] = c.fields['externalIdentifierUsage'];
  if (c.fields['externalIdentifierSource'] !== undefined) out['source'] = c.fields['externalIdentifierSource'];
  return out;
}

function relationship(
  tx: Transaction,
  typeName: string,
  end1GUID: string,
  end2GUID: string,
  properties: Record<string, unknown>,
  call: CallInfo,
): void {
  tx.createRelationship({
    guid: newGUID(),
    typeName,
    end1GUID,
    end2GUID,
    properties,
    origin: originFor(tx.ctx, undefined),
    createdBy: call.userId,
    createTime: tx.ctx.now(),
    version: 1,
  });
}

/** A `MetadataCorrelationHeader` for one link of an element to an external identifier. */
export function correlationHeader(ctx: EmulatorContext, link: RelationshipRecord): JsonObject | undefined {
  const externalId = ctx.state.store.getElement(link.end2GUID);
  if (externalId === undefined) return undefined;
  const scopeLink = ctx.state.store.relationshipsOf(externalId.guid, 'ExternalIdScope', 2)[0];
  const scope = scopeLink === undefined ? undefined : ctx.state.store.getElement(scopeLink.end1GUID);
  const p = externalId.properties;
  const header: JsonObject = {};
  if (scope !== undefined) {
    header['externalScopeGUID'] = scope.guid;
    if (typeof scope.properties['qualifiedName'] === 'string')
      header['externalScopeName'] = scope.properties['qualifiedName'];
    header['externalScopeTypeName'] = scope.typeName;
  }
  header['synchronizationDirection'] = scopeLink?.properties['permittedSynchronization'] ?? 'BOTH_DIRECTIONS';
  if (scopeLink?.properties['description'] !== undefined)
    header['synchronizationDescription'] = scopeLink.properties['description'];
  header['externalIdentifier'] = p['identifier'];
  for (const key of [
    'externalIdentifierName',
    'externalIdentifierUsage',
    'externalIdentifierSource',
    'keyPattern',
    'externalInstanceCreatedBy',
    'externalInstanceLastUpdatedBy',
  ]) {
    if (p[key] !== undefined) header[key] = p[key];
  }
  for (const key of ['externalInstanceCreationTime', 'externalInstanceLastUpdateTime']) {
    if (typeof p[key] === 'number') header[key] = formatJavaDate(p[key] as number);
  }
  header['externalInstanceVersion'] = p['externalInstanceVersion'] ?? 0;
  if (link.properties['mappingProperties'] !== undefined)
    header['mappingProperties'] = link.properties['mappingProperties'];
  if (typeof link.properties['lastSynchronized'] === 'number') {
    header['lastSynchronized'] = formatJavaDate(link.properties['lastSynchronized'] as number);
  }
  return header;
}

/** The open metadata store's routes (elements by unique name, external identifiers; the generic element calls are in open-metadata-store-elements.ts). */
export function openMetadataStoreRoutes(area: ServiceArea): Route[] {
  const ctx = area.ctx;
  const elementFor = (req: { params: Readonly<Record<string, string>> }, call: CallInfo) =>
    requireElement(
      ctx,
      req.params['openMetadataElementGUID'],
      req.params['openMetadataElementTypeName'] || 'OpenMetadataRoot',
      'openMetadataElementGUID',
      call,
    );
  const correlatorRoute = (
    suffix: string,
    action: string,
    response: string,
    work: (element: ElementRecord, c: Correlation, call: CallInfo) => Promise<JsonObject> | JsonObject,
    identifierRequired = true,
  ): Route =>
    route(area, {
      method: 'POST',
      path: `/metadata-elements/{openMetadataElementTypeName}/{openMetadataElementGUID}/external-identifiers/${suffix}`,
      action,
      response,
      body: { spec: UPDATE_CORRELATORS_BEAN, required: true },
      query: LINEAGE_FLAGS,
      handle: (req, call) => {
        const correlation = readCorrelation(ctx, req.body, call, identifierRequired);
        const element = elementFor(req, call);
        return work(element, correlation, call);
      },
    });

  return [
    route(area, {
      method: 'POST',
      path: '/metadata-elements/by-unique-name',
      action: 'getMetadataElementByUniqueName',
      response: 'OpenMetadataElementResponse',
      body: { spec: NAME_REQUEST_BODY, required: true },
      query: LINEAGE_FLAGS,
      handle: (req, call) => {
        const found = findByUniqueName(ctx, requireBody(area, req, call), call);
        return found === undefined ? {} : { element: openMetadataElement(ctx, found) };
      },
    }),
    route(area, {
      method: 'POST',
      path: '/metadata-elements/guid-by-unique-name',
      action: 'getMetadataElementGUIDByUniqueName',
      response: 'GUIDResponse',
      body: { spec: NAME_REQUEST_BODY, required: true },
      query: LINEAGE_FLAGS,
      handle: (req, call) => {
        const found = findByUniqueName(ctx, requireBody(area, req, call), call);
        return found === undefined ? {} : { guid: found.guid };
      },
    }),
    correlatorRoute('add', 'addExternalIdentifier', 'VoidResponse', async (element, c, call) => {
      await inTransaction(ctx, (tx) => {
        let externalId = findExternalId(ctx, c.scope, c.identifier);
        if (externalId === undefined) {
          externalId = {
            guid: newGUID(),
            typeName: 'ExternalId',
            properties: {
              qualifiedName: `ExternalId:${c.scope.guid}:${c.identifier}:${newGUID()}`,
              ...externalIdProperties(c),
            },
            classifications: {},
            origin: originFor(tx.ctx, undefined),
            createdBy: call.userId,
            createTime: tx.ctx.now(),
            version: 1,
          };
          tx.createElement(externalId);
          const scopeProperties: Record<string, unknown> = {
            permittedSynchronization: c.fields['synchronizationDirection'] ?? 'BOTH_DIRECTIONS',
          };
          if (c.fields['synchronizationDescription'] !== undefined)
            scopeProperties['description'] = c.fields['synchronizationDescription'];
          relationship(tx, 'ExternalIdScope', c.scope.guid, externalId.guid, scopeProperties, call);
        }
        if (findLink(ctx, element, externalId) === undefined) {
          relationship(tx, 'ExternalIdLink', element.guid, externalId.guid, linkProperties(c), call);
        }
      });
      return {};
    }),
    correlatorRoute('update', 'updateExternalIdentifier', 'VoidResponse', async (element, c, call) => {
      const externalId = findExternalId(ctx, c.scope, c.identifier);
      if (externalId === undefined) throw nullName('correlationProperties.externalIdentifier', call.action);
      await inTransaction(ctx, (tx) => {
        const next = { ...externalId.properties, ...externalIdProperties(c) };
        tx.updateElement({
          ...externalId,
          properties: next,
          updatedBy: call.userId,
          updateTime: tx.ctx.now(),
          version: externalId.version + 1,
        });
        const existing = findLink(ctx, element, externalId);
        if (existing === undefined)
          relationship(tx, 'ExternalIdLink', element.guid, externalId.guid, linkProperties(c), call);
        else {
          tx.reviseRelationship(existing, linkProperties(c, existing.properties), call.userId);
        }
      });
      return {};
    }),
    correlatorRoute('validate', 'validateExternalIdentifier', 'BooleanResponse', (element, c) => {
      const externalId = findExternalId(ctx, c.scope, c.identifier);
      if (externalId === undefined) return { flag: true };
      const links = ctx.state.store.relationshipsOf(externalId.guid, 'ExternalIdLink', 2);
      return { flag: links.length === 0 || links.some((l) => l.end1GUID === element.guid) };
    }),
    correlatorRoute('remove', 'removeExternalIdentifier', 'VoidResponse', async (element, c) => {
      const externalId = findExternalId(ctx, c.scope, c.identifier);
      if (externalId === undefined) return {};
      await inTransaction(ctx, (tx) => {
        const existing = findLink(ctx, element, externalId);
        if (existing !== undefined) tx.deleteRelationship(existing);
        if (ctx.state.store.relationshipsOf(externalId.guid, 'ExternalIdLink', 2).length === 0)
          tx.deleteElement(externalId);
      });
      return {};
    }),
    route(area, {
      method: 'POST',
      path: '/metadata-elements/{openMetadataElementTypeName}/{openMetadataElementGUID}/synchronized',
      action: 'confirmSynchronization',
      response: 'VoidResponse',
      body: { spec: CORRELATION_BEAN, required: true },
      handle: async (req, call) => {
        const correlation = readCorrelation(ctx, { metadataCorrelationProperties: requireBody(area, req, call) }, call);
        const element = elementFor(req, call);
        const externalId = findExternalId(ctx, correlation.scope, correlation.identifier);
        const existing = externalId === undefined ? undefined : findLink(ctx, element, externalId);
        if (existing !== undefined) {
          await inTransaction(ctx, (tx) =>
            tx.reviseRelationship(existing, { ...existing.properties, lastSynchronized: tx.ctx.now() }, call.userId),
          );
        }
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: '/external-identifiers/open-metadata-elements',
      action: 'getElementsForExternalIdentifier',
      response: 'ElementHeadersResponse',
      body: { spec: UPDATE_CORRELATORS_BEAN, required: true },
      query: [
        { name: 'startFrom', type: 'int', required: false },
        { name: 'pageSize', type: 'int', required: false },
        ...LINEAGE_FLAGS,
      ],
      handle: (req, call) => {
        const correlation = readCorrelation(ctx, req.body, call);
        const startFrom = req.q['startFrom'] as number;
        const size = validatePaging(ctx, startFrom, req.q['pageSize'] as number, call);
        const externalId = findExternalId(ctx, correlation.scope, correlation.identifier);
        const elements =
          externalId === undefined
            ? []
            : ctx.state.store
                .relationshipsOf(externalId.guid, 'ExternalIdLink', 2)
                .map((l) => ctx.state.store.getElement(l.end1GUID))
                .filter((e): e is ElementRecord => e !== undefined);
        return listAnswer(
          'elementHeaders',
          visiblePage(ctx, call, elements, startFrom, size).map((e) => elementHeader(e, ctx.serverName)),
        );
      },
    }),
    route(area, {
      method: 'POST',
      path: '/metadata-elements/{openMetadataElementTypeName}/{openMetadataElementGUID}/external-identifiers',
      action: 'getExternalIdentifiers',
      response: 'MetadataCorrelationHeadersResponse',
      body: { spec: EFFECTIVE_TIME_BEAN, required: false },
      query: [
        { name: 'startFrom', type: 'int', required: false },
        { name: 'pageSize', type: 'int', required: false },
        ...LINEAGE_FLAGS,
      ],
      handle: (req, call) => {
        const element = elementFor(req, call);
        const startFrom = req.q['startFrom'] as number;
        const size = validatePaging(ctx, startFrom, req.q['pageSize'] as number, call);
        const scopeGUID = req.body?.['externalSourceGUID'];
        const headers = ctx.state.store
          .relationshipsOf(element.guid, 'ExternalIdLink', 1)
          .map((l) => correlationHeader(ctx, l))
          .filter((h): h is JsonObject => h !== undefined)
          .filter((h) => typeof scopeGUID !== 'string' || h['externalScopeGUID'] === scopeGUID);
        return listAnswer('elementList', page(headers, startFrom, size));
      },
    }),
    ...classificationStoreRoutes(area),
  ];
}
