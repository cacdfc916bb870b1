/**
 * Data Manager OMAS: schema types (the schema type operations of Egeria 5.2's SchemaManagerResource):
 * primitive, literal, enum, struct, choice and map schema types, created from templates, updated
 * (merge or replace), removed, found by search string or name within a type, read by GUID, for a
 * parent element, and the asset or port a schema type belongs to.
 *
 * Egeria 5.2's own behaviour is kept: an enum schema type is not linked to the valid value set in
 * its path, a choice's option GUIDs are ignored, and a map schema type is created as a
 * `SchemaTypeChoice` (its handler's default type) without map-from and map-to links; those links and
 * options are made with `setupSchemaElementRelationship`.
 */
import type { Route } from '../server/http-server';
import type { BoundRequest, JsonObject } from '../server/binding';
import { nullName } from '../ffdc/ffdc';
import { readBean } from './bean-fields';
import { inTransaction } from './context';
import type { EmulatorContext } from './context';
import {
  compileSearchString,
  createElement,
  listAnswer,
  matchesAnyProperty,
  matchesName,
  requireElement,
  sourceOf,
  validatePaging,
  verifySource,
  visiblePage,
} from './elements';
import type { CallInfo, ElementKind } from './elements';
import { flatRemoveRoute, flatTemplateRoute, flatUpdateRoute } from './flat-bean-routes';
import { pagingOf, requireBody, route } from './kind-routes';
import type { ServiceArea } from './kind-routes';
import { elementStub } from './headers';
import { NAME_REQUEST_BODY, PAGING, SEARCH_STRING_REQUEST_BODY, flatTypedBean } from './request-beans';
import type { ElementRecord } from '../store/records';
import { isTypeOf } from '../store/type-registry';
import { SCHEMA_TYPE, renderSchemaType } from './schema-type-elements';
import { requireTypeName } from './type-names';

/** One create operation: its request bean, the fields it stores and its default type. */
interface SchemaTypeCreate {
  readonly path: string;
  readonly action: string;
  readonly requestBean: string;
  /** The field table the stored properties are read with. */
  readonly propertiesClass: string;
  /** The type created when the request names none (also the type a named one must be a subtype of). */
  readonly defaultType: string;
}

const CREATES: readonly SchemaTypeCreate[] = [
  {
    path: '/schema-types/primitives',
    action: 'createPrimitiveSchemaType',
    requestBean: 'PrimitiveSchemaTypeRequestBody',
    propertiesClass: 'SimpleSchemaTypeProperties',
    defaultType: 'PrimitiveSchemaType',
  },
  {
    path: '/schema-types/literals',
    action: 'createLiteralSchemaType',
    requestBean: 'LiteralSchemaTypeRequestBody',
    propertiesClass: 'LiteralSchemaTypeProperties',
    defaultType: 'LiteralSchemaType',
  },
  {
    path: '/schema-types/enums/valid-values/{validValuesSetGUID}',
    action: 'createEnumSchemaType',
    requestBean: 'EnumSchemaTypeRequestBody',
    propertiesClass: 'SimpleSchemaTypeProperties',
    defaultType: 'EnumSchemaType',
  },
  {
    path: '/schema-types/structs',
    action: 'createStructSchemaType',
    requestBean: 'StructSchemaTypeRequestBody',
    propertiesClass: 'SchemaTypeProperties',
    defaultType: 'StructSchemaType',
  },
  {
    path: '/schema-types/choices',
    action: 'createSchemaTypeChoice',
    requestBean: 'SchemaTypeChoiceRequestBody',
    propertiesClass: 'SchemaTypeProperties',
    defaultType: 'SchemaTypeChoice',
  },
  {
    path: '/schema-types/maps/from/{mapFromSchemaTypeGUID}/to/{mapToSchemaTypeGUID}',
    action: 'createMapSchemaType',
    requestBean: 'MapSchemaTypeRequestBody',
    propertiesClass: 'SchemaTypeProperties',
    // Egeria 5.2's SchemaTypeHandler.addMapSchemaType defaults to (and checks against) SchemaTypeChoice.
    defaultType: 'SchemaTypeChoice',
  },
];

/** The relationships, newest first, that lead from an element to its schema type (at end 2). */
const SCHEMA_TYPE_LINKS = [
  'AssetSchemaType',
  'SchemaAttributeType',
  'LinkedExternalSchemaType',
  'MapFromElementType',
  'MapToElementType',
  'DerivedSchemaTypeQueryTarget',
  'PortSchema',
  'SolutionPortSchema',
];

/** The schema types of a type named in the path (a subtype of SchemaType). */
function schemaTypesOfType(ctx: EmulatorContext, req: BoundRequest, call: CallInfo): ElementRecord[] {
  const typeName = requireTypeName(req.params['typeName'], 'SchemaType', 'SchemaType', call);
  return ctx.state.store.elementsOfType(typeName);
}

/** A schema type that must exist. */
function requireSchemaType(ctx: EmulatorContext, guid: string | undefined, parameterName: string, call: CallInfo) {
  return requireElement(ctx, guid, 'SchemaType', parameterName, call);
}

/** `POST ...`: creates a schema type from a flat request bean; answers its GUID. */
function createRoute(area: ServiceArea, create: SchemaTypeCreate): Route {
  const kind: ElementKind = { ...SCHEMA_TYPE, typeName: create.defaultType };
  return route(area, {
    method: 'POST',
    path: create.path,
    action: create.action,
    response: 'GUIDResponse',
    body: { spec: flatTypedBean(create.requestBean), required: true },
    handle: async (req, call) => {
      const body = requireBody(area, req, call);
      const { typeName: requested, ...properties } = readBean(create.propertiesClass, body);
      if (typeof properties['qualifiedName'] !== 'string' || properties['qualifiedName'] === '') {
        throw nullName('qualifiedName', call.action);
      }
      const typeName = requireTypeName(requested, create.defaultType, create.defaultType, call);
      const source = verifySource(area.ctx, sourceOf(body), call);
      const guid = await inTransaction(
        area.ctx,
        (tx) => createElement(tx, kind, { typeName, properties, source }, call).guid,
      );
      return { guid };
    },
  });
}

/** The Data Manager's schema type routes. */
export function schemaTypeRoutes(area: ServiceArea): Route[] {
  const ctx = area.ctx;
  const list = (matches: ElementRecord[], req: BoundRequest, call: CallInfo): JsonObject => {
    const { startFrom, pageSize } = pagingOf(req);
    const size = validatePaging(ctx, startFrom, pageSize, call);
    return listAnswer(
      'elements',
      visiblePage(ctx, call, matches, startFrom, size).map((e) => renderSchemaType(ctx, e)),
    );
  };
  return [
    ...CREATES.map((create) => createRoute(area, create)),
    flatTemplateRoute(area, SCHEMA_TYPE, {
      path: '/schema-types/from-template/{templateGUID}',
      action: 'createSchemaTypeFromTemplate',
    }),
    flatUpdateRoute(area, SCHEMA_TYPE, 'SchemaTypeRequestBody', {
      path: '/schema-types/{schemaTypeGUID}',
      guidParam: 'schemaTypeGUID',
      action: 'updateSchemaType',
    }),
    flatRemoveRoute(area, SCHEMA_TYPE, {
      path: '/schema-types/{schemaTypeGUID}/delete',
      guidParam: 'schemaTypeGUID',
      action: 'removeSchemaType',
    }),
    route(area, {
      method: 'POST',
      path: '/schema-types/types/{typeName}/by-search-string',
      action: 'findSchemaType',
      response: 'SchemaTypesResponse',
      body: { spec: SEARCH_STRING_REQUEST_BODY, required: true },
      query: PAGING,
      handle: (req, call) => {
        const body = requireBody(area, req, call);
        const candidates = schemaTypesOfType(ctx, req, call);
        const regex = compileSearchString(body['searchString'], 'searchString', call);
        return list(
          candidates.filter((e) => matchesAnyProperty(e, regex)),
          req,
          call,
        );
      },
    }),
    route(area, {
      method: 'POST',
      path: '/schema-types/types/{typeName}/by-name',
      action: 'getSchemaTypeByName',
      response: 'SchemaTypesResponse',
      body: { spec: NAME_REQUEST_BODY, required: true },
      query: PAGING,
      handle: (req, call) => {
        const body = requireBody(area, req, call);
        const candidates = schemaTypesOfType(ctx, req, call);
        const name = body['name'];
        if (typeof name !== 'string' || name === '') throw nullName('name', call.action);
        return list(
          candidates.filter((e) => matchesName(e, name, SCHEMA_TYPE.nameProperties)),
          req,
          call,
        );
      },
    }),
    route(area, {
      method: 'GET',
      path: '/schema-types/{schemaTypeGUID}',
      action: 'getSchemaTypeByGUID',
      response: 'SchemaTypeResponse',
      handle: (req, call) => ({
        element: renderSchemaType(ctx, requireSchemaType(ctx, req.params['schemaTypeGUID'], 'schemaTypeGUID', call)),
      }),
    }),
    route(area, {
      method: 'GET',
      path: '/schema-types/types/{parentElementTypeName}/by-parent-element/{parentElementGUID}',
      // Egeria 5.2's REST service reports this operation as findSchemaType.
      action: 'findSchemaType',
      response: 'SchemaTypeResponse',
      handle: (req, call) => {
        const parent = requireElement(
          ctx,
          req.params['parentElementGUID'],
          req.params['parentElementTypeName'] ?? '',
          'parentElementGUID',
          call,
        );
        const newestFirst = ctx.state.store.relationshipsOf(parent.guid).reverse();
        const found = newestFirst.find((r) => SCHEMA_TYPE_LINKS.includes(r.typeName));
        if (found === undefined) return {};
        return {
          element: renderSchemaType(ctx, requireSchemaType(ctx, found.end2GUID, 'schemaTypeEnd.getGUID', call)),
        };
      },
    }),
    route(area, {
      method: 'GET',
      path: '/schema-types/{schemaTypeGUID}/parent',
      // Egeria 5.2's REST service reports this operation as getSchemaTypeByGUID.
      action: 'getSchemaTypeByGUID',
      response: 'ElementStubResponse',
      handle: (req, call) => {
        const schemaType = requireSchemaType(ctx, req.params['schemaTypeGUID'], 'schemaTypeGUID', call);
        for (const [relationshipType, parentType] of [
          ['AssetSchemaType', 'Asset'],
          ['PortSchema', 'Port'],
        ]) {
          const newestFirst = ctx.state.store.relationshipsOf(schemaType.guid, relationshipType, 2).reverse();
          for (const relationship of newestFirst) {
            const parent = ctx.state.store.getElement(relationship.end1GUID);
            if (parent !== undefined && isTypeOf(parent.typeName, parentType)) {
              return { element: elementStub(parent, ctx.serverName) };
            }
          }
        }
        return {};
      },
    }),
  ];
}
