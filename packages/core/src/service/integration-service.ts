import type { IntegrationConnector } from '../connector/integration-connector';
import type { IntegrationContext } from '../context/integration-context';
import type { IntegrationContextOptions } from '../context/integration-context-options';
import type { IntegrationServiceDescription } from './integration-services';

/** TLS settings for calls to a metadata access server. */
export interface PartnerServerTlsOptions {
  /** CA certificates (PEM) to trust, beside Node's defaults. */
  readonly ca?: string;
  /** Client certificate (PEM), for mutual TLS. */
  readonly cert?: string;
  /** Client key (PEM), for mutual TLS. Secret: never logged. */
  readonly key?: string;
  /** Verify the server's certificate (default true). Turning it off is reported loudly. */
  readonly rejectUnauthorized?: boolean;
}

/** Where an integration service's partner access service runs, and how to call it. */
export interface PartnerServerOptions {
  /** Root URL of the platform that hosts the metadata access server (`omagserverPlatformRootURL`). */
  readonly platformRootURL: string;
  /** Name of the metadata access server (`omagserverName`). */
  readonly serverName: string;
  /** The integration daemon's own user id (`localServerUserId`), for Basic authentication. */
  readonly localServerUserId?: string;
  /** The daemon's password, for Basic authentication. Secret: never logged. */
  readonly localServerPassword?: string;
  /** A bearer token, or a function that returns a fresh one. Secret: never logged. */
  readonly bearerToken?: string | (() => Promise<string>);
  /** TLS settings. */
  readonly tls?: PartnerServerTlsOptions;
  /** Time allowed for one request, in milliseconds. */
  readonly requestTimeoutMs?: number;
}

/** What the runtime asks an integration service for when it builds a connector's context. */
export interface CreateIntegrationContextRequest {
  /**
   * The connector's identity and settings. The service adds what it resolves itself: the metadata
   * source GUID, the catalog target store and the activity report publisher.
   */
  readonly context: Omit<
    IntegrationContextOptions,
    'metadataSourceGUID' | 'catalogTargetStore' | 'integrationReportPublisher'
  >;
  /** The partner access service. */
  readonly partner: PartnerServerOptions;
  /** The service's options from the configuration (`integrationServiceOptions`). */
  readonly serviceOptions?: Readonly<Record<string, unknown>>;
  /** Cancels the set-up. */
  readonly signal?: AbortSignal;
}

/**
 * One integration service (OMIS) as the runtime sees it: its description, which connectors it can
 * run, and how it builds their contexts. Each integrator package exports one.
 */
export interface IntegrationService<C extends IntegrationContext = IntegrationContext> {
  /** The service's description (code, URL marker, names, partner access service, default sync). */
  readonly description: IntegrationServiceDescription;
  /** True when the connector can run in this service (it extends the service's connector base class). */
  supportsConnector(connector: IntegrationConnector): boolean;
  /**
   * Builds a connector's context: finds or creates its metadata source and connects the partner
   * clients. Throws a `PropertyServerException` when the partner server cannot be reached, which the
   * runtime reports as INITIALIZE_FAILED and retries.
   */
  createContext(request: CreateIntegrationContextRequest): Promise<C>;
  /** Releases what the service shares between contexts (sockets, event streams). */
  close?(): Promise<void>;
}
