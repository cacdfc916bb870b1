import { defineMessages } from '../audit/message-definition';

/**
 * egeria-ts's own error messages for connector definitions, the connector registry and the
 * connector broker (component `EGERIA-TS-REGISTRY`). The inserts are described on each message.
 */
export const REGISTRY_ERROR_CODE = defineMessages({
  /** {0} what was passed. */
  NULL_CONNECTION: {
    messageId: 'EGERIA-TS-REGISTRY-400-001',
    httpCode: 400,
    template: 'A connector cannot be built without a connection object; got {0}',
    systemAction: 'No connector is created.',
    userAction: 'Pass a Connection object.',
  },
  /** {0} connection name. */
  NULL_CONNECTOR_PROVIDER: {
    messageId: 'EGERIA-TS-REGISTRY-400-002',
    httpCode: 400,
    template: 'Connection {0} has no connectorType.connectorProviderClassName naming the connector to build',
    systemAction: 'No connector is created.',
    userAction: 'Set connectorType.connectorProviderClassName to a registered connector name or alias.',
  },
  /** {0} the name asked for, {1} connection name, {2} the registered names and aliases. */
  UNKNOWN_CONNECTOR: {
    messageId: 'EGERIA-TS-REGISTRY-404-003',
    httpCode: 404,
    template: 'No connector is registered as {0} (connection {1}); registered names and aliases: {2}',
    systemAction: 'No connector is created.',
    userAction:
      'Correct connectorType.connectorProviderClassName, or load the module that declares the connector so that its decorator registers it.',
  },
  /** {0} connector name, {1} what the factory returned. */
  NOT_CONNECTOR: {
    messageId: 'EGERIA-TS-REGISTRY-400-004',
    httpCode: 400,
    template: 'The factory for connector {0} returned {1}, which is not a ConnectorBase',
    systemAction: 'No connector is created.',
    userAction: 'Make the factory return an instance of the registered connector class.',
  },
  /** {0} connector name, {1} connection name, {2} error message. */
  CONNECTOR_CREATION_FAILED: {
    messageId: 'EGERIA-TS-REGISTRY-500-005',
    httpCode: 500,
    template: 'Creating connector {0} for connection {1} failed: {2}',
    systemAction: 'No connector is created.',
    userAction: 'Use the error message to find and fix the cause in the connector or its configuration.',
  },
  /** {0} class registering, {1} "name" or "alias", {2} the value, {3} class that holds it. */
  DUPLICATE_NAME: {
    messageId: 'EGERIA-TS-REGISTRY-409-006',
    httpCode: 409,
    template: 'Connector class {0} cannot register {1} {2}: it is already registered by connector class {3}',
    systemAction: 'The connector class is not registered.',
    userAction: 'Give each connector a unique name and aliases, and make sure its module is loaded only once.',
  },
  /** {0} class, {1} field, {2} problem. */
  INVALID_DEFINITION: {
    messageId: 'EGERIA-TS-REGISTRY-400-007',
    httpCode: 400,
    template: 'The connector definition of class {0} is not valid: {1} {2}',
    systemAction: 'The connector class is not registered.',
    userAction: 'Correct the definition passed to the decorator.',
  },
  /** {0} connector name, {1} connection name. */
  NOT_INTEGRATION_CONNECTOR: {
    messageId: 'EGERIA-TS-REGISTRY-400-008',
    httpCode: 400,
    template: 'Connector {0} named by connection {1} is not an integration connector',
    systemAction: 'The connector is not used.',
    userAction: 'Name a connector class that extends IntegrationConnector.',
  },
  /** {0} property, {1} connector, {2} type. */
  REQUIRED_PROPERTY_MISSING: {
    messageId: 'EGERIA-TS-REGISTRY-400-009',
    httpCode: 400,
    template: 'Configuration property {0} of connector {1} is required ({2}) but is not set',
    systemAction: 'No connector is created.',
    userAction: 'Set the configuration property in the connection.',
  },
});
