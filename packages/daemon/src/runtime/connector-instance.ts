import { randomUUID } from 'node:crypto';
import type { DependencyContainer, InjectionToken } from 'tsyringe';
import {
  AUDIT_LOG_TOKEN,
  CONFIGURATION_PROPERTIES_TOKEN,
  CONNECTION_TOKEN,
  CONNECTOR_INSTANCE_ID_TOKEN,
  CONNECTOR_NAME_TOKEN,
  CONNECTOR_REGISTRY_TOKEN,
  ConfigurationProperties,
  ConnectionCheckedException,
  ConnectorBroker,
  INTEGRATION_CONTEXT_TOKEN,
  isIntegrationConnectorDefinition,
  resolveSecretReferences,
  withConfigurationDefaults,
  type AuditLog,
  type Connection,
  type ConnectorBase,
  type ConnectorRegistry,
  type IntegrationConnector,
  type IntegrationConnectorDefinition,
  type IntegrationContext,
  type IntegrationService,
  type PartnerServerOptions,
  type RegisteredConnector,
  type WriteRecorder,
} from '@egeria-ts/core';
import type { IntegrationServiceConfig } from '../config/daemon-config';
import { inScope, type ConnectorScope } from './connector-scope';
import { CONNECTOR_RUNTIME_ERROR_CODE } from './daemon-errors';
import type { DaemonTimers } from './daemon-timers';
import type { RuntimeConnectorConfig } from './runtime-connector-config';

/** A connector created, initialized and given its context, audit log and name. @internal */
export interface ConnectorInstance {
  readonly connector: IntegrationConnector;
  readonly context: IntegrationContext;
  readonly container: DependencyContainer;
  readonly instanceId: string;
  readonly definition: IntegrationConnectorDefinition;
  /** Elements written during the last refresh (captured before the context resets its recording). */
  lastElementsWritten: number;
}

/** What went wrong building a connector instance. @internal */
export type BuildFailure =
  | { readonly kind: 'config'; readonly error: unknown; readonly method: string; readonly notIntegration?: string }
  | { readonly kind: 'initialize'; readonly error: unknown };

/** What {@link buildConnectorInstance} needs. @internal */
export interface BuildConnectorInstanceRequest {
  readonly daemonName: string;
  readonly serviceConfig: IntegrationServiceConfig;
  readonly service?: IntegrationService;
  readonly connectorConfig: RuntimeConnectorConfig;
  readonly partner: PartnerServerOptions;
  readonly registry: ConnectorRegistry;
  readonly container: DependencyContainer;
  readonly connectorLog: AuditLog;
  readonly scope: ConnectorScope;
  readonly maxPageSize: number;
  readonly secretBaseDir: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly timers: DaemonTimers;
  readonly initializeTimeoutMs: number;
  readonly signal: AbortSignal;
  /** Called once the class is known, with its definition (to resolve the refresh interval). */
  readonly onDefinition: (definition: IntegrationConnectorDefinition) => void;
  /** In a dry run: where the context records the writes it does not send. */
  readonly writeRecorder?: WriteRecorder;
}

/**
 * Builds a connector in Egeria's order, without the partner server being involved until the
 * class is known: secret references resolved, class found (CONFIG_FAILED), context built by the
 * integration service (INITIALIZE_FAILED), then the connector created through a child container
 * that holds its context, audit log, connection and configuration (CONFIG_FAILED), checked against
 * the service and given its audit log, context and name.
 * @internal
 */
export async function buildConnectorInstance(
  request: BuildConnectorInstanceRequest,
): Promise<{ instance: ConnectorInstance } | { failure: BuildFailure }> {
  const { connectorConfig, serviceConfig, service, scope } = request;
  const connectorName = connectorConfig.connectorName;

  let connection: Connection;
  try {
    connection = await resolveSecretReferences(connectorConfig.connection, {
      baseDir: request.secretBaseDir,
      env: request.env,
    });
  } catch (error) {
    return { failure: { kind: 'config', error, method: 'resolveSecretReferences' } };
  }

  const checker = new ConnectorBroker({ registry: request.registry, prepareConnection: (c) => c });
  let registered: RegisteredConnector;
  try {
    registered = checker.validateConnection(connection);
  } catch (error) {
    return { failure: { kind: 'config', error, method: 'getConnector' } };
  }
  const definition = registered.definition;
  if (!isIntegrationConnectorDefinition(definition)) {
    return {
      failure: {
        kind: 'config',
        method: 'getConnector',
        notIntegration: definition.name,
        error: ConnectionCheckedException.fromDefinition(
          CONNECTOR_RUNTIME_ERROR_CODE.NOT_SERVICE_CONNECTOR,
          [connectorName, definition.name, 'an integration connector'],
          { exceptionProperties: { parameterName: 'connectorType.connectorProviderClassName' } },
        ),
      },
    };
  }
  if (
    definition.serviceURLMarker !== undefined &&
    definition.serviceURLMarker !== serviceConfig.integrationServiceURLMarker
  ) {
    return { failure: notServiceConnector(connectorName, definition.name, serviceConfig) };
  }
  request.onDefinition(definition);

  if (service === undefined) {
    return {
      failure: {
        kind: 'config',
        method: 'createContext',
        error: ConnectionCheckedException.fromDefinition(
          CONNECTOR_RUNTIME_ERROR_CODE.NO_SERVICE,
          [connectorName, serviceConfig.integrationServiceURLMarker],
          { exceptionProperties: { parameterName: 'integrationServiceURLMarker' } },
        ),
      },
    };
  }

  let context: IntegrationContext;
  try {
    context = await createContextWithin(request, service);
  } catch (error) {
    return { failure: { kind: 'initialize', error } };
  }

  const instanceId = randomUUID();
  const child = request.container.createChildContainer();
  const register = <T>(token: symbol, value: T): void => {
    child.register(token as InjectionToken<T>, { useValue: value });
  };
  register(INTEGRATION_CONTEXT_TOKEN, context);
  register(AUDIT_LOG_TOKEN, request.connectorLog);
  register(CONNECTION_TOKEN, connection);
  register(
    CONFIGURATION_PROPERTIES_TOKEN,
    new ConfigurationProperties(
      withConfigurationDefaults(definition, connection.configurationProperties),
      `${connectorName}.configurationProperties`,
    ),
  );
  register(CONNECTOR_NAME_TOKEN, connectorName);
  register(CONNECTOR_INSTANCE_ID_TOKEN, instanceId);
  register(CONNECTOR_REGISTRY_TOKEN, request.registry);

  const broker = new ConnectorBroker({
    registry: request.registry,
    prepareConnection: (c) => c,
    factory: ({ connectorClass }) =>
      child.resolve(connectorClass as unknown as InjectionToken<ConnectorBase>) as ConnectorBase,
  });
  const discard = async (connector?: IntegrationConnector): Promise<void> => {
    if (connector !== undefined) await inScope(scope, () => connector.runDisconnect()).catch(() => undefined);
    await context.disconnect().catch(() => undefined);
    await Promise.resolve(child.dispose()).catch(() => undefined);
  };

  let connector: IntegrationConnector;
  try {
    connector = await inScope(scope, () =>
      broker.getIntegrationConnector(connection, { connectorInstanceId: instanceId }),
    );
  } catch (error) {
    await discard();
    return { failure: { kind: 'config', error, method: 'getConnector' } };
  }
  if (!service.supportsConnector(connector)) {
    await discard(connector);
    return { failure: notServiceConnector(connectorName, definition.name, serviceConfig) };
  }
  try {
    await inScope(scope, () => {
      connector.setAuditLog(request.connectorLog);
      connector.setContext(context);
      connector.setConnectorName(connectorName);
    });
  } catch (error) {
    await discard(connector);
    return { failure: { kind: 'config', error, method: 'setContext' } };
  }
  const instance: ConnectorInstance = {
    connector,
    context,
    container: child,
    instanceId,
    definition,
    lastElementsWritten: 0,
  };
  captureElementsWritten(instance);
  return { instance };
}

function notServiceConnector(
  connectorName: string,
  className: string,
  serviceConfig: IntegrationServiceConfig,
): BuildFailure {
  return {
    kind: 'config',
    method: 'getConnector',
    notIntegration: className,
    error: ConnectionCheckedException.fromDefinition(
      CONNECTOR_RUNTIME_ERROR_CODE.NOT_SERVICE_CONNECTOR,
      [connectorName, className, serviceConfig.integrationServiceFullName],
      { exceptionProperties: { parameterName: 'connectorType.connectorProviderClassName' } },
    ),
  };
}

/** Asks the service for the context, giving up (and aborting the request) after the timeout. */
async function createContextWithin(
  request: BuildConnectorInstanceRequest,
  service: IntegrationService,
): Promise<IntegrationContext> {
  const { connectorConfig, timers } = request;
  const controller = new AbortController();
  const onAbort = (): void => controller.abort(request.signal.reason);
  request.signal.addEventListener('abort', onAbort, { once: true });
  const creating = inScope(request.scope, () =>
    service.createContext({
      context: {
        userId: connectorConfig.connectorUserId,
        connectorId: connectorConfig.connectorId,
        connectorName: connectorConfig.connectorName,
        ...(connectorConfig.connectorGUID === undefined
          ? {}
          : { integrationConnectorGUID: connectorConfig.connectorGUID }),
        ...(connectorConfig.metadataSourceQualifiedName === undefined
          ? {}
          : { metadataSourceQualifiedName: connectorConfig.metadataSourceQualifiedName }),
        permittedSynchronization: connectorConfig.permittedSynchronization,
        generateIntegrationReport: connectorConfig.generateIntegrationReports,
        auditLog: request.connectorLog,
        serverName: request.daemonName,
        maxPageSize: request.maxPageSize,
        connectorRegistry: request.registry,
        ...(request.writeRecorder === undefined ? {} : { writeRecorder: request.writeRecorder }),
      },
      partner: request.partner,
      serviceOptions: request.serviceConfig.integrationServiceOptions,
      signal: controller.signal,
    }),
  );
  let handle: unknown;
  const timeoutMs = request.initializeTimeoutMs;
  const timeout = new Promise<never>((_, reject) => {
    if (timeoutMs <= 0) return;
    handle = timers.setTimeout(() => {
      const error = ConnectionCheckedException.fromDefinition(CONNECTOR_RUNTIME_ERROR_CODE.INITIALIZE_TIMEOUT, [
        connectorConfig.connectorName,
        timeoutMs / 1000,
      ]);
      controller.abort(error);
      reject(error);
    }, timeoutMs);
  });
  const aborted = new Promise<never>((_, reject) => {
    const fire = (): void => reject(controller.signal.reason);
    if (controller.signal.aborted) fire();
    else controller.signal.addEventListener('abort', fire, { once: true });
  });
  try {
    return await Promise.race([creating, timeout, aborted]);
  } catch (error) {
    // A context that arrives after we gave up is released at once.
    void creating.then(
      (late) => late.disconnect().catch(() => undefined),
      () => undefined,
    );
    throw error;
  } finally {
    if (handle !== undefined) timers.clearTimeout(handle);
    request.signal.removeEventListener('abort', onAbort);
  }
}

/**
 * Keeps the number of elements the connector wrote in its last refresh: the context resets its
 * recording when it publishes the report at the end of the refresh, so it is read just before.
 */
function captureElementsWritten(instance: ConnectorInstance): void {
  const context = instance.context;
  const publish = context.publishReport;
  if (typeof publish !== 'function' || typeof context.getCurrentReport !== 'function') return;
  Object.defineProperty(context, 'publishReport', {
    configurable: true,
    writable: true,
    value: async function publishReport(this: IntegrationContext) {
      try {
        const report = context.getCurrentReport();
        instance.lastElementsWritten =
          report.createdElements.length + report.updatedElements.length + report.deletedElements.length;
      } catch {
        instance.lastElementsWritten = 0;
      }
      return publish.call(context);
    },
  });
}
