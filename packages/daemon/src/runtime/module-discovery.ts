import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DaemonConfigProblem } from '../config/daemon-config-error';

/**
 * The field of a package's `package.json` that declares the modules holding its connectors:
 * `"egeria-ts": { "connectors": ["./dist/my-connector.js"] }` (paths relative to the package).
 * The daemon loads those modules at start, so their decorated classes register.
 */
export const CONNECTOR_PACKAGE_FIELD = 'egeria-ts';

/** A module the daemon loaded so that the connector classes in it register. */
export interface LoadedConnectorModule {
  /** The module as configured or declared (a path or a package name). */
  readonly module: string;
  /** The file that was loaded. */
  readonly file: string;
  /** Where the module was named: `egeriaTs.modules[i]`, or `package <name>`. */
  readonly source: string;
}

/** What {@link loadConnectorModules} reports. */
export interface ConnectorModuleLoadResult {
  /** The modules loaded. */
  readonly loaded: LoadedConnectorModule[];
  /** The configured modules (`egeriaTs.modules`) that could not be loaded, as configuration problems. */
  readonly problems: DaemonConfigProblem[];
  /**
   * The connectors that installed packages declare but that could not be loaded. They do not stop
   * the daemon (a package the configuration does not name is not the configuration's fault): the
   * daemon logs them, and a connection that names one of their classes is CONFIG_FAILED.
   */
  readonly skipped: DaemonConfigProblem[];
}

/** Options of {@link loadConnectorModules}. */
export interface LoadConnectorModulesOptions {
  /** The modules the configuration names (`egeriaTs.modules`): paths or package names. */
  readonly modules: readonly string[];
  /** The JSON path of that list in the document, for problems (default `egeriaTs.modules`). */
  readonly modulesPath?: string;
  /** The directory relative paths and package names are resolved from (the configuration file's). */
  readonly baseDir: string;
  /** More directories whose `node_modules` are scanned for connector packages (such as the working directory). */
  readonly scanDirs?: readonly string[];
  /** False to skip the scan of installed packages (default true). */
  readonly scanPackages?: boolean;
}

function isPathLike(name: string): boolean {
  return name.startsWith('.') || path.isAbsolute(name) || name.includes('\\');
}

function loadFile(file: string): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(file);
}

function describeLoadError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}

/**
 * Loads the connector modules a configuration names (`egeriaTs.modules`: paths relative to
 * `baseDir`, or package names resolved from it), then the installed packages that declare
 * connectors in their `package.json` ({@link CONNECTOR_PACKAGE_FIELD}), found in the
 * `node_modules` folders next to `baseDir` and each of `scanDirs`, one level deep (scoped packages
 * included). Loading runs the modules' decorators, which register the classes. A configured module
 * that cannot be loaded is reported as a problem with its JSON path; a declared one in an installed
 * package as skipped, with its package. Nothing is thrown.
 */
export function loadConnectorModules(options: LoadConnectorModulesOptions): ConnectorModuleLoadResult {
  const loaded: LoadedConnectorModule[] = [];
  const problems: DaemonConfigProblem[] = [];
  const skipped: DaemonConfigProblem[] = [];
  const modulesPath = options.modulesPath ?? 'egeriaTs.modules';
  options.modules.forEach((name, i) => {
    const at = `${modulesPath}[${i}]`;
    let file: string;
    try {
      file = isPathLike(name)
        ? require.resolve(path.resolve(options.baseDir, name))
        : require.resolve(name, { paths: [options.baseDir] });
    } catch (error) {
      problems.push({ path: at, expected: 'a module that can be found', got: `${name} (${describeLoadError(error)})` });
      return;
    }
    try {
      loadFile(file);
      loaded.push({ module: name, file, source: at });
    } catch (error) {
      problems.push({ path: at, expected: 'a module that loads', got: `${name} (${describeLoadError(error)})` });
    }
  });

  if (options.scanPackages !== false) {
    const roots = [...new Set([options.baseDir, ...(options.scanDirs ?? [])].map((d) => path.resolve(d)))];
    const seen = new Set<string>();
    for (const root of roots) {
      for (const packageDir of listPackages(path.join(root, 'node_modules'))) {
        const real = safeRealpath(packageDir);
        if (seen.has(real)) continue;
        seen.add(real);
        loadDeclaredConnectors(packageDir, loaded, skipped);
      }
    }
  }
  return { loaded, problems, skipped };
}

function safeRealpath(dir: string): string {
  try {
    return fs.realpathSync(dir);
  } catch {
    return dir;
  }
}

function listDir(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

function isDirectory(entry: fs.Dirent, parent: string): boolean {
  if (entry.isDirectory()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    return fs.statSync(path.join(parent, entry.name)).isDirectory();
  } catch {
    return false;
  }
}

/** The package folders directly under a node_modules folder, scoped ones included. */
function listPackages(nodeModules: string): string[] {
  const out: string[] = [];
  for (const entry of listDir(nodeModules)) {
    if (entry.name.startsWith('.') || !isDirectory(entry, nodeModules)) continue;
    const dir = path.join(nodeModules, entry.name);
    if (entry.name.startsWith('@')) {
      for (const scoped of listDir(dir)) if (isDirectory(scoped, dir)) out.push(path.join(dir, scoped.name));
    } else {
      out.push(dir);
    }
  }
  return out;
}

function loadDeclaredConnectors(
  packageDir: string,
  loaded: LoadedConnectorModule[],
  problems: DaemonConfigProblem[],
): void {
  let manifest: unknown;
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
  } catch {
    return;
  }
  if (typeof manifest !== 'object' || manifest === null) return;
  const declaration = (manifest as Record<string, unknown>)[CONNECTOR_PACKAGE_FIELD];
  if (declaration === undefined) return;
  const packageName = String((manifest as Record<string, unknown>)['name'] ?? path.basename(packageDir));
  const where = `package ${packageName}`;
  const connectors = (declaration as Record<string, unknown> | null)?.['connectors'];
  if (!Array.isArray(connectors) || connectors.some((c) => typeof c !== 'string')) {
    problems.push({
      path: `${packageName}/package.json#${CONNECTOR_PACKAGE_FIELD}.connectors`,
      expected: 'an array of module paths relative to the package',
      got: JSON.stringify(connectors) ?? 'nothing',
    });
    return;
  }
  for (const relative of connectors as string[]) {
    const file = path.resolve(packageDir, relative);
    try {
      loadFile(require.resolve(file));
      loaded.push({ module: `${packageName}/${relative.replace(/^\.\//, '')}`, file, source: where });
    } catch (error) {
      problems.push({
        path: `${packageName}/package.json#${CONNECTOR_PACKAGE_FIELD}.connectors`,
        expected: 'modules that load',
        got: `${relative} (${describeLoadError(error)})`,
      });
    }
  }
}
