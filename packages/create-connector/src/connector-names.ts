import { InvalidParameterException } from '@egeria-ts/core';
import { CREATE_CONNECTOR_ERROR_CODE } from './create-connector-messages';

/** The names the generator derives from a connector name such as `Acme Catalog`. */
export interface ConnectorNames {
  /** The name as given, trimmed. */
  readonly name: string;
  /** The class, also the name connections use: `AcmeCatalogConnector`. */
  readonly className: string;
  /** For people: `Acme Catalog Connector`. */
  readonly displayName: string;
  /** For files, ids and the default package name: `acme-catalog-connector`. */
  readonly kebabName: string;
  /** The prefix of the exported constants: `ACME_CATALOG` (as in `ACME_CATALOG_CONNECTOR_NAME`). */
  readonly constantPrefix: string;
  /** The component of the connector's message ids: `ACME-CATALOG-CONNECTOR`. */
  readonly messageComponent: string;
}

const NAME_PATTERN = /^[A-Za-z][A-Za-z0-9 _-]*$/;
const WORD_PATTERN = /[A-Z]+[0-9]*(?![a-z])|[A-Z]?[a-z]+[0-9]*|[0-9]+/g;
const MAX_NAME_LENGTH = 64;

function invalidName(name: string, problem: string): InvalidParameterException {
  return InvalidParameterException.fromDefinition(CREATE_CONNECTOR_ERROR_CODE.INVALID_NAME, [name, problem], {
    exceptionProperties: { parameterName: 'name', parameterValue: name },
  });
}

/**
 * Derives the class, file, constant and message names of a connector from its name: words are
 * split at spaces, dashes, underscores and case changes (`AcmeCatalog`, `acme-catalog` and
 * `Acme Catalog` give the same names), and a trailing `Connector` is not doubled.
 * @param name - the connector name
 * @throws InvalidParameterException (`EGERIA-TS-CREATE-CONNECTOR-400-002`) naming the value
 */
export function connectorNamesOf(name: string): ConnectorNames {
  if (typeof name !== 'string') throw invalidName(String(name), 'a text is needed');
  const trimmed = name.trim();
  if (trimmed === '') throw invalidName(name, 'it is empty');
  if (trimmed.length > MAX_NAME_LENGTH) throw invalidName(trimmed, `it is longer than ${MAX_NAME_LENGTH} characters`);
  if (!NAME_PATTERN.test(trimmed)) {
    throw invalidName(trimmed, 'use letters, digits, spaces, dashes and underscores, starting with a letter');
  }
  const words = trimmed.match(WORD_PATTERN) ?? [];
  if (words.length > 0 && words[words.length - 1]?.toLowerCase() === 'connector') words.pop();
  if (words.length === 0) throw invalidName(trimmed, 'it needs a word besides "Connector"');
  const capitalized = words.map((w) => (w[0] ?? '').toUpperCase() + w.slice(1));
  const lower = words.map((w) => w.toLowerCase());
  return Object.freeze({
    name: trimmed,
    className: `${capitalized.join('')}Connector`,
    displayName: `${capitalized.join(' ')} Connector`,
    kebabName: `${lower.join('-')}-connector`,
    constantPrefix: lower.join('_').toUpperCase(),
    messageComponent: `${lower.join('-').toUpperCase()}-CONNECTOR`,
  });
}

const PACKAGE_NAME_PATTERN = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;

/**
 * Checks an npm package name (lower case, URL-safe, optionally scoped, at most 214 characters).
 * @param packageName - the name
 * @throws InvalidParameterException (`EGERIA-TS-CREATE-CONNECTOR-400-003`) naming the value
 */
export function checkPackageName(packageName: string): string {
  const problem =
    typeof packageName !== 'string' || packageName.trim() === ''
      ? 'it is empty'
      : packageName.length > 214
        ? 'it is longer than 214 characters'
        : !PACKAGE_NAME_PATTERN.test(packageName)
          ? 'use lower-case letters, digits, dots, dashes and underscores, with an optional @scope/'
          : undefined;
  if (problem !== undefined) {
    throw InvalidParameterException.fromDefinition(
      CREATE_CONNECTOR_ERROR_CODE.INVALID_PACKAGE_NAME,
      [String(packageName), problem],
      { exceptionProperties: { parameterName: 'packageName', parameterValue: String(packageName) } },
    );
  }
  return packageName;
}
