/**
 * The schema type and valid value operations of the files context (inherited from the Data Manager
 * contexts' shared base), driven by a scripted connector against the emulator over HTTP: the record
 * format of a CSV file as schema types and its status column's codes as a valid value set; then
 * they are revised and retired.
 */
import {
  guidsOf,
  lastPublishedReport,
  reportCounts,
  scriptedConnector,
  useIntegratorTestbed,
} from '@egeria-ts/testing';
import { FilesIntegratorConnector, filesIntegratorService } from '@egeria-ts/files-integrator';

const ScriptedConnector = scriptedConnector(FilesIntegratorConnector);
const testbed = useIntegratorTestbed(filesIntegratorService);

/** The writes to the Data Manager OMAS: POSTs below its root, except look-ups and the metadata source set-up. */
const DATA_MANAGER_WRITES = {
  method: 'POST',
  path: /^(?!.*\/by-)(?!.*\/metadata-sources).*\/access-services\/data-manager\//,
};

it('creates, updates, finds and removes schema types and valid values as its file system', async () => {
  const connector = new ScriptedConnector();
  const { context } = await testbed.start(connector, {
    metadataSourceQualifiedName: 'fs:landing',
    settings: { generateIntegrationReport: true },
  });
  const sourceGUID = context.metadataSourceGUID;
  const g: Record<string, string> = {};

  testbed.proxy.clearRequests();
  await connector.refreshWith(async (ctx) => {
    g.format = await ctx.createStructSchemaType({
      schemaTypeProperties: { qualifiedName: 'csv:orders:format', displayName: 'orders format' },
    });
    g.status = await ctx.createPrimitiveSchemaType({
      schemaTypeProperties: { qualifiedName: 'csv:orders:status', dataType: 'string', defaultValue: 'OPEN' },
    });
    g.statuses = await ctx.createValidValue({
      validValueProperties: { qualifiedName: 'csv:order-statuses', displayName: 'order statuses' },
    });
    g.open = await ctx.createValidValue({
      validValueProperties: {
        qualifiedName: 'csv:order-status:open',
        preferredValue: 'OPEN',
        typeName: 'ValidValueDefinition',
      },
    });
    await ctx.setupValidValueMember({
      validValueSetGUID: g.statuses,
      validValueMemberGUID: g.open,
      properties: { defaultValue: true },
    });
    await ctx.setupValidValues({ elementGUID: g.status, validValueGUID: g.statuses });
  });
  for (const write of testbed.proxy.requestsMatching(DATA_MANAGER_WRITES)) {
    expect(JSON.parse(write.body)).toMatchObject({ externalSourceGUID: sourceGUID, externalSourceName: 'fs:landing' });
  }
  expect(reportCounts(lastPublishedReport(testbed.proxy, sourceGUID), 'createCounts')).toEqual({
    StructSchemaType: 1,
    PrimitiveSchemaType: 1,
    ValidValuesSet: 1,
    ValidValueDefinition: 1,
  });

  const format = await context.getSchemaTypeByGUID({ guid: g.format });
  expect(format?.elementHeader?.type?.typeName).toBe('StructSchemaType');
  expect(format?.elementHeader?.origin?.homeMetadataCollectionId).toBe(sourceGUID);
  expect(guidsOf(await context.findSchemaType({ searchString: 'csv:orders:.*' }))).toEqual([g.format, g.status]);
  expect(
    guidsOf(await context.findSchemaType({ searchString: 'csv:orders:.*', typeName: 'PrimitiveSchemaType' })),
  ).toEqual([g.status]);
  expect(guidsOf(await context.getSchemaTypeByName({ name: 'orders format' }))).toEqual([g.format]);
  const members = await context.getValidValueSetMembers({ validValueSetGUID: g.statuses });
  expect(guidsOf(members)).toEqual([g.open]);
  expect(members[0].isDefaultValue).toBe(true);
  expect((await context.getValidValuesForConsumer({ elementGUID: g.status }))?.elementHeader?.guid).toBe(g.statuses);
  expect(guidsOf(await context.getValidValueSetByName({ name: 'order statuses' }))).toEqual([g.statuses]);
  expect(guidsOf(await context.getValidValuesByName({ name: 'OPEN' }))).toEqual([g.open]);

  await connector.refreshWith(async (ctx) => {
    await ctx.updateSchemaType({
      schemaTypeGUID: g.format,
      isMergeUpdate: true,
      schemaTypeProperties: { description: 'one line per order' },
    });
    await ctx.updateValidValue({
      validValueGUID: g.open,
      isMergeUpdate: true,
      validValueProperties: { description: 'not shipped yet' },
    });
  });
  expect((await context.getSchemaTypeByGUID({ guid: g.format }))?.schemaTypeProperties).toMatchObject({
    displayName: 'orders format',
    description: 'one line per order',
  });
  expect((await context.getValidValueByGUID({ guid: g.open }))?.validValueProperties?.description).toBe(
    'not shipped yet',
  );
  expect(reportCounts(lastPublishedReport(testbed.proxy, sourceGUID), 'updateCounts')).toEqual({
    SchemaType: 1,
    ValidValueDefinition: 1,
  });

  await connector.refreshWith(async (ctx) => {
    await ctx.removeSchemaType({ schemaTypeGUID: g.format });
    await ctx.removeValidValue({ validValueGUID: g.open });
  });
  expect(lastPublishedReport(testbed.proxy, sourceGUID)['deletedElements']).toEqual([g.format, g.open]);
  expect(await context.findSchemaType({ searchString: 'csv:orders:format' })).toEqual([]);
  expect(await context.getValidValueSetMembers({ validValueSetGUID: g.statuses })).toEqual([]);
});

it('refuses a schema type write under TO_THIRD_PARTY before anything is sent', async () => {
  const { refusal, context } = await testbed.expectWriteRefused(
    new ScriptedConnector(),
    (ctx) =>
      ctx.createStructSchemaType({
        schemaTypeProperties: { qualifiedName: 'csv:orders:format', displayName: 'orders format' },
      }),
    { metadataSourceQualifiedName: 'fs:readonly' },
  );
  expect(refusal.messageId).toBe('EGERIA-TS-CONTEXT-403-001');
  expect(await context.getSchemaTypeByName({ name: 'csv:orders:format' })).toEqual([]);
});
