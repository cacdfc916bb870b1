import { describeLocation, type OpenAPIDocumentLocation } from './document-location';
import { loadDocumentText, type LoadDocumentOptions } from './document-loader';
import { parseOpenAPIDocument } from './openapi-parser';
import type { OpenAPISnapshot } from './openapi-snapshot';

/**
 * Reads and parses an OpenAPI 3 document from a file or an http(s) URL.
 * @param location - where it is
 * @param options - signal, timeout, size limit
 * @throws ConnectorCheckedException: `EGERIA-TS-OPENAPI-503-001` when it cannot be read,
 *   `EGERIA-TS-OPENAPI-400-001` when it is not an OpenAPI 3 document
 */
export async function readOpenAPIDocument(
  location: OpenAPIDocumentLocation,
  options: LoadDocumentOptions = {},
): Promise<OpenAPISnapshot> {
  const source = await loadDocumentText(location, options);
  return parseOpenAPIDocument(source, describeLocation(location));
}
