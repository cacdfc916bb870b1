import type {
  AuditLog,
  IntegrationReport,
  IntegrationReportPublisher,
  PublishIntegrationReportRequest,
} from '@egeria-ts/core';
import type { IntegrationReportProperties } from '../services/framework/framework-beans';
import type { OpenIntegrationClient } from '../services/framework/open-integration-client';
import { INTEGRATION_SERVICE_KIT_MESSAGES } from './kit-messages';

/** Options of an {@link OpenIntegrationReportPublisher}. @public */
export interface OpenIntegrationReportPublisherOptions {
  /** The open integration client that calls as a user id (each request names the connector's). */
  readonly clientFor: (userId: string) => OpenIntegrationClient;
  /**
   * The element to attach reports to when the request names no integration connector element:
   * normally the connector's metadata source.
   */
  readonly defaultElementGUID?: string;
  /** The connector's name, for the message logged when a report has nowhere to go. */
  readonly connectorName: string;
  /** The connector's audit log. */
  readonly auditLog: AuditLog;
}

/**
 * Core's {@link IntegrationReportPublisher} over the open integration framework service of a
 * partner server (`POST .../elements/{elementGUID}/integration-reports`). Each report is attached
 * to the connector's `IntegrationConnector` element when it has one, else to its metadata source;
 * with neither, it is not published (logged once). The counts by type name go in
 * `additionalProperties` (`createCounts`, `updateCounts`, `deleteCounts`, as JSON).
 * @public
 */
export class OpenIntegrationReportPublisher implements IntegrationReportPublisher {
  #warned = false;

  constructor(private readonly options: OpenIntegrationReportPublisherOptions) {}

  /** Publishes the report; does nothing when there is no element to attach it to. */
  async publishIntegrationReport(request: PublishIntegrationReportRequest): Promise<void> {
    const elementGUID = request.integrationConnectorGUID ?? this.options.defaultElementGUID;
    if (elementGUID === undefined || elementGUID === '') {
      if (!this.#warned) {
        this.#warned = true;
        this.options.auditLog.logMessage('publishReport', INTEGRATION_SERVICE_KIT_MESSAGES.REPORT_TARGET_MISSING, [
          this.options.connectorName,
        ]);
      }
      return;
    }
    await this.options.clientFor(request.userId).publishIntegrationReport({
      ...reportProperties(request.report),
      elementGUID,
      signal: request.signal,
    });
  }
}

/** Egeria's `IntegrationReportProperties` for a report. */
export function reportProperties(report: IntegrationReport): IntegrationReportProperties {
  const additional: Record<string, string> = { ...report.additionalProperties };
  const counts = {
    createCounts: report.createCounts,
    updateCounts: report.updateCounts,
    deleteCounts: report.deleteCounts,
  };
  for (const [name, value] of Object.entries(counts)) {
    if (Object.keys(value).length > 0) additional[name] = JSON.stringify(value);
  }
  return {
    serverName: report.serverName,
    connectorId: report.connectorId,
    connectorName: report.connectorName,
    refreshStartDate: report.refreshStartDate,
    refreshCompletionDate: report.refreshCompletionDate,
    createdElements: report.createdElements,
    updatedElements: report.updatedElements,
    deletedElements: report.deletedElements,
    additionalProperties: Object.keys(additional).length > 0 ? additional : undefined,
  };
}
