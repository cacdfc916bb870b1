import { InvalidParameterException } from '@egeria-ts/core';
import {
  CatalogView,
  EmulatorCatalog,
  runConnector,
  startTestEmulator,
  type ConnectorRun,
  type TestEmulator,
} from '@egeria-ts/testing';
import { SourceDatabaseConnector } from './support/source-database-connector';

const SOURCE = 'query-db-server';
const OTHER = 'other-db-server';

let emulator: TestEmulator;
let run: ConnectorRun<SourceDatabaseConnector>;
let other: ConnectorRun<SourceDatabaseConnector>;

beforeAll(async () => {
  emulator = await startTestEmulator({ serverName: 'query-mds' });
  run = await runConnector(SourceDatabaseConnector, { emulator, metadataSourceQualifiedName: SOURCE });
  other = await runConnector(SourceDatabaseConnector, {
    emulator,
    metadataSourceQualifiedName: OTHER,
    configurationProperties: { qualifiedNamePrefix: 'other' },
    create: () =>
      new SourceDatabaseConnector([
        { name: 'hr', schemas: [{ name: 'people', tables: [{ name: 'person', columns: [] }] }] },
      ]),
  });
});

afterAll(async () => {
  await emulator.close(); // stops both runs first
  expect(run.running).toBe(false);
  expect(other.running).toBe(false);
});

describe('catalog queries on a test emulator', () => {
  it('finds elements by type, with subtypes by default, and their properties', async () => {
    const databases = await emulator.elementsOfType('Database');
    expect(databases.map((d) => d.qualifiedName).sort()).toEqual(['other:memory/hr', 'src:memory/shop']);
    const shop = databases.find((d) => d.qualifiedName === 'src:memory/shop');
    expect(shop?.properties).toEqual({
      qualifiedName: 'src:memory/shop',
      name: 'shop',
      resourceDescription: 'The shop database',
    });
    expect(shop?.superTypeNames).toContain('Asset');

    const assets = await emulator.elementsOfType('Asset');
    expect(assets.map((a) => a.typeName).sort()).toEqual([
      'Database',
      'Database',
      'DeployedDatabaseSchema',
      'DeployedDatabaseSchema',
    ]);
    expect(await emulator.elementsOfType('Asset', { includeSubtypes: false })).toEqual([]);
  });

  it('finds an element by qualified name, with its classifications', async () => {
    const id = await emulator.elementByQualifiedName('src:memory/shop.sales.customer.id');
    expect(id?.typeName).toBe('RelationalColumn');
    expect(id?.properties).toMatchObject({ dataType: 'integer', displayName: 'id' });
    const schema = await emulator.elementByQualifiedName('src:memory/shop.sales');
    // A column is anchored to the database schema its table belongs to, as in Egeria 5.2.
    expect(id?.classifications).toEqual([
      {
        classificationName: 'Anchors',
        properties: { anchorGUID: schema?.guid, anchorTypeName: 'DeployedDatabaseSchema', anchorDomainName: 'Asset' },
      },
      { classificationName: 'PrimaryKey', properties: { name: 'pk_customer', keyPattern: 'LOCAL_KEY' } },
    ]);
    expect(id?.metadataSourceQualifiedName).toBe(SOURCE);
    expect(await emulator.elementByQualifiedName('no such element')).toBeUndefined();
  });

  it('lists the relationships of an element, by GUID or qualified name, filtered by type and end', async () => {
    const table = 'src:memory/shop.sales.order';
    const nested = await emulator.relationshipsOf(table, { typeName: 'NestedSchemaAttribute' });
    expect(nested.map((r) => r.end2.qualifiedName).sort()).toEqual([
      `${table}.customer_id`,
      `${table}.id`,
      `${table}.total`,
    ]);
    const all = await emulator.relationshipsOf(table);
    expect(all.map((r) => r.typeName).sort()).toEqual([
      'AttributeForSchema',
      'NestedSchemaAttribute',
      'NestedSchemaAttribute',
      'NestedSchemaAttribute',
    ]);
    const element = await emulator.elementByQualifiedName(table);
    expect(await emulator.relationshipsOf({ guid: element!.guid }, { end: 1 })).toHaveLength(3);
    expect(await emulator.relationshipsOf({ qualifiedName: table }, { end: 2 })).toHaveLength(1);

    const foreignKeys = await emulator.relationshipsOf('src:memory/shop.sales.customer.id', { typeName: 'ForeignKey' });
    expect(foreignKeys).toHaveLength(1);
    expect(foreignKeys[0]?.end2.qualifiedName).toBe('src:memory/shop.sales.order.customer_id');
    expect(await emulator.relationshipsOf('no such element')).toEqual([]);
  });

  it('lists what each metadata source owns', async () => {
    const owned = await emulator.elementsOwnedBy(SOURCE);
    expect(owned).toHaveLength(10);
    expect(owned.every((e) => e.metadataSourceQualifiedName === SOURCE && e.properties !== undefined)).toBe(true);
    const others = await emulator.elementsOwnedBy(OTHER);
    expect(others.map((e) => e.qualifiedName).sort()).toEqual([
      'SchemaOf:other:memory/hr.people',
      'other:memory/hr',
      'other:memory/hr.people',
      'other:memory/hr.people.person',
    ]);
    // The metadata source itself belongs to the server (local cohort).
    const manager = await emulator.elementByQualifiedName(SOURCE);
    expect(manager?.typeName).toBe('DatabaseManager');
    expect(manager?.origin.originCategory).toBe('LOCAL_COHORT');
    expect(await emulator.elementsOwnedBy('nobody')).toEqual([]);
  });

  it('reads the whole catalog as a view, and sees a change as soon as the refresh that made it returns', async () => {
    const before = await emulator.readCatalog();
    expect(before).toBeInstanceOf(CatalogView);
    expect(before.relationshipsOwnedBy(SOURCE).length).toBeGreaterThan(0);
    expect(before.relatedElements('src:memory/shop', { typeName: 'DataContentForDataSet' })[0]?.qualifiedName).toBe(
      'src:memory/shop.sales',
    );

    other.connector.source = [{ name: 'hr', schemas: [{ name: 'people', tables: [{ name: 'team', columns: [] }] }] }];
    await other.refresh();
    const after = await emulator.readCatalog({ withProperties: false });
    expect(after.elementByQualifiedName('other:memory/hr.people.person')).toBeUndefined();
    expect(after.elementByQualifiedName('other:memory/hr.people.team')).toBeDefined();
    expect(after.elementByQualifiedName('other:memory/hr.people.team')?.properties).toBeUndefined();
    expect(after.relationshipsOf('other:memory/hr.people.person')).toEqual([]);
  });

  it('works through a separate EmulatorCatalog too, and checks its options', async () => {
    const catalog = new EmulatorCatalog({ url: emulator.url, serverName: emulator.serverName });
    try {
      expect((await catalog.elementsOfType('Database')).length).toBe(2);
    } finally {
      await catalog.close();
    }
    expect(() => new EmulatorCatalog({ url: '', serverName: 'x' })).toThrow(InvalidParameterException);
    await expect(emulator.elementsOfType('')).rejects.toMatchObject({ parameterName: 'typeName' });
  });

  it('reports an unreadable out topic with a typed error', async () => {
    const catalog = new EmulatorCatalog({ url: emulator.url, serverName: 'not-this-server' });
    try {
      await expect(catalog.readCatalog()).rejects.toMatchObject({
        name: 'PropertyServerException',
        messageId: 'EGERIA-TS-TESTING-500-008',
      });
    } finally {
      await catalog.close();
    }
  });
});
