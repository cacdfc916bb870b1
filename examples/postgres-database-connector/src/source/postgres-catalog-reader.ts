import { Client, type ClientConfig, type QueryResultRow } from 'pg';
import { ConnectorCheckedException, InvalidParameterException, describeValue } from '@egeria-ts/core';
import { POSTGRES_ERROR_CODE } from '../messages';
import { CatalogFilter } from './catalog-filter';
import {
  COLUMNS_QUERY,
  DATABASES_QUERY,
  KEYS_QUERY,
  RELATIONS_QUERY,
  SCHEMAS_QUERY,
  SERVER_VERSION_QUERY,
} from './catalog-queries';
import { parseServerAddress, type PostgresServerAddress } from './server-address';
import type {
  PostgresColumnSnapshot,
  PostgresDatabaseSnapshot,
  PostgresDatabaseSummary,
  PostgresForeignKeySnapshot,
  PostgresPrimaryKeySnapshot,
  PostgresSchemaSnapshot,
  PostgresServerSnapshot,
  PostgresTableKind,
  PostgresTableSnapshot,
  PostgresViewSnapshot,
} from './snapshot';

/** How to reach a PostgreSQL server and what to read from it. */
export interface PostgresCatalogReaderOptions {
  /** The server address: `host:port` or `postgresql://host:port[/database][?sslmode=...]`. */
  readonly address: string;
  /** The user to connect as (default: the user in the address, else the driver's default). */
  readonly userId?: string;
  /** The user's password, already resolved from any secret reference; never logged. */
  readonly clearPassword?: string;
  /** The database to connect to for listing databases (default: the one in the address, else `postgres`). */
  readonly maintenanceDatabase?: string;
  /** Which databases, schemas and tables to read (default: everything but system schemas). */
  readonly filter?: CatalogFilter;
  /** Milliseconds to wait for a connection (default 10 000). */
  readonly connectionTimeoutMillis?: number;
  /** Milliseconds to wait for one catalog query (default 60 000). */
  readonly queryTimeoutMillis?: number;
  /** `application_name` the sessions show in `pg_stat_activity` (default `egeria-ts-postgres-database-connector`). */
  readonly applicationName?: string;
}

interface DatabaseRow extends QueryResultRow {
  name: string;
  owner: string;
  encoding: string;
  collation: string;
  description: string | null;
}

interface SchemaRow extends QueryResultRow {
  name: string;
  owner: string;
  description: string | null;
}

interface RelationRow extends QueryResultRow {
  schema_name: string;
  name: string;
  kind: string;
  description: string | null;
  definition: string | null;
}

interface ColumnRow extends QueryResultRow {
  schema_name: string;
  table_name: string;
  name: string;
  position: number;
  data_type: string;
  is_nullable: boolean;
  default_value: string | null;
  length: number | null;
  precision: number | null;
  scale: number | null;
  description: string | null;
}

interface KeyRow extends QueryResultRow {
  kind: string;
  name: string;
  schema_name: string;
  table_name: string;
  referenced_schema: string | null;
  referenced_table: string | null;
  column_names: string[];
  referenced_column_names: string[];
}

const TABLE_KINDS: Readonly<Record<string, PostgresTableKind>> = {
  r: 'table',
  p: 'partitioned table',
  f: 'foreign table',
};

/**
 * Reads what a PostgreSQL server holds from its catalog views, through `pg`: its databases
 * (templates excluded) and, for each, its schemas, tables, views, columns, primary keys and
 * foreign keys, as plain {@link PostgresServerSnapshot} data. Each read opens its own session and
 * closes it before returning. The password is kept private and never appears in errors.
 */
export class PostgresCatalogReader {
  /** The server address the reader connects to. */
  readonly server: PostgresServerAddress;
  /** The filter the reader applies. */
  readonly filter: CatalogFilter;
  readonly #user?: string;
  readonly #password?: string;
  readonly #maintenanceDatabase: string;
  readonly #connectionTimeoutMillis: number;
  readonly #queryTimeoutMillis: number;
  readonly #applicationName: string;

  /**
   * @param options - the server, credentials and filter
   * @throws ConnectionCheckedException when the address cannot be read
   * @throws InvalidParameterException naming the option at fault
   */
  constructor(options: PostgresCatalogReaderOptions) {
    if (typeof options !== 'object' || options === null) throw invalidOption('options', options);
    this.server = parseServerAddress(options.address);
    this.filter = options.filter ?? new CatalogFilter();
    this.#user = optionalText('userId', options.userId) ?? this.server.user;
    const password = options.clearPassword;
    if (password !== undefined && typeof password !== 'string') throw invalidOption('clearPassword', '(not a string)');
    this.#password = password ?? this.server.password;
    this.#maintenanceDatabase =
      optionalText('maintenanceDatabase', options.maintenanceDatabase) ?? this.server.database ?? 'postgres';
    this.#connectionTimeoutMillis = positiveInteger('connectionTimeoutMillis', options.connectionTimeoutMillis, 10_000);
    this.#queryTimeoutMillis = positiveInteger('queryTimeoutMillis', options.queryTimeoutMillis, 60_000);
    this.#applicationName =
      optionalText('applicationName', options.applicationName) ?? 'egeria-ts-postgres-database-connector';
  }

  /** The user the reader connects as, when one is set. */
  get userId(): string | undefined {
    return this.#user;
  }

  /**
   * Reads every database that passes the filter, with its contents.
   * @param signal - stops the read between queries (and ends the session in flight)
   */
  async readServer(signal?: AbortSignal): Promise<PostgresServerSnapshot> {
    const { serverVersion, databases } = await this.listDatabases(signal);
    const snapshots: PostgresDatabaseSnapshot[] = [];
    for (const database of databases) snapshots.push(await this.readDatabase(database, signal));
    return { serverKey: this.server.serverKey, serverVersion, databases: snapshots };
  }

  /**
   * Lists the databases that pass the filter (templates and databases that refuse connections are
   * never listed), with the server's version.
   * @param signal - stops the read
   */
  async listDatabases(
    signal?: AbortSignal,
  ): Promise<{ readonly serverVersion: string; readonly databases: readonly PostgresDatabaseSummary[] }> {
    return this.#withSession(this.#maintenanceDatabase, signal, async (query) => {
      const version = await query<{ server_version: string }>('server version', SERVER_VERSION_QUERY);
      const rows = await query<DatabaseRow>('databases', DATABASES_QUERY);
      const databases = rows
        .filter((row) => this.filter.includesDatabase(row.name))
        .map((row): PostgresDatabaseSummary => ({
          name: row.name,
          owner: row.owner,
          encoding: row.encoding,
          collation: row.collation,
          ...optional('description', row.description),
        }));
      return { serverVersion: version[0]?.server_version ?? '', databases };
    });
  }

  /**
   * Reads one database's schemas, tables, views, columns and keys (the filter's schema and table
   * lists apply; the database list does not).
   * @param database - the database, by name or as listed by {@link PostgresCatalogReader.listDatabases}
   * @param signal - stops the read
   */
  async readDatabase(
    database: string | PostgresDatabaseSummary,
    signal?: AbortSignal,
  ): Promise<PostgresDatabaseSnapshot> {
    const name = typeof database === 'string' ? database : database?.name;
    if (typeof name !== 'string' || name === '') throw invalidOption('database', database);
    return this.#withSession(name, signal, async (query) => {
      let summary: PostgresDatabaseSummary | undefined = typeof database === 'string' ? undefined : database;
      if (summary === undefined) {
        const rows = await query<DatabaseRow>('databases', DATABASES_QUERY);
        const row = rows.find((r) => r.name === name);
        summary = {
          name,
          owner: row?.owner ?? '',
          encoding: row?.encoding ?? '',
          collation: row?.collation ?? '',
          ...optional('description', row?.description ?? null),
        };
      }
      const schemaRows = (await query<SchemaRow>('schemas', SCHEMAS_QUERY)).filter((row) =>
        this.filter.includesSchema(name, row.name),
      );
      const schemaNames = schemaRows.map((row) => row.name);
      const relations = await query<RelationRow>('tables and views', RELATIONS_QUERY, [schemaNames]);
      const columns = await query<ColumnRow>('columns', COLUMNS_QUERY, [schemaNames]);
      const keys = await query<KeyRow>('primary and foreign keys', KEYS_QUERY, [schemaNames]);
      return { ...summary, schemas: assembleSchemas(name, this.filter, schemaRows, relations, columns, keys) };
    });
  }

  async #withSession<T>(
    database: string,
    signal: AbortSignal | undefined,
    work: (
      query: <R extends QueryResultRow>(what: string, sql: string, params?: unknown[]) => Promise<R[]>,
    ) => Promise<T>,
  ): Promise<T> {
    signal?.throwIfAborted();
    const client = new Client(this.#clientConfig(database));
    // An idle session that breaks emits 'error'; without a listener it would end the process.
    let sessionError: Error | undefined;
    client.on('error', (error) => {
      sessionError = error;
    });
    const onAbort = (): void => {
      client.end().catch(() => undefined);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      try {
        await client.connect();
      } catch (error) {
        signal?.throwIfAborted();
        throw ConnectorCheckedException.fromDefinition(
          POSTGRES_ERROR_CODE.CONNECT_FAILED,
          [this.server.serverKey, database, this.#user ?? '(default user)', this.#describe(error)],
          { actionDescription: 'connect', exceptionProperties: pgErrorProperties(error) },
        );
      }
      const query = async <R extends QueryResultRow>(what: string, sql: string, params?: unknown[]): Promise<R[]> => {
        signal?.throwIfAborted();
        try {
          const result = await client.query<R>(sql, params);
          return result.rows;
        } catch (error) {
          signal?.throwIfAborted();
          throw ConnectorCheckedException.fromDefinition(
            POSTGRES_ERROR_CODE.QUERY_FAILED,
            [this.server.serverKey, database, what, this.#describe(sessionError ?? error)],
            { actionDescription: 'query', exceptionProperties: pgErrorProperties(error) },
          );
        }
      };
      const result = await work(query);
      signal?.throwIfAborted();
      return result;
    } finally {
      signal?.removeEventListener('abort', onAbort);
      await client.end().catch(() => undefined);
    }
  }

  #clientConfig(database: string): ClientConfig {
    const ssl =
      this.server.sslMode === 'disable'
        ? false
        : {
            rejectUnauthorized: this.server.sslMode !== 'require',
            ...(this.server.sslMode === 'verify-ca' ? { checkServerIdentity: () => undefined } : {}),
          };
    return {
      host: this.server.host,
      port: this.server.port,
      database,
      ...(this.#user === undefined ? {} : { user: this.#user }),
      ...(this.#password === undefined ? {} : { password: this.#password }),
      ssl,
      connectionTimeoutMillis: this.#connectionTimeoutMillis,
      query_timeout: this.#queryTimeoutMillis,
      application_name: this.#applicationName,
    };
  }

  /** A driver error's message with the password (should a driver ever echo it) taken out. */
  #describe(error: unknown): string {
    let text = error instanceof Error ? error.message : String(error);
    if (this.#password !== undefined && this.#password !== '') text = text.split(this.#password).join('***');
    return text === '' && error instanceof Error ? error.name : text;
  }
}

function assembleSchemas(
  database: string,
  filter: CatalogFilter,
  schemaRows: readonly SchemaRow[],
  relations: readonly RelationRow[],
  columnRows: readonly ColumnRow[],
  keyRows: readonly KeyRow[],
): PostgresSchemaSnapshot[] {
  const key = (schema: string, table: string): string => JSON.stringify([schema, table]);
  const columnsByTable = new Map<string, PostgresColumnSnapshot[]>();
  for (const row of columnRows) {
    const list = columnsByTable.get(key(row.schema_name, row.table_name)) ?? [];
    list.push({
      name: row.name,
      position: row.position,
      dataType: row.data_type,
      isNullable: row.is_nullable,
      ...optional('defaultValue', row.default_value),
      ...optional('length', row.length),
      ...optional('precision', row.precision),
      ...optional('scale', row.scale),
      ...optional('description', row.description),
    });
    columnsByTable.set(key(row.schema_name, row.table_name), list);
  }
  const primaryKeys = new Map<string, PostgresPrimaryKeySnapshot>();
  const foreignKeys = new Map<string, PostgresForeignKeySnapshot[]>();
  for (const row of keyRows) {
    const tableKey = key(row.schema_name, row.table_name);
    if (row.kind === 'p') {
      primaryKeys.set(tableKey, { name: row.name, columnNames: row.column_names });
    } else if (row.referenced_schema !== null && row.referenced_table !== null) {
      const list = foreignKeys.get(tableKey) ?? [];
      list.push({
        name: row.name,
        columnNames: row.column_names,
        referencedSchema: row.referenced_schema,
        referencedTable: row.referenced_table,
        referencedColumnNames: row.referenced_column_names,
      });
      foreignKeys.set(tableKey, list);
    }
  }
  return schemaRows.map((schema) => {
    const tables: PostgresTableSnapshot[] = [];
    const views: PostgresViewSnapshot[] = [];
    for (const relation of relations) {
      if (relation.schema_name !== schema.name) continue;
      if (!filter.includesTable(database, schema.name, relation.name)) continue;
      const tableKey = key(schema.name, relation.name);
      const columns = columnsByTable.get(tableKey) ?? [];
      const description = optional('description', relation.description);
      const tableKind = TABLE_KINDS[relation.kind];
      if (tableKind !== undefined) {
        const primaryKey = primaryKeys.get(tableKey);
        tables.push({
          name: relation.name,
          kind: tableKind,
          ...description,
          columns,
          ...(primaryKey === undefined ? {} : { primaryKey }),
          foreignKeys: foreignKeys.get(tableKey) ?? [],
        });
      } else {
        views.push({
          name: relation.name,
          materialized: relation.kind === 'm',
          definition: (relation.definition ?? '').trim(),
          ...description,
          columns,
        });
      }
    }
    return { name: schema.name, owner: schema.owner, ...optional('description', schema.description), tables, views };
  });
}

function optional<K extends string, V>(name: K, value: V | null | undefined): { [P in K]?: V } {
  return (value === null || value === undefined ? {} : { [name]: value }) as { [P in K]?: V };
}

function pgErrorProperties(error: unknown): Record<string, unknown> {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? { sqlState: code } : {};
}

function invalidOption(name: string, value: unknown): InvalidParameterException {
  const shown = name === 'clearPassword' ? '(hidden)' : describeValue(value);
  return InvalidParameterException.fromDefinition(POSTGRES_ERROR_CODE.INVALID_OPTION, [name, shown], {
    exceptionProperties: { parameterName: name },
  });
}

function optionalText(name: string, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.trim() === '') throw invalidOption(name, value);
  return value;
}

function positiveInteger(name: string, value: unknown, defaultValue: number): number {
  if (value === undefined) return defaultValue;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) throw invalidOption(name, value);
  return value;
}
