/**
 * The stewardship exchange service used by a catalog connector through its context against the
 * emulator over real HTTP: classifications through the Asset Manager, and the searches of
 * classified and related elements through the open metadata store, as Egeria 5.2's client makes them.
 */
import { EgeriaError, PermittedSynchronization, UserNotAuthorizedException } from '@egeria-ts/core';
import { guidsOf, rejectionOf } from '@egeria-ts/testing';
import { CATALOG_EXCHANGE_SERVICE_NAMES, type CatalogIntegratorContext } from '@egeria-ts/catalog-integrator';
import { useCatalogTestbed } from './catalog-testbed';

const SERVER = 'cat-stewards';
const { testbed, start, refresh } = useCatalogTestbed(SERVER);

const relatedGUIDs = (elements: ReadonlyArray<{ relatedElement?: { elementHeader?: { guid?: string } } }>) =>
  elements.map((e) => e.relatedElement?.elementHeader?.guid);

/** An element created by another tool, straight through the open metadata store. */
async function storeElement(typeName: string, qualifiedName: string): Promise<string> {
  const url = `${testbed.emulator.url}/servers/${SERVER}/open-metadata/framework-services/asset-manager/open-metadata-store/users/tool/metadata-elements`;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      class: 'NewOpenMetadataElementRequestBody',
      typeName,
      properties: {
        propertyValueMap: {
          qualifiedName: { class: 'PrimitiveTypePropertyValue', typeName: 'string', primitiveValue: qualifiedName },
        },
      },
    }),
  });
  return ((await response.json()) as { guid: string }).guid;
}

/** A relationship made by another tool, straight through the open metadata store. */
async function storeRelationship(typeName: string, end1: string, end2: string): Promise<void> {
  const url = `${testbed.emulator.url}/servers/${SERVER}/open-metadata/framework-services/asset-manager/open-metadata-store/users/tool/related-elements`;
  await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      class: 'NewRelatedElementsRequestBody',
      typeName,
      metadataElement1GUID: end1,
      metadataElement2GUID: end2,
    }),
  });
}

async function createAsset(ctx: CatalogIntegratorContext, qualifiedName: string): Promise<string> {
  return ctx
    .getDataAssetExchangeService()
    .createDataAsset({ dataAssetProperties: { qualifiedName, typeName: 'DataSet' } });
}

test('governance classifications: set, found through the open metadata store, and cleared', async () => {
  const started = await start({ name: 'StewardConnector' });
  const g: Record<string, string> = {};
  const report = await refresh(started, async (ctx) => {
    const stewards = ctx.getStewardshipExchangeService();
    g.ledger = await createAsset(ctx, 'acme::ledger');
    g.journal = await createAsset(ctx, 'acme::journal');

    await stewards.setConfidenceClassification({
      elementGUID: g.ledger,
      properties: { levelIdentifier: 3, steward: 'jo' },
    });
    await stewards.setConfidenceClassification({ elementGUID: g.journal, properties: { levelIdentifier: 1 } });
    const level3 = await stewards.getConfidenceClassifiedElements({ returnSpecificLevel: true, levelIdentifier: 3 });
    expect(guidsOf(level3)).toEqual([g.ledger]);
    expect(level3[0].properties?.['qualifiedName']).toBe('acme::ledger');
    expect(level3[0].elementHeader?.classifications?.[0].classificationProperties).toEqual(
      expect.objectContaining({ levelIdentifier: 3, steward: 'jo' }),
    );
    expect(guidsOf(await stewards.getConfidenceClassifiedElements()).sort()).toEqual([g.ledger, g.journal].sort());

    await stewards.setCriticalityClassification({ elementGUID: g.ledger, properties: { levelIdentifier: 2 } });
    expect(
      guidsOf(await stewards.getCriticalityClassifiedElements({ returnSpecificLevel: true, levelIdentifier: 2 })),
    ).toEqual([g.ledger]);
    await stewards.setConfidentialityClassification({ elementGUID: g.journal, properties: { levelIdentifier: 4 } });
    expect(guidsOf(await stewards.getConfidentialityClassifiedElements())).toEqual([g.journal]);
    await stewards.setRetentionClassification({ elementGUID: g.ledger, properties: { retentionBasis: 6 } });
    expect(
      guidsOf(
        await stewards.getRetentionClassifiedElements({ returnSpecificBasisIdentifier: true, basisIdentifier: 6 }),
      ),
    ).toEqual([g.ledger]);
    expect(
      await stewards.getRetentionClassifiedElements({ returnSpecificBasisIdentifier: true, basisIdentifier: 1 }),
    ).toEqual([]);
    await stewards.addSecurityTags({ elementGUID: g.journal, properties: { securityLabels: ['pii'] } });
    expect(guidsOf(await stewards.getSecurityTaggedElements())).toEqual([g.journal]);
    await stewards.addOwnership({ elementGUID: g.ledger, properties: { owner: 'finance', ownerTypeName: 'Team' } });
    expect(guidsOf(await stewards.getOwnersElements({ owner: 'finance' }))).toEqual([g.ledger]);
    await stewards.addElementToSubjectArea({ elementGUID: g.journal, properties: { subjectAreaName: 'Accounts' } });
    expect(guidsOf(await stewards.getMembersOfSubjectArea({ subjectAreaName: 'Accounts' }))).toEqual([g.journal]);
    await stewards.setElementAsDataField({ elementGUID: g.ledger, properties: { defaultValue: '0' } });

    await stewards.addAssetOrigin({ assetGUID: g.ledger, properties: { organizationGUID: 'org-finance' } });
    expect(guidsOf(await stewards.getAssetsByOrigin({ properties: { organizationGUID: 'org-finance' } }))).toEqual([
      g.ledger,
    ]);
    await stewards.clearAssetOrigin({ assetGUID: g.ledger });
    expect(await stewards.getAssetsByOrigin({ properties: { organizationGUID: 'org-finance' } })).toEqual([]);

    for (const clear of [
      () => stewards.clearConfidenceClassification({ elementGUID: g.ledger }),
      () => stewards.clearConfidenceClassification({ elementGUID: g.journal }),
      () => stewards.clearCriticalityClassification({ elementGUID: g.ledger }),
      () => stewards.clearConfidentialityClassification({ elementGUID: g.journal }),
      () => stewards.clearRetentionClassification({ elementGUID: g.ledger }),
      () => stewards.clearSecurityTags({ elementGUID: g.journal }),
      () => stewards.clearOwnership({ elementGUID: g.ledger }),
      () => stewards.removeElementFromSubjectArea({ elementGUID: g.journal }),
      () => stewards.clearElementAsDataField({ elementGUID: g.ledger }),
    ]) {
      await clear();
    }
    expect(await stewards.getConfidenceClassifiedElements()).toEqual([]);
    expect(await stewards.getOwnersElements({ owner: 'finance' })).toEqual([]);
    const read = await ctx.getDataAssetExchangeService().getDataAssetByGUID({ assetGUID: g.ledger });
    expect(read?.elementHeader?.classifications ?? []).toEqual([]);
  });
  expect(report.createCounts).toEqual({ DataSet: 2 });
  expect(report.updatedElements.sort()).toEqual([g.ledger, g.journal].sort());
});

test("Egeria 5.2's data field search: answered from Confidence, a DataFieldQueryProperties refused", async () => {
  const { context } = await start({ name: 'DataFieldConnector' });
  const stewards = context.getStewardshipExchangeService();
  const asset = await createAsset(context, 'acme::fields');
  await stewards.setConfidenceClassification({ elementGUID: asset, properties: { levelIdentifier: 5 } });
  expect((await stewards.getDataFieldClassifiedElements()).map((s) => s.uniqueName)).toContain('acme::fields');
  const refused = await rejectionOf(stewards.getDataFieldClassifiedElements({ properties: { defaultValue: '0' } }));
  expect((refused as EgeriaError).messageId).toBe('OMAG-COMMON-400-029');
});

test('semantic assignments, governed-by links, sourced-from lineage and the generic element reads', async () => {
  const started = await start({ name: 'MeaningConnector' });
  await refresh(started, async (ctx) => {
    const stewards = ctx.getStewardshipExchangeService();
    const asset = await createAsset(ctx, 'acme::invoices');
    const copy = await createAsset(ctx, 'acme::invoices-copy');
    const glossary = await ctx.getGlossaryExchangeService().createGlossary({
      glossaryProperties: { qualifiedName: 'Glossary::stewards' },
    });
    const term = await ctx.getGlossaryExchangeService().createGlossaryTerm({
      glossaryGUID: glossary,
      glossaryTermProperties: { qualifiedName: 'Term::invoice', displayName: 'Invoice' },
    });
    const policy = await storeElement('GovernancePolicy', 'Policy::keep-invoices');
    await storeRelationship('SourcedFrom', copy, asset);

    await stewards.setupSemanticAssignment({
      elementGUID: asset,
      glossaryTermGUID: term,
      properties: { expression: 'is an' },
    });
    expect(
      (await stewards.getMeanings({ elementGUID: asset })).map((t) => t.glossaryTermProperties?.displayName),
    ).toEqual(['Invoice']);
    expect(relatedGUIDs(await stewards.getSemanticAssignees({ glossaryTermGUID: term }))).toEqual([asset]);
    await stewards.clearSemanticAssignment({ elementGUID: asset, glossaryTermGUID: term });
    expect(await stewards.getMeanings({ elementGUID: asset })).toEqual([]);
    // Without properties the service sends an empty SemanticAssignmentProperties, which 5.2 accepts.
    await stewards.setupSemanticAssignment({ elementGUID: copy, glossaryTermGUID: term });
    expect(relatedGUIDs(await stewards.getSemanticAssignees({ glossaryTermGUID: term }))).toEqual([copy]);

    await stewards.addGovernanceDefinitionToElement({ definitionGUID: policy, elementGUID: asset });
    expect(guidsOf(await stewards.getGovernedByDefinitions({ elementGUID: asset }))).toEqual([policy]);
    const governed = await stewards.getGovernedElements({ governanceDefinitionGUID: policy });
    expect(relatedGUIDs(governed)).toEqual([asset]);
    expect(governed[0].relationshipHeader?.type?.typeName).toBe('GovernedBy');
    await stewards.removeGovernanceDefinitionFromElement({ definitionGUID: policy, elementGUID: asset });
    expect(await stewards.getGovernedByDefinitions({ elementGUID: asset })).toEqual([]);

    expect(relatedGUIDs(await stewards.getSourceElements({ elementGUID: copy }))).toEqual([asset]);
    expect(relatedGUIDs(await stewards.getElementsSourceFrom({ elementGUID: asset }))).toEqual([copy]);

    expect(
      guidsOf(await stewards.getElements({ findProperties: { openMetadataTypeName: 'GovernancePolicy' } })),
    ).toEqual([policy]);
    expect((await stewards.getElements()).length).toBeGreaterThan(4);
    const exact = await stewards.getElementsByPropertyValue({
      findProperties: {
        propertyValue: 'acme::invoices',
        propertyNames: ['qualifiedName'],
        openMetadataTypeName: 'DataSet',
      },
    });
    expect(guidsOf(exact)).toEqual([asset]);
    const containing = await stewards.findElementsByPropertyValue({
      findProperties: {
        propertyValue: 'invoices',
        propertyNames: ['qualifiedName'],
        openMetadataTypeName: 'DataSet',
        sequencingProperty: 'qualifiedName',
        sequencingOrder: 'PROPERTY_ASCENDING',
      },
    });
    expect(guidsOf(containing)).toEqual([asset, copy]);
    const missing = await rejectionOf(
      stewards.getElementsByPropertyValue({ findProperties: { propertyNames: ['qualifiedName'] } }),
    );
    expect(missing).toEqual(expect.objectContaining({ exceptionProperties: { parameterName: 'propertyValue' } }));
  });
});

test('TO_THIRD_PARTY: stewardship writes are refused before anything is sent; the service can be switched off', async () => {
  const { context } = await start({
    name: 'StewardPushConnector',
    permittedSynchronization: PermittedSynchronization.TO_THIRD_PARTY,
  });
  const stewards = context.getStewardshipExchangeService();
  testbed.proxy.clearRequests();
  for (const write of [
    () => stewards.setConfidenceClassification({ elementGUID: 'any', properties: { levelIdentifier: 1 } }),
    () => stewards.addAssetOrigin({ assetGUID: 'any' }),
    () => stewards.setupSemanticAssignment({ elementGUID: 'any', glossaryTermGUID: 'term' }),
    () => stewards.addGovernanceDefinitionToElement({ definitionGUID: 'policy', elementGUID: 'any' }),
  ]) {
    const refusal = await rejectionOf(write());
    expect(refusal).toBeInstanceOf(UserNotAuthorizedException);
    expect((refusal as EgeriaError).messageId).toBe('OMIS-CATALOG-INTEGRATOR-400-003');
  }
  expect(testbed.proxy.requests).toEqual([]);
  // Reads still work.
  expect(await stewards.getSecurityTaggedElements()).toEqual([]);

  const { context: off } = await start({
    name: 'NoStewardsConnector',
    serviceOptions: { disabledExchangeServices: [CATALOG_EXCHANGE_SERVICE_NAMES.stewardship] },
  });
  expect(() => off.getStewardshipExchangeService()).toThrow(
    expect.objectContaining({ messageId: 'OMIS-CATALOG-INTEGRATOR-400-002' }),
  );
  expect(off.getValidValuesExchangeService()).toBeDefined();
});
