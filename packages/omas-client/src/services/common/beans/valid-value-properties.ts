/**
 * Properties beans of the open metadata framework: valid value properties, as the typed clients send and receive them: one field per
 * public getter of the bean class at commit 19177ef7, named as Jackson names it, every field optional
 * as in Egeria. Enums are the constant names Egeria writes.
 */
import type { ReferenceableProperties } from '../../data-manager/database-operations';
import type { RelationshipProperties } from './core-properties';

/** `ValidValueProperties`. @public */
export interface ValidValueProperties extends ReferenceableProperties {
  /** The name to show. */
  readonly displayName?: string;
  /** A description. */
  readonly description?: string;
  /** How it is used. */
  readonly usage?: string;
  /** Where it applies. */
  readonly scope?: string;
  /** Category. */
  readonly category?: string;
  /** Preferred value. */
  readonly preferredValue?: string;
  /** The data type, such as `string` or `INTEGER`. */
  readonly dataType?: string;
  /** True when the element should no longer be used. */
  readonly isDeprecated?: boolean;
  /** Is case sensitive. */
  readonly isCaseSensitive?: boolean;
}

/** `ValidValueSetProperties`. @public */
export interface ValidValueSetProperties extends ReferenceableProperties {
  /** The name to show. */
  readonly displayName?: string;
  /** A description. */
  readonly description?: string;
  /** Category. */
  readonly category?: string;
  /** How it is used. */
  readonly usage?: string;
  /** Where it applies. */
  readonly scope?: string;
  /** Preferred value. */
  readonly preferredValue?: string;
  /** The data type, such as `string` or `INTEGER`. */
  readonly dataType?: string;
  /** Is case sensitive. */
  readonly isCaseSensitive?: boolean;
  /** True when the element should no longer be used. */
  readonly isDeprecated?: boolean;
}

/** `ValidValueMembershipProperties`: the properties of a set's link to one of its members. @public */
export interface ValidValueMembershipProperties extends RelationshipProperties {
  /** True when the member is the set's default value. */
  readonly defaultValue?: boolean;
}

/** `ValidValueAssignmentProperties`: the properties of an element's link to its valid values. @public */
export interface ValidValueAssignmentProperties extends RelationshipProperties {
  /** True (Egeria's default) when only the valid values may be used; false when they are a suggestion. */
  readonly strictRequirement?: boolean;
}

/** `ReferenceValueAssignmentProperties`: the properties of a reference value tag. @public */
export interface ReferenceValueAssignmentProperties extends RelationshipProperties {
  /** The attribute of the element the tag is about. */
  readonly attributeName?: string;
  /** How sure the assignment is (0-100). */
  readonly confidence?: number;
  /** Who made or approved the assignment. */
  readonly steward?: string;
  /** The type of the steward's element, such as `UserIdentity`. */
  readonly stewardTypeName?: string;
  /** The property that identifies the steward, such as `userId`. */
  readonly stewardPropertyName?: string;
  /** Notes about the assignment. */
  readonly notes?: string;
}
