import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EgeriaError, InvalidParameterException } from '@egeria-ts/core';
import { DaemonConfigError, formatDaemonConfigProblem, loadDaemonConfig, parseDaemonConfig } from '@egeria-ts/daemon';

const MARKERS =
  'catalog-integrator, api-integrator, topic-integrator, display-integrator, database-integrator, files-integrator, ' +
  'lineage-integrator, organization-integrator, security-integrator, analytics-integrator, search-integrator, ' +
  'infrastructure-integrator';

/** A valid document: one service with one connector, one group. */
function validDocument(): Record<string, unknown> {
  return {
    localServerName: 'daemon1',
    integrationServicesConfig: [
      {
        integrationServiceURLMarker: 'files-integrator',
        omagserverPlatformRootURL: 'https://localhost:9443',
        omagserverName: 'mds1',
        integrationConnectorConfigs: [
          {
            connectorName: 'c1',
            connection: { connectorType: { connectorProviderClassName: 'folder-monitor' } },
          },
        ],
      },
    ],
    dynamicIntegrationGroupsConfig: [
      { integrationGroupQualifiedName: 'G1', omagserverPlatformRootURL: 'https://localhost:9443', omagserverName: 'm' },
    ],
  };
}

function caught(document: unknown): DaemonConfigError {
  try {
    parseDaemonConfig(document);
  } catch (e) {
    if (e instanceof DaemonConfigError) return e;
    throw e;
  }
  throw new Error('the document was accepted');
}

/** The lines of the error that the document raises. */
function lines(document: unknown): string[] {
  return caught(document).message.split('\n');
}

/** An untyped JSON document that the tests edit freely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- edits reach into arbitrary JSON
type Editable = Record<string, any>;

/** The valid document with one change made by `edit`. */
function withChange(edit: (d: Editable) => void): Record<string, unknown> {
  const d = validDocument();
  edit(d);
  return d;
}

const C0 = 'integrationServicesConfig[0].integrationConnectorConfigs[0]';

describe('parseDaemonConfig: every kind of problem, one exact line each', () => {
  it('accepts the base document used below', () => {
    expect(parseDaemonConfig(validDocument()).localServerName).toBe('daemon1');
  });

  it.each<[string, unknown, string]>([
    ['an array', [], '$: expected an integration daemon configuration document (a JSON object), got []'],
    ['a string', 'daemon', '$: expected an integration daemon configuration document (a JSON object), got "daemon"'],
    ['null', null, '$: expected an integration daemon configuration document (a JSON object), got null'],
    ['nothing', undefined, '$: expected an integration daemon configuration document (a JSON object), got nothing'],
  ])('rejects %s as a document', (_what, document, line) => {
    expect(lines(document)).toEqual([line]);
  });

  it.each<[string, (d: Editable) => void, string]>([
    [
      'a missing localServerName',
      (d) => delete d.localServerName,
      'localServerName: expected a non-empty string, got nothing',
    ],
    [
      'a blank localServerName',
      (d) => (d.localServerName = ' '),
      'localServerName: expected a non-empty string, got " "',
    ],
    [
      'a numeric localServerUserId',
      (d) => (d.localServerUserId = 7),
      'localServerUserId: expected a non-empty string, got 7',
    ],
    [
      'a maxPageSize of "lots"',
      (d) => (d.maxPageSize = 'lots'),
      'maxPageSize: expected a whole number, 0 or more, got "lots"',
    ],
    [
      'services that are not an array',
      (d) => (d.integrationServicesConfig = { marker: 'x' }),
      'integrationServicesConfig: expected an array of IntegrationServiceConfig objects, got {"marker":"x"}',
    ],
    [
      'a null service',
      (d) => (d.integrationServicesConfig = [null]),
      'integrationServicesConfig[0]: expected an IntegrationServiceConfig object, got null',
    ],
    [
      'an unknown URL marker',
      (d) => (d.integrationServicesConfig[0].integrationServiceURLMarker = 'file-integrator'),
      `integrationServicesConfig[0].integrationServiceURLMarker: expected one of ${MARKERS}, got "file-integrator"`,
    ],
    [
      'a missing URL marker',
      (d) => delete d.integrationServicesConfig[0].integrationServiceURLMarker,
      `integrationServicesConfig[0].integrationServiceURLMarker: expected one of ${MARKERS}, got nothing`,
    ],
    [
      'a platform URL without a scheme',
      (d) => (d.integrationServicesConfig[0].omagserverPlatformRootURL = 'localhost:9443'),
      'integrationServicesConfig[0].omagserverPlatformRootURL: expected an absolute http(s) URL, got "localhost:9443"',
    ],
    [
      'a platform URL that is not http(s)',
      (d) => (d.integrationServicesConfig[0].omagserverPlatformRootURL = 'ftp://localhost'),
      'integrationServicesConfig[0].omagserverPlatformRootURL: expected an absolute http(s) URL, got "ftp://localhost"',
    ],
    [
      'a relative platform URL',
      (d) => (d.dynamicIntegrationGroupsConfig[0].omagserverPlatformRootURL = '/servers'),
      'dynamicIntegrationGroupsConfig[0].omagserverPlatformRootURL: expected an absolute http(s) URL, got "/servers"',
    ],
    [
      'a platform URL that does not parse',
      (d) => (d.integrationServicesConfig[0].omagserverPlatformRootURL = 'http://:80'),
      'integrationServicesConfig[0].omagserverPlatformRootURL: expected an absolute http(s) URL, got "http://:80"',
    ],
    [
      'a missing server name',
      (d) => delete d.integrationServicesConfig[0].omagserverName,
      'integrationServicesConfig[0].omagserverName: expected a non-empty string, got nothing',
    ],
    [
      'an unknown integration service development status',
      (d) => (d.integrationServicesConfig[0].integrationServiceDevelopmentStatus = 'BETA'),
      'integrationServicesConfig[0].integrationServiceDevelopmentStatus: expected one of IN_DEVELOPMENT, TECHNICAL_PREVIEW, STABLE, SAMPLE, DEPRECATED, got "BETA"',
    ],
    [
      'an unknown operational status',
      (d) => (d.integrationServicesConfig[0].integrationServiceOperationalStatus = 7),
      'integrationServicesConfig[0].integrationServiceOperationalStatus: expected one of NOT_IMPLEMENTED, ENABLED, DISABLED, got 7',
    ],
    [
      'a default permitted synchronization of the wrong case (Egeria names are exact)',
      (d) => (d.integrationServicesConfig[0].defaultPermittedSynchronization = 'from_third_party'),
      'integrationServicesConfig[0].defaultPermittedSynchronization: expected one of BOTH_DIRECTIONS, TO_THIRD_PARTY, FROM_THIRD_PARTY, OTHER, got "from_third_party"',
    ],
    [
      'service options that are not an object',
      (d) => (d.integrationServicesConfig[0].integrationServiceOptions = ['a']),
      'integrationServicesConfig[0].integrationServiceOptions: expected an object of service options, got ["a"]',
    ],
    [
      'a numeric service name',
      (d) => (d.integrationServicesConfig[0].integrationServiceName = 5),
      'integrationServicesConfig[0].integrationServiceName: expected a string, got 5',
    ],
    [
      'connectors that are not an array',
      (d) => (d.integrationServicesConfig[0].integrationConnectorConfigs = 'c1'),
      'integrationServicesConfig[0].integrationConnectorConfigs: expected an array of IntegrationConnectorConfig objects, got "c1"',
    ],
    [
      'a connector that is not an object',
      (d) => (d.integrationServicesConfig[0].integrationConnectorConfigs[0] = 42),
      `${C0}: expected an IntegrationConnectorConfig object, got 42`,
    ],
    [
      'a refreshTimeInterval of "soon"',
      (d) => (d.integrationServicesConfig[0].integrationConnectorConfigs[0].refreshTimeInterval = 'soon'),
      `${C0}.refreshTimeInterval: expected a whole number of minutes, 0 or more, got "soon"`,
    ],
    [
      'a negative refreshTimeInterval',
      (d) => (d.integrationServicesConfig[0].integrationConnectorConfigs[0].refreshTimeInterval = -1),
      `${C0}.refreshTimeInterval: expected a whole number of minutes, 0 or more, got -1`,
    ],
    [
      'a fractional refreshTimeInterval',
      (d) => (d.integrationServicesConfig[0].integrationConnectorConfigs[0].refreshTimeInterval = '1.5'),
      `${C0}.refreshTimeInterval: expected a whole number of minutes, 0 or more, got "1.5"`,
    ],
    [
      'a usesBlockingCalls of "yes"',
      (d) => (d.integrationServicesConfig[0].integrationConnectorConfigs[0].usesBlockingCalls = 'yes'),
      `${C0}.usesBlockingCalls: expected true or false, got "yes"`,
    ],
    [
      'a generateIntegrationReports of 1',
      (d) => (d.integrationServicesConfig[0].integrationConnectorConfigs[0].generateIntegrationReports = 1),
      `${C0}.generateIntegrationReports: expected true or false, got 1`,
    ],
    [
      'an unknown permittedSynchronization',
      (d) => (d.integrationServicesConfig[0].integrationConnectorConfigs[0].permittedSynchronization = 'SOMETIMES'),
      `${C0}.permittedSynchronization: expected one of BOTH_DIRECTIONS, TO_THIRD_PARTY, FROM_THIRD_PARTY, OTHER, got "SOMETIMES"`,
    ],
    [
      'an unknown permittedSynchronization ordinal',
      (d) => (d.integrationServicesConfig[0].integrationConnectorConfigs[0].permittedSynchronization = 3),
      `${C0}.permittedSynchronization: expected one of BOTH_DIRECTIONS, TO_THIRD_PARTY, FROM_THIRD_PARTY, OTHER, got 3`,
    ],
    [
      'a missing connectorName',
      (d) => delete d.integrationServicesConfig[0].integrationConnectorConfigs[0].connectorName,
      `${C0}.connectorName: expected a non-empty string, got nothing`,
    ],
    [
      'a blank connectorUserId',
      (d) => (d.integrationServicesConfig[0].integrationConnectorConfigs[0].connectorUserId = ''),
      `${C0}.connectorUserId: expected a non-empty string, got ""`,
    ],
    [
      'a missing connection',
      (d) => delete d.integrationServicesConfig[0].integrationConnectorConfigs[0].connection,
      `${C0}.connection: expected a Connection object with connectorType.connectorProviderClassName, got nothing`,
    ],
    [
      'a connection without connectorType',
      (d) => (d.integrationServicesConfig[0].integrationConnectorConfigs[0].connection = { qualifiedName: 'q' }),
      `${C0}.connection.connectorType: expected a ConnectorType object with connectorProviderClassName, got nothing`,
    ],
    [
      'a connectorType without connectorProviderClassName',
      (d) =>
        (d.integrationServicesConfig[0].integrationConnectorConfigs[0].connection = {
          connectorType: { displayName: 'x' },
        }),
      `${C0}.connection.connectorType.connectorProviderClassName: expected the connector provider class name (a non-empty string), got nothing`,
    ],
    [
      'a blank connectorProviderClassName',
      (d) =>
        (d.integrationServicesConfig[0].integrationConnectorConfigs[0].connection = {
          connectorType: { connectorProviderClassName: '  ' },
        }),
      `${C0}.connection.connectorType.connectorProviderClassName: expected the connector provider class name (a non-empty string), got "  "`,
    ],
    [
      'groups that are not an array',
      (d) => (d.dynamicIntegrationGroupsConfig = 'G1'),
      'dynamicIntegrationGroupsConfig: expected an array of IntegrationGroupConfig objects, got "G1"',
    ],
    [
      'a group without a qualified name',
      (d) => delete d.dynamicIntegrationGroupsConfig[0].integrationGroupQualifiedName,
      'dynamicIntegrationGroupsConfig[0].integrationGroupQualifiedName: expected a non-empty string, got nothing',
    ],
  ])('reports %s', (_what, edit, line) => {
    expect(lines(withChange(edit))).toEqual([line]);
  });

  it("reports a daemon with neither services nor groups (Egeria's NO_CONFIG_DOC)", () => {
    const expected =
      'expected at least one integration service, or one integration group in dynamicIntegrationGroupsConfig';
    expect(lines({ localServerName: 'd' })).toEqual([`integrationServicesConfig: ${expected}, got nothing`]);
    expect(
      lines({ localServerName: 'd', integrationServicesConfig: [], dynamicIntegrationGroupsConfig: null }),
    ).toEqual([`integrationServicesConfig: ${expected}, got []`]);
  });

  it('reports duplicate connector names across services, duplicate connector ids, markers and groups', () => {
    const document = withChange((d) => {
      const service = d.integrationServicesConfig[0];
      service.integrationConnectorConfigs[0].connectorId = 'id-1';
      d.integrationServicesConfig.push({
        ...service,
        integrationConnectorConfigs: [
          { connectorName: 'c2', connectorId: 'id-1', connection: service.integrationConnectorConfigs[0].connection },
        ],
      });
      d.integrationServicesConfig.push({
        integrationServiceURLMarker: 'api-integrator',
        omagserverPlatformRootURL: 'http://h',
        omagserverName: 's',
        integrationConnectorConfigs: [service.integrationConnectorConfigs[0]],
      });
      d.dynamicIntegrationGroupsConfig.push(d.dynamicIntegrationGroupsConfig[0]);
    });
    expect(lines(document)).toEqual([
      'integrationServicesConfig[1].integrationServiceURLMarker: expected an integrationServiceURLMarker not used by another integration service (already used at integrationServicesConfig[0].integrationServiceURLMarker), got "files-integrator"',
      'integrationServicesConfig[1].integrationConnectorConfigs[0].connectorId: expected a connectorId not used by another connector (already used at integrationServicesConfig[0].integrationConnectorConfigs[0].connectorId), got "id-1"',
      'integrationServicesConfig[2].integrationConnectorConfigs[0].connectorName: expected a connectorName not used by another connector (already used at integrationServicesConfig[0].integrationConnectorConfigs[0].connectorName), got "c1"',
      'integrationServicesConfig[2].integrationConnectorConfigs[0].connectorId: expected a connectorId not used by another connector (already used at integrationServicesConfig[0].integrationConnectorConfigs[0].connectorId), got "id-1"',
      'dynamicIntegrationGroupsConfig[1].integrationGroupQualifiedName: expected an integrationGroupQualifiedName not used by another integration group (already used at dynamicIntegrationGroupsConfig[0].integrationGroupQualifiedName), got "G1"',
    ]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    [
      'an unknown egeriaTs setting',
      { adminAPI: { port: 1 } },
      'egeriaTs.adminAPI: expected one of the egeriaTs settings adminApi, modules, platform, connectorRefreshIntervalSeconds, refreshTimeoutSeconds, isolation, restartPolicy, shutdownTimeoutSeconds, integrationGroupRefreshSeconds, integrationGroupEvents, dryRun, got {"port":1}',
    ],
    [
      'an unknown adminApi setting',
      { adminApi: { listen: 'x' } },
      'egeriaTs.adminApi.listen: expected one of the adminApi settings enabled, host, port, token, tls, got "x"',
    ],
    [
      'a port out of range',
      { adminApi: { port: 70000 } },
      'egeriaTs.adminApi.port: expected a port number from 0 to 65535, got 70000',
    ],
    [
      'a port of "http"',
      { adminApi: { port: 'http' } },
      'egeriaTs.adminApi.port: expected a port number from 0 to 65535, got "http"',
    ],
    ['a blank host', { adminApi: { host: '' } }, 'egeriaTs.adminApi.host: expected a non-empty string, got ""'],
    [
      'TLS without a key file',
      { adminApi: { tls: { certFile: 'c.pem' } } },
      'egeriaTs.adminApi.tls.keyFile: expected a non-empty string, got nothing',
    ],
    [
      'modules that are not strings',
      { modules: ['./a.js', 3] },
      'egeriaTs.modules[1]: expected a non-empty string, got 3',
    ],
    [
      'a rejectUnauthorized of "no"',
      { platform: { rejectUnauthorized: 'no' } },
      'egeriaTs.platform.rejectUnauthorized: expected true or false, got "no"',
    ],
    [
      'a connector refresh interval of "fast"',
      { connectorRefreshIntervalSeconds: { 'my connector': 'fast' } },
      'egeriaTs.connectorRefreshIntervalSeconds["my connector"]: expected a number of seconds, 0 or more, got "fast"',
    ],
    [
      'a negative refresh timeout',
      { refreshTimeoutSeconds: -5 },
      'egeriaTs.refreshTimeoutSeconds: expected a number of seconds, 0 or more, got -5',
    ],
    [
      'an unknown isolation',
      { isolation: 'thread' },
      'egeriaTs.isolation: expected one of in-process, worker, got "thread"',
    ],
    [
      'a restart multiplier below 1',
      { restartPolicy: { multiplier: '0.5' } },
      'egeriaTs.restartPolicy.multiplier: expected a number, 1 or more, got "0.5"',
    ],
    [
      'a shutdown timeout of "later"',
      { shutdownTimeoutSeconds: 'later' },
      'egeriaTs.shutdownTimeoutSeconds: expected a number of seconds, 0 or more, got "later"',
    ],
  ])('reports %s in egeriaTs', (_what, egeriaTs, line) => {
    expect(lines({ ...validDocument(), egeriaTs })).toEqual([line]);
  });

  it('reports an egeriaTs section that is not an object', () => {
    expect(lines({ ...validDocument(), egeriaTs: 'on' })).toEqual([
      'egeriaTs: expected an object of egeria-ts settings, got "on"',
    ]);
  });

  it('never shows a secret, even when it is wrong', () => {
    const error = caught({
      ...validDocument(),
      localServerPassword: 1234567,
      egeriaTs: {
        adminApi: { token: '${env:' },
        platform: { password: '${vault:s3cr3t-value}', bearerToken: ['tok-abc'] },
      },
      integrationServicesConfig: [
        {
          integrationServiceURLMarker: 'files-integrator',
          omagserverPlatformRootURL: 'https://localhost:9443',
          omagserverName: 'mds1',
          integrationConnectorConfigs: [
            { connectorName: 'c1', connection: [{ clearPassword: 'hunter2', securedProperties: { key: 'k-123' } }] },
          ],
        },
      ],
    });
    const reference = 'expected a string, or a reference ${env:NAME} or ${file:PATH}';
    expect(error.message.split('\n')).toEqual([
      `localServerPassword: ${reference}, got a number (hidden)`,
      `${C0}.connection: expected a Connection object with connectorType.connectorProviderClassName, got [{"clearPassword":"***","securedProperties":"***"}]`,
      `egeriaTs.adminApi.token: ${reference}, got a string (hidden)`,
      `egeriaTs.platform.password: ${reference}, got a string (hidden)`,
      `egeriaTs.platform.bearerToken: ${reference}, got an array (hidden)`,
    ]);
    const everything = JSON.stringify({ ...error.toJSON(), problems: error.problems });
    for (const secret of ['1234567', 's3cr3t', 'tok-abc', 'hunter2', 'k-123']) expect(everything).not.toContain(secret);
  });

  it('reports every problem at once, in document order, as one typed error', () => {
    const error = caught({
      localServerName: '',
      maxPageSize: -1,
      integrationServicesConfig: [
        {
          integrationServiceURLMarker: 'database-integrator',
          omagserverPlatformRootURL: 'localhost',
          omagserverName: 'mds1',
          integrationConnectorConfigs: [
            {
              connectorName: 'db',
              connection: { connectorType: {} },
              refreshTimeInterval: 'soon',
              usesBlockingCalls: 'false',
            },
            { connectorName: 'db', connection: { connectorType: { connectorProviderClassName: 'x' } } },
          ],
        },
      ],
      egeriaTs: { shutdownTimeoutSeconds: 'never' },
    });
    const expected = [
      'localServerName: expected a non-empty string, got ""',
      'maxPageSize: expected a whole number, 0 or more, got -1',
      'integrationServicesConfig[0].omagserverPlatformRootURL: expected an absolute http(s) URL, got "localhost"',
      'integrationServicesConfig[0].integrationConnectorConfigs[0].connection.connectorType.connectorProviderClassName: expected the connector provider class name (a non-empty string), got nothing',
      'integrationServicesConfig[0].integrationConnectorConfigs[0].refreshTimeInterval: expected a whole number of minutes, 0 or more, got "soon"',
      'integrationServicesConfig[0].integrationConnectorConfigs[1].connectorName: expected a connectorName not used by another connector (already used at integrationServicesConfig[0].integrationConnectorConfigs[0].connectorName), got "db"',
      'egeriaTs.shutdownTimeoutSeconds: expected a number of seconds, 0 or more, got "never"',
    ];
    expect(error.message).toBe(expected.join('\n'));
    expect(error.problems.map(formatDaemonConfigProblem)).toEqual(expected);
    expect(error.problems[4]).toEqual({
      path: 'integrationServicesConfig[0].integrationConnectorConfigs[0].refreshTimeInterval',
      expected: 'a whole number of minutes, 0 or more',
      got: '"soon"',
    });
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect(error).toBeInstanceOf(EgeriaError);
    expect(error.name).toBe('DaemonConfigError');
    expect(error.relatedHTTPCode).toBe(400);
    expect(error.messageId).toBe('EGERIA-TS-DAEMON-400-001');
    expect(error.parameterName).toBe('localServerName');
    expect(error.parameters).toEqual(expected);
    expect(error.message).not.toMatch(/\n\s+at /);
  });

  it("prefixes paths inside Egeria's OMAGServerConfigResponse wrapper", () => {
    const inner = withChange((d) => (d.integrationServicesConfig[0].omagserverName = ''));
    expect(lines({ class: 'OMAGServerConfigResponse', relatedHTTPCode: 200, omagserverConfig: inner })).toEqual([
      'omagserverConfig.integrationServicesConfig[0].omagserverName: expected a non-empty string, got ""',
    ]);
    expect(lines({ class: 'OMAGServerConfigResponse', omagserverConfig: null })).toEqual([
      'omagserverConfig: expected an OMAGServerConfig object, got null',
    ]);
    expect(
      lines({ omagserverConfig: { ...validDocument(), egeriaTs: {} }, egeriaTs: { isolation: 'worker' } }),
    ).toEqual([
      'egeriaTs: expected one egeriaTs section, either here or in omagserverConfig, not both, got {"isolation":"worker"}',
    ]);
    expect(lines({ omagserverConfig: { ...validDocument(), egeriaTs: { isolation: 'x' } } })).toEqual([
      'omagserverConfig.egeriaTs.isolation: expected one of in-process, worker, got "x"',
    ]);
  });
});

describe('loadDaemonConfig', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'egeria-ts-daemon-config-'));
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function loadError(text: string, name = 'daemon.json'): Promise<DaemonConfigError> {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    try {
      await loadDaemonConfig(file);
    } catch (e) {
      if (e instanceof DaemonConfigError) return e;
      throw e;
    }
    throw new Error('the file was accepted');
  }

  it('reports a JSON syntax error with its line and column', async () => {
    const text =
      '{\n  "localServerName": "broken",\n  "integrationServicesConfig": [\n' +
      '    { "integrationServiceURLMarker": "files-integrator" x }\n  ]\n}\n';
    const error = await loadError(text, 'syntax.json');
    expect(error.message).toBe(
      `$: expected valid JSON (',' or '}' after a property value), got "x" at line 4, column 57`,
    );
    expect(error.problems[0]).toMatchObject({ path: '$', line: 4, column: 57 });
    expect(error.source).toBe(path.join(dir, 'syntax.json'));
  });

  it.each<[string, string, string]>([
    [
      'a trailing comma',
      '{\n  "a": 1,\n}',
      `$: expected valid JSON (a property name in double quotes), got "}" at line 3, column 1`,
    ],
    [
      'a truncated file',
      '{\n  "localServerName": "d"',
      `$: expected valid JSON (',' or '}' after a property value), got the end of the file at line 2, column 25`,
    ],
    ['an empty file', '', '$: expected valid JSON (a JSON value), got the end of the file at line 1, column 1'],
    [
      'a single-quoted string',
      "{ 'a': 1 }",
      `$: expected valid JSON (a property name in double quotes), got "'" at line 1, column 3`,
    ],
    ['a bad literal', '{"a": tru }', `$: expected valid JSON ('true'), got " " at line 1, column 10`],
    [
      'a raw newline in a string',
      '{"a": "x\ny"}',
      '$: expected valid JSON (a character allowed in a string (control characters must be escaped)), got "\\n" at line 1, column 9',
    ],
    [
      'a bad escape',
      '{"a": "\\q"}',
      '$: expected valid JSON (an escape such as \\n, \\" or \\u0041), got "q" at line 1, column 9',
    ],
    [
      'text after the document',
      '{"a": 1} {}',
      '$: expected valid JSON (the end of the document), got "{" at line 1, column 10',
    ],
    ['a number without digits', '{"a": -}', '$: expected valid JSON (a digit), got "}" at line 1, column 8'],
    ['a missing colon', '{"a" 1}', `$: expected valid JSON (':' after the property name), got "1" at line 1, column 6`],
    [
      'an array without its bracket',
      '[1, 2',
      `$: expected valid JSON (',' or ']' after an array item), got the end of the file at line 1, column 6`,
    ],
  ])('reports %s', async (_what, text, line) => {
    expect((await loadError(text)).message).toBe(line);
  });

  it('accepts a byte order mark and reports validation problems with the file as source', async () => {
    const file = path.join(dir, 'bom.json');
    fs.writeFileSync(file, '\uFEFF' + JSON.stringify(validDocument()));
    expect((await loadDaemonConfig(file)).localServerName).toBe('daemon1');

    const error = await loadError(JSON.stringify({ ...validDocument(), localServerName: 3 }), 'invalid.json');
    expect(error.message).toBe('localServerName: expected a non-empty string, got 3');
    expect(error.source).toBe(path.join(dir, 'invalid.json'));
    expect(error.exceptionProperties['source']).toBe(path.join(dir, 'invalid.json'));
  });

  it('reports a file that cannot be read', async () => {
    const file = path.join(dir, 'missing.json');
    await expect(loadDaemonConfig(file)).rejects.toThrow(
      new DaemonConfigError([{ path: '$', expected: 'a readable JSON file', got: `ENOENT reading ${file}` }]),
    );
    await expect(loadDaemonConfig(file)).rejects.toBeInstanceOf(DaemonConfigError);
  });
});
