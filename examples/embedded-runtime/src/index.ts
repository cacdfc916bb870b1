/**
 * A Node service that embeds the egeria-ts integration daemon in its own process: the daemon is
 * configured in code, runs a connector class of the service's own (registered programmatically)
 * and gets one of the service's own services injected into that connector through tsyringe.
 * @packageDocumentation
 */

/** The version of this example. */
export const VERSION = '0.1.0';

// The host service.
export { ExportService } from './export-service';
export type {
  ExportServiceOptions,
  ExportServiceEvents,
  ExportServiceState,
  HostLifecycleEvent,
  FirstRefreshOutcome,
} from './export-service';
export { buildEmbeddedDaemonConfig, EXPORT_CATALOGUER_NAME } from './export-service-config';
export type { EmbeddedDaemonConfigOptions } from './export-service-config';
export { EXPORT_SERVICE_ERROR_CODE } from './messages';

// The host's own service, injected into the connector.
export { ExportStore, EXPORT_STORE_TOKEN, EXPORT_FORMATS } from './export-store';
export type { ExportRequest, ExportEntry, ExportFormat, CataloguedExport } from './export-store';

// The connector.
export {
  ExportCatalogConnector,
  EXPORT_CATALOG_CONNECTOR_NAME,
  EXPORT_CATALOG_CONNECTOR_DEFINITION,
} from './export-catalog-connector';
export type { ExportCatalogRefresh } from './export-catalog-connector';
