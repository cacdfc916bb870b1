/**
 * Faults of the metadata server, injected by the testing kit's fault proxy between a real daemon
 * (Database Integrator service, idempotent catalog connectors) and the emulator: down at start,
 * going away mid-refresh, reset connections, slow answers, HTTP 500, HTML, truncated JSON and FFDC
 * errors. In each case the daemon keeps running, the affected connectors report the fault, they
 * recover by themselves once it is gone, and the catalog then holds exactly what each source holds.
 */
import { IntegrationConnectorStatus } from '@egeria-ts/core';
import {
  startFaultProxy,
  startTestEmulator,
  type FaultProxy,
  type FaultRule,
  type TestEmulator,
} from '@egeria-ts/testing';
import {
  acknowledgedCreates,
  generateSource,
  resetConnectorState,
  setSource,
  type SourceDatabase,
} from './support/catalog-source-connector';
import {
  createRecordedDaemon,
  daemonDocument,
  expectCatalogHoldsSource,
  metadataSourceOf,
  sleep,
  waitFor,
  type ConnectorSpec,
  type RecordedDaemon,
} from './support/harness';

const S = IntegrationConnectorStatus;
const CREATE_TABLE = /\/databases\/tables$/;
const CREATE_COLUMN = /\/databases\/tables\/columns$/;

let emulator: TestEmulator;
const cleanup: (() => Promise<void>)[] = [];

beforeAll(async () => {
  emulator = await startTestEmulator({ serverName: 'faults-mds' });
});

afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
  resetConnectorState();
});

afterAll(async () => {
  await emulator.close();
});

// Warnings the transport prints about its retries are expected here; keep them out of the output.
let warnings: jest.SpyInstance;
beforeEach(() => {
  warnings = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
});
afterEach(() => warnings.mockRestore());

interface Case {
  readonly proxy: FaultProxy;
  readonly rec: RecordedDaemon;
  readonly specs: readonly ConnectorSpec[];
  readonly sources: ReadonlyMap<string, readonly SourceDatabase[]>;
}

/** Two connectors with their own sources, through a fresh proxy; the daemon is built, not started. */
async function prepare(
  id: string,
  options: { egeriaTs?: Record<string, unknown>; size?: { schemas: number; tables: number; columns: number } } = {},
): Promise<Case> {
  const proxy = await startFaultProxy({ target: emulator.url });
  cleanup.push(() => proxy.close());
  const sources = new Map<string, readonly SourceDatabase[]>();
  const specs: ConnectorSpec[] = [1, 2].map((i) => {
    const name = `${id}-c${i}`;
    const source = generateSource(name, options.size ?? { schemas: 1, tables: 4, columns: 3 });
    setSource(name, source);
    sources.set(name, source);
    return { name, refreshSeconds: 0.5 };
  });
  const rec = createRecordedDaemon(
    daemonDocument({
      platformURL: proxy.url,
      metadataServerName: emulator.serverName,
      connectors: specs,
      egeriaTs: options.egeriaTs,
    }),
  );
  cleanup.push(() => rec.daemon.stop());
  return { proxy, rec, specs, sources };
}

/** Waits until every connector has reported the fault: FAILED (or `status`) with a reason matching `reason`. */
async function expectEveryConnectorReports(
  c: Case,
  reason: RegExp,
  status: IntegrationConnectorStatus = S.FAILED,
): Promise<void> {
  for (const spec of c.specs) {
    await waitFor(
      () =>
        c.rec
          .eventsOf('connectorStatusChanged', spec.name)
          .some((e) => e.event['status'] === status && reason.test(String(e.event['failingExceptionMessage']))),
      8000,
      `${spec.name} to go ${status} with a reason matching ${reason}`,
    );
  }
  // Some report shows it too, with the reason.
  await waitFor(
    () =>
      c.specs.some((s) => {
        const report = c.rec.report(s.name);
        return report?.connectorStatus === status && reason.test(report.failingExceptionMessage ?? '');
      }),
    8000,
    `a status report of ${status} matching ${reason}`,
  );
  expect(c.rec.daemon.state).toBe('running');
  expect(c.rec.daemon.isReady()).toBe(true);
}

/** Waits until every connector completed a refresh after `since`, then checks each catalog. */
async function expectRecoveryAndExactCatalog(c: Case, since: number): Promise<void> {
  for (const spec of c.specs) {
    await waitFor(
      () => c.rec.eventsOf('refreshCompleted', spec.name, since).length > 0,
      15000,
      `${spec.name} to complete a refresh after the fault was removed`,
    );
  }
  for (const spec of c.specs) {
    await expectCatalogHoldsSource(
      emulator,
      spec.name,
      c.sources.get(spec.name) as readonly SourceDatabase[],
      metadataSourceOf(spec),
    );
  }
  expect(c.rec.daemon.state).toBe('running');
  const metrics = c.rec.daemon.metrics();
  for (const spec of c.specs) {
    expect(metrics.find((m) => m.connectorName === spec.name)?.failed).toBe(0);
  }
}

/** Injects a fault from the start, lets it strike, removes it and checks recovery. */
async function faultThenRecover(id: string, rule: FaultRule, reason: RegExp): Promise<Case> {
  const c = await prepare(id);
  const fault = c.proxy.inject(rule);
  await c.rec.daemon.start();
  await expectEveryConnectorReports(c, reason);
  expect(fault.hits).toBeGreaterThan(0);
  // The failed connectors are restarted with backoff while the fault lasts.
  await waitFor(() => c.rec.eventsOf('restartScheduled').length >= 2, 5000, 'automatic restarts');
  const removed = Date.now();
  fault.remove();
  await expectRecoveryAndExactCatalog(c, removed);
  return c;
}

describe('faults of the metadata server, through the fault proxy, with a real daemon', () => {
  it('passes everything through without faults: the catalog holds exactly each source', async () => {
    const c = await prepare('clean');
    const started = Date.now();
    await c.rec.daemon.start();
    await expectRecoveryAndExactCatalog(c, started);
    expect(c.rec.eventsOf('refreshFailed')).toEqual([]);
  });

  it('server down at start: connectors are INITIALIZE_FAILED, then recover by themselves when it comes up', async () => {
    const c = await prepare('down-at-start');
    await c.proxy.goAway();
    await c.rec.daemon.start();
    expect(c.rec.daemon.state).toBe('running');
    for (const spec of c.specs) {
      const report = c.rec.report(spec.name);
      expect(report?.connectorStatus).toBe(S.INITIALIZE_FAILED);
      expect(report?.failingExceptionMessage).toMatch(/ECONNREFUSED|refused/);
    }
    // Initialization is tried again with backoff while the server is away.
    await waitFor(
      () => c.rec.eventsOf('restartScheduled').filter((e) => e.event['kind'] === 'reinitialize').length >= 4,
      5000,
      'initialization retries',
    );
    expect(c.rec.eventsOf('refreshStarted')).toEqual([]);
    const back = Date.now();
    await c.proxy.comeBack();
    await expectRecoveryAndExactCatalog(c, back);
  });

  it('server going away mid-refresh: connectors fail with the reason, recover, and nothing is written twice', async () => {
    const c = await prepare('away-mid-refresh', { size: { schemas: 2, tables: 4, columns: 3 } });
    await c.rec.daemon.start();
    await waitFor(
      () => c.specs.every((s) => acknowledgedCreates(s.name).length >= 6),
      8000,
      'each connector to be part-way through its first refresh',
    );
    await c.proxy.goAway();
    expect(c.specs.some((s) => acknowledgedCreates(s.name).length < 35)).toBe(true);
    await expectEveryConnectorReports(c, /\((ECONNREFUSED|ECONNRESET)\)/);
    await sleep(300);
    expect(c.rec.daemon.state).toBe('running');
    const back = Date.now();
    await c.proxy.comeBack();
    await expectRecoveryAndExactCatalog(c, back);
  });

  it('reset connections on table creates: connectors fail, recover, no duplicates', async () => {
    await faultThenRecover(
      'reset',
      { fault: 'reset', method: 'POST', path: CREATE_TABLE },
      /failed before a response arrived \(ECONNRESET\)/,
    );
  });

  it('HTTP 500 on column creates: connectors fail naming the status, recover, no duplicates', async () => {
    await faultThenRecover(
      'http-500',
      { fault: 'http-error', status: 500, method: 'POST', path: CREATE_COLUMN },
      /returned HTTP status 500/,
    );
  });

  it('HTML instead of JSON on schema look-ups: connectors fail, recover, no duplicates', async () => {
    await faultThenRecover(
      'html',
      { fault: 'html', method: 'POST', path: /\/databases\/schemas\/by-name$/ },
      /not an Egeria JSON response: <!DOCTYPE html>/,
    );
  });

  it('truncated JSON after the write was made: the retried refresh finds the element and creates no duplicate', async () => {
    const c = await faultThenRecover(
      'truncated-after-write',
      { fault: 'truncated-json', forward: true, method: 'POST', path: CREATE_COLUMN },
      /columns returned a body that is not an Egeria JSON response/,
    );
    // The server did receive column creates whose answers were cut: more creates reached it than
    // the connectors saw acknowledged, yet the catalog holds each column once (checked above).
    const columnCreates = c.proxy.countRequests({ method: 'POST', path: CREATE_COLUMN });
    const acknowledgedColumns = c.specs
      .map((s) => acknowledgedCreates(s.name).filter((a) => a.typeName === 'RelationalColumn').length)
      .reduce((a, b) => a + b, 0);
    expect(columnCreates).toBeGreaterThan(acknowledgedColumns);
  });

  it('FFDC PropertyServerException answers on database creates: connectors fail with it, recover', async () => {
    await faultThenRecover(
      'ffdc',
      { fault: 'ffdc', exceptionClassName: 'PropertyServerException', method: 'POST', path: /\/databases$/ },
      /^PropertyServerException: EGERIA-TS-TESTING-500-011/,
    );
  });

  it('slow answers within the refresh timeout only slow refreshes down', async () => {
    const c = await prepare('slow-ok');
    const fault = c.proxy.inject({ fault: 'delay', delayMs: 150, method: 'POST', path: /\/databases\/by-name$/ });
    const started = Date.now();
    await c.rec.daemon.start();
    await expectRecoveryAndExactCatalog(c, started);
    expect(fault.hits).toBeGreaterThanOrEqual(2);
    expect(c.rec.eventsOf('refreshFailed')).toEqual([]);
  });

  it('answers slower than the refresh timeout: refreshes time out and fail, then recover', async () => {
    const c = await prepare('slow-timeout', { egeriaTs: { refreshTimeoutSeconds: 0.5 } });
    const fault = c.proxy.inject({ fault: 'delay', delayMs: 800, method: 'POST', path: CREATE_COLUMN });
    await c.rec.daemon.start();
    await expectEveryConnectorReports(c, /did not complete within 0\.5 s/);
    expect(c.rec.eventsOf('refreshFailed').some((e) => e.event['timedOut'] === true)).toBe(true);
    const removed = Date.now();
    fault.remove();
    await expectRecoveryAndExactCatalog(c, removed);
  });
});
