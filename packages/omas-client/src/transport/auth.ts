import { InvalidParameterException, UserNotAuthorizedException } from '@egeria-ts/core';
import { OmasClientMessages } from './omas-client-messages';
import { scrubSecrets } from './redaction';
import type { TransportMiddleware, TransportRequest } from './transport-types';

/** What a bearer token provider is told when it is asked for a token. @public */
export interface BearerTokenContext {
  /** True when the server has just refused the last token (HTTP 401): get a fresh one. */
  readonly forceRefresh: boolean;
  /** Cancels the request the token is for. */
  readonly signal?: AbortSignal;
}

/**
 * Supplies bearer tokens. It is asked before every request (so it should cache its token until it
 * expires) and again, with `forceRefresh`, when the server answers HTTP 401; the request is then
 * sent once more with the new token.
 * @public
 */
export type BearerTokenProvider = (context: BearerTokenContext) => string | Promise<string>;

/** HTTP Basic authentication, as Egeria's Java clients send it for a calling server's credentials. @public */
export interface BasicAuthOptions {
  /** Selects Basic authentication. */
  readonly type: 'basic';
  /** The user name. */
  readonly username: string;
  /** The password (never logged, never in an error). */
  readonly password: string;
}

/** Bearer-token authentication: a fixed token or a provider that refreshes it. @public */
export interface BearerAuthOptions {
  /** Selects bearer-token authentication. */
  readonly type: 'bearer';
  /** The token, or a function that supplies it. */
  readonly token: string | BearerTokenProvider;
}

/** How the transport authenticates its requests. @public */
export type OmasAuthOptions = BasicAuthOptions | BearerAuthOptions;

/** The name of the authentication middleware. @public */
export const AUTH_MIDDLEWARE = 'auth';

function invalidAuth(reason: string): InvalidParameterException {
  return InvalidParameterException.fromDefinition(OmasClientMessages.INVALID_OPTION, ['auth', reason], {
    exceptionProperties: { parameterName: 'auth' },
  });
}

function withAuthorization(request: TransportRequest, value: string): TransportRequest {
  const headers: Record<string, string> = {};
  for (const [name, v] of Object.entries(request.headers)) {
    if (name.toLowerCase() !== 'authorization') headers[name] = v;
  }
  headers['Authorization'] = value;
  return { ...request, headers };
}

/**
 * The secret values of an authentication option, so that they can be masked wherever they might
 * show. (Internal helper.)
 */
export function authSecrets(auth: OmasAuthOptions | undefined): string[] {
  if (!auth) return [];
  if (auth.type === 'basic') {
    return [auth.password, Buffer.from(`${auth.username}:${auth.password}`).toString('base64')];
  }
  return typeof auth.token === 'string' ? [auth.token] : [];
}

/**
 * Builds the `auth` middleware for an authentication option.
 * @param auth - Basic credentials, a static bearer token, or a token provider
 * @public
 */
export function createAuthMiddleware(auth: OmasAuthOptions): TransportMiddleware {
  if (typeof auth !== 'object' || auth === null) throw invalidAuth('expected { type: "basic" | "bearer", ... }');
  if (auth.type === 'basic') {
    if (typeof auth.username !== 'string' || auth.username === '' || auth.username.includes(':')) {
      throw invalidAuth('Basic authentication needs a username without ":"');
    }
    if (typeof auth.password !== 'string') throw invalidAuth('Basic authentication needs a password');
    const header = `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`;
    return { name: AUTH_MIDDLEWARE, handle: (request, next) => next(withAuthorization(request, header)) };
  }
  if (auth.type !== 'bearer') throw invalidAuth(`unknown type ${String((auth as { type?: unknown }).type)}`);
  const { token } = auth;
  if (typeof token === 'string') {
    if (token === '') throw invalidAuth('the bearer token is empty');
    const header = `Bearer ${token}`;
    return { name: AUTH_MIDDLEWARE, handle: (request, next) => next(withAuthorization(request, header)) };
  }
  if (typeof token !== 'function') throw invalidAuth('the bearer token must be a string or a provider function');
  const ask = async (forceRefresh: boolean, signal?: AbortSignal): Promise<string> => {
    let value: unknown;
    try {
      value = await token({ forceRefresh, signal });
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      const text = error instanceof Error ? error.message : String(error);
      throw new UserNotAuthorizedException(`The bearer token provider failed: ${scrubSecrets(text)}`, {
        messageId: 'EGERIA-TS-OMAS-CLIENT-401-009',
        userAction: 'Check the token provider and the credentials it uses.',
      });
    }
    if (typeof value !== 'string' || value === '') {
      throw new UserNotAuthorizedException('The bearer token provider returned no token', {
        messageId: 'EGERIA-TS-OMAS-CLIENT-401-010',
        userAction: 'Make the token provider return a non-empty string.',
      });
    }
    return value;
  };
  return {
    name: AUTH_MIDDLEWARE,
    async handle(request, next) {
      const first = await ask(false, request.signal);
      const response = await next(withAuthorization(request, `Bearer ${first}`));
      if (response.status !== 401) return response;
      const fresh = await ask(true, request.signal);
      return next(withAuthorization(request, `Bearer ${fresh}`));
    },
  };
}
