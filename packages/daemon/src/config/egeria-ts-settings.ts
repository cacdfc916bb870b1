/** The egeria-ts section of the configuration document (key `egeriaTs`) after checking, defaults filled in. */

/** Where connectors run: in the daemon's process, or (opt-in) each in a worker thread. */
export type IsolationMode = 'in-process' | 'worker';

/** TLS files of the admin API. */
export interface AdminApiTlsSettings {
  /** PEM certificate file. */
  certFile: string;
  /** PEM private key file. */
  keyFile: string;
}

/** The REST admin API. */
export interface AdminApiSettings {
  /** False to run without the admin API (default true). */
  enabled: boolean;
  /** Address to listen on (default `127.0.0.1`). */
  host: string;
  /** Port to listen on (0: any free port); undefined lets the runtime or the CLI's `--port` choose. */
  port?: number;
  /** Bearer token every request must carry, as written (possibly a secret reference). */
  token?: string;
  /** TLS files; plain HTTP when absent. */
  tls?: AdminApiTlsSettings;
}

/** How the daemon authenticates to the platforms it calls. */
export interface PlatformSettings {
  /** User id for HTTP basic authentication. */
  userId?: string;
  /** Password for HTTP basic authentication, as written (possibly a secret reference). */
  password?: string;
  /** Bearer token, as written (possibly a secret reference). */
  bearerToken?: string;
  /** File of the certificate authorities to trust. */
  caFile?: string;
  /** False to accept any platform certificate (default true). */
  rejectUnauthorized: boolean;
}

/** Restart policy of failed connectors: capped exponential backoff. */
export interface RestartPolicySettings {
  /** False to leave failed connectors failed until restarted by request (default true). */
  enabled: boolean;
  /** Seconds before the first restart (default 1). */
  initialDelaySeconds: number;
  /** Upper bound of the delay in seconds (default 30). */
  maxDelaySeconds: number;
  /** Factor applied to the delay after each failed restart (default 2). */
  multiplier: number;
}

/** egeria-ts's own settings. */
export interface EgeriaTsSettings {
  /** The REST admin API. */
  adminApi: AdminApiSettings;
  /** Modules to load so their connectors register: paths or package names (default none). */
  modules: string[];
  /** Authentication and TLS towards the platforms. */
  platform: PlatformSettings;
  /** Refresh interval in seconds for some connectors, by connector name; wins over `refreshTimeInterval`. */
  connectorRefreshIntervalSeconds: Record<string, number>;
  /** Seconds a refresh may take before it is aborted; 0: no limit (default 1800). */
  refreshTimeoutSeconds: number;
  /** Where connectors run (default `in-process`). */
  isolation: IsolationMode;
  /** Restart policy of failed connectors. */
  restartPolicy: RestartPolicySettings;
  /** Seconds a stop waits for running refreshes before aborting them (default 10). */
  shutdownTimeoutSeconds: number;
  /** Seconds between two reads of each integration group's configuration; 0: at start and on request only (default 60). */
  integrationGroupRefreshSeconds: number;
  /** Whether integration groups listen to the Governance Server OMAS out topic for changes (default true). */
  integrationGroupEvents: boolean;
  /** True to run a dry run: connectors read as usual, but their writes to open metadata are recorded, not sent (default false). */
  dryRun: boolean;
}

/** The values the `egeriaTs` section takes where the document leaves a setting out. */
export interface EgeriaTsDefaults {
  /** The address the admin API listens on ({@link AdminApiSettings.host}). */
  adminApiHost: string;
  /** See {@link EgeriaTsSettings.refreshTimeoutSeconds}. */
  refreshTimeoutSeconds: number;
  /** See {@link EgeriaTsSettings.shutdownTimeoutSeconds}. */
  shutdownTimeoutSeconds: number;
  /** See {@link EgeriaTsSettings.integrationGroupRefreshSeconds}. */
  integrationGroupRefreshSeconds: number;
  /** See {@link EgeriaTsSettings.integrationGroupEvents}. */
  integrationGroupEvents: boolean;
  /** See {@link EgeriaTsSettings.dryRun}. */
  dryRun: boolean;
  /** See {@link EgeriaTsSettings.isolation}. */
  isolation: IsolationMode;
  /** See {@link EgeriaTsSettings.restartPolicy}. */
  restartPolicy: Readonly<RestartPolicySettings>;
}

/** The defaults of the `egeriaTs` section. */
export const EGERIA_TS_DEFAULTS: Readonly<EgeriaTsDefaults> = Object.freeze({
  adminApiHost: '127.0.0.1',
  refreshTimeoutSeconds: 1800,
  shutdownTimeoutSeconds: 10,
  integrationGroupRefreshSeconds: 60,
  integrationGroupEvents: true,
  dryRun: false,
  isolation: 'in-process',
  restartPolicy: Object.freeze({ enabled: true, initialDelaySeconds: 1, maxDelaySeconds: 30, multiplier: 2 }),
});
