import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { IntegrationConnectorStatus, defaultConnectorRegistry } from '@egeria-ts/core';
import { CONNECTOR_PACKAGE_FIELD, DaemonConfigError, loadConnectorModules } from '@egeria-ts/daemon';
import { ScriptBook, createTestDaemon, daemonDocument, waitFor, type TestDaemon } from './runtime-support';

const S = IntegrationConnectorStatus;
const fixtures = path.join(__dirname, 'fixtures');
let running: TestDaemon[] = [];
let tmp: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'egeria-ts-discovery-'));
  const write = (relative: string, text: string): void => {
    const file = path.join(tmp, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  };
  write(
    'node_modules/@acme/egeria-connectors/package.json',
    JSON.stringify({ name: '@acme/egeria-connectors', [CONNECTOR_PACKAGE_FIELD]: { connectors: ['./lib/acme.js'] } }),
  );
  write(
    'node_modules/@acme/egeria-connectors/lib/acme.js',
    [
      "const { IntegrationConnector, integrationConnector } = require('@egeria-ts/core');",
      'class AcmeConnector extends IntegrationConnector { async refresh() {} }',
      "integrationConnector({ name: 'acme:catalog', refreshTimeInterval: 0 })(AcmeConnector);",
    ].join('\n'),
  );
  write('node_modules/plain-package/package.json', JSON.stringify({ name: 'plain-package' }));
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

afterEach(async () => {
  await Promise.all(running.map((t) => t.daemon.stop()));
  running = [];
});

describe('module discovery', () => {
  it('loads the modules the configuration names, relative to the configuration file', async () => {
    const doc = daemonDocument([{ name: 'discovered', className: 'org.example.DiscoveredProvider' }], {
      modules: ['./connector-modules/discovered-connector.js'],
    });
    const t = createTestDaemon(doc, new ScriptBook(), {
      registry: defaultConnectorRegistry,
      baseDir: fixtures,
      loadModules: true,
    });
    running.push(t);
    await t.daemon.start();
    await waitFor(() => t.daemon.status().integrationConnectorReports?.[0].connectorStatus === S.WAITING);
    expect(t.daemon.loadedModules.map((m) => m.source)).toEqual(['egeriaTs.modules[0]']);
    expect(t.audit.records.some((r) => r.messageId === 'EGERIA-TS-DAEMON-RUNTIME-0004')).toBe(true);
  });

  it('finds installed packages that declare connectors in their package.json', () => {
    const result = loadConnectorModules({ modules: [], baseDir: tmp });
    expect(result.problems).toEqual([]);
    expect(result.loaded).toEqual([
      expect.objectContaining({
        module: '@acme/egeria-connectors/lib/acme.js',
        source: 'package @acme/egeria-connectors',
      }),
    ]);
    expect(defaultConnectorRegistry.has('acme:catalog')).toBe(true);
  });

  it('reports a module that cannot be found or loaded as a configuration problem, before anything starts', async () => {
    const doc = daemonDocument([{ name: 'x' }], {
      modules: ['./connector-modules/missing.js', './connector-modules/broken-module.js', 'no-such-package-xyz'],
    });
    const t = createTestDaemon(doc, new ScriptBook(), { baseDir: fixtures, loadModules: true });
    const error = await t.daemon.start().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DaemonConfigError);
    const lines = (error as DaemonConfigError).message.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^egeriaTs\.modules\[0\]: expected a module that can be found, got \.\/connector-modules\/missing\.js/,
    );
    expect(lines[1]).toMatch(/^egeriaTs\.modules\[1\]: expected a module that loads, got .*broken on purpose/);
    expect(lines[2]).toMatch(/^egeriaTs\.modules\[2\]: expected a module that can be found, got no-such-package-xyz/);
    expect(t.daemon.state).toBe('stopped');
    expect(t.book.probe('x').instances).toBe(0);
  });

  it('reports a package whose declaration is malformed', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'egeria-ts-bad-decl-'));
    try {
      fs.mkdirSync(path.join(dir, 'node_modules', 'bad-decl'), { recursive: true });
      fs.writeFileSync(
        path.join(dir, 'node_modules', 'bad-decl', 'package.json'),
        JSON.stringify({ name: 'bad-decl', [CONNECTOR_PACKAGE_FIELD]: { connectors: 'lib/x.js' } }),
      );
      const result = loadConnectorModules({ modules: [], baseDir: dir });
      expect(result.problems).toEqual([]);
      expect(result.skipped).toEqual([
        {
          path: 'bad-decl/package.json#egeria-ts.connectors',
          expected: 'an array of module paths relative to the package',
          got: '"lib/x.js"',
        },
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('starts despite an installed package whose declared connector does not load, and logs it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'egeria-ts-unbuilt-'));
    try {
      fs.mkdirSync(path.join(dir, 'node_modules', 'unbuilt'), { recursive: true });
      fs.writeFileSync(
        path.join(dir, 'node_modules', 'unbuilt', 'package.json'),
        JSON.stringify({ name: 'unbuilt', [CONNECTOR_PACKAGE_FIELD]: { connectors: ['./dist/missing.js'] } }),
      );
      const t = createTestDaemon(daemonDocument([{ name: 'x' }]), new ScriptBook(), {
        baseDir: dir,
        discoverPackages: true,
      });
      try {
        await t.daemon.start();
        expect(t.daemon.state).toBe('running');
        // The working directory is scanned too: other installed packages may be logged as well.
        const skipped = t.audit.records.filter(
          (r) => r.messageId === 'EGERIA-TS-DAEMON-RUNTIME-0017' && r.messageText.includes('unbuilt/'),
        );
        expect(skipped).toHaveLength(1);
        expect(skipped[0].messageText).toContain('unbuilt/package.json#egeria-ts.connectors');
      } finally {
        await t.daemon.stop();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports an unresolvable secret reference of the platform settings before anything starts', async () => {
    const doc = daemonDocument([{ name: 'x' }], { platform: { password: '${env:EGERIA_TS_TEST_UNSET_VARIABLE}' } });
    const t = createTestDaemon(doc, new ScriptBook(), { env: {} });
    const error = await t.daemon.start().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DaemonConfigError);
    expect((error as DaemonConfigError).problems[0].path).toBe('egeriaTs.platform.password');
  });
});

describe('runOnce', () => {
  it('refreshes every connector once and summarises, without schedule or restart', async () => {
    const book = new ScriptBook().set('bad', {
      refresh: () => {
        throw new Error('source unavailable');
      },
    });
    const t = createTestDaemon(
      daemonDocument([
        { name: 'good', refreshSeconds: 0.01 },
        { name: 'bad' },
        { name: 'listener', usesBlockingCalls: true },
        { name: 'typo', className: 'nope' },
      ]),
      book,
    );
    const summary = await t.daemon.runOnce({ startTimeoutSeconds: 1 });
    expect(summary.map((s) => [s.connectorName, s.outcome, s.status])).toEqual([
      ['good', 'COMPLETED', S.WAITING],
      ['bad', 'FAILED', S.FAILED],
      ['listener', 'COMPLETED', S.RUNNING],
      ['typo', 'FAILED', S.CONFIG_FAILED],
    ]);
    expect(summary[1].failingExceptionMessage).toBe('Error: source unavailable');
    expect(summary[0].durationMs).toBeGreaterThanOrEqual(0);
    expect(book.probe('good').refreshes).toBe(1);
    expect(book.probe('bad').instances).toBe(1);
    expect(book.probe('listener').engages).toBe(1);
    expect(t.daemon.state).toBe('stopped');
  });

  it('reports NOT_STARTED for a connector whose server stays unreachable', async () => {
    const t = createTestDaemon(daemonDocument([{ name: 'lonely' }]));
    t.service.reachable = false;
    const [summary] = await t.daemon.runOnce({ startTimeoutSeconds: 0.3 });
    expect(summary).toMatchObject({ connectorName: 'lonely', outcome: 'NOT_STARTED', status: S.INITIALIZE_FAILED });
    expect(t.service.createCalls).toBeGreaterThan(1);
    expect(t.daemon.state).toBe('stopped');
  });
});
