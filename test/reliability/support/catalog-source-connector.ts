/**
 * The connector of the reliability tests: a Database Integrator connector that catalogs an
 * in-memory "source" (databases, schemas, tables, columns) idempotently. Each refresh looks every
 * element up by qualified name and creates only what is missing, so a refresh that a fault cut
 * short is finished by the next one, and nothing is written twice.
 *
 * Its behaviour comes from its configuration properties, so that a daemon in another process
 * (loaded through `egeriaTs.modules`) runs it the same way: the size of a generated source, a
 * pause between tables, and misbehaviour (throwing, leaking a rejection, hanging) for the first
 * refreshes. What it does is told to in-process listeners and, in a child process
 * (`EGERIA_TS_RELIABILITY_MARKERS=1`), written to standard output as `@@ {json}` lines.
 */
import { AuditLogSeverity, integrationConnector, type MessageDefinition } from '@egeria-ts/core';
import { DatabaseIntegratorConnector } from '@egeria-ts/database-integrator';

/** The registered name of {@link CatalogSourceConnector}. */
export const CATALOG_SOURCE_CONNECTOR = 'egeria-ts-reliability:CatalogSourceConnector';

/** A table of the source. */
export interface SourceTable {
  readonly name: string;
  readonly columns: readonly string[];
}

/** A schema of the source. */
export interface SourceSchema {
  readonly name: string;
  readonly tables: readonly SourceTable[];
}

/** A database of the source. */
export interface SourceDatabase {
  readonly name: string;
  readonly schemas: readonly SourceSchema[];
}

/** One element the connector expects in the catalog. */
export interface ExpectedElement {
  readonly qualifiedName: string;
  readonly typeName: string;
}

/** A create the metadata server acknowledged (answered with a GUID). */
export interface AcknowledgedCreate extends ExpectedElement {
  readonly guid: string;
}

/** What the connector tells its listeners. */
export interface ConnectorMarker {
  readonly source: string;
  readonly event:
    | 'refresh-start'
    | 'refresh-end'
    | 'refresh-throw'
    | 'refresh-leak'
    | 'refresh-hang'
    | 'table-done'
    | 'disconnect'
    | 'disconnect-hang';
  /** The refresh number, counted across instances of the connector for this source (1 for the first). */
  readonly refresh?: number;
  readonly time: number;
}

const sources = new Map<string, readonly SourceDatabase[]>();
const refreshCounts = new Map<string, number>();
const acknowledged = new Map<string, AcknowledgedCreate[]>();
const listeners = new Set<(marker: ConnectorMarker) => void>();

/** Sets (or replaces) the in-memory source a connector with this `sourceName` catalogs. */
export function setSource(sourceName: string, source: readonly SourceDatabase[]): void {
  sources.set(sourceName, source);
}

/** A source of the given size, with names derived from `sourceName`. */
export function generateSource(
  sourceName: string,
  size: { schemas: number; tables: number; columns: number },
): SourceDatabase[] {
  return [
    {
      name: `${sourceName}-db`,
      schemas: Array.from({ length: size.schemas }, (_, s) => ({
        name: `schema${s}`,
        tables: Array.from({ length: size.tables }, (_, t) => ({
          name: `table${t}`,
          columns: Array.from({ length: size.columns }, (_, c) => `column${c}`),
        })),
      })),
    },
  ];
}

/** The elements a source should leave in the catalog, qualified as the connector qualifies them. */
export function expectedElements(sourceName: string, source: readonly SourceDatabase[]): ExpectedElement[] {
  const out: ExpectedElement[] = [];
  for (const database of source) {
    const db = `${sourceName}::${database.name}`;
    out.push({ qualifiedName: db, typeName: 'Database' });
    for (const schema of database.schemas) {
      const sc = `${db}.${schema.name}`;
      out.push({ qualifiedName: sc, typeName: 'DeployedDatabaseSchema' });
      for (const table of schema.tables) {
        const tb = `${sc}.${table.name}`;
        out.push({ qualifiedName: tb, typeName: 'RelationalTable' });
        for (const column of table.columns)
          out.push({ qualifiedName: `${tb}.${column}`, typeName: 'RelationalColumn' });
      }
    }
  }
  return out;
}

/** The creates the server acknowledged for this source, oldest first. */
export function acknowledgedCreates(sourceName: string): readonly AcknowledgedCreate[] {
  return acknowledged.get(sourceName) ?? [];
}

/** How many refreshes of this source started (across instances). */
export function refreshCount(sourceName: string): number {
  return refreshCounts.get(sourceName) ?? 0;
}

/** Listens to every connector's markers; returns the function that stops listening. */
export function onMarker(listener: (marker: ConnectorMarker) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Forgets every source, count and acknowledged create (between tests). */
export function resetConnectorState(): void {
  sources.clear();
  refreshCounts.clear();
  acknowledged.clear();
}

function mark(source: string, event: ConnectorMarker['event'], refresh?: number): void {
  const marker: ConnectorMarker = { source, event, time: Date.now(), ...(refresh === undefined ? {} : { refresh }) };
  for (const listener of listeners) listener(marker);
  if (process.env['EGERIA_TS_RELIABILITY_MARKERS'] === '1') process.stdout.write(`@@ ${JSON.stringify(marker)}\n`);
}

function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** A promise that never settles, as a connector stuck on a call that never returns. */
function forever(): Promise<never> {
  return new Promise<never>(() => undefined);
}

@integrationConnector({
  name: CATALOG_SOURCE_CONNECTOR,
  description: 'Catalogs an in-memory source idempotently (reliability tests).',
  serviceURLMarker: 'database-integrator',
  refreshTimeInterval: 0,
  configurationProperties: {
    sourceName: { type: 'string', description: 'The source, and the prefix of every qualified name.', required: true },
    schemas: { type: 'integer', description: 'Schemas of a generated source.', defaultValue: 1 },
    tables: { type: 'integer', description: 'Tables per schema of a generated source.', defaultValue: 3 },
    columns: { type: 'integer', description: 'Columns per table of a generated source.', defaultValue: 3 },
    pauseMs: { type: 'integer', description: 'Pause after each table (aborted by the signal).', defaultValue: 0 },
    pauseFromRefresh: { type: 'integer', description: 'The first refresh that pauses.', defaultValue: 1 },
    ignoreSignal: { type: 'boolean', description: 'Pause without listening to the signal.', defaultValue: false },
    lookupOnly: { type: 'boolean', description: 'Once catalogued, only look the database up.', defaultValue: false },
    failRefreshes: { type: 'integer', description: 'The first N refreshes throw half-way.', defaultValue: 0 },
    leakRefreshes: { type: 'integer', description: 'The first N refreshes leak a rejection.', defaultValue: 0 },
    hangRefreshes: { type: 'integer', description: 'The first N refreshes never return.', defaultValue: 0 },
    hangUntilAborted: {
      type: 'boolean',
      description: 'A hanging refresh ends when its signal fires.',
      defaultValue: false,
    },
    hangDisconnect: { type: 'boolean', description: 'disconnect() never returns.', defaultValue: false },
    blockMs: { type: 'integer', description: 'Each refresh first blocks the event loop this long.', defaultValue: 0 },
    leakSecrets: {
      type: 'boolean',
      description: 'Its first refresh writes its secrets to the audit log, then throws them (security tests).',
      defaultValue: false,
    },
  },
})
export class CatalogSourceConnector extends DatabaseIntegratorConnector {
  #catalogued = false;

  async refresh(signal: AbortSignal): Promise<void> {
    const props = this.configurationProperties;
    const sourceName = props.getString('sourceName') as string;
    const n = (refreshCounts.get(sourceName) ?? 0) + 1;
    refreshCounts.set(sourceName, n);
    mark(sourceName, 'refresh-start', n);
    const blockMs = props.getInteger('blockMs') ?? 0;
    for (const until = Date.now() + blockMs; Date.now() < until;) {
      // busy: nothing else in this thread runs meanwhile
    }

    if (n <= (props.getInteger('hangRefreshes') ?? 0)) {
      mark(sourceName, 'refresh-hang', n);
      if (props.getBoolean('hangUntilAborted') === true) await pause(2 ** 30, signal);
      await forever();
    }
    if (n <= (props.getInteger('leakRefreshes') ?? 0)) {
      mark(sourceName, 'refresh-leak', n);
      void Promise.reject(new Error(`refresh ${n} of ${sourceName} leaked this rejection`));
    }
    if (n === 1 && props.getBoolean('leakSecrets') === true) this.#leakSecrets();
    if (this.#catalogued && props.getBoolean('lookupOnly') === true) {
      const source = this.#source(sourceName);
      await this.#find('db', `${sourceName}::${source[0]?.name ?? ''}`);
      mark(sourceName, 'refresh-end', n);
      return;
    }

    const source = this.#source(sourceName);
    const failAt = n <= (props.getInteger('failRefreshes') ?? 0) ? Math.ceil(countTables(source) / 2) : -1;
    const pauseMs = n >= (props.getInteger('pauseFromRefresh') ?? 1) ? (props.getInteger('pauseMs') ?? 0) : 0;
    const ignoreSignal = props.getBoolean('ignoreSignal') === true;
    let tablesDone = 0;
    for (const database of source) {
      if (!ignoreSignal) signal.throwIfAborted();
      const db = `${sourceName}::${database.name}`;
      const databaseGUID =
        (await this.#find('db', db)) ??
        (await this.#created(sourceName, db, 'Database', () =>
          this.context.createDatabase({ databaseProperties: { qualifiedName: db, name: database.name } }),
        ));
      for (const schema of database.schemas) {
        const sc = `${db}.${schema.name}`;
        const schemaGUID =
          (await this.#find('schema', sc)) ??
          (await this.#created(sourceName, sc, 'DeployedDatabaseSchema', () =>
            this.context.createDatabaseSchema({
              databaseGUID,
              databaseSchemaProperties: { qualifiedName: sc, name: schema.name },
            }),
          ));
        for (const table of schema.tables) {
          if (tablesDone === failAt) {
            mark(sourceName, 'refresh-throw', n);
            throw new Error(`refresh ${n} of ${sourceName} failed half-way (as configured)`);
          }
          if (!ignoreSignal) signal.throwIfAborted();
          const tb = `${sc}.${table.name}`;
          const tableGUID =
            (await this.#find('table', tb)) ??
            (await this.#created(sourceName, tb, 'RelationalTable', () =>
              this.context.createDatabaseTable({
                databaseAssetGUID: schemaGUID,
                databaseTableProperties: { qualifiedName: tb, displayName: table.name },
              }),
            ));
          for (const column of table.columns) {
            const cn = `${tb}.${column}`;
            if ((await this.#find('column', cn)) === undefined) {
              await this.#created(sourceName, cn, 'RelationalColumn', () =>
                this.context.createDatabaseColumn({
                  databaseTableGUID: tableGUID,
                  databaseColumnProperties: { qualifiedName: cn, displayName: column, dataType: 'varchar' },
                }),
              );
            }
          }
          tablesDone++;
          mark(sourceName, 'table-done', n);
          if (pauseMs > 0) await pause(pauseMs, ignoreSignal ? undefined : signal);
        }
      }
    }
    this.#catalogued = true;
    mark(sourceName, 'refresh-end', n);
  }

  override async disconnect(): Promise<void> {
    const sourceName = this.configurationProperties.getString('sourceName') ?? 'unknown';
    if (this.configurationProperties.getBoolean('hangDisconnect') === true) {
      mark(sourceName, 'disconnect-hang');
      await forever();
    }
    mark(sourceName, 'disconnect');
    await super.disconnect();
  }

  /** A careless (or hostile) connector: its secrets in a log message, its details and an error. */
  #leakSecrets(): never {
    const c = this.connection;
    const secrets = [c.clearPassword, c.encryptedPassword, ...Object.values(c.securedProperties ?? {})];
    const embedded = (c as { embeddedConnections?: Array<{ embeddedConnection?: { clearPassword?: string } }> })
      .embeddedConnections;
    for (const e of embedded ?? []) secrets.push(e.embeddedConnection?.clearPassword);
    const text = secrets.filter((s) => s !== undefined).join(' / ');
    this.auditLog.logMessage('refresh', LEAK_MESSAGE, [this.connectorName, text], {
      connection: c,
      note: `password=${c.clearPassword ?? ''}`,
    });
    throw new Error(`could not log in to the source with ${text} (user ${c.userId ?? 'unknown'})`);
  }

  #source(sourceName: string): readonly SourceDatabase[] {
    const props = this.configurationProperties;
    return (
      sources.get(sourceName) ??
      generateSource(sourceName, {
        schemas: props.getInteger('schemas') ?? 1,
        tables: props.getInteger('tables') ?? 3,
        columns: props.getInteger('columns') ?? 3,
      })
    );
  }

  async #created(
    sourceName: string,
    qualifiedName: string,
    typeName: string,
    create: () => Promise<string>,
  ): Promise<string> {
    const guid = await create();
    let list = acknowledged.get(sourceName);
    if (list === undefined) acknowledged.set(sourceName, (list = []));
    list.push({ guid, qualifiedName, typeName });
    return guid;
  }

  async #find(kind: 'db' | 'schema' | 'table' | 'column', qualifiedName: string): Promise<string | undefined> {
    const c = this.context;
    const found =
      kind === 'db'
        ? (await c.getDatabasesByName({ name: qualifiedName })).map(
            (e) => [e.elementHeader, e.databaseProperties?.qualifiedName] as const,
          )
        : kind === 'schema'
          ? (await c.getDatabaseSchemasByName({ name: qualifiedName })).map(
              (e) => [e.elementHeader, e.databaseSchemaProperties?.qualifiedName] as const,
            )
          : kind === 'table'
            ? (await c.getDatabaseTablesByName({ name: qualifiedName })).map(
                (e) => [e.elementHeader, e.databaseTableProperties?.qualifiedName] as const,
              )
            : (await c.getDatabaseColumnsByName({ name: qualifiedName })).map(
                (e) => [e.elementHeader, e.databaseColumnProperties?.qualifiedName] as const,
              );
    return found.find(([, name]) => name === qualifiedName)?.[0].guid;
  }
}

/** The message a careless connector writes its secrets into. */
const LEAK_MESSAGE: MessageDefinition = Object.freeze({
  messageId: 'EGERIA-TS-RELIABILITY-0001',
  severity: AuditLogSeverity.INFO,
  template: 'Connector {0} logs in with {1}',
  systemAction: 'The connector logs in to its source.',
  userAction: 'None.',
});

function countTables(source: readonly SourceDatabase[]): number {
  return source.reduce((n, d) => n + d.schemas.reduce((m, s) => m + s.tables.length, 0), 0);
}
