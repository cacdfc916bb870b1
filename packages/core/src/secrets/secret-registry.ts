import { REDACTED } from './secret-keys';

/** Values shorter than this are not registered: replacing them everywhere would mangle logs. */
export const MINIMUM_SECRET_LENGTH = 4;

interface SecretRegistry {
  readonly values: Set<string>;
  pattern: RegExp | null;
}

// Kept on the global object so that duplicate installs of this package share one registry.
const REGISTRY_KEY = Symbol.for('@egeria-ts/core:secretRegistry');

function registry(): SecretRegistry {
  const holder = globalThis as unknown as Record<symbol, SecretRegistry | undefined>;
  let found = holder[REGISTRY_KEY];
  if (!found) {
    found = { values: new Set<string>(), pattern: null };
    Object.defineProperty(holder, REGISTRY_KEY, { value: found, enumerable: false });
  }
  return found;
}

function add(reg: SecretRegistry, value: string): void {
  if (value.length < MINIMUM_SECRET_LENGTH || reg.values.has(value)) return;
  reg.values.add(value);
  reg.pattern = null;
}

/**
 * Tells the redaction step about a secret value, so that it is replaced with `***` wherever it
 * appears inside any logged string (as it is, trimmed, percent-encoded, or escaped as in JSON).
 * Values shorter than 4 characters, and anything that is not a string, are ignored.
 * @param value - the secret
 */
export function registerSecret(value: string): void {
  if (typeof value !== 'string') return;
  const reg = registry();
  add(reg, value);
  add(reg, value.trim());
  add(reg, encodeURIComponent(value));
  add(reg, JSON.stringify(value).slice(1, -1));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Replaces every registered secret inside the text. */
export function scrubRegisteredSecrets(text: string): string {
  const reg = registry();
  if (reg.values.size === 0) return text;
  if (!reg.pattern) {
    // Longest first, so that a secret containing another one is replaced whole.
    const sorted = [...reg.values].sort((a, b) => b.length - a.length).map(escapeRegExp);
    reg.pattern = new RegExp(sorted.join('|'), 'g');
  }
  return text.replace(reg.pattern, REDACTED);
}
