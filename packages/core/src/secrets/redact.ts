import { EgeriaError } from '../errors/egeria-error';
import { REDACTED, isSecretKey } from './secret-keys';
import { redactString } from './redact-string';

/** How deep the redaction step follows nested objects; deeper values become `[Truncated]`. */
const MAX_DEPTH = 32;
const CIRCULAR = '[Circular]';
const TRUNCATED = '[Truncated]';

/** An error as the redaction step renders it: a plain object with its FFDC fields, secrets removed. */
export interface RedactedError {
  /** The error's class name. */
  name: string;
  /** The error's message, redacted. */
  message: string;
  /** Egeria's message id, for egeria-ts errors. */
  messageId?: string;
  /** The HTTP status Egeria relates to the error. */
  relatedHTTPCode?: number;
  /** The message inserts. */
  parameters?: readonly string[];
  /** What the system did. */
  systemAction?: string;
  /** What the caller should do. */
  userAction?: string;
  /** The operation that failed. */
  actionDescription?: string;
  /** The class name of the underlying exception, as reported by a server. */
  exceptionCausedBy?: string;
  /** Extra detail reported with the error. */
  exceptionProperties?: Readonly<Record<string, unknown>>;
  /** The stack trace, when asked for. */
  stack?: string;
  /** The cause, rendered the same way. */
  cause?: unknown;
  /** The errors of an `AggregateError`. */
  errors?: readonly unknown[];
  /** Other simple fields of the error, such as `code` or `errno`. */
  [field: string]: unknown;
}

interface RedactOptions {
  readonly includeStack: boolean;
}

/**
 * The redaction step that every logged object passes. Returns a redacted deep copy of the value
 * (the input is never changed), ready for `JSON.stringify`:
 * - the value under any secret key (see `SECRET_KEY_NAMES`: `clearPassword`, `encryptedPassword`,
 *   `securedProperties`, `password`, tokens, `apiKey`, `Authorization`..., matched
 *   case-insensitively) becomes `***`;
 * - every string has registered secret values, URL passwords, `Authorization`/`Bearer`/`Basic`
 *   credentials and `key=value` secrets replaced with `***`;
 * - errors become plain objects with name, message, FFDC fields and their cause chain;
 * - cycles become `[Circular]`, dates ISO strings, maps objects, sets arrays, functions and
 *   binary data short descriptions.
 * @param value - anything
 */
export function redact(value: unknown): unknown {
  return redactValue(value, new Set(), 0, { includeStack: false });
}

/**
 * Renders an error (or any thrown value) for a log: an {@link RedactedError} for an `Error`,
 * `{ name, message }` for anything else. Never throws.
 * @param error - the thrown value
 * @param includeStack - whether to keep the (redacted) stack traces
 */
export function redactError(error: unknown, includeStack = false): RedactedError {
  const options = { includeStack };
  if (isError(error)) return redactValue(error, new Set(), 0, options) as RedactedError;
  if (typeof error === 'string') return { name: 'Error', message: redactString(error) };
  return { name: typeof error, message: safeText(redactValue(error, new Set(), 0, options)) };
}

function safeText(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function isError(value: unknown): value is Error {
  return (
    value instanceof Error ||
    EgeriaError.isEgeriaError(value) ||
    Object.prototype.toString.call(value) === '[object Error]'
  );
}

function mask(value: unknown): unknown {
  return value === undefined || value === null ? value : REDACTED;
}

function setField(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function read(source: object, key: string): unknown {
  try {
    return (source as Record<string, unknown>)[key];
  } catch {
    return '[Unreadable]';
  }
}

function redactValue(value: unknown, ancestors: Set<object>, depth: number, options: RedactOptions): unknown {
  switch (typeof value) {
    case 'string':
      return redactString(value);
    case 'number':
    case 'boolean':
    case 'undefined':
      return value;
    case 'bigint':
      return value.toString();
    case 'symbol':
      return redactString(value.toString());
    case 'function':
      return value.name ? `[Function ${value.name}]` : '[Function]';
  }
  if (value === null) return null;
  const obj = value as object;
  if (ancestors.has(obj)) return CIRCULAR;
  if (depth >= MAX_DEPTH) return TRUNCATED;
  if (obj instanceof Date) return Number.isNaN(obj.getTime()) ? 'Invalid Date' : obj.toISOString();
  if (obj instanceof URL || obj instanceof RegExp) return redactString(String(obj));
  if (ArrayBuffer.isView(obj)) return `[${obj.constructor.name} ${obj.byteLength} bytes]`;
  if (obj instanceof ArrayBuffer) return `[ArrayBuffer ${obj.byteLength} bytes]`;
  ancestors.add(obj);
  try {
    const next = (v: unknown): unknown => redactValue(v, ancestors, depth + 1, options);
    if (isError(obj)) return redactErrorObject(obj, next, options);
    if (Array.isArray(obj)) return obj.map(next);
    if (obj instanceof Set) return [...obj].map(next);
    if (obj instanceof Map || Object.prototype.toString.call(obj) === '[object Headers]') {
      return redactEntries((obj as Map<unknown, unknown>).entries(), next);
    }
    const toJSON = read(obj, 'toJSON');
    if (typeof toJSON === 'function') {
      let json: unknown;
      try {
        json = (toJSON as () => unknown).call(obj);
      } catch {
        json = '[Unserializable]';
      }
      if (json !== obj) return next(json);
    }
    return redactEntries(
      Object.keys(obj).map((k) => [k, read(obj, k)] as const),
      next,
    );
  } finally {
    ancestors.delete(obj);
  }
}

function redactEntries(entries: Iterable<readonly [unknown, unknown]>, next: (v: unknown) => unknown): unknown {
  const out: Record<string, unknown> = {};
  for (const [rawKey, v] of entries) {
    const key = typeof rawKey === 'string' ? rawKey : String(next(rawKey));
    setField(out, redactString(key), isSecretKey(key) ? mask(v) : next(v));
  }
  return out;
}

const EGERIA_FIELDS = [
  'messageId',
  'relatedHTTPCode',
  'parameters',
  'systemAction',
  'userAction',
  'actionDescription',
  'exceptionCausedBy',
  'exceptionProperties',
] as const;

function redactErrorObject(error: Error, next: (v: unknown) => unknown, options: RedactOptions): RedactedError {
  const name = read(error, 'name');
  const message = read(error, 'message');
  const out: RedactedError = {
    name: typeof name === 'string' && name !== '' ? redactString(name) : 'Error',
    message: typeof message === 'string' ? redactString(message) : safeText(next(message)),
  };
  const skip = new Set<string>(['name', 'message', 'stack', 'cause', 'errors']);
  if (EgeriaError.isEgeriaError(error)) {
    for (const field of EGERIA_FIELDS) {
      skip.add(field);
      const v = read(error, field);
      if (v !== undefined) setField(out, field, next(v));
    }
  }
  // Other simple fields (code, errno, syscall, status...); nested objects such as an HTTP
  // library's request or config are left out.
  for (const key of Object.keys(error)) {
    if (skip.has(key)) continue;
    const v = read(error, key);
    if (v === undefined || (typeof v === 'object' && v !== null) || typeof v === 'function') continue;
    setField(out, redactString(key), isSecretKey(key) ? mask(v) : next(v));
  }
  if (options.includeStack) {
    const stack = read(error, 'stack');
    if (typeof stack === 'string') out.stack = redactString(stack);
  }
  const cause = read(error, 'cause');
  if (cause !== undefined) out.cause = next(cause);
  const errors = read(error, 'errors');
  if (Array.isArray(errors)) out.errors = errors.map(next);
  return out;
}
