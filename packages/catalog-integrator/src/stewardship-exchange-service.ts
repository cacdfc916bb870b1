import { CONTEXT_ERROR_CODE, InvalidParameterException, describeValue } from '@egeria-ts/core';
import {
  ASSET_MANAGER_STEWARDSHIP_SERVICE,
  AssetManagerExchangeServiceBase,
  OPEN_METADATA_STORE_SERVICE,
  OpenMetadataStoreClient,
  StewardshipExchangeClient,
  classificationSearch,
  metadataElementSummaryOf,
  relatedMetadataElementSummaryOf,
  searchPropertiesByName,
  type AssetManagerAssetElement,
  type AssetManagerExchangeContext,
  type AssetManagerGovernanceDefinitionElement,
  type AssetManagerPagingOptions,
  type ClassificationProperties,
  type ElementStub,
  type ExternalIdentifierNameOption,
  type FindRequestBody,
  type GlossaryTermElement,
  type MetadataElementSummary,
  type PropertyComparisonOperator,
  type RelatedMetadataElementSummary,
  type SequencingOrder,
  type SetClassificationOptions,
} from '@egeria-ts/omas-client';
import type {
  AssetOriginGUIDOptions,
  AssetOriginOptions,
  AssetsByOriginOptions,
  DataFieldOptions,
  DataFieldQueryOptions,
  ElementPagingOptions,
  ElementsByPropertyValueOptions,
  ElementsOptions,
  GovernanceClassificationOptions,
  GovernedByOptions,
  GovernedElementsOptions,
  LevelClassifiedOptions,
  OwnersElementsOptions,
  OwnershipOptions,
  RetentionClassificationOptions,
  RetentionClassifiedOptions,
  SecurityTagsOptions,
  SemanticAssigneesOptions,
  SemanticAssignmentOptions,
  StewardshipElementOptions,
  SubjectAreaMembersOptions,
  SubjectAreaOptions,
} from './stewardship-exchange-options';
import { relatedMetadataElements } from './related-metadata-elements';

/** The type name classifications and links count under: the element's own type is not known here. */
const REFERENCEABLE = 'Referenceable';
const ASSET = 'Asset';

/**
 * Stewardship through the Asset Manager OMAS and the open metadata store (Egeria 5.2's
 * `StewardshipExchangeService` of the catalog integrator): governance classifications of elements
 * (data field, confidence, criticality, confidentiality, retention, security tags, ownership, asset
 * origin, subject area), semantic assignments of glossary terms, governed-by links to governance
 * definitions, and the searches of classified and related elements, which 5.2 makes through the
 * open metadata store. Every write carries the asset manager as the correlation scope, goes through
 * the context's permitted synchronization guard and counts as an update of the element in its
 * activity report.
 */
export class StewardshipExchangeService extends AssetManagerExchangeServiceBase {
  readonly #client: StewardshipExchangeClient;
  readonly #store: OpenMetadataStoreClient;

  /** @param context - the catalog integrator context that owns the service */
  constructor(context: AssetManagerExchangeContext) {
    super(context, false);
    this.#client = new StewardshipExchangeClient(context.partnerInvoker(ASSET_MANAGER_STEWARDSHIP_SERVICE));
    this.#store = new OpenMetadataStoreClient(context.partnerInvoker(OPEN_METADATA_STORE_SERVICE));
  }

  // ---------------------------------------------------------------- classifications

  /** Classifies an element as a data field, with what its values look like. */
  async setElementAsDataField(options: DataFieldOptions): Promise<void> {
    await this.#classify('setElementAsDataField', 'elementGUID', options, this.#client.setElementAsDataField);
  }

  /** Removes the data field classification. */
  async clearElementAsDataField(options: StewardshipElementOptions): Promise<void> {
    await this.#classify('clearElementAsDataField', 'elementGUID', options, this.#client.clearElementAsDataField);
  }

  /**
   * The elements classified as data fields (one page). Egeria 5.2's server answers this call from
   * the Confidence classification and refuses a `DataFieldQueryProperties` (it expects
   * `LevelIdentifierProperties`): without properties it returns the elements with a confidence level.
   */
  async getDataFieldClassifiedElements(options: DataFieldQueryOptions = {}): Promise<ElementStub[]> {
    return this.list('getDataFieldClassifiedElements', options, (request) =>
      this.#client.getDataFieldClassifiedElements({
        ...request,
        ...this.scope(options),
        properties: options.properties,
      }),
    );
  }

  /** Sets (or replaces) the confidence classification: how complete, accurate and current the data is. */
  async setConfidenceClassification(options: GovernanceClassificationOptions): Promise<void> {
    await this.#classify(
      'setConfidenceClassification',
      'elementGUID',
      options,
      this.#client.setConfidenceClassification,
    );
  }

  /** Removes the confidence classification. */
  async clearConfidenceClassification(options: StewardshipElementOptions): Promise<void> {
    await this.#classify(
      'clearConfidenceClassification',
      'elementGUID',
      options,
      this.#client.clearConfidenceClassification,
    );
  }

  /** The elements with a confidence classification, or with one level of it (one page). */
  async getConfidenceClassifiedElements(options: LevelClassifiedOptions = {}): Promise<MetadataElementSummary[]> {
    return this.#levelClassified('getConfidenceClassifiedElements', 'Confidence', options);
  }

  /** Sets (or replaces) the criticality classification: how important the element is to the organization. */
  async setCriticalityClassification(options: GovernanceClassificationOptions): Promise<void> {
    await this.#classify(
      'setCriticalityClassification',
      'elementGUID',
      options,
      this.#client.setCriticalityClassification,
    );
  }

  /** Removes the criticality classification. */
  async clearCriticalityClassification(options: StewardshipElementOptions): Promise<void> {
    await this.#classify(
      'clearCriticalityClassification',
      'elementGUID',
      options,
      this.#client.clearCriticalityClassification,
    );
  }

  /** The elements with a criticality classification, or with one level of it (one page). */
  async getCriticalityClassifiedElements(options: LevelClassifiedOptions = {}): Promise<MetadataElementSummary[]> {
    return this.#levelClassified('getCriticalityClassifiedElements', 'Criticality', options);
  }

  /** Sets (or replaces) the confidentiality classification. */
  async setConfidentialityClassification(options: GovernanceClassificationOptions): Promise<void> {
    await this.#classify(
      'setConfidentialityClassification',
      'elementGUID',
      options,
      this.#client.setConfidentialityClassification,
    );
  }

  /** Removes the confidentiality classification. */
  async clearConfidentialityClassification(options: StewardshipElementOptions): Promise<void> {
    await this.#classify(
      'clearConfidentialityClassification',
      'elementGUID',
      options,
      this.#client.clearConfidentialityClassification,
    );
  }

  /** The elements with a confidentiality classification, or with one level of it (one page). */
  async getConfidentialityClassifiedElements(options: LevelClassifiedOptions = {}): Promise<MetadataElementSummary[]> {
    return this.#levelClassified('getConfidentialityClassifiedElements', 'Confidentiality', options);
  }

  /** Sets (or replaces) the retention classification. */
  async setRetentionClassification(options: RetentionClassificationOptions): Promise<void> {
    await this.#classify('setRetentionClassification', 'elementGUID', options, this.#client.setRetentionClassification);
  }

  /** Removes the retention classification. */
  async clearRetentionClassification(options: StewardshipElementOptions): Promise<void> {
    await this.#classify(
      'clearRetentionClassification',
      'elementGUID',
      options,
      this.#client.clearRetentionClassification,
    );
  }

  /** The elements with a retention classification, or with one retention basis (one page). */
  async getRetentionClassifiedElements(options: RetentionClassifiedOptions = {}): Promise<MetadataElementSummary[]> {
    const specific = options.returnSpecificBasisIdentifier === true;
    return this.#classified('getRetentionClassifiedElements', options, 'Retention', {
      property: specific ? { name: 'basisIdentifier', value: options.basisIdentifier ?? 0 } : undefined,
    });
  }

  /** Adds or replaces the security tags of an element. */
  async addSecurityTags(options: SecurityTagsOptions): Promise<void> {
    await this.#classify('addSecurityTags', 'elementGUID', options, this.#client.addSecurityTags);
  }

  /** Removes the security tags of an element. */
  async clearSecurityTags(options: StewardshipElementOptions): Promise<void> {
    await this.#classify('clearSecurityTags', 'elementGUID', options, this.#client.clearSecurityTags);
  }

  /** The elements with security tags (one page). */
  async getSecurityTaggedElements(options: AssetManagerPagingOptions = {}): Promise<MetadataElementSummary[]> {
    return this.#classified('getSecurityTaggedElements', options, 'SecurityTags', {});
  }

  /** Adds or replaces the ownership classification of an element. */
  async addOwnership(options: OwnershipOptions): Promise<void> {
    await this.#classify('addOwnership', 'elementGUID', options, this.#client.addOwnership);
  }

  /** Removes the ownership classification. */
  async clearOwnership(options: StewardshipElementOptions): Promise<void> {
    await this.#classify('clearOwnership', 'elementGUID', options, this.#client.clearOwnership);
  }

  /** The elements an owner owns (one page). */
  async getOwnersElements(options: OwnersElementsOptions): Promise<MetadataElementSummary[]> {
    const o = this.context.requireOptions('getOwnersElements', options);
    return this.#classified('getOwnersElements', o, 'Ownership', {
      property: { name: 'owner', value: this.#text('getOwnersElements', 'owner', o.owner) },
    });
  }

  /** Adds or replaces the origin of an asset. */
  async addAssetOrigin(options: AssetOriginOptions): Promise<void> {
    await this.#classify('addAssetOrigin', 'assetGUID', options, this.#client.addAssetOrigin);
  }

  /** Removes the origin of an asset. */
  async clearAssetOrigin(options: AssetOriginGUIDOptions): Promise<void> {
    await this.#classify('clearAssetOrigin', 'assetGUID', options, this.#client.clearAssetOrigin);
  }

  /**
   * The assets from an origin (one page). Sent to the server's path (`/asset/by-origin`); Egeria
   * 5.2's Java client posts to `/assets/by-origin`, which the server does not map.
   */
  async getAssetsByOrigin(options: AssetsByOriginOptions = {}): Promise<AssetManagerAssetElement[]> {
    return this.list('getAssetsByOrigin', options, (request) =>
      this.#client.getAssetsByOrigin({ ...request, ...this.scope(options), properties: options.properties }),
    );
  }

  /** Makes an element a member of a subject area. */
  async addElementToSubjectArea(options: SubjectAreaOptions): Promise<void> {
    await this.#classify('addElementToSubjectArea', 'elementGUID', options, this.#client.addElementToSubjectArea);
  }

  /** Removes an element from its subject area. */
  async removeElementFromSubjectArea(options: StewardshipElementOptions): Promise<void> {
    await this.#classify(
      'removeElementFromSubjectArea',
      'elementGUID',
      options,
      this.#client.removeElementFromSubjectArea,
    );
  }

  /** The members of a subject area (one page). */
  async getMembersOfSubjectArea(options: SubjectAreaMembersOptions): Promise<MetadataElementSummary[]> {
    const o = this.context.requireOptions('getMembersOfSubjectArea', options);
    return this.#classified('getMembersOfSubjectArea', o, 'SubjectArea', {
      property: {
        name: 'subjectAreaName',
        value: this.#text('getMembersOfSubjectArea', 'subjectAreaName', o.subjectAreaName),
      },
    });
  }

  // ---------------------------------------------------------------- semantic assignments

  /**
   * Links an element to the glossary term that describes it. Without properties an empty
   * `SemanticAssignmentProperties` is sent (Egeria 5.2's server refuses none).
   */
  async setupSemanticAssignment(options: SemanticAssignmentOptions): Promise<void> {
    const o = this.context.requireOptions('setupSemanticAssignment', options);
    await this.context.write(
      'setupSemanticAssignment',
      (signal) =>
        this.#client.setupSemanticAssignment({
          signal,
          ...this.flags(),
          elementGUID: o.elementGUID,
          glossaryTermGUID: o.glossaryTermGUID,
          ...this.relationshipSource(o),
          properties: o.properties ?? {},
        }),
      this.updated(REFERENCEABLE, o.elementGUID),
    );
  }

  /** Removes the link between an element and a glossary term. */
  async clearSemanticAssignment(options: SemanticAssignmentOptions): Promise<void> {
    const o = this.context.requireOptions('clearSemanticAssignment', options);
    await this.context.write(
      'clearSemanticAssignment',
      (signal) =>
        this.#client.clearSemanticAssignment({
          signal,
          ...this.flags(),
          elementGUID: o.elementGUID,
          glossaryTermGUID: o.glossaryTermGUID,
          ...this.scope(o),
        }),
      this.updated(REFERENCEABLE, o.elementGUID),
    );
  }

  /** The glossary terms that describe an element (one page). */
  async getMeanings(options: ElementPagingOptions): Promise<GlossaryTermElement[]> {
    return this.list('getMeanings', options, (request) =>
      this.#client.getMeanings({ ...request, elementGUID: options.elementGUID, ...this.scope(options) }),
    );
  }

  /** The elements a glossary term describes (one page). */
  async getSemanticAssignees(options: SemanticAssigneesOptions): Promise<RelatedMetadataElementSummary[]> {
    return this.#related('getSemanticAssignees', options, options?.glossaryTermGUID, 2, 'SemanticAssignment');
  }

  // ---------------------------------------------------------------- governance definitions

  /** Links a governance definition to the element it governs (GovernedBy). */
  async addGovernanceDefinitionToElement(options: GovernedByOptions): Promise<void> {
    const o = this.context.requireOptions('addGovernanceDefinitionToElement', options);
    await this.context.write(
      'addGovernanceDefinitionToElement',
      (signal) =>
        this.#client.addGovernanceDefinitionToElement({
          signal,
          ...this.flags(),
          elementGUID: o.elementGUID,
          definitionGUID: o.definitionGUID,
          ...this.relationshipSource(o),
        }),
      this.updated(REFERENCEABLE, o.elementGUID),
    );
  }

  /** Removes the link between a governance definition and an element. */
  async removeGovernanceDefinitionFromElement(options: GovernedByOptions): Promise<void> {
    const o = this.context.requireOptions('removeGovernanceDefinitionFromElement', options);
    await this.context.write(
      'removeGovernanceDefinitionFromElement',
      (signal) =>
        this.#client.removeGovernanceDefinitionFromElement({
          signal,
          ...this.flags(),
          elementGUID: o.elementGUID,
          definitionGUID: o.definitionGUID,
          ...this.scope(o),
        }),
      this.updated(REFERENCEABLE, o.elementGUID),
    );
  }

  /** The governance definitions linked to an element (one page). */
  async getGovernedByDefinitions(options: ElementPagingOptions): Promise<AssetManagerGovernanceDefinitionElement[]> {
    return this.list('getGovernedByDefinitions', options, (request) =>
      this.#client.getGovernedByDefinitions({ ...request, elementGUID: options.elementGUID, ...this.scope(options) }),
    );
  }

  /** The elements a governance definition governs (one page). */
  async getGovernedElements(options: GovernedElementsOptions): Promise<RelatedMetadataElementSummary[]> {
    return this.#related('getGovernedElements', options, options?.governanceDefinitionGUID, 1, 'GovernedBy');
  }

  // ---------------------------------------------------------------- lineage of copies, and generic reads

  /** The elements an element was sourced from (SourcedFrom, one page). */
  async getSourceElements(options: ElementPagingOptions): Promise<RelatedMetadataElementSummary[]> {
    return this.#related('getSourceElements', options, options?.elementGUID, 1, 'SourcedFrom');
  }

  /** The elements sourced from an element (SourcedFrom, one page). */
  async getElementsSourceFrom(options: ElementPagingOptions): Promise<RelatedMetadataElementSummary[]> {
    return this.#related('getElementsSourceFrom', options, options?.elementGUID, 2, 'SourcedFrom');
  }

  /** Elements of a type, in a status, at a time (one page; default: every element, effective now). */
  async getElements(options: ElementsOptions = {}): Promise<MetadataElementSummary[]> {
    const o = this.context.requireOptions('getElements', options);
    const find = o.findProperties;
    return this.#find(
      'getElements',
      o,
      find === undefined
        ? { metadataElementTypeName: 'OpenMetadataRoot', effectiveTime: new Date() }
        : { ...this.#findFields(find) },
    );
  }

  /** Elements whose value of one of the properties named is exactly the value given (one page). */
  async getElementsByPropertyValue(options: ElementsByPropertyValueOptions): Promise<MetadataElementSummary[]> {
    return this.#byPropertyValue('getElementsByPropertyValue', options, 'EQ');
  }

  /** Elements whose value of one of the properties named contains the value given (one page). */
  async findElementsByPropertyValue(options: ElementsByPropertyValueOptions): Promise<MetadataElementSummary[]> {
    return this.#byPropertyValue('findElementsByPropertyValue', options, 'LIKE');
  }

  // ---------------------------------------------------------------- helpers

  /** Sets or clears a classification on an element (or asset), counted as an update of it. */
  async #classify<K extends 'elementGUID' | 'assetGUID', P extends ClassificationProperties>(
    operation: string,
    key: K,
    options: { readonly properties?: P } & Readonly<Record<K, string>> & ExternalIdentifierNameOption,
    call: (options: SetClassificationOptions<K, P>) => Promise<void>,
  ): Promise<void> {
    const o = this.context.requireOptions(operation, options);
    const guid: string = o[key];
    await this.context.write(
      operation,
      (signal) =>
        call({
          signal,
          ...this.flags(),
          ...({ [key]: guid } as Record<K, string>),
          ...this.updateBody(o),
          properties: o.properties,
        } as SetClassificationOptions<K, P>),
      this.updated(key === 'assetGUID' ? ASSET : REFERENCEABLE, guid),
    );
  }

  async #levelClassified(
    operation: string,
    classification: string,
    options: LevelClassifiedOptions,
  ): Promise<MetadataElementSummary[]> {
    const specific = options?.returnSpecificLevel === true;
    return this.#classified(operation, options, classification, {
      property: specific ? { name: 'levelIdentifier', value: options.levelIdentifier ?? 0 } : undefined,
    });
  }

  /**
   * The elements carrying a classification (with one property value, when given), through the open
   * metadata store, newest first as Egeria 5.2's client asks (by creation for a property value, by
   * last update otherwise).
   */
  async #classified(
    operation: string,
    options: AssetManagerPagingOptions,
    classification: string,
    match: { readonly property?: { readonly name: string; readonly value: string | number } },
  ): Promise<MetadataElementSummary[]> {
    const sequencingOrder: SequencingOrder =
      match.property === undefined ? 'LAST_UPDATE_RECENT' : 'CREATION_DATE_RECENT';
    return this.#find(operation, options, {
      matchClassifications: classificationSearch(classification, match.property),
      sequencingOrder,
      effectiveTime: options.effectiveTime,
    });
  }

  /** One page of `findMetadataElements`, as summaries. */
  async #find(
    operation: string,
    options: AssetManagerPagingOptions,
    body: FindRequestBody,
  ): Promise<MetadataElementSummary[]> {
    return this.list(operation, options, async (request) => {
      const found = await this.#store.findMetadataElements({
        ...request,
        ...body,
        sequencingOrder: body.sequencingOrder ?? 'LAST_UPDATE_RECENT',
      });
      return found.map(metadataElementSummaryOf);
    });
  }

  /** The elements related to one through a relationship type, from one end (one page, newest first). */
  async #related(
    operation: string,
    options: AssetManagerPagingOptions,
    elementGUID: string | undefined,
    startingAtEnd: 1 | 2,
    relationshipTypeName: string,
  ): Promise<RelatedMetadataElementSummary[]> {
    return this.list(operation, options, async (request) => {
      const related = await relatedMetadataElements(this.#store, request, {
        elementGUID,
        relationshipTypeName,
        startingAtEnd,
        effectiveTime: options.effectiveTime,
      });
      return related.map(relatedMetadataElementSummaryOf);
    });
  }

  async #byPropertyValue(
    operation: string,
    options: ElementsByPropertyValueOptions,
    operator: PropertyComparisonOperator,
  ): Promise<MetadataElementSummary[]> {
    const o = this.context.requireOptions(operation, options);
    const find = o.findProperties;
    if (typeof find !== 'object' || find === null) throw this.#invalid(operation, 'findProperties', find);
    const value = this.#text(operation, 'propertyValue', find.propertyValue);
    const names = find.propertyNames;
    if (!Array.isArray(names) || names.length === 0) throw this.#invalid(operation, 'propertyNames', names);
    return this.#find(operation, o, {
      ...this.#findFields(find),
      searchProperties: searchPropertiesByName(names, value, operator),
    });
  }

  /** The `FindRequestBody` fields a `FindProperties` gives. */
  #findFields(find: ElementsOptions['findProperties'] & object): FindRequestBody {
    return {
      metadataElementTypeName: find.openMetadataTypeName,
      limitResultsByStatus: find.limitResultsByStatus,
      asOfTime: find.asOfTime,
      sequencingProperty: find.sequencingProperty,
      sequencingOrder: find.sequencingOrder,
      effectiveTime: find.effectiveTime,
    };
  }

  #text(operation: string, parameterName: string, value: unknown): string {
    if (typeof value !== 'string' || value === '') throw this.#invalid(operation, parameterName, value);
    return value;
  }

  #invalid(operation: string, parameterName: string, value: unknown): InvalidParameterException {
    return InvalidParameterException.fromDefinition(
      CONTEXT_ERROR_CODE.INVALID_PARAMETER,
      [parameterName, operation, this.context.connectorName, describeValue(value)],
      { actionDescription: operation, exceptionProperties: { parameterName } },
    );
  }
}
