import type { MessageDefinition } from '@egeria-ts/core';

/** The error messages of the Kafka topic connector. */
export const KafkaMessages = {
  NO_TOPIC_NAME: {
    messageId: 'EGERIA-TS-KAFKA-400-001',
    httpCode: 400,
    template: 'The Kafka topic connection {0} has no topic name in endpoint.address',
    systemAction: 'No Kafka topic connector is created.',
    userAction: 'Set endpoint.address to the name of the topic.',
  },
  BAD_PROPERTY: {
    messageId: 'EGERIA-TS-KAFKA-400-002',
    httpCode: 400,
    template: 'The Kafka topic connection {0} has an unusable {1}: it should be {2}',
    systemAction: 'No Kafka topic connector is created.',
    userAction: 'Correct the configuration property of the connection.',
  },
  CONNECT_FAILED: {
    messageId: 'EGERIA-TS-KAFKA-500-003',
    httpCode: 500,
    template: 'The Kafka {0} for topic {1} could not connect after {2} attempts: {3}',
    systemAction: 'The connector is not connected.',
    userAction: 'Check that the Kafka brokers in bootstrap.servers are reachable and the credentials are right.',
  },
  SEND_FAILED: {
    messageId: 'EGERIA-TS-KAFKA-500-004',
    httpCode: 500,
    template: 'The event could not be sent to Kafka topic {0}: {1}',
    systemAction: 'The event was not published.',
    userAction: 'Check that the Kafka brokers are reachable and send the event again.',
  },
} satisfies Record<string, MessageDefinition>;
