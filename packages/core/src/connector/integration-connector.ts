import type { AuditLog } from '../audit/audit-log';
import type { MessageDefinition } from '../audit/message-definition';
import type { IntegrationContext } from '../context/integration-context';
import { ConnectorCheckedException, IllegalStateError } from '../errors/exceptions';
import {
  errorMessage,
  errorName,
  processCatalogTargets,
  type CatalogTargetIntegrator,
  type CatalogTargetRefreshSummary,
} from './catalog-target-refresh';
import { ConnectorBase } from './connector-base';
import { CONNECTOR_ERROR_CODE } from './connector-messages';
import { ACTIVE_CONNECTOR_STATES, ConnectorState } from './connector-state';
import { assertState, DISCONNECTABLE_STATES, lifecycleOf } from './lifecycle';
import { OIF_AUDIT_CODE, OIF_ERROR_CODE } from './oif-messages';

const BEFORE_START: readonly ConnectorState[] = [ConnectorState.CREATED, ConnectorState.INITIALIZED];

/**
 * The base of every integration connector (Egeria's `IntegrationConnectorBase`).
 *
 * The runtime creates it through the broker (`initialize`), gives it its audit log, context and
 * name (`setAuditLog`, `setContext`, `setConnectorName`, in any order, all before start), starts it
 * ({@link ConnectorBase.runStart}), then refreshes it ({@link IntegrationConnector.runRefresh}), or,
 * for connectors that use blocking calls, engages it in a loop ({@link IntegrationConnector.runEngage}),
 * and finally disconnects it ({@link IntegrationConnector.runDisconnect}). Each call out of place
 * throws an `IllegalStateError` naming the method and the state.
 *
 * Connector authors implement {@link IntegrationConnector.refresh} (and {@link IntegrationConnector.engage}
 * for blocking calls), and may override `start` and `disconnect`, calling the superclass method.
 *
 * @typeParam C - the type of integration context the connector works with
 */
export abstract class IntegrationConnector<C extends IntegrationContext = IntegrationContext> extends ConnectorBase {
  #auditLog?: AuditLog;
  #context?: C;
  #connectorName?: string;

  /**
   * Gives the connector its audit log (normally a child log named after it).
   * @param auditLog - the audit log
   */
  setAuditLog(auditLog: AuditLog): void {
    assertState(this, 'setAuditLog', this.describeConnector(), BEFORE_START);
    if (typeof auditLog !== 'object' || auditLog === null || typeof auditLog.logMessage !== 'function') {
      throw this.invalidParameter('auditLog', 'setAuditLog', typeof auditLog);
    }
    this.#auditLog = auditLog;
  }

  /**
   * Gives the connector its integration context, its gateway to open metadata.
   * @param context - the context
   */
  setContext(context: C): void {
    assertState(this, 'setContext', this.describeConnector(), BEFORE_START);
    if (!isIntegrationContext(context)) {
      throw this.invalidParameter('context', 'setContext', context === null ? null : typeof context);
    }
    this.#context = context;
  }

  /**
   * Gives the connector its name from the configuration, used in messages and by the REST API.
   * @param connectorName - the name
   */
  setConnectorName(connectorName: string): void {
    assertState(this, 'setConnectorName', this.describeConnector(), BEFORE_START);
    if (typeof connectorName !== 'string' || connectorName.trim() === '') {
      throw this.invalidParameter('connectorName', 'setConnectorName', connectorName);
    }
    this.#connectorName = connectorName;
  }

  /** The connector's name: the one given by `setConnectorName`, else its registered name or class name. */
  get connectorName(): string {
    return this.#connectorName ?? super.describeConnector();
  }

  /** The connector's integration context; throws an `IllegalStateError` before `setContext`. */
  get context(): C {
    if (this.#context === undefined) {
      throw IllegalStateError.fromDefinition(this.noContextMessage(), [this.connectorName], {
        exceptionProperties: { state: this.connectorState },
      });
    }
    return this.#context;
  }

  /** The connector's audit log; throws an `IllegalStateError` before `setAuditLog`. */
  protected get auditLog(): AuditLog {
    if (this.#auditLog === undefined) {
      throw IllegalStateError.fromDefinition(
        CONNECTOR_ERROR_CODE.START_PREREQUISITES_MISSING,
        ['auditLog', this.connectorName, this.connectorState, 'audit log', 'setAuditLog'],
        { exceptionProperties: { state: this.connectorState } },
      );
    }
    return this.#auditLog;
  }

  /**
   * The message of the error that {@link IntegrationConnector.context} throws before `setContext`
   * (insert {0}: the connector name). Integration service connectors override it with their own.
   */
  protected noContextMessage(): MessageDefinition {
    return CONNECTOR_ERROR_CODE.NO_CONTEXT;
  }

  /**
   * Compares the third-party technology with open metadata and synchronizes them. Called at start,
   * every refresh interval and on request. Pass `signal` to long-running work and return when it
   * fires: after that the context refuses writes.
   * @param signal - fires when the refresh is cancelled (timeout or shutdown)
   */
  abstract refresh(signal: AbortSignal): Promise<void>;

  /**
   * For connectors configured with `usesBlockingCalls`: waits for and handles work from the
   * third party, then returns; the runtime calls it again in a loop until the connector stops. The
   * default throws a `ConnectorCheckedException` (`OIF-CONNECTOR-400-001`).
   * @param _signal - fires when the connector is stopping
   */
  async engage(_signal: AbortSignal): Promise<void> {
    throw ConnectorCheckedException.fromDefinition(OIF_ERROR_CODE.ENGAGE_IMPLEMENTATION_MISSING, [this.connectorName], {
      actionDescription: 'engage',
    });
  }

  /**
   * Runs one refresh for the runtime: allowed only in state STARTED (never two at once); sets the
   * context's refresh signal, starts the activity recording, calls {@link IntegrationConnector.refresh},
   * then publishes the activity report (a publishing failure is logged, not thrown).
   * @param signal - fires when the refresh must stop; after that the context refuses writes
   */
  async runRefresh(signal: AbortSignal): Promise<void> {
    assertState(this, 'refresh', this.connectorName, [ConnectorState.STARTED]);
    if (!(signal instanceof AbortSignal)) throw this.invalidParameter('signal', 'refresh', signal);
    const context = this.context;
    const record = lifecycleOf(this);
    record.state = ConnectorState.REFRESHING;
    try {
      context.setRefreshSignal(signal);
      context.startRecording();
      await this.refresh(signal);
      await this.#publishReport(context);
    } finally {
      if (record.state === ConnectorState.REFRESHING) record.state = ConnectorState.STARTED;
    }
  }

  /**
   * Runs one `engage` for the runtime: allowed only in state STARTED; sets the context's refresh
   * signal and calls {@link IntegrationConnector.engage}.
   * @param signal - fires when the connector must stop; after that the context refuses writes
   */
  async runEngage(signal: AbortSignal): Promise<void> {
    assertState(this, 'engage', this.connectorName, [ConnectorState.STARTED]);
    if (!(signal instanceof AbortSignal)) throw this.invalidParameter('signal', 'engage', signal);
    const context = this.context;
    const record = lifecycleOf(this);
    record.state = ConnectorState.ENGAGING;
    try {
      context.setRefreshSignal(signal);
      await this.engage(signal);
    } finally {
      if (record.state === ConnectorState.ENGAGING) record.state = ConnectorState.STARTED;
    }
  }

  /**
   * Disconnects for the runtime, in Egeria's order: the context first (so that it refuses every
   * later call), then the connector's `disconnect`. Allowed in every state but DISCONNECTED.
   */
  override async runDisconnect(): Promise<void> {
    assertState(this, 'disconnect', this.connectorName, DISCONNECTABLE_STATES);
    try {
      await this.#context?.disconnect();
    } catch (error) {
      this.#auditLog?.logException('disconnect', OIF_AUDIT_CODE.UNEXPECTED_EXCEPTION, error, [
        this.connectorName,
        errorName(error),
        'disconnect:context',
        errorMessage(error),
      ]);
    }
    this.#auditLog?.logMessage('disconnect', OIF_AUDIT_CODE.CONNECTOR_STOPPING, [this.connectorName]);
    await super.runDisconnect();
  }

  /**
   * Lists the connector's catalog targets and calls `integrator` for each, one by one, each in its
   * own try: a failure is logged (`OIF-CONNECTOR-0013`) and the next target still runs. Stops when
   * `signal` fires or the connector stops. A failure to list the targets is logged
   * (`OIF-CONNECTOR-0006`) and thrown.
   * @param integrator - works on one target
   * @param signal - the refresh's signal
   * @returns what was done
   */
  protected async refreshCatalogTargets(
    integrator: CatalogTargetIntegrator,
    signal: AbortSignal,
  ): Promise<CatalogTargetRefreshSummary> {
    const method = 'refreshCatalogTargets';
    assertState(this, method, this.connectorName, ACTIVE_CONNECTOR_STATES);
    if (typeof integrator !== 'function') throw this.invalidParameter('integrator', method, typeof integrator);
    if (!(signal instanceof AbortSignal)) throw this.invalidParameter('signal', method, signal);
    const auditLog = this.auditLog;
    let targets;
    try {
      targets = await this.context.getAllCatalogTargets();
    } catch (error) {
      auditLog.logException(method, OIF_AUDIT_CODE.GET_CATALOG_TARGET_EXCEPTION, error, [
        errorName(error),
        this.connectorName,
        errorMessage(error),
      ]);
      throw error;
    }
    return processCatalogTargets({
      targets,
      integrator,
      signal,
      auditLog,
      connectorName: this.connectorName,
      isActive: () => this.isActive(),
    });
  }

  /** Needs the audit log, context and name. */
  protected override checkCanStart(method: string): void {
    const missing: string[] = [];
    const setters: string[] = [];
    if (this.#auditLog === undefined) {
      missing.push('audit log');
      setters.push('setAuditLog');
    }
    if (this.#context === undefined) {
      missing.push('integration context');
      setters.push('setContext');
    }
    if (this.#connectorName === undefined) {
      missing.push('connector name');
      setters.push('setConnectorName');
    }
    if (missing.length > 0) {
      throw IllegalStateError.fromDefinition(
        CONNECTOR_ERROR_CODE.START_PREREQUISITES_MISSING,
        [method, this.connectorName, this.connectorState, missing.join(', '), setters.join(', ')],
        { actionDescription: method, exceptionProperties: { state: this.connectorState, missing } },
      );
    }
  }

  /** The connector's name in messages. */
  protected override describeConnector(): string {
    return this.connectorName;
  }

  async #publishReport(context: C): Promise<void> {
    try {
      await context.publishReport();
    } catch (error) {
      this.#auditLog?.logException('refresh', OIF_AUDIT_CODE.UNEXPECTED_EXCEPTION, error, [
        this.connectorName,
        errorName(error),
        'publishReport',
        errorMessage(error),
      ]);
    }
  }
}

/** True for an integration context, even one made by another copy of this package. */
function isIntegrationContext(value: unknown): value is IntegrationContext {
  if (typeof value !== 'object' || value === null) return false;
  const context = value as Record<string, unknown>;
  return ['guardWrite', 'setRefreshSignal', 'startRecording', 'publishReport', 'disconnect'].every(
    (m) => typeof context[m] === 'function',
  );
}
