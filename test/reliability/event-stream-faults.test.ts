/**
 * The emulator's out-topic event stream, read through the fault proxy while elements are being
 * created: the stream is cut (the proxy goes away and comes back), reconnections are reset or held,
 * and in the end the listener has received every event exactly once, in order, the same events as a
 * listener that read the stream directly.
 */
import {
  DATA_MANAGER_DATABASE_SERVICE,
  DatabaseManagerClient,
  EventStreamTopicConnector,
  OmasRestClient,
  dataManagerEventParser,
  type DataManagerOutboundEvent,
} from '@egeria-ts/omas-client';
import { outTopicName } from '@egeria-ts/emulator';
import { startFaultProxy, startTestEmulator, type FaultProxy, type TestEmulator } from '@egeria-ts/testing';
import { LONG, sleep, waitFor } from './support/harness';

let emulator: TestEmulator;
let proxy: FaultProxy;
const connectors: EventStreamTopicConnector<DataManagerOutboundEvent>[] = [];
let writer: OmasRestClient;

beforeAll(async () => {
  emulator = await startTestEmulator({ serverName: 'stream-mds' });
  proxy = await startFaultProxy({ target: emulator.url });
  writer = new OmasRestClient({
    service: DATA_MANAGER_DATABASE_SERVICE,
    transport: { platformURLRoot: emulator.url, serverName: emulator.serverName, userId: 'stream-writer' },
  });
});

afterAll(async () => {
  await Promise.all(connectors.map((c) => c.disconnect()));
  await writer.close();
  await proxy.close();
  await emulator.close();
});

function listen(platformURL: string): {
  connector: EventStreamTopicConnector<DataManagerOutboundEvent>;
  received: DataManagerOutboundEvent[];
} {
  const received: DataManagerOutboundEvent[] = [];
  const connector = new EventStreamTopicConnector<DataManagerOutboundEvent>({
    platformURL,
    serverName: emulator.serverName,
    topicName: outTopicName(emulator.serverName, 'data-manager'),
    parser: dataManagerEventParser,
    eventDirection: 'inOnly',
    reconnect: { initialDelayMs: 20, maxDelayMs: 200, connectAttempts: 5 },
    logger: { error: () => undefined, warn: () => undefined },
  });
  connector.registerListener((event) => {
    received.push(event);
  });
  connectors.push(connector);
  return { connector, received };
}

function key(event: DataManagerOutboundEvent): string {
  return `${event.eventType}:${event.principleElement?.guid ?? ''}:${event.classificationName ?? ''}`;
}

describe('the emulator event stream, cut and resumed through the fault proxy', () => {
  it('delivers every event exactly once, in order, across cuts, resets and slow reconnections', async () => {
    const direct = listen(emulator.url);
    const proxied = listen(proxy.url);
    await direct.connector.connect();
    await proxied.connector.connect();
    const databases = new DatabaseManagerClient(writer);

    const total = LONG ? 3000 : 300;
    const batches = LONG ? 60 : 12;
    let writing = true;
    const write = (async () => {
      const size = total / batches;
      for (let b = 0; b < batches; b++) {
        await Promise.all(
          Array.from({ length: size }, (_, i) =>
            databases.createDatabase({
              databaseProperties: { qualifiedName: `stream::db-${b}-${i}`, name: `db-${b}-${i}` },
            }),
          ),
        );
        await sleep(100);
      }
    })().finally(() => (writing = false));

    // Cut the stream each time events flow again, while the writes go on: the proxy goes away
    // (dropping the stream part-way), comes back, and resets or holds the next reconnections.
    let cuts = 0;
    while (writing) {
      const before = proxied.received.length;
      await waitFor(() => proxied.received.length > before || !writing, 10000, 'events to flow again');
      if (!writing) break;
      await proxy.goAway();
      await sleep(50);
      await proxy.comeBack(); // clears faults
      cuts++;
      if (cuts % 3 === 1) proxy.inject({ fault: 'reset', method: 'GET', path: '/emulator/out-topic/', times: 2 });
      if (cuts % 3 === 2)
        proxy.inject({ fault: 'delay', delayMs: 150, method: 'GET', path: '/emulator/out-topic/', times: 1 });
    }
    await write;

    await waitFor(() => direct.received.length >= total, 15000, `the direct listener to get ${total} events`);
    await waitFor(
      () => proxied.received.length >= direct.received.length,
      15000,
      `the proxied listener to catch up (${proxied.received.length} of ${direct.received.length})`,
    );
    await sleep(200); // anything delivered twice would arrive now
    await direct.connector.whenIdle();
    await proxied.connector.whenIdle();

    expect(cuts).toBeGreaterThanOrEqual(3);
    expect(proxy.countRequests({ method: 'GET', path: '/emulator/out-topic/' })).toBeGreaterThanOrEqual(cuts + 1);
    expect(proxy.requests.some((r) => r.fault === 'reset')).toBe(true);
    const keys = proxied.received.map(key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(proxied.received).toEqual(direct.received);
    const createdNames = proxied.received
      .filter((e) => e.eventType === 'NEW_ELEMENT_CREATED' && e.principleElement?.type?.typeName === 'Database')
      .map((e) => e.principleElement?.uniqueName);
    expect(new Set(createdNames).size).toBe(total);
  });
});
