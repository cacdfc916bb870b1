/**
 * Asset Manager OMAS schemas (Egeria 5.2's SchemaExchangeResource): schema types and their parents
 * (an asset through AssetSchemaType, a port through PortSchema), schema attributes nested below a
 * schema type (AttributeForSchema) or another attribute (NestedSchemaAttribute), relationships
 * between schema elements, calculated values, primary keys and foreign keys.
 */
import type { Route } from '../server/http-server';
import type { BeanSpec, JsonObject } from '../server/binding';
import { invalidParameter, nullName, nullPointer } from '../ffdc/ffdc';
import { inTransaction, newGUID, originFor } from './context';
import type { EmulatorContext } from './context';
import {
  checkProvenance,
  listAnswer,
  requireKind,
  sourceOf,
  unknownRelationship,
  unlinkElements,
  validatePaging,
  verifySource,
  visiblePage,
} from './elements';
import type { CallInfo } from './elements';
import { deleteSchemaParts } from './flat-bean-routes';
import { pagingOf, requireBody, requirePathElement, requirePathKind, route } from './kind-routes';
import type { ServiceArea } from './kind-routes';
import { elementHeader } from './headers';
import {
  EFFECTIVE_TIME_QUERY,
  FLAGS,
  IS_HOME,
  PAGED,
  amKind,
  assetManagerOf,
  correlationOf,
  recordExternalIdentifier,
  relationshipBody,
  renderAMElement,
  scopeSource,
  storedProperties,
  updateRequestBody,
} from './asset-manager-support';
import type { AssetManagerKind } from './asset-manager-support';
import { elementRoutes } from './asset-manager-elements';
import { createFromTemplate } from './templates';
import { classificationRoutes, pick } from './asset-manager-classifications';
import { nestedAttributesOf } from './schema-attributes';
import type { ElementRecord, RelationshipRecord } from '../store/records';
import { getTypeDef, isTypeOf } from '../store/type-registry';

const SCHEMA_PACKAGE = 'org.odpi.openmetadata.frameworks.openmetadata.properties.schema';

/** `SchemaTypeProperties` and the subclasses Jackson resolves to it. */
const SCHEMA_TYPE_CLASSES = [
  'SchemaTypeProperties',
  'ComplexSchemaTypeProperties',
  'RootSchemaTypeProperties',
  'StructSchemaTypeProperties',
  'APIParameterListProperties',
  'APISchemaTypeProperties',
  'TabularSchemaTypeProperties',
  'DatabaseSchemaTypeProperties',
  'EventTypeProperties',
  'ExternalSchemaTypeProperties',
  'LiteralSchemaTypeProperties',
  'MapSchemaTypeProperties',
  'SchemaTypeChoiceProperties',
  'SimpleSchemaTypeProperties',
  'PrimitiveSchemaTypeProperties',
  'EnumSchemaTypeProperties',
];

/** `SchemaAttributeProperties` and the subclasses Jackson resolves to it. */
const SCHEMA_ATTRIBUTE_CLASSES = [
  'SchemaAttributeProperties',
  'TabularColumnProperties',
  'DatabaseColumnProperties',
  'DatabaseTableProperties',
  'DatabaseViewProperties',
  'EventSchemaAttributeProperties',
  'APIParameterProperties',
];

/** Schema types (Egeria's converter answers a plain `SchemaTypeProperties` with the type name, and the attribute count). */
export const SCHEMA_TYPE: AssetManagerKind = {
  ...amKind('SchemaType', SCHEMA_TYPE_CLASSES, 'schemaTypeProperties', SCHEMA_PACKAGE),
  extras: (ctx, element) => ({ attributeCount: nestedAttributesOf(ctx, element).length }),
};

/** Schema attributes (a plain `SchemaAttributeProperties` with the type name). */
export const SCHEMA_ATTRIBUTE: AssetManagerKind = amKind(
  'SchemaAttribute',
  SCHEMA_ATTRIBUTE_CLASSES,
  'schemaAttributeProperties',
  SCHEMA_PACKAGE,
);

/** The relationships from a schema type's parent: a port's (PortSchema) or an asset's (AssetSchemaType). */
const PARENT_RELATIONSHIPS = ['PortSchema', 'AssetSchemaType'];

function parentRelationshipFor(parentTypeName: string): string {
  return isTypeOf(parentTypeName, 'Port') ? 'PortSchema' : 'AssetSchemaType';
}

const TEMPLATE_BODY: BeanSpec = {
  name: 'TemplateRequestBody',
  fields: { ...updateRequestBody('TemplateRequestBody').fields, elementProperties: 'object', parentGUID: 'string' },
};

const CALCULATED_VALUE_BODY: BeanSpec = {
  name: 'CalculatedValueClassificationRequestBody',
  fields: { ...updateRequestBody('CalculatedValueClassificationRequestBody').fields, formula: 'string' },
};

const PRIMARY_KEY_BODY: BeanSpec = {
  name: 'PrimaryKeyClassificationRequestBody',
  fields: {
    externalSourceGUID: 'string',
    externalSourceName: 'string',
    effectiveTime: 'date',
    primaryKeyProperties: { name: 'PrimaryKeyProperties', acceptedClasses: ['PrimaryKeyProperties'] },
  },
};

const FOREIGN_KEY_BODY: BeanSpec = {
  name: 'ForeignKeyRequestBody',
  fields: {
    ...EFFECTIVE_TIME_QUERY.fields,
    properties: { name: 'ForeignKeyProperties', acceptedClasses: ['ForeignKeyProperties'] },
  },
};

const UPDATE_BODY = updateRequestBody('UpdateRequestBody');

/** The relationship type named in a path, which must be a relationship type. */
function relationshipTypeParam(typeName: string | undefined, call: CallInfo): string {
  if (typeName === undefined || typeName === '') throw nullName('relationshipTypeName', call.action);
  if (getTypeDef(typeName)?.category !== 'relationship') {
    throw invalidParameter(
      'BAD_SUB_TYPE_NAME',
      [typeName, call.action, call.service, 'Relationship'],
      call.action,
      'relationshipTypeName',
    );
  }
  return typeName;
}

/** The relationships of a type from one element to another. */
function between(ctx: EmulatorContext, typeName: string, end1GUID: string, end2GUID: string): RelationshipRecord[] {
  return ctx.state.store.relationshipsOf(end1GUID, typeName, 1).filter((r) => r.end2GUID === end2GUID);
}

/** The template properties sent (qualified name, display name, description...), which replace the template's. */
function templateOverridesOf(body: JsonObject, call: CallInfo): Record<string, unknown> {
  const given = storedProperties(body['elementProperties']);
  if (typeof given['qualifiedName'] !== 'string' || given['qualifiedName'] === '') {
    throw nullName('templateProperties.qualifiedName', call.action);
  }
  return given;
}

/** The schema routes beyond the element kinds' own. */
function schemaRelationshipRoutes(area: ServiceArea): Route[] {
  const { ctx } = area;
  const link = async (
    typeName: string,
    end1: ElementRecord,
    end2: ElementRecord,
    body: JsonObject | undefined,
    isHome: boolean,
    call: CallInfo,
  ): Promise<void> => {
    const verified = verifySource(ctx, sourceOf(body), call);
    const owner = isHome ? verified : undefined;
    if (between(ctx, typeName, end1.guid, end2.guid).length > 0) return;
    await inTransaction(ctx, (tx) =>
      tx.createRelationship({
        guid: newGUID(),
        typeName,
        end1GUID: end1.guid,
        end2GUID: end2.guid,
        properties: storedProperties(body?.['properties']),
        origin: originFor(ctx, owner),
        createdBy: call.userId,
        createTime: ctx.now(),
        version: 1,
      }),
    );
  };
  const unlink = async (
    typeNames: readonly string[],
    end1GUID: string,
    end2GUID: string,
    body: JsonObject | undefined,
    call: CallInfo,
  ): Promise<void> => {
    const found = typeNames.flatMap((t) => between(ctx, t, end1GUID, end2GUID));
    for (const relationship of found) checkProvenance(relationship, assetManagerOf(body), call);
    await inTransaction(ctx, (tx) => {
      for (const relationship of found) unlinkElements(tx, relationship, call.userId);
    });
  };
  const schemaTypeParentOf = (schemaType: ElementRecord): ElementRecord | undefined => {
    for (const typeName of PARENT_RELATIONSHIPS) {
      const relationship = ctx.state.store.relationshipsOf(schemaType.guid, typeName, 2)[0];
      const parent = relationship === undefined ? undefined : ctx.state.store.getElement(relationship.end1GUID);
      if (parent !== undefined) return parent;
    }
    return undefined;
  };
  return [
    route(area, {
      method: 'POST',
      path: '/parents/{parentElementGUID}/{parentElementTypeName}/schema-types/{schemaTypeGUID}',
      action: 'setupSchemaTypeParent',
      response: 'VoidResponse',
      body: { spec: relationshipBody(['RelationshipProperties']), required: true },
      query: [IS_HOME, ...FLAGS],
      handle: async (req, call) => {
        const typeName = req.params['parentElementTypeName'] ?? '';
        if (typeName === '') throw nullName('parentElementTypeName', call.action);
        const parent = requirePathElement(ctx, typeName, req, 'parentElementGUID', call);
        const schemaType = requirePathKind(ctx, SCHEMA_TYPE, req, 'schemaTypeGUID', call);
        const isHome = req.q['assetManagerIsHome'] !== false;
        await link(parentRelationshipFor(typeName), parent, schemaType, req.body, isHome, call);
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: '/parents/{parentElementGUID}/{parentElementTypeName}/schema-types/{schemaTypeGUID}/remove',
      action: 'clearSchemaTypeParent',
      response: 'VoidResponse',
      body: { spec: EFFECTIVE_TIME_QUERY, required: true },
      query: FLAGS,
      handle: async (req, call) => {
        const typeName = req.params['parentElementTypeName'] ?? '';
        if (typeName === '') throw nullName('parentElementTypeName', call.action);
        const parent = requirePathElement(ctx, typeName, req, 'parentElementGUID', call);
        const schemaType = requirePathKind(ctx, SCHEMA_TYPE, req, 'schemaTypeGUID', call);
        await unlink([parentRelationshipFor(typeName)], parent.guid, schemaType.guid, req.body, call);
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: '/parents/{parentElementTypeName}/{parentElementGUID}/schema-types/retrieve',
      action: 'getSchemaTypeForElement',
      response: 'SchemaTypeElementResponse',
      body: { spec: EFFECTIVE_TIME_QUERY, required: true },
      query: FLAGS,
      handle: (req, call) => {
        const typeName = req.params['parentElementTypeName'] ?? '';
        if (typeName === '') throw nullName('parentElementTypeName', call.action);
        const parent = requirePathElement(ctx, typeName, req, 'parentElementGUID', call);
        const relationship = ctx.state.store.relationshipsOf(parent.guid, parentRelationshipFor(typeName), 1)[0];
        const schemaType = relationship === undefined ? undefined : ctx.state.store.getElement(relationship.end2GUID);
        return schemaType === undefined ? {} : { element: renderAMElement(ctx, SCHEMA_TYPE, schemaType) };
      },
    }),
    route(area, {
      method: 'POST',
      path: '/parents/schema-types/{schemaTypeGUID}/retrieve',
      action: 'getSchemaTypeParent',
      response: 'ElementHeaderResponse',
      body: { spec: EFFECTIVE_TIME_QUERY, required: true },
      query: FLAGS,
      handle: (req, call) => {
        const schemaType = requirePathKind(ctx, SCHEMA_TYPE, req, 'schemaTypeGUID', call);
        const parent = schemaTypeParentOf(schemaType);
        return parent === undefined ? {} : { element: elementHeader(parent, ctx.serverName) };
      },
    }),
    route(area, {
      method: 'POST',
      path: '/schema-elements/{endOneGUID}/relationships/{relationshipTypeName}/schema-elements/{endTwoGUID}',
      action: 'setupSchemaElementRelationship',
      response: 'VoidResponse',
      body: { spec: relationshipBody(['RelationshipProperties']), required: true },
      query: [IS_HOME, ...FLAGS],
      handle: async (req, call) => {
        const typeName = relationshipTypeParam(req.params['relationshipTypeName'], call);
        const end1 = requirePathElement(ctx, 'SchemaElement', req, 'endOneGUID', call);
        const end2 = requirePathElement(ctx, 'SchemaElement', req, 'endTwoGUID', call);
        await link(typeName, end1, end2, req.body, req.q['assetManagerIsHome'] !== false, call);
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: '/schema-elements/{endOneGUID}/relationships/{relationshipTypeName}/schema-elements/{endTwoGUID}/remove',
      action: 'clearSchemaElementRelationship',
      response: 'VoidResponse',
      body: { spec: EFFECTIVE_TIME_QUERY, required: true },
      query: FLAGS,
      handle: async (req, call) => {
        const typeName = relationshipTypeParam(req.params['relationshipTypeName'], call);
        const end1 = requirePathElement(ctx, 'SchemaElement', req, 'endOneGUID', call);
        const end2 = requirePathElement(ctx, 'SchemaElement', req, 'endTwoGUID', call);
        await unlink([typeName], end1.guid, end2.guid, req.body, call);
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: '/schema-attributes/{primaryKeyGUID}/relationships/foreign-keys/{foreignKeyGUID}',
      action: 'setupForeignKeyRelationship',
      response: 'VoidResponse',
      body: { spec: FOREIGN_KEY_BODY, required: true },
      query: [IS_HOME, ...FLAGS],
      handle: async (req, call) => {
        const primary = requirePathKind(ctx, SCHEMA_ATTRIBUTE, req, 'primaryKeyGUID', call);
        const foreign = requirePathKind(ctx, SCHEMA_ATTRIBUTE, req, 'foreignKeyGUID', call);
        const body = requireBody(area, req, call);
        // The body names the asset manager as assetManagerGUID / assetManagerName.
        const source = assetManagerOf(body);
        const relationshipBodyFields = { externalSourceGUID: source.guid, externalSourceName: source.name };
        await link(
          'ForeignKey',
          primary,
          foreign,
          { ...body, ...relationshipBodyFields },
          req.q['assetManagerIsHome'] !== false,
          call,
        );
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: '/schema-attributes/{primaryKeyGUID}/relationships/foreign-keys/{foreignKeyGUID}/update',
      action: 'updateForeignKeyRelationship',
      response: 'VoidResponse',
      body: { spec: FOREIGN_KEY_BODY, required: true },
      query: FLAGS,
      handle: async (req, call) => {
        const primary = requirePathKind(ctx, SCHEMA_ATTRIBUTE, req, 'primaryKeyGUID', call);
        const foreign = requirePathKind(ctx, SCHEMA_ATTRIBUTE, req, 'foreignKeyGUID', call);
        const body = requireBody(area, req, call);
        const existing = between(ctx, 'ForeignKey', primary.guid, foreign.guid)[0];
        if (existing === undefined) throw unknownRelationship(ctx, 'ForeignKey', '', 'foreignKeyGUID', call);
        checkProvenance(existing, assetManagerOf(body), call);
        await inTransaction(ctx, (tx) =>
          tx.reviseRelationship(existing, storedProperties(body['properties']), call.userId),
        );
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: '/schema-attributes/{primaryKeyGUID}/relationships/foreign-keys/{foreignKeyGUID}/remove',
      action: 'clearForeignKeyRelationship',
      response: 'VoidResponse',
      body: { spec: EFFECTIVE_TIME_QUERY, required: true },
      query: FLAGS,
      handle: async (req, call) => {
        const primary = requirePathKind(ctx, SCHEMA_ATTRIBUTE, req, 'primaryKeyGUID', call);
        const foreign = requirePathKind(ctx, SCHEMA_ATTRIBUTE, req, 'foreignKeyGUID', call);
        await unlink(['ForeignKey'], primary.guid, foreign.guid, req.body, call);
        return {};
      },
    }),
  ];
}

/** Creates from a template: a copy of the template element, below a parent for schema attributes. */
function templateRoutes(area: ServiceArea): Route[] {
  const { ctx } = area;
  const create = async (
    kind: AssetManagerKind,
    templateGUID: string | undefined,
    body: JsonObject,
    isHome: boolean,
    parent: ElementRecord | undefined,
    call: CallInfo,
  ): Promise<string> => {
    const template = requireKind(ctx, kind, templateGUID, 'templateGUID', call);
    const properties = templateOverridesOf(body, call);
    const verified = verifySource(ctx, scopeSource(body), call);
    const owner = isHome ? verified : undefined;
    return inTransaction(ctx, (tx) => {
      const element = createFromTemplate(
        tx,
        { template, overrides: properties, source: owner, anchorGUID: parent?.anchorGUID, deepCopy: true },
        call,
      );
      if (parent !== undefined) {
        tx.createRelationship({
          guid: newGUID(),
          typeName: attributeRelationshipFor(parent),
          end1GUID: parent.guid,
          end2GUID: element.guid,
          properties: {},
          origin: originFor(ctx, owner),
          createdBy: call.userId,
          createTime: ctx.now(),
          version: 1,
        });
      }
      recordExternalIdentifier(tx, element, correlationOf(body), call);
      return element.guid;
    });
  };
  return [
    route(area, {
      method: 'POST',
      path: '/schema-types/from-template/{templateGUID}',
      action: 'createSchemaTypeFromTemplate',
      response: 'GUIDResponse',
      body: { spec: TEMPLATE_BODY, required: true },
      query: [IS_HOME],
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const isHome = req.q['assetManagerIsHome'] !== false;
        return { guid: await create(SCHEMA_TYPE, req.params['templateGUID'], body, isHome, undefined, call) };
      },
    }),
    route(area, {
      method: 'POST',
      path: '/schema-elements/{schemaElementGUID}/schema-attributes/from-template/{templateGUID}',
      action: 'createSchemaAttributeFromTemplate',
      response: 'GUIDResponse',
      body: { spec: TEMPLATE_BODY, required: true },
      query: [IS_HOME, ...FLAGS],
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const parent = requirePathElement(ctx, 'SchemaElement', req, 'schemaElementGUID', call);
        const isHome = req.q['assetManagerIsHome'] !== false;
        return { guid: await create(SCHEMA_ATTRIBUTE, req.params['templateGUID'], body, isHome, parent, call) };
      },
    }),
  ];
}

/** A schema type holds its attributes through AttributeForSchema, an attribute through NestedSchemaAttribute. */
function attributeRelationshipFor(parent: ElementRecord): string {
  return isTypeOf(parent.typeName, 'SchemaType') ? 'AttributeForSchema' : 'NestedSchemaAttribute';
}

/** Calculated values of schema elements and primary keys of schema attributes. */
function schemaClassificationRoutes(area: ServiceArea): Route[] {
  return [
    ...classificationRoutes(area, {
      path: '/schema-elements/{schemaElementGUID}/is-calculated-value',
      guidParam: 'schemaElementGUID',
      elementType: 'SchemaElement',
      classification: 'CalculatedValue',
      setAction: 'setSchemaElementAsCalculatedValue',
      clearAction: 'clearSchemaElementAsCalculatedValue',
      setBody: { spec: CALCULATED_VALUE_BODY, required: true },
      clearBody: { spec: UPDATE_BODY, required: true },
      isHome: true,
      properties: (body) => pick(body, { formula: 'formula' }),
    }),
    ...classificationRoutes(area, {
      path: '/schema-attributes/{schemaAttributeGUID}/is-primary-key',
      guidParam: 'schemaAttributeGUID',
      elementType: 'SchemaAttribute',
      classification: 'PrimaryKey',
      setAction: 'setupColumnAsPrimaryKey',
      clearAction: 'clearColumnAsPrimaryKey',
      setBody: { spec: PRIMARY_KEY_BODY, required: true },
      clearBody: { spec: UPDATE_BODY, required: true },
      isHome: true,
      // Egeria reads the primary key's name and pattern without a null check.
      properties: (body, call) => {
        const raw = body?.['primaryKeyProperties'];
        if (typeof raw !== 'object' || raw === null) throw nullPointer('primaryKeyProperties is null', call.action);
        return { keyPattern: 'LOCAL_KEY', ...pick(raw, { name: 'name', keyPattern: 'keyPattern' }) };
      },
      source: sourceOf,
    }),
  ];
}

/** Every schema route of the Asset Manager. */
export function schemaRoutes(area: ServiceArea): Route[] {
  return [
    ...elementRoutes(area, {
      kind: SCHEMA_TYPE,
      body: 'SchemaTypeRequestBody',
      guidParam: 'schemaTypeGUID',
      create: { path: '/schema-types', action: 'createSchemaType', anchorParam: 'anchorGUID' },
      update: { path: '/schema-types/{schemaTypeGUID}', action: 'updateSchemaType', mergeRequired: true },
      remove: {
        path: '/schema-types/{schemaTypeGUID}/remove',
        action: 'removeSchemaType',
        bodyRequired: true,
        body: 'UpdateRequestBody',
        cascade: deleteSchemaParts,
      },
      find: { path: '/schema-types/by-search-string', action: 'findSchemaType' },
      byName: { path: '/schema-types/by-name', action: 'getSchemaTypeByName' },
      byGUID: { path: '/schema-types/{schemaTypeGUID}/retrieve', action: 'getSchemaTypeByGUID', bodyRequired: true },
    }),
    ...elementRoutes(area, {
      kind: SCHEMA_ATTRIBUTE,
      body: 'SchemaAttributeRequestBody',
      guidParam: 'schemaAttributeGUID',
      create: {
        path: '/schema-elements/{schemaElementGUID}/schema-attributes',
        action: 'createSchemaAttribute',
        parent: {
          param: 'schemaElementGUID',
          type: 'SchemaElement',
          relationship: attributeRelationshipFor,
          inheritAnchor: true,
        },
      },
      update: {
        path: '/schema-attributes/{schemaAttributeGUID}',
        action: 'updateSchemaAttribute',
        mergeRequired: true,
      },
      remove: {
        path: '/schema-attributes/{schemaAttributeGUID}/remove',
        action: 'removeSchemaAttribute',
        bodyRequired: true,
        body: 'UpdateRequestBody',
        cascade: deleteSchemaParts,
      },
      find: { path: '/schema-attributes/by-search-string', action: 'findSchemaAttributes' },
      byName: { path: '/schema-attributes/by-name', action: 'getSchemaAttributesByName' },
      byGUID: {
        path: '/schema-attributes/{schemaAttributeGUID}/retrieve',
        action: 'getSchemaAttributeByGUID',
        bodyRequired: true,
      },
    }),
    ...nestedAttributeRoutes(area),
    ...templateRoutes(area),
    ...schemaRelationshipRoutes(area),
    ...schemaClassificationRoutes(area),
  ];
}

/** `getNestedAttributes`: the attributes directly below a schema type or attribute. */
function nestedAttributeRoutes(area: ServiceArea): Route[] {
  const { ctx } = area;
  return [
    route(area, {
      method: 'POST',
      path: '/schema-elements/{parentSchemaElementGUID}/schema-attributes/retrieve',
      action: 'getNestedAttributes',
      response: 'SchemaAttributeElementsResponse',
      body: { spec: EFFECTIVE_TIME_QUERY, required: true },
      query: PAGED,
      handle: (req, call) => {
        const parent = requirePathElement(ctx, 'SchemaElement', req, 'parentSchemaElementGUID', call);
        const { startFrom, pageSize } = pagingOf(req);
        const size = validatePaging(ctx, startFrom, pageSize, call);
        const children = nestedAttributesOf(ctx, parent);
        return listAnswer(
          'elementList',
          visiblePage(ctx, call, children, startFrom, size).map((e) => renderAMElement(ctx, SCHEMA_ATTRIBUTE, e)),
        );
      },
    }),
  ];
}
