/**
 * The open integration framework service: metadata sources and integration reports (Egeria 5.2's
 * OpenIntegrationResource).
 */
import type { Route } from '../server/http-server';
import type { BeanSpec, JsonObject } from '../server/binding';
import { invalidParameter, nullName } from '../ffdc/ffdc';
import { readBean, writeBean } from './bean-fields';
import { inTransaction, newGUID, originFor } from './context';
import type { EmulatorContext } from './context';
import { createElement, listAnswer, validatePaging, visiblePage } from './elements';
import type { ElementKind } from './elements';
import { pagingOf, requireBody, requirePathElement, route } from './kind-routes';
import type { ServiceArea } from './kind-routes';
import { elementHeader } from './headers';
import { NAME_REQUEST_BODY, STARTING_FROM_PAGING } from './request-beans';
import type { ElementRecord } from '../store/records';
import { getTypeDef, isTypeOf } from '../store/type-registry';

const METADATA_SOURCE_BEAN: BeanSpec = {
  name: 'MetadataSourceRequestBody',
  fields: {
    typeName: 'string',
    classificationName: 'string',
    qualifiedName: 'string',
    deployedImplementationType: 'string',
  },
};

const REPORT_BEAN: BeanSpec = {
  name: 'IntegrationReportProperties',
  fields: {
    serverName: 'string',
    connectorId: 'string',
    connectorName: 'string',
    refreshStartDate: 'date',
    refreshCompletionDate: 'date',
    createdElements: 'stringList',
    updatedElements: 'stringList',
    deletedElements: 'stringList',
    additionalProperties: 'stringMap',
  },
};

const SOFTWARE_CAPABILITY: ElementKind = {
  typeName: 'SoftwareCapability',
  propertiesClass: 'SoftwareCapabilityProperties',
  acceptedPropertiesClasses: ['SoftwareCapabilityProperties'],
  javaPropertiesClass:
    'org.odpi.openmetadata.frameworks.openmetadata.properties.softwarecapabilities.SoftwareCapabilityProperties',
  beanField: 'properties',
  nameProperties: ['qualifiedName'],
};

function renderReport(ctx: EmulatorContext, report: ElementRecord): JsonObject {
  return {
    elementHeader: elementHeader(report, ctx.serverName),
    properties: writeBean('IntegrationReportProperties', report.properties, false),
  };
}

function inWindow(report: ElementRecord, after: number | undefined, before: number | undefined): boolean {
  const completion = report.properties['refreshCompletionDate'];
  const start = report.properties['refreshStartDate'];
  if (after !== undefined && !(typeof completion === 'number' && completion > after)) return false;
  if (before !== undefined && !(typeof start === 'number' && start < before)) return false;
  return true;
}

const REPORT_QUERY = [
  { name: 'afterCompletionDate', type: 'date', required: false },
  { name: 'beforeStartDate', type: 'date', required: false },
  ...STARTING_FROM_PAGING,
] as const;

/** The open integration service's routes. */
export function openIntegrationRoutes(area: ServiceArea): Route[] {
  const ctx = area.ctx;
  const reports = () => ctx.state.store.elementsOfType('IntegrationReport');
  return [
    route(area, {
      method: 'POST',
      path: '/metadata-sources/by-name',
      action: 'getMetadataSourceGUID',
      response: 'GUIDResponse',
      body: { spec: NAME_REQUEST_BODY, required: true },
      handle: (req, call) => {
        const body = requireBody(area, req, call);
        const name = body['name'];
        if (typeof name !== 'string' || name === '') throw nullName('qualifiedName', call.action);
        const found = ctx.state.store
          .elementsWithQualifiedName(name)
          .filter((e) => isTypeOf(e.typeName, 'SoftwareCapability'));
        return found.length === 0 ? {} : { guid: found[found.length - 1].guid };
      },
    }),
    route(area, {
      method: 'POST',
      path: '/metadata-sources/new',
      action: 'createMetadataSource',
      response: 'GUIDResponse',
      body: { spec: METADATA_SOURCE_BEAN, required: true },
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const fields = readBean('MetadataSourceRequestBody', body);
        const qualifiedName = fields['qualifiedName'];
        if (typeof qualifiedName !== 'string' || qualifiedName === '') throw nullName('qualifiedName', call.action);
        const typeName = typeof fields['typeName'] === 'string' ? (fields['typeName'] as string) : 'SoftwareCapability';
        if (getTypeDef(typeName) === undefined || !isTypeOf(typeName, 'SoftwareCapability')) {
          throw invalidParameter(
            'BAD_SUB_TYPE_NAME',
            [typeName, call.action, call.service, 'SoftwareCapability'],
            call.action,
            'typeName',
          );
        }
        const classificationName = fields['classificationName'];
        const properties: Record<string, unknown> = { qualifiedName };
        if (fields['deployedImplementationType'] !== undefined) {
          properties['deployedImplementationType'] = fields['deployedImplementationType'];
        }
        const guid = await inTransaction(ctx, (tx) => {
          const element = createElement(tx, SOFTWARE_CAPABILITY, { typeName, properties, source: undefined }, call);
          if (typeof classificationName === 'string' && classificationName !== '') {
            tx.classify(element, {
              name: classificationName,
              properties: {},
              origin: originFor(tx.ctx, undefined),
              createdBy: call.userId,
              createTime: tx.ctx.now(),
              version: 1,
            });
          }
          return element.guid;
        });
        return { guid };
      },
    }),
    route(area, {
      method: 'POST',
      path: '/elements/{elementGUID}/integration-reports',
      action: 'publishIntegrationReport',
      response: 'VoidResponse',
      body: { spec: REPORT_BEAN, required: true },
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const properties = readBean('IntegrationReportProperties', body);
        const element = requirePathElement(ctx, 'OpenMetadataRoot', req, 'elementGUID', call);
        await inTransaction(ctx, (tx) => {
          const report: ElementRecord = {
            guid: newGUID(),
            typeName: 'IntegrationReport',
            properties,
            classifications: {},
            origin: originFor(tx.ctx, undefined),
            createdBy: call.userId,
            createTime: tx.ctx.now(),
            version: 1,
            anchorGUID: element.guid,
          };
          tx.createElement(report);
          tx.createRelationship({
            guid: newGUID(),
            typeName: 'RelatedIntegrationReport',
            end1GUID: element.guid,
            end2GUID: report.guid,
            properties: {},
            origin: originFor(tx.ctx, undefined),
            createdBy: call.userId,
            createTime: tx.ctx.now(),
            version: 1,
          });
        });
        return {};
      },
    }),
    route(area, {
      method: 'GET',
      path: '/integration-reports/{reportGUID}',
      action: 'getIntegrationReport',
      response: 'IntegrationReportResponse',
      handle: (req, call) => ({
        element: renderReport(ctx, requirePathElement(ctx, 'IntegrationReport', req, 'reportGUID', call)),
      }),
    }),
    route(area, {
      method: 'GET',
      path: '/integration-reports/for-element/{elementGUID}',
      action: 'getIntegrationReportsForElement',
      response: 'IntegrationReportsResponse',
      query: REPORT_QUERY,
      handle: (req, call) => {
        const { startFrom, pageSize } = pagingOf(req);
        const element = requirePathElement(ctx, 'OpenMetadataRoot', req, 'elementGUID', call);
        const size = validatePaging(ctx, startFrom, pageSize, call);
        const after = req.q['afterCompletionDate'] as number | undefined;
        const before = req.q['beforeStartDate'] as number | undefined;
        const found = reports().filter((r) => r.anchorGUID === element.guid && inWindow(r, after, before));
        return listAnswer(
          'elements',
          visiblePage(ctx, call, found, startFrom, size).map((r) => renderReport(ctx, r)),
        );
      },
    }),
    route(area, {
      method: 'GET',
      path: '/integration-reports',
      action: 'getIntegrationReports',
      response: 'IntegrationReportsResponse',
      query: REPORT_QUERY,
      handle: (req, call) => {
        const { startFrom, pageSize } = pagingOf(req);
        const size = validatePaging(ctx, startFrom, pageSize, call);
        const after = req.q['afterCompletionDate'] as number | undefined;
        const before = req.q['beforeStartDate'] as number | undefined;
        const found = reports().filter((r) => inWindow(r, after, before));
        return listAnswer(
          'elements',
          visiblePage(ctx, call, found, startFrom, size).map((r) => renderReport(ctx, r)),
        );
      },
    }),
  ];
}
