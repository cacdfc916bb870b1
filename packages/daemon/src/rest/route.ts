/**
 * The model of one REST operation of the admin API.
 */
import type { IntegrationDaemonAdministration } from '../admin/daemon-administration';

/** What a handler gets for one request. */
export interface OperationCall {
  /** The daemon being administered. */
  readonly admin: IntegrationDaemonAdministration;
  /** The decoded path variables, by Egeria's names (`connectorName`, `serviceURLMarker`...). */
  readonly params: Readonly<Record<string, string>>;
  /** The body parsed as JSON; undefined when there was none. */
  readonly body: unknown;
  /** The body as sent. */
  readonly rawBody: string;
  /** The caller's user id from the path (5.x form); undefined in the 6.x form. */
  readonly userId?: string;
}

/** One operation: where it is, what Egeria calls it, what bean it answers with. */
export interface Operation {
  /** The HTTP method. */
  readonly method: 'GET' | 'POST';
  /** The path below the operation's base, as segments; `{name}` is a path variable. */
  readonly path: readonly string[];
  /** Egeria's name of the operation (the `actionDescription` of its errors). */
  readonly action: string;
  /** The `class` of the response bean. */
  readonly responseClass: string;
  /** Runs the operation and returns the response bean's fields (besides `class` and `relatedHTTPCode`). */
  readonly handle: (call: OperationCall) => Promise<Record<string, unknown>>;
}

/** Matches path segments against an operation's path; the path variables, or undefined. */
export function matchPath(pattern: readonly string[], segments: readonly string[]): Record<string, string> | undefined {
  if (pattern.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const part = pattern[i] as string;
    const segment = segments[i] as string;
    if (part.startsWith('{') && part.endsWith('}')) params[part.slice(1, -1)] = segment;
    else if (part !== segment) return undefined;
  }
  return params;
}
