/**
 * A Lineage Integrator connector that records OpenLineage run events as processes and lineage:
 * each job a process, each data set a data asset, with `DataFlow`s from the inputs to the process
 * and from the process to the outputs.
 * @packageDocumentation
 */

/** The version of this example. */
export const VERSION = '0.1.0';

// Reading run events (no Egeria dependency beyond core's errors).
export { readRunRecord, OPENLINEAGE_EVENT_TYPES } from './run-event/run-record';
export type {
  OpenLineageRunRecord,
  OpenLineageJobRecord,
  OpenLineageDataSetRecord,
  OpenLineageEventType,
} from './run-event/run-record';
export {
  jobQualifiedName,
  dataSetQualifiedName,
  cleanNamespace,
  JOB_QUALIFIED_NAME_PREFIX,
  DATA_SET_QUALIFIED_NAME_PREFIX,
  QUALIFIED_NAME_SEPARATOR,
} from './run-event/qualified-names';
export { OPENLINEAGE_RECEIVER_ERROR_CODE, OPENLINEAGE_RECEIVER_AUDIT_CODE } from './messages';

// Recording them.
export {
  LineageRecorder,
  OPENLINEAGE_PROCESS_PROPERTY,
  OPENLINEAGE_DATA_SET_PROPERTY,
} from './connector/lineage-recorder';
export type { LineageRecorderOptions, RecordedRun, LineageElementKind } from './connector/lineage-recorder';
export {
  OpenLineageReceiverConnector,
  OPENLINEAGE_RECEIVER_CONNECTOR_NAME,
  OPENLINEAGE_RECEIVER_STATISTIC,
} from './connector/openlineage-receiver-connector';
export type { RunEventOutcome } from './connector/openlineage-receiver-connector';
