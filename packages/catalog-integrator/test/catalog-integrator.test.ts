/**
 * A small catalog integration connector runs through its context against the emulator over real
 * HTTP: data assets and glossary terms, external identifiers, exchange services switched off by the
 * service option, a refused write under TO_THIRD_PARTY, and Asset Manager out-topic events.
 */
import {
  EgeriaError,
  InvalidParameterException,
  PermittedSynchronization,
  UserNotAuthorizedException,
} from '@egeria-ts/core';
import { guidsOf } from '@egeria-ts/testing';
import {
  CATALOG_EXCHANGE_SERVICE_NAMES,
  catalogIntegratorService,
  type AssetManagerOutTopicEvent,
} from '@egeria-ts/catalog-integrator';
import { ScriptedCatalogConnector, useCatalogTestbed } from './catalog-testbed';

const SERVER = 'cat1';
const SOURCE = 'Catalog::acme';

const { testbed, start, refresh } = useCatalogTestbed(SERVER);

/** Starts a connector: `AcmeCatalogConnector`, on the metadata source `Catalog::acme`, unless told otherwise. */
async function startConnector(options: Partial<Parameters<typeof start>[0]> = {}) {
  return start({ name: 'AcmeCatalogConnector', metadataSource: SOURCE, ...options });
}

/** A plain HTTP call to the emulator's Asset Manager, as another tool would make it. */
async function dataAssetsNamed(name: string): Promise<unknown[]> {
  const url = `${testbed.emulator.url}/servers/${SERVER}/open-metadata/access-services/asset-manager/users/probe/data-assets/by-name?startFrom=0&pageSize=0`;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, nameParameterName: 'name' }),
  });
  const body = (await response.json()) as { elementList?: unknown[] };
  return body.elementList ?? [];
}

test('the service describes the Catalog Integrator and refuses connectors of another service', async () => {
  expect(catalogIntegratorService.description.code).toBe(600);
  expect(catalogIntegratorService.description.partnerOMASMarker).toBe('asset-manager');
  expect(catalogIntegratorService.supportsConnector(new ScriptedCatalogConnector())).toBe(true);
  const error = (() => {
    try {
      catalogIntegratorService.validateConnector({ connectorName: 'stranger' }, 'stranger');
    } catch (e) {
      return e;
    }
    return undefined;
  })();
  expect(error).toBeInstanceOf(InvalidParameterException);
  expect((error as EgeriaError).messageId).toBe('OMIS-CATALOG-INTEGRATOR-400-001');
});

test('a connector without its context gets OMIS-CATALOG-INTEGRATOR-500-001', () => {
  const connector = new ScriptedCatalogConnector();
  expect(() => connector.context).toThrow(expect.objectContaining({ messageId: 'OMIS-CATALOG-INTEGRATOR-500-001' }));
});

test('data assets and glossary terms: create, update, find and remove, counted by type', async () => {
  const started = await startConnector();
  const { context, records } = started;
  expect(context.getAssetManagerName()).toBe(SOURCE);
  expect(typeof context.getAssetManagerGUID()).toBe('string');
  expect(records.withMessageId('OMIS-CATALOG-INTEGRATOR-0002')).toHaveLength(1);
  expect(records.withMessageId('OMIS-CATALOG-INTEGRATOR-0003')[0].messageParameters).toEqual([
    'AcmeCatalogConnector',
    'BOTH_DIRECTIONS',
  ]);

  let assetGUID = '';
  let termGUID = '';
  const report = await refresh(started, async (ctx) => {
    const assets = ctx.getDataAssetExchangeService();
    assetGUID = await assets.createDataAsset({
      externalIdentifierProperties: { externalIdentifier: 'tbl-42', externalIdentifierName: 'tableId' },
      dataAssetProperties: { qualifiedName: 'acme::orders', displayName: 'Orders', typeName: 'DataSet' },
    });
    await assets.updateDataAsset({
      assetGUID,
      isMergeUpdate: true,
      externalIdentifier: 'tbl-42',
      dataAssetProperties: { resourceDescription: 'Every order' },
    });
    const found = await assets.findDataAssets({ searchString: 'acme::ord.*' });
    expect(guidsOf(found)).toEqual([assetGUID]);
    const asset = await assets.getDataAssetByGUID({ assetGUID });
    expect(asset?.dataAssetProperties).toEqual(
      expect.objectContaining({
        qualifiedName: 'acme::orders',
        resourceDescription: 'Every order',
        typeName: 'DataSet',
      }),
    );
    const header = ctx.getMetadataCorrelationHeader(asset ?? {});
    expect(header?.externalIdentifier).toBe('tbl-42');
    expect(header?.externalScopeGUID).toBe(ctx.getAssetManagerGUID());

    const glossaries = ctx.getGlossaryExchangeService();
    const glossaryGUID = await glossaries.createGlossary({
      glossaryProperties: { qualifiedName: 'Glossary::acme', displayName: 'Acme' },
    });
    termGUID = await glossaries.createGlossaryTerm({
      glossaryGUID,
      glossaryTermProperties: { qualifiedName: 'Term::order', displayName: 'Order' },
    });
    await glossaries.updateGlossaryTerm({
      glossaryTermGUID: termGUID,
      isMergeUpdate: true,
      glossaryTermProperties: { summary: 'A customer request' },
    });
    const terms = await glossaries.getTermsForGlossary({ glossaryGUID });
    expect(terms.map((t) => t.glossaryTermProperties?.summary)).toEqual(['A customer request']);
    const byName = await glossaries.getGlossaryTermsByName({ name: 'Term::order' });
    expect(guidsOf(byName)).toEqual([termGUID]);
    await glossaries.removeGlossaryTerm({ glossaryTermGUID: termGUID });
    expect(await glossaries.findGlossaryTerms({ searchString: 'Term::.*' })).toEqual([]);
    await assets.removeDataAsset({ assetGUID, externalIdentifier: 'tbl-42' });
  });
  expect(report.createCounts).toEqual({ DataSet: 1, Glossary: 1, GlossaryTerm: 1 });
  expect(report.updateCounts).toEqual({ DataSet: 1, GlossaryTerm: 1 });
  expect(report.deleteCounts).toEqual({ DataSet: 1, GlossaryTerm: 1 });
  expect(report.createdElements).toEqual(expect.arrayContaining([assetGUID, termGUID]));
  expect(await dataAssetsNamed('acme::orders')).toEqual([]);
});

test('external identifiers: add, read back, confirm, update and remove through the open metadata store', async () => {
  const started = await startConnector({ name: 'IdConnector' });
  const { context } = started;
  let headers: Array<{ externalIdentifier?: string; mappingProperties?: Readonly<Record<string, string>> }> = [];
  const report = await refresh(started, async (ctx) => {
    const glossaries = ctx.getGlossaryExchangeService();
    const glossaryGUID = await glossaries.createGlossary({ glossaryProperties: { qualifiedName: 'Glossary::ids' } });
    const element = { openMetadataElementGUID: glossaryGUID, openMetadataElementTypeName: 'Glossary' };
    await ctx.addExternalIdentifier({
      ...element,
      externalIdentifierProperties: { externalIdentifier: 'g-1', mappingProperties: { page: '1' } },
    });
    await ctx.confirmSynchronization({ ...element, externalIdentifier: 'g-1' });
    await ctx.updateExternalIdentifier({
      ...element,
      externalIdentifierProperties: { externalIdentifier: 'g-1', mappingProperties: { page: '2' } },
    });
    headers = await ctx.getExternalIdentifiers(element);
    const read = await glossaries.getGlossaryByGUID({ glossaryGUID });
    expect(ctx.getMetadataCorrelationHeader(read ?? {})?.externalIdentifier).toBe('g-1');
    await ctx.removeExternalIdentifier({ ...element, externalIdentifier: 'g-1' });
    expect(await ctx.getExternalIdentifiers(element)).toEqual([]);
  });
  expect(headers).toHaveLength(1);
  expect(headers[0].externalIdentifier).toBe('g-1');
  expect(headers[0].mappingProperties).toEqual({ page: '2' });
  expect(report.updateCounts).toEqual({ Glossary: 1 });
  await expect(
    context.addExternalIdentifier({
      openMetadataElementGUID: 'x',
      openMetadataElementTypeName: 'Glossary',
      externalIdentifierProperties: {},
    }),
  ).rejects.toThrow(expect.objectContaining({ exceptionProperties: { parameterName: 'externalIdentifier' } }));
  expect(() => context.getMetadataCorrelationHeader(null as never)).toThrow(
    expect.objectContaining({ messageId: 'OMIS-CATALOG-INTEGRATOR-400-006' }),
  );
});

test('TO_THIRD_PARTY: a write to open metadata is refused with OMIS-CATALOG-INTEGRATOR-400-003 and nothing is sent', async () => {
  const started = await startConnector({
    name: 'PushConnector',
    permittedSynchronization: PermittedSynchronization.TO_THIRD_PARTY,
  });
  const assets = started.context.getDataAssetExchangeService();
  const refusal = await assets
    .createDataAsset({ dataAssetProperties: { qualifiedName: 'acme::pushed' } })
    .catch((error: unknown) => error);
  expect(refusal).toBeInstanceOf(UserNotAuthorizedException);
  expect((refusal as EgeriaError).messageId).toBe('OMIS-CATALOG-INTEGRATOR-400-003');
  expect((refusal as EgeriaError).message).toContain('createDataAsset');
  expect(await dataAssetsNamed('acme::pushed')).toEqual([]);
  // Reads still work.
  expect(await assets.getDataAssetsByName({ name: 'acme::pushed' })).toEqual([]);
});

test('exchange services switched off by the disabledExchangeServices option; a bad option value stops the context', async () => {
  const { context, records } = await startConnector({
    name: 'NoGlossaryConnector',
    serviceOptions: { disabledExchangeServices: [CATALOG_EXCHANGE_SERVICE_NAMES.glossary, 'LineageExchangeService'] },
  });
  expect(() => context.getGlossaryExchangeService()).toThrow(
    expect.objectContaining({ messageId: 'OMIS-CATALOG-INTEGRATOR-400-002' }),
  );
  expect(() => context.getLineageExchangeService()).toThrow(UserNotAuthorizedException);
  expect(context.getDataAssetExchangeService()).toBeDefined();
  expect(context.getExternalReferenceService()).toBeDefined();
  expect(records.withMessageId('OMIS-CATALOG-INTEGRATOR-0004')).toHaveLength(1);

  await expect(
    startConnector({
      name: 'BadOptionConnector',
      serviceOptions: { disabledExchangeServices: 'GlossaryExchangeService' },
    }),
  ).rejects.toThrow(expect.objectContaining({ messageId: 'OMIS-CATALOG-INTEGRATOR-400-004' }));
  await expect(
    startConnector({ name: 'TypoConnector', serviceOptions: { disabledExchangeServices: ['GlosaryExchangeService'] } }),
  ).rejects.toThrow(InvalidParameterException);
});

test('Asset Manager out-topic events reach a registered listener once the first refresh is over', async () => {
  const listening = await startConnector({ name: 'ListeningConnector' });
  const events: AssetManagerOutTopicEvent[] = [];
  await listening.context.registerListener((event) => {
    events.push(event);
  });
  expect(listening.context.isListenerRegistered()).toBe(true);
  await refresh(listening, async () => undefined); // the first refresh: events held back until it ends

  const writer = await startConnector({ name: 'WritingConnector', metadataSource: 'Catalog::writer' });
  const guid = await writer.context
    .getDataAssetExchangeService()
    .createDataAsset({ dataAssetProperties: { qualifiedName: 'acme::announced' } });
  const deadline = Date.now() + 5000;
  while (!events.some((e) => e.elementHeader?.guid === guid) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const event = events.find((e) => e.elementHeader?.guid === guid);
  expect(event?.eventType).toBe('NEW_ELEMENT_CREATED');
  expect(event?.elementProperties).toEqual(expect.objectContaining({ qualifiedName: 'acme::announced' }));
});
