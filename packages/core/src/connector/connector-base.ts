import { ConfigurationProperties, describeValue } from '../connection/configuration-properties';
import type { Connection } from '../connection/connection';
import { ConnectorCheckedException, IllegalStateError, InvalidParameterException } from '../errors/exceptions';
import { withConfigurationDefaults } from '../registry/configuration-property-check';
import { getConnectorDefinition } from '../registry/connector-metadata';
import { CONNECTOR_ERROR_CODE } from './connector-messages';
import { ACTIVE_CONNECTOR_STATES, ConnectorState } from './connector-state';
import { frozenCopy } from './deep-freeze';
import { assertState, DISCONNECTABLE_STATES, lifecycleOf } from './lifecycle';

/** A connector statistic: a count or a short text. */
export type ConnectorStatisticValue = number | string;

/**
 * The base of every connector (Egeria's OCF `ConnectorBase`): it is initialized with an instance id
 * and a connection, started, and disconnected, guarded by a state machine ({@link ConnectorState})
 * that throws an `IllegalStateError` naming the method and the state on a call out of place.
 *
 * Subclasses override `initialize`, `start` and `disconnect` and call the superclass method first.
 * The runtime calls {@link ConnectorBase.runStart} and {@link ConnectorBase.runDisconnect}, which
 * check the state before any subclass code runs and record failures.
 */
export abstract class ConnectorBase {
  #connectorInstanceId?: string;
  #connection?: Connection;
  #configuration?: { readonly source: string; readonly properties: ConfigurationProperties };
  readonly #statistics = new Map<string, ConnectorStatisticValue>();

  /** The connector's lifecycle state. */
  get connectorState(): ConnectorState {
    return lifecycleOf(this).state;
  }

  /** The id of this connector instance, given by `initialize`. */
  get connectorInstanceId(): string {
    if (this.#connectorInstanceId === undefined) throw this.#notInitialized('connectorInstanceId');
    return this.#connectorInstanceId;
  }

  /** The connection the connector was initialized with (a frozen copy). */
  get connection(): Readonly<Connection> {
    if (this.#connection === undefined) throw this.#notInitialized('connection');
    return this.#connection;
  }

  /**
   * Typed access to the connection's configuration properties, with the defaults that the
   * connector's decorator declares filled in; errors name the connector.
   */
  get configurationProperties(): ConfigurationProperties {
    const connection = this.connection;
    const source = `${this.describeConnector()}.configurationProperties`;
    if (this.#configuration?.source !== source) {
      const values = withConfigurationDefaults(
        getConnectorDefinition(this.constructor),
        connection.configurationProperties,
      );
      this.#configuration = { source, properties: new ConfigurationProperties(values, source) };
    }
    return this.#configuration.properties;
  }

  /**
   * Gives the connector its instance id and connection (Egeria's `initialize`). Allowed once, in
   * state CREATED. Overrides call `await super.initialize(...)` first.
   * @param connectorInstanceId - a unique id for this instance (the broker generates a UUID)
   * @param connection - the connection; the connector keeps a frozen copy
   */
  async initialize(connectorInstanceId: string, connection: Connection): Promise<void> {
    assertState(this, 'initialize', this.describeConnector(), [ConnectorState.CREATED]);
    if (typeof connectorInstanceId !== 'string' || connectorInstanceId.trim() === '') {
      throw this.invalidParameter('connectorInstanceId', 'initialize', connectorInstanceId);
    }
    if (typeof connection !== 'object' || connection === null || Array.isArray(connection)) {
      // Never print a connection: it may hold secrets.
      const kind = connection === null ? 'null' : Array.isArray(connection) ? 'an array' : typeof connection;
      throw this.#invalidConnection(`expected a Connection object, got ${kind}`);
    }
    let copy: Connection;
    try {
      copy = frozenCopy(connection);
    } catch (error) {
      throw this.#invalidConnection('it holds values that cannot be copied (functions, class instances...)', error);
    }
    this.#connectorInstanceId = connectorInstanceId;
    this.#connection = copy;
    this.#configuration = undefined;
    lifecycleOf(this).state = ConnectorState.INITIALIZED;
  }

  /**
   * Starts the connector (Egeria's `start`). Overrides call `await super.start()` first. When the
   * runtime starts the connector through {@link ConnectorBase.runStart}, the state has already been
   * checked.
   */
  async start(): Promise<void> {
    const record = lifecycleOf(this);
    if (record.state === ConnectorState.STARTING) {
      record.baseStartCalled = true;
      return;
    }
    assertState(this, 'start', this.describeConnector(), [ConnectorState.INITIALIZED]);
    this.checkCanStart('start');
    record.state = ConnectorState.STARTED;
  }

  /**
   * Disconnects the connector (Egeria's `disconnect`): it releases its resources and is never called
   * again. Overrides release their resources and call `await super.disconnect()`.
   */
  async disconnect(): Promise<void> {
    const record = lifecycleOf(this);
    if (record.state === ConnectorState.DISCONNECTING) {
      record.baseDisconnectCalled = true;
      return;
    }
    assertState(this, 'disconnect', this.describeConnector(), DISCONNECTABLE_STATES);
    record.state = ConnectorState.DISCONNECTED;
  }

  /** True between a successful start and disconnect. */
  isActive(): boolean {
    return ACTIVE_CONNECTOR_STATES.includes(lifecycleOf(this).state);
  }

  /**
   * Starts the connector for the runtime: checks the state and the prerequisites before any
   * connector code runs, calls {@link ConnectorBase.start}, and leaves the connector STARTED, or
   * FAILED (only `disconnect` allowed) when `start` throws.
   */
  async runStart(): Promise<void> {
    assertState(this, 'start', this.describeConnector(), [ConnectorState.INITIALIZED]);
    this.checkCanStart('start');
    const record = lifecycleOf(this);
    record.state = ConnectorState.STARTING;
    record.baseStartCalled = false;
    try {
      await this.start();
    } catch (error) {
      if (record.state === ConnectorState.STARTING) record.state = ConnectorState.FAILED;
      throw error;
    }
    if (record.state !== ConnectorState.STARTING) return; // disconnected while starting
    if (!record.baseStartCalled) {
      record.state = ConnectorState.FAILED;
      throw this.#superNotCalled('start');
    }
    record.state = ConnectorState.STARTED;
  }

  /**
   * Disconnects the connector for the runtime: allowed in every state but DISCONNECTED (including
   * during a refresh, to stop it); the connector ends DISCONNECTED even when `disconnect` throws.
   */
  async runDisconnect(): Promise<void> {
    assertState(this, 'disconnect', this.describeConnector(), DISCONNECTABLE_STATES);
    const record = lifecycleOf(this);
    record.state = ConnectorState.DISCONNECTING;
    record.baseDisconnectCalled = false;
    try {
      await this.disconnect();
    } finally {
      record.state = ConnectorState.DISCONNECTED;
    }
    if (!record.baseDisconnectCalled) throw this.#superNotCalled('disconnect');
  }

  /**
   * The connector's statistics, for the daemon's status report (Egeria's `getConnectorStatistics`).
   * A copy: changing it changes nothing.
   */
  getConnectorStatistics(): Record<string, ConnectorStatisticValue> {
    return Object.fromEntries(this.#statistics);
  }

  /**
   * Sets a statistic reported in the daemon's status.
   * @param name - the statistic's name
   * @param value - a finite number or a string
   */
  protected setStatistic(name: string, value: ConnectorStatisticValue): void {
    if (typeof name !== 'string' || name === '') throw this.invalidParameter('name', 'setStatistic', name);
    if (!(typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)))) {
      throw this.invalidParameter('value', 'setStatistic', value);
    }
    this.#statistics.set(name, value);
  }

  /**
   * Adds to a numeric statistic (starting from 0) and returns the new value.
   * @param name - the statistic's name
   * @param amount - how much to add (default 1)
   */
  protected incrementStatistic(name: string, amount = 1): number {
    const current = this.#statistics.get(name) ?? 0;
    if (typeof current !== 'number') throw this.invalidParameter('name', 'incrementStatistic', name);
    const next = current + amount;
    this.setStatistic(name, next);
    return next;
  }

  /** The name error messages use for this connector: its registered name, or its class name. */
  protected describeConnector(): string {
    return getConnectorDefinition(this.constructor)?.name ?? this.constructor.name;
  }

  /**
   * Checks what must be in place before the connector starts; throws an `IllegalStateError` when
   * something is missing. The base class needs nothing; integration connectors need their audit
   * log, context and name.
   * @param _method - the lifecycle method being called
   */
  protected checkCanStart(_method: string): void {}

  /**
   * An `InvalidParameterException` naming a parameter of a connector method and the value at fault.
   * @param parameterName - the parameter
   * @param method - the method
   * @param value - the value at fault
   * @param cause - the underlying error, if any
   */
  protected invalidParameter(
    parameterName: string,
    method: string,
    value: unknown,
    cause?: unknown,
  ): InvalidParameterException {
    return InvalidParameterException.fromDefinition(
      CONNECTOR_ERROR_CODE.INVALID_PARAMETER,
      [parameterName, method, this.describeConnector(), describeValue(value)],
      { actionDescription: method, exceptionProperties: { parameterName }, ...(cause === undefined ? {} : { cause }) },
    );
  }

  #invalidConnection(problem: string, cause?: unknown): InvalidParameterException {
    return InvalidParameterException.fromDefinition(
      CONNECTOR_ERROR_CODE.INVALID_PARAMETER,
      ['connection', 'initialize', this.describeConnector(), problem],
      {
        actionDescription: 'initialize',
        exceptionProperties: { parameterName: 'connection' },
        ...(cause === undefined ? {} : { cause }),
      },
    );
  }

  #notInitialized(property: string): IllegalStateError {
    return IllegalStateError.fromDefinition(
      CONNECTOR_ERROR_CODE.NOT_INITIALIZED,
      [property, this.describeConnector()],
      {
        exceptionProperties: { state: lifecycleOf(this).state },
      },
    );
  }

  #superNotCalled(method: string): ConnectorCheckedException {
    return ConnectorCheckedException.fromDefinition(
      CONNECTOR_ERROR_CODE.SUPER_NOT_CALLED,
      [this.describeConnector(), method],
      {
        actionDescription: method,
      },
    );
  }
}
