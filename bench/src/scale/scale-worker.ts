/**
 * The scale benchmark's worker, run in a process of its own (with `--expose-gc`):
 * `node --expose-gc -r bench/ts-register.js bench/src/scale/scale-worker.ts <connectors> [<platformURL> <serverName>]`.
 * Starts an IntegrationDaemon with that many trivial connectors (in an in-memory integration
 * service; or, given an emulator's URL, in the Database Integrator service against it), measures the time from `start()`
 * to every connector's first refresh done and the resident memory then (after a GC), stops the
 * daemon and prints `{"result": ...}` on its last line.
 */
import { IntegrationDaemon } from '@egeria-ts/daemon';
import { databaseIntegratorService } from '@egeria-ts/database-integrator';
import {
  InMemoryIntegrationService,
  TRIVIAL_CONNECTOR,
  TRIVIAL_DATABASE_CONNECTOR,
  scaleRegistry,
} from './trivial-service';

/** Where the connectors' contexts come from. */
export type ScaleTarget =
  { readonly kind: 'in-memory' } | { readonly kind: 'emulator'; readonly url: string; readonly serverName: string };

/** What the worker prints. */
export interface ScaleWorkerResult {
  readonly connectors: number;
  readonly target: ScaleTarget['kind'];
  /** From `start()` to the last first refresh, in milliseconds. */
  readonly startToRefreshedMs: number;
  /** When `start()` resolved, in milliseconds after it was called. */
  readonly startResolvedMs: number;
  /** Resident memory before the daemon was built and once every connector had refreshed (bytes, after a GC). */
  readonly rssBeforeBytes: number;
  readonly rssAfterBytes: number;
  /** The V8 heap in use at the same two moments. */
  readonly heapBeforeBytes: number;
  readonly heapAfterBytes: number;
  /** True when `--expose-gc` made the GCs possible. */
  readonly gc: boolean;
}

function collect(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) return false;
  gc();
  gc();
  return true;
}

/** The configuration document: `connectors` trivial connectors in one integration service. */
export function scaleDocument(connectors: number, target: ScaleTarget): Record<string, unknown> {
  const emulator = target.kind === 'emulator';
  return {
    localServerName: 'bench-scale-daemon',
    localServerUserId: 'benchnpa',
    integrationServicesConfig: [
      {
        integrationServiceURLMarker: 'database-integrator',
        omagserverPlatformRootURL: emulator ? target.url : 'http://127.0.0.1:9',
        omagserverName: emulator ? target.serverName : 'bench-mds',
        integrationConnectorConfigs: Array.from({ length: connectors }, (_, i) => ({
          connectorName: `trivial-${i}`,
          connection: {
            class: 'Connection',
            qualifiedName: `trivial-${i}::connection`,
            connectorType: {
              class: 'ConnectorType',
              connectorProviderClassName: emulator ? TRIVIAL_DATABASE_CONNECTOR : TRIVIAL_CONNECTOR,
            },
          },
          ...(emulator ? { metadataSourceQualifiedName: 'bench-scale-database-manager' } : {}),
          refreshTimeInterval: 0,
        })),
      },
    ],
    egeriaTs: { adminApi: { enabled: false } },
  };
}

/** Runs the measurement in this process. */
export async function measureScale(connectors: number, target: ScaleTarget): Promise<ScaleWorkerResult> {
  const document = scaleDocument(connectors, target);
  const gc = collect();
  const before = process.memoryUsage();
  const daemon = new IntegrationDaemon(document, {
    services: {
      'database-integrator': target.kind === 'in-memory' ? new InMemoryIntegrationService() : databaseIntegratorService,
    },
    registry: scaleRegistry,
    auditLogDestinations: [],
    loadModules: false,
    discoverPackages: false,
  });
  let refreshed = 0;
  let failed = '';
  let allRefreshed!: () => void;
  const done = new Promise<void>((resolve) => (allRefreshed = resolve));
  daemon.on('refreshCompleted', () => {
    if (++refreshed === connectors) allRefreshed();
  });
  daemon.on('refreshFailed', (event) => (failed = `${event.connectorName}: ${event.message}`));
  const started = performance.now();
  await daemon.start();
  const startResolvedMs = performance.now() - started;
  const timeout = setTimeout(() => allRefreshed(), 60_000);
  await done;
  const startToRefreshedMs = performance.now() - started;
  clearTimeout(timeout);
  if (refreshed < connectors) throw new Error(`${refreshed} of ${connectors} connectors refreshed; ${failed}`);
  collect();
  const after = process.memoryUsage();
  await daemon.stop();
  return {
    connectors,
    target: target.kind,
    startToRefreshedMs,
    startResolvedMs,
    rssBeforeBytes: before.rss,
    rssAfterBytes: after.rss,
    heapBeforeBytes: before.heapUsed,
    heapAfterBytes: after.heapUsed,
    gc,
  };
}

if (require.main === module) {
  const [count, url, serverName] = process.argv.slice(2);
  const target: ScaleTarget =
    url === undefined || serverName === undefined ? { kind: 'in-memory' } : { kind: 'emulator', url, serverName };
  measureScale(Number(count ?? 500), target).then(
    (result) => process.stdout.write(`${JSON.stringify({ result })}\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
