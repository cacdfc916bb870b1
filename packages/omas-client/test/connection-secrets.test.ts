/**
 * Connections read from a metadata server carry passwords and secured properties: the client
 * registers them with core's redaction as soon as they arrive, so that a later log line or error
 * cannot show them, whichever connection call read them.
 */
import { redact } from '@egeria-ts/core';
import {
  ASSET_MANAGER_CONNECTION_SERVICE,
  DATA_MANAGER_CONNECTION_SERVICE,
  OmasRestClient,
  type OperationDefinition,
  type ServiceDefinition,
} from '@egeria-ts/omas-client';
import { EgeriaTestServer, replies } from './support/egeria-test-server';

let server: EgeriaTestServer;
const clients: OmasRestClient[] = [];

function client(service: ServiceDefinition): OmasRestClient {
  const c = new OmasRestClient({
    service,
    transport: { platformURLRoot: server.url, serverName: 'mds', userId: 'u', retry: false },
  });
  clients.push(c);
  return c;
}

function connectionProperties(tag: string): Record<string, unknown> {
  return {
    class: 'ConnectionProperties',
    qualifiedName: `conn-${tag}`,
    userId: 'svc',
    clearPassword: `clear-${tag}-7f3a`,
    encryptedPassword: `encrypted-${tag}-9c1d`,
    securedProperties: { token: `token-${tag}-55e2` },
  };
}

function secretsOf(tag: string): string[] {
  return [`clear-${tag}-7f3a`, `encrypted-${tag}-9c1d`, `token-${tag}-55e2`];
}

function expectRedacted(secrets: readonly string[]): void {
  const line = `connected with ${secrets.join(' and ')}`;
  const shown = String(redact(line));
  for (const secret of secrets) expect(shown).not.toContain(secret);
}

function expectNotRedacted(secrets: readonly string[]): void {
  const shown = String(redact(`unrelated ${secrets.join(' ')}`));
  for (const secret of secrets) expect(shown).toContain(secret);
}

beforeAll(async () => {
  server = await EgeriaTestServer.start();
});
afterEach(async () => {
  server.reset();
  await Promise.all(clients.splice(0).map((c) => c.close()));
});
afterAll(async () => {
  await server.close();
});

test('a connection element read by GUID (Data Manager) has its secrets registered', async () => {
  expectNotRedacted(secretsOf('dm-one'));
  server.enqueue(replies.element('ConnectionResponse', { connectionProperties: connectionProperties('dm-one') }));
  const op = DATA_MANAGER_CONNECTION_SERVICE.operations.getConnectionByGUID as OperationDefinition;
  await client(DATA_MANAGER_CONNECTION_SERVICE).invoke(op, { path: { guid: 'c-1' } });
  expectRedacted(secretsOf('dm-one'));
});

test('every connection of a list (Asset Manager) has its secrets registered', async () => {
  expectNotRedacted([...secretsOf('am-a'), ...secretsOf('am-b')]);
  server.enqueue(
    replies.elements(
      'ConnectionsResponse',
      [{ connectionProperties: connectionProperties('am-a') }, { connectionProperties: connectionProperties('am-b') }],
      'elementList',
    ),
  );
  const op = ASSET_MANAGER_CONNECTION_SERVICE.operations.findConnections as OperationDefinition;
  await client(ASSET_MANAGER_CONNECTION_SERVICE).invoke(op, {
    query: { startFrom: 0, pageSize: 10, forLineage: false, forDuplicateProcessing: false },
    body: { searchString: '.*' },
  });
  expectRedacted([...secretsOf('am-a'), ...secretsOf('am-b')]);
});

test('other answers are not searched for secrets', async () => {
  server.enqueue(replies.element('ConnectorTypeResponse', connectionProperties('not-a-connection')));
  const op = DATA_MANAGER_CONNECTION_SERVICE.operations.getConnectorTypeByGUID as OperationDefinition;
  await client(DATA_MANAGER_CONNECTION_SERVICE).invoke(op, { path: { guid: 'ct-1' } });
  expectNotRedacted(secretsOf('not-a-connection'));
});
