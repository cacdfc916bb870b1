/**
 * Reading the request target. Like Spring Security's strict firewall, a URL that is not
 * normalized (`.` or `..` segments, empty segments, backslashes) or that hides a separator or a
 * control character behind percent-encoding is refused with a 400, before any routing.
 */
import { badRequest } from './http-errors';

/** The request target, split and decoded. */
export interface RequestPath {
  /** The path as sent, without the query (for error answers). */
  readonly rawPath: string;
  /** The decoded path segments (`/a/b` gives `['a', 'b']`, `/` gives `[]`). */
  readonly segments: readonly string[];
  /** The decoded query parameters (the first value of each). */
  readonly query: ReadonlyMap<string, string>;
}

// C0 controls, DEL and C1 controls.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

function decode(text: string, what: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw badRequest(`The request was rejected because the ${what} has malformed percent-encoding`);
  }
}

/**
 * Splits and decodes a request target (`req.url`).
 * @param target - the request target, such as `/servers/s1/open-metadata/integration-daemon/status?x=1`
 */
export function parseRequestPath(target: string): RequestPath {
  const queryStart = target.indexOf('?');
  const rawPath = queryStart < 0 ? target : target.slice(0, queryStart);
  const rawQuery = queryStart < 0 ? '' : target.slice(queryStart + 1);
  if (!rawPath.startsWith('/')) throw badRequest('The request was rejected because the URL is not an absolute path');
  if (rawPath.includes('\\')) throw badRequest('The request was rejected because the URL contains a backslash');
  if (CONTROL.test(rawPath)) throw badRequest('The request was rejected because the URL contains a control character');
  const segments: string[] = [];
  if (rawPath !== '/') {
    for (const raw of rawPath.slice(1).split('/')) {
      if (raw === '') throw badRequest('The request was rejected because the URL contains an empty path segment');
      const segment = decode(raw, 'URL');
      if (segment === '.' || segment === '..') {
        throw badRequest('The request was rejected because the URL is not normalized (it has a "." or ".." segment)');
      }
      if (segment.includes('/') || segment.includes('\\')) {
        throw badRequest('The request was rejected because the URL contains an encoded slash or backslash');
      }
      if (CONTROL.test(segment)) {
        throw badRequest('The request was rejected because the URL contains an encoded control character');
      }
      segments.push(segment);
    }
  }
  const query = new Map<string, string>();
  if (rawQuery !== '') {
    for (const pair of rawQuery.split('&')) {
      if (pair === '') continue;
      const eq = pair.indexOf('=');
      const key = decode((eq < 0 ? pair : pair.slice(0, eq)).replace(/\+/g, ' '), 'query');
      const value = decode((eq < 0 ? '' : pair.slice(eq + 1)).replace(/\+/g, ' '), 'query');
      if (!query.has(key)) query.set(key, value);
    }
  }
  return { rawPath, segments, query };
}
