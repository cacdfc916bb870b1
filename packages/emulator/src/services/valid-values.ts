/**
 * Data Manager OMAS: valid values (Egeria 5.2's DataManagerValidValuesResource: create, update,
 * remove, find, by name, all, by GUID) and the valid value set look-ups of its SchemaManagerResource.
 * The links between valid values, sets, consumers and reference value assignees are in
 * valid-value-links.ts.
 *
 * As in Egeria 5.2: the properties must be a `ValidValueProperties` bean; a create that names no
 * type makes a `ValidValuesSet` (the handler's default), a named type must be a subtype of
 * `ValidValueDefinition`; names match the qualified name, display name or preferred value exactly;
 * the set look-ups search every valid value definition and answer `ValidValueSetElement`s.
 */
import type { Route } from '../server/http-server';
import type { JsonObject } from '../server/binding';
import { inTransaction } from './context';
import type { EmulatorContext } from './context';
import {
  createElement,
  deleteElementTree,
  readKindProperties,
  renderElement,
  requireKind,
  sourceOf,
  updateElement,
  verifySource,
} from './elements';
import type { CallInfo, ElementKind } from './elements';
import { allOfKindRoute, byNameRoute, findRoute, requireBody, route } from './kind-routes';
import type { ServiceArea } from './kind-routes';
import { EXTERNAL_SOURCE_REQUEST_BODY, REFERENCEABLE_REQUEST_BODY } from './request-beans';
import type { ElementRecord } from '../store/records';
import { requireTypeName } from './type-names';

/** Valid value definitions (sets included), answered as `ValidValueElement`s. */
export const VALID_VALUE: ElementKind = {
  typeName: 'ValidValueDefinition',
  propertiesClass: 'ValidValueProperties',
  acceptedPropertiesClasses: ['ValidValueProperties'],
  javaPropertiesClass: 'org.odpi.openmetadata.frameworks.openmetadata.properties.validvalues.ValidValueProperties',
  beanField: 'validValueProperties',
  nameProperties: ['qualifiedName', 'displayName', 'preferredValue'],
  // A Java primitive: written even when no membership sets it.
  extras: () => ({ isDefaultValue: false }),
};

/** Valid value definitions answered as `ValidValueSetElement`s (the set look-ups). */
export const VALID_VALUE_SET: ElementKind = {
  ...VALID_VALUE,
  propertiesClass: 'ValidValueSetProperties',
  beanField: 'properties',
  extras: undefined,
};

/** The type a create makes when the properties name none (Egeria 5.2's ValidValuesHandler default). */
const DEFAULT_TYPE = 'ValidValuesSet';

/** A `ValidValueElement` for a valid value found without a relationship. */
export function renderValidValue(ctx: EmulatorContext, element: ElementRecord): JsonObject {
  return renderElement(ctx, VALID_VALUE, element);
}

/** A valid value definition that must exist. */
export function requireValidValue(
  ctx: EmulatorContext,
  guid: string | undefined,
  parameterName: string,
  call: CallInfo,
): ElementRecord {
  return requireKind(ctx, VALID_VALUE, guid, parameterName, call);
}

/** The Data Manager's valid value routes. */
export function validValueRoutes(area: ServiceArea): Route[] {
  const ctx = area.ctx;
  return [
    route(area, {
      method: 'POST',
      path: '/valid-values',
      action: 'createValidValue',
      response: 'GUIDResponse',
      body: { spec: REFERENCEABLE_REQUEST_BODY, required: true },
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const { typeName: requested, ...properties } = readKindProperties(VALID_VALUE, body['properties'], call, true);
        const typeName = requireTypeName(requested, DEFAULT_TYPE, VALID_VALUE.typeName, call);
        const source = verifySource(ctx, sourceOf(body), call);
        const guid = await inTransaction(
          ctx,
          (tx) => createElement(tx, VALID_VALUE, { typeName, properties, source }, call).guid,
        );
        return { guid };
      },
    }),
    route(area, {
      method: 'POST',
      path: '/valid-values/{validValueGUID}',
      action: 'updateValidValue',
      response: 'VoidResponse',
      body: { spec: REFERENCEABLE_REQUEST_BODY, required: true },
      query: [{ name: 'isMergeUpdate', type: 'boolean', required: true }],
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const isMergeUpdate = req.q['isMergeUpdate'] === true;
        // The type is fixed at creation.
        const { typeName: _ignored, ...properties } = readKindProperties(
          VALID_VALUE,
          body['properties'],
          call,
          !isMergeUpdate,
        );
        const element = requireValidValue(ctx, req.params['validValueGUID'], 'validValueGUID', call);
        await inTransaction(ctx, (tx) => updateElement(tx, element, properties, isMergeUpdate, sourceOf(body), call));
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: '/valid-values/{validValueGUID}/delete',
      action: 'removeValidValue',
      response: 'VoidResponse',
      body: { spec: EXTERNAL_SOURCE_REQUEST_BODY, required: true },
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const element = requireValidValue(ctx, req.params['validValueGUID'], 'validValueGUID', call);
        await inTransaction(ctx, (tx) => deleteElementTree(tx, element, sourceOf(body), call));
        return {};
      },
    }),
    findRoute(area, VALID_VALUE, {
      path: '/valid-values/by-search-string',
      action: 'findValidValues',
      response: 'ValidValuesResponse',
    }),
    byNameRoute(area, VALID_VALUE, {
      path: '/valid-values/by-name',
      action: 'getValidValuesByName',
      response: 'ValidValuesResponse',
    }),
    allOfKindRoute(area, VALID_VALUE, {
      path: '/valid-values',
      action: 'getAllValidValues',
      response: 'ValidValuesResponse',
      render: (e) => renderValidValue(ctx, e),
    }),
    route(area, {
      method: 'GET',
      path: '/valid-values/{guid}',
      action: 'getValidValueByGUID',
      response: 'ValidValueResponse',
      handle: (req, call) => ({
        element: renderValidValue(ctx, requireValidValue(ctx, req.params['guid'], 'validValueGUID', call)),
      }),
    }),
    byNameRoute(area, VALID_VALUE_SET, {
      path: '/valid-value-sets/by-name',
      action: 'getValidValueSetByName',
      response: 'ValidValueSetsResponse',
    }),
    findRoute(area, VALID_VALUE_SET, {
      path: '/valid-value-sets/by-search-string',
      action: 'findValidValueSet',
      response: 'ValidValueSetsResponse',
    }),
  ];
}
