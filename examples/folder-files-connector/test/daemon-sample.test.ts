import * as path from 'node:path';
import { ConnectorBroker } from '@egeria-ts/core';
import { loadDaemonConfig } from '@egeria-ts/daemon';
import { FolderFilesConnector } from '@egeria-ts/example-folder-files-connector';

const SAMPLE = path.join(__dirname, '..', 'daemon.sample.json');

describe('daemon.sample.json', () => {
  it('is a valid daemon configuration whose connection builds the connector with its properties', async () => {
    const config = await loadDaemonConfig(SAMPLE);
    const service = config.integrationServicesConfig.find((s) => s.integrationServiceURLMarker === 'files-integrator');
    const [connectorConfig] = service?.integrationConnectorConfigs ?? [];
    expect(connectorConfig?.connection.endpoint?.address).toBe('/data/landing');
    expect(config.egeriaTs.modules).toContain('@egeria-ts/example-folder-files-connector');

    const connector = await new ConnectorBroker().getIntegrationConnector(connectorConfig!.connection);
    expect(connector).toBeInstanceOf(FolderFilesConnector);
    expect(connector.configurationProperties.getStringList('excludeFiles')).toEqual(['tmp', '*.partial']);
    expect(connector.configurationProperties.getInteger('watchDebounceMillis')).toBe(2000);
    expect(connector.configurationProperties.getBoolean('allowCatalogDelete')).toBe(true);
    await connector.runDisconnect();
  });
});
