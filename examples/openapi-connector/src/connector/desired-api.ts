import type {
  APIParameterProperties,
  CreateAPIOperationOptions,
  CreateAPIOptions,
  CreateAPIParameterListOptions,
  CreateEndpointOptions,
} from '@egeria-ts/api-integrator';
import type { OpenAPIOperationSnapshot, OpenAPIParameterSnapshot, OpenAPISnapshot } from '../source/openapi-snapshot';

/** The properties of an API. */
export type APIProperties = CreateAPIOptions['apiProperties'];
/** The properties of an endpoint. */
export type EndpointProperties = CreateEndpointOptions['endpointProperties'];
/** The properties of an API operation. */
export type APIOperationProperties = CreateAPIOperationOptions['apiOperationProperties'];
/** The properties of an API parameter list. */
export type APIParameterListProperties = CreateAPIParameterListOptions['apiParameterListProperties'];
/** Which parameter list of an operation. */
export type ParameterListType = CreateAPIParameterListOptions['parameterListType'];

/** A parameter as the catalog should hold it. */
export interface DesiredParameter {
  /** Its qualified name. */
  readonly qualifiedName: string;
  /** Its properties. */
  readonly properties: APIParameterProperties;
}

/** A parameter list as the catalog should hold it. */
export interface DesiredParameterList {
  /** `HEADER` (header and cookie parameters) or `REQUEST` (path and query parameters, and the body). */
  readonly parameterListType: ParameterListType;
  /** Its qualified name. */
  readonly qualifiedName: string;
  /** Its properties. */
  readonly properties: APIParameterListProperties;
  /** Its parameters, in order. */
  readonly parameters: readonly DesiredParameter[];
}

/** An operation as the catalog should hold it. */
export interface DesiredOperation {
  /** Its qualified name. */
  readonly qualifiedName: string;
  /** Its properties. */
  readonly properties: APIOperationProperties;
  /** Its parameter lists (only those with parameters). */
  readonly parameterLists: readonly DesiredParameterList[];
}

/** An API as the catalog should hold it. */
export interface DesiredAPI {
  /** Its qualified name. */
  readonly qualifiedName: string;
  /** Its properties. */
  readonly properties: APIProperties;
  /** The endpoint it is called through. */
  readonly endpoint: { readonly qualifiedName: string; readonly properties: EndpointProperties };
  /** Its operations, in document order. */
  readonly operations: readonly DesiredOperation[];
}

/** The separator between the parts of a qualified name below the API's. */
export const QUALIFIED_NAME_SEPARATOR = '::';

/** The additional property of an API that names the document it was catalogued from. */
export const DOCUMENT_PROPERTY = 'openAPIDocument';

/**
 * The API's qualified name: `API:<title>(<document location>)`, after Egeria's OpenAPI monitor
 * (which names an API `API:<tag>(<url>)`).
 * @param snapshot - the document
 */
export function defaultAPIQualifiedName(snapshot: OpenAPISnapshot): string {
  return `API:${snapshot.title}(${snapshot.location})`;
}

/**
 * What the catalog should hold for an OpenAPI document: the API (a `DeployedAPI`), the endpoint it
 * is called through (`servers[0].url`), each operation (`METHOD path`), and for each operation a
 * `HEADER` list with its header and cookie parameters and a `REQUEST` list with its path and query
 * parameters and its request body.
 * @param snapshot - the document
 * @param apiQualifiedName - the API's qualified name (default {@link defaultAPIQualifiedName})
 */
export function desiredAPI(
  snapshot: OpenAPISnapshot,
  apiQualifiedName = defaultAPIQualifiedName(snapshot),
): DesiredAPI {
  const qn = (...parts: string[]) => [apiQualifiedName, ...parts].join(QUALIFIED_NAME_SEPARATOR);
  const endpointQualifiedName = qn('ServerEndpoint');
  return {
    qualifiedName: apiQualifiedName,
    properties: {
      qualifiedName: apiQualifiedName,
      name: snapshot.title,
      displayName: snapshot.title,
      resourceName: snapshot.title,
      ...(snapshot.version === undefined ? {} : { versionIdentifier: snapshot.version }),
      ...(snapshot.description === undefined ? {} : { resourceDescription: snapshot.description }),
      additionalProperties: { [DOCUMENT_PROPERTY]: snapshot.location, openAPIVersion: snapshot.openapi },
    },
    endpoint: {
      qualifiedName: endpointQualifiedName,
      properties: {
        qualifiedName: endpointQualifiedName,
        name: `${snapshot.title} server`,
        ...(snapshot.serverURL === undefined
          ? {}
          : { address: snapshot.serverURL, protocol: protocolOf(snapshot.serverURL) }),
      },
    },
    operations: snapshot.operations.map((operation) =>
      desiredOperation(qn(`${operation.method} ${operation.path}`), operation),
    ),
  };
}

function desiredOperation(qualifiedName: string, operation: OpenAPIOperationSnapshot): DesiredOperation {
  const label = `${operation.method} ${operation.path}`;
  const description = operation.summary ?? operation.description;
  const additional: Record<string, string> = {};
  if (operation.operationId !== undefined) additional['operationId'] = operation.operationId;
  if (operation.summary !== undefined && operation.description !== undefined) {
    additional['description'] = operation.description;
  }
  if (operation.tags.length > 0) additional['tags'] = operation.tags.join(',');

  const header = operation.parameters.filter((p) => p.in === 'header' || p.in === 'cookie');
  const request = operation.parameters.filter((p) => p.in === 'path' || p.in === 'query');
  const lists: DesiredParameterList[] = [];
  if (header.length > 0) {
    const listName = `${qualifiedName}${QUALIFIED_NAME_SEPARATOR}HEADER`;
    lists.push({
      parameterListType: 'HEADER',
      qualifiedName: listName,
      properties: {
        qualifiedName: listName,
        displayName: `${label} header parameters`,
        required: header.some((p) => p.required),
      },
      parameters: header.map((p, i) => desiredParameter(listName, p, i)),
    });
  }
  const body = operation.requestBody;
  if (request.length > 0 || body !== undefined) {
    const listName = `${qualifiedName}${QUALIFIED_NAME_SEPARATOR}REQUEST`;
    const parameters = request.map((p, i) => desiredParameter(listName, p, i));
    if (body !== undefined) {
      const bodyName = `${listName}${QUALIFIED_NAME_SEPARATOR}body`;
      parameters.push({
        qualifiedName: bodyName,
        properties: {
          qualifiedName: bodyName,
          displayName: 'body',
          parameterType: 'body',
          elementPosition: parameters.length,
          minCardinality: body.required ? 1 : 0,
          maxCardinality: 1,
          ...(body.description === undefined ? {} : { description: body.description }),
          ...(body.dataType === undefined ? {} : { dataType: body.dataType }),
          ...(body.contentTypes.length === 0
            ? {}
            : { additionalProperties: { contentTypes: body.contentTypes.join(',') } }),
        },
      });
    }
    lists.push({
      parameterListType: 'REQUEST',
      qualifiedName: listName,
      properties: {
        qualifiedName: listName,
        displayName: `${label} request parameters`,
        required: request.some((p) => p.required) || body?.required === true,
      },
      parameters,
    });
  }
  return {
    qualifiedName,
    properties: {
      qualifiedName,
      displayName: operation.operationId ?? label,
      ...(description === undefined ? {} : { description }),
      path: operation.path,
      command: operation.method,
      isDeprecated: operation.deprecated,
      ...(Object.keys(additional).length === 0 ? {} : { additionalProperties: additional }),
    },
    parameterLists: lists,
  };
}

function desiredParameter(listName: string, parameter: OpenAPIParameterSnapshot, position: number): DesiredParameter {
  const qualifiedName = `${listName}${QUALIFIED_NAME_SEPARATOR}${parameter.in}.${parameter.name}`;
  return {
    qualifiedName,
    properties: {
      qualifiedName,
      displayName: parameter.name,
      parameterType: parameter.in,
      elementPosition: position,
      minCardinality: parameter.required ? 1 : 0,
      maxCardinality: 1,
      isDeprecated: parameter.deprecated,
      ...(parameter.description === undefined ? {} : { description: parameter.description }),
      ...(parameter.dataType === undefined ? {} : { dataType: parameter.dataType }),
      ...(parameter.defaultValue === undefined ? {} : { defaultValue: parameter.defaultValue }),
    },
  };
}

function protocolOf(url: string): string | undefined {
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(url);
  return match?.[1]?.toLowerCase();
}
