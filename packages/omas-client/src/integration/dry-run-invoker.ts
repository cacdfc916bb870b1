/**
 * The partner invoker of a dry-run context: a call that names a placeholder GUID (`dry-run:<uuid>`,
 * an element the dry run only pretended to create) is answered at once with nothing (an empty list
 * for a list operation) instead of being sent, since no server knows that GUID. Internal to the kit.
 */
import { isDryRunGUID } from '@egeria-ts/core';
import type { OperationDefinition } from '../operations/operation-definition';
import type { OperationInvoker, OperationRequest, PageOptions } from '../operations/operation-invoker';

/** True when a path or query value, or a top-level value of the body, is a placeholder GUID. */
function namesPlaceholder(request: OperationRequest | undefined): boolean {
  if (request === undefined) return false;
  const values: unknown[] = [
    ...Object.values(request.path ?? {}),
    ...Object.values(request.query ?? {}),
    ...(typeof request.body === 'object' && request.body !== null && !Array.isArray(request.body)
      ? Object.values(request.body as Record<string, unknown>)
      : []),
  ];
  return values.some(isDryRunGUID);
}

async function* nothing<T>(): AsyncIterableIterator<T> {
  // A list read about a placeholder element has no elements.
}

/**
 * Wraps an invoker so that calls naming a placeholder GUID are never sent.
 * @param invoker - the real invoker
 */
export function skipPlaceholderCalls(invoker: OperationInvoker): OperationInvoker {
  return {
    invoke<T = unknown>(operation: OperationDefinition, request?: OperationRequest): Promise<T> {
      if (!namesPlaceholder(request)) return invoker.invoke<T>(operation, request);
      return Promise.resolve((operation.response.list === true ? [] : undefined) as T);
    },
    iterate<T = unknown>(
      operation: OperationDefinition,
      request?: OperationRequest,
      options?: PageOptions,
    ): AsyncIterableIterator<T> {
      if (!namesPlaceholder(request)) return invoker.iterate<T>(operation, request, options);
      return nothing<T>();
    },
  };
}
