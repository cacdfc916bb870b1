/**
 * Request bodies exactly as Egeria 5.2's Java clients serialize them (Jackson, NON_NULL, getters):
 * the Data Manager client's DataManagerBaseClient / DatabaseManagerClient /
 * FilesAndFoldersClient / MetadataSourceClient, and the framework-service clients. Untyped request
 * beans carry no top-level `class`; properties beans carry theirs; Java primitives are always
 * written; dates are epoch milliseconds (the client's RestTemplate keeps Jackson's default).
 */

/** The primitives every SchemaAttributeProperties subclass writes. */
const SCHEMA_ATTRIBUTE_PRIMITIVES = {
  elementPosition: 0,
  minCardinality: 0,
  maxCardinality: 0,
  allowsDuplicateValues: false,
  orderedValues: false,
  minimumLength: 0,
  length: 0,
  precision: 0,
  significantDigits: 0,
  isNullable: true,
  isDeprecated: false,
};

/** `DataManagerBaseClient.createReferenceable` / `createReferenceableWithParent`: a ReferenceableRequestBody. */
export function referenceableBody(
  source: { guid: string; name: string } | undefined,
  properties: Record<string, unknown>,
  parentGUID?: string,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (source !== undefined) {
    body['externalSourceGUID'] = source.guid;
    body['externalSourceName'] = source.name;
  }
  if (parentGUID !== undefined) body['parentGUID'] = parentGUID;
  body['properties'] = properties;
  return body;
}

/** `DataManagerBaseClient.removeReferenceable` and friends: an ExternalSourceRequestBody. */
export function externalSourceBody(source: { guid: string; name: string } | undefined): Record<string, unknown> {
  return source === undefined ? {} : { externalSourceGUID: source.guid, externalSourceName: source.name };
}

/** `DataManagerBaseClient.setupRelationship` (and `SchemaManagerClient.setupSchemaElementRelationship`): a RelationshipRequestBody. */
export function relationshipBody(
  source: { guid: string; name: string } | undefined,
  properties?: Record<string, unknown>,
): Record<string, unknown> {
  return { ...externalSourceBody(source), ...(properties === undefined ? {} : { properties }) };
}

/** A `DatabaseProperties` bean. */
export function databaseProperties(
  qualifiedName: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { class: 'DatabaseProperties', qualifiedName, ...extra };
}

/** A `DatabaseSchemaProperties` bean. */
export function schemaProperties(qualifiedName: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { class: 'DatabaseSchemaProperties', qualifiedName, ...extra };
}

/** A `DatabaseTableProperties` bean (with the primitives Jackson always writes). */
export function tableProperties(qualifiedName: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { class: 'DatabaseTableProperties', ...SCHEMA_ATTRIBUTE_PRIMITIVES, qualifiedName, ...extra };
}

/** A `DatabaseViewProperties` bean. */
export function viewProperties(
  qualifiedName: string,
  formula: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { class: 'DatabaseViewProperties', ...SCHEMA_ATTRIBUTE_PRIMITIVES, qualifiedName, formula, ...extra };
}

/** A `DatabaseColumnProperties` bean. */
export function columnProperties(qualifiedName: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { class: 'DatabaseColumnProperties', ...SCHEMA_ATTRIBUTE_PRIMITIVES, qualifiedName, ...extra };
}

/** `DatabaseManagerClient.findXxx`: a SearchStringRequestBody. */
export function searchStringBody(searchString: string): Record<string, unknown> {
  return { searchString, searchStringParameterName: 'searchString' };
}

/** `DatabaseManagerClient.getXxxByName`: a NameRequestBody. */
export function nameBody(name: string, nameParameterName = 'name'): Record<string, unknown> {
  return { name, namePropertyName: nameParameterName };
}

/** `DataManagerBaseClient.createReferenceableFromTemplate`: the Data Manager's flat TemplateRequestBody. */
export function templateBody(
  source: { guid: string; name: string } | undefined,
  qualifiedName: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { qualifiedName, ...extra, ...externalSourceBody(source) };
}

/** `MetadataSourceClient.createDatabaseManager`: a flat DatabaseManagerRequestBody. */
export function databaseManagerBody(
  qualifiedName: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { class: 'DatabaseManagerRequestBody', qualifiedName, ...extra };
}

/** `FilesAndFoldersClient.addDataFileToCatalog`: a flat DataFileRequestBody. */
export function dataFileBody(
  source: { guid: string; name: string } | undefined,
  properties: Record<string, unknown>,
): Record<string, unknown> {
  return { class: 'DataFileRequestBody', ...properties, ...externalSourceBody(source) };
}

/** `FilesAndFoldersClient.addDataFolderToCatalog`: a flat DataFolderRequestBody. */
export function dataFolderBody(
  source: { guid: string; name: string } | undefined,
  properties: Record<string, unknown>,
): Record<string, unknown> {
  return { class: 'DataFolderRequestBody', ...properties, ...externalSourceBody(source) };
}

/** `FilesAndFoldersClient`'s PathNameRequestBody. */
export function pathNameBody(
  source: { guid: string; name: string } | undefined,
  pathName: string,
): Record<string, unknown> {
  return { ...externalSourceBody(source), pathName };
}
