/**
 * What Spring answers before any Egeria code runs, and malformed, oversized and hostile requests:
 * a clear answer, no crash, no change.
 */
import * as net from 'node:net';
import { TestEmulator, enc, expectFFDC, expectSpringError, send } from './support/harness';
import { databaseManagerBody, databaseProperties, referenceableBody, searchStringBody } from './support/java-shapes';

let em: TestEmulator;
let dm: string;
let dmPath: string;

async function databaseCount(): Promise<number> {
  const answer = await em.ok(`${dm}/databases/by-search-string?startFrom=0&pageSize=0`, searchStringBody('.*'));
  return ((answer['elements'] as unknown[] | undefined) ?? []).length;
}

beforeAll(async () => {
  em = await TestEmulator.start({ maxBodyBytes: 64 * 1024 });
  dm = em.dm();
  dmPath = new URL(dm).pathname;
});

afterAll(async () => {
  await em.close();
});

describe("Spring's own errors", () => {
  test('malformed JSON: HTTP 400 with Spring Boot error JSON, no FFDC body', async () => {
    const answer = await send(`${dm}/databases`, {
      method: 'POST',
      rawBody: '{"properties": {',
      headers: { 'Content-Type': 'application/json' },
    });
    expectSpringError(answer, 400, `${dmPath}/databases`);
    expect(answer.body['error']).toBe('Bad Request');
  });

  test('a missing required query parameter: HTTP 400', async () => {
    const answer = await em.post(`${dm}/databases/by-search-string?startFrom=0`, searchStringBody('.*'));
    expectSpringError(answer, 400, `${dmPath}/databases/by-search-string`);
    const notANumber = await em.post(
      `${dm}/databases/by-search-string?startFrom=zero&pageSize=10`,
      searchStringBody('.*'),
    );
    expectSpringError(notANumber, 400, `${dmPath}/databases/by-search-string`);
  });

  test('an unknown class value, or none, on a polymorphic bean: HTTP 400', async () => {
    const unknown = await em.post(
      `${dm}/databases`,
      referenceableBody(undefined, { class: 'NoSuchProperties', qualifiedName: 'x' }),
    );
    expectSpringError(unknown, 400, `${dmPath}/databases`);
    const missing = await em.post(`${dm}/databases`, referenceableBody(undefined, { qualifiedName: 'x' }));
    expectSpringError(missing, 400, `${dmPath}/databases`);
    const flat = await em.post(`${dm}/metadata-sources/database-managers`, {
      class: 'DatabaseManagerProperties',
      qualifiedName: 'x',
    });
    expectSpringError(flat, 400, `${dmPath}/metadata-sources/database-managers`);
  });

  test('a top-level class on an untyped bean and unknown fields are ignored', async () => {
    const answer = await em.ok(`${dm}/databases`, {
      class: 'ReferenceableRequestBody',
      unknownField: { deep: [1, 2] },
      properties: { ...databaseProperties('ignored::fields'), notAField: 'dropped' },
    });
    const element = (await em.ok(`${dm}/databases/${answer['guid']}`, undefined, 'GET'))['element'] as Record<
      string,
      Record<string, unknown>
    >;
    expect(element['databaseProperties']['notAField']).toBeUndefined();
  });

  test('a field of the wrong JSON type: HTTP 400', async () => {
    const answer = await em.post(
      `${dm}/databases`,
      referenceableBody(undefined, databaseProperties('x', { additionalProperties: 'not a map' })),
    );
    expectSpringError(answer, 400, `${dmPath}/databases`);
    const properties = await em.post(`${dm}/databases`, { properties: 'not an object' });
    expectSpringError(properties, 400, `${dmPath}/databases`);
  });

  test('a missing required body: HTTP 400; a body that is not JSON: HTTP 415', async () => {
    expectSpringError(await em.post(`${dm}/databases`), 400, `${dmPath}/databases`);
    const text = await send(`${dm}/databases`, {
      method: 'POST',
      rawBody: 'hello',
      headers: { 'Content-Type': 'text/plain' },
    });
    expectSpringError(text, 415, `${dmPath}/databases`);
  });

  test('unknown path: 404; wrong verb: 405', async () => {
    expectSpringError(await em.get(`${dm}/no-such-thing`), 404, `${dmPath}/no-such-thing`);
    expectSpringError(await em.get(`${em.emulator.url}/`), 404, '/');
    // Spring 6 does not match a trailing slash.
    expectSpringError(await em.post(`${dm}/databases/`, { properties: null }), 404, `${dmPath}/databases/`);
    const wrongVerb = await send(`${dm}/databases`, { method: 'GET' });
    expectSpringError(wrongVerb, 405, `${dmPath}/databases`);
    expect(wrongVerb.headers['allow']).toBe('POST');
  });

  test('a body over the limit: HTTP 413, and the server keeps serving', async () => {
    const huge = 'x'.repeat(200 * 1024);
    const answer = await send(`${dm}/databases`, {
      method: 'POST',
      rawBody: `{"a":"${huge}"}`,
      headers: { 'Content-Type': 'application/json' },
    });
    expectSpringError(answer, 413, `${dmPath}/databases`);
    expect(
      (await em.ok(`${dm}/databases/by-search-string?startFrom=0&pageSize=1`, searchStringBody('.*')))[
        'relatedHTTPCode'
      ],
    ).toBe(200);
  });

  test("an unknown server name: Egeria's OMAG-MULTI-TENANT-404-001 FFDC answer", async () => {
    const url = `${em.emulator.url}/servers/other/open-metadata/access-services/data-manager/users/u1/databases/x`;
    const answer = await em.get(url);
    expectFFDC(answer, {
      responseClass: 'DatabaseResponse',
      exception: 'InvalidParameterException',
      httpCode: 404,
      messageId: 'OMAG-MULTI-TENANT-404-001',
      action: 'getDatabaseByGUID',
      parameterName: 'serverName',
    });
  });
});

describe('path values', () => {
  test('percent-encoded slashes stay inside one path value', async () => {
    const created = await em.ok(`${dm}/metadata-sources/filesystems`, {
      class: 'FileSystemRequestBody',
      qualifiedName: 'fs/with/slashes',
    });
    const answer = await em.ok(`${dm}/filesystems/filesystems/by-name/${enc('fs/with/slashes')}`, undefined, 'GET');
    expect((answer['element'] as Record<string, Record<string, unknown>>)['elementHeader']['guid']).toBe(
      created['guid'],
    );
    // Unencoded, the slashes are path separators and the path is unknown.
    expect((await em.get(`${dm}/filesystems/filesystems/by-name/fs/with/slashes`)).status).toBe(404);
  });

  test('a literal segment wins over a variable one (Spring specificity)', async () => {
    const answer = await em.post(`${dm}/databases/by-name?startFrom=0&pageSize=10`, { name: 'no-match' });
    expect(answer.body['class']).toBe('DatabasesResponse');
  });

  test('invalid percent-encoding: HTTP 400', async () => {
    const answer = await em.get(`${dm}/databases/%E0%A4%A`);
    expect(answer.status).toBe(400);
  });
});

describe('hostile requests', () => {
  test('path traversal, control characters and huge names are just unknown GUIDs', async () => {
    for (const guid of ['../../etc/passwd', '%00', 'a'.repeat(5000), '<script>alert(1)</script>', '\u202e']) {
      const answer = await em.get(`${dm}/databases/${enc(guid)}`);
      expect(answer.status).toBe(200);
      expect(answer.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-404-007');
    }
  });

  test('JSON of the wrong shape at the top level: HTTP 400, nothing created', async () => {
    const before = await databaseCount();
    for (const raw of ['[]', '"text"', '42', 'true', '{"properties": []}', '{"properties": {"class": 7}}']) {
      const answer = await send(`${dm}/databases`, {
        method: 'POST',
        rawBody: raw,
        headers: { 'Content-Type': 'application/json' },
      });
      expect(answer.status).toBe(400);
    }
    expect(await databaseCount()).toBe(before);
  });

  test('a pathological search string is refused, not run', async () => {
    const answer = await em.post(
      `${dm}/databases/by-search-string?startFrom=0&pageSize=10`,
      searchStringBody('a'.repeat(5000)),
    );
    expect(answer.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-400-028');
  });

  test('garbage on the socket and a client that vanishes mid-body do not stop the server', async () => {
    const { port } = em.emulator;
    await new Promise<void>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.write('THIS IS NOT HTTP\r\n\r\n');
      });
      socket.on('data', () => undefined);
      socket.on('close', () => resolve());
      socket.on('error', () => resolve());
    });
    await new Promise<void>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.write(
          `POST ${dmPath}/databases HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"prop`,
        );
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 50);
      });
      socket.on('error', () => resolve());
    });
    const concurrent = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        send(`${dm}/databases`, {
          method: 'POST',
          rawBody: i % 2 === 0 ? '{bad' : '{"properties":null}',
          headers: { 'Content-Type': 'application/json' },
        }),
      ),
    );
    expect(
      concurrent.every((a) => a.status === 400 || a.body['exceptionErrorMessageId'] === 'OMAG-COMMON-400-029'),
    ).toBe(true);
    const after = await em.ok(`${dm}/metadata-sources/database-managers`, databaseManagerBody('DBMS::after-garbage'));
    expect(typeof after['guid']).toBe('string');
  });
});
