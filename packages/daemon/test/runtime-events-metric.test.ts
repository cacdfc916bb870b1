// The daemon's eventsReceived figure (and /metrics) counts the out-topic events its connectors'
// listeners were given: a real daemon, the real Database Integrator service and the emulator's
// event stream; another party's writes make the events.
import { InMemoryAuditLogDestination, integrationConnector } from '@egeria-ts/core';
import { DatabaseIntegratorConnector, databaseIntegratorService } from '@egeria-ts/database-integrator';
import { IntegrationDaemon } from '@egeria-ts/daemon';
import { startEmulator, type RunningEmulator } from '@egeria-ts/emulator';
import {
  DATA_MANAGER_DATABASE_SERVICE,
  DatabaseManagerClient,
  OmasRestClient,
  OmasTransport,
} from '@egeria-ts/omas-client';
import { testRegistry, waitFor } from './runtime-support';

const SERVER = 'events-mds';
const received: string[] = [];

@integrationConnector(
  { name: 'test:event-counter', serviceURLMarker: 'database-integrator', refreshTimeInterval: 0 },
  testRegistry,
)
class EventCounter extends DatabaseIntegratorConnector {
  override async start(): Promise<void> {
    await super.start();
    await this.context.registerListener((event) => {
      received.push(event.eventType);
    });
  }

  async refresh(): Promise<void> {
    const qualifiedName = 'events::own';
    const existing = await this.context.getDatabasesByName({ name: qualifiedName });
    if (existing.length === 0)
      await this.context.createDatabase({ databaseProperties: { qualifiedName, name: 'own' } });
  }
}
void EventCounter;

describe('eventsReceived', () => {
  let emulator: RunningEmulator;
  let daemon: IntegrationDaemon;
  let transport: OmasTransport;

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, serverName: SERVER });
    transport = new OmasTransport({ platformURLRoot: emulator.url, serverName: SERVER, userId: 'other', retry: false });
  });

  afterAll(async () => {
    await daemon?.stop();
    await transport.close();
    await emulator.close();
  });

  it('counts the events delivered to the connectors, across a restart', async () => {
    daemon = new IntegrationDaemon(
      {
        localServerName: 'events-daemon',
        localServerUserId: 'daemon-npa',
        integrationServicesConfig: [
          {
            integrationServiceURLMarker: 'database-integrator',
            omagserverPlatformRootURL: emulator.url,
            omagserverName: SERVER,
            integrationConnectorConfigs: [
              {
                connectorName: 'counter',
                metadataSourceQualifiedName: 'Events:Source',
                connection: { connectorType: { connectorProviderClassName: 'test:event-counter' } },
              },
            ],
          },
        ],
        egeriaTs: { adminApi: { enabled: false } },
      },
      {
        services: { 'database-integrator': databaseIntegratorService },
        registry: testRegistry,
        auditLogDestinations: [new InMemoryAuditLogDestination()],
        loadModules: false,
        discoverPackages: false,
      },
    );
    await daemon.start();
    const metric = (): number => daemon.metrics().find((m) => m.connectorName === 'counter')?.eventsReceived ?? -1;
    await waitFor(() => daemon.status().integrationConnectorReports?.[0]?.connectorStatus === 'WAITING', 10000);
    await new Promise((resolve) => setTimeout(resolve, 300)); // late events of the start, if any
    const before = received.length;
    expect(metric()).toBe(before);
    expect(received).not.toContain('ELEMENT_DELETED');

    const other = new DatabaseManagerClient(new OmasRestClient({ service: DATA_MANAGER_DATABASE_SERVICE, transport }));
    await other.createDatabase({ databaseProperties: { qualifiedName: 'events::a', name: 'a' } });
    await other.createDatabase({ databaseProperties: { qualifiedName: 'events::b', name: 'b' } });
    await waitFor(() => received.length >= before + 2, 10000, 'two events');
    expect(received.slice(before)).toEqual(['NEW_ELEMENT_CREATED', 'NEW_ELEMENT_CREATED']);
    expect(metric()).toBe(before + 2);

    // The figure survives a restart of the connector, and later events add to it.
    await daemon.restart('counter');
    await waitFor(() => daemon.status().integrationConnectorReports?.[0]?.connectorStatus === 'WAITING', 10000);
    expect(metric()).toBeGreaterThanOrEqual(before + 2);
    expect(metric()).toBe(received.length);
  });
});
