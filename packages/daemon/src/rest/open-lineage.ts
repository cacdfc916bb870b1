/**
 * The body of an OpenLineage event sent to the daemon: raw JSON text, passed on as it came.
 */
import { badRequest } from './http-errors';

/**
 * Checks that a body is an OpenLineage event (a JSON object) and returns its text.
 * @param body - the body parsed as JSON (undefined when empty)
 * @param rawBody - the body as sent
 */
export function readOpenLineageEvent(body: unknown, rawBody: string): string {
  if (body === undefined || body === null) throw badRequest('Required request body is missing: an OpenLineage event');
  if (typeof body !== 'object' || Array.isArray(body)) {
    throw badRequest('OpenLineage event: expected a JSON object');
  }
  return rawBody;
}
