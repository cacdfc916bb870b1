/**
 * The PostgreSQL server the tests use, and the decision to run, skip or fail them.
 *
 * The server is 127.0.0.1:5432 as user `postgres` (trust authentication) unless
 * POSTGRES_TEST_ADDRESS / POSTGRES_TEST_USER / POSTGRES_TEST_PASSWORD say otherwise. When it cannot
 * be reached the suites are skipped with a printed reason, except under CI=true, where that is a
 * test failure.
 */
import { spawnSync } from 'child_process';
import { randomBytes } from 'crypto';
import { Client } from 'pg';

/** Where the test server is. */
export const POSTGRES_TEST_ADDRESS = process.env['POSTGRES_TEST_ADDRESS'] ?? '127.0.0.1:5432';
/** The user the tests connect as (needs CREATEDB). */
export const POSTGRES_TEST_USER = process.env['POSTGRES_TEST_USER'] ?? 'postgres';
/** The password, if the server asks for one. */
export const POSTGRES_TEST_PASSWORD = process.env['POSTGRES_TEST_PASSWORD'];

const [host, portText] = splitAddress(POSTGRES_TEST_ADDRESS);

/** Whether the server answered, and why not. Probed once, synchronously, so suites can be skipped. */
export const postgresProbe: { readonly available: boolean; readonly reason?: string } = probe();

/**
 * `describe` when the test server answers; otherwise `describe.skip` with the reason printed, or,
 * under CI=true, a suite whose one test fails with the reason.
 * @param name - the suite name
 * @param fn - the suite
 */
export function describeWithPostgres(name: string, fn: () => void): void {
  if (postgresProbe.available) {
    describe(name, fn);
    return;
  }
  const reason = `PostgreSQL is not reachable at ${POSTGRES_TEST_ADDRESS} as ${POSTGRES_TEST_USER}: ${postgresProbe.reason}`;
  if (process.env['CI'] === 'true') {
    describe(name, () => {
      it('needs PostgreSQL (CI=true makes a missing server a failure)', () => {
        throw new Error(`${reason}. Start it (pg_ctlcluster <version> main start) before running the tests.`);
      });
    });
    return;
  }
  console.warn(`Skipping "${name}": ${reason}. Start PostgreSQL on ${POSTGRES_TEST_ADDRESS} to run these tests.`);
  describe.skip(name, fn);
}

/** A pg client for the test server, connected to `database`. Call `end()` when done. */
export async function connectTestClient(database = 'postgres'): Promise<Client> {
  const client = new Client({
    host,
    port: Number(portText),
    user: POSTGRES_TEST_USER,
    database,
    ...(POSTGRES_TEST_PASSWORD === undefined ? {} : { password: POSTGRES_TEST_PASSWORD }),
    connectionTimeoutMillis: 5000,
  });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/**
 * Runs SQL statements in a database of the test server.
 * @param database - the database
 * @param sql - one or more statements
 */
export async function runSql(database: string, sql: string): Promise<void> {
  const client = await connectTestClient(database);
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A unique database name for one test run, starting with `egeria_ts_test_`. */
export function uniqueDatabaseName(label: string): string {
  return `egeria_ts_test_${label}_${process.pid}_${randomBytes(3).toString('hex')}`;
}

/**
 * Creates a database and runs `setupSql` in it.
 * @param name - the database name (from {@link uniqueDatabaseName})
 * @param setupSql - statements that create the test schemas and tables
 */
export async function createTestDatabase(name: string, setupSql = ''): Promise<void> {
  await runSql('postgres', `CREATE DATABASE "${name}"`);
  if (setupSql !== '') await runSql(name, setupSql);
}

/**
 * Drops a test database, ending its sessions first.
 * @param name - the database name
 */
export async function dropTestDatabase(name: string): Promise<void> {
  await runSql('postgres', `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

function splitAddress(address: string): [string, string] {
  const match = /^(?:postgres(?:ql)?:\/\/)?([^:/]+)(?::(\d+))?/.exec(address);
  return [match?.[1] ?? '127.0.0.1', match?.[2] ?? '5432'];
}

function probe(): { available: boolean; reason?: string } {
  const script = `
    const { Client } = require(${JSON.stringify(require.resolve('pg'))});
    const client = new Client({ host: process.env.H, port: Number(process.env.P), user: process.env.U,
      password: process.env.W || undefined, database: 'postgres', connectionTimeoutMillis: 3000 });
    client.on('error', () => {});
    client.connect().then(() => client.query('SELECT 1')).then(() => client.end()).then(
      () => process.exit(0),
      (e) => { process.stdout.write(String(e && e.message || e)); process.exit(1); });`;
  const result = spawnSync(process.execPath, ['-e', script], {
    env: { ...process.env, H: host, P: portText, U: POSTGRES_TEST_USER, W: POSTGRES_TEST_PASSWORD ?? '' },
    encoding: 'utf8',
    timeout: 10_000,
  });
  if (result.status === 0) return { available: true };
  const reason = (result.stdout || result.stderr || result.error?.message || 'no answer').trim().split('\n')[0];
  return { available: false, reason: reason || 'no answer' };
}
