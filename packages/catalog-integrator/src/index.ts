/**
 * The Catalog Integrator (OMIS) for egeria-ts: connector base class and context, paired with the Asset Manager OMAS.
 * @packageDocumentation
 */

/** The version of this package. */
export const VERSION = '0.1.0';

export { CatalogIntegratorConnector } from './catalog-integrator-connector';
export {
  CatalogIntegratorContext,
  CATALOG_EXCHANGE_SERVICE_NAMES,
  DISABLED_EXCHANGE_SERVICES_OPTION,
} from './catalog-integrator-context';
export type { AssetManagerEventListener } from './catalog-integrator-context';
export { catalogIntegratorService, ASSET_CATALOG_METADATA_SOURCE } from './catalog-integrator-service';
export { CATALOG_INTEGRATOR_AUDIT_CODE, CATALOG_INTEGRATOR_ERROR_CODE } from './catalog-integrator-messages';
export { GlossaryExchangeService, GLOSSARY_ELEMENT_TYPE_NAMES } from './glossary-exchange-service';
export { ExternalReferenceExchangeService } from './external-reference-exchange-service';
export { ConnectionExchangeService } from './connection-exchange-service';
export { ConnectorFactoryService } from './connector-factory-service';
export type {
  ConnectorFactoryContext,
  ConnectorByNameOptions,
  ConnectorByGUIDOptions,
  ConnectorForAssetOptions,
  ConnectorByConnectionOptions,
} from './connector-factory-service';
export type {
  EmbeddedConnectionProperties,
  AssetConnectionProperties,
  EffectivityOption,
  CreateConnectionOptions,
  UpdateConnectionOptions,
  ConnectionGUIDOptions,
  ConnectorTypeLinkOptions,
  SetupConnectorTypeOptions,
  EndpointLinkOptions,
  SetupEndpointOptions,
  EmbeddedConnectionLinkOptions,
  SetupEmbeddedConnectionOptions,
  AssetConnectionLinkOptions,
  SetupAssetConnectionOptions,
  CreateEndpointOptions,
  UpdateEndpointOptions,
  EndpointGUIDOptions,
  CreateConnectorTypeOptions,
  UpdateConnectorTypeOptions,
  ConnectorTypeGUIDOptions,
} from './connection-exchange-options';
// The schema exchange service is shared with the lineage integrator: it lives in omas-client.
export { SchemaExchangeService, SCHEMA_ELEMENT_TYPE_NAMES } from '@egeria-ts/omas-client';
export { StewardshipExchangeService } from './stewardship-exchange-service';
export { ValidValuesExchangeService, VALID_VALUE_TYPE_NAMES } from './valid-values-exchange-service';
export type {
  StewardshipElementOptions,
  ClassifyElementOptions,
  DataFieldOptions,
  GovernanceClassificationOptions,
  RetentionClassificationOptions,
  SecurityTagsOptions,
  OwnershipOptions,
  SubjectAreaOptions,
  AssetOriginGUIDOptions,
  AssetOriginOptions,
  DataFieldQueryOptions,
  LevelClassifiedOptions,
  RetentionClassifiedOptions,
  OwnersElementsOptions,
  AssetsByOriginOptions,
  SubjectAreaMembersOptions,
  SemanticAssignmentOptions,
  GovernedByOptions,
  ElementPagingOptions,
  SemanticAssigneesOptions,
  GovernedElementsOptions,
  ElementsOptions,
  ElementsByPropertyValueOptions,
} from './stewardship-exchange-options';
export type {
  CreateValidValueSetOptions,
  CreateValidValueDefinitionOptions,
  UpdateValidValueOptions,
  ValidValueGUIDOptions,
  ValidValueMembershipOptions,
  ReferenceValueAssignmentOptions,
  ValidValueNameOptions,
  ValidValueSetPagingOptions,
  ValidValuePagingOptions,
  ReferenceablePagingOptions,
} from './valid-values-exchange-options';
export {
  CollaborationExchangeService,
  GovernanceExchangeService,
  InfrastructureExchangeService,
} from './flag-only-exchange-services';
export type {
  CreateSchemaTypeOptions,
  CreateAnchoredSchemaTypeOptions,
  UpdateSchemaTypeOptions,
  SchemaTypeGUIDOptions,
  SchemaTypeParentOptions,
  SchemaTypeForElementOptions,
  SchemaElementRelationshipOptions,
  AssetManagerCreateSchemaAttributeOptions as CreateSchemaAttributeOptions,
  AssetManagerCreateSchemaAttributeFromTemplateOptions as CreateSchemaAttributeFromTemplateOptions,
  AssetManagerUpdateSchemaAttributeOptions as UpdateSchemaAttributeOptions,
  SchemaAttributeGUIDOptions,
  SchemaElementGUIDOptions,
  CalculatedValueOptions,
  PrimaryKeyOptions,
  ForeignKeyOptions,
  AssetManagerNestedAttributesOptions as NestedAttributesOptions,
} from '@egeria-ts/omas-client';
export type {
  CreateGlossaryOptions,
  CreateGlossaryFromTemplateOptions,
  UpdateGlossaryOptions,
  GlossaryGUIDOptions,
  GlossaryPagingOptions,
  GlossaryScopedSearchOptions,
  GlossaryScopedNameOptions,
  CreateGlossaryCategoryOptions,
  UpdateGlossaryCategoryOptions,
  GlossaryCategoryGUIDOptions,
  CategoryParentOptions,
  GlossaryCategoryPagingOptions,
  CreateGlossaryTermOptions,
  CreateGlossaryTermFromTemplateOptions,
  UpdateGlossaryTermOptions,
  UpdateGlossaryTermStatusOptions,
  GlossaryTermGUIDOptions,
  TermCategoryOptions,
  TermRelationshipOptions,
  CreateExternalReferenceOptions,
  UpdateExternalReferenceOptions,
  ExternalReferenceGUIDOptions,
  LinkExternalReferenceOptions,
  ExternalReferenceLinkGUIDOptions,
  AttachedExternalReferencesOptions,
  OpenMetadataElementOptions,
  ExternalScopeOptions,
  AddExternalIdentifierOptions,
  UpdateExternalIdentifierOptions,
  RemoveExternalIdentifierOptions,
  ConfirmSynchronizationOptions,
  GetExternalIdentifiersOptions,
} from './catalog-integrator-options';

// The data asset and lineage exchange services are shared with the lineage integrator (in omas-client).
export { DataAssetExchangeService, LineageExchangeService, LINEAGE_ELEMENT_TYPE_NAMES } from '@egeria-ts/omas-client';
export type {
  AssetManagerExchangeContext,
  EffectiveTimeOption,
  AssetManagerPagingOptions,
  AssetManagerSearchOptions,
  AssetManagerNameOptions,
  AssetManagerIsHomeOption,
  ExternalIdentifierOption,
  ExternalIdentifierNameOption,
  AssetManagerMergeUpdateOption,
  AssetManagerTemplateOptions,
  CreateDataAssetOptions,
  UpdateDataAssetOptions,
  DataAssetGUIDOptions,
  SetupRelatedDataAssetOptions,
  AssetRelationshipEndsOptions,
  AssetRelationshipGUIDOptions,
  UpdateAssetRelationshipOptions,
  RelatedAssetsAtEnd2Options,
  RelatedAssetsAtEnd1Options,
  AssetManagerOutTopicEvent,
  MetadataCorrelationHeader,
  ExternalIdentifierProperties,
} from '@egeria-ts/omas-client';
