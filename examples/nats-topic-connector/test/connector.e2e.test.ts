/**
 * End to end: the connector run through the testing kit (as the daemon runs it) against a real NATS
 * server with JetStream and the emulator, behind a proxy that records what is sent on the wire.
 */
import { createServer } from 'net';
import { randomBytes } from 'crypto';
import {
  ConnectorCheckedException,
  PermittedSynchronization,
  defaultConnectorRegistry,
  isIntegrationConnectorDefinition,
  type IntegrationReport,
} from '@egeria-ts/core';
import { topicIntegratorService } from '@egeria-ts/topic-integrator';
import {
  NATS_STREAM_TYPE,
  NATS_TOPIC_CONNECTOR_ALIAS,
  NATS_TOPIC_CONNECTOR_NAME,
  NatsTopicConnector,
  natsQualifiedName,
  parseServerAddress,
} from '@egeria-ts/example-nats-topic-connector';
import {
  createTestContext,
  runConnector,
  startFaultProxy,
  useTestEmulator,
  type ConnectorRun,
  type FaultProxy,
} from '@egeria-ts/testing';
import {
  NATS_TEST_URL,
  createStream,
  deleteStreams,
  describeWithNats,
  uniqueStreamName,
  uniqueSubject,
  updateStream,
} from './nats-test-server';

const SOURCE = 'NATS Server:egeria-ts-example-test';
const SECRET_ENV = 'EGERIA_TS_NATS_EXAMPLE_TEST_PASSWORD';
// The test server needs no password; the connector sends it anyway, and it must never be logged.
const SECRET = `never-log-${randomBytes(8).toString('hex')}`;
const serverURL = parseServerAddress(NATS_TEST_URL).serverURL;
const qn = (stream: string): string => natsQualifiedName(serverURL, stream);

const orders = uniqueStreamName('orders');
const payments = uniqueStreamName('payments');
const audit = uniqueStreamName('audit');
const shared = uniqueStreamName('shared');
const local = uniqueStreamName('local');
const interrupted = ['a', 'b', 'c', 'd'].map((label) => uniqueStreamName(`abort_${label}`));
const ordersSubject = uniqueSubject('orders');

const emulator = useTestEmulator();

describe('NatsTopicConnector registration', () => {
  it('registers under its name and its Java-style alias in the Topic Integrator, with typed configuration properties', () => {
    const byName = defaultConnectorRegistry.resolve(NATS_TOPIC_CONNECTOR_NAME);
    expect(byName?.connectorClass).toBe(NatsTopicConnector);
    expect(defaultConnectorRegistry.resolve(NATS_TOPIC_CONNECTOR_ALIAS)?.connectorClass).toBe(NatsTopicConnector);
    const definition = byName?.definition;
    expect(isIntegrationConnectorDefinition(definition)).toBe(true);
    if (!isIntegrationConnectorDefinition(definition)) return;
    expect(definition.serviceURLMarker).toBe('topic-integrator');
    expect(definition.configurationProperties['includeStreams']?.type).toBe('stringList');
    expect(definition.configurationProperties['excludeStreams']?.type).toBe('stringList');
    expect(definition.configurationProperties['connectionTimeoutSeconds']?.defaultValue).toBe(10);
    expect(topicIntegratorService.supportsConnector(new NatsTopicConnector())).toBe(true);
  });
});

describeWithNats('NatsTopicConnector end to end (real NATS JetStream, emulator)', () => {
  let proxy: FaultProxy;
  const runs: ConnectorRun<NatsTopicConnector>[] = [];

  function start(
    configurationProperties: Record<string, unknown>,
    options: {
      metadataSourceQualifiedName?: string;
      address?: string;
      permittedSynchronization?: PermittedSynchronization;
      refreshes?: number;
    } = {},
  ): Promise<ConnectorRun<NatsTopicConnector>> {
    const { address = NATS_TEST_URL, refreshes = 1, ...rest } = options;
    return runConnector(NatsTopicConnector, {
      emulator,
      platformURL: proxy.url,
      service: topicIntegratorService,
      endpoint: address,
      userId: 'cataloguer',
      clearPassword: `\${env:${SECRET_ENV}}`,
      configurationProperties: { connectionTimeoutSeconds: 3, ...configurationProperties },
      metadataSourceQualifiedName: SOURCE,
      refreshes,
      ...rest,
    }).then((run) => {
      runs.push(run);
      return run;
    });
  }

  /** The write requests (POSTs that are not lookups) the proxy saw since the last call. */
  function takeWrites(): string[] {
    const writes = proxy.requests
      .filter((r) => r.method === 'POST' && !/\/by-(search-string|name)$/.test(r.path))
      .map((r) => `${r.method} ${r.path.replace(/^.*\/users\/[^/]+/, '')}`);
    proxy.clearRequests();
    return writes;
  }

  function writesIn(report: IntegrationReport): number {
    const sum = (counts: Record<string, number>): number => Object.values(counts).reduce((a, b) => a + b, 0);
    return sum(report.createCounts) + sum(report.updateCounts) + sum(report.deleteCounts);
  }

  async function topic(stream: string) {
    const element = await emulator.elementByQualifiedName(qn(stream));
    expect(element).toBeDefined();
    return element!;
  }

  beforeAll(async () => {
    process.env[SECRET_ENV] = SECRET;
    await createStream({
      name: orders,
      description: 'Order events',
      subjects: [`${ordersSubject}.created`, `${ordersSubject}.shipped`],
      max_age: 24 * 3600e9,
    });
    await createStream({
      name: payments,
      subjects: [`${uniqueSubject('payments')}.>`],
      retention: 'interest',
      storage: 'memory',
    });
    await createStream({ name: audit, subjects: [uniqueSubject('audit')], max_msgs: 1000 });
    await createStream({ name: shared, subjects: [uniqueSubject('shared')] });
    await createStream({ name: local, subjects: [uniqueSubject('local')] });
    for (const name of interrupted) await createStream({ name, subjects: [uniqueSubject(name.toLowerCase())] });
    proxy = await startFaultProxy({ target: emulator.url });
  });

  afterAll(async () => {
    for (const run of runs) await run.stop().catch(() => undefined);
    await proxy?.close();
    delete process.env[SECRET_ENV];
    await deleteStreams(orders, payments, audit, shared, local, ...interrupted);
  });

  let main: ConnectorRun<NatsTopicConnector>;

  it('catalogs each stream as a topic of the event broker on the first refresh', async () => {
    takeWrites();
    main = await start({ includeStreams: [orders, payments, audit] });
    expect(main.activityReports[0]?.createCounts).toEqual({ Topic: 3 });
    expect(main.connector.lastRefresh).toEqual({
      serverURL,
      streams: 3,
      created: 3,
      updated: 0,
      removed: 0,
      notOwned: 0,
    });
    // The metadata source registration, then one create per stream.
    expect(takeWrites().filter((w) => w.endsWith('/topics'))).toHaveLength(3);

    const ordersTopic = await topic(orders);
    expect(ordersTopic.typeName).toBe('Topic');
    expect(ordersTopic.metadataSourceQualifiedName).toBe(SOURCE);
    expect(ordersTopic.properties).toMatchObject({
      qualifiedName: qn(orders),
      name: orders,
      resourceName: orders,
      resourceDescription: 'Order events',
      deployedImplementationType: NATS_STREAM_TYPE,
      additionalProperties: {
        subjects: `${ordersSubject}.created, ${ordersSubject}.shipped`,
        retention: 'limits',
        storage: 'file',
        replicas: '1',
        discard: 'old',
        maxAge: 'P1D',
        duplicateWindow: 'PT2M',
      },
    });
    const [broker] = await emulator.relationshipsOf(ordersTopic.guid, { typeName: 'ServerAssetUse' });
    expect(broker?.end1).toMatchObject({ typeName: 'EventBroker', qualifiedName: SOURCE });

    expect((await topic(payments)).properties?.['additionalProperties']).toMatchObject({
      retention: 'interest',
      storage: 'memory',
    });
    expect((await topic(audit)).properties?.['additionalProperties']).toMatchObject({ maxMessages: '1000' });
    expect(main.auditLog.withMessageId('EGERIA-TS-NATS-0003')).toHaveLength(3);
  });

  it('sends no writes on a refresh when no stream changed', async () => {
    const report = await main.refresh();
    expect(writesIn(report)).toBe(0);
    expect(main.connector.lastRefresh).toMatchObject({ streams: 3, created: 0, updated: 0, removed: 0 });
    const reads = proxy.requests.length;
    expect(takeWrites()).toEqual([]);
    expect(reads).toBeGreaterThan(0); // it did list its topics
  });

  it('updates the topic of a changed stream and removes the topic of a deleted one, and nothing else', async () => {
    await updateStream(orders, {
      description: 'Orders, shipped and returned',
      subjects: [`${ordersSubject}.created`, `${ordersSubject}.shipped`, `${ordersSubject}.returned`],
      max_age: 3600e9,
    });
    await deleteStreams(payments);
    const report = await main.refresh();

    expect(main.connector.lastRefresh).toMatchObject({ streams: 2, created: 0, updated: 1, removed: 1 });
    expect(report.updateCounts).toEqual({ Topic: 1 });
    expect(report.deleteCounts).toEqual({ Topic: 1 });
    const ordersGUID = (await topic(orders)).guid;
    const writes = takeWrites();
    expect(writes).toHaveLength(2);
    expect(writes[0]).toMatch(new RegExp(`^POST /topics/${report.deletedElements[0]}/[^/]+/delete$`));
    expect(writes[1]).toBe(`POST /topics/${ordersGUID}`);

    const changed = await topic(orders);
    expect(changed.properties).toMatchObject({
      resourceDescription: 'Orders, shipped and returned',
      additionalProperties: {
        subjects: `${ordersSubject}.created, ${ordersSubject}.shipped, ${ordersSubject}.returned`,
        maxAge: 'PT1H',
      },
    });
    expect(await emulator.elementByQualifiedName(qn(payments))).toBeUndefined();
    expect(main.auditLog.withMessageId('EGERIA-TS-NATS-0004')).toHaveLength(1);
    expect(main.auditLog.withMessageId('EGERIA-TS-NATS-0005')).toHaveLength(1);

    expect(writesIn(await main.refresh())).toBe(0);
    expect(takeWrites()).toEqual([]);
  });

  it('removes the topic of a stream the filter newly excludes', async () => {
    await main.stop();
    main = await start({ includeStreams: [orders] }, { refreshes: 0 });
    takeWrites();
    const report = await main.refresh();
    expect(main.connector.lastRefresh).toMatchObject({ streams: 1, created: 0, updated: 0, removed: 1 });
    expect(report.deleteCounts).toEqual({ Topic: 1 });
    expect(takeWrites()).toHaveLength(1);
    expect(await emulator.elementByQualifiedName(qn(audit))).toBeUndefined();
    expect(await emulator.elementByQualifiedName(qn(orders))).toBeDefined();
    expect(writesIn(await main.refresh())).toBe(0);
  });

  it('leaves alone a topic of its server that another metadata source owns', async () => {
    const another = await createTestContext(topicIntegratorService, {
      emulator,
      metadataSourceQualifiedName: 'another-event-broker',
      permittedSynchronization: PermittedSynchronization.FROM_THIRD_PARTY,
    });
    const theirs = await another.context.createTopic({
      topicProperties: { qualifiedName: qn(shared), name: 'theirs' },
    });
    await another.close();

    const run = await start({ includeStreams: [orders, shared] });
    expect(run.connector.lastRefresh).toMatchObject({ streams: 2, created: 0, updated: 0, removed: 0, notOwned: 1 });
    expect(run.auditLog.withMessageId('EGERIA-TS-NATS-0006')).toHaveLength(1);
    const kept = await topic(shared);
    expect(kept.guid).toBe(theirs);
    expect(kept.properties?.['name']).toBe('theirs');
    expect(kept.metadataSourceQualifiedName).toBe('another-event-broker');

    // Without a metadata source, its topics belong to the local cohort, and it still leaves the others alone.
    takeWrites();
    const unowned = await start({ includeStreams: [local] }, { metadataSourceQualifiedName: undefined });
    expect(unowned.connector.lastRefresh).toMatchObject({ streams: 1, created: 1, removed: 0 });
    expect((await topic(local)).origin.originCategory).toBe('LOCAL_COHORT');
    expect(await emulator.elementByQualifiedName(qn(orders))).toBeDefined();
    expect(await emulator.elementByQualifiedName(qn(shared))).toBeDefined();
    expect(writesIn(await unowned.refresh())).toBe(0);
    await unowned.stop();
    await run.stop();
  });

  it('stops between writes when the signal fires, and the next refresh completes the catalog', async () => {
    const run = await start(
      { includeStreams: interrupted },
      { metadataSourceQualifiedName: `${SOURCE}:abort`, refreshes: 0 },
    );
    takeWrites();
    // Each topic create is held a while, so the signal fires while the first one is in flight.
    const delay = proxy.inject({ fault: 'delay', delayMs: 1500, method: 'POST', path: /\/topics$/ });
    const controller = new AbortController();
    const refreshing = run.refresh({ signal: controller.signal });
    while (!proxy.requests.some((r) => r.method === 'POST' && r.path.endsWith('/topics'))) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    controller.abort(new Error('refresh cancelled by the test'));
    await expect(refreshing).rejects.toThrow('refresh cancelled by the test');
    await new Promise((resolve) => setTimeout(resolve, 1600)); // the held request, if it was passed on
    delay.remove();
    expect(takeWrites().filter((w) => w.endsWith('/topics')).length).toBe(1);

    await run.refresh();
    const made = run.connector.lastRefresh!;
    expect(made).toMatchObject({ streams: 4, updated: 0, removed: 0 });
    expect(made.created).toBeGreaterThanOrEqual(3);
    for (const name of interrupted) expect(await emulator.elementByQualifiedName(qn(name))).toBeDefined();
    expect(writesIn(await run.refresh())).toBe(0);
    await run.stop();
  });

  it('neither reads NATS nor writes with TO_THIRD_PARTY, and says so once', async () => {
    takeWrites();
    const run = await start(
      { includeStreams: [orders, payments] },
      { permittedSynchronization: PermittedSynchronization.TO_THIRD_PARTY, address: 'nats://127.0.0.1:1' },
    );
    await run.refresh();
    expect(run.connector.lastRefresh).toBeUndefined();
    expect(run.auditLog.withMessageId('EGERIA-TS-NATS-0007')).toHaveLength(1);
    expect(run.auditLog.withMessageId('EGERIA-TS-NATS-0007')[0]?.messageText).toContain('TO_THIRD_PARTY');
    expect(takeWrites().filter((w) => w.includes('/topics'))).toEqual([]);
    await run.stop();
  });

  it('fails a refresh with a typed error when NATS cannot be reached, removes nothing and never logs the secret', async () => {
    const address = `nats://127.0.0.1:${await freePort()}`;
    const run = await start({}, { address, refreshes: 0 });
    takeWrites();
    const error = await run.refresh().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorCheckedException);
    expect((error as ConnectorCheckedException).messageId).toBe('EGERIA-TS-NATS-503-001');
    expect((error as ConnectorCheckedException).message).toContain(address);
    expect(JSON.stringify((error as ConnectorCheckedException).toJSON())).not.toContain(SECRET);
    expect(takeWrites()).toEqual([]);
    expect(await emulator.elementByQualifiedName(qn(orders))).toBeDefined();
    await run.stop();

    const records = runs.flatMap((r) => r.auditRecords);
    expect(records.filter((r) => r.messageId === 'EGERIA-TS-NATS-0002').length).toBeGreaterThan(5);
    expect(JSON.stringify(records)).toContain(`stream(s) of NATS server ${serverURL}`);
    expect(JSON.stringify(records)).not.toContain(SECRET);
  });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
