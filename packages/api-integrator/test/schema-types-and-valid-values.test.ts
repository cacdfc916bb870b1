/**
 * The schema type and valid value operations of the API context (inherited from the Data Manager
 * contexts' shared base), driven by a scripted connector against the emulator over HTTP: the
 * currency parameter of a payments API, an enum schema type whose values are a valid value set of
 * currency codes, a map of exchange rates and a reference value tag; then they are unlinked and
 * removed.
 */
import {
  guidsOf,
  lastPublishedReport,
  reportCounts,
  scriptedConnector,
  useIntegratorTestbed,
} from '@egeria-ts/testing';
import { APIIntegratorConnector, apiIntegratorService } from '@egeria-ts/api-integrator';

const ScriptedConnector = scriptedConnector(APIIntegratorConnector);
const testbed = useIntegratorTestbed(apiIntegratorService);

it('creates, links, finds and removes valid values and schema types as its API manager', async () => {
  const connector = new ScriptedConnector();
  const { context } = await testbed.start(connector, {
    metadataSourceQualifiedName: 'apim:payments',
    settings: { generateIntegrationReport: true },
  });
  const managerGUID = context.getAPIManagerGUID();
  const g: Record<string, string> = {};

  await connector.refreshWith(async (ctx) => {
    g.currencies = await ctx.createValidValue({
      validValueProperties: { qualifiedName: 'api:currencies', displayName: 'currencies' },
    });
    g.eur = await ctx.createValidValue({
      validValueProperties: {
        qualifiedName: 'api:currency:EUR',
        preferredValue: 'EUR',
        typeName: 'ValidValueDefinition',
      },
    });
    await ctx.setupValidValueMember({ validValueSetGUID: g.currencies, validValueMemberGUID: g.eur });
    g.currency = await ctx.createEnumSchemaType({
      schemaTypeProperties: { qualifiedName: 'api:payments:currency', dataType: 'string' },
      validValuesSetGUID: g.currencies,
    });
    await ctx.setupValidValues({
      elementGUID: g.currency,
      validValueGUID: g.currencies,
      properties: { strictRequirement: true },
    });
    await ctx.setupReferenceValueTag({
      elementGUID: g.currency,
      validValueGUID: g.eur,
      properties: { attributeName: 'default', confidence: 90 },
    });
    g.rates = await ctx.createMapSchemaType({
      schemaTypeProperties: { qualifiedName: 'api:payments:rates' },
      mapFromSchemaTypeGUID: g.currency,
      mapToSchemaTypeGUID: g.currency,
    });
  });
  const report = lastPublishedReport(testbed.proxy, managerGUID);
  expect(reportCounts(report, 'createCounts')).toEqual({
    ValidValuesSet: 1,
    ValidValueDefinition: 1,
    EnumSchemaType: 1,
    // Egeria 5.2 creates a map schema type as a SchemaTypeChoice.
    SchemaTypeChoice: 1,
  });
  expect((await context.getSchemaTypeByGUID({ guid: g.rates }))?.elementHeader?.type?.typeName).toBe(
    'SchemaTypeChoice',
  );
  expect((await context.getValidValuesForConsumer({ elementGUID: g.currency }))?.elementHeader?.guid).toBe(
    g.currencies,
  );
  const tags = await context.getReferenceValues({ elementGUID: g.currency });
  expect(guidsOf(tags)).toEqual([g.eur]);
  expect(tags[0].relatedElement?.relationshipProperties?.extendedProperties).toMatchObject({
    attributeName: 'default',
    confidence: 90,
  });
  expect(guidsOf(await context.getSetsForValidValue({ validValueGUID: g.eur }))).toEqual([g.currencies]);
  expect(guidsOf(await context.findValidValueSet({ searchString: 'api:currenc.*' }))).toEqual([g.currencies, g.eur]);
  expect(guidsOf(await context.findValidValues({ searchString: 'EUR' }))).toEqual([g.eur]);
  expect(guidsOf(await context.getAllValidValues())).toEqual([g.currencies, g.eur]);

  await connector.refreshWith(async (ctx) => {
    // Egeria 5.2 removes a valid values link between the two here (there is none): the tag stays.
    await ctx.clearReferenceValueTag({ elementGUID: g.currency, validValueGUID: g.eur });
    await ctx.clearValidValues({ elementGUID: g.currency, validValueGUID: g.currencies });
    await ctx.clearValidValueMember({ validValueSetGUID: g.currencies, validValueMemberGUID: g.eur });
  });
  expect(await context.getValidValuesForConsumer({ elementGUID: g.currency })).toBeUndefined();
  expect(guidsOf(await context.getReferenceValues({ elementGUID: g.currency }))).toEqual([g.eur]);
  expect(await context.getValidValueSetMembers({ validValueSetGUID: g.currencies })).toEqual([]);

  await connector.refreshWith(async (ctx) => {
    await ctx.removeValidValue({ validValueGUID: g.currencies });
    await ctx.removeSchemaType({ schemaTypeGUID: g.rates });
  });
  expect(lastPublishedReport(testbed.proxy, managerGUID)['deletedElements']).toEqual([g.currencies, g.rates]);
  expect(guidsOf(await context.getAllValidValues())).toEqual([g.eur]);
});

it('refuses a valid value write under TO_THIRD_PARTY before anything is sent', async () => {
  const { refusal } = await testbed.expectWriteRefused(
    new ScriptedConnector(),
    (ctx) => ctx.createValidValue({ validValueProperties: { qualifiedName: 'api:currencies' } }),
    { metadataSourceQualifiedName: 'apim:readonly' },
  );
  expect(refusal.messageId).toBe('EGERIA-TS-CONTEXT-403-001');
});
