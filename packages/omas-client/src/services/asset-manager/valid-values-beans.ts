/**
 * Beans of the Asset Manager's valid value exchange (its metadataelements package), as 5.2's ValidValuesExchangeClient
 * builds them from open metadata store elements: one field per public getter of the bean class at
 * commit 19177ef7, named as Jackson names it, every field optional as in Egeria.
 */
import type {
  ReferenceValueAssignmentProperties,
  ValidValueMembershipProperties,
  ValidValueProperties,
} from '../common/beans/valid-value-properties';
import type { MetadataCorrelationHeader } from '../framework/framework-beans';
import type { ElementHeader } from '../../operations/element-header';
import type { ReferenceableProperties } from '../data-manager/database-operations';

/** `ValidValueElement` of the Asset Manager: a valid value definition or set. @public */
export interface AssetManagerValidValueElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** The element's external identifiers, one per correlated third party catalog. */
  readonly correlationHeaders?: readonly MetadataCorrelationHeader[];
  /** The valid value's properties. */
  readonly validValueProperties?: ValidValueProperties;
}

/** `ValidValueMember`: a member of a valid value set, with its membership. @public */
export interface ValidValueMember {
  /** The membership relationship's header. */
  readonly relationshipHeader?: ElementHeader;
  /** The membership's properties. */
  readonly relationshipProperties?: ValidValueMembershipProperties;
  /** The member. */
  readonly validValueElement?: AssetManagerValidValueElement;
}

/** `ReferenceableElement` of the Asset Manager. @public */
export interface AssetManagerReferenceableElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** The element's external identifiers, one per correlated third party catalog. */
  readonly correlationHeaders?: readonly MetadataCorrelationHeader[];
  /** The element's properties. */
  readonly referenceableProperties?: ReferenceableProperties;
}

/** `ReferenceValueAssignmentItemElement`: an element a reference value is assigned to. @public */
export interface ReferenceValueAssignmentItemElement {
  /** The assignment relationship's header. */
  readonly relationshipHeader?: ElementHeader;
  /** The assignment's properties. */
  readonly relationshipProperties?: ReferenceValueAssignmentProperties;
  /** The element the value is assigned to. */
  readonly assignedItem?: AssetManagerReferenceableElement;
}

/** `ReferenceValueAssignmentDefinitionElement`: a reference value assigned to an element. @public */
export interface ReferenceValueAssignmentDefinitionElement {
  /** The assignment relationship's header. */
  readonly relationshipHeader?: ElementHeader;
  /** The assignment's properties. */
  readonly relationshipProperties?: ReferenceValueAssignmentProperties;
  /** The reference value. */
  readonly validValueElement?: AssetManagerValidValueElement;
}
