import type { IntegrationConnector, IntegrationService } from '@egeria-ts/core';
import { INTEGRATION_SERVICE_IMPLEMENTATIONS } from '@egeria-ts/daemon';

/**
 * The integration services a connector runs in, by URL marker: the same twelve the daemon uses. A
 * connector can still be given another implementation through `runConnector`'s `service` option.
 */
export const KNOWN_INTEGRATION_SERVICES: ReadonlyMap<string, IntegrationService> = INTEGRATION_SERVICE_IMPLEMENTATIONS;

/**
 * The known service for a marker, or else the first known service that supports the connector. @internal
 * @param marker - the URL marker the connector's decorator declares
 * @param connector - the connector
 */
export function findIntegrationService(
  marker: string | undefined,
  connector: IntegrationConnector,
): IntegrationService | undefined {
  if (marker !== undefined) return KNOWN_INTEGRATION_SERVICES.get(marker);
  for (const service of KNOWN_INTEGRATION_SERVICES.values()) if (service.supportsConnector(connector)) return service;
  return undefined;
}
