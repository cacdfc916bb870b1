import { createServer } from 'net';
import { ConnectorCheckedException } from '@egeria-ts/core';
import {
  CatalogFilter,
  PostgresCatalogReader,
  type PostgresDatabaseSnapshot,
  type PostgresSchemaSnapshot,
} from '@egeria-ts/example-postgres-database-connector';
import {
  POSTGRES_TEST_ADDRESS,
  POSTGRES_TEST_PASSWORD,
  POSTGRES_TEST_USER,
  createTestDatabase,
  describeWithPostgres,
  dropTestDatabase,
  uniqueDatabaseName,
} from './postgres-test-server';
import { INVENTORY_DATABASE_SQL, SALES_DATABASE_SQL } from './source-fixture';

const sales = uniqueDatabaseName('reader_sales');
const inventory = uniqueDatabaseName('reader_inventory');

function reader(filter?: CatalogFilter, address = POSTGRES_TEST_ADDRESS): PostgresCatalogReader {
  return new PostgresCatalogReader({
    address,
    userId: POSTGRES_TEST_USER,
    ...(POSTGRES_TEST_PASSWORD === undefined ? {} : { clearPassword: POSTGRES_TEST_PASSWORD }),
    ...(filter === undefined ? {} : { filter }),
    connectionTimeoutMillis: 3000,
  });
}

function schema(database: PostgresDatabaseSnapshot, name: string): PostgresSchemaSnapshot {
  const found = database.schemas.find((s) => s.name === name);
  if (found === undefined) throw new Error(`no schema ${name} in ${database.schemas.map((s) => s.name).join(', ')}`);
  return found;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describeWithPostgres('PostgresCatalogReader against a real PostgreSQL', () => {
  beforeAll(async () => {
    await createTestDatabase(sales, SALES_DATABASE_SQL);
    await createTestDatabase(inventory, INVENTORY_DATABASE_SQL);
  });
  afterAll(async () => {
    await dropTestDatabase(sales);
    await dropTestDatabase(inventory);
  });

  it('lists the databases, without templates, with the server version', async () => {
    const { serverVersion, databases } = await reader().listDatabases();
    const names = databases.map((d) => d.name);
    expect(names).toEqual(expect.arrayContaining([sales, inventory, 'postgres']));
    expect(names).not.toContain('template0');
    expect(names).not.toContain('template1');
    expect(serverVersion).toMatch(/^\d+/);
    const listed = databases.find((d) => d.name === sales)!;
    expect(listed.owner).toBe(POSTGRES_TEST_USER);
    expect(listed.encoding).not.toBe('');
  });

  it('applies the database include and exclude lists', async () => {
    const included = await reader(new CatalogFilter({ includeDatabases: [inventory] })).listDatabases();
    expect(included.databases.map((d) => d.name)).toEqual([inventory]);
    const excluded = await reader(new CatalogFilter({ excludeDatabases: [inventory, 'postgres'] })).listDatabases();
    const names = excluded.databases.map((d) => d.name);
    expect(names).toContain(sales);
    expect(names).not.toContain(inventory);
    expect(names).not.toContain('postgres');
  });

  it('reads schemas, tables, views, columns and keys from the catalog views', async () => {
    const database = await reader().readDatabase(sales);
    expect(database.name).toBe(sales);
    expect(database.schemas.map((s) => s.name).sort()).toEqual(['public', 'sales', 'staging']);

    const salesSchema = schema(database, 'sales');
    expect(salesSchema.description).toBe('Sales data');
    expect(salesSchema.tables.map((t) => [t.name, t.kind]).sort()).toEqual([
      ['customers', 'table'],
      ['events', 'partitioned table'],
      ['orders', 'table'],
      ['shipments', 'table'],
    ]);
    expect(salesSchema.views.map((v) => [v.name, v.materialized]).sort()).toEqual([
      ['big_customers', false],
      ['order_counts', true],
    ]);

    const customers = salesSchema.tables.find((t) => t.name === 'customers')!;
    expect(customers.description).toBe('Who buys');
    expect(customers.columns).toEqual([
      {
        name: 'id',
        position: 1,
        dataType: 'integer',
        isNullable: false,
        defaultValue: "nextval('sales.customers_id_seq'::regclass)",
      },
      {
        name: 'name',
        position: 2,
        dataType: 'character varying(80)',
        isNullable: false,
        length: 80,
        description: 'Full name',
      },
      {
        name: 'credit',
        position: 3,
        dataType: 'numeric(10,2)',
        isNullable: true,
        defaultValue: '0',
        precision: 10,
        scale: 2,
      },
      { name: 'created', position: 4, dataType: 'timestamp with time zone', isNullable: true, defaultValue: 'now()' },
    ]);
    expect(customers.primaryKey).toEqual({ name: 'customers_pkey', columnNames: ['id'] });
    expect(customers.foreignKeys).toEqual([]);

    const orders = salesSchema.tables.find((t) => t.name === 'orders')!;
    expect(orders.primaryKey).toEqual({ name: 'orders_pkey', columnNames: ['line_no', 'order_id'] });
    expect(orders.columns.find((c) => c.name === 'code')).toMatchObject({ dataType: 'character(3)', length: 3 });
    expect(orders.foreignKeys).toEqual([
      {
        name: 'orders_customer_id_fkey',
        columnNames: ['customer_id'],
        referencedSchema: 'sales',
        referencedTable: 'customers',
        referencedColumnNames: ['id'],
      },
    ]);
    const shipments = salesSchema.tables.find((t) => t.name === 'shipments')!;
    expect(shipments.foreignKeys).toEqual([
      {
        name: 'shipments_order_fk',
        columnNames: ['line_no', 'order_id'],
        referencedSchema: 'sales',
        referencedTable: 'orders',
        referencedColumnNames: ['line_no', 'order_id'],
      },
    ]);

    const view = salesSchema.views.find((v) => v.name === 'big_customers')!;
    expect(view.description).toBe('Customers with credit');
    expect(view.definition).toMatch(/^SELECT[\s\S]*FROM sales\.customers[\s\S]*credit > 1000/);
    expect(view.columns.map((c) => [c.name, c.dataType])).toEqual([
      ['id', 'integer'],
      ['name', 'character varying(80)'],
    ]);
    const counts = salesSchema.views.find((v) => v.name === 'order_counts')!;
    expect(counts.columns.map((c) => [c.name, c.dataType])).toEqual([
      ['customer_id', 'integer'],
      ['n', 'bigint'],
    ]);

    // A dropped column leaves a gap in the positions, as in information_schema.
    const raw = schema(database, 'staging').tables.find((t) => t.name === 'raw')!;
    expect(raw.columns.map((c) => [c.name, c.position])).toEqual([
      ['payload', 1],
      ['received', 3],
    ]);
    expect(raw.primaryKey).toBeUndefined();
  });

  it('applies the schema and table lists', async () => {
    const bySchema = await reader(new CatalogFilter({ excludeSchemas: [`${sales}.staging`, 'public'] })).readDatabase(
      sales,
    );
    expect(bySchema.schemas.map((s) => s.name)).toEqual(['sales']);

    const byTable = await reader(
      new CatalogFilter({ includeSchemas: ['sales'], includeTables: ['customers', 'sales.big_customers'] }),
    ).readDatabase(sales);
    const only = schema(byTable, 'sales');
    expect(only.tables.map((t) => t.name)).toEqual(['customers']);
    expect(only.views.map((v) => v.name)).toEqual(['big_customers']);

    const excluded = await reader(
      new CatalogFilter({ excludeTables: ['orders', `${sales}.sales.order_counts`] }),
    ).readDatabase(sales);
    const rest = schema(excluded, 'sales');
    expect(rest.tables.map((t) => t.name).sort()).toEqual(['customers', 'events', 'shipments']);
    expect(rest.views.map((v) => v.name)).toEqual(['big_customers']);
  });

  it('reads the whole server, database by database, through the filter', async () => {
    const snapshot = await reader(new CatalogFilter({ includeDatabases: [inventory, sales] })).readServer();
    expect(snapshot.serverKey).toBe(reader().server.serverKey);
    expect(snapshot.databases.map((d) => d.name).sort()).toEqual([inventory, sales].sort());
    const items = schema(
      snapshot.databases.find((d) => d.name === inventory)!,
      'public',
    ).tables[0]!;
    expect(items).toMatchObject({ name: 'items', primaryKey: { name: 'items_pkey', columnNames: ['sku'] } });
    expect(items.columns).toEqual([
      { name: 'sku', position: 1, dataType: 'text', isNullable: false },
      { name: 'quantity', position: 2, dataType: 'integer', isNullable: false, defaultValue: '0' },
    ]);
  });

  it('stops when the signal fires, before or during the read', async () => {
    const before = new AbortController();
    before.abort(new Error('stopped before'));
    await expect(reader().readServer(before.signal)).rejects.toThrow('stopped before');

    const during = new AbortController();
    const read = reader(new CatalogFilter({ includeDatabases: [inventory, sales] })).readServer(during.signal);
    setImmediate(() => during.abort(new Error('stopped during')));
    await expect(read).rejects.toThrow('stopped during');
  });

  it('reports a database that does not exist with a typed error', async () => {
    await expect(reader().readDatabase(`${sales}_missing`)).rejects.toMatchObject({
      name: 'ConnectorCheckedException',
      messageId: 'EGERIA-TS-POSTGRES-503-001',
      exceptionProperties: { sqlState: '3D000' },
    });
  });
});

describe('PostgresCatalogReader without a server', () => {
  it('reports a refused connection with a typed error that never shows the password', async () => {
    const port = await freePort();
    const password = 'never-show-this-p4ssword';
    const noServer = new PostgresCatalogReader({
      address: `postgresql://127.0.0.1:${port}`,
      userId: 'ann',
      clearPassword: password,
      connectionTimeoutMillis: 2000,
    });
    let error: unknown;
    try {
      await noServer.listDatabases();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConnectorCheckedException);
    const e = error as ConnectorCheckedException;
    expect(e.messageId).toBe('EGERIA-TS-POSTGRES-503-001');
    expect(e.message).toContain(`127.0.0.1:${port}`);
    expect(e.message).toContain('ann');
    expect(JSON.stringify(e.toJSON())).not.toContain(password);
    expect(e.message).not.toContain(password);
    expect(JSON.stringify(noServer)).not.toContain(password);
  });

  it('refuses bad options, naming them', () => {
    expect(() => new PostgresCatalogReader({ address: 'h', connectionTimeoutMillis: -1 })).toThrow(
      expect.objectContaining({ parameterName: 'connectionTimeoutMillis' }),
    );
    expect(() => new PostgresCatalogReader({ address: 'h', userId: '' })).toThrow(
      expect.objectContaining({ parameterName: 'userId' }),
    );
  });
});
