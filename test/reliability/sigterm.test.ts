/**
 * SIGTERM to a real `egeria-integration-daemon` process (the CLI in a child process, its connectors
 * against the emulator) at every stage of its life: before start completes, during the first
 * refresh, while WAITING, during a later refresh whose connector ignores its signal, and during
 * the stop itself (a connector whose disconnect never returns, and a second SIGTERM). Each time the
 * process exits with code 0, by itself, within the configured shutdown bound.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DAEMON_RUNTIME_AUDIT_CODE, INTEGRATION_DAEMON_AUDIT_CODE } from '@egeria-ts/daemon';
import { startFaultProxy, startTestEmulator, type FaultProxy, type TestEmulator } from '@egeria-ts/testing';
import { killChild, spawnChild, spawnDaemon, supportScript, type ChildDaemon } from './support/child-process';
import { daemonDocument, waitFor, type ConnectorSpec } from './support/harness';

const SHUTDOWN_SECONDS = 2;
/** The bound plus what a process needs to close its sockets and exit. */
const EXIT_BOUND_MS = SHUTDOWN_SECONDS * 1000 + 1200;

interface Setup {
  readonly emulator: TestEmulator;
  readonly slowProxy: FaultProxy;
  readonly dir: string;
}

let setup: Promise<Setup> | undefined;
const children: ChildDaemon[] = [];

/** One emulator, a proxy that holds every request, a folder, and a warm transpile cache (shared by the tests). */
function getSetup(): Promise<Setup> {
  setup ??= (async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'egeria-ts-sigterm-'));
    // The first child may have to transpile every package; later ones read the cache.
    const warm = spawnChild(supportScript('daemon-cli-child.js'), ['--version']);
    const emulator = await startTestEmulator({ serverName: 'sigterm-mds' });
    const slowProxy = await startFaultProxy({ target: emulator.url });
    slowProxy.inject({ fault: 'delay', delayMs: 30000 });
    const ended = await warm.exited;
    if (ended.code !== 0) throw new Error(`warm-up failed: ${warm.stderr()}`);
    return { emulator, slowProxy, dir };
  })();
  return setup;
}

afterAll(async () => {
  await Promise.all(children.map((c) => killChild(c)));
  if (setup !== undefined) {
    const s = await setup;
    await s.slowProxy.close();
    await s.emulator.close();
    fs.rmSync(s.dir, { recursive: true, force: true });
  }
});

function start(
  s: Setup,
  name: string,
  connector: ConnectorSpec,
  platformURL = s.emulator.url,
  adminApi = true,
): ChildDaemon {
  const document = daemonDocument({
    serverName: `sigterm-${name}`,
    platformURL,
    metadataServerName: s.emulator.serverName,
    connectors: [connector],
    egeriaTs: {
      adminApi: { enabled: adminApi, port: 0 },
      shutdownTimeoutSeconds: SHUTDOWN_SECONDS,
      refreshTimeoutSeconds: 60,
    },
  });
  const child = spawnDaemon(s.dir, `${name}.json`, document);
  children.push(child);
  return child;
}

/** Sends SIGTERM and checks a clean exit within the bound; returns how long it took. */
async function terminate(child: ChildDaemon): Promise<number> {
  const sent = Date.now();
  child.process.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const ended = await Promise.race([
    child.exited,
    new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), EXIT_BOUND_MS + 5000))),
  ]);
  clearTimeout(timer);
  expect(ended).toBeDefined();
  const took = (ended?.at ?? Date.now()) - sent;
  expect({ code: ended?.code, signal: ended?.signal }).toEqual({ code: 0, signal: null });
  expect(took).toBeLessThan(EXIT_BOUND_MS);
  const ids = child.auditRecords().map((r) => r['messageId']);
  expect(ids).toContain(DAEMON_RUNTIME_AUDIT_CODE.SIGNAL_RECEIVED.messageId);
  expect(ids).toContain(INTEGRATION_DAEMON_AUDIT_CODE.SERVER_SHUTDOWN.messageId);
  expect(child.stderr()).not.toMatch(/\n\s+at .*\(/); // no stack trace
  return took;
}

function hasMarker(child: ChildDaemon, event: string, atLeastRefresh = 1): boolean {
  return child.markers().some((m) => m.event === event && (m.refresh ?? atLeastRefresh) >= atLeastRefresh);
}

describe('SIGTERM to a real daemon process at every lifecycle stage', () => {
  it.concurrent(
    'before start completes (a connector still initializing against a server that does not answer)',
    async () => {
      const s = await getSetup();
      const before = s.slowProxy.countRequests();
      const child = start(s, 'starting', { name: 'starting', refreshSeconds: 1 }, s.slowProxy.url);
      await waitFor(() => s.slowProxy.countRequests() > before, 30000, 'the connector to call its server');
      expect(child.stdout()).not.toContain('admin API at');
      await terminate(child);
      expect(hasMarker(child, 'refresh-start')).toBe(false);
    },
    60000,
  );

  it.concurrent(
    'during the first refresh (the connector ends when its signal fires)',
    async () => {
      const s = await getSetup();
      const child = start(s, 'first-refresh', { name: 'first-refresh', properties: { tables: 20, pauseMs: 500 } });
      await child.waitForStdout(/"event":"table-done"/, 30000);
      await terminate(child);
      expect(hasMarker(child, 'refresh-end')).toBe(false);
      expect(hasMarker(child, 'disconnect')).toBe(true);
    },
    60000,
  );

  it.concurrent(
    'while WAITING between refreshes',
    async () => {
      const s = await getSetup();
      const child = start(s, 'waiting', { name: 'waiting', refreshSeconds: 60 });
      const [, url] = (await child.waitForStdout(/admin API at (http:\/\/\S+)/, 30000)) as unknown as [string, string];
      await child.waitForStdout(/"event":"refresh-end"/, 30000);
      const status = (await (await fetch(`${url}/users/tester/status`)).json()) as {
        integrationDaemonStatus?: { integrationConnectorReports?: Array<{ connectorStatus: string }> };
      };
      expect(status.integrationDaemonStatus?.integrationConnectorReports?.[0]?.connectorStatus).toBe('WAITING');
      const took = await terminate(child);
      expect(took).toBeLessThan(SHUTDOWN_SECONDS * 1000); // nothing to wait for
      expect(hasMarker(child, 'disconnect')).toBe(true);
    },
    60000,
  );

  it.concurrent(
    'while WAITING with nothing scheduled (refresh at start only, no admin API): it stays up until told',
    async () => {
      const s = await getSetup();
      const child = start(s, 'idle', { name: 'idle' }, s.emulator.url, false);
      await child.waitForStdout(/"event":"refresh-end"/, 30000);
      // Past the transport's idle-socket time: nothing is left to keep the event loop busy.
      await new Promise((resolve) => setTimeout(resolve, 5000));
      expect({ code: child.process.exitCode, signal: child.process.signalCode }).toEqual({ code: null, signal: null });
      await terminate(child);
      expect(hasMarker(child, 'disconnect')).toBe(true);
    },
    60000,
  );

  it.concurrent(
    'during a later refresh whose connector ignores its signal',
    async () => {
      const s = await getSetup();
      const child = start(s, 'stubborn', {
        name: 'stubborn',
        refreshSeconds: 0.2,
        properties: { tables: 2, pauseMs: 2000, pauseFromRefresh: 2, ignoreSignal: true },
      });
      // Refresh 1 creates everything; refresh 2 starts after it and pauses 2 s per table.
      await waitFor(() => hasMarker(child, 'refresh-start', 2), 30000, 'the second refresh');
      await terminate(child);
      expect(hasMarker(child, 'refresh-end', 2)).toBe(false);
    },
    60000,
  );

  it.concurrent(
    'during the stop: a disconnect that never returns, and a second SIGTERM',
    async () => {
      const s = await getSetup();
      const child = start(s, 'stuck-stop', { name: 'stuck-stop', properties: { hangDisconnect: true } });
      await child.waitForStdout(/"event":"refresh-end"/, 30000);
      const first = Date.now();
      const second = child
        .waitForStdout(/"event":"disconnect-hang"/, 10000)
        .then(() => child.process.kill('SIGTERM'))
        .catch(() => undefined);
      const took = await terminate(child);
      await second;
      expect(hasMarker(child, 'disconnect-hang')).toBe(true);
      // The wait for the disconnect ran out (logged as a stop time-out, or the shutdown went on without it).
      const ids = child.auditRecords().map((r) => r['messageId']);
      expect(
        ids.includes(DAEMON_RUNTIME_AUDIT_CODE.STOP_TIMEOUT.messageId) ||
          ids.includes(INTEGRATION_DAEMON_AUDIT_CODE.INTEGRATION_CONNECTOR_SHUTDOWN.messageId),
      ).toBe(true);
      expect(Date.now() - first).toBeLessThan(EXIT_BOUND_MS + 500);
      expect(took).toBeGreaterThanOrEqual(SHUTDOWN_SECONDS * 1000 * 0.8); // it did wait for the disconnect, boundedly
    },
    60000,
  );
});
