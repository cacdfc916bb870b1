/**
 * The schema exchange service, and the collaboration, governance and infrastructure exchange
 * services (query flags only at Egeria 5.2), used by a catalog connector through its context
 * against the emulator over real HTTP.
 */
import { EgeriaError, PermittedSynchronization, UserNotAuthorizedException } from '@egeria-ts/core';
import { guidsOf, rejectionOf } from '@egeria-ts/testing';
import { CATALOG_EXCHANGE_SERVICE_NAMES } from '@egeria-ts/catalog-integrator';
import { useCatalogTestbed } from './catalog-testbed';

const { testbed, start, refresh } = useCatalogTestbed('cat-schemas');

test('schema types and attributes: create, attach, update, find, key and remove, counted by type', async () => {
  const started = await start({ name: 'SchemaConnector' });
  const g: Record<string, string> = {};
  const report = await refresh(started, async (ctx) => {
    const asset = await ctx.getDataAssetExchangeService().createDataAsset({
      dataAssetProperties: { qualifiedName: 'acme::customers.csv', typeName: 'DataFile' },
    });
    const schemas = ctx.getSchemaExchangeService();
    g.type = await schemas.createAnchoredSchemaType({
      anchorGUID: asset,
      externalIdentifierProperties: { externalIdentifier: 'schema-7' },
      schemaTypeProperties: { qualifiedName: 'acme::customers.csv::schema', typeName: 'TabularSchemaType' },
    });
    await schemas.setupSchemaTypeParent({
      schemaTypeGUID: g.type,
      parentElementGUID: asset,
      parentElementTypeName: 'DataFile',
    });
    const forAsset = await schemas.getSchemaTypeForElement({
      parentElementGUID: asset,
      parentElementTypeName: 'DataFile',
    });
    expect(forAsset?.elementHeader?.guid).toBe(g.type);
    expect(ctx.getMetadataCorrelationHeader(forAsset ?? {})?.externalIdentifier).toBe('schema-7');
    expect((await schemas.getSchemaTypeParent({ schemaTypeGUID: g.type }))?.guid).toBe(asset);

    g.id = await schemas.createSchemaAttribute({
      schemaElementGUID: g.type,
      schemaAttributeProperties: { qualifiedName: 'acme::customers.csv::id', typeName: 'TabularColumn' },
    });
    g.name = await schemas.createSchemaAttribute({
      schemaElementGUID: g.type,
      schemaAttributeProperties: { qualifiedName: 'acme::customers.csv::name', displayName: 'name' },
    });
    await schemas.updateSchemaAttribute({
      schemaAttributeGUID: g.name,
      isMergeUpdate: true,
      schemaAttributeProperties: { description: 'Full name' },
    });
    expect(guidsOf(await schemas.getNestedAttributes({ parentSchemaElementGUID: g.type }))).toEqual([g.id, g.name]);
    const found = await schemas.findSchemaAttributes({ searchString: '.*::name' });
    expect(found.map((a) => a.schemaAttributeProperties?.description)).toEqual(['Full name']);
    expect(guidsOf(await schemas.getSchemaAttributesByName({ name: 'acme::customers.csv::id' }))).toEqual([g.id]);
    expect((await schemas.getSchemaTypeByGUID({ schemaTypeGUID: g.type }))?.attributeCount).toBe(2);

    await schemas.setupColumnAsPrimaryKey({
      schemaAttributeGUID: g.id,
      primaryKeyName: 'pk_customer',
      primaryKeyPattern: 'NATURAL_KEY',
    });
    const keyed = await schemas.getSchemaAttributeByGUID({ schemaAttributeGUID: g.id });
    // An attribute of a schema type attached to an asset is anchored to the asset, as in Egeria 5.2.
    expect(keyed?.elementHeader?.classifications?.map((c) => c.classificationName)).toEqual(['Anchors', 'PrimaryKey']);
    await schemas.setSchemaElementAsCalculatedValue({ schemaElementGUID: g.name, formula: 'first || last' });
    await schemas.clearSchemaElementAsCalculatedValue({ schemaElementGUID: g.name });
    await schemas.clearColumnAsPrimaryKey({ schemaAttributeGUID: g.id });

    g.copy = await schemas.createSchemaTypeFromTemplate({
      templateGUID: g.type,
      templateProperties: { qualifiedName: 'acme::copy::schema' },
    });
    const copies = await schemas.getSchemaTypeByName({ name: 'acme::copy::schema' });
    expect(copies.map((c) => c.schemaTypeProperties?.typeName)).toEqual(['TabularSchemaType']);
    g.ref = await schemas.createSchemaAttribute({
      schemaElementGUID: g.copy,
      schemaAttributeProperties: { qualifiedName: 'acme::copy::customer-ref' },
    });
    await schemas.setupForeignKeyRelationship({
      primaryKeyGUID: g.id,
      foreignKeyGUID: g.ref,
      foreignKeyProperties: { name: 'fk_customer' },
    });
    await schemas.updateForeignKeyRelationship({
      primaryKeyGUID: g.id,
      foreignKeyGUID: g.ref,
      foreignKeyProperties: { name: 'fk_customer', description: 'who ordered' },
    });
    await schemas.clearForeignKeyRelationship({ primaryKeyGUID: g.id, foreignKeyGUID: g.ref });

    await schemas.removeSchemaAttribute({ schemaAttributeGUID: g.name });
    await schemas.clearSchemaTypeParent({
      schemaTypeGUID: g.type,
      parentElementGUID: asset,
      parentElementTypeName: 'DataFile',
    });
    await schemas.removeSchemaType({ schemaTypeGUID: g.type, externalIdentifier: 'schema-7' });
    expect(await schemas.findSchemaType({ searchString: 'acme::customers.*' })).toEqual([]);
  });
  expect(report.createCounts).toEqual({
    DataFile: 1,
    TabularSchemaType: 1,
    SchemaType: 1,
    TabularColumn: 1,
    SchemaAttribute: 2,
  });
  expect(report.updateCounts).toEqual({ TabularSchemaType: 1, SchemaAttribute: 2, TabularColumn: 1 });
  expect(report.deleteCounts).toEqual({ TabularSchemaType: 1, SchemaAttribute: 1 });
  expect(report.createdElements).toEqual(expect.arrayContaining([g.type, g.id, g.name, g.copy, g.ref]));
});

test('schema element relationships by type name; the server refuses an unknown type', async () => {
  const { context } = await start({ name: 'SchemaLinkConnector' });
  const schemas = context.getSchemaExchangeService();
  const type = await schemas.createSchemaType({ schemaTypeProperties: { qualifiedName: 'links::type' } });
  const attribute = await schemas.createSchemaAttribute({
    schemaElementGUID: type,
    schemaAttributeProperties: { qualifiedName: 'links::attribute' },
  });
  const attributeType = await schemas.createSchemaType({
    schemaTypeProperties: { qualifiedName: 'links::attribute-type', typeName: 'PrimitiveSchemaType' },
  });
  const ends = { endOneGUID: attribute, endTwoGUID: attributeType };
  await schemas.setupSchemaElementRelationship({ ...ends, relationshipName: 'SchemaAttributeType' });
  await schemas.clearSchemaElementRelationship({ ...ends, relationshipName: 'SchemaAttributeType' });
  const refused = await rejectionOf(
    schemas.setupSchemaElementRelationship({ ...ends, relationshipName: 'NoSuchType' }),
  );
  expect((refused as EgeriaError).messageId).toBe('OMAG-COMMON-400-019');
});

test('TO_THIRD_PARTY: schema writes are refused with OMIS-CATALOG-INTEGRATOR-400-003 before anything is sent', async () => {
  const { context } = await start({
    name: 'SchemaPushConnector',
    permittedSynchronization: PermittedSynchronization.TO_THIRD_PARTY,
  });
  const schemas = context.getSchemaExchangeService();
  testbed.proxy.clearRequests();
  const refusal = await rejectionOf(
    schemas.createSchemaType({ schemaTypeProperties: { qualifiedName: 'pushed::schema' } }),
  );
  expect(refusal).toBeInstanceOf(UserNotAuthorizedException);
  expect((refusal as EgeriaError).messageId).toBe('OMIS-CATALOG-INTEGRATOR-400-003');
  expect((refusal as EgeriaError).message).toContain('createSchemaType');
  const refusedKey = await rejectionOf(schemas.setupColumnAsPrimaryKey({ schemaAttributeGUID: 'any' }));
  expect((refusedKey as EgeriaError).messageId).toBe('OMIS-CATALOG-INTEGRATOR-400-003');
  expect(testbed.proxy.requests).toEqual([]);
  expect(await schemas.getSchemaTypeByName({ name: 'pushed::schema' })).toEqual([]);
});

test('the schema, collaboration, governance and infrastructure services can be switched off; the last three hold only the flags', async () => {
  const { context } = await start({
    name: 'NoSchemaConnector',
    serviceOptions: {
      disabledExchangeServices: [
        CATALOG_EXCHANGE_SERVICE_NAMES.schema,
        CATALOG_EXCHANGE_SERVICE_NAMES.collaboration,
        'GovernanceExchangeService',
      ],
    },
  });
  for (const get of [
    () => context.getSchemaExchangeService(),
    () => context.getCollaborationExchangeService(),
    () => context.getGovernanceExchangeService(),
  ]) {
    expect(get).toThrow(expect.objectContaining({ messageId: 'OMIS-CATALOG-INTEGRATOR-400-002' }));
  }
  const infrastructure = context.getInfrastructureExchangeService();
  expect(infrastructure.isForLineage()).toBe(false);
  infrastructure.setForLineage(true);
  infrastructure.setForDuplicateProcessing(true);
  expect([infrastructure.isForLineage(), infrastructure.isForDuplicateProcessing()]).toEqual([true, true]);
  // Each service keeps its own flags.
  expect(context.getDataAssetExchangeService().isForLineage()).toBe(false);

  const open = await start({ name: 'AllServicesConnector' });
  expect(open.context.getCollaborationExchangeService().isForDuplicateProcessing()).toBe(false);
  expect(open.context.getGovernanceExchangeService().isForLineage()).toBe(false);
  expect(open.context.getSchemaExchangeService().isForLineage()).toBe(false);
});
