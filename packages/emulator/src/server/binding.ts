/**
 * Request binding with Spring MVC's and Jackson's rules: required query parameters, Spring's type
 * conversion for `int` and `boolean`, and the `class` discriminator Jackson needs for beans that
 * carry `@JsonTypeInfo`. Anything Spring would reject becomes a {@link SpringError} (HTTP 400).
 */
import { badRequest } from './spring-errors';
import { parseJavaDate } from '../util/dates';

/** A JSON object. */
export type JsonObject = Record<string, unknown>;

/** The parts of a request a handler reads. */
export interface BoundRequest {
  /** Decoded path variables. */
  readonly params: Readonly<Record<string, string>>;
  /** The query string. */
  readonly query: URLSearchParams;
  /** The bound request body, or undefined when there was none. */
  readonly body: JsonObject | undefined;
  /** The declared query parameters, converted as Spring converts them. */
  readonly q: Readonly<Record<string, QueryValue>>;
  /** Request headers (lower-case names). */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The raw request path, without the query string. */
  readonly path: string;
}

/** A converted query parameter value. */
export type QueryValue = number | boolean | string | undefined;

/** A query parameter a resource method declares. */
export interface QueryParamSpec {
  /** The parameter name. */
  readonly name: string;
  /** The Java type. */
  readonly type: 'int' | 'boolean' | 'date' | 'string';
  /** Spring's `required` (true unless `required = false` or a default value is declared). */
  readonly required: boolean;
  /** Spring's `defaultValue`, converted. */
  readonly defaultValue?: number | boolean;
}

/** Binds declared query parameters with Spring's rules. */
export function bindQuery(
  req: Pick<BoundRequest, 'query'>,
  specs: readonly QueryParamSpec[],
): Record<string, QueryValue> {
  const out: Record<string, QueryValue> = {};
  for (const spec of specs) {
    switch (spec.type) {
      case 'int':
        out[spec.name] = intParam(
          req,
          spec.name,
          spec.required ? undefined : typeof spec.defaultValue === 'number' ? spec.defaultValue : 0,
        );
        break;
      case 'boolean':
        out[spec.name] =
          spec.defaultValue === true && req.query.get(spec.name) === null
            ? true
            : boolParam(req, spec.name, spec.required);
        break;
      case 'date':
        out[spec.name] = dateParam(req, spec.name);
        break;
      case 'string': {
        const value = stringParam(req, spec.name);
        if (value === undefined && spec.required) {
          throw badRequest(`Required request parameter '${spec.name}' for method parameter type String is not present`);
        }
        out[spec.name] = value;
        break;
      }
    }
  }
  return out;
}

/** What kind of value a bean field holds, for Jackson's type checks. */
export type FieldKind = 'string' | 'date' | 'int' | 'boolean' | 'stringMap' | 'map' | 'stringList' | 'list' | 'object';

/** The shape of a request bean, as far as the emulator checks it. */
export interface BeanSpec {
  /** The Java simple class name. */
  readonly name: string;
  /** When the bean carries `@JsonTypeInfo`, the `class` values Jackson resolves to it or a subtype. */
  readonly acceptedClasses?: readonly string[];
  /** Fields whose type is checked. */
  readonly fields?: Readonly<Record<string, FieldKind | BeanSpec>>;
}

/** Spring's conversion of a query value to `int` (decimal or hex, surrounding blanks ignored). */
function parseSpringInt(raw: string): number | undefined {
  const text = raw.trim();
  let value: number;
  if (/^[+-]?\d+$/.test(text)) value = Number(text);
  else if (/^[+-]?(0x|0X|#)[0-9a-fA-F]+$/.test(text)) {
    const negative = text.startsWith('-');
    value = parseInt(text.replace(/^[+-]/, '').replace(/^(0x|0X|#)/, ''), 16) * (negative ? -1 : 1);
  } else return undefined;
  if (!Number.isSafeInteger(value) || value > 2147483647 || value < -2147483648) return undefined;
  return value;
}

/**
 * Reads an `int` query parameter.
 * @param req - the request
 * @param name - the parameter name
 * @param defaultValue - used when absent; when undefined the parameter is required (Spring's 400 if missing)
 */
export function intParam(req: Pick<BoundRequest, 'query'>, name: string, defaultValue?: number): number {
  const raw = req.query.get(name);
  if (raw === null || raw.trim() === '') {
    if (defaultValue !== undefined) return defaultValue;
    throw badRequest(`Required request parameter '${name}' for method parameter type int is not present`);
  }
  const value = parseSpringInt(raw);
  if (value === undefined) throw badRequest(`Failed to convert value of parameter '${name}' to int: ${raw}`);
  return value;
}

/**
 * Reads a `boolean` query parameter with Spring's converter (true/false, on/off, yes/no, 1/0).
 * @param req - the request
 * @param name - the parameter name
 * @param required - true for a required parameter (Spring's 400 if missing); otherwise absent is false
 */
export function boolParam(req: Pick<BoundRequest, 'query'>, name: string, required = false): boolean {
  const raw = req.query.get(name);
  if (raw === null || raw.trim() === '') {
    if (required && raw === null) {
      throw badRequest(`Required request parameter '${name}' for method parameter type boolean is not present`);
    }
    return false;
  }
  const text = raw.trim().toLowerCase();
  if (['true', 'on', 'yes', '1'].includes(text)) return true;
  if (['false', 'off', 'no', '0'].includes(text)) return false;
  throw badRequest(`Failed to convert value of parameter '${name}' to boolean: ${raw}`);
}

/** Reads an optional date query parameter (epoch milliseconds or ISO-8601). */
export function dateParam(req: Pick<BoundRequest, 'query'>, name: string): number | undefined {
  const raw = req.query.get(name);
  if (raw === null || raw.trim() === '') return undefined;
  try {
    return parseJavaDate(raw);
  } catch {
    throw badRequest(`Failed to convert value of parameter '${name}' to Date: ${raw}`);
  }
}

/** Reads an optional string query parameter. */
export function stringParam(req: Pick<BoundRequest, 'query'>, name: string): string | undefined {
  const raw = req.query.get(name);
  return raw === null ? undefined : raw;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkField(owner: string, field: string, kind: FieldKind, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  const fail = () => badRequest(`Cannot deserialize field ${owner}.${field} from ${JSON.stringify(value)}`);
  switch (kind) {
    case 'string':
      // Jackson coerces scalars to String.
      if (typeof value === 'string') return value;
      if (typeof value === 'number' || typeof value === 'boolean') return String(value);
      throw fail();
    case 'date':
      try {
        return parseJavaDate(value);
      } catch {
        throw fail();
      }
    case 'int':
      if (typeof value === 'number' && Number.isFinite(value)) return Math.trunc(value);
      if (typeof value === 'string' && parseSpringInt(value) !== undefined) return parseSpringInt(value);
      throw fail();
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'false') return value === 'true';
      throw fail();
    case 'stringMap': {
      if (!isObject(value)) throw fail();
      const out: Record<string, string> = {};
      for (const [k, v] of Object.entries(value)) {
        if (v === null || v === undefined) continue;
        if (typeof v === 'object') throw fail();
        out[k] = String(v);
      }
      return out;
    }
    case 'map':
      if (!isObject(value)) throw fail();
      return value;
    case 'stringList': {
      // ACCEPT_SINGLE_VALUE_AS_ARRAY is off on the platform: a list must be an array.
      if (!Array.isArray(value)) throw fail();
      return value.map((v) => {
        if (v === null) return v;
        if (typeof v === 'object') throw fail();
        return String(v);
      });
    }
    case 'list':
      if (!Array.isArray(value)) throw fail();
      return value;
    case 'object':
      if (!isObject(value)) throw fail();
      return value;
  }
}

/**
 * Binds a JSON value to a bean as Jackson would: an object is required, the `class` discriminator
 * must name an acceptable class when the bean is polymorphic, and checked fields must have the
 * right JSON type. Unknown fields are kept (and ignored by whoever reads the bean).
 * @param spec - the bean's shape
 * @param value - the parsed JSON
 * @param where - the JSON path, for the log
 */
export function bindBean(spec: BeanSpec, value: unknown, where = spec.name): JsonObject {
  if (!isObject(value)) throw badRequest(`Cannot construct ${spec.name} at ${where} from ${typeof value}`);
  if (spec.acceptedClasses !== undefined) {
    const cls = value['class'];
    if (typeof cls !== 'string') {
      throw badRequest(`Missing type id when trying to resolve subtype of ${spec.name}: missing property 'class'`);
    }
    if (!spec.acceptedClasses.includes(cls)) {
      throw badRequest(`Could not resolve type id '${cls}' as a subtype of ${spec.name}`);
    }
  }
  const out: JsonObject = { ...value };
  for (const [field, kind] of Object.entries(spec.fields ?? {})) {
    if (!(field in value)) continue;
    const fieldValue = value[field];
    if (typeof kind === 'string') out[field] = checkField(spec.name, field, kind, fieldValue);
    else if (fieldValue !== null && fieldValue !== undefined) {
      out[field] = bindBean(kind, fieldValue, `${where}.${field}`);
    }
  }
  return out;
}
