import { EventEmitter } from 'node:events';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import axios from 'axios';
import type { ProcessEvents } from '@egeria-ts/daemon';
import { DEMO_CONNECTOR_NAMES, SAMPLE_FOLDER, runDemo } from '@egeria-ts/example-demo';
import { startTestEmulator, type TestEmulator } from '@egeria-ts/testing';

/** Collects what the demo writes. */
function output(): { text: string; write(chunk: string): void } {
  return {
    text: '',
    write(chunk: string) {
      this.text += chunk;
    },
  };
}

async function until(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const temporary: string[] = [];
afterAll(async () => {
  for (const dir of temporary) await fs.rm(dir, { recursive: true, force: true });
});

async function tempDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'egeria-demo-'));
  temporary.push(dir);
  return dir;
}

describe('egeria-demo (in process)', () => {
  it('prints its usage for --help and exits 2 with the usage for a wrong command line', async () => {
    const out = output();
    const err = output();
    expect(await runDemo(['--help'], out, err)).toBe(0);
    expect(out.text).toContain('Usage: egeria-demo');
    expect(await runDemo(['--port', 'many'], out, err)).toBe(2);
    expect(err.text).toContain('egeria-demo: --port needs a port number');
    expect(err.text).toContain('Usage: egeria-demo');
  });

  it('--once: starts the emulator, runs both connectors on the sample data, prints the table and exits 0', async () => {
    const out = output();
    const err = output();
    const code = await runDemo(['--once'], out, err);
    expect(err.text).toBe('');
    expect(code).toBe(0);
    expect(out.text).toMatch(/Emulator: metadata access server demo-mds at http:\/\/127\.0\.0\.1:\d+/);
    expect(out.text).toContain(`ok  ${DEMO_CONNECTOR_NAMES.folder}: first refresh done`);
    expect(out.text).toContain(`ok  ${DEMO_CONNECTOR_NAMES.openapi}: first refresh done`);
    const table = out.text.slice(out.text.indexOf('What was catalogued:'));
    expect(table).toMatch(/SampleFolderCataloguer\s+files-integrator\s+WAITING\s+FileFolder\s+6\n/);
    expect(table).toMatch(/\s+CSVFile\s+3\n/);
    expect(table).toMatch(/PetStoreAPICataloguer\s+api-integrator\s+WAITING\s+Endpoint\s+1\n/);
    expect(table).toMatch(/\s+APIOperation\s+5\n/);
    expect(table).toMatch(/\s+APIParameter\s+8\n/);
    expect(out.text).toContain('2 of 2 connector(s) completed their first refresh.');
    expect(out.text).not.toContain('Admin API');
  });

  it('--once exits 1 and says why when the samples are broken', async () => {
    const dir = await tempDir();
    const document = path.join(dir, 'broken.yaml');
    await fs.writeFile(document, 'swagger: "2.0"\ninfo:\n  title: Old\n');
    const out = output();
    const err = output();
    const code = await runDemo(['--once', '--folder', path.join(dir, 'missing'), '--openapi', document], out, err, {
      firstRefreshTimeoutMs: 20_000,
    });
    expect(code).toBe(1);
    expect(out.text).toMatch(/!!\s+PetStoreAPICataloguer: .*is not valid at openapi: it is a Swagger/);
    expect(out.text).toMatch(/!!\s+SampleFolderCataloguer: .*does not exist/);
    expect(out.text).toContain('0 of 2 connector(s) completed their first refresh.');
    expect(out.text).toMatch(/PetStoreAPICataloguer failed: .*Swagger/);
    expect(err.text).toMatch(/\[(ERROR|EXCEPTION)\]/);
  });

  describe('against an existing metadata access server', () => {
    let emulator: TestEmulator;
    beforeAll(async () => {
      emulator = await startTestEmulator({ serverName: 'mds1' });
    });
    afterAll(async () => emulator?.close());

    it('--platform-url and --server: catalogs into that server instead of starting an emulator', async () => {
      const out = output();
      const code = await runDemo(['--once', '--platform-url', emulator.url, '--server', 'mds1'], out, output());
      expect(code).toBe(0);
      expect(out.text).not.toContain('Emulator:');
      expect(out.text).toContain(`Metadata access server mds1 at ${emulator.url}`);
      expect(await emulator.elementsOfType('APIOperation')).toHaveLength(5);
      expect(await emulator.elementsOwnedBy('FileSystem:egeria-ts-demo')).not.toHaveLength(0);
    });
  });

  it('keeps serving the admin API and the catalog current until SIGTERM, then exits 0', async () => {
    const folder = await tempDir();
    await fs.cp(SAMPLE_FOLDER, folder, { recursive: true });
    const signals = new EventEmitter();
    const out = output();
    const err = output();
    const running = runDemo(['--port', '0', '--folder', folder], out, err, {
      process: signals as unknown as ProcessEvents,
    });
    await until(() => out.text.includes('Press Ctrl+C to stop.'), 'the demo to finish its first refresh');

    const statusURL = /status: (http:\/\/\S+\/status)\)/.exec(out.text)?.[1] as string;
    expect(statusURL).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/servers\/demo-daemon\/open-metadata\/integration-daemon\//);
    const csvFiles = async (): Promise<unknown> => {
      const response = await axios.get(statusURL);
      const reports = response.data.integrationDaemonStatus.integrationConnectorReports as {
        connectorName: string;
        statistics?: Record<string, unknown>;
      }[];
      return reports.find((r) => r.connectorName === DEMO_CONNECTOR_NAMES.folder)?.statistics?.['catalogued.CSVFile'];
    };
    expect(await csvFiles()).toBe(3);

    // The folder files connector's watcher catalogs a new file without a refresh.
    await fs.writeFile(path.join(folder, 'sales', 'refunds.csv'), 'order_id,amount\n1002,89.99\n');
    const deadline = Date.now() + 15_000;
    while ((await csvFiles()) !== 4) {
      if (Date.now() > deadline) throw new Error('timed out waiting for the new file in the status');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    const began = Date.now();
    signals.emit('SIGTERM');
    expect(await running).toBe(0);
    expect(Date.now() - began).toBeLessThan(10_000);
    expect(out.text).toContain('SIGTERM: stopping.');
    expect(signals.listenerCount('SIGTERM')).toBe(0);
    await expect(axios.get(statusURL, { timeout: 1000 })).rejects.toThrow();
    expect(err.text).toBe('');
  });
});
