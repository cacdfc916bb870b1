/**
 * IT Infrastructure OMAS: what Egeria 5.2's infrastructure integrator calls: the generic asset calls
 * (it-infrastructure-assets.ts), the asset status and lineage relationships
 * (it-infrastructure-lineage.ts), IT profiles and user identities (it-profiles.ts) and, from
 * ITInfrastructureResource, the software capabilities, server asset uses, endpoints and the
 * out-topic connection. Its out topic carries `ITInfrastructureOutTopicEvent`s for every
 * Referenceable change, as in Egeria, from the first out-topic connection request on.
 *
 * Connections and connector types are served by connection-family-routes.ts. Not served:
 * `getAssetRelationships` (5.2's resource answers nothing: its method is a stub), and the
 * `/endpoints/by-network-address` operation, whose 5.2 resource method lacks its parameter
 * annotations.
 */
import type { Route } from '../server/http-server';
import type { BeanSpec, BoundRequest, JsonObject } from '../server/binding';
import { readBean, writeBean } from './bean-fields';
import { inTransaction } from './context';
import type { EmulatorContext, OutTopicSpec } from './context';
import { link } from './database-manager';
import { ENDPOINT } from './api-manager';
import {
  checkProvenance,
  listAnswer,
  page,
  renderElement,
  sourceOf,
  unknownRelationship,
  validatePaging,
  visiblePage,
} from './elements';
import type { CallInfo, ElementKind } from './elements';
import {
  flatCreateRoute,
  flatRemoveRoute,
  flatTemplateRoute,
  flatUpdateRoute,
  relatedElements,
  type FlatCreateInput,
} from './flat-bean-routes';
import {
  byNameRoute,
  findRoute,
  getByGUIDRoute,
  pagingOf,
  requirePathElement,
  requirePathKind,
  route,
} from './kind-routes';
import type { ServiceArea } from './kind-routes';
import { outTopicConnectionRoute } from './actors';
import {
  IS_HOME,
  IT_ASSET,
  MERGE,
  PROPS,
  RESULTS_BODY,
  SOURCE,
  classify,
  effectiveAt,
  itAssetRoutes,
  ownerOf,
  registerBeanFields,
} from './it-infrastructure-assets';
import { itLineageRoutes } from './it-infrastructure-lineage';
import { itProfileResourceRoutes } from './it-profiles';
import { elementChangeEvents, onDemand } from './out-topic-events';
import { RELATIONSHIP_PROPERTIES_CLASSES } from './polymorphic-classes';
import { EXTERNAL_SOURCE_REQUEST_BODY, PAGING } from './request-beans';
import { elementStub } from './headers';
import type { RelationshipRecord } from '../store/records';

const MARKER = 'it-infrastructure';

/** Software capabilities (the classification named on create marks their purpose). */
export const SOFTWARE_CAPABILITY: ElementKind = {
  typeName: 'SoftwareCapability',
  propertiesClass: 'SoftwareCapabilityProperties',
  acceptedPropertiesClasses: ['SoftwareCapabilityRequestBody'],
  javaPropertiesClass: `${PROPS}.softwarecapabilities.SoftwareCapabilityProperties`,
  beanField: 'properties',
  nameProperties: ['qualifiedName', 'displayName', 'resourceName'],
};

/** `ServerAssetUseRequestBody`. */
const SERVER_ASSET_USE_BODY: BeanSpec = {
  name: 'ServerAssetUseRequestBody',
  fields: {
    ...SOURCE,
    properties: { name: 'RelationshipProperties', acceptedClasses: RELATIONSHIP_PROPERTIES_CLASSES },
  },
};

/** `UseTypeRequestBody`. */
const USE_TYPE_BODY: BeanSpec = { name: 'UseTypeRequestBody', fields: { useType: 'string', effectiveTime: 'date' } };

function serverAssetUseElement(ctx: EmulatorContext, relationship: RelationshipRecord): JsonObject {
  const out: JsonObject = { serverAssetUse: writeBean('ServerAssetUseProperties', relationship.properties) };
  const capability = ctx.state.store.getElement(relationship.end1GUID);
  const asset = ctx.state.store.getElement(relationship.end2GUID);
  if (asset !== undefined) out['asset'] = renderElement(ctx, IT_ASSET, asset);
  if (capability !== undefined) out['capabilityStub'] = elementStub(capability, ctx.serverName);
  return out;
}

/** Software capability routes (ITInfrastructureResource). */
function capabilityRoutes(area: ServiceArea): Route[] {
  const classifyOnCreate = {
    after: ({ tx, element, body, owner, call }: FlatCreateInput) => {
      const name = body['classificationName'];
      if (typeof name === 'string' && name !== '') classify(tx, element, name, {}, owner, call);
    },
  };
  return [
    flatCreateRoute(area, SOFTWARE_CAPABILITY, 'SoftwareCapabilityRequestBody', {
      path: '/software-capabilities',
      action: 'createSoftwareCapability',
      isHomeParam: 'infrastructureManagerIsHome',
      ...classifyOnCreate,
    }),
    flatTemplateRoute(area, SOFTWARE_CAPABILITY, {
      path: '/software-capabilities/from-template/{templateGUID}',
      action: 'createSoftwareCapabilityFromTemplate',
      isHomeParam: 'infrastructureManagerIsHome',
    }),
    flatUpdateRoute(area, SOFTWARE_CAPABILITY, 'SoftwareCapabilityRequestBody', {
      path: '/software-capabilities/{capabilityGUID}',
      guidParam: 'capabilityGUID',
      action: 'updateSoftwareCapability',
    }),
    flatRemoveRoute(area, SOFTWARE_CAPABILITY, {
      path: '/software-capabilities/{capabilityGUID}/delete',
      guidParam: 'capabilityGUID',
      action: 'removeSoftwareCapability',
    }),
    findRoute(area, SOFTWARE_CAPABILITY, {
      path: '/software-capabilities/by-search-string',
      action: 'findSoftwareCapabilities',
      response: 'SoftwareCapabilitiesResponse',
    }),
    byNameRoute(area, SOFTWARE_CAPABILITY, {
      path: '/software-capabilities/by-name',
      action: 'getSoftwareCapabilitiesByName',
      response: 'SoftwareCapabilitiesResponse',
    }),
    getByGUIDRoute(area, SOFTWARE_CAPABILITY, {
      path: '/software-capabilities/{guid}',
      guidParam: 'guid',
      action: 'getSoftwareCapabilityByGUID',
      response: 'SoftwareCapabilityResponse',
    }),
  ];
}

/** Server asset use routes (the ServerAssetUse relationship from a capability, end 1, to an asset, end 2). */
function serverAssetUseRoutes(area: ServiceArea): Route[] {
  const ctx = area.ctx;
  const requireUse = (req: BoundRequest, param: string, call: CallInfo): RelationshipRecord => {
    const guid = req.params[param] ?? '';
    const relationship = ctx.state.store.getRelationship(guid);
    if (relationship === undefined || relationship.typeName !== 'ServerAssetUse') {
      throw unknownRelationship(ctx, 'ServerAssetUse', guid, param, call);
    }
    return relationship;
  };
  const useProperties = (body: JsonObject | undefined): Record<string, unknown> => {
    const raw = body?.['properties'];
    return typeof raw === 'object' && raw !== null ? readBean('ServerAssetUseProperties', raw as JsonObject) : {};
  };
  const listUses = (req: BoundRequest, call: CallInfo, uses: RelationshipRecord[]): JsonObject => {
    const { startFrom, pageSize } = pagingOf(req);
    const size = validatePaging(ctx, startFrom, pageSize, call);
    const useType = req.body?.['useType'];
    const time = req.body?.['effectiveTime'];
    const matching = uses.filter(
      (r) => (typeof useType !== 'string' || r.properties['useType'] === useType) && effectiveAt(r, time),
    );
    return listAnswer(
      'elements',
      page(matching, startFrom, size).map((r) => serverAssetUseElement(ctx, r)),
    );
  };
  return [
    route(area, {
      method: 'POST',
      path: '/server-asset-uses/software-capabilities/{capabilityGUID}/assets/{assetGUID}',
      action: 'createServerAssetUse',
      response: 'GUIDResponse',
      body: { spec: SERVER_ASSET_USE_BODY, required: true },
      query: [IS_HOME],
      handle: async (req, call) => {
        const capability = requirePathKind(ctx, SOFTWARE_CAPABILITY, req, 'capabilityGUID', call);
        const asset = requirePathElement(ctx, 'Asset', req, 'assetGUID', call);
        const owner = ownerOf(ctx, req, call);
        const guid = await inTransaction(
          ctx,
          (tx) => link(tx, 'ServerAssetUse', capability.guid, asset.guid, owner, call, useProperties(req.body)).guid,
        );
        return { guid };
      },
    }),
    route(area, {
      method: 'POST',
      path: '/server-asset-uses/{serverAssetUseGUID}',
      action: 'updateServerAssetUse',
      response: 'VoidResponse',
      body: { spec: SERVER_ASSET_USE_BODY, required: true },
      query: [MERGE],
      handle: async (req, call) => {
        const relationship = requireUse(req, 'serverAssetUseGUID', call);
        checkProvenance(relationship, sourceOf(req.body), call);
        const values = useProperties(req.body);
        const properties = req.q['isMergeUpdate'] === true ? { ...relationship.properties, ...values } : values;
        await inTransaction(ctx, (tx) => tx.reviseRelationship(relationship, properties, call.userId));
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: '/server-asset-uses/{serverAssetUseGUID}/delete',
      action: 'removeServerAssetUse',
      response: 'VoidResponse',
      body: { spec: EXTERNAL_SOURCE_REQUEST_BODY, required: true },
      handle: async (req, call) => {
        const relationship = requireUse(req, 'serverAssetUseGUID', call);
        checkProvenance(relationship, sourceOf(req.body), call);
        await inTransaction(ctx, (tx) => tx.deleteRelationship(relationship));
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: '/server-asset-uses/software-capabilities/{capabilityGUID}',
      action: 'getServerAssetUsesForCapability',
      response: 'ServerAssetUsesResponse',
      body: { spec: USE_TYPE_BODY, required: true },
      query: PAGING,
      handle: (req, call) => {
        const capability = requirePathKind(ctx, SOFTWARE_CAPABILITY, req, 'capabilityGUID', call);
        return listUses(req, call, ctx.state.store.relationshipsOf(capability.guid, 'ServerAssetUse', 1));
      },
    }),
    route(area, {
      method: 'POST',
      path: '/server-asset-uses/assets/{assetGUID}',
      action: 'getCapabilityUsesForAsset',
      response: 'ServerAssetUsesResponse',
      body: { spec: USE_TYPE_BODY, required: true },
      query: PAGING,
      handle: (req, call) => {
        const asset = requirePathElement(ctx, 'Asset', req, 'assetGUID', call);
        return listUses(req, call, ctx.state.store.relationshipsOf(asset.guid, 'ServerAssetUse', 2));
      },
    }),
    route(area, {
      method: 'POST',
      path: '/server-asset-uses/software-capabilities/{capabilityGUID}/assets/{assetGUID}/by-elements',
      action: 'getServerAssetUsesForElements',
      response: 'ServerAssetUsesResponse',
      body: { spec: RESULTS_BODY, required: true },
      query: PAGING,
      handle: (req, call) => {
        const capability = requirePathKind(ctx, SOFTWARE_CAPABILITY, req, 'capabilityGUID', call);
        const assetGUID = req.params['assetGUID'] ?? '';
        const uses = ctx.state.store
          .relationshipsOf(capability.guid, 'ServerAssetUse', 1)
          .filter((r) => r.end2GUID === assetGUID);
        return listUses(req, call, uses);
      },
    }),
    route(area, {
      method: 'GET',
      path: '/server-asset-uses/{guid}',
      action: 'getServerAssetUseByGUID',
      response: 'ServerAssetUseResponse',
      handle: (req, call) => ({ element: serverAssetUseElement(ctx, requireUse(req, 'guid', call)) }),
    }),
  ];
}

/** Endpoint routes (ITInfrastructureResource), an endpoint of an IT asset linked by ServerEndpoint. */
function endpointRoutes(area: ServiceArea): Route[] {
  const ctx = area.ctx;
  const linkToInfrastructure = {
    prepare: (req: BoundRequest, _body: JsonObject, call: CallInfo) => {
      requirePathElement(ctx, 'ITInfrastructure', req, 'infrastructureGUID', call);
    },
    after: ({ tx, element, req, owner, call }: FlatCreateInput) => {
      link(tx, 'ServerEndpoint', req.params['infrastructureGUID'] ?? '', element.guid, owner, call);
    },
  };
  return [
    flatCreateRoute(area, ENDPOINT, 'EndpointRequestBody', { path: '/endpoints', action: 'createEndpoint' }),
    flatCreateRoute(area, ENDPOINT, 'EndpointRequestBody', {
      path: '/endpoints/for-infrastructure/{infrastructureGUID}',
      action: 'createEndpoint',
      ...linkToInfrastructure,
    }),
    flatTemplateRoute(area, ENDPOINT, {
      path: '/endpoints/network-address/{networkAddress}/from-template/{templateGUID}',
      action: 'createEndpointFromTemplate',
      overrides: (req) => ({ address: req.params['networkAddress'] }),
    }),
    flatTemplateRoute(area, ENDPOINT, {
      path: '/endpoints/for-infrastructure/{infrastructureGUID}/network-address/{networkAddress}/from-template/{templateGUID}',
      action: 'createEndpointFromTemplate',
      overrides: (req) => ({ address: req.params['networkAddress'] }),
      ...linkToInfrastructure,
    }),
    flatUpdateRoute(area, ENDPOINT, 'EndpointRequestBody', {
      path: '/endpoints/{endpointGUID}',
      guidParam: 'endpointGUID',
      action: 'updateEndpoint',
    }),
    flatRemoveRoute(area, ENDPOINT, {
      path: '/endpoints/{endpointGUID}/delete',
      guidParam: 'endpointGUID',
      action: 'removeEndpoint',
    }),
    findRoute(area, ENDPOINT, {
      path: '/endpoints/by-search-string',
      action: 'findEndpoints',
      response: 'EndpointsResponse',
    }),
    byNameRoute(area, ENDPOINT, {
      path: '/endpoints/by-name',
      action: 'getEndpointsByName',
      response: 'EndpointsResponse',
    }),
    route(area, {
      method: 'GET',
      path: '/endpoints/for-infrastructure/{infrastructureGUID}',
      action: 'getEndpointsForInfrastructure',
      response: 'EndpointsResponse',
      query: PAGING,
      handle: (req, call) => {
        const infrastructure = requirePathElement(ctx, 'ITInfrastructure', req, 'infrastructureGUID', call);
        const { startFrom, pageSize } = pagingOf(req);
        const size = validatePaging(ctx, startFrom, pageSize, call);
        const endpoints = relatedElements(ctx, infrastructure.guid, 'ServerEndpoint', 1);
        return listAnswer(
          'elements',
          visiblePage(ctx, call, endpoints, startFrom, size).map((e) => renderElement(ctx, ENDPOINT, e)),
        );
      },
    }),
    getByGUIDRoute(area, ENDPOINT, {
      path: '/endpoints/{guid}',
      guidParam: 'guid',
      action: 'getEndpointByGUID',
      response: 'EndpointResponse',
    }),
  ];
}

/** The IT Infrastructure OMAS out topic (on demand; every Referenceable change, as in Egeria). */
export const IT_INFRASTRUCTURE_OUT_TOPIC: OutTopicSpec = {
  marker: MARKER,
  eventClass: 'ITInfrastructureOutTopicEvent',
  buildEvent: onDemand(MARKER, elementChangeEvents({ entityTypes: ['Referenceable'], relationshipTypes: 'ends' })),
};

/** Every IT Infrastructure route the emulator serves. */
export function itInfrastructureRoutes(ctx: EmulatorContext): Route[] {
  registerBeanFields();
  const area: ServiceArea = {
    ctx,
    base: `/servers/{serverName}/open-metadata/access-services/${MARKER}/users/{userId}`,
    service: 'IT Infrastructure OMAS',
  };
  return [
    ...itAssetRoutes(area),
    ...itLineageRoutes(area),
    ...itProfileResourceRoutes(area),
    ...capabilityRoutes(area),
    ...serverAssetUseRoutes(area),
    ...endpointRoutes(area),
    outTopicConnectionRoute(area, MARKER),
  ];
}
