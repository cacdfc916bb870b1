import type { IntegrationConnectorConfig } from '../config/daemon-config';

/**
 * A connector's configuration as the runtime runs it: from the configuration document, or read
 * from the registration of an integration group (which adds the connector's GUID and its dates).
 * @internal
 */
export interface RuntimeConnectorConfig extends IntegrationConnectorConfig {
  /** GUID of the connector's `IntegrationConnector` element (connectors of integration groups). */
  connectorGUID?: string;
  /** The connector is not started or refreshed before this time. */
  startDate?: Date;
  /** The connector is no longer refreshed from this time. */
  stopDate?: Date;
}

/** The part of a connector's configuration that can change while it runs (no restart). @internal */
export interface ConnectorScheduleUpdate {
  /** Minutes between refreshes; undefined: the connector's declared default. */
  readonly refreshTimeInterval?: number;
  /** The new start date; undefined: none. */
  readonly startDate?: Date;
  /** The new stop date; undefined: none. */
  readonly stopDate?: Date;
}
