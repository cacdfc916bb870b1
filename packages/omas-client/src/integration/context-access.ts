/**
 * What a shared set of context operations borrows from the integration context that exposes it:
 * the context's guarded, counted write path, its reads and its metadata source.
 */
import type { ElementChange } from '@egeria-ts/core';
import type { ContextPagingOptions } from './context-options';
import type { CheckedPaging, ExternalSource } from './omas-integration-context';

/**
 * The parts of an {@link OmasIntegrationContext} that a shared set of operations (such as
 * {@link UserIdentityOperations}) works through, so that every write still goes through the
 * context's one permitted synchronization guard and is counted in its activity report. A context
 * builds it with its protected `contextAccess()`.
 * @public
 */
export interface IntegrationContextAccess {
  /** Runs a write: the permitted synchronization guard, then `fn`, then the activity report. */
  write<T>(operation: string, fn: (signal: AbortSignal) => Promise<T>, change?: ElementChange<T>): Promise<T>;
  /** Runs a read (refused once the context is disconnected). */
  read<T>(operation: string, fn: (signal: AbortSignal) => Promise<T>): Promise<T>;
  /** Checks the options and their paging, then reads one page. */
  readPage<T>(
    operation: string,
    options: ContextPagingOptions,
    fn: (page: CheckedPaging & { readonly signal: AbortSignal }) => Promise<T[]>,
  ): Promise<T[]>;
  /** Returns the options when they are an object; otherwise throws an `InvalidParameterException` naming them. */
  requireOptions<T>(operation: string, options: T): T;
  /** The metadata source that updates and removals carry. */
  externalSource(): ExternalSource;
  /** The metadata source that creates carry: none when the context's `externalSourceIsHome` is false. */
  creationExternalSource(): ExternalSource;
}
