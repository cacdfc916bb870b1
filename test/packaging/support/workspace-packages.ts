import * as fs from 'node:fs';
import * as path from 'node:path';

/** The root of the repository. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

/** The fields of a package.json the packaging tests read. */
export interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly private?: boolean;
  readonly description?: string;
  readonly license?: string;
  readonly main?: string;
  readonly types?: string;
  readonly exports?: unknown;
  readonly bin?: string | Readonly<Record<string, string>>;
  readonly files?: readonly string[];
  readonly engines?: Readonly<Record<string, string>>;
  readonly publishConfig?: Readonly<Record<string, unknown>>;
  readonly repository?: string | { readonly type?: string; readonly url?: string; readonly directory?: string };
  readonly keywords?: readonly string[];
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly devDependencies?: Readonly<Record<string, string>>;
  readonly peerDependencies?: Readonly<Record<string, string>>;
  readonly optionalDependencies?: Readonly<Record<string, string>>;
  readonly 'egeria-ts'?: { readonly connectors?: unknown };
}

/** A package of the workspace: its folder (relative to the root and absolute) and manifest. */
export interface WorkspacePackage {
  readonly folder: string;
  readonly dir: string;
  readonly manifest: Manifest;
}

/** The packages under `packages/` and `examples/`, in folder order. */
export function workspacePackages(): WorkspacePackage[] {
  const out: WorkspacePackage[] = [];
  for (const top of ['packages', 'examples']) {
    const parent = path.join(REPO_ROOT, top);
    if (!fs.existsSync(parent)) continue;
    for (const name of fs.readdirSync(parent).sort()) {
      const dir = path.join(parent, name);
      const file = path.join(dir, 'package.json');
      if (!fs.existsSync(file)) continue;
      out.push({ folder: `${top}/${name}`, dir, manifest: JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest });
    }
  }
  return out;
}

/** The packages meant for the registry: those under `packages/` that are not private. */
export function publicPackages(): WorkspacePackage[] {
  return workspacePackages().filter((p) => p.folder.startsWith('packages/') && p.manifest.private !== true);
}

/** The names a package may import at run time: its dependencies, peer and optional dependencies. */
export function runtimeDependencyNames(manifest: Manifest): Set<string> {
  return new Set([
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}),
    ...Object.keys(manifest.optionalDependencies ?? {}),
  ]);
}

/** Every `.ts` file under a folder, recursively (none when the folder does not exist). */
export function typeScriptFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...typeScriptFiles(full));
    else if (entry.name.endsWith('.ts')) out.push(full);
  }
  return out.sort();
}
