import { defineMessages } from '../audit/message-definition';

/**
 * egeria-ts's own error messages for the connector lifecycle (component `EGERIA-TS-CONNECTOR`).
 * The inserts are described on each message.
 */
export const CONNECTOR_ERROR_CODE = defineMessages({
  /** {0} method, {1} connector, {2} current state, {3} states that allow the call. */
  ILLEGAL_STATE: {
    messageId: 'EGERIA-TS-CONNECTOR-409-001',
    httpCode: 409,
    template: '{0} was called on connector {1} in state {2}; it is allowed only in state {3}',
    systemAction: 'The call is refused and the connector stays in its current state.',
    userAction:
      'Call the connector lifecycle methods in order: initialize, set audit log/context/name, start, refresh or engage, disconnect.',
  },
  /** {0} method, {1} connector, {2} current state, {3} what is missing, {4} the setters to call. */
  START_PREREQUISITES_MISSING: {
    messageId: 'EGERIA-TS-CONNECTOR-409-002',
    httpCode: 409,
    template: '{0} was called on connector {1} in state {2} before its {3} was set; call {4} before start',
    systemAction: 'The connector is not started.',
    userAction: 'Give the connector its audit log, integration context and name before starting it.',
  },
  /** {0} connector. */
  NO_CONTEXT: {
    messageId: 'EGERIA-TS-CONNECTOR-409-003',
    httpCode: 409,
    template: 'Connector {0} has no integration context yet; it is set with setContext before start',
    systemAction: 'The request for the context is refused.',
    userAction: 'Use the context only from start, refresh, engage or later; the runtime sets it before start.',
  },
  /** {0} property read, {1} connector. */
  NOT_INITIALIZED: {
    messageId: 'EGERIA-TS-CONNECTOR-409-004',
    httpCode: 409,
    template: '{0} was read on connector {1} before initialize',
    systemAction: 'The value is not available yet.',
    userAction: 'Create connectors through the ConnectorBroker, which initializes them, or call initialize first.',
  },
  /** {0} parameter, {1} method, {2} connector, {3} the value at fault. */
  INVALID_PARAMETER: {
    messageId: 'EGERIA-TS-CONNECTOR-400-005',
    httpCode: 400,
    template: 'The {0} parameter passed to {1} of connector {2} is not valid: {3}',
    systemAction: 'The call is refused.',
    userAction: 'Pass a valid value for the parameter.',
  },
  /** {0} connector, {1} method. */
  SUPER_NOT_CALLED: {
    messageId: 'EGERIA-TS-CONNECTOR-500-006',
    httpCode: 500,
    template: 'Connector {0} overrides {1} without calling super.{1}()',
    systemAction: 'The lifecycle call is treated as failed.',
    userAction: 'Call the superclass implementation from the override of the method.',
  },
});
