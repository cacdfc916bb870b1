import { IntegrationConnectorStatus, UserNotAuthorizedException } from '@egeria-ts/core';
import {
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

function report(t: TestDaemon, name: string) {
  return t.daemon.status().integrationConnectorReports?.find((r) => r.connectorName === name);
}

describe('isolation: failing connectors go FAILED with the reason, restart, and the others keep their schedule', () => {
  it('isolates and restarts a connector that throws', async () => {
    const book = new ScriptBook().set('thrower', {
      refresh: ({ count }) => {
        if (count <= 2) throw new Error(`broken source ${count}`);
      },
    });
    const t = start(
      daemonDocument([
        { name: 'thrower', refreshSeconds: 0 },
        { name: 'steady', refreshSeconds: 0.1 },
      ]),
      book,
    );
    await t.daemon.start();
    await waitFor(() => book.probe('thrower').completedRefreshes === 1, 3000, 'recovery');
    expect(statusesOf(t.events, 'thrower')).toEqual([
      S.INITIALIZED,
      S.WAITING,
      S.REFRESHING,
      S.FAILED,
      S.INITIALIZED,
      S.WAITING,
      S.REFRESHING,
      S.FAILED,
      S.INITIALIZED,
      S.WAITING,
      S.REFRESHING,
      S.WAITING,
    ]);
    const failed = t.events.find((e) => e.name === 'connectorStatusChanged' && e.event['status'] === S.FAILED);
    expect(failed?.event['failingExceptionMessage']).toBe('Error: broken source 1');
    expect(book.probe('thrower').instances).toBe(3);
    // Each failed instance was disconnected before the next was built.
    expect(book.probe('thrower').disconnects).toBe(2);
    const restarts = t.events.filter((e) => e.name === 'restartScheduled').map((e) => e.event);
    expect(restarts.map((e) => [e['connectorName'], e['attempt'], e['kind']])).toEqual([
      ['thrower', 1, 'restart'],
      ['thrower', 2, 'restart'],
    ]);
    // Backoff: the second delay is about twice the first (jitter takes at most 20% off).
    expect(Number(restarts[1]['delayMs'])).toBeGreaterThan(Number(restarts[0]['delayMs']));
    const ids = messageIds(t.audit.records, 'thrower');
    expect(ids.filter((id) => id === 'INTEGRATION-DAEMON-SERVICES-0031')).toHaveLength(2);
    expect(t.daemon.metrics().find((m) => m.connectorName === 'thrower')).toMatchObject({
      refreshFailures: 2,
      refreshes: 1,
      restarts: 2,
      failed: 0,
    });
    // The steady connector kept refreshing on its schedule, never failing.
    await waitFor(() => book.probe('steady').completedRefreshes >= 3, 2000, 'steady refreshes');
    expect(statusesOf(t.events, 'steady')).not.toContain(S.FAILED);
  });

  it('aborts a refresh that exceeds its timeout, refuses its writes, and restarts the connector', async () => {
    const writeErrors: unknown[] = [];
    const book = new ScriptBook().set('hanger', {
      refresh: async ({ count, signal, connector }) => {
        if (count > 1) return;
        await aborted(signal); // hangs until aborted, as a well-behaved long call does
        try {
          connector.tryWrite();
        } catch (error) {
          writeErrors.push(error);
        }
      },
    });
    const t = start(
      daemonDocument(
        [
          { name: 'hanger', refreshSeconds: 0 },
          { name: 'steady', refreshSeconds: 0.05 },
        ],
        { refreshTimeoutSeconds: 0.2 },
      ),
      book,
    );
    await t.daemon.start();
    await waitFor(() => report(t, 'hanger')?.connectorStatus === S.FAILED, 2000, 'timeout');
    expect(report(t, 'hanger')?.failingExceptionMessage).toContain('did not complete within 0.2 s');
    expect(book.probe('hanger').signals[0].aborted).toBe(true);
    const failed = t.events.find((e) => e.name === 'refreshFailed' && e.event['connectorName'] === 'hanger');
    expect(failed?.event['timedOut']).toBe(true);
    expect(messageIds(t.audit.records, 'hanger')).toContain('EGERIA-TS-DAEMON-RUNTIME-0002');

    await waitFor(
      () => book.probe('hanger').completedRefreshes >= 1 && report(t, 'hanger')?.connectorStatus === S.WAITING,
    );
    expect(writeErrors).toHaveLength(1);
    expect(writeErrors[0]).toBeInstanceOf(UserNotAuthorizedException);
    expect(book.probe('hanger').instances).toBe(2);
    expect(book.probe('steady').completedRefreshes).toBeGreaterThanOrEqual(3);
    expect(statusesOf(t.events, 'steady')).not.toContain(S.FAILED);
  });

  it('does not restart a connector while its timed-out refresh is still running', async () => {
    let release!: () => void;
    const book = new ScriptBook().set('stubborn', {
      // Ignores its signal entirely.
      refresh: ({ count }) => (count === 1 ? new Promise<void>((resolve) => (release = resolve)) : undefined),
    });
    const t = start(daemonDocument([{ name: 'stubborn', refreshSeconds: 0 }], { refreshTimeoutSeconds: 0.1 }), book);
    await t.daemon.start();
    await waitFor(() => report(t, 'stubborn')?.connectorStatus === S.FAILED, 2000, 'timeout');
    await t.daemon.restart('stubborn'); // deferred, not refused
    await sleep(300);
    expect(book.probe('stubborn').instances).toBe(1);
    expect(report(t, 'stubborn')?.connectorStatus).toBe(S.FAILED);
    expect(messageIds(t.audit.records, 'stubborn')).toContain('EGERIA-TS-DAEMON-RUNTIME-0009');
    release();
    await waitFor(() => report(t, 'stubborn')?.connectorStatus === S.WAITING, 2000, 'restart after release');
    expect(book.probe('stubborn').instances).toBe(2);
    expect(book.probe('stubborn').maxActive).toBe(1);
  });

  it('attributes a leaked rejection to its connector, fails and restarts it; a stray one is the host’s', async () => {
    const book = new ScriptBook().set('leaker', {
      refresh: ({ count }) => {
        if (count !== 1) return;
        const leaked = Promise.reject(new Error('nobody awaited me'));
        // Node hands 'unhandledRejection' listeners the async context of the rejected promise;
        // the test's process object is an emitter, so the test emits from that context.
        setTimeout(() => t.processEvents.emit('unhandledRejection', new Error('nobody awaited me'), leaked), 0);
        leaked.catch(() => undefined);
      },
    });
    const t = start(
      daemonDocument([
        { name: 'leaker', refreshSeconds: 0 },
        { name: 'steady', refreshSeconds: 0.05 },
      ]),
      book,
      { handleUnhandledRejections: true },
    );
    expect(t.processEvents.listenerCount('unhandledRejection')).toBe(0);
    await t.daemon.start();
    expect(t.processEvents.listenerCount('unhandledRejection')).toBe(1);
    await waitFor(() => book.probe('leaker').instances === 2 && report(t, 'leaker')?.connectorStatus === S.WAITING);
    const failure = t.events.find(
      (e) =>
        e.name === 'connectorStatusChanged' && e.event['connectorName'] === 'leaker' && e.event['status'] === S.FAILED,
    );
    expect(failure?.event['failingExceptionMessage']).toContain('nobody awaited me');
    expect(t.events.find((e) => e.name === 'unhandledRejection')?.event['connectorName']).toBe('leaker');

    t.processEvents.emit('unhandledRejection', new Error('host bug'), Promise.resolve());
    const hostEvent = t.events.filter((e) => e.name === 'unhandledRejection').at(-1)?.event;
    expect(hostEvent?.['connectorName']).toBeUndefined();
    expect(hostEvent?.['message']).toBe('host bug');
    expect(t.audit.records.some((r) => r.messageId === 'EGERIA-TS-DAEMON-RUNTIME-0003')).toBe(true);
    expect(statusesOf(t.events, 'steady')).not.toContain(S.FAILED);

    await t.daemon.stop();
    expect(t.processEvents.listenerCount('unhandledRejection')).toBe(0);
  });

  it('isolates a connector whose start throws', async () => {
    const book = new ScriptBook().set('bad-start', {
      start: ({ count }) => {
        if (count === 1) throw new Error('cannot open the source');
      },
    });
    const t = start(daemonDocument([{ name: 'bad-start', refreshSeconds: 0 }]), book);
    await t.daemon.start();
    await waitFor(() => book.probe('bad-start').completedRefreshes === 1, 2000, 'restart');
    expect(t.audit.records.find((r) => r.messageId === 'INTEGRATION-DAEMON-SERVICES-0031')?.messageText).toContain(
      'failed in start',
    );
  });

  it('leaves a failed connector FAILED when restarts are turned off, until restarted on request', async () => {
    const book = new ScriptBook().set('once-broken', {
      refresh: ({ count }) => {
        if (count === 1) throw new Error('boom');
      },
    });
    const t = start(
      daemonDocument([{ name: 'once-broken', refreshSeconds: 0 }], { restartPolicy: { enabled: false } }),
      book,
    );
    await t.daemon.start();
    await waitFor(() => report(t, 'once-broken')?.connectorStatus === S.FAILED);
    await sleep(150);
    expect(book.probe('once-broken').instances).toBe(1);
    await t.daemon.refresh('once-broken'); // a refresh of a FAILED connector does nothing
    expect(book.probe('once-broken').refreshes).toBe(1);
    expect(messageIds(t.audit.records, 'once-broken')).toContain('INTEGRATION-DAEMON-SERVICES-0032');
    await t.daemon.restart('once-broken');
    await waitFor(() => book.probe('once-broken').completedRefreshes === 1);
    expect(report(t, 'once-broken')?.connectorStatus).toBe(S.WAITING);
  });
});
