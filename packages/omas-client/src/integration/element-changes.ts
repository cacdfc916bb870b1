/**
 * The `change` argument of `write(operation, fn, change)` for the usual cases, so that a service
 * context states what a write does to the activity report in one word.
 */
import type { ElementChange } from '@egeria-ts/core';

/**
 * The type name to count a create under: the `typeName` in the properties (a subtype) when one is
 * given, else the service's default type.
 * @param properties - the properties sent
 * @param defaultTypeName - the type the partner access service creates when none is named
 * @public
 */
export function typeNameOr(properties: { readonly typeName?: string } | undefined, defaultTypeName: string): string {
  const name = properties?.typeName;
  return typeof name === 'string' && name !== '' ? name : defaultTypeName;
}

/**
 * A create, counted under `typeName` with the GUID the call returns.
 * @param typeName - the open metadata type of the new element
 * @public
 */
export function elementCreated(typeName: string): ElementChange<string> {
  return { kind: 'create', typeName, guid: (guid) => guid };
}

/**
 * An update of an element (a property change, a classification or a relationship of it).
 * @param typeName - the element's open metadata type
 * @param guid - the element
 * @public
 */
export function elementUpdated(typeName: string, guid: string): ElementChange<unknown> {
  return { kind: 'update', typeName, guid };
}

/**
 * A delete of an element.
 * @param typeName - the element's open metadata type
 * @param guid - the element
 * @public
 */
export function elementDeleted(typeName: string, guid: string): ElementChange<unknown> {
  return { kind: 'delete', typeName, guid };
}
