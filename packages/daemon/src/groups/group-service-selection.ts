/**
 * Which integration service runs a connector of an integration group. Egeria 5.2 builds a
 * throw-away connector and picks the first service whose connector interface it implements; here
 * the connector class's registration decides: the `serviceURLMarker` its decorator declares, else
 * the first service (in code order) whose `supportsConnector` accepts the class.
 */
import {
  INTEGRATION_SERVICES,
  isIntegrationConnectorDefinition,
  type ConnectorRegistry,
  type IntegrationConnector,
  type IntegrationService,
  type IntegrationServiceDescription,
} from '@egeria-ts/core';
import type { IntegrationGroupConfig, IntegrationServiceConfig } from '../config/daemon-config';

/** The service chosen for a group connector, or why there is none. @internal */
export type GroupServiceSelection =
  | { readonly ok: true; readonly description: IntegrationServiceDescription; readonly service: IntegrationService }
  | { readonly ok: false; readonly reason: string };

/** Chooses the integration service of a connector class (registered name or alias). @internal */
export function selectGroupService(
  registry: ConnectorRegistry,
  services: ReadonlyMap<string, IntegrationService>,
  connectorProviderClassName: string,
): GroupServiceSelection {
  const registered = registry.resolve(connectorProviderClassName);
  if (registered === undefined) {
    const known = registry.knownNames();
    return {
      ok: false,
      reason: `the class is not registered (known: ${known.length === 0 ? 'none' : known.join(', ')})`,
    };
  }
  const definition = registered.definition;
  if (!isIntegrationConnectorDefinition(definition)) {
    return { ok: false, reason: `${definition.name} is a ${definition.kind}, not an integration connector` };
  }
  const declared = definition.serviceURLMarker;
  if (declared !== undefined) {
    const description = INTEGRATION_SERVICES.find((d) => d.marker === declared);
    const service = services.get(declared);
    if (description === undefined) return { ok: false, reason: `it declares unknown integration service ${declared}` };
    if (service === undefined) {
      return { ok: false, reason: `this daemon has no implementation of integration service ${declared}` };
    }
    return { ok: true, description, service };
  }
  // No declared service: ask each service about the class (its prototype chain; no instance is built).
  const probe = Object.create(registered.connectorClass.prototype as object) as IntegrationConnector;
  for (const description of INTEGRATION_SERVICES) {
    const service = services.get(description.marker);
    if (service === undefined) continue;
    try {
      if (service.supportsConnector(probe)) return { ok: true, description, service };
    } catch {
      // A service that cannot tell does not take the connector.
    }
  }
  return {
    ok: false,
    reason: `${definition.name} declares no serviceURLMarker and no integration service of this daemon accepts it`,
  };
}

/**
 * The integration service configuration of a group's connectors: the service's registered
 * description, the group's metadata access server, no options (as Egeria 5.2 creates the context
 * managers of a group from the service registry).
 * @internal
 */
export function groupServiceConfig(
  description: IntegrationServiceDescription,
  group: IntegrationGroupConfig,
): IntegrationServiceConfig {
  return {
    omagserverPlatformRootURL: group.omagserverPlatformRootURL,
    omagserverName: group.omagserverName,
    integrationServiceId: description.code,
    integrationServiceDevelopmentStatus: description.developmentStatus,
    integrationServiceName: description.name,
    integrationServiceFullName: description.fullName,
    integrationServiceURLMarker: description.marker,
    integrationServiceDescription: description.description,
    integrationServiceWiki: description.wiki,
    integrationServicePartnerOMAS: description.partnerOMAS,
    defaultPermittedSynchronization: description.defaultPermittedSynchronization,
    integrationServiceOperationalStatus: 'ENABLED',
    integrationServiceOptions: {},
    integrationConnectorConfigs: [],
  };
}
