/**
 * The open governance framework service (Egeria 5.2's OpenGovernanceResource), as far as the
 * lineage integrator needs it: governance action processes and their steps (create, find, by name,
 * by GUID), the first step of a process and the steps that follow a step, and engine actions
 * (initiate, get, list, list the active ones).
 */
import type { Route } from '../server/http-server';
import type { BeanSpec, JsonObject } from '../server/binding';
import { nullName } from '../ffdc/ffdc';
import { inTransaction, newGUID, originFor } from './context';
import {
  compileSearchString,
  createElement,
  isVisibleTo,
  listAnswer,
  matchesAnyProperty,
  matchesName,
  page,
  requireElement,
  validatePaging,
  visiblePage,
} from './elements';
import type { CallInfo, ElementKind } from './elements';
import { elementHeader } from './headers';
import { elementsOfKind, pagingOf, requireBody, requirePathElement, route } from './kind-routes';
import type { ServiceArea } from './kind-routes';
import { NAME_REQUEST_BODY, SEARCH_STRING_REQUEST_BODY } from './request-beans';
import { processStatusOf } from './asset-manager-actions';
import { storedProperties } from './asset-manager-support';
import type { ElementRecord, RelationshipRecord } from '../store/records';
import { formatJavaDate } from '../util/dates';

const PAGED = [
  { name: 'startFrom', type: 'int', required: true },
  { name: 'pageSize', type: 'int', required: true },
] as const;

/** The engine action statuses of an action still in progress. */
const ACTIVE_STATUSES = ['REQUESTED', 'APPROVED', 'WAITING', 'ACTIVATING', 'IN_PROGRESS'];

function kind(typeName: string, propertiesClass: string, beanField: string): ElementKind {
  return {
    typeName,
    propertiesClass,
    acceptedPropertiesClasses: [propertiesClass],
    javaPropertiesClass: `org.odpi.openmetadata.frameworks.governanceaction.properties.${propertiesClass}`,
    beanField,
    nameProperties: ['qualifiedName', 'displayName'],
  };
}

const PROCESS = kind('GovernanceActionProcess', 'GovernanceActionProcessProperties', 'processProperties');
const STEP = kind('GovernanceActionProcessStep', 'GovernanceActionProcessStepProperties', 'processStepProperties');
const ENGINE_ACTION = kind('EngineAction', 'EngineActionElement', 'element');

/** The primitives Jackson always writes, by properties bean. */
const PRIMITIVES: Readonly<Record<string, Readonly<Record<string, number | boolean>>>> = {
  GovernanceActionProcessProperties: { domainIdentifier: 0 },
  GovernanceActionProcessStepProperties: { domainIdentifier: 0, waitTime: 0, ignoreMultipleTriggers: false },
  GovernanceActionProcessStepExecution: { domainIdentifier: 0, waitTime: 0, ignoreMultipleTriggers: false },
};

const NEW_PROCESS_BODY: BeanSpec = {
  name: 'NewGovernanceActionProcessRequestBody',
  fields: {
    processStatus: 'string',
    properties: { name: PROCESS.propertiesClass, acceptedClasses: PROCESS.acceptedPropertiesClasses },
  },
};

const STEP_BODY: BeanSpec = { name: STEP.propertiesClass, acceptedClasses: STEP.acceptedPropertiesClasses };

const NEXT_STEP_BODY: BeanSpec = {
  name: 'NextGovernanceActionProcessStepRequestBody',
  fields: { guard: 'string', mandatoryGuard: 'boolean' },
};

const INITIATE_BODY: BeanSpec = {
  name: 'InitiateEngineActionRequestBody',
  fields: {
    qualifiedName: 'string',
    domainIdentifier: 'int',
    displayName: 'string',
    description: 'string',
    receivedGuards: 'stringList',
    startDate: 'date',
    requestType: 'string',
    requestParameters: 'stringMap',
    processName: 'string',
  },
};

/** A properties bean of an element: its class, the primitives and the stored values. */
function propertiesBean(beanClass: string, element: ElementRecord): JsonObject {
  return { class: beanClass, ...PRIMITIVES[beanClass], ...element.properties };
}

/** `GovernanceActionProcessElement` / `GovernanceActionProcessStepElement`. */
function renderDefinition(area: ServiceArea, k: ElementKind, element: ElementRecord, beanClass = k.propertiesClass) {
  return {
    elementHeader: elementHeader(element, area.ctx.serverName),
    [k.beanField]: propertiesBean(beanClass, element),
  };
}

/** `EngineActionElement`: the header and the properties side by side, dates as ISO strings. */
function renderEngineAction(area: ServiceArea, element: ElementRecord): JsonObject {
  const out: JsonObject = { class: 'EngineActionElement', elementHeader: elementHeader(element, area.ctx.serverName) };
  out['domainIdentifier'] = 0;
  for (const [name, value] of Object.entries(element.properties)) {
    out[name] = name.endsWith('Time') && typeof value === 'number' ? formatJavaDate(value) : value;
  }
  return out;
}

function requireQualifiedName(properties: Record<string, unknown>, parameterName: string, call: CallInfo): void {
  if (typeof properties['qualifiedName'] !== 'string' || properties['qualifiedName'] === '') {
    throw nullName(parameterName, call.action);
  }
}

/** Find by search string, by name and by GUID of processes or steps. */
function definitionReads(area: ServiceArea, k: ElementKind, base: string, plural: string, one: string): Route[] {
  const { ctx } = area;
  const listResponse =
    k === PROCESS ? 'GovernanceActionProcessElementsResponse' : 'GovernanceActionProcessStepsResponse';
  const guidParam = k === PROCESS ? 'processGUID' : 'processStepGUID';
  return [
    route(area, {
      method: 'POST',
      path: `${base}/by-search-string`,
      action: `find${plural}`,
      response: listResponse,
      body: { spec: SEARCH_STRING_REQUEST_BODY, required: true },
      query: PAGED,
      handle: (req, call) => {
        const body = requireBody(area, req, call);
        const { startFrom, pageSize } = pagingOf(req);
        const regex = compileSearchString(body['searchString'], 'searchString', call);
        const size = validatePaging(ctx, startFrom, pageSize, call);
        const found = elementsOfKind(ctx, k).filter((e) => matchesAnyProperty(e, regex));
        return listAnswer(
          'elements',
          visiblePage(ctx, call, found, startFrom, size).map((e) => renderDefinition(area, k, e)),
        );
      },
    }),
    route(area, {
      method: 'POST',
      path: `${base}/by-name`,
      action: `get${plural}ByName`,
      response: listResponse,
      body: { spec: NAME_REQUEST_BODY, required: true },
      query: PAGED,
      handle: (req, call) => {
        const body = requireBody(area, req, call);
        const { startFrom, pageSize } = pagingOf(req);
        const name = body['name'];
        if (typeof name !== 'string' || name === '') throw nullName('name', call.action);
        const size = validatePaging(ctx, startFrom, pageSize, call);
        const found = elementsOfKind(ctx, k).filter((e) => matchesName(e, name, k.nameProperties));
        return listAnswer(
          'elements',
          visiblePage(ctx, call, found, startFrom, size).map((e) => renderDefinition(area, k, e)),
        );
      },
    }),
    route(area, {
      method: 'GET',
      path: `${base}/{${guidParam}}`,
      action: `get${one}ByGUID`,
      response: k === PROCESS ? 'GovernanceActionProcessElementResponse' : 'GovernanceActionProcessStepResponse',
      handle: (req, call) => ({
        element: renderDefinition(area, k, requireElement(ctx, req.params[guidParam], k.typeName, guidParam, call)),
      }),
    }),
  ];
}

/** A step as an execution element (the first step, a next step). */
function renderExecution(area: ServiceArea, step: ElementRecord): JsonObject {
  return renderDefinition(area, STEP, step, 'GovernanceActionProcessStepExecution');
}

/** The flow of a process: its first step, and the steps after each step. */
function flowRoutes(area: ServiceArea): Route[] {
  const { ctx } = area;
  const link = async (
    typeName: string,
    end1: ElementRecord,
    end2: ElementRecord,
    properties: JsonObject,
    call: CallInfo,
  ) => {
    const record: RelationshipRecord = {
      guid: newGUID(),
      typeName,
      end1GUID: end1.guid,
      end2GUID: end2.guid,
      properties,
      origin: originFor(ctx, undefined),
      createdBy: call.userId,
      createTime: ctx.now(),
      version: 1,
    };
    await inTransaction(ctx, (tx) => tx.createRelationship(record));
    return record.guid;
  };
  return [
    route(area, {
      method: 'POST',
      path: '/governance-action-processes/{processGUID}/first-process-step/{processStepGUID}',
      action: 'setupFirstProcessStep',
      response: 'VoidResponse',
      // Egeria takes the guard as a plain-text body; the emulator takes none.
      handle: async (req, call) => {
        const process = requirePathElement(ctx, PROCESS.typeName, req, 'processGUID', call);
        const step = requirePathElement(ctx, STEP.typeName, req, 'processStepGUID', call);
        await link('GovernanceActionProcessFlow', process, step, {}, call);
        return {};
      },
    }),
    route(area, {
      method: 'GET',
      path: '/governance-action-processes/{processGUID}/first-process-step',
      action: 'getFirstProcessStep',
      response: 'FirstGovernanceActionProcessStepResponse',
      handle: (req, call) => {
        const process = requirePathElement(ctx, PROCESS.typeName, req, 'processGUID', call);
        const flow = ctx.state.store.relationshipsOf(process.guid, 'GovernanceActionProcessFlow', 1)[0];
        const step = flow === undefined ? undefined : ctx.state.store.getElement(flow.end2GUID);
        if (flow === undefined || step === undefined) return {};
        const element: JsonObject = { element: renderExecution(area, step), linkGUID: flow.guid };
        if (typeof flow.properties['guard'] === 'string') element['guard'] = flow.properties['guard'];
        return { element };
      },
    }),
    route(area, {
      method: 'POST',
      path: '/governance-action-process-steps/{currentProcessStepGUID}/next-process-steps/{nextProcessStepGUID}',
      action: 'setupNextProcessStep',
      response: 'GUIDResponse',
      body: { spec: NEXT_STEP_BODY, required: true },
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const current = requirePathElement(ctx, STEP.typeName, req, 'currentProcessStepGUID', call);
        const next = requirePathElement(ctx, STEP.typeName, req, 'nextProcessStepGUID', call);
        const properties: JsonObject = { mandatoryGuard: body['mandatoryGuard'] === true };
        if (typeof body['guard'] === 'string') properties['guard'] = body['guard'];
        return { guid: await link('NextGovernanceActionProcessStep', current, next, properties, call) };
      },
    }),
    route(area, {
      method: 'GET',
      path: '/governance-action-process-steps/{processStepGUID}/next-process-steps',
      action: 'getNextProcessSteps',
      response: 'NextGovernanceActionProcessStepsResponse',
      query: PAGED,
      handle: (req, call) => {
        const { startFrom, pageSize } = pagingOf(req);
        const step = requirePathElement(ctx, STEP.typeName, req, 'processStepGUID', call);
        const size = validatePaging(ctx, startFrom, pageSize, call);
        const nexts: JsonObject[] = [];
        for (const r of ctx.state.store.relationshipsOf(step.guid, 'NextGovernanceActionProcessStep', 1)) {
          const next = ctx.state.store.getElement(r.end2GUID);
          if (next === undefined || !isVisibleTo(ctx, call, next)) continue;
          const out: JsonObject = { nextProcessStep: renderExecution(area, next), nextProcessStepLinkGUID: r.guid };
          if (typeof r.properties['guard'] === 'string') out['guard'] = r.properties['guard'];
          out['mandatoryGuard'] = r.properties['mandatoryGuard'] === true;
          nexts.push(out);
        }
        return listAnswer('elements', page(nexts, startFrom, size));
      },
    }),
  ];
}

/** Engine actions: initiate one, read one, list them all or the active ones. */
function engineActionRoutes(area: ServiceArea): Route[] {
  const { ctx } = area;
  const list = (path: string, action: string, active: boolean): Route =>
    route(area, {
      method: 'GET',
      path,
      action,
      response: 'EngineActionElementsResponse',
      query: PAGED,
      handle: (req, call) => {
        const { startFrom, pageSize } = pagingOf(req);
        const size = validatePaging(ctx, startFrom, pageSize, call);
        const found = elementsOfKind(ctx, ENGINE_ACTION).filter(
          (e) => !active || ACTIVE_STATUSES.includes(String(e.properties['actionStatus'])),
        );
        return listAnswer(
          'elements',
          visiblePage(ctx, call, found, startFrom, size).map((e) => renderEngineAction(area, e)),
        );
      },
    });
  return [
    route(area, {
      method: 'POST',
      path: '/governance-engines/{governanceEngineName}/engine-actions/initiate',
      action: 'initiateEngineAction',
      response: 'GUIDResponse',
      body: { spec: INITIATE_BODY, required: true },
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const properties = storedProperties(body);
        if (properties['qualifiedName'] === undefined) {
          properties['qualifiedName'] = `EngineAction:${String(properties['requestType'] ?? '')}:${newGUID()}`;
        }
        const startDate = properties['startDate'];
        delete properties['startDate'];
        Object.assign(properties, {
          governanceEngineName: req.params['governanceEngineName'],
          requesterUserId: call.userId,
          actionStatus: 'REQUESTED',
          requestedTime: ctx.now(),
          ...(typeof startDate === 'number' ? { requestedStartTime: startDate } : {}),
        });
        const element = await inTransaction(ctx, (tx) =>
          createElement(tx, ENGINE_ACTION, { properties, source: undefined }, call),
        );
        return { guid: element.guid };
      },
    }),
    route(area, {
      method: 'GET',
      path: '/engine-actions/{engineActionGUID}',
      action: 'getEngineAction',
      response: 'EngineActionElementResponse',
      handle: (req, call) => ({
        element: renderEngineAction(
          area,
          requirePathElement(ctx, ENGINE_ACTION.typeName, req, 'engineActionGUID', call),
        ),
      }),
    }),
    list('/engine-actions', 'getEngineActions', false),
    list('/engine-actions/active', 'getActiveEngineActions', true),
  ];
}

/** The open governance service's routes. */
export function openGovernanceRoutes(area: ServiceArea): Route[] {
  const { ctx } = area;
  return [
    route(area, {
      method: 'POST',
      path: '/governance-action-processes',
      action: 'createGovernanceActionProcess',
      response: 'GUIDResponse',
      body: { spec: NEW_PROCESS_BODY, required: true },
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const properties = storedProperties(body['properties']);
        requireQualifiedName(properties, 'qualifiedName', call);
        const status = processStatusOf(body, call);
        const element = await inTransaction(ctx, (tx) =>
          createElement(tx, PROCESS, { properties, source: undefined, status }, call),
        );
        return { guid: element.guid };
      },
    }),
    route(area, {
      method: 'POST',
      path: '/governance-action-process-steps',
      action: 'createGovernanceActionProcessStep',
      response: 'GUIDResponse',
      body: { spec: STEP_BODY, required: true },
      handle: async (req, call) => {
        const properties = storedProperties(requireBody(area, req, call));
        requireQualifiedName(properties, 'qualifiedName', call);
        const element = await inTransaction(ctx, (tx) =>
          createElement(tx, STEP, { properties, source: undefined }, call),
        );
        return { guid: element.guid };
      },
    }),
    ...definitionReads(
      area,
      PROCESS,
      '/governance-action-processes',
      'GovernanceActionProcesses',
      'GovernanceActionProcess',
    ),
    ...definitionReads(
      area,
      STEP,
      '/governance-action-process-steps',
      'GovernanceActionProcessSteps',
      'GovernanceActionProcessStep',
    ),
    ...flowRoutes(area),
    ...engineActionRoutes(area),
  ];
}
