import type { OperationDefinition } from './operation-definition';

/** Values for one call of an operation. */
export interface OperationRequest {
  /** Values for the path's `{name}` placeholders (percent-encoded with `encodeURIComponent` when sent). */
  readonly path?: Readonly<Record<string, string>>;
  /** Query parameter values; undefined ones fall back to the definition's default or are left out. */
  readonly query?: Readonly<Record<string, string | number | boolean | undefined>>;
  /** The request body; its `class` is set from the definition's `requestBody` when absent. */
  readonly body?: unknown;
  /** Cancels the request. */
  readonly signal?: AbortSignal;
  /** Time allowed for each attempt, in milliseconds (default: the transport's). */
  readonly timeoutMs?: number;
}

/** Options for iterating over a paged list operation. */
export interface PageOptions {
  /** First element to return (0-based). */
  readonly startFrom?: number;
  /** Elements asked for in each page. */
  readonly pageSize?: number;
}

/**
 * What a typed OMAS client calls: sends an operation as Egeria's Java client would, and returns the
 * response's result field (the GUID, the element, the list...), or throws the typed error the
 * response carries.
 */
export interface OperationInvoker {
  /** Calls one operation and returns the value of its response field (undefined for a void response). */
  invoke<T = unknown>(operation: OperationDefinition, request?: OperationRequest): Promise<T>;
  /** Pages through a list operation until a short page, yielding each element. */
  iterate<T = unknown>(
    operation: OperationDefinition,
    request?: OperationRequest,
    options?: PageOptions,
  ): AsyncIterableIterator<T>;
}
