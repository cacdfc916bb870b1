/**
 * IT Infrastructure OMAS: the generic asset calls of Egeria 5.2's ITAssetResource that the
 * infrastructure integrator uses for hosts, software server platforms, software servers and other
 * IT assets (the asset's type name is a path value): create, create from a template, update,
 * publish, withdraw, remove, find, by name, by infrastructure manager, by GUID; relationships
 * between assets (DeployedOn, HostClusterMember, SupportedSoftwareCapability...) with their
 * properties; classifications (server purposes). The routes of the service are assembled in
 * it-infrastructure.ts.
 */
import type { Route } from '../server/http-server';
import type { BeanSpec, BoundRequest, JsonObject, QueryParamSpec } from '../server/binding';
import { invalidParameter, nullName } from '../ffdc/ffdc';
import { ENUM_VALUES, BEAN_FIELD_TABLE } from './bean-field-table';
import { inTransaction, originFor } from './context';
import type { EmulatorContext, MetadataSourceRef, Transaction } from './context';
import { link } from './database-manager';
import {
  checkProvenance,
  compileSearchString,
  isVisibleTo,
  listAnswer,
  matchesAnyProperty,
  matchesName,
  page,
  renderElement,
  requireElement,
  sourceOf,
  unknownRelationship,
  validatePaging,
  verifySource,
  visiblePage,
} from './elements';
import type { CallInfo, ElementKind } from './elements';
import { checkAssetStatus, elementStatusOf } from './element-status';
import { flatCreateRoute, flatRemoveRoute, flatTemplateRoute, flatUpdateRoute, zoneRoute } from './flat-bean-routes';
import { pagingOf, requireBody, requirePathElement, route } from './kind-routes';
import type { ServiceArea } from './kind-routes';
import { relationshipHeader } from './actors';
import { PAGING } from './request-beans';
import type { ElementRecord, RelationshipRecord } from '../store/records';
import { getTypeDef, isTypeOf } from '../store/type-registry';
import { formatJavaDate } from '../util/dates';

/** The package of Egeria's properties beans. */
export const PROPS = 'org.odpi.openmetadata.frameworks.openmetadata.properties';
/** The metadata source fields of a request bean. */
export const SOURCE = { externalSourceGUID: 'string', externalSourceName: 'string' } as const;
/** The required `infrastructureManagerIsHome` query parameter of creates. */
export const IS_HOME: QueryParamSpec = { name: 'infrastructureManagerIsHome', type: 'boolean', required: true };
/** The required `isMergeUpdate` query parameter of updates. */
export const MERGE: QueryParamSpec = { name: 'isMergeUpdate', type: 'boolean', required: true };

/** The fields of the beans this service adds (Egeria 5.2's `AssetProperties`, `ServerAssetUseProperties`). */
const IT_INFRASTRUCTURE_BEAN_FIELDS: Readonly<Record<string, string>> = {
  AssetProperties:
    'name:s resourceName:s versionIdentifier:s resourceDescription:s deployedImplementationType:s displayName:s displaySummary:s displayDescription:s abbreviation:s usage:s qualifiedName:s additionalProperties:ms vendorProperties:ms effectiveFrom:d effectiveTo:d typeName:s extendedProperties:mo',
  ServerAssetUseProperties:
    'useType:e:ServerAssetUseType description:s minimumInstancesSet:b=false minimumInstances:i=0 maximumInstancesSet:b=false maximumInstances:i=0 effectiveFrom:d effectiveTo:d extendedProperties:mo',
};

/** Adds the beans and enum above to the emulator's field table (a row already there wins). */
export function registerBeanFields(): void {
  const table = BEAN_FIELD_TABLE as Record<string, string>;
  for (const [className, fields] of Object.entries(IT_INFRASTRUCTURE_BEAN_FIELDS)) table[className] ??= fields;
  (ENUM_VALUES as Record<string, readonly string[]>)['ServerAssetUseType'] ??= [
    'OWNS',
    'GOVERNS',
    'MAINTAINS',
    'USES',
    'OTHER',
  ];
}

/** Assets of any type, created through the generic asset calls (the `typeName` picks the subtype). */
export const IT_ASSET: ElementKind = {
  typeName: 'Asset',
  propertiesClass: 'AssetProperties',
  acceptedPropertiesClasses: ['AssetRequestBody'],
  javaPropertiesClass: `${PROPS}.assets.AssetProperties`,
  beanField: 'properties',
  nameProperties: ['qualifiedName', 'name', 'resourceName', 'displayName'],
};

/** `AssetExtensionsRequestBody`: the source, effective dates and a plain property map. */
const ASSET_EXTENSIONS_BODY: BeanSpec = {
  name: 'AssetExtensionsRequestBody',
  fields: { ...SOURCE, effectiveFrom: 'date', effectiveTo: 'date', effectiveTime: 'date', properties: 'map' },
};

/** `EffectiveTimeQueryRequestBody`. */
const EFFECTIVE_TIME_BODY: BeanSpec = {
  name: 'EffectiveTimeQueryRequestBody',
  fields: { ...SOURCE, effectiveTime: 'date' },
};

/** `ResultsRequestBody`. */
export const RESULTS_BODY: BeanSpec = {
  name: 'ResultsRequestBody',
  fields: { effectiveTime: 'date', asOfTime: 'date' },
};

/** Checks that a path value names an open metadata type of a category. */
export function requireTypeName(
  value: string | undefined,
  category: 'entity' | 'relationship' | 'classification',
  parameterName: string,
  call: CallInfo,
): string {
  if (value === undefined || value === '') throw nullName(parameterName, call.action);
  if (getTypeDef(value)?.category !== category) {
    throw invalidParameter(
      'BAD_SUB_TYPE_NAME',
      [value, call.action, call.service, category],
      call.action,
      parameterName,
    );
  }
  return value;
}

/** Whether a relationship is effective at a time (epoch ms); always true without a time. */
export function effectiveAt(relationship: RelationshipRecord, time: unknown): boolean {
  if (typeof time !== 'number') return true;
  const from = relationship.properties['effectiveFrom'];
  const to = relationship.properties['effectiveTo'];
  return (typeof from !== 'number' || from <= time) && (typeof to !== 'number' || to > time);
}

/** The relationship properties stored from an `AssetExtensionsRequestBody`. */
function extensionProperties(body: JsonObject | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const map = body?.['properties'];
  if (typeof map === 'object' && map !== null) {
    for (const [k, v] of Object.entries(map)) if (v !== undefined && v !== null) out[k] = v;
  }
  if (typeof body?.['effectiveFrom'] === 'number') out['effectiveFrom'] = body['effectiveFrom'];
  if (typeof body?.['effectiveTo'] === 'number') out['effectiveTo'] = body['effectiveTo'];
  return out;
}

/** The owner of a new relationship or classification: the named source, unless the request says it is not home. */
export function ownerOf(ctx: EmulatorContext, req: BoundRequest, call: CallInfo): MetadataSourceRef | undefined {
  const named = verifySource(ctx, sourceOf(req.body), call);
  return req.q['infrastructureManagerIsHome'] === false ? undefined : named;
}

function relatedAssetElement(ctx: EmulatorContext, relationship: RelationshipRecord, other: ElementRecord): JsonObject {
  const properties = { ...relationship.properties };
  const out: JsonObject = {
    elementHeader: relationshipHeader(ctx, relationship),
    relatedAsset: renderElement(ctx, IT_ASSET, other),
  };
  for (const field of ['effectiveFrom', 'effectiveTo']) {
    const value = relationship.properties[field];
    if (typeof value === 'number') out[field] = formatJavaDate(value);
  }
  delete properties['effectiveFrom'];
  delete properties['effectiveTo'];
  if (Object.keys(properties).length > 0) out['properties'] = properties;
  return out;
}

/** The generic asset routes (ITAssetResource) that the integrator uses. */
export function itAssetRoutes(area: ServiceArea): Route[] {
  const ctx = area.ctx;
  const assetsOfType = (req: BoundRequest, call: CallInfo): ElementRecord[] => {
    const typeName = requireTypeName(req.params['assetTypeName'], 'entity', 'assetTypeName', call);
    return ctx.state.store.elementsOfType(typeName);
  };
  const pageOf = (req: BoundRequest, call: CallInfo, elements: ElementRecord[]): JsonObject => {
    const { startFrom, pageSize } = pagingOf(req);
    const size = validatePaging(ctx, startFrom, pageSize, call);
    return listAnswer(
      'elements',
      visiblePage(ctx, call, elements, startFrom, size).map((e) => renderElement(ctx, IT_ASSET, e)),
    );
  };
  const relationshipEnds = (req: BoundRequest, call: CallInfo) => {
    const assetTypeName = requireTypeName(req.params['assetTypeName'], 'entity', 'assetTypeName', call);
    const relationshipTypeName = requireTypeName(
      req.params['relationshipTypeName'],
      'relationship',
      'relationshipTypeName',
      call,
    );
    const relatedTypeName = requireTypeName(req.params['relatedAssetTypeName'], 'entity', 'relatedAssetTypeName', call);
    const asset = requirePathElement(ctx, assetTypeName, req, 'assetGUID', call);
    return { asset, relationshipTypeName, relatedTypeName };
  };
  return [
    flatCreateRoute(area, IT_ASSET, 'AssetRequestBody', {
      path: '/assets',
      action: 'createAsset',
      isHomeParam: 'infrastructureManagerIsHome',
      initialStatus: (body, typeName, call) => {
        const status = elementStatusOf(body['initialStatus'], 'initialStatus');
        if (status !== undefined) checkAssetStatus(ctx, typeName, status, 'addEntity', call);
        return status;
      },
    }),
    flatTemplateRoute(area, IT_ASSET, {
      path: '/assets/from-template/{templateGUID}',
      action: 'createAssetFromTemplate',
      isHomeParam: 'infrastructureManagerIsHome',
    }),
    flatUpdateRoute(area, IT_ASSET, 'AssetRequestBody', {
      path: '/assets/{assetGUID}',
      guidParam: 'assetGUID',
      action: 'updateAsset',
    }),
    zoneRoute(area, {
      path: '/assets/{assetGUID}/publish',
      guidParam: 'assetGUID',
      action: 'publishAsset',
      typeName: 'Asset',
      publish: true,
    }),
    zoneRoute(area, {
      path: '/assets/{assetGUID}/withdraw',
      guidParam: 'assetGUID',
      action: 'withdrawAsset',
      typeName: 'Asset',
      publish: false,
    }),
    flatRemoveRoute(area, IT_ASSET, {
      path: '/assets/{assetGUID}/delete',
      guidParam: 'assetGUID',
      action: 'removeAsset',
    }),
    route(area, {
      method: 'POST',
      path: '/assets/{assetTypeName}/by-search-string',
      action: 'findAssets',
      response: 'AssetElementsResponse',
      body: { spec: { name: 'SearchStringRequestBody', fields: { searchString: 'string' } }, required: true },
      query: PAGING,
      handle: (req, call) => {
        const regex = compileSearchString(requireBody(area, req, call)['searchString'], 'searchString', call);
        return pageOf(
          req,
          call,
          assetsOfType(req, call).filter((e) => matchesAnyProperty(e, regex)),
        );
      },
    }),
    route(area, {
      method: 'POST',
      path: '/assets/{assetTypeName}/by-name',
      action: 'getAssetsByName',
      response: 'AssetElementsResponse',
      body: { spec: { name: 'NameRequestBody', fields: { name: 'string' } }, required: true },
      query: PAGING,
      handle: (req, call) => {
        const name = requireBody(area, req, call)['name'];
        if (typeof name !== 'string' || name === '') throw nullName('name', call.action);
        return pageOf(
          req,
          call,
          assetsOfType(req, call).filter((e) => matchesName(e, name, IT_ASSET.nameProperties)),
        );
      },
    }),
    route(area, {
      method: 'POST',
      path: '/assets/{assetTypeName}/by-deployed-implementation-type',
      action: 'getAssetsByDeployedImplementationType',
      response: 'AssetElementsResponse',
      body: { spec: { name: 'NameRequestBody', fields: { name: 'string', effectiveTime: 'date' } }, required: false },
      query: PAGING,
      handle: (req, call) => {
        // Without a name, 5.2's handler returns every asset of the type.
        const name = req.body?.['name'];
        const assets = assetsOfType(req, call);
        return pageOf(
          req,
          call,
          typeof name === 'string' && name !== ''
            ? assets.filter((e) => e.properties['deployedImplementationType'] === name)
            : assets,
        );
      },
    }),
    route(area, {
      method: 'POST',
      path: '/infrastructure-managers/{infrastructureManagerGUID}/{infrastructureManagerName}/assets/{assetTypeName}',
      action: 'getAssetsForInfrastructureManager',
      response: 'AssetElementsResponse',
      body: { spec: RESULTS_BODY, required: true },
      query: PAGING,
      handle: (req, call) => {
        const manager = requirePathElement(ctx, 'SoftwareCapability', req, 'infrastructureManagerGUID', call);
        const owned = assetsOfType(req, call).filter(
          (e) => e.origin.provenance === 'EXTERNAL_SOURCE' && e.origin.metadataCollectionId === manager.guid,
        );
        return pageOf(req, call, owned);
      },
    }),
    route(area, {
      method: 'POST',
      path: '/assets/{assetTypeName}/{assetGUID}',
      action: 'getAssetByGUID',
      response: 'AssetElementResponse',
      body: { spec: RESULTS_BODY, required: true },
      handle: (req, call) => {
        const typeName = requireTypeName(req.params['assetTypeName'], 'entity', 'assetTypeName', call);
        return {
          element: renderElement(ctx, IT_ASSET, requireElement(ctx, req.params['assetGUID'], typeName, 'guid', call)),
        };
      },
    }),
    route(area, {
      method: 'POST',
      path: '/assets/{assetTypeName}/{assetGUID}/{relationshipTypeName}/{relatedAssetTypeName}/{relatedAssetGUID}',
      action: 'setupRelatedAsset',
      response: 'VoidResponse',
      body: { spec: ASSET_EXTENSIONS_BODY, required: true },
      query: [IS_HOME],
      handle: async (req, call) => {
        const { asset, relationshipTypeName, relatedTypeName } = relationshipEnds(req, call);
        const related = requirePathElement(ctx, relatedTypeName, req, 'relatedAssetGUID', call);
        const owner = ownerOf(ctx, req, call);
        await inTransaction(ctx, (tx) => {
          const existing = ctx.state.store
            .relationshipsOf(asset.guid, relationshipTypeName, 1)
            .find((r) => r.end2GUID === related.guid);
          if (existing === undefined) {
            link(tx, relationshipTypeName, asset.guid, related.guid, owner, call, extensionProperties(req.body));
          }
        });
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: '/assets/relationships/{relationshipTypeName}/{relationshipGUID}/update',
      action: 'updateAssetRelationship',
      response: 'VoidResponse',
      body: { spec: ASSET_EXTENSIONS_BODY, required: true },
      query: [MERGE],
      handle: async (req, call) => {
        const typeName = requireTypeName(
          req.params['relationshipTypeName'],
          'relationship',
          'relationshipTypeName',
          call,
        );
        const guid = req.params['relationshipGUID'] ?? '';
        const relationship = ctx.state.store.getRelationship(guid);
        if (relationship === undefined || !isTypeOf(relationship.typeName, typeName)) {
          throw unknownRelationship(ctx, typeName, guid, 'relationshipGUID', call);
        }
        checkProvenance(relationship, sourceOf(req.body), call);
        const values = extensionProperties(req.body);
        const properties = req.q['isMergeUpdate'] === true ? { ...relationship.properties, ...values } : values;
        await inTransaction(ctx, (tx) => tx.reviseRelationship(relationship, properties, call.userId));
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: '/assets/{assetTypeName}/{assetGUID}/{relationshipTypeName}/{relatedAssetTypeName}/{relatedAssetGUID}/delete',
      action: 'clearRelatedAsset',
      response: 'VoidResponse',
      body: { spec: EFFECTIVE_TIME_BODY, required: true },
      handle: async (req, call) => {
        const { asset, relationshipTypeName } = relationshipEnds(req, call);
        const relatedGUID = req.params['relatedAssetGUID'] ?? '';
        const relationship = ctx.state.store
          .relationshipsOf(asset.guid, relationshipTypeName, 1)
          .find((r) => r.end2GUID === relatedGUID);
        if (relationship !== undefined) {
          checkProvenance(relationship, sourceOf(req.body), call);
          await inTransaction(ctx, (tx) => tx.deleteRelationship(relationship));
        }
        return {};
      },
    }),
    {
      // Egeria 5.2's getAssetRelationships is unfinished: its REST service returns null, so Spring
      // answers HTTP 200 with an empty body once the request has been bound.
      ...route(area, {
        method: 'POST',
        path: '/assets/{assetTypeName}/{assetGUID}/{relationshipTypeName}/{relatedAssetTypeName}/relationships',
        action: 'getAssetRelationships',
        response: 'AssetRelationshipsResponse',
        body: { spec: RESULTS_BODY, required: true },
        query: [{ name: 'startingEnd', type: 'int', required: true }, ...PAGING],
        handle: () => ({}),
      }),
      answersNothing: true,
    },
    route(area, {
      method: 'POST',
      path: '/assets/{assetTypeName}/{assetGUID}/{relationshipTypeName}/{relatedAssetTypeName}',
      action: 'getRelatedAssets',
      response: 'RelatedAssetsResponse',
      body: { spec: RESULTS_BODY, required: true },
      query: [{ name: 'startingEnd', type: 'int', required: true }, ...PAGING],
      handle: (req, call) => {
        const { asset, relationshipTypeName, relatedTypeName } = relationshipEnds(req, call);
        const startingEnd = req.q['startingEnd'] === 2 ? 2 : 1;
        const { startFrom, pageSize } = pagingOf(req);
        const size = validatePaging(ctx, startFrom, pageSize, call);
        const time = req.body?.['effectiveTime'];
        const found = ctx.state.store
          .relationshipsOf(asset.guid, relationshipTypeName, startingEnd)
          .filter((r) => effectiveAt(r, time))
          .flatMap((r) => {
            const other = ctx.state.store.getElement(startingEnd === 1 ? r.end2GUID : r.end1GUID);
            return other !== undefined && isTypeOf(other.typeName, relatedTypeName) && isVisibleTo(ctx, call, other)
              ? [relatedAssetElement(ctx, r, other)]
              : [];
          });
        return listAnswer('elements', page(found, startFrom, size));
      },
    }),
    route(area, {
      method: 'POST',
      path: '/assets/{assetTypeName}/{assetGUID}/classify/{classificationName}',
      action: 'addClassification',
      response: 'VoidResponse',
      body: { spec: ASSET_EXTENSIONS_BODY, required: true },
      query: [IS_HOME],
      handle: async (req, call) => {
        const typeName = requireTypeName(req.params['assetTypeName'], 'entity', 'assetTypeName', call);
        const name = requireTypeName(req.params['classificationName'], 'classification', 'classificationName', call);
        const asset = requirePathElement(ctx, typeName, req, 'assetGUID', call);
        const owner = ownerOf(ctx, req, call);
        await inTransaction(ctx, (tx) => classify(tx, asset, name, extensionProperties(req.body), owner, call));
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: '/assets/{assetTypeName}/{assetGUID}/reclassify/{classificationName}',
      action: 'updateClassification',
      response: 'VoidResponse',
      body: { spec: ASSET_EXTENSIONS_BODY, required: true },
      query: [MERGE],
      handle: async (req, call) => {
        const typeName = requireTypeName(req.params['assetTypeName'], 'entity', 'assetTypeName', call);
        const name = requireTypeName(req.params['classificationName'], 'classification', 'classificationName', call);
        const asset = requirePathElement(ctx, typeName, req, 'assetGUID', call);
        const existing = asset.classifications[name];
        if (existing === undefined) {
          throw invalidParameter('NULL_OBJECT', [name, call.action], call.action, 'classificationName');
        }
        const values = extensionProperties(req.body);
        const properties = req.q['isMergeUpdate'] === true ? { ...existing.properties, ...values } : values;
        await inTransaction(ctx, (tx) =>
          tx.classify(asset, {
            ...existing,
            properties,
            updatedBy: call.userId,
            updateTime: ctx.now(),
            version: existing.version + 1,
          }),
        );
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: '/assets/{assetTypeName}/{assetGUID}/declassify/{classificationName}',
      action: 'clearClassification',
      response: 'VoidResponse',
      body: { spec: EFFECTIVE_TIME_BODY, required: true },
      handle: async (req, call) => {
        const typeName = requireTypeName(req.params['assetTypeName'], 'entity', 'assetTypeName', call);
        const name = requireTypeName(req.params['classificationName'], 'classification', 'classificationName', call);
        const asset = requirePathElement(ctx, typeName, req, 'assetGUID', call);
        await inTransaction(ctx, (tx) => tx.declassify(asset, name));
        return {};
      },
    }),
  ];
}

/** Adds a classification to an element, owned by the given metadata source. */
export function classify(
  tx: Transaction,
  element: ElementRecord,
  name: string,
  properties: Record<string, unknown>,
  owner: MetadataSourceRef | undefined,
  call: CallInfo,
): void {
  tx.classify(element, {
    name,
    properties,
    origin: originFor(tx.ctx, owner),
    createdBy: call.userId,
    createTime: tx.ctx.now(),
    version: 1,
  });
}
