import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { EventEmitter } from 'node:events';
import { container as rootContainer } from 'tsyringe';
import { InMemoryAuditLogDestination } from '@egeria-ts/core';
import { CLI_EXIT_CODE, runDaemonCli, type CliEnvironment, type ProcessEvents } from '@egeria-ts/daemon';
import {
  FakeIntegrationService,
  SCRIPT_BOOK,
  ScriptBook,
  daemonDocument,
  testRegistry,
  waitFor,
} from './runtime-support';

let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'egeria-ts-cli-'));
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function writeConfig(name: string, document: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof document === 'string' ? document : JSON.stringify(document, null, 2));
  return file;
}

class Capture {
  text = '';
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

interface Run {
  code: Promise<number>;
  stdout: Capture;
  stderr: Capture;
  processEvents: EventEmitter;
  audit: InMemoryAuditLogDestination;
}

function run(argv: string[], book = new ScriptBook()): Run {
  const stdout = new Capture();
  const stderr = new Capture();
  const processEvents = new EventEmitter();
  const audit = new InMemoryAuditLogDestination();
  const container = rootContainer.createChildContainer();
  container.register(SCRIPT_BOOK, { useValue: book });
  const environment: CliEnvironment = {
    stdout,
    stderr,
    cwd: dir,
    env: {},
    process: processEvents as unknown as ProcessEvents,
    daemonOptions: {
      services: [new FakeIntegrationService()],
      registry: testRegistry,
      container,
      auditLogDestinations: [audit],
      discoverPackages: false,
      engagePauseMs: 5,
    },
  };
  return { code: runDaemonCli(argv, environment), stdout, stderr, processEvents, audit };
}

describe('egeria-integration-daemon validate', () => {
  it('exits 0 for a valid document', async () => {
    writeConfig('good.json', daemonDocument([{ name: 'alpha' }, { name: 'beta', refreshTimeInterval: '15' }]));
    const r = run(['validate', '--config', 'good.json']);
    expect(await r.code).toBe(CLI_EXIT_CODE.OK);
    expect(r.stdout.text).toContain('good.json is valid: 1 integration service(s), 2 integration connector(s)');
    expect(r.stderr.text).toBe('');
  });

  it('exits 2 printing one line per problem, with no stack trace', async () => {
    const doc = daemonDocument([{ name: 'alpha', refreshTimeInterval: 'soon' }]);
    const services = doc['integrationServicesConfig'] as Record<string, unknown>[];
    services[0]['omagserverPlatformRootURL'] = 'localhost:9443';
    writeConfig('bad.json', doc);
    const r = run(['validate', '--config=bad.json']);
    expect(await r.code).toBe(CLI_EXIT_CODE.CONFIGURATION);
    const lines = r.stderr.text.trim().split('\n');
    expect(lines[0]).toMatch(/bad\.json: the configuration is not valid:$/);
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(
        /^integrationServicesConfig\[0\]\.omagserverPlatformRootURL: expected .*, got "localhost:9443"$/,
      ),
      expect.stringMatching(
        /^integrationServicesConfig\[0\]\.integrationConnectorConfigs\[0\]\.refreshTimeInterval: expected .*, got "soon"$/,
      ),
    ]);
    expect(r.stderr.text).not.toMatch(/\n\s+at /);
    expect(r.stdout.text).toBe('');
  });

  it('exits 2 when a connector class is not registered once the modules are loaded', async () => {
    writeConfig(
      'unknown-class.json',
      daemonDocument([{ name: 'alpha' }, { name: 'typo', className: 'org.example.Nope' }]),
    );
    const r = run(['validate', '-c', 'unknown-class.json']);
    expect(await r.code).toBe(CLI_EXIT_CODE.CONFIGURATION);
    expect(r.stderr.text).toContain(
      'integrationServicesConfig[0].integrationConnectorConfigs[1].connection.connectorType.connectorProviderClassName: expected a registered connector name or alias (known: ',
    );
    expect(r.stderr.text).toContain('got "org.example.Nope"');
  });

  it('exits 2 for a file that is not JSON, naming line and column', async () => {
    writeConfig('broken.json', '{\n  "localServerName": "x",\n  oops\n}');
    const r = run(['validate', '--config', 'broken.json']);
    expect(await r.code).toBe(CLI_EXIT_CODE.CONFIGURATION);
    expect(r.stderr.text).toMatch(/\$: expected valid JSON .* at line 3, column 3/);
  });

  it('exits 2 on a command line it does not understand', async () => {
    for (const argv of [
      [],
      ['--config'],
      ['--config', 'x.json', '--bogus'],
      ['--config', 'x.json', '--port', 'http'],
    ]) {
      const r = run(argv);
      expect(await r.code).toBe(CLI_EXIT_CODE.CONFIGURATION);
      expect(r.stderr.text).toContain('Usage:');
    }
    const help = run(['--help']);
    expect(await help.code).toBe(CLI_EXIT_CODE.OK);
    expect(help.stdout.text).toContain('egeria-integration-daemon validate --config daemon.json');
  });
});

describe('egeria-integration-daemon --once', () => {
  it('refreshes every connector once, prints a summary, and exits 0', async () => {
    writeConfig('once-good.json', daemonDocument([{ name: 'alpha' }, { name: 'beta' }]));
    const book = new ScriptBook();
    const r = run(['--config', 'once-good.json', '--once'], book);
    expect(await r.code).toBe(CLI_EXIT_CODE.OK);
    const lines = r.stdout.text.trim().split('\n');
    expect(lines[0]).toMatch(/^CONNECTOR\s+SERVICE\s+OUTCOME\s+STATUS\s+TIME\s+REASON$/);
    expect(lines[1]).toMatch(/^alpha\s+database-integrator\s+COMPLETED\s+WAITING\s+\d+ ms$/);
    expect(lines[2]).toMatch(/^beta\s+database-integrator\s+COMPLETED\s+WAITING\s+\d+ ms$/);
    expect(lines[3]).toBe('2 of 2 connector(s) completed their refresh.');
    expect(book.probe('alpha').refreshes).toBe(1);
    expect(book.probe('alpha').disconnects).toBe(1);
    // The signal handlers were installed for the run and removed after.
    expect(r.processEvents.eventNames()).toEqual([]);
  });

  it('exits 1 when a connector fails', async () => {
    writeConfig('once-bad.json', daemonDocument([{ name: 'alpha' }, { name: 'broken' }]));
    const book = new ScriptBook().set('broken', {
      refresh: () => {
        throw new Error('cannot list tables');
      },
    });
    const r = run(['--config', 'once-bad.json', '--once'], book);
    expect(await r.code).toBe(CLI_EXIT_CODE.FAILED);
    expect(r.stdout.text).toMatch(
      /broken\s+database-integrator\s+FAILED\s+FAILED\s+\d+ ms\s+Error: cannot list tables/,
    );
    expect(r.stdout.text).toContain('1 of 2 connector(s) completed their refresh.');
    expect(book.probe('broken').instances).toBe(1); // no restart in a single run
  });

  it('exits 2 for a bad configuration at start', async () => {
    writeConfig('once-invalid.json', { localServerName: 'x', integrationServicesConfig: [] });
    const r = run(['--config', 'once-invalid.json', '--once']);
    expect(await r.code).toBe(CLI_EXIT_CODE.CONFIGURATION);
    expect(r.stderr.text).toContain('integrationServicesConfig: expected at least one integration service');
  });
});

describe('egeria-integration-daemon (running)', () => {
  it('serves the REST admin API until SIGTERM, then stops the connectors and exits 0', async () => {
    writeConfig(
      'run.json',
      daemonDocument([{ name: 'alpha', refreshSeconds: 0 }], { adminApi: { enabled: true, host: '127.0.0.1' } }),
    );
    const book = new ScriptBook();
    const r = run(['--config', 'run.json', '--port', '0'], book);
    await waitFor(() => r.stdout.text.includes('admin API at'), 3000, 'the admin API');
    const url = /admin API at (\S+)/.exec(r.stdout.text)?.[1] as string;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/servers\/test-daemon\/open-metadata\/integration-daemon$/);
    await waitFor(() => book.probe('alpha').completedRefreshes === 1);
    const body = await get(`${url}/users/garygeeke/status`);
    const status = JSON.parse(body) as { integrationDaemonStatus?: { integrationConnectorReports?: unknown[] } };
    expect(status.integrationDaemonStatus?.integrationConnectorReports).toEqual([
      expect.objectContaining({ connectorName: 'alpha', connectorStatus: 'WAITING' }),
    ]);

    r.processEvents.emit('SIGTERM', 'SIGTERM');
    expect(await r.code).toBe(CLI_EXIT_CODE.OK);
    expect(book.probe('alpha').disconnects).toBe(1);
    expect(r.audit.records.map((x) => x.messageId)).toContain('INTEGRATION-DAEMON-SERVICES-0026');
    await expect(get(`${url}/users/garygeeke/status`)).rejects.toThrow();
  });
});

function get(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve(text));
    });
    req.on('error', reject);
  });
}
