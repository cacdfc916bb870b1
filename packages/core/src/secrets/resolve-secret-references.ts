import type { Connection } from '../connection/connection';
import { ConnectionCheckedException, InvalidParameterException } from '../errors/exceptions';
import { registerConnectionSecrets } from './redact-connection';
import { registerSecret } from './secret-registry';
import type { SecretReferenceOptions } from './secret-reference';
import { resolveReferencesIn, wrongType } from './secret-reference';

/** Options of {@link resolveSecretReferences}. */
export interface ResolveSecretReferencesOptions extends SecretReferenceOptions {
  /**
   * More fields that may hold references, as dotted paths from the connection, such as
   * `endpoint.address` or `configurationProperties.apiToken`; they apply to embedded connections
   * too. In these fields only the values that came from references are treated as secrets.
   */
  readonly fields?: readonly string[];
}

type Plain = Record<string, unknown>;

function isRecord(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPlainContainer(value: unknown): value is Plain | unknown[] {
  if (Array.isArray(value)) return true;
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function clone(value: unknown, copies: Map<object, unknown>): unknown {
  if (!isPlainContainer(value)) return value;
  const known = copies.get(value);
  if (known !== undefined) return known;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    copies.set(value, out);
    for (const item of value) out.push(clone(item, copies));
    return out;
  }
  const out: Plain = {};
  copies.set(value, out);
  for (const key of Object.keys(value)) {
    Object.defineProperty(out, key, {
      value: clone(value[key], copies),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/**
 * Resolves the secret references of a connection. Each secret field (`clearPassword`,
 * `encryptedPassword`, each `securedProperties` value, and the fields named in `options.fields`),
 * in the connection and in its embedded connections, may be written `${env:NAME}` (an environment
 * variable) or `${file:PATH}` (the content of a file, trailing newline removed; a relative path is
 * resolved against `options.baseDir`). The secret values, resolved or written plainly (and a
 * password inside `endpoint.address`), are registered with the redaction step.
 * @param connection - the connection; it is not changed
 * @param options - where references are resolved from, and which other fields may hold them
 * @returns a copy of the connection with the references replaced by their values
 * @throws ConnectionCheckedException when a reference names an environment variable that is not
 *   set or a file that cannot be read, or a secret field holds something other than a string; the
 *   error names the field and the reference, never a secret value
 */
export async function resolveSecretReferences<T extends Connection>(
  connection: T,
  options: ResolveSecretReferencesOptions = {},
): Promise<T> {
  if (!isRecord(connection)) {
    throw new InvalidParameterException('The connection whose secret references are to be resolved is missing', {
      messageId: 'EGERIA-TS-CORE-400-035',
      parameters: ['connection'],
      exceptionProperties: { parameterName: 'connection' },
    });
  }
  const fields = (options.fields ?? []).map((field, index) => {
    const steps = typeof field === 'string' ? field.split('.') : [];
    if (steps.length === 0 || steps.some((s) => s === '')) {
      throw new InvalidParameterException(`fields[${index}] must be a dotted path such as endpoint.address`, {
        messageId: 'EGERIA-TS-CORE-400-036',
        parameters: [`fields[${index}]`],
        exceptionProperties: { parameterName: `fields[${index}]` },
      });
    }
    return steps;
  });
  const copy = clone(connection, new Map()) as T;
  await resolveConnection(copy, '', fields, options, new Set());
  registerConnectionSecrets(copy);
  return copy;
}

async function resolveSecretField(
  holder: Plain,
  key: string,
  field: string,
  options: SecretReferenceOptions,
): Promise<void> {
  const value = holder[key];
  if (value === undefined || value === null) return;
  if (typeof value !== 'string') throw wrongType(ConnectionCheckedException, field, 'a string', value);
  const resolved = await resolveReferencesIn(value, field, options, ConnectionCheckedException);
  registerSecret(resolved.value);
  holder[key] = resolved.value;
}

async function resolveConnection(
  connection: Plain,
  prefix: string,
  fields: readonly string[][],
  options: SecretReferenceOptions,
  seen: Set<object>,
): Promise<void> {
  if (seen.has(connection)) return;
  seen.add(connection);
  await resolveSecretField(connection, 'clearPassword', `${prefix}clearPassword`, options);
  await resolveSecretField(connection, 'encryptedPassword', `${prefix}encryptedPassword`, options);
  const secured = connection['securedProperties'];
  if (isRecord(secured)) {
    for (const key of Object.keys(secured)) {
      await resolveSecretField(secured, key, `${prefix}securedProperties.${key}`, options);
    }
  } else if (secured !== undefined && secured !== null) {
    throw wrongType(ConnectionCheckedException, `${prefix}securedProperties`, 'a map of strings', secured);
  }
  for (const steps of fields) {
    let holder: unknown = connection;
    for (const step of steps.slice(0, -1)) holder = isRecord(holder) ? holder[step] : undefined;
    const last = steps[steps.length - 1];
    if (!isRecord(holder) || typeof holder[last] !== 'string') continue;
    const field = `${prefix}${steps.join('.')}`;
    const resolved = await resolveReferencesIn(holder[last] as string, field, options, ConnectionCheckedException);
    holder[last] = resolved.value;
  }
  const embedded = connection['embeddedConnections'];
  if (Array.isArray(embedded)) {
    for (const [index, item] of embedded.entries()) {
      if (isRecord(item) && isRecord(item['embeddedConnection'])) {
        const nested = `${prefix}embeddedConnections[${index}].embeddedConnection.`;
        await resolveConnection(item['embeddedConnection'], nested, fields, options, seen);
      }
    }
  }
}
