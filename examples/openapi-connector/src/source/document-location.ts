import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConnectorCheckedException } from '@egeria-ts/core';
import { OPENAPI_ERROR_CODE } from '../messages';

/** Where an OpenAPI document is: a file, or an http(s) URL. */
export type OpenAPIDocumentLocation =
  { readonly kind: 'file'; readonly path: string } | { readonly kind: 'url'; readonly url: string };

/**
 * Reads a document location from an endpoint address: an http(s) URL, a `file://` URL, or a path
 * (a relative one is resolved against `baseDir`).
 * @param address - the connection's `endpoint.address`
 * @param baseDir - what a relative path is resolved against (default: the working directory)
 * @throws ConnectorCheckedException (`EGERIA-TS-OPENAPI-400-002`) when the address is empty or of another scheme
 */
export function parseDocumentLocation(address: unknown, baseDir: string = process.cwd()): OpenAPIDocumentLocation {
  if (typeof address !== 'string' || address.trim() === '') {
    throw bad('it is empty; give the path or URL of an OpenAPI document');
  }
  const text = address.trim();
  if (/^https?:\/\//i.test(text)) {
    try {
      return { kind: 'url', url: new URL(text).href };
    } catch {
      throw bad(`${text} is not a URL`);
    }
  }
  if (/^file:/i.test(text)) {
    try {
      return { kind: 'file', path: fileURLToPath(text) };
    } catch (error) {
      throw bad(`${text} is not a file URL (${(error as Error).message})`);
    }
  }
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(text)) throw bad(`${text} is neither a file nor an http(s) URL`);
  return { kind: 'file', path: path.resolve(baseDir, text) };
}

/**
 * The location as text: the URL, or the absolute path.
 * @param location - a document location
 */
export function describeLocation(location: OpenAPIDocumentLocation): string {
  return location.kind === 'url' ? location.url : location.path;
}

function bad(problem: string): ConnectorCheckedException {
  return ConnectorCheckedException.fromDefinition(OPENAPI_ERROR_CODE.BAD_LOCATION, ['endpoint.address', problem], {
    exceptionProperties: { parameterName: 'endpoint.address' },
  });
}
