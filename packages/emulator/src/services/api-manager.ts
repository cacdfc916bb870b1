/**
 * Data Manager OMAS: APIs, API operations and API parameter lists (Egeria 5.2's APIManagerResource),
 * and the endpoints of ConnectionManagerResource that APIs are reached through. API parameters are
 * schema attributes (schema-attributes.ts).
 *
 * The model follows Egeria's: a DeployedAPI asset is used by its API manager (ServerAssetUse) and
 * may have an Endpoint (APIEndpoint); its APISchemaType (AssetSchemaType) holds the operations
 * (APIOperations); an operation has at most three parameter lists (APIHeader, APIRequest,
 * APIResponse), which hold the parameters (AttributeForSchema). Everything below an API is anchored
 * to it.
 */
import type { Route } from '../server/http-server';
import type { BoundRequest } from '../server/binding';
import { badRequest } from '../server/spring-errors';
import type { EmulatorContext } from './context';
import type { CallInfo, ElementKind } from './elements';
import { link } from './database-manager';
import {
  flatCreateRoute,
  flatRemoveRoute,
  flatTemplateRoute,
  flatUpdateRoute,
  relatedElements,
  rootSchemaTypeOf,
  zoneRoute,
} from './flat-bean-routes';
import type { FlatCreateInput } from './flat-bean-routes';
import {
  byNameRoute,
  findRoute,
  getByGUIDRoute,
  listForParentRoute,
  removeRoute,
  requirePathElement,
  requirePathKind,
} from './kind-routes';
import type { ServiceArea } from './kind-routes';
import { nestedAttributesOf } from './schema-attributes';
import type { ElementRecord } from '../store/records';

const PROPS = 'org.odpi.openmetadata.frameworks.openmetadata.properties';
const ASSET_NAMES = ['qualifiedName', 'name', 'resourceName', 'displayName'];
const SCHEMA_NAMES = ['qualifiedName', 'displayName'];

/** The relationship from an operation to each kind of parameter list (Egeria's `APIParameterListType`). */
const LIST_RELATIONSHIPS: Readonly<Record<string, string>> = {
  HEADER: 'APIHeader',
  REQUEST: 'APIRequest',
  RESPONSE: 'APIResponse',
};

/** Deployed APIs. Egeria's `APIElement` getter `getAPIProperties()` makes the field `apiproperties`. */
export const DEPLOYED_API: ElementKind = {
  typeName: 'DeployedAPI',
  propertiesClass: 'APIProperties',
  acceptedPropertiesClasses: ['APIRequestBody'],
  javaPropertiesClass: `${PROPS}.assets.apis.APIProperties`,
  beanField: 'apiproperties',
  nameProperties: ASSET_NAMES,
};

/** The root schema type of an API. */
const API_SCHEMA_TYPE: ElementKind = {
  typeName: 'APISchemaType',
  // Only created (never sent or rendered): the table's SchemaTypeProperties fields.
  propertiesClass: 'DatabaseSchemaTypeProperties',
  acceptedPropertiesClasses: [],
  javaPropertiesClass: `${PROPS}.schema.SchemaTypeProperties`,
  beanField: 'properties',
  nameProperties: SCHEMA_NAMES,
};

/** API operations. */
export const API_OPERATION: ElementKind = {
  typeName: 'APIOperation',
  propertiesClass: 'APIOperationProperties',
  acceptedPropertiesClasses: ['APIOperationRequestBody'],
  javaPropertiesClass: `${PROPS}.schema.apis.APIOperationProperties`,
  beanField: 'properties',
  nameProperties: SCHEMA_NAMES,
};

/** API parameter lists, with their list type and parameter count. */
export const API_PARAMETER_LIST: ElementKind = {
  typeName: 'APIParameterList',
  propertiesClass: 'APIParameterListProperties',
  acceptedPropertiesClasses: ['APIParameterListRequestBody'],
  javaPropertiesClass: `${PROPS}.schema.apis.APIParameterListProperties`,
  beanField: 'properties',
  nameProperties: SCHEMA_NAMES,
  extras: (ctx, list) => {
    const out: Record<string, unknown> = { parameterCount: nestedAttributesOf(ctx, list).length };
    for (const [listType, relationshipType] of Object.entries(LIST_RELATIONSHIPS)) {
      if (ctx.state.store.relationshipsOf(list.guid, relationshipType, 2).length > 0)
        out['parameterListType'] = listType;
    }
    return out;
  },
};

/** Endpoints (ConnectionManagerResource). */
export const ENDPOINT: ElementKind = {
  typeName: 'Endpoint',
  propertiesClass: 'EndpointProperties',
  acceptedPropertiesClasses: ['EndpointRequestBody'],
  javaPropertiesClass: `${PROPS}.connections.EndpointProperties`,
  beanField: 'endpointProperties',
  nameProperties: ['qualifiedName', 'name', 'displayName', 'address'],
};

/** The operations of an API, in creation order. */
function operationsOf(ctx: EmulatorContext, api: ElementRecord): ElementRecord[] {
  return relatedElements(ctx, api.guid, 'AssetSchemaType', 1).flatMap((schemaType) =>
    relatedElements(ctx, schemaType.guid, 'APIOperations', 1),
  );
}

/** The parameter lists of an operation, in creation order. */
function parameterListsOf(ctx: EmulatorContext, operation: ElementRecord): ElementRecord[] {
  const lists = Object.values(LIST_RELATIONSHIPS).flatMap((relationshipType) =>
    ctx.state.store.relationshipsOf(operation.guid, relationshipType, 1),
  );
  return lists
    .sort((a, b) => a.createTime - b.createTime)
    .map((relationship) => ctx.state.store.getElement(relationship.end2GUID))
    .filter((e): e is ElementRecord => e !== undefined);
}

/** The relationship for a `{parameterListType}` path value; Spring refuses an unknown enum constant with a 400. */
function listRelationship(req: BoundRequest): string {
  const value = req.params['parameterListType'] ?? '';
  const relationshipType = LIST_RELATIONSHIPS[value];
  if (relationshipType === undefined) {
    throw badRequest(`Failed to convert value '${value}' to required type 'APIParameterListType'`);
  }
  return relationshipType;
}

/** The Data Manager's API and endpoint routes. */
export function apiManagerRoutes(area: ServiceArea): Route[] {
  const ctx = area.ctx;
  const linkToManager = ({ tx, element, owner, named, call }: FlatCreateInput): void => {
    if (named !== undefined) link(tx, 'ServerAssetUse', named.guid, element.guid, owner, call, { useType: 'OWNS' });
  };
  const endpointCheck = (req: BoundRequest, _body: unknown, call: CallInfo): void => {
    requirePathElement(ctx, 'Endpoint', req, 'endpointGUID', call);
  };
  const linkToEndpoint = (input: FlatCreateInput): void => {
    linkToManager(input);
    link(
      input.tx,
      'APIEndpoint',
      input.element.guid,
      input.req.params['endpointGUID'] as string,
      input.owner,
      input.call,
    );
  };
  const apiOf = (req: BoundRequest, call: CallInfo) => requirePathKind(ctx, DEPLOYED_API, req, 'apiGUID', call);
  const operationOf = (req: BoundRequest, call: CallInfo) =>
    requirePathKind(ctx, API_OPERATION, req, 'apiOperationGUID', call);
  const attachOperation = ({ tx, element, req, owner, call }: FlatCreateInput): void => {
    const api = apiOf(req, call);
    const schemaType = rootSchemaTypeOf(tx, api, API_SCHEMA_TYPE, owner, call);
    link(tx, 'APIOperations', schemaType.guid, element.guid, owner, call);
  };
  const attachList = ({ tx, element, req, owner, call }: FlatCreateInput): void => {
    link(tx, listRelationship(req), operationOf(req, call).guid, element.guid, owner, call);
  };
  const operationAnchor = (req: BoundRequest, _body: unknown, call: CallInfo) => {
    listRelationship(req);
    const operation = operationOf(req, call);
    return { anchorGUID: operation.guid };
  };

  return [
    // APIs
    flatCreateRoute(area, DEPLOYED_API, 'APIRequestBody', {
      path: '/apis',
      action: 'createAPI',
      isHomeParam: 'apiManagerIsHome',
      after: linkToManager,
    }),
    flatCreateRoute(area, DEPLOYED_API, 'APIRequestBody', {
      path: '/apis/for-endpoint/{endpointGUID}',
      action: 'createAPI',
      isHomeParam: 'apiManagerIsHome',
      prepare: endpointCheck,
      after: linkToEndpoint,
    }),
    flatTemplateRoute(area, DEPLOYED_API, {
      path: '/apis/from-template/{templateGUID}',
      action: 'createAPIFromTemplate',
      isHomeParam: 'apiManagerIsHome',
      after: linkToManager,
    }),
    flatTemplateRoute(area, DEPLOYED_API, {
      path: '/apis/for-endpoint/{endpointGUID}/from-template/{templateGUID}',
      action: 'createAPIFromTemplate',
      isHomeParam: 'apiManagerIsHome',
      prepare: endpointCheck,
      after: linkToEndpoint,
    }),
    flatUpdateRoute(area, DEPLOYED_API, 'APIRequestBody', {
      path: '/apis/{apiGUID}',
      guidParam: 'apiGUID',
      action: 'updateAPI',
    }),
    zoneRoute(area, {
      path: '/apis/{apiGUID}/publish',
      guidParam: 'apiGUID',
      action: 'publishAPI',
      typeName: 'DeployedAPI',
      publish: true,
    }),
    zoneRoute(area, {
      path: '/apis/{apiGUID}/withdraw',
      guidParam: 'apiGUID',
      action: 'withdrawAPI',
      typeName: 'DeployedAPI',
      publish: false,
    }),
    flatRemoveRoute(area, DEPLOYED_API, {
      path: '/apis/{apiGUID}/{qualifiedName}/delete',
      guidParam: 'apiGUID',
      action: 'removeAPI',
    }),
    findRoute(area, DEPLOYED_API, { path: '/apis/by-search-string', action: 'findAPIs', response: 'APIsResponse' }),
    byNameRoute(area, DEPLOYED_API, { path: '/apis/by-name', action: 'getAPIsByName', response: 'APIsResponse' }),
    listForParentRoute(area, DEPLOYED_API, {
      path: '/apis/api-managers/{apiManagerGUID}/{apiManagerName}',
      parentParam: 'apiManagerGUID',
      parentType: 'SoftwareCapability',
      action: 'getAPIsForAPIManager',
      response: 'APIsResponse',
      children: (c, manager) => relatedElements(c, manager.guid, 'ServerAssetUse', 1),
    }),
    listForParentRoute(area, DEPLOYED_API, {
      path: '/apis/by-endpoint/{endpointGUID}',
      parentParam: 'endpointGUID',
      parentType: 'Endpoint',
      action: 'getAPIsByEndpoint',
      response: 'APIsResponse',
      children: (c, endpoint) => relatedElements(c, endpoint.guid, 'APIEndpoint', 2),
    }),
    getByGUIDRoute(area, DEPLOYED_API, {
      path: '/apis/{apiGUID}',
      guidParam: 'apiGUID',
      action: 'getAPIByGUID',
      response: 'APIResponse',
    }),

    // API operations
    flatCreateRoute(area, API_OPERATION, 'APIOperationRequestBody', {
      path: '/apis/{apiGUID}/api-operations',
      action: 'createAPIOperation',
      prepare: (req, _body, call) => ({ anchorGUID: apiOf(req, call).guid }),
      after: attachOperation,
    }),
    flatTemplateRoute(area, API_OPERATION, {
      path: '/apis/{apiGUID}/api-operations/from-template/{templateGUID}',
      action: 'createAPIOperationFromTemplate',
      prepare: (req, _body, call) => ({ anchorGUID: apiOf(req, call).guid }),
      after: attachOperation,
    }),
    flatUpdateRoute(area, API_OPERATION, 'APIOperationRequestBody', {
      path: '/apis/api-operations/{apiOperationGUID}',
      guidParam: 'apiOperationGUID',
      action: 'updateAPIOperation',
    }),
    flatRemoveRoute(area, API_OPERATION, {
      path: '/apis/api-operations/{apiOperationGUID}/{qualifiedName}/delete',
      guidParam: 'apiOperationGUID',
      action: 'removeAPIOperation',
    }),
    findRoute(area, API_OPERATION, {
      path: '/apis/api-operations/by-search-string',
      action: 'findAPIOperations',
      response: 'APIOperationsResponse',
    }),
    listForParentRoute(area, API_OPERATION, {
      path: '/apis/{apiGUID}/api-operations',
      parentParam: 'apiGUID',
      parentType: 'DeployedAPI',
      action: 'getAPIOperationsForAPI',
      response: 'APIOperationsResponse',
      children: operationsOf,
    }),
    byNameRoute(area, API_OPERATION, {
      path: '/apis/api-operations/by-name',
      action: 'getAPIOperationsByName',
      response: 'APIOperationsResponse',
    }),
    getByGUIDRoute(area, API_OPERATION, {
      path: '/apis/api-operations/{apiOperationGUID}',
      guidParam: 'apiOperationGUID',
      action: 'getAPIOperationByGUID',
      response: 'APIOperationResponse',
    }),

    // API parameter lists
    flatCreateRoute(area, API_PARAMETER_LIST, 'APIParameterListRequestBody', {
      path: '/apis/api-operations/{apiOperationGUID}/api-parameter-lists/{parameterListType}',
      action: 'createAPIParameterList',
      prepare: operationAnchor,
      after: attachList,
    }),
    flatTemplateRoute(area, API_PARAMETER_LIST, {
      path: '/apis/api-operations/{apiOperationGUID}/api-parameter-lists/{parameterListType}/from-template/{templateGUID}',
      action: 'createAPIParameterListFromTemplate',
      prepare: operationAnchor,
      after: attachList,
    }),
    flatUpdateRoute(area, API_PARAMETER_LIST, 'APIParameterListRequestBody', {
      path: '/apis/api-operations/api-parameter-lists/{apiParameterListGUID}',
      guidParam: 'apiParameterListGUID',
      action: 'updateAPIParameterList',
    }),
    flatRemoveRoute(area, API_PARAMETER_LIST, {
      path: '/apis/api-operations/api-parameter-lists/{apiParameterListGUID}/{qualifiedName}/delete',
      guidParam: 'apiParameterListGUID',
      action: 'removeAPIParameterList',
    }),
    findRoute(area, API_PARAMETER_LIST, {
      path: '/apis/api-operations/api-parameter-lists/by-search-string',
      action: 'findAPIParameterLists',
      response: 'APIParameterListsResponse',
    }),
    listForParentRoute(area, API_PARAMETER_LIST, {
      path: '/apis/api-operations/{apiOperationGUID}/api-parameter-lists',
      parentParam: 'apiOperationGUID',
      parentType: 'APIOperation',
      action: 'getAPIParameterListsForOperation',
      response: 'APIParameterListsResponse',
      children: parameterListsOf,
    }),
    byNameRoute(area, API_PARAMETER_LIST, {
      path: '/apis/api-operations/api-parameter-lists/by-name',
      action: 'getAPIParameterListsByName',
      response: 'APIParameterListsResponse',
    }),
    getByGUIDRoute(area, API_PARAMETER_LIST, {
      path: '/apis/api-operations/api-parameter-lists/{apiParameterListGUID}',
      guidParam: 'apiParameterListGUID',
      action: 'getAPIParameterListByGUID',
      response: 'APIParameterListResponse',
    }),

    // Endpoints (ConnectionManagerResource)
    flatCreateRoute(area, ENDPOINT, 'EndpointRequestBody', { path: '/endpoints', action: 'createEndpoint' }),
    flatTemplateRoute(area, ENDPOINT, {
      path: '/endpoints/network-address/{networkAddress}/from-template/{templateGUID}',
      action: 'createEndpointFromTemplate',
      // The path's network address wins over the template's.
      overrides: (req) => ({ address: req.params['networkAddress'] }),
    }),
    flatUpdateRoute(area, ENDPOINT, 'EndpointRequestBody', {
      path: '/endpoints/{endpointGUID}',
      guidParam: 'endpointGUID',
      action: 'updateEndpoint',
    }),
    removeRoute(area, ENDPOINT, {
      path: '/endpoints/{endpointGUID}/delete',
      guidParam: 'endpointGUID',
      action: 'removeEndpoint',
    }),
    findRoute(area, ENDPOINT, {
      path: '/endpoints/by-search-string',
      action: 'findEndpoints',
      response: 'EndpointsResponse',
    }),
    byNameRoute(area, ENDPOINT, {
      path: '/endpoints/by-name',
      action: 'getEndpointsByName',
      response: 'EndpointsResponse',
    }),
    getByGUIDRoute(area, ENDPOINT, {
      path: '/endpoints/{guid}',
      guidParam: 'guid',
      action: 'getEndpointByGUID',
      response: 'EndpointResponse',
    }),
  ];
}
