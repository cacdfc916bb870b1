/**
 * What the store keeps: elements, their classifications, relationships, and the changes that
 * move the store from one state to the next (also the lines of the journal).
 */

/** Who owns an instance: a metadata source (external source) or the server itself. */
export interface InstanceOrigin {
  /** `EXTERNAL_SOURCE` when a metadata source created it, otherwise `LOCAL_COHORT`. */
  readonly provenance: 'EXTERNAL_SOURCE' | 'LOCAL_COHORT';
  /** The owning metadata source's GUID, or the server's metadata collection id. */
  readonly metadataCollectionId: string;
  /** The owning metadata source's qualified name, or the server's metadata collection name. */
  readonly metadataCollectionName: string;
}

/** Audit fields every instance carries. */
export interface InstanceAudit {
  readonly createdBy: string;
  readonly updatedBy?: string;
  readonly createTime: number;
  readonly updateTime?: number;
  readonly version: number;
}

/** A classification attached to an element. */
export interface ClassificationRecord extends InstanceAudit {
  /** The classification type name, such as `PrimaryKey`. */
  readonly name: string;
  /** Stored property values. */
  readonly properties: Readonly<Record<string, unknown>>;
  readonly origin: InstanceOrigin;
}

/** An element (entity). */
export interface ElementRecord extends InstanceAudit {
  readonly guid: string;
  /** The element's type name. */
  readonly typeName: string;
  /** Stored property values (nulls dropped). */
  readonly properties: Readonly<Record<string, unknown>>;
  /** Classifications by name. */
  readonly classifications: Readonly<Record<string, ClassificationRecord>>;
  readonly origin: InstanceOrigin;
  /** The element this one is anchored to (deleted with it). */
  readonly anchorGUID?: string;
  /** Egeria's instance status when it is not `ACTIVE` (such as `DRAFT` for a process being designed). */
  readonly status?: string;
}

/** A relationship between two elements. */
export interface RelationshipRecord extends InstanceAudit {
  readonly guid: string;
  /** The relationship type name, such as `NestedFile`. */
  readonly typeName: string;
  readonly end1GUID: string;
  readonly end2GUID: string;
  readonly properties: Readonly<Record<string, unknown>>;
  readonly origin: InstanceOrigin;
}

/** An event published on an out topic or received on an in topic. */
export interface TopicEvent {
  /** The topic's name. */
  readonly topic: string;
  /** Position in the emulator's event sequence (shared by every topic). */
  readonly seq: number;
  /** The event bean. */
  readonly event: unknown;
}

/** One change to the store. */
export type StoreOp =
  | { readonly op: 'putElement'; readonly element: ElementRecord }
  | { readonly op: 'deleteElement'; readonly guid: string }
  | { readonly op: 'putRelationship'; readonly relationship: RelationshipRecord }
  | { readonly op: 'deleteRelationship'; readonly guid: string }
  | { readonly op: 'event'; readonly event: TopicEvent }
  | { readonly op: 'server'; readonly metadataCollectionId: string };
