import { randomBytes } from 'crypto';
import {
  ConnectorCheckedException,
  InMemoryAuditLogDestination,
  PermittedSynchronization,
  defaultConnectorRegistry,
  isIntegrationConnectorDefinition,
  type Connection,
  type ConfigurationPropertyMap,
} from '@egeria-ts/core';
import { databaseIntegratorService, type DatabaseIntegratorContext } from '@egeria-ts/database-integrator';
import { startEmulator, type RunningEmulator } from '@egeria-ts/emulator';
import {
  POSTGRES_DATABASE_CONNECTOR_ALIAS,
  POSTGRES_DATABASE_CONNECTOR_NAME,
  PostgresDatabaseConnector,
  parseServerAddress,
  postgresQualifiedName,
} from '@egeria-ts/example-postgres-database-connector';
import { runConnector, writesIn, type RunningConnector } from './connector-harness';
import {
  POSTGRES_TEST_ADDRESS,
  POSTGRES_TEST_PASSWORD,
  POSTGRES_TEST_USER,
  createTestDatabase,
  describeWithPostgres,
  dropTestDatabase,
  runSql,
  uniqueDatabaseName,
} from './postgres-test-server';
import { startRequestCounter, type RequestCounter } from './request-counter';
import { INVENTORY_DATABASE_SQL, SALES_DATABASE_SQL } from './source-fixture';

const SERVER_NAME = 'mds1';
const SOURCE = 'PostgreSQL Server:egeria-ts-example-test';
const SECRET_ENV = 'EGERIA_TS_POSTGRES_EXAMPLE_TEST_PASSWORD';
// Trust authentication never asks for it; a real password is used when the test server needs one.
const SECRET = POSTGRES_TEST_PASSWORD ?? `never-log-${randomBytes(8).toString('hex')}`;
const serverKey = parseServerAddress(POSTGRES_TEST_ADDRESS).serverKey;
const sales = uniqueDatabaseName('conn_sales');
const inventory = uniqueDatabaseName('conn_inventory');
const local = uniqueDatabaseName('conn_local');
const interrupted = uniqueDatabaseName('conn_abort');
const qn = (...parts: string[]): string => postgresQualifiedName(serverKey, ...parts);

function connection(configurationProperties: ConfigurationPropertyMap, address = POSTGRES_TEST_ADDRESS): Connection {
  return {
    class: 'Connection',
    qualifiedName: 'postgres-example-test:connection',
    connectorType: { class: 'ConnectorType', connectorProviderClassName: POSTGRES_DATABASE_CONNECTOR_ALIAS },
    endpoint: { class: 'Endpoint', address: `postgresql://${address}` },
    userId: POSTGRES_TEST_USER,
    clearPassword: `\${env:${SECRET_ENV}}`,
    configurationProperties,
  };
}

async function column(context: DatabaseIntegratorContext, ...parts: string[]) {
  const found = await context.getDatabaseColumnsByName({ name: qn(...parts) });
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('PostgresDatabaseConnector registration', () => {
  it('registers under its name and its Java-style alias, with typed configuration properties', () => {
    const byName = defaultConnectorRegistry.resolve(POSTGRES_DATABASE_CONNECTOR_NAME);
    const byAlias = defaultConnectorRegistry.resolve(POSTGRES_DATABASE_CONNECTOR_ALIAS);
    expect(byName?.connectorClass).toBe(PostgresDatabaseConnector);
    expect(byAlias?.connectorClass).toBe(PostgresDatabaseConnector);
    const definition = byName?.definition;
    expect(isIntegrationConnectorDefinition(definition)).toBe(true);
    if (!isIntegrationConnectorDefinition(definition)) return;
    expect(definition.serviceURLMarker).toBe('database-integrator');
    expect(definition.refreshTimeInterval).toBe(60);
    for (const name of [
      'includeDatabases',
      'excludeDatabases',
      'includeSchemas',
      'excludeSchemas',
      'includeTables',
      'excludeTables',
    ]) {
      expect(definition.configurationProperties[name]?.type).toBe('stringList');
    }
    expect(definition.configurationProperties['excludeDatabases']?.defaultValue).toEqual(['postgres']);
  });
});

describeWithPostgres('PostgresDatabaseConnector end to end (real PostgreSQL, emulator)', () => {
  let emulator: RunningEmulator;
  let counter: RequestCounter;
  const audit = new InMemoryAuditLogDestination();
  const started: RunningConnector[] = [];

  async function start(
    configurationProperties: ConfigurationPropertyMap,
    options: { metadataSourceQualifiedName?: string; address?: string } = { metadataSourceQualifiedName: SOURCE },
  ): Promise<RunningConnector> {
    const running = await runConnector({
      platformRootURL: counter.url,
      serverName: SERVER_NAME,
      connection: connection(configurationProperties, options.address),
      ...(options.metadataSourceQualifiedName === undefined
        ? {}
        : { metadataSourceQualifiedName: options.metadataSourceQualifiedName }),
      audit,
    });
    started.push(running);
    return running;
  }

  beforeAll(async () => {
    process.env[SECRET_ENV] = SECRET;
    await Promise.all([
      createTestDatabase(sales, SALES_DATABASE_SQL),
      createTestDatabase(inventory, INVENTORY_DATABASE_SQL),
      createTestDatabase(local, INVENTORY_DATABASE_SQL),
      createTestDatabase(interrupted, SALES_DATABASE_SQL),
    ]);
    emulator = await startEmulator({ port: 0, serverName: SERVER_NAME });
    counter = await startRequestCounter(emulator.url);
  });

  afterAll(async () => {
    for (const running of started) {
      if (running.connector.isActive()) await running.stop().catch(() => undefined);
    }
    await databaseIntegratorService.close?.();
    await counter?.close();
    await emulator?.close();
    delete process.env[SECRET_ENV];
    await Promise.all([sales, inventory, local, interrupted].map((name) => dropTestDatabase(name)));
  });

  let main: RunningConnector;

  it('catalogs every database, schema, table, view, column and key on the first refresh', async () => {
    main = await start({ includeDatabases: [sales, inventory] });
    const before = counter.writes().length;
    const report = await main.refresh();

    // 9 tables and views (the partition is not one), 22 columns; 3 foreign key column pairs, 5 primary key columns.
    expect(report.createCounts).toEqual({
      Database: 2,
      DeployedDatabaseSchema: 4,
      RelationalTable: 9,
      RelationalColumn: 22,
    });
    expect(main.connector.lastRefresh).toEqual({
      databases: 2,
      failedDatabases: [],
      created: 2 + 4 + 9 + 22 + 3,
      updated: 5,
      removed: 0,
    });
    expect(counter.writes().length - before).toBe(45);

    const context = main.context;
    const [database] = await context.getDatabasesByName({ name: qn(sales) });
    expect(database?.databaseProperties).toMatchObject({
      qualifiedName: qn(sales),
      name: sales,
      deployedImplementationType: 'PostgreSQL Relational Database',
      databaseInstance: serverKey,
    });
    expect(database?.elementHeader.origin?.homeMetadataCollectionName).toBe(SOURCE);
    const schemas = await context.getSchemasForDatabase({ databaseGUID: database!.elementHeader.guid });
    expect(schemas.map((s) => s.databaseSchemaProperties?.name).sort()).toEqual(['public', 'sales', 'staging']);
    expect(await context.getDatabaseTablesByName({ name: qn(sales, 'sales', 'events_2024') })).toEqual([]);

    const name = await column(context, sales, 'sales', 'customers', 'name');
    expect(name.databaseColumnProperties).toMatchObject({
      displayName: 'name',
      description: 'Full name',
      dataType: 'character varying(80)',
      isNullable: false,
      elementPosition: 2,
      length: 80,
    });
    const credit = await column(context, sales, 'sales', 'customers', 'credit');
    expect(credit.databaseColumnProperties).toMatchObject({ precision: 2, significantDigits: 8, defaultValue: '0' });
    const id = await column(context, sales, 'sales', 'customers', 'id');
    expect(id.primaryKeyProperties).toMatchObject({ name: 'customers_pkey' });
    const customerId = await column(context, sales, 'sales', 'orders', 'customer_id');
    expect(customerId.foreignKeyProperties).toMatchObject({ name: 'orders_customer_id_fkey' });
    expect(customerId.referencedColumnGUID).toBe(id.elementHeader.guid);
    const lineNo = await column(context, sales, 'sales', 'shipments', 'line_no');
    expect(lineNo.referencedColumnQualifiedName).toBe(qn(sales, 'sales', 'orders', 'line_no'));
    expect((await column(context, sales, 'sales', 'orders', 'order_id')).primaryKeyProperties?.name).toBe(
      'orders_pkey',
    );

    const [view] = await context.getDatabaseViewsByName({ name: qn(sales, 'sales', 'big_customers') });
    expect(view?.databaseViewProperties?.formula).toMatch(/credit > 1000/);
    expect(view?.databaseViewProperties?.description).toBe('Customers with credit');
  });

  it('sends no writes on a second refresh when nothing changed', async () => {
    const before = counter.requests.length;
    const writesBefore = counter.writes().length;
    const report = await main.refresh();
    expect(writesIn(report)).toBe(0);
    expect(main.connector.lastRefresh).toMatchObject({ databases: 2, created: 0, updated: 0, removed: 0 });
    expect(counter.writes().length).toBe(writesBefore);
    expect(counter.requests.length).toBeGreaterThan(before); // it did read the catalog
  });

  it('after ALTER, CREATE and DROP in the source, changes exactly that on the next refresh', async () => {
    await runSql(
      sales,
      `ALTER TABLE sales.customers ADD COLUMN email text;
       COMMENT ON TABLE sales.customers IS 'Buyers';
       DROP VIEW sales.big_customers;
       CREATE TABLE sales.returns (id integer PRIMARY KEY, reason text);
       ALTER TABLE sales.shipments DROP CONSTRAINT shipments_order_fk;
       ALTER TABLE staging.raw ALTER COLUMN payload SET NOT NULL;`,
    );
    await dropTestDatabase(inventory);
    const before = counter.writes().length;
    const report = await main.refresh();

    expect(main.connector.lastRefresh).toEqual({
      databases: 1,
      failedDatabases: [],
      created: 4, // email; returns with its two columns
      updated: 3, // the customers comment; payload NOT NULL; the primary key of returns
      removed: 5, // the view; the two column pairs of the dropped foreign key; the other database and its schema
    });
    expect(counter.writes().length - before).toBe(12);
    expect(report.createCounts).toEqual({ RelationalTable: 1, RelationalColumn: 3 });
    expect(report.deleteCounts).toEqual({ RelationalTable: 1, DeployedDatabaseSchema: 1, Database: 1 });

    const context = main.context;
    expect((await column(context, sales, 'sales', 'customers', 'email')).databaseColumnProperties).toMatchObject({
      dataType: 'text',
      elementPosition: 5,
    });
    const [customers] = await context.getDatabaseTablesByName({ name: qn(sales, 'sales', 'customers') });
    expect(customers?.databaseTableProperties?.description).toBe('Buyers');
    expect(await context.getDatabaseViewsByName({ name: qn(sales, 'sales', 'big_customers') })).toEqual([]);
    expect(await context.getDatabaseColumnsByName({ name: qn(sales, 'sales', 'big_customers', 'id') })).toEqual([]);
    expect((await column(context, sales, 'sales', 'shipments', 'line_no')).referencedColumnGUID).toBeUndefined();
    expect((await column(context, sales, 'sales', 'returns', 'id')).primaryKeyProperties?.name).toBe('returns_pkey');
    expect((await column(context, sales, 'staging', 'raw', 'payload')).databaseColumnProperties?.isNullable).toBe(
      false,
    );
    expect(await context.getDatabasesByName({ name: qn(inventory) })).toEqual([]);
    expect(await context.getDatabaseTablesByName({ name: qn(inventory, 'public', 'items') })).toEqual([]);

    const again = await main.refresh();
    expect(writesIn(again)).toBe(0);
    expect(counter.writes().length - before).toBe(12);
  });

  it('catalogs only what the include and exclude lists let through, and removes what they newly exclude', async () => {
    await main.stop();
    main = await start({
      includeDatabases: [sales],
      excludeSchemas: ['staging'],
      excludeTables: ['sales.orders', 'audit_log'],
    });
    await main.refresh();
    expect(main.connector.lastRefresh).toMatchObject({ created: 0, updated: 0, removed: 3 });
    const context = main.context;
    const [database] = await context.getDatabasesByName({ name: qn(sales) });
    const schemas = await context.getSchemasForDatabase({ databaseGUID: database!.elementHeader.guid });
    expect(schemas.map((s) => s.databaseSchemaProperties?.name).sort()).toEqual(['public', 'sales']);
    expect(await context.getDatabaseTablesByName({ name: qn(sales, 'sales', 'orders') })).toEqual([]);
    expect(await context.getDatabaseTablesByName({ name: qn(sales, 'public', 'audit_log') })).toEqual([]);
    expect(await context.getDatabaseTablesByName({ name: qn(sales, 'sales', 'shipments') })).toHaveLength(1);
    expect(writesIn(await main.refresh())).toBe(0);
  });

  it('leaves alone the elements that another metadata source owns, with or without its own metadata source', async () => {
    const other = await databaseIntegratorService.createContext({
      context: {
        userId: 'othernpa',
        connectorId: 'other',
        connectorName: 'other',
        metadataSourceQualifiedName: 'another-catalogue',
        permittedSynchronization: PermittedSynchronization.FROM_THIRD_PARTY,
        auditLog: {
          component: 'other',
          logMessage: () => undefined,
          logException: () => undefined,
          createChild() {
            return this;
          },
        },
      },
      partner: { platformRootURL: emulator.url, serverName: SERVER_NAME },
    });
    const ghostGUID = await other.createDatabase({ databaseProperties: { qualifiedName: qn('ghost'), name: 'ghost' } });
    await other.disconnect();

    expect(writesIn(await main.refresh())).toBe(0);

    // A connector without a metadata source finds every database under its prefix by search, and
    // may only remove the local-cohort ones it made.
    const unowned = await start({ includeDatabases: [local] }, {});
    await unowned.refresh();
    expect(unowned.connector.lastRefresh).toMatchObject({ databases: 1, removed: 0 });
    expect((await unowned.context.getDatabaseByGUID({ guid: ghostGUID })).databaseProperties?.name).toBe('ghost');
    expect(await unowned.context.getDatabasesByName({ name: qn(sales) })).toHaveLength(1);
    const [made] = await unowned.context.getDatabasesByName({ name: qn(local) });
    expect(made?.elementHeader.origin?.originCategory).toBe('LOCAL_COHORT');
    expect(writesIn(await unowned.refresh())).toBe(0);
    await unowned.stop();
  });

  it('stops between elements when the signal fires, and the next refresh completes the catalog', async () => {
    const running = await start(
      { includeDatabases: [interrupted] },
      { metadataSourceQualifiedName: `${SOURCE}:abort` },
    );
    const controller = new AbortController();
    let seen = 0;
    counter.onWrite(() => {
      if (++seen === 3) controller.abort(new Error('refresh cancelled by the test'));
    });
    const before = counter.writes().length;
    await expect(running.refresh(controller.signal)).rejects.toThrow('refresh cancelled by the test');
    counter.onWrite(undefined);
    expect(counter.writes().length - before).toBe(3);

    await running.refresh();
    expect(running.connector.lastRefresh).toMatchObject({ databases: 1, removed: 0 });
    expect(running.connector.lastRefresh!.created).toBeGreaterThan(30);
    expect(
      await running.context.getDatabaseColumnsByName({ name: qn(interrupted, 'sales', 'customers', 'id') }),
    ).toHaveLength(1);
    expect(writesIn(await running.refresh())).toBe(0);
    await running.stop();
  });

  it('fails a refresh with a typed error when PostgreSQL cannot be reached, and never logs the secret', async () => {
    const running = await start({}, { metadataSourceQualifiedName: SOURCE, address: '127.0.0.1:1' });
    const error = await running.refresh().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorCheckedException);
    expect((error as ConnectorCheckedException).messageId).toBe('EGERIA-TS-POSTGRES-503-001');
    expect(JSON.stringify((error as ConnectorCheckedException).toJSON())).not.toContain(SECRET);
    await running.stop();

    expect(audit.withMessageId('EGERIA-TS-POSTGRES-0002').length).toBeGreaterThan(5);
    const everything = JSON.stringify(audit.records);
    expect(everything).toContain(`catalogued 1 database(s) of PostgreSQL server ${serverKey}`);
    expect(everything).not.toContain(SECRET);
  });
});
