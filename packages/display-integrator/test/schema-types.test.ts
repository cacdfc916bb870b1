/**
 * The schema type operations the display context inherits from the Data Manager contexts' shared
 * base (Egeria 5.2's display context has none of its own), driven by a scripted connector against
 * the emulator over HTTP: a form with one data field gets a primitive schema type, which is then
 * removed.
 */
import { lastPublishedReport, reportCounts, scriptedConnector, useIntegratorTestbed } from '@egeria-ts/testing';
import { DisplayIntegratorConnector, displayIntegratorService } from '@egeria-ts/display-integrator';

const ScriptedConnector = scriptedConnector(DisplayIntegratorConnector);
const testbed = useIntegratorTestbed(displayIntegratorService);

it('gives a data field a schema type, finds it from the field and removes it', async () => {
  const connector = new ScriptedConnector();
  const { context } = await testbed.start(connector, {
    metadataSourceQualifiedName: 'app:orders',
    settings: { generateIntegrationReport: true },
  });
  const applicationGUID = context.getApplicationGUID();
  const g: Record<string, string> = {};

  await connector.refreshWith(async (ctx) => {
    g.type = await ctx.createPrimitiveSchemaType({
      schemaTypeProperties: { qualifiedName: 'form:order:amount:type', dataType: 'decimal' },
    });
    g.form = await ctx.createForm({ formProperties: { qualifiedName: 'form:order' } });
    g.container = await ctx.createDataContainer({
      parentElementGUID: g.form,
      dataContainerProperties: { qualifiedName: 'form:order:fields' },
    });
    g.field = await ctx.createDataField({
      parentElementGUID: g.container,
      dataFieldProperties: { qualifiedName: 'form:order:amount' },
    });
    await ctx.setupSchemaType({
      schemaAttributeGUID: g.field,
      schemaTypeGUID: g.type,
      relationshipTypeName: 'SchemaAttributeType',
    });
  });
  expect(reportCounts(lastPublishedReport(testbed.proxy, applicationGUID), 'createCounts')).toMatchObject({
    PrimitiveSchemaType: 1,
  });
  const type = await context.getSchemaTypeForElement({
    parentElementGUID: g.field,
    parentElementTypeName: 'SchemaAttribute',
  });
  expect(type?.elementHeader?.guid).toBe(g.type);
  expect(type?.schemaTypeProperties?.extendedProperties).toEqual({ dataType: 'decimal' });

  await connector.refreshWith(async (ctx) => {
    await ctx.removeSchemaType({ schemaTypeGUID: g.type });
  });
  expect(lastPublishedReport(testbed.proxy, applicationGUID)['deletedElements']).toEqual([g.type]);
  expect(
    await context.getSchemaTypeForElement({ parentElementGUID: g.field, parentElementTypeName: 'SchemaAttribute' }),
  ).toBeUndefined();
});

it('refuses a schema type write under TO_THIRD_PARTY before anything is sent', async () => {
  const { refusal } = await testbed.expectWriteRefused(
    new ScriptedConnector(),
    (ctx) =>
      ctx.createPrimitiveSchemaType({
        schemaTypeProperties: { qualifiedName: 'form:order:amount:type', dataType: 'decimal' },
      }),
    { metadataSourceQualifiedName: 'app:readonly' },
  );
  expect(refusal.messageId).toBe('EGERIA-TS-CONTEXT-403-001');
});
