/**
 * The governance configuration framework service: integration groups, integration connectors,
 * their registrations with groups and their catalog targets (Egeria 5.2's
 * GovernanceConfigurationResource). This is where the 5.2 integration daemon reads its groups.
 */
import type { Route } from '../server/http-server';
import type { BeanSpec, JsonObject } from '../server/binding';
import { noRequestBody, nullGUID, nullName } from '../ffdc/ffdc';
import { readBean, writeBean } from './bean-fields';
import { inTransaction, newGUID, originFor } from './context';
import type { EmulatorContext } from './context';
import {
  createElement,
  deleteElementTree,
  listAnswer,
  page,
  readKindProperties,
  renderElement,
  unknownRelationship,
  updateElement,
  validatePaging,
} from './elements';
import type { CallInfo, ElementKind } from './elements';
import {
  allOfKindRoute,
  elementsOfKind,
  pagingOf,
  requireBody,
  requirePathElement,
  requirePathKind,
  route,
} from './kind-routes';
import type { ServiceArea } from './kind-routes';
import { elementStub, elementVersions } from './headers';
import { NULL_REQUEST_BODY, STARTING_FROM_PAGING } from './request-beans';
import type { ElementRecord, RelationshipRecord } from '../store/records';

const GAF = 'org.odpi.openmetadata.frameworks.governanceaction.properties';

/** Integration groups. */
export const INTEGRATION_GROUP: ElementKind = {
  typeName: 'IntegrationGroup',
  propertiesClass: 'IntegrationGroupProperties',
  acceptedPropertiesClasses: ['IntegrationGroupProperties'],
  javaPropertiesClass: `${GAF}.IntegrationGroupProperties`,
  beanField: 'properties',
  nameProperties: ['qualifiedName'],
};

/** Integration connectors. */
export const INTEGRATION_CONNECTOR: ElementKind = {
  typeName: 'IntegrationConnector',
  propertiesClass: 'IntegrationConnectorProperties',
  acceptedPropertiesClasses: ['IntegrationConnectorProperties'],
  javaPropertiesClass: `${GAF}.IntegrationConnectorProperties`,
  beanField: 'properties',
  nameProperties: ['qualifiedName'],
};

const GROUP_BEAN: BeanSpec = { name: 'IntegrationGroupProperties', acceptedClasses: ['IntegrationGroupProperties'] };
const CONNECTOR_BEAN: BeanSpec = {
  name: 'IntegrationConnectorProperties',
  acceptedClasses: ['IntegrationConnectorProperties'],
};
const REGISTRATION_BEAN: BeanSpec = {
  name: 'RegisteredIntegrationConnectorProperties',
  fields: { connectorName: 'string', connectorUserId: 'string', metadataSourceQualifiedName: 'string' },
};
const CATALOG_TARGET_BEAN: BeanSpec = {
  name: 'CatalogTargetProperties',
  fields: { catalogTargetName: 'string', configurationProperties: 'map', templateProperties: 'stringMap' },
};
const DELETE_BEAN: BeanSpec = { name: 'DeleteRequestBody', fields: { qualifiedName: 'string' } };

function renderCatalogTarget(ctx: EmulatorContext, relationship: RelationshipRecord): JsonObject {
  const target = ctx.state.store.getElement(relationship.end2GUID);
  const out: JsonObject = {
    relationshipGUID: relationship.guid,
    relationshipVersions: elementVersions(relationship),
  };
  if (target !== undefined) out['catalogTargetElement'] = elementStub(target, ctx.serverName);
  return { ...out, ...writeBean('CatalogTargetProperties', relationship.properties, false) };
}

function renderConnector(ctx: EmulatorContext, connector: ElementRecord): JsonObject {
  const rendered = renderElement(ctx, INTEGRATION_CONNECTOR, connector);
  const targets = ctx.state.store.relationshipsOf(connector.guid, 'CatalogTarget', 1);
  if (targets.length > 0) rendered['catalogTargets'] = targets.map((t) => renderCatalogTarget(ctx, t));
  return rendered;
}

/** A `RegisteredIntegrationConnectorElement`; as 5.2's converter does, its `connectorId` is the registration's GUID. */
function renderRegistration(ctx: EmulatorContext, registration: RelationshipRecord): JsonObject | undefined {
  const connector = ctx.state.store.getElement(registration.end2GUID);
  if (connector === undefined) return undefined;
  return {
    ...renderConnector(ctx, connector),
    connectorId: registration.guid,
    registrationProperties: writeBean('RegisteredIntegrationConnectorProperties', registration.properties, false),
  };
}

/** The governance configuration routes for one kind of element (group or connector). */
function elementRoutes(area: ServiceArea, kind: ElementKind, bean: BeanSpec, noun: string, label: string): Route[] {
  const ctx = area.ctx;
  const render = (e: ElementRecord) =>
    kind === INTEGRATION_CONNECTOR ? renderConnector(ctx, e) : renderElement(ctx, kind, e);
  return [
    route(area, {
      method: 'POST',
      path: `/${noun}/new`,
      action: `create${label}`,
      response: 'GUIDResponse',
      body: { spec: bean, required: true },
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const properties = readKindProperties(kind, body, call, true);
        const guid = await inTransaction(
          ctx,
          (tx) => createElement(tx, kind, { properties, source: undefined }, call).guid,
        );
        return { guid };
      },
    }),
    route(area, {
      method: 'GET',
      path: `/${noun}/{guid}`,
      action: `get${label}ByGUID`,
      response: `${label}ElementResponse`,
      handle: (req, call) => ({ element: render(requirePathKind(ctx, kind, req, 'guid', call)) }),
    }),
    route(area, {
      method: 'GET',
      path: `/${noun}/by-name/{name}`,
      action: `get${label}ByName`,
      response: `${label}ElementResponse`,
      handle: (req, call) => {
        const name = req.params['name'];
        if (name === undefined || name === '') throw nullName('name', call.action);
        const found = elementsOfKind(ctx, kind).filter((e) => e.properties['qualifiedName'] === name);
        return found.length === 0 ? {} : { element: render(found[found.length - 1]) };
      },
    }),
    allOfKindRoute(area, kind, {
      path: `/${noun}`,
      action: `getAll${label}s`,
      response: `${label}ElementsResponse`,
      query: STARTING_FROM_PAGING,
      render,
    }),
    route(area, {
      method: 'POST',
      path: `/${noun}/{guid}/update`,
      action: `update${label}`,
      response: 'VoidResponse',
      body: { spec: bean, required: true },
      query: [{ name: 'isMergeUpdate', type: 'boolean', required: true }],
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const isMergeUpdate = req.q['isMergeUpdate'] === true;
        const properties = readKindProperties(kind, body, call, !isMergeUpdate);
        const element = requirePathKind(ctx, kind, req, 'guid', call);
        await inTransaction(ctx, (tx) => updateElement(tx, element, properties, isMergeUpdate, {}, call));
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: `/${noun}/{guid}/delete`,
      action: `delete${label}`,
      response: 'VoidResponse',
      body: { spec: DELETE_BEAN, required: true },
      handle: async (req, call) => {
        requireBody(area, req, call);
        const element = requirePathKind(ctx, kind, req, 'guid', call);
        await inTransaction(ctx, (tx) => deleteElementTree(tx, element, {}, call));
        return {};
      },
    }),
  ];
}

function requireRegistration(
  ctx: EmulatorContext,
  groupGUID: string,
  connectorGUID: string,
): RelationshipRecord | undefined {
  return ctx.state.store
    .relationshipsOf(groupGUID, 'RegisteredIntegrationConnector', 1)
    .find((r) => r.end2GUID === connectorGUID);
}

function requireCatalogTarget(ctx: EmulatorContext, guid: string | undefined, call: CallInfo): RelationshipRecord {
  if (guid === undefined || guid === '') throw nullGUID('relationshipGUID', call.action);
  const relationship = ctx.state.store.getRelationship(guid);
  if (relationship === undefined || relationship.typeName !== 'CatalogTarget') {
    throw unknownRelationship(ctx, 'CatalogTarget', guid, 'relationshipGUID', call);
  }
  return relationship;
}

/** The governance configuration service's routes. */
export function governanceConfigurationRoutes(area: ServiceArea): Route[] {
  const ctx = area.ctx;
  return [
    ...elementRoutes(area, INTEGRATION_GROUP, GROUP_BEAN, 'integration-groups', 'IntegrationGroup'),
    ...elementRoutes(area, INTEGRATION_CONNECTOR, CONNECTOR_BEAN, 'integration-connectors', 'IntegrationConnector'),
    route(area, {
      method: 'GET',
      path: '/integration-connectors/{guid}/registrations',
      action: 'getIntegrationConnectorRegistrations',
      response: 'GUIDListResponse',
      handle: (req, call) => {
        const connector = requirePathKind(ctx, INTEGRATION_CONNECTOR, req, 'guid', call);
        const groups = ctx.state.store.relationshipsOf(connector.guid, 'RegisteredIntegrationConnector', 2);
        return listAnswer(
          'guids',
          groups.map((r) => r.end1GUID),
        );
      },
    }),
    route(area, {
      method: 'POST',
      path: '/integration-groups/{integrationGroupGUID}/integration-connectors/{integrationConnectorGUID}',
      action: 'registerIntegrationConnectorWithGroup',
      response: 'VoidResponse',
      body: { spec: REGISTRATION_BEAN, required: true },
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const properties = readBean('RegisteredIntegrationConnectorProperties', body);
        const group = requirePathKind(ctx, INTEGRATION_GROUP, req, 'integrationGroupGUID', call);
        const connector = requirePathKind(ctx, INTEGRATION_CONNECTOR, req, 'integrationConnectorGUID', call);
        await inTransaction(ctx, (tx) => {
          const existing = requireRegistration(ctx, group.guid, connector.guid);
          if (existing !== undefined) {
            tx.reviseRelationship(existing, properties, call.userId);
          } else {
            tx.createRelationship({
              guid: newGUID(),
              typeName: 'RegisteredIntegrationConnector',
              end1GUID: group.guid,
              end2GUID: connector.guid,
              properties,
              origin: originFor(tx.ctx, undefined),
              createdBy: call.userId,
              createTime: tx.ctx.now(),
              version: 1,
            });
          }
        });
        return {};
      },
    }),
    route(area, {
      method: 'GET',
      path: '/integration-groups/{integrationGroupGUID}/integration-connectors/{integrationConnectorGUID}',
      action: 'getRegisteredIntegrationConnector',
      response: 'RegisteredIntegrationConnectorResponse',
      handle: (req, call) => {
        const group = requirePathKind(ctx, INTEGRATION_GROUP, req, 'integrationGroupGUID', call);
        const connector = requirePathKind(ctx, INTEGRATION_CONNECTOR, req, 'integrationConnectorGUID', call);
        const registration = requireRegistration(ctx, group.guid, connector.guid);
        const rendered = registration === undefined ? undefined : renderRegistration(ctx, registration);
        return rendered === undefined ? {} : { registeredIntegrationConnector: rendered };
      },
    }),
    route(area, {
      method: 'GET',
      path: '/integration-groups/{integrationGroupGUID}/integration-connectors',
      action: 'getRegisteredIntegrationConnectors',
      response: 'RegisteredIntegrationConnectorsResponse',
      query: STARTING_FROM_PAGING,
      handle: (req, call) => {
        const { startFrom, pageSize } = pagingOf(req);
        const group = requirePathKind(ctx, INTEGRATION_GROUP, req, 'integrationGroupGUID', call);
        const size = validatePaging(ctx, startFrom, pageSize, call);
        const registrations = ctx.state.store.relationshipsOf(group.guid, 'RegisteredIntegrationConnector', 1);
        const rendered = page(registrations, startFrom, size)
          .map((r) => renderRegistration(ctx, r))
          .filter((r): r is JsonObject => r !== undefined);
        return listAnswer('elements', rendered);
      },
    }),
    route(area, {
      method: 'POST',
      path: '/integration-groups/{integrationGroupGUID}/integration-connectors/{integrationConnectorGUID}/delete',
      action: 'unregisterIntegrationConnectorFromGroup',
      response: 'VoidResponse',
      body: { spec: NULL_REQUEST_BODY, required: false },
      handle: async (req, call) => {
        const group = requirePathKind(ctx, INTEGRATION_GROUP, req, 'integrationGroupGUID', call);
        const connector = requirePathKind(ctx, INTEGRATION_CONNECTOR, req, 'integrationConnectorGUID', call);
        const registration = requireRegistration(ctx, group.guid, connector.guid);
        if (registration !== undefined) await inTransaction(ctx, (tx) => tx.deleteRelationship(registration));
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: '/integration-connectors/{integrationConnectorGUID}/catalog-targets/{metadataElementGUID}',
      action: 'addCatalogTarget',
      response: 'GUIDResponse',
      body: { spec: CATALOG_TARGET_BEAN, required: true },
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const properties = readBean('CatalogTargetProperties', body);
        if (typeof properties['catalogTargetName'] !== 'string' || properties['catalogTargetName'] === '') {
          throw nullName('catalogTargetName', call.action);
        }
        const connector = requirePathKind(ctx, INTEGRATION_CONNECTOR, req, 'integrationConnectorGUID', call);
        const target = requirePathElement(ctx, 'OpenMetadataRoot', req, 'metadataElementGUID', call);
        const guid = await inTransaction(ctx, (tx) => {
          const relationship: RelationshipRecord = {
            guid: newGUID(),
            typeName: 'CatalogTarget',
            end1GUID: connector.guid,
            end2GUID: target.guid,
            properties,
            origin: originFor(tx.ctx, undefined),
            createdBy: call.userId,
            createTime: tx.ctx.now(),
            version: 1,
          };
          tx.createRelationship(relationship);
          return relationship.guid;
        });
        return { guid };
      },
    }),
    route(area, {
      method: 'POST',
      path: '/catalog-targets/{relationshipGUID}/update',
      action: 'updateCatalogTarget',
      response: 'VoidResponse',
      body: { spec: CATALOG_TARGET_BEAN, required: true },
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const properties = readBean('CatalogTargetProperties', body);
        const relationship = requireCatalogTarget(ctx, req.params['relationshipGUID'], call);
        await inTransaction(ctx, (tx) => tx.reviseRelationship(relationship, properties, call.userId));
        return {};
      },
    }),
    route(area, {
      method: 'GET',
      path: '/catalog-targets/{relationshipGUID}',
      action: 'getCatalogTarget',
      response: 'CatalogTargetResponse',
      handle: (req, call) => ({
        element: renderCatalogTarget(ctx, requireCatalogTarget(ctx, req.params['relationshipGUID'], call)),
      }),
    }),
    route(area, {
      method: 'GET',
      path: '/integration-connectors/{integrationConnectorGUID}/catalog-targets',
      action: 'getCatalogTargets',
      response: 'CatalogTargetsResponse',
      query: STARTING_FROM_PAGING,
      handle: (req, call) => {
        const { startFrom, pageSize } = pagingOf(req);
        const connector = requirePathKind(ctx, INTEGRATION_CONNECTOR, req, 'integrationConnectorGUID', call);
        const size = validatePaging(ctx, startFrom, pageSize, call);
        const targets = ctx.state.store.relationshipsOf(connector.guid, 'CatalogTarget', 1);
        return listAnswer(
          'elements',
          page(targets, startFrom, size).map((t) => renderCatalogTarget(ctx, t)),
        );
      },
    }),
    route(area, {
      method: 'POST',
      path: '/catalog-targets/{relationshipGUID}/delete',
      action: 'removeCatalogTarget',
      response: 'VoidResponse',
      body: { spec: NULL_REQUEST_BODY, required: true },
      handle: async (req, call) => {
        if (req.body === undefined) throw noRequestBody(call.userId, call.action, ctx.serverName);
        const relationship = requireCatalogTarget(ctx, req.params['relationshipGUID'], call);
        await inTransaction(ctx, (tx) => tx.deleteRelationship(relationship));
        return {};
      },
    }),
  ];
}
