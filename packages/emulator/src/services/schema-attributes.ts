/**
 * Data Manager OMAS: schema attributes (the schema attribute operations of Egeria 5.2's
 * SchemaManagerResource). API parameters and the data fields of forms, reports and queries are
 * schema attributes: Egeria's API manager and display application clients send them here with
 * their own default type (`APIParameter`, `DisplayDataField`).
 *
 * As in Egeria: an attribute attached to a schema type hangs off it by AttributeForSchema, one
 * attached to another attribute by NestedSchemaAttribute; it is anchored to its parent's anchor.
 */
import type { Route } from '../server/http-server';
import type { BoundRequest, JsonObject } from '../server/binding';
import { invalidParameter, nullName } from '../ffdc/ffdc';
import { readBean } from './bean-fields';
import { inTransaction } from './context';
import type { EmulatorContext } from './context';
import {
  checkProvenance,
  compileSearchString,
  createElement,
  deleteElementTree,
  listAnswer,
  matchesAnyProperty,
  matchesName,
  renderElement,
  sourceOf,
  validatePaging,
  verifySource,
  visiblePage,
} from './elements';
import type { CallInfo, ElementKind } from './elements';
import { link } from './database-manager';
import { deleteSchemaParts, flatTemplateRoute, flatUpdateRoute } from './flat-bean-routes';
import { pagingOf, requireBody, requirePathElement, route } from './kind-routes';
import type { ServiceArea } from './kind-routes';
import { elementHeader } from './headers';
import {
  METADATA_SOURCE_REQUEST_BODY,
  NAME_REQUEST_BODY,
  PAGING,
  SEARCH_STRING_REQUEST_BODY,
  flatTypedBean,
} from './request-beans';
import type { ElementRecord } from '../store/records';
import { getTypeDef, isTypeOf } from '../store/type-registry';

/** Schema attributes of any subtype. */
export const SCHEMA_ATTRIBUTE: ElementKind = {
  typeName: 'SchemaAttribute',
  propertiesClass: 'SchemaAttributeProperties',
  acceptedPropertiesClasses: ['SchemaAttributeRequestBody'],
  javaPropertiesClass: 'org.odpi.openmetadata.frameworks.openmetadata.properties.schema.SchemaAttributeProperties',
  beanField: 'schemaAttributeProperties',
  nameProperties: ['qualifiedName', 'displayName'],
  extras: (ctx, attribute) => schemaTypeElementOf(ctx, attribute),
};

/** The attribute's own schema type (SchemaAttributeType), as the element's `schemaTypeElement`. */
function schemaTypeElementOf(ctx: EmulatorContext, attribute: ElementRecord): JsonObject {
  const relationship = ctx.state.store.relationshipsOf(attribute.guid, 'SchemaAttributeType', 1)[0];
  const schemaType = relationship === undefined ? undefined : ctx.state.store.getElement(relationship.end2GUID);
  if (schemaType === undefined) return {};
  const properties: JsonObject = { class: 'SchemaTypeProperties', typeName: schemaType.typeName };
  for (const field of ['qualifiedName', 'displayName', 'description']) {
    if (schemaType.properties[field] !== undefined) properties[field] = schemaType.properties[field];
  }
  return {
    schemaTypeElement: { elementHeader: elementHeader(schemaType, ctx.serverName), schemaTypeProperties: properties },
  };
}

/** The attributes directly below a schema type or schema attribute, in creation order. */
export function nestedAttributesOf(ctx: EmulatorContext, parent: ElementRecord): ElementRecord[] {
  const relationshipType = isTypeOf(parent.typeName, 'SchemaType') ? 'AttributeForSchema' : 'NestedSchemaAttribute';
  const out: ElementRecord[] = [];
  for (const relationship of ctx.state.store.relationshipsOf(parent.guid, relationshipType, 1)) {
    const child = ctx.state.store.getElement(relationship.end2GUID);
    if (child !== undefined && isTypeOf(child.typeName, 'SchemaAttribute')) out.push(child);
  }
  return out;
}

/** The type a create asks for: the body's `typeName` (a SchemaAttribute subtype), else SchemaAttribute. */
function attributeTypeName(body: JsonObject, call: CallInfo): string {
  const requested = body['typeName'];
  if (requested === undefined || requested === null || requested === '') return 'SchemaAttribute';
  if (typeof requested !== 'string' || getTypeDef(requested) === undefined || !isTypeOf(requested, 'SchemaAttribute')) {
    throw invalidParameter(
      'BAD_SUB_TYPE_NAME',
      [String(requested), call.action, call.service, 'SchemaAttribute'],
      call.action,
      'typeName',
    );
  }
  return requested;
}

/** Attaches a new attribute to its parent schema element. */
function parentOf(ctx: EmulatorContext, req: BoundRequest, call: CallInfo): ElementRecord {
  return requirePathElement(ctx, 'SchemaElement', req, 'schemaElementGUID', call);
}

function typeNameParam(req: BoundRequest, call: CallInfo): string {
  const typeName = req.params['typeName'] ?? '';
  if (getTypeDef(typeName) === undefined || !isTypeOf(typeName, 'SchemaAttribute')) {
    throw invalidParameter(
      'BAD_SUB_TYPE_NAME',
      [typeName, call.action, call.service, 'SchemaAttribute'],
      call.action,
      'typeName',
    );
  }
  return typeName;
}

function ofType(ctx: EmulatorContext, typeName: string): ElementRecord[] {
  return ctx.state.store.elementsOfType(typeName);
}

/** The Data Manager's schema attribute routes. */
export function schemaAttributeRoutes(area: ServiceArea): Route[] {
  const ctx = area.ctx;
  const attach = (tx: Parameters<typeof link>[0], parent: ElementRecord, child: ElementRecord, call: CallInfo) => {
    const relationshipType = isTypeOf(parent.typeName, 'SchemaType') ? 'AttributeForSchema' : 'NestedSchemaAttribute';
    const owner = child.origin.provenance === 'EXTERNAL_SOURCE' ? child.origin : undefined;
    link(
      tx,
      relationshipType,
      parent.guid,
      child.guid,
      owner === undefined ? undefined : { guid: owner.metadataCollectionId, name: owner.metadataCollectionName },
      call,
    );
  };
  return [
    route(area, {
      method: 'POST',
      path: '/schema-attributes/attached-to/{schemaElementGUID}',
      action: 'createSchemaAttribute',
      response: 'GUIDResponse',
      body: { spec: flatTypedBean('SchemaAttributeRequestBody'), required: true },
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const properties = readBean(SCHEMA_ATTRIBUTE.propertiesClass, body);
        if (typeof properties['qualifiedName'] !== 'string' || properties['qualifiedName'] === '') {
          throw nullName('qualifiedName', call.action);
        }
        const typeName = attributeTypeName(body, call);
        const parent = parentOf(ctx, req, call);
        const source = verifySource(ctx, sourceOf(body), call);
        const guid = await inTransaction(ctx, (tx) => {
          const attribute = createElement(
            tx,
            SCHEMA_ATTRIBUTE,
            { typeName, properties, source, anchorGUID: parent.anchorGUID },
            call,
          );
          attach(tx, parent, attribute, call);
          return attribute.guid;
        });
        return { guid };
      },
    }),
    flatTemplateRoute(area, SCHEMA_ATTRIBUTE, {
      path: '/schema-attributes/from-template/{templateGUID}/attached-to/{schemaElementGUID}',
      action: 'createSchemaAttributeFromTemplate',
      prepare: (req, _body, call) => {
        const parent = parentOf(ctx, req, call);
        return { anchorGUID: parent.anchorGUID };
      },
      after: ({ tx, element, req, call }) => attach(tx, parentOf(ctx, req, call), element, call),
    }),
    route(area, {
      method: 'POST',
      path: '/schema-attributes/{schemaAttributeGUID}/schema-types/{schemaTypeGUID}/relationship-type-name/{relationshipTypeName}',
      action: 'setupSchemaType',
      response: 'VoidResponse',
      body: { spec: METADATA_SOURCE_REQUEST_BODY, required: true },
      handle: async (req, call) => {
        requireBody(area, req, call);
        const relationshipTypeName = req.params['relationshipTypeName'] ?? '';
        const def = getTypeDef(relationshipTypeName);
        if (def === undefined || def.category !== 'relationship') {
          throw invalidParameter(
            'BAD_SUB_TYPE_NAME',
            [relationshipTypeName, call.action, call.service, 'Relationship'],
            call.action,
            'relationshipTypeName',
          );
        }
        const attribute = requirePathElement(ctx, 'SchemaAttribute', req, 'schemaAttributeGUID', call);
        const schemaType = requirePathElement(ctx, 'SchemaType', req, 'schemaTypeGUID', call);
        const source = verifySource(ctx, sourceOf(req.body), call);
        await inTransaction(ctx, (tx) => {
          link(tx, relationshipTypeName, attribute.guid, schemaType.guid, source, call);
        });
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: '/schema-attributes/{schemaAttributeGUID}/schema-types/delete',
      action: 'clearSchemaTypes',
      response: 'VoidResponse',
      body: { spec: METADATA_SOURCE_REQUEST_BODY, required: true },
      handle: async (req, call) => {
        requireBody(area, req, call);
        const attribute = requirePathElement(ctx, 'SchemaAttribute', req, 'schemaAttributeGUID', call);
        const source = sourceOf(req.body);
        const links = [
          ...ctx.state.store.relationshipsOf(attribute.guid, 'SchemaAttributeType', 1),
          ...ctx.state.store.relationshipsOf(attribute.guid, 'SchemaLinkToType', 1),
        ];
        for (const relationship of links) checkProvenance(relationship, source, call);
        await inTransaction(ctx, (tx) => {
          for (const relationship of links) tx.deleteRelationship(relationship);
        });
        return {};
      },
    }),
    flatUpdateRoute(area, SCHEMA_ATTRIBUTE, 'SchemaAttributeRequestBody', {
      path: '/schema-attributes/{schemaAttributeGUID}',
      guidParam: 'schemaAttributeGUID',
      action: 'updateSchemaAttribute',
    }),
    route(area, {
      method: 'POST',
      path: '/schema-attributes/{schemaAttributeGUID}/delete',
      action: 'removeSchemaAttribute',
      response: 'VoidResponse',
      body: { spec: METADATA_SOURCE_REQUEST_BODY, required: true },
      handle: async (req, call) => {
        requireBody(area, req, call);
        const attribute = requirePathElement(ctx, 'SchemaAttribute', req, 'schemaAttributeGUID', call);
        const source = sourceOf(req.body);
        checkProvenance(attribute, source, call);
        await inTransaction(ctx, (tx) => {
          deleteSchemaParts(tx, attribute, call);
          deleteElementTree(tx, attribute, source, call);
        });
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: '/schema-attributes/types/{typeName}/by-search-string',
      action: 'findSchemaAttributes',
      response: 'SchemaAttributesResponse',
      body: { spec: SEARCH_STRING_REQUEST_BODY, required: true },
      query: PAGING,
      handle: (req, call) => {
        const body = requireBody(area, req, call);
        const typeName = typeNameParam(req, call);
        const { startFrom, pageSize } = pagingOf(req);
        const regex = compileSearchString(body['searchString'], 'searchString', call);
        const size = validatePaging(ctx, startFrom, pageSize, call);
        const matches = ofType(ctx, typeName).filter((e) => matchesAnyProperty(e, regex));
        return listAnswer(
          'elements',
          visiblePage(ctx, call, matches, startFrom, size).map((e) => renderElement(ctx, SCHEMA_ATTRIBUTE, e)),
        );
      },
    }),
    route(area, {
      method: 'GET',
      path: '/schema-elements/{parentSchemaElementGUID}/nested-attributes',
      action: 'getNestedAttributes',
      response: 'SchemaAttributesResponse',
      query: PAGING,
      handle: (req, call) => {
        const { startFrom, pageSize } = pagingOf(req);
        const parent = requirePathElement(ctx, 'SchemaElement', req, 'parentSchemaElementGUID', call);
        const size = validatePaging(ctx, startFrom, pageSize, call);
        return listAnswer(
          'elements',
          visiblePage(ctx, call, nestedAttributesOf(ctx, parent), startFrom, size).map((e) =>
            renderElement(ctx, SCHEMA_ATTRIBUTE, e),
          ),
        );
      },
    }),
    route(area, {
      method: 'POST',
      path: '/schema-attributes/types/{typeName}/by-name',
      action: 'getSchemaAttributesByName',
      response: 'SchemaAttributesResponse',
      body: { spec: NAME_REQUEST_BODY, required: true },
      query: PAGING,
      handle: (req, call) => {
        const body = requireBody(area, req, call);
        const typeName = typeNameParam(req, call);
        const { startFrom, pageSize } = pagingOf(req);
        const name = body['name'];
        if (typeof name !== 'string' || name === '') throw nullName('name', call.action);
        const size = validatePaging(ctx, startFrom, pageSize, call);
        const matches = ofType(ctx, typeName).filter((e) => matchesName(e, name, SCHEMA_ATTRIBUTE.nameProperties));
        return listAnswer(
          'elements',
          visiblePage(ctx, call, matches, startFrom, size).map((e) => renderElement(ctx, SCHEMA_ATTRIBUTE, e)),
        );
      },
    }),
    route(area, {
      method: 'GET',
      path: '/schema-attributes/{schemaAttributeGUID}',
      action: 'getSchemaAttributeByGUID',
      response: 'SchemaAttributeResponse',
      handle: (req, call) => {
        const attribute = requirePathElement(ctx, 'SchemaAttribute', req, 'schemaAttributeGUID', call);
        return { element: renderElement(ctx, SCHEMA_ATTRIBUTE, attribute) };
      },
    }),
  ];
}
