import type {
  AssetManagerIsHomeOption,
  AssetManagerMergeUpdateOption,
  AssetManagerPagingOptions,
  AssetManagerTemplateOptions,
  EffectiveTimeOption,
  ExternalIdentifierNameOption,
  ExternalIdentifierOption,
  ExternalIdentifierProperties,
  ExternalReferenceLinkProperties,
  ExternalReferenceProperties,
  GlossaryCategoryProperties,
  GlossaryProperties,
  GlossaryTermCategorization,
  GlossaryTermProperties,
  GlossaryTermRelationship,
  GlossaryTermStatus,
} from '@egeria-ts/omas-client';

// ----- glossaries ---------------------------------------------------------------------------------------

/** Options of `createGlossary`. */
export interface CreateGlossaryOptions extends AssetManagerIsHomeOption, ExternalIdentifierOption {
  /** The glossary's properties; `qualifiedName` is required. */
  readonly glossaryProperties: GlossaryProperties;
}

/** Options of `createGlossaryFromTemplate`. */
export interface CreateGlossaryFromTemplateOptions extends AssetManagerTemplateOptions {
  /** Copy the template's categories and terms too (default false). */
  readonly deepCopy?: boolean;
}

/** Options of `updateGlossary`. */
export interface UpdateGlossaryOptions extends AssetManagerMergeUpdateOption, ExternalIdentifierNameOption {
  /** The glossary to update. */
  readonly glossaryGUID: string;
  /** The new properties. */
  readonly glossaryProperties: GlossaryProperties;
}

/** Names one glossary. */
export interface GlossaryGUIDOptions extends ExternalIdentifierNameOption {
  /** The glossary's GUID. */
  readonly glossaryGUID: string;
}

/** Options of the list calls below one glossary. */
export interface GlossaryPagingOptions extends AssetManagerPagingOptions {
  /** The glossary. */
  readonly glossaryGUID: string;
}

/** Options of the searches that may be limited to one glossary. */
export interface GlossaryScopedSearchOptions extends AssetManagerPagingOptions {
  /** A regular expression (Java syntax) matched against the elements' properties. */
  readonly searchString: string;
  /** Only in this glossary. */
  readonly glossaryGUID?: string;
  /** Only terms with these statuses. */
  readonly limitResultsByStatus?: readonly GlossaryTermStatus[];
}

/** Options of the name look-ups that may be limited to one glossary. */
export interface GlossaryScopedNameOptions extends AssetManagerPagingOptions {
  /** The name or qualified name to match exactly. */
  readonly name: string;
  /** Only in this glossary. */
  readonly glossaryGUID?: string;
  /** Only terms with these statuses. */
  readonly limitResultsByStatus?: readonly GlossaryTermStatus[];
}

// ----- categories ---------------------------------------------------------------------------------------

/** Options of `createGlossaryCategory`. */
export interface CreateGlossaryCategoryOptions
  extends AssetManagerIsHomeOption, ExternalIdentifierOption, EffectiveTimeOption {
  /** The glossary the category belongs to. */
  readonly glossaryGUID: string;
  /** The category's properties; `qualifiedName` is required. */
  readonly glossaryCategoryProperties: GlossaryCategoryProperties;
  /** True when the category is a top-level category of the glossary (default false). */
  readonly isRootCategory?: boolean;
}

/** Options of `updateGlossaryCategory`. */
export interface UpdateGlossaryCategoryOptions extends AssetManagerMergeUpdateOption, ExternalIdentifierNameOption {
  /** The category to update. */
  readonly glossaryCategoryGUID: string;
  /** The new properties. */
  readonly glossaryCategoryProperties: GlossaryCategoryProperties;
}

/** Names one category. */
export interface GlossaryCategoryGUIDOptions extends ExternalIdentifierNameOption {
  /** The category's GUID. */
  readonly glossaryCategoryGUID: string;
}

/** Options of `setupCategoryParent` and `clearCategoryParent`. */
export interface CategoryParentOptions extends EffectiveTimeOption {
  /** The parent category. */
  readonly glossaryParentCategoryGUID: string;
  /** The child category. */
  readonly glossaryChildCategoryGUID: string;
}

/** Options of the list calls below one category. */
export interface GlossaryCategoryPagingOptions extends AssetManagerPagingOptions {
  /** The category. */
  readonly glossaryCategoryGUID: string;
}

// ----- terms --------------------------------------------------------------------------------------------

/** Options of `createGlossaryTerm`. */
export interface CreateGlossaryTermOptions extends AssetManagerIsHomeOption, ExternalIdentifierOption {
  /** The glossary the term belongs to. */
  readonly glossaryGUID: string;
  /** The term's properties; `qualifiedName` is required. */
  readonly glossaryTermProperties: GlossaryTermProperties;
  /** Create a controlled term with this initial status (Egeria's `createControlledGlossaryTerm`). */
  readonly initialStatus?: GlossaryTermStatus;
}

/** Options of `createGlossaryTermFromTemplate`. */
export interface CreateGlossaryTermFromTemplateOptions extends AssetManagerTemplateOptions {
  /** The glossary the copy belongs to. */
  readonly glossaryGUID: string;
  /** Copy what is anchored to the template too (default false). */
  readonly deepCopy?: boolean;
  /** Make the copy a template substitute (default false). */
  readonly templateSubstitute?: boolean;
  /** The copy's status. */
  readonly glossaryTermStatus?: GlossaryTermStatus;
}

/** Options of `updateGlossaryTerm`. */
export interface UpdateGlossaryTermOptions extends AssetManagerMergeUpdateOption, ExternalIdentifierNameOption {
  /** The term to update. */
  readonly glossaryTermGUID: string;
  /** The new properties. */
  readonly glossaryTermProperties: GlossaryTermProperties;
  /** Why the term changed (kept in its history). */
  readonly updateDescription?: string;
}

/** Options of `updateGlossaryTermStatus`. */
export interface UpdateGlossaryTermStatusOptions extends ExternalIdentifierNameOption {
  /** The term. */
  readonly glossaryTermGUID: string;
  /** The new status. */
  readonly glossaryTermStatus: GlossaryTermStatus;
}

/** Names one term. */
export interface GlossaryTermGUIDOptions extends ExternalIdentifierNameOption {
  /** The term's GUID. */
  readonly glossaryTermGUID: string;
}

/** Options of `setupTermCategory` and `clearTermCategory`. */
export interface TermCategoryOptions extends EffectiveTimeOption {
  /** The category. */
  readonly glossaryCategoryGUID: string;
  /** The term. */
  readonly glossaryTermGUID: string;
  /** The categorization's properties, for a set-up. */
  readonly properties?: GlossaryTermCategorization;
}

/** Options of `setupTermRelationship` and `clearTermRelationship`. */
export interface TermRelationshipOptions extends EffectiveTimeOption {
  /** The relationship type, such as `RelatedTerm` or `Synonym`. */
  readonly relationshipTypeName: string;
  /** The term at end one. */
  readonly glossaryTermOneGUID: string;
  /** The term at end two. */
  readonly glossaryTermTwoGUID: string;
  /** The relationship's properties, for a set-up. */
  readonly properties?: GlossaryTermRelationship;
}

// ----- external references ------------------------------------------------------------------------------

/** Options of `createExternalReference`. */
export interface CreateExternalReferenceOptions extends AssetManagerIsHomeOption, ExternalIdentifierOption {
  /** The reference's properties; `qualifiedName` is required. */
  readonly externalReferenceProperties: ExternalReferenceProperties;
  /** The element the reference is anchored to, if any. */
  readonly anchorGUID?: string;
}

/** Options of `updateExternalReference`. */
export interface UpdateExternalReferenceOptions extends AssetManagerMergeUpdateOption, ExternalIdentifierNameOption {
  /** The reference to update. */
  readonly externalReferenceGUID: string;
  /** The new properties. */
  readonly externalReferenceProperties: ExternalReferenceProperties;
}

/** Names one external reference. */
export interface ExternalReferenceGUIDOptions extends ExternalIdentifierNameOption {
  /** The reference's GUID. */
  readonly externalReferenceGUID: string;
}

/** Options of `linkExternalReferenceToElement`. */
export interface LinkExternalReferenceOptions extends AssetManagerIsHomeOption, EffectiveTimeOption {
  /** The reference. */
  readonly externalReferenceGUID: string;
  /** The element it describes. */
  readonly attachedToGUID: string;
  /** The link's properties. */
  readonly linkProperties?: ExternalReferenceLinkProperties;
}

/** Names one link between an external reference and an element. */
export interface ExternalReferenceLinkGUIDOptions extends EffectiveTimeOption {
  /** The link's relationship GUID. */
  readonly externalReferenceLinkGUID: string;
}

/** Options of `retrieveAttachedExternalReferences`. */
export interface AttachedExternalReferencesOptions extends AssetManagerPagingOptions {
  /** The element the references are attached to. */
  readonly attachedToGUID: string;
}

// ----- external identifiers -----------------------------------------------------------------------------

/** Names an open metadata element and its type, for the external identifier calls. */
export interface OpenMetadataElementOptions {
  /** The element's GUID. */
  readonly openMetadataElementGUID: string;
  /** The element's open metadata type name. */
  readonly openMetadataElementTypeName: string;
}

/**
 * The scope of an external identifier: another third party's catalog instead of the asset manager
 * (the connector's metadata source), which is the default.
 */
export interface ExternalScopeOptions {
  /** The GUID of the scope (a software capability). */
  readonly externalScopeGUID?: string;
  /** Its qualified name. */
  readonly externalScopeName?: string;
  /** Its open metadata type name (default `InventoryCatalog`). */
  readonly externalScopeTypeName?: string;
}

/** Options of `addExternalIdentifier`. */
export interface AddExternalIdentifierOptions extends OpenMetadataElementOptions, ExternalScopeOptions {
  /** The third party's identifier and how it maps (`externalIdentifier` is required). */
  readonly externalIdentifierProperties: ExternalIdentifierProperties;
}

/** Options of `updateExternalIdentifier`. */
export interface UpdateExternalIdentifierOptions extends OpenMetadataElementOptions {
  /** The third party's identifier and how it maps (`externalIdentifier` is required). */
  readonly externalIdentifierProperties: ExternalIdentifierProperties;
}

/** Options of `removeExternalIdentifier`. */
export interface RemoveExternalIdentifierOptions extends OpenMetadataElementOptions {
  /** The third party's identifier. */
  readonly externalIdentifier: string;
}

/** Options of `confirmSynchronization`. */
export interface ConfirmSynchronizationOptions extends OpenMetadataElementOptions, ExternalScopeOptions {
  /** The third party's identifier. */
  readonly externalIdentifier: string;
}

/** Options of `getExternalIdentifiers`. */
export interface GetExternalIdentifiersOptions extends OpenMetadataElementOptions, AssetManagerPagingOptions {}
