/**
 * The transport end to end over real HTTP(S): authentication, named middleware, retries (reads
 * yes, creates only when the connection was refused), timeouts, abort, TLS verification, close(),
 * and no credential in any error or log record.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {
  EgeriaError,
  IllegalStateError,
  InvalidParameterException,
  PropertyServerException,
  UserNotAuthorizedException,
} from '@egeria-ts/core';
import {
  OmasRestClient,
  OmasTransport,
  type OmasLogLevel,
  type OmasTransportOptions,
  type ServiceDefinition,
  type TransportMiddleware,
} from '@egeria-ts/omas-client';
import { EgeriaTestServer, replies } from './support/egeria-test-server';

const service = {
  root: { kind: 'access-service', marker: 'data-manager' },
  operations: {
    read: {
      name: 'getThing',
      method: 'GET',
      path: '/things/{guid}',
      response: { bean: 'ThingResponse', field: 'element' },
    },
    find: {
      name: 'findThings',
      method: 'POST',
      path: '/things/by-search-string',
      requestBody: 'SearchStringRequestBody',
      response: { bean: 'ThingsResponse', field: 'elements', list: true },
    },
    create: {
      name: 'createThing',
      method: 'POST',
      path: '/things',
      requestBody: 'ReferenceableRequestBody',
      bodyRequired: true,
      response: { bean: 'GUIDResponse', field: 'guid' },
      creates: true,
    },
  },
} as const satisfies ServiceDefinition;
const ops = service.operations;
const FAST_RETRY = { maxAttempts: 3, initialDelayMs: 5, maxDelayMs: 20 } as const;

interface LogRecord {
  level: OmasLogLevel;
  message: string;
  fields?: Readonly<Record<string, unknown>>;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
}

/** Everything an error could show to a person or a log. */
function everythingIn(error: unknown): string {
  const e = error as EgeriaError & { cause?: unknown };
  const cause = e.cause as (Error & Record<string, unknown>) | undefined;
  return [
    String(e.message),
    String(e.stack),
    JSON.stringify(typeof e.toJSON === 'function' ? e.toJSON() : e),
    cause ? `${cause.message} ${cause.stack} ${JSON.stringify(cause)}` : '',
  ].join('\n');
}

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('OmasTransport over HTTP', () => {
  let server: EgeriaTestServer;
  const clients: OmasRestClient[] = [];
  const logs: LogRecord[] = [];

  const connect = (options: Partial<OmasTransportOptions> = {}): OmasRestClient => {
    const client = new OmasRestClient({
      service,
      transport: {
        platformURLRoot: server.url,
        serverName: 'cocoMDS1',
        userId: 'erinoverview',
        retry: FAST_RETRY,
        logger: (level, message, fields) => logs.push({ level, message, fields }),
        ...options,
      },
    });
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    server = await EgeriaTestServer.start();
  });
  afterEach(async () => {
    server.reset();
    logs.length = 0;
    await Promise.all(clients.splice(0).map((c) => c.close()));
  });
  afterAll(async () => {
    await server.close();
  });

  describe('authentication', () => {
    it('sends Basic credentials', async () => {
      const client = connect({ auth: { type: 'basic', username: 'npa', password: 'p@ss:word' } });
      server.enqueue(replies.element('ThingResponse', {}));
      await client.invoke(ops.read, { path: { guid: 'g' } });
      expect(server.last().headers.authorization).toBe(`Basic ${Buffer.from('npa:p@ss:word').toString('base64')}`);
    });

    it('sends a static bearer token', async () => {
      const client = connect({ auth: { type: 'bearer', token: 'static-token-1' } });
      server.enqueue(replies.element('ThingResponse', {}));
      await client.invoke(ops.read, { path: { guid: 'g' } });
      expect(server.last().headers.authorization).toBe('Bearer static-token-1');
    });

    it('asks the token provider before each request and again, forced, after a 401', async () => {
      const asked: boolean[] = [];
      let current = 'token-1';
      const client = connect({
        auth: {
          type: 'bearer',
          token: async ({ forceRefresh }) => {
            asked.push(forceRefresh);
            if (forceRefresh) current = 'token-2';
            return current;
          },
        },
      });
      server.setDefault((r) =>
        r.headers.authorization === 'Bearer token-2'
          ? replies.guid('created')
          : { kind: 'raw', status: 401, body: '', headers: { 'WWW-Authenticate': 'Bearer' } },
      );
      await expect(client.invoke(ops.create, { body: { qualifiedName: 'q' } })).resolves.toBe('created');
      expect(asked).toEqual([false, true]);
      expect(server.requests.map((r) => r.headers.authorization)).toEqual(['Bearer token-1', 'Bearer token-2']);
      await client.invoke(ops.create, { body: { qualifiedName: 'q' } });
      expect(asked).toEqual([false, true, false]);
    });

    it('reports a failing token provider as UserNotAuthorized without its secret', async () => {
      const client = connect({
        auth: {
          type: 'bearer',
          token: () => {
            throw new Error('vault refused: password=Vault-S3cret-99');
          },
        },
      });
      const error = await rejection(client.invoke(ops.read, { path: { guid: 'g' } }));
      expect(error).toBeInstanceOf(UserNotAuthorizedException);
      expect(everythingIn(error)).not.toContain('Vault-S3cret-99');
      expect(server.requests).toHaveLength(0);
    });

    it('refuses malformed auth options', () => {
      expect(() => connect({ auth: { type: 'basic', username: '', password: 'x' } })).toThrow(
        InvalidParameterException,
      );
      expect(() => connect({ auth: { type: 'bearer', token: '' } })).toThrow(InvalidParameterException);
      expect(() => connect({ auth: { type: 'magic' } as never })).toThrow(
        expect.objectContaining({ parameterName: 'auth' }),
      );
    });
  });

  describe('named middleware', () => {
    const stamp = (name: string, header: string): TransportMiddleware => ({
      name,
      handle: (request, next) => next({ ...request, headers: { ...request.headers, [header]: name } }),
    });

    it('has user-agent, retry, logging and auth by default, and sends our user agent', async () => {
      const client = connect({ auth: { type: 'bearer', token: 't' } });
      expect(client.transport.middleware.names()).toEqual(['user-agent', 'retry', 'logging', 'auth']);
      server.enqueue(replies.element('ThingResponse', {}));
      await client.invoke(ops.read, { path: { guid: 'g' } });
      expect(server.last().headers['user-agent']).toMatch(/^egeria-ts-omas-client \(node /);
    });

    it('adds a middleware where asked and refuses a duplicate name', async () => {
      const client = connect();
      client.transport.middleware.add(stamp('trace', 'x-trace'), { before: 'logging' });
      expect(client.transport.middleware.names()).toEqual(['user-agent', 'retry', 'trace', 'logging']);
      server.enqueue(replies.element('ThingResponse', {}));
      await client.invoke(ops.read, { path: { guid: 'g' } });
      expect(server.last().headers['x-trace']).toBe('trace');
      expect(() => client.transport.middleware.add(stamp('trace', 'x-other'))).toThrow(InvalidParameterException);
      expect(() => client.transport.middleware.add(stamp('x', 'x'), { after: 'nope' })).toThrow(
        expect.objectContaining({ parameterName: 'name' }),
      );
    });

    it('removes a middleware by name', async () => {
      const client = connect();
      expect(client.transport.middleware.remove('user-agent')).toBe(true);
      expect(client.transport.middleware.remove('user-agent')).toBe(false);
      server.enqueue(replies.element('ThingResponse', {}));
      await client.invoke(ops.read, { path: { guid: 'g' } });
      expect(server.last().headers['user-agent'] ?? '').not.toContain('egeria-ts-omas-client');
    });

    it('replaces a middleware by name, in its place', async () => {
      const client = connect();
      const seen: string[] = [];
      client.transport.middleware.replace('logging', {
        name: 'audit',
        handle: async (request, next) => {
          seen.push(`${request.method} ${request.operationName}`);
          return next(request);
        },
      });
      expect(client.transport.middleware.names()).toEqual(['user-agent', 'retry', 'audit']);
      client.transport.middleware.replace('user-agent', {
        name: 'user-agent',
        handle: (request, next) =>
          next({ ...request, headers: { ...request.headers, 'User-Agent': 'my-connector/2.0' } }),
      });
      server.enqueue(replies.element('ThingResponse', {}));
      await client.invoke(ops.read, { path: { guid: 'g' } });
      expect(seen).toEqual(['GET getThing']);
      expect(server.last().headers['user-agent']).toBe('my-connector/2.0');
      expect(() => client.transport.middleware.replace('nope', stamp('nope', 'x'))).toThrow(InvalidParameterException);
      expect(() => client.transport.middleware.replace('audit', stamp('retry', 'x'))).toThrow(
        InvalidParameterException,
      );
    });
  });

  describe('retries', () => {
    it('retries a read after a connection reset and succeeds', async () => {
      const client = connect();
      server.enqueue({ kind: 'reset' }, replies.element('ThingResponse', { ok: true }));
      await expect(client.invoke(ops.read, { path: { guid: 'g' } })).resolves.toEqual({ ok: true });
      expect(server.requests).toHaveLength(2);
      expect(logs.some((l) => l.level === 'warn' && l.message.startsWith('Retrying GET'))).toBe(true);
    });

    it('retries a POST read (not a create) after HTTP 503', async () => {
      const client = connect();
      server.enqueue({ kind: 'raw', status: 503, body: 'busy' }, replies.elements('ThingsResponse', [1, 2]));
      await expect(client.invoke(ops.find, { body: { searchString: 'x' } })).resolves.toEqual([1, 2]);
      expect(server.requests).toHaveLength(2);
    });

    it('never retries a create whose connection was reset after sending', async () => {
      const client = connect();
      server.enqueue({ kind: 'reset' }, replies.guid('second'));
      const error = await rejection(client.invoke(ops.create, { body: { qualifiedName: 'q' } }));
      expect(error).toBeInstanceOf(PropertyServerException);
      expect((error as EgeriaError).exceptionProperties).toEqual(
        expect.objectContaining({ requestSent: true, transportErrorCode: expect.any(String) }),
      );
      expect(server.requests).toHaveLength(1);
    });

    it('never retries a create answered with HTTP 503', async () => {
      const client = connect();
      server.enqueue({ kind: 'raw', status: 503, body: 'busy' }, replies.guid('second'));
      const error = await rejection(client.invoke(ops.create, { body: { qualifiedName: 'q' } }));
      expect(error).toBeInstanceOf(PropertyServerException);
      expect((error as EgeriaError).relatedHTTPCode).toBe(503);
      expect(server.requests).toHaveLength(1);
    });

    it('does not retry an FFDC error', async () => {
      const client = connect();
      server.enqueue(
        replies.ffdc('PropertyServerException', { relatedHTTPCode: 503 }),
        replies.element('ThingResponse', {}),
      );
      await expect(client.invoke(ops.read, { path: { guid: 'g' } })).rejects.toBeInstanceOf(PropertyServerException);
      expect(server.requests).toHaveLength(1);
    });

    it('gives up after maxAttempts', async () => {
      const client = connect();
      server.setDefault(() => ({ kind: 'reset' }));
      await expect(client.invoke(ops.read, { path: { guid: 'g' } })).rejects.toBeInstanceOf(PropertyServerException);
      expect(server.requests).toHaveLength(3);
    });

    it('does not retry at all with retry: false', async () => {
      const client = connect({ retry: false });
      server.enqueue({ kind: 'reset' }, replies.element('ThingResponse', {}));
      await expect(client.invoke(ops.read, { path: { guid: 'g' } })).rejects.toBeInstanceOf(PropertyServerException);
      expect(server.requests).toHaveLength(1);
    });

    it('retries a create whose connection was refused (it never reached the server)', async () => {
      const port = await freePort();
      let late: Promise<EgeriaTestServer> | undefined;
      const client = new OmasRestClient({
        service,
        transport: {
          platformURLRoot: `http://127.0.0.1:${port}`,
          serverName: 'cocoMDS1',
          userId: 'erinoverview',
          retry: { maxAttempts: 4, initialDelayMs: 300, maxDelayMs: 300 },
          logger: (level, message) => {
            if (level === 'warn' && message.startsWith('Retrying') && !late) {
              late = EgeriaTestServer.start({ port }).then((s) => s.enqueue(replies.guid('created-late')));
            }
          },
        },
      });
      clients.push(client);
      try {
        await expect(client.invoke(ops.create, { body: { qualifiedName: 'q' } })).resolves.toBe('created-late');
        const lateServer = await late!;
        expect(lateServer.requests).toHaveLength(1);
        expect(lateServer.requests[0].json).toEqual({ class: 'ReferenceableRequestBody', qualifiedName: 'q' });
        await client.close();
        await lateServer.close();
      } finally {
        if (late) await (await late).close().catch(() => undefined);
      }
    });

    it('reports a refused connection as a PropertyServerException that says it was not sent', async () => {
      const port = await freePort();
      const client = new OmasRestClient({
        service,
        transport: {
          platformURLRoot: `http://127.0.0.1:${port}`,
          serverName: 's',
          userId: 'u',
          retry: false,
          logger: () => undefined,
        },
      });
      clients.push(client);
      const error = await rejection(client.invoke(ops.create, { body: { qualifiedName: 'q' } }));
      expect(error).toBeInstanceOf(PropertyServerException);
      expect((error as EgeriaError).exceptionProperties).toEqual({
        transportErrorCode: 'ECONNREFUSED',
        requestSent: false,
      });
      expect((error as EgeriaError).actionDescription).toBe('createThing');
      expect((error as Error).message).toContain('ECONNREFUSED');
    });
  });

  describe('timeouts and abort', () => {
    it('times out a slow answer with the per-request timeout', async () => {
      const client = connect({ retry: false });
      server.enqueue({ ...replies.element('ThingResponse', {}), delayMs: 3000 } as never);
      const started = Date.now();
      const error = await rejection(client.invoke(ops.read, { path: { guid: 'g' }, timeoutMs: 100 }));
      expect(Date.now() - started).toBeLessThan(2000);
      expect(error).toBeInstanceOf(PropertyServerException);
      expect((error as EgeriaError).messageId).toBe('EGERIA-TS-OMAS-CLIENT-504-005');
      expect((error as Error).message).toContain('100 ms');
    });

    it('refuses a per-request timeout that is not a positive number, before sending', async () => {
      const client = connect({ retry: false });
      for (const timeoutMs of [0, -5, Number.NaN]) {
        const error = await rejection(client.invoke(ops.read, { path: { guid: 'g' }, timeoutMs }));
        expect(error).toBeInstanceOf(InvalidParameterException);
        expect((error as EgeriaError).exceptionProperties['parameterName']).toBe('timeoutMs');
      }
      expect(server.requests).toHaveLength(0);
    });

    it('does not retry a create that timed out', async () => {
      const client = connect({ timeoutMs: 100 });
      server.setDefault(() => ({ kind: 'json', body: { class: 'GUIDResponse', guid: 'late' }, delayMs: 1000 }));
      await expect(client.invoke(ops.create, { body: { qualifiedName: 'q' } })).rejects.toBeInstanceOf(
        PropertyServerException,
      );
      expect(server.requests).toHaveLength(1);
    });

    it('retries a read that timed out', async () => {
      const client = connect({ timeoutMs: 150 });
      server.enqueue({ kind: 'json', body: {}, delayMs: 1000 }, replies.element('ThingResponse', { second: true }));
      await expect(client.invoke(ops.read, { path: { guid: 'g' } })).resolves.toEqual({ second: true });
      expect(server.requests).toHaveLength(2);
    });

    it('aborts a request in flight with the signal, without retrying', async () => {
      const client = connect();
      server.setDefault(() => ({ kind: 'json', body: {}, delayMs: 3000 }));
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 50);
      const started = Date.now();
      const error = await rejection(client.invoke(ops.read, { path: { guid: 'g' }, signal: controller.signal }));
      expect(Date.now() - started).toBeLessThan(2000);
      expect((error as Error).name).toBe('AbortError');
      expect(server.requests).toHaveLength(1);
    });

    it('does not send a request whose signal is already aborted', async () => {
      const client = connect();
      const error = await rejection(
        client.invoke(ops.read, { path: { guid: 'g' }, signal: AbortSignal.abort(new Error('stop now')) }),
      );
      expect((error as Error).message).toBe('stop now');
      expect(server.requests).toHaveLength(0);
    });

    it('stops waiting between retries when aborted', async () => {
      const client = connect({ retry: { maxAttempts: 5, initialDelayMs: 5000, maxDelayMs: 5000 } });
      server.setDefault(() => ({ kind: 'reset' }));
      const controller = new AbortController();
      const pending = rejection(client.invoke(ops.read, { path: { guid: 'g' }, signal: controller.signal }));
      await new Promise((resolve) => setTimeout(resolve, 150));
      const started = Date.now();
      controller.abort();
      const error = await pending;
      expect(Date.now() - started).toBeLessThan(500);
      expect((error as Error).name).toBe('AbortError');
      expect(server.requests).toHaveLength(1);
    });
  });

  describe('connections', () => {
    it('keeps connections alive between requests and releases them on close()', async () => {
      const client = connect();
      const before = server.connectionsOpened;
      server.setDefault(() => replies.element('ThingResponse', {}));
      await client.invoke(ops.read, { path: { guid: 'a' } });
      await client.invoke(ops.read, { path: { guid: 'b' } });
      await client.invoke(ops.read, { path: { guid: 'c' } });
      expect(server.connectionsOpened - before).toBe(1);
      expect(server.openConnections).toBe(1);
      await client.close();
      for (let i = 0; i < 50 && server.openConnections > 0; i++) await new Promise((r) => setTimeout(r, 10));
      expect(server.openConnections).toBe(0);
      await expect(client.invoke(ops.read, { path: { guid: 'd' } })).rejects.toBeInstanceOf(IllegalStateError);
      expect(server.requests).toHaveLength(3);
    });
  });

  describe('credentials never show', () => {
    const password = 'pa55-S3CRET-word';
    const token = 'tok-S3CRET-123456';

    it('masks secrets that a server echoes back in an error page or an FFDC message', async () => {
      const basic = connect({ auth: { type: 'basic', username: 'npa', password } });
      server.setDefault((r) => ({
        kind: 'raw',
        status: 500,
        body: `<html>Request failed. Authorization: ${String(r.headers.authorization)} password=${password}</html>`,
      }));
      const first = await rejection(basic.invoke(ops.read, { path: { guid: 'g' } }));
      expect(first).toBeInstanceOf(PropertyServerException);
      const text = everythingIn(first);
      expect(text).not.toContain(password);
      expect(text).not.toContain(Buffer.from(`npa:${password}`).toString('base64'));

      const bearer = connect({ auth: { type: 'bearer', token: async () => token } });
      server.setDefault(() =>
        replies.ffdc('UserNotAuthorizedException', {
          relatedHTTPCode: 401,
          exceptionErrorMessage: `Token ${token} is not valid for erinoverview`,
          exceptionErrorMessageParameters: [token, 'erinoverview'],
        }),
      );
      const second = await rejection(bearer.invoke(ops.read, { path: { guid: 'g' } }));
      expect(second).toBeInstanceOf(UserNotAuthorizedException);
      expect(everythingIn(second)).not.toContain(token);
      expect((second as Error).message).toContain('erinoverview');
    });

    it('keeps secrets out of transport failures, timeouts and logs', async () => {
      const port = await freePort();
      const refused = new OmasRestClient({
        service,
        transport: {
          platformURLRoot: `http://127.0.0.1:${port}`,
          serverName: 's',
          userId: 'u',
          auth: { type: 'basic', username: 'npa', password },
          retry: { maxAttempts: 2, initialDelayMs: 1, maxDelayMs: 1 },
          logger: (level, message, fields) => logs.push({ level, message, fields }),
        },
      });
      clients.push(refused);
      const failures: unknown[] = [await rejection(refused.invoke(ops.read, { path: { guid: 'g' } }))];
      const slow = connect({ auth: { type: 'bearer', token }, retry: false });
      server.setDefault(() => ({ kind: 'json', body: {}, delayMs: 1000 }));
      failures.push(await rejection(slow.invoke(ops.read, { path: { guid: 'g' }, timeoutMs: 50 })));
      for (const failure of failures) {
        expect(failure).toBeInstanceOf(PropertyServerException);
        const text = everythingIn(failure);
        expect(text).not.toContain(password);
        expect(text).not.toContain(token);
        expect(text).not.toMatch(/authorization/i);
        const cause = (failure as { cause?: Record<string, unknown> }).cause;
        expect(cause?.['config']).toBeUndefined();
        expect(cause?.['request']).toBeUndefined();
      }
      expect(logs.length).toBeGreaterThan(0);
      const logText = JSON.stringify(logs);
      expect(logText).not.toContain(password);
      expect(logText).not.toContain(token);
    });
  });
});

describe('OmasTransport over HTTPS', () => {
  let dir: string | undefined;
  let tlsServer: EgeriaTestServer | undefined;
  let cert = '';
  const transports: OmasTransport[] = [];

  beforeAll(async () => {
    try {
      execFileSync('openssl', ['version'], { stdio: 'ignore' });
    } catch {
      console.log('Skipping the HTTPS tests: openssl is not installed, so no test certificate can be made.');
      return;
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'omas-tls-'));
    const keyFile = path.join(dir, 'key.pem');
    const certFile = path.join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        keyFile,
        '-out',
        certFile,
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    cert = fs.readFileSync(certFile, 'utf8');
    tlsServer = await EgeriaTestServer.start({ tls: { key: fs.readFileSync(keyFile), cert } });
  });
  afterAll(async () => {
    await Promise.all(transports.map((t) => t.close()));
    await tlsServer?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const client = (tls: OmasTransportOptions['tls'], logger?: OmasTransportOptions['logger']): OmasRestClient => {
    const transport = new OmasTransport({
      platformURLRoot: tlsServer!.url,
      serverName: 'cocoMDS1',
      userId: 'erinoverview',
      tls,
      logger: logger ?? (() => undefined),
      retry: FAST_RETRY,
    });
    transports.push(transport);
    return new OmasRestClient({ service, transport });
  };

  it('verifies certificates by default: a self-signed server is refused, once, before any request', async () => {
    if (!tlsServer) return;
    const error = await rejection(client(undefined).invoke(ops.read, { path: { guid: 'g' } }));
    expect(error).toBeInstanceOf(PropertyServerException);
    const props = (error as EgeriaError).exceptionProperties;
    expect(String(props['transportErrorCode'])).toMatch(/CERT|SIGNED/);
    expect(props['requestSent']).toBe(false);
    expect(props['retryable']).toBe(false);
    expect(tlsServer.requests).toHaveLength(0);
  });

  it('trusts the server when its certificate authority is given', async () => {
    if (!tlsServer) return;
    tlsServer.enqueue(replies.element('ThingResponse', { secure: true }));
    await expect(client({ ca: cert }).invoke(ops.read, { path: { guid: 'g' } })).resolves.toEqual({ secure: true });
  });

  it('warns loudly when verification is turned off', async () => {
    if (!tlsServer) return;
    const warnings: string[] = [];
    const insecure = client({ rejectUnauthorized: false }, (level, message) => {
      if (level === 'warn') warnings.push(message);
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('TLS certificate verification is OFF');
    tlsServer.enqueue(replies.element('ThingResponse', { insecure: true }));
    await expect(insecure.invoke(ops.read, { path: { guid: 'g' } })).resolves.toEqual({ insecure: true });
  });
});
