/**
 * The options of the REST admin API server, their defaults and their checks.
 */
import { isIP } from 'node:net';
import { describeValue } from '@egeria-ts/core';
import { invalidParameter } from './rest-messages';

/** The TLS identity of the admin API: PEM text (or buffers) of the certificate and its key. */
export interface AdminServerTlsOptions {
  /** The PEM certificate (chain). */
  readonly cert: string | Buffer;
  /** The PEM private key of the certificate. */
  readonly key: string | Buffer;
}

/** One answered request, for an access log. Never holds a token or a body. */
export interface AdminServerRequestLogEntry {
  /** The HTTP method. */
  readonly method: string;
  /** The path as sent, without the query. */
  readonly path: string;
  /** The HTTP status of the answer. */
  readonly status: number;
  /** Egeria's name of the operation, when the request reached one. */
  readonly action?: string;
  /** The `{userId}` of the path, when there is one. */
  readonly userId?: string;
  /** For an operation that answered with an FFDC error: its `exceptionErrorMessageId`. */
  readonly errorMessageId?: string;
  /** How long the request took, in milliseconds. */
  readonly durationMs: number;
}

/** Options of {@link startAdminServer}. */
export interface AdminServerOptions {
  /** The address to listen on (default `127.0.0.1`). */
  readonly host?: string;
  /** The port to listen on; 0 (the default) picks a free one. */
  readonly port?: number;
  /**
   * A bearer token that every request must carry (`Authorization: Bearer <token>`); without it the
   * request gets HTTP 401. When absent, any caller is accepted, as with Egeria's default security.
   */
  readonly token?: string;
  /** Serve HTTPS with this certificate and key; plain HTTP when absent. */
  readonly tls?: AdminServerTlsOptions;
  /**
   * True to allow listening on an address other than a loopback one with no token. By default the
   * server refuses to start that way, since anyone on the network could then restart connectors.
   */
  readonly allowNonLoopbackWithoutToken?: boolean;
  /** The largest request body accepted, in bytes (default 1 MiB); a larger one gets HTTP 413. */
  readonly maxBodyBytes?: number;
  /** How long `close()` lets requests in progress finish before it cuts them, in ms (default 2000). */
  readonly closeTimeoutMs?: number;
  /** Called once for every answered request (an access log). Errors it throws are ignored. */
  readonly onRequest?: (entry: AdminServerRequestLogEntry) => void;
}

/** The defaults of {@link AdminServerOptions}: each field is the option of the same name. */
export const ADMIN_SERVER_DEFAULTS: Readonly<
  Required<Pick<AdminServerOptions, 'host' | 'port' | 'maxBodyBytes' | 'closeTimeoutMs'>>
> = Object.freeze({ host: '127.0.0.1', port: 0, maxBodyBytes: 1024 * 1024, closeTimeoutMs: 2000 });

/** The options after checking, defaults filled in. */
export interface ResolvedAdminServerOptions {
  readonly host: string;
  readonly port: number;
  readonly token?: string;
  readonly tls?: AdminServerTlsOptions;
  readonly maxBodyBytes: number;
  readonly closeTimeoutMs: number;
  readonly onRequest?: (entry: AdminServerRequestLogEntry) => void;
}

/** True for an address that only this machine can reach: `localhost`, 127.0.0.0/8, `::1`. */
export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  const v4 = h.startsWith('::ffff:') ? h.slice('::ffff:'.length) : h;
  if (isIP(v4) === 4) return v4.split('.')[0] === '127';
  if (isIP(h) === 6) return /^(0{0,4}:){2,7}0{0,3}1$/.test(h) || h === '::1';
  return false;
}

function badOption(name: string, expected: string, value: unknown): Error {
  return invalidParameter('BAD_OPTION', [name, expected, describeValue(value)], name, 'startAdminServer');
}

function isPem(value: unknown): value is string | Buffer {
  return (typeof value === 'string' && value.trim() !== '') || (Buffer.isBuffer(value) && value.length > 0);
}

/**
 * Checks the options and fills in the defaults.
 * @throws InvalidParameterException naming the option at fault, or refusing a non-loopback
 * address without a token
 */
export function resolveAdminServerOptions(options: AdminServerOptions = {}): ResolvedAdminServerOptions {
  const host = options.host ?? ADMIN_SERVER_DEFAULTS.host;
  if (typeof host !== 'string' || host.trim() === '') throw badOption('host', 'a host name or IP address', host);
  const port = options.port ?? ADMIN_SERVER_DEFAULTS.port;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw badOption('port', 'an integer from 0 to 65535', port);
  const token = options.token;
  if (token !== undefined && (typeof token !== 'string' || token === '' || /[\s\u0000-\u001f\u007f]/.test(token))) {
    // The value is a secret: never quote it.
    throw badOption('token', 'a non-empty string without spaces or control characters', '(hidden)');
  }
  const maxBodyBytes = options.maxBodyBytes ?? ADMIN_SERVER_DEFAULTS.maxBodyBytes;
  if (!Number.isInteger(maxBodyBytes) || maxBodyBytes < 1) {
    throw badOption('maxBodyBytes', 'a positive integer', maxBodyBytes);
  }
  const closeTimeoutMs = options.closeTimeoutMs ?? ADMIN_SERVER_DEFAULTS.closeTimeoutMs;
  if (typeof closeTimeoutMs !== 'number' || !Number.isFinite(closeTimeoutMs) || closeTimeoutMs < 0) {
    throw badOption('closeTimeoutMs', 'a number of milliseconds, 0 or more', closeTimeoutMs);
  }
  const tls = options.tls;
  if (tls !== undefined) {
    if (typeof tls !== 'object' || tls === null) throw badOption('tls', 'an object with cert and key', tls);
    if (!isPem(tls.cert)) throw badOption('tls.cert', 'PEM text or a Buffer', '(not shown)');
    if (!isPem(tls.key)) throw badOption('tls.key', 'PEM text or a Buffer', '(hidden)');
  }
  if (options.onRequest !== undefined && typeof options.onRequest !== 'function') {
    throw badOption('onRequest', 'a function', options.onRequest);
  }
  if (token === undefined && !isLoopbackHost(host) && options.allowNonLoopbackWithoutToken !== true) {
    throw invalidParameter('NON_LOOPBACK_WITHOUT_TOKEN', [host], 'host', 'startAdminServer');
  }
  return { host, port, token, tls, maxBodyBytes, closeTimeoutMs, onRequest: options.onRequest };
}
