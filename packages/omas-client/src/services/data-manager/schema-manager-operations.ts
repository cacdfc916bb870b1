/**
 * Data Manager OMAS: schema types and schema attributes (SchemaManagerResource), which the files, topic, API and display contexts use for event schemas, API parameters and data fields.
 * Each row is checked against the Spring resource class of Egeria 5.2 (commit 19177ef7); the paths
 * are below the service root, and where Egeria's Java client and server disagree the row follows the server.
 */
import {
  CREATES,
  GUID_RESPONSE,
  MERGE_UPDATE,
  OPTIONAL_BODY,
  VOID_RESPONSE,
  defineService,
  elements,
  get,
  paged,
  post,
  single,
  type OperationRow,
} from '../common/operation-rows';

/** The name of an operation of {@link DATA_MANAGER_SCHEMA_SERVICE}. @public */
export type DataManagerSchemaOperationName =
  | 'createPrimitiveSchemaType'
  | 'createLiteralSchemaType'
  | 'createEnumSchemaType'
  | 'getValidValueSetByName'
  | 'findValidValueSet'
  | 'createStructSchemaType'
  | 'createSchemaTypeChoice'
  | 'createMapSchemaType'
  | 'createSchemaTypeFromTemplate'
  | 'updateSchemaType'
  | 'removeSchemaType'
  | 'setupSchemaElementRelationship'
  | 'clearSchemaElementRelationship'
  | 'findSchemaType'
  | 'getSchemaTypeForElement'
  | 'getSchemaTypeByName'
  | 'getSchemaTypeByGUID'
  | 'getSchemaTypeParent'
  | 'createSchemaAttribute'
  | 'createSchemaAttributeFromTemplate'
  | 'setupSchemaType'
  | 'clearSchemaTypes'
  | 'updateSchemaAttribute'
  | 'removeSchemaAttribute'
  | 'findSchemaAttributes'
  | 'getNestedAttributes'
  | 'getSchemaAttributesByName'
  | 'getSchemaAttributeByGUID'
  | 'setupCalculatedValue'
  | 'clearCalculatedValue'
  | 'setupQueryTargetRelationship'
  | 'updateQueryTargetRelationship'
  | 'clearQueryTargetRelationship';

/** The operations, keyed by the name of the Java client method that sends them. */
const rows: Readonly<Record<DataManagerSchemaOperationName, OperationRow>> = {
  createPrimitiveSchemaType: post('/schema-types/primitives', 'PrimitiveSchemaTypeRequestBody', GUID_RESPONSE, CREATES),
  createLiteralSchemaType: post('/schema-types/literals', 'LiteralSchemaTypeRequestBody', GUID_RESPONSE, CREATES),
  createEnumSchemaType: post(
    '/schema-types/enums/valid-values/{validValuesSetGUID}',
    'EnumSchemaTypeRequestBody',
    GUID_RESPONSE,
    CREATES,
  ),
  getValidValueSetByName: post(
    '/valid-value-sets/by-name',
    'NameRequestBody',
    elements('ValidValueSetsResponse'),
    paged(),
  ),
  findValidValueSet: post(
    '/valid-value-sets/by-search-string',
    'SearchStringRequestBody',
    elements('ValidValueSetsResponse'),
    paged(),
  ),
  createStructSchemaType: post('/schema-types/structs', 'StructSchemaTypeRequestBody', GUID_RESPONSE, CREATES),
  createSchemaTypeChoice: post('/schema-types/choices', 'SchemaTypeChoiceRequestBody', GUID_RESPONSE, CREATES),
  createMapSchemaType: post(
    '/schema-types/maps/from/{mapFromSchemaTypeGUID}/to/{mapToSchemaTypeGUID}',
    'MapSchemaTypeRequestBody',
    GUID_RESPONSE,
    CREATES,
  ),
  createSchemaTypeFromTemplate: post(
    '/schema-types/from-template/{templateGUID}',
    'TemplateRequestBody',
    GUID_RESPONSE,
    CREATES,
  ),
  updateSchemaType: post('/schema-types/{schemaTypeGUID}', 'SchemaTypeRequestBody', VOID_RESPONSE, MERGE_UPDATE),
  removeSchemaType: post('/schema-types/{schemaTypeGUID}/delete', 'MetadataSourceRequestBody', VOID_RESPONSE),
  setupSchemaElementRelationship: post(
    '/schema-elements/{endOneGUID}/relationships/{relationshipTypeName}/schema-elements/{endTwoGUID}',
    'RelationshipRequestBody',
    VOID_RESPONSE,
    OPTIONAL_BODY,
    CREATES,
  ),
  clearSchemaElementRelationship: post(
    '/schema-elements/{endOneGUID}/relationships/{relationshipTypeName}/schema-elements/{endTwoGUID}/delete',
    'MetadataSourceRequestBody',
    VOID_RESPONSE,
    OPTIONAL_BODY,
  ),
  findSchemaType: post(
    '/schema-types/types/{typeName}/by-search-string',
    'SearchStringRequestBody',
    elements('SchemaTypesResponse'),
    paged(),
  ),
  getSchemaTypeForElement: get(
    '/schema-types/types/{parentElementTypeName}/by-parent-element/{parentElementGUID}',
    single('SchemaTypeResponse'),
  ),
  getSchemaTypeByName: post(
    '/schema-types/types/{typeName}/by-name',
    'NameRequestBody',
    elements('SchemaTypesResponse'),
    paged(),
  ),
  getSchemaTypeByGUID: get('/schema-types/{schemaTypeGUID}', single('SchemaTypeResponse')),
  getSchemaTypeParent: get('/schema-types/{schemaTypeGUID}/parent', single('ElementStubResponse')),
  createSchemaAttribute: post(
    '/schema-attributes/attached-to/{schemaElementGUID}',
    'SchemaAttributeRequestBody',
    GUID_RESPONSE,
    CREATES,
  ),
  createSchemaAttributeFromTemplate: post(
    '/schema-attributes/from-template/{templateGUID}/attached-to/{schemaElementGUID}',
    'TemplateRequestBody',
    GUID_RESPONSE,
    CREATES,
  ),
  setupSchemaType: post(
    '/schema-attributes/{schemaAttributeGUID}/schema-types/{schemaTypeGUID}/relationship-type-name/{relationshipTypeName}',
    'MetadataSourceRequestBody',
    VOID_RESPONSE,
    CREATES,
  ),
  clearSchemaTypes: post(
    '/schema-attributes/{schemaAttributeGUID}/schema-types/delete',
    'MetadataSourceRequestBody',
    VOID_RESPONSE,
  ),
  updateSchemaAttribute: post(
    '/schema-attributes/{schemaAttributeGUID}',
    'SchemaAttributeRequestBody',
    VOID_RESPONSE,
    MERGE_UPDATE,
  ),
  removeSchemaAttribute: post(
    '/schema-attributes/{schemaAttributeGUID}/delete',
    'MetadataSourceRequestBody',
    VOID_RESPONSE,
  ),
  findSchemaAttributes: post(
    '/schema-attributes/types/{typeName}/by-search-string',
    'SearchStringRequestBody',
    elements('SchemaAttributesResponse'),
    paged(),
  ),
  getNestedAttributes: get(
    '/schema-elements/{parentSchemaElementGUID}/nested-attributes',
    elements('SchemaAttributesResponse'),
    paged(),
  ),
  getSchemaAttributesByName: post(
    '/schema-attributes/types/{typeName}/by-name',
    'NameRequestBody',
    elements('SchemaAttributesResponse'),
    paged(),
  ),
  getSchemaAttributeByGUID: get('/schema-attributes/{schemaAttributeGUID}', single('SchemaAttributeResponse')),
  setupCalculatedValue: post(
    '/schema-elements/{schemaElementGUID}/calculated-value',
    'FormulaRequestBody',
    VOID_RESPONSE,
    CREATES,
  ),
  clearCalculatedValue: post(
    '/schema-elements/{schemaElementGUID}/calculated-value/delete',
    'MetadataSourceRequestBody',
    VOID_RESPONSE,
  ),
  setupQueryTargetRelationship: post(
    '/schema-elements/{derivedElementGUID}/query-targets/{queryTargetGUID}',
    'DerivedSchemaTypeQueryTargetRequestBody',
    VOID_RESPONSE,
    CREATES,
  ),
  updateQueryTargetRelationship: post(
    '/schema-elements/{derivedElementGUID}/query-targets/{queryTargetGUID}/update',
    'DerivedSchemaTypeQueryTargetRequestBody',
    VOID_RESPONSE,
  ),
  clearQueryTargetRelationship: post(
    '/schema-elements/{derivedElementGUID}/query-targets/{queryTargetGUID}/delete',
    'MetadataSourceRequestBody',
    VOID_RESPONSE,
  ),
};

/** Data Manager OMAS: schema types and schema attributes (SchemaManagerResource), which the files, topic, API and display contexts use for event schemas, API parameters and data fields: the operation table. @public */
export const DATA_MANAGER_SCHEMA_SERVICE = defineService<DataManagerSchemaOperationName>(
  { kind: 'access-service', marker: 'data-manager' },
  rows,
);
