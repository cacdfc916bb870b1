import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { INTEGRATION_SERVICE_URL_MARKERS } from '@egeria-ts/core';
import { renderConnectorPackage, runCreateConnector } from '@egeria-ts/create-connector';
import { startTestEmulator } from '@egeria-ts/testing';
import {
  REPO_ROOT,
  buildWorkspacePackages,
  installOffline,
  runNode,
  toolScript,
  type CommandOutcome,
} from './support/offline-install';

// The generator's promise, kept end to end: a package it writes, installed against this
// workspace's packages (no registry), builds, passes its own tests, and runs in the integration
// daemon with its own daemon.json. Slow (a build, a jest run and a daemon in child processes).

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'create-connector-e2e-'));
const dir = path.join(temp, 'acme-catalog-connector');
let built: CommandOutcome;
let generated: { code: number; stdout: string; stderr: string };

beforeAll(async () => {
  // The dist/ of the packages the generated package resolves to (tsc -b: nothing to do when built).
  built = await buildWorkspacePackages(['daemon', 'testing', 'emulator']);
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const code = await runCreateConnector(
    ['--name', 'Acme Catalog', '--service', 'files-integrator', '--dir', dir, `--workspace-deps=${REPO_ROOT}`],
    { stdout, stderr, cwd: temp },
  );
  generated = { code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() };
}, 600_000);

afterAll(() => {
  fs.rmSync(temp, { recursive: true, force: true });
});

describe('a generated connector package, installed against the workspace packages', () => {
  it('is written with file: dependencies on the workspace, and installs with what it declares', () => {
    expect({ code: built.code, out: built.stdout + built.stderr }).toEqual({ code: 0, out: '' });
    expect(generated).toMatchObject({ code: 0, stderr: '' });
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(manifest.dependencies['@egeria-ts/files-integrator']).toBe(
      `file:${path.relative(dir, path.join(REPO_ROOT, 'packages', 'files-integrator'))}`,
    );
    expect(installOffline(dir).sort()).toEqual(
      [
        '@egeria-ts/core',
        '@egeria-ts/daemon',
        '@egeria-ts/emulator',
        '@egeria-ts/files-integrator',
        '@egeria-ts/testing',
        '@types/jest',
        '@types/node',
        'jest',
        'reflect-metadata',
        'ts-jest',
        'typescript',
      ].sort(),
    );
  });

  it('builds with its own TypeScript configuration', async () => {
    const build = await runNode(dir, [toolScript('typescript/bin/tsc'), '-p', 'tsconfig.build.json']);
    expect({ code: build.code, out: build.stdout + build.stderr }).toEqual({ code: 0, out: '' });
    expect(fs.readdirSync(path.join(dir, 'dist')).sort()).toEqual(
      expect.arrayContaining(['index.js', 'index.d.ts', 'acme-catalog-connector.js', 'messages.js']),
    );
  }, 180_000);

  it('passes its own tests, which run the connector against the emulator', async () => {
    const tests = await runNode(dir, [toolScript('jest/bin/jest.js'), '--ci']);
    expect({ code: tests.code, out: tests.stderr.slice(-3000) }).toEqual({ code: 0, out: expect.any(String) });
    expect(tests.stderr).toMatch(/Tests:\s+5 passed, 5 total/);
    expect(tests.stderr).toContain('PASS test/acme-catalog-connector.test.ts');
    expect(tests.stderr).toContain('PASS test/daemon-config.test.ts');
  }, 180_000);

  it('runs in the integration daemon with its daemon.json, against a metadata server', async () => {
    const emulator = await startTestEmulator({ serverName: 'mds1' });
    try {
      const config = fs
        .readFileSync(path.join(dir, 'daemon.json'), 'utf8')
        .replace('"http://localhost:9443"', JSON.stringify(emulator.url));
      expect(config).toContain(emulator.url);
      fs.writeFileSync(path.join(dir, 'daemon.emulator.json'), config);
      const daemonBin = path.join(dir, 'node_modules', '@egeria-ts', 'daemon', 'bin', 'egeria-integration-daemon.js');
      const once = await runNode(dir, [daemonBin, '--config', 'daemon.emulator.json', '--once'], { timeoutMs: 60_000 });
      expect({ code: once.code, stdout: once.stdout }).toEqual({ code: 0, stdout: expect.any(String) });
      expect(once.stdout).toMatch(/AcmeCatalogConnector\s+files-integrator\s+COMPLETED/);
      expect(once.stdout).toContain('1 of 1 connector(s) completed their refresh.');
      expect(once.stderr).toContain(
        'The AcmeCatalogConnector connector refreshed source acme-catalog: 0 elements read',
      );
      // The daemon set the connector's metadata source up on the server.
      const source = await emulator.elementByQualifiedName('acme-catalog');
      expect(source?.qualifiedName).toBe('acme-catalog');
    } finally {
      await emulator.close();
    }
  }, 120_000);
});

describe('generated connector packages for every integration service', () => {
  it('type-check, sources and tests, against the integrator packages’ declarations', async () => {
    const all = path.join(temp, 'every-service');
    for (const marker of INTEGRATION_SERVICE_URL_MARKERS) {
      const { files } = renderConnectorPackage({
        name: `Sample ${marker}`,
        service: marker,
        cwd: all,
        dir: marker,
        workspaceDeps: false,
      });
      for (const [file, content] of files) {
        fs.mkdirSync(path.dirname(path.join(all, marker, file)), { recursive: true });
        fs.writeFileSync(path.join(all, marker, file), content);
      }
    }
    // One compilation of the twelve packages with their own compiler options, @egeria-ts/* resolved
    // to the workspace packages (their dist/ declarations), as an install would.
    const generatedOptions = (
      JSON.parse(fs.readFileSync(path.join(all, 'files-integrator', 'tsconfig.json'), 'utf8')) as {
        compilerOptions: Record<string, unknown>;
      }
    ).compilerOptions;
    fs.writeFileSync(
      path.join(all, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          ...generatedOptions,
          noEmit: true,
          baseUrl: '.',
          paths: { '@egeria-ts/*': [path.join(REPO_ROOT, 'packages', '*')] },
          typeRoots: [path.join(REPO_ROOT, 'node_modules', '@types')],
        },
        include: ['*/src', '*/test'],
      }),
    );
    const build = await buildWorkspacePackages(INTEGRATION_SERVICE_URL_MARKERS.map((m) => m));
    expect({ code: build.code, out: build.stdout + build.stderr }).toEqual({ code: 0, out: '' });
    const check = await runNode(all, [toolScript('typescript/bin/tsc'), '-p', 'tsconfig.json']);
    expect({ code: check.code, out: check.stdout + check.stderr }).toEqual({ code: 0, out: '' });
  }, 600_000);
});
