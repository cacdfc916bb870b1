/**
 * Runs against a real Kafka broker only when KAFKA_BROKERS is set (for example
 * `KAFKA_BROKERS=127.0.0.1:9092 npx jest packages/kafka-topic-connector`). It is skipped otherwise,
 * also under CI: no broker can be installed where this SDK is built.
 */
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import type { Connection } from '@egeria-ts/core';
import type { TopicConnector } from '@egeria-ts/omas-client';
import { createTopicConnectorRegistry } from '@egeria-ts/omas-client';
import { EGERIA_KAFKA_TOPIC_PROVIDER, registerKafkaTopicConnector } from '@egeria-ts/kafka-topic-connector';

const brokers = process.env['KAFKA_BROKERS'];
if (brokers === undefined || brokers.trim() === '') {
  console.log('kafka-topic-connector live test skipped: KAFKA_BROKERS is not set (no Kafka broker here)');
}
const describeLive = brokers === undefined || brokers.trim() === '' ? describe.skip : describe;

describeLive('Kafka topic connector against a live broker (KAFKA_BROKERS)', () => {
  const topic = `egeria-ts.live.${randomUUID()}`;
  const connectors: TopicConnector<unknown>[] = [];

  beforeAll(async () => {
    const admin = new Kafka({ brokers: (brokers ?? '').split(','), logLevel: logLevel.WARN }).admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
    await admin.disconnect();
  }, 30_000);

  afterAll(async () => {
    await Promise.all(connectors.map((c) => c.disconnect()));
  });

  function connection(callerId: string): Connection {
    return {
      connectorType: { connectorProviderClassName: EGERIA_KAFKA_TOPIC_PROVIDER },
      endpoint: { address: topic },
      configurationProperties: {
        producer: { 'bootstrap.servers': brokers },
        consumer: { 'bootstrap.servers': brokers, 'auto.offset.reset': 'earliest' },
        'local.server.id': callerId,
      },
    };
  }

  it('sends and receives events in order through a consumer group per caller', async () => {
    const registry = createTopicConnectorRegistry();
    registerKafkaTopicConnector(registry);
    const reader = registry.create(connection(`reader-${randomUUID()}`), { eventDirection: 'inOnly' });
    const writer = registry.create(connection(`writer-${randomUUID()}`), { eventDirection: 'outOnly' });
    connectors.push(reader, writer);
    const seen: number[] = [];
    reader.registerListener((e) => void seen.push((e as { seq: number }).seq));
    await reader.connect();
    await writer.connect();
    for (let seq = 0; seq < 20; seq++) await writer.send({ eventType: 'ELEMENT_UPDATED', seq });
    const deadline = Date.now() + 30_000;
    while (seen.length < 20 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen).toEqual(Array.from({ length: 20 }, (_, i) => i));
  }, 60_000);
});
