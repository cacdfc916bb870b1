import {
  AssetManagerExchangeServiceBase,
  OPEN_METADATA_STORE_SERVICE,
  OpenMetadataStoreClient,
  elementHeaderOf,
  fromElementProperties,
  isElementOfType,
  relatedMetadataElementSummaryOf,
  searchPropertiesByName,
  toElementProperties,
  validValueElementValues,
  validValuePropertiesOf,
  type AssetManagerExchangeContext,
  type AssetManagerPagingOptions,
  type AssetManagerValidValueElement,
  type ElementHeader,
  type MetadataCorrelationHeader,
  type OpenMetadataElement,
  type ReferenceValueAssignmentDefinitionElement,
  type ReferenceValueAssignmentItemElement,
  type ReferenceValueAssignmentProperties,
  type RelatedMetadataElement,
  type ValidValueMember,
  type ValidValueMembershipProperties,
} from '@egeria-ts/omas-client';
import type {
  CreateValidValueDefinitionOptions,
  CreateValidValueSetOptions,
  ReferenceablePagingOptions,
  ReferenceValueAssignmentOptions,
  UpdateValidValueOptions,
  ValidValueGUIDOptions,
  ValidValueMembershipOptions,
  ValidValueNameOptions,
  ValidValuePagingOptions,
  ValidValueSetPagingOptions,
} from './valid-values-exchange-options';
import { relatedMetadataElements } from './related-metadata-elements';

/** The open metadata type and relationship names of valid values (Egeria 5.2's `OpenMetadataType`). */
export const VALID_VALUE_TYPE_NAMES = Object.freeze({
  /** A valid value. */
  validValueDefinition: 'ValidValueDefinition',
  /** A set of valid values. */
  validValuesSet: 'ValidValuesSet',
  /** The link from a set to a member. */
  validValueMember: 'ValidValueMember',
  /** The link from an element to a reference value. */
  referenceValueAssignment: 'ReferenceValueAssignment',
  /** The type an external identifier of a valid value is recorded against. */
  inventoryCatalog: 'InventoryCatalog',
});

const T = VALID_VALUE_TYPE_NAMES;

type Flags = { readonly forLineage: boolean; readonly forDuplicateProcessing: boolean };

/**
 * Valid values through the open metadata store, as Egeria 5.2's Asset Manager client keeps them
 * (Egeria 5.2's `ValidValuesExchangeService` of the catalog integrator): sets and definitions,
 * membership of sets, and reference values assigned to elements. Every write goes through the
 * context's permitted synchronization guard and is counted in its activity report; the third
 * party's identifier of a new valid value is recorded in the asset manager's scope.
 *
 * Where Egeria 5.2's client goes wrong this service does what it means to do: a new valid value
 * without external identifier properties is not refused after it was created; `getValidValueByName`
 * searches valid value definitions (5.2 searches collections); a valid value's `category` is its
 * category (5.2 stores its usage there) and `isCaseSensitive` is read back; detaching a member or
 * unassigning a reference value deletes the relationship found between the two elements (5.2 sends
 * the valid value's GUID as the relationship's).
 */
export class ValidValuesExchangeService extends AssetManagerExchangeServiceBase {
  readonly #store: OpenMetadataStoreClient;

  /** @param context - the catalog integrator context that owns the service */
  constructor(context: AssetManagerExchangeContext) {
    super(context, false);
    this.#store = new OpenMetadataStoreClient(context.partnerInvoker(OPEN_METADATA_STORE_SERVICE));
  }

  // ---------------------------------------------------------------- valid values

  /** Creates a valid value set. @returns its GUID */
  async createValidValueSet(options: CreateValidValueSetOptions): Promise<string> {
    return this.#create('createValidValueSet', options, T.validValuesSet);
  }

  /** Creates a valid value as a member of a set. @returns its GUID */
  async createValidValueDefinition(options: CreateValidValueDefinitionOptions): Promise<string> {
    return this.#create('createValidValueDefinition', options, T.validValueDefinition, options?.setGUID);
  }

  /** Updates a valid value (definition or set): replaces its properties, or merges them with `isMergeUpdate`. */
  async updateValidValue(options: UpdateValidValueOptions): Promise<void> {
    const o = this.context.requireOptions('updateValidValue', options);
    await this.context.write(
      'updateValidValue',
      (signal) =>
        this.#store.updateMetadataElementInStore({
          signal,
          metadataElementGUID: o.validValueGUID,
          ...this.#source(),
          replaceProperties: o.isMergeUpdate !== true,
          ...this.flags(),
          properties: toElementProperties(validValueElementValues(o.validValueProperties ?? {})),
          effectiveTime: o.effectiveTime,
        }),
      this.updated(T.validValueDefinition, o.validValueGUID, o.validValueProperties),
    );
  }

  /** Removes a valid value. */
  async removeValidValue(options: ValidValueGUIDOptions): Promise<void> {
    const o = this.context.requireOptions('removeValidValue', options);
    await this.context.write(
      'removeValidValue',
      (signal) =>
        this.#store.deleteMetadataElementInStore({
          signal,
          metadataElementGUID: o.validValueGUID,
          ...this.#source(),
          ...this.flags(),
          effectiveTime: o.effectiveTime,
        }),
      this.deleted(T.validValueDefinition, o.validValueGUID),
    );
  }

  /** Makes a valid value a member of a set (optionally its default value). */
  async attachValidValueToSet(options: ValidValueMembershipOptions): Promise<void> {
    const o = this.context.requireOptions('attachValidValueToSet', options);
    await this.context.write(
      'attachValidValueToSet',
      (signal) =>
        this.#store.createRelatedElementsInStore({
          signal,
          typeName: T.validValueMember,
          metadataElement1GUID: o.setGUID,
          metadataElement2GUID: o.validValueGUID,
          ...this.flags(),
          ...this.#effectivity(o.properties),
          properties:
            o.properties === undefined
              ? undefined
              : toElementProperties({ isDefaultValue: o.properties.defaultValue === true }),
          effectiveTime: o.effectiveTime,
        }),
      this.updated(T.validValueDefinition, o.validValueGUID),
    );
  }

  /** Removes a valid value from a set. */
  async detachValidValueFromSet(options: ValidValueMembershipOptions): Promise<void> {
    const o = this.context.requireOptions('detachValidValueFromSet', options);
    await this.#unlink('detachValidValueFromSet', o.setGUID, o.validValueGUID, T.validValueMember, o);
  }

  /** Assigns a reference value to an element (ReferenceValueAssignment). */
  async assignReferenceValueToItem(options: ReferenceValueAssignmentOptions): Promise<void> {
    const o = this.context.requireOptions('assignReferenceValueToItem', options);
    const p = o.properties;
    await this.context.write(
      'assignReferenceValueToItem',
      (signal) =>
        this.#store.createRelatedElementsInStore({
          signal,
          typeName: T.referenceValueAssignment,
          metadataElement1GUID: o.referenceableGUID,
          metadataElement2GUID: o.validValueGUID,
          ...this.flags(),
          ...this.#effectivity(p),
          properties:
            p === undefined
              ? undefined
              : toElementProperties({
                  attributeName: p.attributeName,
                  confidence: p.confidence ?? 0,
                  steward: p.steward,
                  stewardTypeName: p.stewardTypeName,
                  stewardPropertyName: p.stewardPropertyName,
                  notes: p.notes,
                }),
          effectiveTime: o.effectiveTime,
        }),
      this.updated('Referenceable', o.referenceableGUID),
    );
  }

  /** Removes the assignment of a reference value to an element. */
  async unassignReferenceValueFromItem(options: ReferenceValueAssignmentOptions): Promise<void> {
    const o = this.context.requireOptions('unassignReferenceValueFromItem', options);
    await this.#unlink(
      'unassignReferenceValueFromItem',
      o.referenceableGUID,
      o.validValueGUID,
      T.referenceValueAssignment,
      o,
      'Referenceable',
    );
  }

  // ---------------------------------------------------------------- reads

  /** One valid value, or undefined (also when the element is not a valid value). */
  async getValidValueByGUID(options: ValidValueGUIDOptions): Promise<AssetManagerValidValueElement | undefined> {
    return this.one('getValidValueByGUID', options, async (o, request) => {
      const element = await this.#store.getMetadataElementByGUID({
        ...request,
        elementGUID: o.validValueGUID,
        effectiveTime: o.effectiveTime,
      });
      if (element === undefined || !isElementOfType(element, T.validValueDefinition)) return undefined;
      return this.#validValue(element, request);
    });
  }

  /** Valid values whose qualified name or name is the name given (one page, by qualified name). */
  async getValidValueByName(options: ValidValueNameOptions): Promise<AssetManagerValidValueElement[]> {
    return this.list('getValidValueByName', options, async (request) => {
      const found = await this.#store.findMetadataElements({
        ...request,
        metadataElementTypeName: T.validValueDefinition,
        searchProperties: searchPropertiesByName(['qualifiedName', 'name'], options.validValueName, 'EQ'),
        sequencingProperty: 'qualifiedName',
        sequencingOrder: 'PROPERTY_ASCENDING',
        effectiveTime: options.effectiveTime,
      });
      return this.#validValues(found, request);
    });
  }

  /** Valid values whose properties match a search string (one page). */
  async findValidValues(
    options: AssetManagerPagingOptions & { readonly searchString: string },
  ): Promise<AssetManagerValidValueElement[]> {
    return this.list('findValidValues', options, async (request) => {
      const found = await this.#store.findMetadataElementsWithString({
        ...request,
        searchString: options.searchString,
        typeName: T.validValueDefinition,
        effectiveTime: options.effectiveTime,
      });
      return this.#validValues(found, request);
    });
  }

  /** The members of a valid value set, with their membership (one page, newest first). */
  async getValidValueSetMembers(options: ValidValueSetPagingOptions): Promise<ValidValueMember[]> {
    return this.#related('getValidValueSetMembers', options, options?.validValueSetGUID, 1, T.validValueMember, {
      typeName: T.validValueDefinition,
      convert: async (related, element, request) => ({
        relationshipHeader: this.#relationshipHeader(related),
        relationshipProperties: this.#membership(related),
        validValueElement: await this.#validValue(element, request),
      }),
    });
  }

  /** The sets a valid value belongs to (one page, newest first). */
  async getSetsForValidValue(options: ValidValuePagingOptions): Promise<AssetManagerValidValueElement[]> {
    return this.#related('getSetsForValidValue', options, options?.validValueGUID, 2, T.validValueMember, {
      typeName: T.validValuesSet,
      convert: (_related, element, request) => this.#validValue(element, request),
    });
  }

  /** The elements a reference value is assigned to (one page, newest first). */
  async getReferenceValueAssignedItems(
    options: ValidValuePagingOptions,
  ): Promise<ReferenceValueAssignmentItemElement[]> {
    return this.#related(
      'getReferenceValueAssignedItems',
      options,
      options?.validValueGUID,
      2,
      T.referenceValueAssignment,
      {
        typeName: 'Referenceable',
        convert: async (related, element, request) => ({
          relationshipHeader: this.#relationshipHeader(related),
          relationshipProperties: this.#assignment(related),
          assignedItem: {
            elementHeader: elementHeaderOf(element),
            ...(await this.#correlation(element, 'Referenceable', request)),
            referenceableProperties: {
              class: 'ReferenceableProperties',
              ...fromElementProperties(element.elementProperties),
              typeName: element.type?.typeName,
            },
          },
        }),
      },
    );
  }

  /** The reference values assigned to an element (one page, newest first). */
  async getReferenceValueAssignments(
    options: ReferenceablePagingOptions,
  ): Promise<ReferenceValueAssignmentDefinitionElement[]> {
    return this.#related(
      'getReferenceValueAssignments',
      options,
      options?.referenceableGUID,
      1,
      T.referenceValueAssignment,
      {
        typeName: T.validValueDefinition,
        convert: async (related, element, request) => ({
          relationshipHeader: this.#relationshipHeader(related),
          relationshipProperties: this.#assignment(related),
          validValueElement: await this.#validValue(element, request),
        }),
      },
    );
  }

  // ---------------------------------------------------------------- helpers

  /** The asset manager as the external source of an update or delete (as 5.2's client sends it). */
  #source(): { externalSourceGUID?: string; externalSourceName?: string } {
    const { assetManagerGUID, assetManagerName } = this.context;
    return assetManagerGUID === undefined
      ? {}
      : { externalSourceGUID: assetManagerGUID, externalSourceName: assetManagerName };
  }

  #effectivity(properties: { readonly effectiveFrom?: unknown; readonly effectiveTo?: unknown } | undefined): object {
    return properties === undefined
      ? {}
      : { effectiveFrom: properties.effectiveFrom, effectiveTo: properties.effectiveTo };
  }

  /**
   * Creates a valid value (below a set when one is given), with no metadata source as 5.2's client
   * does, then records the third party's identifier in the asset manager's scope.
   */
  async #create(
    operation: string,
    options: CreateValidValueSetOptions,
    defaultType: string,
    setGUID?: string,
  ): Promise<string> {
    const o = this.context.requireOptions(operation, options);
    const properties = o.validValueProperties ?? {};
    const typeName =
      typeof properties.typeName === 'string' && properties.typeName !== '' ? properties.typeName : defaultType;
    return this.context.write(
      operation,
      async (signal) => {
        const guid = await this.#store.createMetadataElementInStore({
          signal,
          typeName,
          initialStatus: 'ACTIVE',
          isOwnAnchor: false,
          effectiveFrom: properties.effectiveFrom,
          effectiveTo: properties.effectiveTo,
          properties: toElementProperties(validValueElementValues(properties)),
          ...(setGUID === undefined
            ? {}
            : { parentGUID: setGUID, parentRelationshipTypeName: T.validValueMember, parentAtEnd1: true }),
        });
        const { assetManagerGUID, assetManagerName } = this.context;
        if (o.externalIdentifierProperties !== undefined && assetManagerGUID !== undefined) {
          await this.#store.addExternalIdentifier({
            signal,
            openMetadataElementGUID: guid,
            openMetadataElementTypeName: typeName,
            forLineage: false,
            forDuplicateProcessing: false,
            metadataCorrelationProperties: {
              ...o.externalIdentifierProperties,
              externalScopeGUID: assetManagerGUID,
              externalScopeName: assetManagerName,
              externalScopeTypeName: T.inventoryCatalog,
            },
          });
        }
        return guid;
      },
      this.created(typeName),
    );
  }

  /** Deletes the relationships of a type from one element to another, found through the store. */
  async #unlink(
    operation: string,
    end1GUID: string,
    end2GUID: string,
    relationshipTypeName: string,
    options: ValidValueMembershipOptions | ReferenceValueAssignmentOptions,
    countedType: string = T.validValueDefinition,
  ): Promise<void> {
    await this.context.write(
      operation,
      async (signal) => {
        // Every page of end 1's relationships of the type first (a set may have more members than
        // one page holds), then the deletes, so that no delete shifts a page still to be read.
        const { pageSize } = this.context.paging(operation, {});
        const found: string[] = [];
        for (let startFrom = 0; ; startFrom += pageSize) {
          const related = await this.#store.getRelatedMetadataElements({
            signal,
            elementGUID: end1GUID,
            relationshipTypeName,
            startingAtEnd: 1,
            startFrom,
            pageSize,
            ...this.flags(),
            effectiveTime: options.effectiveTime,
          });
          const page = related?.elementList ?? [];
          for (const relationship of page) {
            if (relationship.element?.elementGUID === end2GUID && relationship.relationshipGUID !== undefined) {
              found.push(relationship.relationshipGUID);
            }
          }
          if (page.length < pageSize) break;
        }
        for (const relationshipGUID of found) {
          await this.#store.deleteRelatedElementsInStore({
            signal,
            relationshipGUID,
            ...this.flags(),
            effectiveTime: options.effectiveTime,
          });
        }
      },
      this.updated(countedType, countedType === T.validValueDefinition ? end2GUID : end1GUID),
    );
  }

  /** The elements related to one, of a type, converted (one page). */
  async #related<R>(
    operation: string,
    options: AssetManagerPagingOptions,
    elementGUID: string | undefined,
    startingAtEnd: 1 | 2,
    relationshipTypeName: string,
    what: {
      readonly typeName: string;
      readonly convert: (
        related: RelatedMetadataElement,
        element: OpenMetadataElement,
        request: Flags & { signal: AbortSignal },
      ) => Promise<R>;
    },
  ): Promise<R[]> {
    return this.list(operation, options, async (request) => {
      const related = await relatedMetadataElements(this.#store, request, {
        elementGUID,
        relationshipTypeName,
        startingAtEnd,
        effectiveTime: options.effectiveTime,
      });
      const out: R[] = [];
      for (const relationship of related) {
        const element = relationship.element;
        if (element !== undefined && isElementOfType(element, what.typeName)) {
          out.push(await what.convert(relationship, element, request));
        }
      }
      return out;
    });
  }

  #relationshipHeader(related: RelatedMetadataElement): ElementHeader | undefined {
    return relatedMetadataElementSummaryOf(related).relationshipHeader;
  }

  #membership(related: RelatedMetadataElement): ValidValueMembershipProperties {
    const values = fromElementProperties(related.relationshipProperties);
    return {
      class: 'ValidValueMembershipProperties',
      defaultValue: values['isDefaultValue'] === true,
      ...(related.effectiveFromTime === undefined ? {} : { effectiveFrom: related.effectiveFromTime }),
      ...(related.effectiveToTime === undefined ? {} : { effectiveTo: related.effectiveToTime }),
    };
  }

  #assignment(related: RelatedMetadataElement): ReferenceValueAssignmentProperties {
    return {
      class: 'ReferenceValueAssignmentProperties',
      ...fromElementProperties(related.relationshipProperties),
      ...(related.effectiveFromTime === undefined ? {} : { effectiveFrom: related.effectiveFromTime }),
      ...(related.effectiveToTime === undefined ? {} : { effectiveTo: related.effectiveToTime }),
    };
  }

  /** A valid value element with its correlation headers in the asset manager's scope. */
  async #validValue(
    element: OpenMetadataElement,
    request: Flags & { signal: AbortSignal },
  ): Promise<AssetManagerValidValueElement> {
    return {
      elementHeader: elementHeaderOf(element),
      ...(await this.#correlation(element, T.validValueDefinition, request)),
      validValueProperties: validValuePropertiesOf(element),
    };
  }

  async #validValues(
    elements: readonly OpenMetadataElement[],
    request: Flags & { signal: AbortSignal },
  ): Promise<AssetManagerValidValueElement[]> {
    const out: AssetManagerValidValueElement[] = [];
    for (const element of elements) out.push(await this.#validValue(element, request));
    return out;
  }

  /** The element's external identifiers in the asset manager's scope (none without an asset manager). */
  async #correlation(
    element: OpenMetadataElement,
    typeName: string,
    request: { signal: AbortSignal },
  ): Promise<{ correlationHeaders?: MetadataCorrelationHeader[] }> {
    const { assetManagerGUID, assetManagerName } = this.context;
    if (assetManagerGUID === undefined || element.elementGUID === undefined) return {};
    const headers = await this.#store.getExternalIdentifiers({
      signal: request.signal,
      openMetadataElementGUID: element.elementGUID,
      openMetadataElementTypeName: typeName,
      forLineage: false,
      forDuplicateProcessing: false,
      externalScopeGUID: assetManagerGUID,
      externalScopeName: assetManagerName,
    });
    return headers.length === 0 ? {} : { correlationHeaders: headers };
  }
}
