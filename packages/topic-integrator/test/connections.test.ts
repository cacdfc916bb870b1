/**
 * The topic integrator context's connections, endpoints and connector type lookups (the
 * integration kit's `withConnectionMethods` and `withEndpointMethods`): the connection to a topic,
 * through a scripted connector against the emulator over HTTP.
 */
import { InvalidParameterException } from '@egeria-ts/core';
import { guidsOf, lastPublishedReport, scriptedConnector, useIntegratorTestbed } from '@egeria-ts/testing';
import { TopicIntegratorConnector, topicIntegratorService } from '@egeria-ts/topic-integrator';

const ScriptedConnector = scriptedConnector(TopicIntegratorConnector);
const testbed = useIntegratorTestbed(topicIntegratorService);

describe('TopicIntegratorContext connections against the emulator', () => {
  it('creates a topic connection with its endpoint, links it to the topic, finds, updates and removes it', async () => {
    const connector = new ScriptedConnector();
    const { context } = await testbed.start(connector, {
      metadataSourceQualifiedName: 'Kafka::connections',
      settings: { generateIntegrationReport: true },
    });
    const sourceGUID = context.metadataSourceGUID as string;
    const g: Record<string, string> = {};
    await connector.refreshWith(async (ctx) => {
      g.topic = await ctx.createTopic({ topicProperties: { qualifiedName: 'kafka://prod/orders', name: 'orders' } });
      g.endpoint = await ctx.createEndpoint({
        endpointProperties: { qualifiedName: 'ep::kafka', address: 'prod:9092' },
      });
      g.connection = await ctx.createConnection({
        connectionProperties: { qualifiedName: 'conn::orders', configurationProperties: { groupId: 'egeria' } },
      });
      await ctx.setupEndpoint({ connectionGUID: g.connection, endpointGUID: g.endpoint });
      await ctx.setupAssetConnection({ assetGUID: g.topic, connectionGUID: g.connection, assetSummary: 'consume' });
    });
    const asset = testbed.proxy.requestsMatching({ method: 'POST', path: /\/assets\/[^/]+\/connections\/[^/]+$/ });
    expect(JSON.parse(asset[0].body)).toEqual({
      class: 'AssetConnectionRequestBody',
      externalSourceGUID: sourceGUID,
      externalSourceName: 'Kafka::connections',
      assetSummary: 'consume',
    });
    expect(lastPublishedReport(testbed.proxy, sourceGUID)['createdElements']).toEqual([
      g.topic,
      g.endpoint,
      g.connection,
    ]);
    const read = await context.getConnectionByGUID({ guid: g.connection });
    expect(read?.connectionProperties).toMatchObject({ configurationProperties: { groupId: 'egeria' } });
    expect(read?.endpoint?.guid).toBe(g.endpoint);
    expect(guidsOf(await context.findConnections({ searchString: '.*orders' }))).toEqual([g.connection]);
    expect(await context.findConnectorTypes({ searchString: 'no-such-connector-type' })).toEqual([]);

    // A replace keeps only what is sent.
    await connector.refreshWith(async (ctx) => {
      await ctx.updateConnection({
        connectionGUID: g.connection,
        connectionProperties: { qualifiedName: 'conn::orders', displayName: 'orders consumer' },
      });
    });
    const replaced = await context.getConnectionByGUID({ guid: g.connection });
    expect(replaced?.connectionProperties?.displayName).toBe('orders consumer');
    expect(replaced?.connectionProperties?.configurationProperties).toBeUndefined();

    await connector.refreshWith(async (ctx) => {
      await ctx.clearAssetConnection({ assetGUID: g.topic, connectionGUID: g.connection });
      await ctx.removeConnection({ connectionGUID: g.connection });
    });
    await expect(context.getConnectionByGUID({ guid: g.connection })).rejects.toBeInstanceOf(InvalidParameterException);
  });

  it('refuses a connection link under TO_THIRD_PARTY before anything is sent', async () => {
    const { refusal } = await testbed.expectWriteRefused(
      new ScriptedConnector(),
      (ctx) => ctx.setupEndpoint({ connectionGUID: 'c', endpointGUID: 'e' }),
      { metadataSourceQualifiedName: 'Kafka::readonly' },
    );
    expect(refusal.messageId).toBe('EGERIA-TS-CONTEXT-403-001');
  });
});
