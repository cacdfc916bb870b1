/**
 * Egeria's response beans, as Jackson writes them for Egeria 5.2: a `class` discriminator,
 * `relatedHTTPCode` 200, null fields and empty lists left out (NON_NULL), dates as ISO-8601
 * strings with an offset. Every value passes the redaction step; connections are redacted with
 * `redactConnection`, so no status or configuration answer shows a secret.
 */
import { redact, redactConnection } from '@egeria-ts/core';
import type { Connection } from '@egeria-ts/core';
import type {
  IntegrationConnectorReport,
  IntegrationDaemonStatus,
  IntegrationGroupSummary,
  IntegrationServiceSummary,
} from '../admin/status-beans';

type Bean = Record<string, unknown>;

/** A response bean with nothing but its header. */
export function responseBean(responseClass: string, fields: Bean = {}): Bean {
  const bean: Bean = { class: responseClass, relatedHTTPCode: 200 };
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined && value !== null) bean[key] = value;
  }
  return bean;
}

/**
 * A date as Jackson writes it: `2024-05-01T10:00:00.000+00:00`. Accepts a Date, epoch
 * milliseconds or an ISO-8601 string (a `Z` becomes `+00:00`; text that is not a date is kept).
 */
export function javaDate(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  let ms: number | undefined;
  if (value instanceof Date) ms = value.getTime();
  else if (typeof value === 'number') ms = value;
  else if (typeof value === 'string') {
    if (!/Z$/i.test(value)) return value;
    ms = Date.parse(value);
    if (Number.isNaN(ms)) return value;
  }
  if (ms === undefined || !Number.isFinite(ms)) return undefined;
  return new Date(ms).toISOString().replace(/Z$/, '+00:00');
}

function nonEmpty<T>(list: readonly T[] | undefined | null): T[] | undefined {
  return Array.isArray(list) && list.length > 0 ? [...list] : undefined;
}

/** Copies the defined fields of an object, in order. */
function defined(fields: Bean): Bean {
  const out: Bean = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined && value !== null) out[key] = value;
  }
  return out;
}

/** Everything the report holds that the bean does not name, redacted. */
function extraFields(source: object, known: ReadonlySet<string>): Bean {
  const extra: Bean = {};
  for (const [key, value] of Object.entries(source)) {
    if (!known.has(key) && value !== undefined && value !== null) extra[key] = value;
  }
  return redact(extra) as Bean;
}

const REPORT_FIELDS = new Set([
  'connectorId',
  'connectorGUID',
  'connectorName',
  'connection',
  'connectorInstanceId',
  'connectorStatus',
  'lastStatusChange',
  'lastRefreshTime',
  'minMinutesBetweenRefresh',
  'failingExceptionMessage',
  'statistics',
]);

/** An `IntegrationConnectorReport`; `minMinutesBetweenRefresh` is a Java `long`, so always there. */
export function connectorReportBean(report: IntegrationConnectorReport): Bean {
  const scalars = redact({
    connectorId: report.connectorId,
    connectorGUID: report.connectorGUID,
    connectorName: report.connectorName,
    connectorInstanceId: report.connectorInstanceId,
    connectorStatus: report.connectorStatus,
    failingExceptionMessage: report.failingExceptionMessage,
  }) as Bean;
  return defined({
    ...extraFields(report, REPORT_FIELDS),
    connectorId: scalars['connectorId'],
    connectorGUID: scalars['connectorGUID'],
    connectorName: scalars['connectorName'],
    connection: report.connection ? redactConnection(report.connection as Connection) : undefined,
    connectorInstanceId: scalars['connectorInstanceId'],
    connectorStatus: scalars['connectorStatus'],
    lastStatusChange: javaDate(report.lastStatusChange),
    lastRefreshTime: javaDate(report.lastRefreshTime),
    minMinutesBetweenRefresh: report.minMinutesBetweenRefresh ?? 0,
    failingExceptionMessage: scalars['failingExceptionMessage'],
    statistics: report.statistics === undefined ? undefined : redact(report.statistics),
  });
}

function reportBeans(reports: readonly IntegrationConnectorReport[] | undefined): Bean[] | undefined {
  return nonEmpty(reports)?.map(connectorReportBean);
}

const SERVICE_FIELDS = new Set([
  'integrationServiceId',
  'integrationServiceFullName',
  'integrationServiceURLMarker',
  'integrationServiceDescription',
  'integrationServiceWiki',
  'integrationConnectorReports',
]);

/** An `IntegrationServiceSummary`. */
export function serviceSummaryBean(summary: IntegrationServiceSummary): Bean {
  const { integrationConnectorReports, ...rest } = summary;
  return defined({
    ...extraFields(summary, SERVICE_FIELDS),
    ...(redact(rest) as Bean),
    integrationConnectorReports: reportBeans(integrationConnectorReports),
  });
}

const GROUP_FIELDS = new Set([
  'integrationGroupName',
  'integrationGroupGUID',
  'integrationGroupDescription',
  'integrationGroupStatus',
  'integrationConnectorReports',
]);

/** An `IntegrationGroupSummary`. */
export function groupSummaryBean(summary: IntegrationGroupSummary): Bean {
  const { integrationConnectorReports, ...rest } = summary;
  return defined({
    ...extraFields(summary, GROUP_FIELDS),
    ...(redact(rest) as Bean),
    integrationConnectorReports: reportBeans(integrationConnectorReports),
  });
}

/** A list of summaries, left out when empty. */
export function serviceSummaryBeans(summaries: readonly IntegrationServiceSummary[] | undefined): Bean[] | undefined {
  return nonEmpty(summaries)?.map(serviceSummaryBean);
}

/** A list of summaries, left out when empty. */
export function groupSummaryBeans(summaries: readonly IntegrationGroupSummary[] | undefined): Bean[] | undefined {
  return nonEmpty(summaries)?.map(groupSummaryBean);
}

/** An `IntegrationDaemonStatus`; each of its lists is left out when empty. */
export function daemonStatusBean(status: IntegrationDaemonStatus): Bean {
  return defined({
    integrationServiceSummaries: serviceSummaryBeans(status.integrationServiceSummaries),
    integrationGroupSummaries: groupSummaryBeans(status.integrationGroupSummaries),
    integrationConnectorReports: reportBeans(status.integrationConnectorReports),
  });
}

/** The `properties` of a `PropertiesResponse`, redacted; left out when empty. */
export function propertiesBean(properties: Readonly<Record<string, unknown>> | undefined): Bean | undefined {
  if (properties === undefined || properties === null || Object.keys(properties).length === 0) return undefined;
  return redact(properties) as Bean;
}
