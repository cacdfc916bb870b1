import type { IntegrationConnectorConfig } from './daemon-config';
import type { EgeriaTsSettings } from './egeria-ts-settings';

/** Minutes between refreshes of a connector when neither its configuration nor its class sets any. */
export const DEFAULT_REFRESH_TIME_INTERVAL_MINUTES = 60;

/** Where a resolved refresh interval came from. */
export type RefreshIntervalSource = 'egeriaTs' | 'refreshTimeInterval' | 'connectorDefault' | 'daemonDefault';

/** What {@link resolveRefreshInterval} needs. */
export interface ResolveRefreshIntervalOptions {
  /** The connector's configuration (static, or read from an integration group). */
  readonly connector: Pick<IntegrationConnectorConfig, 'connectorName' | 'refreshTimeInterval'>;
  /** The daemon's `egeriaTs` settings, whose `connectorRefreshIntervalSeconds` wins over everything. */
  readonly settings?: Pick<EgeriaTsSettings, 'connectorRefreshIntervalSeconds'>;
  /** The refresh interval in minutes that the connector's class declares, if any. */
  readonly declaredDefaultMinutes?: number;
}

/** A connector's refresh interval. */
export interface ResolvedRefreshInterval {
  /** Milliseconds between refreshes; 0 means at start and on request only. */
  readonly milliseconds: number;
  /** Which setting decided it. */
  readonly source: RefreshIntervalSource;
}

/**
 * The refresh interval of a connector: `egeriaTs.connectorRefreshIntervalSeconds[connectorName]`,
 * else the configured `refreshTimeInterval` (minutes), else the connector class's declared default
 * (minutes), else {@link DEFAULT_REFRESH_TIME_INTERVAL_MINUTES}.
 */
export function resolveRefreshInterval(options: ResolveRefreshIntervalOptions): ResolvedRefreshInterval {
  const { connector, settings, declaredDefaultMinutes } = options;
  const overrides = settings?.connectorRefreshIntervalSeconds ?? {};
  if (Object.prototype.hasOwnProperty.call(overrides, connector.connectorName)) {
    const seconds = overrides[connector.connectorName];
    if (isUsable(seconds)) return { milliseconds: Math.round(seconds * 1000), source: 'egeriaTs' };
  }
  if (isUsable(connector.refreshTimeInterval)) {
    return { milliseconds: connector.refreshTimeInterval * 60_000, source: 'refreshTimeInterval' };
  }
  if (isUsable(declaredDefaultMinutes)) {
    return { milliseconds: Math.round(declaredDefaultMinutes * 60_000), source: 'connectorDefault' };
  }
  return { milliseconds: DEFAULT_REFRESH_TIME_INTERVAL_MINUTES * 60_000, source: 'daemonDefault' };
}

function isUsable(value: number | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}
