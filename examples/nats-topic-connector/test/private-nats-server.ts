/**
 * A NATS server of a test's own, started from the `nats-server` binary (NATS_SERVER_BIN, else
 * `/usr/sbin/nats-server` or the one on the PATH) with JetStream and the authentication the test
 * asks for, on a free port of 127.0.0.1, with its store in a temporary directory. Without the
 * binary the suites are skipped with a printed reason, except under CI=true (where `.ci/run`'s
 * server is that binary), where that is a test failure.
 */
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import { existsSync, promises as fs } from 'fs';
import { createConnection, createServer } from 'net';
import * as os from 'os';
import * as path from 'path';

/** The binary, when one is found. */
export const NATS_SERVER_BIN: string | undefined = findBinary();

/** How the private server authenticates clients. */
export type PrivateServerAuth = { readonly user: string; readonly pass: string } | { readonly token: string };

/** A running private server. */
export interface PrivateNatsServer {
  /** Its URL, `nats://127.0.0.1:<port>`. */
  readonly url: string;
  /** Stops it and removes its store. */
  stop(): Promise<void>;
}

/**
 * `describe` when the binary is found; otherwise `describe.skip` with the reason printed, or,
 * under CI=true, a suite whose one test fails with the reason.
 * @param name - the suite name
 * @param fn - the suite
 */
export function describeWithNatsBinary(name: string, fn: () => void): void {
  if (NATS_SERVER_BIN !== undefined) {
    describe(name, fn);
    return;
  }
  const reason = 'no nats-server binary (set NATS_SERVER_BIN, or install nats-server)';
  if (process.env['CI'] === 'true') {
    describe(name, () => {
      it('needs the nats-server binary (CI=true makes it a failure)', () => {
        throw new Error(reason);
      });
    });
    return;
  }
  console.warn(`Skipping "${name}": ${reason}.`);
  describe.skip(name, fn);
}

/**
 * Starts a private server with JetStream and the given authentication, and waits until it listens.
 * @param auth - user and password, or a token
 */
export async function startPrivateNatsServer(auth: PrivateServerAuth): Promise<PrivateNatsServer> {
  if (NATS_SERVER_BIN === undefined) throw new Error('no nats-server binary');
  const port = await freePort();
  const store = await fs.mkdtemp(path.join(os.tmpdir(), 'egeria-ts-nats-'));
  const authArgs = 'token' in auth ? ['--auth', auth.token] : ['--user', auth.user, '--pass', auth.pass];
  const child: ChildProcess = spawn(
    NATS_SERVER_BIN,
    ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', store, ...authArgs],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    await fs.rm(store, { recursive: true, force: true });
  };
  try {
    await waitForPort(port, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `nats://127.0.0.1:${port}`, stop };
}

async function waitForPort(port: number, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`nats-server exited with code ${child.exitCode}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ host: '127.0.0.1', port }, () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nats-server did not listen on port ${port} within 10 s`);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function findBinary(): string | undefined {
  const given = process.env['NATS_SERVER_BIN'];
  if (given !== undefined && given !== '') return existsSync(given) ? given : undefined;
  if (existsSync('/usr/sbin/nats-server')) return '/usr/sbin/nats-server';
  const found = spawnSync('sh', ['-c', 'command -v nats-server'], { encoding: 'utf8' });
  const located = found.status === 0 ? found.stdout.trim() : '';
  return located === '' ? undefined : located;
}
