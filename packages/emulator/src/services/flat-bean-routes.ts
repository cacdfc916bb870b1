/**
 * Route builders for the Data Manager operations whose request bean is a properties bean with the
 * metadata source added (`APIRequestBody extends APIProperties`, `FormRequestBody`, ...): create
 * (optionally with an `...IsHome` flag), create from a template, update, publish and withdraw,
 * remove, and removal of a schema element with what hangs below it. Finds, lists and gets use the
 * builders of kind-routes.ts.
 */
import type { Route } from '../server/http-server';
import type { BeanSpec, BoundRequest, JsonObject, QueryParamSpec } from '../server/binding';
import { invalidParameter, nullName } from '../ffdc/ffdc';
import { readBean } from './bean-fields';
import { inTransaction } from './context';
import type { EmulatorContext, MetadataSourceRef, Transaction } from './context';
import {
  checkProvenance,
  createElement,
  pickTypeName,
  deleteElementTree,
  requireElement,
  requireKind,
  sourceOf,
  updateElement,
  verifySource,
} from './elements';
import type { CallInfo, ElementKind } from './elements';
import { link } from './database-manager';
import { requireBody, requirePathKind, route } from './kind-routes';
import type { ServiceArea } from './kind-routes';
import {
  DM_TEMPLATE_REQUEST_BODY,
  METADATA_SOURCE_REQUEST_BODY,
  NULL_REQUEST_BODY,
  flatTypedBean,
} from './request-beans';
import type { ElementRecord } from '../store/records';
import { createFromTemplate, fromTemplateProperties } from './templates';

/** What a create hook receives. */
export interface FlatCreateInput {
  readonly tx: Transaction;
  /** The new element. */
  readonly element: ElementRecord;
  readonly body: JsonObject;
  readonly req: BoundRequest;
  /** The owner of the new element: the named metadata source, unless the request said it is not home. */
  readonly owner: MetadataSourceRef | undefined;
  /** The metadata source the request named (whether or not it is home). */
  readonly named: MetadataSourceRef | undefined;
  readonly call: CallInfo;
}

/** Options shared by the create builders. */
export interface FlatCreateOptions {
  readonly path: string;
  readonly action: string;
  /** The required `...IsHome` query parameter, when the operation has one. */
  readonly isHomeParam?: string;
  /** Checks run before anything is created (for example that the parent exists); returns the anchor. */
  readonly prepare?: (req: BoundRequest, body: JsonObject, call: CallInfo) => { anchorGUID?: string } | void;
  /** Links and classifications added after the element is created. */
  readonly after?: (input: FlatCreateInput) => void;
  /** Property values taken from the request (such as a path value) that win over the body's and the template's. */
  readonly overrides?: (req: BoundRequest) => Record<string, unknown>;
  /** The status the new element starts with (ACTIVE when undefined); checked before anything is created. */
  readonly initialStatus?: (body: JsonObject, typeName: string, call: CallInfo) => string | undefined;
}

function isHomeQuery(name: string | undefined): readonly QueryParamSpec[] | undefined {
  return name === undefined ? undefined : [{ name, type: 'boolean', required: true }];
}

/** The owner and the named source of a create: Egeria's `getExternalSourceID(isHome, ...)`. */
function owners(
  area: ServiceArea,
  req: BoundRequest,
  body: JsonObject,
  isHomeParam: string | undefined,
  call: CallInfo,
): { owner: MetadataSourceRef | undefined; named: MetadataSourceRef | undefined } {
  const named = verifySource(area.ctx, sourceOf(body), call);
  const isHome = isHomeParam === undefined || req.q[isHomeParam] !== false;
  return { owner: isHome ? named : undefined, named };
}

/** `POST ...`: creates an element of the kind from a flat request bean (`class` = the bean); answers its GUID. */
export function flatCreateRoute(
  area: ServiceArea,
  kind: ElementKind,
  requestBean: string,
  options: FlatCreateOptions,
): Route {
  return route(area, {
    method: 'POST',
    path: options.path,
    action: options.action,
    response: 'GUIDResponse',
    body: { spec: flatTypedBean(requestBean), required: true },
    query: isHomeQuery(options.isHomeParam),
    handle: async (req, call) => {
      const body = requireBody(area, req, call);
      const properties = { ...readBean(kind.propertiesClass, body), ...options.overrides?.(req) };
      if (typeof properties['qualifiedName'] !== 'string' || properties['qualifiedName'] === '') {
        throw nullName('qualifiedName', call.action);
      }
      const { owner, named } = owners(area, req, body, options.isHomeParam, call);
      const prepared = options.prepare?.(req, body, call) ?? {};
      const typeName = pickTypeName(kind, properties);
      const status = options.initialStatus?.(body, typeName, call);
      const guid = await inTransaction(area.ctx, (tx) => {
        const element = createElement(
          tx,
          kind,
          { typeName, properties, source: owner, anchorGUID: prepared.anchorGUID, status },
          call,
        );
        options.after?.({ tx, element, body, req, owner, named, call });
        return element.guid;
      });
      return { guid };
    },
  });
}

/**
 * `POST .../from-template/{templateGUID}`: copies a template of the kind, with what is anchored to
 * it, as Egeria's template handler does ({@link createFromTemplate}).
 */
export function flatTemplateRoute(area: ServiceArea, kind: ElementKind, options: FlatCreateOptions): Route {
  return route(area, {
    method: 'POST',
    path: options.path,
    action: options.action,
    response: 'GUIDResponse',
    body: { spec: DM_TEMPLATE_REQUEST_BODY, required: true },
    query: isHomeQuery(options.isHomeParam),
    handle: async (req, call) => {
      const body = requireBody(area, req, call);
      const template = requirePathKind(area.ctx, kind, req, 'templateGUID', call);
      const overrides = { ...fromTemplateProperties(kind, template, body), ...options.overrides?.(req) };
      if (typeof overrides['qualifiedName'] !== 'string' || overrides['qualifiedName'] === '') {
        throw invalidParameter('NULL_NAME', ['qualifiedName', call.action], call.action, 'qualifiedName');
      }
      const { owner, named } = owners(area, req, body, options.isHomeParam, call);
      const prepared = options.prepare?.(req, body, call) ?? {};
      const guid = await inTransaction(area.ctx, (tx) => {
        const element = createFromTemplate(
          tx,
          { template, overrides, source: owner, anchorGUID: prepared.anchorGUID, deepCopy: true },
          call,
        );
        options.after?.({ tx, element, body, req, owner, named, call });
        return element.guid;
      });
      return { guid };
    },
  });
}

/** `POST .../{guid}?isMergeUpdate`: updates an element of the kind from a flat request bean. */
export function flatUpdateRoute(
  area: ServiceArea,
  kind: ElementKind,
  requestBean: string,
  options: { path: string; guidParam: string; action: string },
): Route {
  return route(area, {
    method: 'POST',
    path: options.path,
    action: options.action,
    response: 'VoidResponse',
    body: { spec: flatTypedBean(requestBean), required: true },
    query: [{ name: 'isMergeUpdate', type: 'boolean', required: true }],
    handle: async (req, call) => {
      const body = requireBody(area, req, call);
      const isMergeUpdate = req.q['isMergeUpdate'] === true;
      const properties = readBean(kind.propertiesClass, body);
      // The type is fixed at creation.
      delete properties['typeName'];
      if (!isMergeUpdate && (typeof properties['qualifiedName'] !== 'string' || properties['qualifiedName'] === '')) {
        throw nullName('qualifiedName', call.action);
      }
      const element = requireKind(area.ctx, kind, req.params[options.guidParam], options.guidParam, call);
      await inTransaction(area.ctx, (tx) =>
        updateElement(tx, element, properties, isMergeUpdate, sourceOf(body), call),
      );
      return {};
    },
  });
}

/**
 * Publishes or withdraws an asset: a published asset is in the server's published zones; the
 * emulator keeps the `AssetZoneMembership` classification (with no zones) as the marker.
 */
export function setPublished(tx: Transaction, element: ElementRecord, publish: boolean, call: CallInfo): void {
  if (!publish) {
    tx.declassify(element, 'AssetZoneMembership');
    return;
  }
  if (element.classifications['AssetZoneMembership'] !== undefined) return;
  tx.classify(element, {
    name: 'AssetZoneMembership',
    properties: { zoneMembership: [] },
    origin: element.origin,
    createdBy: call.userId,
    createTime: tx.ctx.now(),
    version: 1,
  });
}

/** What a publish or withdraw route changes: the element of a type whose GUID is the path parameter named. */
export interface ZoneTarget {
  readonly path: string;
  readonly guidParam: string;
  readonly action: string;
  readonly typeName: string;
  /** True to publish, false to withdraw. */
  readonly publish: boolean;
}

/**
 * `POST .../publish` and `.../withdraw`: sets or removes the asset's zone membership (a published
 * asset is in the server's published zones; the emulator keeps the classification as the marker).
 * The request bean is an optional `NullRequestBody` unless `body` names another; `check` runs first.
 */
export function zoneRoute(
  area: ServiceArea,
  options: ZoneTarget & {
    body?: { spec: BeanSpec; required: boolean };
    query?: readonly QueryParamSpec[];
    check?: (req: BoundRequest, call: CallInfo) => void;
  },
): Route {
  return route(area, {
    method: 'POST',
    path: options.path,
    action: options.action,
    response: 'VoidResponse',
    body: options.body ?? { spec: NULL_REQUEST_BODY, required: false },
    query: options.query,
    handle: async (req, call) => {
      options.check?.(req, call);
      const element = requireElement(
        area.ctx,
        req.params[options.guidParam],
        options.typeName,
        options.guidParam,
        call,
      );
      await inTransaction(area.ctx, (tx) => setPublished(tx, element, options.publish, call));
      return {};
    },
  });
}

/** The relationships that hold the parts of a schema below an element (parent at end 1). */
const SCHEMA_PARTS = [
  'AssetSchemaType',
  'APIOperations',
  'APIHeader',
  'APIRequest',
  'APIResponse',
  'AttributeForSchema',
  'NestedSchemaAttribute',
];

/** Deletes the schema elements below an element (each on behalf of its own owner), deepest first. */
export function deleteSchemaParts(tx: Transaction, element: ElementRecord, call: CallInfo): void {
  const store = tx.ctx.state.store;
  for (const typeName of SCHEMA_PARTS) {
    for (const relationship of store.relationshipsOf(element.guid, typeName, 1)) {
      const child = store.getElement(relationship.end2GUID);
      if (child === undefined) continue;
      deleteSchemaParts(tx, child, call);
      if (store.getElement(child.guid) !== undefined) {
        deleteElementTree(tx, child, { guid: child.origin.metadataCollectionId }, call);
      }
    }
  }
}

/**
 * `POST .../delete` with a `MetadataSourceRequestBody`: removes an element of the kind after the
 * provenance check, with the schema elements below it and what is anchored to it. A
 * `{qualifiedName}` in the path is accepted as Egeria's resources accept it (not compared).
 */
export function flatRemoveRoute(
  area: ServiceArea,
  kind: ElementKind,
  options: { path: string; guidParam: string; action: string },
): Route {
  return route(area, {
    method: 'POST',
    path: options.path,
    action: options.action,
    response: 'VoidResponse',
    body: { spec: METADATA_SOURCE_REQUEST_BODY, required: true },
    handle: async (req, call) => {
      requireBody(area, req, call);
      const element = requireKind(area.ctx, kind, req.params[options.guidParam], options.guidParam, call);
      const source = sourceOf(req.body);
      checkProvenance(element, source, call);
      await inTransaction(area.ctx, (tx) => {
        deleteSchemaParts(tx, element, call);
        deleteElementTree(tx, element, source, call);
      });
      return {};
    },
  });
}

/**
 * The root schema type of an asset (AssetSchemaType), created as an element of `kind` (qualified
 * name `SchemaOf:<asset qualified name>`, anchored to the asset) when the asset has none yet.
 */
export function rootSchemaTypeOf(
  tx: Transaction,
  asset: ElementRecord,
  kind: ElementKind,
  source: MetadataSourceRef | undefined,
  call: CallInfo,
): ElementRecord {
  const store = tx.ctx.state.store;
  const existing = store.relationshipsOf(asset.guid, 'AssetSchemaType', 1)[0];
  const found = existing === undefined ? undefined : store.getElement(existing.end2GUID);
  if (found !== undefined) return found;
  const qualifiedName = `SchemaOf:${String(asset.properties['qualifiedName'] ?? asset.guid)}`;
  const schemaType = createElement(tx, kind, { properties: { qualifiedName }, source, anchorGUID: asset.guid }, call);
  link(tx, 'AssetSchemaType', asset.guid, schemaType.guid, source, call);
  return schemaType;
}

/** The elements at the other end of an element's relationships of a type (`end`: the element's end). */
export function relatedElements(ctx: EmulatorContext, guid: string, typeName: string, end: 1 | 2): ElementRecord[] {
  const out: ElementRecord[] = [];
  for (const relationship of ctx.state.store.relationshipsOf(guid, typeName, end)) {
    const other = ctx.state.store.getElement(end === 1 ? relationship.end2GUID : relationship.end1GUID);
    if (other !== undefined) out.push(other);
  }
  return out;
}
