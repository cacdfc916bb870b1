import type {
  APIOperationProperties,
  APIParameterListProperties,
  APIParameterListType,
  APIProperties,
  ContextMergeUpdateOption,
  ContextNameOptions,
  ContextPagingOptions,
  ContextSearchOptions,
  ContextTemplateOptions,
  SchemaAttributeProperties,
} from '@egeria-ts/omas-client';

/**
 * `APIParameterProperties`: a schema attribute with the parameter's type (`parameterType`, such as
 * `path`, `query` or `header`). Egeria's client sends it as a schema attribute of type
 * `APIParameter` with `parameterType` among its extended properties; so does this context.
 */
export interface APIParameterProperties extends SchemaAttributeProperties {
  /** Where the parameter goes, such as `path`, `query`, `header` or `body`. */
  readonly parameterType?: string;
}

// ----- endpoints ------------------------------------------------------------------------------------

// The endpoint options are the ones every context with endpoints shares (the integration kit's).
export type {
  CreateEndpointOptions,
  CreateEndpointFromTemplateOptions,
  EndpointGUIDOption,
  UpdateEndpointOptions,
} from '@egeria-ts/omas-client';

// ----- APIs -----------------------------------------------------------------------------------------

/** Options of `createAPI`. */
export interface CreateAPIOptions {
  /** The endpoint the API is called through, when there is one. */
  readonly endpointGUID?: string;
  /** The API's properties; `qualifiedName` is required (a `typeName` picks a subtype of `DeployedAPI`). */
  readonly apiProperties: APIProperties;
}

/** Options of `createAPIFromTemplate`. */
export interface CreateAPIFromTemplateOptions extends ContextTemplateOptions {
  /** The endpoint the API is called through, when there is one. */
  readonly endpointGUID?: string;
}

/** Names one API. */
export interface APIGUIDOption {
  /** The API's GUID. */
  readonly apiGUID: string;
}

/** Options of `updateAPI`. */
export interface UpdateAPIOptions extends ContextMergeUpdateOption, APIGUIDOption {
  /** The new properties. */
  readonly apiProperties: APIProperties;
}

/** Options of `removeAPI`: the API and its unique name. */
export interface RemoveAPIOptions extends APIGUIDOption {
  /** The API's qualified name. */
  readonly qualifiedName: string;
}

// ----- API operations -------------------------------------------------------------------------------

/** Options of `createAPIOperation`. */
export interface CreateAPIOperationOptions extends APIGUIDOption {
  /** The operation's properties; `qualifiedName` is required. */
  readonly apiOperationProperties: APIOperationProperties;
}

/** Options of `createAPIOperationFromTemplate`. */
export interface CreateAPIOperationFromTemplateOptions extends ContextTemplateOptions, APIGUIDOption {}

/** Names one API operation. */
export interface APIOperationGUIDOption {
  /** The operation's GUID. */
  readonly apiOperationGUID: string;
}

/** Options of `updateAPIOperation`. */
export interface UpdateAPIOperationOptions extends ContextMergeUpdateOption, APIOperationGUIDOption {
  /** The new properties. */
  readonly apiOperationProperties: APIOperationProperties;
}

/** Options of `removeAPIOperation`: the operation and its unique name. */
export interface RemoveAPIOperationOptions extends APIOperationGUIDOption {
  /** The operation's qualified name. */
  readonly qualifiedName: string;
}

/** Options of `getOperationsForAPI`. */
export interface APIOperationsForAPIOptions extends ContextPagingOptions, APIGUIDOption {}

// ----- API parameter lists --------------------------------------------------------------------------

/** Options of `createAPIParameterList`. */
export interface CreateAPIParameterListOptions extends APIOperationGUIDOption {
  /** Which list of the operation: `HEADER`, `REQUEST` or `RESPONSE`. */
  readonly parameterListType: APIParameterListType;
  /** The list's properties; `qualifiedName` is required. */
  readonly apiParameterListProperties: APIParameterListProperties;
}

/** Options of `createAPIParameterListFromTemplate`. */
export interface CreateAPIParameterListFromTemplateOptions extends ContextTemplateOptions, APIOperationGUIDOption {
  /** Which list of the operation: `HEADER`, `REQUEST` or `RESPONSE`. */
  readonly parameterListType: APIParameterListType;
}

/** Names one API parameter list. */
export interface APIParameterListGUIDOption {
  /** The parameter list's GUID. */
  readonly apiParameterListGUID: string;
}

/** Options of `updateAPIParameterList`. */
export interface UpdateAPIParameterListOptions extends ContextMergeUpdateOption, APIParameterListGUIDOption {
  /** The new properties. */
  readonly apiParameterListProperties: APIParameterListProperties;
}

/** Options of `removeAPIParameterList`: the list and its unique name. */
export interface RemoveAPIParameterListOptions extends APIParameterListGUIDOption {
  /** The list's qualified name. */
  readonly qualifiedName: string;
}

/** Options of `getParameterListsForAPIOperation`. */
export interface APIParameterListsForOperationOptions extends ContextPagingOptions, APIOperationGUIDOption {}

// ----- API parameters -------------------------------------------------------------------------------

/** Options of `createAPIParameter`. */
export interface CreateAPIParameterOptions {
  /** The parameter list, or the parameter this one is nested in. */
  readonly schemaElementGUID: string;
  /** The parameter's properties; `qualifiedName` is required (`typeName` defaults to `APIParameter`). */
  readonly apiParameterProperties: APIParameterProperties;
}

/** Options of `createAPIParameterFromTemplate`. */
export interface CreateAPIParameterFromTemplateOptions extends ContextTemplateOptions {
  /** The parameter list, or the parameter this one is nested in. */
  readonly schemaElementGUID: string;
}

/** Names one API parameter. */
export interface APIParameterGUIDOption {
  /** The parameter's GUID. */
  readonly apiParameterGUID: string;
}

/** Options of `updateAPIParameter`. */
export interface UpdateAPIParameterOptions extends ContextMergeUpdateOption, APIParameterGUIDOption {
  /** The new properties. */
  readonly apiParameterProperties: APIParameterProperties;
}

/** Options of `findAPIParameters`. */
export interface FindAPIParametersOptions extends ContextSearchOptions {
  /** Only parameters of this type or its subtypes (default `APIParameter`). */
  readonly typeName?: string;
}

/** Options of `getAPIParametersByName`. */
export interface APIParametersByNameOptions extends ContextNameOptions {
  /** Only parameters of this type or its subtypes (default `APIParameter`). */
  readonly typeName?: string;
}

/** Options of `getNestedAPIParameters`. */
export interface NestedAPIParametersOptions extends ContextPagingOptions {
  /** The parameter list or parameter whose parameters to list. */
  readonly parentElementGUID: string;
}
