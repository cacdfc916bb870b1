/**
 * The declarative form of an OMAS (or framework service) REST operation: one row per operation,
 * checked against the Egeria 5.2 Spring resource class that serves it.
 */

/** HTTP verbs that Egeria 5.x resources use. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Where a service's operations live. */
export type ServiceRoot =
  | {
      /** An access service: `/servers/{serverName}/open-metadata/access-services/{marker}/users/{userId}`. */
      readonly kind: 'access-service';
      /** The access service's URL marker, such as `data-manager`. */
      readonly marker: string;
    }
  | {
      /**
       * A framework service hosted for a partner access service:
       * `/servers/{serverName}/open-metadata/framework-services/{serviceURLMarker}/{service}/users/{userId}`.
       */
      readonly kind: 'framework-service';
      /** The framework service, such as `governance-configuration-service`, `open-integration`, `open-metadata-store`. */
      readonly service: string;
    };

/** A query parameter an operation takes. */
export interface QueryParameterDefinition {
  /** True when the Spring resource declares it required (a missing one gets Spring's HTTP 400). */
  readonly required?: boolean;
  /** The value Egeria's Java client sends when the caller gives none. */
  readonly default?: string | number | boolean;
}

/** What the response bean holds and where. */
export interface ResponseDefinition {
  /** The simple name of the response bean, such as `GUIDResponse` or `DatabasesResponse`. */
  readonly bean: string;
  /** The field holding the result (`guid`, `guids`, `element`, `elements`, `flag`...); none for `VoidResponse`. */
  readonly field?: string;
  /** True when the field is a list (then 4.x's `elementList` is accepted too, and a missing field is an empty list). */
  readonly list?: boolean;
}

/** One REST operation. */
export interface OperationDefinition {
  /** The Java client's method name, such as `createDatabase`. */
  readonly name: string;
  /** The HTTP verb. */
  readonly method: HttpMethod;
  /** The path below the service root, with `{name}` placeholders that are percent-encoded when filled. */
  readonly path: string;
  /** The query parameters the server takes, by name. */
  readonly query?: Readonly<Record<string, QueryParameterDefinition>>;
  /** The simple name of the request bean (sent as the body's `class`); absent when there is no body. */
  readonly requestBody?: string;
  /** True when the server requires a body (`@RequestBody` without `required = false`). */
  readonly bodyRequired?: boolean;
  /** The response. */
  readonly response: ResponseDefinition;
  /** For a list operation, the names of its paging parameters (they differ by service). */
  readonly paging?: {
    /** The name of the parameter with the index of the first element, such as `startFrom`. */
    readonly startFrom: string;
    /** The name of the parameter with the most elements to return, such as `pageSize`. */
    readonly pageSize: string;
  };
  /** True for an operation that creates something: it is never retried blindly. */
  readonly creates?: boolean;
  /** True for a create whose Egeria 5.2 resource answers without the new GUID: the call returns undefined instead of failing. */
  readonly answersNoGUID?: boolean;
}

/** A service's operations, by name. */
export interface ServiceDefinition<Names extends string = string> {
  /** Where the operations live. */
  readonly root: ServiceRoot;
  /** The operations, keyed by name. */
  readonly operations: Readonly<Record<Names, OperationDefinition>>;
}
