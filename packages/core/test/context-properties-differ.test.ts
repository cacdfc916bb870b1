import { propertiesDiffer } from '@egeria-ts/core';

describe('propertiesDiffer', () => {
  it('is false for the same values, whatever the order of the keys of a map', () => {
    expect(
      propertiesDiffer(
        { qualifiedName: 'a', additionalProperties: { x: '1', y: '2' } },
        { additionalProperties: { y: '2', x: '1' }, qualifiedName: 'a' },
      ),
    ).toBe(false);
  });

  it('is true when a value, an array element or a map entry differs', () => {
    expect(propertiesDiffer({ name: 'a' }, { name: 'b' })).toBe(true);
    expect(propertiesDiffer({ tags: ['a', 'b'] }, { tags: ['b', 'a'] })).toBe(true);
    expect(propertiesDiffer({ additionalProperties: { x: '1' } }, { additionalProperties: { x: '2' } })).toBe(true);
    expect(propertiesDiffer({ name: 'a' }, {})).toBe(true);
    expect(propertiesDiffer({}, { name: 'a' })).toBe(true);
  });

  it('counts undefined, null, the empty string, an empty array and an empty map as not set', () => {
    const unset = { a: undefined, b: null, c: '', d: [], e: {}, f: { g: null, h: '' } };
    expect(propertiesDiffer(unset, {})).toBe(false);
    expect(propertiesDiffer({}, unset)).toBe(false);
    expect(propertiesDiffer(null, undefined)).toBe(false);
    expect(propertiesDiffer({ m: { k: 'v', empty: '' } }, { m: { k: 'v' } })).toBe(false);
  });

  it('keeps 0 and false as values unless alsoAbsent names them', () => {
    expect(propertiesDiffer({ length: 0 }, {})).toBe(true);
    expect(propertiesDiffer({ length: 0 }, {}, undefined, { alsoAbsent: [0] })).toBe(false);
    expect(propertiesDiffer({ m: { n: 0 } }, {}, undefined, { alsoAbsent: [0] })).toBe(false);
    expect(propertiesDiffer({ isDeprecated: false }, {}, undefined, { alsoAbsent: [0] })).toBe(true);
    expect(propertiesDiffer({ isDeprecated: false, length: 0 }, {}, undefined, { alsoAbsent: [0, false] })).toBe(false);
    expect(propertiesDiffer({ length: 3 }, {}, undefined, { alsoAbsent: [0] })).toBe(true);
  });

  it('compares only the named properties', () => {
    const desired = { qualifiedName: 'a', name: 'n' };
    const current = { qualifiedName: 'a', name: 'n', owner: 'someone else' };
    expect(propertiesDiffer(desired, current)).toBe(true);
    expect(propertiesDiffer(desired, current, ['qualifiedName', 'name'])).toBe(false);
    expect(propertiesDiffer(desired, { ...current, name: 'changed' }, ['qualifiedName', 'name'])).toBe(true);
    expect(propertiesDiffer(desired, { qualifiedName: 'b' }, [])).toBe(false);
  });

  it('compares dates by their time', () => {
    expect(propertiesDiffer({ t: new Date(1000) }, { t: new Date(1000) })).toBe(false);
    expect(propertiesDiffer({ t: new Date(1000) }, { t: new Date(2000) })).toBe(true);
  });

  it('compares a Date with the epoch milliseconds or date text Egeria answers, by its time', () => {
    const when = new Date('2024-05-01T10:00:00.000Z');
    expect(propertiesDiffer({ createTime: when }, { createTime: when.getTime() })).toBe(false);
    expect(propertiesDiffer({ createTime: when }, { createTime: '2024-05-01T10:00:00.000+00:00' })).toBe(false);
    expect(propertiesDiffer({ createTime: when.getTime() }, { createTime: when })).toBe(false);
    expect(propertiesDiffer({ createTime: when }, { createTime: when.getTime() + 1 })).toBe(true);
    expect(propertiesDiffer({ createTime: when }, { createTime: 'not a date' })).toBe(true);
    expect(propertiesDiffer({ createTime: when }, {})).toBe(true);
    expect(propertiesDiffer({ createTime: new Date(Number.NaN) }, { createTime: new Date(Number.NaN) })).toBe(true);
  });
});
