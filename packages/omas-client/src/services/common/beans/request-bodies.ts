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
  PrimaryKeyProperties,
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
  /** The GUID of the software capability (metadata source) that owns the element; leave out for the local cohort. */
  readonly externalSourceGUID?: string;
  /** The qualified name of that software capability. */
  readonly externalSourceName?: string;
}

/** `APIOperationRequestBody`. @public */
export interface APIOperationRequestBody extends APIOperationProperties {
  /** The GUID of the software capability (metadata source) that owns the element; leave out for the local cohort. */
  readonly externalSourceGUID?: string;
  /** The qualified name of that software capability. */
  readonly externalSourceName?: string;
}

/** `APIParameterListRequestBody`. @public */
export interface APIParameterListRequestBody extends APIParameterListProperties {
  /** The GUID of the software capability (metadata source) that owns the element; leave out for the local cohort. */
  readonly externalSourceGUID?: string;
  /** The qualified name of that software capability. */
  readonly externalSourceName?: string;
}

/** `APIRequestBody`. @public */
export interface APIRequestBody extends APIProperties {
  /** The GUID of the software capability (metadata source) that owns the element; leave out for the local cohort. */
  readonly externalSourceGUID?: string;
  /** The qualified name of that software capability. */
  readonly externalSourceName?: string;
}

/** `ActorProfileRequestBody`. @public */
export interface ActorProfileRequestBody extends ExternalSourceRequestBody {
  /** The properties, a bean with its own `class`. */
  readonly properties?: ActorProfileProperties;
  /** Contribution record. */
  readonly contributionRecord?: ContributionRecord;
}

/** `ApplicationRequestBody`. @public */
export interface ApplicationRequestBody extends ApplicationProperties {
  /** The GUID of the software capability (metadata source) that owns the element; leave out for the local cohort. */
  readonly externalSourceGUID?: string;
  /** The qualified name of that software capability. */
  readonly externalSourceName?: string;
}

/** `AppointmentRequestBody`. @public */
export interface AppointmentRequestBody extends EffectiveTimeQueryRequestBody {
  /** The properties, a bean with its own `class`. */
  readonly properties?: AppointmentProperties;
}

/** `ArchiveRequestBody`. @public */
export interface ArchiveRequestBody extends ArchiveProperties {
  /** The GUID of the software capability (metadata source) that owns the element; leave out for the local cohort. */
  readonly externalSourceGUID?: string;
  /** The qualified name of that software capability. */
  readonly externalSourceName?: string;
}

/** `AssetConnectionRequestBody`. @public */
export interface AssetConnectionRequestBody extends ExternalSourceRequestBody {
  /** Asset summary. */
  readonly assetSummary?: string;
}

/** `AssetExtensionsRequestBody`. @public */
export interface AssetExtensionsRequestBody extends EffectiveDatesRequestBody {
  /** The properties, a bean with its own `class`. */
  readonly properties?: Readonly<Record<string, unknown>>;
  /** The time at which the elements must be effective (default: now). */
  readonly effectiveTime?: EgeriaDateInput;
}

/** `AssetRequestBody`. @public */
export interface AssetRequestBody extends AssetProperties {
  /** The GUID of the software capability (metadata source) that owns the element; leave out for the local cohort. */
  readonly externalSourceGUID?: string;
  /** The qualified name of that software capability. */
  readonly externalSourceName?: string;
  /** The status the new element starts with. */
  readonly initialStatus?: ElementStatus;
}

/** `ConnectionRequestBody`. @public */
export interface ConnectionRequestBody extends ConnectionProperties {
  /** The GUID of the software capability (metadata source) that owns the element; leave out for the local cohort. */
  readonly externalSourceGUID?: string;
  /** The qualified name of that software capability. */
  readonly externalSourceName?: string;
}

/** `ConnectorTypeRequestBody`. @public */
export interface ConnectorTypeRequestBody extends ConnectorTypeProperties {
  /** The GUID of the software capability (metadata source) that owns the element; leave out for the local cohort. */
  readonly externalSourceGUID?: string;
  /** The qualified name of that software capability. */
  readonly externalSourceName?: string;
}

/** `ContactMethodRequestBody`. @public */
export interface ContactMethodRequestBody extends ExternalSourceRequestBody {
  /** The properties, a bean with its own `class`. */
  readonly properties?: ContactMethodProperties;
}

/** `ControlFlowRequestBody`. @public */
export interface ControlFlowRequestBody extends EffectiveTimeQueryRequestBody {
  /** The properties, a bean with its own `class`. */
  readonly properties?: ControlFlowProperties;
}

/** `DataContainerRequestBody`. @public */
export interface DataContainerRequestBody extends DataContainerProperties {
  /** The GUID of the software capability (metadata source) that owns the element; leave out for the local cohort. */
  readonly externalSourceGUID?: string;
  /** The qualified name of that software capability. */
  readonly externalSourceName?: string;
}

/** `DataFileRequestBody`. @public */
export interface DataFileRequestBody extends DataFileProperties {
  /** The GUID of the software capability (metadata source) that owns the element; leave out for the local cohort. */
  readonly externalSourceGUID?: string;
  /** The qualified name of that software capability. */
  readonly externalSourceName?: string;
  /** The connector provider for the connection created with the element (default: Egeria's own). */
  readonly connectorProviderClassName?: string;
}

/** `DataFlowRequestBody`. @public */
export interface DataFlowRequestBody extends EffectiveTimeQueryRequestBody {
  /** The properties, a bean with its own `class`. */
  readonly properties?: DataFlowProperties;
}

/** `DataFolderRequestBody`. @public */
export interface DataFolderRequestBody extends FileFolderProperties {
  /** The GUID of the software capability (metadata source) that owns the element; leave out for the local cohort. */
  readonly externalSourceGUID?: string;
  /** The qualified name of that software capability. */
  readonly externalSourceName?: string;
  /** The connector provider for the connection created with the element (default: Egeria's own). */
  readonly connectorProviderClassName?: string;
}

/** `DataProcessingEngineRequestBody`. @public */
export interface DataProcessingEngineRequestBody extends DataProcessingEngineProperties {
  /** The GUID of the software capability (metadata source) that owns the element; leave out for the local cohort. */
  readonly externalSourceGUID?: string;
  /** The qualified name of that software capability. */
  readonly externalSourceName?: string;
}

/** `DeleteRequestBody`. @public */
export interface DeleteRequestBody {
  /** The unique name. */
  readonly qualifiedName?: string;
}

/** `DerivedSchemaTypeQueryTargetRequestBody`. @public */
export interface DerivedSchemaTypeQueryTargetRequestBody extends DerivedSchemaTypeQueryTargetProperties {
  /** The GUID of the software capability (metadata source) that owns the element; leave out for the local cohort. */
  readonly externalSourceGUID?: string;
  /** The qualified name of that software capability. */
  readonly externalSourceName?: string;
}

/** `EffectiveDatesRequestBody`. @public */
export interface EffectiveDatesRequestBody extends ExternalSourceRequestBody {
  /** When the element or relationship becomes effective. */
  readonly effectiveFrom?: EgeriaDateInput;
  /** When the element or relationship stops being effective. */
  readonly effectiveTo?: EgeriaDateInput;
}

/** `EffectiveTimeQueryRequestBody`. @public */
export interface EffectiveTimeQueryRequestBody extends ExternalSourceRequestBody {
  /** The time at which the elements must be effective (default: now). */
  readonly effectiveTime?: EgeriaDateInput;
}

/** `EffectiveTimeRequestBody`. @public */
export interface EffectiveTimeRequestBody {
  /** The time at which the elements must be effective (default: now). */
  readonly effectiveTime?: EgeriaDateInput;
}

/** `ElementStatusRequestBody`. @public */
export interface ElementStatusRequestBody extends ResultsRequestBody {
  /** The GUID of the software capability (metadata source) that owns the element; leave out for the local cohort. */
  readonly externalSourceGUID?: string;
  /** The qualified name of that software capability. */
  readonly externalSourceName?: string;
  /** Element status. */
  readonly elementStatus?: ElementStatus;
}

/** `EmbeddedConnectionRequestBody`. @public */
export interface EmbeddedConnectionRequestBody extends ExternalSourceRequestBody {
  /** The position in an ordered list. */
  readonly position?: number;
  /** The name to show. */
  readonly displayName?: string;
  /** Arguments. */
  readonly arguments?: Readonly<Record<string, unknown>>;
}

/** `EndpointRequestBody`. @public */
export interface EndpointRequestBody extends EndpointProperties {
  /** The GUID of the software capability (metadata source) that owns the element; leave out for the local cohort. */
  readonly externalSourceGUID?: string;
  /** The qualified name of that software capability. */
  readonly externalSourceName?: string;
}

/** `EnumSchemaTypeRequestBody`. @public */
export interface EnumSchemaTypeRequestBody extends EnumSchemaTypeProperties {
  /** The GUID of the software capability (metadata source) that owns the element; leave out for the local cohort. */
  readonly externalSourceGUID?: string;
  /** The qualified name of that software capability. */
  readonly externalSourceName?: string;
}

/** `EventBrokerRequestBody`. @public */
export interface EventBrokerRequestBody extends EventBrokerProperties {
  /** The GUID of the software capability (metadata source) that owns the element; leave out for the local cohort. */
  readonly externalSourceGUID?: string;
  /** The qualified name of that software capability. */
  readonly externalSourceName?: string;
}

/** `EventTypeRequestBody`. @public */
export interface EventTypeRequestBody extends EventTypeProperties {
  /** The GUID of the software capability (metadata source) that owns the element; leave out for the local cohort. */
  readonly externalSourceGUID?: string;
  /** The qualified name of that software capability. */
  readonly externalSourceName?: string;
}

/** `ExternalSourceRequestBody`. @public */
export interface ExternalSourceRequestBody {
  /** The GUID of the software capability (metadata source) that owns the element; leave out for the local cohort. */
  readonly externalSourceGUID?: string;
  /** The qualified name of that software capability. */
  readonly externalSourceName?: string;
}

/** `FileManagerRequestBody`. @public */
export interface FileManagerRequestBody extends FileManagerProperties {
  /** The GUID of the software capability (metadata source) that owns the element; leave out for the local cohort. */
  readonly externalSourceGUID?: string;
  /** The qualified name of that software capability. */
  readonly externalSourceName?: string;
}

/** `FileSystemRequestBody`. @public */
export interface FileSystemRequestBody extends FileSystemProperties {
  /** The GUID of the software capability (metadata source) that owns the element; leave out for the local cohort. */
  readonly externalSourceGUID?: string;
  /** The qualified name of that software capability. */
  readonly externalSourceName?: string;
}

/** `FormRequestBody`. @public */
export interface FormRequestBody extends FormProperties {
  /** The GUID of the software capability (metadata source) that owns the element; leave out for the local cohort. */
  readonly externalSourceGUID?: string;
  /** The qualified name of that software capability. */
  readonly externalSourceName?: string;
}

/** `FormulaRequestBody`. @public */
export interface FormulaRequestBody {
  /** The GUID of the software capability (metadata source) that owns the element; leave out for the local cohort. */
  readonly externalSourceGUID?: string;
  /** The qualified name of that software capability. */
  readonly externalSourceName?: string;
  /** How the value is derived. */
  readonly formula?: string;
}

/** `ITProfileRequestBody`. @public */
export interface ITProfileRequestBody extends ExternalSourceRequestBody {
  /** It infrastructure GUID. */
  readonly itInfrastructureGUID?: string;
  /** It user id. */
  readonly itUserId?: string;
  /** The properties, a bean with its own `class`. */
  readonly properties?: ITProfileProperties;
}

/** `LineageMappingRequestBody`. @public */
export interface LineageMappingRequestBody extends EffectiveTimeQueryRequestBody {
  /** The properties, a bean with its own `class`. */
  readonly properties?: LineageMappingProperties;
}

/** `LiteralSchemaTypeRequestBody`. @public */
export interface LiteralSchemaTypeRequestBody extends LiteralSchemaTypeProperties {
  /** The GUID of the software capability (metadata source) that owns the element; leave out for the local cohort. */
  readonly externalSourceGUID?: string;
  /** The qualified name of that software capability. */
  readonly externalSourceName?: string;
}

/** `MapSchemaTypeRequestBody`. @public */
export interface MapSchemaTypeRequestBody extends MapSchemaTypeProperties {
  /** The GUID of the software capability (metadata source) that owns the element; leave out for the local cohort. */
  readonly externalSourceGUID?: string;
  /** The qualified name of that software capability. */
  readonly externalSourceName?: string;
}

/** `MetadataSourceRequestBody`. @public */
export interface MetadataSourceRequestBody {
  /** The GUID of the software capability (metadata source) that owns the element; leave out for the local cohort. */
  readonly externalSourceGUID?: string;
  /** The qualified name of that software capability. */
  readonly externalSourceName?: string;
}

/** `NameRequestBody`. @public */
export interface NameRequestBody extends ResultsRequestBody {
  /** A name. */
  readonly name?: string;
  /** The name of the name parameter, used in error messages. */
  readonly nameParameterName?: string;
  /** The property the name is matched against (default: the unique name and display names). */
  readonly namePropertyName?: string;
}

/** `PathNameRequestBody`. @public */
export interface PathNameRequestBody extends ExternalSourceRequestBody {
  /** A file system path name. */
  readonly pathName?: string;
}

/** `PersonRoleRequestBody`. @public */
export interface PersonRoleRequestBody extends ExternalSourceRequestBody {
  /** The properties, a bean with its own `class`. */
  readonly properties?: PersonRoleProperties;
}

/** `PrimaryKeyClassificationRequestBody`. @public */
export interface PrimaryKeyClassificationRequestBody extends EffectiveTimeQueryRequestBody {
  /** Primary key properties. */
  readonly primaryKeyProperties?: PrimaryKeyProperties;
}

/** `PrimitiveSchemaTypeRequestBody`. @public */
export interface PrimitiveSchemaTypeRequestBody extends PrimitiveSchemaTypeProperties {
  /** The GUID of the software capability (metadata source) that owns the element; leave out for the local cohort. */
  readonly externalSourceGUID?: string;
  /** The qualified name of that software capability. */
  readonly externalSourceName?: string;
}

/** `ProcessCallRequestBody`. @public */
export interface ProcessCallRequestBody extends EffectiveTimeQueryRequestBody {
  /** The properties, a bean with its own `class`. */
  readonly properties?: ProcessCallProperties;
}

/** `QueryRequestBody`. @public */
export interface QueryRequestBody extends QueryProperties {
  /** The GUID of the software capability (metadata source) that owns the element; leave out for the local cohort. */
  readonly externalSourceGUID?: string;
  /** The qualified name of that software capability. */
  readonly externalSourceName?: string;
}

/** `ReferenceableRequestBody`. @public */
export interface ReferenceableRequestBody extends ExternalSourceRequestBody {
  /** The properties, a bean with its own `class`. */
  readonly properties?: ReferenceableProperties;
  /** The GUID of the element this one is anchored to. */
  readonly anchorGUID?: string;
  /** The GUID of the parent element to attach the new element to. */
  readonly parentGUID?: string;
}

/** `RelationshipRequestBody`. @public */
export interface RelationshipRequestBody extends EffectiveTimeQueryRequestBody {
  /** Relationship name. */
  readonly relationshipName?: string;
  /** The properties, a bean with its own `class`. */
  readonly properties?: RelationshipProperties;
}

/** `ReportRequestBody`. @public */
export interface ReportRequestBody extends ReportProperties {
  /** The GUID of the software capability (metadata source) that owns the element; leave out for the local cohort. */
  readonly externalSourceGUID?: string;
  /** The qualified name of that software capability. */
  readonly externalSourceName?: string;
}

/** `ResultsRequestBody`. @public */
export interface ResultsRequestBody {
  /** The time at which the elements must be effective (default: now). */
  readonly effectiveTime?: EgeriaDateInput;
  /** Only return elements with these statuses. */
  readonly limitResultsByStatus?: readonly ElementStatus[];
  /** Read the repository as it was at this time. */
  readonly asOfTime?: EgeriaDateInput;
  /** Sequencing property. */
  readonly sequencingProperty?: string;
  /** Sequencing order. */
  readonly sequencingOrder?: SequencingOrder;
}

/** `SchemaAttributeRequestBody`. @public */
export interface SchemaAttributeRequestBody extends SchemaAttributeProperties {
  /** The GUID of the software capability (metadata source) that owns the element; leave out for the local cohort. */
  readonly externalSourceGUID?: string;
  /** The qualified name of that software capability. */
  readonly externalSourceName?: string;
}

/** `SchemaTypeChoiceRequestBody`. @public */
export interface SchemaTypeChoiceRequestBody extends SchemaTypeChoiceProperties {
  /** The GUID of the software capability (metadata source) that owns the element; leave out for the local cohort. */
  readonly externalSourceGUID?: string;
  /** The qualified name of that software capability. */
  readonly externalSourceName?: string;
  /** Schema type option GUI ds. */
  readonly schemaTypeOptionGUIDs?: readonly string[];
}

/** `SchemaTypeRequestBody`. @public */
export interface SchemaTypeRequestBody extends SchemaTypeProperties {
  /** The GUID of the software capability (metadata source) that owns the element; leave out for the local cohort. */
  readonly externalSourceGUID?: string;
  /** The qualified name of that software capability. */
  readonly externalSourceName?: string;
}

/** `SearchStringRequestBody`. @public */
export interface SearchStringRequestBody extends ResultsRequestBody {
  /** A regular expression matched against the elements' string properties. */
  readonly searchString?: string;
  /** The name of the search string parameter, used in error messages. */
  readonly searchStringParameterName?: string;
  /** An open metadata type name: the subtype to create, or the type to limit results to. */
  readonly typeName?: string;
}

/** `SecurityManagerRequestBody`. @public */
export interface SecurityManagerRequestBody extends SecurityManagerProperties {
  /** The GUID of the software capability (metadata source) that owns the element; leave out for the local cohort. */
  readonly externalSourceGUID?: string;
  /** The qualified name of that software capability. */
  readonly externalSourceName?: string;
}

/** `ServerAssetUseRequestBody`. @public */
export interface ServerAssetUseRequestBody extends ExternalSourceRequestBody {
  /** The properties, a bean with its own `class`. */
  readonly properties?: ServerAssetUseProperties;
}

/** `SoftwareCapabilityRequestBody`. @public */
export interface SoftwareCapabilityRequestBody extends SoftwareCapabilityProperties {
  /** The GUID of the software capability (metadata source) that owns the element; leave out for the local cohort. */
  readonly externalSourceGUID?: string;
  /** The qualified name of that software capability. */
  readonly externalSourceName?: string;
  /** The classification's name. */
  readonly classificationName?: string;
}

/** `StructSchemaTypeRequestBody`. @public */
export interface StructSchemaTypeRequestBody extends StructSchemaTypeProperties {
  /** The GUID of the software capability (metadata source) that owns the element; leave out for the local cohort. */
  readonly externalSourceGUID?: string;
  /** The qualified name of that software capability. */
  readonly externalSourceName?: string;
}

/** `TeamPlayerRequestBody`. @public */
export interface TeamPlayerRequestBody extends ExternalSourceRequestBody {
  /** Is leadership role. */
  readonly isLeadershipRole?: boolean;
  /** The position in an ordered list. */
  readonly position?: string;
}

/** `TopicRequestBody`. @public */
export interface TopicRequestBody extends TopicProperties {
  /** The GUID of the software capability (metadata source) that owns the element; leave out for the local cohort. */
  readonly externalSourceGUID?: string;
  /** The qualified name of that software capability. */
  readonly externalSourceName?: string;
}

/** `UseTypeRequestBody`. @public */
export interface UseTypeRequestBody extends ResultsRequestBody {
  /** Use type. */
  readonly useType?: ServerAssetUseType;
}

/** `UserIdentityRequestBody`. @public */
export interface UserIdentityRequestBody extends ExternalSourceRequestBody {
  /** The properties, a bean with its own `class`. */
  readonly properties?: UserIdentityProperties;
}
