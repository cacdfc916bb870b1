// The real egeria-demo command in its own process, against the built workspace (dist folders).
// Skipped, with the reason printed, when the demo or its dependencies are not built.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const demoDir = path.join(__dirname, '..');
const root = path.join(demoDir, '..', '..');
const bin = path.join(demoDir, 'bin', 'egeria-demo.js');
const needed = [
  'examples/demo/dist/main.js',
  'examples/folder-files-connector/dist/index.js',
  'examples/openapi-connector/dist/index.js',
  'packages/daemon/dist/index.js',
  'packages/emulator/dist/index.js',
  'packages/files-integrator/dist/index.js',
  'packages/api-integrator/dist/index.js',
];
const missing = needed.filter((file) => !fs.existsSync(path.join(root, file)));
if (missing.length > 0) {
  console.log(`egeria-demo bin tests skipped: ${missing.join(', ')} not built (run \`npm run build\`)`);
}
const maybe = missing.length === 0 ? it : it.skip;

interface Result {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  stoppedInMs?: number;
}

/** Runs the bin; `onStdout` may send it SIGTERM. */
function runBin(args: string[], onStdout?: (text: string, terminate: () => void) => void): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let terminatedAt: number | undefined;
    const terminate = (): void => {
      if (terminatedAt !== undefined) return;
      terminatedAt = Date.now();
      child.kill('SIGTERM');
    };
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      onStdout?.(stdout, terminate);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        code,
        signal,
        stdout,
        stderr,
        ...(terminatedAt === undefined ? {} : { stoppedInMs: Date.now() - terminatedAt }),
      });
    });
  });
}

describe('the egeria-demo bin', () => {
  it('is committed executable, with a node shebang, and runs the compiled demo', () => {
    const text = fs.readFileSync(bin, 'utf8');
    expect(text.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(text).toContain("require('../dist/main.js')");
    expect(fs.statSync(bin).mode & 0o111).not.toBe(0);
  });

  maybe(
    '--once exits 0 after printing what was catalogued',
    async () => {
      const result = await runBin(['--once']);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/APIOperation\s+5\n/);
      expect(result.stdout).toContain('2 of 2 connector(s) completed their first refresh.');
    },
    60_000,
  );

  maybe(
    'serves the admin API until SIGTERM, then exits 0 within 10 s',
    async () => {
      const result = await runBin(['--port', '0'], (text, terminate) => {
        if (text.includes('Press Ctrl+C to stop.')) terminate();
      });
      expect(result.code).toBe(0);
      expect(result.signal).toBeNull();
      expect(result.stdout).toMatch(/Admin API: http:\/\/127\.0\.0\.1:\d+/);
      expect(result.stdout).toContain('SIGTERM: stopping.');
      expect(result.stoppedInMs).toBeLessThan(10_000);
    },
    60_000,
  );
});
