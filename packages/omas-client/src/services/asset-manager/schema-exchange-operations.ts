/**
 * Asset Manager OMAS: schema types and schema attributes, keys and calculated values (SchemaExchangeResource), which the catalog integrator's schema exchange service and the lineage context use.
 * Each row is checked against the Spring resource class of Egeria 5.2 (commit 19177ef7); the paths
 * are below the service root, and where Egeria's Java client and server disagree the row follows the server.
 */
import {
  CREATES,
  GUID_RESPONSE,
  LINEAGE_FLAGS,
  MERGE_UPDATE,
  VOID_RESPONSE,
  defineService,
  elementList,
  isHome,
  optional,
  paged,
  post,
  single,
  type OperationRow,
} from '../common/operation-rows';

/** The name of an operation of {@link ASSET_MANAGER_SCHEMA_SERVICE}. @public */
export type AssetManagerSchemaOperationName =
  | 'createSchemaType'
  | 'createSchemaTypeFromTemplate'
  | 'updateSchemaType'
  | 'setupSchemaTypeParent'
  | 'clearSchemaTypeParent'
  | 'setupSchemaElementRelationship'
  | 'clearSchemaElementRelationship'
  | 'removeSchemaType'
  | 'findSchemaType'
  | 'getSchemaTypeForElement'
  | 'getSchemaTypeByName'
  | 'getSchemaTypeByGUID'
  | 'getSchemaTypeParent'
  | 'createSchemaAttribute'
  | 'createSchemaAttributeFromTemplate'
  | 'updateSchemaAttribute'
  | 'setSchemaElementAsCalculatedValue'
  | 'clearSchemaElementAsCalculatedValue'
  | 'setupColumnAsPrimaryKey'
  | 'clearColumnAsPrimaryKey'
  | 'setupForeignKeyRelationship'
  | 'updateForeignKeyRelationship'
  | 'clearForeignKeyRelationship'
  | 'removeSchemaAttribute'
  | 'findSchemaAttributes'
  | 'getNestedAttributes'
  | 'getSchemaAttributesByName'
  | 'getSchemaAttributeByGUID';

/** The operations, keyed by the name of the Java client method that sends them. */
const rows: Readonly<Record<AssetManagerSchemaOperationName, OperationRow>> = {
  createSchemaType: post(
    '/schema-types',
    'SchemaTypeRequestBody',
    GUID_RESPONSE,
    isHome('assetManagerIsHome'),
    optional('anchorGUID', 'null'),
    LINEAGE_FLAGS,
    CREATES,
  ),
  createSchemaTypeFromTemplate: post(
    '/schema-types/from-template/{templateGUID}',
    'TemplateRequestBody',
    GUID_RESPONSE,
    isHome('assetManagerIsHome'),
    CREATES,
  ),
  updateSchemaType: post(
    '/schema-types/{schemaTypeGUID}',
    'SchemaTypeRequestBody',
    VOID_RESPONSE,
    MERGE_UPDATE,
    LINEAGE_FLAGS,
  ),
  setupSchemaTypeParent: post(
    '/parents/{parentElementGUID}/{parentElementTypeName}/schema-types/{schemaTypeGUID}',
    'RelationshipRequestBody',
    VOID_RESPONSE,
    isHome('assetManagerIsHome'),
    LINEAGE_FLAGS,
    CREATES,
  ),
  clearSchemaTypeParent: post(
    '/parents/{parentElementGUID}/{parentElementTypeName}/schema-types/{schemaTypeGUID}/remove',
    'EffectiveTimeQueryRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
  ),
  setupSchemaElementRelationship: post(
    '/schema-elements/{endOneGUID}/relationships/{relationshipTypeName}/schema-elements/{endTwoGUID}',
    'RelationshipRequestBody',
    VOID_RESPONSE,
    isHome('assetManagerIsHome'),
    LINEAGE_FLAGS,
    CREATES,
  ),
  clearSchemaElementRelationship: post(
    '/schema-elements/{endOneGUID}/relationships/{relationshipTypeName}/schema-elements/{endTwoGUID}/remove',
    'EffectiveTimeQueryRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
  ),
  removeSchemaType: post('/schema-types/{schemaTypeGUID}/remove', 'UpdateRequestBody', VOID_RESPONSE, LINEAGE_FLAGS),
  findSchemaType: post(
    '/schema-types/by-search-string',
    'SearchStringRequestBody',
    elementList('SchemaTypeElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
  ),
  getSchemaTypeForElement: post(
    '/parents/{parentElementTypeName}/{parentElementGUID}/schema-types/retrieve',
    'EffectiveTimeQueryRequestBody',
    single('SchemaTypeElementResponse'),
    LINEAGE_FLAGS,
  ),
  getSchemaTypeByName: post(
    '/schema-types/by-name',
    'NameRequestBody',
    elementList('SchemaTypeElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
  ),
  getSchemaTypeByGUID: post(
    '/schema-types/{schemaTypeGUID}/retrieve',
    'EffectiveTimeQueryRequestBody',
    single('SchemaTypeElementResponse'),
    LINEAGE_FLAGS,
  ),
  getSchemaTypeParent: post(
    '/parents/schema-types/{schemaTypeGUID}/retrieve',
    'EffectiveTimeQueryRequestBody',
    single('ElementHeaderResponse'),
    LINEAGE_FLAGS,
  ),
  createSchemaAttribute: post(
    '/schema-elements/{schemaElementGUID}/schema-attributes',
    'SchemaAttributeRequestBody',
    GUID_RESPONSE,
    isHome('assetManagerIsHome'),
    LINEAGE_FLAGS,
    CREATES,
  ),
  createSchemaAttributeFromTemplate: post(
    '/schema-elements/{schemaElementGUID}/schema-attributes/from-template/{templateGUID}',
    'TemplateRequestBody',
    GUID_RESPONSE,
    isHome('assetManagerIsHome'),
    LINEAGE_FLAGS,
    CREATES,
  ),
  updateSchemaAttribute: post(
    '/schema-attributes/{schemaAttributeGUID}',
    'SchemaAttributeRequestBody',
    VOID_RESPONSE,
    MERGE_UPDATE,
    LINEAGE_FLAGS,
  ),
  setSchemaElementAsCalculatedValue: post(
    '/schema-elements/{schemaElementGUID}/is-calculated-value',
    'CalculatedValueClassificationRequestBody',
    VOID_RESPONSE,
    isHome('assetManagerIsHome'),
    LINEAGE_FLAGS,
  ),
  clearSchemaElementAsCalculatedValue: post(
    '/schema-elements/{schemaElementGUID}/is-calculated-value/remove',
    'UpdateRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
  ),
  setupColumnAsPrimaryKey: post(
    '/schema-attributes/{schemaAttributeGUID}/is-primary-key',
    'PrimaryKeyClassificationRequestBody',
    VOID_RESPONSE,
    isHome('assetManagerIsHome'),
    LINEAGE_FLAGS,
    CREATES,
  ),
  clearColumnAsPrimaryKey: post(
    '/schema-attributes/{schemaAttributeGUID}/is-primary-key/remove',
    'UpdateRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
  ),
  setupForeignKeyRelationship: post(
    '/schema-attributes/{primaryKeyGUID}/relationships/foreign-keys/{foreignKeyGUID}',
    'ForeignKeyRequestBody',
    VOID_RESPONSE,
    isHome('assetManagerIsHome'),
    LINEAGE_FLAGS,
    CREATES,
  ),
  updateForeignKeyRelationship: post(
    '/schema-attributes/{primaryKeyGUID}/relationships/foreign-keys/{foreignKeyGUID}/update',
    'ForeignKeyRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
  ),
  clearForeignKeyRelationship: post(
    '/schema-attributes/{primaryKeyGUID}/relationships/foreign-keys/{foreignKeyGUID}/remove',
    'EffectiveTimeQueryRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
  ),
  removeSchemaAttribute: post(
    '/schema-attributes/{schemaAttributeGUID}/remove',
    'UpdateRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
  ),
  findSchemaAttributes: post(
    '/schema-attributes/by-search-string',
    'SearchStringRequestBody',
    elementList('SchemaAttributeElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
  ),
  getNestedAttributes: post(
    '/schema-elements/{parentSchemaElementGUID}/schema-attributes/retrieve',
    'EffectiveTimeQueryRequestBody',
    elementList('SchemaAttributeElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
  ),
  getSchemaAttributesByName: post(
    '/schema-attributes/by-name',
    'NameRequestBody',
    elementList('SchemaAttributeElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
  ),
  getSchemaAttributeByGUID: post(
    '/schema-attributes/{schemaAttributeGUID}/retrieve',
    'EffectiveTimeQueryRequestBody',
    single('SchemaAttributeElementResponse'),
    LINEAGE_FLAGS,
  ),
};

/** Asset Manager OMAS: schema types and schema attributes, keys and calculated values (SchemaExchangeResource), which the catalog integrator's schema exchange service and the lineage context use: the operation table. @public */
export const ASSET_MANAGER_SCHEMA_SERVICE = defineService<AssetManagerSchemaOperationName>(
  { kind: 'access-service', marker: 'asset-manager' },
  rows,
);
