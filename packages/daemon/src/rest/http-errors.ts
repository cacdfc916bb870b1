/**
 * Answers that an Egeria platform's web layer (Spring Boot) gives before any Egeria code runs:
 * a request it cannot route (unknown path, wrong verb), bind (malformed JSON, a body of the wrong
 * shape, a missing required body) or accept (a body too large, a URL that is not normalized).
 * They have a non-200 status and Spring Boot's error JSON; ours adds a `message` that says what
 * is wrong, as Spring Boot does with `server.error.include-message=always`.
 */

const REASONS: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Payload Too Large',
  500: 'Internal Server Error',
};

/** A request answered with a non-200 HTTP status and Spring Boot's error JSON. */
export class HttpError extends Error {
  /**
   * @param status - the HTTP status
   * @param message - what is wrong, for the caller (never a secret)
   * @param headers - extra response headers, such as `Allow`
   */
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** Spring Boot's error body: `timestamp`, `status`, `error`, `message`, `path`. */
export function springErrorBody(status: number, message: string, path: string): Record<string, unknown> {
  return {
    timestamp: new Date().toISOString().replace(/Z$/, '+00:00'),
    status,
    error: REASONS[status] ?? 'Error',
    message,
    path,
  };
}

/** A 400 for a request that cannot be read. */
export function badRequest(message: string): HttpError {
  return new HttpError(400, message);
}
