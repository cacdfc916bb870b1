/**
 * The options of the valid values exchange service's calls (Egeria 5.2's
 * `ValidValuesExchangeService` parameters, one object per call).
 */
import type {
  AssetManagerMergeUpdateOption,
  AssetManagerPagingOptions,
  EffectiveTimeOption,
  ExternalIdentifierNameOption,
  ExternalIdentifierOption,
  ReferenceValueAssignmentProperties,
  ValidValueMembershipProperties,
  ValidValueProperties,
} from '@egeria-ts/omas-client';

/** Options of `createValidValueSet`. */
export interface CreateValidValueSetOptions extends ExternalIdentifierOption, EffectiveTimeOption {
  /** The set's properties; `qualifiedName` is required, `typeName` picks a subtype of ValidValuesSet. */
  readonly validValueProperties: ValidValueProperties;
}

/** Options of `createValidValueDefinition`. */
export interface CreateValidValueDefinitionOptions extends CreateValidValueSetOptions {
  /** The set the new valid value is a member of. */
  readonly setGUID: string;
}

/** Options of `updateValidValue`. */
export interface UpdateValidValueOptions extends AssetManagerMergeUpdateOption, ExternalIdentifierNameOption {
  /** The valid value (definition or set) to update. */
  readonly validValueGUID: string;
  /** The new properties. */
  readonly validValueProperties: ValidValueProperties;
}

/** Names one valid value. */
export interface ValidValueGUIDOptions extends ExternalIdentifierNameOption {
  /** The valid value's GUID. */
  readonly validValueGUID: string;
}

/** Options of `attachValidValueToSet` and `detachValidValueFromSet`. */
export interface ValidValueMembershipOptions extends EffectiveTimeOption {
  /** The set. */
  readonly setGUID: string;
  /** The member. */
  readonly validValueGUID: string;
  /** The membership's properties, for an attachment (whether it is the set's default value). */
  readonly properties?: ValidValueMembershipProperties;
}

/** Options of `assignReferenceValueToItem` and `unassignReferenceValueFromItem`. */
export interface ReferenceValueAssignmentOptions extends EffectiveTimeOption {
  /** The reference value. */
  readonly validValueGUID: string;
  /** The element it is assigned to. */
  readonly referenceableGUID: string;
  /** The assignment's properties, for an assignment. */
  readonly properties?: ReferenceValueAssignmentProperties;
}

/** Options of `getValidValueByName`. */
export interface ValidValueNameOptions extends AssetManagerPagingOptions {
  /** The qualified name or name to match exactly. */
  readonly validValueName: string;
}

/** Options of the lists below one valid value set. */
export interface ValidValueSetPagingOptions extends AssetManagerPagingOptions {
  /** The set. */
  readonly validValueSetGUID: string;
}

/** Options of the lists about one valid value. */
export interface ValidValuePagingOptions extends AssetManagerPagingOptions {
  /** The valid value. */
  readonly validValueGUID: string;
}

/** Options of `getReferenceValueAssignments`. */
export interface ReferenceablePagingOptions extends AssetManagerPagingOptions {
  /** The element the reference values are assigned to. */
  readonly referenceableGUID: string;
}
