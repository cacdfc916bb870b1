/** The topic properties the connector manages; others (set by people or other tools) are left out of the comparison. */
export const MANAGED_TOPIC_PROPERTIES: readonly string[] = Object.freeze([
  'qualifiedName',
  'name',
  'resourceName',
  'resourceDescription',
  'deployedImplementationType',
  'additionalProperties',
]);

/**
 * True when a topic's properties in open metadata differ from what the connector would write,
 * looking only at the properties it manages. A missing value, null, an empty string and an empty
 * map all count as "not set"; maps are compared whatever the order of their keys.
 * @param desired - what the connector would write
 * @param existing - what open metadata holds
 */
export function topicPropertiesDiffer(desired: object, existing: object): boolean {
  const want = desired as Readonly<Record<string, unknown>>;
  const have = existing as Readonly<Record<string, unknown>>;
  return MANAGED_TOPIC_PROPERTIES.some(
    (name) => stableJson(normalize(want[name])) !== stableJson(normalize(have[name])),
  );
}

function normalize(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return undefined;
  if (Array.isArray(value)) return value.length === 0 ? undefined : value;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => normalize(v) !== undefined);
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  return value;
}

function stableJson(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}
