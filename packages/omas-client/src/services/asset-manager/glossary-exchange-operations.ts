/**
 * Asset Manager OMAS: the core glossary operations: glossaries, categories and terms (GlossaryExchangeResource).
 * Each row is checked against the Spring resource class of Egeria 5.2 (commit 19177ef7); the paths
 * are below the service root, and where Egeria's Java client and server disagree the row follows the server.
 */
import {
  CREATES,
  GUID_RESPONSE,
  LINEAGE_FLAGS,
  OPTIONAL_BODY,
  VOID_RESPONSE,
  defineService,
  elementList,
  optional,
  paged,
  post,
  single,
  type OperationRow,
} from '../common/operation-rows';

/** The name of an operation of {@link ASSET_MANAGER_GLOSSARY_SERVICE}. @public */
export type AssetManagerGlossaryOperationName =
  | 'createGlossary'
  | 'createGlossaryFromTemplate'
  | 'updateGlossary'
  | 'removeGlossary'
  | 'findGlossaries'
  | 'getGlossariesByName'
  | 'getGlossariesForAssetManager'
  | 'getGlossaryByGUID'
  | 'getGlossaryForCategory'
  | 'getGlossaryForTerm'
  | 'createGlossaryCategory'
  | 'updateGlossaryCategory'
  | 'setupCategoryParent'
  | 'clearCategoryParent'
  | 'removeGlossaryCategory'
  | 'findGlossaryCategories'
  | 'getCategoriesForGlossary'
  | 'getGlossaryCategoriesByName'
  | 'getGlossaryCategoryByGUID'
  | 'getGlossaryCategoryParent'
  | 'getGlossarySubCategories'
  | 'createGlossaryTerm'
  | 'createControlledGlossaryTerm'
  | 'createGlossaryTermFromTemplate'
  | 'updateGlossaryTerm'
  | 'updateGlossaryTermStatus'
  | 'setupTermCategory'
  | 'clearTermCategory'
  | 'setupTermRelationship'
  | 'updateTermRelationship'
  | 'clearTermRelationship'
  | 'removeGlossaryTerm'
  | 'findGlossaryTerms'
  | 'getTermsForGlossary'
  | 'getTermsForGlossaryCategory'
  | 'getRelatedTerms'
  | 'getGlossaryTermsByName'
  | 'getGlossaryTermByGUID';

/** The operations, keyed by the name of the Java client method that sends them. */
const rows: Readonly<Record<AssetManagerGlossaryOperationName, OperationRow>> = {
  createGlossary: post(
    '/glossaries',
    'ReferenceableRequestBody',
    GUID_RESPONSE,
    optional('assetManagerIsHome', false),
    CREATES,
  ),
  createGlossaryFromTemplate: post(
    '/glossaries/from-template/{templateGUID}',
    'TemplateRequestBody',
    GUID_RESPONSE,
    optional('assetManagerIsHome', false),
    optional('deepCopy', true),
    CREATES,
  ),
  updateGlossary: post(
    '/glossaries/{glossaryGUID}/update',
    'ReferenceableUpdateRequestBody',
    VOID_RESPONSE,
    optional('isMergeUpdate', false),
    LINEAGE_FLAGS,
  ),
  removeGlossary: post(
    '/glossaries/{glossaryGUID}/remove',
    'ReferenceableUpdateRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  findGlossaries: post(
    '/glossaries/by-search-string',
    'SearchStringRequestBody',
    elementList('GlossaryElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
  ),
  getGlossariesByName: post(
    '/glossaries/by-name',
    'NameRequestBody',
    elementList('GlossaryElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
  ),
  getGlossariesForAssetManager: post(
    '/glossaries/by-asset-manager',
    'EffectiveTimeQueryRequestBody',
    elementList('GlossaryElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
  ),
  getGlossaryByGUID: post(
    '/glossaries/{glossaryGUID}/retrieve',
    'EffectiveTimeQueryRequestBody',
    single('GlossaryElementResponse'),
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  getGlossaryForCategory: post(
    '/glossaries/for-category/{glossaryCategoryGUID}/retrieve',
    'EffectiveTimeQueryRequestBody',
    single('GlossaryElementResponse'),
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  getGlossaryForTerm: post(
    '/glossaries/for-term/{glossaryTermGUID}/retrieve',
    'EffectiveTimeQueryRequestBody',
    single('GlossaryElementResponse'),
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  createGlossaryCategory: post(
    '/glossaries/{glossaryGUID}/categories',
    'ReferenceableUpdateRequestBody',
    GUID_RESPONSE,
    optional('assetManagerIsHome', false),
    optional('isRootCategory', false),
    LINEAGE_FLAGS,
    CREATES,
  ),
  updateGlossaryCategory: post(
    '/glossaries/categories/{glossaryCategoryGUID}/update',
    'ReferenceableUpdateRequestBody',
    VOID_RESPONSE,
    optional('isMergeUpdate', false),
    LINEAGE_FLAGS,
  ),
  setupCategoryParent: post(
    '/glossaries/categories/{glossaryParentCategoryGUID}/subcategories/{glossaryChildCategoryGUID}',
    'RelationshipRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
    CREATES,
  ),
  clearCategoryParent: post(
    '/glossaries/categories/{glossaryParentCategoryGUID}/subcategories/{glossaryChildCategoryGUID}/remove',
    'EffectiveTimeQueryRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  removeGlossaryCategory: post(
    '/glossaries/categories/{glossaryCategoryGUID}/remove',
    'ReferenceableUpdateRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  findGlossaryCategories: post(
    '/glossaries/categories/by-search-string',
    'GlossarySearchStringRequestBody',
    elementList('GlossaryCategoryElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
  ),
  getCategoriesForGlossary: post(
    '/glossaries/{glossaryGUID}/categories/retrieve',
    'EffectiveTimeQueryRequestBody',
    elementList('GlossaryCategoryElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  getGlossaryCategoriesByName: post(
    '/glossaries/categories/by-name',
    'GlossaryNameRequestBody',
    elementList('GlossaryCategoryElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
  ),
  getGlossaryCategoryByGUID: post(
    '/glossaries/categories/{glossaryCategoryGUID}/retrieve',
    'EffectiveTimeQueryRequestBody',
    single('GlossaryCategoryElementResponse'),
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  getGlossaryCategoryParent: post(
    '/glossaries/categories/{glossaryCategoryGUID}/parent/retrieve',
    'EffectiveTimeQueryRequestBody',
    single('GlossaryCategoryElementResponse'),
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  getGlossarySubCategories: post(
    '/glossaries/categories/{glossaryCategoryGUID}/subcategories/retrieve',
    'EffectiveTimeQueryRequestBody',
    elementList('GlossaryCategoryElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  createGlossaryTerm: post(
    '/glossaries/{glossaryGUID}/terms',
    'ReferenceableUpdateRequestBody',
    GUID_RESPONSE,
    optional('assetManagerIsHome', false),
    LINEAGE_FLAGS,
    CREATES,
  ),
  createControlledGlossaryTerm: post(
    '/glossaries/{glossaryGUID}/terms/new-controlled',
    'ControlledGlossaryTermRequestBody',
    GUID_RESPONSE,
    optional('assetManagerIsHome', false),
    LINEAGE_FLAGS,
    CREATES,
  ),
  createGlossaryTermFromTemplate: post(
    '/glossaries/{glossaryGUID}/terms/from-template/{templateGUID}',
    'GlossaryTemplateRequestBody',
    GUID_RESPONSE,
    optional('assetManagerIsHome', false),
    optional('deepCopy', true),
    optional('templateSubstitute', true),
    CREATES,
  ),
  updateGlossaryTerm: post(
    '/glossaries/terms/{glossaryTermGUID}/update',
    'ReferenceableUpdateRequestBody',
    VOID_RESPONSE,
    optional('isMergeUpdate', false),
    LINEAGE_FLAGS,
  ),
  updateGlossaryTermStatus: post(
    '/glossaries/terms/{glossaryTermGUID}/status',
    'GlossaryTermStatusRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
  ),
  setupTermCategory: post(
    '/glossaries/categories/{glossaryCategoryGUID}/terms/{glossaryTermGUID}',
    'RelationshipRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
    CREATES,
  ),
  clearTermCategory: post(
    '/glossaries/categories/{glossaryCategoryGUID}/terms/{glossaryTermGUID}/remove',
    'EffectiveTimeQueryRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  setupTermRelationship: post(
    '/glossaries/terms/{glossaryTermOneGUID}/relationships/{relationshipTypeName}/terms/{glossaryTermTwoGUID}',
    'RelationshipRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
    CREATES,
  ),
  updateTermRelationship: post(
    '/glossaries/terms/{glossaryTermOneGUID}/relationships/{relationshipTypeName}/terms/{glossaryTermTwoGUID}/update',
    'RelationshipRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
  ),
  clearTermRelationship: post(
    '/glossaries/terms/{glossaryTermOneGUID}/relationships/{relationshipTypeName}/terms/{glossaryTermTwoGUID}/remove',
    'EffectiveTimeQueryRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  removeGlossaryTerm: post(
    '/glossaries/terms/{glossaryTermGUID}/remove',
    'ReferenceableUpdateRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  findGlossaryTerms: post(
    '/glossaries/terms/by-search-string',
    'GlossarySearchStringRequestBody',
    elementList('GlossaryTermElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
  ),
  getTermsForGlossary: post(
    '/glossaries/{glossaryGUID}/terms/retrieve',
    'EffectiveTimeQueryRequestBody',
    elementList('GlossaryTermElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  getTermsForGlossaryCategory: post(
    '/glossaries/categories/{glossaryCategoryGUID}/terms/retrieve',
    'GlossaryTermRelationshipRequestBody',
    elementList('GlossaryTermElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  getRelatedTerms: post(
    '/glossaries/terms/{glossaryTermGUID}/related-terms',
    'GlossaryTermRelationshipRequestBody',
    elementList('GlossaryTermElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  getGlossaryTermsByName: post(
    '/glossaries/terms/by-name',
    'GlossaryNameRequestBody',
    elementList('GlossaryTermElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
  ),
  getGlossaryTermByGUID: post(
    '/glossaries/terms/{glossaryTermGUID}/retrieve',
    'EffectiveTimeQueryRequestBody',
    single('GlossaryTermElementResponse'),
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
};

/** Asset Manager OMAS: the core glossary operations: glossaries, categories and terms (GlossaryExchangeResource): the operation table. @public */
export const ASSET_MANAGER_GLOSSARY_SERVICE = defineService<AssetManagerGlossaryOperationName>(
  { kind: 'access-service', marker: 'asset-manager' },
  rows,
);
