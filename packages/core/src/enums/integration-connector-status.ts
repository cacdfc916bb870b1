import type { EnumValueInfo } from './enum-info';

/** The status of an integration connector in the daemon (Egeria's `IntegrationConnectorStatus`). */
export enum IntegrationConnectorStatus {
  /** Created and given its context; about to start. */
  INITIALIZED = 'INITIALIZED',
  /** Started; waiting for its next refresh. */
  WAITING = 'WAITING',
  /** Inside `refresh()`. */
  REFRESHING = 'REFRESHING',
  /** A connector that uses blocking calls, inside its `engage()` loop. */
  RUNNING = 'RUNNING',
  /** Disconnected (a configuration change or the daemon stopping). */
  STOPPED = 'STOPPED',
  /** Its context could not be built (the metadata server is unreachable); retried automatically. */
  INITIALIZE_FAILED = 'INITIALIZE_FAILED',
  /** Its class name or configuration is wrong; needs a configuration change. */
  CONFIG_FAILED = 'CONFIG_FAILED',
  /** No longer called: shut down or replaced. */
  SHUTDOWN = 'SHUTDOWN',
  /** It threw, rejected or timed out; restarted automatically with backoff. */
  FAILED = 'FAILED',
}

/** Egeria's ordinals and names for {@link IntegrationConnectorStatus}. */
export const INTEGRATION_CONNECTOR_STATUS_INFO: Readonly<Record<IntegrationConnectorStatus, EnumValueInfo>> =
  Object.freeze({
    INITIALIZED: { ordinal: 0, displayName: 'Initialized', description: 'Set up and waiting to start.' },
    WAITING: { ordinal: 1, displayName: 'Waiting', description: 'Ready and waiting for its next refresh.' },
    REFRESHING: { ordinal: 2, displayName: 'Refreshing', description: 'Refreshing metadata.' },
    RUNNING: { ordinal: 3, displayName: 'Running', description: 'Running on its own, calling engage().' },
    STOPPED: { ordinal: 4, displayName: 'Stopped', description: 'Stopped by configuration or by the daemon stopping.' },
    INITIALIZE_FAILED: {
      ordinal: 5,
      displayName: 'Initialize Failed',
      description: 'Could not be initialized because the metadata server is not available; retried.',
    },
    CONFIG_FAILED: {
      ordinal: 6,
      displayName: 'Configuration Failed',
      description: 'Could not be initialized because its class name or configuration is invalid.',
    },
    SHUTDOWN: { ordinal: 7, displayName: 'Shutdown', description: 'No longer called: shut down or replaced.' },
    FAILED: { ordinal: 99, displayName: 'Connector Failed', description: 'Threw an exception.' },
  });
