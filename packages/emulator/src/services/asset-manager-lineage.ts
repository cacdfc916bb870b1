/**
 * Asset Manager OMAS lineage (Egeria 5.2's LineageExchangeResource): processes, their ports, and the
 * lineage relationships (data flows, control flows, process calls, lineage mappings).
 */
import type { Route } from '../server/http-server';
import type { JsonObject, QueryParamSpec } from '../server/binding';
import { inTransaction, newGUID, originFor } from './context';
import {
  checkProvenance,
  listAnswer,
  page,
  requireElement,
  sourceOf,
  unknownRelationship,
  validatePaging,
  verifySource,
} from './elements';
import { pagingOf, route } from './kind-routes';
import type { ServiceArea } from './kind-routes';
import { elementHeader, relationshipStub } from './headers';
import {
  AM_NAME_BODY,
  EFFECTIVE_TIME_QUERY,
  FLAGS,
  IS_HOME,
  PAGED,
  amKind,
  assetManagerOf,
  relationshipBody,
  storedProperties,
} from './asset-manager-support';
import { elementRoutes } from './asset-manager-elements';
import type { RelationshipRecord } from '../store/records';
import { processStatusOf } from './asset-manager-actions';
import { processRoutes } from './asset-manager-process-routes';

/** Processes: Process and its subtypes (Egeria's default type is DeployedSoftwareComponent). */
export const PROCESS = amKind('Process', ['ProcessProperties'], 'processProperties');

/** Ports. */
export const PORT = amKind('Port', ['PortProperties'], 'portProperties');

/** A lineage relationship the Asset Manager serves, and the shape of its element bean. */
interface LineageRelationship {
  readonly typeName: string;
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
  /** The list from end one and the list to end two. */
  readonly fromEnd1Path: string;
  readonly toEnd2Path: string;
  /** The path parameter of the list to end two (Egeria names the control flow one `currentStepGUID`). */
  readonly toEnd2Param: string;
  readonly name: string;
  readonly isHome: boolean;
  readonly setupBodyRequired: boolean;
}

const RELATIONSHIPS: readonly LineageRelationship[] = [
  {
    typeName: 'DataFlow',
    propertiesClass: 'DataFlowProperties',
    fields: ['dataFlowHeader', 'dataFlowProperties', 'dataSupplier', 'dataConsumer'],
    endsPath: '/data-flows/suppliers/{dataSupplierGUID}/consumers/{dataConsumerGUID}',
    end1Param: 'dataSupplierGUID',
    end2Param: 'dataConsumerGUID',
    guidPath: '/data-flows/{dataFlowGUID}',
    guidParam: 'dataFlowGUID',
    fromEnd1Path: '/data-flows/suppliers/{dataSupplierGUID}/consumers/retrieve',
    toEnd2Path: '/data-flows/consumers/{dataConsumerGUID}/suppliers/retrieve',
    toEnd2Param: 'dataConsumerGUID',
    name: 'DataFlow',
    isHome: true,
    setupBodyRequired: false,
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
    fromEnd1Path: '/control-flows/current-steps/{currentStepGUID}/next-steps/retrieve',
    toEnd2Path: '/control-flows/current-steps/{currentStepGUID}/previous-steps/retrieve',
    toEnd2Param: 'currentStepGUID',
    name: 'ControlFlow',
    isHome: true,
    setupBodyRequired: false,
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
    fromEnd1Path: '/process-calls/callers/{callerGUID}/called/retrieve',
    toEnd2Path: '/process-calls/called/{calledGUID}/callers/retrieve',
    toEnd2Param: 'calledGUID',
    name: 'ProcessCall',
    isHome: true,
    setupBodyRequired: true,
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
    fromEnd1Path: '/lineage-mappings/sources/{sourceElementGUID}/destinations/retrieve',
    toEnd2Path: '/lineage-mappings/destinations/{destinationElementGUID}/sources/retrieve',
    toEnd2Param: 'destinationElementGUID',
    name: 'LineageMapping',
    isHome: false,
    setupBodyRequired: false,
  },
];

/** The type the ends of a relationship must be (process calls link assets; the others any referenceable). */
function endType(typeName: string): string {
  return typeName === 'ProcessCall' ? 'Asset' : 'Referenceable';
}

function renderRelationship(area: ServiceArea, rel: LineageRelationship, record: RelationshipRecord): JsonObject {
  const { ctx } = area;
  const [headerField, propertiesField, end1Field, end2Field] = rel.fields;
  const header: JsonObject = { ...relationshipStub(record, ctx.serverName), class: 'ElementHeader' };
  const out: JsonObject = {
    [headerField]: header,
    [propertiesField]: { class: rel.propertiesClass, ...record.properties },
  };
  const end1 = ctx.state.store.getElement(record.end1GUID);
  const end2 = ctx.state.store.getElement(record.end2GUID);
  if (end1 !== undefined) out[end1Field] = elementHeader(end1, ctx.serverName);
  if (end2 !== undefined) out[end2Field] = elementHeader(end2, ctx.serverName);
  return out;
}

function relationshipRoutes(area: ServiceArea, rel: LineageRelationship): Route[] {
  const { ctx } = area;
  const body = relationshipBody([rel.propertiesClass]);
  const setupQuery: QueryParamSpec[] = rel.isHome ? [IS_HOME, ...FLAGS] : [...FLAGS];
  const find = (
    guid: string | undefined,
    call: { action: string; userId: string; service: string },
  ): RelationshipRecord => {
    const found = guid === undefined ? undefined : ctx.state.store.getRelationship(guid);
    if (found === undefined || found.typeName !== rel.typeName) {
      throw unknownRelationship(ctx, rel.typeName, guid ?? '', rel.guidParam, call);
    }
    return found;
  };
  const list = (path: string, param: string, end: 1 | 2, action: string): Route =>
    route(area, {
      method: 'POST',
      path,
      action,
      response: `${rel.name}ElementsResponse`,
      body: { spec: EFFECTIVE_TIME_QUERY, required: false },
      query: PAGED,
      handle: (req, call) => {
        const { startFrom, pageSize } = pagingOf(req);
        const element = requireElement(ctx, req.params[param], 'Referenceable', param, call);
        const size = validatePaging(ctx, startFrom, pageSize, call);
        const found = ctx.state.store.relationshipsOf(element.guid, rel.typeName, end);
        return listAnswer(
          'elements',
          page(found, startFrom, size).map((r) => renderRelationship(area, rel, r)),
        );
      },
    });
  return [
    route(area, {
      method: 'POST',
      path: rel.endsPath,
      action: `setup${rel.name}`,
      response: 'GUIDResponse',
      body: { spec: body, required: rel.setupBodyRequired },
      query: setupQuery,
      handle: async (req, call) => {
        const end1 = requireElement(ctx, req.params[rel.end1Param], endType(rel.typeName), rel.end1Param, call);
        const end2 = requireElement(ctx, req.params[rel.end2Param], endType(rel.typeName), rel.end2Param, call);
        const verified = verifySource(ctx, sourceOf(req.body), call);
        const owner = req.q['assetManagerIsHome'] === false ? undefined : verified;
        const guid = await inTransaction(ctx, (tx) => {
          const record: RelationshipRecord = {
            guid: newGUID(),
            typeName: rel.typeName,
            end1GUID: end1.guid,
            end2GUID: end2.guid,
            properties: storedProperties(req.body?.['properties']),
            origin: originFor(ctx, owner),
            createdBy: call.userId,
            createTime: ctx.now(),
            version: 1,
          };
          tx.createRelationship(record);
          return record.guid;
        });
        return { guid };
      },
    }),
    route(area, {
      method: 'POST',
      path: `${rel.endsPath}/retrieve`,
      action: `get${rel.name}`,
      response: `${rel.name}ElementResponse`,
      body: { spec: AM_NAME_BODY, required: false },
      query: FLAGS,
      handle: (req, call) => {
        const end1 = requireElement(ctx, req.params[rel.end1Param], 'Referenceable', rel.end1Param, call);
        const end2GUID = req.params[rel.end2Param];
        const name = req.body?.['name'];
        const found = ctx.state.store
          .relationshipsOf(end1.guid, rel.typeName, 1)
          .filter((r) => r.end2GUID === end2GUID)
          .filter((r) => typeof name !== 'string' || name === '' || r.properties['qualifiedName'] === name);
        return found.length === 0 ? {} : { element: renderRelationship(area, rel, found[0]) };
      },
    }),
    route(area, {
      method: 'POST',
      path: `${rel.guidPath}/update`,
      action: `update${rel.name}`,
      response: 'VoidResponse',
      body: { spec: body, required: false },
      query: FLAGS,
      handle: async (req, call) => {
        const record = find(req.params[rel.guidParam], call);
        checkProvenance(record, sourceOf(req.body), call);
        await inTransaction(ctx, (tx) =>
          tx.updateRelationship({
            ...record,
            properties: storedProperties(req.body?.['properties']),
            updatedBy: call.userId,
            updateTime: ctx.now(),
            version: record.version + 1,
          }),
        );
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: `${rel.guidPath}/remove`,
      action: `clear${rel.name}`,
      response: 'VoidResponse',
      body: { spec: EFFECTIVE_TIME_QUERY, required: false },
      query: FLAGS,
      handle: async (req, call) => {
        const record = find(req.params[rel.guidParam], call);
        checkProvenance(record, assetManagerOf(req.body), call);
        await inTransaction(ctx, (tx) => tx.deleteRelationship(record));
        return {};
      },
    }),
    list(
      rel.fromEnd1Path,
      rel.end1Param,
      1,
      rel.name === 'ControlFlow' ? 'getControlFlowNextSteps' : `get${rel.name}s`,
    ),
    list(
      rel.toEnd2Path,
      rel.toEnd2Param,
      2,
      rel.name === 'ControlFlow' ? 'getControlFlowPreviousSteps' : `get${rel.name}s`,
    ),
  ];
}

/** Processes, ports and the lineage relationships. */
export function lineageRoutes(area: ServiceArea): Route[] {
  return [
    ...elementRoutes(area, {
      kind: PROCESS,
      defaultType: 'DeployedSoftwareComponent',
      statusOf: processStatusOf,
      body: 'ProcessRequestBody',
      guidParam: 'processGUID',
      create: { path: '/processes', action: 'createProcess' },
      update: { path: '/processes/{processGUID}', action: 'updateProcess', mergeRequired: true },
      remove: {
        path: '/processes/{processGUID}/remove',
        action: 'removeProcess',
        bodyRequired: true,
        body: 'UpdateRequestBody',
      },
      find: { path: '/processes/by-search-string', action: 'findProcesses' },
      byName: { path: '/processes/by-name', action: 'getProcessesByName' },
      forAssetManager: { path: '/processes/by-asset-manager', action: 'getProcessesForAssetManager' },
      byGUID: { path: '/processes/{processGUID}/retrieve', action: 'getProcessByGUID', bodyRequired: true },
    }),
    ...elementRoutes(area, {
      kind: PORT,
      body: 'PortRequestBody',
      guidParam: 'portGUID',
      create: {
        path: '/processes/{processGUID}/ports',
        action: 'createPort',
        parent: { param: 'processGUID', type: 'Process', relationship: 'ProcessPort' },
      },
      update: { path: '/ports/{portGUID}/update', action: 'updatePort', mergeRequired: 'absent' },
      remove: { path: '/ports/{portGUID}/remove', action: 'removePort', bodyRequired: true, body: 'UpdateRequestBody' },
      find: { path: '/ports/by-search-string', action: 'findPorts' },
      byName: { path: '/ports/by-name', action: 'getPortsByName' },
      byGUID: { path: '/ports/{portGUID}/retrieve', action: 'getPortByGUID', bodyRequired: true },
      forParent: { path: '/processes/{processGUID}/ports/retrieve', action: 'getPortsForProcess', bodyRequired: true },
    }),
    ...processRoutes(area, { process: PROCESS, port: PORT }),
    ...RELATIONSHIPS.flatMap((rel) => relationshipRoutes(area, rel)),
  ];
}
