/**
 * Properties beans of the open metadata framework that stewardship uses: the governance
 * classifications (confidence, criticality, confidentiality, retention, security tags, ownership,
 * origin, subject area, data field values), the semantic assignment relationship, the query beans of
 * the classified-element searches, and the summaries the open metadata store answers with. One
 * field per public getter of the bean class at commit 19177ef7, named as Jackson names it, every
 * field optional as in Egeria. Enums are the constant names Egeria writes.
 */
import type { ElementHeader } from '../../../operations/element-header';
import type { EgeriaDateInput } from '../../data-manager/database-operations';
import type { ClassificationProperties, RelationshipProperties } from './core-properties';
import type { ElementStatus, SequencingOrder } from './enums';

/** `GlossaryTermAssignmentStatus` values (the status of a semantic assignment). @public */
export type GlossaryTermAssignmentStatus =
  'DISCOVERED' | 'PROPOSED' | 'IMPORTED' | 'VALIDATED' | 'DEPRECATED' | 'OBSOLETE' | 'OTHER';

/** `GovernanceClassificationBase`: what the governance action classifications share. @public */
export interface GovernanceClassificationBase extends ClassificationProperties {
  /** The status of the classification (its `statusIdentifier`). */
  readonly status?: number;
  /** How sure the steward is (0-100). */
  readonly confidence?: number;
  /** Who set it. */
  readonly steward?: string;
  /** The type of the element that describes the steward. */
  readonly stewardTypeName?: string;
  /** The property that identifies the steward in that element. */
  readonly stewardPropertyName?: string;
  /** Where the decision came from. */
  readonly source?: string;
  /** Notes on the decision. */
  readonly notes?: string;
}

/** `GovernanceClassificationProperties`: confidence, criticality and confidentiality. @public */
export interface GovernanceClassificationProperties extends GovernanceClassificationBase {
  /** The level (its meaning depends on the classification). */
  readonly levelIdentifier?: number;
}

/** `RetentionClassificationProperties`. @public */
export interface RetentionClassificationProperties extends GovernanceClassificationBase {
  /** Why the data is kept (its `basisIdentifier`). */
  readonly retentionBasis?: number;
  /** The element the retention is tied to. */
  readonly associatedGUID?: string;
  /** When the data may be archived. */
  readonly archiveAfter?: EgeriaDateInput;
  /** When the data may be deleted. */
  readonly deleteAfter?: EgeriaDateInput;
}

/** `SecurityTagsProperties`. @public */
export interface SecurityTagsProperties extends ClassificationProperties {
  /** Labels for the security enforcement points. */
  readonly securityLabels?: readonly string[];
  /** Named values for the security enforcement points. */
  readonly securityProperties?: Readonly<Record<string, unknown>>;
  /** The groups allowed each kind of access. */
  readonly accessGroups?: Readonly<Record<string, readonly string[]>>;
}

/** `OwnerProperties`. @public */
export interface OwnerProperties extends ClassificationProperties {
  /** Who owns the element. */
  readonly owner?: string;
  /** The type of the element that describes the owner. */
  readonly ownerTypeName?: string;
  /** The property that identifies the owner in that element. */
  readonly ownerPropertyName?: string;
}

/** `AssetOriginProperties`. @public */
export interface AssetOriginProperties extends ClassificationProperties {
  /** The organization the asset comes from. */
  readonly organizationGUID?: string;
  /** The business capability the asset comes from. */
  readonly businessCapabilityGUID?: string;
  /** Other values describing the origin. */
  readonly otherOriginValues?: Readonly<Record<string, string>>;
}

/** `SubjectAreaClassificationProperties`. @public */
export interface SubjectAreaClassificationProperties extends ClassificationProperties {
  /** The subject area the element belongs to. */
  readonly subjectAreaName?: string;
}

/** `DataFieldValuesProperties`. @public */
export interface DataFieldValuesProperties extends ClassificationProperties {
  /** The usual value. */
  readonly defaultValue?: string;
  /** Examples of values. */
  readonly sampleValues?: readonly string[];
  /** Regular expressions the values match. */
  readonly dataPattern?: readonly string[];
  /** Regular expressions the field's names match. */
  readonly namePattern?: readonly string[];
}

/** `SemanticAssignmentProperties`: the link from an element to the glossary term that describes it. @public */
export interface SemanticAssignmentProperties extends RelationshipProperties {
  /** How the term applies. */
  readonly expression?: string;
  /** A description. */
  readonly description?: string;
  /** The assignment's status. */
  readonly status?: GlossaryTermAssignmentStatus;
  /** How sure the assigner is (0-100). */
  readonly confidence?: number;
  /** Who made the assignment. */
  readonly createdBy?: string;
  /** The steward of the assignment. */
  readonly steward?: string;
  /** Where the assignment came from. */
  readonly source?: string;
}

/** `FindProperties`: what every query bean of the classified-element searches carries. @public */
export interface FindProperties {
  /** The bean's type discriminator (filled in by the client when absent). */
  readonly class?: string;
  /** Only elements of this open metadata type (or its subtypes). */
  readonly openMetadataTypeName?: string;
  /** The time at which the elements must be effective. */
  readonly effectiveTime?: EgeriaDateInput;
  /** Read the repository as it was at this time. */
  readonly asOfTime?: EgeriaDateInput;
  /** Only elements with these statuses. */
  readonly limitResultsByStatus?: readonly ElementStatus[];
  /** The property to sort by. */
  readonly sequencingProperty?: string;
  /** The order of the results. */
  readonly sequencingOrder?: SequencingOrder;
}

/** `DataFieldQueryProperties`. @public */
export interface DataFieldQueryProperties extends FindProperties {
  /** The usual value. */
  readonly defaultValue?: string;
  /** Examples of values. */
  readonly sampleValues?: readonly string[];
  /** Regular expressions the values match. */
  readonly dataPattern?: readonly string[];
  /** Regular expressions the field's names match. */
  readonly namePattern?: readonly string[];
}

/** `FindAssetOriginProperties`. @public */
export interface FindAssetOriginProperties extends FindProperties {
  /** The organization the assets come from. */
  readonly organizationGUID?: string;
  /** The business capability the assets come from. */
  readonly businessCapabilityGUID?: string;
  /** Other values describing the origin. */
  readonly otherOriginValues?: Readonly<Record<string, string>>;
}

/** `FindPropertyNamesProperties`: a value looked for in the properties named. @public */
export interface FindPropertyNamesProperties extends FindProperties {
  /** The value. */
  readonly propertyValue?: string;
  /** The properties to look in. */
  readonly propertyNames?: readonly string[];
}

/** `MetadataElementSummary`: an element's header and its properties as text. @public */
export interface MetadataElementSummary {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** The element's properties, each as text. */
  readonly properties?: Readonly<Record<string, string>>;
}

/** `RelatedMetadataElementSummary`: an element related to another, with the relationship. @public */
export interface RelatedMetadataElementSummary {
  /** The relationship's header. */
  readonly relationshipHeader?: ElementHeader;
  /** The relationship's properties, each as text. */
  readonly relationshipProperties?: Readonly<Record<string, string>>;
  /** The element at the other end. */
  readonly relatedElement?: MetadataElementSummary;
}
