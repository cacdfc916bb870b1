import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CONNECTOR_PACKAGE_FIELD } from '@egeria-ts/daemon';
import { buildMissing, packDryRun, type PackResult } from './support/pack-list';
import { simulateInstall, runNode, type NodeOutcome } from './support/simulated-install';
import { declaresConnectors, importedPackages } from './support/source-imports';
import {
  REPO_ROOT,
  publicPackages,
  runtimeDependencyNames,
  workspacePackages,
  type Manifest,
  type WorkspacePackage,
} from './support/workspace-packages';

// What a package looks like once published: every public package under packages/ is packed with
// `npm pack --dry-run --json` (after building it when dist/ is missing) and its tarball is checked,
// then installed from those files alone, with only what it declares, and loaded.

const CONNECTOR_KEYWORD = 'egeria-integration-connector';
const ALL = workspacePackages();
const PUBLIC = publicPackages();
const BY_NAME = new Map(ALL.map((p) => [p.manifest.name, p]));
const ROOT_MANIFEST = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as Manifest;
const ROOT_LICENSE = fs.readFileSync(path.join(REPO_ROOT, 'LICENSE'), 'utf8');

/** What loading a package and running its commands in its simulated install gave. */
interface InstallCheck {
  readonly load: NodeOutcome;
  readonly bins: readonly { readonly command: string; readonly help: NodeOutcome }[];
}

let packs: Map<string, PackResult> = new Map();
const installs = new Map<string, InstallCheck>();
const temporary: string[] = [];

async function checkInstall(pkg: WorkspacePackage): Promise<InstallCheck> {
  const name = pkg.manifest.name;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'egeria-ts-install-'));
  temporary.push(root);
  simulateInstall(pkg, BY_NAME, packs, root);
  const load = await runNode(root, [
    '-e',
    `const m = require(${JSON.stringify(name)}); if (Object.keys(m).length === 0) { console.error('no exports'); process.exit(3); }`,
  ]);
  const bins = [];
  for (const [command, file] of binEntries(pkg.manifest)) {
    bins.push({ command, help: await runNode(root, [path.join(root, 'node_modules', name, file), '--help']) });
  }
  return { load, bins };
}

beforeAll(async () => {
  await buildMissing(PUBLIC);
  packs = await packDryRun(PUBLIC);
  // Four installs at a time: each loads a package in a Node process of its own.
  const queue = [...PUBLIC];
  const worker = async (): Promise<void> => {
    for (let pkg = queue.shift(); pkg !== undefined; pkg = queue.shift()) {
      installs.set(pkg.manifest.name, await checkInstall(pkg));
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}, 300_000);

afterAll(() => {
  for (const dir of temporary) fs.rmSync(dir, { recursive: true, force: true });
});

function packedPaths(name: string): Set<string> {
  const packed = packs.get(name);
  if (packed === undefined) throw new Error(`npm pack reported nothing for ${name}`);
  return new Set(packed.files.map((f) => f.path));
}

function normalize(target: string): string {
  return target.replace(/^\.\//, '');
}

/** Every file path an `exports` map points at (conditions and subpaths, recursively). */
function exportTargets(exportsField: unknown): string[] {
  if (typeof exportsField === 'string') return [exportsField];
  if (Array.isArray(exportsField)) return exportsField.flatMap(exportTargets);
  if (typeof exportsField === 'object' && exportsField !== null)
    return Object.values(exportsField).flatMap(exportTargets);
  return [];
}

function binEntries(manifest: Manifest): [string, string][] {
  if (manifest.bin === undefined) return [];
  if (typeof manifest.bin === 'string') return [[manifest.name.replace(/^@[^/]+\//, ''), manifest.bin]];
  return Object.entries(manifest.bin);
}

/** Why a packed path should not be in a tarball, or undefined when it belongs. */
function strayReason(file: string): string | undefined {
  if (/(^|\/)node_modules\//.test(file)) return 'installed dependencies';
  if (/(^|\/)(test|tests|__tests__|__mocks__)\//.test(file) || /\.(test|spec)\.[cm]?[jt]sx?$/.test(file))
    return 'a test';
  if (/\.map$/.test(file)) return 'a source map';
  if (/tsbuildinfo$/.test(file)) return 'TypeScript build information';
  if (/^src\//.test(file) || (/\.[cm]?tsx?$/.test(file) && !/\.d\.[cm]?ts$/.test(file))) return 'TypeScript source';
  if (/(^|\/)(tsconfig[^/]*\.json|jest\.config\.[cm]?js|\.eslintrc[^/]*)$/.test(file)) return 'build configuration';
  return undefined;
}

describe.each(PUBLIC.map((p) => [p.manifest.name, p] as const))('published package %s', (name, pkg) => {
  const manifest = pkg.manifest;

  it('has the manifest fields the registry and its users need', () => {
    expect(manifest.publishConfig?.['access']).toBe('public');
    expect(manifest.engines?.['node']).toBe(ROOT_MANIFEST.engines?.['node']);
    expect(manifest.license).toBe('Apache-2.0');
    expect(manifest.description?.trim()).toBeTruthy();
    expect(manifest.repository).toEqual(
      expect.objectContaining({ type: 'git', url: expect.stringMatching(/^git\+https:\/\//), directory: pkg.folder }),
    );
    expect(manifest.keywords).toEqual(expect.arrayContaining(['egeria']));
    expect(manifest.files).toEqual(expect.arrayContaining(['dist', 'README.md', 'LICENSE']));
  });

  it('packs its entry points, bins, README and LICENSE', () => {
    const files = packedPaths(name);
    const entryPoints = [manifest.main, manifest.types, ...exportTargets(manifest.exports)].filter(
      (t): t is string => t !== undefined,
    );
    expect(entryPoints.length).toBeGreaterThan(0);
    const missing = entryPoints.map(normalize).filter((target) => !files.has(target));
    expect({ name, missingEntryPoints: missing }).toEqual({ name, missingEntryPoints: [] });

    for (const [command, file] of binEntries(manifest)) {
      const packed = packs.get(name)?.files.find((f) => f.path === normalize(file));
      expect({ command, packed: packed !== undefined }).toEqual({ command, packed: true });
      expect({ command, executable: ((packed?.mode ?? 0) & 0o111) === 0o111 }).toEqual({ command, executable: true });
      expect(fs.readFileSync(path.join(pkg.dir, file), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
    }

    expect(files.has('README.md')).toBe(true);
    expect(fs.statSync(path.join(pkg.dir, 'README.md')).size).toBeGreaterThan(0);
    expect(files.has('LICENSE')).toBe(true);
    expect(fs.readFileSync(path.join(pkg.dir, 'LICENSE'), 'utf8')).toBe(ROOT_LICENSE);
  });

  it('packs no tests, sources, source maps or build information', () => {
    const stray = [...packedPaths(name)]
      .map((file) => ({ file, reason: strayReason(file) }))
      .filter((f) => f.reason !== undefined);
    expect(stray).toEqual([]);
  });

  it('depends only on published packages, at their current versions', () => {
    for (const [dependency, range] of Object.entries(manifest.dependencies ?? {})) {
      const inWorkspace = BY_NAME.get(dependency);
      if (inWorkspace === undefined) continue;
      expect({ dependency, private: inWorkspace.manifest.private === true }).toEqual({ dependency, private: false });
      expect({ dependency, version: range.replace(/^[\^~]/, '') }).toEqual({
        dependency,
        version: inWorkspace.manifest.version,
      });
    }
  });

  it('installs from its packed files with only its declared dependencies, loads, and runs its commands', () => {
    const install = installs.get(name);
    expect(install).toBeDefined();
    expect({ name, code: install?.load.code, stderr: install?.load.stderr }).toEqual({ name, code: 0, stderr: '' });
    expect(install?.bins.map((b) => b.command)).toEqual(binEntries(manifest).map(([command]) => command));
    for (const { command, help } of install?.bins ?? []) {
      expect({ command, code: help.code, stderr: help.stderr }).toEqual({ command, code: 0, stderr: '' });
      expect(help.stdout).toMatch(/usage/i);
    }
  });
});

describe.each(ALL.map((p) => [p.manifest.name, p] as const))('workspace package %s', (_name, pkg) => {
  it('declares every package its sources import as a dependency', () => {
    const declared = runtimeDependencyNames(pkg.manifest);
    const undeclared = importedPackages(path.join(pkg.dir, 'src'))
      .filter((i) => i.packageName !== pkg.manifest.name && !declared.has(i.packageName))
      .map((i) => `${i.packageName} (imported by src/${i.file})`);
    expect([...new Set(undeclared)]).toEqual([]);
  });

  it('declares its connectors for the daemon’s discovery when it has some', () => {
    const hasConnectors = declaresConnectors(path.join(pkg.dir, 'src'));
    const declaration = pkg.manifest[CONNECTOR_PACKAGE_FIELD];
    const keyword = (pkg.manifest.keywords ?? []).includes(CONNECTOR_KEYWORD);
    expect({ hasConnectors, declared: declaration !== undefined, keyword }).toEqual({
      hasConnectors,
      declared: hasConnectors,
      keyword: hasConnectors,
    });
    if (declaration === undefined) return;
    const modules = declaration.connectors;
    expect(Array.isArray(modules) && modules.length > 0 && modules.every((m) => typeof m === 'string')).toBe(true);
    for (const module of modules as string[]) {
      // Each module is a built file; its source must exist (and, once built, the file must be packed).
      const source = normalize(module)
        .replace(/^dist\//, 'src/')
        .replace(/\.js$/, '.ts');
      expect({ module, source: fs.existsSync(path.join(pkg.dir, source)) }).toEqual({ module, source: true });
      if (packs.has(pkg.manifest.name)) expect(packedPaths(pkg.manifest.name).has(normalize(module))).toBe(true);
    }
  });
});

describe('the packages under test', () => {
  it('are every public package under packages/, each packed', () => {
    expect(PUBLIC.length).toBeGreaterThan(10);
    expect([...packs.keys()].sort()).toEqual(PUBLIC.map((p) => p.manifest.name).sort());
  });

  it('recognise a stray file for what it is', () => {
    expect(strayReason('dist/index.js')).toBeUndefined();
    expect(strayReason('dist/index.d.ts')).toBeUndefined();
    expect(strayReason('bin/tool.js')).toBeUndefined();
    expect(strayReason('dist/index.js.map')).toBe('a source map');
    expect(strayReason('dist/.tsbuildinfo')).toBe('TypeScript build information');
    expect(strayReason('dist/x.test.js')).toBe('a test');
    expect(strayReason('test/x.js')).toBe('a test');
    expect(strayReason('src/index.ts')).toBe('TypeScript source');
    expect(strayReason('tsconfig.json')).toBe('build configuration');
  });
});
