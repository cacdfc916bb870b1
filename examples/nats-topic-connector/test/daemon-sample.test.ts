import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { ConnectorBroker, InMemoryAuditLogDestination } from '@egeria-ts/core';
import { IntegrationDaemon, loadDaemonConfig } from '@egeria-ts/daemon';
import { NatsTopicConnector, natsQualifiedName, parseServerAddress } from '@egeria-ts/example-nats-topic-connector';
import { useTestEmulator } from '@egeria-ts/testing';
import {
  NATS_TEST_URL,
  createStream,
  deleteStreams,
  describeWithNats,
  uniqueStreamName,
  uniqueSubject,
} from './nats-test-server';

const SAMPLE = path.join(__dirname, '..', 'daemon.sample.json');

describe('daemon.sample.json', () => {
  const saved = process.env['NATS_PASSWORD'];
  afterEach(() => {
    if (saved === undefined) delete process.env['NATS_PASSWORD'];
    else process.env['NATS_PASSWORD'] = saved;
  });

  it('is a valid daemon configuration whose connection builds the connector, with the password from the environment', async () => {
    const config = await loadDaemonConfig(SAMPLE);
    const service = config.integrationServicesConfig.find((s) => s.integrationServiceURLMarker === 'topic-integrator');
    const [connectorConfig] = service?.integrationConnectorConfigs ?? [];
    expect(connectorConfig?.connection.endpoint?.address).toBe('nats://127.0.0.1:4222');
    expect(connectorConfig?.connection.clearPassword).toBe('${env:NATS_PASSWORD}');
    expect(config.egeriaTs.modules).toContain('@egeria-ts/example-nats-topic-connector');

    process.env['NATS_PASSWORD'] = 'sample-test-password';
    const connector = await new ConnectorBroker().getIntegrationConnector(connectorConfig!.connection);
    expect(connector).toBeInstanceOf(NatsTopicConnector);
    expect(connector.connection.clearPassword).toBe('sample-test-password');
    expect(connector.configurationProperties.getStringList('excludeStreams')).toEqual(['KV_config', 'OBJ_images']);
    expect(connector.configurationProperties.getInteger('connectionTimeoutSeconds')).toBe(10);
    await connector.runDisconnect();
  });
});

describeWithNats('daemon.sample.json run by the integration daemon (real NATS JetStream, emulator)', () => {
  const emulator = useTestEmulator();
  const stream = uniqueStreamName('daemon');
  const password = `daemon-test-${process.pid}`;

  beforeAll(async () => {
    await createStream({ name: stream, description: 'Through the daemon', subjects: [uniqueSubject('daemon')] });
  });
  afterAll(async () => deleteStreams(stream));

  it('runs the sample connector once against the emulator, which then holds the topic of the stream', async () => {
    // The sample as it is, pointed at the emulator and the test server, and limited to the test stream.
    const document = JSON.parse(await fs.readFile(SAMPLE, 'utf8'));
    const service = document.integrationServicesConfig[0];
    service.omagserverPlatformRootURL = emulator.url;
    service.omagserverName = emulator.serverName;
    const connectorConfig = service.integrationConnectorConfigs[0];
    connectorConfig.connection.endpoint.address = NATS_TEST_URL;
    connectorConfig.connection.configurationProperties.includeStreams = [stream];
    document.egeriaTs = { ...document.egeriaTs, adminApi: { enabled: false }, shutdownTimeoutSeconds: 2 };

    const audit = new InMemoryAuditLogDestination();
    const daemon = new IntegrationDaemon(document, {
      auditLogDestinations: [audit],
      env: { NATS_PASSWORD: password },
      // The connector class is already registered by the import above (jest runs the sources).
      loadModules: false,
      discoverPackages: false,
    });
    const [summary] = await daemon.runOnce({ startTimeoutSeconds: 20 });
    expect(summary).toMatchObject({ connectorName: 'NatsTopicCataloguer', outcome: 'COMPLETED' });

    const qualifiedName = natsQualifiedName(parseServerAddress(NATS_TEST_URL).serverURL, stream);
    const topic = await emulator.elementByQualifiedName(qualifiedName);
    expect(topic?.typeName).toBe('Topic');
    expect(topic?.metadataSourceQualifiedName).toBe(connectorConfig.metadataSourceQualifiedName);
    expect(topic?.properties).toMatchObject({ name: stream, resourceDescription: 'Through the daemon' });
    expect(JSON.stringify(audit.records)).not.toContain(password);
  });
});
