/**
 * Data Manager OMAS: schema types and schema attributes (SchemaManagerResource), which the files, topic, API and display contexts use for event schemas, API parameters and data fields: the typed client.
 */
import type {
  ElementStub,
  SchemaAttributeElement,
  SchemaTypeElement,
  ValidValueSetElement,
} from '../common/beans/elements';
import type {
  DerivedSchemaTypeQueryTargetRequestBody,
  EnumSchemaTypeRequestBody,
  FormulaRequestBody,
  LiteralSchemaTypeRequestBody,
  MapSchemaTypeRequestBody,
  MetadataSourceRequestBody,
  NameRequestBody,
  PrimitiveSchemaTypeRequestBody,
  RelationshipRequestBody,
  SchemaAttributeRequestBody,
  SchemaTypeChoiceRequestBody,
  SchemaTypeRequestBody,
  SearchStringRequestBody,
  StructSchemaTypeRequestBody,
} from '../common/beans/request-bodies';
import type { DataManagerTemplateRequestBody } from './data-manager-beans';
import type { OperationInvoker } from '../../operations/operation-invoker';
import { iteratePages, send, sendPage } from '../common/client-support';
import type { OmasCallOptions, OmasPagingOptions } from '../common/options';
import { DATA_MANAGER_SCHEMA_SERVICE } from './schema-manager-operations';

const ops = DATA_MANAGER_SCHEMA_SERVICE.operations;

/**
 * Data Manager OMAS: schema types and schema attributes (SchemaManagerResource), which the files, topic, API and display contexts use for event schemas, API parameters and data fields.
 * Each method sends one row of {@link DATA_MANAGER_SCHEMA_SERVICE} through an {@link OperationInvoker} (such as an
 * `OmasRestClient` for that table). Options carry the path values, the query values and the fields of
 * the request bean, under Egeria's names.
 * @public
 */
export class DataManagerSchemaClient {
  /** @param invoker - sends the operations, such as an `OmasRestClient` for `DATA_MANAGER_SCHEMA_SERVICE` */
  constructor(private readonly invoker: OperationInvoker) {}

  /**
   * Creates a primitive schema type (`POST /schema-types/primitives`).
   * @returns the GUID of what was created
   */
  async createPrimitiveSchemaType(options: OmasCallOptions & PrimitiveSchemaTypeRequestBody = {}): Promise<string> {
    return send<string>(this.invoker, ops.createPrimitiveSchemaType, options);
  }

  /**
   * Creates a literal schema type (`POST /schema-types/literals`).
   * @returns the GUID of what was created
   */
  async createLiteralSchemaType(options: OmasCallOptions & LiteralSchemaTypeRequestBody = {}): Promise<string> {
    return send<string>(this.invoker, ops.createLiteralSchemaType, options);
  }

  /**
   * Creates an enum schema type (`POST /schema-types/enums/valid-values/{validValuesSetGUID}`).
   * @returns the GUID of what was created
   */
  async createEnumSchemaType(
    options: OmasCallOptions & { readonly validValuesSetGUID: string } & EnumSchemaTypeRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.createEnumSchemaType, options);
  }

  /**
   * Returns one page of the valid value set with a name (`POST /valid-value-sets/by-name`).
   */
  async getValidValueSetByName(options: OmasPagingOptions & NameRequestBody = {}): Promise<ValidValueSetElement[]> {
    return sendPage<ValidValueSetElement>(this.invoker, ops.getValidValueSetByName, options);
  }

  /** Iterates over every element getValidValueSetByName returns, page by page from `startFrom`. */
  getValidValueSetByNameIterator(
    options: OmasPagingOptions & NameRequestBody = {},
  ): AsyncIterableIterator<ValidValueSetElement> {
    return iteratePages<ValidValueSetElement>(this.invoker, ops.getValidValueSetByName, options);
  }

  /**
   * Returns one page of the valid value set whose properties match a search string (a regular expression) (`POST /valid-value-sets/by-search-string`).
   */
  async findValidValueSet(options: OmasPagingOptions & SearchStringRequestBody = {}): Promise<ValidValueSetElement[]> {
    return sendPage<ValidValueSetElement>(this.invoker, ops.findValidValueSet, options);
  }

  /** Iterates over every element findValidValueSet returns, page by page from `startFrom`. */
  findValidValueSetIterator(
    options: OmasPagingOptions & SearchStringRequestBody = {},
  ): AsyncIterableIterator<ValidValueSetElement> {
    return iteratePages<ValidValueSetElement>(this.invoker, ops.findValidValueSet, options);
  }

  /**
   * Creates a struct schema type (`POST /schema-types/structs`).
   * @returns the GUID of what was created
   */
  async createStructSchemaType(options: OmasCallOptions & StructSchemaTypeRequestBody = {}): Promise<string> {
    return send<string>(this.invoker, ops.createStructSchemaType, options);
  }

  /**
   * Creates a schema type choice (`POST /schema-types/choices`).
   * @returns the GUID of what was created
   */
  async createSchemaTypeChoice(options: OmasCallOptions & SchemaTypeChoiceRequestBody = {}): Promise<string> {
    return send<string>(this.invoker, ops.createSchemaTypeChoice, options);
  }

  /**
   * Creates a map schema type (`POST /schema-types/maps/from/{mapFromSchemaTypeGUID}/to/{mapToSchemaTypeGUID}`).
   * @returns the GUID of what was created
   */
  async createMapSchemaType(
    options: OmasCallOptions & {
      readonly mapFromSchemaTypeGUID: string;
      readonly mapToSchemaTypeGUID: string;
    } & MapSchemaTypeRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.createMapSchemaType, options);
  }

  /**
   * Creates a schema type from template (`POST /schema-types/from-template/{templateGUID}`).
   * @returns the GUID of what was created
   */
  async createSchemaTypeFromTemplate(
    options: OmasCallOptions & { readonly templateGUID: string } & DataManagerTemplateRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.createSchemaTypeFromTemplate, options);
  }

  /**
   * Updates a schema type (`POST /schema-types/{schemaTypeGUID}`).
   */
  async updateSchemaType(
    options: OmasCallOptions & {
      readonly schemaTypeGUID: string;
      readonly isMergeUpdate: boolean;
    } & SchemaTypeRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updateSchemaType, options);
  }

  /**
   * Removes a schema type (`POST /schema-types/{schemaTypeGUID}/delete`).
   */
  async removeSchemaType(
    options: OmasCallOptions & { readonly schemaTypeGUID: string } & MetadataSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.removeSchemaType, options);
  }

  /**
   * Sets up a schema element relationship (`POST /schema-elements/{endOneGUID}/relationships/{relationshipTypeName}/schema-elements/{endTwoGUID}`).
   */
  async setupSchemaElementRelationship(
    options: OmasCallOptions & {
      readonly endOneGUID: string;
      readonly relationshipTypeName: string;
      readonly endTwoGUID: string;
    } & RelationshipRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.setupSchemaElementRelationship, options, {
      nested: { properties: 'RelationshipProperties' },
    });
  }

  /**
   * Clears a schema element relationship (`POST /schema-elements/{endOneGUID}/relationships/{relationshipTypeName}/schema-elements/{endTwoGUID}/delete`).
   */
  async clearSchemaElementRelationship(
    options: OmasCallOptions & {
      readonly endOneGUID: string;
      readonly relationshipTypeName: string;
      readonly endTwoGUID: string;
    } & MetadataSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.clearSchemaElementRelationship, options);
  }

  /**
   * Returns one page of the schema type whose properties match a search string (a regular expression) (`POST /schema-types/types/{typeName}/by-search-string`).
   */
  async findSchemaType(
    options: OmasPagingOptions & { readonly typeName: string } & SearchStringRequestBody,
  ): Promise<SchemaTypeElement[]> {
    return sendPage<SchemaTypeElement>(this.invoker, ops.findSchemaType, options, { alsoInBody: ['typeName'] });
  }

  /** Iterates over every element findSchemaType returns, page by page from `startFrom`. */
  findSchemaTypeIterator(
    options: OmasPagingOptions & { readonly typeName: string } & SearchStringRequestBody,
  ): AsyncIterableIterator<SchemaTypeElement> {
    return iteratePages<SchemaTypeElement>(this.invoker, ops.findSchemaType, options, { alsoInBody: ['typeName'] });
  }

  /**
   * Returns a schema type for element (`GET /schema-types/types/{parentElementTypeName}/by-parent-element/{parentElementGUID}`).
   */
  async getSchemaTypeForElement(
    options: OmasCallOptions & { readonly parentElementTypeName: string; readonly parentElementGUID: string },
  ): Promise<SchemaTypeElement | undefined> {
    return send<SchemaTypeElement | undefined>(this.invoker, ops.getSchemaTypeForElement, options);
  }

  /**
   * Returns one page of the schema type with a name (`POST /schema-types/types/{typeName}/by-name`).
   */
  async getSchemaTypeByName(
    options: OmasPagingOptions & { readonly typeName: string } & NameRequestBody,
  ): Promise<SchemaTypeElement[]> {
    return sendPage<SchemaTypeElement>(this.invoker, ops.getSchemaTypeByName, options);
  }

  /** Iterates over every element getSchemaTypeByName returns, page by page from `startFrom`. */
  getSchemaTypeByNameIterator(
    options: OmasPagingOptions & { readonly typeName: string } & NameRequestBody,
  ): AsyncIterableIterator<SchemaTypeElement> {
    return iteratePages<SchemaTypeElement>(this.invoker, ops.getSchemaTypeByName, options);
  }

  /**
   * Returns the schema type with the given GUID (`GET /schema-types/{schemaTypeGUID}`).
   */
  async getSchemaTypeByGUID(
    options: OmasCallOptions & { readonly schemaTypeGUID: string },
  ): Promise<SchemaTypeElement | undefined> {
    return send<SchemaTypeElement | undefined>(this.invoker, ops.getSchemaTypeByGUID, options);
  }

  /**
   * Returns a schema type parent (`GET /schema-types/{schemaTypeGUID}/parent`).
   */
  async getSchemaTypeParent(
    options: OmasCallOptions & { readonly schemaTypeGUID: string },
  ): Promise<ElementStub | undefined> {
    return send<ElementStub | undefined>(this.invoker, ops.getSchemaTypeParent, options);
  }

  /**
   * Creates a schema attribute (`POST /schema-attributes/attached-to/{schemaElementGUID}`).
   * @returns the GUID of what was created
   */
  async createSchemaAttribute(
    options: OmasCallOptions & { readonly schemaElementGUID: string } & SchemaAttributeRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.createSchemaAttribute, options, {
      nested: { schemaType: 'SchemaTypeProperties' },
    });
  }

  /**
   * Creates a schema attribute from template (`POST /schema-attributes/from-template/{templateGUID}/attached-to/{schemaElementGUID}`).
   * @returns the GUID of what was created
   */
  async createSchemaAttributeFromTemplate(
    options: OmasCallOptions & {
      readonly templateGUID: string;
      readonly schemaElementGUID: string;
    } & DataManagerTemplateRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.createSchemaAttributeFromTemplate, options);
  }

  /**
   * Sets up a schema type (`POST /schema-attributes/{schemaAttributeGUID}/schema-types/{schemaTypeGUID}/relationship-type-name/{relationshipTypeName}`).
   */
  async setupSchemaType(
    options: OmasCallOptions & {
      readonly schemaAttributeGUID: string;
      readonly schemaTypeGUID: string;
      readonly relationshipTypeName: string;
    } & MetadataSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.setupSchemaType, options);
  }

  /**
   * Clears schema types (`POST /schema-attributes/{schemaAttributeGUID}/schema-types/delete`).
   */
  async clearSchemaTypes(
    options: OmasCallOptions & { readonly schemaAttributeGUID: string } & MetadataSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.clearSchemaTypes, options);
  }

  /**
   * Updates a schema attribute (`POST /schema-attributes/{schemaAttributeGUID}`).
   */
  async updateSchemaAttribute(
    options: OmasCallOptions & {
      readonly schemaAttributeGUID: string;
      readonly isMergeUpdate: boolean;
    } & SchemaAttributeRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updateSchemaAttribute, options, { nested: { schemaType: 'SchemaTypeProperties' } });
  }

  /**
   * Removes a schema attribute (`POST /schema-attributes/{schemaAttributeGUID}/delete`).
   */
  async removeSchemaAttribute(
    options: OmasCallOptions & { readonly schemaAttributeGUID: string } & MetadataSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.removeSchemaAttribute, options);
  }

  /**
   * Returns one page of the schema attributes whose properties match a search string (a regular expression) (`POST /schema-attributes/types/{typeName}/by-search-string`).
   */
  async findSchemaAttributes(
    options: OmasPagingOptions & { readonly typeName: string } & SearchStringRequestBody,
  ): Promise<SchemaAttributeElement[]> {
    return sendPage<SchemaAttributeElement>(this.invoker, ops.findSchemaAttributes, options, {
      alsoInBody: ['typeName'],
    });
  }

  /** Iterates over every element findSchemaAttributes returns, page by page from `startFrom`. */
  findSchemaAttributesIterator(
    options: OmasPagingOptions & { readonly typeName: string } & SearchStringRequestBody,
  ): AsyncIterableIterator<SchemaAttributeElement> {
    return iteratePages<SchemaAttributeElement>(this.invoker, ops.findSchemaAttributes, options, {
      alsoInBody: ['typeName'],
    });
  }

  /**
   * Returns one page of the nested attributes (`GET /schema-elements/{parentSchemaElementGUID}/nested-attributes`).
   */
  async getNestedAttributes(
    options: OmasPagingOptions & { readonly parentSchemaElementGUID: string },
  ): Promise<SchemaAttributeElement[]> {
    return sendPage<SchemaAttributeElement>(this.invoker, ops.getNestedAttributes, options);
  }

  /** Iterates over every element getNestedAttributes returns, page by page from `startFrom`. */
  getNestedAttributesIterator(
    options: OmasPagingOptions & { readonly parentSchemaElementGUID: string },
  ): AsyncIterableIterator<SchemaAttributeElement> {
    return iteratePages<SchemaAttributeElement>(this.invoker, ops.getNestedAttributes, options);
  }

  /**
   * Returns one page of the schema attributes with a name (`POST /schema-attributes/types/{typeName}/by-name`).
   */
  async getSchemaAttributesByName(
    options: OmasPagingOptions & { readonly typeName: string } & NameRequestBody,
  ): Promise<SchemaAttributeElement[]> {
    return sendPage<SchemaAttributeElement>(this.invoker, ops.getSchemaAttributesByName, options);
  }

  /** Iterates over every element getSchemaAttributesByName returns, page by page from `startFrom`. */
  getSchemaAttributesByNameIterator(
    options: OmasPagingOptions & { readonly typeName: string } & NameRequestBody,
  ): AsyncIterableIterator<SchemaAttributeElement> {
    return iteratePages<SchemaAttributeElement>(this.invoker, ops.getSchemaAttributesByName, options);
  }

  /**
   * Returns the schema attribute with the given GUID (`GET /schema-attributes/{schemaAttributeGUID}`).
   */
  async getSchemaAttributeByGUID(
    options: OmasCallOptions & { readonly schemaAttributeGUID: string },
  ): Promise<SchemaAttributeElement | undefined> {
    return send<SchemaAttributeElement | undefined>(this.invoker, ops.getSchemaAttributeByGUID, options);
  }

  /**
   * Sets up a calculated value (`POST /schema-elements/{schemaElementGUID}/calculated-value`).
   */
  async setupCalculatedValue(
    options: OmasCallOptions & { readonly schemaElementGUID: string } & FormulaRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.setupCalculatedValue, options);
  }

  /**
   * Clears a calculated value (`POST /schema-elements/{schemaElementGUID}/calculated-value/delete`).
   */
  async clearCalculatedValue(
    options: OmasCallOptions & { readonly schemaElementGUID: string } & MetadataSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.clearCalculatedValue, options);
  }

  /**
   * Sets up a query target relationship (`POST /schema-elements/{derivedElementGUID}/query-targets/{queryTargetGUID}`).
   */
  async setupQueryTargetRelationship(
    options: OmasCallOptions & {
      readonly derivedElementGUID: string;
      readonly queryTargetGUID: string;
    } & DerivedSchemaTypeQueryTargetRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.setupQueryTargetRelationship, options, { alsoInBody: ['queryTargetGUID'] });
  }

  /**
   * Updates a query target relationship (`POST /schema-elements/{derivedElementGUID}/query-targets/{queryTargetGUID}/update`).
   */
  async updateQueryTargetRelationship(
    options: OmasCallOptions & {
      readonly derivedElementGUID: string;
      readonly queryTargetGUID: string;
    } & DerivedSchemaTypeQueryTargetRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updateQueryTargetRelationship, options, { alsoInBody: ['queryTargetGUID'] });
  }

  /**
   * Clears a query target relationship (`POST /schema-elements/{derivedElementGUID}/query-targets/{queryTargetGUID}/delete`).
   */
  async clearQueryTargetRelationship(
    options: OmasCallOptions & {
      readonly derivedElementGUID: string;
      readonly queryTargetGUID: string;
    } & MetadataSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.clearQueryTargetRelationship, options);
  }
}
