import * as path from 'path';
import { ConnectorBroker } from '@egeria-ts/core';
import { loadDaemonConfig } from '@egeria-ts/daemon';
import { PostgresDatabaseConnector } from '@egeria-ts/example-postgres-database-connector';

const SAMPLE = path.join(__dirname, '..', 'daemon.sample.json');

describe('daemon.sample.json', () => {
  const saved = process.env['PGPASSWORD'];
  afterEach(() => {
    if (saved === undefined) delete process.env['PGPASSWORD'];
    else process.env['PGPASSWORD'] = saved;
  });

  it('is a valid daemon configuration whose connection builds the connector, with the password from the environment', async () => {
    const config = await loadDaemonConfig(SAMPLE);
    const service = config.integrationServicesConfig.find(
      (s) => s.integrationServiceURLMarker === 'database-integrator',
    );
    expect(service).toBeDefined();
    const [connectorConfig] = service!.integrationConnectorConfigs;
    expect(connectorConfig?.connection.clearPassword).toBe('${env:PGPASSWORD}');
    expect(config.egeriaTs.modules).toContain('@egeria-ts/example-postgres-database-connector');

    process.env['PGPASSWORD'] = 'sample-test-password';
    const connector = await new ConnectorBroker().getIntegrationConnector(connectorConfig!.connection);
    expect(connector).toBeInstanceOf(PostgresDatabaseConnector);
    expect(connector.connection.clearPassword).toBe('sample-test-password');
    expect(connector.configurationProperties.getStringList('excludeSchemas')).toEqual(['staging']);
    expect(connector.configurationProperties.getInteger('queryTimeoutSeconds')).toBe(60);
    await connector.runDisconnect();
  });
});
