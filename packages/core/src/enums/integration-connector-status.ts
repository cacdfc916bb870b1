import type { EnumValueInfo } from './enum-info';

/** The status of an integration connector in the daemon (Egeria's `IntegrationConnectorStatus`). */
export enum IntegrationConnectorStatus {
  INITIALIZED = 'INITIALIZED',
  WAITING = 'WAITING',
  REFRESHING = 'REFRESHING',
  RUNNING = 'RUNNING',
  STOPPED = 'STOPPED',
  INITIALIZE_FAILED = 'INITIALIZE_FAILED',
  CONFIG_FAILED = 'CONFIG_FAILED',
  SHUTDOWN = 'SHUTDOWN',
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
