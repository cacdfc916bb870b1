/**
 * What a read may see of a stored element, as Egeria 5.2's repository handler decides it for every
 * entity it retrieves (`RepositoryHandler.validateRetrievedEntity` with its `DuplicateEntityIterator`):
 * a Memento (archived element) is seen only by a lineage request (`forLineage`), and, unless the
 * request is for duplicate processing (`forDuplicateProcessing`), an element classified
 * `KnownDuplicate` is seen as its consolidated duplicate or as the merge of its peer duplicates.
 */
import type { MetadataStore } from './metadata-store';
import type { ClassificationRecord, ElementRecord } from './records';
import { isTypeOf } from './type-registry';

/** The request flags that decide what a read sees. */
export interface ReadFlags {
  /** Memento elements are seen too. */
  readonly forLineage?: boolean;
  /** Known duplicates are seen as they are stored, not deduplicated. */
  readonly forDuplicateProcessing?: boolean;
}

/** A relationship or classification property `statusIdentifier` of at least 1 (5.2's threshold for duplicates). */
function statusReached(properties: Readonly<Record<string, unknown>> | undefined): boolean {
  const status = properties?.['statusIdentifier'];
  return typeof status === 'number' && status >= 1;
}

/** When an instance last changed (its update time, else its creation time). */
function lastChanged(instance: { readonly updateTime?: number; readonly createTime: number }): number {
  return instance.updateTime ?? instance.createTime;
}

/** True when the element carries a `Memento` classification and the request is not for lineage. */
export function isHiddenMemento(element: ElementRecord, flags: ReadFlags): boolean {
  return flags.forLineage !== true && element.classifications['Memento'] !== undefined;
}

/** The element a duplicate resolves to through its one `ConsolidatedDuplicateLink` (end two), when that one is confirmed. */
function consolidatedOf(store: MetadataStore, element: ElementRecord, flags: ReadFlags): ElementRecord | undefined {
  const links = store.relationshipsOf(element.guid, 'ConsolidatedDuplicateLink', 1);
  if (links.length !== 1) return undefined;
  const consolidated = store.getElement(links[0].end2GUID);
  if (consolidated === undefined || isHiddenMemento(consolidated, flags)) return undefined;
  return statusReached(consolidated.classifications['ConsolidatedDuplicate']?.properties) ? consolidated : undefined;
}

/** The later of two versions of a duplicate (ties go to the greater GUID, as in 5.2). */
function latest(current: ElementRecord, next: ElementRecord): ElementRecord {
  const a = lastChanged(current);
  const b = lastChanged(next);
  if (a === b) return current.guid >= next.guid ? current : next;
  return a < b ? next : current;
}

/**
 * The element a read sees, or undefined when it may see none: the element itself; a Memento is
 * hidden unless the request is for lineage; and unless it is for duplicate processing, a
 * `KnownDuplicate` is replaced by its confirmed consolidated duplicate, or else merged with its
 * peers (`PeerDuplicateLink`s with a `statusIdentifier` of 1 or more, followed from peer to peer):
 * the most recently changed peer, with the latest of each classification of them all.
 * @param typeName - the type the read asks for (peers of another type are ignored)
 */
export function resolveForRead(
  store: MetadataStore,
  element: ElementRecord,
  typeName: string,
  flags: ReadFlags,
): ElementRecord | undefined {
  const processed = new Set<string>();
  const unprocessed: ElementRecord[] = [element];
  let cached: ElementRecord | undefined;

  const nextEntity = (): void => {
    let processing = unprocessed.pop();
    while (processing !== undefined && processed.has(processing.guid)) processing = unprocessed.pop();
    if (processing === undefined) {
      cached = undefined;
      return;
    }
    processed.add(processing.guid);
    cached = processing;
    if (flags.forDuplicateProcessing !== true && processing.classifications['KnownDuplicate'] !== undefined) {
      const consolidated = consolidatedOf(store, processing, flags);
      if (consolidated !== undefined) cached = consolidated;
      else {
        for (const link of store.relationshipsOf(processing.guid, 'PeerDuplicateLink')) {
          if (!statusReached(link.properties)) continue;
          const peerGUID = link.end1GUID === processing.guid ? link.end2GUID : link.end1GUID;
          if (processed.has(peerGUID) || unprocessed.some((e) => e.guid === peerGUID)) continue;
          const peer = store.getElement(peerGUID);
          if (peer !== undefined && isTypeOf(peer.typeName, typeName)) unprocessed.push(peer);
        }
      }
    }
    if (isHiddenMemento(cached, flags)) cached = undefined;
  };
  const fill = (): void => {
    nextEntity();
    while (cached === undefined && unprocessed.length > 0) nextEntity();
  };
  const nextPeer = (): ElementRecord | undefined => {
    const peer = cached;
    if (peer !== undefined) fill();
    return peer;
  };

  fill();
  let result = nextPeer();
  if (result === undefined || cached === undefined) return result;
  const classifications = new Map<string, ClassificationRecord>(Object.entries(element.classifications));
  while (cached !== undefined) {
    const peer = nextPeer();
    if (peer === undefined) continue;
    result = latest(result, peer);
    for (const classification of Object.values(peer.classifications)) {
      const existing = classifications.get(classification.name);
      if (existing === undefined || lastChanged(existing) < lastChanged(classification)) {
        classifications.set(classification.name, classification);
      }
    }
    result = { ...result, classifications: Object.fromEntries(classifications) };
  }
  return result;
}
