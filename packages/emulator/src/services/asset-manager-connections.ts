/**
 * Asset Manager OMAS: connections, endpoints and connector types (Egeria 5.2's
 * ConnectionExchangeResource), over the one mechanism of connection-family.ts, with the Asset
 * Manager's beans: writes carry `metadataCorrelationProperties` (the asset manager as the external
 * scope, and the external identifier recorded on create), reads carry `assetManagerGUID`, lists are
 * under `elementList`, element beans carry their `correlationHeaders`, removals end in `/remove`, and
 * `forLineage` / `forDuplicateProcessing` are required on every call that takes them.
 */
import type { Route } from '../server/http-server';
import type { BeanSpec, BoundRequest, JsonObject, QueryParamSpec } from '../server/binding';
import { invalidParameter, nullGUID, nullName } from '../ffdc/ffdc';
import { readBean } from './bean-fields';
import { inTransaction } from './context';
import type { EmulatorContext } from './context';
import {
  compileSearchString,
  createElement,
  deleteElementTree,
  listAnswer,
  matchesAnyProperty,
  matchesName,
  requireKind,
  sourceOf,
  updateElement,
  validatePaging,
  visiblePage,
} from './elements';
import type { CallInfo, ElementKind } from './elements';
import { elementHeader } from './headers';
import { elementsOfKind, pagingOf, requireBody, requirePathKind, route } from './kind-routes';
import type { ServiceArea } from './kind-routes';
import { correlationHeader } from './open-metadata-store';
import { RELATIONSHIP_REQUEST_BODY } from './request-beans';
import {
  AM_NAME_BODY,
  AM_SEARCH_BODY,
  ASSET_MANAGER_BASE,
  ASSET_MANAGER_SERVICE,
  EFFECTIVE_TIME_QUERY,
  IS_HOME,
  MERGE,
  assetManagerOf,
  correlationOf,
  ownerOf,
  recordExternalIdentifier,
  scopeSource,
  updateRequestBody,
} from './asset-manager-support';
import {
  ASSET_CONNECTION_LINK,
  CONNECTION,
  CONNECTOR_TYPE,
  CONNECTOR_TYPE_LINK,
  EMBEDDED_CONNECTION_LINK,
  ENDPOINT,
  ENDPOINT_LINK,
  elementsInScope,
  propertiesBean,
  registerConnectionBeanFields,
} from './connection-family';
import type { ConnectionLink } from './connection-family';
import { createFromTemplate, fromTemplateProperties } from './templates';
import { checkExternalIdentifier, stampSynchronized } from './asset-manager-correlation';
import type { ElementRecord } from '../store/records';
import { connectionLinkRoutes } from './connection-family-routes';

/** `forLineage` / `forDuplicateProcessing`, required by every ConnectionExchangeResource method that takes them. */
const FLAGS: readonly QueryParamSpec[] = [
  { name: 'forLineage', type: 'boolean', required: true },
  { name: 'forDuplicateProcessing', type: 'boolean', required: true },
];

/** The required paging parameters with the flags. */
const PAGED: readonly QueryParamSpec[] = [
  { name: 'startFrom', type: 'int', required: true },
  { name: 'pageSize', type: 'int', required: true },
  ...FLAGS,
];

/** One of the three element kinds, with its names in the resource. */
interface ExchangeKind {
  readonly kind: ElementKind;
  /** The path segment, such as `/connections`. */
  readonly segment: string;
  /** The GUID path parameter of update, remove and retrieve. */
  readonly guidParam: string;
  /** The singular and plural nouns of Egeria's method and response names. */
  readonly noun: string;
  readonly plural: string;
  /** Whether the element beans carry correlation headers also when the request names no asset manager. */
  readonly headersWithoutScope: boolean;
  /** Whether an update checks the external identifier it names (5.2's `updateEndpoint` does not). */
  readonly updateChecksIdentifier: boolean;
}

const CONNECTIONS: ExchangeKind = {
  kind: CONNECTION,
  segment: '/connections',
  guidParam: 'connectionGUID',
  noun: 'Connection',
  plural: 'Connections',
  headersWithoutScope: true,
  updateChecksIdentifier: true,
};

const ENDPOINTS: ExchangeKind = {
  kind: ENDPOINT,
  segment: '/endpoints',
  guidParam: 'endpointGUID',
  noun: 'Endpoint',
  plural: 'Endpoints',
  headersWithoutScope: false,
  updateChecksIdentifier: false,
};

const CONNECTOR_TYPES: ExchangeKind = {
  kind: CONNECTOR_TYPE,
  segment: '/connector-types',
  guidParam: 'connectorTypeGUID',
  noun: 'ConnectorType',
  plural: 'ConnectorTypes',
  headersWithoutScope: false,
  updateChecksIdentifier: true,
};

/** The element bean: header, the correlation headers of the scope asked for (all without one), properties and extras. */
function render(
  ctx: EmulatorContext,
  spec: ExchangeKind,
  element: ElementRecord,
  scopeGUID: string | undefined,
): JsonObject {
  const out: JsonObject = { elementHeader: elementHeader(element, ctx.serverName) };
  if (scopeGUID !== undefined || spec.headersWithoutScope) {
    const headers = ctx.state.store
      .relationshipsOf(element.guid, 'ExternalIdLink', 1)
      .map((l) => correlationHeader(ctx, l))
      .filter((h): h is JsonObject => h !== undefined)
      .filter((h) => scopeGUID === undefined || h['externalScopeGUID'] === scopeGUID);
    if (headers.length > 0) out['correlationHeaders'] = headers;
  }
  out[spec.kind.beanField] = propertiesBean(spec.kind, element);
  return { ...out, ...(spec.kind.extras?.(ctx, element) ?? {}) };
}

/** The properties bean of a write, with Egeria's null-object and null-name checks. */
function writeProperties(
  raw: unknown,
  className: string,
  parameterName: string,
  qualifiedNameRequired: boolean,
  call: CallInfo,
): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null) {
    throw invalidParameter('NULL_OBJECT', [parameterName, call.action], call.action, parameterName);
  }
  const properties = readBean(className, raw as JsonObject);
  if (
    qualifiedNameRequired &&
    (typeof properties['qualifiedName'] !== 'string' || properties['qualifiedName'] === '')
  ) {
    throw nullName(`${parameterName}.qualifiedName`, call.action);
  }
  return properties;
}

/** A page of elements as an `elementList` answer. */
function listOf(
  area: ServiceArea,
  spec: ExchangeKind,
  req: BoundRequest,
  call: CallInfo,
  select: () => ElementRecord[],
): JsonObject {
  const { startFrom, pageSize } = pagingOf(req);
  const size = validatePaging(area.ctx, startFrom, pageSize, call);
  const scopeGUID = assetManagerOf(req.body).guid;
  return listAnswer(
    'elementList',
    visiblePage(area.ctx, call, select(), startFrom, size).map((e) => render(area.ctx, spec, e, scopeGUID)),
  );
}

/** Create, create from a template, update, remove, find, by name, for the asset manager, by GUID. */
function exchangeRoutes(area: ServiceArea, spec: ExchangeKind): Route[] {
  const { ctx } = area;
  const { kind, segment, guidParam, noun, plural } = spec;
  const requestBean = `${noun}RequestBody`;
  const bodySpec: BeanSpec = updateRequestBody(requestBean, [kind.propertiesClass]);
  const propertiesName = kind.beanField;
  return [
    route(area, {
      method: 'POST',
      path: segment,
      action: `create${noun}`,
      response: 'GUIDResponse',
      body: { spec: bodySpec, required: true },
      query: [IS_HOME],
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const properties = writeProperties(body['elementProperties'], kind.propertiesClass, propertiesName, true, call);
        const owner = ownerOf(ctx, req, scopeSource(body), call);
        const guid = await inTransaction(ctx, (tx) => {
          const element = createElement(tx, kind, { properties, source: owner }, call);
          recordExternalIdentifier(tx, element, correlationOf(body), call);
          return element.guid;
        });
        return { guid };
      },
    }),
    route(area, {
      method: 'POST',
      path: `${segment}/from-template/{templateGUID}`,
      action: `create${noun}FromTemplate`,
      response: 'GUIDResponse',
      body: { spec: updateRequestBody('TemplateRequestBody'), required: true },
      query: [IS_HOME],
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const raw = body['elementProperties'];
        writeProperties(raw, 'TemplateProperties', 'templateProperties', true, call);
        const template = requirePathKind(ctx, kind, req, 'templateGUID', call);
        const owner = ownerOf(ctx, req, scopeSource(body), call);
        const guid = await inTransaction(ctx, (tx) => {
          const overrides = fromTemplateProperties(kind, template, raw as JsonObject);
          const element = createFromTemplate(tx, { template, overrides, source: owner, deepCopy: true }, call);
          recordExternalIdentifier(tx, element, correlationOf(body), call);
          return element.guid;
        });
        return { guid };
      },
    }),
    route(area, {
      method: 'POST',
      path: `${segment}/{${guidParam}}`,
      action: `update${noun}`,
      response: 'VoidResponse',
      body: { spec: bodySpec, required: true },
      query: [MERGE, ...FLAGS],
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const isMergeUpdate = req.q['isMergeUpdate'] === true;
        const properties = writeProperties(
          body['elementProperties'],
          kind.propertiesClass,
          propertiesName,
          !isMergeUpdate,
          call,
        );
        // The type is fixed at creation.
        delete properties['typeName'];
        const element = requireKind(ctx, kind, req.params[guidParam], guidParam, call);
        const link = spec.updateChecksIdentifier
          ? checkExternalIdentifier(ctx, element, kind.typeName, body, call)
          : undefined;
        await inTransaction(ctx, (tx) => {
          stampSynchronized(tx, link, call);
          updateElement(tx, element, properties, isMergeUpdate, scopeSource(body), call);
        });
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: `${segment}/{${guidParam}}/remove`,
      action: `remove${noun}`,
      response: 'VoidResponse',
      body: { spec: updateRequestBody('UpdateRequestBody'), required: true },
      query: FLAGS,
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const element = requireKind(ctx, kind, req.params[guidParam], guidParam, call);
        const link = checkExternalIdentifier(ctx, element, kind.typeName, body, call);
        await inTransaction(ctx, (tx) => {
          stampSynchronized(tx, link, call);
          deleteElementTree(tx, element, scopeSource(body), call);
        });
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: `${segment}/by-search-string`,
      action: `find${plural}`,
      response: `${plural}Response`,
      body: { spec: AM_SEARCH_BODY, required: true },
      query: PAGED,
      handle: (req, call) => {
        const body = requireBody(area, req, call);
        const regex = compileSearchString(body['searchString'], 'searchString', call);
        return listOf(area, spec, req, call, () =>
          elementsOfKind(ctx, kind).filter((e) => matchesAnyProperty(e, regex)),
        );
      },
    }),
    route(area, {
      method: 'POST',
      path: `${segment}/by-name`,
      action: `get${plural}ByName`,
      response: `${plural}Response`,
      body: { spec: AM_NAME_BODY, required: true },
      query: PAGED,
      handle: (req, call) => {
        const body = requireBody(area, req, call);
        const name = body['name'];
        if (typeof name !== 'string' || name === '') throw nullName('name', call.action);
        return listOf(area, spec, req, call, () =>
          elementsOfKind(ctx, kind).filter((e) => matchesName(e, name, kind.nameProperties)),
        );
      },
    }),
    route(area, {
      method: 'POST',
      path: `${segment}/by-asset-manager`,
      action: `get${plural}ForAssetManager`,
      response: `${plural}Response`,
      body: { spec: EFFECTIVE_TIME_QUERY, required: true },
      query: PAGED,
      handle: (req, call) => {
        const scopeGUID = assetManagerOf(requireBody(area, req, call)).guid;
        if (scopeGUID === undefined) throw nullGUID('assetManagerGUID', call.action);
        return listOf(area, spec, req, call, () => elementsInScope(ctx, scopeGUID, kind));
      },
    }),
    route(area, {
      method: 'POST',
      path: `${segment}/{${guidParam}}/retrieve`,
      action: `get${noun}ByGUID`,
      response: `${noun}Response`,
      body: { spec: EFFECTIVE_TIME_QUERY, required: true },
      query: FLAGS,
      handle: (req, call) => {
        const body = requireBody(area, req, call);
        const element = requireKind(ctx, kind, req.params[guidParam], guidParam, call);
        return { element: render(ctx, spec, element, assetManagerOf(body).guid) };
      },
    }),
  ];
}

/**
 * A link's properties from a `RelationshipRequestBody`: Egeria's handlers read the link's own bean
 * (`EmbeddedConnectionProperties`, `AssetConnectionProperties`) only when the body carries one, and
 * the effectivity dates of any `RelationshipProperties`.
 */
function amLinkProperties(link: ConnectionLink, raw: unknown): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null) return {};
  const bean = raw as JsonObject;
  const own = link.propertiesClass === 'RelationshipProperties' || bean['class'] === link.propertiesClass;
  return readBean(own ? link.propertiesClass : 'RelationshipProperties', bean);
}

/** `POST <path>` sets up a link, `POST <path>/remove` clears it, with the Asset Manager's beans. */
function linkRoutes(
  area: ServiceArea,
  link: ConnectionLink,
  options: { path: string; setUp: string; clear: string },
): Route[] {
  return connectionLinkRoutes(area, link, options, {
    clearSuffix: '/remove',
    setUpBody: RELATIONSHIP_REQUEST_BODY,
    setUpQuery: [IS_HOME, ...FLAGS],
    clearBody: EFFECTIVE_TIME_QUERY,
    clearQuery: FLAGS,
    owner: (req, body, call) => ownerOf(area.ctx, req, sourceOf(body), call),
    properties: (l, body) => amLinkProperties(l, body['properties']),
    remover: assetManagerOf,
  });
}

/** Every ConnectionExchangeResource route of the Asset Manager OMAS. */
export function assetManagerConnectionRoutes(ctx: EmulatorContext): Route[] {
  registerConnectionBeanFields();
  const area: ServiceArea = { ctx, base: ASSET_MANAGER_BASE, service: ASSET_MANAGER_SERVICE };
  return [
    ...exchangeRoutes(area, CONNECTIONS),
    ...linkRoutes(area, CONNECTOR_TYPE_LINK, {
      path: '/connections/{connectionGUID}/connector-types/{connectorTypeGUID}',
      setUp: 'setupConnectorType',
      clear: 'clearConnectorType',
    }),
    ...linkRoutes(area, ENDPOINT_LINK, {
      path: '/connections/{connectionGUID}/endpoints/{endpointGUID}',
      setUp: 'setupEndpoint',
      clear: 'clearEndpoint',
    }),
    ...linkRoutes(area, EMBEDDED_CONNECTION_LINK, {
      path: '/connections/{connectionGUID}/embedded-connections/{embeddedConnectionGUID}',
      setUp: 'setupEmbeddedConnection',
      clear: 'clearEmbeddedConnection',
    }),
    ...linkRoutes(area, ASSET_CONNECTION_LINK, {
      path: '/data-assets/{assetGUID}/connections/{connectionGUID}',
      setUp: 'setupAssetConnection',
      clear: 'clearAssetConnection',
    }),
    ...exchangeRoutes(area, ENDPOINTS),
    ...exchangeRoutes(area, CONNECTOR_TYPES),
  ];
}
