/**
 * The connected asset framework service (Egeria 5.2's ConnectedAssetResource, the OCF metadata
 * management service every access service hosts), as far as a connector factory needs it: a
 * connection by GUID, by name and for an asset, the connections of an asset and the asset of a
 * connection, each connection as the OCF `Connection` bean (ocf-connection-bean.ts). Where 5.2's
 * server fails its own interface (by GUID and by name it cannot build the bean: see the README),
 * the emulator answers as the interface says.
 */
import { PropertyServerException } from '@egeria-ts/core';
import type { Route } from '../server/http-server';
import type { ElementRecord } from '../store/records';
import { egeriaError, nullName } from '../ffdc/ffdc';
import type { EmulatorContext } from './context';
import { validatePaging, visiblePage } from './elements';
import type { CallInfo } from './elements';
import { requirePathElement, route } from './kind-routes';
import type { ServiceArea } from './kind-routes';
import { ocfConnectionBean } from './ocf-connection-bean';
import { isTypeOf } from '../store/type-registry';

/** The service name 5.2's connected asset handlers report. */
export const CONNECTED_ASSET_SERVICE_NAME = 'Connected Asset Services';

const CONNECTION = 'Connection';
const ASSET = 'Asset';
const CONNECTION_TO_ASSET = 'ConnectionToAsset';
const CONNECTION_RESPONSE = 'OCFConnectionResponse';

/** The connections linked to an asset (ConnectionToAsset, connection at end 1), most recently linked first. */
function connectionsOf(ctx: EmulatorContext, asset: ElementRecord): ElementRecord[] {
  const links = ctx.state.store.relationshipsOf(asset.guid, CONNECTION_TO_ASSET, 2);
  const out: ElementRecord[] = [];
  for (const link of [...links].sort((a, b) => b.createTime - a.createTime)) {
    const connection = ctx.state.store.getElement(link.end1GUID);
    if (connection !== undefined && isTypeOf(connection.typeName, CONNECTION)) out.push(connection);
  }
  return out;
}

/** The connection whose qualified name is `name` (Egeria matches `qualifiedName` only); several are an error. */
function connectionNamed(ctx: EmulatorContext, name: string | undefined, call: CallInfo): ElementRecord | undefined {
  if (name === undefined || name === '') throw nullName('name', call.action);
  const found = ctx.state.store
    .elementsWithQualifiedName(name)
    .filter((e) => isTypeOf(e.typeName, CONNECTION))
    .reverse();
  if (found.length > 1) {
    throw egeriaError(
      PropertyServerException,
      'MULTIPLE_ENTITIES_FOUND',
      [CONNECTION, name, `[${found.map((e) => e.guid).join(', ')}]`, call.action, 'name', ctx.serverName],
      { actionDescription: call.action },
    );
  }
  return found[0];
}

/** The routes, below `/servers/{serverName}/open-metadata/framework-services/{serviceURLMarker}/connected-asset/users/{userId}`. */
export function connectedAssetRoutes(area: ServiceArea): Route[] {
  const { ctx } = area;
  const connectionAnswer = (connection: ElementRecord | undefined) =>
    connection === undefined ? {} : { connection: ocfConnectionBean(ctx, connection) };
  return [
    route(area, {
      method: 'GET',
      path: '/connections/by-name/{name}',
      action: 'getConnectionByName',
      response: CONNECTION_RESPONSE,
      handle: (req, call) => connectionAnswer(connectionNamed(ctx, req.params['name'], call)),
    }),
    route(area, {
      method: 'GET',
      path: '/connections/{guid}',
      action: 'getConnectionByGUID',
      response: CONNECTION_RESPONSE,
      handle: (req, call) => connectionAnswer(requirePathElement(ctx, CONNECTION, req, 'guid', call)),
    }),
    route(area, {
      method: 'GET',
      path: '/assets/{assetGUID}/connection',
      action: 'getConnectionForAsset',
      response: CONNECTION_RESPONSE,
      // With several connections Egeria picks one at random; the emulator takes the most recently linked.
      handle: (req, call) => {
        const asset = requirePathElement(ctx, ASSET, req, 'assetGUID', call);
        return connectionAnswer(connectionsOf(ctx, asset)[0]);
      },
    }),
    route(area, {
      method: 'GET',
      path: '/assets/{assetGUID}/connections',
      action: 'getConnections',
      response: 'ConnectionsResponse',
      query: [
        { name: 'elementStart', type: 'int', required: true },
        { name: 'maxElements', type: 'int', required: true },
      ],
      handle: (req, call) => {
        const asset = requirePathElement(ctx, ASSET, req, 'assetGUID', call);
        const startFrom = req.q['elementStart'] as number;
        const size = validatePaging(ctx, startFrom, req.q['maxElements'] as number, call);
        const found = visiblePage(ctx, call, connectionsOf(ctx, asset), startFrom, size);
        // 5.2 never sets startingFromElement: Jackson writes the primitive's 0.
        const out: Record<string, unknown> = { startingFromElement: 0 };
        if (found.length > 0) out['list'] = found.map((c) => ocfConnectionBean(ctx, c));
        return out;
      },
    }),
    route(area, {
      method: 'GET',
      path: '/assets/by-connection/{connectionGUID}',
      action: 'getAssetForConnectionGUID',
      response: 'GUIDResponse',
      handle: (req, call) => {
        const connection = requirePathElement(ctx, CONNECTION, req, 'connectionGUID', call);
        const links = ctx.state.store.relationshipsOf(connection.guid, CONNECTION_TO_ASSET, 1);
        const assets = links.map((l) => l.end2GUID).filter((guid) => ctx.state.store.getElement(guid) !== undefined);
        if (assets.length > 1) {
          throw egeriaError(
            PropertyServerException,
            'MULTIPLE_RELATIONSHIPS_FOUND',
            [CONNECTION_TO_ASSET, CONNECTION, connection.guid, `[${assets.join(', ')}]`, call.action, ctx.serverName],
            { actionDescription: call.action },
          );
        }
        return assets.length === 0 ? {} : { guid: assets[0] };
      },
    }),
  ];
}
