import { PermittedSynchronization } from '@egeria-ts/core';
import type { DaemonConfigDocument } from '@egeria-ts/daemon';
import { EXPORT_CATALOG_CONNECTOR_NAME } from './export-catalog-connector';

/** The name of the export catalog connector in the embedded daemon's configuration. */
export const EXPORT_CATALOGUER_NAME = 'ExportCataloguer';

/** What the embedded daemon's configuration is built from. */
export interface EmbeddedDaemonConfigOptions {
  /** The daemon's server name. */
  readonly daemonName: string;
  /** The metadata access server's platform root URL. */
  readonly platformURL: string;
  /** The metadata access server's name. */
  readonly serverName: string;
  /** The metadata source that owns the catalogued exports. */
  readonly metadataSourceQualifiedName: string;
  /** Minutes between timed refreshes (0: only at start and on request). */
  readonly refreshTimeInterval: number;
}

/**
 * The integration daemon configuration document the export service embeds, built in code: the Files
 * Integrator against the given metadata access server, with one connector, the export catalog
 * connector. The host serves its own HTTP API, so the daemon's admin API stays off.
 * @param options - names, server and schedule
 */
export function buildEmbeddedDaemonConfig(options: EmbeddedDaemonConfigOptions): DaemonConfigDocument {
  return {
    class: 'OMAGServerConfig',
    localServerName: options.daemonName,
    localServerUserId: 'exportservicenpa',
    integrationServicesConfig: [
      {
        class: 'IntegrationServiceConfig',
        integrationServiceURLMarker: 'files-integrator',
        omagserverPlatformRootURL: options.platformURL,
        omagserverName: options.serverName,
        integrationConnectorConfigs: [
          {
            class: 'IntegrationConnectorConfig',
            connectorId: 'export-cataloguer',
            connectorName: EXPORT_CATALOGUER_NAME,
            connection: {
              class: 'Connection',
              qualifiedName: `${EXPORT_CATALOGUER_NAME}:Connection`,
              connectorType: { class: 'ConnectorType', connectorProviderClassName: EXPORT_CATALOG_CONNECTOR_NAME },
            },
            metadataSourceQualifiedName: options.metadataSourceQualifiedName,
            refreshTimeInterval: options.refreshTimeInterval,
            permittedSynchronization: PermittedSynchronization.FROM_THIRD_PARTY,
          },
        ],
      },
    ],
    egeriaTs: {
      adminApi: { enabled: false },
      shutdownTimeoutSeconds: 5,
    },
  };
}
