/**
 * Spring Boot's own error answers: what an Egeria platform sends, before any Egeria code runs, for
 * a request Spring cannot bind (malformed JSON, a missing required query parameter, an unknown
 * `class` value) or route (unknown path, wrong verb).
 */
import { formatJavaDate } from '../util/dates';

const REASONS: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  500: 'Internal Server Error',
};

/** A failure that Spring itself answers, with a non-200 status and its default error JSON. */
export class SpringError extends Error {
  /**
   * @param status - the HTTP status
   * @param detail - why, for the emulator's log (Spring Boot does not include it in the body)
   */
  constructor(
    readonly status: number,
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'SpringError';
  }
}

/** Spring Boot's default error body (`timestamp`, `status`, `error`, `path`). */
export function springErrorBody(status: number, path: string, now: number = Date.now()): Record<string, unknown> {
  return { timestamp: formatJavaDate(now), status, error: REASONS[status] ?? 'Error', path };
}

/** A 400 for a request Spring cannot bind. */
export function badRequest(detail: string): SpringError {
  return new SpringError(400, detail);
}
