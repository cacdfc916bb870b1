/**
 * The topic integrator context's connections, endpoints and connector type lookups (the shared
 * `ConnectionOperations` of the integration kit): the connection to a topic, through a small
 * connector against the emulator over HTTP.
 */
import {
  InvalidParameterException,
  PermittedSynchronization,
  UserNotAuthorizedException,
  type Connection,
} from '@egeria-ts/core';
import { lastPublishedReport, rejectionOf, scriptedConnector, useIntegratorTestbed } from '@egeria-ts/testing';
import { TopicIntegratorConnector, topicIntegratorService } from '@egeria-ts/topic-integrator';
import type { DataManagerOutboundEvent } from '@egeria-ts/omas-client';

const SERVER = 'mds1';
const CONNECTION: Connection = {
  class: 'Connection',
  qualifiedName: 'test-topic-connections-connector',
  connectorType: { class: 'ConnectorType', connectorProviderClassName: 'test:TopicConnectionsConnector' },
};

const ScriptedConnector = scriptedConnector<TopicIntegratorConnector, DataManagerOutboundEvent>(
  TopicIntegratorConnector,
);

const testbed = useIntegratorTestbed(topicIntegratorService, {
  serverName: SERVER,
  heartbeatMs: 60_000,
  userId: 'topicUser',
  localServerUserId: 'daemonUser',
  connection: CONNECTION,
});

describe('TopicIntegratorContext connections against the emulator', () => {
  it('creates a topic connection with its endpoint, links it to the topic, finds, updates and removes it', async () => {
    const connector = new ScriptedConnector();
    const { context } = await testbed.start(connector, {
      settings: { metadataSourceQualifiedName: 'Kafka::connections', generateIntegrationReport: true },
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
    expect((await context.findConnections({ searchString: '.*orders' })).map((c) => c.elementHeader?.guid)).toEqual([
      g.connection,
    ]);
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
    const connector = new ScriptedConnector();
    await testbed.start(connector, {
      settings: {
        metadataSourceQualifiedName: 'Kafka::readonly',
        permittedSynchronization: PermittedSynchronization.TO_THIRD_PARTY,
      },
    });
    testbed.proxy.clearRequests();
    let refusal: unknown;
    await connector.refreshWith(async (ctx) => {
      refusal = await rejectionOf(ctx.setupEndpoint({ connectionGUID: 'c', endpointGUID: 'e' }));
    });
    expect(refusal).toBeInstanceOf(UserNotAuthorizedException);
    expect(testbed.proxy.requests).toEqual([]);
  });
});
