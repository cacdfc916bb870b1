/**
 * Connectors that throw, leak a rejection or hang, run by a real daemon process (the CLI in a child
 * process, its connectors against the emulator, observed through its REST admin API, its audit log
 * on standard error and the connectors' own markers): each is isolated, reported with its reason,
 * and restarted with a growing backoff, while a steady connector keeps its one-second-class
 * schedule. The unit versions, with scripted connectors and virtual time, are in
 * packages/daemon/test/runtime-isolation.test.ts; this is the end-to-end one.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DAEMON_RUNTIME_AUDIT_CODE } from '@egeria-ts/daemon';
import { startTestEmulator, type TestEmulator } from '@egeria-ts/testing';
import { generateSource } from './support/catalog-source-connector';
import { killChild, spawnDaemon, type ChildDaemon } from './support/child-process';
import {
  daemonDocument,
  expectCatalogHoldsSource,
  metadataSourceOf,
  sleep,
  waitFor,
  type ConnectorSpec,
} from './support/harness';

interface Report {
  connectorName: string;
  connectorStatus: string;
  failingExceptionMessage?: string;
}

let emulator: TestEmulator;
let dir: string;
let child: ChildDaemon | undefined;

beforeAll(async () => {
  emulator = await startTestEmulator({ serverName: 'misbehaving-mds' });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'egeria-ts-misbehaving-'));
});

afterAll(async () => {
  await killChild(child);
  await emulator.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const STEADY_SECONDS = 0.25;
const SPECS: ConnectorSpec[] = [
  { name: 'steady', refreshSeconds: STEADY_SECONDS, properties: { tables: 1, columns: 1, lookupOnly: true } },
  { name: 'thrower', refreshSeconds: 1, properties: { tables: 4, columns: 2, failRefreshes: 2 } },
  { name: 'leaker', refreshSeconds: 1, properties: { tables: 2, columns: 2, leakRefreshes: 1 } },
  { name: 'hanger', refreshSeconds: 1, properties: { hangRefreshes: 1, hangUntilAborted: true } },
  { name: 'stuck', refreshSeconds: 1, properties: { hangRefreshes: 1 } },
];

describe('connectors that throw, leak rejections or hang, in a real daemon process', () => {
  it('are isolated, reported and restarted with backoff; the others keep their schedule', async () => {
    child = spawnDaemon(
      dir,
      'misbehaving.json',
      daemonDocument({
        platformURL: emulator.url,
        metadataServerName: emulator.serverName,
        connectors: SPECS,
        egeriaTs: {
          adminApi: { enabled: true, port: 0 },
          refreshTimeoutSeconds: 1,
          restartPolicy: { initialDelaySeconds: 0.1, maxDelaySeconds: 1, multiplier: 2 },
          shutdownTimeoutSeconds: 2,
        },
      }),
    );
    const c = child;
    const [, base] = (await c.waitForStdout(/admin API at (http:\/\/\S+)/, 45000)) as unknown as [string, string];
    const origin = new URL(base).origin;
    const reports = async (): Promise<Report[]> => {
      const body = (await (await fetch(`${base}/users/tester/status`)).json()) as {
        integrationDaemonStatus: { integrationConnectorReports: Report[] };
      };
      return body.integrationDaemonStatus.integrationConnectorReports;
    };
    const report = async (name: string): Promise<Report | undefined> =>
      (await reports()).find((r) => r.connectorName === name);
    const ids = (): Array<Record<string, unknown>> => c.auditRecords();
    const failuresOf = (name: string): string[] =>
      ids()
        .filter(
          (r) => r['component'] === name && r['severity'] !== 'Information' && typeof r['messageText'] === 'string',
        )
        .map((r) => String(r['messageText']));

    // The thrower fails twice half-way, is restarted with growing delays, then catalogs its source.
    await waitFor(
      async () =>
        (await report('thrower'))?.connectorStatus === 'WAITING' &&
        c.markers().some((m) => m.source === 'thrower' && m.event === 'refresh-end'),
      20000,
      'the thrower to recover',
    );
    expect(failuresOf('thrower').some((t) => t.includes('refresh 1 of thrower failed half-way'))).toBe(true);
    expect(failuresOf('thrower').some((t) => t.includes('refresh 2 of thrower failed half-way'))).toBe(true);
    const restarts = ids()
      .filter((r) => r['messageId'] === DAEMON_RUNTIME_AUDIT_CODE.RESTART_SCHEDULED.messageId)
      .map((r) => r['messageParameters'] as string[])
      .filter((p) => p[0] === 'thrower');
    expect(restarts.length).toBeGreaterThanOrEqual(2);
    expect(Number(restarts[1]?.[1])).toBeGreaterThan(Number(restarts[0]?.[1])); // backoff grows
    const thrower = SPECS[1] as ConnectorSpec;
    await expectCatalogHoldsSource(
      emulator,
      'thrower',
      generateSource('thrower', { schemas: 1, tables: 4, columns: 2 }),
      metadataSourceOf(thrower),
    );

    // The leaker's rejection is attributed to it: FAILED with the reason, restarted, refreshing again.
    await waitFor(
      () => c.markers().some((m) => m.source === 'leaker' && m.event === 'refresh-end' && (m.refresh ?? 0) >= 2),
      20000,
      'the leaker to refresh again after its restart',
    );
    expect(failuresOf('leaker').some((t) => t.includes('refresh 1 of leaker leaked this rejection'))).toBe(true);

    // A hanging refresh that listens to its signal is aborted at the timeout, reported, restarted.
    await waitFor(
      () => c.markers().some((m) => m.source === 'hanger' && m.event === 'refresh-end'),
      20000,
      'the hanger to recover',
    );
    expect(failuresOf('hanger').some((t) => t.includes('did not complete within 1 s'))).toBe(true);

    // A refresh that never returns and ignores its signal: reported FAILED, and not restarted while
    // its call is still running (the documented limit of in-process isolation).
    const stuck = await report('stuck');
    expect(stuck?.connectorStatus).toBe('FAILED');
    expect(stuck?.failingExceptionMessage).toContain('did not complete within 1 s');
    expect(c.markers().filter((m) => m.source === 'stuck' && m.event === 'refresh-start')).toHaveLength(1);

    // Meanwhile the steady connector kept its schedule: no gap much above its interval.
    const window = 2000;
    const windowStart = Date.now();
    await sleep(window);
    const steadyStarts = c
      .markers()
      .filter((m) => m.source === 'steady' && m.event === 'refresh-start')
      .map((m) => m.time);
    const gaps = steadyStarts.slice(1).map((t, i) => t - (steadyStarts[i] as number));
    expect(Math.max(...gaps)).toBeLessThan(STEADY_SECONDS * 1000 + 400);
    expect(steadyStarts.filter((t) => t >= windowStart).length).toBeGreaterThanOrEqual(
      Math.floor((window / (STEADY_SECONDS * 1000)) * 0.7),
    );
    expect((await report('steady'))?.failingExceptionMessage).toBeUndefined();

    const metrics = await (await fetch(`${origin}/metrics`)).text();
    expect(metrics).toMatch(/restarts_total\{connector="thrower"[^}]*\} ([2-9]|\d\d)\n/);
    expect(metrics).toMatch(/_failed\{connector="stuck"[^}]*\} 1\n/);

    // The process is alive and stops cleanly, stuck refresh and all.
    expect(c.process.exitCode).toBeNull();
    c.process.kill('SIGTERM');
    const ended = await c.exited;
    expect({ code: ended.code, signal: ended.signal }).toEqual({ code: 0, signal: null });
  }, 60000);
});
