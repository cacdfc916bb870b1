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

  /** Stores a new element and announces it. */
  createElement(element: ElementRecord): void {
    this.apply({ op: 'putElement', element });
    this.elementEvent('NEW_ELEMENT_CREATED', element);
  }

  /** Stores a changed element and announces it. */
  updateElement(element: ElementRecord): void {
    const previous = this.ctx.state.store.getElement(element.guid);
    this.apply({ op: 'putElement', element });
    this.elementEvent('ELEMENT_UPDATED', element, undefined, previous);
  }

  /** Sets or replaces a classification and announces it. */
  classify(element: ElementRecord, classification: ClassificationRecord): ElementRecord {
    const existed = element.classifications[classification.name] !== undefined;
    const updated: ElementRecord = {
      ...element,
      classifications: { ...element.classifications, [classification.name]: classification },
    };
    this.apply({ op: 'putElement', element: updated });
    this.elementEvent(existed ? 'ELEMENT_RECLASSIFIED' : 'ELEMENT_CLASSIFIED', updated, classification.name, element);
    return updated;
  }

  /** Removes a classification and announces it; does nothing when it is absent. */
  declassify(element: ElementRecord, name: string): ElementRecord {
    if (element.classifications[name] === undefined) return element;
    const classifications = { ...element.classifications };
    delete classifications[name];
    const updated: ElementRecord = { ...element, classifications };
    this.apply({ op: 'putElement', element: updated });
    this.elementEvent('ELEMENT_DECLASSIFIED', updated, name, element);
    return updated;
  }

  /** Deletes an element with its relationships, and announces both. */
  deleteElement(element: ElementRecord): void {
    for (const relationship of this.ctx.state.store.relationshipsOf(element.guid)) {
      this.deleteRelationship(relationship);
    }
    this.apply({ op: 'deleteElement', guid: element.guid });
    this.elementEvent('ELEMENT_DELETED', element);
  }

  /** Stores a new relationship and announces it. */
  createRelationship(relationship: RelationshipRecord): void {
    this.apply({ op: 'putRelationship', relationship });
    this.relationshipEvent('NEW_ELEMENT_CREATED', relationship);
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
