/**
 * Option shapes of the valid value operations that the Data Manager integration contexts share.
 */
import type {
  ReferenceValueAssignmentProperties,
  ValidValueAssignmentProperties,
  ValidValueMembershipProperties,
  ValidValueProperties,
} from '../services/common/beans/valid-value-properties';
import type { ContextMergeUpdateOption, ContextPagingOptions } from './context-options';

/** Options of `createValidValue`. @public */
export interface CreateValidValueOptions {
  /**
   * The valid value's properties; `qualifiedName` is required. Without a `typeName` Egeria 5.2
   * creates a `ValidValuesSet`; `ValidValueDefinition` makes a single value.
   */
  readonly validValueProperties: ValidValueProperties;
}

/** Names one valid value (or valid value set). @public */
export interface ValidValueGUIDOption {
  /** The valid value's GUID. */
  readonly validValueGUID: string;
}

/** Options of `updateValidValue`. @public */
export interface UpdateValidValueOptions extends ContextMergeUpdateOption, ValidValueGUIDOption {
  /** The new properties. */
  readonly validValueProperties: ValidValueProperties;
}

/** Names a valid value set and one of its members. @public */
export interface ValidValueMemberOptions {
  /** The set. */
  readonly validValueSetGUID: string;
  /** The member. */
  readonly validValueMemberGUID: string;
}

/** Options of `setupValidValueMember`. @public */
export interface SetupValidValueMemberOptions extends ValidValueMemberOptions {
  /** Whether the member is the set's default value; none: not the default. */
  readonly properties?: ValidValueMembershipProperties;
}

/** Names an element and a valid value linked to it. @public */
export interface ElementValidValueOptions extends ValidValueGUIDOption {
  /** The element (a consumer of the valid values, or the element a reference value tags). */
  readonly elementGUID: string;
}

/** Options of `setupValidValues`. @public */
export interface SetupValidValuesOptions extends ElementValidValueOptions {
  /** Whether the valid values are a strict requirement; none: they are not. */
  readonly properties?: ValidValueAssignmentProperties;
}

/** Options of `setupReferenceValueTag`. @public */
export interface SetupReferenceValueTagOptions extends ElementValidValueOptions {
  /** The tag's attribute name, confidence and steward; none: a confidence of 100. */
  readonly properties?: ReferenceValueAssignmentProperties;
}

/** Options of the lists that start from a valid value (`getSetsForValidValue`, `getConsumersOfValidValue`...). @public */
export interface ValidValuePagingOptions extends ContextPagingOptions, ValidValueGUIDOption {}

/** Options of `getValidValueSetMembers`. @public */
export interface ValidValueSetMembersOptions extends ContextPagingOptions {
  /** The set whose members to list. */
  readonly validValueSetGUID: string;
}

/** Options of `getReferenceValues`. @public */
export interface ReferenceValuesOptions extends ContextPagingOptions {
  /** The element whose reference value tags to list. */
  readonly elementGUID: string;
}

/** Options of `getValidValuesForConsumer`. @public */
export interface ValidValuesForConsumerOptions {
  /** The element whose valid values to return. */
  readonly elementGUID: string;
}
