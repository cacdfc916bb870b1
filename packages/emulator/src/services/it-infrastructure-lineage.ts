/**
 * IT Infrastructure OMAS: the asset status update and the lineage relationships of Egeria 5.2's
 * ITAssetResource (data flows, control flows, process calls, lineage mappings). The relationship
 * routes are the ones the Asset Manager serves too (lineage-relationships.ts); here they take the
 * IT Infrastructure's flat request beans (`DataFlowRequestBody`: the metadata source, an effective
 * time and the properties bean), `infrastructureManagerIsHome` on set-up, and Spring requires
 * every body. As in 5.2, lineage mappings are set up without a metadata source (the handler is
 * given none), their set-up answers a `VoidResponse`, and they have no update.
 */
import type { Route } from '../server/http-server';
import type { BeanSpec } from '../server/binding';
import { inTransaction } from './context';
import { checkProvenance, sourceOf, verifySource } from './elements';
import { requireBody, requirePathElement, route } from './kind-routes';
import type { ServiceArea } from './kind-routes';
import { lineageRelationshipRoutes } from './lineage-relationships';
import type { LineageDialect } from './lineage-relationships';
import { IS_HOME, RESULTS_BODY, SOURCE, requireTypeName } from './it-infrastructure-assets';
import { NAME_REQUEST_BODY, PAGING } from './request-beans';
import { checkAssetStatus, elementStatusOf } from './element-status';

/** `EffectiveTimeQueryRequestBody` (commonservices): the metadata source and an effective time. */
const EFFECTIVE_TIME_QUERY: BeanSpec = {
  name: 'EffectiveTimeQueryRequestBody',
  fields: { ...SOURCE, effectiveTime: 'date' },
};

/** `ElementStatusRequestBody`. */
const ELEMENT_STATUS_BODY: BeanSpec = {
  name: 'ElementStatusRequestBody',
  fields: { ...SOURCE, ...RESULTS_BODY.fields, elementStatus: 'string' },
};

/** How the IT Infrastructure's lineage relationship operations are shaped (ITAssetResource). */
const IT_INFRASTRUCTURE_LINEAGE: LineageDialect = {
  relationshipBody: (rel) => ({
    name: `${rel.typeName}RequestBody`,
    fields: {
      ...EFFECTIVE_TIME_QUERY.fields,
      properties: { name: rel.propertiesClass, acceptedClasses: [rel.propertiesClass] },
    },
  }),
  nameBody: NAME_REQUEST_BODY,
  removeBody: EFFECTIVE_TIME_QUERY,
  listBody: RESULTS_BODY,
  bodyRequired: () => true,
  query: (rel, op) => {
    if (op === 'list') return PAGING;
    if (op === 'setup' && rel.typeName !== 'LineageMapping') return [IS_HOME];
    return [];
  },
  removeSource: sourceOf,
  owner: (ctx, rel, req, call) => {
    if (rel.typeName === 'LineageMapping') return undefined;
    const verified = verifySource(ctx, sourceOf(req.body), call);
    return req.q['infrastructureManagerIsHome'] === false ? undefined : verified;
  },
  setupResponse: (rel) => (rel.typeName === 'LineageMapping' ? 'VoidResponse' : 'GUIDResponse'),
  hasUpdate: (rel) => rel.typeName !== 'LineageMapping',
};

/** `POST /assets/{assetTypeName}/{assetGUID}/status`: a new status for an asset. */
function assetStatusRoute(area: ServiceArea): Route {
  const ctx = area.ctx;
  return route(area, {
    method: 'POST',
    path: '/assets/{assetTypeName}/{assetGUID}/status',
    action: 'updateAssetStatus',
    response: 'VoidResponse',
    body: { spec: ELEMENT_STATUS_BODY, required: true },
    handle: async (req, call) => {
      const body = requireBody(area, req, call);
      const status = elementStatusOf(body['elementStatus'], 'elementStatus');
      const typeName = requireTypeName(req.params['assetTypeName'], 'entity', 'assetTypeName', call);
      const asset = requirePathElement(ctx, typeName, req, 'assetGUID', call);
      // No status means ACTIVE (ITAssetRESTService.getInstanceStatus).
      const next = status ?? 'ACTIVE';
      checkProvenance(asset, sourceOf(body), call);
      checkAssetStatus(ctx, asset.typeName, next, 'updateEntityStatus', call);
      if ((asset.status ?? 'ACTIVE') === next) return {};
      await inTransaction(ctx, (tx) =>
        tx.updateElement({
          ...asset,
          status: next === 'ACTIVE' ? undefined : next,
          updatedBy: call.userId,
          updateTime: ctx.now(),
          version: asset.version + 1,
        }),
      );
      return {};
    },
  });
}

/** The asset status and lineage relationship routes of the IT Infrastructure OMAS. */
export function itLineageRoutes(area: ServiceArea): Route[] {
  return [assetStatusRoute(area), ...lineageRelationshipRoutes(area, IT_INFRASTRUCTURE_LINEAGE)];
}
