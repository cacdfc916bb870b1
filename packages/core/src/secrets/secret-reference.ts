import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { EgeriaError } from '../errors/egeria-error';
import { InvalidParameterException } from '../errors/exceptions';
import { SecretMessages } from './secret-messages';
import { registerSecret } from './secret-registry';

/** Where secret references are resolved from. */
export interface SecretReferenceOptions {
  /** The directory that relative `${file:PATH}` paths are resolved against; default the working directory. */
  readonly baseDir?: string;
  /** The environment that `${env:NAME}` reads; default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** The class of error to throw; the connection resolver throws `ConnectionCheckedException`. */
export type SecretErrorClass = typeof EgeriaError;

const REFERENCE = /\$\{(env|file):([^}]*)\}/g;

/**
 * True when the value is a string holding at least one `${env:NAME}` or `${file:PATH}` secret
 * reference.
 * @param value - anything
 */
export function hasSecretReference(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  REFERENCE.lastIndex = 0;
  return REFERENCE.test(value);
}

/** The result of resolving the references inside one string. */
export interface ResolvedReferences {
  readonly value: string;
  readonly parts: readonly string[];
}

function fail(
  errorClass: SecretErrorClass,
  definition: (typeof SecretMessages)[keyof typeof SecretMessages],
  inserts: readonly string[],
  field: string,
  reference: string | undefined,
  cause?: unknown,
): EgeriaError {
  return errorClass.fromDefinition(definition, inserts, {
    exceptionProperties:
      reference === undefined ? { parameterName: field } : { parameterName: field, secretReference: reference },
    cause,
  });
}

/** The error for a secret field that holds something other than what it must. */
export function wrongType(errorClass: SecretErrorClass, field: string, expected: string, value: unknown): EgeriaError {
  const type = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  return fail(errorClass, SecretMessages.NOT_A_STRING, [field, expected, type], field, undefined);
}

function fileProblem(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'it does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    default:
      return typeof code === 'string' ? code : 'it cannot be read';
  }
}

/**
 * Replaces each `${env:NAME}` and `${file:PATH}` inside the string with what it names, and
 * registers each resolved part as a secret. Errors name the field and the reference, never a value.
 */
export async function resolveReferencesIn(
  text: string,
  field: string,
  options: SecretReferenceOptions,
  errorClass: SecretErrorClass,
): Promise<ResolvedReferences> {
  const matches = [...text.matchAll(REFERENCE)];
  if (matches.length === 0) return { value: text, parts: [] };
  const env = options.env ?? process.env;
  const parts: string[] = [];
  let out = '';
  let last = 0;
  for (const match of matches) {
    const [reference, kind, rawName] = match as unknown as [string, 'env' | 'file', string];
    const name = rawName.trim();
    if (name === '') throw fail(errorClass, SecretMessages.EMPTY_REFERENCE, [field, reference], field, reference);
    let resolved: string;
    if (kind === 'env') {
      const v = env[name];
      if (v === undefined || v === '') {
        throw fail(errorClass, SecretMessages.ENV_NOT_SET, [field, reference, name], field, reference);
      }
      resolved = v;
    } else {
      const file = path.resolve(options.baseDir ?? process.cwd(), name);
      let content: string;
      try {
        content = await readFile(file, 'utf8');
      } catch (error) {
        throw fail(
          errorClass,
          SecretMessages.FILE_UNREADABLE,
          [field, reference, file, fileProblem(error)],
          field,
          reference,
          error,
        );
      }
      resolved = content.replace(/[\r\n]+$/, '');
      if (resolved === '') {
        throw fail(
          errorClass,
          SecretMessages.FILE_UNREADABLE,
          [field, reference, file, 'it is empty'],
          field,
          reference,
        );
      }
    }
    registerSecret(resolved);
    parts.push(resolved);
    out += text.slice(last, match.index) + resolved;
    last = (match.index ?? 0) + reference.length;
  }
  return { value: out + text.slice(last), parts };
}

/**
 * Resolves a secret that is not part of a connection, such as a token in the daemon's
 * configuration: `${env:NAME}` and `${file:PATH}` references inside the value are replaced with
 * what they name (file content with its trailing newline removed). The result, reference or
 * not, is registered with the redaction step so that it never appears in a log.
 * @param value - the configured value
 * @param fieldName - the name of the setting, for errors (such as `adminToken`)
 * @param options - where references are resolved from
 * @returns the secret
 * @throws InvalidParameterException when the value is not a string, names an environment variable
 *   that is not set, or a file that cannot be read; the error names the field and the reference
 */
export async function resolveSecretReference(
  value: unknown,
  fieldName: string,
  options: SecretReferenceOptions = {},
): Promise<string> {
  if (typeof value !== 'string') throw wrongType(InvalidParameterException, fieldName, 'a string', value);
  const { value: resolved } = await resolveReferencesIn(value, fieldName, options, InvalidParameterException);
  registerSecret(resolved);
  return resolved;
}
