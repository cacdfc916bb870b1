/** The first part of every qualified name the connector builds. */
export const QUALIFIED_NAME_PREFIX = 'NATS';

/** The separator between the parts of a qualified name, as in the other egeria-ts examples. */
export const QUALIFIED_NAME_SEPARATOR = '::';

/**
 * Builds the qualified name of a JetStream stream's topic, deterministically:
 * `NATS::nats://<host:port>::<stream>`. The same stream of the same server always gets the same
 * name, so a refresh finds what an earlier one created. Without a stream name, it is the prefix
 * that every topic of the server starts with (ending in the separator).
 * @param serverURL - the server, `nats://host:port`
 * @param stream - the stream name
 */
export function natsQualifiedName(serverURL: string, stream = ''): string {
  return [QUALIFIED_NAME_PREFIX, serverURL, stream].join(QUALIFIED_NAME_SEPARATOR);
}
