/** JSON with object keys in sorted order, so that equal values always give equal text. */

/**
 * A copy of a value with every object's keys sorted (arrays keep their order). @internal
 * @param value - a JSON-like value
 */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

/**
 * Indented JSON with sorted keys and a final newline. @internal
 * @param value - a JSON-like value
 */
export function stableStringify(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}
