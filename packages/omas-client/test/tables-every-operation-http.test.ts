/**
 * Every operation of every table, sent over real HTTP on 127.0.0.1 through an OmasRestClient:
 * the verb, the path under the service root (each placeholder filled and percent-encoded), the
 * query parameters, the body's `class`, and the result read back from the response field that the
 * row names. (tables-structure checks that each typed client method sends its own row; together
 * they run every typed method end to end.)
 */
import {
  OmasRestClient,
  OmasTransport,
  type OperationDefinition,
  type ServiceDefinition,
} from '@egeria-ts/omas-client';
import { EgeriaTestServer, type RecordedRequest, type Reply } from './support/egeria-test-server';
import { CLIENTS } from './tables-support';

const SERVER = 'mds1';
const USER = 'daemon user';
const PARTNER_MARKER = 'data-manager';

function rootOf(service: ServiceDefinition): string {
  const user = encodeURIComponent(USER);
  return service.root.kind === 'access-service'
    ? `/servers/${SERVER}/open-metadata/access-services/${service.root.marker}/users/${user}`
    : `/servers/${SERVER}/open-metadata/framework-services/${PARTNER_MARKER}/${service.root.service}/users/${user}`;
}

/** A path value that needs encoding, unique to the placeholder. */
const pathValue = (name: string): string => `${name} a/b+c`;

function queryValue(name: string, operation: OperationDefinition): string | number | boolean {
  const definition = operation.query?.[name];
  if (definition?.default !== undefined) return definition.default;
  if (operation.paging && (name === operation.paging.startFrom || name === operation.paging.pageSize)) return 7;
  return /^(is|for)[A-Z]|IsHome$|^cascadedDelete$/.test(name) ? true : `${name}-value`;
}

function replyFor(operation: OperationDefinition): { reply: Reply; expected: unknown } {
  const { bean, field, list } = operation.response;
  if (field === undefined)
    return { reply: { kind: 'json', body: { class: bean, relatedHTTPCode: 200 } }, expected: undefined };
  const value = list ? [{ elementHeader: { guid: `${operation.name}-1` } }] : `${operation.name}-result`;
  return { reply: { kind: 'json', body: { class: bean, relatedHTTPCode: 200, [field]: value } }, expected: value };
}

describe('every table operation over HTTP', () => {
  let server: EgeriaTestServer;
  let transport: OmasTransport;

  beforeAll(async () => {
    server = await EgeriaTestServer.start();
    transport = new OmasTransport({ platformURLRoot: server.url, serverName: SERVER, userId: USER, retry: false });
  });

  afterAll(async () => {
    await transport.close();
    await server.close();
  });

  const cases = CLIENTS.flatMap(({ table, service }) =>
    Object.values<OperationDefinition>(service.operations).map((operation) => ({ table, service, operation })),
  );

  it('covers every table', () => {
    expect(new Set(cases.map((c) => c.table)).size).toBe(CLIENTS.length);
    expect(cases.length).toBeGreaterThan(500);
  });

  it.each(cases.map((c) => [`${c.table}.${c.operation.name}`, c] as const))('%s', async (_name, c) => {
    const { service, operation } = c;
    const client = new OmasRestClient({ service, transport, serviceURLMarker: PARTNER_MARKER });
    const placeholders = [...operation.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    const path = Object.fromEntries(placeholders.map((p) => [p, pathValue(p)]));
    const queryNames = Object.keys(operation.query ?? {});
    const query = Object.fromEntries(queryNames.map((q) => [q, queryValue(q, operation)]));
    const body = operation.requestBody === undefined ? undefined : { marker: operation.name };
    const { reply, expected } = replyFor(operation);
    server.reset();
    server.enqueue(reply);

    const result = await client.invoke(operation, { path, query, body });

    expect(server.requests).toHaveLength(1);
    const sent: RecordedRequest = server.requests[0];
    expect(sent.method).toBe(operation.method);
    const relative = operation.path.startsWith('/') ? operation.path : `/${operation.path}`;
    const expectedPath =
      rootOf(service) + relative.replace(/\{([^}]+)\}/g, (_m, p: string) => encodeURIComponent(pathValue(p)));
    expect(sent.path).toBe(expectedPath);
    for (const name of queryNames) expect(sent.query[name]).toBe(String(query[name]));
    if (body !== undefined) expect(sent.json).toMatchObject({ class: operation.requestBody, marker: operation.name });
    expect(result).toEqual(expected);
  });
});
