/** A date as an ISO-8601 string with an explicit offset (`+00:00`), as Egeria's beans carry them. @internal */
export function isoDate(date: Date): string {
  return date.toISOString().replace(/Z$/, '+00:00');
}
