/**
 * The options of the stewardship exchange service's calls (Egeria 5.2's
 * `StewardshipExchangeService` parameters, one object per call).
 */
import type {
  AssetManagerPagingOptions,
  AssetOriginProperties,
  DataFieldQueryProperties,
  DataFieldValuesProperties,
  EffectiveTimeOption,
  ExternalIdentifierNameOption,
  FindAssetOriginProperties,
  FindProperties,
  FindPropertyNamesProperties,
  GovernanceClassificationProperties,
  OwnerProperties,
  RetentionClassificationProperties,
  SecurityTagsProperties,
  SemanticAssignmentProperties,
  SubjectAreaClassificationProperties,
} from '@egeria-ts/omas-client';

/** Names the element a classification is set on or cleared from. */
export interface StewardshipElementOptions extends ExternalIdentifierNameOption {
  /** The element's GUID. */
  readonly elementGUID: string;
}

/** Options of a classification set on an element, with its properties. */
export interface ClassifyElementOptions<P> extends StewardshipElementOptions {
  /** The classification's properties. */
  readonly properties?: P;
}

/** Options of `setElementAsDataField`. */
export type DataFieldOptions = ClassifyElementOptions<DataFieldValuesProperties>;

/** Options of `setConfidenceClassification`, `setCriticalityClassification` and `setConfidentialityClassification`. */
export type GovernanceClassificationOptions = ClassifyElementOptions<GovernanceClassificationProperties>;

/** Options of `setRetentionClassification`. */
export type RetentionClassificationOptions = ClassifyElementOptions<RetentionClassificationProperties>;

/** Options of `addSecurityTags`. */
export type SecurityTagsOptions = ClassifyElementOptions<SecurityTagsProperties>;

/** Options of `addOwnership`. */
export type OwnershipOptions = ClassifyElementOptions<OwnerProperties>;

/** Options of `addElementToSubjectArea`. */
export type SubjectAreaOptions = ClassifyElementOptions<SubjectAreaClassificationProperties>;

/** Names the asset an origin is set on or cleared from. */
export interface AssetOriginGUIDOptions extends ExternalIdentifierNameOption {
  /** The asset's GUID. */
  readonly assetGUID: string;
}

/** Options of `addAssetOrigin`. */
export interface AssetOriginOptions extends AssetOriginGUIDOptions {
  /** Where the asset comes from. */
  readonly properties?: AssetOriginProperties;
}

/** Options of `getDataFieldClassifiedElements`. */
export interface DataFieldQueryOptions extends AssetManagerPagingOptions {
  /** What the data fields look like. */
  readonly properties?: DataFieldQueryProperties;
}

/** Options of `getConfidenceClassifiedElements`, `getCriticalityClassifiedElements` and `getConfidentialityClassifiedElements`. */
export interface LevelClassifiedOptions extends AssetManagerPagingOptions {
  /** Only elements with the level given (default false: any level). */
  readonly returnSpecificLevel?: boolean;
  /** The level. */
  readonly levelIdentifier?: number;
}

/** Options of `getRetentionClassifiedElements`. */
export interface RetentionClassifiedOptions extends AssetManagerPagingOptions {
  /** Only elements with the retention basis given (default false: any basis). */
  readonly returnSpecificBasisIdentifier?: boolean;
  /** The retention basis. */
  readonly basisIdentifier?: number;
}

/** Options of `getOwnersElements`. */
export interface OwnersElementsOptions extends AssetManagerPagingOptions {
  /** The owner. */
  readonly owner: string;
}

/** Options of `getAssetsByOrigin`. */
export interface AssetsByOriginOptions extends AssetManagerPagingOptions {
  /** The origin to match. */
  readonly properties?: FindAssetOriginProperties;
}

/** Options of `getMembersOfSubjectArea`. */
export interface SubjectAreaMembersOptions extends AssetManagerPagingOptions {
  /** The subject area. */
  readonly subjectAreaName: string;
}

/** Options of `setupSemanticAssignment` and `clearSemanticAssignment`. */
export interface SemanticAssignmentOptions extends EffectiveTimeOption {
  /** The element the term describes. */
  readonly elementGUID: string;
  /** The glossary term. */
  readonly glossaryTermGUID: string;
  /** The assignment's properties, for a set-up. */
  readonly properties?: SemanticAssignmentProperties;
}

/** Options of `addGovernanceDefinitionToElement` and `removeGovernanceDefinitionFromElement`. */
export interface GovernedByOptions extends EffectiveTimeOption {
  /** The governance definition. */
  readonly definitionGUID: string;
  /** The element it governs. */
  readonly elementGUID: string;
}

/** Options of the lists of elements related to one element. */
export interface ElementPagingOptions extends AssetManagerPagingOptions {
  /** The element. */
  readonly elementGUID: string;
}

/** Options of `getSemanticAssignees`. */
export interface SemanticAssigneesOptions extends AssetManagerPagingOptions {
  /** The glossary term. */
  readonly glossaryTermGUID: string;
}

/** Options of `getGovernedElements`. */
export interface GovernedElementsOptions extends AssetManagerPagingOptions {
  /** The governance definition. */
  readonly governanceDefinitionGUID: string;
}

/** Options of `getElements`. */
export interface ElementsOptions {
  /** The type, statuses, time and order of the elements (default: every element, now). */
  readonly findProperties?: FindProperties;
  /** The first element to return, 0-based. */
  readonly startFrom?: number;
  /** The most elements to return. */
  readonly pageSize?: number;
}

/** Options of `getElementsByPropertyValue` and `findElementsByPropertyValue`. */
export interface ElementsByPropertyValueOptions {
  /** The value, the properties to look in, and the type, statuses, time and order of the elements. */
  readonly findProperties: FindPropertyNamesProperties;
  /** The first element to return, 0-based. */
  readonly startFrom?: number;
  /** The most elements to return. */
  readonly pageSize?: number;
}
