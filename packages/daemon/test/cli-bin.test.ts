// The real command and real processes, against the built package (packages/daemon/dist). Skipped,
// with the reason printed, when the package is not built.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { daemonDocument } from './runtime-support';

const packageDir = path.join(__dirname, '..');
const bin = path.join(packageDir, 'bin', 'egeria-integration-daemon.js');
const built =
  fs.existsSync(path.join(packageDir, 'dist', 'cli', 'main.js')) &&
  fs.existsSync(path.join(packageDir, '..', 'core', 'dist', 'index.js'));
if (!built) {
  console.log('cli-bin tests skipped: packages/daemon/dist/cli/main.js is not built (run `npm run build`)');
}
const maybe = built ? it : it.skip;

interface Result {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function runNode(
  args: string[],
  options: { cwd: string; onStdout?: (text: string, kill: () => void) => void },
): Promise<Result> {
  return new Promise((resolve, reject) => {
    const began = Date.now();
    const child = spawn(process.execPath, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 15000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      options.onStdout?.(stdout, () => child.kill('SIGTERM'));
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - began });
    });
  });
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'egeria-ts-bin-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the egeria-integration-daemon bin', () => {
  it('is committed executable, with a node shebang', () => {
    expect(fs.readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(fs.statSync(bin).mode & 0o111).not.toBe(0);
  });

  maybe('validate exits 2 with one line per problem and no stack trace', async () => {
    fs.writeFileSync(
      path.join(dir, 'bad.json'),
      JSON.stringify(daemonDocument([{ name: 'a', refreshTimeInterval: 'soon' }], { shutdownTimeoutSeconds: -1 })),
    );
    const r = await runNode([bin, 'validate', '--config', 'bad.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('integrationConnectorConfigs[0].refreshTimeInterval: expected');
    expect(r.stderr).toContain('egeriaTs.shutdownTimeoutSeconds: expected');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  maybe('--once exits 1 and prints the summary when a connector cannot start', async () => {
    fs.writeFileSync(
      path.join(dir, 'once.json'),
      JSON.stringify(daemonDocument([{ name: 'nobody-home', className: 'org.example.Missing' }])),
    );
    const r = await runNode([bin, '--config', 'once.json', '--once'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/nobody-home\s+database-integrator\s+FAILED\s+CONFIG_FAILED/);
    expect(r.stderr).toContain('"messageId":"INTEGRATION-DAEMON-SERVICES-0009"');
  });
});

describe('a host process embedding the daemon', () => {
  const script = path.join(__dirname, 'fixtures', 'embedded-daemon.js');

  maybe('survives a connector that leaks an unhandled rejection: it fails, restarts and refreshes again', async () => {
    const r = await runNode([script, 'leak'], { cwd: dir });
    expect(r.code).toBe(0);
    const events = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const failed = events.find((e) => e['status'] === 'FAILED');
    expect(failed?.['reason']).toContain('leaked by the connector');
    expect(events.find((e) => e['event'] === 'done')).toEqual({ event: 'done', refreshes: 2 });
  });

  maybe('ends cleanly on SIGTERM during a refresh, within the shutdown bound', async () => {
    let sent = false;
    const r = await runNode([script, 'sigterm'], {
      cwd: dir,
      onStdout: (text, kill) => {
        if (!sent && text.includes('"refreshing"')) {
          sent = true;
          kill();
        }
      },
    });
    expect(sent).toBe(true);
    expect(r.ms).toBeLessThan(5000);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"status":"STOPPED"');
    expect(r.stdout).toContain('"event":"stopped"');
  });
});
