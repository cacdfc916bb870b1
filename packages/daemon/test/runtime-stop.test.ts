import { IntegrationConnector, IntegrationConnectorStatus, integrationConnector } from '@egeria-ts/core';
import {
  ScriptBook,
  aborted,
  createTestDaemon,
  daemonDocument,
  messageIds,
  sleep,
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

function timeoutCount(): number {
  return process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
}

describe('graceful stop', () => {
  it('lets a short refresh finish, then disconnects every connector', async () => {
    const book = new ScriptBook().set('short', {
      refresh: ({ count }) => (count === 2 ? sleep(100) : undefined),
    });
    const t = start(daemonDocument([{ name: 'short', refreshSeconds: 0 }], { shutdownTimeoutSeconds: 2 }), book);
    await t.daemon.start();
    await waitFor(() => book.probe('short').completedRefreshes === 1);
    void t.daemon.refresh('short');
    await waitFor(() => book.probe('short').refreshes === 2);
    await t.daemon.stop();
    expect(book.probe('short').completedRefreshes).toBe(2);
    expect(book.probe('short').signals[1].aborted).toBe(false);
    expect(book.probe('short').disconnects).toBe(1);
  });

  it('stops within the bound with a hanging connector, aborting it, and leaves no timer running', async () => {
    const before = timeoutCount();
    const book = new ScriptBook()
      .set('polite', { refresh: ({ count, signal }) => (count === 1 ? undefined : aborted(signal)) })
      .set('deaf', { refresh: ({ count }) => (count === 1 ? undefined : new Promise<void>(() => undefined)) });
    const t = start(
      daemonDocument(
        [
          { name: 'polite', refreshSeconds: 0 },
          { name: 'deaf', refreshSeconds: 0 },
          { name: 'ticker', refreshSeconds: 0.05 },
        ],
        { shutdownTimeoutSeconds: 0.5, refreshTimeoutSeconds: 60 },
      ),
      book,
    );
    await t.daemon.start();
    await waitFor(() => book.probe('polite').completedRefreshes === 1 && book.probe('deaf').completedRefreshes === 1);
    void t.daemon.refresh('polite');
    void t.daemon.refresh('deaf');
    await waitFor(() => book.probe('polite').active === 1 && book.probe('deaf').active === 1);

    const began = Date.now();
    const stopping = t.daemon.stop();
    expect(t.daemon.isReady()).toBe(false);
    await stopping;
    const took = Date.now() - began;
    expect(took).toBeLessThan(800);
    expect(took).toBeGreaterThanOrEqual(200); // the running refreshes got part of the time to end
    expect(book.probe('polite').signals[1].aborted).toBe(true);
    expect(book.probe('deaf').signals[1].aborted).toBe(true);
    const statuses = t.daemon.status().integrationConnectorReports?.map((r) => r.connectorStatus);
    expect(statuses).toEqual([S.STOPPED, S.STOPPED, S.STOPPED]);
    expect(book.probe('polite').disconnects).toBe(1);
    expect(book.probe('deaf').disconnects).toBe(1);
    const tickerRefreshes = book.probe('ticker').refreshes;
    await sleep(120);
    expect(book.probe('ticker').refreshes).toBe(tickerRefreshes);
    // Timers of other work in this process (the sleeps above) may still be settling: wait briefly.
    await waitFor(() => timeoutCount() <= before, 1000, 'the daemon to leave no timer running');
    expect(timeoutCount()).toBeLessThanOrEqual(before);
    expect(messageIds(t.audit.records).slice(-2)).toEqual([
      'INTEGRATION-DAEMON-SERVICES-0020',
      'INTEGRATION-DAEMON-SERVICES-0026',
    ]);
  });

  it('stops on SIGTERM when asked to handle signals, and removes its listeners', async () => {
    const t = start(daemonDocument([{ name: 'alpha', refreshSeconds: 0 }]), new ScriptBook(), { handleSignals: true });
    expect(t.processEvents.listenerCount('SIGTERM')).toBe(0);
    await t.daemon.start();
    expect(t.processEvents.listenerCount('SIGTERM')).toBe(1);
    expect(t.processEvents.listenerCount('SIGINT')).toBe(1);
    const stopped = new Promise<void>((resolve) => t.daemon.once('daemonStopped', () => resolve()));
    t.processEvents.emit('SIGTERM', 'SIGTERM');
    await stopped;
    expect(t.daemon.state).toBe('stopped');
    expect(t.processEvents.listenerCount('SIGTERM')).toBe(0);
    expect(t.audit.records.some((r) => r.messageId === 'EGERIA-TS-DAEMON-RUNTIME-0006')).toBe(true);
  });

  it('installs no process handlers unless asked', async () => {
    const t = start(daemonDocument([{ name: 'alpha', refreshSeconds: 0 }]));
    await t.daemon.start();
    expect(t.processEvents.eventNames()).toEqual([]);
  });

  it('refuses to start twice, and a stop before start does nothing', async () => {
    const t = start(daemonDocument([{ name: 'alpha', refreshSeconds: 0 }]));
    await t.daemon.start();
    await expect(t.daemon.start()).rejects.toThrow(/cannot start while it is running/);
    const idle = createTestDaemon(daemonDocument([{ name: 'beta' }]));
    await idle.daemon.stop();
    expect(idle.daemon.state).toBe('stopped');
    expect(idle.book.probe('beta').instances).toBe(0);
  });

  it('stops cleanly when stop() is called while it is starting', async () => {
    const t = start(daemonDocument([{ name: 'alpha', refreshSeconds: 0.05 }]), new ScriptBook(), {
      handleSignals: true,
      handleUnhandledRejections: true,
    });
    const starting = t.daemon.start();
    const stopping = t.daemon.stop();
    await Promise.all([starting, stopping]);
    expect(t.daemon.state).toBe('stopped');
    expect(t.processEvents.eventNames()).toEqual([]);
    await sleep(100);
    expect(t.book.probe('alpha').refreshes).toBe(0);
    expect(t.daemon.status().integrationConnectorReports?.[0].connectorStatus).toBe(S.STOPPED);
  });

  it('survives a listener that throws', async () => {
    const t = start(daemonDocument([{ name: 'alpha', refreshSeconds: 0 }]));
    t.daemon.on('refreshStarted', () => {
      throw new Error('listener bug');
    });
    await t.daemon.start();
    await waitFor(() => t.book.probe('alpha').completedRefreshes === 1);
    expect(t.audit.records.some((r) => r.messageId === 'EGERIA-TS-DAEMON-RUNTIME-0007')).toBe(true);
  });
});

describe('two daemons in one process', () => {
  it('share no registry, state, schedule or stop', async () => {
    const bookA = new ScriptBook();
    const bookB = new ScriptBook();
    const a = start(daemonDocument([{ name: 'same-name', refreshSeconds: 0.05 }], {}, 'daemon-a'), bookA);
    const b = start(
      daemonDocument([{ name: 'same-name', className: 'only-in-b', refreshSeconds: 0 }], {}, 'daemon-b'),
      bookB,
    );
    class OnlyInB extends IntegrationConnector {
      static refreshes = 0;
      async refresh(): Promise<void> {
        OnlyInB.refreshes += 1;
      }
    }
    integrationConnector({ name: 'only-in-b', refreshTimeInterval: 0 }, b.daemon.registry)(OnlyInB);
    expect(b.daemon.registry.has('only-in-b')).toBe(true);
    expect(a.daemon.registry.has('only-in-b')).toBe(false);

    await Promise.all([a.daemon.start(), b.daemon.start()]);
    await waitFor(() => OnlyInB.refreshes === 1 && bookA.probe('same-name').completedRefreshes >= 2);
    expect(a.daemon.status().integrationConnectorReports?.[0].connectorStatus).not.toBe(S.CONFIG_FAILED);
    expect(b.daemon.status().integrationConnectorReports?.[0].connectorStatus).toBe(S.WAITING);
    expect(bookB.probe('same-name').instances).toBe(0);

    await b.daemon.stop();
    const count = bookA.probe('same-name').completedRefreshes;
    await waitFor(() => bookA.probe('same-name').completedRefreshes >= count + 2, 2000, 'daemon A goes on');
    expect(a.daemon.state).toBe('running');
    expect(a.audit.records.every((r) => r.components[0] === 'IntegrationDaemon:daemon-a')).toBe(true);
    expect(b.audit.records.every((r) => r.components[0] === 'IntegrationDaemon:daemon-b')).toBe(true);
  });
});
