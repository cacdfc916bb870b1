/** An opaque handle of a timer started by {@link DaemonTimers.setTimeout}. */
export type DaemonTimerHandle = unknown;

/**
 * The clock and timers the daemon uses; tests may pass their own. Like a server, a running daemon
 * keeps its process alive with its timers; `stop()` clears every one of them, so a stopped daemon
 * leaves nothing running.
 */
export interface DaemonTimers {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Calls `callback` once after `ms` milliseconds. */
  setTimeout(callback: () => void, ms: number): DaemonTimerHandle;
  /** Cancels a timer; a handle that already fired or was cleared is ignored. */
  clearTimeout(handle: DaemonTimerHandle): void;
  /** A number in [0, 1), for the jitter of restart delays. */
  random(): number;
}

/** The longest delay Node's `setTimeout` takes as it is (a longer one would fire at once). */
const MAX_NODE_DELAY_MS = 2_147_483_647;

/** A Node timer re-armed in steps, for delays longer than Node accepts. */
class LongNodeTimer {
  timeout?: NodeJS.Timeout;
}

function armNodeTimer(handle: LongNodeTimer, callback: () => void, dueAt: number): void {
  const delay = Math.max(0, dueAt - Date.now());
  handle.timeout = setTimeout(
    () => {
      if (Date.now() < dueAt) armNodeTimer(handle, callback, dueAt);
      else callback();
    },
    Math.min(delay, MAX_NODE_DELAY_MS),
  );
}

/**
 * The daemon's default timers: Node's. Delays longer than Node accepts (about 24.8 days, such as
 * a start date far ahead) are waited in steps instead of firing at once.
 */
export const NODE_DAEMON_TIMERS: DaemonTimers = Object.freeze({
  now: () => Date.now(),
  setTimeout: (callback: () => void, ms: number): DaemonTimerHandle => {
    const delay = Math.max(0, ms);
    if (delay <= MAX_NODE_DELAY_MS) return setTimeout(callback, delay);
    const handle = new LongNodeTimer();
    armNodeTimer(handle, callback, Date.now() + delay);
    return handle;
  },
  clearTimeout: (handle: DaemonTimerHandle): void => {
    if (handle instanceof LongNodeTimer) clearTimeout(handle.timeout);
    else clearTimeout(handle as NodeJS.Timeout);
  },
  random: () => Math.random(),
});

/**
 * Waits `ms` milliseconds, or less when `signal` fires; never rejects.
 * @internal
 */
export function pause(timers: DaemonTimers, ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = (): void => {
      timers.clearTimeout(handle);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const handle = timers.setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/**
 * Resolves with true when `promise` settles within `ms` milliseconds, false otherwise (or as soon
 * as `signal` fires); the promise's own outcome is ignored, and the timer is cleared either way.
 * @internal
 */
export function settlesWithin(
  timers: DaemonTimers,
  promise: Promise<unknown>,
  ms: number,
  signal?: AbortSignal,
): Promise<boolean> {
  if (ms <= 0 || signal?.aborted) {
    let settled = false;
    void promise.then(
      () => (settled = true),
      () => (settled = true),
    );
    return Promise.resolve().then(() => settled);
  }
  return new Promise((resolve) => {
    const finish = (result: boolean): void => {
      timers.clearTimeout(handle);
      signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const onAbort = (): void => finish(false);
    const handle = timers.setTimeout(() => finish(false), ms);
    signal?.addEventListener('abort', onAbort, { once: true });
    promise.then(
      () => finish(true),
      () => finish(true),
    );
  });
}
