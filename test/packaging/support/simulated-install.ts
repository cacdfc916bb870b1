import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import type { PackResult } from './pack-list';
import { REPO_ROOT, type Manifest, type WorkspacePackage } from './workspace-packages';

const run = promisify(execFile);
const ROOT_MODULES = path.join(REPO_ROOT, 'node_modules');

function readManifest(dir: string): Manifest {
  return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as Manifest;
}

/** Where Node would find `name` from a package folder inside the root's node_modules (nested first). */
function locate(name: string, fromDir: string): string | undefined {
  for (let dir = fromDir; dir.startsWith(REPO_ROOT); dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (dir === REPO_ROOT) break;
  }
  return undefined;
}

/**
 * Installs one workspace package the way the registry would, without the registry: a fresh
 * `node_modules` holding only the package's packed files, the packed files of the `@egeria-ts`
 * packages it depends on (transitively, by their declared dependencies), and links to the
 * third-party packages those declare (with theirs). Run Node with `--preserve-symlinks` there, and
 * a module that needs something undeclared is not found.
 * @returns the folder to run Node in
 */
export function simulateInstall(
  target: WorkspacePackage,
  workspace: ReadonlyMap<string, WorkspacePackage>,
  packs: ReadonlyMap<string, PackResult>,
  root: string,
): string {
  const modules = path.join(root, 'node_modules');
  fs.mkdirSync(modules, { recursive: true });
  const placed = new Set<string>();
  const thirdPartyDone = new Set<string>();

  const placeThirdParty = (name: string, fromDir: string, optional: boolean, requiredBy: string): void => {
    const found = locate(name, fromDir);
    if (found === undefined) {
      if (optional) return;
      throw new Error(`${requiredBy} depends on ${name}, which is not installed in the repository`);
    }
    if (thirdPartyDone.has(found)) return;
    thirdPartyDone.add(found);
    const insideRootModules = path.relative(ROOT_MODULES, found);
    const nestedInThirdParty = !insideRootModules.startsWith('..') && insideRootModules.includes('node_modules');
    if (!nestedInThirdParty) {
      if (!placed.has(name)) {
        placed.add(name);
        fs.mkdirSync(path.dirname(path.join(modules, name)), { recursive: true });
        fs.symlinkSync(found, path.join(modules, name), 'dir');
      }
    }
    // Nested packages come along with their parent's link; their own dependencies may be hoisted.
    const manifest = readManifest(found);
    for (const dep of Object.keys(manifest.dependencies ?? {})) placeThirdParty(dep, found, false, name);
    for (const dep of Object.keys(manifest.optionalDependencies ?? {})) placeThirdParty(dep, found, true, name);
    for (const dep of Object.keys(manifest.peerDependencies ?? {})) placeThirdParty(dep, found, true, name);
  };

  const placeWorkspace = (pkg: WorkspacePackage): void => {
    const name = pkg.manifest.name;
    if (placed.has(name)) return;
    placed.add(name);
    const packed = packs.get(name);
    if (packed === undefined) throw new Error(`${name} was not packed`);
    const destination = path.join(modules, name);
    for (const file of packed.files) {
      const to = path.join(destination, file.path);
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.copyFileSync(path.join(pkg.dir, file.path), to);
      fs.chmodSync(to, file.mode & 0o777);
    }
    const deps = { ...pkg.manifest.dependencies, ...pkg.manifest.peerDependencies };
    for (const dep of Object.keys(deps)) {
      const inWorkspace = workspace.get(dep);
      if (inWorkspace !== undefined) placeWorkspace(inWorkspace);
      else placeThirdParty(dep, pkg.dir, false, name);
    }
    for (const dep of Object.keys(pkg.manifest.optionalDependencies ?? {})) placeThirdParty(dep, pkg.dir, true, name);
  };

  placeWorkspace(target);
  fs.writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'install-check', private: true }));
  return root;
}

/** The outcome of running Node in a simulated install. */
export interface NodeOutcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs Node with `--preserve-symlinks` in `cwd`, so that resolution stays inside the simulated install. */
export async function runNode(cwd: string, args: readonly string[]): Promise<NodeOutcome> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--preserve-symlinks', '--preserve-symlinks-main', ...args],
      { cwd, timeout: 60_000, env: { ...process.env, NODE_PATH: '' } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: unknown; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? String(error) };
  }
}
