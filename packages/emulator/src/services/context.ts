/**
 * What every service handler works with, and the transaction through which it changes the store:
 * each change is applied at once, announced on the out topics, and made durable when the request
 * ends (also when it ends in an error, since Egeria keeps whatever it wrote before failing).
 */
import { randomUUID } from 'node:crypto';
import type { EmulatorState } from '../store/emulator-state';
import type {
  ClassificationRecord,
  ElementRecord,
  InstanceOrigin,
  RelationshipRecord,
  StoreOp,
} from '../store/records';
import { elementStub, relationshipStub } from './headers';
import { ANCHORS, deriveAnchorGUID, hasDerivableAnchor, withAnchorsClassification } from '../store/anchors';
import type { JsonObject } from '../server/binding';

/** An out topic that receives an event for every change. */
export interface OutTopicSpec {
  /** The access service's URL marker, such as `data-manager`. */
  readonly marker: string;
  /** The event bean's `class`, such as `DataManagerOutboundEvent`. */
  readonly eventClass: string;
  /**
   * Builds the topic's event for a change (undefined: no event). Without it the event has the Data
   * Manager's shape: `principleElement` (and `endOneElement` / `endTwoElement`) stubs.
   * @internal
   */
  readonly buildEvent?: (ctx: EmulatorContext, change: OutTopicChange) => JsonObject | undefined;
}

/** A change announced on the out topics, for {@link OutTopicSpec.buildEvent}. */
export interface OutTopicChange {
  /** What happened. */
  readonly eventType: EventKind;
  /** The element that changed (after the change; as it was, for a delete). */
  readonly element?: ElementRecord;
  /** The element before the change (updates and classification changes). */
  readonly previousElement?: ElementRecord;
  /** The relationship that changed. */
  readonly relationship?: RelationshipRecord;
  /** The classification added, changed or removed. */
  readonly classificationName?: string;
}

/** The services' view of the emulator. */
export interface EmulatorContext {
  /** The server name served. */
  readonly serverName: string;
  /** The state. */
  readonly state: EmulatorState;
  /** The largest page size a request may ask for (0 means the maximum). */
  readonly maxPageSize: number;
  /** The out topics. */
  readonly outTopics: readonly OutTopicSpec[];
  /** The clock (epoch milliseconds). */
  now(): number;
}

/** Egeria's default name of an access service's out topic. */
export function outTopicName(serverName: string, marker: string): string {
  return `egeria.omag.server.${serverName}.omas.${marker.replace(/-/g, '')}.outTopic`;
}

/** Egeria's default name of an access service's in topic. */
export function inTopicName(serverName: string, marker: string): string {
  return `egeria.omag.server.${serverName}.omas.${marker.replace(/-/g, '')}.inTopic`;
}

/** A new GUID. */
export function newGUID(): string {
  return randomUUID();
}

/** The origin of an instance created on behalf of a metadata source (or the server when none). */
export function originFor(ctx: EmulatorContext, source: MetadataSourceRef | undefined): InstanceOrigin {
  if (source === undefined) {
    return {
      provenance: 'LOCAL_COHORT',
      metadataCollectionId: ctx.state.metadataCollectionId,
      metadataCollectionName: ctx.serverName,
    };
  }
  return { provenance: 'EXTERNAL_SOURCE', metadataCollectionId: source.guid, metadataCollectionName: source.name };
}

/** A metadata source named on a request (`externalSourceGUID` / `externalSourceName`). */
export interface MetadataSourceRef {
  readonly guid: string;
  readonly name: string;
}

/** The event types the emulator publishes. */
export type EventKind =
  | 'NEW_ELEMENT_CREATED'
  | 'ELEMENT_UPDATED'
  | 'ELEMENT_DELETED'
  | 'ELEMENT_CLASSIFIED'
  | 'ELEMENT_RECLASSIFIED'
  | 'ELEMENT_DECLASSIFIED';

/** The changes of one request. */
export class Transaction {
  private readonly ops: StoreOp[] = [];

  constructor(readonly ctx: EmulatorContext) {}

  /**
   * Stores a new element and announces it; an element created with an anchor carries the `Anchors`
   * classification that names it.
   * @returns the element as stored
   */
  createElement(element: ElementRecord): ElementRecord {
    const stored = withAnchorsClassification(this.ctx.state.store, element, {
      userId: element.createdBy,
      time: element.createTime,
    });
    this.apply({ op: 'putElement', element: stored });
    this.elementEvent('NEW_ELEMENT_CREATED', stored);
    return stored;
  }

  /**
   * Stores a changed element and announces it. Its classifications and anchor stay as stored: they
   * change through {@link classify}, {@link declassify} and {@link anchor} only.
   */
  updateElement(element: ElementRecord): void {
    const previous = this.ctx.state.store.getElement(element.guid);
    const { anchorGUID: _anchorGUID, ...rest } = element;
    const updated: ElementRecord =
      previous === undefined
        ? element
        : {
            ...rest,
            classifications: previous.classifications,
            ...(previous.anchorGUID === undefined ? {} : { anchorGUID: previous.anchorGUID }),
          };
    this.apply({ op: 'putElement', element: updated });
    this.elementEvent('ELEMENT_UPDATED', updated, undefined, previous);
  }

  /** Sets or replaces a classification of the stored element and announces it. */
  classify(element: ElementRecord, classification: ClassificationRecord): ElementRecord {
    const stored = this.ctx.state.store.getElement(element.guid) ?? element;
    const existed = stored.classifications[classification.name] !== undefined;
    const updated: ElementRecord = {
      ...stored,
      classifications: { ...stored.classifications, [classification.name]: classification },
    };
    this.apply({ op: 'putElement', element: updated });
    this.elementEvent(existed ? 'ELEMENT_RECLASSIFIED' : 'ELEMENT_CLASSIFIED', updated, classification.name, stored);
    return updated;
  }

  /** Removes a classification of the stored element and announces it; does nothing when it is absent. */
  declassify(element: ElementRecord, name: string): ElementRecord {
    const stored = this.ctx.state.store.getElement(element.guid) ?? element;
    if (stored.classifications[name] === undefined) return stored;
    const classifications = { ...stored.classifications };
    delete classifications[name];
    const updated: ElementRecord = { ...stored, classifications };
    this.apply({ op: 'putElement', element: updated });
    this.elementEvent('ELEMENT_DECLASSIFIED', updated, name, stored);
    return updated;
  }

  /**
   * Anchors the stored element to another (or to none) and announces the change of its `Anchors`
   * classification.
   * @param anchorGUID - the new anchor; undefined removes the anchor
   * @param userId - who made the change
   */
  anchor(element: ElementRecord, anchorGUID: string | undefined, userId: string): ElementRecord {
    const store = this.ctx.state.store;
    const stored = store.getElement(element.guid) ?? element;
    const target = anchorGUID === stored.guid ? undefined : anchorGUID;
    if (stored.anchorGUID === target) return stored;
    const { anchorGUID: _previous, ...rest } = stored;
    const updated = withAnchorsClassification(store, target === undefined ? rest : { ...rest, anchorGUID: target }, {
      userId,
      time: this.ctx.now(),
    });
    this.apply({ op: 'putElement', element: updated });
    const eventType =
      target === undefined
        ? 'ELEMENT_DECLASSIFIED'
        : stored.anchorGUID === undefined
          ? 'ELEMENT_CLASSIFIED'
          : 'ELEMENT_RECLASSIFIED';
    this.elementEvent(eventType, updated, ANCHORS, stored);
    if (target !== undefined) this.anchorUnanchoredNeighbours(updated, userId);
    return updated;
  }

  /**
   * Anchors the unanchored elements linked to an element when their relationships now give them an
   * anchor: what 5.2 does the next time it reads one (it derives and stores the missing anchor).
   */
  private anchorUnanchoredNeighbours(element: ElementRecord, userId: string): void {
    const store = this.ctx.state.store;
    for (const relationship of store.relationshipsOf(element.guid)) {
      const otherGUID = relationship.end1GUID === element.guid ? relationship.end2GUID : relationship.end1GUID;
      const other = store.getElement(otherGUID);
      if (other === undefined || other.anchorGUID !== undefined || !hasDerivableAnchor(other.typeName)) continue;
      const derived = deriveAnchorGUID(store, other);
      if (derived !== undefined && derived !== other.guid) this.anchor(other, derived, userId);
    }
  }

  /** Deletes an element with its relationships, and announces both. */
  deleteElement(element: ElementRecord): void {
    for (const relationship of this.ctx.state.store.relationshipsOf(element.guid)) {
      this.deleteRelationship(relationship);
    }
    this.apply({ op: 'deleteElement', guid: element.guid });
    this.elementEvent('ELEMENT_DELETED', element);
  }

  /**
   * Stores a new relationship and announces it. An end without an anchor whose type 5.2 anchors
   * through relationships is anchored to what the new relationship makes its anchor, as 5.2's
   * `linkElementToElement` re-evaluates the anchor of an unanchored element.
   */
  createRelationship(relationship: RelationshipRecord): void {
    this.apply({ op: 'putRelationship', relationship });
    this.relationshipEvent('NEW_ELEMENT_CREATED', relationship);
    const store = this.ctx.state.store;
    for (const guid of [relationship.end1GUID, relationship.end2GUID]) {
      const end = store.getElement(guid);
      if (end === undefined || end.anchorGUID !== undefined || !hasDerivableAnchor(end.typeName)) continue;
      const derived = deriveAnchorGUID(store, end);
      if (derived !== undefined && derived !== end.guid) this.anchor(end, derived, relationship.createdBy);
    }
  }

  /** Stores a new version of a relationship with other properties, changed by a user, and announces it. */
  reviseRelationship(
    relationship: RelationshipRecord,
    properties: Readonly<Record<string, unknown>>,
    userId: string,
  ): void {
    this.updateRelationship({
      ...relationship,
      properties,
      updatedBy: userId,
      updateTime: this.ctx.now(),
      version: relationship.version + 1,
    });
  }

  /** Stores a changed relationship and announces it. */
  updateRelationship(relationship: RelationshipRecord): void {
    this.apply({ op: 'putRelationship', relationship });
    this.relationshipEvent('ELEMENT_UPDATED', relationship);
  }

  /** Deletes a relationship and announces it. */
  deleteRelationship(relationship: RelationshipRecord): void {
    this.relationshipEvent('ELEMENT_DELETED', relationship);
    this.apply({ op: 'deleteRelationship', guid: relationship.guid });
  }

  /** Makes the changes durable and publishes their events. */
  persist(): Promise<void> {
    const ops = this.ops.splice(0);
    return this.ctx.state.persist(ops);
  }

  private apply(op: StoreOp): void {
    this.ctx.state.apply(op);
    this.ops.push(op);
  }

  private elementEvent(
    eventType: EventKind,
    element: ElementRecord,
    classificationName?: string,
    previousElement?: ElementRecord,
  ): void {
    const stub = elementStub(element, this.ctx.serverName);
    for (const topic of this.ctx.outTopics) {
      if (topic.buildEvent !== undefined) {
        this.publish(topic, topic.buildEvent(this.ctx, { eventType, element, previousElement, classificationName }));
        continue;
      }
      const event: JsonObject = { class: topic.eventClass, eventVersionId: 1, eventType, principleElement: stub };
      if (classificationName !== undefined) event['classificationName'] = classificationName;
      this.publish(topic, event);
    }
  }

  private publish(topic: OutTopicSpec, event: JsonObject | undefined): void {
    if (event !== undefined) this.apply(this.ctx.state.eventOp(outTopicName(this.ctx.serverName, topic.marker), event));
  }

  private relationshipEvent(eventType: EventKind, relationship: RelationshipRecord): void {
    const store = this.ctx.state.store;
    const end1 = store.getElement(relationship.end1GUID);
    const end2 = store.getElement(relationship.end2GUID);
    for (const topic of this.ctx.outTopics) {
      if (topic.buildEvent !== undefined) {
        this.publish(topic, topic.buildEvent(this.ctx, { eventType, relationship }));
        continue;
      }
      const event: JsonObject = {
        class: topic.eventClass,
        eventVersionId: 1,
        eventType,
        principleElement: relationshipStub(relationship, this.ctx.serverName),
      };
      if (end1 !== undefined) event['endOneElement'] = elementStub(end1, this.ctx.serverName);
      if (end2 !== undefined) event['endTwoElement'] = elementStub(end2, this.ctx.serverName);
      this.publish(topic, event);
    }
  }
}

/**
 * Runs a request's changes. The function runs synchronously to completion (no other request can
 * interleave); whatever it applied is made durable before the answer, even when it throws.
 */
export async function inTransaction<T>(ctx: EmulatorContext, work: (tx: Transaction) => T): Promise<T> {
  const tx = new Transaction(ctx);
  let result: T;
  try {
    result = work(tx);
  } catch (error) {
    await tx.persist();
    throw error;
  }
  await tx.persist();
  return result;
}
