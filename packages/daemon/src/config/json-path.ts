/** JSON paths of values in a configuration document (internal). */

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** The path of a property of the value at `base` (`$` is the document). */
export function childPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base === '$' ? '' : base}[${key}]`;
  const part = IDENTIFIER.test(key) ? key : `[${JSON.stringify(key)}]`;
  if (base === '$') return part.startsWith('[') ? `$${part}` : part;
  return part.startsWith('[') ? `${base}${part}` : `${base}.${part}`;
}
