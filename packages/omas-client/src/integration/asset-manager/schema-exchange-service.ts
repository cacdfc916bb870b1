import { SchemaExchangeClient } from '../../services/asset-manager/schema-exchange-client';
import { ASSET_MANAGER_SCHEMA_SERVICE } from '../../services/asset-manager/schema-exchange-operations';
import type {
  AssetManagerSchemaAttributeElement,
  AssetManagerSchemaTypeElement,
} from '../../services/asset-manager/asset-manager-beans';
import type { ElementHeader } from '../../operations/element-header';
import {
  AssetManagerExchangeServiceBase,
  typeNameOf,
  type AssetManagerExchangeContext,
} from './asset-manager-exchange-base';
import type {
  AssetManagerNameOptions,
  AssetManagerSearchOptions,
  AssetManagerTemplateOptions,
  EffectiveTimeOption,
} from './asset-manager-exchange-options';
import type {
  CalculatedValueOptions,
  CreateAnchoredSchemaTypeOptions,
  AssetManagerCreateSchemaAttributeFromTemplateOptions,
  AssetManagerCreateSchemaAttributeOptions,
  CreateSchemaTypeOptions,
  ForeignKeyOptions,
  AssetManagerNestedAttributesOptions,
  PrimaryKeyOptions,
  SchemaAttributeGUIDOptions,
  SchemaElementGUIDOptions,
  SchemaElementRelationshipOptions,
  SchemaTypeForElementOptions,
  SchemaTypeGUIDOptions,
  SchemaTypeParentOptions,
  AssetManagerUpdateSchemaAttributeOptions,
  UpdateSchemaTypeOptions,
} from './schema-exchange-options';

/** The open metadata type names the schema exchange counts its changes under. @public */
export const SCHEMA_ELEMENT_TYPE_NAMES = Object.freeze({
  /** A schema type (or a subtype named in its properties). */
  schemaType: 'SchemaType',
  /** A schema attribute (or a subtype named in its properties). */
  schemaAttribute: 'SchemaAttribute',
  /** A schema element, when it is not known which. */
  schemaElement: 'SchemaElement',
});

const T = SCHEMA_ELEMENT_TYPE_NAMES;

/**
 * Schema types and attributes through the Asset Manager OMAS (Egeria 5.2's `SchemaExchangeService`
 * of the catalog integrator, and the schema methods of the lineage integrator): the structure of the data in an asset or passing through a port,
 * with calculated values, primary keys and foreign keys. Every write carries the asset manager as
 * the correlation scope, goes through the context's permitted synchronization guard and is counted
 * in its activity report (a relationship or classification counts as an update of the element it
 * concerns). Egeria 5.2 ships this service but its context never hands it out; egeria-ts does
 * (`getSchemaExchangeService`).
 * @public
 */
export class SchemaExchangeService extends AssetManagerExchangeServiceBase {
  readonly #client: SchemaExchangeClient;

  /**
   * @param context - the integration context that owns the service
   * @param forLineage - the initial `forLineage` flag (false in the catalog integrator, true in the lineage integrator)
   */
  constructor(context: AssetManagerExchangeContext, forLineage = false) {
    super(context, forLineage);
    this.#client = new SchemaExchangeClient(context.partnerInvoker(ASSET_MANAGER_SCHEMA_SERVICE));
  }

  // ---------------------------------------------------------------- schema types

  /** Creates a schema type. @returns its GUID */
  async createSchemaType(options: CreateSchemaTypeOptions): Promise<string> {
    return this.#createSchemaType('createSchemaType', options);
  }

  /** Creates a schema type anchored to another element (deleted with it). @returns its GUID */
  async createAnchoredSchemaType(options: CreateAnchoredSchemaTypeOptions): Promise<string> {
    return this.#createSchemaType('createAnchoredSchemaType', options);
  }

  /** Creates a schema type by copying a template. @returns its GUID */
  async createSchemaTypeFromTemplate(options: AssetManagerTemplateOptions): Promise<string> {
    const o = this.context.requireOptions('createSchemaTypeFromTemplate', options);
    return this.context.write(
      'createSchemaTypeFromTemplate',
      (signal) =>
        this.#client.createSchemaTypeFromTemplate({
          signal,
          templateGUID: o.templateGUID,
          assetManagerIsHome: o.assetManagerIsHome ?? true,
          metadataCorrelationProperties: this.correlation(o.externalIdentifierProperties),
          elementProperties: o.templateProperties,
        }),
      this.created(T.schemaType),
    );
  }

  /** Updates a schema type: replaces its properties, or merges them with `isMergeUpdate`. */
  async updateSchemaType(options: UpdateSchemaTypeOptions): Promise<void> {
    const o = this.context.requireOptions('updateSchemaType', options);
    await this.context.write(
      'updateSchemaType',
      (signal) =>
        this.#client.updateSchemaType({
          signal,
          ...this.flags(),
          schemaTypeGUID: o.schemaTypeGUID,
          isMergeUpdate: o.isMergeUpdate ?? false,
          ...this.updateBody(o),
          elementProperties: o.schemaTypeProperties,
        }),
      this.updated(T.schemaType, o.schemaTypeGUID, o.schemaTypeProperties),
    );
  }

  /** Makes a schema type the schema of an asset (AssetSchemaType) or a port (PortSchema). */
  async setupSchemaTypeParent(options: SchemaTypeParentOptions): Promise<void> {
    const o = this.context.requireOptions('setupSchemaTypeParent', options);
    await this.context.write(
      'setupSchemaTypeParent',
      (signal) =>
        this.#client.setupSchemaTypeParent({
          signal,
          ...this.flags(),
          assetManagerIsHome: o.assetManagerIsHome ?? true,
          parentElementGUID: o.parentElementGUID,
          parentElementTypeName: o.parentElementTypeName,
          schemaTypeGUID: o.schemaTypeGUID,
          ...this.relationshipSource(o),
          properties: o.properties,
        }),
      this.updated(T.schemaType, o.schemaTypeGUID),
    );
  }

  /** Detaches a schema type from its asset or port. */
  async clearSchemaTypeParent(options: SchemaTypeParentOptions): Promise<void> {
    const o = this.context.requireOptions('clearSchemaTypeParent', options);
    await this.context.write(
      'clearSchemaTypeParent',
      (signal) =>
        this.#client.clearSchemaTypeParent({
          signal,
          ...this.flags(),
          parentElementGUID: o.parentElementGUID,
          parentElementTypeName: o.parentElementTypeName,
          schemaTypeGUID: o.schemaTypeGUID,
          ...this.scope(o),
        }),
      this.updated(T.schemaType, o.schemaTypeGUID),
    );
  }

  /** Links two schema elements with a relationship of the type named. */
  async setupSchemaElementRelationship(options: SchemaElementRelationshipOptions): Promise<void> {
    const o = this.context.requireOptions('setupSchemaElementRelationship', options);
    await this.context.write(
      'setupSchemaElementRelationship',
      (signal) =>
        this.#client.setupSchemaElementRelationship({
          signal,
          ...this.flags(),
          assetManagerIsHome: o.assetManagerIsHome ?? true,
          endOneGUID: o.endOneGUID,
          relationshipTypeName: o.relationshipName,
          endTwoGUID: o.endTwoGUID,
          ...this.relationshipSource(o),
          properties: o.properties,
        }),
      this.updated(T.schemaElement, o.endOneGUID),
    );
  }

  /** Removes the relationship of the type named between two schema elements. */
  async clearSchemaElementRelationship(options: SchemaElementRelationshipOptions): Promise<void> {
    const o = this.context.requireOptions('clearSchemaElementRelationship', options);
    await this.context.write(
      'clearSchemaElementRelationship',
      (signal) =>
        this.#client.clearSchemaElementRelationship({
          signal,
          ...this.flags(),
          endOneGUID: o.endOneGUID,
          relationshipTypeName: o.relationshipName,
          endTwoGUID: o.endTwoGUID,
          ...this.scope(o),
        }),
      this.updated(T.schemaElement, o.endOneGUID),
    );
  }

  /** Removes a schema type with its attributes. */
  async removeSchemaType(options: SchemaTypeGUIDOptions): Promise<void> {
    const o = this.context.requireOptions('removeSchemaType', options);
    await this.context.write(
      'removeSchemaType',
      (signal) =>
        this.#client.removeSchemaType({
          signal,
          ...this.flags(),
          schemaTypeGUID: o.schemaTypeGUID,
          ...this.updateBody(o),
        }),
      this.deleted(T.schemaType, o.schemaTypeGUID),
    );
  }

  /** Schema types whose properties match a search string (one page). */
  async findSchemaType(options: AssetManagerSearchOptions): Promise<AssetManagerSchemaTypeElement[]> {
    return this.list('findSchemaType', options, (request) =>
      this.#client.findSchemaType({
        ...request,
        ...this.scope(options),
        searchString: options.searchString,
        searchStringParameterName: 'searchString',
      }),
    );
  }

  /** The schema type of an asset or port, or undefined. */
  async getSchemaTypeForElement(
    options: SchemaTypeForElementOptions,
  ): Promise<AssetManagerSchemaTypeElement | undefined> {
    return this.one('getSchemaTypeForElement', options, (o, request) =>
      this.#client.getSchemaTypeForElement({
        ...request,
        parentElementGUID: o.parentElementGUID,
        parentElementTypeName: o.parentElementTypeName,
        ...this.scope(o),
      }),
    );
  }

  /** Schema types with a name or qualified name (one page). */
  async getSchemaTypeByName(options: AssetManagerNameOptions): Promise<AssetManagerSchemaTypeElement[]> {
    return this.list('getSchemaTypeByName', options, (request) =>
      this.#client.getSchemaTypeByName({
        ...request,
        ...this.scope(options),
        name: options.name,
        nameParameterName: 'name',
      }),
    );
  }

  /** One schema type, or undefined. */
  async getSchemaTypeByGUID(
    options: { readonly schemaTypeGUID: string } & EffectiveTimeOption,
  ): Promise<AssetManagerSchemaTypeElement | undefined> {
    return this.one('getSchemaTypeByGUID', options, (o, request) =>
      this.#client.getSchemaTypeByGUID({ ...request, schemaTypeGUID: o.schemaTypeGUID, ...this.scope(o) }),
    );
  }

  /** The header of the asset or port a schema type belongs to, or undefined. */
  async getSchemaTypeParent(
    options: { readonly schemaTypeGUID: string } & EffectiveTimeOption,
  ): Promise<ElementHeader | undefined> {
    return this.one('getSchemaTypeParent', options, (o, request) =>
      this.#client.getSchemaTypeParent({ ...request, schemaTypeGUID: o.schemaTypeGUID, ...this.scope(o) }),
    );
  }

  // ---------------------------------------------------------------- schema attributes

  /** Creates a schema attribute nested in a schema type or attribute. @returns its GUID */
  async createSchemaAttribute(options: AssetManagerCreateSchemaAttributeOptions): Promise<string> {
    const o = this.context.requireOptions('createSchemaAttribute', options);
    return this.context.write(
      'createSchemaAttribute',
      (signal) =>
        this.#client.createSchemaAttribute({
          signal,
          ...this.flags(),
          schemaElementGUID: o.schemaElementGUID,
          assetManagerIsHome: o.assetManagerIsHome ?? true,
          metadataCorrelationProperties: this.correlation(o.externalIdentifierProperties),
          elementProperties: o.schemaAttributeProperties,
          effectiveTime: o.effectiveTime,
        }),
      this.created(typeNameOf(o.schemaAttributeProperties, T.schemaAttribute)),
    );
  }

  /** Creates a schema attribute by copying a template, nested in a schema type or attribute. @returns its GUID */
  async createSchemaAttributeFromTemplate(
    options: AssetManagerCreateSchemaAttributeFromTemplateOptions,
  ): Promise<string> {
    const o = this.context.requireOptions('createSchemaAttributeFromTemplate', options);
    return this.context.write(
      'createSchemaAttributeFromTemplate',
      (signal) =>
        this.#client.createSchemaAttributeFromTemplate({
          signal,
          ...this.flags(),
          schemaElementGUID: o.schemaElementGUID,
          templateGUID: o.templateGUID,
          assetManagerIsHome: o.assetManagerIsHome ?? true,
          metadataCorrelationProperties: this.correlation(o.externalIdentifierProperties),
          elementProperties: o.templateProperties,
          effectiveTime: o.effectiveTime,
        }),
      this.created(T.schemaAttribute),
    );
  }

  /** Updates a schema attribute: replaces its properties, or merges them with `isMergeUpdate`. */
  async updateSchemaAttribute(options: AssetManagerUpdateSchemaAttributeOptions): Promise<void> {
    const o = this.context.requireOptions('updateSchemaAttribute', options);
    await this.context.write(
      'updateSchemaAttribute',
      (signal) =>
        this.#client.updateSchemaAttribute({
          signal,
          ...this.flags(),
          schemaAttributeGUID: o.schemaAttributeGUID,
          isMergeUpdate: o.isMergeUpdate ?? false,
          ...this.updateBody(o),
          elementProperties: o.schemaAttributeProperties,
        }),
      this.updated(T.schemaAttribute, o.schemaAttributeGUID, o.schemaAttributeProperties),
    );
  }

  /** Marks a schema element as holding a calculated value (the CalculatedValue classification). */
  async setSchemaElementAsCalculatedValue(options: CalculatedValueOptions): Promise<void> {
    const o = this.context.requireOptions('setSchemaElementAsCalculatedValue', options);
    await this.context.write(
      'setSchemaElementAsCalculatedValue',
      (signal) =>
        this.#client.setSchemaElementAsCalculatedValue({
          signal,
          ...this.flags(),
          schemaElementGUID: o.schemaElementGUID,
          assetManagerIsHome: o.assetManagerIsHome ?? true,
          ...this.updateBody(o),
          formula: o.formula,
        }),
      this.updated(T.schemaElement, o.schemaElementGUID),
    );
  }

  /** Removes the CalculatedValue classification from a schema element. */
  async clearSchemaElementAsCalculatedValue(options: SchemaElementGUIDOptions): Promise<void> {
    const o = this.context.requireOptions('clearSchemaElementAsCalculatedValue', options);
    await this.context.write(
      'clearSchemaElementAsCalculatedValue',
      (signal) =>
        this.#client.clearSchemaElementAsCalculatedValue({
          signal,
          ...this.flags(),
          schemaElementGUID: o.schemaElementGUID,
          ...this.updateBody(o),
        }),
      this.updated(T.schemaElement, o.schemaElementGUID),
    );
  }

  /** Makes a schema attribute (part of) a primary key (the PrimaryKey classification). */
  async setupColumnAsPrimaryKey(options: PrimaryKeyOptions): Promise<void> {
    const o = this.context.requireOptions('setupColumnAsPrimaryKey', options);
    await this.context.write(
      'setupColumnAsPrimaryKey',
      (signal) =>
        this.#client.setupColumnAsPrimaryKey({
          signal,
          ...this.flags(),
          schemaAttributeGUID: o.schemaAttributeGUID,
          assetManagerIsHome: o.assetManagerIsHome ?? true,
          primaryKeyProperties: { name: o.primaryKeyName, keyPattern: o.primaryKeyPattern },
          ...this.relationshipSource(o),
        }),
      this.updated(T.schemaAttribute, o.schemaAttributeGUID),
    );
  }

  /** Removes the PrimaryKey classification from a schema attribute. */
  async clearColumnAsPrimaryKey(options: SchemaAttributeGUIDOptions): Promise<void> {
    const o = this.context.requireOptions('clearColumnAsPrimaryKey', options);
    await this.context.write(
      'clearColumnAsPrimaryKey',
      (signal) =>
        this.#client.clearColumnAsPrimaryKey({
          signal,
          ...this.flags(),
          schemaAttributeGUID: o.schemaAttributeGUID,
          ...this.updateBody(o),
        }),
      this.updated(T.schemaAttribute, o.schemaAttributeGUID),
    );
  }

  /** Links a foreign key attribute to the primary key attribute it refers to (ForeignKey). */
  async setupForeignKeyRelationship(options: ForeignKeyOptions): Promise<void> {
    const o = this.context.requireOptions('setupForeignKeyRelationship', options);
    await this.context.write(
      'setupForeignKeyRelationship',
      (signal) =>
        this.#client.setupForeignKeyRelationship({
          signal,
          ...this.flags(),
          primaryKeyGUID: o.primaryKeyGUID,
          foreignKeyGUID: o.foreignKeyGUID,
          assetManagerIsHome: o.assetManagerIsHome ?? true,
          ...this.scope(o),
          properties: o.foreignKeyProperties,
        }),
      this.updated(T.schemaAttribute, o.foreignKeyGUID),
    );
  }

  /** Changes the properties of a foreign key relationship. */
  async updateForeignKeyRelationship(options: ForeignKeyOptions): Promise<void> {
    const o = this.context.requireOptions('updateForeignKeyRelationship', options);
    await this.context.write(
      'updateForeignKeyRelationship',
      (signal) =>
        this.#client.updateForeignKeyRelationship({
          signal,
          ...this.flags(),
          primaryKeyGUID: o.primaryKeyGUID,
          foreignKeyGUID: o.foreignKeyGUID,
          ...this.scope(o),
          properties: o.foreignKeyProperties,
        }),
      this.updated(T.schemaAttribute, o.foreignKeyGUID),
    );
  }

  /** Removes a foreign key relationship. */
  async clearForeignKeyRelationship(options: ForeignKeyOptions): Promise<void> {
    const o = this.context.requireOptions('clearForeignKeyRelationship', options);
    await this.context.write(
      'clearForeignKeyRelationship',
      (signal) =>
        this.#client.clearForeignKeyRelationship({
          signal,
          ...this.flags(),
          primaryKeyGUID: o.primaryKeyGUID,
          foreignKeyGUID: o.foreignKeyGUID,
          ...this.scope(o),
        }),
      this.updated(T.schemaAttribute, o.foreignKeyGUID),
    );
  }

  /** Removes a schema attribute with the attributes nested in it. */
  async removeSchemaAttribute(options: SchemaAttributeGUIDOptions): Promise<void> {
    const o = this.context.requireOptions('removeSchemaAttribute', options);
    await this.context.write(
      'removeSchemaAttribute',
      (signal) =>
        this.#client.removeSchemaAttribute({
          signal,
          ...this.flags(),
          schemaAttributeGUID: o.schemaAttributeGUID,
          ...this.updateBody(o),
        }),
      this.deleted(T.schemaAttribute, o.schemaAttributeGUID),
    );
  }

  /** Schema attributes whose properties match a search string (one page). */
  async findSchemaAttributes(options: AssetManagerSearchOptions): Promise<AssetManagerSchemaAttributeElement[]> {
    return this.list('findSchemaAttributes', options, (request) =>
      this.#client.findSchemaAttributes({
        ...request,
        ...this.scope(options),
        searchString: options.searchString,
        searchStringParameterName: 'searchString',
      }),
    );
  }

  /** The attributes directly nested in a schema type or attribute (one page). */
  async getNestedAttributes(
    options: AssetManagerNestedAttributesOptions,
  ): Promise<AssetManagerSchemaAttributeElement[]> {
    return this.list('getNestedAttributes', options, (request) =>
      this.#client.getNestedAttributes({
        ...request,
        parentSchemaElementGUID: options.parentSchemaElementGUID,
        ...this.scope(options),
      }),
    );
  }

  /** Schema attributes with a name or qualified name (one page). */
  async getSchemaAttributesByName(options: AssetManagerNameOptions): Promise<AssetManagerSchemaAttributeElement[]> {
    return this.list('getSchemaAttributesByName', options, (request) =>
      this.#client.getSchemaAttributesByName({
        ...request,
        ...this.scope(options),
        name: options.name,
        nameParameterName: 'name',
      }),
    );
  }

  /** One schema attribute, or undefined. */
  async getSchemaAttributeByGUID(
    options: { readonly schemaAttributeGUID: string } & EffectiveTimeOption,
  ): Promise<AssetManagerSchemaAttributeElement | undefined> {
    return this.one('getSchemaAttributeByGUID', options, (o, request) =>
      this.#client.getSchemaAttributeByGUID({
        ...request,
        schemaAttributeGUID: o.schemaAttributeGUID,
        ...this.scope(o),
      }),
    );
  }

  async #createSchemaType(
    operation: string,
    options: CreateSchemaTypeOptions & { readonly anchorGUID?: string },
  ): Promise<string> {
    const o = this.context.requireOptions(operation, options);
    return this.context.write(
      operation,
      (signal) =>
        this.#client.createSchemaType({
          signal,
          ...this.flags(),
          assetManagerIsHome: o.assetManagerIsHome ?? true,
          anchorGUID: o.anchorGUID,
          metadataCorrelationProperties: this.correlation(o.externalIdentifierProperties),
          elementProperties: o.schemaTypeProperties,
        }),
      this.created(typeNameOf(o.schemaTypeProperties, T.schemaType)),
    );
  }
}
