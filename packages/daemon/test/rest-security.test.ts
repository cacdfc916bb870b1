import { EgeriaError, InvalidParameterException, PropertyServerException } from '@egeria-ts/core';
import { ADMIN_SERVER_DEFAULTS, isLoopbackHost, startAdminServer } from '@egeria-ts/daemon';
import type { AdminServer, AdminServerOptions, AdminServerRequestLogEntry } from '@egeria-ts/daemon';
import { FakeAdministration } from './rest-support/fake-administration';
import { send } from './rest-support/http-client';
import { makeSelfSigned } from './rest-support/self-signed';

const V5 = '/servers/daemon1/open-metadata/integration-daemon/users/garygeeke';
const TOKEN = 'tok-3f9a1c7e-admin';

const servers: AdminServer[] = [];

async function start(admin: FakeAdministration, options: AdminServerOptions = {}): Promise<AdminServer> {
  const server = await startAdminServer(admin, options);
  servers.push(server);
  return server;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function rejection(promise: Promise<unknown>): Promise<EgeriaError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof EgeriaError) return e;
    throw e;
  }
  throw new Error('the promise resolved');
}

describe('bearer token', () => {
  const paths: Array<[string, string]> = [
    ['GET', `${V5}/status`],
    ['GET', '/servers/daemon1/open-metadata/integration-daemon/status'],
    ['POST', `${V5}/integration-connectors/refresh`],
    ['POST', `${V5}/integration-connectors/restart`],
    ['POST', `${V5}/integration-connectors/configuration-properties`],
    ['GET', `${V5}/integration-groups/G1/refresh-config`],
    ['GET', '/servers/daemon1/open-metadata/integration-services/files-integrator/users/u/validate-connector/x'],
    ['POST', '/servers/daemon1/open-metadata/integration-services/lineage-integrator/users/u/api/v1/lineage'],
    ['GET', '/health'],
    ['GET', '/metrics'],
    ['GET', '/no/such/path'],
  ];

  it('refuses every route without the token: HTTP 401, a Bearer challenge, a JSON FFDC body; nothing runs', async () => {
    const admin = new FakeAdministration();
    const server = await start(admin, { token: TOKEN });
    for (const [method, path] of paths) {
      const res = await send(server.url, path, { method, body: method === 'POST' ? {} : undefined });
      expect(res.status).toBe(401);
      expect(res.headers['www-authenticate']).toBe('Bearer realm="egeria-integration-daemon"');
      expect(res.json).toMatchObject({
        class: 'FFDCResponseBase',
        relatedHTTPCode: 401,
        exceptionClassName: 'org.odpi.openmetadata.frameworks.connectors.ffdc.UserNotAuthorizedException',
        exceptionErrorMessageId: 'EGERIA-TS-ADMIN-API-401-001',
      });
    }
    expect(admin.calls).toEqual([]);
  });

  it('refuses a wrong token or another scheme, and never echoes what was sent', async () => {
    const admin = new FakeAdministration();
    const server = await start(admin, { token: TOKEN });
    const wrong = await send(server.url, `${V5}/status`, { headers: { Authorization: 'Bearer not-the-token' } });
    expect(wrong.status).toBe(401);
    expect(wrong.headers['www-authenticate']).toContain('error="invalid_token"');
    expect(wrong.json.exceptionErrorMessageId).toBe('EGERIA-TS-ADMIN-API-401-002');
    expect(wrong.text).not.toContain('not-the-token');
    const longer = await send(server.url, `${V5}/status`, { headers: { Authorization: `Bearer ${TOKEN}x` } });
    expect(longer.status).toBe(401);
    const basic = await send(server.url, `${V5}/status`, {
      headers: { Authorization: `Basic ${Buffer.from(`u:${TOKEN}`).toString('base64')}` },
    });
    expect(basic.status).toBe(401);
    expect(basic.json.exceptionErrorMessageId).toBe('EGERIA-TS-ADMIN-API-401-001');
    expect(admin.calls).toEqual([]);
  });

  it('serves every route with the token (scheme name case-insensitive)', async () => {
    const admin = new FakeAdministration();
    const server = await start(admin, { token: TOKEN });
    const auth = { Authorization: `Bearer ${TOKEN}` };
    expect((await send(server.url, `${V5}/status`, { headers: auth })).json.class).toBe(
      'IntegrationDaemonStatusResponse',
    );
    const refresh = await send(server.url, `${V5}/integration-connectors/refresh`, {
      method: 'POST',
      headers: { Authorization: `bearer ${TOKEN}` },
    });
    expect(refresh.json).toEqual({ class: 'VoidResponse', relatedHTTPCode: 200 });
    expect((await send(server.url, '/health', { headers: auth })).status).toBe(200);
    expect((await send(server.url, '/metrics', { headers: auth })).status).toBe(200);
    expect((await send(server.url, '/nothing', { headers: auth })).status).toBe(404);
    expect(admin.calls.map((c) => c.method)).toEqual(['status', 'refresh']);
  });

  it('accepts any caller and any userId when no token is configured', async () => {
    const admin = new FakeAdministration();
    const server = await start(admin);
    for (const user of ['garygeeke', 'erinoverview', 'anyone-at-all']) {
      const res = await send(server.url, `/servers/daemon1/open-metadata/integration-daemon/users/${user}/status`);
      expect(res.json.relatedHTTPCode).toBe(200);
    }
  });
});

describe('TLS', () => {
  const identity = makeSelfSigned();

  it('serves HTTPS with the given certificate', async () => {
    if ('skipped' in identity) {
      console.log(`TLS test skipped: ${identity.skipped}`);
      return;
    }
    const admin = new FakeAdministration();
    const server = await start(admin, { tls: identity, token: TOKEN });
    expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const res = await send(server.url, `${V5}/status`, {
      ca: identity.cert,
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    expect(res.status).toBe(200);
    expect(res.json.class).toBe('IntegrationDaemonStatusResponse');
    // A client that does not trust the certificate cannot talk to it.
    await expect(send(server.url, `${V5}/status`)).rejects.toThrow(/self[- ]signed|certificate/i);
    // Plain HTTP to the TLS port gets no answer of ours.
    await expect(send(server.url.replace('https:', 'http:'), `${V5}/status`)).rejects.toThrow();
  });

  it('refuses a certificate or key that is not PEM, naming the option', async () => {
    const admin = new FakeAdministration();
    const error = await rejection(startAdminServer(admin, { tls: { cert: 'not a cert', key: 'not a key' } }));
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect(error.messageId).toBe('EGERIA-TS-ADMIN-API-400-003');
    expect(error.parameterName).toBe('tls');
    expect(error.message).not.toContain('not a key');
    const empty = await rejection(startAdminServer(admin, { tls: { cert: '', key: 'x' } }));
    expect(empty.parameterName).toBe('tls.cert');
  });
});

describe('where it listens', () => {
  it('listens on 127.0.0.1 and a free port by default', async () => {
    const server = await start(new FakeAdministration());
    expect(ADMIN_SERVER_DEFAULTS.host).toBe('127.0.0.1');
    expect(server.host).toBe('127.0.0.1');
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
  });

  it('listens on ::1 without a token (loopback)', async () => {
    const server = await start(new FakeAdministration(), { host: '::1' });
    expect(server.url).toBe(`http://[::1]:${server.port}`);
    expect((await send(server.url, '/health')).status).toBe(200);
  });

  it('refuses a non-loopback address without a token', async () => {
    for (const host of ['0.0.0.0', '::', '192.0.2.10', 'daemon.example.com']) {
      const error = await rejection(startAdminServer(new FakeAdministration(), { host }));
      expect(error).toBeInstanceOf(InvalidParameterException);
      expect(error.messageId).toBe('EGERIA-TS-ADMIN-API-400-001');
      expect(error.parameterName).toBe('host');
      expect(error.message).toContain(host);
    }
  });

  it('listens on a non-loopback address with a token', async () => {
    const server = await start(new FakeAdministration(), { host: '0.0.0.0', token: TOKEN });
    const res = await send(`http://127.0.0.1:${server.port}`, '/health', {
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    expect(res.status).toBe(200);
  });

  it('tells loopback addresses from others', () => {
    for (const host of [
      '127.0.0.1',
      '127.8.9.10',
      'localhost',
      'LOCALHOST',
      '::1',
      '[::1]',
      '0:0:0:0:0:0:0:1',
      '::ffff:127.0.0.1',
    ]) {
      expect([host, isLoopbackHost(host)]).toEqual([host, true]);
    }
    for (const host of ['0.0.0.0', '::', '10.0.0.1', '128.0.0.1', 'example.com', '::2', '::ffff:10.0.0.1']) {
      expect([host, isLoopbackHost(host)]).toEqual([host, false]);
    }
  });

  it('reports a port in use as PropertyServerException', async () => {
    const first = await start(new FakeAdministration());
    const error = await rejection(startAdminServer(new FakeAdministration(), { port: first.port }));
    expect(error).toBeInstanceOf(PropertyServerException);
    expect(error.messageId).toBe('EGERIA-TS-ADMIN-API-500-001');
    expect(error.message).toContain(String(first.port));
  });

  it('refuses bad options, naming each', async () => {
    const cases: Array<[AdminServerOptions, string]> = [
      [{ port: -1 }, 'port'],
      [{ port: 70000 }, 'port'],
      [{ port: 1.5 }, 'port'],
      [{ host: '' }, 'host'],
      [{ token: '' }, 'token'],
      [{ token: 'has space' }, 'token'],
      [{ maxBodyBytes: 0 }, 'maxBodyBytes'],
      [{ closeTimeoutMs: -5 }, 'closeTimeoutMs'],
    ];
    for (const [options, name] of cases) {
      const error = await rejection(startAdminServer(new FakeAdministration(), options));
      expect([name, error.messageId, error.parameterName]).toEqual([name, 'EGERIA-TS-ADMIN-API-400-002', name]);
    }
    const secret = await rejection(startAdminServer(new FakeAdministration(), { token: 'secret value' }));
    expect(secret.message).not.toContain('secret value');
  });
});

describe('access log and close', () => {
  it('reports each request once, without the token', async () => {
    const entries: AdminServerRequestLogEntry[] = [];
    const server = await start(new FakeAdministration(), { token: TOKEN, onRequest: (e) => entries.push(e) });
    await send(server.url, `${V5}/status`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    await send(server.url, `${V5}/integration-connectors/refresh`, {
      method: 'POST',
      body: { name: 'ghost' },
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    await send(server.url, `${V5}/status`);
    expect(entries).toHaveLength(3);
    expect(entries[0]).toMatchObject({
      method: 'GET',
      path: `${V5}/status`,
      status: 200,
      action: 'getIntegrationDaemonStatus',
      userId: 'garygeeke',
    });
    expect(entries[1]).toMatchObject({
      status: 200,
      action: 'refreshConnectors',
      errorMessageId: 'INTEGRATION-DAEMON-SERVICES-400-031',
    });
    expect(entries[2]).toMatchObject({ status: 401, errorMessageId: 'EGERIA-TS-ADMIN-API-401-001' });
    expect(entries.every((e) => e.durationMs >= 0)).toBe(true);
    expect(JSON.stringify(entries)).not.toContain(TOKEN);
  });

  it('closes idle keep-alive connections and cuts a request still running after closeTimeoutMs', async () => {
    const admin = new FakeAdministration();
    let release: () => void = () => undefined;
    admin.refresh = () => new Promise<void>((resolve) => (release = resolve));
    const server = await startAdminServer(admin, { closeTimeoutMs: 100 });
    const hanging = send(server.url, `${V5}/integration-connectors/refresh`, { method: 'POST' });
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    await server.close();
    expect(Date.now() - started).toBeLessThan(2000);
    await expect(hanging).rejects.toThrow();
    release();
    await server.close(); // twice is fine
  });
});
