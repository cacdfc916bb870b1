/**
 * The schema type and valid value operations of the API context (inherited from the Data Manager
 * contexts' shared base), driven by a small connector against the emulator over HTTP.
 */
import { PermittedSynchronization, UserNotAuthorizedException, type Connection } from '@egeria-ts/core';
import { lastPublishedReport, reportCounts, useIntegratorTestbed } from '@egeria-ts/testing';
import { APIIntegratorConnector, apiIntegratorService } from '@egeria-ts/api-integrator';

const CONNECTION: Connection = {
  class: 'Connection',
  qualifiedName: 'test-currency-connector',
  connectorType: { class: 'ConnectorType', connectorProviderClassName: 'test:CurrencyCodesConnector' },
};

/**
 * Catalogs the currency parameter of a payments API: an enum schema type whose values are a valid
 * value set of currency codes, a map of exchange rates, and a reference value tag; then unlinks and
 * removes them.
 */
class CurrencyCodesConnector extends APIIntegratorConnector {
  readonly guids: Record<string, string> = {};
  phase: 'catalog' | 'unlink' | 'retire' = 'catalog';
  refusal: unknown;

  override async refresh(): Promise<void> {
    const context = this.context;
    const g = this.guids;
    if (this.phase === 'catalog') {
      try {
        g.currencies = await context.createValidValue({
          validValueProperties: { qualifiedName: 'api:currencies', displayName: 'currencies' },
        });
      } catch (error) {
        this.refusal = error;
        return;
      }
      g.eur = await context.createValidValue({
        validValueProperties: {
          qualifiedName: 'api:currency:EUR',
          preferredValue: 'EUR',
          typeName: 'ValidValueDefinition',
        },
      });
      await context.setupValidValueMember({ validValueSetGUID: g.currencies, validValueMemberGUID: g.eur });
      g.currency = await context.createEnumSchemaType({
        schemaTypeProperties: { qualifiedName: 'api:payments:currency', dataType: 'string' },
        validValuesSetGUID: g.currencies,
      });
      await context.setupValidValues({
        elementGUID: g.currency,
        validValueGUID: g.currencies,
        properties: { strictRequirement: true },
      });
      await context.setupReferenceValueTag({
        elementGUID: g.currency,
        validValueGUID: g.eur,
        properties: { attributeName: 'default', confidence: 90 },
      });
      g.rates = await context.createMapSchemaType({
        schemaTypeProperties: { qualifiedName: 'api:payments:rates' },
        mapFromSchemaTypeGUID: g.currency,
        mapToSchemaTypeGUID: g.currency,
      });
    } else if (this.phase === 'unlink') {
      // Egeria 5.2 removes a valid values link between the two here (there is none): the tag stays.
      await context.clearReferenceValueTag({ elementGUID: g.currency, validValueGUID: g.eur });
      await context.clearValidValues({ elementGUID: g.currency, validValueGUID: g.currencies });
      await context.clearValidValueMember({ validValueSetGUID: g.currencies, validValueMemberGUID: g.eur });
    } else {
      await context.removeValidValue({ validValueGUID: g.currencies });
      await context.removeSchemaType({ schemaTypeGUID: g.rates });
    }
  }
}

const testbed = useIntegratorTestbed(apiIntegratorService, {
  serverName: 'mds-api',
  heartbeatMs: 60_000,
  userId: 'apiUser',
  localServerUserId: 'daemonUser',
  connectorNamePrefix: 'currency-connector',
  connection: CONNECTION,
});

const guidsOf = (elements: ReadonlyArray<{ elementHeader?: { guid?: string } }>) =>
  elements.map((e) => e.elementHeader?.guid);

async function refresh(connector: CurrencyCodesConnector, phase: CurrencyCodesConnector['phase']): Promise<void> {
  connector.phase = phase;
  await connector.runRefresh(new AbortController().signal);
}

it('creates, links, finds and removes valid values and schema types as its API manager', async () => {
  const connector = new CurrencyCodesConnector();
  const { context } = await testbed.start(connector, {
    settings: { metadataSourceQualifiedName: 'apim:payments', generateIntegrationReport: true },
  });
  const managerGUID = context.getAPIManagerGUID();
  const g = connector.guids;

  await refresh(connector, 'catalog');
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

  await refresh(connector, 'unlink');
  expect(await context.getValidValuesForConsumer({ elementGUID: g.currency })).toBeUndefined();
  expect(guidsOf(await context.getReferenceValues({ elementGUID: g.currency }))).toEqual([g.eur]);
  expect(await context.getValidValueSetMembers({ validValueSetGUID: g.currencies })).toEqual([]);

  await refresh(connector, 'retire');
  expect(lastPublishedReport(testbed.proxy, managerGUID)['deletedElements']).toEqual([g.currencies, g.rates]);
  expect(guidsOf(await context.getAllValidValues())).toEqual([g.eur]);
});

it('refuses a valid value write under TO_THIRD_PARTY before anything is sent', async () => {
  const connector = new CurrencyCodesConnector();
  await testbed.start(connector, {
    settings: {
      metadataSourceQualifiedName: 'apim:readonly',
      permittedSynchronization: PermittedSynchronization.TO_THIRD_PARTY,
    },
  });
  testbed.proxy.clearRequests();
  await refresh(connector, 'catalog');
  expect(connector.refusal).toBeInstanceOf(UserNotAuthorizedException);
  expect((connector.refusal as UserNotAuthorizedException).messageId).toBe('EGERIA-TS-CONTEXT-403-001');
  expect(testbed.proxy.requests).toEqual([]);
});
