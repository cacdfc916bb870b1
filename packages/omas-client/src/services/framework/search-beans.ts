/**
 * Beans of the open metadata store's searches (the governance action framework's `search` package
 * and the framework service's `FindRequestBody`), as the typed clients send them: one field per
 * public getter of the bean class at commit 19177ef7, named as Jackson names it, every field
 * optional as in Egeria. Enums are the constant names Egeria writes.
 */
import type { ResultsRequestBody } from '../common/beans/request-bodies';
import type { EgeriaDateInput } from '../data-manager/database-operations';
import type { PropertyValue } from './framework-beans';

/** `MatchCriteria` values: how the conditions of a search combine. @public */
export type MatchCriteria = 'ALL' | 'ANY' | 'NONE';

/** `PropertyComparisonOperator` values. @public */
export type PropertyComparisonOperator =
  'EQ' | 'NEQ' | 'LT' | 'LTE' | 'GT' | 'GTE' | 'IN' | 'IS_NULL' | 'NOT_NULL' | 'LIKE';

/** `PrimitiveTypePropertyValue`: a string, number, boolean or date. @public */
export interface PrimitiveTypePropertyValue extends PropertyValue {
  /** `OM_PRIMITIVE_TYPE_STRING`, `OM_PRIMITIVE_TYPE_INT`, `OM_PRIMITIVE_TYPE_BOOLEAN`... */
  readonly primitiveTypeCategory?: string;
  /** The value (a date as epoch milliseconds). */
  readonly primitiveValue?: string | number | boolean | EgeriaDateInput;
}

/** `PropertyCondition`: one property compared with a value (or nested conditions). @public */
export interface PropertyCondition {
  /** The property's name. */
  readonly property?: string;
  /** How it is compared. */
  readonly operator?: PropertyComparisonOperator;
  /** The value it is compared with. */
  readonly value?: PropertyValue;
  /** Conditions that replace the property comparison. */
  readonly nestedConditions?: SearchProperties;
}

/** `SearchProperties`: conditions on an element's (or classification's) properties. @public */
export interface SearchProperties {
  /** The conditions. */
  readonly conditions?: readonly PropertyCondition[];
  /** How they combine. */
  readonly matchCriteria?: MatchCriteria;
}

/** `ClassificationCondition`: a classification an element must carry, with conditions on its properties. @public */
export interface ClassificationCondition {
  /** The classification's type name. */
  readonly name?: string;
  /** Conditions on its properties. */
  readonly searchProperties?: SearchProperties;
}

/** `SearchClassifications`: conditions on an element's classifications. @public */
export interface SearchClassifications {
  /** The conditions. */
  readonly conditions?: readonly ClassificationCondition[];
  /** How they combine. */
  readonly matchCriteria?: MatchCriteria;
}

/** `FindRequestBody` of the open metadata store: elements by type, properties and classifications. @public */
export interface FindRequestBody extends ResultsRequestBody {
  /** Only elements of this type (or its subtypes); none for any type. */
  readonly metadataElementTypeName?: string;
  /** Only these subtypes of it. */
  readonly metadataElementSubtypeNames?: readonly string[];
  /** Conditions on the elements' properties. */
  readonly searchProperties?: SearchProperties;
  /** Conditions on the elements' classifications. */
  readonly matchClassifications?: SearchClassifications;
}
