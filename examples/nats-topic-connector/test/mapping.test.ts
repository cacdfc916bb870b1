import { ConfigurationProperties, ConnectionCheckedException, InvalidParameterException } from '@egeria-ts/core';
import {
  JetStreamReader,
  NATS_STREAM_TYPE,
  StreamFilter,
  desiredTopic,
  isoDuration,
  natsQualifiedName,
  parseServerAddress,
  type NatsStreamSnapshot,
} from '@egeria-ts/example-nats-topic-connector';

describe('parseServerAddress', () => {
  it.each([
    ['127.0.0.1:4222', ['127.0.0.1:4222'], 'nats://127.0.0.1:4222'],
    ['NATS.Example.COM', ['nats.example.com:4222'], 'nats://nats.example.com:4222'],
    ['nats://127.0.0.1:5222', ['127.0.0.1:5222'], 'nats://127.0.0.1:5222'],
    ['tls://broker.local', ['broker.local:4222'], 'nats://broker.local:4222'],
    ['[::1]:4222', ['[::1]:4222'], 'nats://[::1]:4222'],
    ['nats://a:4222, nats://B:4223 ,c', ['a:4222', 'b:4223', 'c:4222'], 'nats://a:4222'],
  ])('reads %s', (address, servers, serverURL) => {
    const parsed = parseServerAddress(address);
    expect(parsed.servers).toEqual(servers);
    expect(parsed.serverURL).toBe(serverURL);
    expect(parsed.tlsRequired).toBe(address.startsWith('tls://'));
  });

  it('reads credentials in a URL, and keeps them out of the server names', () => {
    const parsed = parseServerAddress('nats://ann:s%40cret@broker.local:4222');
    expect(parsed).toMatchObject({ user: 'ann', password: 's@cret', serverURL: 'nats://broker.local:4222' });
    expect(parsed.servers).toEqual(['broker.local:4222']);
  });

  it.each([
    [undefined, 'missing'],
    ['', 'not a non-empty string'],
    ['http://host:4222', 'scheme http'],
    ['nats://a:4222,,nats://b:4222', 'empty entry'],
    ['host:99999', 'neither host:port'],
    ['nats://host:4222/streams', 'has a path'],
    ['nats://host:4222?x=1', 'query'],
  ])('refuses %p, naming the field', (address, problem) => {
    let error: unknown;
    try {
      parseServerAddress(address);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConnectionCheckedException);
    const e = error as ConnectionCheckedException;
    expect(e.parameterName).toBe('endpoint.address');
    expect(e.message).toContain(problem);
    expect(e.messageId).toBe('EGERIA-TS-NATS-400-001');
  });

  it('never echoes a password from a bad address', () => {
    expect(() => parseServerAddress('nats://u:topsecret@host:notaport')).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('topsecret') }),
    );
  });
});

describe('StreamFilter', () => {
  it('catalogues everything without lists; the include list wins over the exclude list', () => {
    expect(new StreamFilter().includesStream('ORDERS')).toBe(true);
    const filter = new StreamFilter({ includeStreams: ['ORDERS'], excludeStreams: ['ORDERS'] });
    expect(filter.includesStream('ORDERS')).toBe(true);
    expect(filter.includesStream('orders')).toBe(false);
    expect(new StreamFilter({ excludeStreams: ['AUDIT'] }).includesStream('AUDIT')).toBe(false);
    expect(new StreamFilter({ includeStreams: [] }).includesStream('ORDERS')).toBe(false);
  });

  it('reads its lists from configuration properties, as arrays or comma-separated strings', () => {
    const filter = StreamFilter.fromConfiguration(
      new ConfigurationProperties({ includeStreams: 'A, B', excludeStreams: ['C'], other: 1 }),
    );
    expect(filter.lists).toEqual({ includeStreams: ['A', 'B'], excludeStreams: ['C'] });
    expect(() =>
      StreamFilter.fromConfiguration(new ConfigurationProperties({ excludeStreams: { not: 'a list' } })),
    ).toThrow(InvalidParameterException);
  });
});

describe('JetStreamReader options', () => {
  it('refuses bad options with a typed error naming the option, never showing a secret', () => {
    expect(() => new JetStreamReader({ address: 'nats://h:4222', connectionTimeoutMillis: 0 })).toThrow(
      expect.objectContaining({ parameterName: 'connectionTimeoutMillis', messageId: 'EGERIA-TS-NATS-400-002' }),
    );
    const error = (() => {
      try {
        new JetStreamReader({ address: 'nats://h:4222', token: 42 as unknown as string });
      } catch (e) {
        return e as InvalidParameterException;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect(error?.message).toContain('(hidden)');
    expect(error?.message).not.toContain('42');
  });

  it('uses the credentials of the connection before those in the address', () => {
    const reader = new JetStreamReader({ address: 'nats://url-user:pw@h:4222', userId: 'connection-user' });
    expect(reader.userId).toBe('connection-user');
    expect(new JetStreamReader({ address: 'nats://url-user:pw@h:4222' }).userId).toBe('url-user');
  });
});

describe('isoDuration', () => {
  it.each([
    [0, 'PT0S'],
    [120e9, 'PT2M'],
    [90e9, 'PT1M30S'],
    [500e6, 'PT0.5S'],
    [3600e9, 'PT1H'],
    [86_400e9, 'P1D'],
    [(86_400 + 7200 + 1) * 1e9, 'P1DT2H1S'],
    [1, 'PT0.000000001S'],
  ])('writes %d ns as %s', (nanos, iso) => {
    expect(isoDuration(nanos)).toBe(iso);
  });
});

describe('desiredTopic', () => {
  const stream: NatsStreamSnapshot = {
    name: 'ORDERS',
    description: 'Order events',
    subjects: ['orders.created', 'orders.>'],
    retention: 'limits',
    storage: 'file',
    replicas: 1,
    discard: 'old',
    maxAgeNanos: 86_400e9,
    maxMessages: -1,
    maxBytes: 1048576,
    maxMessageSize: -1,
    maxMessagesPerSubject: 0,
    maxConsumers: -1,
    duplicateWindowNanos: 120e9,
    sealed: false,
    denyDelete: true,
    denyPurge: false,
    allowRollup: false,
    sources: [],
    metadata: { team: 'sales' },
    created: '2025-01-02T03:04:05.123456789Z',
  };

  it('builds the topic of a stream: names, description, type and configuration as additional properties', () => {
    const topic = desiredTopic('nats://broker:4222', stream);
    expect(topic.qualifiedName).toBe('NATS::nats://broker:4222::ORDERS');
    expect(topic.qualifiedName).toBe(natsQualifiedName('nats://broker:4222', 'ORDERS'));
    expect(topic.properties).toEqual({
      qualifiedName: 'NATS::nats://broker:4222::ORDERS',
      name: 'ORDERS',
      resourceName: 'ORDERS',
      resourceDescription: 'Order events',
      deployedImplementationType: NATS_STREAM_TYPE,
      additionalProperties: {
        subjects: 'orders.created, orders.>',
        retention: 'limits',
        storage: 'file',
        replicas: '1',
        discard: 'old',
        maxAge: 'P1D',
        duplicateWindow: 'PT2M',
        maxBytes: '1048576',
        denyDelete: 'true',
        created: '2025-01-02T03:04:05.123456789Z',
        'metadata.team': 'sales',
      },
    });
  });

  it('records a mirror and its sources, and leaves out a missing description', () => {
    const { description: _description, ...rest } = stream;
    const topic = desiredTopic('nats://broker:4222', { ...rest, subjects: [], mirror: 'ORDERS', sources: [] });
    expect(topic.properties.resourceDescription).toBeUndefined();
    expect(topic.properties.additionalProperties?.['subjects']).toBeUndefined();
    expect(topic.properties.additionalProperties?.['mirror']).toBe('ORDERS');
    const sourced = desiredTopic('nats://broker:4222', { ...stream, sources: ['A', 'B'] });
    expect(sourced.properties.additionalProperties?.['sources']).toBe('A, B');
  });
});
