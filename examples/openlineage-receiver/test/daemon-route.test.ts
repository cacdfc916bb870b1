/**
 * End to end through the integration daemon: the receiver configured in a daemon against the
 * emulator, OpenLineage run events POSTed to the daemon's lineage integrator route
 * (`.../integration-services/lineage-integrator/users/{userId}/api/v1/lineage`) over real HTTP.
 */
import { promises as fs } from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import axios, { type AxiosInstance } from 'axios';
import { ConnectorBroker, InMemoryAuditLogDestination } from '@egeria-ts/core';
import {
  IntegrationDaemon,
  loadDaemonConfig,
  startAdminServer,
  type AdminServer,
  type DaemonConfigDocument,
} from '@egeria-ts/daemon';
import { createLineageIntegratorService, type LineageIntegratorService } from '@egeria-ts/lineage-integrator';
import {
  OPENLINEAGE_RECEIVER_CONNECTOR_NAME,
  OpenLineageReceiverConnector,
  dataSetQualifiedName,
  jobQualifiedName,
} from '@egeria-ts/example-openlineage-receiver';
import { useTestEmulator } from '@egeria-ts/testing';

const SAMPLE_EVENT = path.join(__dirname, '..', 'samples', 'complete-event.json');
const SAMPLE_CONFIG = path.join(__dirname, '..', 'daemon.sample.json');
const SOURCE = 'OpenLineage:daemon-test';
const DAEMON = 'lineage-daemon';
const ROUTE = `/servers/${DAEMON}/open-metadata/integration-services/lineage-integrator/users/airflow/api/v1/lineage`;
const STATUS = `/servers/${DAEMON}/open-metadata/integration-daemon/users/ops/status`;

const emulator = useTestEmulator();

let service: LineageIntegratorService;
let daemon: IntegrationDaemon;
let admin: AdminServer;
let client: AxiosInstance;
let sampleEvent: string;
const audit = new InMemoryAuditLogDestination();

function config(): DaemonConfigDocument {
  return {
    class: 'OMAGServerConfig',
    localServerName: DAEMON,
    localServerUserId: 'lineagedaemonnpa',
    integrationServicesConfig: [
      {
        class: 'IntegrationServiceConfig',
        integrationServiceURLMarker: 'lineage-integrator',
        omagserverPlatformRootURL: emulator.url,
        omagserverName: emulator.serverName,
        integrationConnectorConfigs: [
          {
            class: 'IntegrationConnectorConfig',
            connectorName: 'OpenLineageReceiver',
            connection: {
              class: 'Connection',
              qualifiedName: 'OpenLineageReceiver:Connection',
              connectorType: {
                class: 'ConnectorType',
                connectorProviderClassName: OPENLINEAGE_RECEIVER_CONNECTOR_NAME,
              },
            },
            metadataSourceQualifiedName: SOURCE,
          },
        ],
      },
    ],
    egeriaTs: { adminApi: { enabled: false }, shutdownTimeoutSeconds: 2 },
  };
}

beforeAll(async () => {
  sampleEvent = await fs.readFile(SAMPLE_EVENT, 'utf8');
  service = createLineageIntegratorService();
  daemon = new IntegrationDaemon(config(), {
    services: { 'lineage-integrator': service },
    auditLogDestinations: [audit],
    loadModules: false,
    discoverPackages: false,
  });
  const firstRefresh = new Promise<void>((resolve) => daemon.once('refreshCompleted', () => resolve()));
  await daemon.start();
  await firstRefresh;
  admin = await startAdminServer(daemon, { port: 0 });
  client = axios.create({
    baseURL: admin.url,
    httpAgent: new http.Agent({ keepAlive: false }),
    validateStatus: () => true,
    headers: { 'Content-Type': 'application/json' },
  });
});

afterAll(async () => {
  await admin?.close();
  await daemon?.stop();
  await service?.close();
});

async function post(body: string): Promise<{ status: number; data: Record<string, unknown> }> {
  const res = await client.post(ROUTE, body, { transformRequest: (data: unknown) => data });
  return { status: res.status, data: res.data as Record<string, unknown> };
}

async function owned(): Promise<string[]> {
  return (await emulator.elementsOwnedBy(SOURCE)).map((e) => `${e.typeName} ${e.qualifiedName}`).sort();
}

async function dataFlows(): Promise<string[]> {
  const view = await emulator.readCatalog();
  return view
    .relationshipsOwnedBy(SOURCE)
    .filter((r) => r.typeName === 'DataFlow')
    .map((r) => `${r.end1.qualifiedName} -> ${r.end2.qualifiedName}`)
    .sort();
}

describe('POST .../lineage-integrator/users/{userId}/api/v1/lineage', () => {
  const job = jobQualifiedName('airflow-prod', 'orders_etl.load_daily_orders');
  const orders = dataSetQualifiedName('postgres://orders-db:5432', 'shop.public.orders');
  const customers = dataSetQualifiedName('postgres://orders-db:5432', 'shop.public.customers');
  const daily = dataSetQualifiedName('snowflake://acme.eu-west-1', 'analytics.public.daily_orders');

  it('catalogs the job with its two inputs and its output', async () => {
    const res = await post(sampleEvent);
    expect(res.status).toBe(200);
    expect(res.data['relatedHTTPCode']).toBe(200);
    expect(res.data['exceptionClassName']).toBeUndefined();
    expect(await owned()).toEqual(
      [`DeployedSoftwareComponent ${job}`, `DataSet ${orders}`, `DataSet ${customers}`, `DataSet ${daily}`].sort(),
    );
    expect(await dataFlows()).toEqual([`${customers} -> ${job}`, `${orders} -> ${job}`, `${job} -> ${daily}`].sort());
  });

  it('a repeated COMPLETE event creates nothing new', async () => {
    const before = await emulator.readCatalog();
    const res = await post(sampleEvent);
    expect(res.status).toBe(200);
    const after = await emulator.readCatalog();
    expect(after.elementsOwnedBy(SOURCE)).toHaveLength(before.elementsOwnedBy(SOURCE).length);
    expect(after.relationshipsOwnedBy(SOURCE)).toHaveLength(before.relationshipsOwnedBy(SOURCE).length);
    expect(await dataFlows()).toHaveLength(3);
  });

  it('a malformed event is logged and ignored; the connector keeps running', async () => {
    const before = await owned();
    const broken = JSON.stringify({ eventType: 'COMPLETE', eventTime: '2026-05-01T10:15:00Z', job: { name: 'x' } });
    const res = await post(broken);
    expect(res.status).toBe(200);
    expect(await owned()).toEqual(before);
    const ignored = audit.withMessageId('EGERIA-TS-OPENLINEAGE-0003');
    expect(ignored).toHaveLength(1);
    expect(ignored[0]?.messageText).toContain('run.runId');

    // Not a JSON object at all: the route refuses it before any connector sees it.
    expect((await post('[1, 2]')).status).toBe(400);

    const status = await client.get(STATUS);
    const body = status.data as {
      integrationDaemonStatus?: { integrationConnectorReports?: Array<Record<string, unknown>> };
    };
    const report = body.integrationDaemonStatus?.integrationConnectorReports?.[0];
    expect(report?.['connectorStatus']).toBe('WAITING');
    expect(report?.['statistics']).toMatchObject({ eventsReceived: 3, eventsRecorded: 2, eventsIgnored: 1 });
  });
});

describe('daemon.sample.json', () => {
  it('is a valid daemon configuration whose connection builds the receiver', async () => {
    const sample = await loadDaemonConfig(SAMPLE_CONFIG);
    const serviceConfig = sample.integrationServicesConfig.find(
      (s) => s.integrationServiceURLMarker === 'lineage-integrator',
    );
    const [connectorConfig] = serviceConfig?.integrationConnectorConfigs ?? [];
    expect(sample.egeriaTs.modules).toContain('@egeria-ts/example-openlineage-receiver');
    const connector = await new ConnectorBroker().getIntegrationConnector(connectorConfig!.connection);
    expect(connector).toBeInstanceOf(OpenLineageReceiverConnector);
    expect(connector.configurationProperties.getString('dataSetTypeName')).toBe('DataSet');
    await connector.runDisconnect();
  });
});
