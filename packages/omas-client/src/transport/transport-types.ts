import type { HttpMethod } from '../operations/operation-definition';

/**
 * One HTTP request as it travels through the middleware to the wire. Middleware never changes a
 * request in place: it passes a copy with its changes to `next`.
 * @public
 */
export interface TransportRequest {
  /** The HTTP verb. */
  readonly method: HttpMethod;
  /** The path below the platform root URL, already percent-encoded, with its query string. */
  readonly path: string;
  /** Request headers (names in any case). */
  readonly headers: Readonly<Record<string, string>>;
  /** The JSON body, already serialised; absent for a request without a body. */
  readonly body?: string;
  /** Cancels the request (and any retry of it). */
  readonly signal?: AbortSignal;
  /** Time allowed for each attempt, in milliseconds (> 0; default: the transport's `timeoutMs`). */
  readonly timeoutMs?: number;
  /**
   * True when sending the request twice does no harm (reads, updates, deletes). A request that is
   * not idempotent (a create) is only retried when it provably never reached the server.
   */
  readonly idempotent: boolean;
  /** The operation's name (`createDatabase`...), for logs and errors. */
  readonly operationName?: string;
}

/** The HTTP answer, before any interpretation of the body. @public */
export interface TransportResponse {
  /** The HTTP status. */
  readonly status: number;
  /** Response headers, with lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body as text (empty when there was none). */
  readonly body: string;
}

/** Sends a request on, to the next middleware or to the wire. @public */
export type TransportHandler = (request: TransportRequest) => Promise<TransportResponse>;

/**
 * A named step around every request: authentication, logging, user agent, retry, or your own.
 * @public
 */
export interface TransportMiddleware {
  /** The unique name the step is added, removed and replaced by. */
  readonly name: string;
  /**
   * Handles one request: call `next` (any number of times) to send it on.
   * @param request - the request as it reached this step
   * @param next - the rest of the chain
   */
  handle(request: TransportRequest, next: TransportHandler): Promise<TransportResponse>;
}
