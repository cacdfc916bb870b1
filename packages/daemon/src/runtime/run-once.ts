import { IntegrationConnectorStatus, type IntegrationServiceURLMarker } from '@egeria-ts/core';
import type { ConnectorHandler, FirstCycleOutcome } from './connector-handler';
import type { DaemonTimers } from './daemon-timers';
import type { ConnectorDryRunPlan } from './dry-run-plan';

/** How one connector's single refresh went in {@link IntegrationDaemon.runOnce}. */
export type ConnectorRunOutcome = 'COMPLETED' | 'FAILED' | 'NOT_STARTED';

/** One line of the summary of {@link IntegrationDaemon.runOnce}. */
export interface ConnectorRunSummary {
  /** The connector's name. */
  readonly connectorName: string;
  /** The integration service it ran in. */
  readonly serviceURLMarker: IntegrationServiceURLMarker;
  /** COMPLETED: its refresh (or one `engage()`) returned; FAILED: it failed; NOT_STARTED: it could not start in time. */
  readonly outcome: ConnectorRunOutcome;
  /** Its status when the refresh ended (or when the start timeout passed). */
  readonly status: IntegrationConnectorStatus;
  /** How long the refresh took, in milliseconds. */
  readonly durationMs?: number;
  /** Why it failed or did not start. */
  readonly failingExceptionMessage?: string;
  /** In a dry run: what it would have written (its start and first refresh). */
  readonly dryRunPlan?: ConnectorDryRunPlan;
}

const NOT_YET_STARTED: readonly IntegrationConnectorStatus[] = [
  IntegrationConnectorStatus.STOPPED,
  IntegrationConnectorStatus.INITIALIZE_FAILED,
  IntegrationConnectorStatus.INITIALIZED,
];

/**
 * Waits for a connector's first refresh. A connector that has not started when `startTimeoutMs`
 * has passed (still retrying its initialization) is NOT_STARTED; one that started gets the time
 * its refresh takes (bounded by the refresh timeout).
 * @internal
 */
export async function awaitFirstCycle(
  handler: ConnectorHandler,
  timers: DaemonTimers,
  startTimeoutMs: number,
): Promise<ConnectorRunSummary> {
  let handle: unknown;
  const deadline = new Promise<'deadline'>((resolve) => {
    handle = timers.setTimeout(() => resolve('deadline'), startTimeoutMs);
  });
  let outcome: FirstCycleOutcome | 'deadline' = await Promise.race([handler.firstCycle, deadline]);
  timers.clearTimeout(handle);
  if (outcome === 'deadline') {
    if (NOT_YET_STARTED.includes(handler.status)) {
      return summary(handler, 'NOT_STARTED', handler.status, undefined, handler.failingExceptionMessage);
    }
    outcome = await handler.firstCycle;
  }
  return summary(
    handler,
    outcome.ok ? 'COMPLETED' : 'FAILED',
    outcome.status,
    outcome.durationMs,
    outcome.failingExceptionMessage,
  );
}

function summary(
  handler: ConnectorHandler,
  outcome: ConnectorRunOutcome,
  status: IntegrationConnectorStatus,
  durationMs: number | undefined,
  failingExceptionMessage: string | undefined,
): ConnectorRunSummary {
  const dryRunPlan = handler.dryRunPlan();
  return {
    connectorName: handler.connectorName,
    serviceURLMarker: handler.serviceURLMarker,
    outcome,
    status,
    ...(durationMs === undefined ? {} : { durationMs }),
    ...(failingExceptionMessage === undefined ? {} : { failingExceptionMessage }),
    ...(dryRunPlan === undefined ? {} : { dryRunPlan }),
  };
}
