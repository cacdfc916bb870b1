/**
 * The relationships the Asset Manager's glossary routes set up between two elements named in the
 * path (category hierarchy, term categorization, term relationships): set up once on behalf of the
 * metadata source the `RelationshipRequestBody` names, and removed for the asset manager that owns them.
 */
import type { Route } from '../server/http-server';
import type { BoundRequest, JsonObject } from '../server/binding';
import { inTransaction } from './context';
import { sourceOf, verifySource } from './elements';
import type { CallInfo } from './elements';
import { route } from './kind-routes';
import type { ServiceArea } from './kind-routes';
import { EFFECTIVE_TIME_QUERY, FLAGS, assetManagerOf } from './asset-manager-support';
import { linkOnce } from './asset-manager-links';
import { readRelationshipProperties, unlink } from './asset-manager-relationship-beans';
import type { RelationshipBeanSpec } from './asset-manager-relationship-beans';
import { RELATIONSHIP_REQUEST_BODY } from './request-beans';
import type { ElementRecord } from '../store/records';
import { relationshipsBetween } from './relationship-links';

/** A relationship's type and its two ends, as the path names them. */
export interface GlossaryLinkEnds {
  readonly typeName: string;
  readonly ends: readonly [ElementRecord, ElementRecord];
}

/** A glossary relationship named by its ends in the path. */
export interface GlossaryLinkSpec {
  /** The set-up path; removal is the same path with `/remove`. */
  readonly path: string;
  readonly setupAction: string;
  readonly clearAction: string;
  /** Whether the set-up needs a request body. */
  readonly bodyRequired: boolean;
  /** The relationship's properties bean. */
  readonly bean: RelationshipBeanSpec;
  /** The properties stored when the bean does not set them. */
  readonly defaults?: Readonly<Record<string, unknown>>;
  /** Reads the relationship's type and ends from the path (with their checks). */
  readonly link: (req: BoundRequest, call: CallInfo) => GlossaryLinkEnds;
}

/** The set-up (`path`) and removal (`path/remove`) routes of a glossary relationship. */
export function glossaryLinkRoutes(area: ServiceArea, spec: GlossaryLinkSpec): Route[] {
  const { ctx } = area;
  return [
    route(area, {
      method: 'POST',
      path: spec.path,
      action: spec.setupAction,
      response: 'VoidResponse',
      body: { spec: RELATIONSHIP_REQUEST_BODY, required: spec.bodyRequired },
      query: FLAGS,
      handle: async (req, call) => {
        const { typeName, ends } = spec.link(req, call);
        const owner = verifySource(ctx, sourceOf(req.body), call);
        const properties = { ...spec.defaults, ...readRelationshipProperties(spec.bean, req.body?.['properties']) };
        const [end1, end2] = ends;
        await inTransaction(ctx, (tx) => linkOnce(tx, { typeName, end1, end2, properties, owner }, call));
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: `${spec.path}/remove`,
      action: spec.clearAction,
      response: 'VoidResponse',
      body: { spec: EFFECTIVE_TIME_QUERY, required: false },
      query: FLAGS,
      handle: async (req, call): Promise<JsonObject> => {
        const { typeName, ends } = spec.link(req, call);
        const link = relationshipsBetween(ctx, typeName, ends[0].guid, ends[1].guid)[0];
        if (link !== undefined) await inTransaction(ctx, (tx) => unlink(tx, link, assetManagerOf(req.body), call));
        return {};
      },
    }),
  ];
}
