import * as http from 'node:http';
import {
  IllegalStateError,
  InvalidParameterException,
  PropertyServerException,
  UserNotAuthorizedException,
  type EgeriaError,
} from '@egeria-ts/core';
import {
  runConnector,
  startFaultProxy,
  startTestEmulator,
  type ConnectorRun,
  type FaultProxy,
  type FaultRule,
  type TestEmulator,
} from '@egeria-ts/testing';
import { SourceDatabaseConnector } from './support/source-database-connector';

/** Every Data Manager database call (reads and writes). */
const DATABASES = '/data-manager/users/integration-daemon/databases';
/** Only the create of a database. */
const CREATE_DATABASE = /\/databases$/;

let emulator: TestEmulator;
let proxy: FaultProxy;
let runs = 0;

beforeAll(async () => {
  emulator = await startTestEmulator({ serverName: 'fault-mds' });
  proxy = await startFaultProxy({ target: emulator.url });
});

afterEach(async () => {
  await proxy.comeBack();
  proxy.clearRequests();
});

afterAll(async () => {
  await proxy.close();
  await emulator.close();
});

/** A connector run through the proxy, with no refresh yet; each run catalogs under its own prefix. */
async function runThroughProxy(
  requestTimeoutMs?: number,
): Promise<{ run: ConnectorRun<SourceDatabaseConnector>; prefix: string }> {
  const prefix = `f${++runs}`;
  const run = await runConnector(SourceDatabaseConnector, {
    emulator,
    platformURL: proxy.url,
    serverName: emulator.serverName,
    refreshes: 0,
    metadataSourceQualifiedName: `${prefix}-server`,
    configurationProperties: { qualifiedNamePrefix: prefix },
    ...(requestTimeoutMs === undefined ? {} : { requestTimeoutMs }),
  });
  return { run, prefix };
}

/** Fails one refresh with the fault, then checks that the next refresh, after the proxy comes back, catalogs everything. */
async function failThenRecover(
  fault: FaultRule | 'go-away',
  check: (error: EgeriaError) => void,
  requestTimeoutMs?: number,
): Promise<void> {
  const { run, prefix } = await runThroughProxy(requestTimeoutMs);
  try {
    if (fault === 'go-away') await proxy.goAway();
    else proxy.inject(fault);
    const error = (await run.refresh().catch((e: unknown) => e)) as EgeriaError;
    check(error);
    expect(run.activityReports).toHaveLength(0);

    await proxy.comeBack();
    const report = await run.refresh();
    expect(report.createCounts['RelationalColumn']).toBe(5);
    const owned = await emulator.elementsOwnedBy(`${prefix}-server`);
    expect(owned.map((e) => e.qualifiedName)).toContain(`${prefix}:memory/shop.sales.order.total`);
    expect(owned.filter((e) => e.typeName === 'Database')).toHaveLength(1);
  } finally {
    await run.stop();
  }
}

describe('fault proxy between a connector and the emulator', () => {
  it('passes everything through and counts requests by method and path', async () => {
    const { run, prefix } = await runThroughProxy();
    try {
      await run.refresh();
      expect(proxy.countRequests({ method: 'POST', path: CREATE_DATABASE })).toBe(1);
      expect(proxy.countRequests({ method: 'post', path: '/tables/columns/by-name' })).toBe(5);
      expect(proxy.countRequests({ method: 'GET' })).toBe(1);
      expect(proxy.countRequests()).toBe(proxy.requests.length);
      const counts = proxy.requestCounts();
      expect(counts[`POST /servers/fault-mds/open-metadata/access-services${DATABASES}/tables`]).toBe(2);
      expect(proxy.requests.every((r) => r.fault === undefined)).toBe(true);
      expect(await emulator.elementByQualifiedName(`${prefix}:memory/shop`)).toBeDefined();
    } finally {
      await run.stop();
    }
  });

  it('HTTP 500: the connector sees a PropertyServerException naming the status; the next refresh succeeds', async () => {
    await failThenRecover({ fault: 'http-error', path: DATABASES }, (error) => {
      expect(error).toBeInstanceOf(PropertyServerException);
      expect(error.message).toContain('HTTP status 500');
    });
  });

  it('HTML instead of JSON: a PropertyServerException; the next refresh succeeds', async () => {
    await failThenRecover({ fault: 'html', path: DATABASES }, (error) => {
      expect(error).toBeInstanceOf(PropertyServerException);
      expect(error.message).toContain('not an Egeria JSON response');
    });
  });

  it('truncated JSON: a PropertyServerException; the next refresh succeeds', async () => {
    await failThenRecover({ fault: 'truncated-json', method: 'POST', path: DATABASES }, (error) => {
      expect(error).toBeInstanceOf(PropertyServerException);
      expect(error.message).toContain('not an Egeria JSON response');
    });
  });

  it('FFDC errors: the exception Egeria names, with the message id and HTTP code of the bean', async () => {
    await failThenRecover({ fault: 'ffdc', path: DATABASES }, (error) => {
      expect(error).toBeInstanceOf(PropertyServerException);
      expect(error.messageId).toBe('EGERIA-TS-TESTING-500-011');
      expect(error.relatedHTTPCode).toBe(500);
    });
    await failThenRecover(
      { fault: 'ffdc', path: DATABASES, exceptionClassName: 'UserNotAuthorizedException' },
      (error) => {
        expect(error).toBeInstanceOf(UserNotAuthorizedException);
        expect(error.relatedHTTPCode).toBe(401);
      },
    );
  });

  it('reset connections: a PropertyServerException for ECONNRESET; the next refresh succeeds', async () => {
    await failThenRecover({ fault: 'reset', path: DATABASES }, (error) => {
      expect(error).toBeInstanceOf(PropertyServerException);
      expect(error.exceptionProperties['transportErrorCode']).toBe('ECONNRESET');
    });
    expect(proxy.requests.filter((r) => r.fault === 'reset').length).toBeGreaterThan(0);
  });

  it('gone away: connections are refused (ECONNREFUSED); after it comes back the next refresh succeeds', async () => {
    const port = proxy.port;
    await failThenRecover('go-away', (error) => {
      expect(error).toBeInstanceOf(PropertyServerException);
      expect(error.exceptionProperties['transportErrorCode']).toBe('ECONNREFUSED');
      expect(proxy.away).toBe(true);
    });
    expect(proxy.away).toBe(false);
    expect(proxy.port).toBe(port);
  });

  it('slow answers: a timeout error when slower than the request timeout; the next refresh succeeds', async () => {
    await failThenRecover(
      { fault: 'delay', delayMs: 400, path: DATABASES },
      (error) => {
        expect(error).toBeInstanceOf(PropertyServerException);
        expect(error.exceptionProperties['transportErrorCode']).toBe('ETIMEDOUT');
      },
      150,
    );
  });

  it('slow answers within the timeout only slow the refresh down', async () => {
    const { run } = await runThroughProxy();
    try {
      proxy.inject({ fault: 'delay', delayMs: 150, method: 'POST', path: CREATE_DATABASE });
      const started = Date.now();
      await run.refresh();
      expect(Date.now() - started).toBeGreaterThanOrEqual(140);
      expect(proxy.requests.filter((r) => r.fault === 'delay')).toHaveLength(1);
    } finally {
      await run.stop();
    }
  });

  it('applies a fault a set number of times, and can forward the request before spoiling its answer', async () => {
    const { run, prefix } = await runThroughProxy();
    try {
      // The create reaches the emulator, but its answer is cut: the database exists, the connector does not know.
      const fault = proxy.inject({
        fault: 'truncated-json',
        forward: true,
        method: 'POST',
        path: CREATE_DATABASE,
        times: 1,
      });
      await expect(run.refresh()).rejects.toBeInstanceOf(PropertyServerException);
      expect(fault.hits).toBe(1);
      expect(fault.active).toBe(false);
      expect(proxy.faults).toHaveLength(0);
      expect(await emulator.elementByQualifiedName(`${prefix}:memory/shop`)).toBeDefined();
      // The next refresh finds the database by name and does not create it twice.
      const report = await run.refresh();
      expect(report.createCounts['Database']).toBeUndefined();
      expect(
        (await emulator.elementsOwnedBy(`${prefix}-server`)).filter((e) => e.typeName === 'Database'),
      ).toHaveLength(1);
    } finally {
      await run.stop();
    }
  });

  it('injects only into matching requests, oldest rule first, until removed', async () => {
    const first = proxy.inject({ fault: 'http-error', status: 503, method: 'GET', path: '/nowhere' });
    const second = proxy.inject({ fault: 'html', path: '/nowhere' });
    const get = (path: string, method = 'GET') =>
      new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
        const req = http.request(`${proxy.url}${path}`, { method, agent: false }, (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (body += c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }),
          );
        });
        req.on('error', reject);
        req.end();
      });
    expect((await get('/nowhere/at/all')).status).toBe(503);
    expect((await get('/nowhere', 'DELETE')).type).toContain('text/html');
    // A path the emulator does not serve passes through to its own 404.
    expect((await get('/somewhere')).status).toBe(404);
    first.remove();
    expect((await get('/nowhere')).body).toContain('<html>');
    second.remove();
    expect((await get('/nowhere')).status).toBe(404);
    expect(proxy.countRequests({ path: '/nowhere' })).toBe(4);
    expect(proxy.requests.map((r) => r.fault ?? 'pass')).toEqual(['http-error', 'html', 'pass', 'html', 'pass']);
  });

  it('refuses bad rules and options with typed errors naming the field', async () => {
    const bad = (rule: unknown) => {
      try {
        proxy.inject(rule as FaultRule);
      } catch (error) {
        return error as InvalidParameterException;
      }
      throw new Error('accepted');
    };
    expect(bad({ fault: 'explode' }).parameterName).toBe('rule.fault');
    expect(bad({ fault: 'delay' }).parameterName).toBe('rule.delayMs');
    expect(bad({ fault: 'reset', times: 0 }).parameterName).toBe('rule.times');
    expect(bad({ fault: 'http-error', status: 42 }).parameterName).toBe('rule.status');
    expect(bad({ fault: 'html', path: 7 })).toBeInstanceOf(InvalidParameterException);
    await expect(startFaultProxy({ target: 'https://example.com' })).rejects.toMatchObject({ parameterName: 'target' });
    await expect(startFaultProxy({ target: 'not a url' })).rejects.toMatchObject({ parameterName: 'target' });
    const closed = await startFaultProxy({ target: emulator.url });
    await closed.close();
    await closed.close();
    await expect(closed.comeBack()).rejects.toBeInstanceOf(IllegalStateError);
  });
});
