import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { EventEmitter } from 'node:events';
// core first: it loads reflect-metadata, which tsyringe needs.
import { IllegalStateError, type AuditLogDestination } from '@egeria-ts/core';
import { container as rootContainer } from 'tsyringe';
import { IntegrationDaemon, type IntegrationDaemonState } from '@egeria-ts/daemon';
import { filesIntegratorService } from '@egeria-ts/files-integrator';
import { ExportCatalogConnector, EXPORT_CATALOG_CONNECTOR_DEFINITION } from './export-catalog-connector';
import { EXPORT_CATALOGUER_NAME, buildEmbeddedDaemonConfig } from './export-service-config';
import { EXPORT_STORE_TOKEN, ExportStore, type ExportEntry, type ExportRequest } from './export-store';
import { handleHostRequest } from './host-routes';
import { EXPORT_SERVICE_ERROR_CODE } from './messages';

/** Options of an {@link ExportService}. */
export interface ExportServiceOptions {
  /** The platform root URL of the metadata access server the exports are catalogued in. */
  readonly platformURL: string;
  /** The metadata access server's name. */
  readonly serverName: string;
  /** The address the service's HTTP API listens on (default `127.0.0.1`). */
  readonly host?: string;
  /** The port of the service's HTTP API (default 0: a free one). */
  readonly port?: number;
  /** The folder the exports are written to (default `/srv/export-service/exports`). */
  readonly exportRoot?: string;
  /** The embedded daemon's server name (default `export-service-daemon`). */
  readonly daemonName?: string;
  /** The metadata source that owns the catalogued exports (default `ExportService:<daemonName>`). */
  readonly metadataSourceQualifiedName?: string;
  /** Minutes between the connector's timed refreshes (default 60; 0: at start and on request only). */
  readonly refreshTimeInterval?: number;
  /** Where the daemon's audit log goes (default: JSON lines on standard error). */
  readonly auditLogDestinations?: readonly AuditLogDestination[];
}

/** Something that happened to the service or its embedded daemon, as the host saw it. */
export interface HostLifecycleEvent {
  /** When. */
  readonly time: Date;
  /** The service itself, or its embedded daemon. */
  readonly source: 'host' | 'daemon';
  /** What: `starting`, `started`, `stopping`, `stopped` for the host; the daemon event's name for the daemon. */
  readonly name: string;
  /** Details, such as `ExportCataloguer: REFRESHING -> WAITING`. */
  readonly detail?: string;
}

/** The events of an {@link ExportService}. */
export interface ExportServiceEvents {
  /** Every lifecycle event of the host and of its daemon. */
  lifecycle: [event: HostLifecycleEvent];
}

/** How the connector's first refresh ended. */
export interface FirstRefreshOutcome {
  /** True when it completed. */
  readonly ok: boolean;
  /** Why it failed. */
  readonly message?: string;
}

/** The lifecycle state of an {@link ExportService}. */
export type ExportServiceState = 'created' | 'starting' | 'running' | 'stopping' | 'stopped';

const DAEMON_EVENTS = [
  'daemonStarted',
  'daemonStopping',
  'daemonStopped',
  'connectorStatusChanged',
  'refreshStarted',
  'refreshCompleted',
  'refreshFailed',
  'restartScheduled',
] as const;

/**
 * A small Node service that produces data exports and serves its own HTTP API, with the egeria-ts
 * integration daemon embedded in its process. The daemon is configured in code, runs a connector
 * class of the service's own ({@link ExportCatalogConnector}, registered with
 * `daemon.registerConnector`) and builds it through the service's tsyringe container, which holds
 * the service's {@link ExportStore}: the connector catalogs the store's exports in open metadata.
 * The service follows the daemon's lifecycle events and reports them (`lifecycle` events, `GET /`).
 *
 * ```ts
 * const service = new ExportService({ platformURL: 'https://localhost:9443', serverName: 'mds1' });
 * await service.start();                 // HTTP API and daemon
 * await service.addExport({ name: 'daily_orders', format: 'csv', rows: 1204 }); // catalogued on return
 * await service.stop();
 * ```
 */
export class ExportService extends EventEmitter<ExportServiceEvents> {
  /** The service's exports (the service injected into the connector). */
  readonly store: ExportStore;
  /** The embedded integration daemon. */
  readonly daemon: IntegrationDaemon;
  /** The connector's name in the daemon. */
  readonly connectorName = EXPORT_CATALOGUER_NAME;
  /** Resolves when the connector's first refresh has ended, successfully or not. */
  readonly firstRefresh: Promise<FirstRefreshOutcome>;

  readonly #options: ExportServiceOptions;
  readonly #lifecycle: HostLifecycleEvent[] = [];
  readonly #server: http.Server;
  #state: ExportServiceState = 'created';
  #url?: string;
  #stopping?: Promise<void>;
  #firstRefreshDone: (outcome: FirstRefreshOutcome) => void = () => undefined;

  /**
   * @param options - where the metadata access server is, and the service's own settings
   * @throws DaemonConfigError when the options make an invalid daemon configuration (such as an empty server name)
   */
  constructor(options: ExportServiceOptions) {
    super();
    this.#options = options;
    this.store = new ExportStore(options.exportRoot ?? '/srv/export-service/exports');
    const daemonName = options.daemonName ?? 'export-service-daemon';

    // The host's own services, for the connectors the daemon builds (each in a child container).
    const container = rootContainer.createChildContainer();
    container.registerInstance(EXPORT_STORE_TOKEN, this.store);

    this.daemon = new IntegrationDaemon(
      buildEmbeddedDaemonConfig({
        daemonName,
        platformURL: options.platformURL,
        serverName: options.serverName,
        metadataSourceQualifiedName: options.metadataSourceQualifiedName ?? `ExportService:${daemonName}`,
        refreshTimeInterval: options.refreshTimeInterval ?? 60,
      }),
      {
        services: { 'files-integrator': filesIntegratorService },
        container,
        loadModules: false,
        discoverPackages: false,
        ...(options.auditLogDestinations === undefined ? {} : { auditLogDestinations: options.auditLogDestinations }),
      },
    );
    // The connector class is the service's own: registered in this daemon only.
    this.daemon.registerConnector(ExportCatalogConnector, EXPORT_CATALOG_CONNECTOR_DEFINITION);

    this.firstRefresh = new Promise((resolve) => {
      this.#firstRefreshDone = resolve;
    });
    this.#followDaemon();
    this.#server = http.createServer((req, res) => void handleHostRequest(this, req, res));
  }

  /** The lifecycle state. */
  get state(): ExportServiceState {
    return this.#state;
  }

  /** The base URL of the service's HTTP API (`http://127.0.0.1:PORT`); undefined before start. */
  get url(): string | undefined {
    return this.#url;
  }

  /** The state of the embedded daemon. */
  get daemonState(): IntegrationDaemonState {
    return this.daemon.state;
  }

  /** What has happened to the service and its daemon so far, oldest first. */
  get lifecycle(): readonly HostLifecycleEvent[] {
    return [...this.#lifecycle];
  }

  /**
   * Starts the HTTP API, then the embedded daemon (its connector then refreshes on its own; see
   * {@link ExportService.firstRefresh}).
   * @throws IllegalStateError when the service was started before
   */
  async start(): Promise<void> {
    if (this.#state !== 'created') throw this.#wrongState('start');
    this.#state = 'starting';
    this.#record('host', 'starting');
    try {
      await new Promise<void>((resolve, reject) => {
        this.#server.once('error', reject);
        this.#server.listen(this.#options.port ?? 0, this.#options.host ?? '127.0.0.1', () => {
          this.#server.off('error', reject);
          resolve();
        });
      });
      const address = this.#server.address() as AddressInfo;
      const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      this.#url = `http://${host}:${address.port}`;
      await this.daemon.start();
    } catch (error) {
      await this.stop();
      throw error;
    }
    this.#state = 'running';
    this.#record('host', 'started', this.#url);
  }

  /** Stops the daemon (its connector disconnects), then the HTTP API. Calling it again returns the same promise. */
  stop(): Promise<void> {
    this.#stopping ??= this.#stop();
    return this.#stopping;
  }

  /**
   * Adds an export and has the connector catalog it at once (a refresh on request).
   * @param request - the export
   * @returns the export, with where it is catalogued when the refresh succeeded
   * @throws InvalidParameterException naming the field at fault
   */
  async addExport(request: ExportRequest): Promise<ExportEntry> {
    const entry = this.store.add(request);
    await this.#catalogNow();
    return this.store.get(entry.fileName) ?? entry;
  }

  /**
   * Removes an export and has the connector remove it from the catalog at once.
   * @returns false when there was none with that file name
   */
  async removeExport(fileName: string): Promise<boolean> {
    const removed = this.store.remove(fileName);
    if (removed) await this.#catalogNow();
    return removed;
  }

  async #catalogNow(): Promise<void> {
    if (this.#state === 'running') await this.daemon.refresh(this.connectorName);
  }

  async #stop(): Promise<void> {
    this.#state = 'stopping';
    this.#record('host', 'stopping');
    try {
      await this.daemon.stop();
    } finally {
      this.#server.closeAllConnections();
      if (this.#server.listening) await new Promise<void>((resolve) => this.#server.close(() => resolve()));
      this.#firstRefreshDone({ ok: false, message: 'the service stopped before the first refresh ended' });
      this.#state = 'stopped';
      this.#record('host', 'stopped');
    }
  }

  #followDaemon(): void {
    const daemon = this.daemon;
    for (const name of DAEMON_EVENTS) {
      daemon.on(name, (event: object) => this.#record('daemon', name, describe(event)));
    }
    let first = true;
    daemon.on('refreshCompleted', () => {
      if (first) this.#firstRefreshDone({ ok: true });
      first = false;
    });
    daemon.on('refreshFailed', (event) => {
      if (first) this.#firstRefreshDone({ ok: false, message: event.message });
      first = false;
    });
  }

  #record(source: HostLifecycleEvent['source'], name: string, detail?: string): void {
    const event: HostLifecycleEvent = Object.freeze({
      time: new Date(),
      source,
      name,
      ...(detail === undefined ? {} : { detail }),
    });
    this.#lifecycle.push(event);
    if (this.#lifecycle.length > 1000) this.#lifecycle.shift();
    try {
      this.emit('lifecycle', event);
    } catch {
      // A listener's failure is its own business: the service and its daemon go on.
    }
  }

  #wrongState(operation: string): IllegalStateError {
    return IllegalStateError.fromDefinition(EXPORT_SERVICE_ERROR_CODE.WRONG_STATE, [operation, this.#state], {
      actionDescription: operation,
    });
  }
}

function describe(event: object): string | undefined {
  const e = event as Record<string, unknown>;
  if (typeof e['connectorName'] !== 'string') return undefined;
  if (typeof e['status'] === 'string') return `${e['connectorName']}: ${String(e['previousStatus'])} -> ${e['status']}`;
  if (typeof e['message'] === 'string') return `${e['connectorName']}: ${e['message']}`;
  if (typeof e['elementsWritten'] === 'number')
    return `${e['connectorName']}: ${e['elementsWritten']} element(s) written`;
  return e['connectorName'];
}
