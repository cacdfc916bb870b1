/**
 * Asset Manager OMAS (Egeria 5.2's DataAssetExchangeResource): the data asset operations beyond
 * create, update, remove and find: data assets from templates, publish and withdraw, the reference
 * data flag, and relationships of any type between two assets (`RelationshipElement` beans).
 */
import type { Route } from '../server/http-server';
import type { JsonObject } from '../server/binding';
import { invalidParameter } from '../ffdc/ffdc';
import { inTransaction } from './context';
import type { EmulatorContext } from './context';
import {
  checkProvenance,
  listAnswer,
  page,
  requireElement,
  sourceOf,
  unknownRelationship,
  validatePaging,
} from './elements';
import type { CallInfo } from './elements';
import { elementHeader, relationshipStub } from './headers';
import { pagingOf, requireBody, requirePathElement, route } from './kind-routes';
import type { ServiceArea } from './kind-routes';
import { RELATIONSHIP_REQUEST_BODY } from './request-beans';
import { EFFECTIVE_TIME_QUERY, FLAGS, IS_HOME, MERGE, PAGED, assetManagerOf } from './asset-manager-support';
import type { AssetManagerKind } from './asset-manager-support';
import { amFlagRoute, amPublishRoute, amTemplateRoute } from './asset-manager-actions';
import { homeSource, linkOnce } from './asset-manager-links';
import { getTypeDef, isTypeOf } from '../store/type-registry';
import type { RelationshipRecord } from '../store/records';
import { relationshipsBetween } from './relationship-links';

const RELATIONSHIPS = '/data-assets/relationships/{relationshipTypeName}';

/** The relationship type in the path: a known relationship type, else Egeria's unrecognized type error. */
function relationshipType(ctx: EmulatorContext, typeName: string | undefined, call: CallInfo): string {
  if (typeName === undefined || typeName === '') {
    throw invalidParameter('NULL_NAME', ['relationshipTypeName', call.action], call.action, 'relationshipTypeName');
  }
  if (getTypeDef(typeName)?.category !== 'relationship') {
    throw invalidParameter('UNRECOGNIZED_TYPE_NAME', [typeName, call.action, call.service], call.action, 'typeName');
  }
  return typeName;
}

/** What Egeria stores from a relationship properties bean here: a data set's query, nothing else. */
function storedRelationshipProperties(body: JsonObject | undefined): Record<string, unknown> {
  const bean = body?.['properties'];
  if (typeof bean !== 'object' || bean === null) return {};
  const properties = bean as JsonObject;
  if (properties['class'] !== 'DataContentForDataSetProperties') return {};
  const out: Record<string, unknown> = {};
  for (const field of ['queryId', 'query']) {
    if (typeof properties[field] === 'string') out[field] = properties[field];
  }
  return out;
}

/** A `RelationshipElement`: the relationship's header, its properties bean, and the headers of its ends. */
function renderRelationshipElement(ctx: EmulatorContext, record: RelationshipRecord): JsonObject {
  const out: JsonObject = {
    relationshipHeader: { ...relationshipStub(record, ctx.serverName), class: 'ElementHeader' },
  };
  if (Object.keys(record.properties).length > 0) {
    out['relationshipProperties'] =
      record.typeName === 'DataContentForDataSet'
        ? { class: 'DataContentForDataSetProperties', ...record.properties }
        : { class: 'RelationshipProperties' };
  }
  const end1 = ctx.state.store.getElement(record.end1GUID);
  const end2 = ctx.state.store.getElement(record.end2GUID);
  if (end1 !== undefined) out['end1GUID'] = elementHeader(end1, ctx.serverName);
  if (end2 !== undefined) out['end2GUID'] = elementHeader(end2, ctx.serverName);
  return out;
}

/** The relationship with a GUID, which must be of the type in the path. */
function requireRelationship(
  ctx: EmulatorContext,
  typeName: string,
  guid: string | undefined,
  call: CallInfo,
): RelationshipRecord {
  const found = guid === undefined ? undefined : ctx.state.store.getRelationship(guid);
  if (found === undefined || !isTypeOf(found.typeName, typeName)) {
    throw unknownRelationship(ctx, typeName, guid ?? '', 'relationshipGUID', call);
  }
  return found;
}

/** The routes of relationships of any type between two data assets. */
function relatedAssetRoutes(area: ServiceArea): Route[] {
  const { ctx } = area;
  const endList = (path: string, action: string, param: string, end: 1 | 2): Route =>
    route(area, {
      method: 'POST',
      path,
      action,
      response: 'RelationshipElementsResponse',
      body: { spec: EFFECTIVE_TIME_QUERY, required: true },
      query: PAGED,
      handle: (req, call) => {
        const { startFrom, pageSize } = pagingOf(req);
        const typeName = relationshipType(ctx, req.params['relationshipTypeName'], call);
        const asset = requireElement(ctx, req.params[param], 'Asset', param, call);
        const size = validatePaging(ctx, startFrom, pageSize, call);
        // The asset is at the other end from the one whose elements are asked for.
        const found = ctx.state.store.relationshipsOf(asset.guid, typeName, end === 2 ? 1 : 2);
        return listAnswer(
          'elements',
          page(found, startFrom, size).map((r) => renderRelationshipElement(ctx, r)),
        );
      },
    });
  return [
    route(area, {
      method: 'POST',
      path: `${RELATIONSHIPS}/from-asset/{fromAssetGUID}/to-asset/{toAssetGUID}`,
      action: 'setupRelatedDataAsset',
      response: 'GUIDResponse',
      body: { spec: RELATIONSHIP_REQUEST_BODY, required: true },
      query: [IS_HOME, ...FLAGS],
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const from = requirePathElement(ctx, 'Asset', req, 'fromAssetGUID', call);
        const to = requirePathElement(ctx, 'Asset', req, 'toAssetGUID', call);
        const typeName = relationshipType(ctx, req.params['relationshipTypeName'], call);
        const owner = homeSource(area, req.q['assetManagerIsHome'] !== false, sourceOf(body), call);
        const properties = storedRelationshipProperties(body);
        const guid = await inTransaction(ctx, (tx) =>
          linkOnce(tx, { typeName, end1: from, end2: to, properties, owner }, call),
        );
        return { guid };
      },
    }),
    route(area, {
      method: 'POST',
      path: `${RELATIONSHIPS}/from-asset/{fromAssetGUID}/to-asset/{toAssetGUID}/retrieve`,
      action: 'getAssetRelationship',
      response: 'RelationshipElementResponse',
      body: { spec: EFFECTIVE_TIME_QUERY, required: true },
      query: FLAGS,
      handle: (req, call) => {
        const from = requirePathElement(ctx, 'Asset', req, 'fromAssetGUID', call);
        const to = requirePathElement(ctx, 'Asset', req, 'toAssetGUID', call);
        const typeName = relationshipType(ctx, req.params['relationshipTypeName'], call);
        const found = relationshipsBetween(ctx, typeName, from.guid, to.guid);
        return found.length === 0 ? {} : { element: renderRelationshipElement(ctx, found[found.length - 1]) };
      },
    }),
    route(area, {
      method: 'POST',
      path: `${RELATIONSHIPS}/{relationshipGUID}/update`,
      action: 'updateAssetRelationship',
      response: 'VoidResponse',
      body: { spec: RELATIONSHIP_REQUEST_BODY, required: true },
      query: [MERGE, ...FLAGS],
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const typeName = relationshipType(ctx, req.params['relationshipTypeName'], call);
        const record = requireRelationship(ctx, typeName, req.params['relationshipGUID'], call);
        checkProvenance(record, sourceOf(body), call);
        const sent = storedRelationshipProperties(body);
        const properties = req.q['isMergeUpdate'] === true ? { ...record.properties, ...sent } : sent;
        if (JSON.stringify(properties) === JSON.stringify(record.properties)) return {};
        await inTransaction(ctx, (tx) => tx.reviseRelationship(record, properties, call.userId));
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: `${RELATIONSHIPS}/{relationshipGUID}/remove`,
      action: 'clearAssetRelationship',
      response: 'VoidResponse',
      body: { spec: EFFECTIVE_TIME_QUERY, required: true },
      query: FLAGS,
      handle: async (req, call) => {
        const typeName = relationshipType(ctx, req.params['relationshipTypeName'], call);
        const record = requireRelationship(ctx, typeName, req.params['relationshipGUID'], call);
        checkProvenance(record, assetManagerOf(req.body), call);
        await inTransaction(ctx, (tx) => tx.deleteRelationship(record));
        return {};
      },
    }),
    endList(`${RELATIONSHIPS}/from-asset/{fromAssetGUID}/retrieve/end2`, 'getRelatedAssetsAtEnd2', 'fromAssetGUID', 2),
    // Egeria 5.2's resource repeats `/data-assets` here (its Java client sends the path without it).
    endList(
      `/data-assets${RELATIONSHIPS}/to-asset/{toAssetGUID}/retrieve/end1`,
      'getRelatedAssetsAtEnd1',
      'toAssetGUID',
      1,
    ),
  ];
}

/** The data asset routes of the data asset exchange that are not element basics. */
export function dataAssetRoutes(area: ServiceArea, kind: AssetManagerKind): Route[] {
  const flag = (set: boolean): Route =>
    amFlagRoute(area, {
      path: `/data-assets/{assetGUID}/is-reference-data${set ? '' : '/remove'}`,
      guidParam: 'assetGUID',
      action: set ? 'setDataAssetAsReferenceData' : 'clearDataAssetAsReferenceData',
      typeName: 'Asset',
      classification: 'ReferenceData',
      set,
      withoutBody: 'refuse',
    });
  const zone = (publish: boolean): Route =>
    amPublishRoute(area, {
      path: `/data-assets/{assetGUID}/${publish ? 'publish' : 'withdraw'}`,
      guidParam: 'assetGUID',
      action: publish ? 'publishDataAsset' : 'withdrawDataAsset',
      typeName: 'Asset',
      publish,
      bodyRequired: false,
    });
  return [
    amTemplateRoute(area, kind, {
      path: '/data-assets/from-template/{templateGUID}',
      action: 'createDataAssetFromTemplate',
      pathName: true,
    }),
    zone(true),
    zone(false),
    flag(true),
    flag(false),
    ...relatedAssetRoutes(area),
  ];
}
