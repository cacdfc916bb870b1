import type { ConnectorRunSummary } from '../runtime/run-once';

/** The summary of a `--once` run as a plain-text table, one line per connector. @internal */
export function formatRunSummary(summaries: readonly ConnectorRunSummary[]): string {
  const header = ['CONNECTOR', 'SERVICE', 'OUTCOME', 'STATUS', 'TIME', 'REASON'];
  const rows = summaries.map((s) => [
    s.connectorName,
    s.serviceURLMarker,
    s.outcome,
    s.status,
    s.durationMs === undefined ? '-' : `${s.durationMs} ms`,
    (s.failingExceptionMessage ?? '').replace(/\s+/g, ' '),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const completed = summaries.filter((s) => s.outcome === 'COMPLETED').length;
  return [
    line(header),
    ...rows.map(line),
    `${completed} of ${summaries.length} connector(s) completed their refresh.`,
    '',
  ].join('\n');
}
