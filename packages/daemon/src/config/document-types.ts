/**
 * The configuration document as people and Egeria write it. Numbers and booleans may be written as
 * strings (`"60"`, `"false"`), as Egeria's own parser accepts; `null` means the field is absent.
 * Parse a document with `parseDaemonConfig` to get a checked `DaemonConfig`.
 */
import type { Connection, PermittedSynchronization } from '@egeria-ts/core';
import type { ComponentDevelopmentStatus, ServiceOperationalStatus } from '@egeria-ts/core';
import type { IntegrationServiceURLMarker } from '@egeria-ts/core';

/** A number, or a string that holds one (`"60"`). */
export type NumberLike = number | string;

/** A boolean, or the strings `"true"`/`"false"` (also `True`, `TRUE`, `False`, `FALSE`). */
export type BooleanLike = boolean | string;

/** An Egeria enum value: its name or its ordinal. */
export type EnumLike<E extends string> = E | number;

/** Where a metadata access server is (Egeria's `OMAGServerClientConfig`). */
export interface OMAGServerClientConfigDocument {
  /** Jackson type discriminator; ignored. */
  class?: string;
  /** Absolute http(s) URL of the platform that hosts the metadata access server. */
  omagserverPlatformRootURL: string;
  /** Name of the metadata access server that runs the partner access service. */
  omagserverName: string;
}

/** One configured integration connector (Egeria's `IntegrationConnectorConfig`). */
export interface IntegrationConnectorConfigDocument {
  /** Jackson type discriminator; ignored. */
  class?: string;
  /** Identity of this configured connector; a random UUID when absent. */
  connectorId?: string | null;
  /** Unique name of the connector in the daemon, used in REST paths and messages. */
  connectorName: string;
  /** User id for the connector's calls; the daemon's `localServerUserId` when absent. */
  connectorUserId?: string | null;
  /** How to create the connector; `connectorType.connectorProviderClassName` names its class. */
  connection: Connection;
  /** Qualified name of the software capability that owns what the connector creates. */
  metadataSourceQualifiedName?: string | null;
  /** Minutes between refreshes; 0 refreshes only at start and on request. */
  refreshTimeInterval?: NumberLike | null;
  /** True when the connector runs `engage()` in a loop instead of timed refreshes. */
  usesBlockingCalls?: BooleanLike | null;
  /** Direction metadata may move; the service's default when absent. */
  permittedSynchronization?: EnumLike<PermittedSynchronization> | null;
  /** True to write an activity report after each refresh. */
  generateIntegrationReports?: BooleanLike | null;
}

/** One integration service and its connectors (Egeria's `IntegrationServiceConfig`). */
export interface IntegrationServiceConfigDocument extends OMAGServerClientConfigDocument {
  /** The service's code (600 to 611). */
  integrationServiceId?: NumberLike | null;
  /** The service's development status. */
  integrationServiceDevelopmentStatus?: EnumLike<ComponentDevelopmentStatus> | null;
  /** Egeria's Java context manager class; recorded, not used. */
  integrationServiceContextManagerClass?: string | null;
  /** Short name of the service. */
  integrationServiceName?: string | null;
  /** Full name of the service. */
  integrationServiceFullName?: string | null;
  /** Which integration service this is. */
  integrationServiceURLMarker: IntegrationServiceURLMarker;
  /** Description of the service. */
  integrationServiceDescription?: string | null;
  /** Documentation page of the service. */
  integrationServiceWiki?: string | null;
  /** Full name of the partner access service. */
  integrationServicePartnerOMAS?: string | null;
  /** Permitted synchronization of connectors that set none. */
  defaultPermittedSynchronization?: EnumLike<PermittedSynchronization> | null;
  /** Whether the service is enabled. */
  integrationServiceOperationalStatus?: EnumLike<ServiceOperationalStatus> | null;
  /** Options passed to the service. */
  integrationServiceOptions?: Record<string, unknown> | null;
  /** The connectors the service runs. */
  integrationConnectorConfigs?: IntegrationConnectorConfigDocument[] | null;
}

/** An integration group whose connectors are defined in open metadata (Egeria's `IntegrationGroupConfig`). */
export interface IntegrationGroupConfigDocument extends OMAGServerClientConfigDocument {
  /** Qualified name of the `IntegrationGroup` element. */
  integrationGroupQualifiedName: string;
}

/** Settings of the egeria-ts admin API, as written. */
export interface AdminApiConfigDocument {
  /** False to run without the admin API. */
  enabled?: BooleanLike | null;
  /** Address to listen on. */
  host?: string | null;
  /** Port to listen on (0: any free port). */
  port?: NumberLike | null;
  /** Bearer token every request must carry. Secret; may be a `${env:NAME}` or `${file:PATH}` reference. */
  token?: string | null;
  /** TLS certificate and key files. */
  tls?: {
    /** The PEM certificate file. */
    certFile: string;
    /** The PEM private key file. */
    keyFile: string;
  } | null;
}

/** How the daemon authenticates to the platforms it calls, as written. */
export interface PlatformConfigDocument {
  /** User id for HTTP basic authentication. */
  userId?: string | null;
  /** Password for HTTP basic authentication. Secret; may be a reference. */
  password?: string | null;
  /** Bearer token sent to the platform. Secret; may be a reference. */
  bearerToken?: string | null;
  /** File of the certificate authorities to trust. */
  caFile?: string | null;
  /** False to accept any platform certificate (development only). */
  rejectUnauthorized?: BooleanLike | null;
}

/** Restart policy of failed connectors, as written. */
export interface RestartPolicyConfigDocument {
  /** False to leave failed connectors failed until restarted by request. */
  enabled?: BooleanLike | null;
  /** Seconds before the first restart. */
  initialDelaySeconds?: NumberLike | null;
  /** Upper bound of the delay, in seconds. */
  maxDelaySeconds?: NumberLike | null;
  /** Factor applied to the delay after each failed restart (1 or more). */
  multiplier?: NumberLike | null;
}

/** The egeria-ts section of the document (key `egeriaTs`), as written. */
export interface EgeriaTsConfigDocument {
  /** The REST admin API. */
  adminApi?: AdminApiConfigDocument | null;
  /** Modules to load so their connectors register: paths or package names. */
  modules?: string[] | null;
  /** Authentication and TLS towards the platforms. */
  platform?: PlatformConfigDocument | null;
  /** Refresh interval in seconds for some connectors, by connector name; wins over `refreshTimeInterval`. */
  connectorRefreshIntervalSeconds?: Record<string, NumberLike> | null;
  /** Seconds a refresh may take before it is aborted (0: no limit). */
  refreshTimeoutSeconds?: NumberLike | null;
  /** Where connectors run: `in-process` or, opt-in, `worker` threads. */
  isolation?: 'in-process' | 'worker' | null;
  /** Restart policy of failed connectors. */
  restartPolicy?: RestartPolicyConfigDocument | null;
  /** Seconds a stop waits for running refreshes before aborting them. */
  shutdownTimeoutSeconds?: NumberLike | null;
  /** Seconds between two reads of each integration group's configuration (0: at start and on request only). */
  integrationGroupRefreshSeconds?: NumberLike | null;
  /** True to run a dry run: writes to open metadata are recorded, not sent. */
  dryRun?: BooleanLike | null;
}

/**
 * The integration daemon part of Egeria's server configuration document (`OMAGServerConfig`), plus
 * the `egeriaTs` section. A whole `OMAGServerConfig` document is accepted too; its other sections
 * are ignored.
 */
export interface DaemonConfigDocument {
  /** JSON Schema of the document, for editors; ignored. */
  $schema?: string;
  /** Jackson type discriminator (`OMAGServerConfig`); ignored. */
  class?: string;
  /** Name of the integration daemon. */
  localServerName: string;
  /** User id of the daemon's own calls; Egeria's default `OMAGServer` when absent. */
  localServerUserId?: string | null;
  /** Password of that user. Secret; may be a reference. */
  localServerPassword?: string | null;
  /** Largest page the daemon asks for; Egeria's default 1000 when absent. */
  maxPageSize?: NumberLike | null;
  /** Integration services with their statically configured connectors. */
  integrationServicesConfig?: IntegrationServiceConfigDocument[] | null;
  /** Integration groups whose connectors are defined in open metadata. */
  dynamicIntegrationGroupsConfig?: IntegrationGroupConfigDocument[] | null;
  /** egeria-ts's own settings. */
  egeriaTs?: EgeriaTsConfigDocument | null;
}

/** Egeria's answer to a configuration request: `{ "class": "OMAGServerConfigResponse", "omagserverConfig": {...} }`. */
export interface OMAGServerConfigResponseDocument {
  /** `OMAGServerConfigResponse`. */
  class?: string;
  /** The server's configuration document. */
  omagserverConfig: DaemonConfigDocument;
  /** egeria-ts's own settings, when not inside `omagserverConfig`. */
  egeriaTs?: EgeriaTsConfigDocument | null;
}

/** Anything `parseDaemonConfig` accepts: a daemon section, a whole `OMAGServerConfig`, or Egeria's response wrapper. */
export type AnyDaemonConfigDocument = DaemonConfigDocument | OMAGServerConfigResponseDocument;
