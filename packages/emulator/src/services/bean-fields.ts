/**
 * Reading and writing Egeria properties beans: unknown fields dropped, JSON kinds checked as
 * Jackson checks them (a mismatch is Spring's 400), dates kept as epoch milliseconds and written
 * as ISO strings, Java primitives written with their defaults.
 */
import { BEAN_FIELD_TABLE, ENUM_VALUES } from './bean-field-table';
import { badRequest } from '../server/spring-errors';
import { formatJavaDate, parseJavaDate } from '../util/dates';
import type { JsonObject } from '../server/binding';

interface FieldSpec {
  readonly kind: string;
  readonly enumName?: string;
  readonly defaultValue?: number | boolean;
}

const PARSED = new Map<string, ReadonlyMap<string, FieldSpec>>();

/** The fields of a properties bean. */
export function beanFields(className: string): ReadonlyMap<string, FieldSpec> {
  let fields = PARSED.get(className);
  if (fields !== undefined) return fields;
  const spec = BEAN_FIELD_TABLE[className];
  if (spec === undefined) throw new Error(`No field table for ${className}`);
  const map = new Map<string, FieldSpec>();
  for (const token of spec.split(' ')) {
    const [name, rest] = token.split(/:(.*)/s);
    const [kindPart, defaultText] = rest.split('=');
    const [kind, enumName] = kindPart.split(':');
    let defaultValue: number | boolean | undefined;
    if (defaultText !== undefined) defaultValue = kind === 'b' ? defaultText === 'true' : Number(defaultText);
    map.set(name, { kind, enumName, defaultValue });
  }
  fields = map;
  PARSED.set(className, fields);
  return fields;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function convert(className: string, field: string, spec: FieldSpec, value: unknown): unknown {
  const fail = () => badRequest(`Cannot deserialize ${className}.${field} from ${JSON.stringify(value)}`);
  switch (spec.kind) {
    case 's':
      if (typeof value === 'string') return value;
      if (typeof value === 'number' || typeof value === 'boolean') return String(value);
      throw fail();
    case 'd':
      try {
        return parseJavaDate(value);
      } catch {
        throw fail();
      }
    case 'i':
      if (typeof value === 'number' && Number.isFinite(value)) return Math.trunc(value);
      if (typeof value === 'string' && /^[+-]?\d+$/.test(value.trim())) return Number(value.trim());
      throw fail();
    case 'b':
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'false') return value === 'true';
      throw fail();
    case 'ms': {
      if (!isObject(value)) throw fail();
      const out: Record<string, string> = {};
      for (const [k, v] of Object.entries(value)) {
        if (v === null || v === undefined) continue;
        if (typeof v === 'object') throw fail();
        out[k] = String(v);
      }
      return out;
    }
    case 'mo':
    case 'o':
      if (!isObject(value)) throw fail();
      return value;
    case 'ls':
      if (!Array.isArray(value)) throw fail();
      return value.map((v) => {
        if (typeof v === 'object' && v !== null) throw fail();
        return v === null ? v : String(v);
      });
    case 'lo':
      if (!Array.isArray(value)) throw fail();
      return value;
    case 'e': {
      const values = ENUM_VALUES[spec.enumName ?? ''] ?? [];
      if (typeof value !== 'string' || !values.includes(value)) throw fail();
      return value;
    }
    default:
      return value;
  }
}

/**
 * Reads a properties bean sent by a client into stored form: known fields only, nulls dropped,
 * values converted (dates to epoch milliseconds).
 * @param className - the properties bean's class, such as `DatabaseTableProperties`
 * @param raw - the JSON object received
 */
export function readBean(className: string, raw: JsonObject | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (raw === undefined) return out;
  for (const [field, spec] of beanFields(className)) {
    const value = raw[field];
    if (value === null || value === undefined) continue;
    out[field] = convert(className, field, spec, value);
  }
  return out;
}

/**
 * Writes stored properties as a bean: `class`, primitive defaults, stored values (dates as ISO).
 * @param className - the bean's class
 * @param stored - stored values (fields of other beans are left out)
 * @param withClass - false for beans that carry no type information
 */
export function writeBean(className: string, stored: Readonly<Record<string, unknown>>, withClass = true): JsonObject {
  const out: JsonObject = withClass ? { class: className } : {};
  for (const [field, spec] of beanFields(className)) {
    const value = stored[field];
    if (value === undefined || value === null) {
      if (spec.defaultValue !== undefined) out[field] = spec.defaultValue;
      continue;
    }
    out[field] = spec.kind === 'd' && typeof value === 'number' ? formatJavaDate(value) : value;
  }
  return out;
}
