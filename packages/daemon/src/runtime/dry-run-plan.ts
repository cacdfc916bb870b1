import type { IntegrationServiceURLMarker, RecordedWrite, WriteRecorder } from '@egeria-ts/core';

/** What one connector would have written to open metadata in a dry run, by kind of change. */
export interface ConnectorDryRunPlan {
  /** The connector's name. */
  readonly connectorName: string;
  /** The integration service it runs in. */
  readonly serviceURLMarker: IntegrationServiceURLMarker;
  /** Elements (and relationships) it would create; each `guid` is the placeholder it was given. */
  readonly created: readonly RecordedWrite[];
  /** Elements it would update; `guid` is the element's. */
  readonly updated: readonly RecordedWrite[];
  /** Elements it would delete; `guid` is the element's. */
  readonly deleted: readonly RecordedWrite[];
  /** Writes that did not say what they change. */
  readonly other: readonly RecordedWrite[];
  /** Writes beyond the {@link MAX_PLANNED_WRITES_PER_CONNECTOR} kept: counted, not listed. */
  readonly omittedWrites: number;
}

/**
 * The plan of a dry run: per connector, what it would have written. With `--once` (or
 * `IntegrationDaemon.runOnce`) that is what its start and first refresh would write; while a dry
 * run goes on, what its start and its latest refresh would write.
 */
export interface DryRunPlan {
  /** The daemon's server name. */
  readonly serverName: string;
  /** One entry per connector, in the daemon's connector order. */
  readonly connectors: readonly ConnectorDryRunPlan[];
}

/** The most writes a dry run keeps for one connector; later ones are only counted. */
export const MAX_PLANNED_WRITES_PER_CONNECTOR = 100_000;

/**
 * The write recorder of one connector in a dry run: keeps the writes in order, up to a limit.
 * @internal
 */
export class ConnectorWriteLog implements WriteRecorder {
  readonly #writes: RecordedWrite[] = [];
  #omitted = 0;

  record(write: RecordedWrite): void {
    if (this.#writes.length < MAX_PLANNED_WRITES_PER_CONNECTOR) this.#writes.push(Object.freeze({ ...write }));
    else this.#omitted += 1;
  }

  /** Forgets every write (a new connector instance, or the next refresh). */
  clear(): void {
    this.#writes.length = 0;
    this.#omitted = 0;
  }

  /** The plan of the writes kept. */
  plan(connectorName: string, serviceURLMarker: IntegrationServiceURLMarker): ConnectorDryRunPlan {
    const of = (kind: RecordedWrite['kind']): RecordedWrite[] => this.#writes.filter((w) => w.kind === kind);
    return {
      connectorName,
      serviceURLMarker,
      created: of('create'),
      updated: of('update'),
      deleted: of('delete'),
      other: of(undefined),
      omittedWrites: this.#omitted,
    };
  }
}
