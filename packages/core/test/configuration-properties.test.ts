import { ConfigurationProperties, InvalidParameterException } from '@egeria-ts/core';

describe('ConfigurationProperties', () => {
  const props = new ConfigurationProperties(
    {
      name: 'orders',
      port: '5432',
      retries: 3,
      ratio: '0.5',
      enabled: 'FALSE',
      flag: true,
      list: 'a, b ,,c',
      array: ['x', 'y'],
      nothing: null,
      bad: { nested: true },
    },
    'connector1',
  );

  it('reads typed values, accepting strings as Egeria samples write them', () => {
    expect(props.getString('name')).toBe('orders');
    expect(props.getString('port')).toBe('5432');
    expect(props.getNumber('port')).toBe(5432);
    expect(props.getInteger('retries')).toBe(3);
    expect(props.getNumber('ratio')).toBe(0.5);
    expect(props.getBoolean('enabled')).toBe(false);
    expect(props.getBoolean('flag')).toBe(true);
    expect(props.getStringList('list')).toEqual(['a', 'b', 'c']);
    expect(props.getStringList('array')).toEqual(['x', 'y']);
  });

  it('returns defaults for missing and null properties', () => {
    expect(props.getString('missing')).toBeUndefined();
    expect(props.getString('missing', 'd')).toBe('d');
    expect(props.getNumber('nothing', 7)).toBe(7);
    expect(props.getBoolean('missing', true)).toBe(true);
    expect(props.getStringList('missing', [])).toEqual([]);
    expect(props.has('nothing')).toBe(false);
    expect(props.names()).not.toContain('nothing');
  });

  it('throws a typed error naming the property and the bad value', () => {
    expect(() => props.getNumber('name')).toThrow(InvalidParameterException);
    expect(() => props.getNumber('name')).toThrow('connector1.name: expected a number, got "orders"');
    expect(() => props.getBoolean('port')).toThrow('connector1.port: expected a boolean, got "5432"');
    expect(() => props.getInteger('ratio')).toThrow('expected a whole number');
    expect(() => props.getString('bad')).toThrow('connector1.bad: expected a string, got {"nested":true}');
    try {
      props.getStringList('bad');
      throw new Error('not thrown');
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidParameterException);
      expect((e as InvalidParameterException).parameterName).toBe('bad');
    }
    expect(() => props.requireString('missing')).toThrow('connector1.missing: expected a string, got nothing');
  });
});
