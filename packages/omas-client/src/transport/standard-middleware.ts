import { EgeriaError } from '@egeria-ts/core';
import { loggerEnabled, type OmasLogger } from './logger';
import type { TransportMiddleware, TransportRequest, TransportResponse } from './transport-types';

/** The name of the user-agent middleware. @public */
export const USER_AGENT_MIDDLEWARE = 'user-agent';

/** The name of the logging middleware. @public */
export const LOGGING_MIDDLEWARE = 'logging';

/** The user agent the transport sends by default. @public */
export function defaultUserAgent(): string {
  return `egeria-ts-omas-client (node ${process.versions.node}; ${process.platform})`;
}

/**
 * Builds the `user-agent` middleware: sets the `User-Agent` header of every request.
 * @param userAgent - the header value (default: {@link defaultUserAgent})
 * @public
 */
export function createUserAgentMiddleware(userAgent: string = defaultUserAgent()): TransportMiddleware {
  return {
    name: USER_AGENT_MIDDLEWARE,
    handle(request, next) {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(request.headers)) {
        if (name.toLowerCase() !== 'user-agent') headers[name] = value;
      }
      headers['User-Agent'] = userAgent;
      return next({ ...request, headers });
    },
  };
}

/**
 * Builds the `logging` middleware: one debug record per request and per answer, an info record
 * per failure (the caller gets the error itself). Records hold the method, path, status and duration, never headers or bodies.
 * @param logger - where the records go
 * @public
 */
export function createLoggingMiddleware(logger: OmasLogger): TransportMiddleware {
  return {
    name: LOGGING_MIDDLEWARE,
    handle(request, next) {
      const debug = loggerEnabled(logger, 'debug');
      // Nothing to record: pass the request on without building records that would be dropped.
      if (!debug && !loggerEnabled(logger, 'info')) return next(request);
      return logged(request, next, debug);
    },
  };

  async function logged(
    request: TransportRequest,
    next: (request: TransportRequest) => Promise<TransportResponse>,
    debug: boolean,
  ): Promise<TransportResponse> {
    const started = Date.now();
    const fields = { operation: request.operationName, method: request.method, path: request.path };
    if (debug) logger('debug', `${request.method} ${request.path}`, fields);
    try {
      const response = await next(request);
      if (debug)
        logger('debug', `${request.method} ${request.path} -> HTTP ${response.status}`, {
          ...fields,
          status: response.status,
          durationMs: Date.now() - started,
        });
      return response;
    } catch (error) {
      logger('info', `${request.method} ${request.path} failed: ${describe(error)}`, {
        ...fields,
        durationMs: Date.now() - started,
      });
      throw error;
    }
  }
}

function describe(error: unknown): string {
  if (error instanceof EgeriaError || error instanceof Error) return error.message;
  return String(error);
}
