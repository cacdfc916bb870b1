import {
  AuditLogger,
  IllegalStateError,
  InMemoryAuditLogDestination,
  IntegrationConnector,
  PermittedSynchronization,
  type Connection,
  type IntegrationContextOptions,
} from '@egeria-ts/core';
import { startEmulator, type RunningEmulator } from '@egeria-ts/emulator';
import {
  SearchIntegratorConnector,
  searchIntegratorService,
  type SearchIntegratorContext,
} from '@egeria-ts/search-integrator';
import type { AssetConsumerOutTopicEvent } from '@egeria-ts/omas-client';
import { RecordingProxy } from './support/recording-proxy';

const SERVER = 'mds1';
const CONNECTION: Connection = {
  class: 'Connection',
  qualifiedName: 'test-search-connector',
  connectorType: { class: 'ConnectorType', connectorProviderClassName: 'test:IndexingConnector' },
};

/** A search connector that keeps an in-memory index of the assets it hears about. */
class IndexingConnector extends SearchIntegratorConnector {
  readonly index = new Map<string, Readonly<Record<string, unknown>> | undefined>();
  readonly events: AssetConsumerOutTopicEvent[] = [];

  saveAsset(event: AssetConsumerOutTopicEvent): void {
    this.events.push(event);
    const guid = event.elementHeader?.guid;
    if (guid === undefined) return;
    if (event.eventType === 'ELEMENT_DELETED') this.index.delete(guid);
    else this.index.set(guid, event.elementProperties);
  }

  async refresh(): Promise<void> {}
}

let emulator: RunningEmulator;
let proxy: RecordingProxy;
const running: IndexingConnector[] = [];
let nextId = 1;

async function startConnector(
  settings: Partial<IntegrationContextOptions> = {},
  serverName = SERVER,
): Promise<{ connector: IndexingConnector; context: SearchIntegratorContext; records: InMemoryAuditLogDestination }> {
  const connectorId = `search-connector-${nextId++}`;
  const connector = new IndexingConnector();
  await connector.initialize(`${connectorId}-instance`, CONNECTION);
  const records = new InMemoryAuditLogDestination();
  const auditLog = new AuditLogger({ component: connectorId, destinations: [records] });
  connector.setAuditLog(auditLog);
  searchIntegratorService.validateConnector(connector, connectorId);
  const context = await searchIntegratorService.createContext({
    context: { userId: 'searchUser', connectorId, connectorName: connectorId, auditLog, ...settings },
    partner: { platformRootURL: proxy.url, serverName, localServerUserId: 'daemonUser' },
  });
  connector.setContext(context);
  connector.setConnectorName(connectorId);
  await connector.runStart();
  running.push(connector);
  return { connector, context, records };
}

async function dataManager(path: string, body: unknown): Promise<string> {
  const answer = await fetch(
    `${emulator.url}/servers/${SERVER}/open-metadata/access-services/data-manager/users/dbUser${path}`,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    },
  );
  const json = (await answer.json()) as { guid?: string; relatedHTTPCode?: number };
  if (json.relatedHTTPCode !== 200) throw new Error(`${path} failed: ${JSON.stringify(json)}`);
  return json.guid ?? '';
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

beforeAll(async () => {
  emulator = await startEmulator({ serverName: SERVER, port: 0, heartbeatMs: 60_000 });
  proxy = await RecordingProxy.start(emulator.url);
});

afterEach(async () => {
  for (const connector of running.splice(0)) await connector.runDisconnect();
});

afterAll(async () => {
  await searchIntegratorService.close();
  await proxy.close();
  await emulator.close();
});

describe('SearchIntegratorConnector', () => {
  it('has a typed error with the service id when its context is read too early', () => {
    let error: unknown;
    try {
      void new IndexingConnector().context;
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IllegalStateError);
    expect((error as IllegalStateError).messageId).toBe('OMIS-SEARCH-INTEGRATOR-500-001');
  });

  it('is the only kind of connector the service runs', () => {
    class NotASearchConnector extends IntegrationConnector {
      async refresh(): Promise<void> {}
    }
    expect(() => searchIntegratorService.validateConnector(new NotASearchConnector(), 'other')).toThrow(
      expect.objectContaining({ messageId: 'OMIS-SEARCH-INTEGRATOR-400-001' }),
    );
    expect(searchIntegratorService.description).toMatchObject({
      code: 610,
      marker: 'search-integrator',
      partnerOMAS: 'Asset Consumer OMAS',
      developmentStatus: 'DEPRECATED',
      defaultPermittedSynchronization: PermittedSynchronization.BOTH_DIRECTIONS,
    });
  });
});

describe('SearchIntegratorContext against the emulator', () => {
  it('registers its listener at start and passes each asset event to saveAsset after the first refresh', async () => {
    const { connector, context } = await startConnector({ metadataSourceQualifiedName: 'opensearch://index' });
    expect(context.metadataSourceName).toBe('opensearch://index');
    expect(context.permittedSynchronization).toBe(PermittedSynchronization.BOTH_DIRECTIONS);
    expect(context.isListenerRegistered()).toBe(true);
    expect(
      proxy.matching(
        `/access-services/asset-consumer/users/searchUser/topics/out-topic-connection/${context.connectorId}`,
      ),
    ).toHaveLength(1);
    await connector.runRefresh(new AbortController().signal);

    const database = await dataManager('/databases', {
      properties: { class: 'DatabaseProperties', qualifiedName: 'pg:orders' },
    });
    await dataManager(`/databases/${database}?isMergeUpdate=true`, {
      properties: { class: 'DatabaseProperties', name: 'orders' },
    });
    await waitFor(() => connector.index.get(database)?.['name'] === 'orders', 'the update of the database');
    const created = connector.events.find(
      (e) => e.eventType === 'NEW_ELEMENT_CREATED' && e.elementHeader?.guid === database,
    );
    expect(created?.elementHeader?.type?.typeName).toBe('Database');
    expect(created?.elementProperties).toMatchObject({ qualifiedName: 'pg:orders' });
    expect(created?.eventTime).toBeInstanceOf(Date);

    await fetch(
      `${emulator.url}/servers/${SERVER}/open-metadata/access-services/data-manager/users/dbUser/databases/${database}/delete`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      },
    );
    await waitFor(() => !connector.index.has(database), 'the delete of the database');
  });

  it('starts without events, logging OMIS-SEARCH-INTEGRATOR-0004, when the out topic cannot be reached', async () => {
    const { context, records } = await startConnector({}, 'no-such-server');
    expect(context.isListenerRegistered()).toBe(false);
    const logged = records.withMessageId('OMIS-SEARCH-INTEGRATOR-0004');
    expect(logged).toHaveLength(1);
    expect(logged[0].messageParameters[0]).toBe(context.connectorName);
  });
});
