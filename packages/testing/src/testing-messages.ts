import { defineMessages } from '@egeria-ts/core';

/**
 * The errors the test kit raises (`EGERIA-TS-TESTING-...`). Each names the option or value at
 * fault and what to do about it.
 */
export const TESTING_ERROR_CODE = defineMessages({
  /** {0} option, {1} function, {2} problem. */
  INVALID_OPTION: {
    messageId: 'EGERIA-TS-TESTING-400-001',
    httpCode: 400,
    template: 'Option {0} of {1} is not valid: {2}',
    systemAction: 'The call is refused before anything is started or sent.',
    userAction: 'Correct the option named in the message.',
  },
  /** {0} connector class, {1} marker or "none". */
  NO_INTEGRATION_SERVICE: {
    messageId: 'EGERIA-TS-TESTING-400-002',
    httpCode: 400,
    template:
      'No integration service is known for connector class {0} (service URL marker {1}); the kit knows the services of the installed integrator packages only',
    systemAction: 'The connector is not run.',
    userAction:
      'Pass the service explicitly, as the `service` option of runConnector (for example `databaseIntegratorService`).',
  },
  /** {0} connector class, {1} integration service. */
  CONNECTOR_NOT_SUPPORTED: {
    messageId: 'EGERIA-TS-TESTING-400-003',
    httpCode: 400,
    template: 'Connector class {0} cannot run in the {1}: it does not extend the service connector base class',
    systemAction: 'The connector is not run.',
    userAction: 'Extend the integration service base class, or pass the service the connector belongs to.',
  },
  /** {0} connector name, {1} state. */
  NOT_INITIALIZED: {
    messageId: 'EGERIA-TS-TESTING-500-004',
    httpCode: 500,
    template: 'Connector {0} is in state {1} after initialize: its initialize override did not call super.initialize()',
    systemAction: 'The connector is not run.',
    userAction: 'Call `await super.initialize(connectorInstanceId, connection)` first in the override.',
  },
  /** {0} connector name, {1} operation. */
  RUN_STOPPED: {
    messageId: 'EGERIA-TS-TESTING-409-005',
    httpCode: 409,
    template: 'Connector run {0} has been stopped; {1} is no longer possible',
    systemAction: 'The call is refused.',
    userAction: 'Start a new run with runConnector.',
  },
  /** {0} what, {1} getter. */
  NOT_STARTED: {
    messageId: 'EGERIA-TS-TESTING-409-006',
    httpCode: 409,
    template: 'The test {0} is not running yet (or is closed): {1} can only be read between beforeAll and afterAll',
    systemAction: 'The call is refused.',
    userAction: 'Read it inside a test or a hook that runs after beforeAll.',
  },
  /** {0} helper, {1} missing globals. */
  NO_JEST_GLOBALS: {
    messageId: 'EGERIA-TS-TESTING-409-007',
    httpCode: 409,
    template: '{0} needs the test framework globals {1}, which are not defined',
    systemAction: 'Nothing is started.',
    userAction:
      'Call it at the top level of a jest test file or describe block, or use startTestEmulator and close it yourself.',
  },
  /** {0} topic, {1} url, {2} problem. */
  OUT_TOPIC_UNREADABLE: {
    messageId: 'EGERIA-TS-TESTING-500-008',
    httpCode: 500,
    template: 'The out topic {0} of the emulator at {1} could not be read: {2}',
    systemAction: 'The query fails.',
    userAction:
      'Check that the URL is that of an egeria-ts emulator, started with a short heartbeat (startTestEmulator does that), and that it still runs.',
  },
  /** {0} file, {1} diff. */
  GOLDEN_MISMATCH: {
    messageId: 'EGERIA-TS-TESTING-400-009',
    httpCode: 400,
    template: 'The catalog snapshot does not match the golden file {0} (- golden, + actual):\n{1}',
    systemAction: 'The assertion fails; the golden file is left as it is.',
    userAction:
      'Fix the connector, or, when the change is intended, run again with UPDATE_GOLDEN=1 to rewrite the file.',
  },
  /** {0} file, {1} problem. */
  GOLDEN_UNREADABLE: {
    messageId: 'EGERIA-TS-TESTING-500-010',
    httpCode: 500,
    template: 'The golden file {0} could not be read or written: {1}',
    systemAction: 'The assertion fails.',
    userAction: 'Check the path and its permissions.',
  },
  /** {0} method, {1} path, {2} fault. */
  INJECTED_FAULT: {
    messageId: 'EGERIA-TS-TESTING-500-011',
    httpCode: 500,
    template: 'Fault {2} injected by the test fault proxy into {0} {1}',
    systemAction: 'The request was not processed by the metadata server.',
    userAction: 'None: the test asked for this failure.',
  },
  /** {0} port, {1} problem. */
  PROXY_LISTEN_FAILED: {
    messageId: 'EGERIA-TS-TESTING-500-012',
    httpCode: 500,
    template: 'The test fault proxy could not listen on port {0}: {1}',
    systemAction: 'The proxy stays away.',
    userAction: 'Another process may have taken the port while the proxy was away; retry the test.',
  },
  /** {0} operation. */
  PROXY_CLOSED: {
    messageId: 'EGERIA-TS-TESTING-409-013',
    httpCode: 409,
    template: 'The test fault proxy is closed; {0} is no longer possible',
    systemAction: 'The call is refused.',
    userAction: 'Start a new proxy with startFaultProxy.',
  },
  /** {0} what was awaited, {1} milliseconds. */
  WAIT_TIMED_OUT: {
    messageId: 'EGERIA-TS-TESTING-408-014',
    httpCode: 408,
    template: 'Timed out after {1} ms waiting for {0}',
    systemAction: 'The wait ends with this error.',
    userAction: 'Check that what the test awaits can happen, or allow more time.',
  },
  /** No parameters. */
  NOT_REJECTED: {
    messageId: 'EGERIA-TS-TESTING-409-015',
    httpCode: 409,
    template: 'The call was expected to fail, but it succeeded',
    systemAction: 'The check fails.',
    userAction: 'Check what the test expects the call to be refused for.',
  },
  /** {0} element GUID. */
  NO_REPORT: {
    messageId: 'EGERIA-TS-TESTING-409-016',
    httpCode: 409,
    template: 'No activity report was published on element {0} through the test fault proxy',
    systemAction: 'The check fails.',
    userAction: 'Check that the refresh changed something and that the context generates integration reports.',
  },
  /** {0} connector class. */
  NO_LISTENER: {
    messageId: 'EGERIA-TS-TESTING-409-017',
    httpCode: 409,
    template: 'The context of {0} has no registerListener: a scripted connector of this service cannot listen',
    systemAction: 'The connector does not start.',
    userAction: 'Leave listen unset for this service.',
  },
  /** {0} what happened instead. */
  WRITE_NOT_REFUSED: {
    messageId: 'EGERIA-TS-TESTING-409-018',
    httpCode: 409,
    template:
      'The write was expected to be refused with a UserNotAuthorizedException before anything was sent, but {0}',
    systemAction: 'The check fails.',
    userAction:
      "Check that the write goes through the context's permitted synchronization guard before it sends its request, and that the script does nothing else that sends one.",
  },
});
