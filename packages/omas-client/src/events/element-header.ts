/**
 * The element headers carried by out-topic events, with Egeria's JSON field names (Egeria 5.2's
 * `ElementHeader`, `ElementStub` and the beans they hold), named `Event...` because, unlike the
 * headers of REST answers, they are parsed: every field is optional (a field the server leaves out
 * is simply absent) and dates are `Date` objects whether the server wrote ISO strings or epoch
 * milliseconds.
 */

/** The type of an element (Egeria's `ElementType`). */
export interface EventElementType {
  /** GUID of the type. */
  readonly typeId?: string;
  /** Name of the type, such as `DeployedDatabaseSchema`. */
  readonly typeName?: string;
  /** Names of its super types, nearest first. */
  readonly superTypeNames?: readonly string[];
  /** Version of the type. */
  readonly typeVersion?: number;
  /** Description of the type. */
  readonly typeDescription?: string;
}

/** Where an element comes from (Egeria's `ElementOrigin`). */
export interface EventElementOrigin {
  /** The server that sent the element. */
  readonly sourceServer?: string;
  /** Egeria's `ElementOriginCategory`, such as `LOCAL_COHORT` or `EXTERNAL_SOURCE`. */
  readonly originCategory?: string;
  /** The metadata collection that owns the element. */
  readonly homeMetadataCollectionId?: string;
  /** Name of that metadata collection. */
  readonly homeMetadataCollectionName?: string;
  /** License of the element. */
  readonly license?: string;
}

/** Who created and changed an element, and when (Egeria's `ElementVersions`). */
export interface EventElementVersions {
  /** User that created the element. */
  readonly createdBy?: string;
  /** User that last updated the element. */
  readonly updatedBy?: string;
  /** Users that have updated the element. */
  readonly maintainedBy?: readonly string[];
  /** When the element was created. */
  readonly createTime?: Date;
  /** When the element was last updated. */
  readonly updateTime?: Date;
  /** Version number of the element. */
  readonly version?: number;
}

/** Fields common to element and classification headers (Egeria's `ElementControlHeader`). */
export interface EventElementControlHeader {
  /** Jackson type discriminator, such as `ElementHeader`, `ElementStub` or `ElementClassification`. */
  readonly class?: string;
  /** Version of the header bean. */
  readonly headerVersion?: number;
  /** Egeria's `ElementStatus`, such as `ACTIVE` or `DELETED`. */
  readonly status?: string;
  /** Type of the element. */
  readonly type?: EventElementType;
  /** Origin of the element. */
  readonly origin?: EventElementOrigin;
  /** Creation and update details. */
  readonly versions?: EventElementVersions;
}

/** A classification attached to an element (Egeria's `ElementClassification`). */
export interface EventElementClassification extends EventElementControlHeader {
  /** Name of the classification, such as `Confidentiality`. */
  readonly classificationName?: string;
  /** Its properties. */
  readonly classificationProperties?: Readonly<Record<string, unknown>>;
  /** Egeria's `ClassificationOrigin`: `ASSIGNED` or `PROPAGATED`. */
  readonly classificationOrigin?: string;
  /** For a propagated classification, the element it came from. */
  readonly classificationOriginGUID?: string;
}

/** The header of an element (Egeria's `ElementHeader`). */
export interface EventElementHeader extends EventElementControlHeader {
  /** Unique identifier of the element. */
  readonly guid?: string;
  /** Classifications of the element. */
  readonly classifications?: readonly EventElementClassification[];
}

/** An element header with the element's unique name (Egeria's `ElementStub`). */
export interface EventElementStub extends EventElementHeader {
  /** The element's unique name (usually its qualified name). */
  readonly uniqueName?: string;
}
