/**
 * Typed clients end to end over real HTTP on 127.0.0.1: an OmasRestClient built from a table sends
 * what Egeria 5.2's server takes (path, query, body) and the client reads Egeria's answers back,
 * for an access service and for a framework service reached through a partner's URL marker.
 */
import { InvalidParameterException } from '@egeria-ts/core';
import {
  ASSET_MANAGER_DATA_ASSET_SERVICE,
  DATA_MANAGER_EVENT_BROKER_SERVICE,
  DATA_MANAGER_FILES_SERVICE,
  DataAssetExchangeClient,
  EventBrokerClient,
  FilesAndFoldersClient,
  GOVERNANCE_CONFIGURATION_SERVICE,
  GovernanceConfigurationClient,
  OmasRestClient,
  OmasTransport,
} from '@egeria-ts/omas-client';
import { EgeriaTestServer, replies } from './support/egeria-test-server';

/** A RegisteredIntegrationConnectorElement as the 5.2 server writes one. */
function registered(connectorName: string) {
  return {
    elementHeader: { class: 'ElementHeader', guid: `${connectorName}-guid`, status: 'ACTIVE' },
    properties: { class: 'IntegrationConnectorProperties', qualifiedName: `connector::${connectorName}` },
    registrationProperties: { connectorName, refreshTimeInterval: 60, permittedSynchronization: 'FROM_THIRD_PARTY' },
    connectorId: `${connectorName}-id`,
  };
}

describe('typed clients over HTTP', () => {
  let server: EgeriaTestServer;
  let transport: OmasTransport;
  const restClients: OmasRestClient[] = [];

  function restClient(service: ConstructorParameters<typeof OmasRestClient>[0]['service'], marker?: string) {
    const client = new OmasRestClient({ service, transport, serviceURLMarker: marker });
    restClients.push(client);
    return client;
  }

  beforeAll(async () => {
    server = await EgeriaTestServer.start();
    transport = new OmasTransport({ platformURLRoot: server.url, serverName: 'mds1', userId: 'daemon', retry: false });
  });

  afterEach(() => server.reset());

  afterAll(async () => {
    for (const client of restClients) await client.close();
    await transport.close();
    await server.close();
  });

  it('creates a topic with the flat TopicRequestBody and eventBrokerIsHome', async () => {
    const topics = new EventBrokerClient(restClient(DATA_MANAGER_EVENT_BROKER_SERVICE));
    server.enqueue(replies.guid('topic-guid'));
    const guid = await topics.createTopic({
      externalSourceGUID: 'broker-guid',
      externalSourceName: 'KafkaBroker::prod',
      qualifiedName: 'kafka://prod:9092/orders',
      topicName: 'orders',
      topicType: 'PubSub',
    });
    expect(guid).toBe('topic-guid');
    const request = server.last();
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/servers/mds1/open-metadata/access-services/data-manager/users/daemon/topics');
    expect(request.query).toEqual({ eventBrokerIsHome: 'true' });
    expect(request.json).toEqual({
      class: 'TopicRequestBody',
      externalSourceGUID: 'broker-guid',
      externalSourceName: 'KafkaBroker::prod',
      qualifiedName: 'kafka://prod:9092/orders',
      topicName: 'orders',
      topicType: 'PubSub',
    });
  });

  it('removes a topic with its percent-encoded qualified name in the path', async () => {
    const topics = new EventBrokerClient(restClient(DATA_MANAGER_EVENT_BROKER_SERVICE));
    server.enqueue(replies.void());
    await topics.removeTopic({ topicGUID: 't-1', qualifiedName: 'kafka://prod:9092/orders', externalSourceName: 'b' });
    expect(server.last().path).toBe(
      '/servers/mds1/open-metadata/access-services/data-manager/users/daemon/topics/t-1/kafka%3A%2F%2Fprod%3A9092%2Forders/delete',
    );
    expect(server.last().json).toEqual({ class: 'MetadataSourceRequestBody', externalSourceName: 'b' });
  });

  it('reads the GUID list of a new data file and sends startFrom / pageSize on the folder listing', async () => {
    const files = new FilesAndFoldersClient(restClient(DATA_MANAGER_FILES_SERVICE));
    server.enqueue({
      kind: 'json',
      body: { class: 'GUIDListResponse', relatedHTTPCode: 200, guids: ['f1', 'f2', 'file'] },
    });
    const guids = await files.addDataFileToCatalog({
      qualifiedName: 'file:///a/b/c.csv',
      pathName: '/a/b/c.csv',
      fileType: 'csv',
    });
    expect(guids).toEqual(['f1', 'f2', 'file']);
    expect(server.last().json).toEqual({
      class: 'DataFileRequestBody',
      qualifiedName: 'file:///a/b/c.csv',
      pathName: '/a/b/c.csv',
      fileType: 'csv',
    });

    server.enqueue(replies.elements('DataFilesResponse', [{ elementHeader: { guid: 'file' } }]));
    const page = await files.getFolderFiles({ folderGUID: 'f2', startFrom: 0, pageSize: 50 });
    expect(page).toEqual([{ elementHeader: { guid: 'file' } }]);
    expect(server.last().method).toBe('GET');
    expect(server.last().path).toMatch(/\/filesystems\/folders\/f2\/data-files$/);
    expect(server.last().query).toEqual({ startFrom: '0', pageSize: '50' });
  });

  it("reads 5.2 Asset Manager lists under elementList, with Egeria's nested properties class", async () => {
    const assets = new DataAssetExchangeClient(restClient(ASSET_MANAGER_DATA_ASSET_SERVICE));
    server.enqueue(replies.elements('DataAssetElementsResponse', [{ elementHeader: { guid: 'a1' } }], 'elementList'));
    const found = await assets.findDataAssets({ searchString: 'orders.*', assetManagerGUID: 'cat', pageSize: 10 });
    expect(found).toEqual([{ elementHeader: { guid: 'a1' } }]);
    const find = server.last();
    expect(find.path).toBe(
      '/servers/mds1/open-metadata/access-services/asset-manager/users/daemon/data-assets/by-search-string',
    );
    expect(find.query).toEqual({
      startFrom: '0',
      pageSize: '10',
      forLineage: 'false',
      forDuplicateProcessing: 'false',
    });
    expect(find.json).toEqual({ class: 'SearchStringRequestBody', searchString: 'orders.*', assetManagerGUID: 'cat' });

    server.enqueue(replies.guid('asset-guid'));
    await assets.createDataAsset({
      assetManagerIsHome: false,
      metadataCorrelationProperties: { externalScopeGUID: 'cat', externalIdentifier: 'tbl-42' },
      elementProperties: { qualifiedName: 'acme::orders', name: 'orders' },
    });
    expect(server.last().query).toEqual({ assetManagerIsHome: 'false' });
    expect(server.last().json).toEqual({
      class: 'DataAssetRequestBody',
      metadataCorrelationProperties: { externalScopeGUID: 'cat', externalIdentifier: 'tbl-42' },
      elementProperties: { class: 'DataAssetProperties', qualifiedName: 'acme::orders', name: 'orders' },
    });
  });

  it('pages through the connectors of an integration group on the framework service path', async () => {
    const configuration = new GovernanceConfigurationClient(
      restClient(GOVERNANCE_CONFIGURATION_SERVICE, 'governance-engine'),
    );
    server.enqueue(
      replies.elements('RegisteredIntegrationConnectorsResponse', [registered('a'), registered('b')]),
      replies.elements('RegisteredIntegrationConnectorsResponse', [registered('c')]),
    );
    const names: string[] = [];
    for await (const connector of configuration.getRegisteredIntegrationConnectorsIterator({
      integrationGroupGUID: 'group 1',
      pageSize: 2,
    })) {
      names.push(String(connector.registrationProperties?.connectorName));
    }
    expect(names).toEqual(['a', 'b', 'c']);
    expect(server.requests.map((r) => [r.method, r.path, r.query])).toEqual([
      [
        'GET',
        '/servers/mds1/open-metadata/framework-services/governance-engine/governance-configuration-service/users/daemon/integration-groups/group%201/integration-connectors',
        { startingFrom: '0', maximumResults: '2' },
      ],
      [
        'GET',
        '/servers/mds1/open-metadata/framework-services/governance-engine/governance-configuration-service/users/daemon/integration-groups/group%201/integration-connectors',
        { startingFrom: '2', maximumResults: '2' },
      ],
    ]);
  });

  it('refuses a blank path value without sending anything', async () => {
    const configuration = new GovernanceConfigurationClient(
      restClient(GOVERNANCE_CONFIGURATION_SERVICE, 'governance-engine'),
    );
    await expect(configuration.getIntegrationGroupByName({ name: '' })).rejects.toBeInstanceOf(
      InvalidParameterException,
    );
    expect(server.requests).toHaveLength(0);
  });
});
