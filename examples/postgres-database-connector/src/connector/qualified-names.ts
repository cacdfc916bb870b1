/** The first part of every qualified name the connector builds. */
export const QUALIFIED_NAME_PREFIX = 'PostgreSQL';

/** The separator between the parts of a qualified name, as in Egeria's own database connectors. */
export const QUALIFIED_NAME_SEPARATOR = '::';

/**
 * Builds the qualified name of an element of a PostgreSQL server, deterministically:
 * `PostgreSQL::<host:port>::<database>::<schema>::<table>::<column>` (as many parts as the element
 * has). The same server object always gets the same name, so a refresh finds what an earlier one
 * created.
 * @param serverKey - `host:port`
 * @param parts - database, schema, table (or view) and column names, as far as needed
 */
export function postgresQualifiedName(serverKey: string, ...parts: readonly string[]): string {
  return [QUALIFIED_NAME_PREFIX, serverKey, ...parts].join(QUALIFIED_NAME_SEPARATOR);
}
