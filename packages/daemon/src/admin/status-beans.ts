/**
 * The status beans of Egeria 5.2's integration daemon, with Egeria's JSON field names. Dates are
 * ISO-8601 strings with an offset, enums are their constant names, and empty lists are left out.
 */
import type { Connection, IntegrationConnectorStatus } from '@egeria-ts/core';

/** One connector's report (Egeria's `IntegrationConnectorReport`). */
export interface IntegrationConnectorReport {
  /** The connector's id in the daemon. */
  connectorId?: string;
  /** GUID of the connector's `IntegrationConnector` element (connectors from integration groups). */
  connectorGUID?: string;
  /** The connector's name. */
  connectorName: string;
  /** The connector's connection, redacted (no secret values). */
  connection?: Connection;
  /** The id of the running connector instance. */
  connectorInstanceId?: string;
  /** The connector's status. */
  connectorStatus: IntegrationConnectorStatus;
  /** When the status last changed. */
  lastStatusChange?: string;
  /** When the last refresh started. */
  lastRefreshTime?: string;
  /** Minutes between refreshes (0: at start and on request only). */
  minMinutesBetweenRefresh?: number;
  /** Why the connector failed, when it did. */
  failingExceptionMessage?: string;
  /** The connector's statistics. */
  statistics?: Record<string, unknown>;
}

/** One integration service's summary (Egeria's `IntegrationServiceSummary`). */
export interface IntegrationServiceSummary {
  /** The service's code, such as 604. */
  integrationServiceId?: number;
  /** The service's full name, such as `Database Integrator OMIS`. */
  integrationServiceFullName?: string;
  /** The service's URL marker. */
  integrationServiceURLMarker?: string;
  /** What the service does. */
  integrationServiceDescription?: string;
  /** The service's documentation page. */
  integrationServiceWiki?: string;
  /** The reports of the service's connectors. */
  integrationConnectorReports?: IntegrationConnectorReport[];
}

/** The status of an integration group (Egeria's `IntegrationGroupStatus`). */
export type IntegrationGroupStatus = 'ASSIGNED' | 'CONFIGURING' | 'RUNNING' | 'FAILED' | 'DISABLED';

/** One integration group's summary (Egeria's `IntegrationGroupSummary`). */
export interface IntegrationGroupSummary {
  /** The group's qualified name. */
  integrationGroupName: string;
  /** The group's GUID, once found. */
  integrationGroupGUID?: string;
  /** The group's description. */
  integrationGroupDescription?: string;
  /** The group's status. */
  integrationGroupStatus?: IntegrationGroupStatus;
  /** The reports of the group's connectors. */
  integrationConnectorReports?: IntegrationConnectorReport[];
}

/** The whole daemon's status (Egeria's `IntegrationDaemonStatus`). */
export interface IntegrationDaemonStatus {
  /** One summary per integration service. */
  integrationServiceSummaries?: IntegrationServiceSummary[];
  /** One summary per integration group. */
  integrationGroupSummaries?: IntegrationGroupSummary[];
  /** Every connector's report. */
  integrationConnectorReports?: IntegrationConnectorReport[];
}
