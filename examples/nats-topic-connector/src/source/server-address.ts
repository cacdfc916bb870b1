import { ConnectionCheckedException } from '@egeria-ts/core';
import { NATS_ERROR_CODE } from '../messages';

/** NATS's default client port. */
export const DEFAULT_NATS_PORT = 4222;

/** The NATS servers a connection's endpoint names. */
export interface NatsServerAddress {
  /** Each server as `host:port` (IPv6 in brackets), in the order given, without credentials. */
  readonly servers: readonly string[];
  /** True when an address uses the `tls://` scheme: the client then insists on TLS. */
  readonly tlsRequired: boolean;
  /**
   * The first server as `nats://host:port` (host lower-cased, port explicit, no credentials): the
   * server's part in qualified names, and how the server is named in messages.
   */
  readonly serverURL: string;
  /** The user named in an address, if any. */
  readonly user?: string;
  /** The password in an address, if any; never printed. */
  readonly password?: string;
}

const SCHEMES: readonly string[] = ['nats', 'tls'];

/**
 * Reads the NATS server address of a connection's endpoint: one server or several separated by
 * commas, each `host`, `host:port`, `[ipv6]:port`, `nats://host:port` or `tls://host:port`
 * (credentials in a URL are accepted, but belong in the connection). Host names are lower-cased
 * and the port defaults to 4222, so that one server always gets the same qualified names.
 * @param address - the endpoint address
 * @param field - where the address comes from, named in errors (default `endpoint.address`)
 * @throws ConnectionCheckedException naming the field when the address cannot be read; the
 *   message never repeats the address, which may hold a password
 */
export function parseServerAddress(address: unknown, field = 'endpoint.address'): NatsServerAddress {
  const fail = (problem: string): ConnectionCheckedException =>
    ConnectionCheckedException.fromDefinition(NATS_ERROR_CODE.BAD_ADDRESS, [field, problem], {
      exceptionProperties: { parameterName: field },
    });
  if (typeof address !== 'string' || address.trim() === '') {
    throw fail(address === undefined || address === null ? 'it is missing' : 'it is not a non-empty string');
  }
  const parts = address.split(',').map((part) => part.trim());
  if (parts.some((part) => part === '')) throw fail('it has an empty entry in its list of servers');
  const parsed = parts.map((part, index) => parseOne(part, parts.length === 1 ? '' : ` (server ${index + 1})`, fail));
  const first = parsed[0]!;
  const withCredentials = parsed.find((p) => p.user !== undefined);
  return {
    servers: parsed.map((p) => p.hostPort),
    tlsRequired: parsed.some((p) => p.scheme === 'tls'),
    serverURL: `nats://${first.hostPort}`,
    ...(withCredentials?.user === undefined ? {} : { user: withCredentials.user }),
    ...(withCredentials?.password === undefined ? {} : { password: withCredentials.password }),
  };
}

interface ParsedServer {
  readonly scheme: string;
  readonly hostPort: string;
  readonly user?: string;
  readonly password?: string;
}

function parseOne(text: string, where: string, fail: (problem: string) => ConnectionCheckedException): ParsedServer {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text)?.[1]?.toLowerCase();
  if (scheme !== undefined && !SCHEMES.includes(scheme)) {
    throw fail(`the scheme ${scheme}${where} is not nats or tls`);
  }
  let url: URL;
  try {
    url = new URL(`nats://${scheme === undefined ? text : text.slice(scheme.length + 3)}`);
  } catch {
    // Never echo the address: it may hold a password.
    throw fail(`an entry${where} is neither host:port nor a nats:// URL`);
  }
  const host = decodeURIComponent(url.hostname)
    .replace(/^\[(.*)\]$/, '$1')
    .toLowerCase();
  if (host === '') throw fail(`an entry${where} names no host`);
  const port = url.port === '' ? DEFAULT_NATS_PORT : Number(url.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw fail(`the port${where} is not a TCP port number`);
  if (url.pathname !== '' && url.pathname !== '/') throw fail(`an entry${where} has a path; NATS addresses have none`);
  if (url.search !== '' || url.hash !== '')
    throw fail(`an entry${where} has a query or fragment; NATS addresses have none`);
  const hostInKey = host.includes(':') ? `[${host}]` : host;
  return {
    scheme: scheme ?? 'nats',
    hostPort: `${hostInKey}:${port}`,
    ...(url.username === '' ? {} : { user: decodeURIComponent(url.username) }),
    ...(url.password === '' ? {} : { password: decodeURIComponent(url.password) }),
  };
}
