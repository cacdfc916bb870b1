/**
 * What every typed client does with a row of its table: check the path values, split the caller's
 * options into path values, query values and the request body, and hand the call to the
 * {@link OperationInvoker}. Internal.
 */
import { InvalidParameterException } from '@egeria-ts/core';
import type { OperationDefinition } from '../../operations/operation-definition';
import type { OperationInvoker, OperationRequest } from '../../operations/operation-invoker';
import { ServiceClientMessages } from './client-messages';
import type { OmasCallOptions, OmasPagingOptions } from './options';

const PLACEHOLDER = /\{([^{}]+)\}/g;
const CALL_KEYS: readonly string[] = ['signal', 'timeoutMs', 'startFrom', 'pageSize'];

/** Caller options as the helpers see them: named values of any type. */
type Options = object;

function valueOf(options: Options, name: string): unknown {
  return (options as Record<string, unknown>)[name];
}

/** The names of a row's path placeholders. */
export function placeholders(operation: OperationDefinition): string[] {
  return [...operation.path.matchAll(PLACEHOLDER)].map((match) => match[1]);
}

/**
 * The values for a row's path placeholders, taken from the caller's options by name.
 * @throws InvalidParameterException naming the first placeholder without a non-blank text value
 */
export function pathValues(operation: OperationDefinition, options: Options): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of placeholders(operation)) {
    const value = valueOf(options, name);
    if (typeof value !== 'string' || value.trim() === '') {
      throw InvalidParameterException.fromDefinition(ServiceClientMessages.MISSING_VALUE, [name, operation.name], {
        actionDescription: operation.name,
        exceptionProperties: { parameterName: name },
      });
    }
    values[name] = value;
  }
  return values;
}

/** The query values the caller gave for a row's query parameters (paging excluded). */
export function queryValues(
  operation: OperationDefinition,
  options: Options,
): Record<string, string | number | boolean | undefined> {
  const values: Record<string, string | number | boolean | undefined> = {};
  for (const name of Object.keys(operation.query ?? {})) {
    if (operation.paging && (name === operation.paging.startFrom || name === operation.paging.pageSize)) continue;
    const value = valueOf(options, name);
    // A Date goes as Java's RestTemplate sends one: a text that java.util.Date can parse back.
    if (value instanceof Date) values[name] = value.toUTCString();
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') values[name] = value;
  }
  return values;
}

/** How a client shapes the body of one row, beyond the defaults. */
export interface BodyShape {
  /** The `class` of nested polymorphic properties, filled in when the caller leaves it out. */
  readonly nested?: Readonly<Record<string, string>>;
  /** Request bean fields named like a path or query value: sent in the body as well. */
  readonly alsoInBody?: readonly string[];
}

/**
 * The request body: the caller's options without the call, path and query values, with `class`
 * set to the row's request bean, and the `class` of nested polymorphic properties filled in when
 * the caller left it out.
 */
export function bodyOf(
  operation: OperationDefinition,
  options: Options,
  shape: BodyShape = {},
): Record<string, unknown> | undefined {
  if (operation.requestBody === undefined) return undefined;
  const skip = new Set(['class', ...CALL_KEYS, ...placeholders(operation), ...Object.keys(operation.query ?? {})]);
  for (const name of shape.alsoInBody ?? []) skip.delete(name);
  const body: Record<string, unknown> = { class: operation.requestBody };
  for (const [key, value] of Object.entries(options)) {
    if (skip.has(key) || value === undefined) continue;
    body[key] = value;
  }
  for (const [key, className] of Object.entries(shape.nested ?? {})) {
    const nested = body[key];
    if (typeof nested === 'object' && nested !== null && !Array.isArray(nested)) {
      const properties = nested as Record<string, unknown>;
      if (properties['class'] === undefined) body[key] = { class: className, ...properties };
    }
  }
  return body;
}

function request(operation: OperationDefinition, options: OmasCallOptions, shape?: BodyShape): OperationRequest {
  return {
    path: pathValues(operation, options),
    query: queryValues(operation, options),
    body: bodyOf(operation, options, shape),
    signal: options.signal,
    timeoutMs: options.timeoutMs,
  };
}

/** Sends one row with the caller's options and returns the response field. */
export function send<T>(
  invoker: OperationInvoker,
  operation: OperationDefinition,
  options: OmasCallOptions = {},
  shape?: BodyShape,
): Promise<T> {
  return invoker.invoke<T>(operation, request(operation, options, shape));
}

function paging(operation: OperationDefinition): { readonly startFrom: string; readonly pageSize: string } {
  if (!operation.paging) {
    throw InvalidParameterException.fromDefinition(ServiceClientMessages.NOT_PAGED, [operation.name], {
      actionDescription: operation.name,
      exceptionProperties: { parameterName: 'operation' },
    });
  }
  return operation.paging;
}

/** Sends one page of a list row and returns its elements (an empty array when there are none). */
export async function sendPage<T>(
  invoker: OperationInvoker,
  operation: OperationDefinition,
  options: OmasPagingOptions = {},
  shape?: BodyShape,
): Promise<T[]> {
  const names = paging(operation);
  const base = request(operation, options, shape);
  const page = await invoker.invoke<T[] | undefined>(operation, {
    ...base,
    query: { ...base.query, [names.startFrom]: options.startFrom ?? 0, [names.pageSize]: options.pageSize ?? 0 },
  });
  return page ?? [];
}

/** Pages through a list row from `startFrom`, `pageSize` elements at a time, until a short page. */
export function iteratePages<T>(
  invoker: OperationInvoker,
  operation: OperationDefinition,
  options: OmasPagingOptions = {},
  shape?: BodyShape,
): AsyncIterableIterator<T> {
  paging(operation);
  return invoker.iterate<T>(operation, request(operation, options, shape), {
    startFrom: options.startFrom,
    pageSize: options.pageSize,
  });
}
