import { ConnectionCheckedException, ConnectorCheckedException, EgeriaError, IllegalStateError } from '@egeria-ts/core';
import type { Connection } from '@egeria-ts/core';
import type { DataManagerOutboundEvent, TopicConnector, TopicEventLogger } from '@egeria-ts/omas-client';
import { createTopicConnectorRegistry, dataManagerEventParser } from '@egeria-ts/omas-client';
import {
  EGERIA_KAFKA_TOPIC_PROVIDER,
  KAFKA_TOPIC_CONNECTOR_PROVIDER,
  KafkaTopicConnector,
  registerKafkaTopicConnector,
  resolveKafkaSettings,
} from '@egeria-ts/kafka-topic-connector';
import { FakeKafkaCluster } from './fake-kafka';

const TOPIC = 'egeria.omag.server.mds1.omas.datamanager.outTopic';

/** The Kafka event bus connection that Egeria 5.2 embeds in an OMAS's out-topic connection. */
function egeriaKafkaConnection(overrides: Record<string, unknown> = {}): Connection {
  return {
    class: 'Connection',
    qualifiedName: 'Egeria:OpenMetadataTopicConnector:Kafka',
    connectorType: { class: 'ConnectorType', connectorProviderClassName: EGERIA_KAFKA_TOPIC_PROVIDER },
    endpoint: { class: 'Endpoint', address: TOPIC },
    configurationProperties: {
      producer: { 'bootstrap.servers': 'kafka-1:9092, kafka-2:9092', acks: 'all', 'enable.idempotence': 'true' },
      consumer: {
        'bootstrap.servers': 'kafka-1:9092,kafka-2:9092',
        'enable.auto.commit': 'true',
        'session.timeout.ms': 30000,
        'max.partition.fetch.bytes': 10485760,
        'ssl.truststore.location': '/etc/kafka/truststore.jks',
      },
      'local.server.id': 'caller-42',
      ...overrides,
    },
  };
}

/** What the OMAS returns from GET .../topics/out-topic-connection/{callerId}. */
function omasOutTopicConnection(embedded: Connection): Connection {
  return {
    class: 'VirtualConnection',
    qualifiedName: 'OutTopicConnector.Data Manager OMAS',
    connectorType: {
      connectorProviderClassName:
        'org.odpi.openmetadata.accessservices.datamanager.connectors.outtopic.DataManagerOutTopicClientProvider',
    },
    embeddedConnections: [
      { class: 'EmbeddedConnection', displayName: 'Topic Event Bus', embeddedConnection: embedded },
    ],
  } as Connection;
}

function collectingLogger(): TopicEventLogger & { errors: string[]; warnings: string[]; details: unknown[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  const details: unknown[] = [];
  return {
    errors,
    warnings,
    details,
    error: (message, d) => {
      errors.push(message);
      details.push(d);
    },
    warn: (message) => void warnings.push(message),
  };
}

function event(seq: number): string {
  return JSON.stringify({
    class: 'DataManagerOutboundEvent',
    eventType: 'ELEMENT_UPDATED',
    principleElement: { guid: `g-${seq}`, uniqueName: `seq-${seq}` },
  });
}

const seqOf = (e: DataManagerOutboundEvent): number => Number(e.principleElement?.uniqueName?.slice(4));

async function until(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('Kafka settings from an Egeria Kafka connection', () => {
  it('takes the topic, brokers, consumer group and client properties', () => {
    const settings = resolveKafkaSettings(egeriaKafkaConnection({ eventDirection: 'inOnly' }));
    expect(settings.topicName).toBe(TOPIC);
    expect(settings.eventDirection).toBe('inOnly');
    expect(settings.groupId).toBe('caller-42');
    expect(settings.messageKey).toBe('caller-42');
    expect(settings.consumerClient.brokers).toEqual(['kafka-1:9092', 'kafka-2:9092']);
    expect(settings.producerClient.brokers).toEqual(['kafka-1:9092', 'kafka-2:9092']);
    expect(settings.consumer).toMatchObject({
      groupId: 'caller-42',
      sessionTimeout: 30000,
      maxBytesPerPartition: 10485760,
    });
    expect(settings.producer).toMatchObject({ idempotent: true });
    expect(settings.acks).toBe(-1);
    expect(settings.fromBeginning).toBe(false);
    expect(settings.ignoredProperties).toEqual(['consumer.ssl.truststore.location']);
  });

  it('prefers an explicit group.id, then local.server.id, then the callerId', () => {
    const explicit = egeriaKafkaConnection({ consumer: { 'group.id': 'my-group' } });
    expect(resolveKafkaSettings(explicit, { callerId: 'c' }).groupId).toBe('my-group');
    const noServerId = egeriaKafkaConnection({ 'local.server.id': undefined });
    expect(resolveKafkaSettings(noServerId, { callerId: 'connector-7' }).groupId).toBe('connector-7');
    expect(resolveKafkaSettings(noServerId).groupId).toMatch(/^egeria-ts-[0-9a-f-]{36}$/);
  });

  it('defaults to localhost:9092 as Egeria does, and reads earliest, acks, retries and bring-up properties', () => {
    const settings = resolveKafkaSettings({
      connectorType: { connectorProviderClassName: EGERIA_KAFKA_TOPIC_PROVIDER },
      endpoint: { address: 't' },
      configurationProperties: {
        consumer: { 'auto.offset.reset': 'earliest', 'bring.up.retries': '4' },
        producer: { acks: '1', retries: 3, 'bring.up.minSleepTime': '500' },
      },
    });
    expect(settings.consumerClient.brokers).toEqual(['localhost:9092']);
    expect(settings.fromBeginning).toBe(true);
    expect(settings.acks).toBe(1);
    expect(settings.producer.retry).toEqual({ retries: 3 });
    expect(settings.connectAttempts).toBe(4);
    expect(settings.connectRetryDelayMs).toBe(500);
  });

  it('reads SASL credentials from sasl.jaas.config and keeps them out of errors', () => {
    const jaas =
      'org.apache.kafka.common.security.plain.PlainLoginModule required username="alice" password="s3cr3t-pw";';
    const settings = resolveKafkaSettings(
      egeriaKafkaConnection({
        consumer: { 'security.protocol': 'SASL_SSL', 'sasl.mechanism': 'PLAIN', 'sasl.jaas.config': jaas },
      }),
    );
    expect(settings.consumerClient.ssl).toBe(true);
    expect(settings.consumerClient.sasl).toEqual({ mechanism: 'plain', username: 'alice', password: 's3cr3t-pw' });
    let error: unknown;
    try {
      resolveKafkaSettings(
        egeriaKafkaConnection({
          consumer: { 'security.protocol': 'SASL_SSL', 'sasl.mechanism': 'GSSAPI', 'sasl.jaas.config': jaas },
        }),
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConnectionCheckedException);
    expect((error as EgeriaError).parameterName).toBe('connection.configurationProperties.consumer.sasl.mechanism');
    expect(JSON.stringify((error as EgeriaError).toJSON())).not.toContain('s3cr3t-pw');
    expect((error as Error).message).not.toContain('s3cr3t-pw');
  });

  it('refuses a missing topic and properties of the wrong kind, naming them', () => {
    const cases: Array<[Connection, string]> = [
      [{ ...egeriaKafkaConnection(), endpoint: {} }, 'connection.endpoint.address'],
      [
        egeriaKafkaConnection({ consumer: { 'session.timeout.ms': 'thirty seconds' } }),
        'connection.configurationProperties.consumer.session.timeout.ms',
      ],
      [egeriaKafkaConnection({ producer: { acks: 'some' } }), 'connection.configurationProperties.producer.acks'],
      [egeriaKafkaConnection({ producer: 'bootstrap.servers=x' }), 'connection.configurationProperties.producer'],
      [egeriaKafkaConnection({ eventDirection: 'both' }), 'connection.configurationProperties.eventDirection'],
    ];
    for (const [connection, field] of cases) {
      let error: unknown;
      try {
        resolveKafkaSettings(connection);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConnectionCheckedException);
      expect((error as EgeriaError).parameterName).toBe(field);
    }
  });
});

describe('Kafka topic connector (against a fake Kafka client)', () => {
  let cluster: FakeKafkaCluster;
  const connectors: TopicConnector<unknown>[] = [];

  beforeEach(() => {
    cluster = new FakeKafkaCluster();
  });

  afterEach(async () => {
    await Promise.all(connectors.splice(0).map((c) => c.disconnect()));
  });

  function registry() {
    const r = createTopicConnectorRegistry();
    registerKafkaTopicConnector(r, { kafkaClientFactory: cluster.factory });
    return r;
  }

  function create(
    connection: Connection = omasOutTopicConnection(egeriaKafkaConnection({ eventDirection: 'inOnly' })),
    logger = collectingLogger(),
    extra: { eventDirection?: 'outOnly' | 'inOut'; attempts?: number } = {},
  ): KafkaTopicConnector<DataManagerOutboundEvent> {
    const connector = registry().create<DataManagerOutboundEvent>(connection, {
      parser: dataManagerEventParser,
      logger,
      eventDirection: extra.eventDirection,
      reconnect: { initialDelayMs: 5, maxDelayMs: 20, connectAttempts: extra.attempts ?? 3 },
    });
    connectors.push(connector as TopicConnector<unknown>);
    return connector as KafkaTopicConnector<DataManagerOutboundEvent>;
  }

  it("is built from an OMAS's out-topic connection through the registry, under both names", () => {
    const r = registry();
    registerKafkaTopicConnector(r); // a second call changes nothing
    expect(r.has(KAFKA_TOPIC_CONNECTOR_PROVIDER)).toBe(true);
    expect(r.has(EGERIA_KAFKA_TOPIC_PROVIDER)).toBe(true);
    const connector = create();
    expect(connector).toBeInstanceOf(KafkaTopicConnector);
    expect(connector.topicName).toBe(TOPIC);
    expect(connector.groupId).toBe('caller-42');
    expect(connector.eventDirection).toBe('inOnly');
  });

  it('delivers in order, once per listener, in the caller consumer group, committing only after the listeners return', async () => {
    const connector = create();
    const seen: number[] = [];
    const seenToo: number[] = [];
    connector.registerListener(async (e) => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      seen.push(seqOf(e));
      cluster.journal.push(`done ${seqOf(e)}`);
    });
    connector.registerListener((e) => void seenToo.push(seqOf(e)));
    await connector.connect();
    expect(cluster.consumers).toHaveLength(1);
    expect(cluster.consumers[0].config.groupId).toBe('caller-42');
    expect(cluster.consumers[0].subscription).toEqual({ topics: [TOPIC], fromBeginning: false });
    expect(cluster.clientConfigs[0].brokers).toEqual(['kafka-1:9092', 'kafka-2:9092']);
    for (let i = 0; i < 10; i++) cluster.append(TOPIC, event(i), 'mds1');
    await until(() => cluster.committed.get(`caller-42/${TOPIC}`) === 10, 'all ten offsets committed');
    const expected = Array.from({ length: 10 }, (_, i) => i);
    expect(seen).toEqual(expected);
    expect(seenToo).toEqual(expected);
    // every commit comes after the listeners finished with each message before it
    cluster.journal.forEach((entry, index) => {
      const match = /^commit (\d+)$/.exec(entry);
      if (match === null) return;
      for (let offset = 0; offset < Number(match[1]); offset++) {
        expect(cluster.journal.indexOf(`done ${offset}`)).toBeGreaterThanOrEqual(0);
        expect(cluster.journal.indexOf(`done ${offset}`)).toBeLessThan(index);
      }
    });
  });

  it('is at least once: after a crash the new consumer gets again what was not committed, and nothing is lost', async () => {
    const logger = collectingLogger();
    const connector = create(undefined, logger);
    const seen: number[] = [];
    connector.registerListener((e) => void seen.push(seqOf(e)));
    await connector.connect();
    for (let i = 0; i < 4; i++) cluster.append(TOPIC, event(i));
    await until(() => cluster.committed.get(`caller-42/${TOPIC}`) === 4, 'the first batch committed');
    cluster.failCommits = 1; // the next commit fails: kafkajs would give up and crash the consumer
    for (let i = 4; i < 8; i++) cluster.append(TOPIC, event(i));
    await until(() => cluster.consumers.length === 2 && cluster.activeConsumers.length === 1, 'a new consumer');
    for (let i = 8; i < 10; i++) cluster.append(TOPIC, event(i));
    await until(() => cluster.committed.get(`caller-42/${TOPIC}`) === 10, 'everything committed');
    expect(cluster.consumers[1].config.groupId).toBe('caller-42');
    expect([...new Set(seen)].sort((a, b) => a - b)).toEqual(Array.from({ length: 10 }, (_, i) => i));
    // messages 4 to 7 were processed but not committed before the crash: they came again
    expect(seen.filter((s) => s === 4)).toHaveLength(2);
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 4, 5, 6, 7, 8, 9]);
    expect(logger.warnings.some((w) => w.includes('starting a new one'))).toBe(true);
  });

  it('logs a failing listener and a garbage message, and goes on (no message blocks the partition)', async () => {
    const logger = collectingLogger();
    const connector = create(undefined, logger);
    const seen: number[] = [];
    connector.registerListener(() => {
      throw new Error('listener failed');
    });
    connector.registerListener((e) => void seen.push(seqOf(e)));
    await connector.connect();
    cluster.append(TOPIC, event(1));
    cluster.append(TOPIC, '{"eventType": "ELEMENT_UPDATED", "principleElement": {"guid": false}}');
    cluster.append(TOPIC, null); // a tombstone carries no event
    cluster.append(TOPIC, event(2));
    await until(() => cluster.committed.get(`caller-42/${TOPIC}`) === 4, 'all four offsets committed');
    expect(seen).toEqual([1, 2]);
    expect(logger.errors.filter((m) => m.includes('listener failed'))).toHaveLength(2);
    expect(logger.details).toContainEqual(
      expect.objectContaining({ error: expect.objectContaining({ parameterName: 'principleElement.guid' }) }),
    );
  });

  it('sends JSON keyed with local.server.id, and refuses to send on an inOnly out-topic connection', async () => {
    const reader = create();
    await reader.connect();
    await expect(reader.send({})).rejects.toBeInstanceOf(IllegalStateError);

    const inTopic = 'egeria.omag.server.mds1.omas.datamanager.inTopic';
    const sender = registry().create(egeriaKafkaConnection(), { topicName: inTopic, eventDirection: 'outOnly' });
    connectors.push(sender);
    await sender.connect();
    expect(cluster.consumers).toHaveLength(1); // the sender has no consumer
    await sender.send({ eventType: 'REFRESH_ELEMENT_EVENT' });
    await sender.send('already a string');
    const producer = cluster.producers[0];
    expect(producer.sent).toEqual([
      { topic: inTopic, acks: -1, key: 'caller-42', value: '{"eventType":"REFRESH_ELEMENT_EVENT"}' },
      { topic: inTopic, acks: -1, key: 'caller-42', value: 'already a string' },
    ]);
    cluster.failSends = 1;
    const error = await sender.send({ a: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorCheckedException);
    expect((error as EgeriaError).messageId).toBe('EGERIA-TS-KAFKA-500-004');
    await sender.disconnect();
    expect(producer.connected).toBe(false);
  });

  it('retries connect with backoff, then fails with a ConnectorCheckedException', async () => {
    cluster.failConsumerConnects = 2;
    const connector = create(undefined, collectingLogger(), { attempts: 3 });
    await connector.connect();
    expect(cluster.consumers).toHaveLength(3);
    expect(connector.isConnected).toBe(true);

    cluster.failConsumerConnects = 5;
    const failing = create(undefined, collectingLogger(), { attempts: 2 });
    const error = await failing.connect().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorCheckedException);
    expect((error as Error).message).toContain('after 2 attempts');
    expect((error as Error).message).toContain('Connection refused');
    expect(failing.isConnected).toBe(false);
  });

  it('stops consuming on disconnect', async () => {
    const connector = create();
    const seen: number[] = [];
    connector.registerListener((e) => void seen.push(seqOf(e)));
    await connector.connect();
    cluster.append(TOPIC, event(1));
    await until(() => seen.length === 1, 'the first event');
    await connector.disconnect();
    expect(cluster.activeConsumers).toHaveLength(0);
    expect(cluster.consumers[0].connected).toBe(false);
    cluster.append(TOPIC, event(2));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(seen).toEqual([1]);
  });
});
