import { randomUUID } from 'node:crypto';
import type { AuditLog } from '../audit/audit-log';
import type { Connection } from '../connection/connection';
import { getConnectorProviderClassName } from '../connection/connection';
import { ConnectorBase } from '../connector/connector-base';
import { CONNECTOR_ERROR_CODE } from '../connector/connector-messages';
import { ConnectorState } from '../connector/connector-state';
import { IntegrationConnector } from '../connector/integration-connector';
import { EgeriaError } from '../errors/egeria-error';
import { resolveSecretReferences } from '../secrets/resolve-secret-references';
import { ConnectionCheckedException, ConnectorCheckedException } from '../errors/exceptions';
import { validateConfigurationProperties } from './configuration-property-check';
import type { ConnectorDefinition, RegisteredConnector } from './connector-definition';
import { ConnectorRegistry, defaultConnectorRegistry } from './connector-registry';
import { REGISTRY_ERROR_CODE } from './registry-messages';

/**
 * Creates the instance of a registered connector class. The daemon passes one that resolves the
 * class through a tsyringe child container, so connectors can have constructor dependencies:
 * `({ connectorClass }) => child.resolve(connectorClass as new () => ConnectorBase)` (tsyringe
 * types a class as taking any arguments; the cast states that the container supplies them).
 */
export type ConnectorFactory = (registered: RegisteredConnector) => ConnectorBase | Promise<ConnectorBase>;

/** Options of a {@link ConnectorBroker}. */
export interface ConnectorBrokerOptions {
  /** Where connector names are resolved (default: {@link defaultConnectorRegistry}). */
  readonly registry?: ConnectorRegistry;
  /** Creates instances (default: `new connectorClass()`). */
  readonly factory?: ConnectorFactory;
  /** When set, each integration connector gets a child of this log, named after the connector. */
  readonly auditLog?: AuditLog;
  /**
   * Turns the connection into the one the connector gets, before anything else. The default
   * resolves `${env:NAME}` and `${file:PATH}` secret references ({@link resolveSecretReferences}).
   */
  readonly prepareConnection?: (connection: Connection) => Connection | Promise<Connection>;
  /** Generates connector instance ids (default: random UUIDs). */
  readonly generateInstanceId?: () => string;
}

/** Options for one {@link ConnectorBroker.getConnector} call. */
export interface GetConnectorOptions {
  /** The instance id to give the connector (default: a generated one). */
  readonly connectorInstanceId?: string;
}

/**
 * Builds and initializes connectors from connections (Egeria's OCF `ConnectorBroker`): the class is
 * found in the registry by `connectorType.connectorProviderClassName` (a name or an alias), the
 * connection's configuration properties are checked against the types the connector declares, and
 * the new instance is initialized with a fresh instance id and the connection.
 */
export class ConnectorBroker {
  readonly #registry: ConnectorRegistry;
  readonly #factory?: ConnectorFactory;
  readonly #auditLog?: AuditLog;
  readonly #prepareConnection: (connection: Connection) => Connection | Promise<Connection>;
  readonly #generateInstanceId: () => string;

  constructor(options: ConnectorBrokerOptions = {}) {
    this.#registry = options.registry ?? defaultConnectorRegistry;
    this.#factory = options.factory;
    this.#auditLog = options.auditLog;
    this.#prepareConnection = options.prepareConnection ?? ((connection) => resolveSecretReferences(connection));
    this.#generateInstanceId = options.generateInstanceId ?? randomUUID;
  }

  /** The registry the broker resolves names in. */
  get registry(): ConnectorRegistry {
    return this.#registry;
  }

  /**
   * Checks a connection without creating a connector: it must name a registered connector, and its
   * configuration properties must have the types the connector declares.
   * @param connection - the connection
   * @returns the registered connector it names
   * @throws ConnectionCheckedException for a missing connection or an unknown connector name (listing the known ones)
   * @throws InvalidParameterException naming a configuration property of the wrong type
   */
  validateConnection(connection: Connection): RegisteredConnector {
    if (typeof connection !== 'object' || connection === null || Array.isArray(connection)) {
      throw ConnectionCheckedException.fromDefinition(
        REGISTRY_ERROR_CODE.NULL_CONNECTION,
        [connection === null ? 'null' : Array.isArray(connection) ? 'an array' : typeof connection],
        { exceptionProperties: { parameterName: 'connection' } },
      );
    }
    const connectionName = nameOf(connection);
    const providerName = getConnectorProviderClassName(connection);
    if (providerName === undefined) {
      throw ConnectionCheckedException.fromDefinition(REGISTRY_ERROR_CODE.NULL_CONNECTOR_PROVIDER, [connectionName], {
        exceptionProperties: { parameterName: 'connectorType.connectorProviderClassName' },
      });
    }
    const registered = this.#registry.resolve(providerName);
    if (registered === undefined) throw this.#registry.unknownConnectorError(providerName, connectionName);
    validateConfigurationProperties(
      registered.definition,
      connection.configurationProperties,
      `${registered.definition.name}.configurationProperties`,
    );
    return registered;
  }

  /**
   * Builds and initializes the connector a connection names.
   * @param connection - the connection
   * @param options - the instance id to use
   * @throws ConnectionCheckedException for a bad connection or an unknown connector name
   * @throws InvalidParameterException naming a configuration property of the wrong type
   * @throws ConnectorCheckedException when the connector cannot be created or initialized
   */
  async getConnector(connection: Connection, options: GetConnectorOptions = {}): Promise<ConnectorBase> {
    let prepared = connection;
    if (typeof connection === 'object' && connection !== null && !Array.isArray(connection)) {
      prepared = await this.#prepareConnection(connection);
    }
    const registered = this.validateConnection(prepared);
    const { definition } = registered;
    const connectionName = nameOf(prepared);

    const connector = await this.#create(registered, connectionName);
    const instanceId = options.connectorInstanceId ?? this.#generateInstanceId();
    try {
      await connector.initialize(instanceId, prepared);
    } catch (error) {
      throw wrap(error, definition, connectionName);
    }
    if (connector.connectorState !== ConnectorState.INITIALIZED) {
      throw ConnectorCheckedException.fromDefinition(
        CONNECTOR_ERROR_CODE.SUPER_NOT_CALLED,
        [definition.name, 'initialize'],
        {
          actionDescription: 'initialize',
        },
      );
    }
    if (this.#auditLog !== undefined && connector instanceof IntegrationConnector) {
      connector.setAuditLog(this.#auditLog.createChild(definition.name));
    }
    return connector;
  }

  /**
   * Like {@link ConnectorBroker.getConnector}, for a connection that must name an integration connector.
   * @param connection - the connection
   * @param options - the instance id to use
   * @throws ConnectionCheckedException when the connector is not an integration connector
   */
  async getIntegrationConnector(
    connection: Connection,
    options: GetConnectorOptions = {},
  ): Promise<IntegrationConnector> {
    const connector = await this.getConnector(connection, options);
    if (connector instanceof IntegrationConnector) return connector;
    await connector.runDisconnect().catch(() => undefined);
    throw ConnectionCheckedException.fromDefinition(
      REGISTRY_ERROR_CODE.NOT_INTEGRATION_CONNECTOR,
      [getConnectorProviderClassName(connection) ?? '(none)', nameOf(connection)],
      { exceptionProperties: { parameterName: 'connectorType.connectorProviderClassName' } },
    );
  }

  async #create(registered: RegisteredConnector, connectionName: string): Promise<ConnectorBase> {
    const { connectorClass, definition } = registered;
    let instance: unknown;
    try {
      instance = this.#factory !== undefined ? await this.#factory(registered) : new connectorClass();
    } catch (error) {
      throw wrap(error, definition, connectionName);
    }
    if (!(instance instanceof ConnectorBase)) {
      throw ConnectionCheckedException.fromDefinition(
        REGISTRY_ERROR_CODE.NOT_CONNECTOR,
        [definition.name, instance === null ? 'null' : typeof instance],
        {},
      );
    }
    return instance;
  }
}

function nameOf(connection: Connection): string {
  const name = connection.qualifiedName ?? connection.displayName;
  return typeof name === 'string' && name !== '' ? name : '(unnamed connection)';
}

function wrap(error: unknown, definition: ConnectorDefinition, connectionName: string): EgeriaError {
  if (EgeriaError.isEgeriaError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return ConnectorCheckedException.fromDefinition(
    REGISTRY_ERROR_CODE.CONNECTOR_CREATION_FAILED,
    [definition.name, connectionName, message],
    { cause: error, exceptionCausedBy: error instanceof Error ? error.name : typeof error },
  );
}
