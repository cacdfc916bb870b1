/**
 * The operations of Egeria 5.2's IntegrationDaemonResource, below
 * `/servers/{serverName}/open-metadata/integration-daemon/users/{userId}` (and, in the 6.x form,
 * below `/servers/{serverName}/open-metadata/integration-daemon`).
 */
import { invalidParameter } from './rest-messages';
import {
  readConnection,
  readConnectorConfigPropertiesRequestBody,
  readNameRequestBody,
  readStringRequestBody,
} from './request-beans';
import {
  daemonStatusBean,
  groupSummaryBean,
  groupSummaryBeans,
  propertiesBean,
  serviceSummaryBeans,
} from './response-beans';
import { readOpenLineageEvent } from './open-lineage';
import type { Operation, OperationCall } from './route';

const VOID = 'VoidResponse';

/** A name that is present must not be empty: an empty name would otherwise read as "all". */
function checkName(name: string | undefined, parameterName: string, action: string): string | undefined {
  if (name !== undefined && name.trim() === '')
    throw invalidParameter('NULL_NAME', [parameterName, action], parameterName, action);
  return name;
}

function param(call: OperationCall, name: string): string {
  return call.params[name] as string;
}

/** The daemon's operations, in the order of Egeria's resource class. */
export const DAEMON_OPERATIONS: readonly Operation[] = Object.freeze([
  {
    method: 'GET',
    path: ['status'],
    action: 'getIntegrationDaemonStatus',
    responseClass: 'IntegrationDaemonStatusResponse',
    handle: async ({ admin }) => ({ integrationDaemonStatus: daemonStatusBean(admin.status()) }),
  },
  {
    method: 'GET',
    path: ['integration-connectors', '{connectorName}', 'configuration-properties'],
    action: 'getConfigurationProperties',
    responseClass: 'PropertiesResponse',
    handle: async (call) => ({
      properties: propertiesBean(call.admin.getConfigurationProperties(param(call, 'connectorName'))),
    }),
  },
  {
    method: 'POST',
    path: ['integration-connectors', 'configuration-properties'],
    action: 'updateConfigurationProperties',
    responseClass: VOID,
    handle: async ({ admin, body }) => {
      const request = readConnectorConfigPropertiesRequestBody(body);
      checkName(request.connectorName, 'connectorName', 'updateConfigurationProperties');
      await admin.updateConfigurationProperties(request);
      return {};
    },
  },
  {
    method: 'POST',
    path: ['integration-connectors', '{connectorName}', 'endpoint-network-address'],
    action: 'updateEndpointNetworkAddress',
    responseClass: VOID,
    handle: async (call) => {
      const { string } = readStringRequestBody(call.body);
      if (string === undefined) {
        const action = 'updateEndpointNetworkAddress';
        throw invalidParameter('NULL_OBJECT', ['networkAddress', action], 'networkAddress', action);
      }
      await call.admin.updateEndpointNetworkAddress(param(call, 'connectorName'), string);
      return {};
    },
  },
  {
    method: 'POST',
    path: ['integration-connectors', '{connectorName}', 'connection'],
    action: 'updateConnectorConnection',
    responseClass: VOID,
    handle: async (call) => {
      const connection = readConnection(call.body);
      await call.admin.updateConnectorConnection(param(call, 'connectorName'), connection);
      return {};
    },
  },
  {
    method: 'POST',
    path: ['integration-connectors', 'refresh'],
    action: 'refreshConnectors',
    responseClass: VOID,
    handle: async ({ admin, body }) => {
      await admin.refresh(checkName(readNameRequestBody(body).name, 'connectorName', 'refreshConnectors'));
      return {};
    },
  },
  {
    method: 'POST',
    path: ['integration-connectors', 'restart'],
    action: 'restartConnectors',
    responseClass: VOID,
    handle: async ({ admin, body }) => {
      await admin.restart(checkName(readNameRequestBody(body).name, 'connectorName', 'restartConnectors'));
      return {};
    },
  },
  {
    method: 'POST',
    path: ['integration-services', '{serviceURLMarker}', 'refresh'],
    action: 'refreshService',
    responseClass: VOID,
    handle: async (call) => {
      const name = checkName(readNameRequestBody(call.body).name, 'connectorName', 'refreshService');
      await call.admin.refreshService(param(call, 'serviceURLMarker'), name);
      return {};
    },
  },
  {
    method: 'POST',
    path: ['integration-services', '{serviceURLMarker}', 'restart'],
    action: 'restartService',
    responseClass: VOID,
    handle: async (call) => {
      const name = checkName(readNameRequestBody(call.body).name, 'connectorName', 'restartService');
      await call.admin.restartService(param(call, 'serviceURLMarker'), name);
      return {};
    },
  },
  {
    method: 'GET',
    path: ['integration-services', 'summary'],
    action: 'getIntegrationServicesSummaries',
    responseClass: 'IntegrationServiceSummaryResponse',
    handle: async ({ admin }) => ({
      integrationServiceSummaries: serviceSummaryBeans(admin.getIntegrationServiceSummaries()),
    }),
  },
  {
    method: 'GET',
    path: ['integration-groups', '{integrationGroupName}', 'summary'],
    action: 'getIntegrationGroupSummary',
    responseClass: 'IntegrationGroupSummaryResponse',
    handle: async (call) => ({
      integrationGroupSummary: groupSummaryBean(
        call.admin.getIntegrationGroupSummary(param(call, 'integrationGroupName')),
      ),
    }),
  },
  {
    method: 'GET',
    path: ['integration-groups', 'summary'],
    action: 'getIntegrationGroupSummaries',
    responseClass: 'IntegrationGroupSummariesResponse',
    handle: async ({ admin }) => ({
      integrationGroupSummaries: groupSummaryBeans(admin.getIntegrationGroupSummaries()),
    }),
  },
  {
    // A GET with a side effect, as in Egeria.
    method: 'GET',
    path: ['integration-groups', '{integrationGroupName}', 'refresh-config'],
    action: 'refreshIntegrationGroupConfig',
    responseClass: VOID,
    handle: async (call) => {
      await call.admin.refreshIntegrationGroupConfig(param(call, 'integrationGroupName'));
      return {};
    },
  },
  {
    // Egeria 6's form of the lineage integrator's `api/v1/lineage`.
    method: 'POST',
    path: ['publish-open-lineage-event'],
    action: 'publishOpenLineageEvent',
    responseClass: VOID,
    handle: async ({ admin, body, rawBody }) => {
      await admin.publishOpenLineageEvent(readOpenLineageEvent(body, rawBody));
      return {};
    },
  },
] satisfies Operation[]);

/**
 * Paths that Egeria 5.2's own Java client (`IntegrationDaemon`) calls although its server does not
 * serve them: `integration-service/{marker}/restart` (singular), and the group operations below
 * `.../integration-daemon-services/users/{userId}`. They are served too, so that client works.
 */
export const JAVA_CLIENT_ALIASES: readonly Operation[] = Object.freeze(
  DAEMON_OPERATIONS.filter((o) => o.action === 'restartService').map((o) => ({
    ...o,
    path: ['integration-service', '{serviceURLMarker}', 'restart'],
  })),
);

/** The operations served below `.../integration-daemon-services/users/{userId}` (Java client alias). */
export const JAVA_CLIENT_GROUP_OPERATIONS: readonly Operation[] = Object.freeze(
  DAEMON_OPERATIONS.filter((o) => o.path[0] === 'integration-groups'),
);
