import { registerConnectionSecrets, type Connection } from '@egeria-ts/core';

/** The response beans that carry connections (with their passwords and secured properties). */
const CONNECTION_BEANS: ReadonlySet<string> = new Set([
  'ConnectionResponse',
  'ConnectionsResponse',
  'OCFConnectionResponse',
]);

/**
 * Registers the secrets of the connections an answer carries (a `Connection` bean, or an element
 * with `connectionProperties`) with core's redaction step, as soon as they are read, so that no
 * later log line or error can show them. Other answers are left alone (and cost nothing).
 * @param bean - the operation's response bean
 * @param result - what the operation returned (one element or a list)
 */
export function registerSecretsOfConnections(bean: string, result: unknown): void {
  if (!CONNECTION_BEANS.has(bean) || result === null || typeof result !== 'object') return;
  for (const element of Array.isArray(result) ? result : [result]) {
    if (element === null || typeof element !== 'object') continue;
    const properties = (element as { connectionProperties?: unknown }).connectionProperties;
    const connection = typeof properties === 'object' && properties !== null ? properties : element;
    registerConnectionSecrets(connection as Connection);
  }
}
