/**
 * The data asset, process, lineage, IT profile and user identity families of the infrastructure
 * context, exercised by a connector subclass against the emulator over HTTP.
 */
import { guidsOf, lastPublishedReport, reportCounts } from '@egeria-ts/testing';
import { useInfrastructureTestbed } from './infrastructure-testbed';

const { testbed, start, refusals } = useInfrastructureTestbed(
  'lineage-connector',
  'test-infrastructure-lineage-connector',
);

describe('InfrastructureIntegratorContext: data assets, processes and lineage', () => {
  it('catalogs data assets and processes, links them with lineage, reads it back and counts it', async () => {
    const { connector, context } = await start({
      metadataSourceQualifiedName: 'cmdb://lineage',
      generateIntegrationReport: true,
    });
    const manager = context.getInfrastructureManagerGUID();
    const g: Record<string, string> = {};

    await connector.refreshWith(async (ctx) => {
      g.orders = await ctx.createDataAsset({
        dataAssetProperties: { qualifiedName: 'data:orders', typeName: 'DataSet', name: 'orders' },
      });
      g.report = await ctx.createDataAsset({ dataAssetProperties: { qualifiedName: 'data:report', name: 'report' } });
      g.etl = await ctx.createProcess({
        processStatus: 'DRAFT',
        processProperties: { qualifiedName: 'process:etl', name: 'etl', typeName: 'DeployedSoftwareComponent' },
      });
      g.load = await ctx.createProcess({ processProperties: { qualifiedName: 'process:load', name: 'load' } });
      await ctx.setupProcessParent({ parentProcessGUID: g.etl, childProcessGUID: g.load, containmentType: 'OWNED' });
      g.in = await ctx.setupDataFlow({
        dataSupplierGUID: g.orders,
        dataConsumerGUID: g.load,
        properties: { qualifiedName: 'flow:orders', label: 'orders' },
      });
      g.out = await ctx.setupDataFlow({ dataSupplierGUID: g.load, dataConsumerGUID: g.report });
      g.control = await ctx.setupControlFlow({
        currentStepGUID: g.etl,
        nextStepGUID: g.load,
        properties: { qualifiedName: 'control:1', guard: 'ok' },
      });
      g.call = await ctx.setupProcessCall({
        callerGUID: g.etl,
        calledGUID: g.load,
        properties: { qualifiedName: 'call:1' },
      });
      await ctx.setupLineageMapping({ sourceElementGUID: g.orders, destinationElementGUID: g.report });
      await ctx.setDataAssetAsReferenceData({ assetGUID: g.orders });
      await ctx.setBusinessSignificant({ elementGUID: g.etl });
    });
    expect(reportCounts(lastPublishedReport(testbed.proxy, manager), 'createCounts')).toEqual({
      DataSet: 1,
      DataAsset: 1,
      DeployedSoftwareComponent: 1,
      Process: 1,
      DataFlow: 2,
      ControlFlow: 1,
      ProcessCall: 1,
    });

    // Reads.
    const etl = await context.getProcessByGUID({ processGUID: g.etl });
    expect(etl?.elementHeader?.status).toBe('DRAFT');
    expect(etl?.elementHeader?.classifications?.map((c) => c.classificationName)).toContain('BusinessSignificant');
    expect((await context.getProcessParent({ processGUID: g.load }))?.elementHeader?.guid).toBe(g.etl);
    expect(guidsOf(await context.getSubProcesses({ processGUID: g.etl }))).toEqual([g.load]);
    expect(guidsOf(await context.getDataAssetsForInfrastructureManager())).toEqual([g.orders, g.report]);
    expect((await context.findDataAssets({ searchString: 'data:.*' })).length).toBe(2);
    expect(guidsOf(await context.getDataAssetsByName({ name: 'orders' }))).toEqual([g.orders]);
    expect(guidsOf(await context.getProcessesByName({ name: 'load' }))).toEqual([g.load]);
    expect(
      (await context.getDataAssetByGUID({ guid: g.orders }))?.elementHeader?.classifications?.[0]?.classificationName,
    ).toBe('ReferenceData');

    const flow = await context.getDataFlow({
      dataSupplierGUID: g.orders,
      dataConsumerGUID: g.load,
      qualifiedName: 'flow:orders',
    });
    expect(flow?.dataFlowHeader?.guid).toBe(g.in);
    expect(flow?.dataFlowProperties).toMatchObject({ label: 'orders' });
    expect((await context.getDataFlowConsumers({ dataSupplierGUID: g.load })).map((f) => f.dataConsumer?.guid)).toEqual(
      [g.report],
    );
    expect((await context.getDataFlowSuppliers({ dataConsumerGUID: g.load })).map((f) => f.dataSupplier?.guid)).toEqual(
      [g.orders],
    );
    expect(
      (await context.getControlFlow({ currentStepGUID: g.etl, nextStepGUID: g.load }))?.controlFlowHeader?.guid,
    ).toBe(g.control);
    expect((await context.getControlFlowNextSteps({ currentStepGUID: g.etl })).length).toBe(1);
    expect((await context.getControlFlowPreviousSteps({ currentStepGUID: g.load })).length).toBe(1);
    expect((await context.getProcessCall({ callerGUID: g.etl, calledGUID: g.load }))?.processCallHeader?.guid).toBe(
      g.call,
    );
    expect((await context.getProcessCalled({ callerGUID: g.etl })).map((c) => c.called?.guid)).toEqual([g.load]);
    expect((await context.getProcessCallers({ calledGUID: g.load })).map((c) => c.caller?.guid)).toEqual([g.etl]);
    const mapping = await context.getLineageMapping({ sourceElementGUID: g.orders, destinationElementGUID: g.report });
    expect(mapping?.targetElement?.guid).toBe(g.report);
    expect((await context.getDestinationLineageMappings({ sourceElementGUID: g.orders })).length).toBe(1);
    expect((await context.getSourceLineageMappings({ destinationElementGUID: g.report })).length).toBe(1);
    g.mapping = mapping?.lineageMappingHeader?.guid ?? '';

    // Updates, status, visibility.
    await connector.refreshWith(async (ctx) => {
      await ctx.updateProcessStatus({ processGUID: g.etl, processStatus: 'ACTIVE' });
      await ctx.updateProcess({
        processGUID: g.load,
        isMergeUpdate: true,
        processProperties: { resourceDescription: 'loads' },
      });
      await ctx.updateDataAsset({
        assetGUID: g.report,
        isMergeUpdate: true,
        dataAssetProperties: { resourceDescription: 'daily' },
      });
      await ctx.updateDataFlow({
        dataFlowGUID: g.in,
        properties: { qualifiedName: 'flow:orders', label: 'all orders' },
      });
      await ctx.updateControlFlow({
        controlFlowGUID: g.control,
        properties: { qualifiedName: 'control:1', guard: 'done' },
      });
      await ctx.updateProcessCall({ processCallGUID: g.call, properties: { qualifiedName: 'call:1', formula: 'x' } });
      await ctx.publishDataAsset({ assetGUID: g.report });
      await ctx.withdrawDataAsset({ assetGUID: g.report });
      await ctx.publishProcess({ processGUID: g.etl });
      await ctx.withdrawProcess({ processGUID: g.etl });
    });
    expect(reportCounts(lastPublishedReport(testbed.proxy, manager), 'updateCounts')).toEqual({
      Process: 2,
      DataAsset: 1,
      DataFlow: 1,
      ControlFlow: 1,
      ProcessCall: 1,
    });
    expect((await context.getProcessByGUID({ processGUID: g.etl }))?.elementHeader?.status).toBe('ACTIVE');
    expect(
      (await context.getDataFlow({ dataSupplierGUID: g.orders, dataConsumerGUID: g.load }))?.dataFlowProperties,
    ).toMatchObject({ label: 'all orders' });

    // Removals.
    await connector.refreshWith(async (ctx) => {
      await ctx.clearLineageMapping({ lineageMappingGUID: g.mapping });
      await ctx.clearProcessCall({ processCallGUID: g.call });
      await ctx.clearControlFlow({ controlFlowGUID: g.control });
      await ctx.clearDataFlow({ dataFlowGUID: g.in });
      await ctx.clearDataFlow({ dataFlowGUID: g.out });
      await ctx.clearProcessParent({ parentProcessGUID: g.etl, childProcessGUID: g.load });
      await ctx.clearBusinessSignificant({ elementGUID: g.etl });
      await ctx.clearDataAssetAsReferenceData({ assetGUID: g.orders });
      await ctx.removeProcess({ processGUID: g.load });
      await ctx.removeDataAsset({ assetGUID: g.report });
    });
    expect(reportCounts(lastPublishedReport(testbed.proxy, manager), 'deleteCounts')).toEqual({
      LineageMapping: 1,
      ProcessCall: 1,
      ControlFlow: 1,
      DataFlow: 2,
      Process: 1,
      DataAsset: 1,
    });
    expect(await context.getSubProcesses({ processGUID: g.etl })).toEqual([]);
    expect(await context.getDataFlowConsumers({ dataSupplierGUID: g.orders })).toEqual([]);
    expect((await context.getDataAssetByGUID({ guid: g.orders }))?.elementHeader?.classifications ?? []).toEqual([]);
  });

  it('sends what 5.2 sends: the ownership flag on set-ups, no metadata source on lineage mappings', async () => {
    const { connector, context } = await start({ metadataSourceQualifiedName: 'cmdb://shared-lineage' });
    context.setInfrastructureManagerIsHome(false);
    testbed.proxy.clearRequests();
    let flow = '';
    await connector.refreshWith(async (ctx) => {
      const a = await ctx.createDataAsset({ dataAssetProperties: { qualifiedName: 'data:shared-a' } });
      const b = await ctx.createDataAsset({ dataAssetProperties: { qualifiedName: 'data:shared-b' } });
      flow = await ctx.setupDataFlow({ dataSupplierGUID: a, dataConsumerGUID: b });
      await ctx.setupLineageMapping({ sourceElementGUID: a, destinationElementGUID: b });
    });
    const setup = testbed.proxy.requestsMatching({ path: '/data-flows/suppliers/' })[0];
    expect(setup.query).toBe('infrastructureManagerIsHome=false');
    expect(JSON.parse(setup.body)).toMatchObject({ externalSourceName: 'cmdb://shared-lineage' });
    const mapping = testbed.proxy.requestsMatching({ path: '/lineage-mappings/sources/' })[0];
    expect(JSON.parse(mapping.body)).not.toHaveProperty('externalSourceGUID');
    expect(typeof flow).toBe('string');
  });
});

describe('InfrastructureIntegratorContext: a link found on a later page', () => {
  it('updates the link between an IT asset and the third of its profiles with a page size of two', async () => {
    const { connector, context } = await start({ metadataSourceQualifiedName: 'cmdb://pages', maxPageSize: 2 });
    const profiles: string[] = [];
    let host = '';
    await connector.refreshWith(async (ctx) => {
      host = await ctx.createHost({ hostProperties: { qualifiedName: 'host:paged', name: 'paged' } });
      const server = await ctx.createSoftwareServer({
        softwareServerProperties: { qualifiedName: 'server:paged', name: 'paged' },
      });
      for (const n of [1, 2, 3]) {
        const profile = await ctx.createITProfile({
          itUserId: `svc-paged-${n}`,
          itInfrastructureGUID: server,
          properties: { qualifiedName: `ITProfile:paged-${n}` },
        });
        profiles.push(profile);
        await ctx.linkITInfrastructureToProfile({ itInfrastructureGUID: host, itProfileGUID: profile });
      }
      await ctx.updateITInfrastructureToProfile({
        itInfrastructureGUID: host,
        itProfileGUID: profiles[2],
        effectiveFrom: '2024-05-01T10:00:00.000Z',
      });
    });
    const third = await context.getITProfileByGUID({ itProfileGUID: profiles[2] });
    expect(third?.linkedInfrastructure?.map((s) => s.guid)).toContain(host);
  });
});

describe('InfrastructureIntegratorContext: IT profiles and user identities', () => {
  it('creates IT profiles with contact methods and linked assets, and user identities linked to them', async () => {
    const { connector, context } = await start({
      metadataSourceQualifiedName: 'cmdb://profiles',
      generateIntegrationReport: true,
    });
    const manager = context.getInfrastructureManagerGUID();
    const g: Record<string, string> = {};
    let contact: string | undefined = 'not called';
    await connector.refreshWith(async (ctx) => {
      g.server = await ctx.createSoftwareServer({
        softwareServerProperties: { qualifiedName: 'server:web', name: 'web' },
      });
      g.host = await ctx.createHost({ hostProperties: { qualifiedName: 'host:web', name: 'web-host' } });
      g.profile = await ctx.createITProfile({
        itUserId: 'svc-web',
        itInfrastructureGUID: g.server,
        properties: { qualifiedName: 'ITProfile:web', knownName: 'web service' },
      });
      contact = await ctx.addContactMethod({
        itProfileGUID: g.profile,
        properties: { name: 'pager', contactMethodType: 'PHONE', contactMethodValue: '555-0100' },
      });
      await ctx.linkITInfrastructureToProfile({ itInfrastructureGUID: g.host, itProfileGUID: g.profile });
      g.identity = await ctx.createUserIdentity({
        properties: { qualifiedName: 'identity:ops', userId: 'ops', distinguishedName: 'cn=ops' },
      });
      await ctx.addIdentityToProfile({ userIdentityGUID: g.identity, profileGUID: g.profile });
    });
    // 5.2's resource drops the contact method's GUID.
    expect(contact).toBeUndefined();
    expect(reportCounts(lastPublishedReport(testbed.proxy, manager), 'createCounts')).toMatchObject({
      ITProfile: 1,
      UserIdentity: 1,
    });
    // Each element counts once (the profile was changed by three of these calls; the server and the
    // host count as the IT assets linked to it).
    expect(reportCounts(lastPublishedReport(testbed.proxy, manager), 'updateCounts')).toEqual({
      ITProfile: 1,
      UserIdentity: 1,
      ITInfrastructure: 2,
    });

    const profile = await context.getITProfileByGUID({ itProfileGUID: g.profile });
    expect(profile?.profileProperties).toMatchObject({ qualifiedName: 'ITProfile:web', knownName: 'web service' });
    expect(profile?.contactMethods?.map((c) => c.properties?.name)).toEqual(['pager']);
    expect(profile?.linkedInfrastructure?.map((s) => s.guid).sort()).toEqual([g.server, g.host].sort());
    expect(profile?.userIdentities?.map((i) => i.userIdentity?.properties?.userId).sort()).toEqual(['ops', 'svc-web']);
    expect((await context.getITProfileByUserId({ itProfileUserId: 'svc-web' }))?.elementHeader?.guid).toBe(g.profile);
    expect((await context.getITProfileByName({ name: 'ITProfile:web' })).length).toBe(1);
    expect((await context.findITProfile({ searchString: '.*web service.*' })).length).toBe(1);
    expect(guidsOf(await context.getUserIdentitiesByName({ name: 'ops' }))).toEqual([g.identity]);
    expect((await context.findUserIdentities({ searchString: 'cn=.*' })).length).toBe(1);
    expect((await context.getUserIdentityByGUID({ guid: g.identity }))?.properties).toMatchObject({ userId: 'ops' });
    g.contact = profile?.contactMethods?.[0]?.elementHeader?.guid ?? '';

    await connector.refreshWith(async (ctx) => {
      await ctx.updateITProfile({
        itProfileGUID: g.profile,
        isMergeUpdate: true,
        properties: { description: 'runs the web tier' },
      });
      await ctx.updateITInfrastructureToProfile({
        itInfrastructureGUID: g.host,
        itProfileGUID: g.profile,
        effectiveFrom: '2024-05-01T10:00:00.000Z',
      });
      await ctx.updateUserIdentity({
        userIdentityGUID: g.identity,
        isMergeUpdate: true,
        properties: { distinguishedName: 'cn=ops,ou=it' },
      });
      await ctx.removeIdentityFromProfile({ userIdentityGUID: g.identity, profileGUID: g.profile });
      await ctx.unlinkITInfrastructureFromProfile({ itInfrastructureGUID: g.host, itProfileGUID: g.profile });
      await ctx.deleteContactMethod({ contactMethodGUID: g.contact });
    });
    const changed = await context.getITProfileByGUID({ itProfileGUID: g.profile });
    expect(changed?.profileProperties).toMatchObject({ description: 'runs the web tier', knownName: 'web service' });
    expect(changed?.contactMethods).toBeUndefined();
    expect(changed?.linkedInfrastructure?.map((s) => s.guid)).toEqual([g.server]);
    expect(changed?.userIdentities?.map((i) => i.userIdentity?.properties?.userId)).toEqual(['svc-web']);
    expect(reportCounts(lastPublishedReport(testbed.proxy, manager), 'deleteCounts')).toEqual({ ContactDetails: 1 });
    expect(reportCounts(lastPublishedReport(testbed.proxy, manager), 'updateCounts')).toEqual({
      ITProfile: 1,
      ITInfrastructureProfile: 1,
      ITInfrastructure: 1,
      UserIdentity: 1,
    });

    await connector.refreshWith(async (ctx) => {
      await ctx.deleteUserIdentity({ userIdentityGUID: g.identity });
      await ctx.deleteITProfile({ itProfileGUID: g.profile });
    });
    expect(reportCounts(lastPublishedReport(testbed.proxy, manager), 'deleteCounts')).toEqual({
      UserIdentity: 1,
      ITProfile: 1,
    });
    expect(await context.getITProfileByName({ name: 'ITProfile:web' })).toEqual([]);
  });
});

describe('InfrastructureIntegratorContext: permitted synchronization', () => {
  it('refuses every new family of write under TO_THIRD_PARTY before anything is sent, and names bad options', async () => {
    const { messageIds, context } = await refusals('cmdb://read-only-lineage', [
      (ctx) => ctx.createDataAsset({ dataAssetProperties: { qualifiedName: 'data:refused' } }),
      (ctx) => ctx.createProcess({ processProperties: { qualifiedName: 'process:refused' } }),
      (ctx) => ctx.setupDataFlow({ dataSupplierGUID: 'a', dataConsumerGUID: 'b' }),
      (ctx) => ctx.setupLineageMapping({ sourceElementGUID: 'a', destinationElementGUID: 'b' }),
      (ctx) => ctx.createITProfile({ itUserId: 'u', properties: { qualifiedName: 'ITProfile:refused' } }),
      (ctx) => ctx.createUserIdentity({ properties: { qualifiedName: 'identity:refused' } }),
      (ctx) => ctx.addIdentityToProfile({ userIdentityGUID: 'a', profileGUID: 'b' }),
    ]);
    expect(messageIds).toEqual(Array(7).fill('EGERIA-TS-CONTEXT-403-001'));
    expect(await context.getDataAssetsByName({ name: 'data:refused' })).toEqual([]);
    await expect(context.getDataFlow({ dataSupplierGUID: '', dataConsumerGUID: 'b' })).rejects.toMatchObject({
      exceptionProperties: { parameterName: 'dataSupplierGUID' },
    });
    await expect(context.createITProfile({ itUserId: ' ', properties: {} })).rejects.toMatchObject({
      exceptionProperties: { parameterName: 'itUserId' },
    });
    await expect(context.updateProcess({ processGUID: 'p', processProperties: null as never })).rejects.toMatchObject({
      exceptionProperties: { parameterName: 'processProperties' },
    });
  });
});
