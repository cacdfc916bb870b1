import type { CatalogElementKind } from './catalog-store';

/** The properties the connector manages on each kind of element; others are left alone when comparing. */
export const MANAGED_PROPERTIES: Readonly<Record<CatalogElementKind, readonly string[]>> = Object.freeze({
  database: [
    'qualifiedName',
    'name',
    'resourceName',
    'resourceDescription',
    'deployedImplementationType',
    'pathName',
    'databaseInstance',
    'databaseVersion',
    'encodingType',
    'additionalProperties',
  ],
  schema: [
    'qualifiedName',
    'name',
    'resourceName',
    'resourceDescription',
    'deployedImplementationType',
    'additionalProperties',
  ],
  table: ['qualifiedName', 'displayName', 'description', 'additionalProperties'],
  view: ['qualifiedName', 'displayName', 'description', 'formula', 'additionalProperties'],
  column: [
    'qualifiedName',
    'displayName',
    'description',
    'dataType',
    'isNullable',
    'elementPosition',
    'defaultValue',
    'length',
    'precision',
    'significantDigits',
  ],
});

/** Values a server reports for a property that was never set (Egeria's bean defaults). */
const DEFAULTS: Readonly<Record<string, unknown>> = { isNullable: true };

/**
 * True when an element's properties in open metadata differ from what the connector would write,
 * looking only at the properties the connector manages. A missing value, null, an empty string,
 * an empty map and 0 (Egeria's default for unset whole numbers) all count as "not set".
 * @param kind - the kind of element
 * @param desired - what the connector would write
 * @param existing - what open metadata holds
 */
export function propertiesDiffer(
  kind: CatalogElementKind,
  desired: Readonly<Record<string, unknown>>,
  existing: Readonly<Record<string, unknown>>,
): boolean {
  return MANAGED_PROPERTIES[kind].some((name) => {
    const want = normalize(desired[name] ?? DEFAULTS[name]);
    const have = normalize(existing[name] ?? DEFAULTS[name]);
    return stableJson(want) !== stableJson(have);
  });
}

function normalize(value: unknown): unknown {
  if (value === null || value === undefined || value === '' || value === 0) return undefined;
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
