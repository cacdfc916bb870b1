/**
 * Builders for the rows of the operation tables. A row is written as the verb, the path below the
 * service root, the request bean, the response and a few traits (paging, flags, optional body, the
 * create mark), so that every row is one line that can be checked against Egeria's Spring resource.
 * Internal: the tables built with them are public, the builders are not.
 */
import type {
  OperationDefinition,
  QueryParameterDefinition,
  ResponseDefinition,
  ServiceDefinition,
  ServiceRoot,
} from '../../operations/operation-definition';

/** A row before it gets its name (the key it is stored under). */
export type OperationRow = Omit<OperationDefinition, 'name'>;

/** Something a row may carry besides verb, path, body and response. */
export interface RowTrait {
  readonly query?: Readonly<Record<string, QueryParameterDefinition>>;
  readonly paging?: { readonly startFrom: string; readonly pageSize: string };
  readonly bodyRequired?: boolean;
  readonly creates?: boolean;
  readonly answersNoGUID?: boolean;
}

/** `GUIDResponse`: the new or found element's GUID. */
export const GUID_RESPONSE: ResponseDefinition = Object.freeze({ bean: 'GUIDResponse', field: 'guid' });
/** `GUIDListResponse`: a list of GUIDs. */
export const GUID_LIST_RESPONSE: ResponseDefinition = Object.freeze({
  bean: 'GUIDListResponse',
  field: 'guids',
  list: true,
});
/** `VoidResponse`: nothing but the envelope. */
export const VOID_RESPONSE: ResponseDefinition = Object.freeze({ bean: 'VoidResponse' });
/** `BooleanResponse`: a flag. */
export const BOOLEAN_RESPONSE: ResponseDefinition = Object.freeze({ bean: 'BooleanResponse', field: 'flag' });
/** `OCFConnectionResponse`: an OCF Connection (an out topic's, or one the connected asset service reads). */
export const CONNECTION_RESPONSE: ResponseDefinition = Object.freeze({
  bean: 'OCFConnectionResponse',
  field: 'connection',
});

/** A response bean holding one element (under `element` unless another field is named). */
export function single(bean: string, field = 'element'): ResponseDefinition {
  return Object.freeze({ bean, field });
}

/** A response bean holding a list under `elements` (Egeria 5.x common beans). */
export function elements(bean: string): ResponseDefinition {
  return Object.freeze({ bean, field: 'elements', list: true });
}

/** A response bean holding a list under `elementList` (5.2's Asset Manager and some framework beans). */
export function elementList(bean: string): ResponseDefinition {
  return Object.freeze({ bean, field: 'elementList', list: true });
}

function merge(traits: readonly RowTrait[]): RowTrait {
  let query: Record<string, QueryParameterDefinition> | undefined;
  let result: RowTrait = {};
  for (const trait of traits) {
    if (trait.query) query = { ...query, ...trait.query };
    result = { ...result, ...trait };
  }
  return query ? { ...result, query: Object.freeze(query) } : result;
}

/** A POST whose body is `requestBody` (required unless a trait says otherwise). */
export function post(
  path: string,
  requestBody: string,
  response: ResponseDefinition,
  ...traits: readonly RowTrait[]
): OperationRow {
  return Object.freeze({ method: 'POST', path, requestBody, bodyRequired: true, response, ...merge(traits) });
}

/** A GET (no body). */
export function get(path: string, response: ResponseDefinition, ...traits: readonly RowTrait[]): OperationRow {
  return Object.freeze({ method: 'GET', path, response, ...merge(traits) });
}

/**
 * Paging parameters. Both are plain `@RequestParam int` (required) on most resources; the Java
 * clients send 0 for "the server's maximum page size" when the caller gives nothing.
 */
export function paged(startFrom = 'startFrom', pageSize = 'pageSize', required = true): RowTrait {
  return {
    query: { [startFrom]: { required, default: 0 }, [pageSize]: { required, default: 0 } },
    paging: Object.freeze({ startFrom, pageSize }),
  };
}

/** `startingFrom` / `maximumResults`: the governance configuration and open integration services' names. */
export const PAGED_MAXIMUM_RESULTS: RowTrait = paged('startingFrom', 'maximumResults');

/** Optional boolean query parameters that default to false on the server (`forLineage`...). */
export function flags(...names: readonly string[]): RowTrait {
  const query: Record<string, QueryParameterDefinition> = {};
  for (const name of names) query[name] = { required: false, default: false };
  return { query };
}

/** `forLineage` and `forDuplicateProcessing`, optional on most Asset Manager and open metadata store calls. */
export const LINEAGE_FLAGS: RowTrait = flags('forLineage', 'forDuplicateProcessing');

/**
 * A required query parameter. `javaDefault` is what Egeria's own integration contexts send when the
 * connector says nothing (for example `true` for the `...IsHome` ownership flags).
 */
export function required(name: string, javaDefault?: string | number | boolean): RowTrait {
  return {
    query: { [name]: javaDefault === undefined ? { required: true } : { required: true, default: javaDefault } },
  };
}

/** An optional query parameter, with the server's default when it declares one. */
export function optional(name: string, serverDefault?: string | number | boolean): RowTrait {
  return {
    query: { [name]: serverDefault === undefined ? { required: false } : { required: false, default: serverDefault } },
  };
}

/** `isMergeUpdate`, required on every update these tables hold: the caller always says merge or replace. */
export const MERGE_UPDATE: RowTrait = required('isMergeUpdate');

/** An ownership flag such as `eventBrokerIsHome`: required by the server, true in Egeria's contexts. */
export function isHome(name: string): RowTrait {
  return required(name, true);
}

/** The body may be left out (`@RequestBody(required = false)`). */
export const OPTIONAL_BODY: RowTrait = { bodyRequired: false };

/** The operation creates something (an element or a relationship): it is never retried blindly. */
export const CREATES: RowTrait = { creates: true };

/** A create whose Egeria 5.2 resource drops the new GUID from its answer (the call returns undefined). */
export const ANSWERS_NO_GUID: RowTrait = { answersNoGUID: true };

/** Gives every row its name and freezes the table. */
export function defineService<Names extends string>(
  root: ServiceRoot,
  rows: Readonly<Record<Names, OperationRow>>,
): ServiceDefinition<Names> {
  const operations = {} as Record<Names, OperationDefinition>;
  for (const name of Object.keys(rows) as Names[]) {
    operations[name] = Object.freeze({ name, ...rows[name] });
  }
  return Object.freeze({ root: Object.freeze({ ...root }), operations: Object.freeze(operations) });
}
