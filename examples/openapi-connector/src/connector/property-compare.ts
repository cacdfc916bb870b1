/** What the connector compares on each kind of element; other properties are left alone. */
export type APIElementKind = 'endpoint' | 'api' | 'operation' | 'parameterList' | 'parameter';

const MANAGED: Readonly<Record<APIElementKind, readonly string[]>> = Object.freeze({
  endpoint: ['qualifiedName', 'name', 'address', 'protocol'],
  api: [
    'qualifiedName',
    'name',
    'displayName',
    'resourceName',
    'versionIdentifier',
    'resourceDescription',
    'additionalProperties',
  ],
  operation: ['qualifiedName', 'displayName', 'description', 'path', 'command', 'isDeprecated', 'additionalProperties'],
  parameterList: ['qualifiedName', 'displayName', 'required'],
  parameter: [
    'qualifiedName',
    'displayName',
    'description',
    'parameterType',
    'elementPosition',
    'minCardinality',
    'maxCardinality',
    'isDeprecated',
    'dataType',
    'defaultValue',
    'additionalProperties',
  ],
});

/**
 * True when an element in open metadata differs from what the connector would write, looking only
 * at the properties it manages. A missing value, null, an empty string, `false` and 0 (Egeria's
 * defaults) all count as "not set". A parameter's `parameterType` is read from the extended
 * properties, where Egeria keeps it.
 * @param kind - the kind of element
 * @param desired - what the connector would write
 * @param existing - what open metadata holds
 */
export function propertiesDiffer(
  kind: APIElementKind,
  desired: object,
  existing: Readonly<Record<string, unknown>>,
): boolean {
  const wanted = desired as Readonly<Record<string, unknown>>;
  const extended = existing['extendedProperties'];
  const have = (name: string): unknown =>
    existing[name] ??
    (typeof extended === 'object' && extended !== null ? (extended as Record<string, unknown>)[name] : undefined);
  return MANAGED[kind].some((name) => stable(normalize(wanted[name])) !== stable(normalize(have(name))));
}

function normalize(value: unknown): unknown {
  if (value === null || value === undefined || value === '' || value === 0 || value === false) return undefined;
  if (Array.isArray(value)) return value.length === 0 ? undefined : value;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => normalize(v) !== undefined);
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  return value;
}

function stable(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}
