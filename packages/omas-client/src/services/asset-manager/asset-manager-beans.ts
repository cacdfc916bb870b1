/**
 * Beans of the Asset Manager OMAS itself (its own rest and properties packages), as the typed clients send and receive them: one field per
 * public getter of the bean class at commit 19177ef7, named as Jackson names it, every field optional
 * as in Egeria. Enums are the constant names Egeria writes.
 */
import type { DataAssetProperties, PortProperties, ProcessProperties } from '../common/beans/asset-properties';
import type {
  ConnectionProperties,
  ConnectorTypeProperties,
  EndpointProperties,
} from '../common/beans/connection-properties';
import type { ElementStub, EmbeddedConnectionElement, RelatedElement } from '../common/beans/elements';
import type { GlossaryTermRelationshipStatus, GlossaryTermStatus, ProcessStatus } from '../common/beans/enums';
import type {
  ExternalReferenceLinkProperties,
  ExternalReferenceProperties,
} from '../common/beans/external-reference-properties';
import type {
  GlossaryCategoryProperties,
  GlossaryProperties,
  GlossaryTermProperties,
} from '../common/beans/glossary-properties';
import type {
  DerivedSchemaTypeQueryTargetProperties,
  ForeignKeyProperties,
  SchemaTypeProperties,
} from '../common/beans/schema-properties';
import type { MetadataCorrelationHeader, MetadataCorrelationProperties } from '../framework/framework-beans';
import type { ElementHeader } from '../../operations/element-header';
import type {
  EgeriaDateInput,
  ReferenceableProperties,
  SchemaAttributeProperties,
} from '../data-manager/database-operations';

/** `ConnectionElement`. @public */
export interface AssetManagerConnectionElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** The element's external identifiers, one per correlated third party catalog. */
  readonly correlationHeaders?: readonly MetadataCorrelationHeader[];
  /** Connection properties. */
  readonly connectionProperties?: ConnectionProperties;
  /** Connector type. */
  readonly connectorType?: ElementStub;
  /** Endpoint. */
  readonly endpoint?: ElementStub;
  /** Embedded connections. */
  readonly embeddedConnections?: readonly EmbeddedConnectionElement[];
}

/** `ConnectionRequestBody`. @public */
export interface AssetManagerConnectionRequestBody extends UpdateRequestBody {
  /** The element's properties, a bean with its own `class`. */
  readonly elementProperties?: ConnectionProperties;
}

/** `ConnectorTypeElement`. @public */
export interface AssetManagerConnectorTypeElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** The element's external identifiers, one per correlated third party catalog. */
  readonly correlationHeaders?: readonly MetadataCorrelationHeader[];
  /** Connector type properties. */
  readonly connectorTypeProperties?: ConnectorTypeProperties;
}

/** `ConnectorTypeRequestBody`. @public */
export interface AssetManagerConnectorTypeRequestBody extends UpdateRequestBody {
  /** The element's properties, a bean with its own `class`. */
  readonly elementProperties?: ConnectorTypeProperties;
}

/** `EffectiveTimeQueryRequestBody`. @public */
export interface AssetManagerEffectiveTimeQueryRequestBody extends AssetManagerIdentifiersRequestBody {
  /** The time at which the elements must be effective (default: now). */
  readonly effectiveTime?: EgeriaDateInput;
}

/** `EndpointElement`. @public */
export interface AssetManagerEndpointElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** The element's external identifiers, one per correlated third party catalog. */
  readonly correlationHeaders?: readonly MetadataCorrelationHeader[];
  /** Endpoint properties. */
  readonly endpointProperties?: EndpointProperties;
}

/** `EndpointRequestBody`. @public */
export interface AssetManagerEndpointRequestBody extends UpdateRequestBody {
  /** The element's properties, a bean with its own `class`. */
  readonly elementProperties?: EndpointProperties;
}

/** `AssetManagerIdentifiersRequestBody`. @public */
export interface AssetManagerIdentifiersRequestBody {
  /** Asset manager GUID. */
  readonly assetManagerGUID?: string;
  /** Asset manager name. */
  readonly assetManagerName?: string;
}

/** `NameRequestBody`. @public */
export interface AssetManagerNameRequestBody extends AssetManagerEffectiveTimeQueryRequestBody {
  /** A name. */
  readonly name?: string;
  /** The name of the name parameter, used in error messages. */
  readonly nameParameterName?: string;
}

/** `ReferenceableRequestBody`. @public */
export interface AssetManagerReferenceableRequestBody {
  /** The external identifier and its scope (the third party catalog) that the element is correlated with. */
  readonly metadataCorrelationProperties?: MetadataCorrelationProperties;
  /** The element's properties, a bean with its own `class`. */
  readonly elementProperties?: ReferenceableProperties;
  /** The GUID of the parent element to attach the new element to. */
  readonly parentGUID?: string;
}

/** `SchemaAttributeElement`. @public */
export interface AssetManagerSchemaAttributeElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** The element's external identifiers, one per correlated third party catalog. */
  readonly correlationHeaders?: readonly MetadataCorrelationHeader[];
  /** Schema attribute properties. */
  readonly schemaAttributeProperties?: SchemaAttributeProperties;
}

/** `SchemaAttributeRequestBody`. @public */
export interface AssetManagerSchemaAttributeRequestBody extends UpdateRequestBody {
  /** The element's properties, a bean with its own `class`. */
  readonly elementProperties?: SchemaAttributeProperties;
}

/** `SchemaTypeElement`. @public */
export interface AssetManagerSchemaTypeElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** The element's external identifiers, one per correlated third party catalog. */
  readonly correlationHeaders?: readonly MetadataCorrelationHeader[];
  /** Schema type properties. */
  readonly schemaTypeProperties?: SchemaTypeProperties;
  /** Attribute count. */
  readonly attributeCount?: number;
  /** Map from element. */
  readonly mapFromElement?: AssetManagerSchemaTypeElement;
  /** Map to element. */
  readonly mapToElement?: AssetManagerSchemaTypeElement;
  /** External schema type. */
  readonly externalSchemaType?: AssetManagerSchemaTypeElement;
  /** Schema options. */
  readonly schemaOptions?: readonly AssetManagerSchemaTypeElement[];
  /** How the value is derived. */
  readonly formula?: string;
  /** The language of the formula. */
  readonly formulaType?: string;
  /** Queries. */
  readonly queries?: readonly DerivedSchemaTypeQueryTargetProperties[];
}

/** `SchemaTypeRequestBody`. @public */
export interface AssetManagerSchemaTypeRequestBody extends UpdateRequestBody {
  /** The element's properties, a bean with its own `class`. */
  readonly elementProperties?: SchemaTypeProperties;
}

/** `SearchStringRequestBody`. @public */
export interface AssetManagerSearchStringRequestBody extends AssetManagerEffectiveTimeQueryRequestBody {
  /** A regular expression matched against the elements' string properties. */
  readonly searchString?: string;
  /** The name of the search string parameter, used in error messages. */
  readonly searchStringParameterName?: string;
}

/** `TemplateProperties`. @public */
export interface AssetManagerTemplateProperties {
  /** The unique name. */
  readonly qualifiedName?: string;
  /** The name to show. */
  readonly displayName?: string;
  /** The version identifier of the resource. */
  readonly versionIdentifier?: string;
  /** A description. */
  readonly description?: string;
  /** A file system path name. */
  readonly pathName?: string;
  /** Network address. */
  readonly networkAddress?: string;
}

/** `CalculatedValueClassificationRequestBody`. @public */
export interface CalculatedValueClassificationRequestBody extends UpdateRequestBody {
  /** How the value is derived. */
  readonly formula?: string;
}

/** `ControlledGlossaryTermRequestBody`. @public */
export interface ControlledGlossaryTermRequestBody {
  /** The external identifier and its scope (the third party catalog) that the element is correlated with. */
  readonly metadataCorrelationProperties?: MetadataCorrelationProperties;
  /** The element's properties, a bean with its own `class`. */
  readonly elementProperties?: GlossaryTermProperties;
  /** The status the new element starts with. */
  readonly initialStatus?: GlossaryTermStatus;
  /** The time at which the elements must be effective (default: now). */
  readonly effectiveTime?: EgeriaDateInput;
  /** Update description. */
  readonly updateDescription?: string;
}

/** `DataAssetElement`. @public */
export interface DataAssetElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** The element's external identifiers, one per correlated third party catalog. */
  readonly correlationHeaders?: readonly MetadataCorrelationHeader[];
  /** Data asset properties. */
  readonly dataAssetProperties?: DataAssetProperties;
}

/** `DataAssetRequestBody`. @public */
export interface DataAssetRequestBody extends UpdateRequestBody {
  /** The element's properties, a bean with its own `class`. */
  readonly elementProperties?: DataAssetProperties;
}

/** `ExternalReferenceElement`. @public */
export interface ExternalReferenceElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** The element's external identifiers, one per correlated third party catalog. */
  readonly correlationHeaders?: readonly MetadataCorrelationHeader[];
  /** The properties, a bean with its own `class`. */
  readonly properties?: ExternalReferenceProperties;
}

/** `ExternalReferenceLinkElement`. @public */
export interface ExternalReferenceLinkElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** The element's external identifiers, one per correlated third party catalog. */
  readonly correlationHeaders?: readonly MetadataCorrelationHeader[];
  /** Link. */
  readonly link?: ExternalReferenceLinkProperties;
  /** The properties, a bean with its own `class`. */
  readonly properties?: ExternalReferenceProperties;
}

/** `ExternalReferenceLinkRequestBody`. @public */
export interface ExternalReferenceLinkRequestBody extends AssetManagerEffectiveTimeQueryRequestBody {
  /** The element's properties, a bean with its own `class`. */
  readonly elementProperties?: ExternalReferenceLinkProperties;
}

/** `ExternalReferenceRequestBody`. @public */
export interface ExternalReferenceRequestBody extends UpdateRequestBody {
  /** The element's properties, a bean with its own `class`. */
  readonly elementProperties?: ExternalReferenceProperties;
  /** The GUID of the element this one is anchored to. */
  readonly anchorGUID?: string;
}

/** `ForeignKeyRequestBody`. @public */
export interface ForeignKeyRequestBody extends AssetManagerEffectiveTimeQueryRequestBody {
  /** The properties, a bean with its own `class`. */
  readonly properties?: ForeignKeyProperties;
}

/** `GlossaryCategoryElement`. @public */
export interface GlossaryCategoryElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** The element's external identifiers, one per correlated third party catalog. */
  readonly correlationHeaders?: readonly MetadataCorrelationHeader[];
  /** Glossary category properties. */
  readonly glossaryCategoryProperties?: GlossaryCategoryProperties;
}

/** `GlossaryElement`. @public */
export interface GlossaryElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** The element's external identifiers, one per correlated third party catalog. */
  readonly correlationHeaders?: readonly MetadataCorrelationHeader[];
  /** Glossary properties. */
  readonly glossaryProperties?: GlossaryProperties;
}

/** `GlossaryNameRequestBody`. @public */
export interface GlossaryNameRequestBody extends AssetManagerNameRequestBody {
  /** The GUID of the glossary. */
  readonly glossaryGUID?: string;
  /** Only return elements with these statuses. */
  readonly limitResultsByStatus?: readonly GlossaryTermStatus[];
}

/** `GlossarySearchStringRequestBody`. @public */
export interface GlossarySearchStringRequestBody extends AssetManagerSearchStringRequestBody {
  /** The GUID of the glossary. */
  readonly glossaryGUID?: string;
  /** Only return elements with these statuses. */
  readonly limitResultsByStatus?: readonly GlossaryTermStatus[];
}

/** `GlossaryTemplateRequestBody`. @public */
export interface GlossaryTemplateRequestBody extends TemplateRequestBody {
  /** Glossary term status. */
  readonly glossaryTermStatus?: GlossaryTermStatus;
}

/** `GlossaryTermElement`. @public */
export interface GlossaryTermElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** The element's external identifiers, one per correlated third party catalog. */
  readonly correlationHeaders?: readonly MetadataCorrelationHeader[];
  /** Glossary term properties. */
  readonly glossaryTermProperties?: GlossaryTermProperties;
  /** The element at the other end of the relationship. */
  readonly relatedElement?: RelatedElement;
}

/** `GlossaryTermRelationshipRequestBody`. @public */
export interface GlossaryTermRelationshipRequestBody extends AssetManagerEffectiveTimeQueryRequestBody {
  /** The GUID of the glossary. */
  readonly glossaryGUID?: string;
  /** Relationship type name. */
  readonly relationshipTypeName?: string;
  /** Only return elements with these statuses. */
  readonly limitResultsByStatus?: readonly GlossaryTermRelationshipStatus[];
}

/** `GlossaryTermStatusRequestBody`. @public */
export interface GlossaryTermStatusRequestBody extends UpdateRequestBody {
  /** Glossary term status. */
  readonly glossaryTermStatus?: GlossaryTermStatus;
}

/** `PortElement`. @public */
export interface PortElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** The element's external identifiers, one per correlated third party catalog. */
  readonly correlationHeaders?: readonly MetadataCorrelationHeader[];
  /** Port properties. */
  readonly portProperties?: PortProperties;
}

/** `PortRequestBody`. @public */
export interface PortRequestBody extends UpdateRequestBody {
  /** The element's properties, a bean with its own `class`. */
  readonly elementProperties?: PortProperties;
}

/** `ProcessElement`. @public */
export interface ProcessElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** The element's external identifiers, one per correlated third party catalog. */
  readonly correlationHeaders?: readonly MetadataCorrelationHeader[];
  /** Process properties. */
  readonly processProperties?: ProcessProperties;
}

/** `ProcessRequestBody`. @public */
export interface ProcessRequestBody extends UpdateRequestBody {
  /** The process's status. */
  readonly processStatus?: ProcessStatus;
  /** The element's properties, a bean with its own `class`. */
  readonly elementProperties?: ProcessProperties;
}

/** `ProcessStatusRequestBody`. @public */
export interface ProcessStatusRequestBody extends UpdateRequestBody {
  /** The process's status. */
  readonly processStatus?: ProcessStatus;
}

/** `ReferenceableUpdateRequestBody`. @public */
export interface ReferenceableUpdateRequestBody extends AssetManagerReferenceableRequestBody {
  /** The time at which the elements must be effective (default: now). */
  readonly effectiveTime?: EgeriaDateInput;
  /** Update description. */
  readonly updateDescription?: string;
}

/** `TemplateRequestBody`. @public */
export interface TemplateRequestBody extends UpdateRequestBody {
  /** The element's properties, a bean with its own `class`. */
  readonly elementProperties?: AssetManagerTemplateProperties;
  /** The GUID of the parent element to attach the new element to. */
  readonly parentGUID?: string;
}

/** `UpdateRequestBody`. @public */
export interface UpdateRequestBody {
  /** The external identifier and its scope (the third party catalog) that the element is correlated with. */
  readonly metadataCorrelationProperties?: MetadataCorrelationProperties;
  /** The time at which the elements must be effective (default: now). */
  readonly effectiveTime?: EgeriaDateInput;
}
