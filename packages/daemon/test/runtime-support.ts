// Test doubles for the daemon runtime tests: a fake integration service built on core's
// IntegrationContext (no HTTP), a scripted connector whose behaviour each test sets per connector
// name through a host service injected by tsyringe, and helpers to build configurations and wait.
import { EventEmitter } from 'node:events';
import { container as rootContainer, inject, injectable, type DependencyContainer } from 'tsyringe';
import {
  CONNECTOR_NAME_TOKEN,
  ConnectorRegistry,
  InMemoryAuditLogDestination,
  IntegrationConnector,
  IntegrationContext,
  PropertyServerException,
  getIntegrationService,
  integrationConnector,
  type AuditLogRecord,
  type CreateIntegrationContextRequest,
  type IntegrationService,
  type IntegrationServiceDescription,
  type IntegrationServiceURLMarker,
} from '@egeria-ts/core';
import {
  IntegrationDaemon,
  type DaemonTimerHandle,
  type DaemonTimers,
  type IntegrationDaemonEvents,
  type IntegrationDaemonOptions,
  type ProcessEvents,
} from '@egeria-ts/daemon';

/** What a scripted connector does, per connector name. */
export interface Script {
  start?: (call: ScriptCall) => Promise<void> | void;
  refresh?: (call: ScriptCall) => Promise<void> | void;
  engage?: (call: ScriptCall) => Promise<void> | void;
}

/** What a script step gets. */
export interface ScriptCall {
  readonly signal: AbortSignal;
  readonly connector: ScriptedConnector;
  /** 1 for the first call of this kind on this connector name (counted across instances). */
  readonly count: number;
}

/** What happened to the connectors of one name. */
export class ConnectorProbe {
  instances = 0;
  starts = 0;
  refreshes = 0;
  completedRefreshes = 0;
  engages = 0;
  disconnects = 0;
  active = 0;
  maxActive = 0;
  refreshStartTimes: number[] = [];
  signals: AbortSignal[] = [];
}

/** The host service the scripted connectors get injected: scripts and probes by connector name. */
export class ScriptBook {
  readonly scripts = new Map<string, Script>();
  readonly probes = new Map<string, ConnectorProbe>();

  set(name: string, script: Script): this {
    this.scripts.set(name, script);
    return this;
  }

  probe(name: string): ConnectorProbe {
    let probe = this.probes.get(name);
    if (probe === undefined) {
      probe = new ConnectorProbe();
      this.probes.set(name, probe);
    }
    return probe;
  }
}

/** The DI token of the script book. */
export const SCRIPT_BOOK = Symbol('test:ScriptBook');

/** Where the test connector classes are registered (not the process-wide default registry). */
export const testRegistry = new ConnectorRegistry();

/** Java-style alias of the scripted connector, as an Egeria document would name it. */
export const SCRIPTED_ALIAS = 'org.example.integration.ScriptedIntegrationConnectorProvider';

@injectable()
@integrationConnector(
  {
    name: 'test:scripted',
    aliases: [SCRIPTED_ALIAS],
    description: 'A connector whose behaviour the test decides.',
  },
  testRegistry,
)
export class ScriptedConnector extends IntegrationConnector {
  readonly probe: ConnectorProbe;
  readonly script: Script;

  constructor(@inject(SCRIPT_BOOK) book: ScriptBook, @inject(CONNECTOR_NAME_TOKEN) name: string) {
    super();
    this.probe = book.probe(name);
    this.script = book.scripts.get(name) ?? {};
    this.probe.instances += 1;
  }

  override async start(): Promise<void> {
    await super.start();
    this.probe.starts += 1;
    await this.script.start?.({ signal: new AbortController().signal, connector: this, count: this.probe.starts });
  }

  async refresh(signal: AbortSignal): Promise<void> {
    const probe = this.probe;
    probe.refreshes += 1;
    probe.refreshStartTimes.push(Date.now());
    probe.signals.push(signal);
    probe.active += 1;
    probe.maxActive = Math.max(probe.maxActive, probe.active);
    try {
      await this.script.refresh?.({ signal, connector: this, count: probe.refreshes });
      probe.completedRefreshes += 1;
    } finally {
      probe.active -= 1;
    }
  }

  override async engage(signal: AbortSignal): Promise<void> {
    this.probe.engages += 1;
    this.probe.signals.push(signal);
    if (this.script.engage) await this.script.engage({ signal, connector: this, count: this.probe.engages });
    else await new Promise((resolve) => setTimeout(resolve, 5));
  }

  override async disconnect(): Promise<void> {
    this.probe.disconnects += 1;
    await super.disconnect();
  }

  /** A write through the context's one guard, to show the context refuses writes. */
  tryWrite(): void {
    this.context.guardWrite('testWrite');
  }
}

/** A fake integration service: contexts are plain IntegrationContexts; it can be made unreachable. */
export class FakeIntegrationService implements IntegrationService {
  readonly description: IntegrationServiceDescription;
  reachable = true;
  createCalls = 0;
  closed = false;
  readonly requests: CreateIntegrationContextRequest[] = [];

  constructor(marker: IntegrationServiceURLMarker = 'database-integrator') {
    const description = getIntegrationService(marker);
    if (description === undefined) throw new Error(`unknown marker ${marker}`);
    this.description = description;
  }

  supportsConnector(connector: IntegrationConnector): boolean {
    return connector instanceof IntegrationConnector;
  }

  async createContext(request: CreateIntegrationContextRequest): Promise<IntegrationContext> {
    this.createCalls += 1;
    this.requests.push(request);
    if (!this.reachable) {
      throw new PropertyServerException(`metadata access server ${request.partner.serverName} is not reachable`, {
        messageId: 'TEST-503',
      });
    }
    return new IntegrationContext({ ...request.context });
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}

/** One connector in {@link daemonDocument}. */
export interface TestConnector {
  name: string;
  className?: string;
  refreshSeconds?: number;
  refreshTimeInterval?: number | string;
  usesBlockingCalls?: boolean;
  configurationProperties?: Record<string, unknown>;
  endpoint?: string;
  marker?: IntegrationServiceURLMarker;
}

/** A configuration document with fast defaults for tests. */
export function daemonDocument(
  connectors: TestConnector[],
  egeriaTs: Record<string, unknown> = {},
  serverName = 'test-daemon',
): Record<string, unknown> {
  const markers = [...new Set(connectors.map((c) => c.marker ?? 'database-integrator'))];
  const intervals: Record<string, number> = {};
  for (const c of connectors) if (c.refreshSeconds !== undefined) intervals[c.name] = c.refreshSeconds;
  return {
    localServerName: serverName,
    localServerUserId: 'daemon-npa',
    integrationServicesConfig: markers.map((marker) => ({
      integrationServiceURLMarker: marker,
      omagserverPlatformRootURL: 'http://127.0.0.1:9443',
      omagserverName: 'mds1',
      integrationConnectorConfigs: connectors
        .filter((c) => (c.marker ?? 'database-integrator') === marker)
        .map((c) => ({
          connectorName: c.name,
          connection: {
            class: 'Connection',
            qualifiedName: `${c.name}Connection`,
            connectorType: { class: 'ConnectorType', connectorProviderClassName: c.className ?? 'test:scripted' },
            ...(c.endpoint === undefined ? {} : { endpoint: { class: 'Endpoint', address: c.endpoint } }),
            ...(c.configurationProperties === undefined ? {} : { configurationProperties: c.configurationProperties }),
          },
          ...(c.refreshTimeInterval === undefined ? {} : { refreshTimeInterval: c.refreshTimeInterval }),
          ...(c.usesBlockingCalls === undefined ? {} : { usesBlockingCalls: c.usesBlockingCalls }),
        })),
    })),
    egeriaTs: {
      adminApi: { enabled: false },
      connectorRefreshIntervalSeconds: intervals,
      restartPolicy: { initialDelaySeconds: 0.05, maxDelaySeconds: 0.2, multiplier: 2 },
      refreshTimeoutSeconds: 5,
      shutdownTimeoutSeconds: 2,
      ...egeriaTs,
    },
  };
}

/** A started-daemon fixture: the daemon, its script book, service, audit records and events. */
export interface TestDaemon {
  daemon: IntegrationDaemon;
  book: ScriptBook;
  service: FakeIntegrationService;
  container: DependencyContainer;
  audit: InMemoryAuditLogDestination;
  events: { name: keyof IntegrationDaemonEvents; event: Record<string, unknown> }[];
  processEvents: EventEmitter;
}

/** Builds a daemon over a fresh container, script book and fake service, recording its events. */
export function createTestDaemon(
  document: Record<string, unknown>,
  book: ScriptBook = new ScriptBook(),
  options: Partial<IntegrationDaemonOptions> = {},
): TestDaemon {
  const container = options.container ?? rootContainer.createChildContainer();
  container.register(SCRIPT_BOOK, { useValue: book });
  const service = new FakeIntegrationService();
  const audit = new InMemoryAuditLogDestination();
  const processEvents = new EventEmitter();
  const daemon = new IntegrationDaemon(document, {
    services: { 'database-integrator': service },
    registry: testRegistry,
    container,
    auditLogDestinations: [audit],
    loadModules: false,
    discoverPackages: false,
    engagePauseMs: 5,
    process: processEvents as unknown as ProcessEvents,
    ...options,
  });
  const events: TestDaemon['events'] = [];
  const names: (keyof IntegrationDaemonEvents)[] = [
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
  for (const name of names) {
    daemon.on(name, (event: unknown) => events.push({ name, event: event as Record<string, unknown> }));
  }
  return { daemon, book, service, container, audit, events, processEvents };
}

/** Status changes of one connector, in order. */
export function statusesOf(events: TestDaemon['events'], connectorName: string): string[] {
  return events
    .filter((e) => e.name === 'connectorStatusChanged' && e.event['connectorName'] === connectorName)
    .map((e) => String(e.event['status']));
}

/** Message ids logged about one connector (or the daemon, with undefined), in order. */
export function messageIds(records: readonly AuditLogRecord[], connectorName?: string): string[] {
  return records
    .filter((r) => (connectorName === undefined ? r.components.length === 1 : r.component === connectorName))
    .map((r) => r.messageId);
}

/** Waits until `condition` holds, checking every 5 ms; fails after `timeoutMs`. */
export async function waitFor(condition: () => boolean, timeoutMs = 3000, what = 'condition'): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(5);
  }
}

/** Waits `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resolves when the signal fires (never rejects). */
export function aborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

/** Virtual time for the daemon: timers fire only when the test advances the clock. */
export class ManualTimers implements DaemonTimers {
  #now = Date.UTC(2026, 0, 1);
  #next = 1;
  readonly #queue = new Map<number, { at: number; callback: () => void }>();

  now(): number {
    return this.#now;
  }

  setTimeout(callback: () => void, ms: number): DaemonTimerHandle {
    const id = this.#next++;
    this.#queue.set(id, { at: this.#now + Math.max(0, ms), callback });
    return id;
  }

  clearTimeout(handle: DaemonTimerHandle): void {
    this.#queue.delete(handle as number);
  }

  random(): number {
    return 0.5;
  }

  /** Moves the clock forward, firing due timers in order and letting promises settle after each. */
  async advance(ms: number): Promise<void> {
    const target = this.#now + ms;
    await settle();
    for (;;) {
      let due: [number, { at: number; callback: () => void }] | undefined;
      for (const entry of this.#queue)
        if (entry[1].at <= target && (due === undefined || entry[1].at < due[1].at)) due = entry;
      if (due === undefined) break;
      this.#queue.delete(due[0]);
      this.#now = due[1].at;
      due[1].callback();
      await settle();
    }
    this.#now = target;
    await settle();
  }
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
}
