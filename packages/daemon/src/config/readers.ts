/**
 * Field readers for the configuration document (internal). Each reader checks one value, records a
 * problem when the value is wrong, and returns the converted value or undefined. `null` counts as
 * absent, as it does for Egeria's parser.
 */
import type { EnumValueInfo } from '@egeria-ts/core';
import { parseEnumValue } from '@egeria-ts/core';
import type { DaemonConfigProblem } from './daemon-config-error';
import { describeGot, describeSecret } from './daemon-config-error';

/** A JSON object of the document. */
export type JsonObject = Record<string, unknown>;

/** Collects the problems of one document. */
export class Problems {
  readonly list: DaemonConfigProblem[] = [];

  /** Records a problem; `got` is the found value (described, secrets masked). */
  add(path: string, expected: string, got: unknown, options: { secret?: boolean } = {}): void {
    this.list.push({ path, expected, got: options.secret ? describeSecret(got) : describeGot(got) });
  }
}

/** The value of an own property, or undefined (never a value inherited from the prototype). */
export function own(obj: JsonObject, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

/** True for undefined and null. */
export function isAbsent(value: unknown): value is undefined | null {
  return value === undefined || value === null;
}

/** True for a plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface Presence {
  /** When true, an absent value is a problem. */
  required?: boolean;
  /** What the value should be, for the problem (a reader's own default otherwise). */
  what?: string;
}

function missing(p: Problems, path: string, value: unknown, expected: string, presence: Presence): undefined {
  if (presence.required) p.add(path, expected, value);
  return undefined;
}

/** An object. */
export function readObject(
  p: Problems,
  path: string,
  value: unknown,
  what: string,
  presence: Presence = {},
): JsonObject | undefined {
  if (isAbsent(value)) return missing(p, path, value, what, presence);
  if (isObject(value)) return value;
  p.add(path, what, value);
  return undefined;
}

/** An array; its items are checked by the caller. */
export function readArray(
  p: Problems,
  path: string,
  value: unknown,
  what: string,
  presence: Presence = {},
): unknown[] | undefined {
  if (isAbsent(value)) return missing(p, path, value, what, presence);
  if (Array.isArray(value)) return value;
  p.add(path, what, value);
  return undefined;
}

/** A string that is not blank. */
export function readName(p: Problems, path: string, value: unknown, presence: Presence = {}): string | undefined {
  const expected = presence.what ?? 'a non-empty string';
  if (isAbsent(value)) return missing(p, path, value, expected, presence);
  if (typeof value === 'string' && /\S/.test(value)) return value;
  p.add(path, expected, value);
  return undefined;
}

/** Any string. */
export function readText(p: Problems, path: string, value: unknown): string | undefined {
  if (isAbsent(value)) return undefined;
  if (typeof value === 'string') return value;
  p.add(path, 'a string', value);
  return undefined;
}

/** The form a secret reference must have. Mirrored in the JSON Schema. */
const SECRET = /^(?!\$\{)[\s\S]*$|^\$\{(env|file):[^}]+\}$/;

/** A secret: a string, or a `${env:NAME}` / `${file:PATH}` reference. Never shown in a problem. */
export function readSecret(p: Problems, path: string, value: unknown): string | undefined {
  if (isAbsent(value)) return undefined;
  if (typeof value === 'string' && SECRET.test(value)) return value;
  p.add(path, 'a string, or a reference ${env:NAME} or ${file:PATH}', value, { secret: true });
  return undefined;
}

/** Whole numbers written as strings, as Egeria's parser accepts them. Mirrored in the JSON Schema. */
const WHOLE_NUMBER = /^\s*\d{1,15}\s*$/;

/** A whole number, 0 or more, or a string holding one (`"60"`). */
export function readWholeNumber(
  p: Problems,
  path: string,
  value: unknown,
  what = 'a whole number, 0 or more',
  presence: Presence = {},
): number | undefined {
  if (isAbsent(value)) return missing(p, path, value, what, presence);
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  if (typeof value === 'string' && WHOLE_NUMBER.test(value)) return Number(value);
  p.add(path, what, value);
  return undefined;
}

const PORT = /^\s*\d{1,5}\s*$/;

/** A TCP port, 0 to 65535, or a string holding one. */
export function readPort(p: Problems, path: string, value: unknown): number | undefined {
  const what = 'a port number from 0 to 65535';
  if (isAbsent(value)) return undefined;
  const n = typeof value === 'number' ? value : typeof value === 'string' && PORT.test(value) ? Number(value) : NaN;
  if (Number.isInteger(n) && n >= 0 && n <= 65535) return n;
  p.add(path, what, value);
  return undefined;
}

/** Decimal numbers written as strings. Mirrored in the JSON Schema. */
const DECIMAL = /^\s*\d{1,15}(\.\d{1,15})?\s*$/;

/** A number of at least `min` (0 or 1), or a string holding one (`"0.5"`). */
export function readDecimal(
  p: Problems,
  path: string,
  value: unknown,
  what: string,
  min: 0 | 1 = 0,
): number | undefined {
  if (isAbsent(value)) return undefined;
  const n = typeof value === 'number' ? value : typeof value === 'string' && DECIMAL.test(value) ? Number(value) : NaN;
  if (Number.isFinite(n) && n >= min) return n;
  p.add(path, what, value);
  return undefined;
}

const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);

/** A boolean, or `"true"`/`"false"` (also `True`, `TRUE`, `False`, `FALSE`). */
export function readBoolean(p: Problems, path: string, value: unknown): boolean | undefined {
  if (isAbsent(value)) return undefined;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && TRUE.has(value)) return true;
  if (typeof value === 'string' && FALSE.has(value)) return false;
  p.add(path, 'true or false', value);
  return undefined;
}

/** An Egeria enum value: its exact name or its ordinal. */
export function readEnum<E extends string>(
  p: Problems,
  path: string,
  value: unknown,
  info: Readonly<Record<E, EnumValueInfo>>,
): E | undefined {
  if (isAbsent(value)) return undefined;
  const names = Object.keys(info) as E[];
  if ((typeof value === 'string' && (names as string[]).includes(value)) || typeof value === 'number') {
    const parsed = parseEnumValue(info, value);
    if (parsed !== undefined) return parsed;
  }
  p.add(path, `one of ${names.join(', ')}`, value);
  return undefined;
}

/** Absolute http(s) URLs. Mirrored in the JSON Schema; the URL must also parse. */
const HTTP_URL = /^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s/?#]+([/?#]\S*)?$/;

/** An absolute http(s) URL. */
export function readUrl(p: Problems, path: string, value: unknown, presence: Presence = {}): string | undefined {
  const expected = 'an absolute http(s) URL';
  if (isAbsent(value)) return missing(p, path, value, expected, presence);
  if (typeof value === 'string' && HTTP_URL.test(value)) {
    try {
      new URL(value);
      return value;
    } catch {
      // reported below
    }
  }
  p.add(path, expected, value);
  return undefined;
}

/** A copy of JSON data (a connection, a map of options), so the result shares nothing with the input. */
export function copyJson<T>(p: Problems, path: string, value: T): T | undefined {
  try {
    return JSON.parse(JSON.stringify(value)) as T;
  } catch {
    p.add(path, 'JSON data', value);
    return undefined;
  }
}
