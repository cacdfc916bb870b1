import type {
  AuditLogDestination,
  Connection,
  DeleteMethod,
  Endpoint,
  IntegrationConnector,
  IntegrationService,
  PermittedSynchronization,
} from '@egeria-ts/core';
import type { TestEmulator } from '../emulator/test-emulator';

/**
 * Options of {@link runConnector}. Say where the metadata server is with `emulator`, or with
 * `platformURL` and `serverName` (any platform, such as a fault proxy in front of an emulator).
 * @typeParam T - the connector class's instance type
 */
export interface RunConnectorOptions<T extends IntegrationConnector = IntegrationConnector> {
  /** A test emulator to run against (its URL and server name); it stops the run when it closes. */
  readonly emulator?: TestEmulator;
  /** The platform root URL of the metadata server (default: the emulator's). */
  readonly platformURL?: string;
  /** The metadata server's name (default: the emulator's). */
  readonly serverName?: string;
  /**
   * The integration service to run the connector in, such as `databaseIntegratorService`. Default:
   * the service of the URL marker the class's `@integrationConnector` decorator declares, or else the
   * known service whose connector base class the connector extends.
   */
  readonly service?: IntegrationService;
  /** Builds the connector instance (default `new ConnectorClass()`), for classes with constructor parameters. */
  readonly create?: () => T;
  /** The connector's name (default: its registered name, else its class name). */
  readonly connectorName?: string;
  /** The connector's id (default: a random UUID). */
  readonly connectorId?: string;
  /** The user id the connector works as toward the metadata server (default: `localServerUserId`). */
  readonly connectorUserId?: string;
  /** The integration daemon's user id, which sets the metadata source up (default `integration-daemon`). */
  readonly localServerUserId?: string;
  /** The daemon's password, for Basic authentication to the metadata server. Secret: never logged. */
  readonly localServerPassword?: string;
  /** The connection's configuration properties. */
  readonly configurationProperties?: Readonly<Record<string, unknown>>;
  /** The connection's endpoint: the third party's address, or a whole `Endpoint`. */
  readonly endpoint?: string | Endpoint;
  /** The user id in the connection (the third party's account). */
  readonly userId?: string;
  /** The password in the connection. Secret: never logged. May be a `${env:NAME}` or `${file:PATH}` reference. */
  readonly clearPassword?: string;
  /** Other secrets in the connection. Never logged. */
  readonly securedProperties?: Readonly<Record<string, string>>;
  /** More fields of the connection, which win over those the kit builds. */
  readonly connection?: Readonly<Partial<Connection>>;
  /** Which way metadata may move (default: the integration service's default). */
  readonly permittedSynchronization?: PermittedSynchronization;
  /** The metadata source that owns what the connector creates; none means local-cohort provenance. */
  readonly metadataSourceQualifiedName?: string;
  /** How the connector deletes elements (default `ARCHIVE`). */
  readonly deleteMethod?: DeleteMethod;
  /** Publish an activity report after each refresh that changed something (default false). */
  readonly generateIntegrationReport?: boolean;
  /** The integration service's options (`integrationServiceOptions`). */
  readonly serviceOptions?: Readonly<Record<string, unknown>>;
  /** Refreshes to run before `runConnector` returns (default 1; 0 for none). */
  readonly refreshes?: number;
  /** Fires each refresh's signal after this many milliseconds (default: never). */
  readonly refreshTimeoutMs?: number;
  /** Time allowed for one request to the metadata server, in milliseconds (the transport's default when absent). */
  readonly requestTimeoutMs?: number;
  /** More audit log destinations, beside the in-memory one (for example one that prints). */
  readonly auditLogDestinations?: readonly AuditLogDestination[];
  /**
   * Close the integration service's shared sockets when the last run that uses it stops (default
   * true, so that jest finds no open handles).
   */
  readonly closeServiceOnStop?: boolean;
}
