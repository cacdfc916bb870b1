/**
 * The configuration of an integration daemon after `parseDaemonConfig` has checked it: Egeria's
 * field names, values converted to their types, Egeria's defaults filled in.
 */
import type { Connection, PermittedSynchronization } from '@egeria-ts/core';
import type { ComponentDevelopmentStatus, ServiceOperationalStatus } from '@egeria-ts/core';
import type { IntegrationServiceURLMarker } from '@egeria-ts/core';
import type { EgeriaTsSettings } from './egeria-ts-settings';

/** Where a metadata access server is (Egeria's `OMAGServerClientConfig`). */
export interface OMAGServerClientConfig {
  /** Absolute http(s) URL of the platform that hosts the metadata access server. */
  omagserverPlatformRootURL: string;
  /** Name of the metadata access server. */
  omagserverName: string;
}

/** One configured integration connector (Egeria's `IntegrationConnectorConfig`). */
export interface IntegrationConnectorConfig {
  /** Identity of this configured connector (a random UUID when the document has none). */
  connectorId: string;
  /** Name of the connector, unique in the daemon. */
  connectorName: string;
  /** User id of the connector's calls (default: the daemon's `localServerUserId`). */
  connectorUserId: string;
  /** How to create the connector; it always has `connectorType.connectorProviderClassName`. Secrets are kept as written. */
  connection: Connection;
  /** Qualified name of the software capability that owns what the connector creates. */
  metadataSourceQualifiedName?: string;
  /**
   * Minutes between refreshes (0: only at start and on request). Undefined when the document has
   * none: see `resolveRefreshInterval`.
   */
  refreshTimeInterval?: number;
  /** True when the connector runs `engage()` in a loop instead of timed refreshes. */
  usesBlockingCalls: boolean;
  /** Direction metadata may move (default: the service's default). */
  permittedSynchronization: PermittedSynchronization;
  /** True to write an activity report after each refresh. */
  generateIntegrationReports: boolean;
}

/** One integration service and its connectors (Egeria's `IntegrationServiceConfig`), descriptive fields filled from the service's registration. */
export interface IntegrationServiceConfig extends OMAGServerClientConfig {
  /** The service's code. */
  integrationServiceId: number;
  /** The service's development status. */
  integrationServiceDevelopmentStatus: ComponentDevelopmentStatus;
  /** Egeria's Java context manager class, when the document names one; not used by egeria-ts. */
  integrationServiceContextManagerClass?: string;
  /** Short name of the service. */
  integrationServiceName: string;
  /** Full name of the service. */
  integrationServiceFullName: string;
  /** Which integration service this is. */
  integrationServiceURLMarker: IntegrationServiceURLMarker;
  /** Description of the service. */
  integrationServiceDescription: string;
  /** Documentation page of the service. */
  integrationServiceWiki: string;
  /** Full name of the partner access service. */
  integrationServicePartnerOMAS: string;
  /** Permitted synchronization of connectors that set none. */
  defaultPermittedSynchronization: PermittedSynchronization;
  /** Whether the service is enabled (default `ENABLED`). */
  integrationServiceOperationalStatus: ServiceOperationalStatus;
  /** Options passed to the service (empty when none). */
  integrationServiceOptions: Record<string, unknown>;
  /** The connectors the service runs. */
  integrationConnectorConfigs: IntegrationConnectorConfig[];
}

/** An integration group whose connectors are defined in open metadata (Egeria's `IntegrationGroupConfig`). */
export interface IntegrationGroupConfig extends OMAGServerClientConfig {
  /** Qualified name of the `IntegrationGroup` element. */
  integrationGroupQualifiedName: string;
}

/** A checked integration daemon configuration. */
export interface DaemonConfig {
  /** Name of the integration daemon. */
  localServerName: string;
  /** User id of the daemon's own calls (default `OMAGServer`, as Egeria). */
  localServerUserId: string;
  /** Password of that user, as written (possibly a `${env:NAME}` or `${file:PATH}` reference). */
  localServerPassword?: string;
  /** Largest page the daemon asks for (default 1000, as Egeria). */
  maxPageSize: number;
  /** Integration services with their static connectors (may be empty when groups are configured). */
  integrationServicesConfig: IntegrationServiceConfig[];
  /** Integration groups (may be empty when services are configured). */
  dynamicIntegrationGroupsConfig: IntegrationGroupConfig[];
  /** egeria-ts's own settings, defaults filled in. */
  egeriaTs: EgeriaTsSettings;
}
