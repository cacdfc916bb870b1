/** Options every typed client call takes. @public */
export interface OmasCallOptions {
  /** Cancels the call. */
  readonly signal?: AbortSignal;
  /** Time allowed for each attempt, in milliseconds (default: the transport's). */
  readonly timeoutMs?: number;
}

/**
 * Paging of a list call. For one page, `startFrom` defaults to 0 and `pageSize` to 0 (the server's
 * maximum page size); for an iterator, `pageSize` defaults to the invoker's page size.
 * @public
 */
export interface OmasPagingOptions extends OmasCallOptions {
  /** The first element to return, 0-based. */
  readonly startFrom?: number;
  /** The most elements to return in one page. */
  readonly pageSize?: number;
}
