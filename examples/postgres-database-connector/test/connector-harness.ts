/**
 * Runs the PostgreSQL connector through its lifecycle against an emulator, as the daemon would:
 * core's broker builds it from a connection (resolving `${env:...}` secret references), the
 * database integrator service builds its context, then start, refresh, disconnect.
 */
import {
  AuditLogger,
  ConnectorBroker,
  InMemoryAuditLogDestination,
  PermittedSynchronization,
  type Connection,
  type IntegrationReport,
} from '@egeria-ts/core';
import { databaseIntegratorService, type DatabaseIntegratorContext } from '@egeria-ts/database-integrator';
import { PostgresDatabaseConnector } from '@egeria-ts/example-postgres-database-connector';

/** How to run one connector. */
export interface RunConnectorOptions {
  /** The emulator's platform URL and server name. */
  readonly platformRootURL: string;
  readonly serverName: string;
  /** The connection to build the connector from. */
  readonly connection: Connection;
  /** The metadata source that owns what the connector creates; none for local-cohort provenance. */
  readonly metadataSourceQualifiedName?: string;
  /** Where audit records go. */
  readonly audit: InMemoryAuditLogDestination;
  /** The connector's name. */
  readonly connectorName?: string;
}

/** A started connector. */
export interface RunningConnector {
  readonly connector: PostgresDatabaseConnector;
  readonly context: DatabaseIntegratorContext;
  /** Runs one refresh and returns the activity report of that refresh. */
  refresh(signal?: AbortSignal): Promise<IntegrationReport>;
  /** Disconnects the connector (and its context). */
  stop(): Promise<void>;
}

let instance = 0;

/** Builds, wires and starts a connector. */
export async function runConnector(options: RunConnectorOptions): Promise<RunningConnector> {
  const auditLog = new AuditLogger({ component: 'postgres-example-test', destinations: [options.audit] });
  const broker = new ConnectorBroker({ auditLog });
  const connector = await broker.getIntegrationConnector(options.connection);
  if (!(connector instanceof PostgresDatabaseConnector)) throw new Error('the broker built another connector class');
  const connectorName = options.connectorName ?? `postgres-cataloguer-${++instance}`;
  const context = await databaseIntegratorService.createContext({
    context: {
      userId: 'postgresnpa',
      connectorId: `connector-${instance}`,
      connectorName,
      ...(options.metadataSourceQualifiedName === undefined
        ? {}
        : { metadataSourceQualifiedName: options.metadataSourceQualifiedName }),
      permittedSynchronization: PermittedSynchronization.FROM_THIRD_PARTY,
      auditLog: auditLog.createChild(connectorName),
      serverName: 'postgres-test-daemon',
    },
    partner: { platformRootURL: options.platformRootURL, serverName: options.serverName },
  });
  // The context starts a fresh recording when the refresh ends; keep the report of each refresh.
  let lastReport: IntegrationReport | undefined;
  const publishReport = context.publishReport.bind(context);
  context.publishReport = async () => {
    lastReport = context.getCurrentReport();
    return publishReport();
  };
  connector.setContext(context);
  connector.setConnectorName(connectorName);
  await connector.runStart();
  return {
    connector,
    context,
    async refresh(signal = new AbortController().signal): Promise<IntegrationReport> {
      lastReport = undefined;
      await connector.runRefresh(signal);
      if (lastReport === undefined) throw new Error('the refresh ended without an activity report');
      return lastReport;
    },
    async stop(): Promise<void> {
      await connector.runDisconnect();
    },
  };
}

/** The number of writes an activity report records. */
export function writesIn(report: IntegrationReport): number {
  const sum = (counts: Record<string, number>): number => Object.values(counts).reduce((a, b) => a + b, 0);
  return sum(report.createCounts) + sum(report.updateCounts) + sum(report.deleteCounts);
}
