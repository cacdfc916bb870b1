/**
 * The connection exchange service (connections, endpoints and connector types through the Asset
 * Manager OMAS), used by a catalog connector through its context against the emulator over real HTTP.
 */
import { EgeriaError, PermittedSynchronization, UserNotAuthorizedException } from '@egeria-ts/core';
import { guidsOf, rejectionOf } from '@egeria-ts/testing';
import { CATALOG_EXCHANGE_SERVICE_NAMES } from '@egeria-ts/catalog-integrator';
import { ScriptedCatalogConnector, useCatalogTestbed, type StartedCatalogConnector } from './catalog-testbed';

const { testbed, start, refresh } = useCatalogTestbed('cat-connections');

/** Starts a catalog connector whose requests go through the testbed's recording proxy. */
async function startProxied(
  name: string,
  permittedSynchronization?: PermittedSynchronization,
): Promise<StartedCatalogConnector> {
  const connector = new ScriptedCatalogConnector();
  const started = await testbed.start(connector, {
    connectorName: name,
    connectorId: `${name}-id`,
    metadataSourceQualifiedName: `Catalog::${name}`,
    permittedSynchronization,
  });
  return { connector, context: started.context, records: started.auditRecords };
}

test('connections with their connector type, endpoint, embedded connections and data asset: create, link, find, update, copy, remove', async () => {
  const started = await startProxied('ConnectionConnector');
  const { context } = started;
  const g: Record<string, string> = {};
  testbed.proxy.clearRequests();
  const created = await refresh(started, async (ctx) => {
    const connections = ctx.getConnectionExchangeService();
    g.type = await connections.createConnectorType({
      externalIdentifierProperties: { externalIdentifier: 'ct-csv' },
      connectorTypeProperties: {
        qualifiedName: 'acme::ct::csv',
        connectorProviderClassName: 'org.example.CSVProvider',
      },
    });
    g.endpoint = await connections.createEndpoint({
      externalIdentifierProperties: { externalIdentifier: 'ep-1' },
      endpointProperties: { qualifiedName: 'acme::ep::files', address: '/data/files' },
    });
    g.connection = await connections.createConnection({
      externalIdentifierProperties: { externalIdentifier: 'conn-1', externalIdentifierName: 'connectionId' },
      connectionProperties: { qualifiedName: 'acme::conn::customers', displayName: 'customers.csv' },
    });
    g.virtual = await connections.createConnection({
      connectionProperties: { qualifiedName: 'acme::conn::virtual', typeName: 'VirtualConnection' },
    });
    g.asset = await ctx.getDataAssetExchangeService().createDataAsset({
      dataAssetProperties: { qualifiedName: 'acme::customers.csv', typeName: 'DataFile' },
    });
    await connections.setupConnectorType({ connectionGUID: g.connection, connectorTypeGUID: g.type });
    await connections.setupEndpoint({ connectionGUID: g.connection, endpointGUID: g.endpoint });
    await connections.setupEmbeddedConnection({
      connectionGUID: g.virtual,
      embeddedConnectionGUID: g.connection,
      properties: { displayName: 'customers', arguments: { header: true } },
    });
    await connections.setupAssetConnection({
      assetGUID: g.asset,
      connectionGUID: g.connection,
      properties: { assetSummary: 'the customer file' },
    });
  });
  expect(created.createCounts).toMatchObject({ ConnectorType: 1, Endpoint: 1, Connection: 1, VirtualConnection: 1 });
  expect(created.updatedElements).toEqual([g.connection, g.virtual]);
  // The bodies as Egeria's ConnectionExchangeClient sends them.
  const [create] = testbed.proxy
    .requestsMatching({ method: 'POST', path: /\/asset-manager\/users\/[^/]+\/connections$/ })
    .map((r) => JSON.parse(r.body) as Record<string, unknown>);
  expect(create).toMatchObject({
    metadataCorrelationProperties: {
      externalScopeGUID: context.getAssetManagerGUID(),
      externalScopeName: context.getAssetManagerName(),
      externalIdentifier: 'conn-1',
    },
    elementProperties: { class: 'ConnectionProperties', qualifiedName: 'acme::conn::customers' },
  });
  const [embed] = testbed.proxy.requestsMatching({ method: 'POST', path: /\/embedded-connections\/[^/]+$/ });
  expect(embed.query).toBe('assetManagerIsHome=true&forLineage=false&forDuplicateProcessing=false');
  expect(JSON.parse(embed.body)).toMatchObject({
    externalSourceGUID: context.getAssetManagerGUID(),
    properties: { class: 'EmbeddedConnectionProperties', position: 0, displayName: 'customers' },
  });

  const connections = context.getConnectionExchangeService();
  const read = await connections.getConnectionByGUID({ connectionGUID: g.connection });
  expect(read?.connectorType?.guid).toBe(g.type);
  expect(read?.endpoint?.guid).toBe(g.endpoint);
  expect(context.getMetadataCorrelationHeader(read ?? {})?.externalIdentifier).toBe('conn-1');
  const virtual = await connections.getConnectionByGUID({ connectionGUID: g.virtual });
  expect(virtual?.embeddedConnections?.[0]).toMatchObject({ position: 0, displayName: 'customers' });
  // Only the connection made with an external identifier is the catalog's.
  expect(guidsOf(await connections.getConnectionsForAssetManager())).toEqual([g.connection]);
  expect(guidsOf(await connections.findConnections({ searchString: 'acme::conn::.*' }))).toEqual([
    g.connection,
    g.virtual,
  ]);
  expect(guidsOf(await connections.getConnectionsByName({ name: 'customers.csv' }))).toEqual([g.connection]);
  expect(guidsOf(await connections.getEndpointsForAssetManager())).toEqual([g.endpoint]);
  expect(guidsOf(await connections.getConnectorTypesByName({ name: 'org.example.CSVProvider' }))).toEqual([g.type]);
  expect((await connections.getEndpointByGUID({ endpointGUID: g.endpoint }))?.endpointProperties?.address).toBe(
    '/data/files',
  );

  const changed = await refresh(started, async (ctx) => {
    const service = ctx.getConnectionExchangeService();
    await service.updateConnection({
      connectionGUID: g.connection,
      externalIdentifier: 'conn-1',
      isMergeUpdate: true,
      connectionProperties: { description: 'customers, daily' },
    });
    await service.updateConnectorType({
      connectorTypeGUID: g.type,
      isMergeUpdate: true,
      connectorTypeProperties: { expectedDataFormat: 'csv' },
    });
    g.copy = await service.createConnectionFromTemplate({
      templateGUID: g.connection,
      templateProperties: { qualifiedName: 'acme::conn::customers-copy' },
    });
    g.endpointCopy = await service.createEndpointFromTemplate({
      templateGUID: g.endpoint,
      templateProperties: { qualifiedName: 'acme::ep::archive', networkAddress: '/data/archive' },
    });
  });
  expect(changed.updateCounts).toEqual({ Connection: 1, ConnectorType: 1 });
  expect((await connections.getConnectionByGUID({ connectionGUID: g.connection }))?.connectionProperties).toMatchObject(
    { displayName: 'customers.csv', description: 'customers, daily' },
  );
  expect(
    (await connections.getConnectorTypeByGUID({ connectorTypeGUID: g.type }))?.connectorTypeProperties,
  ).toMatchObject({ expectedDataFormat: 'csv' });
  expect((await connections.getConnectionByGUID({ connectionGUID: g.copy }))?.connectorType?.guid).toBe(g.type);
  expect((await connections.getEndpointByGUID({ endpointGUID: g.endpointCopy }))?.endpointProperties?.address).toBe(
    '/data/archive',
  );

  const removed = await refresh(started, async (ctx) => {
    const service = ctx.getConnectionExchangeService();
    await service.clearAssetConnection({ assetGUID: g.asset, connectionGUID: g.connection });
    await service.clearEmbeddedConnection({ connectionGUID: g.virtual, embeddedConnectionGUID: g.connection });
    await service.clearEndpoint({ connectionGUID: g.connection, endpointGUID: g.endpoint });
    await service.clearConnectorType({ connectionGUID: g.connection, connectorTypeGUID: g.type });
    for (const guid of [g.copy, g.virtual, g.connection]) await service.removeConnection({ connectionGUID: guid });
    await service.removeEndpoint({ endpointGUID: g.endpointCopy });
    await service.removeEndpoint({ endpointGUID: g.endpoint, externalIdentifier: 'ep-1' });
    await service.removeConnectorType({ connectorTypeGUID: g.type, externalIdentifier: 'ct-csv' });
  });
  expect(removed.deleteCounts).toEqual({ Connection: 2, VirtualConnection: 1, Endpoint: 2, ConnectorType: 1 });
  expect(await connections.findConnections({ searchString: 'acme::conn::.*' })).toEqual([]);
  expect(await connections.getConnectorTypesForAssetManager()).toEqual([]);
});

test('with TO_THIRD_PARTY synchronization a connection write is refused before anything is sent; reads work', async () => {
  const { context } = await startProxied('ReadOnlyConnectionConnector', PermittedSynchronization.TO_THIRD_PARTY);
  const connections = context.getConnectionExchangeService();
  testbed.proxy.clearRequests();
  const refusal = await rejectionOf(
    connections.createConnection({ connectionProperties: { qualifiedName: 'pushed::connection' } }),
  );
  expect(refusal).toBeInstanceOf(UserNotAuthorizedException);
  expect((refusal as EgeriaError).messageId).toBe('OMIS-CATALOG-INTEGRATOR-400-003');
  const refusedLink = await rejectionOf(connections.setupEndpoint({ connectionGUID: 'c', endpointGUID: 'e' }));
  expect((refusedLink as EgeriaError).messageId).toBe('OMIS-CATALOG-INTEGRATOR-400-003');
  expect(testbed.proxy.requests).toEqual([]);
  expect(await connections.getConnectionsByName({ name: 'pushed::connection' })).toEqual([]);
});

test('the disabledExchangeServices option switches the connection exchange service off', async () => {
  const { context } = await start({
    name: 'NoConnectionsConnector',
    serviceOptions: { disabledExchangeServices: [CATALOG_EXCHANGE_SERVICE_NAMES.connection] },
  });
  expect(() => context.getConnectionExchangeService()).toThrow(
    expect.objectContaining({ messageId: 'OMIS-CATALOG-INTEGRATOR-400-002' }),
  );
  expect(context.getDisabledExchangeServices()).toEqual(['ConnectionExchangeService']);
  expect(context.getDataAssetExchangeService().isForLineage()).toBe(false);
});
