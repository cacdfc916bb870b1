/**
 * The lineage relationships (data flows, control flows, process calls, lineage mappings) as Egeria
 * 5.2's ProcessHandler serves them, for every OMAS that exposes them: the Asset Manager's
 * LineageExchangeResource and the IT Infrastructure's ITAssetResource use the same paths and the
 * same element beans (`DataFlowElement`...) and differ only in their request beans, query
 * parameters and which bodies Spring requires. A {@link LineageDialect} carries those differences.
 */
import type { Route } from '../server/http-server';
import type { BeanSpec, BoundRequest, JsonObject, QueryParamSpec } from '../server/binding';
import { inTransaction, newGUID, originFor } from './context';
import type { EmulatorContext, MetadataSourceRef } from './context';
import {
  checkProvenance,
  listAnswer,
  page,
  requireElement,
  sourceOf,
  unknownRelationship,
  validatePaging,
} from './elements';
import type { CallInfo } from './elements';
import { pagingOf, route } from './kind-routes';
import type { ServiceArea } from './kind-routes';
import { elementHeader, relationshipStub } from './headers';
import { effectiveAt } from './it-infrastructure-assets';
import type { RelationshipRecord } from '../store/records';
import { badRequest } from '../server/spring-errors';
import { formatJavaDate, parseJavaDate } from '../util/dates';

/** A lineage relationship type, its paths and the shape of its element bean. */
export interface LineageRelationship {
  readonly typeName: string;
  /** The relationship's properties bean. */
  readonly propertiesClass: string;
  /** The element bean's fields: header, properties, end one, end two. */
  readonly fields: readonly [string, string, string, string];
  /** The path of set-up and get: `.../{end1Param}/.../{end2Param}`. */
  readonly endsPath: string;
  readonly end1Param: string;
  readonly end2Param: string;
  /** The path of update and remove: `.../{guidParam}`. */
  readonly guidPath: string;
  readonly guidParam: string;
  /** The list from end one, its path parameter and Egeria's method name. */
  readonly fromEnd1: { readonly path: string; readonly param: string; readonly action: string };
  /** The list to end two (Egeria names the control flow one's parameter `currentStepGUID`). */
  readonly toEnd2: { readonly path: string; readonly param: string; readonly action: string };
  /** The type both ends must be. */
  readonly endType: string;
}

/** The four lineage relationships, as both services serve them. */
export const LINEAGE_RELATIONSHIPS: readonly LineageRelationship[] = [
  {
    typeName: 'DataFlow',
    propertiesClass: 'DataFlowProperties',
    fields: ['dataFlowHeader', 'dataFlowProperties', 'dataSupplier', 'dataConsumer'],
    endsPath: '/data-flows/suppliers/{dataSupplierGUID}/consumers/{dataConsumerGUID}',
    end1Param: 'dataSupplierGUID',
    end2Param: 'dataConsumerGUID',
    guidPath: '/data-flows/{dataFlowGUID}',
    guidParam: 'dataFlowGUID',
    fromEnd1: {
      path: '/data-flows/suppliers/{dataSupplierGUID}/consumers/retrieve',
      param: 'dataSupplierGUID',
      action: 'getDataFlowConsumers',
    },
    toEnd2: {
      path: '/data-flows/consumers/{dataConsumerGUID}/suppliers/retrieve',
      param: 'dataConsumerGUID',
      action: 'getDataFlowSuppliers',
    },
    endType: 'Referenceable',
  },
  {
    typeName: 'ControlFlow',
    propertiesClass: 'ControlFlowProperties',
    fields: ['controlFlowHeader', 'controlFlowProperties', 'currentStep', 'nextStep'],
    endsPath: '/control-flows/current-steps/{currentStepGUID}/next-steps/{nextStepGUID}',
    end1Param: 'currentStepGUID',
    end2Param: 'nextStepGUID',
    guidPath: '/control-flows/{controlFlowGUID}',
    guidParam: 'controlFlowGUID',
    fromEnd1: {
      path: '/control-flows/current-steps/{currentStepGUID}/next-steps/retrieve',
      param: 'currentStepGUID',
      action: 'getControlFlowNextSteps',
    },
    toEnd2: {
      path: '/control-flows/current-steps/{currentStepGUID}/previous-steps/retrieve',
      param: 'currentStepGUID',
      action: 'getControlFlowPreviousSteps',
    },
    endType: 'Referenceable',
  },
  {
    typeName: 'ProcessCall',
    propertiesClass: 'ProcessCallProperties',
    fields: ['processCallHeader', 'processCallProperties', 'caller', 'called'],
    endsPath: '/process-calls/callers/{callerGUID}/called/{calledGUID}',
    end1Param: 'callerGUID',
    end2Param: 'calledGUID',
    guidPath: '/process-calls/{processCallGUID}',
    guidParam: 'processCallGUID',
    fromEnd1: {
      path: '/process-calls/callers/{callerGUID}/called/retrieve',
      param: 'callerGUID',
      action: 'getProcessCalled',
    },
    toEnd2: {
      path: '/process-calls/called/{calledGUID}/callers/retrieve',
      param: 'calledGUID',
      action: 'getProcessCallers',
    },
    endType: 'Asset',
  },
  {
    typeName: 'LineageMapping',
    propertiesClass: 'LineageMappingProperties',
    fields: ['lineageMappingHeader', 'lineageMappingProperties', 'sourceElement', 'targetElement'],
    endsPath: '/lineage-mappings/sources/{sourceElementGUID}/destinations/{destinationElementGUID}',
    end1Param: 'sourceElementGUID',
    end2Param: 'destinationElementGUID',
    guidPath: '/lineage-mappings/{lineageMappingGUID}',
    guidParam: 'lineageMappingGUID',
    fromEnd1: {
      path: '/lineage-mappings/sources/{sourceElementGUID}/destinations/retrieve',
      param: 'sourceElementGUID',
      action: 'getDestinationLineageMappings',
    },
    toEnd2: {
      path: '/lineage-mappings/destinations/{destinationElementGUID}/sources/retrieve',
      param: 'destinationElementGUID',
      action: 'getSourceLineageMappings',
    },
    endType: 'Referenceable',
  },
];

/** The operations of one relationship whose request bean or parameters a dialect sets. */
export type LineageOperation = 'setup' | 'get' | 'update' | 'remove' | 'list';

/** What differs between the services that serve the lineage relationships. */
export interface LineageDialect {
  /** The set-up and update request bean of a relationship. */
  readonly relationshipBody: (rel: LineageRelationship) => BeanSpec;
  /** The request bean of the get (by the two ends and an optional qualified name). */
  readonly nameBody: BeanSpec;
  /** The request bean of the remove. */
  readonly removeBody: BeanSpec;
  /** The request bean of the lists. */
  readonly listBody: BeanSpec;
  /** Whether Spring requires the body of an operation. */
  readonly bodyRequired: (rel: LineageRelationship, op: LineageOperation) => boolean;
  /** The query parameters of an operation (the lists add the dialect's paging). */
  readonly query: (rel: LineageRelationship, op: LineageOperation) => readonly QueryParamSpec[];
  /** The metadata source a remove names. */
  readonly removeSource: (body: JsonObject | undefined) => { guid?: string; name?: string };
  /** The owner of a new relationship (undefined: the local server). */
  readonly owner: (
    ctx: EmulatorContext,
    rel: LineageRelationship,
    req: BoundRequest,
    call: CallInfo,
  ) => MetadataSourceRef | undefined;
  /** The answer bean of the set-up (`GUIDResponse`, or `VoidResponse` where Egeria returns none). */
  readonly setupResponse: (rel: LineageRelationship) => 'GUIDResponse' | 'VoidResponse';
  /** Whether the service serves the relationship's update. */
  readonly hasUpdate: (rel: LineageRelationship) => boolean;
}

const DATE_FIELDS = ['effectiveFrom', 'effectiveTo'];

/**
 * The stored form of a relationship properties bean: its fields without `class`, `typeName` and
 * nulls, the effective dates as epoch milliseconds (a date that does not parse is Jackson's 400).
 */
function storedProperties(raw: unknown, call: CallInfo): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (typeof raw !== 'object' || raw === null) return out;
  for (const [k, v] of Object.entries(raw as JsonObject)) {
    if (k === 'class' || k === 'typeName' || v === null || v === undefined) continue;
    if (DATE_FIELDS.includes(k)) {
      try {
        out[k] = parseJavaDate(v);
      } catch {
        throw badRequest(`${call.action}: cannot deserialize ${k} from ${JSON.stringify(v)}`);
      }
    } else out[k] = v;
  }
  return out;
}

/** A stored properties map as its bean: the effective dates in Jackson's form. */
function writtenProperties(className: string, properties: Readonly<Record<string, unknown>>): JsonObject {
  const out: JsonObject = { class: className, ...properties };
  for (const k of DATE_FIELDS) if (typeof out[k] === 'number') out[k] = formatJavaDate(out[k] as number);
  return out;
}

/** A lineage relationship's element bean (`DataFlowElement`, `ControlFlowElement`...). */
export function renderLineageRelationship(
  area: ServiceArea,
  rel: LineageRelationship,
  record: RelationshipRecord,
): JsonObject {
  const { ctx } = area;
  const [headerField, propertiesField, end1Field, end2Field] = rel.fields;
  const out: JsonObject = {
    [headerField]: { ...relationshipStub(record, ctx.serverName), class: 'ElementHeader' },
    [propertiesField]: writtenProperties(rel.propertiesClass, record.properties),
  };
  const end1 = ctx.state.store.getElement(record.end1GUID);
  const end2 = ctx.state.store.getElement(record.end2GUID);
  if (end1 !== undefined) out[end1Field] = elementHeader(end1, ctx.serverName);
  if (end2 !== undefined) out[end2Field] = elementHeader(end2, ctx.serverName);
  return out;
}

/** The routes of one lineage relationship: set up, get, update, remove and the two lists. */
function relationshipRoutes(area: ServiceArea, rel: LineageRelationship, dialect: LineageDialect): Route[] {
  const { ctx } = area;
  const body = dialect.relationshipBody(rel);
  const find = (req: BoundRequest, call: CallInfo): RelationshipRecord => {
    const guid = req.params[rel.guidParam] ?? '';
    const found = ctx.state.store.getRelationship(guid);
    if (found === undefined || found.typeName !== rel.typeName) {
      throw unknownRelationship(ctx, rel.typeName, guid, rel.guidParam, call);
    }
    return found;
  };
  const list = (end: 1 | 2): Route => {
    const { path, param, action } = end === 1 ? rel.fromEnd1 : rel.toEnd2;
    return route(area, {
      method: 'POST',
      path,
      action,
      response: `${rel.typeName}ElementsResponse`,
      body: { spec: dialect.listBody, required: dialect.bodyRequired(rel, 'list') },
      query: dialect.query(rel, 'list'),
      handle: (req, call) => {
        const { startFrom, pageSize } = pagingOf(req);
        const element = requireElement(ctx, req.params[param], 'Referenceable', param, call);
        const size = validatePaging(ctx, startFrom, pageSize, call);
        const time = req.body?.['effectiveTime'];
        const found = ctx.state.store
          .relationshipsOf(element.guid, rel.typeName, end)
          .filter((r) => effectiveAt(r, time));
        return listAnswer(
          'elements',
          page(found, startFrom, size).map((r) => renderLineageRelationship(area, rel, r)),
        );
      },
    });
  };
  const routes: Route[] = [
    route(area, {
      method: 'POST',
      path: rel.endsPath,
      action: `setup${rel.typeName}`,
      response: dialect.setupResponse(rel),
      body: { spec: body, required: dialect.bodyRequired(rel, 'setup') },
      query: dialect.query(rel, 'setup'),
      handle: async (req, call) => {
        const end1 = requireElement(ctx, req.params[rel.end1Param], rel.endType, rel.end1Param, call);
        const end2 = requireElement(ctx, req.params[rel.end2Param], rel.endType, rel.end2Param, call);
        const owner = dialect.owner(ctx, rel, req, call);
        const guid = await inTransaction(ctx, (tx) => {
          const record: RelationshipRecord = {
            guid: newGUID(),
            typeName: rel.typeName,
            end1GUID: end1.guid,
            end2GUID: end2.guid,
            properties: storedProperties(req.body?.['properties'], call),
            origin: originFor(ctx, owner),
            createdBy: call.userId,
            createTime: ctx.now(),
            version: 1,
          };
          tx.createRelationship(record);
          return record.guid;
        });
        return dialect.setupResponse(rel) === 'GUIDResponse' ? { guid } : {};
      },
    }),
    route(area, {
      method: 'POST',
      path: `${rel.endsPath}/retrieve`,
      action: `get${rel.typeName}`,
      response: `${rel.typeName}ElementResponse`,
      body: { spec: dialect.nameBody, required: dialect.bodyRequired(rel, 'get') },
      query: dialect.query(rel, 'get'),
      handle: (req, call) => {
        const end1 = requireElement(ctx, req.params[rel.end1Param], 'Referenceable', rel.end1Param, call);
        const end2GUID = req.params[rel.end2Param];
        const name = req.body?.['name'];
        const time = req.body?.['effectiveTime'];
        const found = ctx.state.store
          .relationshipsOf(end1.guid, rel.typeName, 1)
          .filter((r) => r.end2GUID === end2GUID && effectiveAt(r, time))
          .filter((r) => typeof name !== 'string' || name === '' || r.properties['qualifiedName'] === name);
        return found.length === 0 ? {} : { element: renderLineageRelationship(area, rel, found[0]) };
      },
    }),
    route(area, {
      method: 'POST',
      path: `${rel.guidPath}/remove`,
      action: `clear${rel.typeName}`,
      response: 'VoidResponse',
      body: { spec: dialect.removeBody, required: dialect.bodyRequired(rel, 'remove') },
      query: dialect.query(rel, 'remove'),
      handle: async (req, call) => {
        const record = find(req, call);
        checkProvenance(record, dialect.removeSource(req.body), call);
        await inTransaction(ctx, (tx) => tx.deleteRelationship(record));
        return {};
      },
    }),
    list(1),
    list(2),
  ];
  if (dialect.hasUpdate(rel)) {
    routes.push(
      route(area, {
        method: 'POST',
        path: `${rel.guidPath}/update`,
        action: `update${rel.typeName}`,
        response: 'VoidResponse',
        body: { spec: body, required: dialect.bodyRequired(rel, 'update') },
        query: dialect.query(rel, 'update'),
        handle: async (req, call) => {
          const record = find(req, call);
          checkProvenance(record, sourceOf(req.body), call);
          // ProcessHandler replaces the relationship's properties (no merge).
          await inTransaction(ctx, (tx) =>
            tx.reviseRelationship(record, storedProperties(req.body?.['properties'], call), call.userId),
          );
          return {};
        },
      }),
    );
  }
  return routes;
}

/** Every lineage relationship route of a service. */
export function lineageRelationshipRoutes(area: ServiceArea, dialect: LineageDialect): Route[] {
  return LINEAGE_RELATIONSHIPS.flatMap((rel) => relationshipRoutes(area, rel, dialect));
}
