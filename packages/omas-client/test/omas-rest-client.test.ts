/**
 * The generic REST client: path building and encoding, query parameters, bodies, validation before
 * sending, paging with a service's own parameter names, framework-service roots.
 */
import { IllegalStateError, InvalidParameterException } from '@egeria-ts/core';
import { OmasRestClient, OmasTransport, type ServiceDefinition } from '@egeria-ts/omas-client';
import { EgeriaTestServer, replies } from './support/egeria-test-server';

const service = {
  root: { kind: 'access-service', marker: 'test-omas' },
  operations: {
    read: {
      name: 'read',
      method: 'GET',
      path: '/things/{thingName}/parts/{partGUID}',
      query: { flag: {}, count: { required: true, default: 10 }, mode: { required: true } },
      response: { bean: 'ThingResponse', field: 'element' },
    },
    create: {
      name: 'create',
      method: 'POST',
      path: 'things',
      requestBody: 'ThingRequestBody',
      bodyRequired: true,
      response: { bean: 'GUIDResponse', field: 'guid' },
      creates: true,
    },
    remove: {
      name: 'remove',
      method: 'POST',
      path: '/things/{thingGUID}/delete',
      requestBody: 'ExternalSourceRequestBody',
      response: { bean: 'VoidResponse' },
    },
    list: {
      name: 'list',
      method: 'GET',
      path: '/things',
      query: { startingFrom: { required: true, default: 0 }, maximumResults: { required: true, default: 0 } },
      paging: { startFrom: 'startingFrom', pageSize: 'maximumResults' },
      response: { bean: 'ThingsResponse', field: 'elements', list: true },
    },
  },
} as const satisfies ServiceDefinition;
const ops = service.operations;

describe('OmasRestClient', () => {
  let server: EgeriaTestServer;
  let transport: OmasTransport;
  let client: OmasRestClient;

  beforeAll(async () => {
    server = await EgeriaTestServer.start();
    transport = new OmasTransport({
      platformURLRoot: `${server.url}/egeria-proxy/`,
      serverName: 'my server',
      userId: 'user/1',
      retry: false,
    });
    client = new OmasRestClient({ service, transport });
  });
  afterEach(() => server.reset());
  afterAll(async () => {
    await client.close();
    await transport.close();
    await server.close();
  });

  const prefix = '/egeria-proxy/servers/my%20server/open-metadata/access-services/test-omas/users/user%2F1';

  it('percent-encodes every path value and keeps the platform path prefix', async () => {
    server.enqueue(replies.element('ThingResponse', { id: 1 }));
    const result = await client.invoke(ops.read, {
      path: { thingName: "a/b c+d?e#f%g'h", partGUID: 'p-1' },
      query: { mode: 'x y&z' },
    });
    expect(result).toEqual({ id: 1 });
    expect(server.last().path).toBe(`${prefix}/things/a%2Fb%20c%2Bd%3Fe%23f%25g'h/parts/p-1`);
    expect(server.last().rawQuery).toBe('count=10&mode=x%20y%26z');
    expect(server.last().query).toEqual({ count: '10', mode: 'x y&z' });
  });

  it('leaves out optional query parameters without a value and sends given ones', async () => {
    server.enqueue(replies.element('ThingResponse', {}));
    await client.invoke(ops.read, {
      path: { thingName: 'a', partGUID: 'b' },
      query: { flag: false, count: 3, mode: 'm' },
    });
    expect(server.last().query).toEqual({ flag: 'false', count: '3', mode: 'm' });
  });

  it.each([
    ['a missing path value', { path: { partGUID: 'p' }, query: { mode: 'm' } }, 'thingName'],
    ['an empty path value', { path: { thingName: '', partGUID: 'p' }, query: { mode: 'm' } }, 'thingName'],
    ['a required query parameter without a value', { path: { thingName: 't', partGUID: 'p' } }, 'mode'],
    [
      'a query parameter the operation does not take',
      { path: { thingName: 't', partGUID: 'p' }, query: { mode: 'm', mood: 'x' } },
      'mood',
    ],
    [
      'a body for an operation without one',
      { path: { thingName: 't', partGUID: 'p' }, query: { mode: 'm' }, body: {} },
      'requestBody',
    ],
  ])('refuses %s before sending, naming it', async (_label, request, parameterName) => {
    const error = await client.invoke(ops.read, request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect((error as InvalidParameterException).parameterName).toBe(parameterName);
    expect((error as Error).message).toContain(parameterName);
    expect(server.requests).toHaveLength(0);
  });

  it('refuses a create without its required body', async () => {
    const error = await client.invoke(ops.create).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect((error as Error).message).toContain('ThingRequestBody');
    expect(server.requests).toHaveLength(0);
  });

  it("sets the body's class from the definition when absent, and keeps one that is given", async () => {
    server.enqueue(replies.guid('g-1'), replies.guid('g-2'));
    await expect(client.invoke(ops.create, { body: { qualifiedName: 'q', nested: { class: 'X' } } })).resolves.toBe(
      'g-1',
    );
    expect(server.last().json).toEqual({ class: 'ThingRequestBody', qualifiedName: 'q', nested: { class: 'X' } });
    expect(server.last().body.startsWith('{"class":"ThingRequestBody"')).toBe(true);
    await expect(
      client.invoke(ops.create, { body: { class: 'ThingSubtypeRequestBody', qualifiedName: 'q' } }),
    ).resolves.toBe('g-2');
    expect(server.last().json).toEqual({ class: 'ThingSubtypeRequestBody', qualifiedName: 'q' });
    expect(server.last().path).toBe(`${prefix}/things`);
  });

  it('puts the class first in an empty body and in one whose class is explicitly undefined', async () => {
    server.enqueue(replies.guid('g-3'), replies.guid('g-4'));
    await client.invoke(ops.create, { body: {} });
    expect(server.last().body).toBe('{"class":"ThingRequestBody"}');
    await client.invoke(ops.create, { body: { class: undefined, qualifiedName: 'q' } });
    expect(server.last().body).toBe('{"class":"ThingRequestBody","qualifiedName":"q"}');
  });

  it('sends no body when an optional one is left out, and returns undefined for a void response', async () => {
    server.enqueue(replies.void());
    await expect(client.invoke(ops.remove, { path: { thingGUID: 't-1' } })).resolves.toBeUndefined();
    expect(server.last().body).toBe('');
    expect(server.last().headers['content-type']).toBeUndefined();
  });

  it("pages with the service's own paging names until a short page", async () => {
    const all = Array.from({ length: 10 }, (_, i) => ({ n: i }));
    server.setDefault((r) => {
      const start = Number(r.query['startingFrom']);
      const size = Number(r.query['maximumResults']);
      return replies.elements('ThingsResponse', all.slice(start, start + size));
    });
    const seen: unknown[] = [];
    for await (const item of client.iterate(ops.list, {}, { startFrom: 2, pageSize: 4 })) seen.push(item);
    expect(seen).toEqual(all.slice(2));
    expect(server.requests.map((r) => r.rawQuery)).toEqual([
      'startingFrom=2&maximumResults=4',
      'startingFrom=6&maximumResults=4',
      'startingFrom=10&maximumResults=4',
    ]);
  });

  it('stops paging on an empty page when the page size is 0 (the server chooses)', async () => {
    server.enqueue(
      replies.elements('ThingsResponse', [{ n: 1 }, { n: 2 }]),
      replies.elements('ThingsResponse', [], 'elementList'),
    );
    const seen: unknown[] = [];
    for await (const item of client.iterate(ops.list, {}, { pageSize: 0 })) seen.push(item);
    expect(seen).toEqual([{ n: 1 }, { n: 2 }]);
    expect(server.requests.map((r) => r.query['startingFrom'])).toEqual(['0', '2']);
  });

  it('refuses to iterate an operation that is not a paged list', () => {
    expect(() => client.iterate(ops.read)).toThrow(InvalidParameterException);
  });

  it('builds framework-service paths from the partner service URL marker', async () => {
    const framework: ServiceDefinition = {
      root: { kind: 'framework-service', service: 'open-metadata-store' },
      operations: ops,
    };
    const fw = new OmasRestClient({ service: framework, transport, serviceURLMarker: 'asset-manager' });
    server.enqueue(replies.guid('g'));
    await fw.invoke(ops.create, { body: {} });
    expect(server.last().path).toBe(
      '/egeria-proxy/servers/my%20server/open-metadata/framework-services/asset-manager/open-metadata-store/users/user%2F1/things',
    );
    expect(() => new OmasRestClient({ service: framework, transport })).toThrow(
      expect.objectContaining({ parameterName: 'serviceURLMarker' }),
    );
  });

  it('owns and closes a transport it creates, but leaves a shared one open', async () => {
    const owned = new OmasRestClient({
      service,
      transport: { platformURLRoot: server.url, serverName: 's', userId: 'u' },
    });
    const shared = new OmasRestClient({ service, transport });
    await owned.close();
    await shared.close();
    expect(owned.transport.closed).toBe(true);
    expect(transport.closed).toBe(false);
    await expect(owned.invoke(ops.remove, { path: { thingGUID: 'x' } })).rejects.toBeInstanceOf(IllegalStateError);
    expect(server.requests).toHaveLength(0);
  });

  it.each([
    ['platformURLRoot', { platformURLRoot: 'not a url', serverName: 's', userId: 'u' }],
    ['platformURLRoot', { platformURLRoot: 'ftp://host', serverName: 's', userId: 'u' }],
    ['serverName', { platformURLRoot: 'http://127.0.0.1:1', serverName: '', userId: 'u' }],
    ['userId', { platformURLRoot: 'http://127.0.0.1:1', serverName: 's', userId: ' ' }],
    ['timeoutMs', { platformURLRoot: 'http://127.0.0.1:1', serverName: 's', userId: 'u', timeoutMs: 0 }],
  ])('refuses a bad %s option', (parameterName, options) => {
    expect(() => new OmasTransport(options)).toThrow(expect.objectContaining({ parameterName }));
  });

  it('refuses a platform URL that carries credentials without repeating them', () => {
    const error = (() => {
      try {
        new OmasTransport({
          platformURLRoot: 'https://admin:Hunter2-secret@egeria:9443',
          serverName: 's',
          userId: 'u',
        });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect(JSON.stringify((error as InvalidParameterException).toJSON())).not.toContain('Hunter2-secret');
  });
});
