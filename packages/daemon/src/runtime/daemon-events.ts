import type { IntegrationConnectorStatus, IntegrationServiceURLMarker } from '@egeria-ts/core';

/** What every connector event carries. */
export interface ConnectorEventBase {
  /** The daemon's name (`localServerName`). */
  readonly serverName: string;
  /** The connector's name. */
  readonly connectorName: string;
  /** The integration service the connector runs in. */
  readonly serviceURLMarker: IntegrationServiceURLMarker;
  /** When it happened. */
  readonly time: Date;
}

/** A connector's status changed. */
export interface ConnectorStatusChangedEvent extends ConnectorEventBase {
  /** The status before. */
  readonly previousStatus: IntegrationConnectorStatus;
  /** The status now. */
  readonly status: IntegrationConnectorStatus;
  /** Why it failed, for the failed statuses. */
  readonly failingExceptionMessage?: string;
}

/** Why a refresh runs. */
export type RefreshReason = 'start' | 'schedule' | 'request';

/** A refresh started. */
export interface RefreshStartedEvent extends ConnectorEventBase {
  /** True for the first refresh of this connector instance. */
  readonly first: boolean;
  /** Why it runs. */
  readonly reason: RefreshReason;
}

/** A refresh completed without error. */
export interface RefreshCompletedEvent extends ConnectorEventBase {
  /** How long it took, in milliseconds. */
  readonly durationMs: number;
  /** Elements created, updated and deleted through the context during the refresh. */
  readonly elementsWritten: number;
}

/** A refresh failed: it threw, rejected, or took longer than the refresh timeout. */
export interface RefreshFailedEvent extends ConnectorEventBase {
  /** How long it ran before it failed, in milliseconds. */
  readonly durationMs: number;
  /** True when it was aborted for taking longer than `egeriaTs.refreshTimeoutSeconds`. */
  readonly timedOut: boolean;
  /** The error's message (redacted). */
  readonly message: string;
}

/** What a scheduled recovery does. */
export type RecoveryKind = 'restart' | 'reinitialize';

/** A failed connector will be restarted, or an INITIALIZE_FAILED one initialized again, after a delay. */
export interface RestartScheduledEvent extends ConnectorEventBase {
  /** Milliseconds until the attempt. */
  readonly delayMs: number;
  /** The attempt number since the last success (1 for the first). */
  readonly attempt: number;
  /** A restart (after FAILED) or a new initialization (after INITIALIZE_FAILED). */
  readonly kind: RecoveryKind;
}

/** The daemon itself started, is stopping, or stopped. */
export interface DaemonLifecycleEvent {
  /** The daemon's name (`localServerName`). */
  readonly serverName: string;
  /** When it happened. */
  readonly time: Date;
}

/** An unhandled promise rejection the daemon caught (with `handleUnhandledRejections`). */
export interface UnhandledRejectionEvent {
  /** The daemon's name (`localServerName`). */
  readonly serverName: string;
  /** The connector it was attributed to; undefined when it belongs to the host. */
  readonly connectorName?: string;
  /** The rejection's message (redacted). */
  readonly message: string;
  /** When it happened. */
  readonly time: Date;
}

/** What every integration group event carries. */
export interface IntegrationGroupEventBase {
  /** The daemon's name (`localServerName`). */
  readonly serverName: string;
  /** The group's qualified name. */
  readonly integrationGroupName: string;
  /** When it happened. */
  readonly time: Date;
}

/**
 * Why a group's configuration was read: at start, on its timer, on request, or on a change event
 * of the Governance Server OMAS out topic (`event`).
 */
export type GroupRefreshReason = 'start' | 'schedule' | 'request' | 'event';

/** A group's configuration was read and applied. */
export interface IntegrationGroupRefreshedEvent extends IntegrationGroupEventBase {
  /** The GUID of the group's `IntegrationGroup` element. */
  readonly integrationGroupGUID: string;
  /** Why it was read. */
  readonly reason: GroupRefreshReason;
  /**
   * Set when only this connector of the group was read again, on a change event about it (its
   * `IntegrationConnector` element, its registration or its catalog targets); the other connectors
   * were not read.
   */
  readonly integrationConnectorGUID?: string;
  /** Names of the connectors started because they were registered since the last read. */
  readonly added: readonly string[];
  /** Names of the connectors restarted because their connection or definition changed. */
  readonly restarted: readonly string[];
  /** Names of the connectors whose schedule (refresh interval, start or stop date) changed in place. */
  readonly updated: readonly string[];
  /** Names of the connectors stopped because they are no longer registered. */
  readonly removed: readonly string[];
  /** GUIDs of registered connectors skipped because their definition is incomplete or their class unknown. */
  readonly skipped: readonly string[];
}

/** A group's configuration could not be read (the daemon tries again). */
export interface IntegrationGroupRefreshFailedEvent extends IntegrationGroupEventBase {
  /** Why it was read. */
  readonly reason: GroupRefreshReason;
  /** The error's message (redacted). */
  readonly message: string;
  /** Milliseconds until the next attempt (undefined when none is scheduled). */
  readonly retryInMs?: number;
}

/**
 * The lifecycle events of an {@link IntegrationDaemon}, by name, with their listener arguments.
 * A listener that throws is logged and does not disturb the daemon.
 */
export interface IntegrationDaemonEvents {
  /** The daemon has started: every connector has been initialized once (successfully or not). */
  daemonStarted: [event: DaemonLifecycleEvent];
  /** The daemon is stopping. */
  daemonStopping: [event: DaemonLifecycleEvent];
  /** The daemon has stopped: every connector is disconnected. */
  daemonStopped: [event: DaemonLifecycleEvent];
  /** A connector's status changed. */
  connectorStatusChanged: [event: ConnectorStatusChangedEvent];
  /** A refresh started. */
  refreshStarted: [event: RefreshStartedEvent];
  /** A refresh completed. */
  refreshCompleted: [event: RefreshCompletedEvent];
  /** A refresh failed. */
  refreshFailed: [event: RefreshFailedEvent];
  /** A restart (or new initialization) is scheduled. */
  restartScheduled: [event: RestartScheduledEvent];
  /** An unhandled promise rejection was caught. */
  unhandledRejection: [event: UnhandledRejectionEvent];
  /** An integration group's configuration was read and applied. */
  integrationGroupRefreshed: [event: IntegrationGroupRefreshedEvent];
  /** An integration group's configuration could not be read. */
  integrationGroupRefreshFailed: [event: IntegrationGroupRefreshFailedEvent];
}
