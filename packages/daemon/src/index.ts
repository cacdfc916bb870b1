/**
 * The egeria-ts integration daemon runtime: configuration, discovery, lifecycle, scheduling and REST admin API.
 * @packageDocumentation
 */

/** The version of this package. */
export const VERSION = '0.1.0';

// Configuration document
export { parseDaemonConfig } from './config/parse-daemon-config';
export { loadDaemonConfig } from './config/load-daemon-config';
export { DaemonConfigError, formatDaemonConfigProblem } from './config/daemon-config-error';
export type { DaemonConfigProblem } from './config/daemon-config-error';
export { resolveRefreshInterval, DEFAULT_REFRESH_TIME_INTERVAL_MINUTES } from './config/refresh-interval';
export type {
  ResolveRefreshIntervalOptions,
  ResolvedRefreshInterval,
  RefreshIntervalSource,
} from './config/refresh-interval';
export { DAEMON_CONFIG_SCHEMA_PATH } from './config/schema-path';
export { EGERIA_TS_DEFAULTS } from './config/egeria-ts-settings';
export type {
  EgeriaTsSettings,
  EgeriaTsDefaults,
  AdminApiSettings,
  AdminApiTlsSettings,
  PlatformSettings,
  RestartPolicySettings,
  IsolationMode,
} from './config/egeria-ts-settings';
export type {
  DaemonConfig,
  IntegrationServiceConfig,
  IntegrationConnectorConfig,
  IntegrationGroupConfig,
  OMAGServerClientConfig,
} from './config/daemon-config';
export type {
  AnyDaemonConfigDocument,
  DaemonConfigDocument,
  OMAGServerConfigResponseDocument,
  IntegrationServiceConfigDocument,
  IntegrationConnectorConfigDocument,
  IntegrationGroupConfigDocument,
  OMAGServerClientConfigDocument,
  EgeriaTsConfigDocument,
  AdminApiConfigDocument,
  PlatformConfigDocument,
  RestartPolicyConfigDocument,
  NumberLike,
  BooleanLike,
  EnumLike,
} from './config/document-types';

// REST admin API (and the administration interface it serves)
export { startAdminServer } from './rest/admin-server';
export type { AdminServer } from './rest/admin-server';
export { ADMIN_SERVER_DEFAULTS, isLoopbackHost } from './rest/admin-server-options';
export type {
  AdminServerOptions,
  AdminServerTlsOptions,
  AdminServerRequestLogEntry,
} from './rest/admin-server-options';
export type {
  IntegrationDaemonAdministration,
  ConfigurationPropertiesUpdate,
  ConnectorMetrics,
} from './admin/daemon-administration';
export type {
  IntegrationDaemonStatus,
  IntegrationServiceSummary,
  IntegrationGroupSummary,
  IntegrationGroupStatus,
  IntegrationConnectorReport,
} from './admin/status-beans';

// Runtime: the integration daemon, its lifecycle events, options, audit messages and module discovery
export { IntegrationDaemon } from './runtime/integration-daemon';
export type { IntegrationDaemonState } from './runtime/integration-daemon';
export type { IntegrationDaemonOptions, IntegrationServices, RunOnceOptions } from './runtime/daemon-options';
export type {
  IntegrationDaemonEvents,
  ConnectorEventBase,
  ConnectorStatusChangedEvent,
  RefreshReason,
  RefreshStartedEvent,
  RefreshCompletedEvent,
  RefreshFailedEvent,
  RecoveryKind,
  RestartScheduledEvent,
  DaemonLifecycleEvent,
  UnhandledRejectionEvent,
} from './runtime/daemon-events';
export type { ConnectorRunSummary, ConnectorRunOutcome } from './runtime/run-once';
// Dry run: the plan of what the connectors would write
export { MAX_PLANNED_WRITES_PER_CONNECTOR } from './runtime/dry-run-plan';
export type { DryRunPlan, ConnectorDryRunPlan } from './runtime/dry-run-plan';
export { NODE_DAEMON_TIMERS } from './runtime/daemon-timers';
export type { DaemonTimers, DaemonTimerHandle } from './runtime/daemon-timers';
export type { ProcessEvents } from './runtime/process-events';
export { INTEGRATION_DAEMON_AUDIT_CODE, DAEMON_RUNTIME_AUDIT_CODE } from './runtime/daemon-audit-codes';
export { DAEMON_RUNTIME_ERROR_CODE } from './runtime/daemon-errors';
export { CONNECTOR_PACKAGE_FIELD, loadConnectorModules } from './runtime/module-discovery';
export type {
  LoadedConnectorModule,
  ConnectorModuleLoadResult,
  LoadConnectorModulesOptions,
} from './runtime/module-discovery';
// Integration groups: connectors defined in open metadata, their events, schedule and Egeria's error ids
export { DEFAULT_INTEGRATION_GROUP_REFRESH_SECONDS } from './runtime/daemon-options';
export { INTEGRATION_DAEMON_ERROR_CODE } from './runtime/daemon-errors';
export type {
  IntegrationGroupEventBase,
  GroupRefreshReason,
  IntegrationGroupRefreshedEvent,
  IntegrationGroupRefreshFailedEvent,
} from './runtime/daemon-events';
// End of integration groups
export { runDaemonCli, runFromProcess, CLI_EXIT_CODE } from './cli/main';
export type { CliEnvironment, CliOutput } from './cli/main';

// The twelve integration services a daemon runs connectors in by default
export { INTEGRATION_SERVICE_IMPLEMENTATIONS } from './runtime/default-services';
