/**
 * Asset Manager OMAS lineage (Egeria 5.2's LineageExchangeResource): processes, their ports, and the
 * lineage relationships (data flows, control flows, process calls, lineage mappings).
 */
import type { Route } from '../server/http-server';
import { sourceOf, verifySource } from './elements';
import type { ServiceArea } from './kind-routes';
import {
  AM_NAME_BODY,
  EFFECTIVE_TIME_QUERY,
  FLAGS,
  IS_HOME,
  PAGED,
  amKind,
  assetManagerOf,
  relationshipBody,
} from './asset-manager-support';
import { elementRoutes } from './asset-manager-elements';
import { lineageRelationshipRoutes } from './lineage-relationships';
import type { LineageDialect } from './lineage-relationships';
import { processStatusOf } from './asset-manager-actions';
import { processRoutes } from './asset-manager-process-routes';

/** Processes: Process and its subtypes (Egeria's default type is DeployedSoftwareComponent). */
export const PROCESS = amKind('Process', ['ProcessProperties'], 'processProperties');

/** Ports. */
export const PORT = amKind('Port', ['PortProperties'], 'portProperties');

/** How the Asset Manager's lineage relationship operations are shaped (LineageExchangeResource). */
const ASSET_MANAGER_LINEAGE: LineageDialect = {
  relationshipBody: (rel) => relationshipBody([rel.propertiesClass]),
  nameBody: AM_NAME_BODY,
  removeBody: EFFECTIVE_TIME_QUERY,
  listBody: EFFECTIVE_TIME_QUERY,
  bodyRequired: (rel, op) => op === 'setup' && rel.typeName === 'ProcessCall',
  query: (rel, op) => {
    if (op === 'list') return PAGED;
    if (op === 'setup' && rel.typeName !== 'LineageMapping') return [IS_HOME, ...FLAGS];
    return FLAGS;
  },
  removeSource: assetManagerOf,
  owner: (ctx, _rel, req, call) => {
    const verified = verifySource(ctx, sourceOf(req.body), call);
    return req.q['assetManagerIsHome'] === false ? undefined : verified;
  },
  setupResponse: () => 'GUIDResponse',
  hasUpdate: () => true,
};

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
    ...lineageRelationshipRoutes(area, ASSET_MANAGER_LINEAGE),
  ];
}
