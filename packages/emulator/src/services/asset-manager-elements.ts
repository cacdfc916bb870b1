/**
 * The routes every Asset Manager element kind has (create, update, remove, find, by name, for the
 * asset manager, by GUID, below a parent), over the one element mechanism of elements.ts, with the
 * Asset Manager's bodies: correlation properties on writes, `assetManagerGUID` on reads.
 */
import type { Route } from '../server/http-server';
import type { BeanSpec, BoundRequest, JsonObject, QueryParamSpec } from '../server/binding';
import { nullName } from '../ffdc/ffdc';
import { inTransaction, newGUID, originFor } from './context';
import type { EmulatorContext, Transaction } from './context';
import {
  checkProvenance,
  compileSearchString,
  createElement,
  deleteElementTree,
  isKind,
  listAnswer,
  matchesAnyProperty,
  matchesName,
  page,
  requireElement,
  requireKind,
  updateElement,
  validatePaging,
} from './elements';
import type { CallInfo } from './elements';
import { elementsOfKind, pagingOf, requireBody, route } from './kind-routes';
import type { ServiceArea } from './kind-routes';
import {
  AM_NAME_BODY,
  AM_SEARCH_BODY,
  EFFECTIVE_TIME_QUERY,
  FLAGS,
  IS_HOME,
  MERGE,
  PAGED,
  assetManagerOf,
  correlationOf,
  createProperties,
  ownerOf,
  recordExternalIdentifier,
  renderAMElement,
  requestedType,
  scopeSource,
  storedProperties,
  updateRequestBody,
} from './asset-manager-support';
import type { AssetManagerKind } from './asset-manager-support';
import type { ElementRecord } from '../store/records';

/** Where a new element hangs: a parent in the path, linked by a relationship and anchored to it. */
export interface ParentLink {
  /** The path parameter with the parent's GUID. */
  readonly param: string;
  /** The parent's type. */
  readonly type: string;
  /** The relationship from the parent (end one) to the new element (end two), or how to pick it from the parent. */
  readonly relationship: string | ((parent: ElementRecord) => string);
  /** Anchor the new element to its parent's anchor when the parent has one (as Egeria anchors nested schema attributes). */
  readonly inheritAnchor?: boolean;
}

/** The relationship a parent link uses below one parent. */
function parentRelationship(link: ParentLink, parent: ElementRecord): string {
  return typeof link.relationship === 'string' ? link.relationship : link.relationship(parent);
}

/** The routes of one element kind. */
export interface ElementRouteSpec {
  /** The kind. */
  readonly kind: AssetManagerKind;
  /** The request bean of create and update. */
  readonly body: string;
  /** The path segment under the base (such as `/data-assets`), and the GUID parameter name. */
  readonly create: {
    readonly path: string;
    readonly action: string;
    readonly parent?: ParentLink;
    /** An optional `String` query parameter naming the element the new one is anchored to (`anchorGUID`). */
    readonly anchorParam?: string;
  };
  /** Update. */
  readonly update: { readonly path: string; readonly action: string; readonly mergeRequired: boolean | 'absent' };
  /** Remove. */
  readonly remove: {
    readonly path: string;
    readonly action: string;
    readonly bodyRequired: boolean;
    readonly body: string;
    /** Deletes what hangs below the element first (such as the attributes of a schema type). */
    readonly cascade?: (tx: Transaction, element: ElementRecord, call: CallInfo) => void;
  };
  /** Find by search string. */
  readonly find: { readonly path: string; readonly action: string };
  /** Get by name. */
  readonly byName: { readonly path: string; readonly action: string };
  /** Get the asset manager's elements. */
  readonly forAssetManager?: { readonly path: string; readonly action: string };
  /** Get by GUID. */
  readonly byGUID: { readonly path: string; readonly action: string; readonly bodyRequired: boolean };
  /** The children of a parent, through the create's parent relationship. */
  readonly forParent?: { readonly path: string; readonly action: string; readonly bodyRequired: boolean };
  /** The GUID path parameter of update, remove and get. */
  readonly guidParam: string;
  /** The type of a new element whose properties name none (default: the kind's type). */
  readonly defaultType?: string;
  /** The instance status a create body asks for (a process's `processStatus`), when not `ACTIVE`. */
  readonly statusOf?: (body: JsonObject, call: CallInfo) => string | undefined;
}

/**
 * The element a new one is anchored to, from an optional `String` query parameter. Spring's
 * `defaultValue = "null"` makes an absent value the text `null`; a blank one is absent too.
 */
function anchorOf(
  ctx: EmulatorContext,
  req: BoundRequest,
  param: string | undefined,
  call: CallInfo,
): string | undefined {
  if (param === undefined) return undefined;
  const value = req.q[param];
  if (typeof value !== 'string' || value === '' || value === 'null') return undefined;
  return requireElement(ctx, value, 'Referenceable', param, call).guid;
}

function searchMatches(
  area: ServiceArea,
  kind: AssetManagerKind,
  req: BoundRequest,
  call: { action: string; userId: string; service: string },
): JsonObject {
  const body = requireBody(area, req, call);
  const { startFrom, pageSize } = pagingOf(req);
  const regex = compileSearchString(body['searchString'], 'searchString', call);
  const size = validatePaging(area.ctx, startFrom, pageSize, call);
  const matches = elementsOfKind(area.ctx, kind).filter((e) => matchesAnyProperty(e, regex));
  return listAnswer(
    'elementList',
    page(matches, startFrom, size).map((e) => renderAMElement(area.ctx, kind, e)),
  );
}

/** The routes of an element kind. */
export function elementRoutes(area: ServiceArea, spec: ElementRouteSpec): Route[] {
  const { ctx } = area;
  const kind = spec.kind;
  const bodySpec: BeanSpec = updateRequestBody(spec.body, kind.acceptedPropertiesClasses);
  const render = (e: ElementRecord): JsonObject => renderAMElement(ctx, kind, e);
  const parent = spec.create.parent;
  const anchorParam = spec.create.anchorParam;
  const createQuery: QueryParamSpec[] = [
    IS_HOME,
    ...(anchorParam === undefined ? [] : [{ name: anchorParam, type: 'string' as const, required: false }]),
    ...(parent === undefined && anchorParam === undefined ? [] : FLAGS),
  ];
  const routes: Route[] = [
    route(area, {
      method: 'POST',
      path: spec.create.path,
      action: spec.create.action,
      response: 'GUIDResponse',
      body: { spec: bodySpec, required: true },
      query: createQuery,
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const properties = createProperties(body, 'elementProperties', call);
        const typeName = requestedType(kind, body['elementProperties'], call, spec.defaultType);
        const owner = ownerOf(ctx, req, scopeSource(body), call);
        const status = spec.statusOf?.(body, call);
        const parentElement =
          parent === undefined
            ? undefined
            : requireElement(ctx, req.params[parent.param], parent.type, parent.param, call);
        const anchorGUID =
          parentElement === undefined
            ? anchorOf(ctx, req, anchorParam, call)
            : parent?.inheritAnchor === true
              ? (parentElement.anchorGUID ?? parentElement.guid)
              : parentElement.guid;
        const guid = await inTransaction(ctx, (tx) => {
          const element = createElement(tx, kind, { typeName, properties, source: owner, anchorGUID, status }, call);
          if (parentElement !== undefined && parent !== undefined) {
            tx.createRelationship({
              guid: newGUID(),
              typeName: parentRelationship(parent, parentElement),
              end1GUID: parentElement.guid,
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
        return { guid };
      },
    }),
    route(area, {
      method: 'POST',
      path: spec.update.path,
      action: spec.update.action,
      response: 'VoidResponse',
      body: { spec: bodySpec, required: true },
      query:
        spec.update.mergeRequired === 'absent' ? FLAGS : [{ ...MERGE, required: spec.update.mergeRequired }, ...FLAGS],
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const isMergeUpdate = req.q['isMergeUpdate'] === true;
        const properties = storedProperties(body['elementProperties']);
        if (!isMergeUpdate && (typeof properties['qualifiedName'] !== 'string' || properties['qualifiedName'] === '')) {
          throw nullName('qualifiedName', call.action);
        }
        const element = requireKind(ctx, kind, req.params[spec.guidParam], spec.guidParam, call);
        await inTransaction(ctx, (tx) =>
          updateElement(tx, element, properties, isMergeUpdate, scopeSource(body), call),
        );
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: spec.remove.path,
      action: spec.remove.action,
      response: 'VoidResponse',
      body: { spec: updateRequestBody(spec.remove.body), required: spec.remove.bodyRequired },
      query: FLAGS,
      handle: async (req, call) => {
        const element = requireKind(ctx, kind, req.params[spec.guidParam], spec.guidParam, call);
        const source = scopeSource(req.body);
        const cascade = spec.remove.cascade;
        await inTransaction(ctx, (tx) => {
          if (cascade !== undefined) {
            checkProvenance(element, source, call);
            cascade(tx, element, call);
          }
          deleteElementTree(tx, element, source, call);
        });
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: spec.find.path,
      action: spec.find.action,
      response: `${spec.kind.propertiesClass.replace(/Properties$/, '')}ElementsResponse`,
      body: { spec: AM_SEARCH_BODY, required: true },
      query: PAGED,
      handle: (req, call) => searchMatches(area, kind, req, call),
    }),
    route(area, {
      method: 'POST',
      path: spec.byName.path,
      action: spec.byName.action,
      response: `${spec.kind.propertiesClass.replace(/Properties$/, '')}ElementsResponse`,
      body: { spec: AM_NAME_BODY, required: true },
      query: PAGED,
      handle: (req, call) => {
        const body = requireBody(area, req, call);
        const { startFrom, pageSize } = pagingOf(req);
        const name = body['name'];
        if (typeof name !== 'string' || name === '') throw nullName('name', call.action);
        const size = validatePaging(ctx, startFrom, pageSize, call);
        const matches = elementsOfKind(ctx, kind).filter((e) => matchesName(e, name, kind.nameProperties));
        return listAnswer('elementList', page(matches, startFrom, size).map(render));
      },
    }),
    route(area, {
      method: 'POST',
      path: spec.byGUID.path,
      action: spec.byGUID.action,
      response: `${spec.kind.propertiesClass.replace(/Properties$/, '')}ElementResponse`,
      body: { spec: EFFECTIVE_TIME_QUERY, required: spec.byGUID.bodyRequired },
      query: FLAGS,
      handle: (req, call) => {
        const element = requireKind(ctx, kind, req.params[spec.guidParam], spec.guidParam, call);
        return { element: render(element) };
      },
    }),
  ];
  const forAssetManager = spec.forAssetManager;
  if (forAssetManager !== undefined) {
    routes.push(
      route(area, {
        method: 'POST',
        path: forAssetManager.path,
        action: forAssetManager.action,
        response: `${spec.kind.propertiesClass.replace(/Properties$/, '')}ElementsResponse`,
        body: { spec: EFFECTIVE_TIME_QUERY, required: true },
        query: PAGED,
        handle: (req, call) => {
          const { startFrom, pageSize } = pagingOf(req);
          const size = validatePaging(ctx, startFrom, pageSize, call);
          const owner = assetManagerOf(req.body).guid;
          const owned = elementsOfKind(ctx, kind).filter(
            (e) =>
              owner !== undefined &&
              e.origin.provenance === 'EXTERNAL_SOURCE' &&
              e.origin.metadataCollectionId === owner,
          );
          return listAnswer('elementList', page(owned, startFrom, size).map(render));
        },
      }),
    );
  }
  const forParent = spec.forParent;
  if (forParent !== undefined && parent !== undefined) {
    routes.push(
      route(area, {
        method: 'POST',
        path: forParent.path,
        action: forParent.action,
        response: `${spec.kind.propertiesClass.replace(/Properties$/, '')}ElementsResponse`,
        body: { spec: EFFECTIVE_TIME_QUERY, required: forParent.bodyRequired },
        query: PAGED,
        handle: (req, call) => {
          const { startFrom, pageSize } = pagingOf(req);
          const owner = requireElement(ctx, req.params[parent.param], parent.type, parent.param, call);
          const size = validatePaging(ctx, startFrom, pageSize, call);
          const children = ctx.state.store
            .relationshipsOf(owner.guid, parentRelationship(parent, owner), 1)
            .map((r) => ctx.state.store.getElement(r.end2GUID))
            .filter((e): e is ElementRecord => e !== undefined && isKind(kind, e));
          return listAnswer('elementList', page(children, startFrom, size).map(render));
        },
      }),
    );
  }
  return routes;
}
