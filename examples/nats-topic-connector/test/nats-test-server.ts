/**
 * The NATS server the tests use, and the decision to run, skip or fail them.
 *
 * The server is nats://127.0.0.1:4222 with JetStream (as `.ci/run` starts it) unless NATS_TEST_URL
 * says otherwise. When it cannot be reached, or has no JetStream, the suites are skipped with a
 * printed reason, except under CI=true, where that is a test failure. Each test file creates its
 * own streams, with unique names, and deletes them afterwards.
 */
import { spawnSync } from 'child_process';
import { randomBytes } from 'crypto';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager, type JetStreamManager, type StreamConfig } from '@nats-io/jetstream';

/** Where the test server is. */
export const NATS_TEST_URL = process.env['NATS_TEST_URL'] ?? 'nats://127.0.0.1:4222';

/** Whether the server answered with JetStream, and why not. Probed once, synchronously, so suites can be skipped. */
export const natsProbe: { readonly available: boolean; readonly reason?: string } = probe();

/**
 * `describe` when the test server answers with JetStream; otherwise `describe.skip` with the reason
 * printed, or, under CI=true, a suite whose one test fails with the reason.
 * @param name - the suite name
 * @param fn - the suite
 */
export function describeWithNats(name: string, fn: () => void): void {
  if (natsProbe.available) {
    describe(name, fn);
    return;
  }
  const reason = `NATS with JetStream is not reachable at ${NATS_TEST_URL}: ${natsProbe.reason}`;
  if (process.env['CI'] === 'true') {
    describe(name, () => {
      it('needs NATS with JetStream (CI=true makes a missing server a failure)', () => {
        throw new Error(`${reason}. Start it (nats-server -a 127.0.0.1 -p 4222 -js) before running the tests.`);
      });
    });
    return;
  }
  console.warn(`Skipping "${name}": ${reason}. Start nats-server -js on ${NATS_TEST_URL} to run these tests.`);
  describe.skip(name, fn);
}

/** A unique stream name for one test run, starting with `EGERIA_TS_TEST_`. */
export function uniqueStreamName(label: string): string {
  return `EGERIA_TS_TEST_${label.toUpperCase()}_${process.pid}_${randomBytes(3).toString('hex')}`;
}

/** A unique subject prefix for one stream (subjects must not overlap between streams). */
export function uniqueSubject(label: string): string {
  return `egeria-ts-test.${label}.${process.pid}.${randomBytes(3).toString('hex')}`;
}

/**
 * Runs `fn` with a JetStream manager on the test server, and closes the connection after.
 * @param fn - what to do
 */
export async function withJetStream<T>(fn: (manager: JetStreamManager) => Promise<T>): Promise<T> {
  const connection = await connect({ servers: NATS_TEST_URL, timeout: 5000, reconnect: false, name: 'egeria-ts-test' });
  try {
    return await fn(await jetstreamManager(connection, { timeout: 5000 }));
  } finally {
    await connection.close();
  }
}

/**
 * Creates a stream on the test server.
 * @param config - its configuration (a name from {@link uniqueStreamName})
 */
export async function createStream(config: Partial<StreamConfig> & { readonly name: string }): Promise<void> {
  await withJetStream((manager) => manager.streams.add(config));
}

/**
 * Changes a stream on the test server.
 * @param name - the stream
 * @param config - what to change
 */
export async function updateStream(name: string, config: Partial<StreamConfig>): Promise<void> {
  await withJetStream((manager) => manager.streams.update(name, config));
}

/**
 * Deletes streams from the test server; streams that are already gone are ignored.
 * @param names - the streams
 */
export async function deleteStreams(...names: string[]): Promise<void> {
  await withJetStream(async (manager) => {
    for (const name of names) await manager.streams.delete(name).catch(() => false);
  });
}

function probe(): { available: boolean; reason?: string } {
  const script = `
    const { connect } = require(${JSON.stringify(require.resolve('@nats-io/transport-node'))});
    const { jetstreamManager } = require(${JSON.stringify(require.resolve('@nats-io/jetstream'))});
    connect({ servers: process.env.U, timeout: 3000, reconnect: false }).then(async (nc) => {
      try { await (await jetstreamManager(nc, { timeout: 3000 })).getAccountInfo(); }
      finally { await nc.close(); }
    }).then(
      () => process.exit(0),
      (e) => { process.stdout.write(String((e && e.message) || e)); process.exit(1); });`;
  const result = spawnSync(process.execPath, ['-e', script], {
    env: { ...process.env, U: NATS_TEST_URL },
    encoding: 'utf8',
    timeout: 10_000,
  });
  if (result.status === 0) return { available: true };
  const reason = (result.stdout || result.stderr || result.error?.message || 'no answer').trim().split('\n')[0];
  return { available: false, reason: reason || 'no answer' };
}
