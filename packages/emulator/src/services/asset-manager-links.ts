/**
 * Asset Manager relationships named by their two ends in the path (process hierarchy, process
 * ports, port delegation, port schema types): set up once (a second set-up updates the one
 * relationship, as Egeria's `linkElementToElement` does), removed by their ends, and the elements
 * at the other end listed or fetched.
 */
import { PropertyServerException } from '@egeria-ts/core';
import type { Route } from '../server/http-server';
import type { JsonObject } from '../server/binding';
import { egeriaError, invalidParameter } from '../ffdc/ffdc';
import { inTransaction, newGUID, originFor } from './context';
import type { EmulatorContext, MetadataSourceRef, Transaction } from './context';
import {
  checkProvenance,
  listAnswer,
  requireElement,
  sourceOf,
  validatePaging,
  verifySource,
  visiblePage,
} from './elements';
import type { CallInfo } from './elements';
import { pagingOf, route } from './kind-routes';
import type { ServiceArea } from './kind-routes';
import { RELATIONSHIP_REQUEST_BODY } from './request-beans';
import { EFFECTIVE_TIME_QUERY, FLAGS, IS_HOME, PAGED, assetManagerOf, renderAMElement } from './asset-manager-support';
import type { AssetManagerKind } from './asset-manager-support';
import type { ElementRecord, RelationshipRecord } from '../store/records';
import { relationshipsBetween } from './relationship-links';

/** One end of a relationship: the path parameter with its GUID and the type it must be. */
export interface LinkEnd {
  readonly param: string;
  readonly type: string;
}

/**
 * Which metadata source a set-up names, as Egeria 5.2's REST services pass it on: the body's
 * `externalSourceGUID` / `externalSourceName` always (`'body'`), only when the body has a properties
 * bean (`'withProperties'`), or only when that bean is a `ProcessContainmentProperties`
 * (`'withContainment'`). The source owns the relationship when `assetManagerIsHome` is true.
 */
export type LinkSourceRule = 'body' | 'withProperties' | 'withContainment';

/** A relationship between the two elements in the path. */
export interface EndsLinkSpec {
  readonly typeName: string;
  /** The set-up path; removal is the same path with `/remove`. */
  readonly path: string;
  readonly end1: LinkEnd;
  readonly end2: LinkEnd;
  readonly setupAction: string;
  readonly clearAction: string;
  readonly source: LinkSourceRule;
  /** The relationship's stored properties, read from the request's properties bean. */
  readonly properties?: (bean: JsonObject | undefined) => Record<string, unknown>;
}

function propertiesBean(body: JsonObject | undefined): JsonObject | undefined {
  const bean = body?.['properties'];
  return typeof bean === 'object' && bean !== null ? (bean as JsonObject) : undefined;
}

function namedSource(rule: LinkSourceRule, body: JsonObject | undefined): { guid?: string; name?: string } {
  const bean = propertiesBean(body);
  if (rule === 'withProperties' && bean === undefined) return {};
  if (rule === 'withContainment' && bean?.['class'] !== 'ProcessContainmentProperties') return {};
  return sourceOf(body);
}

/**
 * The owner of a new relationship: the metadata source named, checked, when the asset manager is
 * the relationship's home (Egeria's `getExternalSourceGUID(guid, isHome)`); otherwise the server.
 */
export function homeSource(
  area: ServiceArea,
  isHome: boolean,
  source: { guid?: string; name?: string },
  call: CallInfo,
): MetadataSourceRef | undefined {
  return isHome ? verifySource(area.ctx, source, call) : undefined;
}

/**
 * Links two elements with a relationship of a type, once: when one already links them its
 * properties are replaced (after the provenance check), otherwise a new one is created.
 * @returns the relationship's GUID
 */
export function linkOnce(
  tx: Transaction,
  link: {
    typeName: string;
    end1: ElementRecord;
    end2: ElementRecord;
    properties: Record<string, unknown>;
    owner: MetadataSourceRef | undefined;
  },
  call: CallInfo,
): string {
  const ctx = tx.ctx;
  const existing = relationshipsBetween(ctx, link.typeName, link.end1.guid, link.end2.guid)[0];
  if (existing !== undefined) {
    checkProvenance(existing, link.owner, call);
    if (JSON.stringify(existing.properties) !== JSON.stringify(link.properties)) {
      tx.reviseRelationship(existing, link.properties, call.userId);
    }
    return existing.guid;
  }
  const record: RelationshipRecord = {
    guid: newGUID(),
    typeName: link.typeName,
    end1GUID: link.end1.guid,
    end2GUID: link.end2.guid,
    properties: link.properties,
    origin: originFor(ctx, link.owner),
    createdBy: call.userId,
    createTime: ctx.now(),
    version: 1,
  };
  tx.createRelationship(record);
  return record.guid;
}

/** The set-up and removal routes of a relationship named by its ends. */
export function endsLinkRoutes(area: ServiceArea, spec: EndsLinkSpec): Route[] {
  const { ctx } = area;
  return [
    route(area, {
      method: 'POST',
      path: spec.path,
      action: spec.setupAction,
      response: 'VoidResponse',
      body: { spec: RELATIONSHIP_REQUEST_BODY, required: true },
      query: [IS_HOME, ...FLAGS],
      handle: async (req, call) => {
        const end1 = requireElement(ctx, req.params[spec.end1.param], spec.end1.type, spec.end1.param, call);
        const end2 = requireElement(ctx, req.params[spec.end2.param], spec.end2.type, spec.end2.param, call);
        const owner = homeSource(area, req.q['assetManagerIsHome'] !== false, namedSource(spec.source, req.body), call);
        const properties = spec.properties?.(propertiesBean(req.body)) ?? {};
        await inTransaction(ctx, (tx) =>
          linkOnce(tx, { typeName: spec.typeName, end1, end2, properties, owner }, call),
        );
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: `${spec.path}/remove`,
      action: spec.clearAction,
      response: 'VoidResponse',
      body: { spec: EFFECTIVE_TIME_QUERY, required: true },
      query: FLAGS,
      handle: async (req, call) => {
        const end1 = requireElement(ctx, req.params[spec.end1.param], spec.end1.type, spec.end1.param, call);
        const end2 = requireElement(ctx, req.params[spec.end2.param], spec.end2.type, spec.end2.param, call);
        const found = relationshipsBetween(ctx, spec.typeName, end1.guid, end2.guid)[0];
        if (found === undefined) {
          throw invalidParameter('NULL_OBJECT', ['relationship', call.action], call.action, 'relationship');
        }
        checkProvenance(found, assetManagerOf(req.body), call);
        await inTransaction(ctx, (tx) => tx.deleteRelationship(found));
        return {};
      },
    }),
  ];
}

/** Which related elements a read returns: those at `end` of the relationships the start element is at the other end of. */
export interface RelatedSpec {
  readonly path: string;
  readonly action: string;
  readonly guidParam: string;
  /** The start element's type. */
  readonly startType: string;
  readonly relationship: string;
  /** The end the returned elements are at. */
  readonly end: 1 | 2;
  /** The kind of the returned elements (their bean). */
  readonly kind: AssetManagerKind;
  readonly response: string;
}

/** The elements at `end` of the relationships of a type that the start element is at the other end of. */
export function elementsAtEnd(
  ctx: EmulatorContext,
  startGUID: string,
  relationship: string,
  end: 1 | 2,
): ElementRecord[] {
  return ctx.state.store
    .relationshipsOf(startGUID, relationship, end === 1 ? 2 : 1)
    .map((r) => ctx.state.store.getElement(end === 1 ? r.end1GUID : r.end2GUID))
    .filter((e): e is ElementRecord => e !== undefined);
}

function related(ctx: EmulatorContext, spec: RelatedSpec, start: ElementRecord): ElementRecord[] {
  return elementsAtEnd(ctx, start.guid, spec.relationship, spec.end);
}

/** `POST .../retrieve?startFrom&pageSize`: one page of the related elements, under `elementList`. */
export function relatedListRoute(area: ServiceArea, spec: RelatedSpec): Route {
  const { ctx } = area;
  return route(area, {
    method: 'POST',
    path: spec.path,
    action: spec.action,
    response: spec.response,
    body: { spec: EFFECTIVE_TIME_QUERY, required: true },
    query: PAGED,
    handle: (req, call) => {
      const { startFrom, pageSize } = pagingOf(req);
      const start = requireElement(ctx, req.params[spec.guidParam], spec.startType, spec.guidParam, call);
      const size = validatePaging(ctx, startFrom, pageSize, call);
      const found = visiblePage(ctx, call, related(ctx, spec, start), startFrom, size);
      return listAnswer(
        'elementList',
        found.map((e) => renderAMElement(ctx, spec.kind, e)),
      );
    },
  });
}

/**
 * `POST .../retrieve`: the one related element, under `element` (none: an empty answer). More than
 * one is Egeria's ambiguity error: `MULTIPLE_RELATIONSHIPS_FOUND` from a single attachment,
 * `MULTIPLE_BEANS_FOUND` from a list expected to hold one.
 */
export function relatedOneRoute(
  area: ServiceArea,
  spec: RelatedSpec & { ambiguity: 'MULTIPLE_RELATIONSHIPS_FOUND' | 'MULTIPLE_BEANS_FOUND' },
): Route {
  const { ctx } = area;
  return route(area, {
    method: 'POST',
    path: spec.path,
    action: spec.action,
    response: spec.response,
    body: { spec: EFFECTIVE_TIME_QUERY, required: true },
    query: FLAGS,
    handle: (req, call) => {
      const start = requireElement(ctx, req.params[spec.guidParam], spec.startType, spec.guidParam, call);
      const found = related(ctx, spec, start);
      if (found.length === 0) return {};
      if (found.length > 1) {
        const guids = `[${found.map((e) => e.guid).join(', ')}]`;
        const inserts =
          spec.ambiguity === 'MULTIPLE_RELATIONSHIPS_FOUND'
            ? [spec.relationship, start.typeName, start.guid, guids, call.action, ctx.serverName]
            : [spec.kind.typeName, call.action, guids, start.guid, call.service, ctx.serverName];
        throw egeriaError(PropertyServerException, spec.ambiguity, inserts, { actionDescription: call.action });
      }
      return { element: renderAMElement(ctx, spec.kind, found[0]) };
    },
  });
}
