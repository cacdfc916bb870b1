/**
 * The egeria-ts demo (`npm start`, the `egeria-demo` command): the emulator and the integration
 * daemon running the folder files and OpenAPI example connectors on sample data.
 * @packageDocumentation
 */

/** The version of this example. */
export const VERSION = '0.1.0';

export { runDemo, DEMO_EXIT_CODE } from './run-demo';
export type { DemoOptions } from './run-demo';
export { runDemoFromProcess } from './main';
export { parseDemoArgs, DEMO_USAGE, DEMO_DEFAULT_PORT, DemoUsageError } from './demo-args';
export type { DemoArguments } from './demo-args';
export {
  buildDemoConfig,
  DEMO_SERVER_NAME,
  DEMO_EMULATOR_SERVER_NAME,
  DEMO_CONNECTOR_NAMES,
  SAMPLE_DATA_DIR,
  SAMPLE_FOLDER,
  SAMPLE_OPENAPI_DOCUMENT,
} from './demo-config';
export type { DemoConfigOptions } from './demo-config';
export { FirstRefreshTracker } from './first-refresh-tracker';
export type { DemoOutput, FirstRefreshOutcome } from './first-refresh-tracker';
export { cataloguedByConnector, formatCatalogueTable, CATALOGUED_PREFIX } from './catalogue-table';
export type { CataloguedByConnector } from './catalogue-table';
