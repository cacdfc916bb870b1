/**
 * A kit for testing egeria-ts integration connectors: start the emulator for a test, run a
 * connector class through its whole lifecycle against it, query what it catalogued, inject faults
 * between the connector and the server, and compare the catalog with a golden file.
 *
 * ```ts
 * const emulator = useTestEmulator();
 * it('catalogs the source', async () => {
 *   const run = await runConnector(MyDatabaseConnector, { emulator, metadataSourceQualifiedName: 'my-db-server' });
 *   expect(await emulator.elementsOfType('Database')).toHaveLength(1);
 *   expectMatchesGolden(await snapshotCatalog(emulator), path.join(__dirname, 'golden/catalog.json'));
 *   await run.stop();
 * });
 * ```
 * @packageDocumentation
 */

/** The version of this package. */
export const VERSION = '0.1.0';

// Test emulator
export { startTestEmulator } from './emulator/test-emulator';
export type { TestEmulator, TestEmulatorOptions } from './emulator/test-emulator';
export { useTestEmulator } from './emulator/use-test-emulator';

// Catalog queries
export { CatalogView } from './catalog/catalog-model';
export type {
  CatalogElement,
  CatalogElementReference,
  CatalogRelationship,
  CatalogClassification,
  CatalogOrigin,
  ElementKey,
  ElementsOfTypeOptions,
  RelationshipsOfOptions,
} from './catalog/catalog-model';
export { EmulatorCatalog } from './catalog/emulator-catalog';
export type { CatalogQuery, EmulatorCatalogOptions, ReadCatalogOptions } from './catalog/emulator-catalog';

// Running a connector
export { runConnector } from './run/run-connector';
export type { RunConnectorOptions } from './run/run-connector-options';
export type { ConnectorRun, RefreshOptions } from './run/connector-run';
export { KNOWN_INTEGRATION_SERVICES } from './run/known-services';

// Integration contexts and waiting, for tests of a service's context
export { createTestContext } from './context/test-context';
export type { TestContext, TestContextOptions, TestMetadataServer } from './context/test-context';
export { waitUntil } from './context/wait-until';
export { rejectionOf } from './context/rejection-of';
export { guidsOf } from './context/guids-of';
export type { RefusedWrite, RefreshScripted } from './context/refused-write';
export { scriptedConnector } from './context/scripted-connector';
export type { ScriptedConnector } from './context/scripted-connector';
export { useIntegratorTestbed } from './context/integrator-testbed';
export type {
  IntegratorTestbed,
  IntegratorTestbedOptions,
  IntegratorTestbedStartOptions,
} from './context/integrator-testbed';

// Fault injection
export { startFaultProxy } from './faults/fault-proxy';
export type { FaultProxy, FaultProxyOptions, InjectedFault, ProxiedRequest } from './faults/fault-proxy';
export { FAULT_KINDS } from './faults/fault-rules';
export { publishedReports, lastPublishedReport, reportCounts } from './faults/published-reports';
export type { ReportCountKind } from './faults/published-reports';
export type {
  FaultRule,
  FaultRuleBase,
  FaultKind,
  RequestMatcher,
  InjectedExceptionName,
  HttpErrorFault,
  HtmlFault,
  TruncatedJsonFault,
  FfdcFault,
  ResetFault,
  DelayFault,
} from './faults/fault-rules';

// Golden snapshots
export { snapshotCatalog } from './golden/snapshot-catalog';
export type {
  CatalogSnapshot,
  CatalogSnapshotOptions,
  SnapshotElement,
  SnapshotRelationship,
} from './golden/snapshot-catalog';
export { expectMatchesGolden, GoldenMismatchError } from './golden/golden-file';
export type { GoldenOptions, GoldenOutcome } from './golden/golden-file';

// Messages
export { TESTING_ERROR_CODE } from './testing-messages';
