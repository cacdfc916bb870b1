/**
 * Malformed, oversized and hostile requests to a real daemon's REST admin API (its connectors
 * running against the emulator) and to the emulator itself: wrong types, huge bodies, path traversal
 * in names, unknown connectors and services, garbage on the socket, and fuzzed requests. Each gets a
 * clear error; nothing crashes; the daemon's and the emulator's state is the same before and after.
 */
import fc from 'fast-check';
import { startAdminServer, type AdminServer } from '@egeria-ts/daemon';
import { startTestEmulator, type TestEmulator } from '@egeria-ts/testing';
import { resetConnectorState } from '../reliability/support/catalog-source-connector';
import {
  LONG,
  createRecordedDaemon,
  daemonDocument,
  waitFor,
  type RecordedDaemon,
} from '../reliability/support/harness';
import { rawRequest, type RawAnswer } from './support/raw-http';

const DAEMON = 'hostile-daemon';
const BASE = `/servers/${DAEMON}/open-metadata/integration-daemon/users/admin`;
const CONNECTORS = ['alpha', 'beta'];

let emulator: TestEmulator;
let rec: RecordedDaemon;
let admin: AdminServer;
let emulatorBase: string;

beforeAll(async () => {
  emulator = await startTestEmulator({ serverName: 'hostile-mds' });
  emulatorBase = `/servers/${emulator.serverName}/open-metadata/access-services/data-manager/users/writer`;
  rec = createRecordedDaemon(
    daemonDocument({
      serverName: DAEMON,
      platformURL: emulator.url,
      metadataServerName: emulator.serverName,
      connectors: CONNECTORS.map((name) => ({ name, properties: { tables: 2, columns: 2 } })),
    }),
  );
  await rec.daemon.start();
  await waitFor(
    () => CONNECTORS.every((n) => rec.eventsOf('refreshCompleted', n).length === 1),
    10000,
    'the first refreshes',
  );
  admin = await startAdminServer(rec.daemon, { maxBodyBytes: 64 * 1024 });
});

afterAll(async () => {
  await admin.close();
  await rec.daemon.stop();
  await emulator.close();
  resetConnectorState();
});

/** Everything about the daemon a request could change. */
function daemonState(): unknown {
  const reports = rec.daemon.status().integrationConnectorReports ?? [];
  return {
    state: rec.daemon.state,
    connectors: reports.map((r) => ({
      name: r.connectorName,
      status: r.connectorStatus,
      instance: r.connectorInstanceId,
      connection: r.connection,
      properties: rec.daemon.getConfigurationProperties(r.connectorName),
      failing: r.failingExceptionMessage,
    })),
    metrics: rec.daemon.metrics().map((m) => [m.connectorName, m.refreshes, m.refreshFailures, m.restarts]),
    refreshesStarted: rec.eventsOf('refreshStarted').length,
  };
}

/** Everything the emulator holds. */
async function emulatorState(): Promise<unknown> {
  const view = await emulator.readCatalog({ withProperties: false });
  return {
    elements: view.elements.map((e) => `${e.guid}:${e.qualifiedName ?? ''}:${e.version ?? ''}`).sort(),
    relationships: view.relationships.length,
  };
}

/** A hostile request's answer is a clear error: a 4xx, or Egeria's HTTP 200 with an FFDC error bean. */
function expectClearError(answer: RawAnswer, what: string): void {
  const json = answer.json as Record<string, unknown> | undefined;
  const code = Number(json?.['relatedHTTPCode']);
  const clear =
    json !== undefined &&
    (answer.status === 200
      ? code >= 400 && code < 500 && typeof json['exceptionErrorMessage'] === 'string'
      : answer.status >= 400 && answer.status < 500);
  const summary = `${answer.status} ${answer.text.slice(0, 300)}`;
  expect({ what, summary, clear }).toEqual({ what, summary, clear: true });
}

const post = (body: unknown): { method: string; body: string } => ({ method: 'POST', body: JSON.stringify(body) });

describe('the REST admin API of a running daemon, fed hostile requests', () => {
  it('answers each with a clear error and changes nothing', async () => {
    const before = daemonState();
    const catalogBefore = await emulatorState();
    const cases: Array<[string, string, { method?: string; body?: string | Buffer; raw?: string }]> = [
      ['malformed JSON', `${BASE}/integration-connectors/refresh`, { method: 'POST', body: '{"name": "alpha",' }],
      ['a body that is a number', `${BASE}/integration-connectors/refresh`, { method: 'POST', body: '42' }],
      ['a body that is a list', `${BASE}/integration-connectors/restart`, { method: 'POST', body: '["alpha"]' }],
      [
        'a name of the wrong type',
        `${BASE}/integration-connectors/restart`,
        post({ class: 'NameRequestBody', name: 42 }),
      ],
      [
        'an unknown connector (refresh)',
        `${BASE}/integration-connectors/refresh`,
        post({ class: 'NameRequestBody', name: 'nobody' }),
      ],
      [
        'an unknown connector (restart)',
        `${BASE}/integration-connectors/restart`,
        post({ class: 'NameRequestBody', name: 'nobody' }),
      ],
      ['an unknown connector (properties)', `${BASE}/integration-connectors/nobody/configuration-properties`, {}],
      [
        'configuration properties of the wrong type',
        `${BASE}/integration-connectors/configuration-properties`,
        post({ connectorName: 'alpha', mergeUpdate: 'sometimes', configurationProperties: 'all of them' }),
      ],
      [
        'configuration properties for an unknown connector',
        `${BASE}/integration-connectors/configuration-properties`,
        post({ connectorName: '../alpha', mergeUpdate: true, configurationProperties: { tables: 9 } }),
      ],
      [
        'an endpoint address that is not a string',
        `${BASE}/integration-connectors/alpha/endpoint-network-address`,
        post({ class: 'StringRequestBody', string: { host: 'evil' } }),
      ],
      ['a connection that is not an object', `${BASE}/integration-connectors/alpha/connection`, post(['Connection'])],
      [
        'a connection whose connector type is a number',
        `${BASE}/integration-connectors/alpha/connection`,
        post({ class: 'Connection', connectorType: 7 }),
      ],
      ['an unknown service', `${BASE}/integration-services/no-such-integrator/refresh`, post({ name: 'alpha' })],
      [
        'a huge body',
        `${BASE}/integration-connectors/configuration-properties`,
        { method: 'POST', body: `{"x":"${'a'.repeat(200_000)}"}` },
      ],
      ['path traversal', `${BASE}/integration-connectors/../../../../etc/passwd`, {}],
      [
        'encoded traversal',
        `${BASE}/integration-connectors/%2e%2e%2f%2e%2e%2fetc%2fpasswd/configuration-properties`,
        {},
      ],
      ['a NUL in a name', `${BASE}/integration-connectors/alpha%00/configuration-properties`, {}],
      [
        'a prototype key in a body',
        `${BASE}/integration-connectors/configuration-properties`,
        {
          method: 'POST',
          body: '{"connectorName":"nobody","__proto__":{"isAdmin":true},"configurationProperties":{"constructor":{"prototype":{"x":1}}}}',
        },
      ],
      ['a wrong verb', `${BASE}/integration-connectors/refresh`, { method: 'DELETE' }],
      ['garbage on the socket', '/', { raw: 'NOT HTTP AT ALL\r\n\r\n' }],
    ];
    for (const [what, path, options] of cases) {
      const answer = await rawRequest(admin.port, path, options);
      if (what !== 'garbage on the socket') expectClearError(answer, what);
      else expect(answer.status).toBe(400);
      expect(answer.text).not.toContain('a'.repeat(1000)); // bodies are not echoed
    }
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
    expect(daemonState()).toEqual(before);
    expect(await emulatorState()).toEqual(catalogBefore);
    // Still serving.
    const status = await rawRequest(admin.port, `${BASE}/status`);
    expect(status.status).toBe(200);
  });

  it('fuzzed requests: never a server error, never a crash, never a state change', async () => {
    const before = daemonState();
    const segment = fc.oneof(
      fc.constantFrom(
        'integration-connectors',
        'integration-services',
        'integration-groups',
        'database-integrator',
        'refresh',
        'restart',
        'configuration-properties',
        'endpoint-network-address',
        'connection',
        'status',
        'summary',
        '..',
        '.',
        '%2e%2e',
        '%2F',
        '%00',
        '%ZZ',
        '~',
        'nobody',
      ),
      fc.string({ maxLength: 12 }).map((s) => encodeURIComponent(s)),
    );
    const body = fc.oneof(
      fc.constant(undefined),
      fc.string({ maxLength: 40 }),
      (fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<unknown>).map((v) => JSON.stringify(v)),
      fc
        .dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }))
        .map((d) => JSON.stringify({ ...d, name: 'nobody', connectorName: 'nobody' })),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'),
        fc.array(segment, { minLength: 0, maxLength: 4 }),
        body,
        async (method, segments, text) => {
          const path = `${BASE}/${segments.join('/')}`;
          const answer = await rawRequest(admin.port, path, {
            method,
            ...(text === undefined || method === 'GET' ? {} : { body: text }),
          });
          expect({ path, method, status: answer.status < 500 }).toEqual({ path, method, status: true });
          expect(answer.json).toBeDefined();
        },
      ),
      { numRuns: LONG ? 1000 : 150 },
    );
    expect(daemonState()).toEqual(before);
  });
});

describe('the emulator, fed hostile requests', () => {
  it('answers each with a clear error and changes nothing', async () => {
    const before = await emulatorState();
    const create = `${emulatorBase}/databases`;
    const cases: Array<[string, string, { method?: string; body?: string | Buffer; raw?: string }]> = [
      ['malformed JSON', create, { method: 'POST', body: '{"class":"ReferenceableRequestBody",' }],
      ['no body', create, { method: 'POST' }],
      ['a body that is a list', create, { method: 'POST', body: '[]' }],
      [
        // (a number would be read as its text, as Jackson coerces scalars; an object cannot be)
        'a qualified name of the wrong type',
        create,
        post({
          class: 'ReferenceableRequestBody',
          properties: { class: 'DatabaseProperties', qualifiedName: { a: 1 } },
        }),
      ],
      ['properties of the wrong type', create, post({ class: 'ReferenceableRequestBody', properties: 'Database' })],
      [
        'a prototype key in the properties',
        create,
        {
          method: 'POST',
          body: '{"class":"ReferenceableRequestBody","properties":{"class":"DatabaseProperties","__proto__":{"qualifiedName":"polluted"}}}',
        },
      ],
      ['a huge body', create, { method: 'POST', body: Buffer.alloc(9 * 1024 * 1024, 0x61) }],
      [
        'an unknown server',
        `/servers/not-${emulator.serverName}/open-metadata/access-services/data-manager/users/writer/databases`,
        post({}),
      ],
      ['path traversal', `/servers/${emulator.serverName}/../../etc/passwd`, {}],
      ['encoded traversal in a GUID', `${emulatorBase}/databases/%2e%2e%2f%2e%2e%2fetc%2fpasswd`, {}],
      ['an unknown GUID', `${emulatorBase}/databases/00000000-0000-0000-0000-000000000000`, {}],
      [
        'a search string that is not a valid expression',
        `${emulatorBase}/databases/by-search-string?startFrom=0&pageSize=10`,
        post({ class: 'SearchStringRequestBody', searchString: '(((' }),
      ],
      [
        'a page size far too large',
        `${emulatorBase}/databases/by-search-string?startFrom=-5&pageSize=99999999`,
        post({ class: 'SearchStringRequestBody', searchString: '.*' }),
      ],
      ['an unknown out topic', `/servers/${emulator.serverName}/emulator/out-topic/..%2F..%2Fsecrets`, {}],
      ['garbage on the socket', '/', { raw: '\u0000\u0001GET\r\n\r\n' }],
    ];
    for (const [what, path, options] of cases) {
      const answer = await rawRequest(emulator.port, path, options);
      if (what === 'garbage on the socket') {
        expect(answer.status).toBe(400);
        continue;
      }
      if (what.startsWith('a search string') || what.startsWith('a page size')) {
        // A search that matches nothing is an answer too; it must not be a server error.
        expect({ what, status: answer.status }).toEqual({
          what,
          status: answer.status < 500 ? answer.status : 'server error',
        });
        continue;
      }
      expectClearError(answer, what);
    }
    expect(({} as Record<string, unknown>)['qualifiedName']).toBeUndefined();
    expect(await emulatorState()).toEqual(before);
  });
});
