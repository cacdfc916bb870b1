import { InvalidParameterException } from '@egeria-ts/core';
import type { OpenLineageDataSet, OpenLineageFacet, OpenLineageRunEvent } from '@egeria-ts/lineage-integrator';
import { OPENLINEAGE_RECEIVER_ERROR_CODE } from '../messages';
import { cleanNamespace, dataSetQualifiedName, jobQualifiedName } from './qualified-names';

/** The run state transitions of the OpenLineage specification (`RunEvent.eventType`). */
export const OPENLINEAGE_EVENT_TYPES = Object.freeze([
  'START',
  'RUNNING',
  'COMPLETE',
  'ABORT',
  'FAIL',
  'OTHER',
] as const);

/** One of {@link OPENLINEAGE_EVENT_TYPES}. */
export type OpenLineageEventType = (typeof OPENLINEAGE_EVENT_TYPES)[number];

/** A data set of a run, as the receiver catalogs it. */
export interface OpenLineageDataSetRecord {
  /** The data set's namespace (without credentials). */
  readonly namespace: string;
  /** The data set's name. */
  readonly name: string;
  /** The data asset's qualified name ({@link dataSetQualifiedName}). */
  readonly qualifiedName: string;
  /** From the `documentation` facet. */
  readonly description?: string;
}

/** The job of a run, as the receiver catalogs it. */
export interface OpenLineageJobRecord {
  /** The job's namespace (without credentials). */
  readonly namespace: string;
  /** The job's name. */
  readonly name: string;
  /** The process's qualified name ({@link jobQualifiedName}). */
  readonly qualifiedName: string;
  /** From the `documentation` facet. */
  readonly description?: string;
  /** From the `sql` facet's `query`. */
  readonly sql?: string;
}

/** A checked OpenLineage run event: what the receiver records. */
export interface OpenLineageRunRecord {
  /** The run state transition; undefined when the event has none (the specification allows that). */
  readonly eventType?: OpenLineageEventType;
  /** When the event happened, as sent (ISO 8601). */
  readonly eventTime: string;
  /** {@link OpenLineageRunRecord.eventTime} in epoch milliseconds. */
  readonly eventTimeMillis: number;
  /** The run's id. */
  readonly runId: string;
  /** The job. */
  readonly job: OpenLineageJobRecord;
  /** The data sets read, without duplicates, in event order. */
  readonly inputs: readonly OpenLineageDataSetRecord[];
  /** The data sets written, without duplicates, in event order. */
  readonly outputs: readonly OpenLineageDataSetRecord[];
}

function invalid(field: string, problem: string): InvalidParameterException {
  return InvalidParameterException.fromDefinition(OPENLINEAGE_RECEIVER_ERROR_CODE.INVALID_RUN_EVENT, [field, problem], {
    actionDescription: 'readRunRecord',
    exceptionProperties: { parameterName: field },
  });
}

function requiredString(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw invalid(field, 'must be a non-empty string');
  return value;
}

function facetText(facet: OpenLineageFacet | undefined, field: string): string | undefined {
  const value = facet?.[field];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function dataSets(value: readonly OpenLineageDataSet[] | undefined, field: string): OpenLineageDataSetRecord[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw invalid(field, 'must be an array');
  const byName = new Map<string, OpenLineageDataSetRecord>();
  (value as readonly unknown[]).forEach((item, i) => {
    if (typeof item !== 'object' || item === null) throw invalid(`${field}[${i}]`, 'must be an object');
    const dataSet = item as OpenLineageDataSet;
    const namespace = cleanNamespace(requiredString(dataSet.namespace, `${field}[${i}].namespace`));
    const name = requiredString(dataSet.name, `${field}[${i}].name`).trim();
    const qualifiedName = dataSetQualifiedName(namespace, name);
    if (byName.has(qualifiedName)) return;
    const description = facetText(dataSet.facets?.documentation, 'description');
    byName.set(qualifiedName, {
      namespace,
      name,
      qualifiedName,
      ...(description === undefined ? {} : { description }),
    });
  });
  return [...byName.values()];
}

/**
 * Checks an OpenLineage run event and extracts what the receiver records. Required, as the
 * OpenLineage specification says: `eventTime` (a date-time), `run.runId`, `job.namespace`,
 * `job.name`, and `namespace` and `name` of each input and output. `eventType`, when present,
 * must be one of {@link OPENLINEAGE_EVENT_TYPES}.
 * @param event - the event as the Lineage Integrator read it; undefined when its JSON could not be read as a run event
 * @throws InvalidParameterException (`EGERIA-TS-OPENLINEAGE-400-001`) naming the field at fault (`parameterName`)
 */
export function readRunRecord(event: OpenLineageRunEvent | undefined): OpenLineageRunRecord {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) {
    throw invalid('the event', 'must be an OpenLineage run event (a JSON object with the run event fields)');
  }
  const eventType = event.eventType ?? undefined;
  if (eventType !== undefined && !(OPENLINEAGE_EVENT_TYPES as readonly string[]).includes(eventType)) {
    throw invalid(
      'eventType',
      `must be one of ${OPENLINEAGE_EVENT_TYPES.join(', ')} (not ${JSON.stringify(eventType)})`,
    );
  }
  const eventTime = requiredString(event.eventTime, 'eventTime');
  const eventTimeMillis = Date.parse(eventTime);
  if (Number.isNaN(eventTimeMillis))
    throw invalid('eventTime', `must be an ISO 8601 date-time (not ${JSON.stringify(eventTime)})`);
  const runId = requiredString(event.run?.runId, 'run.runId').trim();
  const jobNamespace = cleanNamespace(requiredString(event.job?.namespace, 'job.namespace'));
  const jobName = requiredString(event.job?.name, 'job.name').trim();
  const description = facetText(event.job?.facets?.documentation, 'description');
  const sql = facetText(event.job?.facets?.sql, 'query');
  return {
    ...(eventType === undefined ? {} : { eventType: eventType as OpenLineageEventType }),
    eventTime,
    eventTimeMillis,
    runId,
    job: {
      namespace: jobNamespace,
      name: jobName,
      qualifiedName: jobQualifiedName(jobNamespace, jobName),
      ...(description === undefined ? {} : { description }),
      ...(sql === undefined ? {} : { sql }),
    },
    inputs: dataSets(event.inputs, 'inputs'),
    outputs: dataSets(event.outputs, 'outputs'),
  };
}
