/**
 * What the scale benchmark runs: a connector that does nothing, and an in-memory integration
 * service whose contexts are core's plain `IntegrationContext` (no HTTP), so that the figures are
 * the daemon's own cost per connector.
 */
import { DatabaseIntegratorConnector } from '@egeria-ts/database-integrator';
import {
  ConnectorRegistry,
  IntegrationConnector,
  IntegrationContext,
  getIntegrationService,
  integrationConnector,
  type CreateIntegrationContextRequest,
  type IntegrationService,
  type IntegrationServiceDescription,
} from '@egeria-ts/core';

/** The registry the trivial connector is declared in (not the process-wide default one). */
export const scaleRegistry = new ConnectorRegistry();

/** The trivial connector's name in connections. */
export const TRIVIAL_CONNECTOR = 'egeria-ts-bench:TrivialConnector';

/** A connector whose refresh does nothing. */
@integrationConnector(
  {
    name: TRIVIAL_CONNECTOR,
    description: 'Does nothing (egeria-ts scale benchmark).',
    serviceURLMarker: 'database-integrator',
    refreshTimeInterval: 0,
  },
  scaleRegistry,
)
export class TrivialConnector extends IntegrationConnector {
  /** Does nothing. */
  async refresh(): Promise<void> {}
}

/** The trivial Database Integrator connector's name in connections. */
export const TRIVIAL_DATABASE_CONNECTOR = 'egeria-ts-bench:TrivialDatabaseConnector';

/** A Database Integrator connector whose refresh does nothing (its context is a real one). */
@integrationConnector(
  {
    name: TRIVIAL_DATABASE_CONNECTOR,
    description: 'A Database Integrator connector that does nothing (egeria-ts scale benchmark).',
    serviceURLMarker: 'database-integrator',
    refreshTimeInterval: 0,
  },
  scaleRegistry,
)
export class TrivialDatabaseConnector extends DatabaseIntegratorConnector {
  /** Does nothing. */
  async refresh(): Promise<void> {}
}

/** An integration service whose contexts live in memory only. */
export class InMemoryIntegrationService implements IntegrationService {
  readonly description: IntegrationServiceDescription;

  constructor() {
    const description = getIntegrationService('database-integrator');
    if (description === undefined) throw new Error('core does not know the database integrator');
    this.description = description;
  }

  supportsConnector(connector: IntegrationConnector): boolean {
    return connector instanceof IntegrationConnector;
  }

  async createContext(request: CreateIntegrationContextRequest): Promise<IntegrationContext> {
    return new IntegrationContext({ ...request.context });
  }
}
