import type { ResolvedConnectorPackage } from '../create-connector-options';
import { DEFAULT_MAX_ELEMENTS, defaultSourceName } from './source-files';

/** The platform root URL the generated `daemon.json` points at: the emulator of `npm run emulator`. */
export const DEFAULT_PLATFORM_URL = 'http://localhost:9443';

/** The metadata server name the generated `daemon.json` uses (the emulator's `--server`). */
export const DEFAULT_SERVER_NAME = 'mds1';

/** The generated `daemon.json`: an integration daemon that runs the connector against the metadata server. */
export function daemonConfig(p: ResolvedConnectorPackage): string {
  const source = defaultSourceName(p);
  const { className, kebabName } = p.names;
  const document = {
    $schema: './node_modules/@egeria-ts/daemon/schema/daemon-config.schema.json',
    class: 'OMAGServerConfig',
    localServerName: `${source}-daemon`,
    localServerUserId: `${source}-daemon-npa`,
    integrationServicesConfig: [
      {
        class: 'IntegrationServiceConfig',
        integrationServiceURLMarker: p.integrator.service.marker,
        omagserverPlatformRootURL: DEFAULT_PLATFORM_URL,
        omagserverName: DEFAULT_SERVER_NAME,
        integrationConnectorConfigs: [
          {
            class: 'IntegrationConnectorConfig',
            connectorId: kebabName,
            connectorName: className,
            connectorUserId: `${source}-npa`,
            connection: {
              class: 'Connection',
              qualifiedName: `${className}:Connection`,
              connectorType: { class: 'ConnectorType', connectorProviderClassName: className },
              configurationProperties: { sourceName: source, maxElements: DEFAULT_MAX_ELEMENTS },
            },
            metadataSourceQualifiedName: source,
            refreshTimeInterval: 60,
            permittedSynchronization: p.integrator.service.defaultPermittedSynchronization,
          },
        ],
      },
    ],
    egeriaTs: { modules: ['./dist/index.js'] },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
