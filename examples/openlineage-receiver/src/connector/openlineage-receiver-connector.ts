import { EgeriaError, IllegalStateError, integrationConnector } from '@egeria-ts/core';
import {
  LineageIntegratorConnector,
  type OpenLineageEventHandler,
  type OpenLineageRunEvent,
} from '@egeria-ts/lineage-integrator';
import { OPENLINEAGE_RECEIVER_AUDIT_CODE, OPENLINEAGE_RECEIVER_ERROR_CODE } from '../messages';
import { readRunRecord, type OpenLineageEventType } from '../run-event/run-record';
import { LineageRecorder } from './lineage-recorder';

/** The name connections use for the connector (`connectorType.connectorProviderClassName`). */
export const OPENLINEAGE_RECEIVER_CONNECTOR_NAME = 'OpenLineageReceiverConnector';

/** What became of one OpenLineage event. */
export type RunEventOutcome =
  | {
      /** The event was catalogued. */
      readonly status: 'recorded';
      /** The event's type, when it has one. */
      readonly eventType?: OpenLineageEventType;
      /** The run's id. */
      readonly runId: string;
      /** The qualified name of the job's process. */
      readonly jobQualifiedName: string;
      /** The GUID of the job's process. */
      readonly processGUID: string;
      /** Elements and relationships created for the event (0 for a repeated event). */
      readonly created: number;
      /** Elements updated for the event. */
      readonly updated: number;
    }
  | {
      /** The event was not a usable run event; nothing was written. */
      readonly status: 'ignored';
      /** The field at fault. */
      readonly field: string;
      /** What is wrong with it. */
      readonly reason: string;
    }
  | {
      /** Writing to open metadata failed part way. */
      readonly status: 'failed';
      /** The run's id. */
      readonly runId: string;
      /** The qualified name of the job's process. */
      readonly jobQualifiedName: string;
      /** The error's message. */
      readonly reason: string;
    };

/** The statistics the connector reports (in the daemon's status). */
export const OPENLINEAGE_RECEIVER_STATISTIC = Object.freeze({
  /** Events received. */
  eventsReceived: 'eventsReceived',
  /** Events catalogued. */
  eventsRecorded: 'eventsRecorded',
  /** Events ignored as malformed. */
  eventsIgnored: 'eventsIgnored',
  /** Events whose writes failed. */
  eventsFailed: 'eventsFailed',
  /** Elements and relationships created. */
  elementsCreated: 'elementsCreated',
  /** Elements updated. */
  elementsUpdated: 'elementsUpdated',
});

const S = OPENLINEAGE_RECEIVER_STATISTIC;

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A Lineage Integrator connector that listens for OpenLineage run events (the ones sent to the
 * integration daemon's `POST .../integration-services/lineage-integrator/users/{userId}/api/v1/lineage`,
 * or published by another lineage connector) and records each job as a process with its lineage:
 * every input data set as a data asset with a `DataFlow` to the process, and a `DataFlow` from the
 * process to every output data set's asset. The process keeps the id, type and time of the latest
 * run event in its additional properties.
 *
 * Recording is idempotent: elements and flows are found by qualified name before anything is
 * created, so a repeated event writes nothing. Events are handled one at a time, in arrival order.
 * An event that is not a usable run event is logged (`EGERIA-TS-OPENLINEAGE-0003`) and ignored.
 * The connector has nothing to poll: its refresh only reports.
 */
@integrationConnector({
  name: OPENLINEAGE_RECEIVER_CONNECTOR_NAME,
  displayName: 'OpenLineage Receiver',
  description: 'Records the jobs of OpenLineage run events as processes with their input and output lineage.',
  serviceURLMarker: 'lineage-integrator',
  refreshTimeInterval: 0,
  configurationProperties: {
    processTypeName: {
      type: 'string',
      description:
        "The open metadata type of the jobs' processes (default: the server's, DeployedSoftwareComponent in Egeria 5.2).",
    },
    dataSetTypeName: {
      type: 'string',
      description: 'The open metadata type of the data sets\u2019 assets.',
      defaultValue: 'DataSet',
    },
  },
})
export class OpenLineageReceiverConnector extends LineageIntegratorConnector {
  #recorder?: LineageRecorder;
  #queue: Promise<unknown> = Promise.resolve();
  #lastOutcome?: RunEventOutcome;
  readonly #listener: OpenLineageEventHandler = async (event, rawEvent) => {
    await this.processOpenLineageRunEvent(event, rawEvent);
  };

  /** What became of the last event handled; undefined before the first. */
  get lastOutcome(): RunEventOutcome | undefined {
    return this.#lastOutcome;
  }

  /** Registers the connector's OpenLineage listener with the Lineage Integrator. */
  override async start(): Promise<void> {
    await super.start();
    for (const name of Object.values(S)) this.setStatistic(name, 0);
    const properties = this.configurationProperties;
    const processTypeName = properties.getString('processTypeName');
    this.#recorder = new LineageRecorder(this.context, {
      ...(processTypeName === undefined ? {} : { processTypeName }),
      dataSetTypeName: properties.getString('dataSetTypeName') ?? 'DataSet',
      onNotOwned: (kind, qualifiedName) =>
        this.auditLog.logMessage('processOpenLineageRunEvent', OPENLINEAGE_RECEIVER_AUDIT_CODE.NOT_OWNED, [
          this.connectorName,
          kind,
          qualifiedName,
        ]),
    });
    this.context.registerOpenLineageListener(this.#listener);
    this.auditLog.logMessage('start', OPENLINEAGE_RECEIVER_AUDIT_CODE.LISTENING, [this.connectorName]);
  }

  /** Nothing to poll: events arrive through the listener. Waits for the events in hand to be recorded. */
  async refresh(): Promise<void> {
    await this.#queue;
  }

  /**
   * Records one OpenLineage run event (the listener calls it; a host may call it directly). Events
   * are handled one at a time, in the order this is called. Never throws for a bad event or a
   * failed write: each is logged and returned as the outcome.
   * @param event - the event as the Lineage Integrator read it; undefined when its JSON could not be read as a run event
   * @param _rawEvent - the JSON text (not used: the typed event has everything recorded)
   * @throws IllegalStateError (`EGERIA-TS-OPENLINEAGE-409-001`) before the connector started
   */
  processOpenLineageRunEvent(event: OpenLineageRunEvent | undefined, _rawEvent?: string): Promise<RunEventOutcome> {
    const recorder = this.#recorder;
    if (recorder === undefined) {
      return Promise.reject(
        IllegalStateError.fromDefinition(OPENLINEAGE_RECEIVER_ERROR_CODE.NOT_STARTED, [
          this.connectorName,
          'processOpenLineageRunEvent',
        ]),
      );
    }
    const next = this.#queue.then(() => this.#handle(recorder, event));
    this.#queue = next.catch(() => undefined);
    return next;
  }

  /** Waits for the events in hand, then disconnects. */
  override async disconnect(): Promise<void> {
    await this.#queue;
    await super.disconnect();
  }

  async #handle(recorder: LineageRecorder, event: OpenLineageRunEvent | undefined): Promise<RunEventOutcome> {
    this.incrementStatistic(S.eventsReceived);
    let outcome: RunEventOutcome;
    let run;
    try {
      run = readRunRecord(event);
    } catch (error) {
      const field = (error instanceof EgeriaError && error.parameterName) || 'the event';
      const reason = error instanceof EgeriaError ? String(error.parameters[1] ?? error.message) : errorText(error);
      this.incrementStatistic(S.eventsIgnored);
      this.auditLog.logMessage('processOpenLineageRunEvent', OPENLINEAGE_RECEIVER_AUDIT_CODE.EVENT_IGNORED, [
        this.connectorName,
        field,
        reason,
      ]);
      outcome = { status: 'ignored', field, reason };
      this.#lastOutcome = outcome;
      return outcome;
    }
    const eventType = run.eventType ?? 'untyped';
    try {
      const recorded = await recorder.record(run);
      this.incrementStatistic(S.eventsRecorded);
      this.incrementStatistic(S.elementsCreated, recorded.created);
      this.incrementStatistic(S.elementsUpdated, recorded.updated);
      this.auditLog.logMessage('processOpenLineageRunEvent', OPENLINEAGE_RECEIVER_AUDIT_CODE.EVENT_RECORDED, [
        this.connectorName,
        eventType,
        run.runId,
        run.job.qualifiedName,
        run.inputs.length,
        run.outputs.length,
        recorded.created,
        recorded.updated,
      ]);
      outcome = {
        status: 'recorded',
        ...(run.eventType === undefined ? {} : { eventType: run.eventType }),
        runId: run.runId,
        jobQualifiedName: run.job.qualifiedName,
        processGUID: recorded.processGUID,
        created: recorded.created,
        updated: recorded.updated,
      };
    } catch (error) {
      this.incrementStatistic(S.eventsFailed);
      this.auditLog.logException('processOpenLineageRunEvent', OPENLINEAGE_RECEIVER_AUDIT_CODE.EVENT_FAILED, error, [
        this.connectorName,
        eventType,
        run.runId,
        run.job.qualifiedName,
        errorName(error),
        errorText(error),
      ]);
      outcome = {
        status: 'failed',
        runId: run.runId,
        jobQualifiedName: run.job.qualifiedName,
        reason: errorText(error),
      };
    }
    this.#lastOutcome = outcome;
    return outcome;
  }
}
