import type { RestartPolicySettings } from '../config/egeria-ts-settings';

/**
 * Capped exponential backoff: `initialDelaySeconds * multiplier^attempt`, at most
 * `maxDelaySeconds`, less up to 20% jitter so that connectors that failed together do not retry
 * together.
 * @internal
 */
export class Backoff {
  #attempt = 0;

  constructor(
    private readonly policy: Pick<RestartPolicySettings, 'initialDelaySeconds' | 'maxDelaySeconds' | 'multiplier'>,
    private readonly random: () => number,
  ) {}

  /** The number of delays handed out since the last reset. */
  get attempt(): number {
    return this.#attempt;
  }

  /** The next delay in milliseconds. */
  next(): number {
    const { initialDelaySeconds, maxDelaySeconds, multiplier } = this.policy;
    const raw = initialDelaySeconds * Math.pow(Math.max(1, multiplier), this.#attempt);
    const capped = Math.min(Math.max(0, maxDelaySeconds), raw);
    this.#attempt += 1;
    const jitter = 1 - 0.2 * Math.min(1, Math.max(0, this.random()));
    return Math.round(capped * jitter * 1000);
  }

  /** Starts again from the initial delay (after a success). */
  reset(): void {
    this.#attempt = 0;
  }
}
