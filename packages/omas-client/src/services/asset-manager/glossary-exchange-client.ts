/**
 * Asset Manager OMAS: the core glossary operations: glossaries, categories and terms (GlossaryExchangeResource): the typed client.
 */
import type {
  AssetManagerEffectiveTimeQueryRequestBody,
  AssetManagerNameRequestBody,
  AssetManagerReferenceableRequestBody,
  AssetManagerSearchStringRequestBody,
  ControlledGlossaryTermRequestBody,
  GlossaryCategoryElement,
  GlossaryElement,
  GlossaryNameRequestBody,
  GlossarySearchStringRequestBody,
  GlossaryTemplateRequestBody,
  GlossaryTermElement,
  GlossaryTermRelationshipRequestBody,
  GlossaryTermStatusRequestBody,
  ReferenceableUpdateRequestBody,
  TemplateRequestBody,
} from './asset-manager-beans';
import type {
  GlossaryCategoryProperties,
  GlossaryProperties,
  GlossaryTermCategorization,
  GlossaryTermProperties,
  GlossaryTermRelationship,
} from '../common/beans/glossary-properties';
import type { RelationshipRequestBody } from '../common/beans/request-bodies';
import type { OperationInvoker } from '../../operations/operation-invoker';
import { iteratePages, send, sendPage } from '../common/client-support';
import type { OmasCallOptions, OmasPagingOptions } from '../common/options';
import { ASSET_MANAGER_GLOSSARY_SERVICE } from './glossary-exchange-operations';

const ops = ASSET_MANAGER_GLOSSARY_SERVICE.operations;

/**
 * Asset Manager OMAS: the core glossary operations: glossaries, categories and terms (GlossaryExchangeResource).
 * Each method sends one row of {@link ASSET_MANAGER_GLOSSARY_SERVICE} through an {@link OperationInvoker} (such as an
 * `OmasRestClient` for that table). Options carry the path values, the query values and the fields of
 * the request bean, under Egeria's names.
 * @public
 */
export class GlossaryExchangeClient {
  /** @param invoker - sends the operations, such as an `OmasRestClient` for `ASSET_MANAGER_GLOSSARY_SERVICE` */
  constructor(private readonly invoker: OperationInvoker) {}

  /**
   * Creates a glossary (`POST /glossaries`).
   * @returns the GUID of what was created
   */
  async createGlossary(
    options: OmasCallOptions & { readonly assetManagerIsHome?: boolean } & Omit<
        AssetManagerReferenceableRequestBody,
        'elementProperties'
      > & { readonly elementProperties?: GlossaryProperties } = {},
  ): Promise<string> {
    return send<string>(this.invoker, ops.createGlossary, options, {
      nested: { elementProperties: 'GlossaryProperties' },
    });
  }

  /**
   * Creates a glossary from template (`POST /glossaries/from-template/{templateGUID}`).
   * @returns the GUID of what was created
   */
  async createGlossaryFromTemplate(
    options: OmasCallOptions & {
      readonly templateGUID: string;
      readonly assetManagerIsHome?: boolean;
      readonly deepCopy?: boolean;
    } & TemplateRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.createGlossaryFromTemplate, options);
  }

  /**
   * Updates a glossary (`POST /glossaries/{glossaryGUID}/update`).
   */
  async updateGlossary(
    options: OmasCallOptions & {
      readonly glossaryGUID: string;
      readonly isMergeUpdate?: boolean;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & Omit<ReferenceableUpdateRequestBody, 'elementProperties'> & { readonly elementProperties?: GlossaryProperties },
  ): Promise<void> {
    await send(this.invoker, ops.updateGlossary, options, { nested: { elementProperties: 'GlossaryProperties' } });
  }

  /**
   * Removes a glossary (`POST /glossaries/{glossaryGUID}/remove`).
   */
  async removeGlossary(
    options: OmasCallOptions & {
      readonly glossaryGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & ReferenceableUpdateRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.removeGlossary, options, { nested: { elementProperties: 'ReferenceableProperties' } });
  }

  /**
   * Returns one page of the glossaries whose properties match a search string (a regular expression) (`POST /glossaries/by-search-string`).
   */
  async findGlossaries(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerSearchStringRequestBody = {},
  ): Promise<GlossaryElement[]> {
    return sendPage<GlossaryElement>(this.invoker, ops.findGlossaries, options);
  }

  /** Iterates over every element findGlossaries returns, page by page from `startFrom`. */
  findGlossariesIterator(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerSearchStringRequestBody = {},
  ): AsyncIterableIterator<GlossaryElement> {
    return iteratePages<GlossaryElement>(this.invoker, ops.findGlossaries, options);
  }

  /**
   * Returns one page of the glossaries with a name (`POST /glossaries/by-name`).
   */
  async getGlossariesByName(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerNameRequestBody = {},
  ): Promise<GlossaryElement[]> {
    return sendPage<GlossaryElement>(this.invoker, ops.getGlossariesByName, options);
  }

  /** Iterates over every element getGlossariesByName returns, page by page from `startFrom`. */
  getGlossariesByNameIterator(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerNameRequestBody = {},
  ): AsyncIterableIterator<GlossaryElement> {
    return iteratePages<GlossaryElement>(this.invoker, ops.getGlossariesByName, options);
  }

  /**
   * Returns one page of the glossaries for asset manager (`POST /glossaries/by-asset-manager`).
   */
  async getGlossariesForAssetManager(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody = {},
  ): Promise<GlossaryElement[]> {
    return sendPage<GlossaryElement>(this.invoker, ops.getGlossariesForAssetManager, options);
  }

  /** Iterates over every element getGlossariesForAssetManager returns, page by page from `startFrom`. */
  getGlossariesForAssetManagerIterator(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody = {},
  ): AsyncIterableIterator<GlossaryElement> {
    return iteratePages<GlossaryElement>(this.invoker, ops.getGlossariesForAssetManager, options);
  }

  /**
   * Returns the glossary with the given GUID (`POST /glossaries/{glossaryGUID}/retrieve`).
   */
  async getGlossaryByGUID(
    options: OmasCallOptions & {
      readonly glossaryGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<GlossaryElement | undefined> {
    return send<GlossaryElement | undefined>(this.invoker, ops.getGlossaryByGUID, options);
  }

  /**
   * Returns a glossary for category (`POST /glossaries/for-category/{glossaryCategoryGUID}/retrieve`).
   */
  async getGlossaryForCategory(
    options: OmasCallOptions & {
      readonly glossaryCategoryGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<GlossaryElement | undefined> {
    return send<GlossaryElement | undefined>(this.invoker, ops.getGlossaryForCategory, options);
  }

  /**
   * Returns a glossary for term (`POST /glossaries/for-term/{glossaryTermGUID}/retrieve`).
   */
  async getGlossaryForTerm(
    options: OmasCallOptions & {
      readonly glossaryTermGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<GlossaryElement | undefined> {
    return send<GlossaryElement | undefined>(this.invoker, ops.getGlossaryForTerm, options);
  }

  /**
   * Creates a glossary category (`POST /glossaries/{glossaryGUID}/categories`).
   * @returns the GUID of what was created
   */
  async createGlossaryCategory(
    options: OmasCallOptions & {
      readonly glossaryGUID: string;
      readonly assetManagerIsHome?: boolean;
      readonly isRootCategory?: boolean;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & Omit<ReferenceableUpdateRequestBody, 'elementProperties'> & {
        readonly elementProperties?: GlossaryCategoryProperties;
      },
  ): Promise<string> {
    return send<string>(this.invoker, ops.createGlossaryCategory, options, {
      nested: { elementProperties: 'GlossaryCategoryProperties' },
    });
  }

  /**
   * Updates a glossary category (`POST /glossaries/categories/{glossaryCategoryGUID}/update`).
   */
  async updateGlossaryCategory(
    options: OmasCallOptions & {
      readonly glossaryCategoryGUID: string;
      readonly isMergeUpdate?: boolean;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & Omit<ReferenceableUpdateRequestBody, 'elementProperties'> & {
        readonly elementProperties?: GlossaryCategoryProperties;
      },
  ): Promise<void> {
    await send(this.invoker, ops.updateGlossaryCategory, options, {
      nested: { elementProperties: 'GlossaryCategoryProperties' },
    });
  }

  /**
   * Sets up a category parent (`POST /glossaries/categories/{glossaryParentCategoryGUID}/subcategories/{glossaryChildCategoryGUID}`).
   */
  async setupCategoryParent(
    options: OmasCallOptions & {
      readonly glossaryParentCategoryGUID: string;
      readonly glossaryChildCategoryGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & RelationshipRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.setupCategoryParent, options, { nested: { properties: 'RelationshipProperties' } });
  }

  /**
   * Clears a category parent (`POST /glossaries/categories/{glossaryParentCategoryGUID}/subcategories/{glossaryChildCategoryGUID}/remove`).
   */
  async clearCategoryParent(
    options: OmasCallOptions & {
      readonly glossaryParentCategoryGUID: string;
      readonly glossaryChildCategoryGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.clearCategoryParent, options);
  }

  /**
   * Removes a glossary category (`POST /glossaries/categories/{glossaryCategoryGUID}/remove`).
   */
  async removeGlossaryCategory(
    options: OmasCallOptions & {
      readonly glossaryCategoryGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & ReferenceableUpdateRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.removeGlossaryCategory, options, {
      nested: { elementProperties: 'ReferenceableProperties' },
    });
  }

  /**
   * Returns one page of the glossary categories whose properties match a search string (a regular expression) (`POST /glossaries/categories/by-search-string`).
   */
  async findGlossaryCategories(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & GlossarySearchStringRequestBody = {},
  ): Promise<GlossaryCategoryElement[]> {
    return sendPage<GlossaryCategoryElement>(this.invoker, ops.findGlossaryCategories, options);
  }

  /** Iterates over every element findGlossaryCategories returns, page by page from `startFrom`. */
  findGlossaryCategoriesIterator(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & GlossarySearchStringRequestBody = {},
  ): AsyncIterableIterator<GlossaryCategoryElement> {
    return iteratePages<GlossaryCategoryElement>(this.invoker, ops.findGlossaryCategories, options);
  }

  /**
   * Returns one page of the categories for glossary (`POST /glossaries/{glossaryGUID}/categories/retrieve`).
   */
  async getCategoriesForGlossary(
    options: OmasPagingOptions & {
      readonly glossaryGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<GlossaryCategoryElement[]> {
    return sendPage<GlossaryCategoryElement>(this.invoker, ops.getCategoriesForGlossary, options);
  }

  /** Iterates over every element getCategoriesForGlossary returns, page by page from `startFrom`. */
  getCategoriesForGlossaryIterator(
    options: OmasPagingOptions & {
      readonly glossaryGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): AsyncIterableIterator<GlossaryCategoryElement> {
    return iteratePages<GlossaryCategoryElement>(this.invoker, ops.getCategoriesForGlossary, options);
  }

  /**
   * Returns one page of the glossary categories with a name (`POST /glossaries/categories/by-name`).
   */
  async getGlossaryCategoriesByName(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & GlossaryNameRequestBody = {},
  ): Promise<GlossaryCategoryElement[]> {
    return sendPage<GlossaryCategoryElement>(this.invoker, ops.getGlossaryCategoriesByName, options);
  }

  /** Iterates over every element getGlossaryCategoriesByName returns, page by page from `startFrom`. */
  getGlossaryCategoriesByNameIterator(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & GlossaryNameRequestBody = {},
  ): AsyncIterableIterator<GlossaryCategoryElement> {
    return iteratePages<GlossaryCategoryElement>(this.invoker, ops.getGlossaryCategoriesByName, options);
  }

  /**
   * Returns the glossary category with the given GUID (`POST /glossaries/categories/{glossaryCategoryGUID}/retrieve`).
   */
  async getGlossaryCategoryByGUID(
    options: OmasCallOptions & {
      readonly glossaryCategoryGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<GlossaryCategoryElement | undefined> {
    return send<GlossaryCategoryElement | undefined>(this.invoker, ops.getGlossaryCategoryByGUID, options);
  }

  /**
   * Returns a glossary category parent (`POST /glossaries/categories/{glossaryCategoryGUID}/parent/retrieve`).
   */
  async getGlossaryCategoryParent(
    options: OmasCallOptions & {
      readonly glossaryCategoryGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<GlossaryCategoryElement | undefined> {
    return send<GlossaryCategoryElement | undefined>(this.invoker, ops.getGlossaryCategoryParent, options);
  }

  /**
   * Returns one page of the glossary sub categories (`POST /glossaries/categories/{glossaryCategoryGUID}/subcategories/retrieve`).
   */
  async getGlossarySubCategories(
    options: OmasPagingOptions & {
      readonly glossaryCategoryGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<GlossaryCategoryElement[]> {
    return sendPage<GlossaryCategoryElement>(this.invoker, ops.getGlossarySubCategories, options);
  }

  /** Iterates over every element getGlossarySubCategories returns, page by page from `startFrom`. */
  getGlossarySubCategoriesIterator(
    options: OmasPagingOptions & {
      readonly glossaryCategoryGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): AsyncIterableIterator<GlossaryCategoryElement> {
    return iteratePages<GlossaryCategoryElement>(this.invoker, ops.getGlossarySubCategories, options);
  }

  /**
   * Creates a glossary term (`POST /glossaries/{glossaryGUID}/terms`).
   * @returns the GUID of what was created
   */
  async createGlossaryTerm(
    options: OmasCallOptions & {
      readonly glossaryGUID: string;
      readonly assetManagerIsHome?: boolean;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & Omit<ReferenceableUpdateRequestBody, 'elementProperties'> & {
        readonly elementProperties?: GlossaryTermProperties;
      },
  ): Promise<string> {
    return send<string>(this.invoker, ops.createGlossaryTerm, options, {
      nested: { elementProperties: 'GlossaryTermProperties' },
    });
  }

  /**
   * Creates a controlled glossary term (`POST /glossaries/{glossaryGUID}/terms/new-controlled`).
   * @returns the GUID of what was created
   */
  async createControlledGlossaryTerm(
    options: OmasCallOptions & {
      readonly glossaryGUID: string;
      readonly assetManagerIsHome?: boolean;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & ControlledGlossaryTermRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.createControlledGlossaryTerm, options, {
      nested: { elementProperties: 'GlossaryTermProperties' },
    });
  }

  /**
   * Creates a glossary term from template (`POST /glossaries/{glossaryGUID}/terms/from-template/{templateGUID}`).
   * @returns the GUID of what was created
   */
  async createGlossaryTermFromTemplate(
    options: OmasCallOptions & {
      readonly glossaryGUID: string;
      readonly templateGUID: string;
      readonly assetManagerIsHome?: boolean;
      readonly deepCopy?: boolean;
      readonly templateSubstitute?: boolean;
    } & GlossaryTemplateRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.createGlossaryTermFromTemplate, options);
  }

  /**
   * Updates a glossary term (`POST /glossaries/terms/{glossaryTermGUID}/update`).
   */
  async updateGlossaryTerm(
    options: OmasCallOptions & {
      readonly glossaryTermGUID: string;
      readonly isMergeUpdate?: boolean;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & Omit<ReferenceableUpdateRequestBody, 'elementProperties'> & {
        readonly elementProperties?: GlossaryTermProperties;
      },
  ): Promise<void> {
    await send(this.invoker, ops.updateGlossaryTerm, options, {
      nested: { elementProperties: 'GlossaryTermProperties' },
    });
  }

  /**
   * Updates a glossary term status (`POST /glossaries/terms/{glossaryTermGUID}/status`).
   */
  async updateGlossaryTermStatus(
    options: OmasCallOptions & {
      readonly glossaryTermGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & GlossaryTermStatusRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updateGlossaryTermStatus, options);
  }

  /**
   * Sets up a term category (`POST /glossaries/categories/{glossaryCategoryGUID}/terms/{glossaryTermGUID}`).
   */
  async setupTermCategory(
    options: OmasCallOptions & {
      readonly glossaryCategoryGUID: string;
      readonly glossaryTermGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & Omit<RelationshipRequestBody, 'properties'> & { readonly properties?: GlossaryTermCategorization },
  ): Promise<void> {
    await send(this.invoker, ops.setupTermCategory, options, { nested: { properties: 'GlossaryTermCategorization' } });
  }

  /**
   * Clears a term category (`POST /glossaries/categories/{glossaryCategoryGUID}/terms/{glossaryTermGUID}/remove`).
   */
  async clearTermCategory(
    options: OmasCallOptions & {
      readonly glossaryCategoryGUID: string;
      readonly glossaryTermGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.clearTermCategory, options);
  }

  /**
   * Sets up a term relationship (`POST /glossaries/terms/{glossaryTermOneGUID}/relationships/{relationshipTypeName}/terms/{glossaryTermTwoGUID}`).
   */
  async setupTermRelationship(
    options: OmasCallOptions & {
      readonly glossaryTermOneGUID: string;
      readonly relationshipTypeName: string;
      readonly glossaryTermTwoGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & Omit<RelationshipRequestBody, 'properties'> & { readonly properties?: GlossaryTermRelationship },
  ): Promise<void> {
    await send(this.invoker, ops.setupTermRelationship, options, {
      nested: { properties: 'GlossaryTermRelationship' },
    });
  }

  /**
   * Updates a term relationship (`POST /glossaries/terms/{glossaryTermOneGUID}/relationships/{relationshipTypeName}/terms/{glossaryTermTwoGUID}/update`).
   */
  async updateTermRelationship(
    options: OmasCallOptions & {
      readonly glossaryTermOneGUID: string;
      readonly relationshipTypeName: string;
      readonly glossaryTermTwoGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & Omit<RelationshipRequestBody, 'properties'> & { readonly properties?: GlossaryTermRelationship },
  ): Promise<void> {
    await send(this.invoker, ops.updateTermRelationship, options, {
      nested: { properties: 'GlossaryTermRelationship' },
    });
  }

  /**
   * Clears a term relationship (`POST /glossaries/terms/{glossaryTermOneGUID}/relationships/{relationshipTypeName}/terms/{glossaryTermTwoGUID}/remove`).
   */
  async clearTermRelationship(
    options: OmasCallOptions & {
      readonly glossaryTermOneGUID: string;
      readonly relationshipTypeName: string;
      readonly glossaryTermTwoGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.clearTermRelationship, options);
  }

  /**
   * Removes a glossary term (`POST /glossaries/terms/{glossaryTermGUID}/remove`).
   */
  async removeGlossaryTerm(
    options: OmasCallOptions & {
      readonly glossaryTermGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & ReferenceableUpdateRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.removeGlossaryTerm, options, {
      nested: { elementProperties: 'ReferenceableProperties' },
    });
  }

  /**
   * Returns one page of the glossary terms whose properties match a search string (a regular expression) (`POST /glossaries/terms/by-search-string`).
   */
  async findGlossaryTerms(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & GlossarySearchStringRequestBody = {},
  ): Promise<GlossaryTermElement[]> {
    return sendPage<GlossaryTermElement>(this.invoker, ops.findGlossaryTerms, options);
  }

  /** Iterates over every element findGlossaryTerms returns, page by page from `startFrom`. */
  findGlossaryTermsIterator(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & GlossarySearchStringRequestBody = {},
  ): AsyncIterableIterator<GlossaryTermElement> {
    return iteratePages<GlossaryTermElement>(this.invoker, ops.findGlossaryTerms, options);
  }

  /**
   * Returns one page of the terms for glossary (`POST /glossaries/{glossaryGUID}/terms/retrieve`).
   */
  async getTermsForGlossary(
    options: OmasPagingOptions & {
      readonly glossaryGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<GlossaryTermElement[]> {
    return sendPage<GlossaryTermElement>(this.invoker, ops.getTermsForGlossary, options);
  }

  /** Iterates over every element getTermsForGlossary returns, page by page from `startFrom`. */
  getTermsForGlossaryIterator(
    options: OmasPagingOptions & {
      readonly glossaryGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): AsyncIterableIterator<GlossaryTermElement> {
    return iteratePages<GlossaryTermElement>(this.invoker, ops.getTermsForGlossary, options);
  }

  /**
   * Returns one page of the terms for glossary category (`POST /glossaries/categories/{glossaryCategoryGUID}/terms/retrieve`).
   */
  async getTermsForGlossaryCategory(
    options: OmasPagingOptions & {
      readonly glossaryCategoryGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & GlossaryTermRelationshipRequestBody,
  ): Promise<GlossaryTermElement[]> {
    return sendPage<GlossaryTermElement>(this.invoker, ops.getTermsForGlossaryCategory, options);
  }

  /** Iterates over every element getTermsForGlossaryCategory returns, page by page from `startFrom`. */
  getTermsForGlossaryCategoryIterator(
    options: OmasPagingOptions & {
      readonly glossaryCategoryGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & GlossaryTermRelationshipRequestBody,
  ): AsyncIterableIterator<GlossaryTermElement> {
    return iteratePages<GlossaryTermElement>(this.invoker, ops.getTermsForGlossaryCategory, options);
  }

  /**
   * Returns one page of the related terms (`POST /glossaries/terms/{glossaryTermGUID}/related-terms`).
   */
  async getRelatedTerms(
    options: OmasPagingOptions & {
      readonly glossaryTermGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & GlossaryTermRelationshipRequestBody,
  ): Promise<GlossaryTermElement[]> {
    return sendPage<GlossaryTermElement>(this.invoker, ops.getRelatedTerms, options);
  }

  /** Iterates over every element getRelatedTerms returns, page by page from `startFrom`. */
  getRelatedTermsIterator(
    options: OmasPagingOptions & {
      readonly glossaryTermGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & GlossaryTermRelationshipRequestBody,
  ): AsyncIterableIterator<GlossaryTermElement> {
    return iteratePages<GlossaryTermElement>(this.invoker, ops.getRelatedTerms, options);
  }

  /**
   * Returns one page of the glossary terms with a name (`POST /glossaries/terms/by-name`).
   */
  async getGlossaryTermsByName(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & GlossaryNameRequestBody = {},
  ): Promise<GlossaryTermElement[]> {
    return sendPage<GlossaryTermElement>(this.invoker, ops.getGlossaryTermsByName, options);
  }

  /** Iterates over every element getGlossaryTermsByName returns, page by page from `startFrom`. */
  getGlossaryTermsByNameIterator(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & GlossaryNameRequestBody = {},
  ): AsyncIterableIterator<GlossaryTermElement> {
    return iteratePages<GlossaryTermElement>(this.invoker, ops.getGlossaryTermsByName, options);
  }

  /**
   * Returns the glossary term with the given GUID (`POST /glossaries/terms/{glossaryTermGUID}/retrieve`).
   */
  async getGlossaryTermByGUID(
    options: OmasCallOptions & {
      readonly glossaryTermGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<GlossaryTermElement | undefined> {
    return send<GlossaryTermElement | undefined>(this.invoker, ops.getGlossaryTermByGUID, options);
  }
}
