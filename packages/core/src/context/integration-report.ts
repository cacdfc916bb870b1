/**
 * What an integration connector changed in open metadata during one refresh: Egeria 5.2's
 * `IntegrationReportProperties` (`createdElements`, `updatedElements`, `deletedElements` hold GUIDs)
 * plus egeria-ts's counts by type name.
 */
export interface IntegrationReport {
  /** The server (integration daemon) the connector runs in, when known. */
  serverName?: string;
  /** The connector's id in the daemon. */
  connectorId: string;
  /** The connector's name. */
  connectorName: string;
  /** When the recording started (normally the start of the refresh). */
  refreshStartDate?: Date;
  /** When the report was produced (normally the end of the refresh). */
  refreshCompletionDate: Date;
  /** GUIDs of the elements created. */
  createdElements: string[];
  /** GUIDs of the elements updated. */
  updatedElements: string[];
  /** GUIDs of the elements deleted. */
  deletedElements: string[];
  /** Number of elements created, by type name. */
  createCounts: Record<string, number>;
  /** Number of elements updated, by type name. */
  updateCounts: Record<string, number>;
  /** Number of elements deleted, by type name. */
  deleteCounts: Record<string, number>;
  /** Anything else to record. */
  additionalProperties?: Record<string, string>;
}

/** A request to publish an {@link IntegrationReport}. */
export interface PublishIntegrationReportRequest {
  /** The connector's user id. */
  readonly userId: string;
  /** The integration connector's GUID, when it has one (connectors from integration groups do). */
  readonly integrationConnectorGUID?: string;
  /** The report. */
  readonly report: IntegrationReport;
  /** Cancels the request when the context disconnects. */
  readonly signal?: AbortSignal;
}

/**
 * Where an integration context publishes its activity reports. Implemented by the open
 * integration client of `@egeria-ts/omas-client` (Egeria's `publishIntegrationReport`, which links
 * the report to the elements' anchors) and by test fakes.
 */
export interface IntegrationReportPublisher {
  /** Stores the report in open metadata. */
  publishIntegrationReport(request: PublishIntegrationReportRequest): Promise<void>;
}
