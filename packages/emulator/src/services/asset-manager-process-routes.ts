/**
 * Asset Manager OMAS (Egeria 5.2's LineageExchangeResource): the process and port operations beyond
 * create, update, remove and find: processes from templates, process status, the process hierarchy,
 * publish and withdraw, links between processes, ports and schema types, port delegation, and the
 * business significance flag.
 */
import type { Route } from '../server/http-server';
import type { JsonObject } from '../server/binding';
import { badRequest } from '../server/spring-errors';
import type { ServiceArea } from './kind-routes';
import { amFlagRoute, amPublishRoute, amTemplateRoute, processStatusRoute } from './asset-manager-actions';
import { endsLinkRoutes, relatedListRoute, relatedOneRoute } from './asset-manager-links';
import type { AssetManagerKind } from './asset-manager-support';

const CONTAINMENT_TYPES = ['OWNED', 'USED', 'OTHER'];

/** A `ProcessHierarchy`'s properties: the containment type of a `ProcessContainmentProperties` (default USED). */
function containmentProperties(bean: JsonObject | undefined): Record<string, unknown> {
  if (bean?.['class'] !== 'ProcessContainmentProperties') return { containmentType: 'USED' };
  const value = bean['processContainmentType'];
  if (value === undefined || value === null) return { containmentType: 'USED' };
  if (typeof value !== 'string' || !CONTAINMENT_TYPES.includes(value)) {
    throw badRequest(`Cannot deserialize ProcessContainmentType from ${JSON.stringify(value)}`);
  }
  return { containmentType: value };
}

/** The process and port routes of the lineage exchange that are not element basics. */
export function processRoutes(
  area: ServiceArea,
  kinds: { process: AssetManagerKind; port: AssetManagerKind },
): Route[] {
  const { process, port } = kinds;
  const processEnd = (param: string) => ({ param, type: 'Process' });
  const portEnd = (param: string) => ({ param, type: 'Port' });
  return [
    amTemplateRoute(area, process, {
      path: '/processes/from-template/{templateGUID}',
      action: 'createProcessFromTemplate',
      pathName: false,
    }),
    processStatusRoute(area, process),
    ...endsLinkRoutes(area, {
      typeName: 'ProcessHierarchy',
      path: '/processes/parent/{parentProcessGUID}/child/{childProcessGUID}',
      end1: processEnd('parentProcessGUID'),
      end2: processEnd('childProcessGUID'),
      setupAction: 'setupProcessParent',
      clearAction: 'clearProcessParent',
      source: 'withContainment',
      properties: containmentProperties,
    }),
    amPublishRoute(area, {
      path: '/processes/{processGUID}/publish',
      guidParam: 'processGUID',
      action: 'publishProcess',
      typeName: 'Process',
      publish: true,
      bodyRequired: true,
    }),
    amPublishRoute(area, {
      path: '/processes/{processGUID}/withdraw',
      guidParam: 'processGUID',
      action: 'withdrawProcess',
      typeName: 'Process',
      publish: false,
      bodyRequired: true,
    }),
    relatedOneRoute(area, {
      path: '/processes/{processGUID}/parent/retrieve',
      action: 'getProcessParent',
      guidParam: 'processGUID',
      startType: 'Process',
      relationship: 'ProcessHierarchy',
      end: 1,
      kind: process,
      response: 'ProcessElementResponse',
      ambiguity: 'MULTIPLE_RELATIONSHIPS_FOUND',
    }),
    relatedListRoute(area, {
      path: '/processes/{processGUID}/children/retrieve',
      action: 'getSubProcesses',
      guidParam: 'processGUID',
      startType: 'Process',
      relationship: 'ProcessHierarchy',
      end: 2,
      kind: process,
      response: 'ProcessElementsResponse',
    }),
    ...endsLinkRoutes(area, {
      typeName: 'ProcessPort',
      path: '/processes/{processGUID}/ports/{portGUID}',
      end1: processEnd('processGUID'),
      end2: portEnd('portGUID'),
      setupAction: 'setupProcessPort',
      clearAction: 'clearProcessPort',
      source: 'withProperties',
    }),
    ...endsLinkRoutes(area, {
      typeName: 'PortDelegation',
      path: '/ports/{portOneGUID}/port-delegations/{portTwoGUID}',
      end1: portEnd('portOneGUID'),
      end2: portEnd('portTwoGUID'),
      setupAction: 'setupPortDelegation',
      clearAction: 'clearPortDelegation',
      source: 'body',
    }),
    ...endsLinkRoutes(area, {
      typeName: 'PortSchema',
      path: '/ports/{portGUID}/schema-type/{schemaTypeGUID}',
      end1: portEnd('portGUID'),
      end2: { param: 'schemaTypeGUID', type: 'SchemaType' },
      setupAction: 'setupPortSchemaType',
      clearAction: 'clearPortSchemaType',
      source: 'withProperties',
    }),
    relatedListRoute(area, {
      path: '/ports/{portGUID}/used-by/retrieve',
      action: 'getPortUse',
      guidParam: 'portGUID',
      startType: 'Port',
      relationship: 'PortDelegation',
      end: 1,
      kind: port,
      response: 'PortElementsResponse',
    }),
    relatedOneRoute(area, {
      path: '/ports/{portGUID}/port-delegations/retrieve',
      action: 'getPortDelegation',
      guidParam: 'portGUID',
      startType: 'Port',
      relationship: 'PortDelegation',
      end: 2,
      kind: port,
      response: 'PortElementResponse',
      ambiguity: 'MULTIPLE_BEANS_FOUND',
    }),
    ...(['set', 'clear'] as const).map((mode) =>
      amFlagRoute(area, {
        path: `/elements/{elementGUID}/is-business-significant${mode === 'set' ? '' : '/remove'}`,
        guidParam: 'elementGUID',
        action: mode === 'set' ? 'setBusinessSignificant' : 'clearBusinessSignificant',
        typeName: 'Referenceable',
        classification: 'BusinessSignificant',
        set: mode === 'set',
        withoutBody: 'accept',
        identifierType: 'Referenceable',
      }),
    ),
  ];
}
