/**
 * Route builders for the operations every element kind has (get by GUID, find by search string,
 * get by name, list for a parent, create, update, remove), so that each service is a table of
 * routes over the one element mechanism in elements.ts.
 */
import type { JsonRoute } from '../server/http-server';
import type { BeanSpec, BoundRequest, JsonObject, QueryParamSpec } from '../server/binding';
import type { HttpMethod } from '../server/router';
import type { ElementRecord } from '../store/records';
import { noRequestBody, nullName } from '../ffdc/ffdc';
import { inTransaction } from './context';
import type { EmulatorContext, MetadataSourceRef, Transaction } from './context';
import {
  compileSearchString,
  createElement,
  deleteElementTree,
  isKind,
  listAnswer,
  matchesAnyProperty,
  matchesName,
  readKindProperties,
  renderElement,
  requireElement,
  requireKind,
  sourceOf,
  updateElement,
  validatePaging,
  verifySource,
  visiblePage,
} from './elements';
import type { CallInfo, ElementKind } from './elements';
import {
  EXTERNAL_SOURCE_REQUEST_BODY,
  NAME_REQUEST_BODY,
  PAGING,
  REFERENCEABLE_REQUEST_BODY,
  SEARCH_STRING_REQUEST_BODY,
} from './request-beans';

/** A service: its context, URL base and the name its errors report. */
export interface ServiceArea {
  readonly ctx: EmulatorContext;
  /** The path prefix of its routes. */
  readonly base: string;
  /** The service name Egeria's handlers report. */
  readonly service: string;
}

/**
 * The caller and operation of a request, with its `forLineage` and `forDuplicateProcessing` when the
 * operation declares them (as query parameters, or as fields of its request bean).
 */
export function callInfo(area: ServiceArea, req: BoundRequest, action: string, bodySpec?: BeanSpec): CallInfo {
  const flag = (name: string): boolean =>
    req.q[name] === true || (bodySpec?.fields?.[name] === 'boolean' && req.body?.[name] === true);
  return {
    userId: req.params['userId'] ?? '',
    action,
    service: area.service,
    forLineage: flag('forLineage'),
    forDuplicateProcessing: flag('forDuplicateProcessing'),
  };
}

/** Builds a JSON route under the area's base path. */
export function route(
  area: ServiceArea,
  definition: {
    method: HttpMethod;
    path: string;
    action: string;
    response: string;
    body?: { spec: BeanSpec; required: boolean };
    query?: readonly QueryParamSpec[];
    handle: (req: BoundRequest, call: CallInfo) => Promise<JsonObject> | JsonObject;
  },
): JsonRoute {
  return {
    kind: 'json',
    method: definition.method,
    path: area.base + definition.path,
    action: definition.action,
    response: definition.response,
    body: definition.body,
    query: definition.query,
    handle: (req) => definition.handle(req, callInfo(area, req, definition.action, definition.body?.spec)),
  };
}

/** The request body, or Egeria's no-request-body error. */
export function requireBody(area: ServiceArea, req: BoundRequest, call: CallInfo): JsonObject {
  if (req.body === undefined) throw noRequestBody(call.userId, call.action, area.ctx.serverName);
  return req.body;
}

/** The element of a type whose GUID is the path parameter named (the parameter is named in errors). */
export function requirePathElement(
  ctx: EmulatorContext,
  typeName: string,
  req: BoundRequest,
  param: string,
  call: CallInfo,
): ElementRecord {
  return requireElement(ctx, req.params[param], typeName, param, call);
}

/** The element of a kind whose GUID is the path parameter named (the parameter is named in errors). */
export function requirePathKind(
  ctx: EmulatorContext,
  kind: ElementKind,
  req: BoundRequest,
  param: string,
  call: CallInfo,
): ElementRecord {
  return requireKind(ctx, kind, req.params[param], param, call);
}

/** `GET .../{guid}`: one element of the kind, under `element`. */
export function getByGUIDRoute(
  area: ServiceArea,
  kind: ElementKind,
  options: { path: string; guidParam: string; action: string; response: string; field?: string },
): JsonRoute {
  return route(area, {
    method: 'GET',
    path: options.path,
    action: options.action,
    response: options.response,
    handle: (req, call) => {
      const element = requireKind(area.ctx, kind, req.params[options.guidParam], 'guid', call);
      return { [options.field ?? 'element']: renderElement(area.ctx, kind, element) };
    },
  });
}

/**
 * `GET ...?startFrom&pageSize` (or the paging `query` named): one page of every element of the kind,
 * each rendered by `render` (default: the kind's bean), under `field` (default `elements`).
 */
export function allOfKindRoute(
  area: ServiceArea,
  kind: ElementKind,
  options: {
    path: string;
    action: string;
    response: string;
    query?: readonly QueryParamSpec[];
    field?: string;
    render?: (element: ElementRecord) => unknown;
  },
): JsonRoute {
  const { ctx } = area;
  const render = options.render ?? ((e: ElementRecord) => renderElement(ctx, kind, e));
  return route(area, {
    method: 'GET',
    path: options.path,
    action: options.action,
    response: options.response,
    query: options.query ?? PAGING,
    handle: (req, call) => {
      const { startFrom, pageSize } = pagingOf(req);
      const size = validatePaging(ctx, startFrom, pageSize, call);
      return listAnswer(
        options.field ?? 'elements',
        visiblePage(ctx, call, elementsOfKind(ctx, kind), startFrom, size).map(render),
      );
    },
  });
}

/** All stored elements of a kind, in creation order. */
export function elementsOfKind(ctx: EmulatorContext, kind: ElementKind): ElementRecord[] {
  return ctx.state.store.elementsOfType(kind.typeName).filter((e) => isKind(kind, e));
}

/** `POST .../by-search-string?startFrom&pageSize`: elements whose string properties match the regular expression. */
export function findRoute(
  area: ServiceArea,
  kind: ElementKind,
  options: { path: string; action: string; response: string; query?: readonly QueryParamSpec[] },
): JsonRoute {
  return route(area, {
    method: 'POST',
    path: options.path,
    action: options.action,
    response: options.response,
    body: { spec: SEARCH_STRING_REQUEST_BODY, required: true },
    query: options.query ?? PAGING,
    handle: (req, call) => {
      const body = requireBody(area, req, call);
      const { startFrom, pageSize } = pagingOf(req);
      const regex = compileSearchString(body['searchString'], 'searchString', call);
      const size = validatePaging(area.ctx, startFrom, pageSize, call);
      const matches = elementsOfKind(area.ctx, kind).filter((e) => matchesAnyProperty(e, regex));
      return listAnswer(
        'elements',
        visiblePage(area.ctx, call, matches, startFrom, size).map((e) => renderElement(area.ctx, kind, e)),
      );
    },
  });
}

/** `POST .../by-name?startFrom&pageSize`: elements with a name property equal to the name. */
export function byNameRoute(
  area: ServiceArea,
  kind: ElementKind,
  options: { path: string; action: string; response: string; query?: readonly QueryParamSpec[] },
): JsonRoute {
  return route(area, {
    method: 'POST',
    path: options.path,
    action: options.action,
    response: options.response,
    body: { spec: NAME_REQUEST_BODY, required: true },
    query: options.query ?? PAGING,
    handle: (req, call) => {
      const body = requireBody(area, req, call);
      const { startFrom, pageSize } = pagingOf(req);
      const name = body['name'];
      if (typeof name !== 'string' || name === '') throw nullName('name', call.action);
      const size = validatePaging(area.ctx, startFrom, pageSize, call);
      const matches = elementsOfKind(area.ctx, kind).filter((e) => matchesName(e, name, kind.nameProperties));
      return listAnswer(
        'elements',
        visiblePage(area.ctx, call, matches, startFrom, size).map((e) => renderElement(area.ctx, kind, e)),
      );
    },
  });
}

/** `GET .../{parentGUID}/...?startFrom&pageSize`: the elements of a kind below a parent. */
export function listForParentRoute(
  area: ServiceArea,
  kind: ElementKind,
  options: {
    path: string;
    parentParam: string;
    parentType: string;
    action: string;
    response: string;
    children: (ctx: EmulatorContext, parent: ElementRecord) => ElementRecord[];
  },
): JsonRoute {
  return route(area, {
    method: 'GET',
    path: options.path,
    action: options.action,
    response: options.response,
    query: PAGING,
    handle: (req, call) => {
      const { startFrom, pageSize } = pagingOf(req);
      const parent = requireElement(
        area.ctx,
        req.params[options.parentParam],
        options.parentType,
        options.parentParam,
        call,
      );
      const size = validatePaging(area.ctx, startFrom, pageSize, call);
      const children = options.children(area.ctx, parent).filter((e) => isKind(kind, e));
      return listAnswer(
        'elements',
        visiblePage(area.ctx, call, children, startFrom, size).map((e) => renderElement(area.ctx, kind, e)),
      );
    },
  });
}

/** What a create hook receives. */
export interface CreateHookInput {
  readonly tx: Transaction;
  readonly element: ElementRecord;
  readonly body: JsonObject;
  readonly source: MetadataSourceRef | undefined;
  readonly call: CallInfo;
}

/** `POST ...`: creates an element of the kind from a `ReferenceableRequestBody`; answers its GUID. */
export function createRoute(
  area: ServiceArea,
  kind: ElementKind,
  options: {
    path: string;
    action: string;
    /** Checks run before anything is created (for example that the parent exists); returns the anchor. */
    prepare?: (body: JsonObject, call: CallInfo) => { anchorGUID?: string } | void;
    /** Links and classifications added after the element is created. */
    after?: (input: CreateHookInput) => void;
  },
): JsonRoute {
  return route(area, {
    method: 'POST',
    path: options.path,
    action: options.action,
    response: 'GUIDResponse',
    body: { spec: REFERENCEABLE_REQUEST_BODY, required: true },
    handle: async (req, call) => {
      const body = requireBody(area, req, call);
      const properties = readKindProperties(kind, body['properties'], call, true);
      const source = verifySource(area.ctx, sourceOf(body), call);
      const prepared = options.prepare?.(body, call) ?? {};
      const guid = await inTransaction(area.ctx, (tx) => {
        const element = createElement(tx, kind, { properties, source, anchorGUID: prepared.anchorGUID }, call);
        options.after?.({ tx, element, body, source, call });
        return element.guid;
      });
      return { guid };
    },
  });
}

/** `POST .../{guid}?isMergeUpdate`: updates an element of the kind from a `ReferenceableRequestBody`. */
export function updateRoute(
  area: ServiceArea,
  kind: ElementKind,
  options: { path: string; guidParam: string; action: string },
): JsonRoute {
  return route(area, {
    method: 'POST',
    path: options.path,
    action: options.action,
    response: 'VoidResponse',
    body: { spec: REFERENCEABLE_REQUEST_BODY, required: true },
    query: [{ name: 'isMergeUpdate', type: 'boolean', required: false }],
    handle: async (req, call) => {
      const body = requireBody(area, req, call);
      const isMergeUpdate = req.q['isMergeUpdate'] === true;
      const properties = readKindProperties(kind, body['properties'], call, !isMergeUpdate);
      const element = requireKind(area.ctx, kind, req.params[options.guidParam], options.guidParam, call);
      await inTransaction(area.ctx, (tx) =>
        updateElement(tx, element, properties, isMergeUpdate, sourceOf(body), call),
      );
      return {};
    },
  });
}

/** `POST .../{guid}/delete`: removes an element of the kind and what is anchored to it. */
export function removeRoute(
  area: ServiceArea,
  kind: ElementKind,
  options: { path: string; guidParam: string; action: string },
): JsonRoute {
  return route(area, {
    method: 'POST',
    path: options.path,
    action: options.action,
    response: 'VoidResponse',
    body: { spec: EXTERNAL_SOURCE_REQUEST_BODY, required: false },
    handle: async (req, call) => {
      const element = requireKind(area.ctx, kind, req.params[options.guidParam], options.guidParam, call);
      await inTransaction(area.ctx, (tx) => deleteElementTree(tx, element, sourceOf(req.body), call));
      return {};
    },
  });
}

/** The `startFrom` / `pageSize` (or `startingFrom` / `maximumResults`) of a request. */
export function pagingOf(req: BoundRequest): { startFrom: number; pageSize: number } {
  const startFrom = (req.q['startFrom'] ?? req.q['startingFrom'] ?? 0) as number;
  const pageSize = (req.q['pageSize'] ?? req.q['maximumResults'] ?? 0) as number;
  return { startFrom, pageSize };
}
