/**
 * Request bodies shared by the OMASs (`commonservices.ffdc.rest`), as the typed clients send and receive them: one field per
 * public getter of the bean class at commit 19177ef7, named as Jackson names it, every field optional
 * as in Egeria. Enums are the constant names Egeria writes.
 */
import type {
  ActorProfileProperties,
  AppointmentProperties,
  ContactMethodProperties,
  ContributionRecord,
  ITProfileProperties,
  PersonRoleProperties,
  UserIdentityProperties,
} from './actor-properties';
import type {
  APIProperties,
  DataFileProperties,
  FileFolderProperties,
  FormProperties,
  QueryProperties,
  ReportProperties,
  ServerAssetUseProperties,
  TopicProperties,
} from './asset-properties';
import type {
  APIManagerProperties,
  ApplicationProperties,
  DataProcessingEngineProperties,
  EventBrokerProperties,
  FileManagerProperties,
  FileSystemProperties,
  SecurityManagerProperties,
  SoftwareCapabilityProperties,
} from './capability-properties';
import type { ConnectionProperties, ConnectorTypeProperties, EndpointProperties } from './connection-properties';
import type { ArchiveProperties, RelationshipProperties } from './core-properties';
import type { ElementStatus, SequencingOrder, ServerAssetUseType } from './enums';
import type {
  ControlFlowProperties,
  DataFlowProperties,
  LineageMappingProperties,
  ProcessCallProperties,
} from './lineage-properties';
import type {
  APIOperationProperties,
  APIParameterListProperties,
  DataContainerProperties,
  DerivedSchemaTypeQueryTargetProperties,
  EnumSchemaTypeProperties,
  EventTypeProperties,
  LiteralSchemaTypeProperties,
  MapSchemaTypeProperties,
  PrimitiveSchemaTypeProperties,
  SchemaTypeChoiceProperties,
  SchemaTypeProperties,
  StructSchemaTypeProperties,
} from './schema-properties';
import type {
  AssetProperties,
  EgeriaDateInput,
  ReferenceableProperties,
  SchemaAttributeProperties,
} from '../../data-manager/database-operations';

/** `APIManagerRequestBody`. @public */
export interface APIManagerRequestBody extends APIManagerProperties {
  /** External source GUID. */
  readonly externalSourceGUID?: string;
  /** External source name. */
  readonly externalSourceName?: string;
}

/** `APIOperationRequestBody`. @public */
export interface APIOperationRequestBody extends APIOperationProperties {
  /** External source GUID. */
  readonly externalSourceGUID?: string;
  /** External source name. */
  readonly externalSourceName?: string;
}

/** `APIParameterListRequestBody`. @public */
export interface APIParameterListRequestBody extends APIParameterListProperties {
  /** External source GUID. */
  readonly externalSourceGUID?: string;
  /** External source name. */
  readonly externalSourceName?: string;
}

/** `APIRequestBody`. @public */
export interface APIRequestBody extends APIProperties {
  /** External source GUID. */
  readonly externalSourceGUID?: string;
  /** External source name. */
  readonly externalSourceName?: string;
}

/** `ActorProfileRequestBody`. @public */
export interface ActorProfileRequestBody extends ExternalSourceRequestBody {
  /** Properties. */
  readonly properties?: ActorProfileProperties;
  /** Contribution record. */
  readonly contributionRecord?: ContributionRecord;
}

/** `ApplicationRequestBody`. @public */
export interface ApplicationRequestBody extends ApplicationProperties {
  /** External source GUID. */
  readonly externalSourceGUID?: string;
  /** External source name. */
  readonly externalSourceName?: string;
}

/** `AppointmentRequestBody`. @public */
export interface AppointmentRequestBody extends EffectiveTimeQueryRequestBody {
  /** Properties. */
  readonly properties?: AppointmentProperties;
}

/** `ArchiveRequestBody`. @public */
export interface ArchiveRequestBody extends ArchiveProperties {
  /** External source GUID. */
  readonly externalSourceGUID?: string;
  /** External source name. */
  readonly externalSourceName?: string;
}

/** `AssetConnectionRequestBody`. @public */
export interface AssetConnectionRequestBody extends ExternalSourceRequestBody {
  /** Asset summary. */
  readonly assetSummary?: string;
}

/** `AssetExtensionsRequestBody`. @public */
export interface AssetExtensionsRequestBody extends EffectiveDatesRequestBody {
  /** Properties. */
  readonly properties?: Readonly<Record<string, unknown>>;
  /** Effective time. */
  readonly effectiveTime?: EgeriaDateInput;
}

/** `AssetRequestBody`. @public */
export interface AssetRequestBody extends AssetProperties {
  /** External source GUID. */
  readonly externalSourceGUID?: string;
  /** External source name. */
  readonly externalSourceName?: string;
  /** Initial status. */
  readonly initialStatus?: ElementStatus;
}

/** `ConnectionRequestBody`. @public */
export interface ConnectionRequestBody extends ConnectionProperties {
  /** External source GUID. */
  readonly externalSourceGUID?: string;
  /** External source name. */
  readonly externalSourceName?: string;
}

/** `ConnectorTypeRequestBody`. @public */
export interface ConnectorTypeRequestBody extends ConnectorTypeProperties {
  /** External source GUID. */
  readonly externalSourceGUID?: string;
  /** External source name. */
  readonly externalSourceName?: string;
}

/** `ContactMethodRequestBody`. @public */
export interface ContactMethodRequestBody extends ExternalSourceRequestBody {
  /** Properties. */
  readonly properties?: ContactMethodProperties;
}

/** `ControlFlowRequestBody`. @public */
export interface ControlFlowRequestBody extends EffectiveTimeQueryRequestBody {
  /** Properties. */
  readonly properties?: ControlFlowProperties;
}

/** `DataContainerRequestBody`. @public */
export interface DataContainerRequestBody extends DataContainerProperties {
  /** External source GUID. */
  readonly externalSourceGUID?: string;
  /** External source name. */
  readonly externalSourceName?: string;
}

/** `DataFileRequestBody`. @public */
export interface DataFileRequestBody extends DataFileProperties {
  /** External source GUID. */
  readonly externalSourceGUID?: string;
  /** External source name. */
  readonly externalSourceName?: string;
  /** Connector provider class name. */
  readonly connectorProviderClassName?: string;
}

/** `DataFlowRequestBody`. @public */
export interface DataFlowRequestBody extends EffectiveTimeQueryRequestBody {
  /** Properties. */
  readonly properties?: DataFlowProperties;
}

/** `DataFolderRequestBody`. @public */
export interface DataFolderRequestBody extends FileFolderProperties {
  /** External source GUID. */
  readonly externalSourceGUID?: string;
  /** External source name. */
  readonly externalSourceName?: string;
  /** Connector provider class name. */
  readonly connectorProviderClassName?: string;
}

/** `DataProcessingEngineRequestBody`. @public */
export interface DataProcessingEngineRequestBody extends DataProcessingEngineProperties {
  /** External source GUID. */
  readonly externalSourceGUID?: string;
  /** External source name. */
  readonly externalSourceName?: string;
}

/** `DeleteRequestBody`. @public */
export interface DeleteRequestBody {
  /** Qualified name. */
  readonly qualifiedName?: string;
}

/** `DerivedSchemaTypeQueryTargetRequestBody`. @public */
export interface DerivedSchemaTypeQueryTargetRequestBody extends DerivedSchemaTypeQueryTargetProperties {
  /** External source GUID. */
  readonly externalSourceGUID?: string;
  /** External source name. */
  readonly externalSourceName?: string;
}

/** `EffectiveDatesRequestBody`. @public */
export interface EffectiveDatesRequestBody extends ExternalSourceRequestBody {
  /** Effective from. */
  readonly effectiveFrom?: EgeriaDateInput;
  /** Effective to. */
  readonly effectiveTo?: EgeriaDateInput;
}

/** `EffectiveTimeQueryRequestBody`. @public */
export interface EffectiveTimeQueryRequestBody extends ExternalSourceRequestBody {
  /** Effective time. */
  readonly effectiveTime?: EgeriaDateInput;
}

/** `EffectiveTimeRequestBody`. @public */
export interface EffectiveTimeRequestBody {
  /** Effective time. */
  readonly effectiveTime?: EgeriaDateInput;
}

/** `ElementStatusRequestBody`. @public */
export interface ElementStatusRequestBody extends ResultsRequestBody {
  /** External source GUID. */
  readonly externalSourceGUID?: string;
  /** External source name. */
  readonly externalSourceName?: string;
  /** Element status. */
  readonly elementStatus?: ElementStatus;
}

/** `EmbeddedConnectionRequestBody`. @public */
export interface EmbeddedConnectionRequestBody extends ExternalSourceRequestBody {
  /** Position. */
  readonly position?: number;
  /** Display name. */
  readonly displayName?: string;
  /** Arguments. */
  readonly arguments?: Readonly<Record<string, unknown>>;
}

/** `EndpointRequestBody`. @public */
export interface EndpointRequestBody extends EndpointProperties {
  /** External source GUID. */
  readonly externalSourceGUID?: string;
  /** External source name. */
  readonly externalSourceName?: string;
}

/** `EnumSchemaTypeRequestBody`. @public */
export interface EnumSchemaTypeRequestBody extends EnumSchemaTypeProperties {
  /** External source GUID. */
  readonly externalSourceGUID?: string;
  /** External source name. */
  readonly externalSourceName?: string;
}

/** `EventBrokerRequestBody`. @public */
export interface EventBrokerRequestBody extends EventBrokerProperties {
  /** External source GUID. */
  readonly externalSourceGUID?: string;
  /** External source name. */
  readonly externalSourceName?: string;
}

/** `EventTypeRequestBody`. @public */
export interface EventTypeRequestBody extends EventTypeProperties {
  /** External source GUID. */
  readonly externalSourceGUID?: string;
  /** External source name. */
  readonly externalSourceName?: string;
}

/** `ExternalSourceRequestBody`. @public */
export interface ExternalSourceRequestBody {
  /** External source GUID. */
  readonly externalSourceGUID?: string;
  /** External source name. */
  readonly externalSourceName?: string;
}

/** `FileManagerRequestBody`. @public */
export interface FileManagerRequestBody extends FileManagerProperties {
  /** External source GUID. */
  readonly externalSourceGUID?: string;
  /** External source name. */
  readonly externalSourceName?: string;
}

/** `FileSystemRequestBody`. @public */
export interface FileSystemRequestBody extends FileSystemProperties {
  /** External source GUID. */
  readonly externalSourceGUID?: string;
  /** External source name. */
  readonly externalSourceName?: string;
}

/** `FormRequestBody`. @public */
export interface FormRequestBody extends FormProperties {
  /** External source GUID. */
  readonly externalSourceGUID?: string;
  /** External source name. */
  readonly externalSourceName?: string;
}

/** `FormulaRequestBody`. @public */
export interface FormulaRequestBody {
  /** External source GUID. */
  readonly externalSourceGUID?: string;
  /** External source name. */
  readonly externalSourceName?: string;
  /** Formula. */
  readonly formula?: string;
}

/** `ITProfileRequestBody`. @public */
export interface ITProfileRequestBody extends ExternalSourceRequestBody {
  /** It infrastructure GUID. */
  readonly itInfrastructureGUID?: string;
  /** It user id. */
  readonly itUserId?: string;
  /** Properties. */
  readonly properties?: ITProfileProperties;
}

/** `LineageMappingRequestBody`. @public */
export interface LineageMappingRequestBody extends EffectiveTimeQueryRequestBody {
  /** Properties. */
  readonly properties?: LineageMappingProperties;
}

/** `LiteralSchemaTypeRequestBody`. @public */
export interface LiteralSchemaTypeRequestBody extends LiteralSchemaTypeProperties {
  /** External source GUID. */
  readonly externalSourceGUID?: string;
  /** External source name. */
  readonly externalSourceName?: string;
}

/** `MapSchemaTypeRequestBody`. @public */
export interface MapSchemaTypeRequestBody extends MapSchemaTypeProperties {
  /** External source GUID. */
  readonly externalSourceGUID?: string;
  /** External source name. */
  readonly externalSourceName?: string;
}

/** `MetadataSourceRequestBody`. @public */
export interface MetadataSourceRequestBody {
  /** External source GUID. */
  readonly externalSourceGUID?: string;
  /** External source name. */
  readonly externalSourceName?: string;
}

/** `NameRequestBody`. @public */
export interface NameRequestBody extends ResultsRequestBody {
  /** Name. */
  readonly name?: string;
  /** Name parameter name. */
  readonly nameParameterName?: string;
  /** Name property name. */
  readonly namePropertyName?: string;
}

/** `PathNameRequestBody`. @public */
export interface PathNameRequestBody extends ExternalSourceRequestBody {
  /** Path name. */
  readonly pathName?: string;
}

/** `PersonRoleRequestBody`. @public */
export interface PersonRoleRequestBody extends ExternalSourceRequestBody {
  /** Properties. */
  readonly properties?: PersonRoleProperties;
}

/** `PrimitiveSchemaTypeRequestBody`. @public */
export interface PrimitiveSchemaTypeRequestBody extends PrimitiveSchemaTypeProperties {
  /** External source GUID. */
  readonly externalSourceGUID?: string;
  /** External source name. */
  readonly externalSourceName?: string;
}

/** `ProcessCallRequestBody`. @public */
export interface ProcessCallRequestBody extends EffectiveTimeQueryRequestBody {
  /** Properties. */
  readonly properties?: ProcessCallProperties;
}

/** `QueryRequestBody`. @public */
export interface QueryRequestBody extends QueryProperties {
  /** External source GUID. */
  readonly externalSourceGUID?: string;
  /** External source name. */
  readonly externalSourceName?: string;
}

/** `ReferenceableRequestBody`. @public */
export interface ReferenceableRequestBody extends ExternalSourceRequestBody {
  /** Properties. */
  readonly properties?: ReferenceableProperties;
  /** Anchor GUID. */
  readonly anchorGUID?: string;
  /** Parent GUID. */
  readonly parentGUID?: string;
}

/** `RelationshipRequestBody`. @public */
export interface RelationshipRequestBody extends EffectiveTimeQueryRequestBody {
  /** Relationship name. */
  readonly relationshipName?: string;
  /** Properties. */
  readonly properties?: RelationshipProperties;
}

/** `ReportRequestBody`. @public */
export interface ReportRequestBody extends ReportProperties {
  /** External source GUID. */
  readonly externalSourceGUID?: string;
  /** External source name. */
  readonly externalSourceName?: string;
}

/** `ResultsRequestBody`. @public */
export interface ResultsRequestBody {
  /** Effective time. */
  readonly effectiveTime?: EgeriaDateInput;
  /** Limit results by status. */
  readonly limitResultsByStatus?: readonly ElementStatus[];
  /** As of time. */
  readonly asOfTime?: EgeriaDateInput;
  /** Sequencing property. */
  readonly sequencingProperty?: string;
  /** Sequencing order. */
  readonly sequencingOrder?: SequencingOrder;
}

/** `SchemaAttributeRequestBody`. @public */
export interface SchemaAttributeRequestBody extends SchemaAttributeProperties {
  /** External source GUID. */
  readonly externalSourceGUID?: string;
  /** External source name. */
  readonly externalSourceName?: string;
}

/** `SchemaTypeChoiceRequestBody`. @public */
export interface SchemaTypeChoiceRequestBody extends SchemaTypeChoiceProperties {
  /** External source GUID. */
  readonly externalSourceGUID?: string;
  /** External source name. */
  readonly externalSourceName?: string;
  /** Schema type option GUI ds. */
  readonly schemaTypeOptionGUIDs?: readonly string[];
}

/** `SchemaTypeRequestBody`. @public */
export interface SchemaTypeRequestBody extends SchemaTypeProperties {
  /** External source GUID. */
  readonly externalSourceGUID?: string;
  /** External source name. */
  readonly externalSourceName?: string;
}

/** `SearchStringRequestBody`. @public */
export interface SearchStringRequestBody extends ResultsRequestBody {
  /** Search string. */
  readonly searchString?: string;
  /** Search string parameter name. */
  readonly searchStringParameterName?: string;
  /** Type name. */
  readonly typeName?: string;
}

/** `SecurityManagerRequestBody`. @public */
export interface SecurityManagerRequestBody extends SecurityManagerProperties {
  /** External source GUID. */
  readonly externalSourceGUID?: string;
  /** External source name. */
  readonly externalSourceName?: string;
}

/** `ServerAssetUseRequestBody`. @public */
export interface ServerAssetUseRequestBody extends ExternalSourceRequestBody {
  /** Properties. */
  readonly properties?: ServerAssetUseProperties;
}

/** `SoftwareCapabilityRequestBody`. @public */
export interface SoftwareCapabilityRequestBody extends SoftwareCapabilityProperties {
  /** External source GUID. */
  readonly externalSourceGUID?: string;
  /** External source name. */
  readonly externalSourceName?: string;
  /** Classification name. */
  readonly classificationName?: string;
}

/** `StructSchemaTypeRequestBody`. @public */
export interface StructSchemaTypeRequestBody extends StructSchemaTypeProperties {
  /** External source GUID. */
  readonly externalSourceGUID?: string;
  /** External source name. */
  readonly externalSourceName?: string;
}

/** `TeamPlayerRequestBody`. @public */
export interface TeamPlayerRequestBody extends ExternalSourceRequestBody {
  /** Is leadership role. */
  readonly isLeadershipRole?: boolean;
  /** Position. */
  readonly position?: string;
}

/** `TopicRequestBody`. @public */
export interface TopicRequestBody extends TopicProperties {
  /** External source GUID. */
  readonly externalSourceGUID?: string;
  /** External source name. */
  readonly externalSourceName?: string;
}

/** `UseTypeRequestBody`. @public */
export interface UseTypeRequestBody extends ResultsRequestBody {
  /** Use type. */
  readonly useType?: ServerAssetUseType;
}

/** `UserIdentityRequestBody`. @public */
export interface UserIdentityRequestBody extends ExternalSourceRequestBody {
  /** Properties. */
  readonly properties?: UserIdentityProperties;
}
