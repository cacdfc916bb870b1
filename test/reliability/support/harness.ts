/**
 * Helpers of the reliability and security tests: the long-test flag, configuration documents for
 * a daemon that runs {@link CatalogSourceConnector}s against a metadata server, an in-process daemon
 * that records its events, waiting, and the check that the catalog holds exactly what a source holds.
 */
import { InMemoryAuditLogDestination, type AuditLogDestination } from '@egeria-ts/core';
import {
  IntegrationDaemon,
  type IntegrationConnectorReport,
  type IntegrationDaemonEvents,
  type IntegrationDaemonOptions,
} from '@egeria-ts/daemon';
import { databaseIntegratorService } from '@egeria-ts/database-integrator';
import type { CatalogQuery, CatalogView } from '@egeria-ts/testing';
import { CATALOG_SOURCE_CONNECTOR, expectedElements, type SourceDatabase } from './catalog-source-connector';

/** The environment variable that turns on the long versions of the tests (`.ci/run` sets it). */
export const LONG_TESTS_FLAG = 'EGERIA_TS_LONG_TESTS';

/** True when the long versions of the tests run. */
export const LONG = process.env[LONG_TESTS_FLAG] === '1';

/** One connector of a {@link daemonDocument}. */
export interface ConnectorSpec {
  /** The connector's name (also its `sourceName` unless the properties say otherwise). */
  readonly name: string;
  /** Configuration properties beside `sourceName`. */
  readonly properties?: Readonly<Record<string, unknown>>;
  /** The metadata source that owns what it creates (default: `<name>-source`; null for none). */
  readonly metadataSourceQualifiedName?: string | null;
  /** Seconds between refreshes (egeriaTs.connectorRefreshIntervalSeconds); default: start and request only. */
  readonly refreshSeconds?: number;
  /** More fields of the connection (secrets, endpoint...). */
  readonly connection?: Readonly<Record<string, unknown>>;
  /** The connector provider class name (default the catalog source connector). */
  readonly className?: string;
  /** More fields of the connector's configuration (`generateIntegrationReports`...). */
  readonly config?: Readonly<Record<string, unknown>>;
}

/** Options of {@link daemonDocument}. */
export interface DaemonDocumentOptions {
  /** The daemon's server name (default `reliability-daemon`). */
  readonly serverName?: string;
  /** The platform the connectors call (an emulator or a fault proxy). */
  readonly platformURL: string;
  /** The metadata server's name. */
  readonly metadataServerName: string;
  /** The connectors. */
  readonly connectors: readonly ConnectorSpec[];
  /** The `egeriaTs` section, merged over fast test defaults. */
  readonly egeriaTs?: Readonly<Record<string, unknown>>;
  /** More top-level fields (localServerPassword...). */
  readonly extra?: Readonly<Record<string, unknown>>;
}

/** The metadata source a connector spec stands for (undefined for none). */
export function metadataSourceOf(spec: ConnectorSpec): string | undefined {
  if (spec.metadataSourceQualifiedName === null) return undefined;
  return spec.metadataSourceQualifiedName ?? `${spec.name}-source`;
}

/** A daemon configuration document (Egeria's shape plus `egeriaTs`) with fast defaults for tests. */
export function daemonDocument(options: DaemonDocumentOptions): Record<string, unknown> {
  const intervals: Record<string, number> = {};
  for (const c of options.connectors) if (c.refreshSeconds !== undefined) intervals[c.name] = c.refreshSeconds;
  const given = options.egeriaTs ?? {};
  return {
    localServerName: options.serverName ?? 'reliability-daemon',
    localServerUserId: 'reliability-npa',
    ...options.extra,
    integrationServicesConfig: [
      {
        integrationServiceURLMarker: 'database-integrator',
        omagserverPlatformRootURL: options.platformURL,
        omagserverName: options.metadataServerName,
        integrationConnectorConfigs: options.connectors.map((c) => {
          const source = metadataSourceOf(c);
          return {
            connectorName: c.name,
            connection: {
              class: 'Connection',
              qualifiedName: `${c.name}:Connection`,
              connectorType: {
                class: 'ConnectorType',
                connectorProviderClassName: c.className ?? CATALOG_SOURCE_CONNECTOR,
              },
              configurationProperties: { sourceName: c.name, ...c.properties },
              ...c.connection,
            },
            refreshTimeInterval: 0,
            ...(source === undefined ? {} : { metadataSourceQualifiedName: source }),
            ...c.config,
          };
        }),
      },
    ],
    egeriaTs: {
      adminApi: { enabled: false },
      restartPolicy: { initialDelaySeconds: 0.05, maxDelaySeconds: 0.5, multiplier: 2 },
      refreshTimeoutSeconds: 10,
      shutdownTimeoutSeconds: 2,
      ...given,
      connectorRefreshIntervalSeconds: {
        ...intervals,
        ...((given['connectorRefreshIntervalSeconds'] as Record<string, number> | undefined) ?? {}),
      },
    },
  };
}

/** One event the daemon emitted, with when it was received. */
export interface RecordedEvent {
  readonly name: keyof IntegrationDaemonEvents;
  readonly event: Readonly<Record<string, unknown>>;
  readonly at: number;
}

/** An in-process daemon with what it wrote and emitted. */
export interface RecordedDaemon {
  readonly daemon: IntegrationDaemon;
  readonly audit: InMemoryAuditLogDestination;
  readonly events: RecordedEvent[];
  /** The connector's report, or undefined for an unknown name. */
  report(connectorName: string): IntegrationConnectorReport | undefined;
  /** The events of one name about one connector (all connectors when undefined). */
  eventsOf(name: keyof IntegrationDaemonEvents, connectorName?: string, since?: number): RecordedEvent[];
}

const EVENT_NAMES: readonly (keyof IntegrationDaemonEvents)[] = [
  'daemonStarted',
  'daemonStopping',
  'daemonStopped',
  'connectorStatusChanged',
  'refreshStarted',
  'refreshCompleted',
  'refreshFailed',
  'restartScheduled',
  'unhandledRejection',
];

/**
 * Builds (does not start) a daemon over the real Database Integrator service, recording its events
 * and audit log. The connector modules are not loaded from the document: the test has imported them.
 */
export function createRecordedDaemon(
  document: Record<string, unknown>,
  options: Partial<IntegrationDaemonOptions> & { readonly extraDestinations?: readonly AuditLogDestination[] } = {},
): RecordedDaemon {
  const audit = new InMemoryAuditLogDestination();
  const { extraDestinations, ...daemonOptions } = options;
  const daemon = new IntegrationDaemon(document, {
    services: { 'database-integrator': databaseIntegratorService },
    auditLogDestinations: [audit, ...(extraDestinations ?? [])],
    loadModules: false,
    discoverPackages: false,
    ...daemonOptions,
  });
  const events: RecordedEvent[] = [];
  for (const name of EVENT_NAMES) {
    daemon.on(name, (event: unknown) => events.push({ name, event: event as Record<string, unknown>, at: Date.now() }));
  }
  return {
    daemon,
    audit,
    events,
    report: (connectorName) =>
      daemon.status().integrationConnectorReports?.find((r) => r.connectorName === connectorName),
    eventsOf: (name, connectorName, since = 0) =>
      events.filter(
        (e) =>
          e.name === name &&
          e.at >= since &&
          (connectorName === undefined || e.event['connectorName'] === connectorName),
      ),
  };
}

/** Waits `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits until `condition` holds, checking every 20 ms; fails after `timeoutMs`, saying what it waited for. */
export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const start = Date.now();
  while (!(await condition())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(20);
  }
}

/** What the catalog holds for one source: qualified name → how many elements have it, and their types. */
export function catalogOfSource(view: CatalogView, sourceName: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const element of view.elements) {
    const qualifiedName = element.qualifiedName;
    if (qualifiedName === undefined || !qualifiedName.startsWith(`${sourceName}::`)) continue;
    out.set(qualifiedName, [...(out.get(qualifiedName) ?? []), element.typeName]);
  }
  return out;
}

/**
 * Checks that the catalog holds exactly what the source holds: every expected element once, of its
 * type, owned by the metadata source when one is given, and nothing else under the source's prefix.
 */
export async function expectCatalogHoldsSource(
  catalog: CatalogQuery,
  sourceName: string,
  source: readonly SourceDatabase[],
  metadataSourceQualifiedName?: string,
): Promise<void> {
  const view = await catalog.readCatalog({ withProperties: false });
  const held = catalogOfSource(view, sourceName);
  const expected = expectedElements(sourceName, source);
  const duplicates = [...held].filter(([, types]) => types.length > 1).map(([qn]) => qn);
  expect({ sourceName, duplicates }).toEqual({ sourceName, duplicates: [] });
  expect([...held.keys()].sort()).toEqual(expected.map((e) => e.qualifiedName).sort());
  for (const e of expected)
    expect([e.qualifiedName, held.get(e.qualifiedName)]).toEqual([e.qualifiedName, [e.typeName]]);
  if (metadataSourceQualifiedName !== undefined) {
    const owners = new Set(
      view.elements
        .filter((e) => e.qualifiedName?.startsWith(`${sourceName}::`) === true)
        .map((e) => e.metadataSourceQualifiedName),
    );
    expect([...owners]).toEqual([metadataSourceQualifiedName]);
  }
}
