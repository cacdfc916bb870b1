/**
 * The routes every Asset Manager element kind has (create, update, remove, find, by name, for the
 * asset manager, by GUID, below a parent), over the one element mechanism of elements.ts, with the
 * Asset Manager's bodies: correlation properties on writes, `assetManagerGUID` on reads.
 */
import type { Route } from '../server/http-server';
import type { BeanSpec, BoundRequest, JsonObject, QueryParamSpec } from '../server/binding';
import { invalidPropertiesObject, nullGUID, nullName } from '../ffdc/ffdc';
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
  requireElement,
  requireKind,
  updateElement,
  validatePaging,
  visiblePage,
} from './elements';
import type { CallInfo } from './elements';
import { elementsOfKind, pagingOf, requireBody, route } from './kind-routes';
import type { ServiceArea } from './kind-routes';
import {
  AM_NAME_BODY,
  AM_SEARCH_BODY,
  assetManagerOf,
  correlationOf,
  createProperties,
  EFFECTIVE_TIME_QUERY,
  FLAGS,
  IS_HOME,
  MERGE,
  OPTIONAL_IS_HOME,
  ownerOf,
  PAGED,
  recordExternalIdentifier,
  renderAMElement,
  requestedType,
  scopeSource,
  storedProperties,
  updateRequestBody,
} from './asset-manager-support';
import type { AssetManagerKind } from './asset-manager-support';
import { checkExternalIdentifier, elementsInScope, stampSynchronized } from './asset-manager-correlation';
import type { ElementRecord } from '../store/records';

/** Where a new element hangs: a parent in the path, linked by a relationship and anchored to it. */
export interface ParentLink {
  /** The path parameter with the parent's GUID. */
  readonly param: string;
  /** The parent's type. */
  readonly type: string;
  /** The relationship from the parent (end one) to the new element (end two), or how to pick it from the parent. */
  readonly relationship: string | ((parent: ElementRecord) => string);
  /** Anchor the new element to its parent's anchor, and to none when the parent has none (as 5.2 anchors nested schema attributes). */
  readonly inheritAnchor?: boolean;
}

/** The relationship a parent link uses below one parent. */
function parentRelationship(link: ParentLink, parent: ElementRecord): string {
  return typeof link.relationship === 'string' ? link.relationship : link.relationship(parent);
}

/** Lists one page of the elements a route finds: those matching the body, also kept by the spec's filter. */
type Narrowing = (element: ElementRecord, body: JsonObject | undefined) => boolean;

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
    /** `assetManagerIsHome` is optional (default false), as on the glossary resource; otherwise required. */
    readonly isHomeOptional?: boolean;
    /** Further query parameters of the create. */
    readonly query?: readonly QueryParamSpec[];
    /** The body field naming an element the new one is anchored to (such as `anchorGUID`). */
    readonly anchorField?: string;
    /** Adds to the new element (such as a classification) in the create's transaction. */
    readonly after?: (tx: Transaction, element: ElementRecord, req: BoundRequest, call: CallInfo) => void;
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
  /** Find by search string (default body: the Asset Manager's `SearchStringRequestBody`). */
  readonly find: { readonly path: string; readonly action: string; readonly body?: BeanSpec };
  /** Get by name (default body: `NameRequestBody`; default properties compared: the kind's name properties). */
  readonly byName: {
    readonly path: string;
    readonly action: string;
    readonly body?: BeanSpec;
    readonly properties?: readonly string[];
  };
  /** What find and get by name keep beyond the match (such as the glossary named in the body). */
  readonly narrow?: Narrowing;
  /**
   * Get the asset manager's elements: those it owns (provenance), or with `byExternalIdScope` those
   * it holds external identifiers for, as Egeria's `getElementEntitiesForScope` finds them.
   */
  readonly forAssetManager?: { readonly path: string; readonly action: string; readonly byExternalIdScope?: boolean };
  /**
   * Every element of a type (and its subtypes) rendered as this kind, page by page, with the asset
   * manager's correlation headers: Egeria's scans (`scanDataAssets` scans every `Asset`).
   */
  readonly scan?: { readonly path: string; readonly action: string; readonly typeName: string };
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
  /**
   * The `class` values Jackson accepts for `elementProperties`, when the body declares a supertype
   * (such as `ReferenceableProperties`): the handler then refuses any class not of the kind with
   * Egeria's `INVALID_PROPERTIES_OBJECT`. Default: the kind's classes (Jackson refuses the others).
   */
  readonly elementPropertiesClasses?: readonly string[];
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
  call: CallInfo,
  narrow: Narrowing,
): JsonObject {
  const body = requireBody(area, req, call);
  const { startFrom, pageSize } = pagingOf(req);
  const regex = compileSearchString(body['searchString'], 'searchString', call);
  const size = validatePaging(area.ctx, startFrom, pageSize, call);
  const matches = elementsOfKind(area.ctx, kind).filter((e) => matchesAnyProperty(e, regex) && narrow(e, body));
  const scopeGUID = assetManagerOf(body).guid;
  return listAnswer(
    'elementList',
    visiblePage(area.ctx, call, matches, startFrom, size).map((e) => renderAMElement(area.ctx, kind, e, scopeGUID)),
  );
}

/** The properties of a create or update, with the handler's class check when Jackson accepts a supertype. */
function elementProperties(spec: ElementRouteSpec, body: JsonObject, call: CallInfo): unknown {
  const raw = body['elementProperties'];
  if (spec.elementPropertiesClasses === undefined) return raw;
  const cls = typeof raw === 'object' && raw !== null ? (raw as JsonObject)['class'] : undefined;
  if (typeof cls !== 'string' || !spec.kind.acceptedPropertiesClasses.includes(cls)) {
    throw invalidPropertiesObject(spec.kind.javaPropertiesClass, call.action);
  }
  return raw;
}

/** The routes of an element kind. */
export function elementRoutes(area: ServiceArea, spec: ElementRouteSpec): Route[] {
  const { ctx } = area;
  const kind = spec.kind;
  const bodySpec: BeanSpec = updateRequestBody(
    spec.body,
    spec.elementPropertiesClasses ?? kind.acceptedPropertiesClasses,
  );
  const render = (e: ElementRecord, body?: JsonObject): JsonObject =>
    renderAMElement(ctx, kind, e, assetManagerOf(body).guid);
  const narrow: Narrowing = spec.narrow ?? (() => true);
  const parent = spec.create.parent;
  const anchorParam = spec.create.anchorParam;
  const isHome: QueryParamSpec = spec.create.isHomeOptional ? OPTIONAL_IS_HOME : IS_HOME;
  const createQuery: QueryParamSpec[] = [
    isHome,
    ...(anchorParam === undefined ? [] : [{ name: anchorParam, type: 'string' as const, required: false }]),
    ...(parent === undefined && anchorParam === undefined ? [] : FLAGS),
    ...(spec.create.query ?? []),
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
        const raw = elementProperties(spec, body, call);
        const bean = createProperties({ elementProperties: raw }, 'elementProperties', call);
        const properties = kind.fromBean?.(bean) ?? bean;
        const typeName = requestedType(kind, raw, call, spec.defaultType);
        const owner = ownerOf(ctx, req, scopeSource(body), call);
        const status = spec.statusOf?.(body, call);
        const parentElement =
          parent === undefined
            ? undefined
            : requireElement(ctx, req.params[parent.param], parent.type, parent.param, call);
        const anchorField = spec.create.anchorField;
        const anchorInBody = anchorField === undefined ? undefined : body[anchorField];
        const anchorGUID =
          typeof anchorInBody === 'string' && anchorInBody !== '' && anchorField !== undefined
            ? requireElement(ctx, anchorInBody, 'OpenMetadataRoot', anchorField, call).guid
            : parentElement === undefined
              ? anchorOf(ctx, req, anchorParam, call)
              : parent?.inheritAnchor === true
                ? parentElement.anchorGUID
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
          spec.create.after?.(tx, element, req, call);
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
        const bean = storedProperties(elementProperties(spec, body, call));
        const properties = kind.fromBean?.(bean) ?? bean;
        if (!isMergeUpdate && (typeof properties['qualifiedName'] !== 'string' || properties['qualifiedName'] === '')) {
          throw nullName('qualifiedName', call.action);
        }
        const element = requireKind(ctx, kind, req.params[spec.guidParam], spec.guidParam, call);
        const link = checkExternalIdentifier(ctx, element, kind.typeName, body, call);
        await inTransaction(ctx, (tx) => {
          stampSynchronized(tx, link, call);
          updateElement(tx, element, properties, isMergeUpdate, scopeSource(body), call);
        });
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
        const link = checkExternalIdentifier(ctx, element, kind.typeName, req.body, call);
        await inTransaction(ctx, (tx) => {
          stampSynchronized(tx, link, call);
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
      body: { spec: spec.find.body ?? AM_SEARCH_BODY, required: true },
      query: PAGED,
      handle: (req, call) => searchMatches(area, kind, req, call, narrow),
    }),
    route(area, {
      method: 'POST',
      path: spec.byName.path,
      action: spec.byName.action,
      response: `${spec.kind.propertiesClass.replace(/Properties$/, '')}ElementsResponse`,
      body: { spec: spec.byName.body ?? AM_NAME_BODY, required: true },
      query: PAGED,
      handle: (req, call) => {
        const body = requireBody(area, req, call);
        const { startFrom, pageSize } = pagingOf(req);
        const name = body['name'];
        if (typeof name !== 'string' || name === '') throw nullName('name', call.action);
        const size = validatePaging(ctx, startFrom, pageSize, call);
        const compared = spec.byName.properties ?? kind.nameProperties;
        const matches = elementsOfKind(ctx, kind).filter((e) => matchesName(e, name, compared) && narrow(e, body));
        return listAnswer(
          'elementList',
          visiblePage(ctx, call, matches, startFrom, size).map((e) => render(e, body)),
        );
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
        return { element: render(element, req.body) };
      },
    }),
  ];
  /**
   * A paged `elementList` of the kind: `start` reads what the path names (before the paging check,
   * as Egeria does), `select` the elements to list.
   */
  const listRoute = <T>(
    op: { path: string; action: string },
    bodyRequired: boolean,
    start: (req: BoundRequest, call: CallInfo) => T,
    select: (req: BoundRequest, started: T, call: CallInfo) => ElementRecord[],
  ): Route =>
    route(area, {
      method: 'POST',
      path: op.path,
      action: op.action,
      response: `${spec.kind.propertiesClass.replace(/Properties$/, '')}ElementsResponse`,
      body: { spec: EFFECTIVE_TIME_QUERY, required: bodyRequired },
      query: PAGED,
      handle: (req, call) => {
        const { startFrom, pageSize } = pagingOf(req);
        const started = start(req, call);
        const size = validatePaging(ctx, startFrom, pageSize, call);
        return listAnswer(
          'elementList',
          visiblePage(ctx, call, select(req, started, call), startFrom, size).map((e) => render(e, req.body)),
        );
      },
    });
  const nothing = (): void => undefined;
  const forAssetManager = spec.forAssetManager;
  if (forAssetManager !== undefined) {
    routes.push(
      listRoute(forAssetManager, true, nothing, (req, _started, call) => {
        const owner = assetManagerOf(req.body).guid;
        if (forAssetManager.byExternalIdScope === true && owner === undefined)
          throw nullGUID('assetManagerGUID', call.action);
        if (owner === undefined) return [];
        return forAssetManager.byExternalIdScope === true
          ? elementsInScope(ctx, owner, kind)
          : elementsOfKind(ctx, kind).filter(
              (e) => e.origin.provenance === 'EXTERNAL_SOURCE' && e.origin.metadataCollectionId === owner,
            );
      }),
    );
  }
  const scan = spec.scan;
  if (scan !== undefined) {
    routes.push(listRoute(scan, true, nothing, () => ctx.state.store.elementsOfType(scan.typeName)));
  }
  const forParent = spec.forParent;
  if (forParent !== undefined && parent !== undefined) {
    routes.push(
      listRoute(
        forParent,
        forParent.bodyRequired,
        (req, call) => requireElement(ctx, req.params[parent.param], parent.type, parent.param, call),
        (_req, owner) =>
          ctx.state.store
            .relationshipsOf(owner.guid, parentRelationship(parent, owner), 1)
            .map((r) => ctx.state.store.getElement(r.end2GUID))
            .filter((e): e is ElementRecord => e !== undefined && isKind(kind, e)),
      ),
    );
  }
  return routes;
}
