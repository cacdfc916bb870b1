import { InvalidParameterException } from '@egeria-ts/core';
import { CatalogView, type CatalogElement } from '../catalog/catalog-model';
import type { CatalogQuery } from '../catalog/emulator-catalog';
import { sortKeys } from '../internal/stable-json';
import { TESTING_ERROR_CODE } from '../testing-messages';

/** One element in a {@link CatalogSnapshot}. */
export interface SnapshotElement {
  /** Its type name. */
  readonly typeName: string;
  /** Its qualified name, when it has one. */
  readonly qualifiedName?: string;
  /** The qualified name of the metadata source that owns it, when one does. */
  readonly metadataSource?: string;
  /** Its properties (GUIDs replaced), when they could be read. */
  readonly properties?: Readonly<Record<string, unknown>>;
  /** Its classifications, by name, with their properties (GUIDs replaced). */
  readonly classifications?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

/** One relationship in a {@link CatalogSnapshot}, its ends named by qualified name. */
export interface SnapshotRelationship {
  /** Its type name. */
  readonly typeName: string;
  /** The qualified name of the element at end 1 (`<TypeName>` for one without). */
  readonly end1: string;
  /** The qualified name of the element at end 2. */
  readonly end2: string;
  /** The qualified name of the metadata source that owns it, when one does. */
  readonly metadataSource?: string;
}

/**
 * The catalogued metadata in a stable form for golden files: sorted, free of GUIDs, times and
 * versions, relationships named by the qualified names of their ends.
 */
export interface CatalogSnapshot {
  /** The elements, sorted by type name and qualified name. */
  readonly elements: readonly SnapshotElement[];
  /** The relationships, sorted by type name and ends. */
  readonly relationships: readonly SnapshotRelationship[];
}

/** Options of {@link snapshotCatalog}. */
export interface CatalogSnapshotOptions {
  /**
   * Only the elements this metadata source owns, the relationships it owns and the relationships
   * between two of those elements (default: everything).
   */
  readonly metadataSourceQualifiedName?: string;
  /** Only elements of these types or their subtypes (default: all types). */
  readonly includeTypes?: readonly string[];
  /** Leave out elements of these types or their subtypes, and relationships of these types. */
  readonly excludeTypes?: readonly string[];
  /** Property names to leave out everywhere (values that change from run to run, such as times). */
  readonly ignoreProperties?: readonly string[];
}

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

function invalid(option: string, problem: string): InvalidParameterException {
  return InvalidParameterException.fromDefinition(
    TESTING_ERROR_CODE.INVALID_OPTION,
    [option, 'snapshotCatalog', problem],
    { exceptionProperties: { parameterName: option } },
  );
}

function checkNames(value: unknown, option: string): readonly string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v === '')) {
    throw invalid(option, 'a list of non-empty names is needed');
  }
  return value as string[];
}

function isOfType(element: { typeName: string; superTypeNames?: readonly string[] }, types: readonly string[]) {
  return types.some((t) => element.typeName === t || (element.superTypeNames ?? []).includes(t));
}

function nameOf(element: { typeName: string; qualifiedName?: string }): string {
  return element.qualifiedName ?? `<${element.typeName}>`;
}

/** Replaces GUIDs inside values: known elements by their qualified name, others by `<guid>`. */
function withoutGUIDs(value: unknown, names: ReadonlyMap<string, string>, ignore: ReadonlySet<string>): unknown {
  if (typeof value === 'string') {
    return value.replace(GUID, (guid) => {
      const name = names.get(guid.toLowerCase());
      return name === undefined ? '<guid>' : `<guid of ${name}>`;
    });
  }
  if (Array.isArray(value)) return value.map((v) => withoutGUIDs(v, names, ignore));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (!ignore.has(k)) out[k] = withoutGUIDs(v, names, ignore);
    }
    return out;
  }
  return value;
}

function compareBy(...keys: string[]): number {
  for (let i = 0; i < keys.length; i += 2) {
    const a = keys[i] as string;
    const b = keys[i + 1] as string;
    if (a < b) return -1;
    if (a > b) return 1;
  }
  return 0;
}

/**
 * Takes a stable, sorted, GUID-free snapshot of the catalogued metadata, for
 * {@link expectMatchesGolden}: qualified names, types, owning metadata source, properties,
 * classifications, and relationships by the qualified names of their ends.
 * @param source - a catalog query (a test emulator) or a catalog view already read
 * @param options - which elements, and which properties to leave out
 */
export async function snapshotCatalog(
  source: CatalogQuery | CatalogView,
  options: CatalogSnapshotOptions = {},
): Promise<CatalogSnapshot> {
  if (typeof options !== 'object' || options === null) throw invalid('options', 'an options object is needed');
  const include = checkNames(options.includeTypes, 'includeTypes');
  const exclude = checkNames(options.excludeTypes, 'excludeTypes');
  const ignore = new Set(checkNames(options.ignoreProperties, 'ignoreProperties'));
  const owner = options.metadataSourceQualifiedName;
  if (owner !== undefined && (typeof owner !== 'string' || owner === '')) {
    throw invalid('metadataSourceQualifiedName', 'a non-empty string is needed');
  }
  let view: CatalogView;
  if (source instanceof CatalogView) view = source;
  else if (typeof source === 'object' && source !== null && typeof source.readCatalog === 'function') {
    view = await source.readCatalog({ withProperties: true });
  } else throw invalid('source', 'a catalog query (such as a test emulator) or a CatalogView is needed');

  const names = new Map<string, string>();
  for (const e of view.elements) names.set(e.guid.toLowerCase(), nameOf(e));
  const chosen = view.elements.filter(
    (e: CatalogElement) =>
      (owner === undefined || e.metadataSourceQualifiedName === owner) &&
      (include.length === 0 || isOfType(e, include)) &&
      !isOfType(e, exclude),
  );
  const chosenGUIDs = new Set(chosen.map((e) => e.guid));

  const elements = chosen.map((e) => {
    const classifications: Record<string, unknown> = {};
    for (const c of e.classifications)
      classifications[c.classificationName] = withoutGUIDs(c.properties, names, ignore);
    return sortKeys({
      typeName: e.typeName,
      qualifiedName: e.qualifiedName,
      metadataSource: e.metadataSourceQualifiedName,
      properties: e.properties === undefined ? undefined : withoutGUIDs(e.properties, names, ignore),
      classifications: e.classifications.length === 0 ? undefined : classifications,
    }) as SnapshotElement;
  });
  elements.sort((a, b) =>
    compareBy(
      a.typeName,
      b.typeName,
      a.qualifiedName ?? '',
      b.qualifiedName ?? '',
      JSON.stringify(a),
      JSON.stringify(b),
    ),
  );

  const filtered = owner !== undefined || include.length > 0 || exclude.length > 0;
  const bothEndsChosen = (r: { end1: { guid: string }; end2: { guid: string } }): boolean =>
    chosenGUIDs.has(r.end1.guid) && chosenGUIDs.has(r.end2.guid);
  const relationships = view.relationships
    .filter(
      (r) =>
        !exclude.includes(r.typeName) &&
        (!filtered || bothEndsChosen(r) || (owner !== undefined && r.metadataSourceQualifiedName === owner)),
    )
    .map(
      (r) =>
        sortKeys({
          typeName: r.typeName,
          end1: nameOf(r.end1),
          end2: nameOf(r.end2),
          metadataSource: r.metadataSourceQualifiedName,
        }) as SnapshotRelationship,
    );
  relationships.sort((a, b) =>
    compareBy(a.typeName, b.typeName, a.end1, b.end1, a.end2, b.end2, a.metadataSource ?? '', b.metadataSource ?? ''),
  );
  return { elements, relationships };
}
