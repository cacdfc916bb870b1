/**
 * The check every integration service's context test makes: a write the permitted synchronization
 * forbids is refused with a `UserNotAuthorizedException` before anything is sent.
 */
import { IllegalStateError, UserNotAuthorizedException, type IntegrationContext } from '@egeria-ts/core';
import type { FaultProxy } from '../faults/fault-proxy';
import { TESTING_ERROR_CODE } from '../testing-messages';
import type { ScriptedConnector } from './scripted-connector';

/**
 * What `IntegratorTestbed.expectWriteRefused` gives back when the write was refused as it should be.
 * @typeParam C - the integration service's context type
 */
export interface RefusedWrite<C extends IntegrationContext = IntegrationContext> {
  /** What the write was rejected with, for checks of its message id and parameters. */
  readonly refusal: UserNotAuthorizedException;
  /** The connector's context, for reads after the refusal. */
  readonly context: C;
}

/** A connector whose refreshes run a script: one from `scriptedConnector`. */
export type RefreshScripted<C extends IntegrationContext> = Pick<ScriptedConnector<C, unknown>, 'refreshWith'>;

/**
 * Runs `write` in a refresh of `connector` (already started under a permitted synchronization
 * that forbids writing to open metadata) and checks that it was refused before any request went
 * through `proxy`.
 * @param connector - the started connector
 * @param context - its context
 * @param proxy - the proxy its context sends through
 * @param write - the write
 * @throws an `IllegalStateError` naming what happened instead
 */
export async function checkWriteRefused<C extends IntegrationContext>(
  connector: RefreshScripted<C>,
  context: C,
  proxy: FaultProxy,
  write: (context: C) => Promise<unknown>,
): Promise<RefusedWrite<C>> {
  proxy.clearRequests();
  const outcomes: ({ readonly error: unknown } | 'succeeded')[] = [];
  await connector.refreshWith(async (scripted) => {
    outcomes.push(
      await write(scripted).then(
        () => 'succeeded' as const,
        (error: unknown) => ({ error }),
      ),
    );
  });
  const [outcome] = outcomes;
  const sent = proxy.requests;
  if (outcome === undefined || outcome === 'succeeded') throw notRefused('it succeeded');
  if (!(outcome.error instanceof UserNotAuthorizedException)) {
    throw notRefused(`it failed with ${describeError(outcome.error)}`);
  }
  if (sent.length > 0) {
    throw notRefused(`${sent.length} request(s) were sent, the first ${sent[0].method} ${sent[0].path}`);
  }
  return { refusal: outcome.error, context };
}

function notRefused(instead: string): IllegalStateError {
  return IllegalStateError.fromDefinition(TESTING_ERROR_CODE.WRITE_NOT_REFUSED, [instead]);
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
