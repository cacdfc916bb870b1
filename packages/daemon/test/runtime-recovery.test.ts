import { IntegrationConnectorStatus, PropertyServerException } from '@egeria-ts/core';
import {
  ManualTimers,
  ScriptBook,
  aborted,
  createTestDaemon,
  daemonDocument,
  messageIds,
  sleep,
  statusesOf,
  waitFor,
  type TestDaemon,
} from './runtime-support';

const S = IntegrationConnectorStatus;
let running: TestDaemon[] = [];

function start(...args: Parameters<typeof createTestDaemon>): TestDaemon {
  const t = createTestDaemon(...args);
  running.push(t);
  return t;
}

afterEach(async () => {
  await Promise.all(running.map((t) => t.daemon.stop()));
  running = [];
});

function statusOf(t: TestDaemon, name: string): string | undefined {
  return t.daemon.status().integrationConnectorReports?.find((r) => r.connectorName === name)?.connectorStatus;
}

describe('recovery from an unreachable metadata access server', () => {
  it('retries INITIALIZE_FAILED with backoff until the service answers again', async () => {
    const t = start(daemonDocument([{ name: 'patient', refreshSeconds: 0 }]));
    t.service.reachable = false;
    await t.daemon.start(); // start does not wait for the server
    expect(statusOf(t, 'patient')).toBe(S.INITIALIZE_FAILED);
    expect(t.daemon.status().integrationConnectorReports?.[0].failingExceptionMessage).toContain(
      'PropertyServerException',
    );
    await waitFor(() => t.service.createCalls >= 3, 3000, 'retries');
    const retries = t.events.filter((e) => e.name === 'restartScheduled').map((e) => e.event);
    expect(retries.every((e) => e['kind'] === 'reinitialize')).toBe(true);
    expect(messageIds(t.audit.records, 'patient')).toContain('INTEGRATION-DAEMON-SERVICES-0036');

    t.service.reachable = true;
    await waitFor(() => statusOf(t, 'patient') === S.WAITING && t.book.probe('patient').completedRefreshes === 1);
    // No connector instance was built while the server was away.
    expect(t.book.probe('patient').instances).toBe(1);
    expect(t.daemon.metrics()[0].restarts).toBe(0);
  });

  it('with the default policy, a connector whose server went away is WAITING within a minute of its return', async () => {
    // Virtual time: a ten-minute outage with the default restart policy (1 s, doubling, capped at 30 s).
    const timers = new ManualTimers();
    let serverUp = true;
    const book = new ScriptBook().set('catalog', {
      refresh: () => {
        if (!serverUp) throw new PropertyServerException('connection refused', { messageId: 'TEST-503' });
      },
    });
    const doc = daemonDocument([{ name: 'catalog', refreshSeconds: 60 }], { restartPolicy: {} });
    const t = start(doc, book, { timers });
    await t.daemon.start();
    await timers.advance(0);
    expect(statusOf(t, 'catalog')).toBe(S.WAITING);

    serverUp = false;
    t.service.reachable = false;
    await timers.advance(60_000); // the scheduled refresh fails
    expect([S.FAILED, S.INITIALIZE_FAILED]).toContain(statusOf(t, 'catalog'));
    for (let i = 0; i < 600; i++) await timers.advance(1000);
    expect(statusOf(t, 'catalog')).toBe(S.INITIALIZE_FAILED);
    const delays = t.events.filter((e) => e.name === 'restartScheduled').map((e) => Number(e.event['delayMs']));
    expect(Math.max(...delays)).toBeLessThanOrEqual(30_000);
    expect(delays.slice(0, 3)).toEqual([900, 1800, 3600]);

    serverUp = true;
    t.service.reachable = true;
    let waited = 0;
    while (statusOf(t, 'catalog') !== S.WAITING && waited < 120_000) {
      await timers.advance(1000);
      waited += 1000;
    }
    expect(statusOf(t, 'catalog')).toBe(S.WAITING);
    expect(waited).toBeLessThanOrEqual(60_000);
    const statuses = statusesOf(t.events, 'catalog');
    expect(statuses.slice(statuses.indexOf(S.FAILED))).toEqual(
      expect.arrayContaining([S.FAILED, S.INITIALIZE_FAILED, S.INITIALIZED, S.WAITING]),
    );
  });

  it('a refresh request retries an INITIALIZE_FAILED connector at once', async () => {
    const t = start(
      daemonDocument([{ name: 'eager', refreshSeconds: 0 }], {
        restartPolicy: { initialDelaySeconds: 30, maxDelaySeconds: 30 },
      }),
    );
    t.service.reachable = false;
    await t.daemon.start();
    expect(statusOf(t, 'eager')).toBe(S.INITIALIZE_FAILED);
    t.service.reachable = true;
    await t.daemon.refresh('eager');
    expect(statusOf(t, 'eager')).toBe(S.WAITING);
    expect(t.book.probe('eager').completedRefreshes).toBe(1);
  });
});

describe('connectors that use blocking calls', () => {
  it('calls engage() in a loop while RUNNING and aborts it at stop', async () => {
    const book = new ScriptBook().set('listener', {
      engage: async ({ count, signal }) => {
        if (count >= 3) await aborted(signal); // the third call blocks until stop
      },
    });
    const t = start(daemonDocument([{ name: 'listener', usesBlockingCalls: true }]), book);
    await t.daemon.start();
    await waitFor(() => book.probe('listener').engages === 3, 2000, 'three engages');
    expect(statusOf(t, 'listener')).toBe(S.RUNNING);
    expect(book.probe('listener').refreshes).toBe(0);
    const ids = messageIds(t.audit.records, 'listener');
    expect(ids).toContain('INTEGRATION-DAEMON-SERVICES-0030');
    expect(ids.filter((id) => id === 'INTEGRATION-DAEMON-SERVICES-0034')).toHaveLength(2);
    await t.daemon.refresh('listener'); // a RUNNING connector is not refreshed
    expect(book.probe('listener').refreshes).toBe(0);

    const began = Date.now();
    await t.daemon.stop();
    expect(Date.now() - began).toBeLessThan(1000);
    expect(book.probe('listener').signals[2].aborted).toBe(true);
    expect(statusOf(t, 'listener')).toBe(S.STOPPED);
    expect(messageIds(t.audit.records, 'listener')).toContain('INTEGRATION-DAEMON-SERVICES-0035');
    expect(book.probe('listener').disconnects).toBe(1);
  });

  it('restarts an engage loop that throws', async () => {
    const book = new ScriptBook().set('flaky-listener', {
      engage: ({ count }) => {
        if (count === 2) throw new Error('stream closed');
      },
    });
    const t = start(daemonDocument([{ name: 'flaky-listener', usesBlockingCalls: true }]), book);
    await t.daemon.start();
    await waitFor(() => book.probe('flaky-listener').instances === 2 && book.probe('flaky-listener').engages >= 4);
    expect(statusesOf(t.events, 'flaky-listener').slice(0, 5)).toEqual([
      S.INITIALIZED,
      S.RUNNING,
      S.FAILED,
      S.INITIALIZED,
      S.RUNNING,
    ]);
    await sleep(10);
  });
});
