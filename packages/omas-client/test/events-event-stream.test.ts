import { ConnectionCheckedException, ConnectorCheckedException, EgeriaError } from '@egeria-ts/core';
import type { Connection } from '@egeria-ts/core';
import type { DataManagerOutboundEvent, TopicConnector, TopicEventLogger } from '@egeria-ts/omas-client';
import {
  EVENT_STREAM_TOPIC_CONNECTOR_PROVIDER,
  EventStreamTopicConnector,
  createTopicConnector,
  dataManagerEventParser,
  defaultInTopicName,
  defaultOutTopicName,
} from '@egeria-ts/omas-client';
import { SseTestServer } from './events-sse-test-server';

const SERVER = 'mds1';
const OUT_TOPIC = defaultOutTopicName({ serverName: SERVER, serviceURLMarker: 'data-manager' });
const IN_TOPIC = defaultInTopicName({ serverName: SERVER, serviceURLMarker: 'data-manager' });

interface LogRecord {
  readonly message: string;
  readonly details: Readonly<Record<string, unknown>>;
}

function collectingLogger(): TopicEventLogger & { errors: LogRecord[]; warnings: LogRecord[] } {
  const errors: LogRecord[] = [];
  const warnings: LogRecord[] = [];
  return {
    errors,
    warnings,
    error: (message, details) => errors.push({ message, details }),
    warn: (message, details) => warnings.push({ message, details }),
  };
}

async function until(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function event(seq: number, note = ''): Record<string, unknown> {
  return {
    class: 'DataManagerOutboundEvent',
    eventVersionId: 1,
    eventType: 'NEW_ELEMENT_CREATED',
    principleElement: { class: 'ElementStub', guid: `g-${seq}`, uniqueName: `seq-${seq}${note}` },
  };
}

const seqOf = (e: DataManagerOutboundEvent): number =>
  Number(/^seq-(\d+)/.exec(e.principleElement?.uniqueName ?? '')?.[1]);

describe('event stream topic connector (server-sent events)', () => {
  let server: SseTestServer;
  let base: string;
  const connectors: TopicConnector<unknown>[] = [];

  beforeEach(async () => {
    server = new SseTestServer();
    base = await server.start();
  });

  afterEach(async () => {
    await Promise.all(connectors.splice(0).map((c) => c.disconnect()));
    await server.close();
  });

  function connection(topic = OUT_TOPIC, address?: string): Connection {
    return {
      class: 'Connection',
      qualifiedName: 'emulator out topic',
      connectorType: { class: 'ConnectorType', connectorProviderClassName: EVENT_STREAM_TOPIC_CONNECTOR_PROVIDER },
      endpoint: {
        class: 'Endpoint',
        address: address ?? `${base}/servers/${SERVER}/emulator/out-topic/${encodeURIComponent(topic)}`,
      },
    };
  }

  function create(
    options: { logger?: TopicEventLogger; topicName?: string; eventDirection?: 'outOnly'; attempts?: number } = {},
  ): TopicConnector<DataManagerOutboundEvent> {
    const connector = createTopicConnector<DataManagerOutboundEvent>(connection(), {
      parser: dataManagerEventParser,
      logger: options.logger ?? collectingLogger(),
      topicName: options.topicName,
      eventDirection: options.eventDirection,
      reconnect: { initialDelayMs: 5, maxDelayMs: 40, connectAttempts: options.attempts ?? 2 },
    });
    connectors.push(connector as TopicConnector<unknown>);
    return connector;
  }

  it('delivers in order, exactly once, across cuts in the middle of an event, replays and a server that refuses for a while', async () => {
    server.replayOverlap = 2; // on resume the server also resends two events the client already has
    const logger = collectingLogger();
    const connector = create({ logger });
    expect(connector).toBeInstanceOf(EventStreamTopicConnector);
    const seen: number[] = [];
    const seenToo: number[] = [];
    connector.registerListener((e) => void seen.push(seqOf(e)));
    connector.registerListener((e) => void seenToo.push(seqOf(e)));
    for (let i = 1; i <= 5; i++) server.publish(event(i));
    await connector.connect();
    await until(() => seen.length === 5, 'the first five events');

    await server.cutInTheMiddleOfNextEvent(event(6));
    server.publish(event(7)); // published while the client is away
    server.publish(event(8));
    await until(() => seen.length === 8, 'events 6 to 8 after the first cut');

    server.streamStatus = 503;
    const before = server.streamRequests.length;
    server.cut();
    server.publish(event(9));
    await until(() => server.streamRequests.length >= before + 3, 'three refused reconnects');
    server.streamStatus = 200;
    server.publish(event(10));
    await until(() => seen.length === 10, 'events 9 and 10 after the outage');
    server.publish(event(11));
    await until(() => seen.length === 11, 'event 11 on the live stream');

    const expected = Array.from({ length: 11 }, (_, i) => i + 1);
    expect(seen).toEqual(expected);
    expect(seenToo).toEqual(expected);
    expect(server.streamRequests[0].lastEventId).toBeUndefined();
    expect(server.streamRequests[0].accept).toBe('text/event-stream');
    expect(server.streamRequests[0].topicName).toBe(OUT_TOPIC);
    expect(server.streamRequests[1].lastEventId).toBe('5'); // not 6: event 6 was never complete
    expect(server.streamRequests.at(-1)?.lastEventId).toBe('8');
    expect(logger.warnings.length).toBeGreaterThanOrEqual(4);
    expect(logger.warnings[0].message).toContain('reconnecting');
    expect(logger.errors).toEqual([]);
    expect((connector as EventStreamTopicConnector<DataManagerOutboundEvent>).lastEventId).toBe('11');
  });

  it('parses a stream written one character at a time, with CRLF or CR line endings', async () => {
    for (const newline of ['\r\n', '\r']) {
      server.chunkSize = 1;
      server.newline = newline;
      const connector = create();
      const seen: DataManagerOutboundEvent[] = [];
      connector.registerListener((e) => void seen.push(e));
      const first = server.events.length;
      for (let i = 0; i < 8; i++)
        server.publish(event(first + i, ` é 日本 "quoted" \\ ${newline === '\r' ? 'cr' : 'crlf'}`));
      await connector.connect();
      await until(() => seen.length === first + 8, `${JSON.stringify(newline)} events`);
      expect(seen.map(seqOf)).toEqual(Array.from({ length: first + 8 }, (_, i) => i));
      expect(seen.at(-1)?.principleElement?.uniqueName).toBe(
        `seq-${first + 7} é 日本 "quoted" \\ ${newline === '\r' ? 'cr' : 'crlf'}`,
      );
      await connector.disconnect();
    }
  });

  it('skips garbage events with a typed error naming the field, and goes on', async () => {
    const logger = collectingLogger();
    const connector = create({ logger });
    const seen: number[] = [];
    connector.registerListener((e) => void seen.push(seqOf(e)));
    await connector.connect();
    server.publish(event(1));
    server.publish('this is not JSON');
    server.publish({ eventType: 'ELEMENT_UPDATED', principleElement: 'not an element' });
    server.publish(event(2));
    await until(() => seen.length === 2, 'the two good events');
    expect(seen).toEqual([1, 2]);
    expect(logger.errors).toHaveLength(2);
    expect(logger.errors[0].details['error']).toMatchObject({ parameterName: 'event' });
    expect(logger.errors[1].details['error']).toMatchObject({ parameterName: 'principleElement' });
  });

  it('sends events to the in topic with a POST, also from a send-only connector built from the out-topic connection', async () => {
    const connector = create();
    await connector.connect();
    await connector.send({ eventType: 'REFRESH_ELEMENT_EVENT' });
    expect(server.posts).toHaveLength(1);
    expect(server.posts[0]).toMatchObject({
      serverName: SERVER,
      topicName: OUT_TOPIC,
      contentType: 'application/json',
    });
    expect(JSON.parse(server.posts[0].body)).toEqual({ eventType: 'REFRESH_ELEMENT_EVENT' });

    const requestsBefore = server.streamRequests.length;
    const sender = create({ topicName: IN_TOPIC, eventDirection: 'outOnly' });
    await sender.connect();
    await sender.send('{"raw":"string sent as it is"}');
    expect(server.posts[1]).toMatchObject({ topicName: IN_TOPIC, body: '{"raw":"string sent as it is"}' });
    expect(server.streamRequests.length).toBe(requestsBefore); // a send-only connector opens no stream
  });

  it('reports a refused send as a ConnectorCheckedException with the status and a snippet', async () => {
    server.postStatus = 500;
    const connector = create();
    await connector.connect();
    const error = await connector.send({ a: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorCheckedException);
    expect((error as EgeriaError).message).toContain('HTTP 500');
    expect((error as EgeriaError).message).toContain('the in topic refused the event');
    expect((error as EgeriaError).messageId).toBe('EGERIA-TS-OMAS-EVENTS-500-021');
  });

  it('fails connect() with a ConnectorCheckedException after its attempts, and can connect later', async () => {
    server.streamStatus = 404;
    const connector = create({ attempts: 3 });
    const error = await connector.connect().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorCheckedException);
    expect((error as EgeriaError).message).toContain('after 3 attempts');
    expect((error as EgeriaError).message).toContain('HTTP 404');
    expect(server.streamRequests).toHaveLength(3);
    expect(connector.isConnected).toBe(false);
    server.streamStatus = 200;
    server.publish(event(1));
    const seen: number[] = [];
    connector.registerListener((e) => void seen.push(seqOf(e)));
    await connector.connect();
    await until(() => seen.length === 1, 'the event after a late connect');
    expect(seen).toEqual([1]);
  });

  it('fails connect() when nothing listens at the address', async () => {
    const closed = new SseTestServer();
    const closedBase = await closed.start();
    await closed.close();
    const connector = createTopicConnector(
      connection(OUT_TOPIC, `${closedBase}/servers/${SERVER}/emulator/out-topic/${OUT_TOPIC}`),
      { reconnect: { initialDelayMs: 1, connectAttempts: 2 }, logger: collectingLogger() },
    );
    connectors.push(connector);
    await expect(connector.connect()).rejects.toBeInstanceOf(ConnectorCheckedException);
  });

  it('stops reading and reconnecting once disconnected', async () => {
    const connector = create();
    const seen: number[] = [];
    connector.registerListener((e) => void seen.push(seqOf(e)));
    await connector.connect();
    server.publish(event(1));
    await until(() => seen.length === 1, 'the first event');
    await connector.disconnect();
    await until(() => server.openStreams === 0, 'the stream to close');
    const requests = server.streamRequests.length;
    server.publish(event(2));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(seen).toEqual([1]);
    expect(server.streamRequests.length).toBe(requests);
  });

  it('refuses connections whose address is not an emulator stream URL, naming the field', () => {
    for (const address of [
      undefined,
      '',
      'not a url',
      'ftp://host/servers/s/emulator/out-topic/t',
      'http://h/somewhere',
    ]) {
      let error: unknown;
      try {
        createTopicConnector({ ...connection(), endpoint: { address } });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConnectionCheckedException);
      expect((error as EgeriaError).parameterName).toBe('connection.endpoint.address');
    }
    const withPrefix = createTopicConnector(
      connection(OUT_TOPIC, 'https://platform.example.com:9443/egeria/servers/my%20server/emulator/out-topic/a%2Fb'),
    ) as EventStreamTopicConnector;
    expect(withPrefix.topicName).toBe('a/b');
    expect(withPrefix.streamURL).toBe(
      'https://platform.example.com:9443/egeria/servers/my%20server/emulator/out-topic/a%2Fb',
    );
    expect(withPrefix.sendURL).toBe(
      'https://platform.example.com:9443/egeria/servers/my%20server/emulator/in-topic/a%2Fb',
    );
  });
});
