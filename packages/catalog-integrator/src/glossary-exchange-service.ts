import {
  ASSET_MANAGER_GLOSSARY_SERVICE,
  AssetManagerExchangeServiceBase,
  GlossaryExchangeClient,
  type AssetManagerExchangeContext,
  type AssetManagerNameOptions,
  type AssetManagerPagingOptions,
  type AssetManagerSearchOptions,
  type GlossaryCategoryElement,
  type GlossaryElement,
  type GlossaryTermElement,
} from '@egeria-ts/omas-client';
import { typeNameOf } from './element-changes';
import type {
  CategoryParentOptions,
  CreateGlossaryCategoryOptions,
  CreateGlossaryFromTemplateOptions,
  CreateGlossaryOptions,
  CreateGlossaryTermFromTemplateOptions,
  CreateGlossaryTermOptions,
  GlossaryCategoryGUIDOptions,
  GlossaryCategoryPagingOptions,
  GlossaryGUIDOptions,
  GlossaryPagingOptions,
  GlossaryScopedNameOptions,
  GlossaryScopedSearchOptions,
  GlossaryTermGUIDOptions,
  TermCategoryOptions,
  TermRelationshipOptions,
  UpdateGlossaryCategoryOptions,
  UpdateGlossaryOptions,
  UpdateGlossaryTermOptions,
  UpdateGlossaryTermStatusOptions,
} from './catalog-integrator-options';

/** The open metadata type names the glossary exchange counts its changes under. */
export const GLOSSARY_ELEMENT_TYPE_NAMES = Object.freeze({
  /** A glossary. */
  glossary: 'Glossary',
  /** A glossary category. */
  glossaryCategory: 'GlossaryCategory',
  /** A glossary term. */
  glossaryTerm: 'GlossaryTerm',
});

const T = GLOSSARY_ELEMENT_TYPE_NAMES;

/**
 * Glossaries, categories and terms through the Asset Manager OMAS (Egeria 5.2's
 * `GlossaryExchangeService` of the catalog integrator). Every write carries the asset manager as
 * the correlation scope, goes through the context's permitted synchronization guard and is counted
 * in its activity report.
 */
export class GlossaryExchangeService extends AssetManagerExchangeServiceBase {
  readonly #client: GlossaryExchangeClient;

  /** @param context - the catalog integrator context that owns the service */
  constructor(context: AssetManagerExchangeContext) {
    super(context, false);
    this.#client = new GlossaryExchangeClient(context.partnerInvoker(ASSET_MANAGER_GLOSSARY_SERVICE));
  }

  // ---------------------------------------------------------------- glossaries

  /** Creates a glossary. @returns its GUID */
  async createGlossary(options: CreateGlossaryOptions): Promise<string> {
    const o = this.context.requireOptions('createGlossary', options);
    return this.context.write(
      'createGlossary',
      (signal) =>
        this.#client.createGlossary({
          signal,
          assetManagerIsHome: o.assetManagerIsHome ?? true,
          metadataCorrelationProperties: this.correlation(o.externalIdentifierProperties),
          elementProperties: o.glossaryProperties,
        }),
      this.created(typeNameOf(o.glossaryProperties, T.glossary)),
    );
  }

  /** Creates a glossary by copying a template. @returns its GUID */
  async createGlossaryFromTemplate(options: CreateGlossaryFromTemplateOptions): Promise<string> {
    const o = this.context.requireOptions('createGlossaryFromTemplate', options);
    return this.context.write(
      'createGlossaryFromTemplate',
      (signal) =>
        this.#client.createGlossaryFromTemplate({
          signal,
          templateGUID: o.templateGUID,
          assetManagerIsHome: o.assetManagerIsHome ?? true,
          deepCopy: o.deepCopy ?? false,
          metadataCorrelationProperties: this.correlation(o.externalIdentifierProperties),
          elementProperties: o.templateProperties,
        }),
      this.created(T.glossary),
    );
  }

  /** Updates a glossary: replaces its properties, or merges them with `isMergeUpdate`. */
  async updateGlossary(options: UpdateGlossaryOptions): Promise<void> {
    const o = this.context.requireOptions('updateGlossary', options);
    await this.context.write(
      'updateGlossary',
      (signal) =>
        this.#client.updateGlossary({
          signal,
          ...this.flags(),
          glossaryGUID: o.glossaryGUID,
          isMergeUpdate: o.isMergeUpdate ?? false,
          ...this.updateBody(o),
          elementProperties: o.glossaryProperties,
        }),
      this.updated(T.glossary, o.glossaryGUID),
    );
  }

  /** Removes a glossary (it must have no categories or terms left). */
  async removeGlossary(options: GlossaryGUIDOptions): Promise<void> {
    const o = this.context.requireOptions('removeGlossary', options);
    await this.context.write(
      'removeGlossary',
      (signal) =>
        this.#client.removeGlossary({ signal, ...this.flags(), glossaryGUID: o.glossaryGUID, ...this.updateBody(o) }),
      this.deleted(T.glossary, o.glossaryGUID),
    );
  }

  /** Glossaries whose properties match a search string (one page). */
  async findGlossaries(options: AssetManagerSearchOptions): Promise<GlossaryElement[]> {
    return this.list('findGlossaries', options, (request) =>
      this.#client.findGlossaries({
        ...request,
        ...this.scope(options),
        searchString: options.searchString,
        searchStringParameterName: 'searchString',
      }),
    );
  }

  /** Glossaries with a name or qualified name (one page). */
  async getGlossariesByName(options: AssetManagerNameOptions): Promise<GlossaryElement[]> {
    return this.list('getGlossariesByName', options, (request) =>
      this.#client.getGlossariesByName({
        ...request,
        ...this.scope(options),
        name: options.name,
        nameParameterName: 'name',
      }),
    );
  }

  /** The glossaries owned by the asset manager (one page). */
  async getGlossariesForAssetManager(options: AssetManagerPagingOptions = {}): Promise<GlossaryElement[]> {
    return this.list('getGlossariesForAssetManager', options, (request) =>
      this.#client.getGlossariesForAssetManager({ ...request, ...this.scope(options) }),
    );
  }

  /** One glossary, or undefined. */
  async getGlossaryByGUID(options: GlossaryGUIDOptions): Promise<GlossaryElement | undefined> {
    return this.one('getGlossaryByGUID', options, (o, request) =>
      this.#client.getGlossaryByGUID({ ...request, glossaryGUID: o.glossaryGUID, ...this.scope(o) }),
    );
  }

  /** The glossary a term belongs to, or undefined. */
  async getGlossaryForTerm(options: GlossaryTermGUIDOptions): Promise<GlossaryElement | undefined> {
    return this.one('getGlossaryForTerm', options, (o, request) =>
      this.#client.getGlossaryForTerm({ ...request, glossaryTermGUID: o.glossaryTermGUID, ...this.scope(o) }),
    );
  }

  // ---------------------------------------------------------------- categories

  /** Creates a category in a glossary. @returns its GUID */
  async createGlossaryCategory(options: CreateGlossaryCategoryOptions): Promise<string> {
    const o = this.context.requireOptions('createGlossaryCategory', options);
    return this.context.write(
      'createGlossaryCategory',
      (signal) =>
        this.#client.createGlossaryCategory({
          signal,
          ...this.flags(),
          glossaryGUID: o.glossaryGUID,
          assetManagerIsHome: o.assetManagerIsHome ?? true,
          isRootCategory: o.isRootCategory ?? false,
          metadataCorrelationProperties: this.correlation(o.externalIdentifierProperties),
          elementProperties: o.glossaryCategoryProperties,
          effectiveTime: o.effectiveTime,
        }),
      this.created(typeNameOf(o.glossaryCategoryProperties, T.glossaryCategory)),
    );
  }

  /** Updates a category. */
  async updateGlossaryCategory(options: UpdateGlossaryCategoryOptions): Promise<void> {
    const o = this.context.requireOptions('updateGlossaryCategory', options);
    await this.context.write(
      'updateGlossaryCategory',
      (signal) =>
        this.#client.updateGlossaryCategory({
          signal,
          ...this.flags(),
          glossaryCategoryGUID: o.glossaryCategoryGUID,
          isMergeUpdate: o.isMergeUpdate ?? false,
          ...this.updateBody(o),
          elementProperties: o.glossaryCategoryProperties,
        }),
      this.updated(T.glossaryCategory, o.glossaryCategoryGUID),
    );
  }

  /** Makes one category a child of another (`CategoryHierarchyLink`). */
  async setupCategoryParent(options: CategoryParentOptions): Promise<void> {
    const o = this.context.requireOptions('setupCategoryParent', options);
    await this.context.write(
      'setupCategoryParent',
      (signal) =>
        this.#client.setupCategoryParent({
          signal,
          ...this.flags(),
          glossaryParentCategoryGUID: o.glossaryParentCategoryGUID,
          glossaryChildCategoryGUID: o.glossaryChildCategoryGUID,
          ...this.relationshipSource(o),
        }),
      this.updated(T.glossaryCategory, o.glossaryChildCategoryGUID),
    );
  }

  /** Removes the link between a parent and a child category. */
  async clearCategoryParent(options: CategoryParentOptions): Promise<void> {
    const o = this.context.requireOptions('clearCategoryParent', options);
    await this.context.write(
      'clearCategoryParent',
      (signal) =>
        this.#client.clearCategoryParent({
          signal,
          ...this.flags(),
          glossaryParentCategoryGUID: o.glossaryParentCategoryGUID,
          glossaryChildCategoryGUID: o.glossaryChildCategoryGUID,
          ...this.scope(o),
        }),
      this.updated(T.glossaryCategory, o.glossaryChildCategoryGUID),
    );
  }

  /** Removes a category. */
  async removeGlossaryCategory(options: GlossaryCategoryGUIDOptions): Promise<void> {
    const o = this.context.requireOptions('removeGlossaryCategory', options);
    await this.context.write(
      'removeGlossaryCategory',
      (signal) =>
        this.#client.removeGlossaryCategory({
          signal,
          ...this.flags(),
          glossaryCategoryGUID: o.glossaryCategoryGUID,
          ...this.updateBody(o),
        }),
      this.deleted(T.glossaryCategory, o.glossaryCategoryGUID),
    );
  }

  /** Categories whose properties match a search string (one page). */
  async findGlossaryCategories(options: GlossaryScopedSearchOptions): Promise<GlossaryCategoryElement[]> {
    return this.list('findGlossaryCategories', options, (request) =>
      this.#client.findGlossaryCategories({
        ...request,
        ...this.scope(options),
        glossaryGUID: options.glossaryGUID,
        searchString: options.searchString,
        searchStringParameterName: 'searchString',
      }),
    );
  }

  /** The categories of a glossary (one page). */
  async getCategoriesForGlossary(options: GlossaryPagingOptions): Promise<GlossaryCategoryElement[]> {
    return this.list('getCategoriesForGlossary', options, (request) =>
      this.#client.getCategoriesForGlossary({ ...request, glossaryGUID: options.glossaryGUID, ...this.scope(options) }),
    );
  }

  /** One category, or undefined. */
  async getGlossaryCategoryByGUID(options: GlossaryCategoryGUIDOptions): Promise<GlossaryCategoryElement | undefined> {
    return this.one('getGlossaryCategoryByGUID', options, (o, request) =>
      this.#client.getGlossaryCategoryByGUID({
        ...request,
        glossaryCategoryGUID: o.glossaryCategoryGUID,
        ...this.scope(o),
      }),
    );
  }

  // ---------------------------------------------------------------- terms

  /**
   * Creates a term in a glossary; with `initialStatus`, a controlled term (Egeria's
   * `createControlledGlossaryTerm`). @returns its GUID
   */
  async createGlossaryTerm(options: CreateGlossaryTermOptions): Promise<string> {
    const o = this.context.requireOptions('createGlossaryTerm', options);
    const operation = o.initialStatus === undefined ? 'createGlossaryTerm' : 'createControlledGlossaryTerm';
    const common = {
      ...this.flags(),
      glossaryGUID: o.glossaryGUID,
      assetManagerIsHome: o.assetManagerIsHome ?? true,
      metadataCorrelationProperties: this.correlation(o.externalIdentifierProperties),
      elementProperties: o.glossaryTermProperties,
    };
    return this.context.write(
      operation,
      (signal) =>
        o.initialStatus === undefined
          ? this.#client.createGlossaryTerm({ signal, ...common })
          : this.#client.createControlledGlossaryTerm({ signal, ...common, initialStatus: o.initialStatus }),
      this.created(typeNameOf(o.glossaryTermProperties, T.glossaryTerm)),
    );
  }

  /** Creates a term by copying a template. @returns its GUID */
  async createGlossaryTermFromTemplate(options: CreateGlossaryTermFromTemplateOptions): Promise<string> {
    const o = this.context.requireOptions('createGlossaryTermFromTemplate', options);
    return this.context.write(
      'createGlossaryTermFromTemplate',
      (signal) =>
        this.#client.createGlossaryTermFromTemplate({
          signal,
          glossaryGUID: o.glossaryGUID,
          templateGUID: o.templateGUID,
          assetManagerIsHome: o.assetManagerIsHome ?? true,
          deepCopy: o.deepCopy ?? false,
          templateSubstitute: o.templateSubstitute ?? false,
          metadataCorrelationProperties: this.correlation(o.externalIdentifierProperties),
          elementProperties: o.templateProperties,
          glossaryTermStatus: o.glossaryTermStatus,
        }),
      this.created(T.glossaryTerm),
    );
  }

  /** Updates a term: replaces its properties, or merges them with `isMergeUpdate`. */
  async updateGlossaryTerm(options: UpdateGlossaryTermOptions): Promise<void> {
    const o = this.context.requireOptions('updateGlossaryTerm', options);
    await this.context.write(
      'updateGlossaryTerm',
      (signal) =>
        this.#client.updateGlossaryTerm({
          signal,
          ...this.flags(),
          glossaryTermGUID: o.glossaryTermGUID,
          isMergeUpdate: o.isMergeUpdate ?? false,
          ...this.updateBody(o),
          updateDescription: o.updateDescription,
          elementProperties: o.glossaryTermProperties,
        }),
      this.updated(T.glossaryTerm, o.glossaryTermGUID, o.glossaryTermProperties),
    );
  }

  /** Changes the status of a controlled term. */
  async updateGlossaryTermStatus(options: UpdateGlossaryTermStatusOptions): Promise<void> {
    const o = this.context.requireOptions('updateGlossaryTermStatus', options);
    await this.context.write(
      'updateGlossaryTermStatus',
      (signal) =>
        this.#client.updateGlossaryTermStatus({
          signal,
          ...this.flags(),
          glossaryTermGUID: o.glossaryTermGUID,
          ...this.updateBody(o),
          glossaryTermStatus: o.glossaryTermStatus,
        }),
      this.updated(T.glossaryTerm, o.glossaryTermGUID),
    );
  }

  /** Places a term in a category (`TermCategorization`). */
  async setupTermCategory(options: TermCategoryOptions): Promise<void> {
    const o = this.context.requireOptions('setupTermCategory', options);
    await this.context.write(
      'setupTermCategory',
      (signal) =>
        this.#client.setupTermCategory({
          signal,
          ...this.flags(),
          glossaryCategoryGUID: o.glossaryCategoryGUID,
          glossaryTermGUID: o.glossaryTermGUID,
          ...this.relationshipSource(o),
          properties: o.properties,
        }),
      this.updated(T.glossaryTerm, o.glossaryTermGUID),
    );
  }

  /** Removes a term from a category. */
  async clearTermCategory(options: TermCategoryOptions): Promise<void> {
    const o = this.context.requireOptions('clearTermCategory', options);
    await this.context.write(
      'clearTermCategory',
      (signal) =>
        this.#client.clearTermCategory({
          signal,
          ...this.flags(),
          glossaryCategoryGUID: o.glossaryCategoryGUID,
          glossaryTermGUID: o.glossaryTermGUID,
          ...this.scope(o),
        }),
      this.updated(T.glossaryTerm, o.glossaryTermGUID),
    );
  }

  /** Links two terms with a relationship of the type given (`RelatedTerm`, `Synonym`...). */
  async setupTermRelationship(options: TermRelationshipOptions): Promise<void> {
    const o = this.context.requireOptions('setupTermRelationship', options);
    await this.context.write(
      'setupTermRelationship',
      (signal) =>
        this.#client.setupTermRelationship({
          signal,
          ...this.flags(),
          glossaryTermOneGUID: o.glossaryTermOneGUID,
          relationshipTypeName: o.relationshipTypeName,
          glossaryTermTwoGUID: o.glossaryTermTwoGUID,
          ...this.relationshipSource(o),
          properties: o.properties,
        }),
      this.updated(T.glossaryTerm, o.glossaryTermOneGUID),
    );
  }

  /** Removes a relationship between two terms. */
  async clearTermRelationship(options: TermRelationshipOptions): Promise<void> {
    const o = this.context.requireOptions('clearTermRelationship', options);
    await this.context.write(
      'clearTermRelationship',
      (signal) =>
        this.#client.clearTermRelationship({
          signal,
          ...this.flags(),
          glossaryTermOneGUID: o.glossaryTermOneGUID,
          relationshipTypeName: o.relationshipTypeName,
          glossaryTermTwoGUID: o.glossaryTermTwoGUID,
          ...this.scope(o),
        }),
      this.updated(T.glossaryTerm, o.glossaryTermOneGUID),
    );
  }

  /** Removes a term. */
  async removeGlossaryTerm(options: GlossaryTermGUIDOptions): Promise<void> {
    const o = this.context.requireOptions('removeGlossaryTerm', options);
    await this.context.write(
      'removeGlossaryTerm',
      (signal) =>
        this.#client.removeGlossaryTerm({
          signal,
          ...this.flags(),
          glossaryTermGUID: o.glossaryTermGUID,
          ...this.updateBody(o),
        }),
      this.deleted(T.glossaryTerm, o.glossaryTermGUID),
    );
  }

  /** Terms whose properties match a search string (one page). */
  async findGlossaryTerms(options: GlossaryScopedSearchOptions): Promise<GlossaryTermElement[]> {
    return this.list('findGlossaryTerms', options, (request) =>
      this.#client.findGlossaryTerms({
        ...request,
        ...this.scope(options),
        glossaryGUID: options.glossaryGUID,
        limitResultsByStatus: options.limitResultsByStatus,
        searchString: options.searchString,
        searchStringParameterName: 'searchString',
      }),
    );
  }

  /** The terms of a glossary (one page). */
  async getTermsForGlossary(options: GlossaryPagingOptions): Promise<GlossaryTermElement[]> {
    return this.list('getTermsForGlossary', options, (request) =>
      this.#client.getTermsForGlossary({ ...request, glossaryGUID: options.glossaryGUID, ...this.scope(options) }),
    );
  }

  /** The terms of a category (one page). */
  async getTermsForGlossaryCategory(options: GlossaryCategoryPagingOptions): Promise<GlossaryTermElement[]> {
    return this.list('getTermsForGlossaryCategory', options, (request) =>
      this.#client.getTermsForGlossaryCategory({
        ...request,
        glossaryCategoryGUID: options.glossaryCategoryGUID,
        ...this.scope(options),
      }),
    );
  }

  /** Terms with a name or qualified name (one page). */
  async getGlossaryTermsByName(options: GlossaryScopedNameOptions): Promise<GlossaryTermElement[]> {
    return this.list('getGlossaryTermsByName', options, (request) =>
      this.#client.getGlossaryTermsByName({
        ...request,
        ...this.scope(options),
        glossaryGUID: options.glossaryGUID,
        limitResultsByStatus: options.limitResultsByStatus,
        name: options.name,
        nameParameterName: 'name',
      }),
    );
  }

  /** One term, or undefined. */
  async getGlossaryTermByGUID(options: GlossaryTermGUIDOptions): Promise<GlossaryTermElement | undefined> {
    return this.one('getGlossaryTermByGUID', options, (o, request) =>
      this.#client.getGlossaryTermByGUID({ ...request, glossaryTermGUID: o.glossaryTermGUID, ...this.scope(o) }),
    );
  }
}
