import * as path from 'node:path';
import { ConnectorBroker } from '@egeria-ts/core';
import { loadDaemonConfig } from '@egeria-ts/daemon';
import { OpenAPIConnector } from '@egeria-ts/example-openapi-connector';

const SAMPLE = path.join(__dirname, '..', 'daemon.sample.json');

describe('daemon.sample.json', () => {
  it('is a valid daemon configuration whose connection builds the connector with its properties', async () => {
    const config = await loadDaemonConfig(SAMPLE);
    const service = config.integrationServicesConfig.find((s) => s.integrationServiceURLMarker === 'api-integrator');
    const [connectorConfig] = service?.integrationConnectorConfigs ?? [];
    expect(connectorConfig?.connection.endpoint?.address).toBe('https://petstore.example.com/v1/openapi.yaml');
    expect(config.egeriaTs.modules).toContain('@egeria-ts/example-openapi-connector');

    const connector = await new ConnectorBroker().getIntegrationConnector(connectorConfig!.connection);
    expect(connector).toBeInstanceOf(OpenAPIConnector);
    expect(connector.configurationProperties.getString('apiQualifiedName')).toBe('API:PetStore');
    expect(connector.configurationProperties.getInteger('requestTimeoutSeconds')).toBe(20);
    await connector.runDisconnect();
  });
});
