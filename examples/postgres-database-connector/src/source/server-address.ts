import { ConnectionCheckedException } from '@egeria-ts/core';
import { POSTGRES_ERROR_CODE } from '../messages';

/** PostgreSQL's default port. */
export const DEFAULT_POSTGRES_PORT = 5432;

/** How the driver protects the connection (libpq's `sslmode` values that the connector honours). */
export type PostgresSslMode = 'disable' | 'require' | 'verify-ca' | 'verify-full';

/** A PostgreSQL server address, read from a connection's endpoint. */
export interface PostgresServerAddress {
  /** Host name or IP address (IPv6 without brackets). */
  readonly host: string;
  /** TCP port. */
  readonly port: number;
  /** The database named in the address, if any (used to list the server's databases). */
  readonly database?: string;
  /** The `sslmode` query parameter, `disable` when absent. */
  readonly sslMode: PostgresSslMode;
  /** The user named in the address, if any. */
  readonly user?: string;
  /** The password in the address, if any; never printed. */
  readonly password?: string;
  /** `host:port` (IPv6 in brackets): the server's part in qualified names. */
  readonly serverKey: string;
}

const SSL_MODES: readonly string[] = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'];

/**
 * Reads a PostgreSQL server address: `host`, `host:port`, `[ipv6]:port`, or a URL
 * `postgresql://host:port/database?sslmode=require` (also `postgres://` and `jdbc:postgresql://`).
 * Host names are lower-cased and the port defaults to 5432, so that one server always gets the
 * same qualified names.
 * @param address - the endpoint address
 * @param field - where the address comes from, named in errors (default `endpoint.address`)
 * @throws ConnectionCheckedException naming the field when the address cannot be read
 */
export function parseServerAddress(address: unknown, field = 'endpoint.address'): PostgresServerAddress {
  const fail = (problem: string): ConnectionCheckedException =>
    ConnectionCheckedException.fromDefinition(POSTGRES_ERROR_CODE.BAD_ADDRESS, [field, problem], {
      exceptionProperties: { parameterName: field },
    });
  if (typeof address !== 'string' || address.trim() === '') {
    throw fail(address === undefined || address === null ? 'it is missing' : 'it is not a non-empty string');
  }
  let text = address.trim();
  if (/^jdbc:/i.test(text)) text = text.slice(5);
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text)?.[1];
  if (scheme !== undefined && !['postgresql', 'postgres'].includes(scheme.toLowerCase())) {
    throw fail(`the scheme ${scheme} is not postgresql`);
  }
  let url: URL;
  try {
    url = new URL(scheme === undefined ? `postgresql://${text}` : `postgresql://${text.slice(scheme.length + 3)}`);
  } catch {
    // Never echo the address: it may hold a password.
    throw fail('it is neither host:port nor a postgresql:// URL');
  }
  const host = decodeURIComponent(url.hostname)
    .replace(/^\[(.*)\]$/, '$1')
    .toLowerCase();
  if (host === '') throw fail('it names no host');
  const port = url.port === '' ? DEFAULT_POSTGRES_PORT : Number(url.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw fail('its port is not a TCP port number');
  const path = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (path.includes('/')) throw fail('its path must be at most one database name');
  const sslParam = url.searchParams.get('sslmode') ?? 'disable';
  if (!SSL_MODES.includes(sslParam)) throw fail(`sslmode must be one of ${SSL_MODES.join(', ')}`);
  const sslMode: PostgresSslMode =
    sslParam === 'allow' || sslParam === 'prefer' ? 'disable' : (sslParam as PostgresSslMode);
  const hostInKey = host.includes(':') ? `[${host}]` : host;
  return {
    host,
    port,
    ...(path === '' ? {} : { database: path }),
    sslMode,
    ...(url.username === '' ? {} : { user: decodeURIComponent(url.username) }),
    ...(url.password === '' ? {} : { password: decodeURIComponent(url.password) }),
    serverKey: `${hostInKey}:${port}`,
  };
}
