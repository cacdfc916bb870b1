/**
 * The transport's wire call over real HTTP: compressed answers are decoded (one that cannot be
 * decoded fails and its connection is closed), a platform URL's path prefix is kept, a request
 * without a body carries no Content-Type, header values arrive as sent, and the logging middleware
 * builds no record for a logger that does not keep its level.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import zlib from 'node:zlib';
import { PropertyServerException } from '@egeria-ts/core';
import { OmasTransport, type OmasLogger, type OmasLogLevel } from '@egeria-ts/omas-client';

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

const ANSWER = JSON.stringify({ class: 'GUIDResponse', relatedHTTPCode: 200, guid: 'g-1', note: 'ünïcødé ✓' });

describe('OmasTransport wire', () => {
  let server: http.Server;
  let url: string;
  const seen: Seen[] = [];
  const open = new Set<Socket>();
  const transports: OmasTransport[] = [];

  const transport = (platformURLRoot = url, logger?: OmasLogger): OmasTransport => {
    const t = new OmasTransport({ platformURLRoot, serverName: 'mds', userId: 'u', retry: false, logger });
    transports.push(t);
    return t;
  };

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
        if (req.url?.endsWith('/corrupt')) {
          // Says gzip, is not: the client cannot decode it, and stops reading long before its end.
          res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
          res.end('not gzip '.repeat(200_000));
          return;
        }
        const encoding = /\/encoding\/(\w+)$/.exec(req.url ?? '')?.[1];
        const raw = Buffer.from(ANSWER, 'utf8');
        const encoded =
          encoding === 'gzip'
            ? zlib.gzipSync(raw)
            : encoding === 'deflate'
              ? zlib.deflateSync(raw)
              : encoding === 'br'
                ? zlib.brotliCompressSync(raw)
                : raw;
        res.writeHead(200, {
          'Content-Type': 'application/json',
          ...(encoding ? { 'Content-Encoding': encoding } : {}),
          'X-Multi': ['a', 'b'],
        });
        res.end(encoded);
      });
    });
    server.keepAliveTimeout = 60_000;
    server.on('connection', (socket: Socket) => {
      open.add(socket);
      socket.on('close', () => open.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    seen.length = 0;
    await Promise.all(transports.splice(0).map((t) => t.close()));
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it.each(['gzip', 'deflate', 'br'])('decodes an answer compressed with %s', async (encoding) => {
    const answer = await transport().send({
      method: 'GET',
      path: `/servers/mds/encoding/${encoding}`,
      headers: {},
      operationName: 'get',
      idempotent: true,
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual(JSON.parse(ANSWER));
    expect(answer.headers['content-encoding']).toBe(encoding);
  });

  it('reads an uncompressed answer as UTF-8 and joins repeated headers', async () => {
    const answer = await transport().send({
      method: 'GET',
      path: '/servers/mds/plain',
      headers: {},
      operationName: 'x',
      idempotent: true,
    });
    expect(answer.body).toBe(ANSWER);
    expect(answer.headers['x-multi']).toBe('a, b');
  });

  it('fails an answer it cannot decode and closes its connection instead of leaving it half read and held', async () => {
    const t = transport();
    await t.send({ method: 'GET', path: '/servers/mds/plain', headers: {}, operationName: 'x', idempotent: true });
    expect(open.size).toBe(1);
    const failure = await t
      .send({ method: 'GET', path: '/servers/mds/corrupt', headers: {}, operationName: 'x', idempotent: true })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(failure).toBeInstanceOf(PropertyServerException);
    const deadline = Date.now() + 2000;
    while (open.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(open.size).toBe(0);
  });

  it("keeps the platform URL's path prefix", async () => {
    await transport(`${url}/egeria/platform/`).send({
      method: 'GET',
      path: '/servers/mds/x',
      headers: {},
      operationName: 'x',
      idempotent: true,
    });
    expect(seen[0].url).toBe('/egeria/platform/servers/mds/x');
  });

  it('sends a body with its length and type, and a request without one with neither type nor chunks', async () => {
    const t = transport();
    const body = JSON.stringify({ class: 'NameRequestBody', name: 'ñame' });
    await t.send({
      method: 'POST',
      path: '/servers/mds/with-body',
      headers: { 'Content-Type': 'application/json' },
      body,
      operationName: 'x',
      idempotent: true,
    });
    await t.send({ method: 'POST', path: '/servers/mds/no-body', headers: {}, operationName: 'x', idempotent: true });
    expect(seen[0].body).toBe(body);
    expect(seen[0].headers['content-type']).toBe('application/json');
    expect(seen[0].headers['content-length']).toBe(String(Buffer.byteLength(body)));
    expect(seen[0].headers.accept).toBe('application/json');
    expect(seen[1].body).toBe('');
    expect(seen[1].headers['content-type']).toBeUndefined();
    expect(seen[1].headers['transfer-encoding']).toBeUndefined();
  });

  it('builds no record for a level the logger does not keep, and every record for a plain function', async () => {
    const asked: OmasLogLevel[] = [];
    const kept: string[] = [];
    const selective: OmasLogger = Object.assign((level: OmasLogLevel, message: string) => kept.push(message), {
      isEnabled: (level: OmasLogLevel) => {
        asked.push(level);
        return level === 'warn';
      },
    });
    await transport(url, selective).send({
      method: 'GET',
      path: '/servers/mds/a',
      headers: {},
      operationName: 'a',
      idempotent: true,
    });
    expect(asked).toContain('debug');
    expect(kept).toEqual([]);

    const all: Array<[OmasLogLevel, string]> = [];
    await transport(url, (level, message) => all.push([level, message])).send({
      method: 'GET',
      path: '/servers/mds/b',
      headers: {},
      operationName: 'b',
      idempotent: true,
    });
    expect(all).toEqual([
      ['debug', 'GET /servers/mds/b'],
      ['debug', 'GET /servers/mds/b -> HTTP 200'],
    ]);
  });
});
