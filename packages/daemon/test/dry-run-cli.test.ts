// egeria-integration-daemon --dry-run: the flags, the plan as a table, as JSON on standard output
// (--json) and in a file (--dry-run-output), against the emulator through a request-counting proxy.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EventEmitter } from 'node:events';
import { isDryRunGUID } from '@egeria-ts/core';
import { CLI_EXIT_CODE, runDaemonCli, type DryRunPlan, type ProcessEvents } from '@egeria-ts/daemon';
import { startFaultProxy, startTestEmulator, type FaultProxy, type TestEmulator } from '@egeria-ts/testing';
import { SERVER_NAME, SOURCE, cataloguerDocument, cataloguerOptions, classify, qn } from './dry-run-support';
import { sleep, waitFor } from './runtime-support';

class Capture {
  text = '';
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

let dir: string;
let emulator: TestEmulator;
let proxy: FaultProxy;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'egeria-ts-dry-run-'));
  emulator = await startTestEmulator({ serverName: SERVER_NAME });
  proxy = await startFaultProxy({ target: emulator.url });
  fs.writeFileSync(path.join(dir, 'daemon.json'), JSON.stringify(cataloguerDocument(proxy.url)));
  SOURCE.databases = [{ name: 'sales', description: 'Sales', tables: { orders: ['id', 'total'] } }];
});

afterAll(async () => {
  await proxy.close();
  await emulator.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function start(argv: string[]): { code: Promise<number>; stdout: Capture; stderr: Capture; process: EventEmitter } {
  const stdout = new Capture();
  const stderr = new Capture();
  const processEvents = new EventEmitter();
  proxy.clearRequests();
  const code = runDaemonCli(argv, {
    stdout,
    stderr,
    cwd: dir,
    env: {},
    process: processEvents as unknown as ProcessEvents,
    daemonOptions: cataloguerOptions(),
  });
  return { code, stdout, stderr, process: processEvents };
}

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const run = start(argv);
  const code = await run.code;
  return { code, stdout: run.stdout.text, stderr: run.stderr.text };
}

describe('egeria-integration-daemon --dry-run', () => {
  it('prints the summary and the plan as a table, and sends no write', async () => {
    const r = await cli(['--config', 'daemon.json', '--dry-run', '--once']);
    expect(r.stderr).not.toContain('egeria-integration-daemon:');
    expect(r.code).toBe(CLI_EXIT_CODE.OK);
    expect(classify(proxy.requests).writes).toEqual([]);

    const lines = r.stdout.split('\n');
    expect(lines).toContain('1 of 1 connector(s) completed their refresh.');
    expect(lines).toContain('Dry run of dry-run-daemon: nothing was written to open metadata.');
    const header = lines.find((l) => /^CONNECTOR\s+CHANGE/.test(l));
    expect(header?.split(/\s{2,}/)).toEqual(['CONNECTOR', 'CHANGE', 'TYPE', 'QUALIFIED NAME', 'OPERATION', 'GUID']);
    const rows = lines
      .slice(lines.indexOf(header as string) + 1)
      .filter((l) => l.startsWith('cataloguer '))
      .map((l) => l.split(/\s{2,}/));
    expect(rows.map((r) => r.slice(0, 5))).toEqual([
      ['cataloguer', 'create', 'DatabaseManager', 'DryRun:DatabaseManager', 'createMetadataSource'],
      ['cataloguer', 'create', 'Database', qn('sales'), 'createDatabase'],
      ['cataloguer', 'create', 'RelationalTable', qn('sales', 'orders'), 'createDatabaseTable'],
      ['cataloguer', 'create', 'RelationalColumn', qn('sales', 'orders', 'id'), 'createDatabaseColumn'],
      ['cataloguer', 'create', 'RelationalColumn', qn('sales', 'orders', 'total'), 'createDatabaseColumn'],
    ]);
    expect(rows.every((r) => isDryRunGUID(r[5]))).toBe(true);
    expect(lines).toContain('cataloguer: 5 to create, 0 to update, 0 to delete');
  });

  it('writes the plan as JSON to --dry-run-output, which implies --dry-run', async () => {
    const r = await cli(['--config', 'daemon.json', '--once', '--dry-run-output', 'plan.json']);
    expect(r.code).toBe(CLI_EXIT_CODE.OK);
    expect(classify(proxy.requests).writes).toEqual([]);
    const plan = JSON.parse(fs.readFileSync(path.join(dir, 'plan.json'), 'utf8')) as DryRunPlan;
    expect(plan.serverName).toBe('dry-run-daemon');
    expect(plan.connectors).toHaveLength(1);
    expect(plan.connectors[0]).toMatchObject({
      connectorName: 'cataloguer',
      serviceURLMarker: 'database-integrator',
      updated: [],
      deleted: [],
      other: [],
      omittedWrites: 0,
    });
    expect(plan.connectors[0].created.map((w) => [w.operation, w.kind, w.typeName, w.qualifiedName])).toEqual([
      ['createMetadataSource', 'create', 'DatabaseManager', 'DryRun:DatabaseManager'],
      ['createDatabase', 'create', 'Database', qn('sales')],
      ['createDatabaseTable', 'create', 'RelationalTable', qn('sales', 'orders')],
      ['createDatabaseColumn', 'create', 'RelationalColumn', qn('sales', 'orders', 'id')],
      ['createDatabaseColumn', 'create', 'RelationalColumn', qn('sales', 'orders', 'total')],
    ]);
    // The table is printed too.
    expect(r.stdout).toContain('cataloguer: 5 to create, 0 to update, 0 to delete');
  });

  it('prints one JSON document with --json: the summary and the plan', async () => {
    const r = await cli(['--config', 'daemon.json', '--once', '--dry-run', '--json']);
    expect(r.code).toBe(CLI_EXIT_CODE.OK);
    const document = JSON.parse(r.stdout) as {
      serverName: string;
      dryRun: boolean;
      summary: Record<string, unknown>[];
      plan: DryRunPlan;
    };
    expect(document.serverName).toBe('dry-run-daemon');
    expect(document.dryRun).toBe(true);
    expect(document.summary).toEqual([
      expect.objectContaining({ connectorName: 'cataloguer', outcome: 'COMPLETED', status: 'WAITING' }),
    ]);
    expect(document.summary[0]).not.toHaveProperty('dryRunPlan');
    expect(document.plan.connectors[0].created).toHaveLength(5);
    expect(classify(proxy.requests).writes).toEqual([]);
  });

  it('prints the summary alone as JSON for a real run with --json (and then writes)', async () => {
    const r = await cli(['--config', 'daemon.json', '--once', '--json']);
    expect(r.code).toBe(CLI_EXIT_CODE.OK);
    const document = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(document['dryRun']).toBe(false);
    expect(document).not.toHaveProperty('plan');
    expect(classify(proxy.requests).writes).toContain('createDatabase');
  });
});

describe('a dry run that goes on until it is stopped', () => {
  it('prints the plan of the latest refresh when the daemon stops, and writes the file', async () => {
    // The real run above catalogued sales; hr is new.
    SOURCE.databases = [
      { name: 'sales', description: 'Sales', tables: { orders: ['id', 'total'] } },
      { name: 'hr', description: 'People', tables: {} },
    ];
    const run = start(['--config', 'daemon.json', '--dry-run-output', 'continuous.json']);
    await waitFor(() => classify(proxy.requests).reads.includes('getDatabasesForDatabaseManager'), 10_000);
    await sleep(200);
    run.process.emit('SIGTERM');
    expect(await run.code).toBe(CLI_EXIT_CODE.OK);
    expect(classify(proxy.requests).writes).toEqual([]);
    expect(run.stdout.text).toContain('Dry run of dry-run-daemon: nothing was written to open metadata.');
    expect(run.stdout.text).toContain('cataloguer: 1 to create, 0 to update, 0 to delete');
    const plan = JSON.parse(fs.readFileSync(path.join(dir, 'continuous.json'), 'utf8')) as DryRunPlan;
    expect(plan.connectors[0].created.map((w) => w.qualifiedName)).toEqual([qn('hr')]);
  });
});

describe('the dry-run command line', () => {
  it.each<[string[], string]>([
    [['--config', 'daemon.json', '--json'], '--json needs --once'],
    [['--config', 'daemon.json', '--dry-run-output'], '--dry-run-output needs a value'],
    [['validate', '--config', 'daemon.json', '--dry-run'], 'validate takes --config only'],
    [['validate', '--config', 'daemon.json', '--json'], 'validate takes --config only'],
  ])('refuses %j', async (argv, message) => {
    const r = await cli(argv);
    expect(r.code).toBe(CLI_EXIT_CODE.CONFIGURATION);
    expect(r.stderr).toContain(`egeria-integration-daemon: ${message}`);
    expect(proxy.requests).toEqual([]);
  });

  it('documents the flags and the JSON in --help', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(CLI_EXIT_CODE.OK);
    for (const flag of ['--dry-run ', '--dry-run-output FILE', '--json', '"omittedWrites"', 'dry-run:<uuid>']) {
      expect(r.stdout).toContain(flag);
    }
  });
});
