import * as path from 'node:path';
import { InvalidParameterException } from '@egeria-ts/core';
import { checkPackageName, connectorNamesOf, type ConnectorNames } from './connector-names';
import { CREATE_CONNECTOR_ERROR_CODE } from './create-connector-messages';
import { integratorPackageOf, type IntegratorPackage } from './integrators';
import { THIRD_PARTY_VERSIONS, egeriaTsVersion } from './versions';
import { fileDependency, findEgeriaTsWorkspace, isEgeriaTsWorkspace } from './workspace';

/** What to generate. */
export interface CreateConnectorOptions {
  /** The connector name, such as `Acme Catalog` (the class becomes `AcmeCatalogConnector`). */
  readonly name: string;
  /** The URL marker of the integration service the connector runs in, such as `files-integrator`. */
  readonly service: string;
  /** The npm package name (default: from the name, such as `acme-catalog-connector`). */
  readonly packageName?: string;
  /** Where to write the package (default: a folder named after the package, in `cwd`); must be empty or absent. */
  readonly dir?: string;
  /** The directory relative paths start from (default: the process's working directory). */
  readonly cwd?: string;
  /**
   * Depend on the `@egeria-ts` packages of an egeria-ts checkout with `file:` specs instead of on
   * the registry: the checkout's root, or `true` for the one that holds `dir`. Default: `true` when
   * `dir` is inside an egeria-ts checkout, else the registry.
   */
  readonly workspaceDeps?: boolean | string;
}

/** The options, checked and completed: everything the templates need. */
export interface ResolvedConnectorPackage {
  /** The connector's names. */
  readonly names: ConnectorNames;
  /** The integration service's integrator package. */
  readonly integrator: IntegratorPackage;
  /** The npm package name. */
  readonly packageName: string;
  /** The absolute directory to write to. */
  readonly dir: string;
  /** The version of the `@egeria-ts` packages depended on. */
  readonly egeriaTsVersion: string;
  /** The egeria-ts checkout the `@egeria-ts` dependencies point into, when they are `file:` specs. */
  readonly workspaceRoot?: string;
  /** The dependency spec of each package a generated file names, `@egeria-ts` ones and tools alike. */
  readonly versions: Readonly<Record<string, string>>;
}

function resolveWorkspace(dir: string, option: boolean | string | undefined): string | undefined {
  if (typeof option === 'string') {
    const root = path.resolve(option);
    if (!isEgeriaTsWorkspace(root)) {
      throw InvalidParameterException.fromDefinition(CREATE_CONNECTOR_ERROR_CODE.NOT_A_WORKSPACE, [root], {
        exceptionProperties: { parameterName: 'workspaceDeps', parameterValue: option },
      });
    }
    return root;
  }
  if (option === false) return undefined;
  const found = findEgeriaTsWorkspace(dir);
  if (option === true && found === undefined) {
    throw InvalidParameterException.fromDefinition(CREATE_CONNECTOR_ERROR_CODE.NOT_A_WORKSPACE, [dir], {
      exceptionProperties: { parameterName: 'workspaceDeps', parameterValue: true },
    });
  }
  return found;
}

/**
 * Checks the options and works out every name, path and version the generated files use.
 * @param options - what to generate
 * @throws InvalidParameterException naming the option at fault (name, service, packageName, workspaceDeps)
 */
export function resolveConnectorPackage(options: CreateConnectorOptions): ResolvedConnectorPackage {
  if (typeof options !== 'object' || options === null) {
    throw InvalidParameterException.fromDefinition(
      CREATE_CONNECTOR_ERROR_CODE.INVALID_ARGUMENT,
      ['options', 'an object is needed'],
      { exceptionProperties: { parameterName: 'options' } },
    );
  }
  const names = connectorNamesOf(options.name);
  const integrator = integratorPackageOf(options.service);
  if (names.className === integrator.connectorClassName) {
    throw InvalidParameterException.fromDefinition(
      CREATE_CONNECTOR_ERROR_CODE.INVALID_NAME,
      [names.name, `its class ${names.className} would hide the base class of the ${integrator.service.fullName}`],
      { exceptionProperties: { parameterName: 'name', parameterValue: names.name } },
    );
  }
  const packageName = checkPackageName(options.packageName ?? names.kebabName);
  const cwd = options.cwd ?? process.cwd();
  const dir = path.resolve(cwd, options.dir ?? packageName.replace(/^@[^/]+\//, ''));
  const workspaceRoot = resolveWorkspace(dir, options.workspaceDeps);
  const version = egeriaTsVersion();
  const egeriaTs = (folder: string): string =>
    workspaceRoot === undefined ? `^${version}` : fileDependency(dir, workspaceRoot, folder);
  const versions: Record<string, string> = {
    '@egeria-ts/core': egeriaTs('core'),
    [integrator.packageName]: egeriaTs(integrator.service.marker),
    '@egeria-ts/daemon': egeriaTs('daemon'),
    '@egeria-ts/emulator': egeriaTs('emulator'),
    '@egeria-ts/testing': egeriaTs('testing'),
    ...THIRD_PARTY_VERSIONS,
  };
  return Object.freeze({
    names,
    integrator,
    packageName,
    dir,
    egeriaTsVersion: version,
    ...(workspaceRoot === undefined ? {} : { workspaceRoot }),
    versions: Object.freeze(versions),
  });
}
