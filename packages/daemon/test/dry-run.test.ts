// The dry run end to end: the real Database Integrator service against the emulator through a
// request-counting proxy. A dry run sends reads only and leaves the catalog as it was; its plan
// lists exactly the writes that a real run then sends.
import { isDryRunGUID, type RecordedWrite } from '@egeria-ts/core';
import { IntegrationDaemon, type ConnectorDryRunPlan } from '@egeria-ts/daemon';
import {
  snapshotCatalog,
  startFaultProxy,
  startTestEmulator,
  type FaultProxy,
  type TestEmulator,
} from '@egeria-ts/testing';
import {
  METADATA_SOURCE,
  SERVER_NAME,
  SOURCE,
  cataloguerDocument,
  cataloguerOptions,
  classify,
  counted,
  qn,
  runCataloguer,
} from './dry-run-support';
import { waitFor } from './runtime-support';

const REPORT = 'publishIntegrationReport';

let emulator: TestEmulator;
let proxy: FaultProxy;

beforeEach(async () => {
  SOURCE.tablesReadBack = [];
  emulator = await startTestEmulator({ serverName: SERVER_NAME });
  proxy = await startFaultProxy({ target: emulator.url });
});

afterEach(async () => {
  await proxy.close();
  await emulator.close();
});

/** The plan's writes in order: creates, updates, deletes, others. */
function planned(plan: ConnectorDryRunPlan): RecordedWrite[] {
  return [...plan.created, ...plan.updated, ...plan.deleted, ...plan.other];
}

/** Runs the cataloguer through the proxy and names the requests it sent. */
async function run(dryRun: boolean) {
  proxy.clearRequests();
  const result = await runCataloguer(proxy.url, dryRun);
  return { ...result, requests: classify(proxy.requests) };
}

function typesAndNames(writes: readonly RecordedWrite[]): [string | undefined, string | undefined][] {
  return writes.map((w) => [w.typeName, w.qualifiedName]);
}

it('writes nothing on an empty server, and plans exactly the creates that a real run then sends', async () => {
  SOURCE.databases = [
    { name: 'sales', description: 'Sales', tables: { orders: ['id', 'total'], customers: ['id'] } },
    { name: 'hr', description: 'People', tables: { staff: ['id'] } },
  ];
  const before = await snapshotCatalog(emulator);

  const dry = await run(true);
  expect(dry.summaries).toHaveLength(1);
  expect(dry.summaries[0]).toMatchObject({ connectorName: 'cataloguer', outcome: 'COMPLETED' });
  expect(dry.daemon.dryRun).toBe(true);

  // Nothing reached the server but reads, and the catalog is as it was.
  expect(dry.requests.unknown).toEqual([]);
  expect(dry.requests.writes).toEqual([]);
  expect(dry.requests.reads).toEqual(['getMetadataSourceGUID']);
  expect(await snapshotCatalog(emulator)).toEqual(before);

  // The metadata source is missing: its create is planned with the database manager type, and the
  // databases of the placeholder manager, and the tables of placeholder databases, are not asked for.
  expect(SOURCE.tablesReadBack).toEqual([0, 0]);
  const plan = dry.summaries[0].dryRunPlan as ConnectorDryRunPlan;
  expect(plan).toBeDefined();
  expect(dry.daemon.dryRunPlan()).toEqual({ serverName: 'dry-run-daemon', connectors: [plan] });
  expect(typesAndNames(plan.created)).toEqual([
    ['DatabaseManager', METADATA_SOURCE],
    ['Database', qn('sales')],
    ['RelationalTable', qn('sales', 'orders')],
    ['RelationalColumn', qn('sales', 'orders', 'id')],
    ['RelationalColumn', qn('sales', 'orders', 'total')],
    ['RelationalTable', qn('sales', 'customers')],
    ['RelationalColumn', qn('sales', 'customers', 'id')],
    ['Database', qn('hr')],
    ['RelationalTable', qn('hr', 'staff')],
    ['RelationalColumn', qn('hr', 'staff', 'id')],
  ]);
  expect(plan.created.every((w) => isDryRunGUID(w.guid))).toBe(true);
  expect(new Set(plan.created.map((w) => w.guid)).size).toBe(plan.created.length);
  expect([plan.updated, plan.deleted, plan.other, plan.omittedWrites]).toEqual([[], [], [], 0]);

  // The real run sends exactly the planned writes (and publishes its activity report, which a dry run never does).
  SOURCE.tablesReadBack = [];
  const real = await run(false);
  expect(real.summaries[0]).toMatchObject({ outcome: 'COMPLETED' });
  expect(real.summaries[0].dryRunPlan).toBeUndefined();
  expect(real.daemon.dryRunPlan()).toBeUndefined();
  expect(real.requests.writes).toContain(REPORT);
  expect(counted(real.requests.writes.filter((w) => w !== REPORT))).toEqual(
    counted(planned(plan).map((w) => w.operation)),
  );
  expect(SOURCE.tablesReadBack).toEqual([2, 1]);

  // And creates exactly the planned elements, besides what the server adds by itself: the schema
  // type that anchors a database's tables, and the published activity report.
  const after = await snapshotCatalog(emulator);
  const created = after.elements.filter((e) => !before.elements.some((b) => b.qualifiedName === e.qualifiedName));
  const plannedTypes = new Set(plan.created.map((w) => w.typeName));
  const key = ([type, name]: [string | undefined, string | undefined]): string => `${type} ${name}`;
  expect(
    created
      .filter((e) => plannedTypes.has(e.typeName))
      .map((e) => key([e.typeName, e.qualifiedName]))
      .sort(),
  ).toEqual(typesAndNames(plan.created).map(key).sort());
  expect([...new Set(created.filter((e) => !plannedTypes.has(e.typeName)).map((e) => e.typeName))].sort()).toEqual([
    'IntegrationReport',
    'RelationalDBSchemaType',
  ]);
});

it('plans the updates and deletes of what is already catalogued, by GUID, and a real run sends exactly those', async () => {
  SOURCE.databases = [
    { name: 'sales', description: 'Sales', tables: { orders: ['id'] } },
    { name: 'hr', description: 'People', tables: {} },
  ];
  await run(false);
  const sales = await emulator.elementByQualifiedName(qn('sales'));
  const hr = await emulator.elementByQualifiedName(qn('hr'));
  expect(sales?.guid).toEqual(expect.any(String));
  expect(hr?.guid).toEqual(expect.any(String));

  // The source changes: sales is described anew, hr is gone, finance is new.
  SOURCE.databases = [
    { name: 'sales', description: 'Sales and returns', tables: { orders: ['id'] } },
    { name: 'finance', description: 'Money', tables: { ledger: ['amount'] } },
  ];
  const before = await snapshotCatalog(emulator);
  const dry = await run(true);
  expect(dry.requests.writes).toEqual([]);
  expect(dry.requests.unknown).toEqual([]);
  // With the metadata source catalogued, the reads reach the server: its databases are read.
  expect(dry.requests.reads).toEqual(['getMetadataSourceGUID', 'getDatabasesForDatabaseManager']);
  expect(await snapshotCatalog(emulator)).toEqual(before);

  const plan = dry.summaries[0].dryRunPlan as ConnectorDryRunPlan;
  expect(plan.updated).toEqual([
    { operation: 'updateDatabase', kind: 'update', typeName: 'Database', guid: sales?.guid },
  ]);
  expect(plan.deleted).toEqual([{ operation: 'removeDatabase', kind: 'delete', typeName: 'Database', guid: hr?.guid }]);
  expect(typesAndNames(plan.created)).toEqual([
    ['Database', qn('finance')],
    ['RelationalTable', qn('finance', 'ledger')],
    ['RelationalColumn', qn('finance', 'ledger', 'amount')],
  ]);

  const real = await run(false);
  expect(counted(real.requests.writes.filter((w) => w !== REPORT))).toEqual(
    counted(planned(plan).map((w) => w.operation)),
  );
  expect(await emulator.elementByQualifiedName(qn('finance', 'ledger', 'amount'))).toBeDefined();
  expect((await emulator.elementByQualifiedName(qn('sales')))?.properties?.['resourceDescription']).toBe(
    'Sales and returns',
  );
});

it('runs a dry run when the document says egeriaTs.dryRun, unless the daemon option says otherwise', async () => {
  SOURCE.databases = [{ name: 'sales', description: 'Sales', tables: {} }];
  const fromDocument = new IntegrationDaemon(cataloguerDocument(proxy.url, { dryRun: true }), cataloguerOptions());
  expect(fromDocument.dryRun).toBe(true);
  proxy.clearRequests();
  const summaries = await fromDocument.runOnce({ startTimeoutSeconds: 20 });
  expect(summaries[0].outcome).toBe('COMPLETED');
  expect(classify(proxy.requests).writes).toEqual([]);
  expect(summaries[0].dryRunPlan?.created.map((w) => w.operation)).toEqual(['createMetadataSource', 'createDatabase']);

  const overridden = new IntegrationDaemon(
    cataloguerDocument(proxy.url, { dryRun: 'true' }),
    cataloguerOptions({ dryRun: false }),
  );
  expect(overridden.dryRun).toBe(false);
  proxy.clearRequests();
  await overridden.runOnce({ startTimeoutSeconds: 20 });
  expect(classify(proxy.requests).writes).toEqual(['createMetadataSource', 'createDatabase', REPORT]);
});

it('keeps the plan of the latest refresh while a dry run goes on', async () => {
  SOURCE.databases = [{ name: 'sales', description: 'Sales', tables: { orders: ['id'] } }];
  const daemon = new IntegrationDaemon(
    cataloguerDocument(proxy.url, { dryRun: true }),
    cataloguerOptions({ integrationGroupRefreshSeconds: 0 }),
  );
  try {
    await daemon.start();
    await waitFor(() => (daemon.dryRunPlan()?.connectors[0]?.created.length ?? 0) === 4, 10_000, 'the first refresh');
    const first = daemon.dryRunPlan()?.connectors[0];
    await daemon.refresh('cataloguer');
    const second = daemon.dryRunPlan()?.connectors[0];
    // The metadata source is set up once per instance; each refresh plans the databases again, afresh.
    expect(first?.created.map((w) => w.operation)).toEqual([
      'createMetadataSource',
      'createDatabase',
      'createDatabaseTable',
      'createDatabaseColumn',
    ]);
    expect(second?.created.map((w) => w.operation)).toEqual([
      'createDatabase',
      'createDatabaseTable',
      'createDatabaseColumn',
    ]);
    expect(classify(proxy.requests).writes).toEqual([]);
  } finally {
    await daemon.stop();
  }
});
