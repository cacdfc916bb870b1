/**
 * Asset Manager OMAS: schema types and schema attributes, keys and calculated values (SchemaExchangeResource), which the catalog integrator's schema exchange service and the lineage context use: the typed client.
 */
import type {
  AssetManagerEffectiveTimeQueryRequestBody,
  AssetManagerNameRequestBody,
  AssetManagerSchemaAttributeElement,
  AssetManagerSchemaAttributeRequestBody,
  AssetManagerSchemaTypeElement,
  AssetManagerSchemaTypeRequestBody,
  AssetManagerSearchStringRequestBody,
  CalculatedValueClassificationRequestBody,
  ForeignKeyRequestBody,
  TemplateRequestBody,
  UpdateRequestBody,
} from './asset-manager-beans';
import type { PrimaryKeyClassificationRequestBody, RelationshipRequestBody } from '../common/beans/request-bodies';
import type { ElementHeader } from '../../operations/element-header';
import type { OperationInvoker } from '../../operations/operation-invoker';
import { iteratePages, send, sendPage } from '../common/client-support';
import type { OmasCallOptions, OmasPagingOptions } from '../common/options';
import { ASSET_MANAGER_SCHEMA_SERVICE } from './schema-exchange-operations';

const ops = ASSET_MANAGER_SCHEMA_SERVICE.operations;

/**
 * Asset Manager OMAS: schema types and schema attributes, keys and calculated values (SchemaExchangeResource), which the catalog integrator's schema exchange service and the lineage context use.
 * Each method sends one row of {@link ASSET_MANAGER_SCHEMA_SERVICE} through an {@link OperationInvoker} (such as an
 * `OmasRestClient` for that table). Options carry the path values, the query values and the fields of
 * the request bean, under Egeria's names.
 * @public
 */
export class SchemaExchangeClient {
  /** @param invoker - sends the operations, such as an `OmasRestClient` for `ASSET_MANAGER_SCHEMA_SERVICE` */
  constructor(private readonly invoker: OperationInvoker) {}

  /**
   * Creates a schema type (`POST /schema-types`).
   * @returns the GUID of what was created
   */
  async createSchemaType(
    options: OmasCallOptions & {
      readonly assetManagerIsHome?: boolean;
      readonly anchorGUID?: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerSchemaTypeRequestBody = {},
  ): Promise<string> {
    return send<string>(this.invoker, ops.createSchemaType, options, {
      nested: { elementProperties: 'SchemaTypeProperties' },
    });
  }

  /**
   * Creates a schema type from template (`POST /schema-types/from-template/{templateGUID}`).
   * @returns the GUID of what was created
   */
  async createSchemaTypeFromTemplate(
    options: OmasCallOptions & {
      readonly templateGUID: string;
      readonly assetManagerIsHome?: boolean;
    } & TemplateRequestBody,
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
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerSchemaTypeRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updateSchemaType, options, { nested: { elementProperties: 'SchemaTypeProperties' } });
  }

  /**
   * Sets up a schema type parent (`POST /parents/{parentElementGUID}/{parentElementTypeName}/schema-types/{schemaTypeGUID}`).
   */
  async setupSchemaTypeParent(
    options: OmasCallOptions & {
      readonly parentElementGUID: string;
      readonly parentElementTypeName: string;
      readonly schemaTypeGUID: string;
      readonly assetManagerIsHome?: boolean;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & RelationshipRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.setupSchemaTypeParent, options, { nested: { properties: 'RelationshipProperties' } });
  }

  /**
   * Clears a schema type parent (`POST /parents/{parentElementGUID}/{parentElementTypeName}/schema-types/{schemaTypeGUID}/remove`).
   */
  async clearSchemaTypeParent(
    options: OmasCallOptions & {
      readonly parentElementGUID: string;
      readonly parentElementTypeName: string;
      readonly schemaTypeGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.clearSchemaTypeParent, options);
  }

  /**
   * Sets up a schema element relationship (`POST /schema-elements/{endOneGUID}/relationships/{relationshipTypeName}/schema-elements/{endTwoGUID}`).
   */
  async setupSchemaElementRelationship(
    options: OmasCallOptions & {
      readonly endOneGUID: string;
      readonly relationshipTypeName: string;
      readonly endTwoGUID: string;
      readonly assetManagerIsHome?: boolean;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & RelationshipRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.setupSchemaElementRelationship, options, {
      nested: { properties: 'RelationshipProperties' },
    });
  }

  /**
   * Clears a schema element relationship (`POST /schema-elements/{endOneGUID}/relationships/{relationshipTypeName}/schema-elements/{endTwoGUID}/remove`).
   */
  async clearSchemaElementRelationship(
    options: OmasCallOptions & {
      readonly endOneGUID: string;
      readonly relationshipTypeName: string;
      readonly endTwoGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.clearSchemaElementRelationship, options);
  }

  /**
   * Removes a schema type (`POST /schema-types/{schemaTypeGUID}/remove`).
   */
  async removeSchemaType(
    options: OmasCallOptions & {
      readonly schemaTypeGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & UpdateRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.removeSchemaType, options);
  }

  /**
   * Returns one page of the schema type whose properties match a search string (a regular expression) (`POST /schema-types/by-search-string`).
   */
  async findSchemaType(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerSearchStringRequestBody = {},
  ): Promise<AssetManagerSchemaTypeElement[]> {
    return sendPage<AssetManagerSchemaTypeElement>(this.invoker, ops.findSchemaType, options);
  }

  /** Iterates over every element findSchemaType returns, page by page from `startFrom`. */
  findSchemaTypeIterator(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerSearchStringRequestBody = {},
  ): AsyncIterableIterator<AssetManagerSchemaTypeElement> {
    return iteratePages<AssetManagerSchemaTypeElement>(this.invoker, ops.findSchemaType, options);
  }

  /**
   * Returns a schema type for element (`POST /parents/{parentElementTypeName}/{parentElementGUID}/schema-types/retrieve`).
   */
  async getSchemaTypeForElement(
    options: OmasCallOptions & {
      readonly parentElementTypeName: string;
      readonly parentElementGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<AssetManagerSchemaTypeElement | undefined> {
    return send<AssetManagerSchemaTypeElement | undefined>(this.invoker, ops.getSchemaTypeForElement, options);
  }

  /**
   * Returns one page of the schema type with a name (`POST /schema-types/by-name`).
   */
  async getSchemaTypeByName(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerNameRequestBody = {},
  ): Promise<AssetManagerSchemaTypeElement[]> {
    return sendPage<AssetManagerSchemaTypeElement>(this.invoker, ops.getSchemaTypeByName, options);
  }

  /** Iterates over every element getSchemaTypeByName returns, page by page from `startFrom`. */
  getSchemaTypeByNameIterator(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerNameRequestBody = {},
  ): AsyncIterableIterator<AssetManagerSchemaTypeElement> {
    return iteratePages<AssetManagerSchemaTypeElement>(this.invoker, ops.getSchemaTypeByName, options);
  }

  /**
   * Returns the schema type with the given GUID (`POST /schema-types/{schemaTypeGUID}/retrieve`).
   */
  async getSchemaTypeByGUID(
    options: OmasCallOptions & {
      readonly schemaTypeGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<AssetManagerSchemaTypeElement | undefined> {
    return send<AssetManagerSchemaTypeElement | undefined>(this.invoker, ops.getSchemaTypeByGUID, options);
  }

  /**
   * Returns a schema type parent (`POST /parents/schema-types/{schemaTypeGUID}/retrieve`).
   */
  async getSchemaTypeParent(
    options: OmasCallOptions & {
      readonly schemaTypeGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<ElementHeader | undefined> {
    return send<ElementHeader | undefined>(this.invoker, ops.getSchemaTypeParent, options);
  }

  /**
   * Creates a schema attribute (`POST /schema-elements/{schemaElementGUID}/schema-attributes`).
   * @returns the GUID of what was created
   */
  async createSchemaAttribute(
    options: OmasCallOptions & {
      readonly schemaElementGUID: string;
      readonly assetManagerIsHome?: boolean;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerSchemaAttributeRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.createSchemaAttribute, options, {
      nested: { elementProperties: 'SchemaAttributeProperties' },
    });
  }

  /**
   * Creates a schema attribute from template (`POST /schema-elements/{schemaElementGUID}/schema-attributes/from-template/{templateGUID}`).
   * @returns the GUID of what was created
   */
  async createSchemaAttributeFromTemplate(
    options: OmasCallOptions & {
      readonly schemaElementGUID: string;
      readonly templateGUID: string;
      readonly assetManagerIsHome?: boolean;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & TemplateRequestBody,
  ): Promise<string> {
    return send<string>(this.invoker, ops.createSchemaAttributeFromTemplate, options);
  }

  /**
   * Updates a schema attribute (`POST /schema-attributes/{schemaAttributeGUID}`).
   */
  async updateSchemaAttribute(
    options: OmasCallOptions & {
      readonly schemaAttributeGUID: string;
      readonly isMergeUpdate: boolean;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerSchemaAttributeRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updateSchemaAttribute, options, {
      nested: { elementProperties: 'SchemaAttributeProperties' },
    });
  }

  /**
   * Sets a schema element as calculated value (`POST /schema-elements/{schemaElementGUID}/is-calculated-value`).
   */
  async setSchemaElementAsCalculatedValue(
    options: OmasCallOptions & {
      readonly schemaElementGUID: string;
      readonly assetManagerIsHome?: boolean;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & CalculatedValueClassificationRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.setSchemaElementAsCalculatedValue, options);
  }

  /**
   * Clears a schema element as calculated value (`POST /schema-elements/{schemaElementGUID}/is-calculated-value/remove`).
   */
  async clearSchemaElementAsCalculatedValue(
    options: OmasCallOptions & {
      readonly schemaElementGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & UpdateRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.clearSchemaElementAsCalculatedValue, options);
  }

  /**
   * Sets up a column as primary key (`POST /schema-attributes/{schemaAttributeGUID}/is-primary-key`).
   */
  async setupColumnAsPrimaryKey(
    options: OmasCallOptions & {
      readonly schemaAttributeGUID: string;
      readonly assetManagerIsHome?: boolean;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & PrimaryKeyClassificationRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.setupColumnAsPrimaryKey, options, {
      nested: { primaryKeyProperties: 'PrimaryKeyProperties' },
    });
  }

  /**
   * Clears a column as primary key (`POST /schema-attributes/{schemaAttributeGUID}/is-primary-key/remove`).
   */
  async clearColumnAsPrimaryKey(
    options: OmasCallOptions & {
      readonly schemaAttributeGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & UpdateRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.clearColumnAsPrimaryKey, options);
  }

  /**
   * Sets up a foreign key relationship (`POST /schema-attributes/{primaryKeyGUID}/relationships/foreign-keys/{foreignKeyGUID}`).
   */
  async setupForeignKeyRelationship(
    options: OmasCallOptions & {
      readonly primaryKeyGUID: string;
      readonly foreignKeyGUID: string;
      readonly assetManagerIsHome?: boolean;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & ForeignKeyRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.setupForeignKeyRelationship, options, {
      nested: { properties: 'ForeignKeyProperties' },
    });
  }

  /**
   * Updates a foreign key relationship (`POST /schema-attributes/{primaryKeyGUID}/relationships/foreign-keys/{foreignKeyGUID}/update`).
   */
  async updateForeignKeyRelationship(
    options: OmasCallOptions & {
      readonly primaryKeyGUID: string;
      readonly foreignKeyGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & ForeignKeyRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updateForeignKeyRelationship, options, {
      nested: { properties: 'ForeignKeyProperties' },
    });
  }

  /**
   * Clears a foreign key relationship (`POST /schema-attributes/{primaryKeyGUID}/relationships/foreign-keys/{foreignKeyGUID}/remove`).
   */
  async clearForeignKeyRelationship(
    options: OmasCallOptions & {
      readonly primaryKeyGUID: string;
      readonly foreignKeyGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.clearForeignKeyRelationship, options);
  }

  /**
   * Removes a schema attribute (`POST /schema-attributes/{schemaAttributeGUID}/remove`).
   */
  async removeSchemaAttribute(
    options: OmasCallOptions & {
      readonly schemaAttributeGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & UpdateRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.removeSchemaAttribute, options);
  }

  /**
   * Returns one page of the schema attributes whose properties match a search string (a regular expression) (`POST /schema-attributes/by-search-string`).
   */
  async findSchemaAttributes(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerSearchStringRequestBody = {},
  ): Promise<AssetManagerSchemaAttributeElement[]> {
    return sendPage<AssetManagerSchemaAttributeElement>(this.invoker, ops.findSchemaAttributes, options);
  }

  /** Iterates over every element findSchemaAttributes returns, page by page from `startFrom`. */
  findSchemaAttributesIterator(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerSearchStringRequestBody = {},
  ): AsyncIterableIterator<AssetManagerSchemaAttributeElement> {
    return iteratePages<AssetManagerSchemaAttributeElement>(this.invoker, ops.findSchemaAttributes, options);
  }

  /**
   * Returns one page of the nested attributes (`POST /schema-elements/{parentSchemaElementGUID}/schema-attributes/retrieve`).
   */
  async getNestedAttributes(
    options: OmasPagingOptions & {
      readonly parentSchemaElementGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<AssetManagerSchemaAttributeElement[]> {
    return sendPage<AssetManagerSchemaAttributeElement>(this.invoker, ops.getNestedAttributes, options);
  }

  /** Iterates over every element getNestedAttributes returns, page by page from `startFrom`. */
  getNestedAttributesIterator(
    options: OmasPagingOptions & {
      readonly parentSchemaElementGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): AsyncIterableIterator<AssetManagerSchemaAttributeElement> {
    return iteratePages<AssetManagerSchemaAttributeElement>(this.invoker, ops.getNestedAttributes, options);
  }

  /**
   * Returns one page of the schema attributes with a name (`POST /schema-attributes/by-name`).
   */
  async getSchemaAttributesByName(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerNameRequestBody = {},
  ): Promise<AssetManagerSchemaAttributeElement[]> {
    return sendPage<AssetManagerSchemaAttributeElement>(this.invoker, ops.getSchemaAttributesByName, options);
  }

  /** Iterates over every element getSchemaAttributesByName returns, page by page from `startFrom`. */
  getSchemaAttributesByNameIterator(
    options: OmasPagingOptions & {
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerNameRequestBody = {},
  ): AsyncIterableIterator<AssetManagerSchemaAttributeElement> {
    return iteratePages<AssetManagerSchemaAttributeElement>(this.invoker, ops.getSchemaAttributesByName, options);
  }

  /**
   * Returns the schema attribute with the given GUID (`POST /schema-attributes/{schemaAttributeGUID}/retrieve`).
   */
  async getSchemaAttributeByGUID(
    options: OmasCallOptions & {
      readonly schemaAttributeGUID: string;
      readonly forLineage?: boolean;
      readonly forDuplicateProcessing?: boolean;
    } & AssetManagerEffectiveTimeQueryRequestBody,
  ): Promise<AssetManagerSchemaAttributeElement | undefined> {
    return send<AssetManagerSchemaAttributeElement | undefined>(this.invoker, ops.getSchemaAttributeByGUID, options);
  }
}
