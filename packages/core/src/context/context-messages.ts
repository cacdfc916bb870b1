import { defineMessages } from '../audit/message-definition';

/**
 * egeria-ts's own error messages for integration contexts (component `EGERIA-TS-CONTEXT`).
 * The inserts are described on each message.
 */
export const CONTEXT_ERROR_CODE = defineMessages({
  /** {0} permitted synchronization, {1} connector, {2} operation, {3} what it writes to. */
  SYNCHRONIZATION_NOT_PERMITTED: {
    messageId: 'EGERIA-TS-CONTEXT-403-001',
    httpCode: 403,
    template: 'The permitted synchronization {0} of connector {1} does not allow {2}, which writes to {3}',
    systemAction: 'The request is not sent and an error is returned to the connector.',
    userAction:
      'Change the permitted synchronization of the connector, or change the connector to skip this part of the synchronization.',
  },
  /** {0} connector, {1} operation. */
  CONTEXT_DISCONNECTED: {
    messageId: 'EGERIA-TS-CONTEXT-401-002',
    httpCode: 401,
    template: 'Connector {0} called {1} on its integration context after the context was disconnected',
    systemAction: 'The request is not sent; a disconnected context refuses every call.',
    userAction: 'Stop work when the connector is disconnected; check isActive() in long loops.',
  },
  /** {0} connector, {1} operation, {2} the reason the refresh was cancelled. */
  REFRESH_CANCELLED: {
    messageId: 'EGERIA-TS-CONTEXT-401-003',
    httpCode: 401,
    template: 'Connector {0} called {1} after its refresh was cancelled ({2})',
    systemAction: 'The request is not sent; a cancelled refresh may not change anything more.',
    userAction: 'Pass the refresh signal to long-running work and return promptly when it fires.',
  },
  /** {0} option, {1} connector, {2} the value at fault. */
  INVALID_OPTION: {
    messageId: 'EGERIA-TS-CONTEXT-400-004',
    httpCode: 400,
    template: 'The {0} option of the integration context for connector {1} is not valid: {2}',
    systemAction: 'The integration context is not created.',
    userAction: 'Correct the option.',
  },
  /** {0} parameter, {1} operation, {2} connector, {3} the value at fault. */
  INVALID_PARAMETER: {
    messageId: 'EGERIA-TS-CONTEXT-400-005',
    httpCode: 400,
    template: 'The {0} parameter passed to {1} by connector {2} is not valid: {3}',
    systemAction: 'The request is not sent.',
    userAction: 'Pass a valid value for the parameter.',
  },
  /** {0} connector, {1} operation, {2} what is missing. */
  NO_CATALOG_TARGET_STORE: {
    messageId: 'EGERIA-TS-CONTEXT-409-006',
    httpCode: 409,
    template: 'Connector {0} cannot {1}: its integration context has no {2}',
    systemAction: 'The request is not sent.',
    userAction:
      'Catalog targets need an integration connector GUID (connectors defined in integration groups have one) and a catalog target store.',
  },
  /** {0} connector, {1} operation, {2} startFrom of the repeated page, {3} its number of elements. */
  PAGE_REPEATED: {
    messageId: 'EGERIA-TS-CONTEXT-500-007',
    httpCode: 500,
    template:
      'Connector {0} stopped {1}: the page from startFrom {2} holds the same {3} elements as the page before it, so paging would never end',
    systemAction: 'The read stops with this error; the elements read so far are not returned.',
    userAction:
      'Make the fetch function pass its startFrom and pageSize on to the list call (or check that the server honours paging).',
  },
});
