/** How the catalog integrator's own exchange services describe their changes for the activity report. */
import type { ElementChange } from '@egeria-ts/core';

/** The type name to count a create under: the properties' `typeName` when given, else the default. */
export function typeNameOf(properties: { readonly typeName?: string } | undefined, fallback: string): string {
  const name = properties?.typeName;
  return typeof name === 'string' && name !== '' ? name : fallback;
}

/** A create, counted under the type with the GUID the call returns. */
export function created(typeName: string): ElementChange<string> {
  return { kind: 'create', typeName, guid: (guid) => guid };
}

/** An update of a known element. */
export function updated(typeName: string, guid: string): ElementChange<unknown> {
  return { kind: 'update', typeName, guid };
}

/** A delete of a known element. */
export function deleted(typeName: string, guid: string): ElementChange<unknown> {
  return { kind: 'delete', typeName, guid };
}
