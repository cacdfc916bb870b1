import { propertiesDiffer as sdkPropertiesDiffer } from '@egeria-ts/core';
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
  const names = MANAGED_PROPERTIES[kind];
  const withDefaults = (properties: Readonly<Record<string, unknown>>): Record<string, unknown> =>
    Object.fromEntries(names.map((name) => [name, properties[name] ?? DEFAULTS[name]]));
  return sdkPropertiesDiffer(withDefaults(desired), withDefaults(existing), names, { alsoAbsent: [0] });
}
