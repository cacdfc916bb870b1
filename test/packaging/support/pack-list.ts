import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT, type WorkspacePackage } from './workspace-packages';

const run = promisify(execFile);

/** One file of a packed tarball, as `npm pack --json` lists it. */
export interface PackedFile {
  readonly path: string;
  readonly size: number;
  readonly mode: number;
}

/** What `npm pack --dry-run --json` reports for one package. */
export interface PackResult {
  readonly name: string;
  readonly version: string;
  readonly files: readonly PackedFile[];
}

/**
 * Builds (`tsc -b`) the packages whose `dist/` is missing, so that a fresh clone can be packed;
 * after `npm ci` (whose `prepare` builds everything) there is nothing to do.
 */
export async function buildMissing(packages: readonly WorkspacePackage[]): Promise<string[]> {
  const missing = packages.filter((p) => !fs.existsSync(path.join(p.dir, 'dist')));
  if (missing.length === 0) return [];
  const tsc = require.resolve('typescript/bin/tsc', { paths: [REPO_ROOT] });
  await run(process.execPath, [tsc, '-b', ...missing.map((p) => p.folder)], {
    cwd: REPO_ROOT,
    maxBuffer: 16 * 1024 * 1024,
  });
  return missing.map((p) => p.folder);
}

/** Runs `npm pack --dry-run --json` once for all the packages (as workspaces of the root); results by package name. */
export async function packDryRun(packages: readonly WorkspacePackage[]): Promise<Map<string, PackResult>> {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const args = ['pack', '--dry-run', '--json', '--ignore-scripts', ...packages.flatMap((p) => ['-w', p.folder])];
  const { stdout } = await run(npm, args, {
    cwd: REPO_ROOT,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false' },
  });
  const results = JSON.parse(stdout) as PackResult[];
  return new Map(results.map((r) => [r.name, r]));
}
