/**
 * The valid value operations of the database context (inherited from the Data Manager contexts'
 * shared base), driven by a scripted connector against the emulator over HTTP: a table whose
 * `status` column takes its values from a code list (a valid value set and its members), tagged
 * with a reference value; then the code list is revised and removed.
 */
import {
  guidsOf,
  lastPublishedReport,
  reportCounts,
  scriptedConnector,
  useIntegratorTestbed,
} from '@egeria-ts/testing';
import { DatabaseIntegratorConnector, databaseIntegratorService } from '@egeria-ts/database-integrator';

const ScriptedConnector = scriptedConnector(DatabaseIntegratorConnector);
const testbed = useIntegratorTestbed(databaseIntegratorService);

it('creates, links, updates, finds and removes valid values as its database manager', async () => {
  const connector = new ScriptedConnector();
  const { context } = await testbed.start(connector, {
    metadataSourceQualifiedName: 'dbms:sales',
    settings: { generateIntegrationReport: true },
  });
  const managerGUID = context.getDatabaseManagerGUID();
  const g: Record<string, string> = {};

  await connector.refreshWith(async (ctx) => {
    g.codes = await ctx.createValidValue({
      validValueProperties: { qualifiedName: 'db:status-codes', displayName: 'status codes', scope: 'sales' },
    });
    g.active = await ctx.createValidValue({
      validValueProperties: {
        qualifiedName: 'db:status-code:A',
        preferredValue: 'A',
        typeName: 'ValidValueDefinition',
      },
    });
    await ctx.setupValidValueMember({ validValueSetGUID: g.codes, validValueMemberGUID: g.active });
    g.database = await ctx.createDatabase({ databaseProperties: { qualifiedName: 'db:sales', name: 'sales' } });
    g.table = await ctx.createDatabaseTable({
      databaseAssetGUID: g.database,
      databaseTableProperties: { qualifiedName: 'db:sales.orders', displayName: 'orders' },
    });
    g.column = await ctx.createDatabaseColumn({
      databaseTableGUID: g.table,
      databaseColumnProperties: { qualifiedName: 'db:sales.orders.status', displayName: 'status', dataType: 'char' },
    });
    await ctx.setupValidValues({ elementGUID: g.column, validValueGUID: g.codes });
    await ctx.setupReferenceValueTag({ elementGUID: g.table, validValueGUID: g.active });
  });
  expect(reportCounts(lastPublishedReport(testbed.proxy, managerGUID), 'createCounts')).toMatchObject({
    ValidValuesSet: 1,
    ValidValueDefinition: 1,
  });
  const codes = await context.getValidValueByGUID({ guid: g.codes });
  expect(codes?.elementHeader?.origin?.homeMetadataCollectionId).toBe(managerGUID);
  expect((await context.getValidValuesForConsumer({ elementGUID: g.column }))?.elementHeader?.guid).toBe(g.codes);
  expect(guidsOf(await context.getValidValueSetMembers({ validValueSetGUID: g.codes }))).toEqual([g.active]);
  expect(guidsOf(await context.getValidValuesByName({ name: 'A' }))).toEqual([g.active]);
  expect(guidsOf(await context.getReferenceValues({ elementGUID: g.table }))).toEqual([g.active]);
  // Egeria 5.2 lists only the assignees that are valid values themselves: the table is not one.
  expect(await context.getAssigneesOfReferenceValue({ validValueGUID: g.active })).toEqual([]);
  expect(await context.getConsumersOfValidValue({ validValueGUID: g.codes })).toEqual([]);

  await connector.refreshWith(async (ctx) => {
    await ctx.updateValidValue({
      validValueGUID: g.codes,
      validValueProperties: { qualifiedName: 'db:status-codes', description: 'order states' },
    });
  });
  expect((await context.getValidValueByGUID({ guid: g.codes }))?.validValueProperties).toMatchObject({
    qualifiedName: 'db:status-codes',
    description: 'order states',
  });
  expect((await context.getValidValueByGUID({ guid: g.codes }))?.validValueProperties?.scope).toBeUndefined();

  await connector.refreshWith(async (ctx) => {
    await ctx.clearValidValues({ elementGUID: g.column, validValueGUID: g.codes });
    await ctx.removeValidValue({ validValueGUID: g.active });
    await ctx.removeValidValue({ validValueGUID: g.codes });
  });
  expect(lastPublishedReport(testbed.proxy, managerGUID)['deletedElements']).toEqual([g.active, g.codes]);
  expect(await context.getValidValuesForConsumer({ elementGUID: g.column })).toBeUndefined();
  expect(await context.findValidValues({ searchString: 'db:status.*' })).toEqual([]);
});

it('refuses a valid value write under TO_THIRD_PARTY before anything is sent', async () => {
  const { refusal } = await testbed.expectWriteRefused(
    new ScriptedConnector(),
    (ctx) => ctx.createValidValue({ validValueProperties: { qualifiedName: 'db:status-codes' } }),
    { metadataSourceQualifiedName: 'dbms:readonly' },
  );
  expect(refusal.messageId).toBe('EGERIA-TS-CONTEXT-403-001');
});
