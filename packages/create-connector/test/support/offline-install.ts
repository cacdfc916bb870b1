import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The root of the egeria-ts checkout these tests run in. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');

/** What a command printed and how it ended. */
export interface CommandOutcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs Node with these arguments in `cwd`, never throwing: the outcome says how it went. */
export async function runNode(
  cwd: string,
  args: readonly string[],
  options: { readonly timeoutMs?: number } = {},
): Promise<CommandOutcome> {
  // A jest run started from inside a jest worker must not think it is a worker.
  const env = { ...process.env };
  delete env['JEST_WORKER_ID'];
  try {
    const { stdout, stderr } = await run(process.execPath, [...args], {
      cwd,
      env,
      timeout: options.timeoutMs ?? 180_000,
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: unknown; stdout?: string; stderr?: string; message?: string };
    return {
      code: typeof e.code === 'number' ? e.code : 1,
      stdout: e.stdout ?? '',
      stderr: e.stderr ?? String(e.message),
    };
  }
}

/** The command-line entry of a tool installed in the repository's node_modules. */
export function toolScript(relative: string): string {
  return path.join(REPO_ROOT, 'node_modules', relative);
}

/**
 * Builds the workspace packages a generated package needs (`tsc -b` does nothing for those that are
 * up to date), so that their `dist/` matches their sources.
 */
export async function buildWorkspacePackages(folders: readonly string[]): Promise<CommandOutcome> {
  return runNode(REPO_ROOT, [toolScript('typescript/bin/tsc'), '-b', ...folders.map((f) => `packages/${f}`)], {
    timeoutMs: 600_000,
  });
}

/**
 * Installs a generated package without the registry, the way npm would lay it out: each of its
 * dependencies and devDependencies becomes a link in its `node_modules`, a `file:` spec to the
 * folder it names (the workspace packages), any other spec to the package already installed in the
 * repository. Only what the generated package.json declares is there, so a missing declaration
 * shows up as a module that is not found.
 * @returns the packages linked
 */
export function installOffline(dir: string): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  const linked: string[] = [];
  for (const [name, spec] of Object.entries({ ...manifest.dependencies, ...manifest.devDependencies })) {
    const target = spec.startsWith('file:')
      ? path.resolve(dir, spec.slice('file:'.length))
      : path.join(REPO_ROOT, 'node_modules', name);
    if (!fs.existsSync(path.join(target, 'package.json'))) {
      throw new Error(`cannot install ${name}@${spec}: nothing at ${target}`);
    }
    const link = path.join(dir, 'node_modules', name);
    fs.mkdirSync(path.dirname(link), { recursive: true });
    fs.symlinkSync(target, link, 'dir');
    linked.push(name);
  }
  return linked;
}
