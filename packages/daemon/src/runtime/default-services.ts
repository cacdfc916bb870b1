import type { IntegrationService } from '@egeria-ts/core';
import { analyticsIntegratorService } from '@egeria-ts/analytics-integrator';
import { apiIntegratorService } from '@egeria-ts/api-integrator';
import { catalogIntegratorService } from '@egeria-ts/catalog-integrator';
import { databaseIntegratorService } from '@egeria-ts/database-integrator';
import { displayIntegratorService } from '@egeria-ts/display-integrator';
import { filesIntegratorService } from '@egeria-ts/files-integrator';
import { infrastructureIntegratorService } from '@egeria-ts/infrastructure-integrator';
import { lineageIntegratorService } from '@egeria-ts/lineage-integrator';
import { organizationIntegratorService } from '@egeria-ts/organization-integrator';
import { searchIntegratorService } from '@egeria-ts/search-integrator';
import { securityIntegratorService } from '@egeria-ts/security-integrator';
import { topicIntegratorService } from '@egeria-ts/topic-integrator';

/**
 * The twelve integration services of the integrator packages, by URL marker, in Egeria's code
 * order (600 to 611). A daemon runs its connectors in these unless its `services` option names
 * another implementation for a marker.
 */
export const INTEGRATION_SERVICE_IMPLEMENTATIONS: ReadonlyMap<string, IntegrationService> = new Map(
  (
    [
      catalogIntegratorService,
      apiIntegratorService,
      topicIntegratorService,
      displayIntegratorService,
      databaseIntegratorService,
      filesIntegratorService,
      lineageIntegratorService,
      organizationIntegratorService,
      securityIntegratorService,
      analyticsIntegratorService,
      searchIntegratorService,
      infrastructureIntegratorService,
    ] as readonly IntegrationService[]
  ).map((service) => [service.description.marker, service]),
);

/**
 * A fresh, modifiable copy of {@link INTEGRATION_SERVICE_IMPLEMENTATIONS} for one daemon.
 * @internal
 */
export function defaultIntegrationServices(): Map<string, IntegrationService> {
  return new Map(INTEGRATION_SERVICE_IMPLEMENTATIONS);
}
