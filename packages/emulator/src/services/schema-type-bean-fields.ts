/**
 * The field tables (see bean-field-table.ts for the compact form) of the Egeria 5.2 beans that the
 * Data Manager's schema type, schema element and valid value operations read and write. Only the
 * fields Egeria's handlers store (or its converters return) are listed, so that what the emulator
 * keeps and answers is what a real server keeps and answers.
 */

const SCHEMA_TYPE_FIELDS =
  'versionNumber:s author:s usage:s encodingStandard:s namespace:s displayName:s description:s isDeprecated:b=false qualifiedName:s additionalProperties:ms vendorProperties:ms typeName:s extendedProperties:mo';

const VALID_VALUE_FIELDS =
  'displayName:s description:s usage:s scope:s category:s preferredValue:s dataType:s isDeprecated:b=false isCaseSensitive:b=false qualifiedName:s additionalProperties:ms vendorProperties:ms typeName:s extendedProperties:mo';

const RELATIONSHIP_FIELDS = 'effectiveFrom:d effectiveTo:d extendedProperties:mo';

/** Field tables by bean class. */
export const SCHEMA_TYPE_BEAN_FIELDS: Readonly<Record<string, string>> = {
  // What SchemaTypeConverter returns (and struct, choice and map schema type creates store).
  SchemaTypeProperties: SCHEMA_TYPE_FIELDS,
  // Primitive and enum schema types also store a data type and a default value.
  SimpleSchemaTypeProperties: `dataType:s defaultValue:s ${SCHEMA_TYPE_FIELDS}`,
  LiteralSchemaTypeProperties: `dataType:s fixedValue:s ${SCHEMA_TYPE_FIELDS}`,
  DerivedSchemaTypeQueryTargetProperties: 'queryId:s query:s queryType:s queryTargetGUID:s',
  ValidValueProperties: VALID_VALUE_FIELDS,
  ValidValueSetProperties: VALID_VALUE_FIELDS,
  RelationshipProperties: RELATIONSHIP_FIELDS,
  ValidValueMembershipProperties: `defaultValue:b=false ${RELATIONSHIP_FIELDS}`,
  ValidValueAssignmentProperties: `strictRequirement:b=true ${RELATIONSHIP_FIELDS}`,
  ReferenceValueAssignmentProperties: `attributeName:s confidence:i=0 steward:s stewardTypeName:s stewardPropertyName:s notes:s ${RELATIONSHIP_FIELDS}`,
};
