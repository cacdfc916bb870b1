/**
 * Shared by the lineage integrator's tests: a lineage connector whose refresh runs a script (the
 * testing kit's scriptedConnector), and one refresh recorded as the runtime records it.
 */
import type { InMemoryAuditLogDestination, IntegrationReport } from '@egeria-ts/core';
import { scriptedConnector } from '@egeria-ts/testing';
import {
  LineageIntegratorConnector,
  type AssetManagerOutTopicEvent,
  type LineageIntegratorContext,
} from '@egeria-ts/lineage-integrator';

/** A lineage connector whose refresh runs the script a test gives it. */
export const ScriptedLineageConnector = scriptedConnector<LineageIntegratorConnector, AssetManagerOutTopicEvent>(
  LineageIntegratorConnector,
);

/** An instance of {@link ScriptedLineageConnector}. */
export type ScriptedLineageConnector = InstanceType<typeof ScriptedLineageConnector>;

/** A started connector with its context and audit records. */
export interface StartedLineageConnector {
  readonly connector: ScriptedLineageConnector;
  readonly context: LineageIntegratorContext;
  readonly records: InMemoryAuditLogDestination;
}

/**
 * Runs one refresh of the connector's script with activity recording, as the runtime does, and
 * returns its report (read before it is published).
 */
export async function refresh(started: StartedLineageConnector): Promise<IntegrationReport> {
  const signal = new AbortController().signal;
  started.context.setRefreshSignal(signal);
  started.context.startRecording();
  await started.connector.refresh(signal);
  const report = started.context.getCurrentReport();
  await started.context.publishReport();
  return report;
}
