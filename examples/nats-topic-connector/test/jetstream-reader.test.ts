import { createServer } from 'net';
import { ConnectorCheckedException } from '@egeria-ts/core';
import { JetStreamReader, StreamFilter, parseServerAddress } from '@egeria-ts/example-nats-topic-connector';
import {
  NATS_TEST_URL,
  createStream,
  deleteStreams,
  describeWithNats,
  uniqueStreamName,
  uniqueSubject,
} from './nats-test-server';

const orders = uniqueStreamName('reader_orders');
const jobs = uniqueStreamName('reader_jobs');
const ordersSubject = uniqueSubject('orders');
const jobsSubject = uniqueSubject('jobs');

function reader(filter: StreamFilter, address = NATS_TEST_URL, clearPassword?: string): JetStreamReader {
  return new JetStreamReader({
    address,
    filter,
    connectionTimeoutMillis: 3000,
    requestTimeoutMillis: 3000,
    ...(clearPassword === undefined ? {} : { userId: 'reader', clearPassword }),
  });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describeWithNats('JetStreamReader against a real NATS server', () => {
  beforeAll(async () => {
    await createStream({
      name: orders,
      description: 'Order events',
      subjects: [`${ordersSubject}.created`, `${ordersSubject}.shipped`],
      storage: 'memory',
      max_age: 3600e9,
      max_bytes: 1 << 20,
      deny_delete: true,
    });
    await createStream({ name: jobs, subjects: [`${jobsSubject}.*`], retention: 'workqueue' });
  });
  afterAll(async () => deleteStreams(orders, jobs));

  it('reads the configuration of the streams the include list names, sorted by name', async () => {
    const snapshot = await reader(new StreamFilter({ includeStreams: [orders, jobs] })).readServer();
    expect(snapshot.serverURL).toBe(parseServerAddress(NATS_TEST_URL).serverURL);
    expect(snapshot.serverVersion).toMatch(/^\d+\.\d+/);
    expect(snapshot.streams.map((s) => s.name)).toEqual([jobs, orders].sort());

    const read = snapshot.streams.find((s) => s.name === orders)!;
    expect(read).toMatchObject({
      description: 'Order events',
      subjects: [`${ordersSubject}.created`, `${ordersSubject}.shipped`],
      retention: 'limits',
      storage: 'memory',
      replicas: 1,
      discard: 'old',
      maxAgeNanos: 3600e9,
      maxBytes: 1 << 20,
      maxMessages: -1,
      denyDelete: true,
      sealed: false,
      sources: [],
    });
    expect(read.mirror).toBeUndefined();
    expect(Date.parse(read.created)).not.toBeNaN();
    expect(Object.keys(read.metadata).filter((k) => k.startsWith('_nats'))).toEqual([]);

    const queue = snapshot.streams.find((s) => s.name === jobs)!;
    expect(queue).toMatchObject({ retention: 'workqueue', storage: 'file', subjects: [`${jobsSubject}.*`] });
    expect(queue.description).toBeUndefined();
  });

  it('leaves out the streams the exclude list names', async () => {
    const snapshot = await reader(new StreamFilter({ excludeStreams: [orders] })).readServer();
    const names = snapshot.streams.map((s) => s.name);
    expect(names).toContain(jobs);
    expect(names).not.toContain(orders);
  });

  it('fails with a typed error naming the server when nothing listens, never showing the password', async () => {
    const address = `nats://127.0.0.1:${await freePort()}`;
    const error = await reader(new StreamFilter(), address, 'reader-secret-password')
      .readServer()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorCheckedException);
    const e = error as ConnectorCheckedException;
    expect(e.messageId).toBe('EGERIA-TS-NATS-503-001');
    expect(e.message).toContain(address);
    expect(e.message).toContain('as reader');
    expect(JSON.stringify(e.toJSON())).not.toContain('reader-secret-password');
  });

  it('stops at once when the signal has fired', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stopped by the test'));
    await expect(reader(new StreamFilter()).readServer(controller.signal)).rejects.toThrow('stopped by the test');
  });
});
