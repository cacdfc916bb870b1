import * as path from 'node:path';
import { PermittedSynchronization } from '@egeria-ts/core';
import type { DaemonConfigDocument } from '@egeria-ts/daemon';
import { FOLDER_FILES_CONNECTOR_NAME } from '@egeria-ts/example-folder-files-connector';
import { OPENAPI_CONNECTOR_NAME } from '@egeria-ts/example-openapi-connector';

/** The integration daemon's server name. */
export const DEMO_SERVER_NAME = 'demo-daemon';

/** The metadata access server the in-process emulator answers for. */
export const DEMO_EMULATOR_SERVER_NAME = 'demo-mds';

/** The sample data shipped with the demo: a folder tree and an OpenAPI document. */
export const SAMPLE_DATA_DIR = path.resolve(__dirname, '..', 'sample-data');

/** The folder tree the demo catalogs by default. */
export const SAMPLE_FOLDER = path.join(SAMPLE_DATA_DIR, 'landing');

/** The OpenAPI document the demo catalogs by default. */
export const SAMPLE_OPENAPI_DOCUMENT = path.join(SAMPLE_DATA_DIR, 'petstore.yaml');

/** The names of the demo's connectors. */
export const DEMO_CONNECTOR_NAMES = Object.freeze({
  /** The folder files connector. */
  folder: 'SampleFolderCataloguer',
  /** The OpenAPI connector. */
  openapi: 'PetStoreAPICataloguer',
});

/** What the demo's daemon configuration is built from. */
export interface DemoConfigOptions {
  /** The metadata access server's platform. */
  readonly platformRootURL: string;
  /** The metadata access server's name. */
  readonly serverName: string;
  /** The folder tree to catalog (default {@link SAMPLE_FOLDER}). */
  readonly folder?: string;
  /** The OpenAPI document to catalog (default {@link SAMPLE_OPENAPI_DOCUMENT}). */
  readonly openapi?: string;
  /** True for a single refresh: failed connectors are not restarted and a refresh may take 60 s at most. */
  readonly once?: boolean;
}

/**
 * The integration daemon configuration document the demo runs, built in code: the Files
 * Integrator with the folder files connector and the API Integrator with the OpenAPI connector,
 * both against the given metadata access server, each with its own metadata source. The admin API
 * is started by the demo itself.
 * @param options - where the metadata access server is, and what to catalog
 */
export function buildDemoConfig(options: DemoConfigOptions): DaemonConfigDocument {
  const server = { omagserverPlatformRootURL: options.platformRootURL, omagserverName: options.serverName };
  return {
    class: 'OMAGServerConfig',
    localServerName: DEMO_SERVER_NAME,
    localServerUserId: 'demodaemonnpa',
    integrationServicesConfig: [
      {
        class: 'IntegrationServiceConfig',
        integrationServiceURLMarker: 'files-integrator',
        ...server,
        integrationConnectorConfigs: [
          {
            class: 'IntegrationConnectorConfig',
            connectorId: 'sample-folder-cataloguer',
            connectorName: DEMO_CONNECTOR_NAMES.folder,
            connectorUserId: 'demofilesnpa',
            connection: {
              class: 'Connection',
              qualifiedName: `${DEMO_CONNECTOR_NAMES.folder}:Connection`,
              connectorType: { class: 'ConnectorType', connectorProviderClassName: FOLDER_FILES_CONNECTOR_NAME },
              endpoint: { class: 'Endpoint', address: path.resolve(options.folder ?? SAMPLE_FOLDER) },
              configurationProperties: { watchDebounceMillis: 500 },
            },
            metadataSourceQualifiedName: 'FileSystem:egeria-ts-demo',
            refreshTimeInterval: 60,
            permittedSynchronization: PermittedSynchronization.FROM_THIRD_PARTY,
            generateIntegrationReports: true,
          },
        ],
      },
      {
        class: 'IntegrationServiceConfig',
        integrationServiceURLMarker: 'api-integrator',
        ...server,
        integrationConnectorConfigs: [
          {
            class: 'IntegrationConnectorConfig',
            connectorId: 'pet-store-api-cataloguer',
            connectorName: DEMO_CONNECTOR_NAMES.openapi,
            connectorUserId: 'demoapinpa',
            connection: {
              class: 'Connection',
              qualifiedName: `${DEMO_CONNECTOR_NAMES.openapi}:Connection`,
              connectorType: { class: 'ConnectorType', connectorProviderClassName: OPENAPI_CONNECTOR_NAME },
              endpoint: { class: 'Endpoint', address: documentAddress(options.openapi ?? SAMPLE_OPENAPI_DOCUMENT) },
              configurationProperties: { apiQualifiedName: 'API:PetStore' },
            },
            metadataSourceQualifiedName: 'APIManager:egeria-ts-demo',
            refreshTimeInterval: 60,
            permittedSynchronization: PermittedSynchronization.FROM_THIRD_PARTY,
            generateIntegrationReports: true,
          },
        ],
      },
    ],
    egeriaTs: {
      adminApi: { enabled: false },
      refreshTimeoutSeconds: options.once === true ? 60 : 600,
      shutdownTimeoutSeconds: 5,
      restartPolicy: { enabled: options.once !== true },
    },
  };
}

function documentAddress(location: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(location) ? location : path.resolve(location);
}
