/**
 * The infrastructure integrator context's connections (the integration kit's
 * `withConnectionMethods`, over the IT Infrastructure OMAS) and its connector types, through a
 * scripted connector against the emulator over HTTP.
 */
import { InvalidParameterException } from '@egeria-ts/core';
import {
  guidsOf,
  lastPublishedReport,
  rejectionOf,
  reportCounts,
  scriptedConnector,
  useIntegratorTestbed,
} from '@egeria-ts/testing';
import {
  InfrastructureIntegratorConnector,
  infrastructureIntegratorService,
} from '@egeria-ts/infrastructure-integrator';

const ScriptedConnector = scriptedConnector(InfrastructureIntegratorConnector);
const testbed = useIntegratorTestbed(infrastructureIntegratorService);

describe('InfrastructureIntegratorContext connections and connector types against the emulator', () => {
  it('maintains connector types and connections to a host', async () => {
    const connector = new ScriptedConnector();
    const { context } = await testbed.start(connector, {
      metadataSourceQualifiedName: 'CMDB::connections',
      settings: { generateIntegrationReport: true },
    });
    const sourceGUID = context.getInfrastructureManagerGUID() as string;
    const g: Record<string, string> = {};
    testbed.proxy.clearRequests();
    await connector.refreshWith(async (ctx) => {
      g.type = await ctx.createConnectorType({
        connectorTypeProperties: {
          qualifiedName: 'ct::ssh',
          displayName: 'SSH',
          connectorProviderClassName: 'org.example.SSHProvider',
        },
      });
      g.typeCopy = await ctx.createConnectorTypeFromTemplate({
        templateGUID: g.type,
        templateProperties: { qualifiedName: 'ct::ssh-v2' },
      });
      g.host = await ctx.createHost({ hostProperties: { qualifiedName: 'host::db01', name: 'db01' } });
      g.connection = await ctx.createConnection({ connectionProperties: { qualifiedName: 'conn::db01-ssh' } });
      await ctx.setupConnectorType({ connectionGUID: g.connection, connectorTypeGUID: g.type });
      await ctx.setupAssetConnection({ assetGUID: g.host, connectionGUID: g.connection });
    });
    const create = testbed.proxy.requestsMatching({
      method: 'POST',
      path: /\/it-infrastructure\/users\/[^/]+\/connector-types$/,
    });
    expect(JSON.parse(create[0].body)).toEqual({
      class: 'ConnectorTypeRequestBody',
      externalSourceGUID: sourceGUID,
      externalSourceName: 'CMDB::connections',
      qualifiedName: 'ct::ssh',
      displayName: 'SSH',
      connectorProviderClassName: 'org.example.SSHProvider',
    });
    expect(reportCounts(lastPublishedReport(testbed.proxy, sourceGUID), 'createCounts')).toEqual({
      ConnectorType: 2,
      Host: 1,
      Connection: 1,
    });
    expect((await context.getConnectionByGUID({ guid: g.connection }))?.connectorType?.guid).toBe(g.type);
    expect(guidsOf(await context.getConnectorTypesByName({ name: 'SSH' })).sort()).toEqual([g.type, g.typeCopy].sort());

    await connector.refreshWith(async (ctx) => {
      await ctx.updateConnectorType({
        connectorTypeGUID: g.type,
        isMergeUpdate: true,
        connectorTypeProperties: { recognizedConfigurationProperties: ['port'] },
      });
    });
    expect((await context.getConnectorTypeByGUID({ guid: g.type }))?.connectorTypeProperties).toMatchObject({
      displayName: 'SSH',
      recognizedConfigurationProperties: ['port'],
    });
    expect(reportCounts(lastPublishedReport(testbed.proxy, sourceGUID), 'updateCounts')).toEqual({ ConnectorType: 1 });

    await connector.refreshWith(async (ctx) => {
      await ctx.clearAssetConnection({ assetGUID: g.host, connectionGUID: g.connection });
      await ctx.removeConnection({ connectionGUID: g.connection });
      await ctx.removeConnectorType({ connectorTypeGUID: g.typeCopy });
      await ctx.removeConnectorType({ connectorTypeGUID: g.type });
    });
    expect(lastPublishedReport(testbed.proxy, sourceGUID)['deletedElements']).toEqual([
      g.connection,
      g.typeCopy,
      g.type,
    ]);
    await expect(context.getConnectorTypeByGUID({ guid: g.type })).rejects.toBeInstanceOf(InvalidParameterException);
    await expect(rejectionOf(context.removeConnectorType({ connectorTypeGUID: ' ' }))).resolves.toMatchObject({
      exceptionProperties: { parameterName: 'connectorTypeGUID' },
    });
  });

  it('refuses a connector type write under TO_THIRD_PARTY before anything is sent', async () => {
    const { refusal } = await testbed.expectWriteRefused(
      new ScriptedConnector(),
      (ctx) => ctx.createConnectorType({ connectorTypeProperties: { qualifiedName: 'ct::refused' } }),
      { metadataSourceQualifiedName: 'CMDB::readonly' },
    );
    expect(refusal.messageId).toBe('EGERIA-TS-CONTEXT-403-001');
  });
});
