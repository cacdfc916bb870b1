import * as net from 'node:net';
import { startAdminServer } from '@egeria-ts/daemon';
import type { AdminServer } from '@egeria-ts/daemon';
import { FakeAdministration } from './rest-support/fake-administration';
import { send } from './rest-support/http-client';

const V5 = '/servers/daemon1/open-metadata/integration-daemon/users/garygeeke';

let admin: FakeAdministration;
let server: AdminServer;

beforeEach(async () => {
  admin = new FakeAdministration();
  server = await startAdminServer(admin, { maxBodyBytes: 4096 });
});

afterEach(async () => {
  await server.close();
});

/** After each hostile request: the server still answers, and nothing was changed. */
async function expectUnharmed(): Promise<void> {
  expect(admin.actionCalls()).toEqual([]);
  const res = await send(server.url, `${V5}/status`);
  expect(res.json.relatedHTTPCode).toBe(200);
}

describe('routing', () => {
  it('answers an unknown path with a Spring-style 404', async () => {
    for (const path of [
      '/',
      '/servers',
      '/servers/daemon1/open-metadata/integration-daemon/users/u/nothing',
      '/servers/daemon1/open-metadata/integration-daemon/users/u/status/extra',
      '/servers/daemon1/open-metadata/access-services/data-manager/users/u/status',
      '/servers/daemon1/open-metadata/integration-daemon/users',
    ]) {
      const res = await send(server.url, path);
      expect([path, res.status]).toEqual([path, 404]);
      expect(res.json).toMatchObject({ status: 404, error: 'Not Found', path });
    }
    await expectUnharmed();
  });

  it('answers a known path with another verb with 405 and Allow', async () => {
    const a = await send(server.url, `${V5}/integration-connectors/refresh`);
    expect(a.status).toBe(405);
    expect(a.headers['allow']).toBe('POST');
    expect(a.json).toMatchObject({ status: 405, error: 'Method Not Allowed' });
    const b = await send(server.url, `${V5}/status`, { method: 'DELETE' });
    expect(b.status).toBe(405);
    expect(b.headers['allow']).toBe('GET');
    const c = await send(server.url, '/metrics', { method: 'POST', body: {} });
    expect(c.status).toBe(405);
    await expectUnharmed();
  });
});

describe('bodies', () => {
  it('answers malformed JSON with a Spring-style 400 that does not quote the body', async () => {
    for (const body of ['{"name": ', '{name: "x"}', 'not json', '{"name":"a"} trailing']) {
      const res = await send(server.url, `${V5}/integration-connectors/refresh`, {
        method: 'POST',
        body: `${body}secretish`,
      });
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toBe('application/json');
      expect(res.json).toMatchObject({
        status: 400,
        error: 'Bad Request',
        path: `${V5}/integration-connectors/refresh`,
      });
      expect(res.json.message).toMatch(/^JSON parse error/);
      expect(res.text).not.toContain('secretish');
    }
    await expectUnharmed();
  });

  it('answers a body of the wrong shape with a 400 naming the field', async () => {
    const cases: Array<[string, unknown, RegExp]> = [
      ['integration-connectors/refresh', [1, 2], /NameRequestBody: expected a JSON object/],
      ['integration-connectors/refresh', { name: 42 }, /NameRequestBody\.name: expected a string, got a number/],
      ['integration-connectors/restart', 'just a string', /NameRequestBody: expected a JSON object, got a string/],
      ['integration-connectors/configuration-properties', { mergeUpdate: 'maybe' }, /mergeUpdate: expected a boolean/],
      [
        'integration-connectors/configuration-properties',
        { configurationProperties: [1] },
        /configurationProperties: expected a JSON object, got an array/,
      ],
      ['integration-connectors/configuration-properties', { connectorName: {} }, /connectorName: expected a string/],
      [
        'integration-connectors/db-c2/endpoint-network-address',
        { string: 5 },
        /StringRequestBody\.string: expected a string/,
      ],
      ['integration-connectors/db-c2/connection', { class: 'Endpoint' }, /Connection\.class/],
      ['integration-connectors/db-c2/connection', { endpoint: 'x' }, /Connection\.endpoint: expected a JSON object/],
    ];
    for (const [path, body, message] of cases) {
      const res = await send(server.url, `${V5}/${path}`, { method: 'POST', body: JSON.stringify(body) });
      expect([path, res.status]).toEqual([path, 400]);
      expect(res.json.message).toMatch(message);
    }
    await expectUnharmed();
  });

  it('refuses a body over the limit with 413, by Content-Length or while reading', async () => {
    const big = JSON.stringify({ name: 'x'.repeat(10_000) });
    const declared = await send(server.url, `${V5}/integration-connectors/refresh`, { method: 'POST', body: big });
    expect(declared.status).toBe(413);
    expect(declared.json).toMatchObject({ status: 413, error: 'Payload Too Large' });
    const chunked = await send(server.url, `${V5}/integration-connectors/refresh`, {
      method: 'POST',
      body: big,
      chunked: true,
    });
    expect(chunked.status).toBe(413);
    const get = await send(server.url, `${V5}/status`, { body: big });
    expect(get.status).toBe(413);
    await expectUnharmed();
  });

  it('drops __proto__ keys so a body cannot reach a prototype', async () => {
    const body = '{"connectorName":"files-c1","configurationProperties":{"__proto__":{"polluted":true},"ok":1}}';
    const res = await send(server.url, `${V5}/integration-connectors/configuration-properties`, {
      method: 'POST',
      body,
    });
    expect(res.json.relatedHTTPCode).toBe(200);
    const passed = admin.calls[0]?.args[0] as { configurationProperties: Record<string, unknown> };
    expect(Object.keys(passed.configurationProperties)).toEqual(['ok']);
    expect(Object.getPrototypeOf(passed.configurationProperties)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('survives a deeply nested body', async () => {
    const depth = 1000;
    const body = `{"connectorName":"files-c1","configurationProperties":{"a":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
    const res = await send(server.url, `${V5}/integration-connectors/configuration-properties`, {
      method: 'POST',
      body,
    });
    expect(res.status).toBe(200);
    expect([200, 400]).toContain(res.json.relatedHTTPCode);
    const status = await send(server.url, `${V5}/status`);
    expect(status.json.relatedHTTPCode).toBe(200);
  });
});

describe('hostile paths and names', () => {
  it('refuses URLs that are not normalized or hide separators, before routing', async () => {
    for (const path of [
      `${V5}/integration-connectors/../../../../etc/passwd`,
      `${V5}/integration-connectors/./refresh`,
      `${V5}/integration-connectors/%2e%2e/configuration-properties`,
      `${V5}/integration-connectors/a%2Fb/configuration-properties`,
      `${V5}/integration-connectors/a%5Cb/configuration-properties`,
      `${V5}/integration-connectors/a%00b/configuration-properties`,
      `${V5}/integration-connectors/a%0Ab/configuration-properties`,
      `${V5}/integration-connectors/%E0%A4%A/configuration-properties`,
      `${V5}//status`,
      `${V5}/status/`,
    ]) {
      const res = await send(server.url, path, { method: path.endsWith('refresh') ? 'POST' : 'GET' });
      expect([path, res.status]).toEqual([path, 400]);
      expect(res.json).toMatchObject({ status: 400, error: 'Bad Request' });
      expect(res.json.message).toMatch(/^The request was rejected because/);
    }
    expect(admin.calls).toEqual([]);
    await expectUnharmed();
  });

  it('treats odd but well-formed names as names: unknown, with an FFDC error, JSON-escaped', async () => {
    for (const name of [
      '<img src=x onerror=alert(1)>',
      "x' OR '1'='1",
      '"quoted"',
      '名前',
      'a'.repeat(2000),
      '${env:HOME}',
    ]) {
      const res = await send(
        server.url,
        `${V5}/integration-connectors/${encodeURIComponent(name)}/configuration-properties`,
      );
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/json');
      expect(res.json).toMatchObject({ relatedHTTPCode: 400, exceptionProperties: { parameterName: 'connectorName' } });
      expect(res.json.exceptionErrorMessageParameters[0]).toBe(name);
    }
    await expectUnharmed();
  });

  it('answers a request line that is not HTTP without dying', async () => {
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(server.port, '127.0.0.1', () => socket.write('GARBAGE\r\n\r\n'));
      let text = '';
      socket.on('data', (d) => (text += d.toString()));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400/);
    await expectUnharmed();
  });
});
