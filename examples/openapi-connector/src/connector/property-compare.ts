import { propertiesDiffer as sdkPropertiesDiffer } from '@egeria-ts/core';

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
  const names = MANAGED[kind];
  const current = Object.fromEntries(names.map((name) => [name, have(name)]));
  return sdkPropertiesDiffer(wanted, current, names, { alsoAbsent: [0, false] });
}
