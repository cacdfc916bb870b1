/**
 * Finding the operation a request is for: the root endpoints (`/health`, `/metrics`), the daemon's
 * operations in Egeria 5.2's form (`.../integration-daemon/users/{userId}/...`) and in Egeria 6's
 * form (`.../integration-daemon/...`), and the integration services' operations. An unknown path
 * is a 404; a known path with another verb is a 405 with an `Allow` header.
 */
import { INTEGRATION_SERVICE_URL_MARKERS } from '@egeria-ts/core';
import { DAEMON_OPERATIONS, JAVA_CLIENT_ALIASES, JAVA_CLIENT_GROUP_OPERATIONS } from './daemon-operations';
import { HttpError } from './http-errors';
import { serviceOperations } from './service-operations';
import { matchPath } from './route';
import type { Operation } from './route';

/** An endpoint at the root of the server. */
export type RootEndpoint = 'health' | 'liveness' | 'readiness' | 'metrics';

/** What a request is for. */
export type RouteMatch =
  | { readonly kind: 'root'; readonly endpoint: RootEndpoint }
  | {
      readonly kind: 'operation';
      readonly operation: Operation;
      readonly params: Readonly<Record<string, string>>;
      readonly serverName: string;
      readonly userId?: string;
    };

const ROOT: ReadonlyArray<readonly [readonly string[], RootEndpoint]> = [
  [['health'], 'health'],
  [['health', 'liveness'], 'liveness'],
  [['health', 'readiness'], 'readiness'],
  [['metrics'], 'metrics'],
];

const MARKERS: ReadonlySet<string> = new Set(INTEGRATION_SERVICE_URL_MARKERS);

const DAEMON_WITH_ALIASES: readonly Operation[] = [...DAEMON_OPERATIONS, ...JAVA_CLIENT_ALIASES];

interface Candidates {
  readonly operations: readonly Operation[];
  readonly rest: readonly string[];
  readonly serverName: string;
  readonly userId?: string;
  readonly params?: Readonly<Record<string, string>>;
}

/** The operations that could serve the path, with the part of the path below their base. */
function candidatesFor(segments: readonly string[]): Candidates[] {
  if (segments[0] !== 'servers' || segments[2] !== 'open-metadata' || segments.length < 5) return [];
  const serverName = segments[1] as string;
  const base = segments[3];
  const out: Candidates[] = [];
  const usersForm = segments[4] === 'users' && segments.length >= 6;
  if (base === 'integration-daemon') {
    if (usersForm) {
      out.push({ operations: DAEMON_WITH_ALIASES, rest: segments.slice(6), serverName, userId: segments[5] });
    }
    out.push({ operations: DAEMON_OPERATIONS, rest: segments.slice(4), serverName });
  } else if (base === 'integration-daemon-services' && usersForm) {
    out.push({ operations: JAVA_CLIENT_GROUP_OPERATIONS, rest: segments.slice(6), serverName, userId: segments[5] });
  } else if (base === 'integration-services' && segments[5] === 'users' && segments.length >= 7) {
    const marker = segments[4] as string;
    if (MARKERS.has(marker)) {
      out.push({
        operations: serviceOperations(marker),
        rest: segments.slice(7),
        serverName,
        userId: segments[6],
        params: { serviceURLMarker: marker },
      });
    }
  }
  return out;
}

/**
 * Finds what a request is for.
 * @param method - the HTTP method
 * @param segments - the decoded path segments
 * @throws HttpError 404 for an unknown path, 405 for a known path with another method
 */
export function route(method: string, segments: readonly string[]): RouteMatch {
  const allowed = new Set<string>();
  for (const [path, endpoint] of ROOT) {
    if (matchPath(path, segments)) {
      if (method === 'GET') return { kind: 'root', endpoint };
      allowed.add('GET');
    }
  }
  for (const candidates of candidatesFor(segments)) {
    for (const operation of candidates.operations) {
      const params = matchPath(operation.path, candidates.rest);
      if (!params) continue;
      if (operation.method !== method) {
        allowed.add(operation.method);
        continue;
      }
      return {
        kind: 'operation',
        operation,
        params: { ...candidates.params, ...params },
        serverName: candidates.serverName,
        userId: candidates.userId,
      };
    }
  }
  if (allowed.size > 0) {
    const allow = [...allowed].sort().join(', ');
    throw new HttpError(405, `Request method '${method}' is not supported here; use ${allow}`, { Allow: allow });
  }
  throw new HttpError(404, 'No operation is served at this path');
}
