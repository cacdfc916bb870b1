import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { INTEGRATION_SERVICE_URL_MARKERS, InvalidParameterException, type EgeriaError } from '@egeria-ts/core';
import {
  CREATE_CONNECTOR_ERROR_CODE,
  CREATE_CONNECTOR_EXIT_CODE,
  THIRD_PARTY_VERSIONS,
  connectorNamesOf,
  createConnectorPackage,
  egeriaTsVersion,
  integratorPackageOf,
  integratorPackages,
  parseCreateConnectorArgs,
  renderConnectorPackage,
  runCreateConnector,
} from '@egeria-ts/create-connector';
// The generator's output is checked with the daemon's own parser (a test-only dependency).
// eslint-disable-next-line no-restricted-imports
import { parseDaemonConfig } from '@egeria-ts/daemon';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const temporary: string[] = [];

afterAll(() => {
  for (const dir of temporary) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'create-connector-'));
  temporary.push(dir);
  return dir;
}

function caught(action: () => unknown): EgeriaError {
  try {
    action();
  } catch (error) {
    return error as EgeriaError;
  }
  throw new Error('nothing was thrown');
}

/** A writable stream that keeps what is written. */
function sink(): PassThrough & { text(): string } {
  const stream = new PassThrough() as PassThrough & { text(): string };
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.text = () => Buffer.concat(chunks).toString('utf8');
  return stream;
}

function rendered(options: Parameters<typeof renderConnectorPackage>[0]): Map<string, string> {
  return new Map(renderConnectorPackage(options).files);
}

function json<T = Record<string, unknown>>(files: Map<string, string>, file: string): T {
  return JSON.parse(files.get(file) ?? 'null') as T;
}

describe('connector names', () => {
  it('are the same whichever way the name is written, without a doubled Connector', () => {
    for (const name of ['Acme Catalog', 'acme-catalog', 'AcmeCatalog', 'acme_catalog', 'Acme Catalog Connector']) {
      expect(connectorNamesOf(name)).toEqual({
        name: name.trim(),
        className: 'AcmeCatalogConnector',
        displayName: 'Acme Catalog Connector',
        kebabName: 'acme-catalog-connector',
        constantPrefix: 'ACME_CATALOG',
        messageComponent: 'ACME-CATALOG-CONNECTOR',
      });
    }
    expect(connectorNamesOf('S3 Bucket').className).toBe('S3BucketConnector');
    expect(connectorNamesOf('HRSystem').kebabName).toBe('hr-system-connector');
  });

  it('refuse names that make no class, naming the value', () => {
    for (const [name, problem] of [
      ['', /empty/],
      ['1st catalog', /starting with a letter/],
      ['acme/catalog', /letters, digits/],
      ['Connector', /besides "Connector"/],
      ['x'.repeat(65), /longer than 64/],
    ] as const) {
      const error = caught(() => connectorNamesOf(name));
      expect(error).toBeInstanceOf(InvalidParameterException);
      expect(error.messageId).toBe(CREATE_CONNECTOR_ERROR_CODE.INVALID_NAME.messageId);
      expect(error.exceptionProperties['parameterName']).toBe('name');
      expect(error.message).toMatch(problem);
    }
  });
});

describe('integrator packages', () => {
  it('name, for each of the twelve services, a package that exports the connector base class and the service', () => {
    const packages = integratorPackages();
    expect(packages.map((p) => p.service.marker)).toEqual([...INTEGRATION_SERVICE_URL_MARKERS]);
    for (const p of packages) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const exported = require(p.packageName) as Record<string, unknown>;
      expect({ [p.packageName]: typeof exported[p.connectorClassName] }).toEqual({ [p.packageName]: 'function' });
      const service = exported[p.serviceExportName] as { description?: { marker?: string } } | undefined;
      expect({ [p.packageName]: service?.description?.marker }).toEqual({ [p.packageName]: p.service.marker });
    }
    expect(integratorPackageOf('api-integrator')).toMatchObject({
      connectorClassName: 'APIIntegratorConnector',
      serviceExportName: 'apiIntegratorService',
    });
  });

  it('refuse an unknown marker with an error naming the value and the known ones', () => {
    const error = caught(() => integratorPackageOf('file-integrator'));
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect(error.messageId).toBe(CREATE_CONNECTOR_ERROR_CODE.UNKNOWN_SERVICE.messageId);
    expect(error.message).toContain('"file-integrator"');
    expect(error.message).toContain('files-integrator');
    expect(error.exceptionProperties).toMatchObject({ parameterName: 'service', parameterValue: 'file-integrator' });
  });
});

describe('the rendered package', () => {
  const cwd = os.tmpdir();
  const files = rendered({ name: 'Acme Catalog', service: 'catalog-integrator', cwd, workspaceDeps: false });

  it('has the connector, its messages, tests, README, daemon configuration and project files', () => {
    expect([...files.keys()].sort()).toEqual(
      [
        '.gitignore',
        'README.md',
        'daemon.json',
        'jest.config.js',
        'package.json',
        'src/acme-catalog-connector.ts',
        'src/index.ts',
        'src/messages.ts',
        'test/acme-catalog-connector.test.ts',
        'test/daemon-config.test.ts',
        'tsconfig.build.json',
        'tsconfig.json',
      ].sort(),
    );
  });

  it('has a package.json with its dependencies, tools, scripts and the daemon’s discovery field', () => {
    const manifest = json<Record<string, Record<string, unknown>>>(files, 'package.json');
    expect(manifest['name']).toBe('acme-catalog-connector');
    expect(manifest['keywords']).toEqual(
      expect.arrayContaining(['egeria-integration-connector', 'catalog-integrator']),
    );
    expect(manifest['egeria-ts']).toEqual({ connectors: ['./dist/index.js'] });
    const version = `^${egeriaTsVersion()}`;
    expect(manifest['dependencies']).toEqual({
      '@egeria-ts/catalog-integrator': version,
      '@egeria-ts/core': version,
    });
    expect(manifest['devDependencies']).toEqual({
      '@egeria-ts/daemon': version,
      '@egeria-ts/emulator': version,
      '@egeria-ts/testing': version,
      ...THIRD_PARTY_VERSIONS,
    });
    expect(manifest['scripts']).toMatchObject({ build: 'tsc -p tsconfig.build.json', test: 'jest' });
  });

  it('uses the versions of the tools egeria-ts itself is built with', () => {
    const root = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    const core = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'packages/core/package.json'), 'utf8')) as {
      version: string;
      dependencies: Record<string, string>;
    };
    const known = { ...root.devDependencies, ...core.dependencies };
    for (const [name, range] of Object.entries(THIRD_PARTY_VERSIONS))
      expect({ name, range }).toEqual({ name, range: known[name] });
    expect(egeriaTsVersion()).toBe(core.version);
  });

  it('has the decorated class extending the service’s base class, with two configuration properties', () => {
    const source = files.get('src/acme-catalog-connector.ts') ?? '';
    expect(source).toContain("import { CatalogIntegratorConnector } from '@egeria-ts/catalog-integrator';");
    expect(source).toMatch(/@integrationConnector\(\{\n {2}name: ACME_CATALOG_CONNECTOR_NAME,/);
    expect(source).toContain("serviceURLMarker: 'catalog-integrator'");
    expect(source).toContain('export class AcmeCatalogConnector extends CatalogIntegratorConnector {');
    expect(source).toMatch(/sourceName: \{\n\s+type: 'string'/);
    expect(source).toMatch(/maxElements: \{\n\s+type: 'integer'/);
    expect(files.get('src/index.ts')).toContain('export { AcmeCatalogConnector, ACME_CATALOG_CONNECTOR_NAME }');
    expect(files.get('src/messages.ts')).toContain("messageId: 'ACME-CATALOG-CONNECTOR-0001'");
  });

  it('has a test that runs the connector against the emulator with the test kit', () => {
    const test = files.get('test/acme-catalog-connector.test.ts') ?? '';
    expect(test).toContain("import { runConnector, useTestEmulator } from '@egeria-ts/testing';");
    expect(test).toContain("import { catalogIntegratorService } from '@egeria-ts/catalog-integrator';");
    expect(test).toContain('const emulator = useTestEmulator();');
    expect(test).toContain('service: catalogIntegratorService,');
  });

  it('has a daemon.json that the daemon’s parser accepts, running the connector in its service', () => {
    const config = parseDaemonConfig(json(files, 'daemon.json'));
    expect(config.egeriaTs.modules).toEqual(['./dist/index.js']);
    const [service] = config.integrationServicesConfig;
    expect(service?.integrationServiceURLMarker).toBe('catalog-integrator');
    const [connector] = service?.integrationConnectorConfigs ?? [];
    expect(connector?.connection.connectorType?.connectorProviderClassName).toBe('AcmeCatalogConnector');
    expect(connector?.connection.configurationProperties).toEqual({ sourceName: 'acme-catalog', maxElements: 100 });
    expect(connector?.permittedSynchronization).toBe('BOTH_DIRECTIONS');
    expect(json(files, 'daemon.json')['$schema']).toBe(
      './node_modules/@egeria-ts/daemon/schema/daemon-config.schema.json',
    );
  });

  it('documents how to test, run and configure the connector', () => {
    const readme = files.get('README.md') ?? '';
    expect(readme).toMatch(/^# acme-catalog-connector\n/);
    for (const text of [
      'npm test',
      'npm run daemon',
      'npm run emulator',
      '`sourceName`',
      '`maxElements`',
      'catalog-integrator',
    ]) {
      expect(readme).toContain(text);
    }
  });

  it('depends on an egeria-ts checkout with file: specs when asked, or when written inside one', () => {
    const workspace = tempDir();
    fs.mkdirSync(path.join(workspace, 'packages', 'core'), { recursive: true });
    fs.writeFileSync(path.join(workspace, 'packages', 'core', 'package.json'), '{"name":"@egeria-ts/core"}');
    const detected = json<Record<string, Record<string, string>>>(
      rendered({ name: 'Acme', service: 'files-integrator', cwd: workspace, dir: 'examples/acme' }),
      'package.json',
    );
    expect(detected['dependencies']).toEqual({
      '@egeria-ts/core': 'file:../../packages/core',
      '@egeria-ts/files-integrator': 'file:../../packages/files-integrator',
    });
    expect(detected['devDependencies']?.['@egeria-ts/testing']).toBe('file:../../packages/testing');
    expect(detected['devDependencies']?.['jest']).toBe(THIRD_PARTY_VERSIONS['jest']);

    const elsewhere = tempDir();
    const explicit = renderConnectorPackage({
      name: 'Acme',
      service: 'files-integrator',
      cwd: elsewhere,
      workspaceDeps: workspace,
    });
    expect(explicit.resolved.workspaceRoot).toBe(workspace);
    expect(
      json<Record<string, Record<string, string>>>(new Map(explicit.files), 'package.json')['dependencies']?.[
        '@egeria-ts/core'
      ],
    ).toBe(`file:${path.relative(path.join(elsewhere, 'acme-connector'), path.join(workspace, 'packages', 'core'))}`);
    const notAWorkspace = caught(() =>
      renderConnectorPackage({ name: 'Acme', service: 'files-integrator', cwd: elsewhere, workspaceDeps: elsewhere }),
    );
    expect(notAWorkspace.messageId).toBe(CREATE_CONNECTOR_ERROR_CODE.NOT_A_WORKSPACE.messageId);
    expect(notAWorkspace.message).toContain(elsewhere);
    expect(
      renderConnectorPackage({ name: 'Acme', service: 'files-integrator', cwd: workspace, workspaceDeps: false })
        .resolved.workspaceRoot,
    ).toBeUndefined();
  });

  it('refuses a package name npm would refuse, and a class that hides the service’s base class', () => {
    const badPackage = caught(() =>
      renderConnectorPackage({ name: 'Acme', service: 'files-integrator', packageName: 'Acme Connector', cwd }),
    );
    expect(badPackage.messageId).toBe(CREATE_CONNECTOR_ERROR_CODE.INVALID_PACKAGE_NAME.messageId);
    expect(badPackage.exceptionProperties['parameterName']).toBe('packageName');
    expect(badPackage.message).toContain('"Acme Connector"');
    expect(
      renderConnectorPackage({ name: 'Acme', service: 'files-integrator', packageName: '@my-org/acme', cwd }).resolved
        .dir,
    ).toBe(path.join(cwd, 'acme'));
    const hiding = caught(() => renderConnectorPackage({ name: 'Files Integrator', service: 'files-integrator', cwd }));
    expect(hiding.messageId).toBe(CREATE_CONNECTOR_ERROR_CODE.INVALID_NAME.messageId);
    expect(hiding.message).toContain('FilesIntegratorConnector');
  });
});

describe('createConnectorPackage', () => {
  it('writes every rendered file, and refuses a directory that is not empty, leaving it as it was', async () => {
    const cwd = tempDir();
    const created = await createConnectorPackage({ name: 'Acme', service: 'topic-integrator', cwd, dir: 'out' });
    expect(created.dir).toBe(path.join(cwd, 'out'));
    for (const [file, content] of created.files) {
      expect(fs.readFileSync(path.join(created.dir, file), 'utf8')).toBe(content);
    }

    const occupied = path.join(cwd, 'occupied');
    fs.mkdirSync(occupied);
    fs.writeFileSync(path.join(occupied, 'keep.txt'), 'mine');
    await expect(
      createConnectorPackage({ name: 'Acme', service: 'topic-integrator', cwd, dir: 'occupied' }),
    ).rejects.toMatchObject({
      messageId: CREATE_CONNECTOR_ERROR_CODE.DIRECTORY_NOT_USABLE.messageId,
      exceptionProperties: { parameterName: 'dir', parameterValue: occupied },
    });
    expect(fs.readdirSync(occupied)).toEqual(['keep.txt']);
    await expect(
      createConnectorPackage({ name: 'Acme', service: 'topic-integrator', cwd, dir: 'occupied/keep.txt' }),
    ).rejects.toThrow(/is a file/);
  });
});

describe('the command line', () => {
  it('takes flags with a space or =, and the name as the one positional argument', () => {
    expect(
      parseCreateConnectorArgs([
        '--name',
        'Acme',
        '--service=files-integrator',
        '--dir',
        'x',
        '--package-name=@o/acme',
        '-y',
      ]),
    ).toEqual({ name: 'Acme', service: 'files-integrator', dir: 'x', packageName: '@o/acme', yes: true, help: false });
    expect(parseCreateConnectorArgs(['Acme Catalog', '--workspace-deps'])).toEqual({
      name: 'Acme Catalog',
      workspaceDeps: true,
      yes: false,
      help: false,
    });
    expect(parseCreateConnectorArgs(['--workspace-deps=/src/egeria-ts']).workspaceDeps).toBe('/src/egeria-ts');
    expect(parseCreateConnectorArgs(['--no-workspace-deps']).workspaceDeps).toBe(false);
    expect(parseCreateConnectorArgs(['-h']).help).toBe(true);
  });

  it('refuses unknown arguments, flags without values, repeated flags and a second name, naming the argument', () => {
    for (const [argv, argument, problem] of [
      [['--colour', 'red'], '--colour', /not an argument/],
      [['--service'], '--service', /needs a value/],
      [['--service', '--yes'], '--service', /needs a value/],
      [['--name', 'a', '--name=b'], '--name', /twice/],
      [['a', 'b'], 'b', /only one name/],
      [['a', '--name', 'b'], 'a', /already given/],
    ] as const) {
      const error = caught(() => parseCreateConnectorArgs(argv));
      expect(error.messageId).toBe(CREATE_CONNECTOR_ERROR_CODE.INVALID_ARGUMENT.messageId);
      expect(error.exceptionProperties['parameterName']).toBe(argument);
      expect(error.message).toMatch(problem);
    }
  });

  it('writes the package from flags alone, and prints what it wrote and what to do next', async () => {
    const cwd = tempDir();
    const stdout = sink();
    const stderr = sink();
    const code = await runCreateConnector(['HR System', '--service', 'organization-integrator', '--yes'], {
      stdout,
      stderr,
      cwd,
    });
    expect({ code, stderr: stderr.text() }).toEqual({ code: CREATE_CONNECTOR_EXIT_CODE.OK, stderr: '' });
    expect(fs.existsSync(path.join(cwd, 'hr-system-connector', 'src', 'hr-system-connector.ts'))).toBe(true);
    expect(stdout.text()).toContain('Created hr-system-connector');
    expect(stdout.text()).toContain('cd hr-system-connector');
  });

  it('without a terminal, names the flag that is missing; with a bad service, names the value; writes nothing', async () => {
    const cwd = tempDir();
    for (const [argv, expected] of [
      [['--service', 'files-integrator'], /connector name is needed: give it as --name/],
      [['--name', 'Acme'], /integration service is needed: give it as --service/],
      [
        ['--name', 'Acme', '--service', 'filez'],
        /EGERIA-TS-CREATE-CONNECTOR-400-001 The integration service "filez" is not known/,
      ],
      [['--bogus'], /--bogus is not valid[\s\S]*Usage:/],
    ] as const) {
      const stdout = sink();
      const stderr = sink();
      const code = await runCreateConnector(argv, { stdout, stderr, cwd, interactive: false });
      expect({ argv, code }).toEqual({ argv, code: CREATE_CONNECTOR_EXIT_CODE.INVALID });
      expect(stderr.text()).toMatch(expected);
    }
    expect(fs.readdirSync(cwd)).toEqual([]);
  });

  it('prints the help', async () => {
    const stdout = sink();
    expect(await runCreateConnector(['--help'], { stdout, stderr: sink() })).toBe(0);
    expect(stdout.text()).toContain('--service MARKER');
  });

  it('asks for what is missing in a terminal, asking again after a wrong answer, and takes the defaults offered', async () => {
    const cwd = tempDir();
    const stdin = new PassThrough();
    const stdout = sink();
    const stderr = sink();
    // Answers typed ahead: a bad name, the name, a service number out of range, a service number,
    // the default package name, the default directory.
    stdin.end('9 lives\nAcme Catalog\n13\n6\n\n\n');
    const code = await runCreateConnector([], { stdin, stdout, stderr, cwd, interactive: true });
    expect({ code, stderr: stderr.text() }).toEqual({ code: 0, stderr: '' });
    const out = stdout.text();
    expect(out).toContain('Connector name (such as Acme Catalog): ');
    expect(out).toContain('The connector name "9 lives" is not valid');
    expect(out).toMatch(/ 6\) files-integrator/);
    expect(out).toContain('The integration service "13" is not known');
    expect(out).toContain('Package name (acme-catalog-connector): ');
    expect(out).toContain('Directory (./acme-catalog-connector): ');
    const manifest = JSON.parse(fs.readFileSync(path.join(cwd, 'acme-catalog-connector', 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(Object.keys(manifest.dependencies)).toContain('@egeria-ts/files-integrator');
  });

  it('asks only for what the flags leave out, and fails cleanly when the input ends first', async () => {
    const cwd = tempDir();
    const stdin = new PassThrough();
    const stdout = sink();
    stdin.end('lineage-integrator\n');
    const code = await runCreateConnector(['--name', 'Run Events', '--yes'], {
      stdin,
      stdout,
      stderr: sink(),
      cwd,
      interactive: true,
    });
    expect(code).toBe(0);
    expect(stdout.text()).not.toContain('Connector name');
    expect(stdout.text()).not.toContain('Package name');
    expect(fs.readFileSync(path.join(cwd, 'run-events-connector', 'src', 'run-events-connector.ts'), 'utf8')).toContain(
      'extends LineageIntegratorConnector',
    );

    const ended = new PassThrough();
    ended.end('');
    const stderr = sink();
    expect(
      await runCreateConnector(['--service', 'api-integrator'], {
        stdin: ended,
        stdout: sink(),
        stderr,
        cwd,
        interactive: true,
      }),
    ).toBe(CREATE_CONNECTOR_EXIT_CODE.INVALID);
    expect(stderr.text()).toContain(
      'EGERIA-TS-CREATE-CONNECTOR-400-007 The input ended before the question "Connector name',
    );
  });
});
