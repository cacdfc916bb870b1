import type { MessageDefinition } from '@egeria-ts/core';

/** The error messages of the out-topic event clients and topic connectors. */
export const EventMessages = {
  EVENT_NOT_JSON: {
    messageId: 'EGERIA-TS-OMAS-EVENTS-400-001',
    httpCode: 400,
    template: 'The {0} received from the topic is not valid JSON: {1}',
    systemAction: 'The event is skipped; the events after it are still delivered.',
    userAction: 'Check what publishes on the topic: each event must be one JSON object.',
  },
  EVENT_FIELD_INVALID: {
    messageId: 'EGERIA-TS-OMAS-EVENTS-400-002',
    httpCode: 400,
    template: 'The {0} field {1} should be {2}, but it is {3}',
    systemAction: 'The event is skipped; the events after it are still delivered.',
    userAction: 'Check what publishes on the topic and which access service the topic belongs to.',
  },
  NULL_CONNECTION: {
    messageId: 'EGERIA-TS-OMAS-EVENTS-400-010',
    httpCode: 400,
    template: 'No connection was given to create a topic connector',
    systemAction: 'No topic connector is created.',
    userAction: 'Pass the Connection returned by the access service for its out topic.',
  },
  NULL_CONNECTOR_TYPE: {
    messageId: 'EGERIA-TS-OMAS-EVENTS-400-011',
    httpCode: 400,
    template: 'The topic connection {0} has no connectorType',
    systemAction: 'No topic connector is created.',
    userAction: 'Add a connectorType with a connectorProviderClassName to the connection.',
  },
  NULL_CONNECTOR_PROVIDER: {
    messageId: 'EGERIA-TS-OMAS-EVENTS-400-012',
    httpCode: 400,
    template: 'The connector type of topic connection {0} has no connectorProviderClassName',
    systemAction: 'No topic connector is created.',
    userAction: 'Set connectorType.connectorProviderClassName to a registered topic connector.',
  },
  UNKNOWN_CONNECTOR_PROVIDER: {
    messageId: 'EGERIA-TS-OMAS-EVENTS-400-013',
    httpCode: 400,
    template: 'No topic connector is registered for connectorProviderClassName {0}; registered: {1}',
    systemAction: 'No topic connector is created.',
    userAction:
      'Register a factory for this name (for Kafka, call registerKafkaTopicConnector from @egeria-ts/kafka-topic-connector).',
  },
  INVALID_VIRTUAL_CONNECTION: {
    messageId: 'EGERIA-TS-OMAS-EVENTS-400-014',
    httpCode: 400,
    template: 'The out-topic client connection {0} ({1}) should embed exactly one event bus connection, but has {2}',
    systemAction: 'No topic connector is created.',
    userAction: 'Check the out-topic connection that the access service returned.',
  },
  INVALID_ENDPOINT: {
    messageId: 'EGERIA-TS-OMAS-EVENTS-400-015',
    httpCode: 400,
    template: 'The endpoint address {0} of topic connection {1} is not usable: {2}',
    systemAction: 'No topic connector is created.',
    userAction: 'Correct connection.endpoint.address.',
  },
  DUPLICATE_FACTORY: {
    messageId: 'EGERIA-TS-OMAS-EVENTS-400-016',
    httpCode: 400,
    template: 'A topic connector factory is already registered for connectorProviderClassName {0}',
    systemAction: 'The second registration is refused.',
    userAction: 'Register each connectorProviderClassName once, or unregister the first one.',
  },
  CONNECT_FAILED: {
    messageId: 'EGERIA-TS-OMAS-EVENTS-500-020',
    httpCode: 500,
    template: 'Topic connector for {0} could not connect after {1} attempts: {2}',
    systemAction: 'The connector is not connected.',
    userAction: 'Check that the event bus is reachable and try again.',
  },
  SEND_FAILED: {
    messageId: 'EGERIA-TS-OMAS-EVENTS-500-021',
    httpCode: 500,
    template: 'The event could not be sent to topic {0}: {1}',
    systemAction: 'The event was not published.',
    userAction: 'Check that the event bus is reachable and send the event again.',
  },
  NOT_CONNECTED: {
    messageId: 'EGERIA-TS-OMAS-EVENTS-409-022',
    httpCode: 409,
    template: 'The topic connector for {0} is not connected; call connect() first',
    systemAction: 'The request is refused.',
    userAction: 'Call connect() before send().',
  },
  DIRECTION_FORBIDS: {
    messageId: 'EGERIA-TS-OMAS-EVENTS-409-023',
    httpCode: 409,
    template: 'The topic connector for {0} has eventDirection {1}, which does not allow {2}',
    systemAction: 'The request is refused.',
    userAction: 'Create the connector with an eventDirection that allows it (option eventDirection).',
  },
} satisfies Record<string, MessageDefinition>;
