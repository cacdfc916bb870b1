/**
 * The in-memory metadata store: elements, relationships and their indexes. It changes only
 * through {@link MetadataStore.apply}, which is also how the journal is replayed.
 */
import type { ElementRecord, RelationshipRecord, StoreOp } from './records';
import { isTypeOf } from './type-registry';

/** Elements and relationships, indexed by GUID, exact type, qualified name and relationship end. */
export class MetadataStore {
  private readonly elements = new Map<string, ElementRecord>();
  private readonly relationships = new Map<string, RelationshipRecord>();
  private readonly creationOrder = new Map<string, number>();
  private readonly byType = new Map<string, Set<string>>();
  private readonly byQualifiedName = new Map<string, Set<string>>();
  private readonly relationshipsByEnd = new Map<string, Set<string>>();
  private nextOrder = 0;
  /** The server's own metadata collection id, set once. */
  metadataCollectionId: string | undefined;

  /** Applies one change. Applying a change twice leaves the same state as applying it once. */
  apply(op: StoreOp): void {
    switch (op.op) {
      case 'putElement':
        this.putElement(op.element);
        break;
      case 'deleteElement':
        this.deleteElement(op.guid);
        break;
      case 'putRelationship':
        this.putRelationship(op.relationship);
        break;
      case 'deleteRelationship':
        this.deleteRelationship(op.guid);
        break;
      case 'server':
        this.metadataCollectionId = op.metadataCollectionId;
        break;
      case 'event':
        break;
    }
  }

  /** The element with this GUID. */
  getElement(guid: string): ElementRecord | undefined {
    return this.elements.get(guid);
  }

  /** The relationship with this GUID. */
  getRelationship(guid: string): RelationshipRecord | undefined {
    return this.relationships.get(guid);
  }

  /** Number of elements and relationships. */
  get size(): { elements: number; relationships: number } {
    return { elements: this.elements.size, relationships: this.relationships.size };
  }

  /** Every element, in creation order. */
  allElements(): IterableIterator<ElementRecord> {
    return this.elements.values();
  }

  /** Every relationship, in creation order. */
  allRelationships(): IterableIterator<RelationshipRecord> {
    return this.relationships.values();
  }

  /** Elements of a type or its subtypes, in creation order. */
  elementsOfType(typeName: string): ElementRecord[] {
    const guids: string[] = [];
    for (const [type, set] of this.byType) {
      if (isTypeOf(type, typeName)) guids.push(...set);
    }
    return this.inCreationOrder(guids);
  }

  /** Elements whose `qualifiedName` is exactly this value, in creation order. */
  elementsWithQualifiedName(qualifiedName: string): ElementRecord[] {
    return this.inCreationOrder([...(this.byQualifiedName.get(qualifiedName) ?? [])]);
  }

  /**
   * Relationships attached to an element.
   * @param guid - the element
   * @param typeName - only relationships of this type (or a subtype)
   * @param end - only where the element is at end 1 or end 2
   */
  relationshipsOf(guid: string, typeName?: string, end?: 1 | 2): RelationshipRecord[] {
    const out: RelationshipRecord[] = [];
    for (const relGUID of this.relationshipsByEnd.get(guid) ?? []) {
      const rel = this.relationships.get(relGUID);
      if (rel === undefined) continue;
      if (typeName !== undefined && !isTypeOf(rel.typeName, typeName)) continue;
      if (end === 1 && rel.end1GUID !== guid) continue;
      if (end === 2 && rel.end2GUID !== guid) continue;
      out.push(rel);
    }
    return out;
  }

  private inCreationOrder(guids: string[]): ElementRecord[] {
    guids.sort((a, b) => (this.creationOrder.get(a) ?? 0) - (this.creationOrder.get(b) ?? 0));
    const out: ElementRecord[] = [];
    for (const guid of guids) {
      const element = this.elements.get(guid);
      if (element !== undefined) out.push(element);
    }
    return out;
  }

  private putElement(element: ElementRecord): void {
    const previous = this.elements.get(element.guid);
    if (previous !== undefined) this.unindexElement(previous);
    else this.creationOrder.set(element.guid, this.nextOrder++);
    this.elements.set(element.guid, element);
    addTo(this.byType, element.typeName, element.guid);
    const qualifiedName = element.properties['qualifiedName'];
    if (typeof qualifiedName === 'string') addTo(this.byQualifiedName, qualifiedName, element.guid);
  }

  private deleteElement(guid: string): void {
    const element = this.elements.get(guid);
    if (element === undefined) return;
    this.unindexElement(element);
    this.elements.delete(guid);
    this.creationOrder.delete(guid);
  }

  private unindexElement(element: ElementRecord): void {
    removeFrom(this.byType, element.typeName, element.guid);
    const qualifiedName = element.properties['qualifiedName'];
    if (typeof qualifiedName === 'string') removeFrom(this.byQualifiedName, qualifiedName, element.guid);
  }

  private putRelationship(relationship: RelationshipRecord): void {
    const previous = this.relationships.get(relationship.guid);
    if (previous !== undefined) {
      removeFrom(this.relationshipsByEnd, previous.end1GUID, previous.guid);
      removeFrom(this.relationshipsByEnd, previous.end2GUID, previous.guid);
    }
    this.relationships.set(relationship.guid, relationship);
    addTo(this.relationshipsByEnd, relationship.end1GUID, relationship.guid);
    addTo(this.relationshipsByEnd, relationship.end2GUID, relationship.guid);
  }

  private deleteRelationship(guid: string): void {
    const relationship = this.relationships.get(guid);
    if (relationship === undefined) return;
    removeFrom(this.relationshipsByEnd, relationship.end1GUID, guid);
    removeFrom(this.relationshipsByEnd, relationship.end2GUID, guid);
    this.relationships.delete(guid);
  }
}

function addTo(index: Map<string, Set<string>>, key: string, guid: string): void {
  let set = index.get(key);
  if (set === undefined) {
    set = new Set();
    index.set(key, set);
  }
  set.add(guid);
}

function removeFrom(index: Map<string, Set<string>>, key: string, guid: string): void {
  const set = index.get(key);
  if (set === undefined) return;
  set.delete(guid);
  if (set.size === 0) index.delete(key);
}
