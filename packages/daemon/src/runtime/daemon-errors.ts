import {
  defineMessages,
  EgeriaError,
  IllegalStateError,
  InvalidParameterException,
  type MessageDefinition,
} from '@egeria-ts/core';

/**
 * egeria-ts's own error messages of the daemon runtime (component `EGERIA-TS-DAEMON-RUNTIME`). The
 * inserts are described on each message.
 */
export const DAEMON_RUNTIME_ERROR_CODE = defineMessages({
  /** {0} operation, {1} daemon, {2} state. */
  WRONG_DAEMON_STATE: {
    messageId: 'EGERIA-TS-DAEMON-RUNTIME-409-002',
    httpCode: 409,
    template: 'Integration daemon {1} cannot {0} while it is {2}',
    systemAction: 'The request is refused.',
    userAction: 'Create a new daemon, or wait until the current operation ends.',
  },
  /** {0} parameter name, {1} what it should be, {2} what it is. */
  BAD_PARAMETER: {
    messageId: 'EGERIA-TS-DAEMON-RUNTIME-400-004',
    httpCode: 400,
    template: '{0}: expected {1}, got {2}',
    systemAction: 'The request is refused.',
    userAction: 'Correct the value of {0}.',
  },
  /** {0} the feature. */
  NOT_SUPPORTED: {
    messageId: 'EGERIA-TS-DAEMON-RUNTIME-501-003',
    httpCode: 501,
    template: '{0} is not supported by this integration daemon yet',
    systemAction: 'The request is refused.',
    userAction: 'Use a later version of egeria-ts.',
  },
  /** {0} access service, {1} server name. */
  NO_OUT_TOPIC: {
    messageId: 'EGERIA-TS-DAEMON-RUNTIME-503-016',
    httpCode: 503,
    template: 'The {0} of metadata access server {1} has no out topic configured',
    systemAction: 'Nothing is listened to; changes are picked up by timed reads only.',
    userAction: 'Configure the event bus of the metadata access server if changes should be heard at once.',
  },
});

/**
 * The errors of the integration daemon that Egeria 5.2 has a message for, with the ids of its
 * `IntegrationDaemonServicesErrorCode` and the inserts in the order 5.2 passes them (our own
 * wording). The inserts are described on each message.
 */
export const INTEGRATION_DAEMON_ERROR_CODE = defineMessages({
  /** {0} service URL marker, {1} daemon name. */
  UNKNOWN_INTEGRATION_SERVICE: {
    messageId: 'INTEGRATION-DAEMON-SERVICES-400-030',
    httpCode: 400,
    template: 'Integration daemon {1} runs no integration service with URL marker {0}',
    systemAction: 'The request is refused.',
    userAction: 'Use the URL marker of an integration service in the configuration of the daemon.',
  },
  /** {0} connector name, {1} daemon name. */
  UNKNOWN_CONNECTOR_NAME: {
    messageId: 'INTEGRATION-DAEMON-SERVICES-400-031',
    httpCode: 400,
    template: 'Integration daemon {1} runs no integration connector named {0}',
    systemAction: 'The request is refused.',
    userAction:
      'Use the name of a connector of the configuration or of an integration group (see the status of the daemon).',
  },
  /** {0} group qualified name, {1} metadata access server name, {2} daemon name. */
  UNKNOWN_INTEGRATION_GROUP_CONFIG: {
    messageId: 'INTEGRATION-DAEMON-SERVICES-400-032',
    httpCode: 400,
    template: 'Metadata access server {1} returned no integration group named {0} to integration daemon {2}',
    systemAction: 'The group runs no new connectors until its definition can be read; the daemon tries again.',
    userAction:
      'Create the IntegrationGroup element with this qualified name, or correct the name in the configuration.',
  },
  /** {0} daemon name, {1} group name (the order Egeria 5.2 passes them in). */
  UNKNOWN_GROUP_NAME: {
    messageId: 'INTEGRATION-DAEMON-SERVICES-400-034',
    httpCode: 400,
    template: 'Integration daemon {0} runs no integration group named {1}',
    systemAction: 'The request is refused.',
    userAction: 'Use the qualified name of an integration group in the configuration of the daemon.',
  },
});

function unknownName(
  definition: MessageDefinition,
  inserts: readonly string[],
  parameterName: string,
  parameterValue: string,
  known: readonly string[],
): InvalidParameterException {
  return InvalidParameterException.fromDefinition(definition, inserts, {
    exceptionProperties: { parameterName, parameterValue, knownNames: [...known] },
  });
}

/** The error for a connector name the daemon does not run (parameterName `connectorName`). @internal */
export function unknownConnectorError(
  connectorName: string,
  daemonName: string,
  known: readonly string[],
): InvalidParameterException {
  return unknownName(
    INTEGRATION_DAEMON_ERROR_CODE.UNKNOWN_CONNECTOR_NAME,
    [connectorName, daemonName],
    'connectorName',
    connectorName,
    known,
  );
}

/** The error for a service URL marker the daemon does not run (parameterName `serviceURLMarker`). @internal */
export function unknownServiceError(
  serviceURLMarker: string,
  daemonName: string,
  known: readonly string[],
): InvalidParameterException {
  return unknownName(
    INTEGRATION_DAEMON_ERROR_CODE.UNKNOWN_INTEGRATION_SERVICE,
    [serviceURLMarker, daemonName],
    'serviceURLMarker',
    serviceURLMarker,
    known,
  );
}

/** The error for a group name the daemon does not run (parameterName `integrationGroupName`). @internal */
export function unknownGroupError(
  groupName: string,
  daemonName: string,
  known: readonly string[],
): InvalidParameterException {
  return unknownName(
    INTEGRATION_DAEMON_ERROR_CODE.UNKNOWN_GROUP_NAME,
    [daemonName, groupName],
    'integrationGroupName',
    groupName,
    known,
  );
}

/** The error for a request parameter with a wrong value. @internal */
export function badParameterError(parameterName: string, expected: string, got: string): InvalidParameterException {
  return InvalidParameterException.fromDefinition(
    DAEMON_RUNTIME_ERROR_CODE.BAD_PARAMETER,
    [parameterName, expected, got],
    {
      exceptionProperties: { parameterName },
    },
  );
}

/** The error for an operation out of place in the daemon's lifecycle. @internal */
export function wrongStateError(operation: string, daemonName: string, state: string): IllegalStateError {
  return IllegalStateError.fromDefinition(
    DAEMON_RUNTIME_ERROR_CODE.WRONG_DAEMON_STATE,
    [operation, daemonName, state],
    {
      actionDescription: operation,
      exceptionProperties: { state },
    },
  );
}

/** The error for a feature not built yet. @internal */
export function notSupportedError(feature: string): EgeriaError {
  return EgeriaError.fromDefinition(DAEMON_RUNTIME_ERROR_CODE.NOT_SUPPORTED, [feature]);
}

/** egeria-ts's own errors of the connector lifecycle in the daemon. @internal */
export const CONNECTOR_RUNTIME_ERROR_CODE = defineMessages({
  /** {0} connector name, {1} seconds. */
  REFRESH_TIMEOUT: {
    messageId: 'EGERIA-TS-DAEMON-RUNTIME-504-010',
    httpCode: 504,
    template: 'The refresh of integration connector {0} did not complete within {1} s',
    systemAction: 'The refresh is aborted through its signal and the connector is FAILED.',
    userAction: 'Make the connector honour its AbortSignal, or raise egeriaTs.refreshTimeoutSeconds.',
  },
  /** {0} connector name, {1} daemon name. */
  SHUTDOWN_ABORT: {
    messageId: 'EGERIA-TS-DAEMON-RUNTIME-503-011',
    httpCode: 503,
    template: 'Integration daemon {1} is stopping: the work of integration connector {0} is aborted',
    systemAction: 'The connector is disconnected.',
    userAction: 'None.',
  },
  /** {0} connector name, {1} service URL marker. */
  NO_SERVICE: {
    messageId: 'EGERIA-TS-DAEMON-RUNTIME-400-012',
    httpCode: 400,
    template: 'Integration connector {0} cannot run: this daemon has no implementation of integration service {1}',
    systemAction: 'The connector is CONFIG_FAILED.',
    userAction: 'Pass an IntegrationService for the marker in the daemon options (services).',
  },
  /** {0} connector name, {1} seconds. */
  INITIALIZE_TIMEOUT: {
    messageId: 'EGERIA-TS-DAEMON-RUNTIME-504-013',
    httpCode: 504,
    template: 'The context of integration connector {0} could not be built within {1} s',
    systemAction: 'The connector is INITIALIZE_FAILED and is retried.',
    userAction: 'Check that the metadata access server answers.',
  },
  /** {0} connector name, {1} connector class name, {2} service full name. */
  NOT_SERVICE_CONNECTOR: {
    messageId: 'EGERIA-TS-DAEMON-RUNTIME-400-014',
    httpCode: 400,
    template: 'Integration connector {0} names class {1}, which is not a connector of {2}',
    systemAction: 'The connector is CONFIG_FAILED.',
    userAction: 'Configure the connector in the integration service its class belongs to.',
  },
  /** {0} connector name, {1} reason. */
  UNHANDLED_REJECTION: {
    messageId: 'EGERIA-TS-DAEMON-RUNTIME-500-015',
    httpCode: 500,
    template: 'Integration connector {0} left a promise rejection unhandled: {1}',
    systemAction: 'The connector is FAILED; the process goes on.',
    userAction: 'Await or catch every promise the connector creates.',
  },
});
