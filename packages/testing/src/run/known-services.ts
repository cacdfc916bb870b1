import type { IntegrationConnector, IntegrationService } from '@egeria-ts/core';
import { databaseIntegratorService } from '@egeria-ts/database-integrator';
import { filesIntegratorService } from '@egeria-ts/files-integrator';

/**
 * The integration services of the integrator packages the kit depends on, by URL marker; a
 * connector of another service is run by passing its service explicitly. @internal
 */
export const KNOWN_INTEGRATION_SERVICES: ReadonlyMap<string, IntegrationService> = new Map<string, IntegrationService>([
  [databaseIntegratorService.description.marker, databaseIntegratorService],
  [filesIntegratorService.description.marker, filesIntegratorService],
]);

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
