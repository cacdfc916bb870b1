/**
 * The baseline of the catalog benchmarks: the same HTTP requests as the connector's refreshes
 * (same methods, paths, query strings and JSON bodies), sent with nothing but Node's `http` module
 * and one keep-alive `http.Agent`, at the same concurrency. It parses each answer and checks its
 * `relatedHTTPCode`, the least any client must do.
 */
import * as http from 'node:http';
import { forEachConcurrently } from '../support/stats';
import { sameProperties, type BenchCatalog, type BenchTable, type Properties } from './bench-catalog';

/** Where and as whom the requests go. */
export interface BareTarget {
  /** The platform root URL. */
  readonly url: string;
  /** The metadata server's name. */
  readonly serverName: string;
  /** The user id in the paths. */
  readonly userId: string;
  /** The metadata source every write names. */
  readonly externalSourceGUID: string;
  /** Its qualified name. */
  readonly externalSourceName: string;
}

/** Counts of a bare refresh. */
export interface BareRefreshCounts {
  /** Requests sent. */
  requests: number;
  /** Elements created. */
  created: number;
}

type Json = Record<string, unknown>;

/** A minimal JSON-over-HTTP client on one keep-alive agent. */
export class BareClient {
  readonly agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  readonly #host: string;
  readonly #port: number;
  readonly #root: string;
  requests = 0;

  constructor(readonly target: BareTarget) {
    const url = new URL(target.url);
    this.#host = url.hostname;
    this.#port = Number(url.port);
    this.#root =
      `${url.pathname.replace(/\/+$/, '')}/servers/${encodeURIComponent(target.serverName)}` +
      `/open-metadata/access-services/data-manager/users/${encodeURIComponent(target.userId)}`;
  }

  /** Sends a request below the Data Manager root; resolves with the parsed answer. */
  send(method: 'GET' | 'POST', path: string, body?: Json): Promise<Json> {
    this.requests++;
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const headers: Record<string, string | number> = { Accept: 'application/json' };
    if (payload !== undefined) {
      headers['Content-Type'] = 'application/json';
      headers['Content-Length'] = Buffer.byteLength(payload);
    }
    return new Promise((resolve, reject) => {
      const req = http.request(
        { host: this.#host, port: this.#port, method, path: `${this.#root}${path}`, headers, agent: this.agent },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('error', reject);
          res.on('end', () => {
            try {
              const answer = JSON.parse(text) as Json;
              if (res.statusCode !== 200 || answer['relatedHTTPCode'] !== 200) {
                reject(new Error(`${method} ${path}: HTTP ${res.statusCode}, ${text.slice(0, 300)}`));
              } else resolve(answer);
            } catch (error) {
              reject(error);
            }
          });
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  /** Releases the sockets. */
  close(): void {
    this.agent.destroy();
  }

  /** A create: `ReferenceableRequestBody` with the metadata source, parent and typed properties. */
  async create(path: string, propertiesClass: string, properties: Properties, parentGUID?: string): Promise<string> {
    const answer = await this.send('POST', path, {
      class: 'ReferenceableRequestBody',
      externalSourceGUID: this.target.externalSourceGUID,
      externalSourceName: this.target.externalSourceName,
      ...(parentGUID === undefined ? {} : { parentGUID }),
      properties: { ...properties, class: propertiesClass },
    });
    const guid = answer['guid'];
    if (typeof guid !== 'string') throw new Error(`${path}: no GUID in the answer`);
    return guid;
  }

  /** Every element of a paged GET list. */
  async list(path: string, pageSize: number): Promise<Json[]> {
    const all: Json[] = [];
    for (let startFrom = 0; ; startFrom += pageSize) {
      const answer = await this.send('GET', `${path}?startFrom=${startFrom}&pageSize=${pageSize}`);
      const page = (answer['elements'] as Json[] | undefined) ?? [];
      all.push(...page);
      if (page.length < pageSize) return all;
    }
  }
}

function guidOf(element: Json): string {
  return (element['elementHeader'] as Json)['guid'] as string;
}

function qualifiedNameOf(properties: unknown): unknown {
  return typeof properties === 'object' && properties !== null ? (properties as Json)['qualifiedName'] : undefined;
}

async function createTable(client: BareClient, counts: BareRefreshCounts, schemaGUID: string, table: BenchTable) {
  const tableGUID = await client.create('/databases/tables', 'DatabaseTableProperties', table.properties, schemaGUID);
  counts.created++;
  for (const column of table.columns) {
    await client.create('/databases/tables/columns', 'DatabaseColumnProperties', column, tableGUID);
    counts.created++;
  }
}

/**
 * The requests of the connector's first refresh, less its look-up: creates the database, its
 * schema, then `concurrency` tables at once, each table followed by its columns one by one.
 */
export async function bareFirstRefresh(
  client: BareClient,
  catalog: BenchCatalog,
  concurrency: number,
): Promise<BareRefreshCounts> {
  const counts: BareRefreshCounts = { requests: 0, created: 0 };
  const before = client.requests;
  const databaseGUID = await client.create('/databases', 'DatabaseProperties', catalog.database);
  counts.created++;
  const schemaGUID = await client.create(
    '/databases/schemas',
    'DatabaseSchemaProperties',
    catalog.schema,
    databaseGUID,
  );
  counts.created++;
  await forEachConcurrently(catalog.tables, concurrency, (table) => createTable(client, counts, schemaGUID, table));
  counts.requests = client.requests - before;
  return counts;
}

/**
 * The requests of the connector's refresh of an unchanged source: the database by name, the
 * schemas of the database, the tables of the schema, then the columns of each table
 * (`concurrency` tables at once), each compared with the source. Creates nothing when all is there.
 */
export async function bareUnchangedRefresh(
  client: BareClient,
  catalog: BenchCatalog,
  concurrency: number,
  pageSize: number,
): Promise<BareRefreshCounts> {
  const counts: BareRefreshCounts = { requests: 0, created: 0 };
  const before = client.requests;
  const byName = await client.send('POST', `/databases/by-name?startFrom=0&pageSize=${pageSize}`, {
    class: 'NameRequestBody',
    name: catalog.database.qualifiedName,
    namePropertyName: 'name',
  });
  const database = ((byName['elements'] as Json[] | undefined) ?? []).find(
    (d) => qualifiedNameOf(d['databaseProperties']) === catalog.database.qualifiedName,
  );
  if (database === undefined || !sameProperties(catalog.database, database['databaseProperties'])) {
    throw new Error('the bare unchanged refresh needs the database catalogued as it is');
  }
  const schemas = await client.list(`/databases/${guidOf(database)}/schemas`, pageSize);
  const schema = schemas.find((s) => qualifiedNameOf(s['databaseSchemaProperties']) === catalog.schema.qualifiedName);
  if (schema === undefined || !sameProperties(catalog.schema, schema['databaseSchemaProperties'])) {
    throw new Error('the bare unchanged refresh needs the schema catalogued as it is');
  }
  const tables = new Map<unknown, Json>();
  for (const t of await client.list(`/databases/${guidOf(schema)}/tables`, pageSize)) {
    tables.set(qualifiedNameOf(t['databaseTableProperties']), t);
  }
  await forEachConcurrently(catalog.tables, concurrency, async (table) => {
    const existing = tables.get(table.qualifiedName);
    if (existing === undefined || !sameProperties(table.properties, existing['databaseTableProperties'])) {
      throw new Error(`table ${table.qualifiedName} differs: the bare baseline only reads`);
    }
    const columns = await client.list(`/databases/tables/${guidOf(existing)}/columns`, pageSize);
    const byQualifiedName = new Map(columns.map((c) => [qualifiedNameOf(c['databaseColumnProperties']), c]));
    for (const column of table.columns) {
      const found = byQualifiedName.get(column.qualifiedName);
      if (found === undefined || !sameProperties(column, found['databaseColumnProperties'])) {
        throw new Error(`column ${String(column.qualifiedName)} differs: the bare baseline only reads`);
      }
    }
  });
  counts.requests = client.requests - before;
  return counts;
}

/**
 * Finds or creates the metadata source, as the integration service does when it builds a context
 * (POST `.../open-integration/.../metadata-sources/by-name`, then `.../new`); outside the timings.
 */
export async function bareMetadataSource(
  url: string,
  serverName: string,
  userId: string,
  qualifiedName: string,
): Promise<string> {
  const root =
    `${url}/servers/${encodeURIComponent(serverName)}/open-metadata/framework-services/data-manager` +
    `/open-integration/users/${encodeURIComponent(userId)}/metadata-sources`;
  const post = (path: string, body: Json): Promise<Json> => postJson(`${root}${path}`, body);
  const found = await post('/by-name', {
    class: 'NameRequestBody',
    name: qualifiedName,
    namePropertyName: 'qualifiedName',
  });
  if (typeof found['guid'] === 'string') return found['guid'];
  const created = await post('/new', {
    class: 'MetadataSourceRequestBody',
    typeName: 'DatabaseManager',
    qualifiedName,
    deployedImplementationType: 'Relational database manager (RDBMS)',
  });
  if (typeof created['guid'] !== 'string') throw new Error(`no metadata source GUID: ${JSON.stringify(created)}`);
  return created['guid'];
}

/** One POST with a JSON body on a connection of its own; resolves with the parsed answer. */
export function postJson(url: string, body: Json): Promise<Json> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent: false,
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json',
          'Content-Length': Buffer.byteLength(payload),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('error', reject);
        res.on('end', () => {
          try {
            resolve(JSON.parse(text) as Json);
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}
