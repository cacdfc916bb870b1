/**
 * Transport security of a running daemon:
 * - TLS to the platform verifies the certificate by default (a self-signed platform is refused),
 *   works with the CA configured (`egeriaTs.platform.caFile`), and when verification is turned off
 *   (`rejectUnauthorized: false`) the daemon process says so on standard error;
 * - the REST admin API listens on 127.0.0.1 unless told otherwise, and refuses to listen on an
 *   address other machines can reach without a token. (That every route refuses a request without
 *   the configured token, end to end, is checked route by route in secrets.test.ts.)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import * as tls from 'node:tls';
import { IntegrationConnectorStatus } from '@egeria-ts/core';
import { startTestEmulator, type TestEmulator } from '@egeria-ts/testing';
import { resetConnectorState } from '../reliability/support/catalog-source-connector';
import { killChild, spawnDaemon, type ChildDaemon } from '../reliability/support/child-process';
import { createRecordedDaemon, daemonDocument, waitFor, type RecordedDaemon } from '../reliability/support/harness';

let emulator: TestEmulator;
let dir: string;
let certFile: string;
let platform: tls.Server | undefined;
let platformURL: string;
let opensslProblem: string | undefined;
const children: ChildDaemon[] = [];
const daemons: RecordedDaemon[] = [];

/** A self-signed certificate for 127.0.0.1 made with openssl; undefined when openssl is missing. */
function makeCertificate(): { cert: string; key: string } | undefined {
  const keyFile = path.join(dir, 'platform.key');
  try {
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyFile, '-out', certFile, '-days', '1'].concat([
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ]),
      { stdio: 'pipe' },
    );
  } catch (error) {
    opensslProblem = error instanceof Error ? error.message : String(error);
    return undefined;
  }
  return { cert: fs.readFileSync(certFile, 'utf8'), key: fs.readFileSync(keyFile, 'utf8') };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'egeria-ts-transport-'));
  certFile = path.join(dir, 'platform.pem');
  emulator = await startTestEmulator({ serverName: 'tls-mds' });
  const pair = makeCertificate();
  if (pair === undefined) return;
  // The platform over TLS: a TLS front that passes the bytes to the emulator.
  platform = tls.createServer(pair, (socket) => {
    const upstream = net.connect(emulator.port, '127.0.0.1');
    socket.pipe(upstream).pipe(socket);
    const drop = (): void => {
      socket.destroy();
      upstream.destroy();
    };
    socket.on('error', drop);
    upstream.on('error', drop);
    socket.on('close', drop);
  });
  await new Promise<void>((resolve) => platform?.listen(0, '127.0.0.1', resolve));
  platformURL = `https://127.0.0.1:${(platform.address() as net.AddressInfo).port}`;
});

afterAll(async () => {
  await Promise.all(children.map((c) => killChild(c)));
  for (const d of daemons) await d.daemon.stop();
  await new Promise((resolve) => (platform === undefined ? resolve(undefined) : platform.close(resolve)));
  await emulator.close();
  resetConnectorState();
  fs.rmSync(dir, { recursive: true, force: true });
});

function embedded(name: string, platformSettings: Record<string, unknown>): RecordedDaemon {
  const rec = createRecordedDaemon(
    daemonDocument({
      serverName: `tls-${name}`,
      platformURL,
      metadataServerName: emulator.serverName,
      connectors: [{ name, properties: { tables: 1, columns: 1 } }],
      egeriaTs: { platform: platformSettings },
    }),
    { baseDir: dir },
  );
  daemons.push(rec);
  return rec;
}

/** The TLS tests need openssl to make a certificate; without it they are skipped, saying why. */
const HAVE_OPENSSL = spawnSync('openssl', ['version'], { stdio: 'ignore' }).status === 0;
if (!HAVE_OPENSSL) console.warn('TLS tests skipped: openssl is not available to make a certificate');
const itTls = HAVE_OPENSSL ? it : it.skip;

function requirePlatform(): void {
  if (platform === undefined) throw new Error(`no TLS platform: ${opensslProblem ?? 'unknown problem'}`);
}

describe('TLS to the platform', () => {
  itTls('verifies the certificate by default: a self-signed platform is refused', async () => {
    requirePlatform();
    const warnings = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      const rec = embedded('verified', {});
      await rec.daemon.start();
      const report = rec.report('verified');
      expect(report?.connectorStatus).toBe(IntegrationConnectorStatus.INITIALIZE_FAILED);
      expect(report?.failingExceptionMessage).toMatch(/self[- ]signed certificate|DEPTH_ZERO_SELF_SIGNED_CERT/i);
      expect(await emulator.elementByQualifiedName('verified::verified-db')).toBeUndefined();
      await rec.daemon.stop();
    } finally {
      warnings.mockRestore();
    }
  });

  itTls('trusts a platform whose certificate authority is configured (caFile)', async () => {
    requirePlatform();
    const rec = embedded('trusted', { caFile: 'platform.pem' });
    await rec.daemon.start();
    await waitFor(() => rec.eventsOf('refreshCompleted', 'trusted').length > 0, 10000, 'a refresh over TLS');
    expect(await emulator.elementByQualifiedName('trusted::trusted-db')).toBeDefined();
    await rec.daemon.stop();
  });

  itTls(
    'says so loudly on standard error when told not to verify',
    async () => {
      requirePlatform();
      const child = spawnDaemon(
        dir,
        'unverified.json',
        daemonDocument({
          serverName: 'tls-unverified',
          platformURL,
          metadataServerName: emulator.serverName,
          connectors: [{ name: 'unverified', properties: { tables: 1, columns: 1 } }],
          egeriaTs: { platform: { rejectUnauthorized: false } },
        }),
      );
      children.push(child);
      await child.waitForStdout(/"source":"unverified","event":"refresh-end"/, 45000);
      expect(child.stderr()).toMatch(/WARNING: TLS certificate verification is OFF for https:\/\/127\.0\.0\.1:\d+/);
      expect(child.stderr()).toContain('Anyone on the network can impersonate the server');
      // ...and in the audit log, as a SECURITY record.
      expect(child.stderr()).toMatch(/"severity":"SECURITY"[^\n]*"messageId":"EGERIA-TS-DAEMON-RUNTIME-0018"/);
      child.process.kill('SIGTERM');
      expect((await child.exited).code).toBe(0);
    },
    60000,
  );
});

describe('the REST admin API', () => {
  it('listens on 127.0.0.1 by default: not on the machine’s other addresses', async () => {
    const child = spawnDaemon(
      dir,
      'admin-default.json',
      daemonDocument({
        serverName: 'admin-default',
        platformURL: emulator.url,
        metadataServerName: emulator.serverName,
        connectors: [{ name: 'admin-default', properties: { tables: 0 } }],
        egeriaTs: { adminApi: { enabled: true, port: 0 } },
      }),
    );
    children.push(child);
    const [, base] = (await child.waitForStdout(/admin API at (http:\/\/\S+)/, 45000)) as unknown as [string, string];
    const url = new URL(base);
    expect(url.hostname).toBe('127.0.0.1');
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((a) => a !== undefined && a.family === 'IPv4' && !a.internal)?.address;
    if (external !== undefined) {
      const refused = await new Promise<string>((resolve) => {
        const socket = net.connect(Number(url.port), external);
        socket.on('connect', () => {
          socket.destroy();
          resolve('connected');
        });
        socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
      });
      expect(refused).toBe('ECONNREFUSED');
    }
    child.process.kill('SIGTERM');
    expect((await child.exited).code).toBe(0);
  }, 60000);

  it('refuses to listen on an address other machines reach when no token is configured', async () => {
    const child = spawnDaemon(
      dir,
      'admin-open.json',
      daemonDocument({
        serverName: 'admin-open',
        platformURL: emulator.url,
        metadataServerName: emulator.serverName,
        connectors: [{ name: 'admin-open', properties: { tables: 0 } }],
        egeriaTs: { adminApi: { enabled: true, host: '0.0.0.0', port: 0 } },
      }),
    );
    children.push(child);
    const ended = await child.exited;
    expect(ended.code).not.toBe(0);
    expect(child.stdout()).not.toContain('admin API at');
    expect(child.stderr()).toContain(
      'The admin API would listen on 0.0.0.0, which is reachable from other machines, with no bearer token',
    );
  }, 60000);
});
