/**
 * The open metadata store framework service's generic element calls (Egeria 5.2's
 * OpenMetadataStoreResource and MetadataElementHandler): get an element by GUID, find elements by
 * search string, the elements related to one, create, update and delete an element, create and
 * delete a relationship; and the removal of an external scope (ExternalIdentifierResource), which
 * deletes the scope with its external identifiers and leaves the elements they stood for.
 *
 * Properties travel as `ElementProperties` (`propertyValueMap` of `PrimitiveTypePropertyValue`,
 * `EnumTypePropertyValue`, `ArrayTypePropertyValue`, `MapTypePropertyValue`,
 * `StructTypePropertyValue`) and are stored as plain values. The optional Mermaid graph of related
 * elements is not produced.
 */
import type { Route } from '../server/http-server';
import type { BeanSpec, BoundRequest, JsonObject, QueryParamSpec } from '../server/binding';
import { badRequest } from '../server/spring-errors';
import { invalidParameter, nullName } from '../ffdc/ffdc';
import { inTransaction, newGUID, originFor } from './context';
import type { EmulatorContext } from './context';
import {
  checkProvenance,
  compileSearchString,
  createElement,
  deleteElementTree,
  isVisibleTo,
  listAnswer,
  matchesAnyProperty,
  page,
  requireElement,
  sourceOf,
  unknownRelationship,
  updateElement,
  validatePaging,
  verifySource,
  visiblePage,
} from './elements';
import type { CallInfo, ElementKind } from './elements';
import { requireBody, requirePathElement, route } from './kind-routes';
import type { ServiceArea } from './kind-routes';
import { elementOrigin, elementType, elementVersions } from './headers';
import { effectiveAt } from './it-infrastructure-assets';
import { elementProperties, openMetadataElement } from './open-metadata-store';
import { elementStatusOf } from './element-status';
import { LINEAGE_FLAGS } from './request-beans';
import { getTypeDef, isTypeOf } from '../store/type-registry';
import type { ElementRecord, RelationshipRecord } from '../store/records';
import { formatJavaDate, parseJavaDate } from '../util/dates';

const SOURCE = { externalSourceGUID: 'string', externalSourceName: 'string' } as const;

/** `gaf.rest.UpdateRequestBody`: the metadata source, the lineage flags and an effective time. */
const UPDATE_BODY: BeanSpec = {
  name: 'UpdateRequestBody',
  fields: { ...SOURCE, forLineage: 'boolean', forDuplicateProcessing: 'boolean', effectiveTime: 'date' },
};

/** `NewOpenMetadataElementRequestBody`. */
const NEW_ELEMENT_BODY: BeanSpec = {
  name: 'NewOpenMetadataElementRequestBody',
  fields: {
    ...SOURCE,
    typeName: 'string',
    initialStatus: 'string',
    initialClassifications: 'map',
    anchorGUID: 'string',
    isOwnAnchor: 'boolean',
    effectiveFrom: 'date',
    effectiveTo: 'date',
    properties: 'object',
    parentGUID: 'string',
    parentRelationshipTypeName: 'string',
    parentRelationshipProperties: 'object',
    parentAtEnd1: 'boolean',
    effectiveTime: 'date',
  },
};

/** `UpdatePropertiesRequestBody`. */
const UPDATE_PROPERTIES_BODY: BeanSpec = {
  name: 'UpdatePropertiesRequestBody',
  fields: { ...UPDATE_BODY.fields, replaceProperties: 'boolean', properties: 'object' },
};

/** `NewRelatedElementsRequestBody`. */
const NEW_RELATED_BODY: BeanSpec = {
  name: 'NewRelatedElementsRequestBody',
  fields: {
    ...UPDATE_BODY.fields,
    typeName: 'string',
    metadataElement1GUID: 'string',
    metadataElement2GUID: 'string',
    effectiveFrom: 'date',
    effectiveTo: 'date',
    properties: 'object',
  },
};

/** `AnyTimeRequestBody` / `ResultsRequestBody`. */
const ANY_TIME_BODY: BeanSpec = { name: 'AnyTimeRequestBody', fields: { effectiveTime: 'date', asOfTime: 'date' } };
const RESULTS_BODY: BeanSpec = {
  name: 'ResultsRequestBody',
  fields: { effectiveTime: 'date', asOfTime: 'date', limitResultsByStatus: 'list' },
};
const SEARCH_BODY: BeanSpec = {
  name: 'SearchStringRequestBody',
  fields: { ...RESULTS_BODY.fields, searchString: 'string', searchStringParameterName: 'string', typeName: 'string' },
};
const EFFECTIVE_TIME_BODY: BeanSpec = { name: 'EffectiveTimeRequestBody', fields: { effectiveTime: 'date' } };

/** Optional `startFrom` / `pageSize` (default 0) with the lineage flags. */
const OPTIONAL_PAGING: readonly QueryParamSpec[] = [
  { name: 'startFrom', type: 'int', required: false },
  { name: 'pageSize', type: 'int', required: false },
  ...LINEAGE_FLAGS,
];

const PROPERTY_VALUE_CLASSES = [
  'PrimitiveTypePropertyValue',
  'EnumTypePropertyValue',
  'ArrayTypePropertyValue',
  'MapTypePropertyValue',
  'StructTypePropertyValue',
];

/** Any element, as the generic calls create and update them. */
const ANY_ELEMENT: ElementKind = {
  typeName: 'OpenMetadataRoot',
  propertiesClass: 'ElementProperties',
  acceptedPropertiesClasses: [],
  javaPropertiesClass: 'org.odpi.openmetadata.frameworks.governanceaction.search.ElementProperties',
  beanField: 'elementProperties',
  nameProperties: ['qualifiedName'],
};

/** One `PropertyValue` as a plain value (Jackson's 400 for a missing or unknown `class`). */
export function plainValue(raw: unknown, where: string): unknown {
  if (typeof raw !== 'object' || raw === null) throw badRequest(`Cannot construct PropertyValue at ${where}`);
  const value = raw as JsonObject;
  const cls = value['class'];
  if (typeof cls !== 'string' || !PROPERTY_VALUE_CLASSES.includes(cls)) {
    throw badRequest(`Could not resolve type id '${String(cls)}' as a subtype of PropertyValue at ${where}`);
  }
  switch (cls) {
    case 'PrimitiveTypePropertyValue':
      return value['primitiveTypeCategory'] === 'OM_PRIMITIVE_TYPE_DATE'
        ? parseJavaDate(value['primitiveValue'])
        : value['primitiveValue'];
    case 'EnumTypePropertyValue':
      return value['symbolicName'];
    case 'ArrayTypePropertyValue':
      return Object.values(plainProperties(value['arrayValues'], `${where}.arrayValues`));
    case 'MapTypePropertyValue':
      return plainProperties(value['mapValues'], `${where}.mapValues`);
    default:
      return plainProperties(value['attributes'], `${where}.attributes`);
  }
}

/** An `ElementProperties` bean as a map of plain values (nulls dropped). */
function plainProperties(raw: unknown, where: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (raw === undefined || raw === null) return out;
  if (typeof raw !== 'object') throw badRequest(`Cannot construct ElementProperties at ${where}`);
  const map = (raw as JsonObject)['propertyValueMap'];
  if (typeof map !== 'object' || map === null) return out;
  for (const [name, value] of Object.entries(map as JsonObject)) {
    if (value === null || value === undefined) continue;
    const plain = plainValue(value, `${where}.${name}`);
    if (plain !== undefined && plain !== null) out[name] = plain;
  }
  return out;
}

/** The effective dates of a body, stored beside the properties as Egeria stores them on the instance. */
function withEffectiveDates(properties: Record<string, unknown>, body: JsonObject): Record<string, unknown> {
  const out = { ...properties };
  if (typeof body['effectiveFrom'] === 'number') out['effectiveFrom'] = body['effectiveFrom'];
  if (typeof body['effectiveTo'] === 'number') out['effectiveTo'] = body['effectiveTo'];
  return out;
}

/** A type name that must name an open metadata type of a category (and, for entities, a subtype of one). */
function requireType(
  typeName: unknown,
  category: 'entity' | 'relationship',
  superType: string | undefined,
  parameterName: string,
  call: CallInfo,
): string {
  if (typeof typeName !== 'string' || typeName === '') throw nullName(parameterName, call.action);
  const def = getTypeDef(typeName);
  if (def === undefined || def.category !== category || (superType !== undefined && !isTypeOf(typeName, superType))) {
    throw invalidParameter(
      'BAD_SUB_TYPE_NAME',
      [typeName, call.action, call.service, superType ?? category],
      call.action,
      parameterName,
    );
  }
  return typeName;
}

/** A `RelatedMetadataElement`: the relationship's header and properties, and the element at the other end. */
function relatedMetadataElement(
  ctx: EmulatorContext,
  relationship: RelationshipRecord,
  other: ElementRecord,
): JsonObject {
  const properties = { ...relationship.properties };
  const out: JsonObject = {
    headerVersion: 0,
    status: 'ACTIVE',
    type: elementType(relationship.typeName),
    origin: elementOrigin(relationship.origin, ctx.serverName),
    versions: elementVersions(relationship),
    relationshipGUID: relationship.guid,
  };
  for (const [field, key] of [
    ['effectiveFromTime', 'effectiveFrom'],
    ['effectiveToTime', 'effectiveTo'],
  ] as const) {
    const value = properties[key];
    if (typeof value === 'number') out[field] = formatJavaDate(value);
    delete properties[key];
  }
  out['relationshipProperties'] = elementProperties(properties);
  out['element'] = openMetadataElement(ctx, other);
  return out;
}

/** The relationship a `.../related-elements/{relationshipGUID}/...` call names. */
function requireRelationship(ctx: EmulatorContext, req: BoundRequest, call: CallInfo): RelationshipRecord {
  const guid = req.params['relationshipGUID'] ?? '';
  const relationship = ctx.state.store.getRelationship(guid);
  if (relationship === undefined) throw unknownRelationship(ctx, 'OpenMetadataRoot', guid, 'relationshipGUID', call);
  return relationship;
}

/** The reads: an element by GUID, a search, the elements related to one. */
function readRoutes(area: ServiceArea): Route[] {
  const ctx = area.ctx;
  return [
    route(area, {
      method: 'POST',
      path: '/metadata-elements/{elementGUID}',
      action: 'getMetadataElementByGUID',
      response: 'OpenMetadataElementResponse',
      body: { spec: ANY_TIME_BODY, required: false },
      query: LINEAGE_FLAGS,
      handle: (req, call) => ({
        element: openMetadataElement(ctx, requirePathElement(ctx, 'OpenMetadataRoot', req, 'elementGUID', call)),
      }),
    }),
    route(area, {
      method: 'POST',
      path: '/metadata-elements/by-search-string',
      action: 'findMetadataElementsWithString',
      response: 'OpenMetadataElementsResponse',
      body: { spec: SEARCH_BODY, required: true },
      query: OPTIONAL_PAGING,
      handle: (req, call) => {
        const body = requireBody(area, req, call);
        const typeName = body['typeName'];
        const searchString =
          typeof typeName === 'string' && typeName !== '' && typeof body['searchString'] !== 'string'
            ? '.*'
            : body['searchString'];
        const regex = compileSearchString(searchString, 'searchString', call);
        const searchType =
          typeof typeName === 'string' && typeName !== ''
            ? requireType(typeName, 'entity', 'OpenMetadataRoot', 'typeName', call)
            : 'OpenMetadataRoot';
        const startFrom = req.q['startFrom'] as number;
        const size = validatePaging(ctx, startFrom, req.q['pageSize'] as number, call);
        const found = ctx.state.store.elementsOfType(searchType).filter((e) => matchesAnyProperty(e, regex));
        return listAnswer(
          'elementList',
          visiblePage(ctx, call, found, startFrom, size).map((e) => openMetadataElement(ctx, e)),
        );
      },
    }),
    route(area, {
      method: 'POST',
      path: '/related-elements/{elementGUID}/type/{relationshipTypeName}',
      action: 'getRelatedMetadataElements',
      response: 'RelatedMetadataElementListResponse',
      body: { spec: RESULTS_BODY, required: false },
      query: [{ name: 'startingAtEnd', type: 'int', required: false }, ...OPTIONAL_PAGING],
      handle: (req, call) => {
        const element = requirePathElement(ctx, 'OpenMetadataRoot', req, 'elementGUID', call);
        const typeName = requireType(
          req.params['relationshipTypeName'],
          'relationship',
          undefined,
          'relationshipTypeName',
          call,
        );
        const startFrom = req.q['startFrom'] as number;
        const size = validatePaging(ctx, startFrom, req.q['pageSize'] as number, call);
        const end = req.q['startingAtEnd'];
        const time = req.body?.['effectiveTime'];
        const related = ctx.state.store
          .relationshipsOf(element.guid, typeName, end === 1 || end === 2 ? end : undefined)
          .filter((r) => effectiveAt(r, time))
          .flatMap((r) => {
            const other = ctx.state.store.getElement(r.end1GUID === element.guid ? r.end2GUID : r.end1GUID);
            return other === undefined || !isVisibleTo(ctx, call, other) ? [] : [relatedMetadataElement(ctx, r, other)];
          });
        const elementList = page(related, startFrom, size);
        return { relatedElementList: elementList.length === 0 ? {} : { elementList } };
      },
    }),
  ];
}

/** The writes: create, update and delete an element; create and delete a relationship. */
function writeRoutes(area: ServiceArea): Route[] {
  const ctx = area.ctx;
  return [
    route(area, {
      method: 'POST',
      path: '/metadata-elements',
      action: 'createMetadataElementInStore',
      response: 'GUIDResponse',
      body: { spec: NEW_ELEMENT_BODY, required: true },
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const typeName = requireType(body['typeName'], 'entity', 'OpenMetadataRoot', 'metadataElementTypeName', call);
        const parentGUID =
          typeof body['parentGUID'] === 'string' && body['parentGUID'] !== '' ? body['parentGUID'] : undefined;
        const parentType =
          parentGUID === undefined
            ? undefined
            : requireType(
                body['parentRelationshipTypeName'],
                'relationship',
                undefined,
                'parentRelationshipTypeName',
                call,
              );
        const properties = withEffectiveDates(plainProperties(body['properties'], 'properties'), body);
        if (isTypeOf(typeName, 'Referenceable')) {
          const qualifiedName = properties['qualifiedName'];
          if (typeof qualifiedName !== 'string' || qualifiedName === '') throw nullName('qualifiedName', call.action);
        }
        const status = elementStatusOf(body['initialStatus'], 'initialStatus');
        const anchorGUID =
          typeof body['anchorGUID'] === 'string' && body['anchorGUID'] !== '' ? body['anchorGUID'] : undefined;
        if (anchorGUID !== undefined) requireElement(ctx, anchorGUID, 'OpenMetadataRoot', 'anchorGUID', call);
        if (parentGUID !== undefined) requireElement(ctx, parentGUID, 'OpenMetadataRoot', 'parentGUID', call);
        const classifications = (body['initialClassifications'] ?? {}) as JsonObject;
        const classificationProperties = Object.entries(classifications).map(([name, raw]) => {
          if (getTypeDef(name)?.category !== 'classification') {
            throw invalidParameter(
              'BAD_SUB_TYPE_NAME',
              [name, call.action, call.service, 'classification'],
              call.action,
              'initialClassifications',
            );
          }
          return [name, plainProperties(raw, `initialClassifications.${name}`)] as const;
        });
        const source = verifySource(ctx, sourceOf(body), call);
        const guid = await inTransaction(ctx, (tx) => {
          let element = createElement(tx, ANY_ELEMENT, { typeName, properties, source, anchorGUID, status }, call);
          for (const [name, values] of classificationProperties) {
            element = tx.classify(element, {
              name,
              properties: values,
              origin: originFor(ctx, source),
              createdBy: call.userId,
              createTime: ctx.now(),
              version: 1,
            });
          }
          if (parentGUID !== undefined && parentType !== undefined) {
            const atEnd1 = body['parentAtEnd1'] !== false;
            tx.createRelationship({
              guid: newGUID(),
              typeName: parentType,
              end1GUID: atEnd1 ? parentGUID : element.guid,
              end2GUID: atEnd1 ? element.guid : parentGUID,
              properties: plainProperties(body['parentRelationshipProperties'], 'parentRelationshipProperties'),
              origin: originFor(ctx, source),
              createdBy: call.userId,
              createTime: ctx.now(),
              version: 1,
            });
          }
          return element.guid;
        });
        return { guid };
      },
    }),
    route(area, {
      method: 'POST',
      path: '/metadata-elements/{metadataElementGUID}/update-properties',
      action: 'updateMetadataElementInStore',
      response: 'VoidResponse',
      body: { spec: UPDATE_PROPERTIES_BODY, required: true },
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const element = requirePathElement(ctx, 'OpenMetadataRoot', req, 'metadataElementGUID', call);
        const properties = plainProperties(body['properties'], 'properties');
        const merge = body['replaceProperties'] !== true;
        await inTransaction(ctx, (tx) => updateElement(tx, element, properties, merge, sourceOf(body), call));
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: '/metadata-elements/{metadataElementGUID}/delete',
      action: 'deleteMetadataElementInStore',
      response: 'VoidResponse',
      body: { spec: UPDATE_BODY, required: false },
      handle: async (req, call) => {
        const element = requirePathElement(ctx, 'OpenMetadataRoot', req, 'metadataElementGUID', call);
        await inTransaction(ctx, (tx) => deleteElementTree(tx, element, sourceOf(req.body), call));
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: '/related-elements',
      action: 'createRelatedElementsInStore',
      response: 'GUIDResponse',
      body: { spec: NEW_RELATED_BODY, required: true },
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const typeName = requireType(body['typeName'], 'relationship', undefined, 'relationshipTypeName', call);
        const end1 = requireElement(
          ctx,
          body['metadataElement1GUID'] as string | undefined,
          'OpenMetadataRoot',
          'metadataElement1GUID',
          call,
        );
        const end2 = requireElement(
          ctx,
          body['metadataElement2GUID'] as string | undefined,
          'OpenMetadataRoot',
          'metadataElement2GUID',
          call,
        );
        const properties = withEffectiveDates(plainProperties(body['properties'], 'properties'), body);
        const source = verifySource(ctx, sourceOf(body), call);
        const guid = newGUID();
        await inTransaction(ctx, (tx) =>
          tx.createRelationship({
            guid,
            typeName,
            end1GUID: end1.guid,
            end2GUID: end2.guid,
            properties,
            origin: originFor(ctx, source),
            createdBy: call.userId,
            createTime: ctx.now(),
            version: 1,
          }),
        );
        return { guid };
      },
    }),
    route(area, {
      method: 'POST',
      path: '/related-elements/{relationshipGUID}/delete',
      action: 'deleteRelatedElementsInStore',
      response: 'VoidResponse',
      body: { spec: UPDATE_BODY, required: true },
      handle: async (req, call) => {
        const relationship = requireRelationship(ctx, req, call);
        checkProvenance(relationship, sourceOf(req.body), call);
        await inTransaction(ctx, (tx) => tx.deleteRelationship(relationship));
        return {};
      },
    }),
  ];
}

/** `POST /external-scope/{externalScopeGUID}/remove`: the scope and its external identifiers go. */
function removeExternalScopeRoute(area: ServiceArea): Route {
  const ctx = area.ctx;
  return route(area, {
    method: 'POST',
    path: '/external-scope/{externalScopeGUID}/remove',
    action: 'removeExternalScope',
    response: 'VoidResponse',
    body: { spec: EFFECTIVE_TIME_BODY, required: false },
    query: LINEAGE_FLAGS,
    handle: async (req, call) => {
      const scope = requirePathElement(ctx, 'Referenceable', req, 'externalScopeGUID', call);
      // 5.2 deletes the scope on behalf of the scope itself.
      checkProvenance(scope, { guid: scope.guid }, call);
      await inTransaction(ctx, (tx) => {
        for (const link of ctx.state.store.relationshipsOf(scope.guid, 'ExternalIdScope', 1)) {
          const externalId = ctx.state.store.getElement(link.end2GUID);
          if (externalId !== undefined) tx.deleteElement(externalId);
        }
        tx.deleteElement(scope);
      });
      return {};
    },
  });
}

/** The open metadata store's generic element routes and the external scope removal. */
export function openMetadataStoreElementRoutes(area: ServiceArea): Route[] {
  return [...readRoutes(area), ...writeRoutes(area), removeExternalScopeRoute(area)];
}
