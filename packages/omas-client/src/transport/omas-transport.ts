import http from 'node:http';
import https from 'node:https';
import { IllegalStateError, InvalidParameterException, PropertyServerException } from '@egeria-ts/core';
import { authSecrets, createAuthMiddleware, type OmasAuthOptions } from './auth';
import { RequestTimeoutError, sendHttpRequest, wireTarget, type WireTarget } from './http-wire';
import { defaultOmasLogger, type OmasLogger } from './logger';
import { MiddlewareStack } from './middleware-stack';
import { OmasClientMessages } from './omas-client-messages';
import { scrubSecrets } from './redaction';
import { createRetryMiddleware, type RetryOptions } from './retry';
import { createLoggingMiddleware, createUserAgentMiddleware } from './standard-middleware';
import type { TransportRequest, TransportResponse } from './transport-types';

/** TLS settings for an `https://` platform URL. @public */
export interface OmasTlsOptions {
  /** Certificate authorities to trust (PEM), in place of Node's default list. */
  readonly ca?: string | Buffer | ReadonlyArray<string | Buffer>;
  /** The client certificate chain (PEM), for servers that ask for one. */
  readonly cert?: string | Buffer;
  /** The client certificate's private key (PEM). */
  readonly key?: string | Buffer;
  /** The passphrase of the private key. */
  readonly passphrase?: string;
  /**
   * Verify the server's certificate (default true). Turning this off lets anyone on the network
   * read and change the traffic, credentials included; the transport logs a warning when it is off.
   */
  readonly rejectUnauthorized?: boolean;
  /** The host name to check the certificate against, when it differs from the URL's. */
  readonly servername?: string;
}

/** How to reach and call an Egeria metadata access point. @public */
export interface OmasTransportOptions {
  /** The platform root URL, such as `https://localhost:9443` (a path prefix is kept). */
  readonly platformURLRoot: string;
  /** The name of the metadata access server (the `{serverName}` of every path). */
  readonly serverName: string;
  /** The caller's user id (the `{userId}` of every path). */
  readonly userId: string;
  /** Basic or bearer-token authentication; none by default. */
  readonly auth?: OmasAuthOptions;
  /** TLS settings for an `https://` platform. */
  readonly tls?: OmasTlsOptions;
  /** Time allowed for each attempt of a request, in milliseconds (default 30000). */
  readonly timeoutMs?: number;
  /** Retry policy, or `false` for none (default: 3 attempts, 200 ms doubling to 5 s, with jitter). */
  readonly retry?: RetryOptions | false;
  /** The `User-Agent` header (default: `egeria-ts-omas-client (node ...)`). */
  readonly userAgent?: string;
  /** Where log records go (default: warnings to `process.emitWarning`, nothing else). */
  readonly logger?: OmasLogger;
  /** The most sockets open to the platform at once (default 64). */
  readonly maxSockets?: number;
}

const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
]);
const TLS_CODE = /CERT|TLS|SSL|SIGNATURE|ISSUER/i;
const MAX_SECRETS = 32;
const IDLE_SOCKET_MS = 4000;

function invalidOption(name: string, reason: string): InvalidParameterException {
  return InvalidParameterException.fromDefinition(OmasClientMessages.INVALID_OPTION, [name, reason], {
    exceptionProperties: { parameterName: name },
  });
}

function requireText(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw invalidOption(name, 'a non-empty string is needed');
  return value;
}

function normalisePlatformURL(value: unknown): string {
  const text = requireText(value, 'platformURLRoot');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw invalidOption('platformURLRoot', 'not an absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw invalidOption('platformURLRoot', `the protocol must be http: or https:, not ${url.protocol}`);
  }
  if (url.username !== '' || url.password !== '') {
    throw invalidOption('platformURLRoot', 'the URL must not carry credentials; use the auth option');
  }
  if (url.search !== '' || url.hash !== '')
    throw invalidOption('platformURLRoot', 'the URL must not have a query or fragment');
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

function errorCode(error: unknown): string {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return 'UNKNOWN';
}

/**
 * The HTTP transport shared by OMAS clients: one keep-alive connection pool to one platform, a
 * chain of named middleware (`user-agent`, `retry`, `logging`, `auth` by default) and the wire
 * call itself (Node's `http`/`https` on the transport's keep-alive agents). Several clients may
 * share one transport. Call {@link OmasTransport.close} to release its sockets.
 * @public
 */
export class OmasTransport {
  /** The platform root URL, without a trailing slash. */
  readonly platformURLRoot: string;
  /** The server name used in paths. */
  readonly serverName: string;
  /** The user id used in paths. */
  readonly userId: string;
  /** The middleware chain: add, remove or replace steps by name. */
  readonly middleware = new MiddlewareStack();
  /** Where log records go. */
  readonly logger: OmasLogger;

  private readonly timeoutMs: number;
  private readonly httpAgent: http.Agent;
  private readonly httpsAgent: https.Agent;
  private readonly target: WireTarget;
  /** The last step of the middleware chain (one function, so that the built chain is reused). */
  private readonly wire = (request: TransportRequest): Promise<TransportResponse> => this.sendOnWire(request);
  private readonly secrets = new Set<string>();
  private isClosed = false;

  constructor(options: OmasTransportOptions) {
    if (typeof options !== 'object' || options === null) throw invalidOption('options', 'an options object is needed');
    this.platformURLRoot = normalisePlatformURL(options.platformURLRoot);
    this.serverName = requireText(options.serverName, 'serverName');
    this.userId = requireText(options.userId, 'userId');
    this.logger = options.logger ?? defaultOmasLogger;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    if (!(this.timeoutMs > 0)) throw invalidOption('timeoutMs', 'must be a number of milliseconds > 0');
    const maxSockets = options.maxSockets ?? 64;
    if (!Number.isInteger(maxSockets) || maxSockets < 1)
      throw invalidOption('maxSockets', 'must be a whole number >= 1');

    const tls = options.tls ?? {};
    const rejectUnauthorized = tls.rejectUnauthorized ?? true;
    // Idle sockets are dropped after 4 s, before a server's keep-alive timeout (Node's is 5 s) can
    // close one just as a request reuses it (a reset that a create could not safely retry).
    this.httpAgent = new http.Agent({ keepAlive: true, maxSockets, timeout: IDLE_SOCKET_MS });
    this.httpsAgent = new https.Agent({
      keepAlive: true,
      maxSockets,
      timeout: IDLE_SOCKET_MS,
      ca: tls.ca as string | Buffer | Array<string | Buffer> | undefined,
      cert: tls.cert,
      key: tls.key,
      passphrase: tls.passphrase,
      servername: tls.servername,
      rejectUnauthorized,
    });
    if (!rejectUnauthorized) {
      this.logger(
        'warn',
        `WARNING: TLS certificate verification is OFF for ${this.platformURLRoot}. Anyone on the network ` +
          'can impersonate the server and read or change every request, credentials included. ' +
          'Use tls.ca to trust a private certificate authority instead.',
        { platformURLRoot: this.platformURLRoot },
      );
    }
    if (tls.passphrase) this.noteSecret(tls.passphrase);
    for (const secret of authSecrets(options.auth)) this.noteSecret(secret);

    this.target = wireTarget(this.platformURLRoot);

    this.middleware.add(createUserAgentMiddleware(options.userAgent));
    if (options.retry !== false) this.middleware.add(createRetryMiddleware(options.retry ?? {}, this.logger));
    this.middleware.add(createLoggingMiddleware(this.logger));
    if (options.auth !== undefined) this.middleware.add(createAuthMiddleware(options.auth));
  }

  /** True once {@link OmasTransport.close} has been called. */
  get closed(): boolean {
    return this.isClosed;
  }

  /**
   * Sends a request through the middleware chain and returns the raw answer (any status).
   * @throws PropertyServerException when no answer arrives (refused, reset, timed out...)
   * @throws IllegalStateError after close()
   * @throws the signal's reason when the request is aborted
   */
  send(request: TransportRequest): Promise<TransportResponse> {
    if (this.isClosed) return Promise.reject(this.closedError(request));
    return this.middleware.compose(this.wire)(request);
  }

  /** Releases the sockets; later requests fail with IllegalStateError. */
  async close(): Promise<void> {
    this.isClosed = true;
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }

  /**
   * The secret values this transport has seen (passwords, tokens, Authorization values), for
   * masking in error messages. (Internal: used by the clients built on this transport.)
   * @internal
   */
  secretValues(): string[] {
    return [...this.secrets];
  }

  /** Masks secrets in a text. @internal */
  scrub(text: string): string {
    return scrubSecrets(text, this.secretValues());
  }

  private noteSecret(value: string): void {
    if (value.length < 3 || this.secrets.has(value)) return;
    this.secrets.add(value);
    if (this.secrets.size > MAX_SECRETS) {
      const oldest = this.secrets.values().next().value;
      if (oldest !== undefined) this.secrets.delete(oldest);
    }
  }

  private noteAuthorization(headers: Readonly<Record<string, string>>): void {
    for (const [name, value] of Object.entries(headers)) {
      if (name.toLowerCase() !== 'authorization') continue;
      this.noteSecret(value);
      const [scheme, credential] = value.split(/\s+/, 2);
      if (credential) {
        this.noteSecret(credential);
        if (scheme.toLowerCase() === 'basic') {
          const decoded = Buffer.from(credential, 'base64').toString('utf8');
          const colon = decoded.indexOf(':');
          if (colon >= 0) this.noteSecret(decoded.slice(colon + 1));
        }
      }
    }
  }

  private closedError(request: TransportRequest): IllegalStateError {
    return IllegalStateError.fromDefinition(OmasClientMessages.CLOSED, [request.method, request.path]);
  }

  private async sendOnWire(request: TransportRequest): Promise<TransportResponse> {
    if (this.isClosed) throw this.closedError(request);
    const { signal } = request;
    if (signal?.aborted) throw signal.reason;
    this.noteAuthorization(request.headers);

    const timeoutMs = request.timeoutMs ?? this.timeoutMs;
    if (!(timeoutMs > 0)) throw invalidOption('timeoutMs', `must be a number of milliseconds > 0, not ${timeoutMs}`);
    try {
      return await sendHttpRequest(this.target, {
        method: request.method,
        path: request.path,
        headers: { Accept: 'application/json', ...request.headers },
        body: request.body,
        agent: this.target.protocol === 'https:' ? this.httpsAgent : this.httpAgent,
        timeoutMs,
        signal,
      });
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (error instanceof RequestTimeoutError) {
        throw PropertyServerException.fromDefinition(
          OmasClientMessages.TIMEOUT,
          [request.method, request.path, timeoutMs],
          {
            actionDescription: request.operationName,
            exceptionProperties: { transportErrorCode: 'ETIMEDOUT', requestSent: true, timeoutMs },
          },
        );
      }
      throw this.transportFailure(request, error);
    }
  }

  /** Builds a clean error from a wire failure: never the wire's error itself (it may hold request details). */
  private transportFailure(request: TransportRequest, error: unknown): PropertyServerException {
    const code = errorCode(error);
    const text = this.scrub(error instanceof Error ? error.message : String(error));
    const tlsFailure = TLS_CODE.test(code);
    const requestSent = !(NOT_SENT_CODES.has(code) || tlsFailure);
    const cause = Object.assign(new Error(text), { code });
    return PropertyServerException.fromDefinition(
      OmasClientMessages.TRANSPORT_FAILURE,
      [request.method, request.path, code, text],
      {
        actionDescription: request.operationName,
        exceptionProperties: {
          transportErrorCode: code,
          requestSent,
          ...(tlsFailure ? { retryable: false } : {}),
        },
        cause,
      },
    );
  }
}
