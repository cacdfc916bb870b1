/**
 * Metadata elements returned by the OMASs (`frameworks.openmetadata.metadataelements`), as the typed clients send and receive them: one field per
 * public getter of the bean class at commit 19177ef7, named as Jackson names it, every field optional
 * as in Egeria. Enums are the constant names Egeria writes.
 */
import type {
  ActorProfileProperties,
  ContactMethodProperties,
  ContributionRecord,
  ITProfileProperties,
  PersonRoleProperties,
  ProfileIdentityProperties,
  ProfileLocationProperties,
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
  FileSystemProperties,
  MetadataSourceProperties,
  SoftwareCapabilityProperties,
} from './capability-properties';
import type { ConnectionProperties, ConnectorTypeProperties, EndpointProperties } from './connection-properties';
import type { RelationshipProperties } from './core-properties';
import type { APIParameterListType, ClassificationOrigin } from './enums';
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
  EventTypeProperties,
  SchemaTypeProperties,
} from './schema-properties';
import type { SecurityGroupProperties } from './security-properties';
import type { ValidValueProperties, ValidValueSetProperties } from './valid-value-properties';
import type { ElementControlHeader, ElementHeader } from '../../../operations/element-header';
import type {
  AssetProperties,
  EgeriaDateInput,
  SchemaAttributeProperties,
} from '../../data-manager/database-operations';

/** `APIElement`. @public */
export interface APIElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** The API's properties. Egeria's getter is `getAPIProperties()`, which Jackson writes as `apiproperties`. */
  readonly apiproperties?: APIProperties;
}

/** `APIOperationElement`. @public */
export interface APIOperationElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** The properties, a bean with its own `class`. */
  readonly properties?: APIOperationProperties;
}

/** `APIParameterListElement`. @public */
export interface APIParameterListElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** The properties, a bean with its own `class`. */
  readonly properties?: APIParameterListProperties;
  /** Parameter list type. */
  readonly parameterListType?: APIParameterListType;
  /** Parameter count. */
  readonly parameterCount?: number;
}

/** `ActorProfileElement`. @public */
export interface ActorProfileElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** Profile properties. */
  readonly profileProperties?: ActorProfileProperties;
  /** Contact methods. */
  readonly contactMethods?: readonly ContactMethodElement[];
  /** Contribution record. */
  readonly contributionRecord?: ContributionRecordElement;
  /** Person roles. */
  readonly personRoles?: readonly ElementStub[];
  /** Peers. */
  readonly peers?: readonly ElementStub[];
  /** Locations. */
  readonly locations?: readonly ProfileLocationElement[];
  /** User identities. */
  readonly userIdentities?: readonly ProfileIdentityElement[];
  /** Super team. */
  readonly superTeam?: ElementStub;
  /** Sub teams. */
  readonly subTeams?: readonly ElementStub[];
  /** Team leader roles. */
  readonly teamLeaderRoles?: readonly ElementStub[];
  /** Team member roles. */
  readonly teamMemberRoles?: readonly ElementStub[];
  /** Business capability. */
  readonly businessCapability?: readonly RelatedElement[];
  /** Linked infrastructure. */
  readonly linkedInfrastructure?: readonly ElementStub[];
}

/** `Appointee`. @public */
export interface Appointee {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** True when the relationship is visible to everyone. */
  readonly isPublic?: boolean;
  /** Profile. */
  readonly profile?: ActorProfileElement;
  /** Start date. */
  readonly startDate?: EgeriaDateInput;
  /** End date. */
  readonly endDate?: EgeriaDateInput;
}

/** `AssetElement`. @public */
export interface AssetElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** The properties, a bean with its own `class`. */
  readonly properties?: AssetProperties;
}

/** `AssetRelationshipElement`. @public */
export interface AssetRelationshipElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** The properties, a bean with its own `class`. */
  readonly properties?: Readonly<Record<string, unknown>>;
  /** When the element or relationship becomes effective. */
  readonly effectiveFrom?: EgeriaDateInput;
  /** When the element or relationship stops being effective. */
  readonly effectiveTo?: EgeriaDateInput;
  /** End1 element. */
  readonly end1Element?: ElementStub;
  /** End2 element. */
  readonly end2Element?: ElementStub;
}

/** `ConnectionElement`. @public */
export interface ConnectionElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** Connection properties. */
  readonly connectionProperties?: ConnectionProperties;
  /** Connector type. */
  readonly connectorType?: ElementStub;
  /** Endpoint. */
  readonly endpoint?: ElementStub;
  /** Embedded connections. */
  readonly embeddedConnections?: readonly EmbeddedConnectionElement[];
}

/** `ConnectorTypeElement`. @public */
export interface ConnectorTypeElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** Connector type properties. */
  readonly connectorTypeProperties?: ConnectorTypeProperties;
}

/** `ContactMethodElement`. @public */
export interface ContactMethodElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** The properties, a bean with its own `class`. */
  readonly properties?: ContactMethodProperties;
}

/** `ContributionRecordElement`. @public */
export interface ContributionRecordElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** The properties, a bean with its own `class`. */
  readonly properties?: ContributionRecord;
}

/** `ControlFlowElement`. @public */
export interface ControlFlowElement {
  /** Control flow header. */
  readonly controlFlowHeader?: ElementHeader;
  /** Control flow properties. */
  readonly controlFlowProperties?: ControlFlowProperties;
  /** Current step. */
  readonly currentStep?: ElementHeader;
  /** Next step. */
  readonly nextStep?: ElementHeader;
}

/** `DataContainerElement`. @public */
export interface DataContainerElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** The properties, a bean with its own `class`. */
  readonly properties?: DataContainerProperties;
}

/** `DataFileElement`. @public */
export interface DataFileElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** The properties, a bean with its own `class`. */
  readonly properties?: DataFileProperties;
}

/** `DataFlowElement`. @public */
export interface DataFlowElement {
  /** Data flow header. */
  readonly dataFlowHeader?: ElementHeader;
  /** Data flow properties. */
  readonly dataFlowProperties?: DataFlowProperties;
  /** Data supplier. */
  readonly dataSupplier?: ElementHeader;
  /** Data consumer. */
  readonly dataConsumer?: ElementHeader;
}

/** `ElementClassificationHeader`. @public */
export interface ElementClassificationHeader extends ElementControlHeader {
  /** Classification origin. */
  readonly classificationOrigin?: ClassificationOrigin;
  /** Classification origin GUID. */
  readonly classificationOriginGUID?: string;
}

/** `ElementStub`. @public */
export interface ElementStub extends ElementHeader {
  /** The element's unique name. */
  readonly uniqueName?: string;
}

/** `EmbeddedConnection`. @public */
export interface EmbeddedConnectionElement {
  /** The position in an ordered list. */
  readonly position?: number;
  /** The name to show. */
  readonly displayName?: string;
  /** Arguments. */
  readonly arguments?: Readonly<Record<string, unknown>>;
  /** Embedded connection. */
  readonly embeddedConnection?: ElementStub;
}

/** `EndpointElement`. @public */
export interface EndpointElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** Endpoint properties. */
  readonly endpointProperties?: EndpointProperties;
}

/** `EventTypeElement`. @public */
export interface EventTypeElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** The properties, a bean with its own `class`. */
  readonly properties?: EventTypeProperties;
}

/** `FileFolderElement`. @public */
export interface FileFolderElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** File folder properties. */
  readonly fileFolderProperties?: FileFolderProperties;
}

/** `FileSystemElement`. @public */
export interface FileSystemElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** File system properties. */
  readonly fileSystemProperties?: FileSystemProperties;
}

/** `FormElement`. @public */
export interface FormElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** The properties, a bean with its own `class`. */
  readonly properties?: FormProperties;
}

/** `ITProfileElement`. @public */
export interface ITProfileElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** Profile properties. */
  readonly profileProperties?: ITProfileProperties;
  /** Contact methods. */
  readonly contactMethods?: readonly ContactMethodElement[];
  /** User identities. */
  readonly userIdentities?: readonly ProfileIdentityElement[];
  /** Linked infrastructure. */
  readonly linkedInfrastructure?: readonly ElementStub[];
}

/** `LineageMappingElement`. @public */
export interface LineageMappingElement {
  /** Lineage mapping header. */
  readonly lineageMappingHeader?: ElementHeader;
  /** Lineage mapping properties. */
  readonly lineageMappingProperties?: LineageMappingProperties;
  /** Source element. */
  readonly sourceElement?: ElementHeader;
  /** Target element. */
  readonly targetElement?: ElementHeader;
}

/** `MetadataSourceElement`. @public */
export interface MetadataSourceElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** The properties, a bean with its own `class`. */
  readonly properties?: MetadataSourceProperties;
}

/** `PersonRoleElement`. @public */
export interface PersonRoleElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** The properties, a bean with its own `class`. */
  readonly properties?: PersonRoleProperties;
  /** The element at the other end of the relationship. */
  readonly relatedElement?: RelatedElement;
}

/** `ProcessCallElement`. @public */
export interface ProcessCallElement {
  /** Process call header. */
  readonly processCallHeader?: ElementHeader;
  /** Process call properties. */
  readonly processCallProperties?: ProcessCallProperties;
  /** Caller. */
  readonly caller?: ElementHeader;
  /** Called. */
  readonly called?: ElementHeader;
}

/** `ProfileIdentityElement`. @public */
export interface ProfileIdentityElement {
  /** Profile identity. */
  readonly profileIdentity?: ProfileIdentityProperties;
  /** User identity. */
  readonly userIdentity?: UserIdentityElement;
}

/** `ProfileLocationElement`. @public */
export interface ProfileLocationElement {
  /** The properties, a bean with its own `class`. */
  readonly properties?: ProfileLocationProperties;
  /** Location. */
  readonly location?: ElementStub;
}

/** `QueryElement`. @public */
export interface QueryElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** The properties, a bean with its own `class`. */
  readonly properties?: QueryProperties;
}

/** `RelatedAssetElement`. @public */
export interface RelatedAssetElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** The properties, a bean with its own `class`. */
  readonly properties?: Readonly<Record<string, unknown>>;
  /** When the element or relationship becomes effective. */
  readonly effectiveFrom?: EgeriaDateInput;
  /** When the element or relationship stops being effective. */
  readonly effectiveTo?: EgeriaDateInput;
  /** Related asset. */
  readonly relatedAsset?: AssetElement;
}

/** `RelatedElement`. @public */
export interface RelatedElement {
  /** The relationship's header: GUID, type, status, origin and versions. */
  readonly relationshipHeader?: ElementHeader;
  /** The relationship's properties. */
  readonly relationshipProperties?: RelationshipProperties;
  /** The element at the other end of the relationship. */
  readonly relatedElement?: ElementStub;
}

/** `RelationshipElement`. @public */
export interface RelationshipElement {
  /** The relationship's header: GUID, type, status, origin and versions. */
  readonly relationshipHeader?: ElementHeader;
  /** The relationship's properties. */
  readonly relationshipProperties?: RelationshipProperties;
  /** End1 GUID. */
  readonly end1GUID?: ElementHeader;
  /** End2 GUID. */
  readonly end2GUID?: ElementHeader;
}

/** `ReportElement`. @public */
export interface ReportElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** The properties, a bean with its own `class`. */
  readonly properties?: ReportProperties;
}

/** `SchemaAttributeElement`. @public */
export interface SchemaAttributeElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** Schema attribute properties. */
  readonly schemaAttributeProperties?: SchemaAttributeProperties;
  /** Schema type element. */
  readonly schemaTypeElement?: SchemaTypeElement;
}

/** `SchemaTypeElement`. @public */
export interface SchemaTypeElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** Schema type properties. */
  readonly schemaTypeProperties?: SchemaTypeProperties;
  /** Attribute count. */
  readonly attributeCount?: number;
  /** Map from element. */
  readonly mapFromElement?: SchemaTypeElement;
  /** Map to element. */
  readonly mapToElement?: SchemaTypeElement;
  /** External schema type. */
  readonly externalSchemaType?: SchemaTypeElement;
  /** Schema options. */
  readonly schemaOptions?: readonly SchemaTypeElement[];
  /** How the value is derived. */
  readonly formula?: string;
  /** The language of the formula. */
  readonly formulaType?: string;
  /** Queries. */
  readonly queries?: readonly DerivedSchemaTypeQueryTargetProperties[];
}

/** `SecurityGroupElement`. @public */
export interface SecurityGroupElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** The properties, a bean with its own `class`. */
  readonly properties?: SecurityGroupProperties;
  /** The element at the other end of the relationship. */
  readonly relatedElement?: RelatedElement;
}

/** `ServerAssetUseElement`. @public */
export interface ServerAssetUseElement {
  /** Server asset use. */
  readonly serverAssetUse?: ServerAssetUseProperties;
  /** Asset. */
  readonly asset?: AssetElement;
  /** Capability stub. */
  readonly capabilityStub?: ElementStub;
}

/** `SoftwareCapabilityElement`. @public */
export interface SoftwareCapabilityElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** The properties, a bean with its own `class`. */
  readonly properties?: SoftwareCapabilityProperties;
}

/** `TopicElement`. @public */
export interface TopicElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** The properties, a bean with its own `class`. */
  readonly properties?: TopicProperties;
}

/** `UserIdentityElement`. @public */
export interface UserIdentityElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** The properties, a bean with its own `class`. */
  readonly properties?: UserIdentityProperties;
}

/** `ValidValueElement`. @public */
export interface ValidValueElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** Valid value properties. */
  readonly validValueProperties?: ValidValueProperties;
  /** Set GUID. */
  readonly setGUID?: string;
  /** Is default value. */
  readonly isDefaultValue?: boolean;
  /** The element at the other end of the relationship. */
  readonly relatedElement?: RelatedElement;
}

/** `ValidValueSetElement`. @public */
export interface ValidValueSetElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** The properties, a bean with its own `class`. */
  readonly properties?: ValidValueSetProperties;
}
