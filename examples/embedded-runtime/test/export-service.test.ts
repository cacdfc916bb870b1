/**
 * The export service with the integration daemon embedded, against the emulator over real HTTP:
 * its own connector class registered on the daemon, its own store injected into the connector by
 * tsyringe, its HTTP API, the daemon's lifecycle events as the host sees them, and a clean stop.
 */
import * as http from 'node:http';
import axios, { type AxiosInstance } from 'axios';
import { IllegalStateError, InMemoryAuditLogDestination, defaultConnectorRegistry } from '@egeria-ts/core';
import {
  EXPORT_CATALOG_CONNECTOR_NAME,
  EXPORT_CATALOGUER_NAME,
  ExportCatalogConnector,
  ExportService,
  type HostLifecycleEvent,
} from '@egeria-ts/example-embedded-runtime';
import { useTestEmulator } from '@egeria-ts/testing';

const emulator = useTestEmulator();
const SOURCE = 'ExportService:export-service-daemon';
const ROOT = '/srv/export-service/exports';

let service: ExportService;
let client: AxiosInstance;
const audit = new InMemoryAuditLogDestination();
const seen: HostLifecycleEvent[] = [];

beforeAll(async () => {
  service = new ExportService({
    platformURL: emulator.url,
    serverName: emulator.serverName,
    refreshTimeInterval: 0,
    auditLogDestinations: [audit],
  });
  service.on('lifecycle', (event) => seen.push(event));
  // Exports the service already holds when it starts: the first refresh catalogs them.
  service.store.add({ name: 'daily_orders', format: 'csv', rows: 1204, description: "The day's orders." });
  service.store.add({ name: 'customers', format: 'json', rows: 87 });
  await service.start();
  client = axios.create({
    baseURL: service.url,
    httpAgent: new http.Agent({ keepAlive: false }),
    validateStatus: () => true,
  });
});

afterAll(async () => {
  await service?.stop();
});

function names(events: readonly HostLifecycleEvent[]): string[] {
  return events.map((e) => `${e.source}:${e.name}${e.detail?.includes('->') ? ` ${e.detail}` : ''}`);
}

describe('ExportService', () => {
  it('registers its connector class on its daemon only', () => {
    expect(defaultConnectorRegistry.resolve(EXPORT_CATALOG_CONNECTOR_NAME)).toBeUndefined();
    expect(service.daemon.registry.resolve(EXPORT_CATALOG_CONNECTOR_NAME)?.connectorClass).toBe(ExportCatalogConnector);
  });

  it("the connector's first refresh used the injected store and wrote to the emulator", async () => {
    expect(await service.firstRefresh).toEqual({ ok: true });
    const entries = service.store.list();
    expect(entries.map((e) => e.catalogued?.connectorName)).toEqual([EXPORT_CATALOGUER_NAME, EXPORT_CATALOGUER_NAME]);

    const csv = await emulator.elementByQualifiedName(`${ROOT}/daily_orders.csv`);
    expect(csv?.typeName).toBe('CSVFile');
    expect(csv?.metadataSourceQualifiedName).toBe(SOURCE);
    expect(csv?.guid).toBe(service.store.get('daily_orders.csv')?.catalogued?.guid);
    expect(csv?.properties).toMatchObject({
      pathName: `${ROOT}/daily_orders.csv`,
      fileName: 'daily_orders.csv',
      fileExtension: 'csv',
      resourceDescription: "The day's orders.",
      additionalProperties: { rowCount: '1204', producedBy: 'export-service' },
    });
    const json = await emulator.elementByQualifiedName(`${ROOT}/customers.json`);
    expect(json?.typeName).toBe('JSONFile');
    expect(json?.guid).toBe(service.store.get('customers.json')?.catalogued?.guid);
    // The folder is linked to its files.
    expect(await emulator.relationshipsOf(csv!.guid, { typeName: 'NestedFile' })).toHaveLength(1);

    const report = service.daemon.status().integrationConnectorReports?.[0];
    expect(report?.connectorStatus).toBe('WAITING');
    expect(report?.statistics).toMatchObject({ exportsCreated: 2, 'catalogued.DataFile': 2 });
  });

  it("observed the daemon's lifecycle events while starting", () => {
    const order = names(service.lifecycle);
    expect(order[0]).toBe('host:starting');
    expect(order).toEqual(
      expect.arrayContaining([
        `daemon:connectorStatusChanged ${EXPORT_CATALOGUER_NAME}: WAITING -> REFRESHING`,
        `daemon:connectorStatusChanged ${EXPORT_CATALOGUER_NAME}: REFRESHING -> WAITING`,
        'daemon:refreshCompleted',
        'daemon:daemonStarted',
        'host:started',
      ]),
    );
    expect(order.indexOf('daemon:daemonStarted')).toBeLessThan(order.indexOf('host:started'));
    expect(seen.map((e) => e.name)).toEqual(service.lifecycle.map((e) => e.name));
  });

  it('serves its own / route with the exports and the embedded daemon', async () => {
    const res = await client.get('/');
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({
      service: 'export-service',
      state: 'running',
      daemon: {
        serverName: 'export-service-daemon',
        state: 'running',
        connectors: [{ connectorName: EXPORT_CATALOGUER_NAME, connectorStatus: 'WAITING' }],
      },
    });
    const exports = (res.data as { exports: Array<Record<string, unknown>> }).exports;
    expect(exports.map((e) => [e['fileName'], typeof e['catalogGUID']])).toEqual([
      ['customers.json', 'string'],
      ['daily_orders.csv', 'string'],
    ]);
    expect((res.data as { recentEvents: unknown[] }).recentEvents.length).toBeGreaterThan(0);
  });

  it('catalogs an export added through its API before answering, updates a changed one and removes a deleted one', async () => {
    const added = await client.post('/exports', { name: 'returns', format: 'parquet', rows: 12 });
    expect(added.status).toBe(201);
    const guid = (added.data as Record<string, unknown>)['catalogGUID'];
    expect(typeof guid).toBe('string');
    const parquet = await emulator.elementByQualifiedName(`${ROOT}/returns.parquet`);
    expect(parquet?.guid).toBe(guid);
    expect(parquet?.typeName).toBe('ParquetFile');

    const changed = await client.post('/exports', { name: 'returns', format: 'parquet', rows: 30 });
    expect(changed.status).toBe(201);
    expect((changed.data as Record<string, unknown>)['catalogGUID']).toBe(guid);
    expect((await emulator.elementByQualifiedName(`${ROOT}/returns.parquet`))?.properties).toMatchObject({
      additionalProperties: { rowCount: '30' },
    });

    expect((await client.delete('/exports/customers.json')).status).toBe(204);
    expect(await emulator.elementByQualifiedName(`${ROOT}/customers.json`)).toBeUndefined();
    expect((await client.delete('/exports/customers.json')).status).toBe(404);
    expect(service.daemon.status().integrationConnectorReports?.[0]?.statistics).toMatchObject({
      exportsCreated: 3,
      exportsUpdated: 1,
      exportsRemoved: 1,
    });
  });

  it('refuses a bad export request with the field at fault', async () => {
    const res = await client.post('/exports', { name: 'x', format: 'xlsx', rows: 1 });
    expect(res.status).toBe(400);
    expect(res.data).toMatchObject({ messageId: 'EGERIA-TS-EXPORT-SERVICE-400-001', parameterName: 'format' });
    expect((await client.post('/exports', 'not json', { headers: { 'Content-Type': 'text/plain' } })).status).toBe(400);
    expect((await client.get('/nowhere')).status).toBe(404);
    expect(service.store.get('x.xlsx')).toBeUndefined();
  });

  it('stops cleanly: the daemon stops its connector, the HTTP API closes, in that order', async () => {
    const before = service.lifecycle.length;
    await service.stop();
    await service.stop(); // again: the same outcome
    expect(service.state).toBe('stopped');
    expect(service.daemonState).toBe('stopped');
    expect(service.daemon.status().integrationConnectorReports?.[0]?.connectorStatus).toBe('STOPPED');
    const order = names(service.lifecycle.slice(before));
    expect(order[0]).toBe('host:stopping');
    expect(order[order.length - 1]).toBe('host:stopped');
    expect(order.indexOf('daemon:daemonStopping')).toBeLessThan(order.indexOf('daemon:daemonStopped'));
    expect(order).toContain(`daemon:connectorStatusChanged ${EXPORT_CATALOGUER_NAME}: WAITING -> STOPPED`);
    await expect(client.get('/')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await expect(service.start()).rejects.toBeInstanceOf(IllegalStateError);
  });
});
