import type { ReconnectOptions } from './topic-connector';

/** Default delay before the first retry, in milliseconds. */
const DEFAULT_INITIAL_DELAY_MS = 250;
/** Default cap on the delay between retries, in milliseconds. */
const DEFAULT_MAX_DELAY_MS = 30_000;
/** Default number of attempts `connect()` makes. */
const DEFAULT_CONNECT_ATTEMPTS = 3;

/** A {@link ReconnectOptions} with every value filled in. */
export interface ResolvedReconnectOptions {
  /** Delay before the first retry, in milliseconds. */
  readonly initialDelayMs: number;
  /** Upper bound of the delay between retries, in milliseconds. */
  readonly maxDelayMs: number;
  /** Attempts `connect()` makes before it gives up. */
  readonly connectAttempts: number;
}

/** Fills in the defaults of a {@link ReconnectOptions} (250 ms, 30 s, 3 attempts). */
export function resolveReconnectOptions(options: ReconnectOptions = {}): ResolvedReconnectOptions {
  const positive = (v: number | undefined, d: number): number =>
    v !== undefined && Number.isFinite(v) && v >= 0 ? v : d;
  const initialDelayMs = positive(options.initialDelayMs, DEFAULT_INITIAL_DELAY_MS);
  return {
    initialDelayMs,
    maxDelayMs: Math.max(initialDelayMs, positive(options.maxDelayMs, DEFAULT_MAX_DELAY_MS)),
    connectAttempts: Math.max(1, Math.floor(positive(options.connectAttempts, DEFAULT_CONNECT_ATTEMPTS))),
  };
}

/**
 * The delay before retry number `attempt` (0 for the first retry): exponential backoff with ±20%
 * jitter, never above the cap, so that many clients cut off at once do not all come back at once.
 * @param attempt - how many retries have already been made
 * @param options - the reconnection policy
 * @param baseDelayMs - overrides the policy's initial delay (for example a server-sent `retry`)
 */
export function nextBackoffDelay(attempt: number, options: ResolvedReconnectOptions, baseDelayMs?: number): number {
  const base = baseDelayMs ?? options.initialDelayMs;
  const exponential = base * 2 ** Math.min(Math.max(0, attempt), 30);
  return Math.round(Math.min(options.maxDelayMs, exponential * (0.8 + Math.random() * 0.4)));
}
