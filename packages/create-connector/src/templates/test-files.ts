import type { ResolvedConnectorPackage } from '../create-connector-options';
import { DEFAULT_MAX_ELEMENTS, defaultSourceName } from './source-files';

/** The generated connector test: runs the connector against the emulator with the test kit. */
export function connectorTest(p: ResolvedConnectorPackage): string {
  const { className, constantPrefix } = p.names;
  const { serviceExportName, packageName, service } = p.integrator;
  const audit = `${constantPrefix}_AUDIT_CODE`;
  return `import { InvalidParameterException, defaultConnectorRegistry, isIntegrationConnectorDefinition } from '@egeria-ts/core';
import { ${serviceExportName} } from '${packageName}';
import { runConnector, useTestEmulator } from '@egeria-ts/testing';
import { ${audit}, ${constantPrefix}_CONNECTOR_NAME, ${className} } from '../src';

// Starts the emulator (a local Egeria metadata access point) before the tests and closes it after.
const emulator = useTestEmulator();

describe('${className}', () => {
  it('registers under its name, for the ${service.fullName}, with its configuration properties', () => {
    const registered = defaultConnectorRegistry.resolve(${constantPrefix}_CONNECTOR_NAME);
    expect(registered?.connectorClass).toBe(${className});
    const definition = registered?.definition;
    expect(isIntegrationConnectorDefinition(definition) && definition.serviceURLMarker).toBe('${service.marker}');
    expect(Object.keys(definition?.configurationProperties ?? {}).sort()).toEqual(['maxElements', 'sourceName']);
  });

  it('starts and refreshes against the emulator with its default configuration', async () => {
    const run = await runConnector(${className}, {
      emulator,
      service: ${serviceExportName},
      metadataSourceQualifiedName: '${defaultSourceName(p)}-test',
    });
    // Setting the connector up registered its metadata source with the metadata server.
    expect(run.context.metadataSourceGUID).toEqual(expect.any(String));
    expect(run.connector.sourceName).toBe('${defaultSourceName(p)}');
    expect(run.connector.maxElements).toBe(${DEFAULT_MAX_ELEMENTS});
    expect(run.auditLog.withMessageId(${audit}.REFRESHED.messageId)).toHaveLength(1);

    await run.refresh();
    expect(run.connector.getConnectorStatistics()).toMatchObject({ refreshes: 2, elementsRead: 0 });
    await run.stop();
    expect(run.running).toBe(false);
  });

  it('reads its configuration properties from the connection', async () => {
    const run = await runConnector(${className}, {
      emulator,
      service: ${serviceExportName},
      configurationProperties: { sourceName: 'test-source', maxElements: 5 },
      refreshes: 0,
    });
    const [starting] = run.auditLog.withMessageId(${audit}.STARTING.messageId);
    expect(starting?.messageParameters).toEqual([run.connectorName, 'test-source', '5']);
    await run.stop();
  });

  it('refuses a configuration property of the wrong type, naming it', async () => {
    const run = runConnector(${className}, {
      emulator,
      service: ${serviceExportName},
      configurationProperties: { maxElements: 'many' },
    });
    await expect(run).rejects.toBeInstanceOf(InvalidParameterException);
    await expect(run).rejects.toThrow(/maxElements/);
  });
});
`;
}

/** The generated test of \`daemon.json\`: the daemon reads it and builds the connector from it. */
export function daemonConfigTest(p: ResolvedConnectorPackage): string {
  const { className } = p.names;
  return `import * as path from 'node:path';
import { ConnectorBroker } from '@egeria-ts/core';
import { loadDaemonConfig } from '@egeria-ts/daemon';
import { ${className} } from '../src';

describe('daemon.json', () => {
  it('is a valid integration daemon configuration whose connection builds the connector', async () => {
    const config = await loadDaemonConfig(path.join(__dirname, '..', 'daemon.json'));
    const service = config.integrationServicesConfig.find((s) => s.integrationServiceURLMarker === '${p.integrator.service.marker}');
    const connectorConfig = service?.integrationConnectorConfigs[0];
    if (connectorConfig === undefined) throw new Error('daemon.json configures no connector');

    const connector = await new ConnectorBroker().getIntegrationConnector(connectorConfig.connection);
    expect(connector).toBeInstanceOf(${className});
    expect(connector.configurationProperties.getString('sourceName')).toBe('${defaultSourceName(p)}');
    await connector.runDisconnect();
  });
});
`;
}
