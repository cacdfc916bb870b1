/**
 * The emulator, in a process of its own with a data file, killed with SIGKILL while a real daemon's
 * connectors are part-way through a refresh, then restarted from its data file on the same port:
 * every create it acknowledged is still there, the connectors recover by themselves, and the next
 * refreshes converge on exactly what each source holds.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { IntegrationConnectorStatus } from '@egeria-ts/core';
import { EmulatorCatalog } from '@egeria-ts/testing';
import {
  acknowledgedCreates,
  generateSource,
  resetConnectorState,
  setSource,
} from './support/catalog-source-connector';
import { killChild, spawnEmulator, type ChildEmulator } from './support/child-process';
import {
  LONG,
  createRecordedDaemon,
  daemonDocument,
  expectCatalogHoldsSource,
  metadataSourceOf,
  waitFor,
  type ConnectorSpec,
  type RecordedDaemon,
} from './support/harness';

const SERVER = 'kill9-mds';
const SIZE = { schemas: 2, tables: 6, columns: 4 };
const ELEMENTS_PER_SOURCE = 1 + SIZE.schemas * (1 + SIZE.tables * (1 + SIZE.columns));

let dir: string;
let child: ChildEmulator | undefined;
let rec: RecordedDaemon | undefined;
let catalog: EmulatorCatalog | undefined;
let warnings: jest.SpyInstance;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'egeria-ts-kill9-'));
  warnings = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
});

afterAll(async () => {
  await rec?.daemon.stop();
  await catalog?.close();
  await killChild(child);
  warnings.mockRestore();
  resetConnectorState();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('kill -9 of the emulator during a refresh', () => {
  it('loses nothing it acknowledged, and the next refreshes converge', async () => {
    const dataFile = path.join(dir, 'emulator.journal');
    child = await spawnEmulator(SERVER, 0, dataFile);
    const port = child.port;
    const specs: ConnectorSpec[] = ['k1', 'k2'].map((name) => ({ name, refreshSeconds: 0.3 }));
    for (const spec of specs) setSource(spec.name, generateSource(spec.name, SIZE));
    rec = createRecordedDaemon(
      daemonDocument({ platformURL: child.url, metadataServerName: SERVER, connectors: specs }),
    );
    await rec.daemon.start();

    const cycles = LONG ? 5 : 1;
    for (let cycle = 1; cycle <= cycles; cycle++) {
      // Part-way through: each connector has had some creates of this cycle acknowledged, not all.
      const baseline = new Map(specs.map((s) => [s.name, acknowledgedCreates(s.name).length]));
      await waitFor(
        () => specs.every((s) => acknowledgedCreates(s.name).length >= (baseline.get(s.name) ?? 0) + 8),
        20000,
        `cycle ${cycle}: creates under way`,
      );
      const adding = cycle === 1 ? ELEMENTS_PER_SOURCE : 4 * SIZE.schemas * (1 + SIZE.columns);
      expect(specs.some((s) => acknowledgedCreates(s.name).length < (baseline.get(s.name) ?? 0) + adding)).toBe(true);
      child.process.kill('SIGKILL');
      const ended = await child.exited;
      expect(ended.signal).toBe('SIGKILL');
      const killedAt = Date.now();

      // The connectors report the lost server; the daemon keeps running.
      for (const spec of specs) {
        await waitFor(
          () =>
            rec!
              .eventsOf('connectorStatusChanged', spec.name, killedAt - 50)
              .some((e) => e.event['status'] === IntegrationConnectorStatus.FAILED),
          10000,
          `${spec.name} to fail`,
        );
      }
      expect(rec.daemon.state).toBe('running');

      child = await spawnEmulator(SERVER, port, dataFile);
      const restarted = Date.now();
      catalog ??= new EmulatorCatalog({ url: child.url, serverName: SERVER });

      // Everything acknowledged before the kill is still there.
      const view = await catalog.readCatalog({ withProperties: false });
      for (const spec of specs) {
        const acked = acknowledgedCreates(spec.name);
        expect(acked.length).toBeGreaterThan(0);
        const missing = acked.filter((a) => view.elementByGUID(a.guid)?.qualifiedName !== a.qualifiedName);
        expect({ source: spec.name, missing }).toEqual({ source: spec.name, missing: [] });
      }

      // The connectors recover by themselves and their refreshes converge.
      for (const spec of specs) {
        await waitFor(
          () => rec!.eventsOf('refreshCompleted', spec.name, restarted).length > 0,
          20000,
          `${spec.name} to complete a refresh after the restart`,
        );
      }
      if (cycle < cycles) {
        // Start again from an empty-ish state: new sources to catalog for the next kill.
        for (const spec of specs) {
          setSource(spec.name, generateSource(spec.name, { ...SIZE, tables: SIZE.tables + 4 * cycle }));
        }
      }
    }

    for (const spec of specs) {
      const source = generateSource(spec.name, { ...SIZE, tables: SIZE.tables + 4 * (cycles - 1) });
      await expectCatalogHoldsSource(catalog!, spec.name, source, metadataSourceOf(spec));
    }
  });
});
