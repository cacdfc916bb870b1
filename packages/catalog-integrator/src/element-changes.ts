/** The type name to count a create under: the properties' `typeName` when given, else the default. */
export function typeNameOf(properties: { readonly typeName?: string } | undefined, fallback: string): string {
  const name = properties?.typeName;
  return typeof name === 'string' && name !== '' ? name : fallback;
}
