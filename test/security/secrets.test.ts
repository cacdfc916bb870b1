/**
 * Secrets never leave: a sentinel placed in every secret field of a daemon configuration
 * (clearPassword, encryptedPassword, securedProperties, an embedded connection's password, the
 * daemon's and the platform's passwords, the platform's bearer token, the admin API token, each as
 * a plain value or a `${env:...}` / `${file:...}` reference) never appears in anything written:
 * - a real daemon process (the CLI): its standard output and error (the audit log, warnings), the
 *   answers of every REST route, the metrics text, and the emulator's data file (activity reports
 *   and everything else the daemon wrote into open metadata);
 * - an embedded daemon: its audit destinations, events, status, metrics, configuration properties,
 *   process warnings and console output.
 * One connector tries hard to leak: it writes its secrets into an audit message and its details,
 * and throws an error that carries them.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { INTEGRATION_SERVICE_URL_MARKERS } from '@egeria-ts/core';
import { startTestEmulator, type TestEmulator } from '@egeria-ts/testing';
import { CATALOG_SOURCE_CONNECTOR, resetConnectorState } from '../reliability/support/catalog-source-connector';
import { killChild, spawnDaemon, type ChildDaemon } from '../reliability/support/child-process';
import { createRecordedDaemon, daemonDocument, waitFor, type ConnectorSpec } from '../reliability/support/harness';
import { rawRequest, type RawAnswer } from './support/raw-http';

/** The random part every sentinel shares: what the scans look for. */
const MARK = `S3NT1NEL${randomBytes(6).toString('hex')}`;
const secret = (field: string): string => `${MARK}-${field}`;

const SECRETS = {
  clearPassword: secret('clearPassword'),
  encryptedPassword: secret('encryptedPassword'),
  securedApiKey: secret('securedProperties-apiKey'),
  securedFromEnv: secret('securedProperties-env'),
  embeddedFromFile: secret('embedded-file'),
  localServerPassword: secret('localServerPassword'),
  platformPassword: secret('platform-password-file'),
  platformBearer: secret('platform-bearer-env'),
  adminToken: secret('adminApi-token-env'),
  posted: secret('posted-over-rest'),
};
const ENV = {
  RELIABILITY_CONN_SECRET: SECRETS.securedFromEnv,
  RELIABILITY_BEARER: SECRETS.platformBearer,
  RELIABILITY_ADMIN_TOKEN: SECRETS.adminToken,
};

/** Every way a sentinel could be written: as it is, in base64 (Basic credentials), percent-encoded. */
function leaks(text: string): string[] {
  const found: string[] = [];
  if (text.includes(MARK)) found.push(text.slice(Math.max(0, text.indexOf(MARK) - 200), text.indexOf(MARK) + 80));
  for (const value of Object.values(SECRETS)) {
    for (const user of ['reliability-npa', 'platform-user', 'db-user']) {
      if (text.includes(Buffer.from(`${user}:${value}`).toString('base64'))) found.push(`base64 of ${user}:<secret>`);
    }
    if (text.includes(Buffer.from(value).toString('base64'))) found.push('base64 of a secret');
  }
  return found;
}

let emulator: TestEmulator;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'egeria-ts-secrets-'));
  fs.writeFileSync(path.join(dir, 'platform.pw'), `${SECRETS.platformPassword}\n`);
  fs.writeFileSync(path.join(dir, 'embedded.pw'), `${SECRETS.embeddedFromFile}\n`);
  emulator = await startTestEmulator({ serverName: 'secrets-mds', dataFile: path.join(dir, 'emulator.journal') });
});

afterAll(async () => {
  await emulator.close();
  resetConnectorState();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The connectors: one with every connection secret that leaks on purpose, one virtual connection. */
function connectors(): ConnectorSpec[] {
  return [
    {
      name: 'careless',
      refreshSeconds: 0.5,
      properties: { tables: 1, columns: 1, leakSecrets: true },
      config: { generateIntegrationReports: true },
      connection: {
        userId: 'db-user',
        clearPassword: SECRETS.clearPassword,
        encryptedPassword: SECRETS.encryptedPassword,
        securedProperties: { apiKey: SECRETS.securedApiKey, token: '${env:RELIABILITY_CONN_SECRET}' },
        endpoint: { class: 'Endpoint', address: 'db.example.org:5432' },
      },
    },
    {
      name: 'virtual',
      refreshSeconds: 0.5,
      properties: { tables: 1, columns: 1 },
      config: { generateIntegrationReports: true },
      connection: {
        class: 'VirtualConnection',
        embeddedConnections: [
          {
            class: 'EmbeddedConnection',
            position: 0,
            embeddedConnection: {
              class: 'Connection',
              qualifiedName: 'virtual:embedded',
              userId: 'db-user',
              clearPassword: '${file:embedded.pw}',
            },
          },
        ],
      },
    },
  ];
}

function document(serverName: string): Record<string, unknown> {
  return daemonDocument({
    serverName,
    platformURL: emulator.url,
    metadataServerName: emulator.serverName,
    connectors: connectors(),
    extra: { localServerPassword: SECRETS.localServerPassword },
    egeriaTs: {
      adminApi: { enabled: true, port: 0, token: '${env:RELIABILITY_ADMIN_TOKEN}' },
      platform: {
        userId: 'platform-user',
        password: '${file:platform.pw}',
        bearerToken: '${env:RELIABILITY_BEARER}',
      },
      restartPolicy: { initialDelaySeconds: 0.1, maxDelaySeconds: 0.3, multiplier: 2 },
    },
  });
}

/** The REST routes of the daemon, with the requests that exercise them. */
function routes(serverName: string): Array<{ method: string; path: string; body?: unknown }> {
  const daemon = `/servers/${serverName}/open-metadata/integration-daemon`;
  const base = `${daemon}/users/admin`;
  const service = (marker: string): string =>
    `/servers/${serverName}/open-metadata/integration-services/${marker}/users/admin`;
  const connection = {
    class: 'Connection',
    qualifiedName: 'careless:Connection',
    connectorType: { class: 'ConnectorType', connectorProviderClassName: CATALOG_SOURCE_CONNECTOR },
    userId: 'db-user',
    clearPassword: SECRETS.posted,
    securedProperties: { apiKey: SECRETS.posted },
    configurationProperties: { sourceName: 'careless', tables: 1, columns: 1 },
  };
  return [
    { method: 'GET', path: `${base}/status` },
    { method: 'GET', path: `${daemon}/status` },
    { method: 'GET', path: `${base}/integration-connectors/careless/configuration-properties` },
    { method: 'GET', path: `${base}/integration-connectors/virtual/configuration-properties` },
    { method: 'GET', path: `${base}/integration-connectors/nobody/configuration-properties` },
    { method: 'GET', path: `${base}/integration-services/summary` },
    { method: 'GET', path: `${base}/integration-groups/summary` },
    { method: 'GET', path: `${base}/integration-groups/nogroup/summary` },
    { method: 'GET', path: `${base}/integration-groups/nogroup/refresh-config` },
    {
      method: 'POST',
      path: `${base}/integration-connectors/refresh`,
      body: { class: 'NameRequestBody', name: 'virtual' },
    },
    {
      method: 'POST',
      path: `${base}/integration-connectors/restart`,
      body: { class: 'NameRequestBody', name: 'virtual' },
    },
    { method: 'POST', path: `${base}/integration-services/database-integrator/refresh`, body: {} },
    { method: 'POST', path: `${base}/integration-services/database-integrator/restart`, body: { name: 'virtual' } },
    { method: 'POST', path: `${base}/integration-service/database-integrator/restart`, body: { name: 'virtual' } },
    {
      method: 'POST',
      path: `${base}/integration-connectors/configuration-properties`,
      body: {
        class: 'ConnectorConfigPropertiesRequestBody',
        connectorName: 'virtual',
        mergeUpdate: true,
        configurationProperties: { pauseMs: 0 },
      },
    },
    {
      method: 'POST',
      path: `${base}/integration-connectors/careless/endpoint-network-address`,
      body: { class: 'StringRequestBody', string: 'db.example.org:5433' },
    },
    { method: 'POST', path: `${base}/integration-connectors/careless/connection`, body: connection },
    { method: 'POST', path: `${daemon}/publish-open-lineage-event`, body: { eventType: 'START' } },
    ...INTEGRATION_SERVICE_URL_MARKERS.map((marker) => ({
      method: 'GET',
      path: `${service(marker)}/validate-connector/${encodeURIComponent(CATALOG_SOURCE_CONNECTOR)}`,
    })),
    { method: 'POST', path: `${service('lineage-integrator')}/api/v1/lineage`, body: { eventType: 'START' } },
    { method: 'GET', path: '/health' },
    { method: 'GET', path: '/health/liveness' },
    { method: 'GET', path: '/health/readiness' },
    { method: 'GET', path: '/metrics' },
    { method: 'GET', path: '/no/such/route' },
  ];
}

function send(
  port: number,
  route: { method: string; path: string; body?: unknown },
  token?: string,
): Promise<RawAnswer> {
  return rawRequest(port, route.path, {
    method: route.method,
    ...(route.body === undefined ? {} : { body: JSON.stringify(route.body) }),
    ...(token === undefined ? {} : { headers: { Authorization: `Bearer ${token}` } }),
  });
}

describe('secrets in a daemon configuration never appear in anything written', () => {
  let child: ChildDaemon | undefined;
  afterAll(() => killChild(child));

  it('a daemon process: stdout, stderr, every REST answer, the metrics and the emulator data file', async () => {
    child = spawnDaemon(dir, 'secrets-daemon.json', document('secrets-cli'), { env: ENV });
    const c = child;
    const [, base] = (await c.waitForStdout(/admin API at (http:\/\/\S+)/, 45000)) as unknown as [string, string];
    const port = Number(new URL(base).port);
    expect(new URL(base).hostname).toBe('127.0.0.1');

    // The careless connector leaked on its first refresh, failed, was restarted and recovered.
    await waitFor(
      () => c.markers().filter((m) => m.source === 'careless' && m.event === 'refresh-end').length >= 1,
      20000,
      'the careless connector to recover',
    );
    await waitFor(() => c.markers().some((m) => m.source === 'virtual' && m.event === 'refresh-end'), 20000, 'virtual');

    const answers: string[] = [];
    for (const route of routes('secrets-cli')) {
      // Without the token, or with a wrong one: refused, whatever the route.
      const refused = await send(port, route);
      expect([route.path, refused.status]).toEqual([route.path, 401]);
      const wrong = await send(port, route, 'not-the-token');
      expect([route.path, wrong.status]).toEqual([route.path, 401]);
      const answer = await send(port, route, SECRETS.adminToken);
      expect([route.path, answer.status === 401]).toEqual([route.path, false]);
      answers.push(refused.text, wrong.text, JSON.stringify(answer.headers), answer.text);
    }
    // After the connection posted over REST has been put to use, read everything again.
    await waitFor(
      () => c.markers().filter((m) => m.source === 'careless' && m.event === 'refresh-start').length >= 3,
      20000,
      'the careless connector to run with its new connection',
    );
    for (const route of routes('secrets-cli').filter((r) => r.method === 'GET')) {
      answers.push((await send(port, route, SECRETS.adminToken)).text);
    }
    const status = answers.find((a) => a.includes('integrationConnectorReports')) ?? '';
    expect(status).toContain('"clearPassword":"***"');
    const metrics = answers.find((a) => a.includes('# TYPE')) ?? '';
    expect(metrics).toContain('egeria_integration_connector_restarts_total');

    c.process.kill('SIGTERM');
    expect((await c.exited).code).toBe(0);
    const journal = fs.readFileSync(path.join(dir, 'emulator.journal'), 'utf8');

    // What was written is substantial: the audit log, the failure, the activity reports.
    const records = c.auditRecords();
    expect(records.length).toBeGreaterThan(30);
    expect(c.stderr()).toContain('EGERIA-TS-RELIABILITY-0001');
    expect(c.stderr()).toContain('could not log in to the source with ***');
    expect(journal).toContain('careless');

    // The scan finds what it looks for (the configuration file holds two secrets as they are).
    expect(leaks(fs.readFileSync(c.configFile, 'utf8')).length).toBeGreaterThan(0);
    expect(leaks(`Basic ${Buffer.from(`platform-user:${SECRETS.platformPassword}`).toString('base64')}`)).toEqual([
      'base64 of platform-user:<secret>',
    ]);
    expect({ where: 'stdout', leaks: leaks(c.stdout()) }).toEqual({ where: 'stdout', leaks: [] });
    expect({ where: 'stderr', leaks: leaks(c.stderr()) }).toEqual({ where: 'stderr', leaks: [] });
    expect({ where: 'REST answers', leaks: leaks(answers.join('\n')) }).toEqual({ where: 'REST answers', leaks: [] });
    expect({ where: 'emulator data file', leaks: leaks(journal) }).toEqual({ where: 'emulator data file', leaks: [] });
  }, 90000);

  it('an embedded daemon: audit destinations, events, status, metrics, warnings and console output', async () => {
    const written: unknown[] = [];
    const warnings = jest.spyOn(process, 'emitWarning').mockImplementation((...args: unknown[]) => {
      written.push(args);
    });
    const consoleCalls: unknown[] = [];
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) =>
      jest.spyOn(console, m).mockImplementation((...args: unknown[]) => void consoleCalls.push(args)),
    );
    const envBefore = { ...process.env };
    const rec = createRecordedDaemon(document('secrets-embedded'), { env: ENV, baseDir: dir });
    try {
      await rec.daemon.start();
      await waitFor(() => rec.eventsOf('refreshCompleted', 'careless').length >= 1, 20000, 'recovery');
      await waitFor(() => rec.eventsOf('refreshCompleted', 'virtual').length >= 1, 20000, 'virtual');
      await rec.daemon.updateConnectorConnection('virtual', {
        class: 'Connection',
        connectorType: { class: 'ConnectorType', connectorProviderClassName: CATALOG_SOURCE_CONNECTOR },
        clearPassword: SECRETS.posted,
        configurationProperties: { sourceName: 'virtual', tables: 1, columns: 1 },
      });
      await waitFor(() => rec.eventsOf('refreshCompleted', 'virtual').length >= 2, 20000, 'virtual restarted');
      written.push(
        rec.audit.records,
        rec.events.map((e) => e.event),
        rec.daemon.status(),
        rec.daemon.metrics(),
        rec.daemon.getIntegrationServiceSummaries(),
        ...rec.daemon.connectorNames().map((n) => rec.daemon.getConfigurationProperties(n)),
      );
    } finally {
      await rec.daemon.stop();
      warnings.mockRestore();
      for (const spy of spies) spy.mockRestore();
    }
    expect(process.env).toEqual(envBefore); // the secrets came from the given environment only
    const failure = rec.events.find((e) => e.name === 'connectorStatusChanged' && e.event['status'] === 'FAILED');
    expect(String(failure?.event['failingExceptionMessage'])).toContain('could not log in to the source with ***');
    expect(rec.audit.records.some((r) => r.messageId === 'EGERIA-TS-RELIABILITY-0001')).toBe(true);
    const text = JSON.stringify([written, consoleCalls], (_key, value: unknown) =>
      value instanceof Error ? { name: value.name, message: value.message, stack: value.stack } : value,
    );
    expect(text.length).toBeGreaterThan(10000);
    expect({ where: 'embedded daemon output', leaks: leaks(text) }).toEqual({
      where: 'embedded daemon output',
      leaks: [],
    });
  }, 60000);
});
