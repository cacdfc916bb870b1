/**
 * Bad input, property-based (fast-check): FFDC responses (the parser alone, and whole responses of
 * a hostile server read by a real client), out-topic events (real events of the emulator, mutated),
 * and connections (secret references, configuration properties). Random and mutated documents never
 * crash anything and always yield a typed error that names the field at fault. The daemon's
 * configuration parser has its own property tests (packages/daemon/test/config-property.test.ts).
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import {
  ConnectionCheckedException,
  EXCEPTION_CLASSES,
  EgeriaError,
  InvalidParameterException,
  PropertyServerException,
  getConnectorDefinition,
  redact,
  resolveSecretReferences,
  validateConfigurationProperties,
  type Connection,
} from '@egeria-ts/core';
import {
  DATA_MANAGER_DATABASE_SERVICE,
  DatabaseManagerClient,
  EventStreamTopicConnector,
  OmasRestClient,
  assetManagerEventParser,
  dataManagerEventParser,
  errorFromFFDCResponse,
  rawEventParser,
  type FFDCResponseBase,
  type OutTopicEventParser,
} from '@egeria-ts/omas-client';
import { outTopicName } from '@egeria-ts/emulator';
import { startTestEmulator, type TestEmulator } from '@egeria-ts/testing';
import { CatalogSourceConnector } from './support/catalog-source-connector';
import { LONG, waitFor } from './support/harness';

const RUNS = LONG ? 2000 : 200;

// ------------------------------------------------------------------ helpers

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Names that reach a prototype when used as keys, and other hostile strings. */
const HOSTILE_NAMES = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '',
  ' ',
  '../..',
];

const hostileString = fc.oneof(
  fc.string(),
  fc.constantFrom(...HOSTILE_NAMES),
  fc.constantFrom(...HOSTILE_NAMES).map((n) => `org.odpi.openmetadata.frameworks.${n}`),
  fc.string({ minLength: 5000, maxLength: 20000 }),
);

const anyJson: fc.Arbitrary<Json> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue() as fc.Arbitrary<Json> },
  { weight: 1, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.constantFrom<Json>(Number.MAX_SAFE_INTEGER, -1, 1e308, 0.5, true, [], {}) },
);

/** Every path of a JSON document, in the notation of the parsers' errors (`a.b[0].c`; '' for the root). */
function pathsOf(doc: Json, at = ''): string[] {
  const out = [at];
  if (Array.isArray(doc)) doc.forEach((v, i) => out.push(...pathsOf(v, `${at}[${i}]`)));
  else if (doc !== null && typeof doc === 'object') {
    for (const [k, v] of Object.entries(doc)) out.push(...pathsOf(v, at === '' ? k : `${at}.${k}`));
  }
  return out;
}

function segments(p: string): Array<string | number> {
  return [...p.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : (m[1] as string)));
}

/** A copy of the document with the value at `p` replaced (or removed when `value` is undefined). */
function mutate(doc: Json, p: string, value: Json | undefined): Json | undefined {
  if (p === '') return value;
  const copy = JSON.parse(JSON.stringify(doc)) as Json;
  const segs = segments(p);
  let node = copy as Record<string | number, Json>;
  for (const s of segs.slice(0, -1)) node = node[s] as Record<string | number, Json>;
  const last = segs[segs.length - 1] as string | number;
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else {
    Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

/** True when `errorPath` names the mutated field or something inside it. */
function namesTheField(errorPath: string, mutatedPath: string): boolean {
  if (mutatedPath === '') return true;
  return (
    errorPath === mutatedPath || errorPath.startsWith(`${mutatedPath}.`) || errorPath.startsWith(`${mutatedPath}[`)
  );
}

// ------------------------------------------------------------------ FFDC responses

describe('the FFDC response parser (errorFromFFDCResponse)', () => {
  const valid: FFDCResponseBase = {
    class: 'GUIDResponse',
    relatedHTTPCode: 400,
    exceptionClassName: 'org.odpi.openmetadata.frameworks.openmetadata.ffdc.InvalidParameterException',
    actionDescription: 'createDatabase',
    exceptionErrorMessage: 'OMAG-COMMON-400-009 The qualifiedName property is missing',
    exceptionErrorMessageId: 'OMAG-COMMON-400-009',
    exceptionErrorMessageParameters: ['qualifiedName', 'createDatabase'],
    exceptionSystemAction: 'The system is unable to process the request.',
    exceptionUserAction: 'Supply a qualified name.',
    exceptionProperties: { parameterName: 'qualifiedName' },
  };
  const SECRET = 'ffdc-secret-5f2c9a';

  it('turns any object into a typed error or "no error", never throwing', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.oneof(fc.string(), fc.constantFrom(...Object.keys(valid))), anyJson), (doc) => {
        let result: unknown;
        expect(() => (result = errorFromFFDCResponse(doc as FFDCResponseBase))).not.toThrow();
        expect(result === undefined || result instanceof EgeriaError).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('mutated error documents: always an EgeriaError of the named class (else PropertyServerException), fields kept, secrets masked', () => {
    const fields = Object.keys(valid);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...fields), fc.option(anyJson, { nil: undefined })), { maxLength: 6 }),
        fc.constantFrom(...fields.filter((f) => f.startsWith('exception') && f !== 'exceptionClassName')),
        (mutations, secretField) => {
          const doc: Record<string, unknown> = { ...valid, [secretField]: `before ${SECRET} after` };
          for (const [field, value] of mutations) {
            if (value === undefined) delete doc[field];
            else Object.defineProperty(doc, field, { value, enumerable: true, writable: true, configurable: true });
          }
          const result = errorFromFFDCResponse(doc as FFDCResponseBase, { secrets: [SECRET] });
          const className = doc['exceptionClassName'];
          const code = doc['relatedHTTPCode'];
          const reportsError =
            (typeof className === 'string' && className !== '') || (typeof code === 'number' && code !== 200);
          if (!reportsError) {
            expect(result).toBeUndefined();
            return;
          }
          expect(result).toBeInstanceOf(EgeriaError);
          const error = result as EgeriaError;
          const simple = typeof className === 'string' ? (className.split(/[.$]/).pop() ?? '') : '';
          const expected = Object.prototype.hasOwnProperty.call(EXCEPTION_CLASSES, simple)
            ? EXCEPTION_CLASSES[simple]
            : PropertyServerException;
          expect(error.constructor).toBe(expected);
          expect(typeof error.message).toBe('string');
          expect(error.message.length).toBeGreaterThan(0);
          if (typeof code === 'number' && code !== 200) expect(error.relatedHTTPCode).toBe(code);
          const props = doc['exceptionProperties'];
          if (typeof props === 'object' && props !== null && !Array.isArray(props)) {
            expect(error.exceptionProperties).toEqual(props);
          }
          const text = JSON.stringify({
            ...(redact(error) as object),
            message: error.message,
            parameters: error.parameters,
          });
          expect(text).not.toContain(SECRET);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('a real client reading a hostile server', () => {
  let server: http.Server;
  let url: string;
  let next: { status: number; body: string } = { status: 200, body: '{}' };

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(next.status, { 'Content-Type': 'application/json' });
        res.end(next.body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const goodList = { class: 'DatabasesResponse', relatedHTTPCode: 200, elements: [{ elementHeader: { guid: 'g1' } }] };
  const goodGUID = { class: 'GUIDResponse', relatedHTTPCode: 200, guid: 'a5b0c0de-0000-4000-8000-000000000001' };

  const bodies = fc.oneof(
    fc.string().map((s) => s),
    (fc.jsonValue() as fc.Arbitrary<Json>).map((v) => JSON.stringify(v)),
    fc.tuple(fc.constantFrom<Json>(goodList, goodGUID), fc.nat(), anyJson).map(([doc, i, v]) => {
      const paths = pathsOf(doc).filter((p) => p !== '');
      return JSON.stringify(mutate(doc, paths[i % paths.length] as string, v));
    }),
    fc
      .tuple(fc.constantFrom<Json>(goodList, goodGUID), fc.nat())
      .map(([doc, n]) => JSON.stringify(doc).slice(0, n % JSON.stringify(doc).length)),
    fc.constant('<!DOCTYPE html><html><body>Login</body></html>'),
  );

  it('every answer gives a result of the promised kind or a typed EgeriaError, never another error', async () => {
    const client = new OmasRestClient({
      service: DATA_MANAGER_DATABASE_SERVICE,
      transport: { platformURLRoot: url, serverName: 'hostile', userId: 'reader', retry: false, timeoutMs: 5000 },
    });
    const databases = new DatabaseManagerClient(client);
    try {
      await fc.assert(
        fc.asyncProperty(
          bodies,
          fc.constantFrom(200, 200, 200, 400, 404, 500, 503),
          fc.boolean(),
          async (body, status, list) => {
            next = { status, body };
            try {
              if (list) {
                const result = await databases.getDatabasesByName({ name: 'x' });
                expect(Array.isArray(result)).toBe(true);
              } else {
                const result = await databases.createDatabase({ databaseProperties: { qualifiedName: 'x' } });
                expect(typeof result).toBe('string');
              }
            } catch (error) {
              if (!(error instanceof EgeriaError)) throw error;
              expect(error.message.length).toBeGreaterThan(0);
            }
          },
        ),
        { numRuns: RUNS },
      );
    } finally {
      await client.close();
    }
  });
});

// ------------------------------------------------------------------ out-topic events

describe('the out-topic event parsers, fed mutated real events', () => {
  let emulator: TestEmulator;
  const realEvents: Json[] = [];

  beforeAll(async () => {
    emulator = await startTestEmulator({ serverName: 'events-mds' });
    const topic = new EventStreamTopicConnector<unknown>({
      platformURL: emulator.url,
      serverName: emulator.serverName,
      topicName: outTopicName(emulator.serverName, 'data-manager'),
      parser: rawEventParser,
      eventDirection: 'inOnly',
    });
    topic.registerListener((event) => {
      realEvents.push(event as Json);
    });
    await topic.connect();
    const client = new OmasRestClient({
      service: DATA_MANAGER_DATABASE_SERVICE,
      transport: { platformURLRoot: emulator.url, serverName: emulator.serverName, userId: 'writer' },
    });
    try {
      const databases = new DatabaseManagerClient(client);
      const databaseGUID = await databases.createDatabase({
        databaseProperties: { qualifiedName: 'events::db', name: 'db' },
      });
      const schemaGUID = await databases.createDatabaseSchema({
        databaseGUID,
        databaseSchemaProperties: { qualifiedName: 'events::db.s', name: 's' },
      });
      const tableGUID = await databases.createDatabaseTable({
        databaseAssetGUID: schemaGUID,
        databaseTableProperties: { qualifiedName: 'events::db.s.t', displayName: 't' },
      });
      await databases.createDatabaseColumn({
        databaseTableGUID: tableGUID,
        databaseColumnProperties: { qualifiedName: 'events::db.s.t.c', displayName: 'c', dataType: 'int' },
      });
      await waitFor(() => realEvents.length >= 5, 10000, `the emulator events (${realEvents.length} so far)`);
    } finally {
      await topic.disconnect();
      await client.close();
    }
  });

  afterAll(() => emulator.close());

  function checkMutations(parser: OutTopicEventParser<unknown>, documents: readonly Json[]): void {
    for (const doc of documents) expect(() => parser.parse(doc)).not.toThrow();
    const cases = fc
      .tuple(fc.constantFrom(...documents), fc.nat(), fc.option(anyJson, { nil: undefined }))
      .map(([doc, i, value]) => {
        const paths = pathsOf(doc);
        const at = paths[i % paths.length] as string;
        return { doc: mutate(doc, at, value), at };
      });
    fc.assert(
      fc.property(cases, ({ doc, at }) => {
        const error = caught(() => parser.parse(doc === undefined ? 'null' : JSON.stringify(doc)));
        if (error === undefined) return;
        expect(error).toBeInstanceOf(InvalidParameterException);
        const name = (error as InvalidParameterException).exceptionProperties['parameterName'];
        expect(typeof name).toBe('string');
        expect({
          mutated: at,
          named: name,
          ok: namesTheField(name as string, at) || (name === 'event' && at === ''),
        }).toEqual({
          mutated: at,
          named: name,
          ok: true,
        });
        expect((error as Error).message).toContain(parser.eventName);
      }),
      { numRuns: RUNS },
    );
  }

  it('Data Manager events from the emulator: every mutation parses or names the mutated field', () => {
    expect(realEvents.length).toBeGreaterThanOrEqual(5);
    checkMutations(dataManagerEventParser, realEvents);
  });

  it('Asset Manager events: every mutation parses or names the mutated field', () => {
    const header = (guid: string, typeName: string): Json => ({
      class: 'ElementHeader',
      guid,
      type: { typeName, superTypeNames: ['Referenceable'] },
      origin: { sourceServer: 'mds1', originCategory: 'LOCAL_COHORT' },
      versions: { createdBy: 'u', createTime: 1700000000000, version: 2 },
      classifications: [{ classificationName: 'Confidentiality', classificationProperties: { level: 2 } }],
    });
    checkMutations(assetManagerEventParser, [
      {
        eventVersionId: 1,
        eventType: 'ELEMENT_UPDATED',
        eventTime: '2024-02-03T04:05:06.000Z',
        elementHeader: header('rel-1', 'SemanticAssignment'),
        elementProperties: { description: 'new' },
        previousElementHeader: header('rel-1', 'SemanticAssignment'),
        previousElementProperties: { description: 'old' },
        endOneElementHeader: header('end-1', 'GlossaryTerm'),
        endTwoElementHeader: header('end-2', 'Asset'),
      },
    ]);
  });

  it('bytes and text that are not JSON name the event as a whole', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string().filter((s) => caught(() => JSON.parse(s)) !== undefined),
          fc.uint8Array().filter((b) => caught(() => JSON.parse(Buffer.from(b).toString('utf8'))) !== undefined),
        ),
        (payload) => {
          const error = caught(() => dataManagerEventParser.parse(payload));
          expect(error).toBeInstanceOf(InvalidParameterException);
          expect((error as InvalidParameterException).exceptionProperties['parameterName']).toBe('event');
        },
      ),
      { numRuns: RUNS },
    );
  });
});

// ------------------------------------------------------------------ connections

describe('connections: secret references and configuration properties', () => {
  let dir: string;
  const SECRET_FILE_CONTENT = 'file-secret-9b1e44';
  const ENV = { RELIABILITY_DB_PASSWORD: 'env-secret-7c3d12', EMPTY_VAR: '' };

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'egeria-ts-secrets-'));
    fs.writeFileSync(path.join(dir, 'db.secret'), `${SECRET_FILE_CONTENT}\n`);
    fs.writeFileSync(path.join(dir, 'empty.secret'), '');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const secretValue = fc.oneof(
    fc.constantFrom(
      '${env:RELIABILITY_DB_PASSWORD}',
      '${env:NOT_SET_ANYWHERE}',
      '${env:EMPTY_VAR}',
      '${env:}',
      '${file:db.secret}',
      '${file:missing.secret}',
      '${file:empty.secret}',
      '${file:.}',
      'plain-password',
      'prefix-${env:RELIABILITY_DB_PASSWORD}-suffix',
    ),
    anyJson,
  );
  const secretFields = fc.record(
    {
      clearPassword: secretValue,
      encryptedPassword: secretValue,
      securedProperties: fc.oneof(
        fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), secretValue, { maxKeys: 3 }),
        anyJson,
      ),
      userId: fc.string(),
    },
    { requiredKeys: [] },
  );
  const connections = fc.tuple(secretFields, fc.option(secretFields, { nil: undefined })).map(([outer, inner]) => ({
    class: 'VirtualConnection',
    qualifiedName: 'hostile',
    ...outer,
    ...(inner === undefined ? {} : { embeddedConnections: [{ position: 0, embeddedConnection: inner }] }),
  }));

  /** Every secret-field path a connection has, in the notation of the resolver's errors. */
  function secretPaths(conn: Record<string, unknown>, prefix = ''): string[] {
    const out: string[] = [];
    for (const f of ['clearPassword', 'encryptedPassword']) if (f in conn) out.push(`${prefix}${f}`);
    if ('securedProperties' in conn) {
      out.push(`${prefix}securedProperties`);
      const sp = conn['securedProperties'];
      if (typeof sp === 'object' && sp !== null && !Array.isArray(sp)) {
        for (const k of Object.keys(sp)) out.push(`${prefix}securedProperties.${k}`);
      }
    }
    const embedded = conn['embeddedConnections'];
    if (Array.isArray(embedded)) {
      embedded.forEach((e: { embeddedConnection?: Record<string, unknown> }, i) => {
        if (e.embeddedConnection !== undefined) {
          out.push(...secretPaths(e.embeddedConnection, `${prefix}embeddedConnections[${i}].embeddedConnection.`));
        }
      });
    }
    return out;
  }

  it('resolves, or fails with a typed error naming the secret field, never showing a secret', async () => {
    await fc.assert(
      fc.asyncProperty(connections, async (connection) => {
        let resolved: Connection | undefined;
        try {
          resolved = await resolveSecretReferences(connection as Connection, { env: ENV, baseDir: dir });
        } catch (error) {
          expect(error).toBeInstanceOf(ConnectionCheckedException);
          const e = error as ConnectionCheckedException;
          const field = e.exceptionProperties['parameterName'];
          expect(secretPaths(connection)).toContain(field);
          const text = JSON.stringify({ m: e.message, p: e.parameters, x: e.exceptionProperties });
          expect(text).not.toContain(ENV.RELIABILITY_DB_PASSWORD);
          expect(text).not.toContain(SECRET_FILE_CONTENT);
          return;
        }
        // Resolved: references replaced, and the redacted form shows no secret.
        const text = JSON.stringify(redact(resolved));
        expect(text).not.toContain(ENV.RELIABILITY_DB_PASSWORD);
        expect(text).not.toContain(SECRET_FILE_CONTENT);
        expect(JSON.stringify(resolved)).not.toContain('${env:RELIABILITY_DB_PASSWORD}');
      }),
      { numRuns: RUNS },
    );
    // Every plain secret value is registered for redaction, so the long run slows down as it goes.
  }, 120000);

  it('configuration properties of the wrong type are refused naming the property', () => {
    const definition = getConnectorDefinition(CatalogSourceConnector);
    expect(definition).toBeDefined();
    const declared = Object.keys(definition?.configurationProperties ?? {});
    fc.assert(
      fc.property(
        fc.dictionary(fc.oneof(fc.constantFrom(...declared), fc.string()), anyJson),
        fc.boolean(),
        (properties, withSource) => {
          const values = withSource ? { sourceName: 'src', ...properties } : properties;
          const error = caught(() => validateConfigurationProperties(definition!, values, 'CatalogSourceConnector'));
          if (error === undefined) return;
          expect(error).toBeInstanceOf(InvalidParameterException);
          const name = (error as InvalidParameterException).exceptionProperties['parameterName'];
          expect(declared).toContain(name);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
