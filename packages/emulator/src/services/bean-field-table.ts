import { SCHEMA_TYPE_BEAN_FIELDS } from './schema-type-bean-fields';

/**
 * The fields of the Egeria 5.2 properties beans the emulator stores, as Jackson names them, with
 * their JSON kinds and the defaults of Java primitives (which Jackson always writes). Compact form:
 * `field:kind[=default]`; kinds: s string, d date, i int/long, b boolean, ms map of strings, mo map,
 * ls list of strings, lo list, o object, e:Enum an enum constant.
 */
export const BEAN_FIELD_TABLE: Readonly<Record<string, string>> = {
  DatabaseProperties:
    'databaseVersion:s databaseInstance:s databaseImportedFrom:s pathName:s createTime:d modifiedTime:d encodingType:s encodingLanguage:s encodingDescription:s encodingProperties:ms deployedImplementationType:s name:s resourceName:s displayName:s versionIdentifier:s resourceDescription:s displayDescription:s displaySummary:s abbreviation:s usage:s qualifiedName:s additionalProperties:ms vendorProperties:ms effectiveFrom:d effectiveTo:d typeName:s extendedProperties:mo',
  DatabaseSchemaProperties:
    'name:s resourceName:s displayName:s versionIdentifier:s resourceDescription:s displayDescription:s deployedImplementationType:s displaySummary:s abbreviation:s usage:s qualifiedName:s additionalProperties:ms vendorProperties:ms effectiveFrom:d effectiveTo:d typeName:s extendedProperties:mo',
  DatabaseSchemaTypeProperties:
    'versionNumber:s author:s usage:s encodingStandard:s namespace:s formula:s formulaType:s queries:lo displayName:s description:s isDeprecated:b=false qualifiedName:s additionalProperties:ms vendorProperties:ms effectiveFrom:d effectiveTo:d typeName:s extendedProperties:mo',
  DatabaseTableProperties:
    'elementPosition:i=0 minCardinality:i=0 maxCardinality:i=0 allowsDuplicateValues:b=false orderedValues:b=false sortOrder:e:DataItemSortOrder minimumLength:i=0 length:i=0 precision:i=0 significantDigits:i=0 isNullable:b=true defaultValueOverride:s nativeJavaClass:s aliases:ls dataType:s defaultValue:s fixedValue:s externalTypeGUID:s validValuesSetGUID:s schemaType:o displayName:s description:s isDeprecated:b=false qualifiedName:s additionalProperties:ms vendorProperties:ms effectiveFrom:d effectiveTo:d typeName:s extendedProperties:mo',
  DatabaseViewProperties:
    'formula:s queries:lo elementPosition:i=0 minCardinality:i=0 maxCardinality:i=0 allowsDuplicateValues:b=false orderedValues:b=false sortOrder:e:DataItemSortOrder minimumLength:i=0 length:i=0 precision:i=0 significantDigits:i=0 isNullable:b=true defaultValueOverride:s nativeJavaClass:s aliases:ls dataType:s defaultValue:s fixedValue:s externalTypeGUID:s validValuesSetGUID:s schemaType:o displayName:s description:s isDeprecated:b=false qualifiedName:s additionalProperties:ms vendorProperties:ms effectiveFrom:d effectiveTo:d typeName:s extendedProperties:mo',
  DatabaseColumnProperties:
    'formula:s queries:lo elementPosition:i=0 minCardinality:i=0 maxCardinality:i=0 allowsDuplicateValues:b=false orderedValues:b=false sortOrder:e:DataItemSortOrder minimumLength:i=0 length:i=0 precision:i=0 significantDigits:i=0 isNullable:b=true defaultValueOverride:s nativeJavaClass:s aliases:ls dataType:s defaultValue:s fixedValue:s externalTypeGUID:s validValuesSetGUID:s schemaType:o displayName:s description:s isDeprecated:b=false qualifiedName:s additionalProperties:ms vendorProperties:ms effectiveFrom:d effectiveTo:d typeName:s extendedProperties:mo',
  DatabasePrimaryKeyProperties: 'name:s keyPattern:e:KeyPattern effectiveFrom:d effectiveTo:d extendedProperties:mo',
  DatabaseForeignKeyProperties:
    'name:s description:s confidence:i=0 steward:s source:s effectiveFrom:d effectiveTo:d extendedProperties:mo',
  TemplateProperties: 'qualifiedName:s displayName:s versionIdentifier:s description:s pathName:s networkAddress:s',
  DataFileProperties:
    'fileType:s fileName:s fileExtension:s pathName:s createTime:d modifiedTime:d encodingType:s encodingLanguage:s encodingDescription:s encodingProperties:ms deployedImplementationType:s name:s resourceName:s displayName:s versionIdentifier:s resourceDescription:s displayDescription:s displaySummary:s abbreviation:s usage:s qualifiedName:s additionalProperties:ms vendorProperties:ms effectiveFrom:d effectiveTo:d typeName:s extendedProperties:mo',
  FileFolderProperties:
    'pathName:s createTime:d modifiedTime:d encodingType:s encodingLanguage:s encodingDescription:s encodingProperties:ms deployedImplementationType:s name:s resourceName:s displayName:s versionIdentifier:s resourceDescription:s displayDescription:s displaySummary:s abbreviation:s usage:s qualifiedName:s additionalProperties:ms vendorProperties:ms effectiveFrom:d effectiveTo:d typeName:s extendedProperties:mo',
  FileSystemProperties:
    'format:s encryption:s resourceName:s resourceDescription:s deployedImplementationType:s version:s patchLevel:s source:s displayName:s displaySummary:s displayDescription:s abbreviation:s usage:s qualifiedName:s additionalProperties:ms vendorProperties:ms effectiveFrom:d effectiveTo:d typeName:s extendedProperties:mo',
  DatabaseManagerProperties:
    'resourceName:s resourceDescription:s deployedImplementationType:s version:s patchLevel:s source:s displayName:s displaySummary:s displayDescription:s abbreviation:s usage:s qualifiedName:s additionalProperties:ms vendorProperties:ms effectiveFrom:d effectiveTo:d typeName:s extendedProperties:mo',
  EventBrokerProperties:
    'resourceName:s resourceDescription:s deployedImplementationType:s version:s patchLevel:s source:s displayName:s displaySummary:s displayDescription:s abbreviation:s usage:s qualifiedName:s additionalProperties:ms vendorProperties:ms effectiveFrom:d effectiveTo:d typeName:s extendedProperties:mo',
  APIManagerProperties:
    'resourceName:s resourceDescription:s deployedImplementationType:s version:s patchLevel:s source:s displayName:s displaySummary:s displayDescription:s abbreviation:s usage:s qualifiedName:s additionalProperties:ms vendorProperties:ms effectiveFrom:d effectiveTo:d typeName:s extendedProperties:mo',
  FileManagerProperties:
    'resourceName:s resourceDescription:s deployedImplementationType:s version:s patchLevel:s source:s displayName:s displaySummary:s displayDescription:s abbreviation:s usage:s qualifiedName:s additionalProperties:ms vendorProperties:ms effectiveFrom:d effectiveTo:d typeName:s extendedProperties:mo',
  ApplicationProperties:
    'resourceName:s resourceDescription:s deployedImplementationType:s version:s patchLevel:s source:s displayName:s displaySummary:s displayDescription:s abbreviation:s usage:s qualifiedName:s additionalProperties:ms vendorProperties:ms effectiveFrom:d effectiveTo:d typeName:s extendedProperties:mo',
  DataProcessingEngineProperties:
    'resourceName:s resourceDescription:s deployedImplementationType:s version:s patchLevel:s source:s displayName:s displaySummary:s displayDescription:s abbreviation:s usage:s qualifiedName:s additionalProperties:ms vendorProperties:ms effectiveFrom:d effectiveTo:d typeName:s extendedProperties:mo',
  SoftwareCapabilityProperties:
    'resourceName:s resourceDescription:s deployedImplementationType:s version:s patchLevel:s source:s displayName:s displaySummary:s displayDescription:s abbreviation:s usage:s qualifiedName:s additionalProperties:ms vendorProperties:ms effectiveFrom:d effectiveTo:d typeName:s extendedProperties:mo',
  ArchiveProperties: 'archiveDate:d archiveProcess:s archiveProperties:ms',
  IntegrationGroupProperties:
    'displayName:s description:s version:s patchLevel:s source:s qualifiedName:s additionalProperties:ms vendorProperties:ms effectiveFrom:d effectiveTo:d typeName:s extendedProperties:mo',
  IntegrationConnectorProperties:
    'name:s versionIdentifier:s description:s deployedImplementationType:s usesBlockingCalls:b=false connection:o qualifiedName:s additionalProperties:ms vendorProperties:ms effectiveFrom:d effectiveTo:d typeName:s extendedProperties:mo',
  RegisteredIntegrationConnectorProperties:
    'connectorName:s connectorUserId:s metadataSourceQualifiedName:s startDate:d refreshTimeInterval:i=0 stopDate:d permittedSynchronization:e:PermittedSynchronization generateIntegrationReports:b=true',
  CatalogTargetProperties:
    'catalogTargetName:s metadataSourceQualifiedName:s configurationProperties:mo templateProperties:ms connectionName:s permittedSynchronization:e:PermittedSynchronization deleteMethod:e:DeleteMethod',
  IntegrationReportProperties:
    'serverName:s connectorId:s connectorName:s refreshStartDate:d refreshCompletionDate:d createdElements:ls updatedElements:ls deletedElements:ls additionalProperties:ms',
  MetadataCorrelationProperties:
    'externalScopeGUID:s externalScopeName:s externalScopeTypeName:s synchronizationDirection:e:PermittedSynchronization synchronizationDescription:s externalIdentifier:s externalIdentifierName:s externalIdentifierUsage:s externalIdentifierSource:s keyPattern:e:KeyPattern externalInstanceCreatedBy:s externalInstanceCreationTime:d externalInstanceLastUpdatedBy:s externalInstanceLastUpdateTime:d externalInstanceVersion:i=0 mappingProperties:ms',
  MetadataSourceRequestBody: 'typeName:s classificationName:s qualifiedName:s deployedImplementationType:s',
  // APIs, endpoints and display applications (api-manager.ts, display-application.ts, schema-attributes.ts)
  APIProperties:
    'name:s resourceName:s displayName:s versionIdentifier:s resourceDescription:s displayDescription:s deployedImplementationType:s displaySummary:s abbreviation:s usage:s qualifiedName:s additionalProperties:ms vendorProperties:ms effectiveFrom:d effectiveTo:d typeName:s extendedProperties:mo',
  APIOperationProperties:
    'path:s command:s versionNumber:s author:s usage:s encodingStandard:s namespace:s formula:s formulaType:s queries:lo displayName:s description:s isDeprecated:b=false qualifiedName:s additionalProperties:ms vendorProperties:ms effectiveFrom:d effectiveTo:d typeName:s extendedProperties:mo',
  APIParameterListProperties:
    'required:b=true versionNumber:s author:s usage:s encodingStandard:s namespace:s formula:s formulaType:s queries:lo displayName:s description:s isDeprecated:b=false qualifiedName:s additionalProperties:ms vendorProperties:ms effectiveFrom:d effectiveTo:d typeName:s extendedProperties:mo',
  SchemaAttributeProperties:
    'elementPosition:i=0 minCardinality:i=0 maxCardinality:i=0 allowsDuplicateValues:b=false orderedValues:b=false sortOrder:e:DataItemSortOrder minimumLength:i=0 length:i=0 precision:i=0 significantDigits:i=0 isNullable:b=true defaultValueOverride:s nativeJavaClass:s aliases:ls dataType:s defaultValue:s fixedValue:s externalTypeGUID:s validValuesSetGUID:s schemaType:o displayName:s description:s isDeprecated:b=false qualifiedName:s additionalProperties:ms vendorProperties:ms effectiveFrom:d effectiveTo:d typeName:s extendedProperties:mo',
  DataContainerProperties:
    'elementPosition:i=0 minCardinality:i=0 maxCardinality:i=0 allowsDuplicateValues:b=false orderedValues:b=false sortOrder:e:DataItemSortOrder minimumLength:i=0 length:i=0 precision:i=0 significantDigits:i=0 isNullable:b=true defaultValueOverride:s nativeJavaClass:s aliases:ls dataType:s defaultValue:s fixedValue:s externalTypeGUID:s validValuesSetGUID:s schemaType:o displayName:s description:s isDeprecated:b=false qualifiedName:s additionalProperties:ms vendorProperties:ms effectiveFrom:d effectiveTo:d typeName:s extendedProperties:mo',
  FormProperties:
    'name:s resourceName:s displayName:s versionIdentifier:s resourceDescription:s displayDescription:s deployedImplementationType:s displaySummary:s abbreviation:s usage:s qualifiedName:s additionalProperties:ms vendorProperties:ms effectiveFrom:d effectiveTo:d typeName:s extendedProperties:mo',
  ReportProperties:
    'id:s author:s url:s createTime:d lastModifiedTime:d lastModifier:s name:s resourceName:s displayName:s versionIdentifier:s resourceDescription:s displayDescription:s deployedImplementationType:s displaySummary:s abbreviation:s usage:s qualifiedName:s additionalProperties:ms vendorProperties:ms effectiveFrom:d effectiveTo:d typeName:s extendedProperties:mo',
  QueryProperties:
    'name:s resourceName:s displayName:s versionIdentifier:s resourceDescription:s displayDescription:s deployedImplementationType:s displaySummary:s abbreviation:s usage:s qualifiedName:s additionalProperties:ms vendorProperties:ms effectiveFrom:d effectiveTo:d typeName:s extendedProperties:mo',
  EndpointProperties:
    'name:s resourceDescription:s address:s protocol:s encryptionMethod:s displayName:s displaySummary:s displayDescription:s abbreviation:s usage:s qualifiedName:s additionalProperties:ms vendorProperties:ms effectiveFrom:d effectiveTo:d typeName:s extendedProperties:mo',
  // Actors and security groups (actors.ts: Community Profile, Security Manager, IT Infrastructure OMAS)
  ActorProfileProperties:
    'knownName:s description:s qualifiedName:s additionalProperties:ms vendorProperties:ms effectiveFrom:d effectiveTo:d typeName:s extendedProperties:mo',
  ContributionRecord:
    'karmaPoints:i=0 karmaPointPlateau:i=0 isPublic:b=false qualifiedName:s additionalProperties:ms vendorProperties:ms effectiveFrom:d effectiveTo:d typeName:s extendedProperties:mo',
  PersonRoleProperties:
    'headCountLimitSet:b=false headCount:i=0 qualifiedName:s roleId:s scope:s title:s description:s domainIdentifier:i=0 additionalProperties:ms effectiveFrom:d effectiveTo:d typeName:s extendedProperties:mo',
  UserIdentityProperties:
    'userId:s distinguishedName:s qualifiedName:s additionalProperties:ms vendorProperties:ms effectiveFrom:d effectiveTo:d typeName:s extendedProperties:mo',
  SecurityGroupProperties:
    'distinguishedName:s typeName:s documentIdentifier:s additionalProperties:ms extendedProperties:mo title:s summary:s description:s scope:s domainIdentifier:i=0 priority:s implications:ls outcomes:ls results:ls',
  ContactMethodProperties:
    'name:s contactType:s contactMethodType:e:ContactMethodType contactMethodService:s contactMethodValue:s effectiveFrom:d effectiveTo:d typeName:s extendedProperties:mo',
  ProfileIdentityProperties:
    'roleTypeName:s roleGUID:s description:s effectiveFrom:d effectiveTo:d extendedProperties:mo',
  AppointmentProperties: 'effectiveFrom:d effectiveTo:d isPublic:b=false',
  ...SCHEMA_TYPE_BEAN_FIELDS,
};

/** The constants of the enums these beans use. */
export const ENUM_VALUES: Readonly<Record<string, readonly string[]>> = {
  KeyPattern: [
    'LOCAL_KEY',
    'RECYCLED_KEY',
    'NATURAL_KEY',
    'MIRROR_KEY',
    'AGGREGATE_KEY',
    'CALLERS_KEY',
    'STABLE_KEY',
    'OTHER',
  ],
  PermittedSynchronization: ['BOTH_DIRECTIONS', 'TO_THIRD_PARTY', 'FROM_THIRD_PARTY', 'OTHER'],
  DeleteMethod: ['ARCHIVE', 'SOFT_DELETE', 'OTHER'],
  DataItemSortOrder: ['ASCENDING', 'DESCENDING', 'UNSORTED'],
  ContactMethodType: ['EMAIL', 'PHONE', 'CHAT', 'PROFILE', 'ACCOUNT', 'OTHER'],
};
