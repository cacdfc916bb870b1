/**
 * Every operation of every omas-client operation table, sent to the emulator as Egeria's Java
 * clients send it (the table's path, its query parameters with their defaults, a body of the table's
 * request bean class), with values the emulator does not hold: each is served (no 404 or 405), and
 * answers in the operation's own response bean, as Egeria's Spring resources do for success and
 * error alike, with a complete FFDC error where it fails. A table row whose bean, path or verb the
 * emulator does not match fails here.
 */
import * as omasClient from '@egeria-ts/omas-client';
import type { OperationDefinition, ServiceDefinition } from '@egeria-ts/omas-client';
import { TestEmulator, enc, send } from './support/harness';

/** The partner access service whose URL marker each framework service is reached through in these requests. */
const FRAMEWORK_MARKERS: Readonly<Record<string, string>> = {
  'governance-configuration-service': 'governance-server',
  'open-integration': 'data-manager',
  'open-metadata-store': 'asset-manager',
};
const UNKNOWN_GUID = '7a1e0000-0000-4000-8000-000000000000';
/** Operations whose Egeria 5.2 REST service returns null: Spring answers HTTP 200 with an empty body. */
const ANSWERS_NOTHING: ReadonlySet<string> = new Set(['IT_INFRASTRUCTURE_ASSET_SERVICE.getAssetRelationships']);

/** The operation tables the package exports (`*_SERVICE`). */
function tables(): Array<[string, ServiceDefinition]> {
  return Object.entries(omasClient)
    .filter(([name, value]) => /_SERVICE$/.test(name) && typeof value === 'object' && value !== null)
    .filter(([, value]) => 'operations' in (value as object) && 'root' in (value as object))
    .map(([name, value]) => [name, value as ServiceDefinition]);
}

function queryValue(name: string, definition: { default?: string | number | boolean }): string {
  if (definition.default !== undefined) return String(definition.default);
  if (/^(startFrom|startingFrom)$/.test(name)) return '0';
  if (/pageSize|maxPageSize/.test(name)) return '10';
  if (name === 'startingEnd') return '1';
  return 'false';
}

function requestFor(em: TestEmulator, table: ServiceDefinition, operation: OperationDefinition): string {
  const server = `${em.emulator.url}/servers/${enc(em.emulator.serverName)}/open-metadata`;
  const root =
    table.root.kind === 'access-service'
      ? `${server}/access-services/${table.root.marker}/users/testUser`
      : `${server}/framework-services/${FRAMEWORK_MARKERS[table.root.service] ?? 'asset-manager'}/${table.root.service}/users/testUser`;
  const path = operation.path.replace(/\{([^}]+)\}/g, (_whole, name: string) =>
    /guid/i.test(name) ? UNKNOWN_GUID : enc(`unknown-${name}`),
  );
  const query = Object.entries(operation.query ?? {})
    .filter(([, definition]) => definition.required === true || definition.default !== undefined)
    .map(([name, definition]) => `${enc(name)}=${enc(queryValue(name, definition))}`)
    .join('&');
  return `${root}${path}${query === '' ? '' : `?${query}`}`;
}

const ALL = tables().flatMap(([tableName, table]) =>
  Object.values(table.operations).map((operation) => [`${tableName}.${operation.name}`, table, operation] as const),
);

let em: TestEmulator;

beforeAll(async () => {
  em = await TestEmulator.start();
});

afterAll(async () => {
  await em.close();
});

test('the tables hold the operations the clients send', () => {
  expect(ALL.length).toBeGreaterThan(650);
});

test.each(ALL)('%s is served and answers in its response bean', async (name, table, operation) => {
  const body = operation.requestBody === undefined ? undefined : { class: operation.requestBody };
  const answer = await send(requestFor(em, table, operation), {
    method: operation.method,
    ...(body === undefined ? {} : { body }),
  });
  if (answer.status !== 200) throw new Error(`HTTP ${answer.status}: ${answer.text.slice(0, 300)}`);
  if (ANSWERS_NOTHING.has(name)) {
    expect(answer.text).toBe('');
    return;
  }
  expect(answer.body['class']).toBe(operation.response.bean);
  const code = answer.body['relatedHTTPCode'];
  expect(typeof code).toBe('number');
  if (code !== 200) {
    expect(String(answer.body['exceptionClassName'])).toMatch(
      /^org\.odpi\.openmetadata\.frameworks\.\w+\.ffdc\.\w+Exception$/,
    );
    expect(String(answer.body['exceptionErrorMessageId'])).toMatch(/^[A-Z-]+-\d{3}-\d{3}$/);
    expect(String(answer.body['exceptionErrorMessage'])).toContain(String(answer.body['exceptionErrorMessageId']));
  } else if (operation.response.list === true && operation.response.field !== undefined) {
    const list = answer.body[operation.response.field];
    expect(list === undefined || list === null || Array.isArray(list)).toBe(true);
  }
});

test('an operation that answers nothing still has its request checked first, as Spring does', async () => {
  const table = omasClient.IT_INFRASTRUCTURE_ASSET_SERVICE;
  const url = requestFor(em, table, table.operations.getAssetRelationships).replace(/[?&]startingEnd=[^&]*/, '');
  const missing = await send(url, { method: 'POST', body: { class: 'ResultsRequestBody' } });
  expect(missing.status).toBe(400);
  expect(missing.body['error']).toBe('Bad Request');
  const noBody = await send(requestFor(em, table, table.operations.getAssetRelationships), { method: 'POST' });
  expect(noBody.status).toBe(400);
});
