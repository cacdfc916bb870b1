import {
  IllegalStateError,
  InMemoryAuditLogDestination,
  IntegrationConnector,
  PermittedSynchronization,
  type Connection,
} from '@egeria-ts/core';
import { useIntegratorTestbed, waitUntil, type TestContextOptions } from '@egeria-ts/testing';
import {
  SearchIntegratorConnector,
  searchIntegratorService,
  type SearchIntegratorContext,
} from '@egeria-ts/search-integrator';
import type { AssetConsumerOutTopicEvent } from '@egeria-ts/omas-client';

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

const testbed = useIntegratorTestbed(searchIntegratorService, {
  serverName: SERVER,
  heartbeatMs: 60_000,
  userId: 'searchUser',
  localServerUserId: 'daemonUser',
  connectorNamePrefix: 'search-connector',
  connection: CONNECTION,
});

async function startConnector(
  settings: TestContextOptions['settings'] = {},
  serverName = SERVER,
): Promise<{ connector: IndexingConnector; context: SearchIntegratorContext; records: InMemoryAuditLogDestination }> {
  const connector = new IndexingConnector();
  const started = await testbed.start(connector, { settings, serverName });
  return { connector, context: started.context, records: started.auditRecords };
}

async function dataManager(path: string, body: unknown): Promise<string> {
  const answer = await fetch(
    `${testbed.emulator.url}/servers/${SERVER}/open-metadata/access-services/data-manager/users/dbUser${path}`,
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
      testbed.proxy.requestsMatching({
        path: `/access-services/asset-consumer/users/searchUser/topics/out-topic-connection/${context.connectorId}`,
      }),
    ).toHaveLength(1);
    await connector.runRefresh(new AbortController().signal);

    const database = await dataManager('/databases', {
      properties: { class: 'DatabaseProperties', qualifiedName: 'pg:orders' },
    });
    await dataManager(`/databases/${database}?isMergeUpdate=true`, {
      properties: { class: 'DatabaseProperties', name: 'orders' },
    });
    await waitUntil(() => connector.index.get(database)?.['name'] === 'orders', 'the update of the database');
    const created = connector.events.find(
      (e) => e.eventType === 'NEW_ELEMENT_CREATED' && e.elementHeader?.guid === database,
    );
    expect(created?.elementHeader?.type?.typeName).toBe('Database');
    expect(created?.elementProperties).toMatchObject({ qualifiedName: 'pg:orders' });
    expect(created?.eventTime).toBeInstanceOf(Date);

    await fetch(
      `${testbed.emulator.url}/servers/${SERVER}/open-metadata/access-services/data-manager/users/dbUser/databases/${database}/delete`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      },
    );
    await waitUntil(() => !connector.index.has(database), 'the delete of the database');
  });

  it('starts without events, logging OMIS-SEARCH-INTEGRATOR-0004, when the out topic cannot be reached', async () => {
    const { context, records } = await startConnector({}, 'no-such-server');
    expect(context.isListenerRegistered()).toBe(false);
    const logged = records.withMessageId('OMIS-SEARCH-INTEGRATOR-0004');
    expect(logged).toHaveLength(1);
    expect(logged[0].messageParameters[0]).toBe(context.connectorName);
  });
});
