import { EgeriaError, InvalidParameterException } from '@egeria-ts/core';
import type { OmasLogger } from './logger';
import { OmasClientMessages } from './omas-client-messages';
import type { TransportMiddleware, TransportRequest, TransportResponse } from './transport-types';

/**
 * When and how often the transport tries a request again. Reads and other idempotent requests are
 * retried after a transport failure or a 429/502/503/504 status; a create is retried only when its
 * connection was refused, so it never reached the server.
 * @public
 */
export interface RetryOptions {
  /** Attempts in all, the first included (default 3; 1 turns retries off). */
  readonly maxAttempts?: number;
  /** The delay before the first retry, before jitter, in milliseconds (default 200). */
  readonly initialDelayMs?: number;
  /** The longest delay between attempts, in milliseconds (default 5000). */
  readonly maxDelayMs?: number;
  /** HTTP statuses that are worth another try for an idempotent request (default 429, 502, 503, 504). */
  readonly retryStatuses?: readonly number[];
}

/** The name of the retry middleware. @public */
export const RETRY_MIDDLEWARE = 'retry';

const DEFAULT_RETRY_STATUSES: readonly number[] = [429, 502, 503, 504];

interface ResolvedRetry {
  readonly maxAttempts: number;
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
  readonly retryStatuses: readonly number[];
}

function invalid(reason: string): InvalidParameterException {
  return InvalidParameterException.fromDefinition(OmasClientMessages.INVALID_OPTION, ['retry', reason], {
    exceptionProperties: { parameterName: 'retry' },
  });
}

function resolve(options: RetryOptions): ResolvedRetry {
  const maxAttempts = options.maxAttempts ?? 3;
  const initialDelayMs = options.initialDelayMs ?? 200;
  const maxDelayMs = options.maxDelayMs ?? 5000;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw invalid('maxAttempts must be a whole number >= 1');
  if (!(initialDelayMs >= 0) || !(maxDelayMs >= 0)) throw invalid('delays must be >= 0');
  return { maxAttempts, initialDelayMs, maxDelayMs, retryStatuses: options.retryStatuses ?? DEFAULT_RETRY_STATUSES };
}

/**
 * The delay before retry number `retry` (1 for the first retry): capped exponential backoff with
 * "equal jitter" (half fixed, half random), so that clients that failed together spread out.
 */
export function backoffDelay(retry: number, options: RetryOptions = {}, random: () => number = Math.random): number {
  const { initialDelayMs, maxDelayMs } = resolve(options);
  const cap = Math.min(maxDelayMs, initialDelayMs * 2 ** (retry - 1));
  return Math.round(cap / 2 + random() * (cap / 2));
}

/** Whether a failed attempt may be tried again. */
function mayRetryError(error: unknown, request: TransportRequest): boolean {
  if (!(error instanceof EgeriaError)) return false;
  const props = error.exceptionProperties;
  if (typeof props['transportErrorCode'] !== 'string') return false;
  if (props['retryable'] === false) return false;
  if (props['requestSent'] === false) return true;
  return request.idempotent;
}

function retryAfterMs(response: TransportResponse, maxDelayMs: number): number | undefined {
  const header = response.headers['retry-after'];
  if (header === undefined) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(maxDelayMs, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.min(maxDelayMs, Math.max(0, date - Date.now()));
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolvePromise();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Builds the `retry` middleware.
 * @param options - attempts, delays and statuses
 * @param logger - told about each retry
 * @public
 */
export function createRetryMiddleware(options: RetryOptions = {}, logger?: OmasLogger): TransportMiddleware {
  const policy = resolve(options);
  return {
    name: RETRY_MIDDLEWARE,
    async handle(request, next) {
      for (let attempt = 1; ; attempt++) {
        const last = attempt >= policy.maxAttempts;
        let delay: number;
        try {
          const response = await next(request);
          if (last || !request.idempotent || !policy.retryStatuses.includes(response.status)) return response;
          delay = retryAfterMs(response, policy.maxDelayMs) ?? backoffDelay(attempt, policy);
          logger?.('warn', `Retrying ${request.method} ${request.path} after HTTP ${response.status}`, {
            operation: request.operationName,
            attempt,
            delayMs: delay,
          });
        } catch (error) {
          if (request.signal?.aborted || last || !mayRetryError(error, request)) throw error;
          delay = backoffDelay(attempt, policy);
          logger?.('warn', `Retrying ${request.method} ${request.path} after a transport failure`, {
            operation: request.operationName,
            attempt,
            delayMs: delay,
            code: (error as EgeriaError).exceptionProperties['transportErrorCode'],
          });
        }
        await sleep(delay, request.signal);
      }
    },
  };
}
