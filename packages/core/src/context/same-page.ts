/**
 * Whether two pages of a paged read hold the same elements, in the same order. Internal.
 */

/** The element as JSON, or undefined when it cannot be written as JSON (a cycle, a bigint). */
function asJSON(element: unknown): string | undefined {
  try {
    return JSON.stringify(element);
  } catch {
    return undefined;
  }
}

/**
 * True when both pages have the same length and each element is the same value, or has the same
 * JSON (elements read again from a server are new objects with the same content).
 */
export function samePage(previous: readonly unknown[], page: readonly unknown[]): boolean {
  if (previous.length !== page.length) return false;
  return page.every((element, i) => {
    const before = previous[i];
    if (Object.is(before, element)) return true;
    const json = asJSON(element);
    return json !== undefined && json === asJSON(before);
  });
}
