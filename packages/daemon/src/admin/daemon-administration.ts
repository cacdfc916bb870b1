import type { Connection } from '@egeria-ts/core';
import type { IntegrationDaemonStatus, IntegrationGroupSummary, IntegrationServiceSummary } from './status-beans';

/** A request to change connectors' configuration properties (Egeria's `ConnectorConfigPropertiesRequestBody`). */
export interface ConfigurationPropertiesUpdate {
  /** The connector to change; undefined means every connector. */
  readonly connectorName?: string;
  /** True to merge the properties into the existing ones, false to replace them (Egeria's default). */
  readonly mergeUpdate?: boolean;
  /** The new properties. */
  readonly configurationProperties?: Readonly<Record<string, unknown>>;
}

/** The figures `/metrics` reports for one connector. */
export interface ConnectorMetrics {
  /** The connector's name. */
  readonly connectorName: string;
  /** The service it runs in (URL marker), or the integration group's name prefixed `group:`. */
  readonly owner: string;
  /** Refreshes completed without error. */
  readonly refreshes: number;
  /** Refreshes that failed (threw, rejected or timed out). */
  readonly refreshFailures: number;
  /** Total seconds spent refreshing. */
  readonly refreshSecondsTotal: number;
  /** Automatic and requested restarts. */
  readonly restarts: number;
  /** Elements created, updated and deleted through the context. */
  readonly elementsWritten: number;
  /** Out-topic events delivered to the connector. */
  readonly eventsReceived: number;
  /** 1 when the connector is FAILED, CONFIG_FAILED or INITIALIZE_FAILED, else 0. */
  readonly failed: number;
}

/**
 * What the daemon's REST admin API calls. Every method that names a connector, service or group
 * throws an `InvalidParameterException` (relatedHTTPCode 400, `exceptionProperties.parameterName`)
 * when it does not know it.
 */
export interface IntegrationDaemonAdministration {
  /** The daemon's server name (`localServerName`), the `{serverName}` of the REST paths. */
  readonly serverName: string;
  /** The whole status, secrets redacted. */
  status(): IntegrationDaemonStatus;
  /** The configuration properties of one connector. */
  getConfigurationProperties(connectorName: string): Record<string, unknown>;
  /** Changes connectors' configuration properties and restarts them. */
  updateConfigurationProperties(update: ConfigurationPropertiesUpdate): Promise<void>;
  /** Sets the endpoint address of a connector's connection and restarts it. */
  updateEndpointNetworkAddress(connectorName: string, networkAddress: string): Promise<void>;
  /** Replaces a connector's connection and restarts it. */
  updateConnectorConnection(connectorName: string, connection: Connection): Promise<void>;
  /** Refreshes one connector, or every one; a refresh asked during a refresh runs after it. */
  refresh(connectorName?: string): Promise<void>;
  /** Restarts one connector, or every one. */
  restart(connectorName?: string): Promise<void>;
  /** Refreshes one connector of a service, or all the service's connectors. */
  refreshService(serviceURLMarker: string, connectorName?: string): Promise<void>;
  /** Restarts one connector of a service, or all the service's connectors. */
  restartService(serviceURLMarker: string, connectorName?: string): Promise<void>;
  /** One summary per integration service. */
  getIntegrationServiceSummaries(): IntegrationServiceSummary[];
  /** One summary per integration group. */
  getIntegrationGroupSummaries(): IntegrationGroupSummary[];
  /** One group's summary. */
  getIntegrationGroupSummary(groupName: string): IntegrationGroupSummary;
  /** Re-reads a group's configuration from open metadata now. */
  refreshIntegrationGroupConfig(groupName: string): Promise<void>;
  /** True when the class is a connector that can run in the service (registered name or alias). */
  validateConnector(serviceURLMarker: string, connectorProviderClassName: string): boolean;
  /** Passes an OpenLineage run event (raw JSON text) to the lineage integrator's listening connectors. */
  publishOpenLineageEvent(event: string): Promise<void>;
  /** Per-connector figures for `/metrics`. */
  metrics(): ConnectorMetrics[];
  /** True once the daemon has started and is not stopping (readiness). */
  isReady(): boolean;
}
