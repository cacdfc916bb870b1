/**
 * Governance Server OMAS: the out-topic connection (Egeria 5.2's GovernanceServerOMASResource) and
 * the out topic through which an integration daemon hears that its integration groups changed.
 * As Egeria's GovernanceServerOMRSTopicListener does, the topic carries:
 * - an `IntegrationGroupConfigurationEvent` (`REFRESH_INTEGRATION_GROUP_EVENT`) for any change to
 *   an `IntegrationGroup` (created, updated, classified, deleted...);
 * - an `IntegrationConnectorConfigurationEvent` (`REFRESH_INTEGRATION_CONNECTOR_EVENT`) for any
 *   change to an `IntegrationConnector` but its creation, and for the creation, update or deletion
 *   of a `RegisteredIntegrationConnector` relationship (the connector is end two) or a
 *   `CatalogTarget` relationship (the connector is end one).
 * The names in the events are the elements' qualified names. Here the connector's Connection is a
 * property of the `IntegrationConnector` element, so changing it publishes a connector event too;
 * in Egeria the Connection is an element of its own, whose changes publish nothing.
 */
import type { Route } from '../server/http-server';
import type { JsonObject } from '../server/binding';
import type { ElementRecord } from '../store/records';
import { isTypeOf } from '../store/type-registry';
import type { EmulatorContext, OutTopicChange, OutTopicSpec } from './context';
import type { ServiceArea } from './kind-routes';
import { outTopicConnectionRoute } from './actors';

const MARKER = 'governance-server';

function qualifiedNameOf(element: ElementRecord | undefined): string | undefined {
  const name = element?.properties['qualifiedName'];
  return typeof name === 'string' ? name : undefined;
}

function groupEvent(group: ElementRecord): JsonObject {
  const event: JsonObject = {
    class: 'IntegrationGroupConfigurationEvent',
    eventVersionId: 1,
    eventType: 'REFRESH_INTEGRATION_GROUP_EVENT',
    integrationGroupGUID: group.guid,
  };
  const name = qualifiedNameOf(group);
  if (name !== undefined) event['integrationGroupName'] = name;
  return event;
}

function connectorEvent(guid: string, connector: ElementRecord | undefined): JsonObject {
  const event: JsonObject = {
    class: 'IntegrationConnectorConfigurationEvent',
    eventVersionId: 1,
    eventType: 'REFRESH_INTEGRATION_CONNECTOR_EVENT',
    integrationConnectorGUID: guid,
  };
  const name = qualifiedNameOf(connector);
  if (name !== undefined) event['integrationConnectorName'] = name;
  return event;
}

/** The Governance Server event of a change, when it is one the integration daemon is told about. */
export function governanceServerEvent(ctx: EmulatorContext, change: OutTopicChange): JsonObject | undefined {
  const element = change.element;
  if (element !== undefined) {
    if (isTypeOf(element.typeName, 'IntegrationGroup')) return groupEvent(element);
    if (isTypeOf(element.typeName, 'IntegrationConnector') && change.eventType !== 'NEW_ELEMENT_CREATED') {
      return connectorEvent(element.guid, element);
    }
    return undefined;
  }
  const relationship = change.relationship;
  if (relationship === undefined) return undefined;
  let connectorGUID: string | undefined;
  if (isTypeOf(relationship.typeName, 'RegisteredIntegrationConnector')) connectorGUID = relationship.end2GUID;
  else if (isTypeOf(relationship.typeName, 'CatalogTarget')) connectorGUID = relationship.end1GUID;
  if (connectorGUID === undefined) return undefined;
  return connectorEvent(connectorGUID, ctx.state.store.getElement(connectorGUID));
}

/** The Governance Server OMAS out topic. */
export const GOVERNANCE_SERVER_OUT_TOPIC: OutTopicSpec = {
  marker: MARKER,
  eventClass: 'GovernanceServerEvent',
  buildEvent: governanceServerEvent,
};

/** The Governance Server OMAS routes the emulator serves. */
export function governanceServerRoutes(ctx: EmulatorContext): Route[] {
  const area: ServiceArea = {
    ctx,
    base: `/servers/{serverName}/open-metadata/access-services/${MARKER}/users/{userId}`,
    service: 'Governance Server OMAS',
  };
  return [outTopicConnectionRoute(area, MARKER)];
}
