/**
 * One tolerant reader for every event bean: a bean is described as a table of its fields and their
 * kinds, and read in one pass. Unknown fields are ignored, null and missing fields are left out,
 * dates are read from ISO strings or epoch milliseconds, and a field of the wrong kind throws a
 * {@link FieldError} whose path names the field (`principleElement.type.typeName`).
 */
import { describeValue } from '@egeria-ts/core';

/** A field whose value is not of the expected kind. The path is built while the error unwinds. */
export class FieldError extends Error {
  constructor(
    public path: string,
    readonly expected: string,
    readonly value: unknown,
  ) {
    super(`${path}: expected ${expected}, got ${describeValue(value)}`);
  }
}

/** Reads one field value (never null or undefined) or throws a {@link FieldError} with an empty path. */
export type ValueReader = (value: unknown) => unknown;

/** A bean described as its fields, in the order they are read. */
export interface BeanSpec {
  readonly fields: ReadonlyArray<readonly [name: string, reader: ValueReader]>;
}

function fail(expected: string, value: unknown): never {
  throw new FieldError('', expected, value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function prefix(error: unknown, segment: string): never {
  if (error instanceof FieldError) {
    error.path =
      error.path === '' ? segment : error.path.startsWith('[') ? segment + error.path : `${segment}.${error.path}`;
  }
  throw error;
}

/** Reads a bean's fields into a new object. */
export function readBean(spec: BeanSpec, raw: unknown): Record<string, unknown> {
  if (!isPlainObject(raw)) fail('an object', raw);
  const out: Record<string, unknown> = {};
  const fields = spec.fields;
  for (let i = 0; i < fields.length; i++) {
    const name = fields[i][0];
    const value = raw[name];
    if (value === undefined || value === null) continue;
    try {
      out[name] = fields[i][1](value);
    } catch (error) {
      prefix(error, name);
    }
  }
  return out;
}

/** A reader for a nested bean. */
export function bean(spec: BeanSpec): ValueReader {
  return (value) => readBean(spec, value);
}

/** A reader for a list of values, each read by `item`; null items are dropped. */
export function listOf(item: ValueReader, expected: string): ValueReader {
  return (value) => {
    if (!Array.isArray(value)) fail(expected, value);
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      const entry: unknown = value[i];
      if (entry === undefined || entry === null) continue;
      try {
        out.push(item(entry));
      } catch (error) {
        prefix(error, `[${i}]`);
      }
    }
    return out;
  };
}

/** A string. */
export const readString: ValueReader = (value) => (typeof value === 'string' ? value : fail('a string', value));

/** A whole number (Java `long`/`int`), also from a string of digits. */
export const readLong: ValueReader = (value) => {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value);
  return fail('a whole number', value);
};

/** A boolean, also from the strings `true` / `false`. */
export const readBoolean: ValueReader = (value) => {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const s = value.trim().toLowerCase();
    if (s === 'true') return true;
    if (s === 'false') return false;
  }
  return fail('a boolean', value);
};

/** A date, from epoch milliseconds (number or digits) or an ISO-8601 string. */
export const readDate: ValueReader = (value) => {
  let time = NaN;
  if (typeof value === 'number') time = value;
  else if (typeof value === 'string') time = /^-?\d+$/.test(value.trim()) ? Number(value) : Date.parse(value);
  else if (value instanceof Date) time = value.getTime();
  if (!Number.isFinite(time)) fail('a date (ISO-8601 or epoch milliseconds)', value);
  return new Date(time);
};

/** A list of strings. */
export const readStringList: ValueReader = listOf(readString, 'a list of strings');

/** A map of property names to values (Java `Map<String, Object>`). */
export const readPropertyMap: ValueReader = (value) => (isPlainObject(value) ? value : fail('an object', value));

/**
 * A reader for an enum sent by name (any case) or by code, mapping unknown names and codes to
 * `unknown`. Values of other kinds are errors.
 */
export function enumReader(codes: Readonly<Record<string, number>>, unknown: string): ValueReader {
  const byName = new Map<string, string>();
  const byCode = new Map<number, string>();
  for (const [name, code] of Object.entries(codes)) {
    byName.set(name, name);
    byCode.set(code, name);
  }
  return (value) => {
    if (typeof value === 'string') return byName.get(value) ?? byName.get(value.trim().toUpperCase()) ?? unknown;
    if (typeof value === 'number') return byCode.get(value) ?? unknown;
    return fail('an event type name or code', value);
  };
}

/** A reader for a `class` discriminator that must be absent or equal to `expected` (one of them, for a list). */
export function classReader(expected: string | readonly string[] | undefined): ValueReader {
  const allowed = expected === undefined ? undefined : typeof expected === 'string' ? [expected] : expected;
  return (value) => {
    if (typeof value !== 'string') fail('a string', value);
    if (allowed !== undefined && !allowed.includes(value)) fail(allowed.map((c) => `"${c}"`).join(' or '), value);
    return value;
  };
}
