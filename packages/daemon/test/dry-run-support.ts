// Support for the dry-run tests: a Database Integrator connector that catalogs a small in-memory
// "source" (create what is new, update what changed, remove what is gone, and read back what it
// created), a configuration document for it, and a classifier that names the Egeria operation of
// each request a fault proxy saw, so that a test can tell reads from writes by method and path.
import { InMemoryAuditLogDestination, integrationConnector } from '@egeria-ts/core';
import { DatabaseIntegratorConnector, databaseIntegratorService } from '@egeria-ts/database-integrator';
import { IntegrationDaemon, type IntegrationDaemonOptions } from '@egeria-ts/daemon';
import {
  DATA_MANAGER_DATABASE_SERVICE,
  GOVERNANCE_CONFIGURATION_SERVICE,
  OPEN_INTEGRATION_SERVICE,
  type ServiceDefinition,
} from '@egeria-ts/omas-client';
import type { ProxiedRequest } from '@egeria-ts/testing';
import { testRegistry } from './runtime-support';

/** A database of the source: its tables and their columns. */
export interface SourceDatabase {
  readonly name: string;
  readonly description: string;
  readonly tables: Readonly<Record<string, readonly string[]>>;
}

/** What the cataloguing connector reads from "the source", and what it saw in open metadata. */
export const SOURCE: { databases: SourceDatabase[]; tablesReadBack: number[] } = { databases: [], tablesReadBack: [] };

export const CATALOGUER_CLASS = 'test:dry-run-cataloguer';
export const METADATA_SOURCE = 'DryRun:DatabaseManager';
export const SERVER_NAME = 'dry-run-mds';

/** The qualified names the connector gives, from the database down. */
export const qn = (...parts: string[]): string => `dry-run::${parts.join('.')}`;

@integrationConnector(
  { name: CATALOGUER_CLASS, serviceURLMarker: 'database-integrator', refreshTimeInterval: 0 },
  testRegistry,
)
export class SourceCataloguer extends DatabaseIntegratorConnector {
  async refresh(): Promise<void> {
    const context = this.context;
    const catalogued = new Map<string, string>();
    const descriptions = new Map<string, string | undefined>();
    for (const db of await context.getMyDatabases()) {
      const name = db.databaseProperties?.qualifiedName;
      if (name === undefined) continue;
      catalogued.set(name, db.elementHeader.guid);
      descriptions.set(name, db.databaseProperties?.resourceDescription);
    }
    for (const db of SOURCE.databases) {
      const name = qn(db.name);
      const existing = catalogued.get(name);
      catalogued.delete(name);
      if (existing !== undefined) {
        if (descriptions.get(name) !== db.description) {
          await context.updateDatabase({
            databaseGUID: existing,
            isMergeUpdate: true,
            databaseProperties: { qualifiedName: name, resourceDescription: db.description },
          });
        }
        continue;
      }
      const databaseGUID = await context.createDatabase({
        databaseProperties: { qualifiedName: name, name: db.name, resourceDescription: db.description },
      });
      for (const [table, columns] of Object.entries(db.tables)) {
        const tableGUID = await context.createDatabaseTable({
          databaseAssetGUID: databaseGUID,
          databaseTableProperties: { qualifiedName: qn(db.name, table), displayName: table },
        });
        for (const column of columns) {
          await context.createDatabaseColumn({
            databaseTableGUID: tableGUID,
            databaseColumnProperties: {
              qualifiedName: qn(db.name, table, column),
              displayName: column,
              dataType: 'string',
            },
          });
        }
      }
      // Reads what it has just created, as connectors that check their work do.
      SOURCE.tablesReadBack.push((await context.getTablesForDatabaseAsset({ databaseAssetGUID: databaseGUID })).length);
    }
    for (const databaseGUID of catalogued.values()) await context.removeDatabase({ databaseGUID });
  }
}

void SourceCataloguer; // registered by its decorator

/** A configuration document with one cataloguing connector against `platformURL`. */
export function cataloguerDocument(
  platformURL: string,
  egeriaTs: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    localServerName: 'dry-run-daemon',
    localServerUserId: 'daemon-npa',
    integrationServicesConfig: [
      {
        integrationServiceURLMarker: 'database-integrator',
        omagserverPlatformRootURL: platformURL,
        omagserverName: SERVER_NAME,
        integrationConnectorConfigs: [
          {
            connectorName: 'cataloguer',
            metadataSourceQualifiedName: METADATA_SOURCE,
            generateIntegrationReports: true,
            connection: {
              class: 'Connection',
              qualifiedName: 'cataloguer-connection',
              connectorType: { class: 'ConnectorType', connectorProviderClassName: CATALOGUER_CLASS },
            },
          },
        ],
      },
    ],
    egeriaTs: {
      adminApi: { enabled: false },
      restartPolicy: { enabled: false },
      refreshTimeoutSeconds: 20,
      shutdownTimeoutSeconds: 2,
      ...egeriaTs,
    },
  };
}

/** Daemon options for the cataloguer in the real Database Integrator service. */
export function cataloguerOptions(overrides: Partial<IntegrationDaemonOptions> = {}): IntegrationDaemonOptions {
  return {
    services: { 'database-integrator': databaseIntegratorService },
    registry: testRegistry,
    auditLogDestinations: [new InMemoryAuditLogDestination()],
    loadModules: false,
    discoverPackages: false,
    ...overrides,
  };
}

/** Runs the cataloguer once, in a dry run or for real. */
export async function runCataloguer(
  platformURL: string,
  dryRun: boolean,
): Promise<{ daemon: IntegrationDaemon; summaries: Awaited<ReturnType<IntegrationDaemon['runOnce']>> }> {
  const daemon = new IntegrationDaemon(cataloguerDocument(platformURL), cataloguerOptions({ dryRun }));
  const summaries = await daemon.runOnce({ startTimeoutSeconds: 20 });
  return { daemon, summaries };
}

// ---------------------------------------------------------------- naming the requests

interface KnownOperation {
  readonly name: string;
  readonly method: string;
  readonly pattern: RegExp;
  /** Literal path segments: the most specific match wins (`/databases/by-name` over `/databases/{guid}`). */
  readonly literals: number;
}

const SERVICES: readonly [ServiceDefinition, string][] = [
  [DATA_MANAGER_DATABASE_SERVICE, 'data-manager'],
  [OPEN_INTEGRATION_SERVICE, 'data-manager'],
  [GOVERNANCE_CONFIGURATION_SERVICE, 'data-manager'],
];

function knownOperations(): KnownOperation[] {
  const out: KnownOperation[] = [];
  for (const [service, marker] of SERVICES) {
    const root =
      service.root.kind === 'access-service'
        ? `/servers/{s}/open-metadata/access-services/${service.root.marker}/users/{u}`
        : `/servers/{s}/open-metadata/framework-services/${marker}/${service.root.service}/users/{u}`;
    for (const operation of Object.values(service.operations)) {
      const template = `${root}${operation.path}`;
      const segments = template.split('/');
      const pattern = new RegExp(
        `^${segments.map((s) => (/^\{.*\}$/.test(s) ? '[^/]+' : s.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))).join('/')}$`,
      );
      out.push({
        name: operation.name,
        method: operation.method,
        pattern,
        literals: segments.filter((s) => s !== '' && !/^\{.*\}$/.test(s)).length,
      });
    }
  }
  // Every access service's out-topic connection (a read the kit sends for listeners).
  out.push({
    name: 'getOutTopicConnection',
    method: 'GET',
    pattern: /\/topics\/out-topic-connection\/[^/]+$/,
    literals: 3,
  });
  return out;
}

const OPERATIONS = knownOperations();
const WRITE_NAME =
  /^(create|update|remove|delete|add|set|setup|clear|publish|withdraw|link|unlink|attach|detach|archive)/;

/** The Egeria operation a request is, by method and path (undefined for one of no table above). */
export function operationOf(request: ProxiedRequest): string | undefined {
  const matches = OPERATIONS.filter((o) => o.method === request.method && o.pattern.test(request.path));
  matches.sort((a, b) => b.literals - a.literals);
  return matches[0]?.name;
}

/** The requests a proxy saw, named and split into reads and writes. */
export function classify(requests: readonly ProxiedRequest[]): {
  reads: string[];
  writes: string[];
  unknown: string[];
} {
  const result = { reads: [] as string[], writes: [] as string[], unknown: [] as string[] };
  for (const request of requests) {
    const name = operationOf(request);
    if (name === undefined) result.unknown.push(`${request.method} ${request.path}`);
    else if (WRITE_NAME.test(name)) result.writes.push(name);
    else result.reads.push(name);
  }
  return result;
}

/** The names in a list, counted: `{ createDatabase: 2, ... }`. */
export function counted(names: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const name of names) out[name] = (out[name] ?? 0) + 1;
  return out;
}
