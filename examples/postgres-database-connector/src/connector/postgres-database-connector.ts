import { IllegalStateError, integrationConnector } from '@egeria-ts/core';
import { DatabaseIntegratorConnector } from '@egeria-ts/database-integrator';
import { POSTGRES_AUDIT_CODE, POSTGRES_ERROR_CODE } from '../messages';
import { CatalogFilter } from '../source/catalog-filter';
import { PostgresCatalogReader } from '../source/postgres-catalog-reader';
import { CatalogSynchronizer, type SynchronizationCounts } from './catalog-synchronizer';
import { ContextCatalogStore } from './context-catalog-store';
import { desiredDatabase } from './desired-catalog';
import { postgresQualifiedName, QUALIFIED_NAME_SEPARATOR } from './qualified-names';

/** The name connections use for the connector (`connectorType.connectorProviderClassName`). */
export const POSTGRES_DATABASE_CONNECTOR_NAME = 'PostgresDatabaseConnector';

/** The Java-style provider class name that also resolves to the connector. */
export const POSTGRES_DATABASE_CONNECTOR_ALIAS =
  'org.odpi.openmetadata.adapters.connectors.integration.postgres.PostgresDatabaseIntegrationProvider';

/** What the last refresh did. */
export interface PostgresRefreshSummary extends SynchronizationCounts {
  /** Databases catalogued. */
  readonly databases: number;
  /** Databases that could not be read (their catalog was left as it was). */
  readonly failedDatabases: readonly string[];
}

const LIST = 'stringList' as const;

/**
 * A Database Integrator connector that catalogs a PostgreSQL server: its databases (templates
 * excluded), schemas, tables, views, columns, primary keys and foreign keys, read from the catalog
 * views through `pg`.
 *
 * The server is the connection's `endpoint.address` (`host:port` or `postgresql://host:port`), the
 * credentials its `userId` and `clearPassword` (write `${env:PGPASSWORD}` in the configuration; the
 * password is never logged). Each refresh creates what is new, updates what changed (comparing
 * properties first, so an unchanged server writes nothing) and removes what was dropped, only among
 * the elements its metadata source owns. Qualified names are
 * `PostgreSQL::<host:port>::<database>::<schema>::<table>::<column>`.
 */
@integrationConnector({
  name: POSTGRES_DATABASE_CONNECTOR_NAME,
  aliases: [POSTGRES_DATABASE_CONNECTOR_ALIAS],
  displayName: 'PostgreSQL Database Connector',
  description:
    'Catalogs the databases, schemas, tables, views, columns, primary and foreign keys of a PostgreSQL server.',
  serviceURLMarker: 'database-integrator',
  refreshTimeInterval: 60,
  configurationProperties: {
    includeDatabases: {
      type: LIST,
      description: 'The only databases to catalogue (the exclude list is then ignored).',
    },
    excludeDatabases: {
      type: LIST,
      description: 'Databases to skip (default: postgres, the maintenance database).',
      defaultValue: ['postgres'],
    },
    includeSchemas: { type: LIST, description: 'The only schemas to catalogue: schema or database.schema.' },
    excludeSchemas: { type: LIST, description: 'Schemas to skip: schema or database.schema.' },
    includeTables: {
      type: LIST,
      description: 'The only tables and views to catalogue: table, schema.table or database.schema.table.',
    },
    excludeTables: {
      type: LIST,
      description: 'Tables and views to skip: table, schema.table or database.schema.table.',
    },
    maintenanceDatabase: {
      type: 'string',
      description: 'The database to connect to for listing databases (default: the one in the address, else postgres).',
    },
    connectionTimeoutSeconds: { type: 'integer', description: 'Seconds to wait for a connection.', defaultValue: 10 },
    queryTimeoutSeconds: { type: 'integer', description: 'Seconds to wait for one catalog query.', defaultValue: 60 },
  },
})
export class PostgresDatabaseConnector extends DatabaseIntegratorConnector {
  #reader?: PostgresCatalogReader;
  #lastRefresh?: PostgresRefreshSummary;

  /** What the last completed refresh did; undefined before the first one. */
  get lastRefresh(): PostgresRefreshSummary | undefined {
    return this.#lastRefresh;
  }

  /** Reads the server address, credentials and filter from the connection. */
  override async start(): Promise<void> {
    await super.start();
    const connection = this.connection;
    const properties = this.configurationProperties;
    const maintenanceDatabase = properties.getString('maintenanceDatabase');
    this.#reader = new PostgresCatalogReader({
      address: connection.endpoint?.address as string,
      ...(connection.userId === undefined ? {} : { userId: connection.userId }),
      ...(connection.clearPassword === undefined ? {} : { clearPassword: connection.clearPassword }),
      ...(maintenanceDatabase === undefined ? {} : { maintenanceDatabase }),
      filter: CatalogFilter.fromConfiguration(properties),
      connectionTimeoutMillis: properties.getInteger('connectionTimeoutSeconds', 10) * 1000,
      queryTimeoutMillis: properties.getInteger('queryTimeoutSeconds', 60) * 1000,
      applicationName: `egeria-ts ${this.connectorName}`.slice(0, 63),
    });
  }

  /**
   * Catalogs the server: lists its databases, reads and synchronizes them one by one (a database
   * that cannot be read is reported and left as it was), then removes the databases that are gone.
   * @param signal - stops the refresh between elements
   */
  async refresh(signal: AbortSignal): Promise<void> {
    const reader = this.#requireReader();
    const serverKey = reader.server.serverKey;
    this.auditLog.logMessage('refresh', POSTGRES_AUDIT_CODE.REFRESH_STARTING, [this.connectorName, serverKey]);
    const store = new ContextCatalogStore(this.context);
    const synchronizer = new CatalogSynchronizer(store, signal, (kind, qualifiedName) =>
      this.auditLog.logMessage('refresh', POSTGRES_AUDIT_CODE.NOT_OWNED, [this.connectorName, kind, qualifiedName]),
    );

    const { serverVersion, databases } = await reader.listDatabases(signal);
    const prefix = postgresQualifiedName(serverKey) + QUALIFIED_NAME_SEPARATOR;
    const catalogued = new Map((await store.findDatabases(prefix)).map((db) => [db.qualifiedName, db]));
    const failedDatabases: string[] = [];
    let done = 0;
    for (const database of databases) {
      signal.throwIfAborted();
      const qualifiedName = postgresQualifiedName(serverKey, database.name);
      const existing = catalogued.get(qualifiedName);
      catalogued.delete(qualifiedName);
      let snapshot;
      try {
        snapshot = await reader.readDatabase(database, signal);
      } catch (error) {
        signal.throwIfAborted();
        failedDatabases.push(database.name);
        this.auditLog.logException('refresh', POSTGRES_AUDIT_CODE.DATABASE_SKIPPED, error, [
          this.connectorName,
          serverKey,
          database.name,
          error instanceof Error ? error.message : String(error),
        ]);
        continue;
      }
      await synchronizer.synchronizeDatabase(desiredDatabase(serverKey, serverVersion, snapshot), existing);
      done++;
    }
    for (const gone of catalogued.values()) await synchronizer.removeDatabase(gone);

    const { created, updated, removed } = synchronizer.counts;
    this.#lastRefresh = Object.freeze({ databases: done, failedDatabases, created, updated, removed });
    this.setStatistic('databases', done);
    this.incrementStatistic('elementsCreated', created);
    this.incrementStatistic('elementsUpdated', updated);
    this.incrementStatistic('elementsRemoved', removed);
    this.auditLog.logMessage('refresh', POSTGRES_AUDIT_CODE.REFRESH_COMPLETE, [
      this.connectorName,
      serverKey,
      done,
      created,
      updated,
      removed,
    ]);
  }

  /** Forgets the reader; every session the reader opens is already closed. */
  override async disconnect(): Promise<void> {
    this.#reader = undefined;
    await super.disconnect();
  }

  #requireReader(): PostgresCatalogReader {
    if (this.#reader === undefined) {
      throw IllegalStateError.fromDefinition(POSTGRES_ERROR_CODE.NOT_STARTED, [this.connectorName, 'refresh']);
    }
    return this.#reader;
  }
}
