/** Who owns an element or relationship: a metadata source, or the metadata server itself. */
export interface CatalogOrigin {
  /** `EXTERNAL_SOURCE` when a metadata source created it, `LOCAL_COHORT` otherwise. */
  readonly originCategory: string;
  /** The owning metadata source's GUID, or the server's metadata collection id. */
  readonly homeMetadataCollectionId?: string;
  /** The owning metadata source's qualified name, or the server's metadata collection name. */
  readonly homeMetadataCollectionName?: string;
}

/** A classification of a catalogued element. */
export interface CatalogClassification {
  /** The classification's type name, such as `PrimaryKey`. */
  readonly classificationName: string;
  /** Its properties. */
  readonly properties: Readonly<Record<string, unknown>>;
}

/** One element (entity) in the catalog. */
export interface CatalogElement {
  /** The element's GUID. */
  readonly guid: string;
  /** Its open metadata type name, such as `DeployedDatabaseSchema`. */
  readonly typeName: string;
  /** The type's supertypes, nearest first. */
  readonly superTypeNames: readonly string[];
  /** Its qualified name, when it has one. */
  readonly qualifiedName?: string;
  /** Who owns it. */
  readonly origin: CatalogOrigin;
  /**
   * The qualified name of the metadata source that owns it (its `homeMetadataCollectionName` when
   * its origin is `EXTERNAL_SOURCE`); undefined for local-cohort elements.
   */
  readonly metadataSourceQualifiedName?: string;
  /** Its classifications, by name. */
  readonly classifications: readonly CatalogClassification[];
  /**
   * Its properties, as stored; undefined when they were not read, or when the emulator cannot
   * return them (an element without a qualified name, or one that shares it with another).
   */
  readonly properties?: Readonly<Record<string, unknown>>;
  /** Who created it. */
  readonly createdBy?: string;
  /** Who last updated it. */
  readonly updatedBy?: string;
  /** Its version: 1 when created, one more for each change. */
  readonly version?: number;
}

/** One end of a relationship. */
export interface CatalogElementReference {
  /** The element's GUID. */
  readonly guid: string;
  /** Its type name. */
  readonly typeName: string;
  /** Its qualified name, when it has one. */
  readonly qualifiedName?: string;
}

/** One relationship in the catalog. */
export interface CatalogRelationship {
  /** The relationship's GUID. */
  readonly guid: string;
  /** Its type name, such as `AttributeForSchema`. */
  readonly typeName: string;
  /** The element at end 1. */
  readonly end1: CatalogElementReference;
  /** The element at end 2. */
  readonly end2: CatalogElementReference;
  /** Who owns it. */
  readonly origin: CatalogOrigin;
  /** The qualified name of the metadata source that owns it; undefined for local-cohort relationships. */
  readonly metadataSourceQualifiedName?: string;
}

/** Options for reading elements of a type. */
export interface ElementsOfTypeOptions {
  /** Include elements of subtypes (default true: `Asset` finds every `Database`). */
  readonly includeSubtypes?: boolean;
}

/** Options for reading the relationships of an element. */
export interface RelationshipsOfOptions {
  /** Only relationships of this type. */
  readonly typeName?: string;
  /** Only relationships where the element is at this end (default: either). */
  readonly end?: 1 | 2;
}

/** The GUID or the qualified name of an element. */
export type ElementKey =
  | string
  | {
      /** The element's GUID. */
      readonly guid: string;
    }
  | {
      /** The element's qualified name. */
      readonly qualifiedName: string;
    };

/**
 * The catalog as read at one moment: every element and relationship of the metadata server, with
 * queries that do not go back to the server.
 */
export class CatalogView {
  /** Every element, in the order they were first created. */
  readonly elements: readonly CatalogElement[];
  /** Every relationship, in the order they were first created. */
  readonly relationships: readonly CatalogRelationship[];
  readonly #byGUID: ReadonlyMap<string, CatalogElement>;

  /**
   * @param elements - the elements
   * @param relationships - the relationships
   */
  constructor(elements: readonly CatalogElement[], relationships: readonly CatalogRelationship[]) {
    this.elements = Object.freeze([...elements]);
    this.relationships = Object.freeze([...relationships]);
    this.#byGUID = new Map(elements.map((e) => [e.guid, e]));
  }

  /**
   * The element with a GUID.
   * @param guid - the GUID
   */
  elementByGUID(guid: string): CatalogElement | undefined {
    return this.#byGUID.get(guid);
  }

  /**
   * The elements of a type (and, by default, of its subtypes).
   * @param typeName - the open metadata type name
   * @param options - whether subtypes count
   */
  elementsOfType(typeName: string, options: ElementsOfTypeOptions = {}): CatalogElement[] {
    const includeSubtypes = options.includeSubtypes ?? true;
    return this.elements.filter(
      (e) => e.typeName === typeName || (includeSubtypes && e.superTypeNames.includes(typeName)),
    );
  }

  /**
   * The elements with a qualified name (normally one).
   * @param qualifiedName - the qualified name
   */
  elementsByQualifiedName(qualifiedName: string): CatalogElement[] {
    return this.elements.filter((e) => e.qualifiedName === qualifiedName);
  }

  /**
   * The element with a qualified name; the latest created when several share it.
   * @param qualifiedName - the qualified name
   */
  elementByQualifiedName(qualifiedName: string): CatalogElement | undefined {
    const found = this.elementsByQualifiedName(qualifiedName);
    return found[found.length - 1];
  }

  /**
   * The element a key names: a GUID or a qualified name (a string is tried as a GUID first).
   * @param key - the key
   */
  findElement(key: ElementKey): CatalogElement | undefined {
    if (typeof key === 'string') return this.elementByGUID(key) ?? this.elementByQualifiedName(key);
    if ('guid' in key) return this.elementByGUID(key.guid);
    return this.elementByQualifiedName(key.qualifiedName);
  }

  /**
   * The relationships of an element.
   * @param key - the element's GUID or qualified name
   * @param options - the relationship type, and the element's end
   */
  relationshipsOf(key: ElementKey, options: RelationshipsOfOptions = {}): CatalogRelationship[] {
    const element = this.findElement(key);
    if (element === undefined) return [];
    return this.relationships.filter(
      (r) =>
        (options.typeName === undefined || r.typeName === options.typeName) &&
        ((options.end !== 2 && r.end1.guid === element.guid) || (options.end !== 1 && r.end2.guid === element.guid)),
    );
  }

  /**
   * The elements at the other end of an element's relationships.
   * @param key - the element's GUID or qualified name
   * @param options - the relationship type, and the element's end
   */
  relatedElements(key: ElementKey, options: RelationshipsOfOptions = {}): CatalogElement[] {
    const element = this.findElement(key);
    if (element === undefined) return [];
    const related: CatalogElement[] = [];
    for (const r of this.relationshipsOf(element.guid, options)) {
      const other = r.end1.guid === element.guid ? r.end2 : r.end1;
      const found = this.elementByGUID(other.guid);
      if (found !== undefined) related.push(found);
    }
    return related;
  }

  /**
   * The elements a metadata source owns (created through a context with that metadata source).
   * @param metadataSourceQualifiedName - the metadata source's qualified name
   */
  elementsOwnedBy(metadataSourceQualifiedName: string): CatalogElement[] {
    return this.elements.filter((e) => e.metadataSourceQualifiedName === metadataSourceQualifiedName);
  }

  /**
   * The relationships a metadata source owns.
   * @param metadataSourceQualifiedName - the metadata source's qualified name
   */
  relationshipsOwnedBy(metadataSourceQualifiedName: string): CatalogRelationship[] {
    return this.relationships.filter((r) => r.metadataSourceQualifiedName === metadataSourceQualifiedName);
  }
}
