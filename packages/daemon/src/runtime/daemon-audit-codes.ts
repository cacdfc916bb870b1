import { AuditLogSeverity, defineMessages } from '@egeria-ts/core';

/**
 * The audit messages of the integration daemon runtime, with the message ids and severities of
 * Egeria 5.2's `IntegrationDaemonServicesAuditCode` for the same events (our own wording). The
 * inserts are described on each message.
 */
export const INTEGRATION_DAEMON_AUDIT_CODE = defineMessages({
  /** {0} daemon name. */
  SERVER_INITIALIZING: {
    messageId: 'INTEGRATION-DAEMON-SERVICES-0001',
    severity: AuditLogSeverity.STARTUP,
    template: 'Integration daemon {0} is starting',
    systemAction: 'The daemon loads its connector modules and initializes its integration connectors.',
    userAction: 'Check that the integration connectors that follow initialize without errors.',
  },
  /** {0} service full name. */
  NO_INTEGRATION_CONNECTORS: {
    messageId: 'INTEGRATION-DAEMON-SERVICES-0007',
    severity: AuditLogSeverity.ERROR,
    template: 'Integration service {0} has no integration connectors configured',
    systemAction: 'The service runs nothing.',
    userAction: 'Add integration connector configurations to the service, or remove the service.',
  },
  /** {0} connector name, {1} service full name, {2} daemon name, {3} permitted synchronization. */
  INTEGRATION_CONNECTOR_INITIALIZING: {
    messageId: 'INTEGRATION-DAEMON-SERVICES-0008',
    severity: AuditLogSeverity.STARTUP,
    template:
      'Integration connector {0} of {1} is initializing in integration daemon {2} (permitted synchronization {3})',
    systemAction: 'The daemon creates the connector from its connection and builds its context.',
    userAction: 'Check that the connector reaches status INITIALIZED.',
  },
  /** {0} connector name, {1} service full name, {2} error class, {3} error message. */
  BAD_INTEGRATION_CONNECTION: {
    messageId: 'INTEGRATION-DAEMON-SERVICES-0009',
    severity: AuditLogSeverity.STARTUP,
    template: 'Integration connector {0} of {1} could not be created: {2}: {3}',
    systemAction: 'The connector is CONFIG_FAILED; the other connectors go on.',
    userAction: 'Correct the connector connection (or load the module that registers its class), then restart it.',
  },
  /** {0} connector name, {1} the connector class, {2} what it should be. */
  NOT_INTEGRATION_CONNECTOR: {
    messageId: 'INTEGRATION-DAEMON-SERVICES-0010',
    severity: AuditLogSeverity.STARTUP,
    template: 'The connection of integration connector {0} names {1}, which is not {2}',
    systemAction: 'The connector is CONFIG_FAILED; the other connectors go on.',
    userAction: 'Name a connector class that belongs to this integration service.',
  },
  /** {0} daemon name, {1} number of connectors. */
  SERVER_INITIALIZED: {
    messageId: 'INTEGRATION-DAEMON-SERVICES-0013',
    severity: AuditLogSeverity.STARTUP,
    template: 'Integration daemon {0} has started with {1} integration connector(s)',
    systemAction: 'The connectors refresh on their schedules.',
    userAction: 'Check the status of each connector.',
  },
  /** {0} user, {1} connector name, {2} daemon name, {3} the property names. */
  CONFIG_PROPS_UPDATE: {
    messageId: 'INTEGRATION-DAEMON-SERVICES-0015',
    severity: AuditLogSeverity.INFO,
    template: 'User {0} changed configuration properties {3} of integration connector {1} in integration daemon {2}',
    systemAction: 'The connector restarts with its new properties.',
    userAction: 'Check that the connector restarts without errors.',
  },
  /** {0} user, {1} connector name, {2} daemon name. */
  CONFIG_PROPS_CLEARED: {
    messageId: 'INTEGRATION-DAEMON-SERVICES-0016',
    severity: AuditLogSeverity.INFO,
    template: 'User {0} cleared the configuration properties of integration connector {1} in integration daemon {2}',
    systemAction: 'The connector restarts with its default properties.',
    userAction: 'Check that the connector restarts without errors.',
  },
  /** {0} daemon name. */
  NO_INTEGRATION_SERVICES_CONFIGURED: {
    messageId: 'INTEGRATION-DAEMON-SERVICES-0017',
    severity: AuditLogSeverity.INFO,
    template: 'Integration daemon {0} has no integration services configured',
    systemAction: 'The daemon goes on with its integration groups.',
    userAction: 'None, unless static connectors were expected.',
  },
  /** {0} daemon name. */
  NO_INTEGRATION_GROUPS_CONFIGURED: {
    messageId: 'INTEGRATION-DAEMON-SERVICES-0018',
    severity: AuditLogSeverity.INFO,
    template: 'Integration daemon {0} has no integration groups configured',
    systemAction: 'The daemon goes on with its integration services.',
    userAction: 'None, unless connectors defined in open metadata were expected.',
  },
  /** {0} daemon name. */
  SERVER_SHUTTING_DOWN: {
    messageId: 'INTEGRATION-DAEMON-SERVICES-0020',
    severity: AuditLogSeverity.SHUTDOWN,
    template: 'Integration daemon {0} is stopping',
    systemAction: 'No new refresh starts; running ones get a bounded time to end, then every connector disconnects.',
    userAction: 'None, if the stop was intended.',
  },
  /** {0} connector name, {1} error class, {2} error message. */
  CONNECTOR_SHUTDOWN_FAILURE: {
    messageId: 'INTEGRATION-DAEMON-SERVICES-0023',
    severity: AuditLogSeverity.SHUTDOWN,
    template: 'Integration connector {0} failed to disconnect: {1}: {2}',
    systemAction: 'The daemon goes on stopping the other connectors.',
    userAction: 'Look for resources the connector may have left open.',
  },
  /** {0} connector name, {1} service full name, {2} statistics. */
  INTEGRATION_CONNECTOR_SHUTDOWN: {
    messageId: 'INTEGRATION-DAEMON-SERVICES-0024',
    severity: AuditLogSeverity.SHUTDOWN,
    template: 'Integration connector {0} of {1} has stopped; statistics: {2}',
    systemAction: 'The connector is disconnected and no longer called.',
    userAction: 'None, if the stop was intended.',
  },
  /** {0} daemon name. */
  SERVER_SHUTDOWN: {
    messageId: 'INTEGRATION-DAEMON-SERVICES-0026',
    severity: AuditLogSeverity.SHUTDOWN,
    template: 'Integration daemon {0} has stopped',
    systemAction: 'Every connector is disconnected.',
    userAction: 'None, if the stop was intended.',
  },
  /** {0} daemon name, {1} metadata access server name, {2} group qualified name. */
  CONFIGURATION_LISTENER_REGISTERED: {
    messageId: 'INTEGRATION-DAEMON-SERVICES-0019',
    severity: AuditLogSeverity.STARTUP,
    template:
      'Integration daemon {0} listens to the Governance Server out topic of metadata access server {1} for changes to integration group {2}',
    systemAction:
      'A change to the group, or to one of its connectors, their registrations or catalog targets, is applied as soon as it is announced; the group is still read on its timer too.',
    userAction: 'None.',
  },
  /** {0} daemon name, {1} metadata access server name, {2} group qualified name, {3} error class, {4} error message. */
  NO_CONFIGURATION_LISTENER: {
    messageId: 'INTEGRATION-DAEMON-SERVICES-0027',
    severity: AuditLogSeverity.EXCEPTION,
    template:
      'Integration daemon {0} cannot listen to the Governance Server out topic of metadata access server {1} for integration group {2}: {3}: {4}',
    systemAction:
      'Changes to the group are picked up by its timed reads only; the daemon tries to listen again with backoff and reads the group once it does.',
    userAction:
      'Check that the metadata access server runs with the Governance Server OMAS and that its event bus is reachable.',
  },
  /** {0} group qualified name, {1} error class, {2} error message. */
  INTEGRATION_GROUP_NO_CONFIG: {
    messageId: 'INTEGRATION-DAEMON-SERVICES-0028',
    severity: AuditLogSeverity.INFO,
    template: 'The configuration of integration group {0} could not be read: {1}: {2}',
    systemAction: 'The connectors the group already runs go on; the daemon reads the group again later.',
    userAction:
      'Check that the metadata access server runs and holds the group; or ask for refresh-config once it does.',
  },
  /** {0} connector name, {1} daemon name. */
  CONNECTOR_THREAD_STARTING: {
    messageId: 'INTEGRATION-DAEMON-SERVICES-0030',
    severity: AuditLogSeverity.STARTUP,
    template: 'Integration connector {0} uses blocking calls: integration daemon {1} calls its engage() in a loop',
    systemAction: 'The connector is RUNNING.',
    userAction: 'Check that the connector runs without errors.',
  },
  /** {0} connector name, {1} method, {2} error class, {3} error message. */
  CONNECTOR_ERROR: {
    messageId: 'INTEGRATION-DAEMON-SERVICES-0031',
    severity: AuditLogSeverity.EXCEPTION,
    template: 'Integration connector {0} failed in {1}: {2}: {3}',
    systemAction: 'The connector is FAILED; the other connectors go on. The restart policy decides when it restarts.',
    userAction: 'Use the error message to find the cause; the connector restarts by itself unless restarts are off.',
  },
  /** {0} connector name, {1} method, {2} the failure that is still standing. */
  CONNECTOR_FAILED: {
    messageId: 'INTEGRATION-DAEMON-SERVICES-0032',
    severity: AuditLogSeverity.ERROR,
    template: 'Integration connector {0} was not asked to {1}: it is FAILED ({2})',
    systemAction: 'The request does nothing until the connector is restarted.',
    userAction: 'Restart the connector once the cause of the failure is fixed.',
  },
  /** {0} connector name, {1} daemon name. */
  ENGAGE_RETURNED: {
    messageId: 'INTEGRATION-DAEMON-SERVICES-0034',
    severity: AuditLogSeverity.INFO,
    template: 'Integration connector {0} returned from engage() in integration daemon {1}',
    systemAction: 'The daemon calls engage() again after a short pause, unless it is stopping.',
    userAction: 'None.',
  },
  /** {0} connector name, {1} daemon name. */
  CONNECTOR_THREAD_TERMINATING: {
    messageId: 'INTEGRATION-DAEMON-SERVICES-0035',
    severity: AuditLogSeverity.SHUTDOWN,
    template: 'Integration daemon {1} stopped calling engage() on integration connector {0}',
    systemAction: 'The engage loop of the connector has ended.',
    userAction: 'None, if the connector is stopping or restarting.',
  },
  /** {0} service full name, {1} connector name, {2} error class, {3} error message. */
  INITIALIZE_ERROR: {
    messageId: 'INTEGRATION-DAEMON-SERVICES-0036',
    severity: AuditLogSeverity.ERROR,
    template: '{0} could not build the context of integration connector {1} (metadata access server): {2}: {3}',
    systemAction: 'The connector is INITIALIZE_FAILED; the daemon retries with backoff until it works.',
    userAction: 'Check that the metadata access server is running and that the connector is configured to call it.',
  },
  /** {0} service full name, {1} connector name, {2} error class, {3} error message. */
  CONFIG_ERROR: {
    messageId: 'INTEGRATION-DAEMON-SERVICES-0037',
    severity: AuditLogSeverity.ERROR,
    template: '{0} could not create and initialize integration connector {1}: {2}: {3}',
    systemAction: 'The connector is CONFIG_FAILED and is not retried until it is restarted.',
    userAction: 'Correct the configuration of the connector, then restart it.',
  },
  /** {0} connector name, {1} daemon name. */
  FIRST_REFRESH: {
    messageId: 'INTEGRATION-DAEMON-SERVICES-0041',
    severity: AuditLogSeverity.INFO,
    template: 'Integration connector {0} is refreshing for the first time in integration daemon {1}',
    systemAction: 'The daemon calls refresh() on the connector.',
    userAction: 'Check that the refresh completes without errors.',
  },
  /** {0} connector name, {1} daemon name. */
  REFRESH: {
    messageId: 'INTEGRATION-DAEMON-SERVICES-0042',
    severity: AuditLogSeverity.INFO,
    template: 'Integration connector {0} is refreshing again in integration daemon {1}',
    systemAction: 'The daemon calls refresh() on the connector.',
    userAction: 'Check that the refresh completes without errors.',
  },
  /** {0} connector name, {1} daemon name, {2} milliseconds. */
  REFRESH_COMPLETE: {
    messageId: 'INTEGRATION-DAEMON-SERVICES-0043',
    severity: AuditLogSeverity.INFO,
    template: 'Integration connector {0} in integration daemon {1} completed its refresh in {2} ms',
    systemAction: 'The connector is WAITING for its next refresh.',
    userAction: 'Check that the refresh interval suits the time a refresh takes.',
  },
  /** {0} group qualified name. */
  GROUP_CONFIG_REFRESH_STARTED: {
    messageId: 'INTEGRATION-DAEMON-SERVICES-0051',
    severity: AuditLogSeverity.INFO,
    template: 'Integration daemon reads the integration connectors of integration group {0}',
    systemAction:
      'The registered connectors are read from the metadata access server: new ones start, changed ones are updated, removed ones stop.',
    userAction: 'None.',
  },
  /** {0} group qualified name, {1} daemon name. */
  GROUP_SHUTDOWN: {
    messageId: 'INTEGRATION-DAEMON-SERVICES-0052',
    severity: AuditLogSeverity.SHUTDOWN,
    template: 'Integration group {0} of integration daemon {1} is stopping',
    systemAction: 'Its configuration is no longer read; its connectors stop with the daemon.',
    userAction: 'None, if the stop was intended.',
  },
  /** {0} connector name or GUID, {1} error class, {2} error message. */
  CONNECTOR_CHANGE_FAILED: {
    messageId: 'INTEGRATION-DAEMON-SERVICES-0054',
    severity: AuditLogSeverity.EXCEPTION,
    template: 'A change to integration connector {0} could not be applied: {1}: {2}',
    systemAction: 'The other connectors of the group are not affected; the change is tried again at the next read.',
    userAction: 'Use the error message to correct the connector definition, then ask for refresh-config.',
  },
  /** {0} connector GUID, {1} connector name, {2} connector class, {3} why. */
  UNKNOWN_CONNECTOR_INTERFACE: {
    messageId: 'INTEGRATION-DAEMON-SERVICES-0055',
    severity: AuditLogSeverity.ERROR,
    template:
      'Integration connector {1} ({0}) is not started: no integration service of this daemon runs class {2}: {3}',
    systemAction: 'The connector is reported CONFIG_FAILED; the daemon tries again at the next read of its group.',
    userAction:
      'Register the connector class (or load its module) with a serviceURLMarker, and give the daemon that integration service.',
  },
  /** {0} group qualified name. */
  GROUP_CONFIG_REFRESH_COMPLETE: {
    messageId: 'INTEGRATION-DAEMON-SERVICES-0056',
    severity: AuditLogSeverity.INFO,
    template: 'The integration connectors of integration group {0} are up to date',
    systemAction: 'The group runs the connectors registered in open metadata.',
    userAction: 'None, as long as the expected connectors start.',
  },
  /** {0} user, {1} connector name, {2} daemon name, {3} network address. */
  ENDPOINT_UPDATE: {
    messageId: 'INTEGRATION-DAEMON-SERVICES-0057',
    severity: AuditLogSeverity.INFO,
    template: 'User {0} set the endpoint address of integration connector {1} in integration daemon {2} to {3}',
    systemAction: 'The connector restarts with the new address.',
    userAction: 'Check that the connector restarts without errors.',
  },
  /** {0} user, {1} connector name, {2} daemon name, {3} network address. */
  NO_ENDPOINT_TO_UPDATE: {
    messageId: 'INTEGRATION-DAEMON-SERVICES-0058',
    severity: AuditLogSeverity.ERROR,
    template:
      'User {0} asked to set the endpoint address of integration connector {1} in integration daemon {2} to {3}, but its connection has no endpoint',
    systemAction: 'Nothing changes.',
    userAction: 'Replace the whole connection of the connector instead.',
  },
  /** {0} user, {1} connector name, {2} daemon name. */
  CONNECTION_UPDATE: {
    messageId: 'INTEGRATION-DAEMON-SERVICES-0059',
    severity: AuditLogSeverity.INFO,
    template: 'User {0} replaced the connection of integration connector {1} in integration daemon {2}',
    systemAction: 'The connector restarts with the new connection.',
    userAction: 'Check that the connector restarts without errors.',
  },
  /** {0} connector name, {1} the refresh interval. */
  REFRESH_THREAD_STARTING: {
    messageId: 'INTEGRATION-DAEMON-SERVICES-0060',
    severity: AuditLogSeverity.STARTUP,
    template: 'Integration connector {0} is started; it refreshes {1}',
    systemAction: 'The daemon refreshes the connector now and on its schedule.',
    userAction: 'Check that the connector refreshes without errors.',
  },
  /** {0} connector name. */
  REFRESH_THREAD_TERMINATING: {
    messageId: 'INTEGRATION-DAEMON-SERVICES-0064',
    severity: AuditLogSeverity.SHUTDOWN,
    template: 'Integration connector {0} is no longer refreshed',
    systemAction: 'The refresh schedule of the connector has ended.',
    userAction: 'None, if the connector is stopping or restarting.',
  },
  /** {0} connector name, {1} error class, {2} error message. */
  REFRESH_THREAD_CONNECTOR_ERROR: {
    messageId: 'INTEGRATION-DAEMON-SERVICES-0065',
    severity: AuditLogSeverity.EXCEPTION,
    template: 'The daemon caught an error from integration connector {0}: {1}: {2}',
    systemAction: 'The error is recorded; the daemon goes on.',
    userAction: 'Use the error message to find the cause in the connector.',
  },
});

/**
 * egeria-ts's own audit messages of the daemon runtime, for events Egeria has no message for
 * (component `EGERIA-TS-DAEMON-RUNTIME`).
 */
export const DAEMON_RUNTIME_AUDIT_CODE = defineMessages({
  /** {0} connector name, {1} delay in ms, {2} attempt, {3} why. */
  RESTART_SCHEDULED: {
    messageId: 'EGERIA-TS-DAEMON-RUNTIME-0001',
    severity: AuditLogSeverity.INFO,
    template: 'Integration connector {0} will be {3} in {1} ms (attempt {2})',
    systemAction: 'The daemon waits with capped exponential backoff, then tries again.',
    userAction: 'If the attempts go on failing, use the earlier messages to find the cause.',
  },
  /** {0} connector name, {1} seconds. */
  REFRESH_TIMEOUT: {
    messageId: 'EGERIA-TS-DAEMON-RUNTIME-0002',
    severity: AuditLogSeverity.ERROR,
    template: 'The refresh of integration connector {0} took longer than {1} s and is aborted',
    systemAction:
      'The refresh signal fires, the context refuses further writes, the connector is FAILED, and it is not restarted before that refresh returns.',
    userAction: 'Make the connector honour its AbortSignal, or raise egeriaTs.refreshTimeoutSeconds.',
  },
  /** {0} error class, {1} error message. */
  HOST_UNHANDLED_REJECTION: {
    messageId: 'EGERIA-TS-DAEMON-RUNTIME-0003',
    severity: AuditLogSeverity.EXCEPTION,
    template: 'A promise rejection that no integration connector owns was not handled: {0}: {1}',
    systemAction: 'The rejection is logged and the process goes on.',
    userAction: 'Find and handle the rejection in the host application.',
  },
  /** {0} module, {1} where it was found. */
  MODULE_LOADED: {
    messageId: 'EGERIA-TS-DAEMON-RUNTIME-0004',
    severity: AuditLogSeverity.STARTUP,
    template: 'Connector module {0} is loaded ({1})',
    systemAction: 'The connector classes it declares are registered.',
    userAction: 'None.',
  },
  /** No inserts. */
  TLS_VERIFICATION_OFF: {
    messageId: 'EGERIA-TS-DAEMON-RUNTIME-0018',
    severity: AuditLogSeverity.SECURITY,
    template:
      'TLS certificate verification of the metadata access servers is switched off (egeriaTs.platform.rejectUnauthorized is false)',
    systemAction: 'The daemon connects to the platforms without checking who they are.',
    userAction:
      'Give the platform CA with egeriaTs.platform.caFile and remove rejectUnauthorized: false; never run so in production.',
  },
  /** {0} where the connectors are declared, {1} the module and why it did not load. */
  MODULE_SKIPPED: {
    messageId: 'EGERIA-TS-DAEMON-RUNTIME-0017',
    severity: AuditLogSeverity.ERROR,
    template: 'Connector module declared at {0} could not be loaded: {1}',
    systemAction: 'The daemon goes on without it; connections that name its classes are CONFIG_FAILED.',
    userAction: 'Build or reinstall the package that declares it, or remove the declaration.',
  },
  /** {0} the isolation setting. */
  ISOLATION_NOT_SUPPORTED: {
    messageId: 'EGERIA-TS-DAEMON-RUNTIME-0005',
    severity: AuditLogSeverity.ERROR,
    template: 'Isolation mode {0} is not available yet; connectors run in the daemon process',
    systemAction: 'Connectors are isolated by the runtime inside the process.',
    userAction: 'Set egeriaTs.isolation to in-process.',
  },
  /** {0} signal. */
  SIGNAL_RECEIVED: {
    messageId: 'EGERIA-TS-DAEMON-RUNTIME-0006',
    severity: AuditLogSeverity.SHUTDOWN,
    template: 'Signal {0} received: the integration daemon stops',
    systemAction: 'The daemon stops gracefully within its shutdown timeout.',
    userAction: 'None, if the stop was intended.',
  },
  /** {0} event name, {1} error message. */
  LISTENER_FAILED: {
    messageId: 'EGERIA-TS-DAEMON-RUNTIME-0007',
    severity: AuditLogSeverity.ERROR,
    template: 'A listener of daemon event {0} threw: {1}',
    systemAction: 'The daemon goes on; listeners registered after this one miss this event.',
    userAction: 'Fix the listener in the host application.',
  },
  /** {0} connector name, {1} seconds. */
  STOP_TIMEOUT: {
    messageId: 'EGERIA-TS-DAEMON-RUNTIME-0008',
    severity: AuditLogSeverity.SHUTDOWN,
    template: 'Integration connector {0} did not finish stopping within {1} s; it is left behind',
    systemAction: 'The daemon reports the connector STOPPED and no longer calls it.',
    userAction: 'Make the connector honour its AbortSignal and return from disconnect() promptly.',
  },
  /** {0} connector name. */
  RESTART_DEFERRED: {
    messageId: 'EGERIA-TS-DAEMON-RUNTIME-0009',
    severity: AuditLogSeverity.INFO,
    template: 'Integration connector {0} restarts once its current refresh returns',
    systemAction: 'The restart waits for the running refresh to end.',
    userAction: 'None.',
  },
  /** {0} connector name, {1} group qualified name, {2} integration service full name. */
  GROUP_CONNECTOR_ADDED: {
    messageId: 'EGERIA-TS-DAEMON-RUNTIME-0010',
    severity: AuditLogSeverity.INFO,
    template: 'Integration connector {0} of integration group {1} starts in {2}',
    systemAction: 'The connector is initialized, started and refreshed on its schedule.',
    userAction: 'Check that the connector reaches status WAITING or RUNNING.',
  },
  /** {0} connector name, {1} group qualified name, {2} what changed. */
  GROUP_CONNECTOR_RESTARTED: {
    messageId: 'EGERIA-TS-DAEMON-RUNTIME-0011',
    severity: AuditLogSeverity.INFO,
    template: 'The definition of integration connector {0} of integration group {1} changed ({2}): it restarts',
    systemAction: 'The connector is restarted with its new definition (after its current refresh, if one runs).',
    userAction: 'Check that the connector restarts without errors.',
  },
  /** {0} connector name, {1} group qualified name, {2} what changed. */
  GROUP_CONNECTOR_UPDATED: {
    messageId: 'EGERIA-TS-DAEMON-RUNTIME-0012',
    severity: AuditLogSeverity.INFO,
    template: 'The registration of integration connector {0} of integration group {1} changed ({2}): applied in place',
    systemAction: 'The connector goes on running with its new schedule.',
    userAction: 'None.',
  },
  /** {0} connector name, {1} group qualified name. */
  GROUP_CONNECTOR_REMOVED: {
    messageId: 'EGERIA-TS-DAEMON-RUNTIME-0013',
    severity: AuditLogSeverity.INFO,
    template: 'Integration connector {0} is no longer registered with integration group {1}: it stops',
    systemAction: 'The connector is disconnected and dropped from the daemon.',
    userAction: 'None, if the registration was removed on purpose.',
  },
  /** {0} connector GUID, {1} group qualified name, {2} what is missing. */
  GROUP_CONNECTOR_INCOMPLETE: {
    messageId: 'EGERIA-TS-DAEMON-RUNTIME-0014',
    severity: AuditLogSeverity.INFO,
    template: 'Integration connector {0} of integration group {1} is skipped: its definition has no {2} yet',
    systemAction: 'The connector is not started; it is read again at the next read of the group.',
    userAction:
      'Complete the IntegrationConnector element (with its Connection and connector type) and its registration.',
  },
  /** {0} connector name, {1} what the dates say. */
  CONNECTOR_OUTSIDE_DATES: {
    messageId: 'EGERIA-TS-DAEMON-RUNTIME-0015',
    severity: AuditLogSeverity.INFO,
    template: 'Integration connector {0} is not refreshed: {1}',
    systemAction: 'The connector is refreshed only between its start date and its stop date.',
    userAction: 'Change the start or stop date of its registration if it should run now.',
  },
  /** {0} group qualified name, {1} topic name, {2} what happened. */
  GROUP_TOPIC_PROBLEM: {
    messageId: 'EGERIA-TS-DAEMON-RUNTIME-0019',
    severity: AuditLogSeverity.ERROR,
    template: 'The Governance Server out topic {1} of integration group {0}: {2}',
    systemAction: 'The topic connector reconnects by itself; the group is still read on its timer.',
    userAction: 'If it goes on, check the event bus of the metadata access server.',
  },
  /** {0} group qualified name, {1} topic name, {2} what happened. */
  GROUP_TOPIC_WARNING: {
    messageId: 'EGERIA-TS-DAEMON-RUNTIME-0020',
    severity: AuditLogSeverity.INFO,
    template: 'The Governance Server out topic {1} of integration group {0}: {2}',
    systemAction:
      'The topic connector handles it by itself (such as reconnecting); the group is still read on its timer.',
    userAction: 'None, unless it goes on; then check the event bus of the metadata access server.',
  },
  /** {0} server name. */
  DRY_RUN: {
    messageId: 'EGERIA-TS-DAEMON-RUNTIME-0016',
    severity: AuditLogSeverity.STARTUP,
    template:
      'The integration daemon {0} runs a dry run: its connectors read open metadata, but what they write is recorded, not sent',
    systemAction:
      'Writes to open metadata, catalog target changes and activity reports are recorded in the dry-run plan instead of being sent.',
    userAction: 'Read the plan; run without --dry-run (or egeriaTs.dryRun) to make the changes.',
  },
});
