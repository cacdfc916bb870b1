/**
 * Typed methods for a relationship between two elements that a service sets up, retrieves, updates
 * and clears with the same shape of rows (data flows, control flows, process calls), and for the
 * paged lists of such relationships from one end. A client keeps what these return in private fields
 * and publishes each function under Egeria's method name. Internal.
 */
import type { OperationDefinition } from '../../operations/operation-definition';
import type { OperationInvoker } from '../../operations/operation-invoker';
import type { EffectiveTimeQueryRequestBody, NameRequestBody, ResultsRequestBody } from './beans/request-bodies';
import { iteratePages, send, sendPage } from './client-support';
import type { OmasCallOptions, OmasPagingOptions } from './options';

/**
 * The four methods of a relationship kind, sending the rows `setup<Kind>`, `get<Kind>`,
 * `update<Kind>` and `clear<Kind>` of `operations`.
 * @typeParam Element - the element the get row returns
 * @typeParam Body - the request bean of the setup and update rows
 * @typeParam First - the path value of the first end
 * @typeParam Second - the path value of the second end
 * @typeParam Link - the path value naming the relationship itself
 * @param invoker - returns the client's invoker when a method is called
 * @param operations - the client's table
 * @param kind - the relationship kind as the row names spell it (`DataFlow`)
 * @param propertiesClass - the `class` of the nested `properties` the setup and update rows send
 */
export function linkMethods<
  Element,
  Body extends object,
  First extends string,
  Second extends string,
  Link extends string,
>(
  invoker: () => OperationInvoker,
  operations: Readonly<Record<`${'setup' | 'get' | 'update' | 'clear'}${string}`, OperationDefinition>>,
  kind: string,
  propertiesClass: string,
) {
  const shape = { nested: { properties: propertiesClass } };
  return {
    setup: async (
      options: OmasCallOptions &
        Readonly<Record<First | Second, string>> & { readonly infrastructureManagerIsHome?: boolean } & Body,
    ): Promise<string> => send<string>(invoker(), operations[`setup${kind}`], options, shape),
    get: async (
      options: OmasCallOptions & Readonly<Record<First | Second, string>> & NameRequestBody,
    ): Promise<Element | undefined> => send<Element | undefined>(invoker(), operations[`get${kind}`], options),
    update: async (options: OmasCallOptions & Readonly<Record<Link, string>> & Body): Promise<void> => {
      await send(invoker(), operations[`update${kind}`], options, shape);
    },
    clear: async (
      options: OmasCallOptions & Readonly<Record<Link, string>> & EffectiveTimeQueryRequestBody,
    ): Promise<void> => {
      await send(invoker(), operations[`clear${kind}`], options);
    },
  };
}

/**
 * One page, and all pages, of a list row whose only path value is `Key` and whose request bean is
 * a `ResultsRequestBody`.
 * @param invoker - returns the client's invoker when a method is called
 * @param operation - the list row
 */
export function resultsListMethods<Element, Key extends string>(
  invoker: () => OperationInvoker,
  operation: OperationDefinition,
) {
  return {
    page: async (options: OmasPagingOptions & Readonly<Record<Key, string>> & ResultsRequestBody): Promise<Element[]> =>
      sendPage<Element>(invoker(), operation, options),
    iterate: (
      options: OmasPagingOptions & Readonly<Record<Key, string>> & ResultsRequestBody,
    ): AsyncIterableIterator<Element> => iteratePages<Element>(invoker(), operation, options),
  };
}
