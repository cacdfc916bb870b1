/**
 * The OpenLineage receiver against the emulator over real HTTP: run events handed to the Lineage
 * Integrator service's publishOpenLineageEvent (the function the daemon's REST route calls) are
 * catalogued as processes, data sets and data flows; repeats write nothing; malformed events are
 * logged and ignored.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { defaultConnectorRegistry } from '@egeria-ts/core';
import {
  createLineageIntegratorService,
  lineageIntegratorService,
  type LineageIntegratorService,
} from '@egeria-ts/lineage-integrator';
import {
  OPENLINEAGE_PROCESS_PROPERTY,
  OPENLINEAGE_RECEIVER_CONNECTOR_NAME,
  OpenLineageReceiverConnector,
  dataSetQualifiedName,
  jobQualifiedName,
} from '@egeria-ts/example-openlineage-receiver';
import { runConnector, useTestEmulator, type ConnectorRun } from '@egeria-ts/testing';

const SAMPLE = path.join(__dirname, '..', 'samples', 'complete-event.json');
const emulator = useTestEmulator();

const JOB = jobQualifiedName('airflow-prod', 'orders_etl.load_daily_orders');
const ORDERS = dataSetQualifiedName('postgres://orders-db:5432', 'shop.public.orders');
const CUSTOMERS = dataSetQualifiedName('postgres://orders-db:5432', 'shop.public.customers');
const DAILY = dataSetQualifiedName('snowflake://acme.eu-west-1', 'analytics.public.daily_orders');

let sample: Record<string, unknown>;
const services: LineageIntegratorService[] = [];

beforeAll(async () => {
  sample = JSON.parse(await fs.readFile(SAMPLE, 'utf8')) as Record<string, unknown>;
});

afterAll(async () => {
  for (const service of services) await service.close();
});

/** Starts the receiver in a service of its own (so the tests' listeners do not meet). */
async function startReceiver(
  source: string,
  configurationProperties: Record<string, unknown> = {},
): Promise<{ run: ConnectorRun<OpenLineageReceiverConnector>; service: LineageIntegratorService }> {
  const service = createLineageIntegratorService();
  services.push(service);
  const run = await runConnector(OpenLineageReceiverConnector, {
    emulator,
    service,
    metadataSourceQualifiedName: source,
    configurationProperties,
  });
  return { run, service };
}

/** The sample event with some fields replaced. */
function event(changes: Record<string, unknown> = {}): string {
  return JSON.stringify({ ...sample, ...changes });
}

async function dataFlows(source: string): Promise<string[]> {
  const view = await emulator.readCatalog();
  return view
    .relationshipsOwnedBy(source)
    .filter((r) => r.typeName === 'DataFlow')
    .map((r) => `${r.end1.qualifiedName} -> ${r.end2.qualifiedName}`)
    .sort();
}

describe('OpenLineageReceiverConnector registration', () => {
  it('registers in the Lineage Integrator with its configuration properties', () => {
    const registered = defaultConnectorRegistry.resolve(OPENLINEAGE_RECEIVER_CONNECTOR_NAME);
    expect(registered?.connectorClass).toBe(OpenLineageReceiverConnector);
    expect(registered?.definition.configurationProperties['dataSetTypeName']?.defaultValue).toBe('DataSet');
    expect(lineageIntegratorService.supportsConnector(new OpenLineageReceiverConnector())).toBe(true);
  });
});

describe('run events published to the Lineage Integrator service', () => {
  it('catalogs a job with two inputs and one output; a repeated COMPLETE event creates nothing new', async () => {
    const source = 'OpenLineage:airflow-prod';
    const { run, service } = await startReceiver(source);

    const result = await service.publishOpenLineageEvent(event());
    expect(result).toMatchObject({ delivered: 1, failed: 0 });
    expect(run.connector.lastOutcome).toMatchObject({
      status: 'recorded',
      eventType: 'COMPLETE',
      jobQualifiedName: JOB,
      created: 7, // the process, three data sets, three data flows
      updated: 0,
    });

    const process = await emulator.elementByQualifiedName(JOB);
    expect(process?.typeName).toBe('DeployedSoftwareComponent');
    expect(process?.metadataSourceQualifiedName).toBe(source);
    expect(process?.properties).toMatchObject({
      name: 'orders_etl.load_daily_orders',
      resourceDescription: "Joins the day's orders with the customer table and loads the result into the warehouse.",
      formulaType: 'SQL',
      additionalProperties: {
        [OPENLINEAGE_PROCESS_PROPERTY.jobNamespace]: 'airflow-prod',
        [OPENLINEAGE_PROCESS_PROPERTY.lastRunId]: '0190a7c5-3b2e-7d3c-9a5e-2f1c4b7d8e01',
        [OPENLINEAGE_PROCESS_PROPERTY.lastEventType]: 'COMPLETE',
        [OPENLINEAGE_PROCESS_PROPERTY.lastEventTime]: '2026-05-01T10:15:00.000Z',
      },
    });
    expect(String(process?.properties?.['formula'])).toContain('INSERT INTO analytics.daily_orders');
    const dataSets = (await emulator.elementsOfType('DataSet')).filter((e) => e.metadataSourceQualifiedName === source);
    expect(dataSets.map((d) => d.qualifiedName).sort()).toEqual([CUSTOMERS, ORDERS, DAILY].sort());
    expect((await emulator.elementByQualifiedName(CUSTOMERS))?.properties?.['resourceDescription']).toBe(
      'Registered customers.',
    );
    expect(await dataFlows(source)).toEqual(
      [`${CUSTOMERS} -> ${JOB}`, `${ORDERS} -> ${JOB}`, `${JOB} -> ${DAILY}`].sort(),
    );

    // The same event again: everything is found, nothing is written.
    const before = (await emulator.elementsOwnedBy(source)).length;
    await service.publishOpenLineageEvent(event());
    expect(run.connector.lastOutcome).toMatchObject({ status: 'recorded', created: 0, updated: 0 });
    expect(await emulator.elementsOwnedBy(source)).toHaveLength(before);
    expect(await dataFlows(source)).toHaveLength(3);
    const report = await run.refresh();
    expect(report.createCounts).toEqual({});
    expect(run.connector.getConnectorStatistics()).toMatchObject({
      eventsReceived: 2,
      eventsRecorded: 2,
      eventsIgnored: 0,
      elementsCreated: 7,
      elementsUpdated: 0,
    });
    expect(run.auditRecords.filter((r) => r.messageId === 'EGERIA-TS-OPENLINEAGE-0002')).toHaveLength(2);
    await run.stop();
  });

  it("follows a job's runs: a new run updates the process, an older event does not, new data sets are added", async () => {
    const source = 'OpenLineage:runs';
    const { run, service } = await startReceiver(source, { dataSetTypeName: 'DataFile' });
    const job = { namespace: 'dagster', name: 'refresh_prices' };
    const start = (runId: string, eventTime: string, extra: Record<string, unknown> = {}) =>
      JSON.stringify({ eventType: 'START', eventTime, run: { runId }, job, inputs: [], outputs: [], ...extra });
    const complete = (runId: string, eventTime: string, extra: Record<string, unknown> = {}) =>
      JSON.stringify({ ...JSON.parse(start(runId, eventTime, extra)), eventType: 'COMPLETE' });
    const qualifiedName = jobQualifiedName('dagster', 'refresh_prices');
    const lastRun = async () => {
      const props = (await emulator.elementByQualifiedName(qualifiedName))?.properties?.['additionalProperties'];
      const p = props as Record<string, string>;
      return `${p[OPENLINEAGE_PROCESS_PROPERTY.lastRunId]} ${p[OPENLINEAGE_PROCESS_PROPERTY.lastEventType]}`;
    };

    await service.publishOpenLineageEvent(start('run-1', '2026-05-02T08:00:00Z'));
    expect(run.connector.lastOutcome).toMatchObject({ status: 'recorded', created: 1 });
    const prices = { namespace: 's3://prices', name: 'daily/prices.csv' };
    await service.publishOpenLineageEvent(complete('run-1', '2026-05-02T08:05:00Z', { outputs: [prices] }));
    expect(run.connector.lastOutcome).toMatchObject({ status: 'recorded', created: 2, updated: 1 });
    expect(await lastRun()).toBe('run-1 COMPLETE');

    // A late RUNNING event of the same run changes nothing.
    await service.publishOpenLineageEvent(
      JSON.stringify({ ...JSON.parse(start('run-1', '2026-05-02T08:03:00Z')), eventType: 'RUNNING' }),
    );
    expect(run.connector.lastOutcome).toMatchObject({ status: 'recorded', created: 0, updated: 0 });
    expect(await lastRun()).toBe('run-1 COMPLETE');

    // The next run reads a new input: added to the lineage, the earlier output stays.
    const rates = { namespace: 's3://prices', name: 'fx/rates.csv' };
    await service.publishOpenLineageEvent(complete('run-2', '2026-05-03T08:05:00Z', { inputs: [rates] }));
    expect(run.connector.lastOutcome).toMatchObject({ status: 'recorded', created: 2, updated: 1 });
    expect(await lastRun()).toBe('run-2 COMPLETE');
    const file = await emulator.elementByQualifiedName(dataSetQualifiedName(rates.namespace, rates.name));
    expect(file?.typeName).toBe('DataFile');
    expect(await dataFlows(source)).toEqual(
      [
        `${qualifiedName} -> ${dataSetQualifiedName(prices.namespace, prices.name)}`,
        `${dataSetQualifiedName(rates.namespace, rates.name)} -> ${qualifiedName}`,
      ].sort(),
    );
    await run.stop();
  });

  it('logs and ignores malformed events, and goes on with the next one', async () => {
    const source = 'OpenLineage:malformed';
    const { run, service } = await startReceiver(source);
    const cases: Array<[string, string]> = [
      ['{"eventType": "COMPLETE", "run": ', 'the event'], // not JSON
      ['{"job": "load_orders"}', 'the event'], // not a run event's shape
      [event({ job: { namespace: 'airflow-prod' } }), 'job.name'],
      [event({ run: {} }), 'run.runId'],
      [event({ eventTime: 'yesterday' }), 'eventTime'],
      [event({ eventType: 'FINISHED' }), 'eventType'],
      [event({ inputs: [{ namespace: 'postgres://db' }] }), 'inputs[0].name'],
    ];
    for (const [raw, field] of cases) {
      const result = await service.publishOpenLineageEvent(raw);
      expect(result).toMatchObject({ delivered: 1, failed: 0 });
      expect(run.connector.lastOutcome).toMatchObject({ status: 'ignored', field });
    }
    expect(await emulator.elementsOwnedBy(source)).toEqual([]);
    const ignored = run.auditRecords.filter((r) => r.messageId === 'EGERIA-TS-OPENLINEAGE-0003');
    expect(ignored.map((r) => r.messageParameters?.[1])).toEqual(cases.map(([, field]) => field));
    expect(ignored[2]?.messageText).toContain('job.name must be a non-empty string');
    expect(run.connector.getConnectorStatistics()).toMatchObject({ eventsReceived: 7, eventsIgnored: 7 });

    await service.publishOpenLineageEvent(event());
    expect(run.connector.lastOutcome).toMatchObject({ status: 'recorded' });
    expect(await emulator.elementByQualifiedName(JOB)).toBeDefined();
    await run.stop();
  });

  it('handles events that arrive together one at a time: one process, no duplicates', async () => {
    const source = 'OpenLineage:concurrent';
    const { run, service } = await startReceiver(source);
    const job = { namespace: 'spark', name: 'compact_events' };
    const input = { namespace: 'hdfs://cluster', name: '/events/raw' };
    const events = ['START', 'RUNNING', 'COMPLETE'].map((eventType, i) =>
      JSON.stringify({ eventType, eventTime: `2026-05-04T09:0${i}:00Z`, run: { runId: 'r' }, job, inputs: [input] }),
    );
    await Promise.all(events.map((e) => service.publishOpenLineageEvent(e)));
    const owned = await emulator.elementsOwnedBy(source);
    expect(owned.map((e) => e.typeName).sort()).toEqual(['DataSet', 'DeployedSoftwareComponent']);
    expect(await dataFlows(source)).toHaveLength(1);
    await run.stop();
  });

  it('removes credentials from namespaces before they reach the catalog', async () => {
    const source = 'OpenLineage:credentials';
    const { run, service } = await startReceiver(source);
    await service.publishOpenLineageEvent(
      event({
        inputs: [{ namespace: 'postgres://etl:s3cret@orders-db:5432', name: 'shop.public.orders' }],
        outputs: [],
      }),
    );
    const names = (await emulator.elementsOwnedBy(source)).map((e) => JSON.stringify(e));
    expect(names.join('\n')).not.toContain('s3cret');
    expect(await emulator.elementByQualifiedName(ORDERS)).toBeDefined();
    await run.stop();
  });
});
