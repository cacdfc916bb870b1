/**
 * Egeria's type system, as far as the emulator needs it: each type's GUID, version and supertype
 * chain, for element headers and for "is this a kind of X" checks.
 */
import { TYPE_TABLE } from './type-table';

/** One open metadata type. */
export interface TypeDef {
  /** The category: entity, relationship or classification. */
  readonly category: 'entity' | 'relationship' | 'classification';
  /** The type name, such as `RelationalTable`. */
  readonly name: string;
  /** The type's GUID (`typeId` in element headers). */
  readonly guid: string;
  /** The type's version (`typeVersion`). */
  readonly version: number;
  /** The supertypes, nearest first. */
  readonly superTypeNames: readonly string[];
  /** For a relationship, the entity types of end one and end two. */
  readonly ends?: readonly [string, string];
}

const CATEGORY = { E: 'entity', R: 'relationship', C: 'classification' } as const;

function load(): Map<string, TypeDef> {
  const raw = new Map<
    string,
    { category: TypeDef['category']; guid: string; version: number; superType: string; ends?: [string, string] }
  >();
  for (const line of TYPE_TABLE.split('\n')) {
    if (line.trim() === '') continue;
    const [cat, name, guid, version, superType, end1, end2] = line.split('|');
    const ends: [string, string] | undefined = end1 !== undefined && end2 !== undefined ? [end1, end2] : undefined;
    raw.set(name, {
      category: CATEGORY[cat as keyof typeof CATEGORY],
      guid,
      version: Number(version),
      superType,
      ends,
    });
  }
  const out = new Map<string, TypeDef>();
  for (const [name, entry] of raw) {
    const chain: string[] = [];
    let next = entry.superType;
    while (next !== undefined && next !== '' && !chain.includes(next)) {
      chain.push(next);
      next = raw.get(next)?.superType ?? '';
    }
    const def: TypeDef = {
      category: entry.category,
      name,
      guid: entry.guid,
      version: entry.version,
      superTypeNames: chain,
    };
    out.set(name, entry.ends === undefined ? def : { ...def, ends: entry.ends });
  }
  return out;
}

const TYPES = load();

/** Looks a type up by name. */
export function getTypeDef(name: string): TypeDef | undefined {
  return TYPES.get(name);
}

/** True when `typeName` is `superTypeName` or one of its subtypes. */
export function isTypeOf(typeName: string, superTypeName: string): boolean {
  if (typeName === superTypeName) return true;
  return TYPES.get(typeName)?.superTypeNames.includes(superTypeName) ?? false;
}

/** The supertypes of a type, nearest first (empty for an unknown type). */
export function superTypesOf(typeName: string): readonly string[] {
  return TYPES.get(typeName)?.superTypeNames ?? [];
}
