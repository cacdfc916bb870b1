/**
 * The connector template of egeria-ts: `npm create @egeria-ts/connector` writes a ready integration
 * connector package (the decorated connector class and its configuration properties, tests against
 * the emulator with the test kit, a README and a daemon configuration that runs it). The same
 * generator is available as functions.
 *
 * ```ts
 * const created = await createConnectorPackage({ name: 'Acme Catalog', service: 'catalog-integrator' });
 * // created.dir: ./acme-catalog-connector, with src/acme-catalog-connector.ts, test/, daemon.json...
 * ```
 * @packageDocumentation
 */

// Generating a package
export { createConnectorPackage, renderConnectorPackage } from './generate';
export type { CreatedConnectorPackage, RenderedConnectorPackage } from './generate';
export { resolveConnectorPackage } from './create-connector-options';
export type { CreateConnectorOptions, ResolvedConnectorPackage } from './create-connector-options';
export { connectorNamesOf, checkPackageName } from './connector-names';
export type { ConnectorNames } from './connector-names';
export { integratorPackageOf, integratorPackages } from './integrators';
export type { IntegratorPackage } from './integrators';
export { THIRD_PARTY_VERSIONS, egeriaTsVersion } from './versions';

// The command
export { runCreateConnector, CREATE_CONNECTOR_EXIT_CODE } from './cli';
export type { CreateConnectorIO } from './cli';
export { parseCreateConnectorArgs, CREATE_CONNECTOR_USAGE } from './create-connector-args';
export type { CreateConnectorArgs } from './create-connector-args';
export { promptForOptions } from './prompts';
export type { PromptStreams } from './prompts';

// Messages
export { CREATE_CONNECTOR_ERROR_CODE } from './create-connector-messages';
