/** Which requests a fault applies to, or a count counts. */
export interface RequestMatcher {
  /** The HTTP method, such as `POST` (any case; default: any method). */
  readonly method?: string;
  /**
   * The request path (without the query): a string matches paths that contain it, a regular
   * expression paths it matches (default: any path).
   */
  readonly path?: string | RegExp;
}

/** The exceptions an injected FFDC error can name (Egeria's checked exceptions, by simple class name). */
export type InjectedExceptionName =
  'PropertyServerException' | 'InvalidParameterException' | 'UserNotAuthorizedException';

/** What a fault rule has in common. */
export interface FaultRuleBase extends RequestMatcher {
  /** How many matching requests the fault applies to; then it is removed (default: until removed). */
  readonly times?: number;
}

/** Answers with an HTTP error status (500 by default) and a Spring-style JSON error body. */
export interface HttpErrorFault extends FaultRuleBase {
  /** The kind of fault. */
  readonly fault: 'http-error';
  /** The status (default 500). */
  readonly status?: number;
  /** Send the request to the server first, then replace its answer (default false: the server never sees it). */
  readonly forward?: boolean;
}

/** Answers with an HTML page where JSON is expected (as a proxy or a login page would). */
export interface HtmlFault extends FaultRuleBase {
  /** The kind of fault. */
  readonly fault: 'html';
  /** The status (default 200). */
  readonly status?: number;
  /** Send the request to the server first, then replace its answer (default false). */
  readonly forward?: boolean;
}

/** Answers with JSON cut in half (a complete HTTP answer whose body is not valid JSON). */
export interface TruncatedJsonFault extends FaultRuleBase {
  /** The kind of fault. */
  readonly fault: 'truncated-json';
  /**
   * Send the request to the server first and cut its real answer (the write happened, its answer
   * is lost); default false: a made-up answer is cut and the server never sees the request.
   */
  readonly forward?: boolean;
}

/** Answers HTTP 200 with an Egeria FFDC error body (`exceptionClassName`, `relatedHTTPCode`, message...). */
export interface FfdcFault extends FaultRuleBase {
  /** The kind of fault. */
  readonly fault: 'ffdc';
  /** The exception (default `PropertyServerException`). */
  readonly exceptionClassName?: InjectedExceptionName;
  /** The `relatedHTTPCode` (default: 500, 400 or 401 by exception). */
  readonly relatedHTTPCode?: number;
  /** Send the request to the server first, then replace its answer (default false). */
  readonly forward?: boolean;
}

/** Resets the connection (TCP RST) when the request arrives; nothing is answered. */
export interface ResetFault extends FaultRuleBase {
  /** The kind of fault. */
  readonly fault: 'reset';
}

/** Holds the request for a while, then passes it through (a slow server). */
export interface DelayFault extends FaultRuleBase {
  /** The kind of fault. */
  readonly fault: 'delay';
  /** How long to hold each request, in milliseconds. */
  readonly delayMs: number;
}

/** A fault the proxy injects into matching requests. */
export type FaultRule = HttpErrorFault | HtmlFault | TruncatedJsonFault | FfdcFault | ResetFault | DelayFault;

/** The kinds of fault. */
export type FaultKind = FaultRule['fault'];

/** The kinds of fault, for checks. */
export const FAULT_KINDS: readonly FaultKind[] = Object.freeze([
  'http-error',
  'html',
  'truncated-json',
  'ffdc',
  'reset',
  'delay',
]);

/**
 * True when a request matches.
 * @param matcher - the method and path to match
 * @param method - the request's method
 * @param path - the request's path, without the query
 * @internal
 */
export function matchesRequest(matcher: RequestMatcher, method: string, path: string): boolean {
  if (matcher.method !== undefined && matcher.method.toUpperCase() !== method.toUpperCase()) return false;
  const p = matcher.path;
  if (p === undefined) return true;
  if (typeof p === 'string') return path.includes(p);
  p.lastIndex = 0;
  return p.test(path);
}
