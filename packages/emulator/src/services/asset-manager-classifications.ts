/**
 * The Asset Manager routes that set and clear one classification on an element (`POST .../{guid}/x`
 * and `POST .../{guid}/x/remove`): calculated values and primary keys of schema elements, and the
 * stewardship classifications (confidence, criticality, ownership...). One builder for all of them.
 */
import type { Route } from '../server/http-server';
import type { BeanSpec, JsonObject, QueryParamSpec } from '../server/binding';
import { inTransaction } from './context';
import { setClassification } from './classifications';
import { requireElement, verifySource } from './elements';
import type { CallInfo } from './elements';
import { route } from './kind-routes';
import type { ServiceArea } from './kind-routes';
import { FLAGS, IS_HOME, scopeSource } from './asset-manager-support';

/** One classification's pair of routes. */
export interface ClassificationRouteSpec {
  /** The path of the set route, with the element's GUID parameter; the clear route adds `/remove`. */
  readonly path: string;
  /** The GUID path parameter. */
  readonly guidParam: string;
  /** The type the element must be (or a subtype of). */
  readonly elementType: string;
  /** The classification type name, such as `Confidence`. */
  readonly classification: string;
  /** Egeria's method names of the two routes. */
  readonly setAction: string;
  readonly clearAction: string;
  /** The request beans and whether Spring requires them. */
  readonly setBody: { readonly spec: BeanSpec; readonly required: boolean };
  readonly clearBody: { readonly spec: BeanSpec; readonly required: boolean };
  /** True when the set route takes the required `assetManagerIsHome` parameter. */
  readonly isHome: boolean;
  /**
   * The classification's stored properties, read from the set request's body (absent when the
   * body is); throws Egeria's error for a missing body or properties of the wrong class.
   */
  readonly properties: (body: JsonObject | undefined, call: CallInfo) => Record<string, unknown>;
  /** The metadata source a body names (default: its correlation properties' scope). */
  readonly source?: (body: JsonObject | undefined) => { guid?: string; name?: string };
}

/** The stored form of some fields of a body object (nulls and absent fields left out). */
export function pick(raw: unknown, mapping: Readonly<Record<string, string>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (typeof raw !== 'object' || raw === null) return out;
  for (const [from, to] of Object.entries(mapping)) {
    const value = (raw as JsonObject)[from];
    if (value !== undefined && value !== null) out[to] = value;
  }
  return out;
}

/** The set and clear routes of one classification. */
export function classificationRoutes(area: ServiceArea, spec: ClassificationRouteSpec): Route[] {
  const { ctx } = area;
  const sourceOfBody = spec.source ?? scopeSource;
  const setQuery: QueryParamSpec[] = spec.isHome ? [IS_HOME, ...FLAGS] : [...FLAGS];
  const element = (guid: string | undefined, call: CallInfo) =>
    requireElement(ctx, guid, spec.elementType, spec.guidParam, call);
  return [
    route(area, {
      method: 'POST',
      path: spec.path,
      action: spec.setAction,
      response: 'VoidResponse',
      body: spec.setBody,
      query: setQuery,
      handle: async (req, call) => {
        const properties = spec.properties(req.body, call);
        const target = element(req.params[spec.guidParam], call);
        const verified = verifySource(ctx, sourceOfBody(req.body), call);
        const owner = req.q['assetManagerIsHome'] === false ? undefined : verified;
        await inTransaction(ctx, (tx) =>
          setClassification(tx, target, { name: spec.classification, properties }, owner, call),
        );
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: `${spec.path}/remove`,
      action: spec.clearAction,
      response: 'VoidResponse',
      body: spec.clearBody,
      query: FLAGS,
      handle: async (req, call) => {
        const target = element(req.params[spec.guidParam], call);
        await inTransaction(ctx, (tx) => tx.declassify(target, spec.classification));
        return {};
      },
    }),
  ];
}
