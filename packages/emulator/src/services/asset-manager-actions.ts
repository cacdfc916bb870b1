/**
 * Asset Manager operations on one element, shared by data assets and processes: create from a
 * template (`TemplateRequestBody` with correlation properties), publish and withdraw, a
 * classification set or cleared by a flag route (reference data, business significance), and a
 * process's status.
 */
import type { Route } from '../server/http-server';
import type { BeanSpec, JsonObject } from '../server/binding';
import { badRequest } from '../server/spring-errors';
import { invalidParameter, noRequestBody, nullName, nullPointer } from '../ffdc/ffdc';
import { inTransaction, originFor } from './context';
import { checkProvenance, requireElement } from './elements';
import type { CallInfo } from './elements';
import { zoneRoute } from './flat-bean-routes';
import type { ZoneTarget } from './flat-bean-routes';
import { requireBody, requirePathKind, route } from './kind-routes';
import type { ServiceArea } from './kind-routes';
import {
  EFFECTIVE_TIME_QUERY,
  FLAGS,
  IS_HOME,
  correlationOf,
  ownerOf,
  recordExternalIdentifier,
  scopeSource,
  updateRequestBody,
} from './asset-manager-support';
import type { AssetManagerKind } from './asset-manager-support';
import { checkExternalIdentifier, stampSynchronized } from './asset-manager-correlation';
import { createFromTemplate, fromTemplateProperties } from './templates';

/** The Asset Manager's `TemplateRequestBody`: correlation properties, `TemplateProperties` and a parent. */
const TEMPLATE_REQUEST_BODY: BeanSpec = {
  name: 'TemplateRequestBody',
  fields: {
    ...updateRequestBody('TemplateRequestBody').fields,
    elementProperties: {
      name: 'TemplateProperties',
      fields: {
        qualifiedName: 'string',
        displayName: 'string',
        versionIdentifier: 'string',
        description: 'string',
        pathName: 'string',
        networkAddress: 'string',
      },
    },
    parentGUID: 'string',
  },
};

/** `ProcessStatusRequestBody`: correlation properties and the new status. */
const PROCESS_STATUS_REQUEST_BODY: BeanSpec = {
  name: 'ProcessStatusRequestBody',
  fields: { ...updateRequestBody('ProcessStatusRequestBody').fields, processStatus: 'string' },
};

/** Egeria's `ProcessStatus` values and the instance status each sets. */
const PROCESS_STATUSES: Readonly<Record<string, string>> = {
  UNKNOWN: 'UNKNOWN',
  DRAFT: 'DRAFT',
  PROPOSED: 'PROPOSED',
  APPROVED: 'APPROVED',
  ACTIVE: 'ACTIVE',
};

/**
 * The instance status a `processStatus` field asks for: undefined when absent, Spring's 400 for a
 * value that is not a `ProcessStatus`.
 */
export function processStatusOf(body: JsonObject, call: CallInfo): string | undefined {
  const value = body['processStatus'];
  if (value === undefined || value === null) return undefined;
  const status = typeof value === 'string' ? PROCESS_STATUSES[value] : undefined;
  if (status === undefined) {
    throw badRequest(`${call.action}: cannot deserialize ProcessStatus from ${JSON.stringify(value)}`);
  }
  return status;
}

/**
 * `POST .../from-template/{templateGUID}?assetManagerIsHome`: copies a template element of the kind
 * (its properties and classifications) with the overrides of the `TemplateProperties`, and records
 * the caller's external identifier.
 */
export function amTemplateRoute(
  area: ServiceArea,
  kind: AssetManagerKind,
  options: { path: string; action: string; pathName: boolean },
): Route {
  const { ctx } = area;
  return route(area, {
    method: 'POST',
    path: options.path,
    action: options.action,
    response: 'GUIDResponse',
    body: { spec: TEMPLATE_REQUEST_BODY, required: true },
    query: [IS_HOME],
    handle: async (req, call) => {
      const body = requireBody(area, req, call);
      const fields = body['elementProperties'];
      if (typeof fields !== 'object' || fields === null) {
        throw invalidParameter('NULL_OBJECT', ['templateProperties', call.action], call.action, 'templateProperties');
      }
      const qualifiedName = (fields as JsonObject)['qualifiedName'];
      if (typeof qualifiedName !== 'string' || qualifiedName === '') {
        throw nullName('templateProperties.qualifiedName', call.action);
      }
      const template = requirePathKind(ctx, kind, req, 'templateGUID', call);
      const overrides = fromTemplateProperties(kind, template, fields as JsonObject, { pathName: options.pathName });
      const owner = ownerOf(ctx, req, scopeSource(body), call);
      const guid = await inTransaction(ctx, (tx) => {
        const element = createFromTemplate(tx, { template, overrides, source: owner, deepCopy: true }, call);
        recordExternalIdentifier(tx, element, correlationOf(body), call);
        return element.guid;
      });
      return { guid };
    },
  });
}

/**
 * `POST .../publish` and `.../withdraw` with an `EffectiveTimeQueryRequestBody`. Where Spring lets
 * the body be missing, Egeria's REST service dereferences it anyway (a NullPointerException).
 */
export function amPublishRoute(area: ServiceArea, options: ZoneTarget & { bodyRequired: boolean }): Route {
  const { bodyRequired, ...zone } = options;
  return zoneRoute(area, {
    ...zone,
    body: { spec: EFFECTIVE_TIME_QUERY, required: bodyRequired },
    query: FLAGS,
    check: (req, call) => {
      // Egeria reads the effective time of the body whether or not it was sent.
      if (req.body === undefined) throw nullPointer('requestBody is null', call.action);
    },
  });
}

/**
 * `POST .../{flag}` and `.../{flag}/remove` with an optional `UpdateRequestBody`: sets or removes a
 * classification without properties. Egeria classifies on behalf of no metadata source, so the
 * classification belongs to the server whoever owns the element. `withoutBody` says what a request
 * with no body gets: Egeria's no-request-body error, or the change.
 */
export function amFlagRoute(
  area: ServiceArea,
  options: {
    path: string;
    guidParam: string;
    action: string;
    typeName: string;
    classification: string;
    set: boolean;
    withoutBody: 'refuse' | 'accept';
    /** The type named when the external identifier in the correlation properties is checked (not checked when absent). */
    identifierType?: string;
  },
): Route {
  const { ctx } = area;
  return route(area, {
    method: 'POST',
    path: options.path,
    action: options.action,
    response: 'VoidResponse',
    body: { spec: updateRequestBody('UpdateRequestBody'), required: false },
    query: FLAGS,
    handle: async (req, call) => {
      if (req.body === undefined && options.withoutBody === 'refuse') {
        throw noRequestBody(call.userId, call.action, ctx.serverName);
      }
      const element = requireElement(ctx, req.params[options.guidParam], options.typeName, options.guidParam, call);
      const link =
        options.identifierType === undefined
          ? undefined
          : checkExternalIdentifier(ctx, element, options.identifierType, req.body, call);
      await inTransaction(ctx, (tx) => {
        stampSynchronized(tx, link, call);
        if (!options.set) {
          tx.declassify(element, options.classification);
          return;
        }
        if (element.classifications[options.classification] !== undefined) return;
        tx.classify(element, {
          name: options.classification,
          properties: {},
          origin: originFor(ctx, undefined),
          createdBy: call.userId,
          createTime: ctx.now(),
          version: 1,
        });
      });
      return {};
    },
  });
}

/**
 * `POST /processes/{processGUID}/status`: sets the process's instance status from a `ProcessStatus`,
 * on behalf of the asset manager in the correlation properties (the owner's rule applies).
 */
export function processStatusRoute(area: ServiceArea, kind: AssetManagerKind): Route {
  const { ctx } = area;
  return route(area, {
    method: 'POST',
    path: '/processes/{processGUID}/status',
    action: 'updateProcessStatus',
    response: 'VoidResponse',
    body: { spec: PROCESS_STATUS_REQUEST_BODY, required: true },
    query: FLAGS,
    handle: async (req, call) => {
      const body = requireBody(area, req, call);
      const status = processStatusOf(body, call);
      if (status === undefined) {
        throw invalidParameter('NULL_OBJECT', ['processStatus', call.action], call.action, 'processStatus');
      }
      const element = requirePathKind(ctx, kind, req, 'processGUID', call);
      const link = checkExternalIdentifier(ctx, element, 'Asset', body, call);
      checkProvenance(element, scopeSource(body), call);
      await inTransaction(ctx, (tx) => {
        stampSynchronized(tx, link, call);
        if ((element.status ?? 'ACTIVE') === status) return;
        tx.updateElement({
          ...element,
          status,
          updatedBy: call.userId,
          updateTime: ctx.now(),
          version: element.version + 1,
        });
      });
      return {};
    },
  });
}
