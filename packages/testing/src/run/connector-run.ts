import type {
  AuditLogRecord,
  Connection,
  InMemoryAuditLogDestination,
  IntegrationConnector,
  IntegrationReport,
  IntegrationService,
} from '@egeria-ts/core';

/** Options of one {@link ConnectorRun.refresh}. */
export interface RefreshOptions {
  /** Cancels the refresh (it becomes the connector's refresh signal, with the run's timeout). */
  readonly signal?: AbortSignal;
  /** Fires the refresh signal after this many milliseconds (default: the run's `refreshTimeoutMs`). */
  readonly timeoutMs?: number;
}

/**
 * A connector running in a test, as {@link runConnector} returns it: refresh it again, look at what
 * it logged and reported, and stop it.
 * @typeParam T - the connector class's instance type
 */
export interface ConnectorRun<T extends IntegrationConnector = IntegrationConnector> {
  /** The connector. */
  readonly connector: T;
  /** Its integration context (the one its integration service built). */
  readonly context: T['context'];
  /** The connection it was initialized with. */
  readonly connection: Readonly<Connection>;
  /** The integration service that built its context. */
  readonly service: IntegrationService;
  /** The connector's name (given with `setConnectorName`). */
  readonly connectorName: string;
  /** The in-memory audit log destination that receives the connector's and the context's messages. */
  readonly auditLog: InMemoryAuditLogDestination;
  /** The audit log records so far, oldest first. */
  readonly auditRecords: readonly AuditLogRecord[];
  /** The activity report of each completed refresh, in order (the context's report just before it is published). */
  readonly activityReports: readonly IntegrationReport[];
  /** True until {@link ConnectorRun.stop}. */
  readonly running: boolean;
  /**
   * Runs one more refresh (`runRefresh`), as the daemon does on its schedule.
   * @param options - a signal and a timeout
   * @returns the refresh's activity report
   * @throws whatever the connector's refresh throws (the connector stays started)
   */
  refresh(options?: RefreshOptions): Promise<IntegrationReport>;
  /**
   * Disconnects the connector (`runDisconnect`: the context, then the connector) and releases the
   * integration service's sockets when no other run uses it. Calling it again does nothing.
   */
  stop(): Promise<void>;
}
