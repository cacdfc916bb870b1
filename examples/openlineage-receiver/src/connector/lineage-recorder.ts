import type { LineageIntegratorContext } from '@egeria-ts/lineage-integrator';
import type { OpenLineageDataSetRecord, OpenLineageEventType, OpenLineageRunRecord } from '../run-event/run-record';

/** The additional properties the receiver keeps on a job's process. */
export const OPENLINEAGE_PROCESS_PROPERTY = Object.freeze({
  /** The job's namespace. */
  jobNamespace: 'openLineageJobNamespace',
  /** The job's name. */
  jobName: 'openLineageJobName',
  /** The id of the latest run the receiver heard of. */
  lastRunId: 'openLineageLastRunId',
  /** The type of the latest event of that run (`START`, `COMPLETE`, `FAIL`...). */
  lastEventType: 'openLineageLastEventType',
  /** The time of that event, as sent. */
  lastEventTime: 'openLineageLastEventTime',
});

/** The additional properties the receiver keeps on a data set's asset. */
export const OPENLINEAGE_DATA_SET_PROPERTY = Object.freeze({
  /** The data set's namespace. */
  namespace: 'openLineageNamespace',
  /** The data set's name. */
  name: 'openLineageName',
});

/** The kinds of element the receiver catalogs. */
export type LineageElementKind = 'process' | 'data set';

/** What recording one run event wrote. */
export interface RecordedRun {
  /** The GUID of the job's process. */
  readonly processGUID: string;
  /** The GUIDs of the input data sets' assets, in event order. */
  readonly inputGUIDs: readonly string[];
  /** The GUIDs of the output data sets' assets, in event order. */
  readonly outputGUIDs: readonly string[];
  /** Elements and relationships created. */
  readonly created: number;
  /** Elements updated. */
  readonly updated: number;
}

/** Options of a {@link LineageRecorder}. */
export interface LineageRecorderOptions {
  /** The open metadata type of new processes (undefined: the server's default, `DeployedSoftwareComponent` in Egeria 5.2). */
  readonly processTypeName?: string;
  /** The open metadata type of new data set assets. */
  readonly dataSetTypeName: string;
  /** Told about an element with the receiver's qualified name that another metadata source owns. */
  readonly onNotOwned?: (kind: LineageElementKind, qualifiedName: string) => void;
}

type Properties = Readonly<Record<string, unknown>>;
/** The element header the context's reads return (kept out of the public API). */
type ElementHeader = NonNullable<Awaited<ReturnType<LineageIntegratorContext['getProcessByGUID']>>>['elementHeader'];

interface Existing {
  readonly guid: string;
  readonly properties: Properties;
  readonly owned: boolean;
}

const TERMINAL: ReadonlySet<string> = new Set(['COMPLETE', 'ABORT', 'FAIL']);

function stateRank(eventType: string | undefined): number {
  if (eventType === 'START') return 0;
  return eventType !== undefined && TERMINAL.has(eventType) ? 2 : 1;
}

function sameStringMap(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof value !== 'object' || value === null) return out;
  for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
  return out;
}

/**
 * Records OpenLineage run events in open metadata through a Lineage Integrator context: the job
 * as a process, each data set as a data asset, and a `DataFlow` from each input to the process
 * and from the process to each output. Everything is looked up by qualified name first, so a
 * repeated event creates nothing and an unchanged one updates nothing. Lineage only grows:
 * a data set missing from a later run is not unlinked.
 */
export class LineageRecorder {
  readonly #context: LineageIntegratorContext;
  readonly #options: LineageRecorderOptions;

  /**
   * @param context - the connector's context
   * @param options - types of new elements and the not-owned callback
   */
  constructor(context: LineageIntegratorContext, options: LineageRecorderOptions) {
    this.#context = context;
    this.#options = options;
  }

  /**
   * Records one checked run event.
   * @param run - the event, as `readRunRecord` returns it
   */
  async record(run: OpenLineageRunRecord): Promise<RecordedRun> {
    const counts = { created: 0, updated: 0 };
    const processGUID = await this.#process(run, counts);
    const inputGUIDs: string[] = [];
    for (const input of run.inputs) {
      const guid = await this.#dataSet(input, counts);
      inputGUIDs.push(guid);
      await this.#dataFlow(guid, processGUID, counts);
    }
    const outputGUIDs: string[] = [];
    for (const output of run.outputs) {
      const guid = await this.#dataSet(output, counts);
      outputGUIDs.push(guid);
      await this.#dataFlow(processGUID, guid, counts);
    }
    return { processGUID, inputGUIDs, outputGUIDs, ...counts };
  }

  async #process(run: OpenLineageRunRecord, counts: { created: number; updated: number }): Promise<string> {
    const job = run.job;
    const found = await this.#context.getProcessesByName({ name: job.qualifiedName });
    const existing = this.#exact(
      found.map((p) => ({ header: p.elementHeader, properties: p.processProperties as Properties | undefined })),
      job.qualifiedName,
    );
    const P = OPENLINEAGE_PROCESS_PROPERTY;
    const lastRun: Record<string, string> = {
      [P.lastRunId]: run.runId,
      [P.lastEventTime]: run.eventTime,
      ...(run.eventType === undefined ? {} : { [P.lastEventType]: run.eventType }),
    };
    const described = {
      ...(job.description === undefined ? {} : { resourceDescription: job.description }),
      ...(job.sql === undefined ? {} : { formula: job.sql, formulaType: 'SQL' }),
    };
    if (existing === undefined) {
      const guid = await this.#context.createProcess({
        processStatus: 'ACTIVE',
        processProperties: {
          ...(this.#options.processTypeName === undefined ? {} : { typeName: this.#options.processTypeName }),
          qualifiedName: job.qualifiedName,
          name: job.name,
          displayName: job.name,
          ...described,
          additionalProperties: { [P.jobNamespace]: job.namespace, [P.jobName]: job.name, ...lastRun },
        },
      });
      counts.created++;
      return guid;
    }
    if (!existing.owned) {
      this.#options.onNotOwned?.('process', job.qualifiedName);
      return existing.guid;
    }
    const current = stringMap(existing.properties['additionalProperties']);
    const wanted: Record<string, string> = { ...current, [P.jobNamespace]: job.namespace, [P.jobName]: job.name };
    if (this.#isLater(run, current)) {
      delete wanted[P.lastEventType];
      Object.assign(wanted, lastRun);
    }
    const changed = Object.entries(described).some(([k, v]) => existing.properties[k] !== v);
    if (changed || !sameStringMap(current, wanted)) {
      await this.#context.updateProcess({
        processGUID: existing.guid,
        isMergeUpdate: true,
        processProperties: { qualifiedName: job.qualifiedName, ...described, additionalProperties: wanted },
      });
      counts.updated++;
    }
    return existing.guid;
  }

  /** True when the event is news about the job's runs: later than the one recorded, or a later state of the same run at the same time. */
  #isLater(run: OpenLineageRunRecord, recorded: Readonly<Record<string, string>>): boolean {
    const P = OPENLINEAGE_PROCESS_PROPERTY;
    const recordedTime = Date.parse(recorded[P.lastEventTime] ?? '');
    if (Number.isNaN(recordedTime) || run.eventTimeMillis > recordedTime) return true;
    if (run.eventTimeMillis < recordedTime || recorded[P.lastRunId] !== run.runId) return false;
    return stateRank(run.eventType) > stateRank(recorded[P.lastEventType] as OpenLineageEventType | undefined);
  }

  async #dataSet(dataSet: OpenLineageDataSetRecord, counts: { created: number; updated: number }): Promise<string> {
    const found = await this.#context.getDataAssetsByName({ name: dataSet.qualifiedName });
    const existing = this.#exact(
      found.map((a) => ({ header: a.elementHeader, properties: a.dataAssetProperties as Properties | undefined })),
      dataSet.qualifiedName,
    );
    const D = OPENLINEAGE_DATA_SET_PROPERTY;
    const described = dataSet.description === undefined ? {} : { resourceDescription: dataSet.description };
    if (existing === undefined) {
      const guid = await this.#context.createDataAsset({
        dataAssetProperties: {
          typeName: this.#options.dataSetTypeName,
          qualifiedName: dataSet.qualifiedName,
          name: dataSet.name,
          displayName: dataSet.name,
          ...described,
          additionalProperties: { [D.namespace]: dataSet.namespace, [D.name]: dataSet.name },
        },
      });
      counts.created++;
      return guid;
    }
    if (!existing.owned) {
      this.#options.onNotOwned?.('data set', dataSet.qualifiedName);
      return existing.guid;
    }
    if (Object.entries(described).some(([k, v]) => existing.properties[k] !== v)) {
      await this.#context.updateDataAsset({
        assetGUID: existing.guid,
        isMergeUpdate: true,
        dataAssetProperties: { qualifiedName: dataSet.qualifiedName, ...described },
      });
      counts.updated++;
    }
    return existing.guid;
  }

  async #dataFlow(
    dataSupplierGUID: string,
    dataConsumerGUID: string,
    counts: { created: number; updated: number },
  ): Promise<void> {
    const existing = await this.#context.getDataFlow({ dataSupplierGUID, dataConsumerGUID });
    if (existing !== undefined) return;
    await this.#context.setupDataFlow({ dataSupplierGUID, dataConsumerGUID });
    counts.created++;
  }

  #exact(
    elements: readonly { header?: ElementHeader; properties?: Properties }[],
    qualifiedName: string,
  ): Existing | undefined {
    const match = elements.find((e) => e.properties?.['qualifiedName'] === qualifiedName && e.header?.guid);
    if (match === undefined) return undefined;
    return {
      guid: match.header!.guid,
      properties: match.properties ?? {},
      owned: this.#context.isOwnedByMetadataSource(match.header),
    };
  }
}
