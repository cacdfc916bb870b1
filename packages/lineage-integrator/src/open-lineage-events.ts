/**
 * OpenLineage run events (the OpenLineage 1.0 `RunEvent`, as Egeria 5.2's lineage integrator beans
 * describe it), their listeners, and the reader that turns raw JSON into a typed event.
 */

/** The fields every OpenLineage facet has, plus whatever the facet's own schema defines. */
export interface OpenLineageFacet {
  /** The URI of the code that produced the facet. */
  readonly _producer?: string;
  /** The URI of the facet's JSON schema. */
  readonly _schemaURL?: string;
  /** The facet's own fields. */
  readonly [field: string]: unknown;
}

/** The `parent` run facet: the run and job this run belongs to. */
export interface OpenLineageParentRunFacet extends OpenLineageFacet {
  /** The parent run. */
  readonly run?: {
    /** The id of the parent run. */
    readonly runId?: string;
  };
  /** The parent job. */
  readonly job?: {
    /** The namespace of the parent job. */
    readonly namespace?: string;
    /** The name of the parent job. */
    readonly name?: string;
  };
}

/** The `nominalTime` run facet: the time the run was scheduled for. */
export interface OpenLineageNominalTimeRunFacet extends OpenLineageFacet {
  /** The nominal start time (ISO 8601). */
  readonly nominalStartTime?: string;
  /** The nominal end time (ISO 8601). */
  readonly nominalEndTime?: string;
}

/** The facets of a run: the well-known ones typed, others by name. */
export interface OpenLineageRunFacets {
  /** The parent run. */
  readonly parent?: OpenLineageParentRunFacet;
  /** The scheduled time. */
  readonly nominalTime?: OpenLineageNominalTimeRunFacet;
  /** Other facets, by name. */
  readonly [facet: string]: OpenLineageFacet | undefined;
}

/** One run of a job. */
export interface OpenLineageRun {
  /** The run's UUID. */
  readonly runId?: string;
  /** The run's facets. */
  readonly facets?: OpenLineageRunFacets;
}

/** The facets of a job: `sourceCodeLocation`, `sql`, `documentation` and others by name. */
export interface OpenLineageJobFacets {
  /** Where the job's code is. */
  readonly sourceCodeLocation?: OpenLineageFacet;
  /** The job's SQL (`query`). */
  readonly sql?: OpenLineageFacet;
  /** The job's description. */
  readonly documentation?: OpenLineageFacet;
  /** Other facets, by name. */
  readonly [facet: string]: OpenLineageFacet | undefined;
}

/** A job: what runs. */
export interface OpenLineageJob {
  /** The namespace of the job (usually the scheduler). */
  readonly namespace?: string;
  /** The job's name, unique in its namespace. */
  readonly name?: string;
  /** The job's facets. */
  readonly facets?: OpenLineageJobFacets;
}

/** The facets of a data set: `documentation`, `dataSource`, `schema` and others by name. */
export interface OpenLineageDataSetFacets {
  /** The data set's description. */
  readonly documentation?: OpenLineageFacet;
  /** Where the data set is (`name`, `uri`). */
  readonly dataSource?: OpenLineageFacet;
  /** Its schema (`fields`). */
  readonly schema?: OpenLineageFacet;
  /** Other facets, by name. */
  readonly [facet: string]: OpenLineageFacet | undefined;
}

/** A data set a run read or wrote. */
export interface OpenLineageDataSet {
  /** The namespace of the data set (usually the data source). */
  readonly namespace?: string;
  /** The data set's name, unique in its namespace. */
  readonly name?: string;
  /** The data set's facets. */
  readonly facets?: OpenLineageDataSetFacets;
}

/** A data set a run read, with its input facets (data quality metrics and assertions). */
export interface OpenLineageInputDataSet extends OpenLineageDataSet {
  /** The input facets, by name. */
  readonly inputFacets?: Readonly<Record<string, OpenLineageFacet>>;
}

/** A data set a run wrote, with its output facets (output statistics). */
export interface OpenLineageOutputDataSet extends OpenLineageDataSet {
  /** The output facets, by name. */
  readonly outputFacets?: Readonly<Record<string, OpenLineageFacet>>;
}

/** An OpenLineage run event (Egeria's `OpenLineageRunEvent`). */
export interface OpenLineageRunEvent {
  /** `START`, `RUNNING`, `COMPLETE`, `ABORT`, `FAIL` or `OTHER`. */
  readonly eventType?: string;
  /** When the event happened (ISO 8601, kept as sent). */
  readonly eventTime?: string;
  /** The run. */
  readonly run?: OpenLineageRun;
  /** The job. */
  readonly job?: OpenLineageJob;
  /** The data sets read. */
  readonly inputs?: readonly OpenLineageInputDataSet[];
  /** The data sets written. */
  readonly outputs?: readonly OpenLineageOutputDataSet[];
  /** The URI of the code that produced the event. */
  readonly producer?: string;
  /** The URI of the event's JSON schema. */
  readonly schemaURL?: string;
}

/**
 * Receives each OpenLineage run event published to the Lineage Integrator (Egeria's
 * `OpenLineageEventListener.processOpenLineageRunEvent`). `event` is undefined when the raw text
 * could not be read as a run event; `rawEvent` is undefined when the event could not be written as JSON.
 */
export type OpenLineageEventHandler = (
  event: OpenLineageRunEvent | undefined,
  rawEvent: string | undefined,
) => void | Promise<void>;

/** An object that receives OpenLineage run events (Egeria's `OpenLineageEventListener`). */
export interface OpenLineageEventListener {
  /** Called with each event published to the Lineage Integrator. */
  processOpenLineageRunEvent: OpenLineageEventHandler;
}

/** True when the value is an {@link OpenLineageEventListener} object. */
export function isOpenLineageEventListener(value: unknown): value is OpenLineageEventListener {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { processOpenLineageRunEvent?: unknown }).processOpenLineageRunEvent === 'function'
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A reading problem, named by field. */
export class OpenLineageFormatError extends Error {
  /** Always `OpenLineageFormatError`. */
  override readonly name = 'OpenLineageFormatError';
}

function expect(condition: boolean, field: string, what: string): void {
  if (!condition) throw new OpenLineageFormatError(`${field} must be ${what}`);
}

function checkOptionalString(value: unknown, field: string): void {
  expect(value === undefined || value === null || typeof value === 'string', field, 'a string');
}

function checkDataSets(value: unknown, field: string): void {
  if (value === undefined || value === null) return;
  expect(Array.isArray(value), field, 'an array');
  (value as unknown[]).forEach((item, i) => {
    expect(isRecord(item), `${field}[${i}]`, 'an object');
    const dataSet = item as Record<string, unknown>;
    checkOptionalString(dataSet['namespace'], `${field}[${i}].namespace`);
    checkOptionalString(dataSet['name'], `${field}[${i}].name`);
    for (const facets of ['facets', 'inputFacets', 'outputFacets']) {
      const f = dataSet[facets];
      expect(f === undefined || f === null || isRecord(f), `${field}[${i}].${facets}`, 'an object');
    }
  });
}

/**
 * Reads a raw OpenLineage run event: JSON whose top level is an object, with the run event's fields
 * of the right JSON kinds (unknown fields are kept). Throws an {@link OpenLineageFormatError} or a
 * `SyntaxError` that says what is wrong.
 * @param rawEvent - the JSON text
 */
export function parseOpenLineageRunEvent(rawEvent: string): OpenLineageRunEvent {
  const value: unknown = JSON.parse(rawEvent);
  expect(isRecord(value), 'the event', 'a JSON object');
  const event = value as Record<string, unknown>;
  for (const field of ['eventType', 'eventTime', 'producer', 'schemaURL']) checkOptionalString(event[field], field);
  for (const part of ['run', 'job']) {
    const v = event[part];
    expect(v === undefined || v === null || isRecord(v), part, 'an object');
    if (isRecord(v)) {
      expect(v['facets'] === undefined || v['facets'] === null || isRecord(v['facets']), `${part}.facets`, 'an object');
    }
  }
  if (isRecord(event['run'])) checkOptionalString(event['run']['runId'], 'run.runId');
  if (isRecord(event['job'])) {
    checkOptionalString(event['job']['namespace'], 'job.namespace');
    checkOptionalString(event['job']['name'], 'job.name');
  }
  checkDataSets(event['inputs'], 'inputs');
  checkDataSets(event['outputs'], 'outputs');
  return event as OpenLineageRunEvent;
}
