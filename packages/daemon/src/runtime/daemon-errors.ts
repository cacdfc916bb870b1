import { EgeriaError, IllegalStateError, InvalidParameterException, type MessageDefinition } from '@egeria-ts/core';

/**
 * egeria-ts's own error messages of the daemon runtime (component `EGERIA-TS-DAEMON-RUNTIME`). The
 * inserts are described on each message.
 */
export const DAEMON_RUNTIME_ERROR_CODE = Object.freeze({
  /** {0} kind (connector, integration service, integration group), {1} the name, {2} daemon, {3} known names. */
  UNKNOWN_NAME: {
    messageId: 'EGERIA-TS-DAEMON-RUNTIME-400-001',
    httpCode: 400,
    template: 'Integration daemon {2} has no {0} named {1}; known: {3}',
    systemAction: 'The request is refused.',
    userAction: 'Use one of the known names.',
  },
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
} satisfies Record<string, MessageDefinition>);

/** The error for an unknown connector, service or group name, naming the parameter. @internal */
export function unknownNameError(
  kind: string,
  name: string,
  parameterName: string,
  daemonName: string,
  known: readonly string[],
): InvalidParameterException {
  return InvalidParameterException.fromDefinition(
    DAEMON_RUNTIME_ERROR_CODE.UNKNOWN_NAME,
    [kind, name, daemonName, known.length === 0 ? '(none)' : known.join(', ')],
    { exceptionProperties: { parameterName, parameterValue: name } },
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
export const CONNECTOR_RUNTIME_ERROR_CODE = Object.freeze({
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
} satisfies Record<string, MessageDefinition>);
