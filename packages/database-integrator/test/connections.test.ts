/**
 * The database integrator context's connections, endpoints and connector type lookups (the
 * integration kit's `withConnectionMethods` and `withEndpointMethods`), through a scripted connector
 * against the emulator over HTTP.
 */
import { InvalidParameterException } from '@egeria-ts/core';
import {
  guidsOf,
  lastPublishedReport,
  reportCounts,
  scriptedConnector,
  useIntegratorTestbed,
} from '@egeria-ts/testing';
import { DatabaseIntegratorConnector, databaseIntegratorService } from '@egeria-ts/database-integrator';

const ScriptedConnector = scriptedConnector(DatabaseIntegratorConnector);
const testbed = useIntegratorTestbed(databaseIntegratorService);

/** A connector type, made the way an infrastructure connector would (the Data Manager only looks them up). */
async function createConnectorType(qualifiedName: string, connectorProviderClassName: string): Promise<string> {
  const url = `${testbed.emulator.url}/servers/${testbed.serverName}/open-metadata/access-services/it-infrastructure/users/admin/connector-types`;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ class: 'ConnectorTypeRequestBody', qualifiedName, connectorProviderClassName }),
  });
  return ((await response.json()) as { guid: string }).guid;
}

describe('DatabaseIntegratorContext connections against the emulator', () => {
  it('creates, links, updates, finds and removes a connection and its endpoint', async () => {
    const connector = new ScriptedConnector();
    const { context } = await testbed.start(connector, {
      metadataSourceQualifiedName: 'pg-server:connections',
      settings: { generateIntegrationReport: true },
    });
    const sourceGUID = context.getDatabaseManagerGUID() as string;
    const connectorType = await createConnectorType('ct::postgres', 'org.example.PostgresProvider');
    const g: Record<string, string> = {};
    testbed.proxy.clearRequests();
    await connector.refreshWith(async (ctx) => {
      g.endpoint = await ctx.createEndpoint({ endpointProperties: { qualifiedName: 'ep::pg', address: 'pg:5432' } });
      g.connection = await ctx.createConnection({
        connectionProperties: { qualifiedName: 'conn::pg', displayName: 'Postgres', userId: 'reader' },
      });
      await ctx.setupConnectorType({ connectionGUID: g.connection, connectorTypeGUID: connectorType });
      await ctx.setupEndpoint({ connectionGUID: g.connection, endpointGUID: g.endpoint });
    });
    // The create went out as the Java client sends it: a flat ConnectionRequestBody with the metadata source.
    const create = testbed.proxy.requestsMatching({
      method: 'POST',
      path: /\/data-manager\/users\/[^/]+\/connections$/,
    });
    expect(JSON.parse(create[0].body)).toEqual({
      class: 'ConnectionRequestBody',
      externalSourceGUID: sourceGUID,
      externalSourceName: 'pg-server:connections',
      qualifiedName: 'conn::pg',
      displayName: 'Postgres',
      userId: 'reader',
    });
    const created = lastPublishedReport(testbed.proxy, sourceGUID);
    expect(reportCounts(created, 'createCounts')).toEqual({ Endpoint: 1, Connection: 1 });
    expect(reportCounts(created, 'updateCounts')).toEqual({ Connection: 1 });

    const read = await context.getConnectionByGUID({ guid: g.connection });
    expect(read?.elementHeader?.origin).toMatchObject({ homeMetadataCollectionId: sourceGUID });
    expect(read?.connectorType?.guid).toBe(connectorType);
    expect(read?.endpoint?.guid).toBe(g.endpoint);
    expect(guidsOf(await context.findConnections({ searchString: 'conn::p.*' }))).toEqual([g.connection]);
    expect(guidsOf(await context.getConnectionsByName({ name: 'Postgres' }))).toEqual([g.connection]);
    expect(guidsOf(await context.getEndpointsByName({ name: 'pg:5432' }))).toEqual([g.endpoint]);
    expect(guidsOf(await context.getConnectorTypesByName({ name: 'org.example.PostgresProvider' }))).toEqual([
      connectorType,
    ]);
    expect(
      (await context.getConnectorTypeByGUID({ guid: connectorType }))?.connectorTypeProperties?.qualifiedName,
    ).toBe('ct::postgres');

    await connector.refreshWith(async (ctx) => {
      await ctx.updateConnection({
        connectionGUID: g.connection,
        isMergeUpdate: true,
        connectionProperties: { description: 'production' },
      });
    });
    expect((await context.getConnectionByGUID({ guid: g.connection }))?.connectionProperties).toMatchObject({
      displayName: 'Postgres',
      description: 'production',
    });

    await connector.refreshWith(async (ctx) => {
      await ctx.clearConnectorType({ connectionGUID: g.connection, connectorTypeGUID: connectorType });
      await ctx.removeConnection({ connectionGUID: g.connection });
      await ctx.removeEndpoint({ endpointGUID: g.endpoint });
    });
    expect(lastPublishedReport(testbed.proxy, sourceGUID)['deletedElements']).toEqual([g.connection, g.endpoint]);
    await expect(context.getConnectionByGUID({ guid: g.connection })).rejects.toBeInstanceOf(InvalidParameterException);
    expect(await context.findEndpoints({ searchString: 'ep::pg' })).toEqual([]);
  });

  it('refuses a connection write under TO_THIRD_PARTY before anything is sent', async () => {
    const { refusal, context } = await testbed.expectWriteRefused(
      new ScriptedConnector(),
      (ctx) => ctx.createConnection({ connectionProperties: { qualifiedName: 'conn::refused' } }),
      { metadataSourceQualifiedName: 'pg-server:readonly' },
    );
    expect(refusal.messageId).toBe('EGERIA-TS-CONTEXT-403-001');
    expect(await context.getConnectionsByName({ name: 'conn::refused' })).toEqual([]);
  });
});
