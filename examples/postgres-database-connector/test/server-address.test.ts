import { ConfigurationProperties, ConnectionCheckedException, InvalidParameterException } from '@egeria-ts/core';
import { CatalogFilter, parseServerAddress } from '@egeria-ts/example-postgres-database-connector';

describe('parseServerAddress', () => {
  it.each([
    ['127.0.0.1:5432', '127.0.0.1', 5432, undefined, '127.0.0.1:5432'],
    ['DB.Example.COM', 'db.example.com', 5432, undefined, 'db.example.com:5432'],
    ['postgresql://127.0.0.1:6543', '127.0.0.1', 6543, undefined, '127.0.0.1:6543'],
    ['postgres://pg.local/sales', 'pg.local', 5432, 'sales', 'pg.local:5432'],
    ['jdbc:postgresql://pg.local:5433/sales', 'pg.local', 5433, 'sales', 'pg.local:5433'],
    ['[::1]:5432', '::1', 5432, undefined, '[::1]:5432'],
  ])('reads %s', (address, host, port, database, serverKey) => {
    const parsed = parseServerAddress(address);
    expect(parsed).toMatchObject({ host, port, serverKey, sslMode: 'disable' });
    expect(parsed.database).toBe(database);
  });

  it('reads sslmode and credentials in a URL', () => {
    const parsed = parseServerAddress('postgresql://ann:s%40cret@pg.local:5432/db?sslmode=require');
    expect(parsed).toMatchObject({ sslMode: 'require', user: 'ann', password: 's@cret', serverKey: 'pg.local:5432' });
  });

  it.each([
    [undefined, 'missing'],
    ['', 'not a non-empty string'],
    ['mysql://host:3306', 'scheme mysql'],
    ['host:99999', 'port'],
    ['postgresql://host/a/b', 'at most one database'],
    ['postgresql://host?sslmode=sometimes', 'sslmode'],
  ])('refuses %p, naming the field', (address, problem) => {
    let error: unknown;
    try {
      parseServerAddress(address);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConnectionCheckedException);
    const e = error as ConnectionCheckedException;
    expect(e.parameterName).toBe('endpoint.address');
    expect(e.message).toContain(problem);
    expect(e.messageId).toBe('EGERIA-TS-POSTGRES-400-001');
  });

  it('never echoes a password from a bad address', () => {
    expect(() => parseServerAddress('postgresql://u:topsecret@host:notaport')).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('topsecret') }),
    );
  });
});

describe('CatalogFilter', () => {
  it('catalogues everything but system schemas without lists', () => {
    const filter = new CatalogFilter();
    expect(filter.includesDatabase('sales')).toBe(true);
    expect(filter.includesSchema('sales', 'public')).toBe(true);
    for (const schema of ['pg_catalog', 'information_schema', 'pg_toast', 'pg_temp_3', 'pg_toast_temp_3']) {
      expect(filter.includesSchema('sales', schema)).toBe(false);
    }
    expect(filter.includesTable('sales', 'public', 't')).toBe(true);
  });

  it('lets an include list win over the exclude list, and matches every form of a name', () => {
    const filter = new CatalogFilter({
      includeDatabases: ['a'],
      excludeDatabases: ['a'],
      includeSchemas: ['a.s1', 's2'],
      includeTables: ['orders', 's1.items', 'a.s2.parts'],
    });
    expect(filter.includesDatabase('a')).toBe(true);
    expect(filter.includesDatabase('b')).toBe(false);
    expect(filter.includesSchema('a', 's1')).toBe(true);
    expect(filter.includesSchema('b', 's1')).toBe(false);
    expect(filter.includesSchema('b', 's2')).toBe(true);
    expect(filter.includesTable('x', 'y', 'orders')).toBe(true);
    expect(filter.includesTable('x', 's1', 'items')).toBe(true);
    expect(filter.includesTable('x', 's2', 'items')).toBe(false);
    expect(filter.includesTable('a', 's2', 'parts')).toBe(true);
    expect(filter.includesTable('b', 's2', 'parts')).toBe(false);
  });

  it('excludes an element when any form of its name is excluded; an empty include list includes nothing', () => {
    const filter = new CatalogFilter({
      excludeSchemas: ['a.staging'],
      excludeTables: ['tmp', 'public.log'],
      includeDatabases: [],
    });
    expect(filter.includesSchema('a', 'staging')).toBe(false);
    expect(filter.includesSchema('b', 'staging')).toBe(true);
    expect(filter.includesTable('a', 'x', 'tmp')).toBe(false);
    expect(filter.includesTable('a', 'public', 'log')).toBe(false);
    expect(filter.includesTable('a', 'other', 'log')).toBe(true);
    expect(filter.includesDatabase('a')).toBe(false);
  });

  it('reads its lists from configuration properties, as arrays or comma-separated strings', () => {
    const filter = CatalogFilter.fromConfiguration(
      new ConfigurationProperties({ includeDatabases: 'a, b', excludeTables: ['t1', 't2'], other: 1 }),
    );
    expect(filter.lists).toEqual({ includeDatabases: ['a', 'b'], excludeTables: ['t1', 't2'] });
    expect(() =>
      CatalogFilter.fromConfiguration(new ConfigurationProperties({ excludeSchemas: { not: 'a list' } })),
    ).toThrow(InvalidParameterException);
  });
});
