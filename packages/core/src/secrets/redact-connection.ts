import type { Connection } from '../connection/connection';
import { redact } from './redact';
import { REDACTED } from './secret-keys';
import { registerSecret } from './secret-registry';
import { hasSecretReference } from './secret-reference';

const SIMPLE_SECRET_FIELDS = ['clearPassword', 'encryptedPassword'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A copy of a connection without its secret values, for status answers and logs:
 * `clearPassword` and `encryptedPassword` become `***`, each `securedProperties` value becomes
 * `***` (the property names stay, so one can see what is set), embedded connections are treated
 * the same, and everything else passes the redaction step (see {@link redact}).
 * The input is not changed.
 * @param connection - the connection
 */
export function redactConnection(connection: Connection): Connection {
  return redactConnectionAt(connection, new Set()) as Connection;
}

function redactConnectionAt(connection: unknown, seen: Set<object>): unknown {
  if (!isRecord(connection) || seen.has(connection)) return redact(connection);
  seen.add(connection);
  const rest: Record<string, unknown> = {};
  for (const key of Object.keys(connection)) {
    if (key === 'securedProperties' || key === 'embeddedConnections') continue;
    if ((SIMPLE_SECRET_FIELDS as readonly string[]).includes(key)) continue;
    Object.defineProperty(rest, key, { value: connection[key], enumerable: true, writable: true, configurable: true });
  }
  const out = redact(rest) as Record<string, unknown>;
  for (const field of SIMPLE_SECRET_FIELDS) {
    const v = connection[field];
    if (v !== undefined) out[field] = v === null ? null : REDACTED;
  }
  const secured = connection['securedProperties'];
  if (isRecord(secured)) {
    const masked: Record<string, unknown> = {};
    for (const key of Object.keys(secured)) {
      Object.defineProperty(masked, redact(key) as string, {
        value: secured[key] === null ? null : REDACTED,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    out['securedProperties'] = masked;
  } else if (secured !== undefined) {
    out['securedProperties'] = secured === null ? null : REDACTED;
  }
  const embedded = connection['embeddedConnections'];
  if (Array.isArray(embedded)) {
    out['embeddedConnections'] = embedded.map((item: unknown) => {
      if (!isRecord(item)) return redact(item);
      const { embeddedConnection, ...others } = item;
      const copy = redact(others) as Record<string, unknown>;
      if (embeddedConnection !== undefined) copy['embeddedConnection'] = redactConnectionAt(embeddedConnection, seen);
      return copy;
    });
  } else if (embedded !== undefined) {
    out['embeddedConnections'] = redact(embedded);
  }
  seen.delete(connection);
  return out;
}

/**
 * Registers the secret values of a connection (`clearPassword`, `encryptedPassword`, each
 * `securedProperties` value, a password inside `endpoint.address`, and those of its embedded
 * connections) with the redaction step, so
 * that they never appear in a logged string. Call it when a connection is loaded; values that are
 * still `${env:...}`/`${file:...}` references are skipped (the references are not secrets).
 * @param connection - the connection
 */
export function registerConnectionSecrets(connection: Connection): void {
  registerAt(connection, new Set());
}

function registerValue(value: unknown): void {
  if (typeof value === 'string' && !hasSecretReference(value)) registerSecret(value);
}

/** A password written into a URL (`scheme://user:password@host`) is a secret too. */
function registerUrlPassword(address: unknown): void {
  if (typeof address !== 'string' || !address.includes('@') || hasSecretReference(address)) return;
  try {
    const password = new URL(address).password;
    if (password === '') return;
    registerSecret(password);
    registerSecret(decodeURIComponent(password));
  } catch {
    // Not a URL: nothing to take from it.
  }
}

function registerAt(connection: unknown, seen: Set<object>): void {
  if (!isRecord(connection) || seen.has(connection)) return;
  seen.add(connection);
  for (const field of SIMPLE_SECRET_FIELDS) registerValue(connection[field]);
  const secured = connection['securedProperties'];
  if (isRecord(secured)) for (const key of Object.keys(secured)) registerValue(secured[key]);
  const endpoint = connection['endpoint'];
  if (isRecord(endpoint)) registerUrlPassword(endpoint['address']);
  const embedded = connection['embeddedConnections'];
  if (Array.isArray(embedded)) {
    for (const item of embedded) if (isRecord(item)) registerAt(item['embeddedConnection'], seen);
  }
}
