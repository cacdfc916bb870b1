/**
 * The connection and connector type operations of Egeria 5.2's ConnectionManagerResource (Data
 * Manager OMAS) and ITInfrastructureResource (IT Infrastructure OMAS), which share their paths and
 * request beans: flat `ConnectionRequestBody` / `ConnectorTypeRequestBody` with the metadata source,
 * `ExternalSourceRequestBody` on links and removals, `.../delete` paths. Both bind the one mechanism
 * of connection-family.ts; the IT Infrastructure OMAS also creates, updates and removes connector
 * types. (Their endpoint operations are served with the API manager and infrastructure routes.)
 */
import type { Route } from '../server/http-server';
import type { BeanSpec, BoundRequest, JsonObject, QueryParamSpec } from '../server/binding';
import { inTransaction } from './context';
import type { EmulatorContext, MetadataSourceRef } from './context';
import { renderElement, requireKind, sourceOf, verifySource } from './elements';
import type { CallInfo, ElementKind } from './elements';
import { flatCreateRoute, flatRemoveRoute, flatTemplateRoute, flatUpdateRoute } from './flat-bean-routes';
import { byNameRoute, findRoute, requireBody, route } from './kind-routes';
import type { ServiceArea } from './kind-routes';
import { EXTERNAL_SOURCE_REQUEST_BODY } from './request-beans';
import {
  ASSET_CONNECTION_LINK,
  CONNECTION,
  CONNECTOR_TYPE,
  CONNECTOR_TYPE_LINK,
  EMBEDDED_CONNECTION_LINK,
  ENDPOINT_LINK,
  clearLink,
  linkEnds,
  linkProperties,
  registerConnectionBeanFields,
  setUpLink,
} from './connection-family';
import type { ConnectionLink } from './connection-family';

const SOURCE = { externalSourceGUID: 'string', externalSourceName: 'string' } as const;

/** `commonservices.ffdc.rest.EmbeddedConnectionRequestBody`. */
const EMBEDDED_CONNECTION_REQUEST_BODY: BeanSpec = {
  name: 'EmbeddedConnectionRequestBody',
  fields: { ...SOURCE, position: 'int', displayName: 'string', arguments: 'map' },
};

/** `commonservices.ffdc.rest.AssetConnectionRequestBody`. */
const ASSET_CONNECTION_REQUEST_BODY: BeanSpec = {
  name: 'AssetConnectionRequestBody',
  fields: { ...SOURCE, assetSummary: 'string' },
};

/** `GET .../{guid}`: one element of a kind (the GUID reported under Egeria's parameter name). */
function getRoute(
  area: ServiceArea,
  kind: ElementKind,
  options: { path: string; action: string; response: string; parameterName: string },
): Route {
  return route(area, {
    method: 'GET',
    path: options.path,
    action: options.action,
    response: options.response,
    handle: (req, call) => ({
      element: renderElement(
        area.ctx,
        kind,
        requireKind(area.ctx, kind, req.params['guid'], options.parameterName, call),
      ),
    }),
  });
}

/** How one service binds a connection link's set-up and removal. */
export interface ConnectionLinkBinding {
  /** The removal path's suffix (`/delete`, or the Asset Manager's `/remove`). */
  readonly clearSuffix: string;
  /** The set-up's request bean and query parameters. */
  readonly setUpBody: BeanSpec;
  readonly setUpQuery?: readonly QueryParamSpec[];
  /** The removal's request bean and query parameters. */
  readonly clearBody: BeanSpec;
  readonly clearQuery?: readonly QueryParamSpec[];
  /** The owner of a new link (checked). */
  readonly owner: (req: BoundRequest, body: JsonObject, call: CallInfo) => MetadataSourceRef | undefined;
  /** The link's properties, from the set-up's body. */
  readonly properties: (link: ConnectionLink, body: JsonObject) => Record<string, unknown>;
  /** The metadata source a removal is made for. */
  readonly remover: (body: JsonObject) => { guid?: string; name?: string };
}

/** `POST <path>` sets up a link between the elements the path names, `POST <path><clearSuffix>` clears it. */
export function connectionLinkRoutes(
  area: ServiceArea,
  link: ConnectionLink,
  options: { path: string; setUp: string; clear: string },
  binding: ConnectionLinkBinding,
): Route[] {
  const ctx = area.ctx;
  return [
    route(area, {
      method: 'POST',
      path: options.path,
      action: options.setUp,
      response: 'VoidResponse',
      body: { spec: binding.setUpBody, required: true },
      query: binding.setUpQuery,
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const ends = linkEnds(ctx, link, req.params, call);
        const owner = binding.owner(req, body, call);
        const properties = binding.properties(link, body);
        // Egeria always stores an embedded connection's position (a Java int).
        if (link === EMBEDDED_CONNECTION_LINK) properties['position'] ??= 0;
        await inTransaction(ctx, (tx) => setUpLink(tx, link, ends, properties, owner, call));
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: `${options.path}${binding.clearSuffix}`,
      action: options.clear,
      response: 'VoidResponse',
      body: { spec: binding.clearBody, required: true },
      query: binding.clearQuery,
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const ends = linkEnds(ctx, link, req.params, call);
        await inTransaction(ctx, (tx) => clearLink(tx, link, ends, binding.remover(body), call));
        return {};
      },
    }),
  ];
}

/** `POST <path>` sets up a link, `POST <path>/delete` clears it, with flat request beans naming the metadata source. */
function linkRoutes(
  area: ServiceArea,
  link: ConnectionLink,
  options: { path: string; setUp: string; clear: string; body: BeanSpec },
): Route[] {
  return connectionLinkRoutes(area, link, options, {
    clearSuffix: '/delete',
    setUpBody: options.body,
    clearBody: EXTERNAL_SOURCE_REQUEST_BODY,
    owner: (_req, body, call) => verifySource(area.ctx, sourceOf(body), call),
    properties: linkProperties,
    remover: sourceOf,
  });
}

/** Connections: create (also from a template), update, links, remove, find, by name, by GUID. */
function connectionRoutes(area: ServiceArea): Route[] {
  return [
    flatCreateRoute(area, CONNECTION, 'ConnectionRequestBody', { path: '/connections', action: 'createConnection' }),
    flatTemplateRoute(area, CONNECTION, {
      path: '/connections/from-template/{templateGUID}',
      action: 'createConnectionFromTemplate',
    }),
    flatUpdateRoute(area, CONNECTION, 'ConnectionRequestBody', {
      path: '/connections/{connectionGUID}',
      guidParam: 'connectionGUID',
      action: 'updateConnection',
    }),
    ...linkRoutes(area, CONNECTOR_TYPE_LINK, {
      path: '/connections/{connectionGUID}/connector-types/{connectorTypeGUID}',
      setUp: 'setupConnectorType',
      clear: 'clearConnectorType',
      body: EXTERNAL_SOURCE_REQUEST_BODY,
    }),
    ...linkRoutes(area, ENDPOINT_LINK, {
      path: '/connections/{connectionGUID}/endpoints/{endpointGUID}',
      setUp: 'setupEndpoint',
      clear: 'clearEndpoint',
      body: EXTERNAL_SOURCE_REQUEST_BODY,
    }),
    ...linkRoutes(area, EMBEDDED_CONNECTION_LINK, {
      path: '/connections/{connectionGUID}/embedded-connections/{embeddedConnectionGUID}',
      setUp: 'setupEmbeddedConnection',
      clear: 'clearEmbeddedConnection',
      body: EMBEDDED_CONNECTION_REQUEST_BODY,
    }),
    ...linkRoutes(area, ASSET_CONNECTION_LINK, {
      path: '/assets/{assetGUID}/connections/{connectionGUID}',
      setUp: 'setupAssetConnection',
      clear: 'clearAssetConnection',
      body: ASSET_CONNECTION_REQUEST_BODY,
    }),
    flatRemoveRoute(area, CONNECTION, {
      path: '/connections/{connectionGUID}/delete',
      guidParam: 'connectionGUID',
      action: 'removeConnection',
    }),
    findRoute(area, CONNECTION, {
      path: '/connections/by-search-string',
      action: 'findConnections',
      response: 'ConnectionsResponse',
    }),
    byNameRoute(area, CONNECTION, {
      path: '/connections/by-name',
      action: 'getConnectionsByName',
      response: 'ConnectionsResponse',
    }),
    getRoute(area, CONNECTION, {
      path: '/connections/{guid}',
      action: 'getConnectionByGUID',
      response: 'ConnectionResponse',
      parameterName: 'connectionGUID',
    }),
  ];
}

/** Connector type lookups (both services): find, by name, by GUID. */
function connectorTypeLookupRoutes(area: ServiceArea): Route[] {
  return [
    findRoute(area, CONNECTOR_TYPE, {
      path: '/connector-types/by-search-string',
      action: 'findConnectorTypes',
      response: 'ConnectorTypesResponse',
    }),
    byNameRoute(area, CONNECTOR_TYPE, {
      path: '/connector-types/by-name',
      action: 'getConnectorTypesByName',
      response: 'ConnectorTypesResponse',
    }),
    getRoute(area, CONNECTOR_TYPE, {
      path: '/connector-types/{guid}',
      action: 'getConnectorTypeByGUID',
      response: 'ConnectorTypeResponse',
      parameterName: 'connectorTypeGUID',
    }),
  ];
}

/** Connector type maintenance (the IT Infrastructure OMAS only): create (also from a template), update, remove. */
function connectorTypeWriteRoutes(area: ServiceArea): Route[] {
  return [
    flatCreateRoute(area, CONNECTOR_TYPE, 'ConnectorTypeRequestBody', {
      path: '/connector-types',
      action: 'createConnectorType',
    }),
    flatTemplateRoute(area, CONNECTOR_TYPE, {
      path: '/connector-types/from-template/{templateGUID}',
      action: 'createConnectorTypeFromTemplate',
    }),
    flatUpdateRoute(area, CONNECTOR_TYPE, 'ConnectorTypeRequestBody', {
      path: '/connector-types/{connectorTypeGUID}',
      guidParam: 'connectorTypeGUID',
      action: 'updateConnectorType',
    }),
    flatRemoveRoute(area, CONNECTOR_TYPE, {
      path: '/connector-types/{connectorTypeGUID}/delete',
      guidParam: 'connectorTypeGUID',
      action: 'removeConnectorType',
    }),
  ];
}

const ACCESS_SERVICES = '/servers/{serverName}/open-metadata/access-services';

/** The connection and connector type routes of the Data Manager and IT Infrastructure OMASs. */
export function connectionFamilyRoutes(ctx: EmulatorContext): Route[] {
  registerConnectionBeanFields();
  const dataManager: ServiceArea = {
    ctx,
    base: `${ACCESS_SERVICES}/data-manager/users/{userId}`,
    service: 'Data Manager OMAS',
  };
  const itInfrastructure: ServiceArea = {
    ctx,
    base: `${ACCESS_SERVICES}/it-infrastructure/users/{userId}`,
    service: 'IT Infrastructure OMAS',
  };
  return [
    ...connectionRoutes(dataManager),
    ...connectorTypeLookupRoutes(dataManager),
    ...connectionRoutes(itInfrastructure),
    ...connectorTypeWriteRoutes(itInfrastructure),
    ...connectorTypeLookupRoutes(itInfrastructure),
  ];
}
