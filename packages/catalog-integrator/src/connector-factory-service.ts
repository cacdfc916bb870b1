import {
  ConnectorBroker,
  InvalidParameterException,
  registerConnectionSecrets,
  type AuditLog,
  type Connection,
  type ConnectorBase,
  type ConnectorRegistry,
} from '@egeria-ts/core';
import {
  CONNECTED_ASSET_SERVICE,
  ConnectedAssetClient,
  type OperationInvoker,
  type ServiceDefinition,
} from '@egeria-ts/omas-client';

/**
 * What a {@link ConnectorFactoryService} borrows from the catalog integrator context that owns it.
 * @public
 */
export interface ConnectorFactoryContext {
  /** The connector's name, for messages. */
  readonly connectorName: string;
  /** Where connector classes are found by `connectorProviderClassName` (the daemon's registry under the daemon). */
  readonly connectorRegistry: ConnectorRegistry;
  /** The connector's audit log: each integration connector built gets a child of it. */
  readonly auditLog: AuditLog;
  /** Sends a table's operations to the partner server as the connector's user id. */
  partnerInvoker(service: ServiceDefinition): OperationInvoker;
  /** Runs a read (refused once the context is disconnected). */
  read<T>(operation: string, fn: (signal: AbortSignal) => Promise<T>): Promise<T>;
  /** Checks that the options are an object. */
  requireOptions<T>(operation: string, options: T): T;
  /** An `InvalidParameterException` naming a parameter of an operation and the value at fault. */
  invalidParameter(parameterName: string, operation: string, value: unknown): InvalidParameterException;
}

/** Options of {@link ConnectorFactoryService.getConnectorByName}. @public */
export interface ConnectorByNameOptions {
  /** The qualified name of the connection (Egeria 5.2 matches `qualifiedName` only). */
  readonly connectionName: string;
}

/** Options of {@link ConnectorFactoryService.getConnectorByGUID}. @public */
export interface ConnectorByGUIDOptions {
  /** The GUID of the connection. */
  readonly connectionGUID: string;
}

/** Options of {@link ConnectorFactoryService.getConnectorForAsset}. @public */
export interface ConnectorForAssetOptions {
  /** The GUID of the asset whose connection (ConnectionToAsset) names the connector. */
  readonly assetGUID: string;
  /** Where the connector logs (an integration connector gets a child of it); the context's audit log when absent. */
  readonly auditLog?: AuditLog;
}

/** Options of {@link ConnectorFactoryService.getConnectorByConnection}. @public */
export interface ConnectorByConnectionOptions {
  /** The connection naming the connector in `connectorType.connectorProviderClassName`. */
  readonly connection: Connection;
}

/**
 * Builds connectors from connections held in open metadata (Egeria 5.2's catalog integrator
 * `ConnectorFactoryService`): the connection is read through the connected asset framework service
 * of the Asset Manager OMAS (by qualified name, by GUID, or the one linked to an asset), then the
 * connector broker finds the class registered under its `connectorType.connectorProviderClassName`
 * (a name or alias) in the context's connector registry, checks the configuration properties and
 * initializes a new instance. The connector is returned INITIALIZED: the caller starts it
 * (`runStart`) and disconnects it (`runDisconnect`).
 *
 * The secrets of the connections (`clearPassword`, `encryptedPassword`, `securedProperties`) are
 * registered with core's redaction as soon as they are read, so they never appear in a log or error
 * text. Secret references (`${env:...}`, `${file:...}`) in a connection are passed on as they are:
 * only the daemon's own configuration resolves them.
 * @public
 */
export class ConnectorFactoryService {
  readonly #context: ConnectorFactoryContext;
  readonly #client: ConnectedAssetClient;

  /** @param context - the catalog integrator context that owns the service */
  constructor(context: ConnectorFactoryContext) {
    this.#context = context;
    this.#client = new ConnectedAssetClient(context.partnerInvoker(CONNECTED_ASSET_SERVICE));
  }

  /**
   * Returns a connector built from the connection with the given qualified name.
   * @returns the initialized connector; undefined when no connection has that name (as in Egeria)
   * @throws InvalidParameterException for a blank name
   * @throws ConnectionCheckedException when the connection names no registered connector (naming it)
   * @throws ConnectorCheckedException when the connector cannot be created or initialized
   */
  async getConnectorByName(options: ConnectorByNameOptions): Promise<ConnectorBase | undefined> {
    const operation = 'getConnectorByName';
    const name = this.#requireText(operation, 'connectionName', this.#context.requireOptions(operation, options));
    const connection = await this.#context.read(operation, (signal) =>
      this.#client.getConnectionByName({ name, signal }),
    );
    return connection === undefined ? undefined : this.#build(connection);
  }

  /**
   * Returns a connector built from the connection with the given GUID.
   * @returns the initialized connector; undefined when the server answers no connection
   * @throws InvalidParameterException for a blank GUID, or one the server does not know
   * @throws ConnectionCheckedException when the connection names no registered connector (naming it)
   * @throws ConnectorCheckedException when the connector cannot be created or initialized
   */
  async getConnectorByGUID(options: ConnectorByGUIDOptions): Promise<ConnectorBase | undefined> {
    const operation = 'getConnectorByGUID';
    const guid = this.#requireText(operation, 'connectionGUID', this.#context.requireOptions(operation, options));
    const connection = await this.#context.read(operation, (signal) =>
      this.#client.getConnectionByGUID({ guid, signal }),
    );
    return connection === undefined ? undefined : this.#build(connection);
  }

  /**
   * Returns a connector built from the connection of an asset (one linked to it by ConnectionToAsset).
   * @returns the initialized connector; undefined when the asset has no connection (as in Egeria)
   * @throws InvalidParameterException for a blank GUID, or an asset the server does not know
   * @throws ConnectionCheckedException when the connection names no registered connector (naming it)
   * @throws ConnectorCheckedException when the connector cannot be created or initialized
   */
  async getConnectorForAsset(options: ConnectorForAssetOptions): Promise<ConnectorBase | undefined> {
    const operation = 'getConnectorForAsset';
    const o = this.#context.requireOptions(operation, options);
    const assetGUID = this.#requireText(operation, 'assetGUID', o);
    const connection = await this.#context.read(operation, (signal) =>
      this.#client.getConnectionForAsset({ assetGUID, signal }),
    );
    return connection === undefined ? undefined : this.#build(connection, o.auditLog);
  }

  /**
   * Returns a connector built from a connection the caller holds (nothing is read from the server).
   * @returns the initialized connector
   * @throws ConnectionCheckedException for a missing connection, or one that names no registered connector (naming it)
   * @throws ConnectorCheckedException when the connector cannot be created or initialized
   */
  async getConnectorByConnection(options: ConnectorByConnectionOptions): Promise<ConnectorBase> {
    const operation = 'getConnectorByConnection';
    const { connection } = this.#context.requireOptions(operation, options);
    // Refused, like every other call, once the context is disconnected.
    return this.#context.read(operation, () => this.#build(connection));
  }

  #requireText(operation: string, parameterName: string, options: object): string {
    const value: unknown = (options as Record<string, unknown>)[parameterName];
    if (typeof value !== 'string' || value.trim() === '') {
      throw this.#context.invalidParameter(parameterName, operation, value);
    }
    return value;
  }

  async #build(connection: Connection, auditLog?: AuditLog): Promise<ConnectorBase> {
    if (typeof connection === 'object' && connection !== null) registerConnectionSecrets(connection);
    const broker = new ConnectorBroker({
      registry: this.#context.connectorRegistry,
      auditLog: auditLog ?? this.#context.auditLog,
      prepareConnection: (c) => c,
    });
    return broker.getConnector(connection);
  }
}
