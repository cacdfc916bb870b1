import { randomUUID } from 'node:crypto';
import {
  AuditLogger,
  ConnectorState,
  IllegalStateError,
  InMemoryAuditLogDestination,
  InvalidParameterException,
  getConnectorDefinition,
  isIntegrationConnectorDefinition,
  resolveSecretReferences,
  validateConfigurationProperties,
  type AuditLogRecord,
  type Connection,
  type ConnectorClass,
  type Endpoint,
  type IntegrationConnector,
  type IntegrationContext,
  type IntegrationReport,
  type IntegrationService,
  type PartnerServerOptions,
} from '@egeria-ts/core';
import { stopBeforeClose } from '../emulator/test-emulator';
import { startedEmulatorOf } from '../emulator/use-test-emulator';
import { TESTING_ERROR_CODE } from '../testing-messages';
import type { ConnectorRun, RefreshOptions } from './connector-run';
import { findIntegrationService } from './known-services';
import type { RunConnectorOptions } from './run-connector-options';

const FUNCTION = 'runConnector';

function invalid(option: string, problem: string): InvalidParameterException {
  return InvalidParameterException.fromDefinition(TESTING_ERROR_CODE.INVALID_OPTION, [option, FUNCTION, problem], {
    exceptionProperties: { parameterName: option },
  });
}

function optionalText(value: unknown, option: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') throw invalid(option, 'a non-empty string is needed');
  return value;
}

function optionalCount(value: unknown, option: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw invalid(option, `a whole number of at least ${min} is needed`);
  }
  return value;
}

/** Users of each integration service, so that its sockets are closed when the last run stops. */
const serviceUsers = new Map<IntegrationService, number>();

async function releaseService(service: IntegrationService, close: boolean): Promise<void> {
  const left = (serviceUsers.get(service) ?? 1) - 1;
  if (left > 0) {
    serviceUsers.set(service, left);
    return;
  }
  serviceUsers.delete(service);
  if (close) await service.close?.();
}

function buildConnection(options: RunConnectorOptions, providerName: string, connectorName: string): Connection {
  const endpoint: Endpoint | undefined =
    typeof options.endpoint === 'string' ? { class: 'Endpoint', address: options.endpoint } : options.endpoint;
  return {
    class: 'Connection',
    qualifiedName: `${connectorName}:Connection`,
    displayName: connectorName,
    connectorType: { class: 'ConnectorType', connectorProviderClassName: providerName },
    ...(endpoint === undefined ? {} : { endpoint }),
    ...(options.userId === undefined ? {} : { userId: options.userId }),
    ...(options.clearPassword === undefined ? {} : { clearPassword: options.clearPassword }),
    ...(options.securedProperties === undefined ? {} : { securedProperties: { ...options.securedProperties } }),
    ...(options.configurationProperties === undefined
      ? {}
      : { configurationProperties: { ...options.configurationProperties } }),
    ...(options.connection ?? {}),
  };
}

function partnerOf(options: RunConnectorOptions): PartnerServerOptions & { readonly localServerUserId: string } {
  const platformRootURL = optionalText(options.platformURL, 'platformURL') ?? options.emulator?.url;
  const serverName = optionalText(options.serverName, 'serverName') ?? options.emulator?.serverName;
  if (platformRootURL === undefined) throw invalid('platformURL', 'give an emulator or a platform URL');
  if (serverName === undefined) throw invalid('serverName', 'give an emulator or a server name');
  return {
    platformRootURL,
    serverName,
    localServerUserId: optionalText(options.localServerUserId, 'localServerUserId') ?? 'integration-daemon',
    ...(options.localServerPassword === undefined ? {} : { localServerPassword: options.localServerPassword }),
    ...(options.requestTimeoutMs === undefined
      ? {}
      : { requestTimeoutMs: optionalCount(options.requestTimeoutMs, 'requestTimeoutMs', 1) }),
  };
}

/** Keeps the context's activity report just before the end of a refresh publishes it (and starts a new one). */
function captureReports(context: IntegrationContext, keep: (report: IntegrationReport) => void): void {
  const publish = context.publishReport;
  Object.defineProperty(context, 'publishReport', {
    configurable: true,
    writable: true,
    value: function publishReport(this: IntegrationContext) {
      keep(context.getCurrentReport());
      return publish.call(context);
    },
  });
}

class RunningConnector<T extends IntegrationConnector> implements ConnectorRun<T> {
  readonly #reports: IntegrationReport[] = [];
  #lastReport?: IntegrationReport;
  #stopping?: Promise<void>;
  #unregister: () => void = () => undefined;

  constructor(
    readonly connector: T,
    readonly context: T['context'],
    readonly connection: Readonly<Connection>,
    readonly service: IntegrationService,
    readonly connectorName: string,
    readonly auditLog: InMemoryAuditLogDestination,
    private readonly refreshTimeoutMs: number | undefined,
    private readonly closeService: boolean,
  ) {
    captureReports(context, (report) => {
      this.#lastReport = report;
    });
  }

  get auditRecords(): readonly AuditLogRecord[] {
    return this.auditLog.records;
  }

  get activityReports(): readonly IntegrationReport[] {
    return this.#reports;
  }

  get running(): boolean {
    return this.#stopping === undefined;
  }

  set unregister(fn: () => void) {
    this.#unregister = fn;
  }

  async refresh(options: RefreshOptions = {}): Promise<IntegrationReport> {
    if (this.#stopping !== undefined) {
      throw IllegalStateError.fromDefinition(TESTING_ERROR_CODE.RUN_STOPPED, [this.connectorName, 'refresh']);
    }
    const timeoutMs = options.timeoutMs ?? this.refreshTimeoutMs;
    if (timeoutMs !== undefined) optionalCount(timeoutMs, 'timeoutMs', 1);
    const controller = new AbortController();
    const onAbort = (): void => controller.abort(options.signal?.reason);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    if (options.signal?.aborted) onAbort();
    const timer =
      timeoutMs === undefined
        ? undefined
        : setTimeout(
            () => controller.abort(new Error(`refresh of ${this.connectorName} timed out after ${timeoutMs} ms`)),
            timeoutMs,
          );
    this.#lastReport = undefined;
    try {
      await this.connector.runRefresh(controller.signal);
    } finally {
      if (timer !== undefined) clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
    }
    const report = this.#lastReport ?? this.context.getCurrentReport();
    this.#reports.push(report);
    return report;
  }

  stop(): Promise<void> {
    this.#stopping ??= (async () => {
      this.#unregister();
      try {
        if (this.connector.connectorState !== ConnectorState.DISCONNECTED) await this.connector.runDisconnect();
      } finally {
        await this.context.disconnect().catch(() => undefined);
        await releaseService(this.service, this.closeService);
      }
    })();
    return this.#stopping;
  }
}

/**
 * Runs a connector class through its whole lifecycle against a metadata server (normally a test
 * emulator), in the daemon's order: builds its Connection (configuration properties, endpoint,
 * credentials), creates and initializes it, finds its integration service, has the service build
 * its context (metadata source, permitted synchronization), gives it an audit log that the test can
 * read, its context and its name, starts it and runs `refreshes` refreshes. Stop the run with
 * {@link ConnectorRun.stop} (a test emulator stops its runs when it closes).
 * @example
 * ```ts
 * const run = await runConnector(MyDatabaseConnector, {
 *   emulator,
 *   configurationProperties: { includeSchemas: ['sales'] },
 *   metadataSourceQualifiedName: 'sales-db-server',
 * });
 * expect(run.activityReports[0].createCounts).toEqual({ Database: 1 });
 * await run.stop();
 * ```
 * @param ConnectorClass - the connector class
 * @param options - where, how configured, how many refreshes
 * @throws InvalidParameterException for a bad option, a configuration property of the wrong type,
 *   or a connector that no known integration service runs
 * @throws whatever the connector's `initialize`, `start` or first refreshes throw (the run is then
 *   stopped)
 */
export async function runConnector<T extends IntegrationConnector>(
  ConnectorClass: ConnectorClass<T>,
  options: RunConnectorOptions<T>,
): Promise<ConnectorRun<T>> {
  if (typeof ConnectorClass !== 'function') throw invalid('ConnectorClass', 'a connector class is needed');
  if (typeof options !== 'object' || options === null) throw invalid('options', 'an options object is needed');
  if (options.create !== undefined && typeof options.create !== 'function') {
    throw invalid('create', 'a function that returns the connector is needed');
  }
  const partner = partnerOf(options);
  const refreshes = optionalCount(options.refreshes, 'refreshes', 0) ?? 1;
  const refreshTimeoutMs = optionalCount(options.refreshTimeoutMs, 'refreshTimeoutMs', 1);
  const definition = getConnectorDefinition(ConnectorClass);
  const connectorName = optionalText(options.connectorName, 'connectorName') ?? definition?.name ?? ConnectorClass.name;
  const connectorId = optionalText(options.connectorId, 'connectorId') ?? randomUUID();
  const connectorUserId = optionalText(options.connectorUserId, 'connectorUserId') ?? partner.localServerUserId;
  const metadataSourceQualifiedName = optionalText(options.metadataSourceQualifiedName, 'metadataSourceQualifiedName');

  const connection = await resolveSecretReferences(
    buildConnection(options, definition?.name ?? ConnectorClass.name, connectorName),
  );
  if (definition !== undefined) {
    validateConfigurationProperties(
      definition,
      connection.configurationProperties,
      `${definition.name}.configurationProperties`,
    );
  }

  const connector = options.create === undefined ? new ConnectorClass() : options.create();
  if (typeof connector !== 'object' || connector === null || typeof connector.runRefresh !== 'function') {
    throw invalid('create', 'it did not return an integration connector');
  }
  await connector.initialize(randomUUID(), connection);
  if (connector.connectorState !== ConnectorState.INITIALIZED) {
    throw IllegalStateError.fromDefinition(TESTING_ERROR_CODE.NOT_INITIALIZED, [
      connectorName,
      connector.connectorState,
    ]);
  }

  const marker = isIntegrationConnectorDefinition(definition) ? definition.serviceURLMarker : undefined;
  const service = options.service ?? findIntegrationService(marker, connector);
  if (service === undefined) {
    throw InvalidParameterException.fromDefinition(
      TESTING_ERROR_CODE.NO_INTEGRATION_SERVICE,
      [ConnectorClass.name, marker ?? 'none'],
      { exceptionProperties: { parameterName: 'service' } },
    );
  }
  if (!service.supportsConnector(connector)) {
    throw InvalidParameterException.fromDefinition(
      TESTING_ERROR_CODE.CONNECTOR_NOT_SUPPORTED,
      [ConnectorClass.name, service.description.fullName],
      { exceptionProperties: { parameterName: 'service' } },
    );
  }

  const memory = new InMemoryAuditLogDestination();
  const rootLog = new AuditLogger({
    component: `TestIntegrationDaemon:${partner.serverName}`,
    destinations: [memory, ...(options.auditLogDestinations ?? [])],
  });
  const connectorLog = rootLog.createChild(connectorName);

  serviceUsers.set(service, (serviceUsers.get(service) ?? 0) + 1);
  const closeService = options.closeServiceOnStop ?? true;
  let context: IntegrationContext;
  try {
    context = await service.createContext({
      context: {
        userId: connectorUserId,
        connectorId,
        connectorName,
        ...(metadataSourceQualifiedName === undefined ? {} : { metadataSourceQualifiedName }),
        ...(options.permittedSynchronization === undefined
          ? {}
          : { permittedSynchronization: options.permittedSynchronization }),
        ...(options.deleteMethod === undefined ? {} : { deleteMethod: options.deleteMethod }),
        generateIntegrationReport: options.generateIntegrationReport ?? false,
        auditLog: connectorLog,
        serverName: `TestIntegrationDaemon:${partner.serverName}`,
      },
      partner,
      ...(options.serviceOptions === undefined ? {} : { serviceOptions: options.serviceOptions }),
    });
  } catch (error) {
    await connector.runDisconnect().catch(() => undefined);
    await releaseService(service, closeService);
    throw error;
  }

  const run = new RunningConnector<T>(
    connector,
    context as T['context'],
    connector.connection,
    service,
    connectorName,
    memory,
    refreshTimeoutMs,
    closeService,
  );
  const target = options.emulator === undefined ? undefined : startedEmulatorOf(options.emulator);
  if (target !== undefined) run.unregister = stopBeforeClose(target, () => run.stop());
  try {
    connector.setAuditLog(connectorLog);
    connector.setContext(context as T['context']);
    connector.setConnectorName(connectorName);
    await connector.runStart();
    for (let i = 0; i < refreshes; i++) await run.refresh();
  } catch (error) {
    await run.stop().catch(() => undefined);
    throw error;
  }
  return run;
}
