/**
 * An integration context built by an integration service against a test metadata server, with an
 * in-memory audit log: what a test of a connector's context needs, without the whole daemon.
 */
import {
  AuditLogger,
  ConnectorState,
  InMemoryAuditLogDestination,
  InvalidParameterException,
  type Connection,
  type IntegrationConnector,
  type IntegrationContext,
  type IntegrationContextOptions,
  type IntegrationService,
  type PermittedSynchronization,
} from '@egeria-ts/core';
import { TESTING_ERROR_CODE } from '../testing-messages';

/** Where a metadata server is: a test emulator, or anything with its URL and server name. */
export interface TestMetadataServer {
  /** The platform root URL. */
  readonly url: string;
  /** The metadata server's name. */
  readonly serverName: string;
}

/**
 * Options of {@link createTestContext}. Say where the metadata server is with `emulator`, or with
 * `platformURL` (such as a fault proxy's URL) and `serverName`.
 * @typeParam C - the integration service's context type
 */
export interface TestContextOptions<C extends IntegrationContext = IntegrationContext> {
  /** The metadata server (a test emulator or a running emulator): its URL and server name. */
  readonly emulator?: TestMetadataServer;
  /** The platform root URL to send requests to (default: the emulator's). */
  readonly platformURL?: string;
  /** The metadata server's name (default: the emulator's). */
  readonly serverName?: string;
  /** The connector's name (default `test-connector`); also the audit log component. */
  readonly connectorName?: string;
  /** The connector's id (default: the connector's name). */
  readonly connectorId?: string;
  /** The user id the context works as (default `connectorUser`). */
  readonly userId?: string;
  /** The integration daemon's user id, which sets the metadata source up (default `integration-daemon`). */
  readonly localServerUserId?: string;
  /** Which way metadata may move (default: the integration service's default). */
  readonly permittedSynchronization?: PermittedSynchronization;
  /** The metadata source that owns what the context creates; none means local-cohort provenance. */
  readonly metadataSourceQualifiedName?: string;
  /** More settings of the context (such as `generateIntegrationReport` or `deleteMethod`). */
  readonly settings?: Readonly<
    Partial<
      Omit<
        IntegrationContextOptions,
        'auditLog' | 'metadataSourceGUID' | 'catalogTargetStore' | 'integrationReportPublisher'
      >
    >
  >;
  /** The integration service's options (`integrationServiceOptions`). */
  readonly serviceOptions?: Readonly<Record<string, unknown>>;
  /**
   * A connector to run with the context: the kit initializes it with {@link TestContextOptions.connection}
   * (unless it is initialized already), gives it the audit log, the context and its name, and starts it.
   */
  readonly connector?: IntegrationConnector<C>;
  /** The connection to initialize the connector with (default: a minimal one named after the connector). */
  readonly connection?: Connection;
}

/** A context built by {@link createTestContext}. Close it in `afterEach` or `afterAll`. */
export interface TestContext<C extends IntegrationContext = IntegrationContext> {
  /** The context the integration service built. */
  readonly context: C;
  /** The audit log given to the context (and the connector). */
  readonly auditLog: AuditLogger;
  /** The in-memory destination that receives every audit log record. */
  readonly auditRecords: InMemoryAuditLogDestination;
  /**
   * Disconnects the connector (when one was given and it is still running), then the context.
   * Calling it again does nothing.
   */
  close(): Promise<void>;
}

function invalid(option: string, problem: string): InvalidParameterException {
  return InvalidParameterException.fromDefinition(
    TESTING_ERROR_CODE.INVALID_OPTION,
    [option, 'createTestContext', problem],
    { exceptionProperties: { parameterName: option } },
  );
}

function text(value: unknown, option: string, fallback: string | undefined): string | undefined {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || value.trim() === '') throw invalid(option, 'a non-empty string is needed');
  return value;
}

/**
 * Builds an integration context through an integration service, against a test emulator (or a fault
 * proxy in front of one), with an in-memory audit log; optionally runs a connector with it.
 * @example
 * ```ts
 * const proxy = await startFaultProxy({ target: emulator.url });
 * const { context, auditRecords, close } = await createTestContext(databaseIntegratorService, {
 *   platformURL: proxy.url,
 *   serverName: emulator.serverName,
 *   permittedSynchronization: PermittedSynchronization.TO_THIRD_PARTY,
 * });
 * ```
 * @param service - the integration service that builds the context, such as `databaseIntegratorService`
 * @param options - where the metadata server is, the connector's identity and settings
 * @returns the context, its audit log, and `close`
 */
export async function createTestContext<C extends IntegrationContext>(
  service: IntegrationService<C>,
  options: TestContextOptions<C>,
): Promise<TestContext<C>> {
  if (typeof service !== 'object' || service === null || typeof service.createContext !== 'function') {
    throw invalid('service', 'an integration service is needed');
  }
  if (typeof options !== 'object' || options === null) throw invalid('options', 'an options object is needed');
  const platformRootURL = text(options.platformURL, 'platformURL', options.emulator?.url);
  const serverName = text(options.serverName, 'serverName', options.emulator?.serverName);
  if (platformRootURL === undefined) throw invalid('platformURL', 'give an emulator or a platform URL');
  if (serverName === undefined) throw invalid('serverName', 'give an emulator or a server name');
  const connectorName = text(options.connectorName, 'connectorName', 'test-connector') as string;
  const connectorId = text(options.connectorId, 'connectorId', connectorName) as string;
  const connector = options.connector;
  if (connector !== undefined && !service.supportsConnector(connector)) {
    throw InvalidParameterException.fromDefinition(
      TESTING_ERROR_CODE.CONNECTOR_NOT_SUPPORTED,
      [connector.constructor.name, service.description.fullName],
      { exceptionProperties: { parameterName: 'connector' } },
    );
  }

  const auditRecords = new InMemoryAuditLogDestination();
  const auditLog = new AuditLogger({ component: connectorName, destinations: [auditRecords] });
  if (connector !== undefined && connector.connectorState === ConnectorState.CREATED) {
    await connector.initialize(
      `${connectorId}-instance`,
      options.connection ?? { class: 'Connection', qualifiedName: connectorName },
    );
  }
  const context = await service.createContext({
    context: {
      ...options.settings,
      userId: text(options.userId, 'userId', options.settings?.userId ?? 'connectorUser') as string,
      connectorId,
      connectorName,
      auditLog,
      ...(options.metadataSourceQualifiedName === undefined
        ? {}
        : { metadataSourceQualifiedName: options.metadataSourceQualifiedName }),
      ...(options.permittedSynchronization === undefined
        ? {}
        : { permittedSynchronization: options.permittedSynchronization }),
    },
    partner: {
      platformRootURL,
      serverName,
      localServerUserId: text(options.localServerUserId, 'localServerUserId', 'integration-daemon'),
    },
    ...(options.serviceOptions === undefined ? {} : { serviceOptions: options.serviceOptions }),
  });
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      try {
        if (connector !== undefined && connector.connectorState !== ConnectorState.DISCONNECTED) {
          await connector.runDisconnect();
        }
      } finally {
        await context.disconnect().catch(() => undefined);
      }
    })();
    return closing;
  };
  if (connector !== undefined) {
    try {
      connector.setAuditLog(auditLog);
      connector.setContext(context);
      connector.setConnectorName(connectorName);
      await connector.runStart();
    } catch (error) {
      await close().catch(() => undefined);
      throw error;
    }
  }
  return { context, auditLog, auditRecords, close };
}
