/** Polling for a condition in a test, with a deadline. */
import { IllegalStateError } from '@egeria-ts/core';
import { TESTING_ERROR_CODE } from '../testing-messages';

/**
 * Waits until a condition holds (checked every 20 ms), such as an event having arrived.
 * @example
 * ```ts
 * await waitUntil(() => events.length > 0, 'the out-topic event');
 * ```
 * @param condition - the condition to wait for
 * @param what - what is awaited, for the error
 * @param timeoutMs - how long to wait (default 5000 ms)
 * @throws an `IllegalStateError` naming `what` when the time is up
 */
export async function waitUntil(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline)
      throw IllegalStateError.fromDefinition(TESTING_ERROR_CODE.WAIT_TIMED_OUT, [what, timeoutMs]);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
