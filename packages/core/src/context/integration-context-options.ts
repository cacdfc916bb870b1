import type { AuditLog } from '../audit/audit-log';
import type { DeleteMethod } from '../enums/delete-method';
import type { ConnectorRegistry } from '../registry/connector-registry';
import type { PermittedSynchronization } from '../enums/permitted-synchronization';
import type { CatalogTargetStore } from './catalog-target-store';
import type { WriteRecorder } from './dry-run';
import type { IntegrationReportPublisher } from './integration-report';

/** What the runtime gives an {@link IntegrationContext} when it creates one for a connector. */
export interface IntegrationContextOptions {
  /** The user id the connector works as (`connectorUserId`, or the daemon's `localServerUserId`). */
  readonly userId: string;
  /** The connector's id in the daemon (`connectorId`). */
  readonly connectorId: string;
  /** The connector's name (`connectorName`). */
  readonly connectorName: string;
  /** The GUID of the connector's `IntegrationConnector` element, for connectors defined in integration groups. */
  readonly integrationConnectorGUID?: string;
  /** Qualified name of the metadata source (software capability) that owns what the connector creates. */
  readonly metadataSourceQualifiedName?: string;
  /** GUID of that metadata source; absent means local-cohort provenance. */
  readonly metadataSourceGUID?: string;
  /** Which way metadata may move; `BOTH_DIRECTIONS` when absent. */
  readonly permittedSynchronization?: PermittedSynchronization;
  /** How the connector deletes elements; `ARCHIVE` (Egeria's default) when absent. */
  readonly deleteMethod?: DeleteMethod;
  /** True to publish an activity report after each refresh that changed something (default false). */
  readonly generateIntegrationReport?: boolean;
  /** The audit log of the connector. */
  readonly auditLog: AuditLog;
  /** The name of the server (integration daemon) the connector runs in, for reports. */
  readonly serverName?: string;
  /** Where catalog targets are read and written; without it the connector has no catalog targets. */
  readonly catalogTargetStore?: CatalogTargetStore;
  /** Where activity reports are published; without it reports are only kept in memory. */
  readonly integrationReportPublisher?: IntegrationReportPublisher;
  /** The largest page to ask a server for (default 1000). */
  readonly maxPageSize?: number;
  /**
   * Makes the context run a dry run: every write to open metadata (catalog targets included) is
   * given to this recorder instead of being sent, and answered with a placeholder result; activity
   * reports are not published. Reads still go to the server. Absent: writes are sent.
   */
  readonly writeRecorder?: WriteRecorder;
  /**
   * Where the connectors the context builds from connections (a catalog connector's connector
   * factory) are found by `connectorProviderClassName`; core's `defaultConnectorRegistry` when
   * absent. The daemon passes its own registry.
   */
  readonly connectorRegistry?: ConnectorRegistry;
}
