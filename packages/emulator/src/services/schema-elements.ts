/**
 * Data Manager OMAS: relationships between schema elements, calculated values and query targets (the
 * schema element operations of Egeria 5.2's SchemaManagerResource).
 *
 * As in Egeria 5.2: `setupSchemaElementRelationship` links two schema elements with a relationship
 * of any type, keeping only the `extendedProperties` and effectivity dates of the properties sent
 * (properties without `extendedProperties` make Egeria fail with a NullPointerException); a second
 * link of the same type between the same elements updates the first. `setupCalculatedValue` sets the
 * `CalculatedValue` classification (its formula); query targets are `DerivedSchemaTypeQueryTarget`
 * relationships whose `query` is required.
 */
import type { Route } from '../server/http-server';
import type { JsonObject } from '../server/binding';
import { invalidParameter, nullPointer } from '../ffdc/ffdc';
import { readBean } from './bean-fields';
import { inTransaction } from './context';
import { setClassification } from './classifications';
import { checkProvenance, sourceOf, verifySource } from './elements';
import type { CallInfo } from './elements';
import { requireBody, requirePathElement, route } from './kind-routes';
import type { ServiceArea } from './kind-routes';
import { METADATA_SOURCE_REQUEST_BODY, RELATIONSHIP_REQUEST_BODY } from './request-beans';
import type { BeanSpec, BoundRequest } from '../server/binding';
import { linkBetween, relationshipsBetween, unlinkBetween, updateLinkProperties } from './relationship-links';
import { requireRelationshipTypeName } from './type-names';

const QUERY_TARGET = 'DerivedSchemaTypeQueryTarget';

const SOURCE = { externalSourceGUID: 'string', externalSourceName: 'string' } as const;

/** `commonservices.ffdc.rest.FormulaRequestBody`. */
const FORMULA_REQUEST_BODY: BeanSpec = { name: 'FormulaRequestBody', fields: { ...SOURCE, formula: 'string' } };

/** `commonservices.ffdc.rest.DerivedSchemaTypeQueryTargetRequestBody` (flat `DerivedSchemaTypeQueryTargetProperties`). */
const QUERY_TARGET_REQUEST_BODY: BeanSpec = {
  name: 'DerivedSchemaTypeQueryTargetRequestBody',
  fields: { ...SOURCE, queryId: 'string', query: 'string', queryType: 'string', queryTargetGUID: 'string' },
};

/** The properties `setupSchemaElementRelationship` keeps: the extended properties and the effectivity dates. */
function schemaRelationshipProperties(body: JsonObject | undefined, call: CallInfo): Record<string, unknown> {
  const raw = body?.['properties'];
  if (raw === undefined || raw === null) return {};
  const read = readBean('RelationshipProperties', raw as JsonObject);
  if (read['extendedProperties'] === undefined) throw nullPointer('properties.extendedProperties is null', call.action);
  const { extendedProperties, ...dates } = read;
  return { ...(extendedProperties as Record<string, unknown>), ...dates };
}

/** The `query` and `queryId` of a query target request; `query` is required. */
function queryProperties(body: JsonObject, call: CallInfo): Record<string, unknown> {
  const fields = readBean('DerivedSchemaTypeQueryTargetProperties', body);
  if (typeof fields['query'] !== 'string') {
    throw invalidParameter('NULL_OBJECT', ['query', call.action], call.action, 'query');
  }
  const out: Record<string, unknown> = { query: fields['query'] };
  if (fields['queryId'] !== undefined) out['queryId'] = fields['queryId'];
  return out;
}

/** The Data Manager's schema element routes. */
export function schemaElementRoutes(area: ServiceArea): Route[] {
  const ctx = area.ctx;
  const schemaElement = (req: BoundRequest, param: string, call: CallInfo) =>
    requirePathElement(ctx, 'SchemaElement', req, param, call);
  const relationshipPath =
    '/schema-elements/{endOneGUID}/relationships/{relationshipTypeName}/schema-elements/{endTwoGUID}';
  const queryTargetPath = '/schema-elements/{derivedElementGUID}/query-targets/{queryTargetGUID}';
  /** A query target set-up or update: its body, its two ends and its properties, checked in Egeria's order. */
  const queryTarget = (req: BoundRequest, call: CallInfo) => {
    const body = requireBody(area, req, call);
    const derived = schemaElement(req, 'derivedElementGUID', call);
    const properties = queryProperties(body, call);
    return { body, derived, properties, target: schemaElement(req, 'queryTargetGUID', call) };
  };
  return [
    route(area, {
      method: 'POST',
      path: relationshipPath,
      action: 'setupSchemaElementRelationship',
      response: 'VoidResponse',
      body: { spec: RELATIONSHIP_REQUEST_BODY, required: false },
      handle: async (req, call) => {
        const typeName = requireRelationshipTypeName(req.params['relationshipTypeName'], 'relationshipTypeName', call);
        const properties = schemaRelationshipProperties(req.body, call);
        const end1 = schemaElement(req, 'endOneGUID', call);
        const end2 = schemaElement(req, 'endTwoGUID', call);
        const owner = verifySource(ctx, sourceOf(req.body), call);
        await inTransaction(ctx, (tx) => linkBetween(tx, typeName, end1, end2, owner, properties, call));
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: `${relationshipPath}/delete`,
      action: 'clearSchemaElementRelationship',
      response: 'VoidResponse',
      body: { spec: METADATA_SOURCE_REQUEST_BODY, required: false },
      handle: async (req, call) => {
        const typeName = requireRelationshipTypeName(req.params['relationshipTypeName'], 'relationshipTypeName', call);
        const end1 = schemaElement(req, 'endOneGUID', call);
        const end2 = schemaElement(req, 'endTwoGUID', call);
        await inTransaction(ctx, (tx) => unlinkBetween(tx, typeName, end1.guid, end2.guid, sourceOf(req.body), call));
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: '/schema-elements/{schemaElementGUID}/calculated-value',
      action: 'setupCalculatedValue',
      response: 'VoidResponse',
      body: { spec: FORMULA_REQUEST_BODY, required: true },
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const element = schemaElement(req, 'schemaElementGUID', call);
        const source = sourceOf(body);
        checkProvenance(element, source, call);
        const owner = verifySource(ctx, source, call);
        const formula = body['formula'];
        const properties = typeof formula === 'string' ? { formula } : {};
        await inTransaction(ctx, (tx) =>
          setClassification(tx, element, { name: 'CalculatedValue', properties }, owner, call),
        );
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: '/schema-elements/{schemaElementGUID}/calculated-value/delete',
      action: 'clearCalculatedValue',
      response: 'VoidResponse',
      body: { spec: METADATA_SOURCE_REQUEST_BODY, required: true },
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const element = schemaElement(req, 'schemaElementGUID', call);
        checkProvenance(element, sourceOf(body), call);
        await inTransaction(ctx, (tx) => tx.declassify(element, 'CalculatedValue'));
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: queryTargetPath,
      action: 'setupQueryTargetRelationship',
      response: 'VoidResponse',
      body: { spec: QUERY_TARGET_REQUEST_BODY, required: true },
      handle: async (req, call) => {
        const { body, derived, properties, target } = queryTarget(req, call);
        const owner = verifySource(ctx, sourceOf(body), call);
        await inTransaction(ctx, (tx) => linkBetween(tx, QUERY_TARGET, derived, target, owner, properties, call));
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: `${queryTargetPath}/update`,
      action: 'updateQueryTargetRelationship',
      response: 'VoidResponse',
      body: { spec: QUERY_TARGET_REQUEST_BODY, required: true },
      handle: async (req, call) => {
        const { body, derived, properties, target } = queryTarget(req, call);
        // Egeria merges the new values into the link; when there is no link nothing happens.
        const existing = relationshipsBetween(ctx, QUERY_TARGET, derived.guid, target.guid)[0];
        if (existing === undefined) return {};
        checkProvenance(existing, sourceOf(body), call);
        await inTransaction(ctx, (tx) =>
          updateLinkProperties(tx, existing, { ...existing.properties, ...properties }, call),
        );
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: `${queryTargetPath}/delete`,
      action: 'clearQueryTargetRelationship',
      response: 'VoidResponse',
      body: { spec: METADATA_SOURCE_REQUEST_BODY, required: true },
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const derived = schemaElement(req, 'derivedElementGUID', call);
        const target = schemaElement(req, 'queryTargetGUID', call);
        await inTransaction(ctx, (tx) =>
          unlinkBetween(tx, QUERY_TARGET, derived.guid, target.guid, sourceOf(body), call),
        );
        return {};
      },
    }),
  ];
}
