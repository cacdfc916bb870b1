/**
 * An API Integrator connector that catalogs an OpenAPI 3 document (JSON or YAML, from a file or an
 * http(s) URL) as an API with its endpoint, operations, parameter lists and parameters, and keeps the
 * catalog in step as the document changes.
 * @packageDocumentation
 */

/** The version of this example. */
export const VERSION = '0.1.0';

// The source side: reading an OpenAPI 3 document (no Egeria dependency beyond core's errors).
export { parseDocumentLocation, describeLocation } from './source/document-location';
export type { OpenAPIDocumentLocation } from './source/document-location';
export { loadDocumentText } from './source/document-loader';
export type { LoadDocumentOptions } from './source/document-loader';
export { parseOpenAPIDocument } from './source/openapi-parser';
export { readOpenAPIDocument } from './source/read-openapi-document';
export type {
  OpenAPISnapshot,
  OpenAPIOperationSnapshot,
  OpenAPIParameterSnapshot,
  OpenAPIParameterLocation,
  OpenAPIRequestBodySnapshot,
} from './source/openapi-snapshot';
export { OPENAPI_ERROR_CODE, OPENAPI_AUDIT_CODE } from './messages';

// The connector.
export { OpenAPIConnector, OPENAPI_CONNECTOR_NAME, CATALOGUED_STATISTIC_PREFIX } from './connector/openapi-connector';
export type { OpenAPIRefreshSummary } from './connector/openapi-connector';
export type { APISyncCounts, APICatalogCounts } from './connector/api-synchronizer';
export {
  desiredAPI,
  defaultAPIQualifiedName,
  QUALIFIED_NAME_SEPARATOR,
  DOCUMENT_PROPERTY,
} from './connector/desired-api';
export type {
  DesiredAPI,
  DesiredOperation,
  DesiredParameterList,
  DesiredParameter,
  APIProperties,
  EndpointProperties,
  APIOperationProperties,
  APIParameterListProperties,
  ParameterListType,
} from './connector/desired-api';
