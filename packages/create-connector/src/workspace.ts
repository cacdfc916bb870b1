import * as fs from 'node:fs';
import * as path from 'node:path';

/** True when `dir` is the root of an egeria-ts checkout (it has `packages/core` named `@egeria-ts/core`). */
export function isEgeriaTsWorkspace(dir: string): boolean {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'packages', 'core', 'package.json'), 'utf8')) as {
      name?: unknown;
    };
    return manifest.name === '@egeria-ts/core';
  } catch {
    return false;
  }
}

/** The egeria-ts checkout that holds `start` (or one of its parents), if any. */
export function findEgeriaTsWorkspace(start: string): string | undefined {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (isEgeriaTsWorkspace(dir)) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** The checkout this generator runs from, when it runs from a clone rather than from the registry. */
export function generatorWorkspace(): string | undefined {
  return findEgeriaTsWorkspace(path.join(__dirname, '..', '..', '..'));
}

/** A `file:` dependency on a workspace package, relative to the generated package's directory. */
export function fileDependency(fromDir: string, workspaceRoot: string, packageFolder: string): string {
  const relative = path.relative(fromDir, path.join(workspaceRoot, 'packages', packageFolder));
  return `file:${relative.split(path.sep).join('/')}`;
}
