/**
 * Beans of the governance configuration, open integration and open metadata store framework services, as the typed clients send and receive them: one field per
 * public getter of the bean class at commit 19177ef7, named as Jackson names it, every field optional
 * as in Egeria. Enums are the constant names Egeria writes.
 */
import type { Connection } from '@egeria-ts/core';
import type { ElementClassificationHeader, ElementStub } from '../common/beans/elements';
import type { DeleteMethod, ElementStatus, PermittedSynchronization } from '../common/beans/enums';
import type { EffectiveTimeRequestBody } from '../common/beans/request-bodies';
import type { ElementControlHeader, ElementHeader, ElementVersions } from '../../operations/element-header';
import type { EgeriaDateInput, KeyPattern, ReferenceableProperties } from '../data-manager/database-operations';

/** `AnyTimeRequestBody`. @public */
export interface AnyTimeRequestBody extends EffectiveTimeRequestBody {
  /** As of time. */
  readonly asOfTime?: EgeriaDateInput;
}

/** `AttachedClassification`. @public */
export interface AttachedClassification extends ElementClassificationHeader {
  /** Classification name. */
  readonly classificationName?: string;
  /** Effective from time. */
  readonly effectiveFromTime?: EgeriaDateInput;
  /** Effective to time. */
  readonly effectiveToTime?: EgeriaDateInput;
  /** Classification properties. */
  readonly classificationProperties?: ElementProperties;
}

/** `CatalogTarget`. @public */
export interface CatalogTarget extends CatalogTargetProperties {
  /** Relationship GUID. */
  readonly relationshipGUID?: string;
  /** Relationship versions. */
  readonly relationshipVersions?: ElementVersions;
  /** Catalog target element. */
  readonly catalogTargetElement?: ElementStub;
}

/** `CatalogTargetProperties`. @public */
export interface CatalogTargetProperties {
  /** Catalog target name. */
  readonly catalogTargetName?: string;
  /** Metadata source qualified name. */
  readonly metadataSourceQualifiedName?: string;
  /** Configuration properties. */
  readonly configurationProperties?: Readonly<Record<string, unknown>>;
  /** Template properties. */
  readonly templateProperties?: Readonly<Record<string, string>>;
  /** Connection name. */
  readonly connectionName?: string;
  /** Permitted synchronization. */
  readonly permittedSynchronization?: PermittedSynchronization;
  /** Delete method. */
  readonly deleteMethod?: DeleteMethod;
}

/** `ElementProperties`. @public */
export interface ElementProperties {
  /** Property value map. */
  readonly propertyValueMap?: Readonly<Record<string, PropertyValue>>;
  /** Property names. */
  readonly propertyNames?: readonly string[];
  /** Property count. */
  readonly propertyCount?: number;
  /** Properties as strings. */
  readonly propertiesAsStrings?: Readonly<Record<string, string>>;
}

/** `ExternalIdentifierProperties`. @public */
export interface ExternalIdentifierProperties {
  /** Synchronization direction. */
  readonly synchronizationDirection?: PermittedSynchronization;
  /** Synchronization description. */
  readonly synchronizationDescription?: string;
  /** External identifier. */
  readonly externalIdentifier?: string;
  /** External identifier name. */
  readonly externalIdentifierName?: string;
  /** External identifier usage. */
  readonly externalIdentifierUsage?: string;
  /** External identifier source. */
  readonly externalIdentifierSource?: string;
  /** Key pattern. */
  readonly keyPattern?: KeyPattern;
  /** External instance created by. */
  readonly externalInstanceCreatedBy?: string;
  /** External instance creation time. */
  readonly externalInstanceCreationTime?: EgeriaDateInput;
  /** External instance last updated by. */
  readonly externalInstanceLastUpdatedBy?: string;
  /** External instance last update time. */
  readonly externalInstanceLastUpdateTime?: EgeriaDateInput;
  /** External instance version. */
  readonly externalInstanceVersion?: number;
  /** Mapping properties. */
  readonly mappingProperties?: Readonly<Record<string, string>>;
}

/** `EffectiveTimeQueryRequestBody`. @public */
export interface GovernanceEffectiveTimeQueryRequestBody {
  /** External scope GUID. */
  readonly externalScopeGUID?: string;
  /** External scope name. */
  readonly externalScopeName?: string;
  /** Effective time. */
  readonly effectiveTime?: EgeriaDateInput;
}

/** `MetadataSourceRequestBody`. @public */
export interface GovernanceMetadataSourceRequestBody {
  /** External source GUID. */
  readonly externalSourceGUID?: string;
  /** External source name. */
  readonly externalSourceName?: string;
}

/** `UpdateRequestBody`. @public */
export interface GovernanceUpdateRequestBody extends GovernanceMetadataSourceRequestBody {
  /** For lineage. */
  readonly forLineage?: boolean;
  /** For duplicate processing. */
  readonly forDuplicateProcessing?: boolean;
  /** Effective time. */
  readonly effectiveTime?: EgeriaDateInput;
}

/** `IntegrationConnectorElement`. @public */
export interface IntegrationConnectorElement {
  /** Element header. */
  readonly elementHeader?: ElementHeader;
  /** Properties. */
  readonly properties?: IntegrationConnectorProperties;
  /** Catalog targets. */
  readonly catalogTargets?: readonly CatalogTarget[];
}

/** `IntegrationConnectorProperties`. @public */
export interface IntegrationConnectorProperties extends ReferenceableProperties {
  /** Name. */
  readonly name?: string;
  /** Version identifier. */
  readonly versionIdentifier?: string;
  /** Description. */
  readonly description?: string;
  /** Deployed implementation type. */
  readonly deployedImplementationType?: string;
  /** Uses blocking calls. */
  readonly usesBlockingCalls?: boolean;
  /** Connection. */
  readonly connection?: Connection;
}

/** `IntegrationGroupElement`. @public */
export interface IntegrationGroupElement {
  /** Element header. */
  readonly elementHeader?: ElementHeader;
  /** Properties. */
  readonly properties?: IntegrationGroupProperties;
}

/** `IntegrationGroupProperties`. @public */
export interface IntegrationGroupProperties extends ReferenceableProperties {
  /** Display name. */
  readonly displayName?: string;
  /** Description. */
  readonly description?: string;
  /** Version. */
  readonly version?: string;
  /** Patch level. */
  readonly patchLevel?: string;
  /** Source. */
  readonly source?: string;
}

/** `MetadataSourceRequestBody`. @public */
export interface IntegrationMetadataSourceRequestBody {
  /** Type name. */
  readonly typeName?: string;
  /** Classification name. */
  readonly classificationName?: string;
  /** Qualified name. */
  readonly qualifiedName?: string;
  /** Deployed implementation type. */
  readonly deployedImplementationType?: string;
}

/** `IntegrationReport`. @public */
export interface IntegrationReport {
  /** Element header. */
  readonly elementHeader?: ElementHeader;
  /** Properties. */
  readonly properties?: IntegrationReportProperties;
}

/** `IntegrationReportProperties`. @public */
export interface IntegrationReportProperties {
  /** Server name. */
  readonly serverName?: string;
  /** Connector id. */
  readonly connectorId?: string;
  /** Connector name. */
  readonly connectorName?: string;
  /** Refresh start date. */
  readonly refreshStartDate?: EgeriaDateInput;
  /** Refresh completion date. */
  readonly refreshCompletionDate?: EgeriaDateInput;
  /** Created elements. */
  readonly createdElements?: readonly string[];
  /** Updated elements. */
  readonly updatedElements?: readonly string[];
  /** Deleted elements. */
  readonly deletedElements?: readonly string[];
  /** Additional properties. */
  readonly additionalProperties?: Readonly<Record<string, string>>;
}

/** `MetadataCorrelationHeader`. @public */
export interface MetadataCorrelationHeader extends MetadataCorrelationProperties {
  /** Last synchronized. */
  readonly lastSynchronized?: EgeriaDateInput;
}

/** `MetadataCorrelationProperties`. @public */
export interface MetadataCorrelationProperties extends ExternalIdentifierProperties {
  /** External scope GUID. */
  readonly externalScopeGUID?: string;
  /** External scope name. */
  readonly externalScopeName?: string;
  /** External scope type name. */
  readonly externalScopeTypeName?: string;
}

/** `NewOpenMetadataElementRequestBody`. @public */
export interface NewOpenMetadataElementRequestBody extends GovernanceMetadataSourceRequestBody {
  /** Type name. */
  readonly typeName?: string;
  /** Initial status. */
  readonly initialStatus?: ElementStatus;
  /** Initial classifications. */
  readonly initialClassifications?: Readonly<Record<string, ElementProperties>>;
  /** Anchor GUID. */
  readonly anchorGUID?: string;
  /** Is own anchor. */
  readonly isOwnAnchor?: boolean;
  /** Effective from. */
  readonly effectiveFrom?: EgeriaDateInput;
  /** Effective to. */
  readonly effectiveTo?: EgeriaDateInput;
  /** Properties. */
  readonly properties?: ElementProperties;
  /** Parent GUID. */
  readonly parentGUID?: string;
  /** Parent relationship type name. */
  readonly parentRelationshipTypeName?: string;
  /** Parent relationship properties. */
  readonly parentRelationshipProperties?: ElementProperties;
  /** Parent at end1. */
  readonly parentAtEnd1?: boolean;
  /** Effective time. */
  readonly effectiveTime?: EgeriaDateInput;
}

/** `NewRelatedElementsRequestBody`. @public */
export interface NewRelatedElementsRequestBody extends GovernanceUpdateRequestBody {
  /** Type name. */
  readonly typeName?: string;
  /** Metadata element1 GUID. */
  readonly metadataElement1GUID?: string;
  /** Metadata element2 GUID. */
  readonly metadataElement2GUID?: string;
  /** Effective from. */
  readonly effectiveFrom?: EgeriaDateInput;
  /** Effective to. */
  readonly effectiveTo?: EgeriaDateInput;
  /** Properties. */
  readonly properties?: ElementProperties;
}

/** `OpenMetadataElement`. @public */
export interface OpenMetadataElement extends ElementControlHeader {
  /** Element GUID. */
  readonly elementGUID?: string;
  /** Effective from time. */
  readonly effectiveFromTime?: EgeriaDateInput;
  /** Effective to time. */
  readonly effectiveToTime?: EgeriaDateInput;
  /** Classifications. */
  readonly classifications?: readonly AttachedClassification[];
  /** Element properties. */
  readonly elementProperties?: ElementProperties;
}

/** `PropertyValue`. @public */
export interface PropertyValue {
  /** The bean's type discriminator (filled in by the client when absent). */
  readonly class?: string;
  /** Type name. */
  readonly typeName?: string;
}

/** `RegisteredIntegrationConnectorElement`. @public */
export interface RegisteredIntegrationConnectorElement extends IntegrationConnectorElement {
  /** Registration properties. */
  readonly registrationProperties?: RegisteredIntegrationConnectorProperties;
  /** Connector id. */
  readonly connectorId?: string;
}

/** `RegisteredIntegrationConnectorProperties`. @public */
export interface RegisteredIntegrationConnectorProperties {
  /** Connector name. */
  readonly connectorName?: string;
  /** Connector user id. */
  readonly connectorUserId?: string;
  /** Metadata source qualified name. */
  readonly metadataSourceQualifiedName?: string;
  /** Start date. */
  readonly startDate?: EgeriaDateInput;
  /** Refresh time interval. */
  readonly refreshTimeInterval?: number;
  /** Stop date. */
  readonly stopDate?: EgeriaDateInput;
  /** Permitted synchronization. */
  readonly permittedSynchronization?: PermittedSynchronization;
  /** Generate integration reports. */
  readonly generateIntegrationReports?: boolean;
}

/** `RelatedMetadataElement`. @public */
export interface RelatedMetadataElement extends ElementControlHeader {
  /** Relationship GUID. */
  readonly relationshipGUID?: string;
  /** Effective from time. */
  readonly effectiveFromTime?: EgeriaDateInput;
  /** Effective to time. */
  readonly effectiveToTime?: EgeriaDateInput;
  /** Relationship properties. */
  readonly relationshipProperties?: ElementProperties;
  /** Element. */
  readonly element?: OpenMetadataElement;
}

/** `RelatedMetadataElementList`. @public */
export interface RelatedMetadataElementList {
  /** Element list. */
  readonly elementList?: readonly RelatedMetadataElement[];
  /** Mermaid graph. */
  readonly mermaidGraph?: string;
}

/** `UpdateMetadataCorrelatorsRequestBody`. @public */
export interface UpdateMetadataCorrelatorsRequestBody {
  /** Metadata correlation properties. */
  readonly metadataCorrelationProperties?: MetadataCorrelationProperties;
  /** Effective from. */
  readonly effectiveFrom?: EgeriaDateInput;
  /** Effective to. */
  readonly effectiveTo?: EgeriaDateInput;
  /** Effective time. */
  readonly effectiveTime?: EgeriaDateInput;
}

/** `UpdatePropertiesRequestBody`. @public */
export interface UpdatePropertiesRequestBody extends GovernanceUpdateRequestBody {
  /** Replace properties. */
  readonly replaceProperties?: boolean;
  /** Properties. */
  readonly properties?: ElementProperties;
}
