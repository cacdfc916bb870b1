import {
  IllegalStateError,
  IntegrationConnector,
  InvalidParameterException,
  PermittedSynchronization,
} from '@egeria-ts/core';
import { guidsOf, lastPublishedReport, reportCounts, waitUntil } from '@egeria-ts/testing';
import { infrastructureIntegratorService } from '@egeria-ts/infrastructure-integrator';
import { ScriptedInfrastructureConnector, useInfrastructureTestbed } from './infrastructure-testbed';

const {
  testbed,
  start: startConnector,
  refusals,
} = useInfrastructureTestbed('infra-connector', 'test-infrastructure-connector');

describe('InfrastructureIntegratorConnector', () => {
  it('has a typed error with the service id when its context is read too early', () => {
    let error: unknown;
    try {
      void new ScriptedInfrastructureConnector().context;
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IllegalStateError);
    expect((error as IllegalStateError).messageId).toBe('OMIS-INFRASTRUCTURE-INTEGRATOR-500-001');
  });

  it('is the only kind of connector the service runs', () => {
    class NotAnInfrastructureConnector extends IntegrationConnector {
      async refresh(): Promise<void> {}
    }
    expect(() =>
      infrastructureIntegratorService.validateConnector(new NotAnInfrastructureConnector(), 'other'),
    ).toThrow(expect.objectContaining({ messageId: 'OMIS-INFRASTRUCTURE-INTEGRATOR-400-001' }));
    expect(infrastructureIntegratorService.description).toMatchObject({
      code: 611,
      marker: 'infrastructure-integrator',
      partnerOMAS: 'IT Infrastructure OMAS',
      defaultPermittedSynchronization: PermittedSynchronization.BOTH_DIRECTIONS,
    });
  });
});

describe('InfrastructureIntegratorContext against the emulator', () => {
  it('creates, updates, finds and removes hosts, platforms, servers, deployments, capabilities and endpoints', async () => {
    const { connector, context } = await startConnector({
      metadataSourceQualifiedName: 'cmdb://main',
      generateIntegrationReport: true,
    });
    const managerGUID = context.getInfrastructureManagerGUID();
    expect(context.getInfrastructureManagerName()).toBe('cmdb://main');
    expect(
      testbed.proxy.requestsMatching({ path: '/metadata-sources/new' }).map((r) => JSON.parse(r.body) as unknown),
    ).toContainEqual(
      expect.objectContaining({
        typeName: 'InventoryCatalog',
        classificationName: 'AssetManager',
        qualifiedName: 'cmdb://main',
      }),
    );

    const g: Record<string, string> = {};
    testbed.proxy.clearRequests();
    await connector.refreshWith(async (ctx) => {
      g.cluster = await ctx.createHost({
        hostProperties: { qualifiedName: 'host:k8s', name: 'k8s', typeName: 'HostCluster' },
      });
      g.node = await ctx.createHost({ hostProperties: { qualifiedName: 'host:node1', name: 'node1' } });
      await ctx.setupClusterMember({ hostGUID: g.cluster, clusterMemberGUID: g.node });
      g.platform = await ctx.createSoftwareServerPlatform({
        platformProperties: { qualifiedName: 'platform:omag', name: 'omag' },
      });
      await ctx.deployITAsset({
        itAssetGUID: g.platform,
        destinationGUID: g.node,
        deploymentProperties: { deployer: 'helm', deploymentStatus: 'ENABLED' },
      });
      g.server = await ctx.createSoftwareServer({
        softwareServerProperties: { qualifiedName: 'server:mds1', name: 'mds1' },
      });
      await ctx.addServerPurpose({
        itAssetGUID: g.server,
        classificationName: 'MetadataServer',
        classificationProperties: { format: 'OMAG' },
      });
      g.capability = await ctx.createSoftwareCapability({
        classificationName: 'CloudService',
        capabilityProperties: {
          qualifiedName: 'capability:repository',
          displayName: 'repository',
          typeName: 'CohortMember',
        },
      });
      await ctx.deployCapability({ capabilityGUID: g.capability, infrastructureAssetGUID: g.server });
      g.use = await ctx.createServerAssetUse({
        capabilityGUID: g.capability,
        assetGUID: g.platform,
        properties: { useType: 'USES' },
      });
      g.endpoint = await ctx.createEndpoint({
        infrastructureGUID: g.server,
        endpointProperties: { qualifiedName: 'endpoint:mds1', address: 'https://mds1:9443', protocol: 'https' },
      });
    });

    // Every IT Infrastructure write carried the user id and the infrastructure manager; creates say it is home.
    const writes = testbed.proxy.requests.filter(
      (r) => r.method === 'POST' && r.path.includes('/access-services/it-infrastructure/'),
    );
    expect(writes).toHaveLength(11);
    for (const write of writes) {
      expect(write.path).toContain('/users/infraUser/');
      expect(JSON.parse(write.body)).toMatchObject({
        externalSourceGUID: managerGUID,
        externalSourceName: 'cmdb://main',
      });
    }
    const createHost = writes[0];
    expect(createHost.path.endsWith('/assets')).toBe(true);
    expect(createHost.query).toBe('infrastructureManagerIsHome=true');
    expect(JSON.parse(createHost.body)).toMatchObject({
      class: 'AssetRequestBody',
      typeName: 'HostCluster',
      qualifiedName: 'host:k8s',
    });
    expect(reportCounts(lastPublishedReport(testbed.proxy, managerGUID), 'createCounts')).toEqual({
      HostCluster: 1,
      Host: 1,
      SoftwareServerPlatform: 1,
      SoftwareServer: 1,
      CohortMember: 1,
      Endpoint: 1,
    });
    // Each element is counted once per kind of change (the node and the platform, already counted, are
    // not counted again as the Asset end of a deployment or a use).
    expect(reportCounts(lastPublishedReport(testbed.proxy, managerGUID), 'updateCounts')).toEqual({
      Host: 2,
      ITInfrastructure: 2,
      SoftwareCapability: 1,
    });

    // Reads.
    const node = await context.getHostByGUID({ guid: g.node });
    expect(node?.properties).toMatchObject({ qualifiedName: 'host:node1', name: 'node1' });
    expect(node?.elementHeader?.origin).toMatchObject({
      originCategory: 'EXTERNAL_SOURCE',
      homeMetadataCollectionId: managerGUID,
    });
    expect(guidsOf(await context.getHostsForInfrastructureManager())).toEqual([g.cluster, g.node]);
    expect(
      (await context.getClusterMembersForHost({ hostGUID: g.cluster })).map((m) => m.relatedAsset?.elementHeader?.guid),
    ).toEqual([g.node]);
    expect(guidsOf(await context.findHosts({ searchString: 'host:node.*' }))).toEqual([g.node]);
    expect(guidsOf(await context.getSoftwareServerPlatformsByName({ name: 'omag' }))).toEqual([g.platform]);
    const deployed = await context.getDeployedITAssets({ destinationGUID: g.node });
    expect(deployed.map((d) => d.relatedAsset?.elementHeader?.guid)).toEqual([g.platform]);
    expect(deployed[0].properties).toEqual({ deployer: 'helm', deploymentStatus: 1 });
    expect(
      (await context.getDeploymentDestinations({ itAssetGUID: g.platform })).map(
        (d) => d.relatedAsset?.elementHeader?.guid,
      ),
    ).toEqual([g.node]);
    const server = await context.getSoftwareServerByGUID({ guid: g.server });
    expect(server?.elementHeader?.classifications?.map((c) => c.classificationName)).toEqual(['MetadataServer']);
    expect(guidsOf(await context.getSoftwareServersForInfrastructureManager())).toEqual([g.server]);
    const capability = await context.getSoftwareCapabilityByGUID({ guid: g.capability });
    expect(capability?.properties).toMatchObject({ displayName: 'repository' });
    expect(capability?.elementHeader?.type?.typeName).toBe('CohortMember');
    expect(guidsOf(await context.findSoftwareCapabilities({ searchString: 'capability:.*' }))).toEqual([g.capability]);
    expect(
      (await context.getDeployedSoftwareCapabilities({ itAssetGUID: g.server })).map(
        (c) => c.relatedAsset?.elementHeader?.guid,
      ),
    ).toEqual([g.capability]);
    expect(
      (await context.getSoftwareCapabilityDeployments({ capabilityGUID: g.capability })).map(
        (d) => d.relatedAsset?.elementHeader?.guid,
      ),
    ).toEqual([g.server]);
    const uses = await context.getServerAssetUsesForCapability({ capabilityGUID: g.capability, useType: 'USES' });
    expect(uses.map((u) => u.asset?.elementHeader?.guid)).toEqual([g.platform]);
    expect(
      (await context.getCapabilityUsesForAsset({ assetGUID: g.platform })).map((u) => u.capabilityStub?.guid),
    ).toEqual([g.capability]);
    expect((await context.getServerAssetUseByGUID({ guid: g.use }))?.serverAssetUse?.useType).toBe('USES');
    expect(
      (await context.getEndpointsForInfrastructure({ infrastructureGUID: g.server })).map(
        (e) => e.endpointProperties?.address,
      ),
    ).toEqual(['https://mds1:9443']);

    // Updates: merge keeps what is not given, replace drops it.
    const deploymentGUID = deployed[0].elementHeader?.guid ?? '';
    await connector.refreshWith(async (ctx) => {
      await ctx.updateHost({
        hostGUID: g.node,
        isMergeUpdate: true,
        hostProperties: { resourceDescription: 'worker' },
      });
      await ctx.updateSoftwareServer({
        softwareServerGUID: g.server,
        softwareServerProperties: { qualifiedName: 'server:mds1', displayName: 'Metadata server' },
      });
      await ctx.updateITAssetDeployment({
        deploymentGUID,
        isMergeUpdate: true,
        deploymentProperties: { deploymentStatus: 'DISABLED' },
      });
      await ctx.updateServerPurpose({
        assetGUID: g.server,
        classificationName: 'MetadataServer',
        isMergeUpdate: true,
        classificationProperties: { type: 'repository' },
      });
      await ctx.updateSoftwareCapability({
        capabilityGUID: g.capability,
        isMergeUpdate: true,
        capabilityProperties: { version: '5.2' },
      });
      await ctx.updateServerAssetUse({
        serverAssetUseGUID: g.use,
        isMergeUpdate: true,
        properties: { description: 'reads' },
      });
      await ctx.updateEndpoint({
        endpointGUID: g.endpoint,
        isMergeUpdate: true,
        endpointProperties: { address: 'https://mds1:9444' },
      });
      await ctx.publishSoftwareServerPlatform({ platformGUID: g.platform });
    });
    expect((await context.getHostByGUID({ guid: g.node }))?.properties).toMatchObject({
      name: 'node1',
      resourceDescription: 'worker',
    });
    const replaced = await context.getSoftwareServerByGUID({ guid: g.server });
    expect(replaced?.properties?.displayName).toBe('Metadata server');
    expect(replaced?.properties?.name).toBeUndefined();
    expect(replaced?.elementHeader?.classifications?.[0].classificationProperties).toEqual({
      format: 'OMAG',
      type: 'repository',
    });
    expect((await context.getDeploymentDestinations({ itAssetGUID: g.platform }))[0].properties).toEqual({
      deployer: 'helm',
      deploymentStatus: 0,
    });
    expect((await context.getSoftwareCapabilityByGUID({ guid: g.capability }))?.properties).toMatchObject({
      displayName: 'repository',
      version: '5.2',
    });
    expect((await context.getServerAssetUseByGUID({ guid: g.use }))?.serverAssetUse).toMatchObject({
      useType: 'USES',
      description: 'reads',
    });
    expect((await context.getEndpointByGUID({ guid: g.endpoint }))?.endpointProperties).toMatchObject({
      address: 'https://mds1:9444',
      protocol: 'https',
    });
    expect(reportCounts(lastPublishedReport(testbed.proxy, managerGUID), 'updateCounts')).toEqual({
      Host: 1,
      SoftwareServer: 1,
      DeployedOn: 1,
      SoftwareCapability: 1,
      ServerAssetUse: 1,
      Endpoint: 1,
      SoftwareServerPlatform: 1,
    });

    // Removes.
    await connector.refreshWith(async (ctx) => {
      await ctx.removeServerAssetUse({ serverAssetUseGUID: g.use });
      await ctx.removeCapabilityDeployment({ capabilityGUID: g.capability, itAssetGUID: g.server });
      await ctx.removeSoftwareCapability({ capabilityGUID: g.capability });
      await ctx.clearServerPurpose({ assetGUID: g.server, classificationName: 'MetadataServer' });
      await ctx.clearDeployment({ itAssetGUID: g.platform, destinationGUID: g.node });
      await ctx.clearClusterMember({ hostGUID: g.cluster, clusterMemberGUID: g.node });
      await ctx.removeEndpoint({ endpointGUID: g.endpoint });
      await ctx.removeSoftwareServer({ softwareServerGUID: g.server });
      await ctx.removeSoftwareServerPlatform({ platformGUID: g.platform });
      await ctx.removeHost({ hostGUID: g.node });
      await ctx.removeHost({ hostGUID: g.cluster });
    });
    expect(reportCounts(lastPublishedReport(testbed.proxy, managerGUID), 'deleteCounts')).toEqual({
      ServerAssetUse: 1,
      SoftwareCapability: 1,
      Endpoint: 1,
      SoftwareServer: 1,
      SoftwareServerPlatform: 1,
      Host: 2,
    });
    expect(await context.getHostsForInfrastructureManager()).toEqual([]);
    expect(await context.findSoftwareCapabilities({ searchString: 'capability:.*' })).toEqual([]);
    await expect(context.getSoftwareServerByGUID({ guid: g.server })).rejects.toBeInstanceOf(InvalidParameterException);
  });

  it('gives ownership to the local cohort when the infrastructure manager is not home', async () => {
    const { connector, context } = await startConnector({ metadataSourceQualifiedName: 'cmdb://shared' });
    context.setInfrastructureManagerIsHome(false);
    testbed.proxy.clearRequests();
    let host = '';
    await connector.refreshWith(async (ctx) => {
      host = await ctx.createHost({ hostProperties: { qualifiedName: 'host:shared' } });
    });
    expect(testbed.proxy.requestsMatching({ path: '/it-infrastructure/users/infraUser/assets' })[0].query).toBe(
      'infrastructureManagerIsHome=false',
    );
    expect((await context.getHostByGUID({ guid: host }))?.elementHeader?.origin?.originCategory).toBe('LOCAL_COHORT');
  });

  it('refuses writes under TO_THIRD_PARTY before anything is sent, and names bad options', async () => {
    const { messageIds, context } = await refusals('cmdb://read-only', [
      (ctx) => ctx.createHost({ hostProperties: { qualifiedName: 'host:refused' } }),
      (ctx) => ctx.deployITAsset({ itAssetGUID: 'a', destinationGUID: 'b' }),
      (ctx) => ctx.createEndpoint({ endpointProperties: { qualifiedName: 'endpoint:refused' } }),
    ]);
    expect(messageIds).toEqual(Array(3).fill('EGERIA-TS-CONTEXT-403-001'));
    expect(await context.getHostsByName({ name: 'host:refused' })).toEqual([]);
    await expect(context.updateHost({ hostGUID: '', hostProperties: {} })).rejects.toMatchObject({
      exceptionProperties: { parameterName: 'hostGUID' },
    });
    await expect(context.createSoftwareServer({ softwareServerProperties: null as never })).rejects.toMatchObject({
      exceptionProperties: { parameterName: 'softwareServerProperties' },
    });
    await expect(context.updateHost({ hostGUID: 'h', hostProperties: 'host' as never })).rejects.toMatchObject({
      exceptionProperties: { parameterName: 'hostProperties' },
    });
    await expect(context.createSoftwareServerPlatform({ properties: {} } as never)).rejects.toMatchObject({
      exceptionProperties: { parameterName: 'platformProperties' },
    });
    await expect(
      context.updateSoftwareCapability({ capabilityGUID: 'c', capabilityProperties: [] as never }),
    ).rejects.toMatchObject({
      exceptionProperties: { parameterName: 'capabilityProperties' },
    });
    await expect(
      context.updateITAssetDeployment({ deploymentGUID: 'd', deploymentProperties: null as never }),
    ).rejects.toMatchObject({
      exceptionProperties: { parameterName: 'deploymentProperties' },
    });
    await expect(
      context.deployCapability({
        capabilityGUID: 'c',
        infrastructureAssetGUID: 'a',
        deploymentProperties: 'on' as never,
      }),
    ).rejects.toMatchObject({
      exceptionProperties: { parameterName: 'deploymentProperties' },
    });
    await expect(context.createEndpoint({ endpointProperties: [] as never })).rejects.toMatchObject({
      exceptionProperties: { parameterName: 'endpointProperties' },
    });
  });

  it('receives IT Infrastructure out-topic events of other writes', async () => {
    const listener = await startConnector({ metadataSourceQualifiedName: 'cmdb://listener' }, (c) => {
      c.listen = true;
    });
    expect(
      testbed.proxy.requestsMatching({
        path: `/it-infrastructure/users/infraUser/topics/out-topic-connection/${listener.context.connectorId}`,
      }),
    ).toHaveLength(1);
    await listener.connector.refreshWith(async () => undefined);

    const writer = await startConnector({ metadataSourceQualifiedName: 'cmdb://writer' });
    let host = '';
    await writer.connector.refreshWith(async (ctx) => {
      host = await ctx.createHost({ hostProperties: { qualifiedName: 'host:evented', name: 'evented' } });
      await ctx.updateHost({ hostGUID: host, isMergeUpdate: true, hostProperties: { resourceDescription: 'changed' } });
    });
    await waitUntil(
      () => listener.connector.events.some((e) => e.eventType === 'ELEMENT_UPDATED' && e.elementHeader?.guid === host),
      'the host update event',
    );
    const updated = listener.connector.events.find(
      (e) => e.eventType === 'ELEMENT_UPDATED' && e.elementHeader?.guid === host,
    );
    expect(updated?.elementHeader?.type?.typeName).toBe('Host');
    expect(updated?.elementProperties).toMatchObject({ resourceDescription: 'changed' });
    expect(updated?.previousElementProperties).toMatchObject({ name: 'evented' });
  });
});
