import type { IntegrationDaemonStatus } from '@egeria-ts/daemon';
import { oneLine, type FirstRefreshOutcome } from './first-refresh-tracker';

/** The prefix of the statistics the example connectors count what they catalogued with (`catalogued.CSVFile`). */
export const CATALOGUED_PREFIX = 'catalogued.';

/** One connector's line of the table. */
export interface CataloguedByConnector {
  /** The connector's name. */
  readonly connectorName: string;
  /** The integration service it runs in. */
  readonly serviceURLMarker: string;
  /** Its status. */
  readonly status: string;
  /** What it has catalogued, by open metadata type (types with none left out). */
  readonly counts: Readonly<Record<string, number>>;
  /** Why it failed, when it did. */
  readonly failure?: string;
}

/**
 * What each connector catalogued, read from the daemon's status: each connector's statistics
 * named `catalogued.<Type>`, its status, and why it failed.
 * @param status - the daemon's status
 * @param outcomes - the first refresh outcomes, for the failures the status no longer shows
 */
export function cataloguedByConnector(
  status: IntegrationDaemonStatus,
  outcomes: ReadonlyMap<string, FirstRefreshOutcome> = new Map(),
): CataloguedByConnector[] {
  const services = new Map<string, string>();
  for (const service of status.integrationServiceSummaries ?? []) {
    for (const report of service.integrationConnectorReports ?? []) {
      services.set(report.connectorName, service.integrationServiceURLMarker ?? '');
    }
  }
  return (status.integrationConnectorReports ?? []).map((report) => {
    const counts: Record<string, number> = {};
    for (const [name, value] of Object.entries(report.statistics ?? {})) {
      if (name.startsWith(CATALOGUED_PREFIX) && typeof value === 'number' && value > 0) {
        counts[name.slice(CATALOGUED_PREFIX.length)] = value;
      }
    }
    const outcome = outcomes.get(report.connectorName);
    const failure = report.failingExceptionMessage ?? (outcome?.ok === false ? outcome.message : undefined);
    return {
      connectorName: report.connectorName,
      serviceURLMarker: services.get(report.connectorName) ?? '',
      status: report.connectorStatus,
      counts,
      ...(failure === undefined ? {} : { failure }),
    };
  });
}

/**
 * The table the demo prints: one line per type each connector catalogued, with its count, then a
 * line for each connector that failed.
 * @param rows - what each connector catalogued
 */
export function formatCatalogueTable(rows: readonly CataloguedByConnector[]): string {
  const header = ['CONNECTOR', 'SERVICE', 'STATUS', 'TYPE', 'COUNT'];
  const lines: string[][] = [];
  for (const row of rows) {
    const types = Object.entries(row.counts);
    if (types.length === 0) types.push(['-', 0]);
    types.forEach(([typeName, count], i) => {
      const first = i === 0;
      lines.push([
        first ? row.connectorName : '',
        first ? row.serviceURLMarker : '',
        first ? row.status : '',
        typeName,
        typeName === '-' ? '-' : String(count),
      ]);
    });
  }
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] as string).length)));
  const format = (cells: readonly string[]): string =>
    cells
      .map((cell, i) =>
        i === cells.length - 1 ? cell.padStart(widths[i] as number) : cell.padEnd(widths[i] as number),
      )
      .join('  ')
      .trimEnd();
  const failures = rows
    .filter((r) => r.failure !== undefined)
    .map((r) => `${r.connectorName} failed: ${oneLine(r.failure as string, 500)}`);
  return [format(header), ...lines.map(format), ...failures, ''].join('\n');
}
