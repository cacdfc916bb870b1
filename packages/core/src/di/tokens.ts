import type { AuditLog } from '../audit/audit-log';
import type { ConfigurationProperties } from '../connection/configuration-properties';
import type { Connection } from '../connection/connection';
import type { IntegrationContext } from '../context/integration-context';
import type { ConnectorRegistry } from '../registry/connector-registry';

/**
 * A dependency injection token: a symbol (tsyringe accepts it as is) that carries the type of the
 * value registered under it, so `container.resolve<T>(token)` and `@inject(token)` agree on `T`.
 * @typeParam T - the type of the value registered under the token
 */
export type TypedToken<T> = symbol & {
  /** Never set: it only carries `T` in the type, so a token's type is known where it is used. */
  readonly __injectedType?: T;
};

function token<T>(name: string): TypedToken<T> {
  return Symbol.for(`@egeria-ts/core:${name}`) as TypedToken<T>;
}

/** The connector's integration context (the integration service's own context subclass). */
export const INTEGRATION_CONTEXT_TOKEN: TypedToken<IntegrationContext> = token('IntegrationContext');

/** The connector's audit log (a child of the daemon's log, named after the connector). */
export const AUDIT_LOG_TOKEN: TypedToken<AuditLog> = token('AuditLog');

/** The connector's connection, after secret references are resolved. */
export const CONNECTION_TOKEN: TypedToken<Connection> = token('Connection');

/** The connector's configuration properties. */
export const CONFIGURATION_PROPERTIES_TOKEN: TypedToken<ConfigurationProperties> = token('ConfigurationProperties');

/** The connector's name from the configuration. */
export const CONNECTOR_NAME_TOKEN: TypedToken<string> = token('ConnectorName');

/** The connector's instance id. */
export const CONNECTOR_INSTANCE_ID_TOKEN: TypedToken<string> = token('ConnectorInstanceId');

/** The registry connector names are resolved in. */
export const CONNECTOR_REGISTRY_TOKEN: TypedToken<ConnectorRegistry> = token('ConnectorRegistry');

/** The part of a dependency injection container that {@link resolveToken} needs; tsyringe's containers fit. */
export interface TokenResolver {
  /** Returns the value registered under the token. */
  resolve(token: symbol): unknown;
}

/**
 * Resolves a typed token with its type: `resolveToken(container, AUDIT_LOG_TOKEN)` is an `AuditLog`.
 * @param resolver - the container
 * @param token - the token
 */
export function resolveToken<T>(resolver: TokenResolver, token: TypedToken<T>): T {
  return resolver.resolve(token) as T;
}
