/**
 * The files integrator context's connections and endpoints (the integration kit's
 * `withConnectionMethods` and `withEndpointMethods`): a virtual connection embedding another, copies
 * from templates and the link to a catalogued data file, through a scripted connector against the
 * emulator over HTTP.
 */
import { lastPublishedReport, reportCounts, scriptedConnector, useIntegratorTestbed } from '@egeria-ts/testing';
import { FilesIntegratorConnector, filesIntegratorService } from '@egeria-ts/files-integrator';

const ScriptedConnector = scriptedConnector(FilesIntegratorConnector);
const testbed = useIntegratorTestbed(filesIntegratorService);

describe('FilesIntegratorContext connections against the emulator', () => {
  it('embeds connections, copies from templates, links a data file, updates and removes', async () => {
    const connector = new ScriptedConnector();
    const { context } = await testbed.start(connector, {
      metadataSourceQualifiedName: 'file-system:connections',
      settings: { generateIntegrationReport: true },
    });
    const sourceGUID = context.metadataSourceGUID as string;
    const g: Record<string, string> = {};
    testbed.proxy.clearRequests();
    await connector.refreshWith(async (ctx) => {
      g.endpoint = await ctx.createEndpoint({ endpointProperties: { qualifiedName: 'ep::files', address: '/data' } });
      g.copyEndpoint = await ctx.createEndpointFromTemplate({
        templateGUID: g.endpoint,
        templateProperties: { qualifiedName: 'ep::files-copy' },
        networkAddress: '/archive',
      });
      g.csv = await ctx.createConnection({ connectionProperties: { qualifiedName: 'conn::csv', displayName: 'CSV' } });
      await ctx.setupEndpoint({ connectionGUID: g.csv, endpointGUID: g.endpoint });
      g.virtual = await ctx.createConnection({
        connectionProperties: { qualifiedName: 'conn::virtual', typeName: 'VirtualConnection' },
      });
      await ctx.setupEmbeddedConnection({
        connectionGUID: g.virtual,
        embeddedConnectionGUID: g.csv,
        position: 1,
        displayName: 'the CSV file',
        arguments: { delimiter: ';' },
      });
      g.copy = await ctx.createConnectionFromTemplate({
        templateGUID: g.csv,
        templateProperties: { qualifiedName: 'conn::csv-copy', displayName: 'CSV copy' },
      });
      const [file] = (
        await ctx.addDataFileToCatalog({ dataFileProperties: { pathName: '/data/sales.csv', name: 'sales.csv' } })
      ).slice(-1);
      g.file = file;
      await ctx.setupAssetConnection({ assetGUID: g.file, connectionGUID: g.csv, assetSummary: 'read the sales' });
    });
    // setupEmbeddedConnection's EmbeddedConnectionRequestBody, as the Java client sends it.
    const embed = testbed.proxy.requestsMatching({ method: 'POST', path: /\/embedded-connections\// });
    expect(JSON.parse(embed[0].body)).toEqual({
      class: 'EmbeddedConnectionRequestBody',
      externalSourceGUID: sourceGUID,
      externalSourceName: 'file-system:connections',
      position: 1,
      displayName: 'the CSV file',
      arguments: { delimiter: ';' },
    });
    const report = lastPublishedReport(testbed.proxy, sourceGUID);
    expect(reportCounts(report, 'createCounts')).toMatchObject({ Endpoint: 2, Connection: 2, VirtualConnection: 1 });

    const virtual = await context.getConnectionByGUID({ guid: g.virtual });
    expect(virtual?.elementHeader?.type?.typeName).toBe('VirtualConnection');
    // The copy of the CSV connection is embedded too: Egeria's template handler links a copy to what
    // its template links to (not anchored to it), with the same relationship properties.
    expect(virtual?.embeddedConnections).toEqual([
      expect.objectContaining({ position: 1, displayName: 'the CSV file', arguments: { delimiter: ';' } }),
      expect.objectContaining({ position: 1, displayName: 'the CSV file', arguments: { delimiter: ';' } }),
    ]);
    expect(virtual?.embeddedConnections?.map((e) => e.embeddedConnection?.guid)).toEqual([g.csv, g.copy]);
    const copy = await context.getConnectionByGUID({ guid: g.copy });
    expect(copy?.connectionProperties).toMatchObject({ qualifiedName: 'conn::csv-copy', displayName: 'CSV copy' });
    expect(copy?.endpoint?.guid).toBe(g.endpoint);
    expect((await context.getEndpointByGUID({ guid: g.copyEndpoint }))?.endpointProperties?.address).toBe('/archive');

    await connector.refreshWith(async (ctx) => {
      await ctx.updateEndpoint({
        endpointGUID: g.endpoint,
        endpointProperties: { qualifiedName: 'ep::files', address: '/data2' },
      });
      await ctx.clearAssetConnection({ assetGUID: g.file, connectionGUID: g.csv });
      await ctx.clearEmbeddedConnection({ connectionGUID: g.virtual, embeddedConnectionGUID: g.csv });
      await ctx.clearEndpoint({ connectionGUID: g.csv, endpointGUID: g.endpoint });
    });
    expect((await context.getEndpointByGUID({ guid: g.endpoint }))?.endpointProperties?.address).toBe('/data2');
    expect(
      (await context.getConnectionByGUID({ guid: g.virtual }))?.embeddedConnections?.map(
        (e) => e.embeddedConnection?.guid,
      ),
    ).toEqual([g.copy]);
    expect((await context.getConnectionByGUID({ guid: g.csv }))?.endpoint).toBeUndefined();

    await connector.refreshWith(async (ctx) => {
      for (const guid of [g.copy, g.virtual, g.csv]) await ctx.removeConnection({ connectionGUID: guid });
    });
    expect(await context.findConnections({ searchString: 'conn::.*' })).toEqual([]);
  });

  it('refuses an endpoint write under TO_THIRD_PARTY before anything is sent', async () => {
    const { refusal } = await testbed.expectWriteRefused(
      new ScriptedConnector(),
      (ctx) => ctx.createEndpoint({ endpointProperties: { qualifiedName: 'ep::refused' } }),
      { metadataSourceQualifiedName: 'file-system:readonly' },
    );
    expect(refusal.messageId).toBe('EGERIA-TS-CONTEXT-403-001');
  });
});
