import { IllegalStateError } from '@egeria-ts/core';
import type { Connection } from '@egeria-ts/core';
import type { DataManagerOutboundEvent, TopicEventLogger } from '@egeria-ts/omas-client';
import {
  IN_MEMORY_TOPIC_CONNECTOR_PROVIDER,
  InMemoryEventBus,
  InMemoryTopicConnector,
  createTopicConnector,
  createTopicConnectorRegistry,
  dataManagerEventParser,
} from '@egeria-ts/omas-client';

interface Record_ {
  readonly message: string;
  readonly details: Readonly<Record<string, unknown>>;
}

function collectingLogger(): TopicEventLogger & { errors: Record_[]; warnings: Record_[] } {
  const errors: Record_[] = [];
  const warnings: Record_[] = [];
  return {
    errors,
    warnings,
    error: (message, details) => errors.push({ message, details }),
    warn: (message, details) => warnings.push({ message, details }),
  };
}

function connection(topic: string, extra: Partial<Connection> = {}): Connection {
  return {
    class: 'Connection',
    qualifiedName: `test:${topic}`,
    connectorType: { class: 'ConnectorType', connectorProviderClassName: IN_MEMORY_TOPIC_CONNECTOR_PROVIDER },
    endpoint: { class: 'Endpoint', address: topic },
    ...extra,
  };
}

function event(seq: number): Record<string, unknown> {
  return {
    class: 'DataManagerOutboundEvent',
    eventVersionId: 1,
    eventType: 'ELEMENT_UPDATED',
    principleElement: {
      class: 'ElementStub',
      guid: `g-${seq}`,
      uniqueName: `seq-${seq}`,
      type: { typeName: 'DataFile' },
    },
  };
}

const seqOf = (e: DataManagerOutboundEvent): number => Number(e.principleElement?.uniqueName?.slice(4));

describe('in-memory topic connector', () => {
  let bus: InMemoryEventBus;
  let registry: ReturnType<typeof createTopicConnectorRegistry>;
  const open: Array<{ disconnect(): Promise<void> }> = [];

  beforeEach(() => {
    bus = new InMemoryEventBus();
    registry = createTopicConnectorRegistry({ inMemoryBus: bus });
  });

  afterEach(async () => {
    await Promise.all(open.splice(0).map((c) => c.disconnect()));
  });

  function create(topic: string, logger = collectingLogger()) {
    const connector = createTopicConnector<DataManagerOutboundEvent>(connection(topic), {
      registry,
      parser: dataManagerEventParser,
      logger,
    });
    open.push(connector);
    return connector;
  }

  it('delivers typed events in order, once to each listener, to every connector on the topic', async () => {
    const a = create('t1');
    const b = create('t1');
    const seenA1: number[] = [];
    const seenA2: number[] = [];
    const seenB: number[] = [];
    const listenerA1 = (e: DataManagerOutboundEvent): void => void seenA1.push(seqOf(e));
    a.registerListener(listenerA1);
    a.registerListener(listenerA1); // registered once only
    a.registerListener((e) => void seenA2.push(seqOf(e)));
    b.registerListener((e) => void seenB.push(seqOf(e)));
    await a.connect();
    await b.connect();
    expect(a.isConnected).toBe(true);
    for (let i = 0; i < 100; i++) await (i % 2 === 0 ? a : b).send(event(i));
    await bus.topic('t1').flush();
    const expected = Array.from({ length: 100 }, (_, i) => i);
    expect(seenA1).toEqual(expected);
    expect(seenA2).toEqual(expected);
    expect(seenB).toEqual(expected);
  });

  it('logs a listener that throws or rejects, and the other listeners still get the event', async () => {
    const logger = collectingLogger();
    const connector = create('t2', logger);
    const seen: number[] = [];
    connector.registerListener(() => {
      throw new Error('listener one is broken');
    });
    connector.registerListener(async () => {
      await Promise.resolve();
      throw new Error('listener two rejects');
    });
    connector.registerListener((e) => void seen.push(seqOf(e)));
    await connector.connect();
    await connector.send(event(1));
    await connector.send(event(2));
    await bus.topic('t2').flush();
    expect(seen).toEqual([1, 2]);
    expect(logger.errors).toHaveLength(4);
    expect(logger.errors.map((r) => r.message).join('\n')).toContain('listener one is broken');
    expect(logger.errors.map((r) => r.message).join('\n')).toContain('listener two rejects');
    expect(logger.errors[0].details['eventType']).toBe('ELEMENT_UPDATED');
  });

  it('skips a garbage event with a typed error naming the field and goes on', async () => {
    const logger = collectingLogger();
    const connector = create('t3', logger);
    const seen: number[] = [];
    connector.registerListener((e) => void seen.push(seqOf(e)));
    await connector.connect();
    await connector.send(event(1));
    await connector.send({ eventType: 'ELEMENT_UPDATED', principleElement: { guid: 12 } });
    await connector.send('this is not JSON');
    await connector.send(event(2));
    await bus.topic('t3').flush();
    expect(seen).toEqual([1, 2]);
    expect(logger.errors).toHaveLength(2);
    expect(logger.errors[0].details['error']).toMatchObject({ parameterName: 'principleElement.guid' });
    expect(logger.errors[1].details['error']).toMatchObject({ parameterName: 'event' });
  });

  it('waits for async listeners before the next event, so each sees the events in order', async () => {
    const connector = create('t4');
    const log: string[] = [];
    connector.registerListener(async (e) => {
      log.push(`slow-start-${seqOf(e)}`);
      await new Promise((resolve) => setTimeout(resolve, 2));
      log.push(`slow-end-${seqOf(e)}`);
    });
    connector.registerListener((e) => void log.push(`fast-${seqOf(e)}`));
    await connector.connect();
    for (let i = 0; i < 3; i++) await connector.send(event(i));
    await bus.topic('t4').flush();
    expect(log).toEqual([
      'slow-start-0',
      'fast-0',
      'slow-end-0',
      'slow-start-1',
      'fast-1',
      'slow-end-1',
      'slow-start-2',
      'fast-2',
      'slow-end-2',
    ]);
  });

  it('keeps the order when a listener sends while it handles an event', async () => {
    const connector = create('t5');
    const first: number[] = [];
    const second: number[] = [];
    connector.registerListener((e) => {
      first.push(seqOf(e));
      if (seqOf(e) < 3) void connector.send(event(seqOf(e) + 10));
    });
    connector.registerListener((e) => void second.push(seqOf(e)));
    await connector.connect();
    // both published in the same tick: 10 and 11 are published while 0 and 1 are being delivered
    await Promise.all([connector.send(event(0)), connector.send(event(1))]);
    await bus.topic('t5').flush();
    expect(first).toEqual([0, 1, 10, 11]);
    expect(second).toEqual(first);
  });

  it('stops delivering after unregisterListener and disconnect', async () => {
    const connector = create('t6');
    const seen: number[] = [];
    const listener = (e: DataManagerOutboundEvent): void => void seen.push(seqOf(e));
    connector.registerListener(listener);
    await connector.connect();
    await connector.send(event(1));
    await bus.topic('t6').flush();
    expect(connector.unregisterListener(listener)).toBe(true);
    expect(connector.unregisterListener(listener)).toBe(false);
    await connector.send(event(2));
    await bus.topic('t6').flush();
    connector.registerListener(listener);
    await connector.disconnect();
    await connector.disconnect();
    expect(connector.isConnected).toBe(false);
    bus.topic('t6').publish(event(3));
    await bus.topic('t6').flush();
    expect(seen).toEqual([1]);
    await expect(connector.send(event(4))).rejects.toBeInstanceOf(IllegalStateError);
  });

  it('honours the event direction: inOnly cannot send, outOnly receives nothing', async () => {
    const inOnly = createTopicConnector(connection('t7', { configurationProperties: { eventDirection: 'inOnly' } }), {
      registry,
    });
    const outOnly = createTopicConnector(connection('t7'), { registry, eventDirection: 'outOnly' });
    open.push(inOnly, outOnly);
    const received: unknown[] = [];
    const sent: unknown[] = [];
    inOnly.registerListener((e) => void received.push(e));
    outOnly.registerListener((e) => void sent.push(e));
    await inOnly.connect();
    await outOnly.connect();
    await expect(inOnly.send({ a: 1 })).rejects.toMatchObject({
      name: 'IllegalStateError',
      parameterName: 'eventDirection',
    });
    await outOnly.send({ b: 2 });
    await bus.topic('t7').flush();
    expect(received).toEqual([{ b: 2 }]);
    expect(sent).toEqual([]);
  });

  it('sends to another topic when given topicName (an in topic, from the out-topic connection)', async () => {
    const inTopic = 'egeria.omag.server.mds1.omas.datamanager.inTopic';
    const sender = createTopicConnector(connection('egeria.omag.server.mds1.omas.datamanager.outTopic'), {
      registry,
      topicName: inTopic,
      eventDirection: 'outOnly',
    });
    open.push(sender);
    expect(sender.topicName).toBe(inTopic);
    const received: unknown[] = [];
    bus
      .topic(inTopic)
      .subscribe({ receive: (p) => void received.push(p), pending: 0, whenIdle: async () => undefined });
    await sender.connect();
    await sender.send({ request: 'x' });
    expect(received).toEqual([{ request: 'x' }]);
  });

  it('delivers at least 50,000 typed events a second to ten listeners', async () => {
    const total = 100_000;
    const payloads = Array.from({ length: 1000 }, (_, i) => event(i));
    const connector = new InMemoryTopicConnector<DataManagerOutboundEvent>({
      topic: bus.topic('perf'),
      parser: dataManagerEventParser,
    });
    open.push(connector);
    const counts = new Array<number>(10).fill(0);
    let lastSeq = -1;
    let outOfOrder = 0;
    for (let l = 0; l < 10; l++) {
      connector.registerListener((e) => {
        counts[l]++;
        if (l === 0) {
          const s = seqOf(e);
          if (s !== (lastSeq + 1) % 1000) outOfOrder++;
          lastSeq = s;
        }
      });
    }
    await connector.connect();
    const topic = bus.topic('perf');
    const started = process.hrtime.bigint();
    for (let i = 0; i < total; i++) topic.publish(payloads[i % 1000]);
    await topic.flush();
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const rate = total / seconds;
    console.log(`in-memory topic: ${Math.round(rate)} events/s to ten listeners (${total} typed events)`);
    expect(counts).toEqual(new Array<number>(10).fill(total));
    expect(outOfOrder).toBe(0);
    expect(rate).toBeGreaterThan(50_000);
  });
});
