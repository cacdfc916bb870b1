import type { RecordedWrite } from '@egeria-ts/core';
import type { ConnectorDryRunPlan, DryRunPlan } from '../runtime/dry-run-plan';

const NONE = '-';

function rowsOf(plan: ConnectorDryRunPlan): string[][] {
  const row = (change: string, w: RecordedWrite): string[] => [
    plan.connectorName,
    change,
    w.typeName ?? NONE,
    w.qualifiedName ?? NONE,
    w.operation,
    w.guid ?? NONE,
  ];
  return [
    ...plan.created.map((w) => row('create', w)),
    ...plan.updated.map((w) => row('update', w)),
    ...plan.deleted.map((w) => row('delete', w)),
    ...plan.other.map((w) => row('write', w)),
  ];
}

function totals(plan: ConnectorDryRunPlan): string {
  const parts = [
    `${plan.created.length} to create`,
    `${plan.updated.length} to update`,
    `${plan.deleted.length} to delete`,
  ];
  if (plan.other.length > 0) parts.push(`${plan.other.length} other write(s)`);
  if (plan.omittedWrites > 0) parts.push(`${plan.omittedWrites} more write(s) not listed`);
  return `${plan.connectorName}: ${parts.join(', ')}`;
}

/**
 * The plan of a dry run as a plain-text table, one line per planned write (creates, then updates,
 * deletes and other writes, per connector), followed by each connector's totals. @internal
 */
export function formatDryRunPlan(plan: DryRunPlan): string {
  const header = ['CONNECTOR', 'CHANGE', 'TYPE', 'QUALIFIED NAME', 'OPERATION', 'GUID'];
  const rows = plan.connectors.flatMap(rowsOf).map((r) => r.map((c) => c.replace(/\s+/g, ' ')));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const out = [`Dry run of ${plan.serverName}: nothing was written to open metadata.`];
  if (rows.length === 0) out.push('No connector would write anything.');
  else out.push('What the connectors would write:', line(header), ...rows.map(line));
  out.push(...plan.connectors.map(totals), '');
  return out.join('\n');
}
