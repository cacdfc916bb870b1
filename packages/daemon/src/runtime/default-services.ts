import type { IntegrationService } from '@egeria-ts/core';

/**
 * The integration services a daemon runs connectors in when its options do not name one for a
 * marker. Empty for now: the twelve integrator packages are wired in here as they arrive (the
 * daemon's `services` option adds to and overrides these).
 * @internal
 */
export function defaultIntegrationServices(): Map<string, IntegrationService> {
  return new Map();
}
