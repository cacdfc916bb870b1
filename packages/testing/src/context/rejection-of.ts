/** Capturing the error a call is expected to fail with. */
import { IllegalStateError } from '@egeria-ts/core';
import { TESTING_ERROR_CODE } from '../testing-messages';

/**
 * Waits for a promise that should fail and returns its error, so that the test can check it (and
 * go on, for example inside a connector's refresh).
 * @example
 * ```ts
 * const refusal = await rejectionOf(context.createDatabase({ databaseProperties }));
 * expect(refusal).toBeInstanceOf(UserNotAuthorizedException);
 * ```
 * @param promise - the call that should fail
 * @returns its error
 * @throws an `IllegalStateError` when the promise succeeds
 */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw IllegalStateError.fromDefinition(TESTING_ERROR_CODE.NOT_REJECTED, []);
}
