/**
 * Runs the catalog benchmark connector as the daemon would, without the daemon: the Database
 * Integrator service builds its context against the metadata server (finding or creating the
 * metadata source), then initialize, start, refreshes and disconnect.
 */
import { AuditLogger, PermittedSynchronization, type Connection } from '@egeria-ts/core';
import { databaseIntegratorService } from '@egeria-ts/database-integrator';
import type { BenchCatalogShape } from './bench-catalog';
import { CATALOG_BENCH_CONNECTOR, CatalogBenchConnector } from './catalog-bench-connector';

/** Where the connector works and what it catalogs. */
export interface SdkConnectorOptions {
  /** The platform root URL of the metadata server. */
  readonly url: string;
  /** The metadata server's name. */
  readonly serverName: string;
  /** The connector's user id. */
  readonly userId: string;
  /** The metadata source that owns what the connector creates. */
  readonly metadataSourceQualifiedName: string;
  /** The source database. */
  readonly shape: BenchCatalogShape;
  /** Tables synchronized at once. */
  readonly concurrency: number;
}

/** A started connector. */
export interface SdkConnector {
  readonly connector: CatalogBenchConnector;
  /** The GUID of the metadata source. */
  readonly metadataSourceGUID: string;
  /** Runs one refresh. */
  refresh(): Promise<void>;
  /** Disconnects the connector and closes the service's sockets. */
  stop(): Promise<void>;
}

let instances = 0;

/** Builds the context and starts the connector. */
export async function startSdkConnector(options: SdkConnectorOptions): Promise<SdkConnector> {
  const connectorName = `catalog-bench-${++instances}`;
  const auditLog = new AuditLogger({ component: 'egeria-ts-bench', destinations: [] });
  const context = await databaseIntegratorService.createContext({
    context: {
      userId: options.userId,
      connectorId: connectorName,
      connectorName,
      metadataSourceQualifiedName: options.metadataSourceQualifiedName,
      permittedSynchronization: PermittedSynchronization.FROM_THIRD_PARTY,
      auditLog: auditLog.createChild(connectorName),
      serverName: 'bench-daemon',
    },
    partner: { platformRootURL: options.url, serverName: options.serverName },
  });
  const connection: Connection = {
    class: 'Connection',
    qualifiedName: `${connectorName}::connection`,
    connectorType: { class: 'ConnectorType', connectorProviderClassName: CATALOG_BENCH_CONNECTOR },
    configurationProperties: {
      databaseName: options.shape.databaseName,
      tables: options.shape.tables,
      columnsPerTable: options.shape.columnsPerTable,
      concurrency: options.concurrency,
    },
  };
  const connector = new CatalogBenchConnector();
  await connector.initialize(connectorName, connection);
  connector.setAuditLog(auditLog.createChild(connectorName));
  connector.setContext(context);
  connector.setConnectorName(connectorName);
  await connector.runStart();
  const metadataSourceGUID = context.getDatabaseManagerGUID();
  if (metadataSourceGUID === undefined) throw new Error('the context has no metadata source');
  return {
    connector,
    metadataSourceGUID,
    refresh: () => connector.runRefresh(new AbortController().signal),
    async stop(): Promise<void> {
      await connector.runDisconnect();
      await databaseIntegratorService.close();
    },
  };
}
