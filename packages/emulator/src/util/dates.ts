/**
 * Dates as Egeria's Spring Boot platform writes them (Jackson with WRITE_DATES_AS_TIMESTAMPS off):
 * `2024-05-01T10:00:00.000+00:00`. Incoming dates may be epoch milliseconds or ISO-8601 strings.
 */

/** Formats epoch milliseconds as Jackson's default ISO form with a `+00:00` offset. */
export function formatJavaDate(ms: number): string {
  return new Date(ms).toISOString().replace(/Z$/, '+00:00');
}

/**
 * Reads a date sent by a client: epoch milliseconds (number or digit string) or an ISO-8601 string.
 * Returns undefined for null/undefined, and NaN-free milliseconds otherwise; throws on anything else.
 */
export function parseJavaDate(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return Math.trunc(value);
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (/^-?\d+$/.test(trimmed)) return Number(trimmed);
    const ms = Date.parse(trimmed);
    if (!Number.isNaN(ms)) return ms;
  }
  throw new TypeError(`not a date: ${JSON.stringify(value)}`);
}
