import type { IntegrationReport } from './integration-report';

/** The kinds of change an activity report counts. */
export type ElementChangeKind = 'create' | 'update' | 'delete';

interface ChangeSet {
  readonly guids: Set<string>;
  readonly counts: Map<string, number>;
}

function emptyChanges(): Record<ElementChangeKind, ChangeSet> {
  return {
    create: { guids: new Set(), counts: new Map() },
    update: { guids: new Set(), counts: new Map() },
    delete: { guids: new Set(), counts: new Map() },
  };
}

/**
 * Records what a connector changes between `startRecording` and the next report. Each element is
 * counted once per kind of change, as Egeria's report writer keeps sets of GUIDs.
 * @internal
 */
export class ActivityReportRecorder {
  private startDate?: Date;
  private changes = emptyChanges();

  /** Forgets everything recorded and notes the start time. */
  start(now: Date = new Date()): void {
    this.startDate = now;
    this.changes = emptyChanges();
  }

  /** Records one change; a GUID already recorded for this kind of change is not counted again. */
  record(kind: ElementChangeKind, typeName: string, guid: string): void {
    const set = this.changes[kind];
    if (set.guids.has(guid)) return;
    set.guids.add(guid);
    set.counts.set(typeName, (set.counts.get(typeName) ?? 0) + 1);
  }

  /** True when anything was recorded since the start. */
  hasChanges(): boolean {
    return Object.values(this.changes).some((c) => c.guids.size > 0);
  }

  /** The report of what was recorded so far. */
  snapshot(identity: Pick<IntegrationReport, 'serverName' | 'connectorId' | 'connectorName'>): IntegrationReport {
    const report: IntegrationReport = {
      connectorId: identity.connectorId,
      connectorName: identity.connectorName,
      refreshStartDate: this.startDate,
      refreshCompletionDate: new Date(),
      createdElements: [...this.changes.create.guids],
      updatedElements: [...this.changes.update.guids],
      deletedElements: [...this.changes.delete.guids],
      createCounts: Object.fromEntries(this.changes.create.counts),
      updateCounts: Object.fromEntries(this.changes.update.counts),
      deleteCounts: Object.fromEntries(this.changes.delete.counts),
    };
    if (identity.serverName !== undefined) report.serverName = identity.serverName;
    return report;
  }
}
