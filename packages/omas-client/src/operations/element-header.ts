/**
 * The header every Egeria 5.x metadata element carries (`elementHeader`), read tolerantly: every
 * field is optional except the GUID, and fields of other releases pass through untouched.
 */

/** A date as Egeria sends it: an ISO-8601 string or epoch milliseconds (left as received). @public */
export type EgeriaDate = string | number;

/** The open metadata type of an element (`ElementType`). @public */
export interface ElementType {
  /** The type's GUID. */
  readonly typeId?: string;
  /** The type's name, such as `RelationalTable`. */
  readonly typeName?: string;
  /** The names of its super types, nearest first. */
  readonly superTypeNames?: readonly string[];
  /** The type's version. */
  readonly typeVersion?: number;
  /** The type's description. */
  readonly typeDescription?: string;
}

/** Where an element comes from (`ElementOrigin`). @public */
export interface ElementOrigin {
  /** The server that sent the element. */
  readonly sourceServer?: string;
  /**
   * `UNKNOWN`, `LOCAL_COHORT`, `EXPORT_ARCHIVE`, `CONTENT_PACK`, `DEREGISTERED_REPOSITORY`,
   * `CONFIGURATION` or `EXTERNAL_SOURCE` (maintained by an external technology).
   */
  readonly originCategory?: string;
  /** The metadata collection that owns the element (for `EXTERNAL_SOURCE`: the software capability's GUID). */
  readonly homeMetadataCollectionId?: string;
  /** The name of that metadata collection. */
  readonly homeMetadataCollectionName?: string;
  /** The license of the element. */
  readonly license?: string;
}

/** Who made and changed an element, and when (`ElementVersions`). @public */
export interface ElementVersions {
  /** The user that created it. */
  readonly createdBy?: string;
  /** The user that last changed it. */
  readonly updatedBy?: string;
  /** The users that have maintained it. */
  readonly maintainedBy?: readonly string[];
  /** When it was created. */
  readonly createTime?: EgeriaDate;
  /** When it was last changed. */
  readonly updateTime?: EgeriaDate;
  /** Its version number. */
  readonly version?: number;
}

/** The control fields shared by element and classification headers (`ElementControlHeader`). @public */
export interface ElementControlHeader {
  /** The bean's type discriminator, such as `ElementHeader` or `ElementStub`. */
  readonly class?: string;
  /** The version of the header's layout. */
  readonly headerVersion?: number;
  /** The element status, such as `ACTIVE`. */
  readonly status?: string;
  /** The open metadata type. */
  readonly type?: ElementType;
  /** Where it comes from. */
  readonly origin?: ElementOrigin;
  /** Who made and changed it. */
  readonly versions?: ElementVersions;
}

/** A classification attached to an element (`ElementClassification`). @public */
export interface ElementClassification extends ElementControlHeader {
  /** `ASSIGNED` or `PROPAGATED`. */
  readonly classificationOrigin?: string;
  /** For a propagated classification, the element it comes from. */
  readonly classificationOriginGUID?: string;
  /** The classification's name, such as `PrimaryKey`. */
  readonly classificationName?: string;
  /** Its properties. */
  readonly classificationProperties?: Readonly<Record<string, unknown>>;
}

/** The header of a metadata element (`ElementHeader`). @public */
export interface ElementHeader extends ElementControlHeader {
  /** The element's unique identifier. */
  readonly guid: string;
  /** The classifications attached to it. */
  readonly classifications?: readonly ElementClassification[];
}
