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
  /** Read the repository as it was at this time. */
  readonly asOfTime?: EgeriaDateInput;
}

/** `AttachedClassification`. @public */
export interface AttachedClassification extends ElementClassificationHeader {
  /** The classification's name. */
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
  /** The relationship's GUID. */
  readonly relationshipGUID?: string;
  /** Relationship versions. */
  readonly relationshipVersions?: ElementVersions;
  /** Catalog target element. */
  readonly catalogTargetElement?: ElementStub;
}

/** `CatalogTargetProperties`. @public */
export interface CatalogTargetProperties {
  /** The name of the catalog target, as the connector sees it. */
  readonly catalogTargetName?: string;
  /** The qualified name of the metadata source the connector works for. */
  readonly metadataSourceQualifiedName?: string;
  /** Properties handed to the connector. */
  readonly configurationProperties?: Readonly<Record<string, unknown>>;
  /** Template properties. */
  readonly templateProperties?: Readonly<Record<string, string>>;
  /** Connection name. */
  readonly connectionName?: string;
  /** The direction metadata may flow: `BOTH_DIRECTIONS`, `TO_THIRD_PARTY` or `FROM_THIRD_PARTY`. */
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
  /** The direction metadata may flow: `BOTH_DIRECTIONS`, `TO_THIRD_PARTY` or `FROM_THIRD_PARTY` (Egeria 5.2's field name). */
  readonly synchronizationDirection?: PermittedSynchronization;
  /** Synchronization description. */
  readonly synchronizationDescription?: string;
  /** The element's identifier in the third party technology. */
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
  /** The GUID of the third party catalog (scope) that owns the external identifier. */
  readonly externalScopeGUID?: string;
  /** The qualified name of that catalog. */
  readonly externalScopeName?: string;
  /** The time at which the elements must be effective (default: now). */
  readonly effectiveTime?: EgeriaDateInput;
}

/** `MetadataSourceRequestBody`. @public */
export interface GovernanceMetadataSourceRequestBody {
  /** The GUID of the software capability (metadata source) that owns the element; leave out for the local cohort. */
  readonly externalSourceGUID?: string;
  /** The qualified name of that software capability. */
  readonly externalSourceName?: string;
}

/** `UpdateRequestBody`. @public */
export interface GovernanceUpdateRequestBody extends GovernanceMetadataSourceRequestBody {
  /** Include elements marked with the Memento classification (for lineage). */
  readonly forLineage?: boolean;
  /** Switch off the merging of duplicates. */
  readonly forDuplicateProcessing?: boolean;
  /** The time at which the elements must be effective (default: now). */
  readonly effectiveTime?: EgeriaDateInput;
}

/** `IntegrationConnectorElement`. @public */
export interface IntegrationConnectorElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** The properties, a bean with its own `class`. */
  readonly properties?: IntegrationConnectorProperties;
  /** Catalog targets. */
  readonly catalogTargets?: readonly CatalogTarget[];
}

/** `IntegrationConnectorProperties`. @public */
export interface IntegrationConnectorProperties extends ReferenceableProperties {
  /** A name. */
  readonly name?: string;
  /** The version identifier of the resource. */
  readonly versionIdentifier?: string;
  /** A description. */
  readonly description?: string;
  /** The technology, such as `PostgreSQL Server` or `Apache Kafka Topic`. */
  readonly deployedImplementationType?: string;
  /** True when the connector blocks in `engage()` instead of being refreshed on a timer. */
  readonly usesBlockingCalls?: boolean;
  /** Connection. */
  readonly connection?: Connection;
}

/** `IntegrationGroupElement`. @public */
export interface IntegrationGroupElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** The properties, a bean with its own `class`. */
  readonly properties?: IntegrationGroupProperties;
}

/** `IntegrationGroupProperties`. @public */
export interface IntegrationGroupProperties extends ReferenceableProperties {
  /** The name to show. */
  readonly displayName?: string;
  /** A description. */
  readonly description?: string;
  /** The software version. */
  readonly version?: string;
  /** The software patch level. */
  readonly patchLevel?: string;
  /** Where the information came from. */
  readonly source?: string;
}

/** `MetadataSourceRequestBody`. @public */
export interface IntegrationMetadataSourceRequestBody {
  /** An open metadata type name: the subtype to create, or the type to limit results to. */
  readonly typeName?: string;
  /** The classification's name. */
  readonly classificationName?: string;
  /** The unique name. */
  readonly qualifiedName?: string;
  /** The technology, such as `PostgreSQL Server` or `Apache Kafka Topic`. */
  readonly deployedImplementationType?: string;
}

/** `IntegrationReport`. @public */
export interface IntegrationReport {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** The properties, a bean with its own `class`. */
  readonly properties?: IntegrationReportProperties;
}

/** `IntegrationReportProperties`. @public */
export interface IntegrationReportProperties {
  /** Server name. */
  readonly serverName?: string;
  /** The connector's unique identifier. */
  readonly connectorId?: string;
  /** The connector's name in the integration daemon. */
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
  /** Extra name-value pairs. */
  readonly additionalProperties?: Readonly<Record<string, string>>;
}

/** `MetadataCorrelationHeader`. @public */
export interface MetadataCorrelationHeader extends MetadataCorrelationProperties {
  /** Last synchronized. */
  readonly lastSynchronized?: EgeriaDateInput;
}

/** `MetadataCorrelationProperties`. @public */
export interface MetadataCorrelationProperties extends ExternalIdentifierProperties {
  /** The GUID of the third party catalog (scope) that owns the external identifier. */
  readonly externalScopeGUID?: string;
  /** The qualified name of that catalog. */
  readonly externalScopeName?: string;
  /** External scope type name. */
  readonly externalScopeTypeName?: string;
}

/** `NewOpenMetadataElementRequestBody`. @public */
export interface NewOpenMetadataElementRequestBody extends GovernanceMetadataSourceRequestBody {
  /** An open metadata type name: the subtype to create, or the type to limit results to. */
  readonly typeName?: string;
  /** The status the new element starts with. */
  readonly initialStatus?: ElementStatus;
  /** Initial classifications. */
  readonly initialClassifications?: Readonly<Record<string, ElementProperties>>;
  /** The GUID of the element this one is anchored to. */
  readonly anchorGUID?: string;
  /** Is own anchor. */
  readonly isOwnAnchor?: boolean;
  /** When the element or relationship becomes effective. */
  readonly effectiveFrom?: EgeriaDateInput;
  /** When the element or relationship stops being effective. */
  readonly effectiveTo?: EgeriaDateInput;
  /** The properties, a bean with its own `class`. */
  readonly properties?: ElementProperties;
  /** The GUID of the parent element to attach the new element to. */
  readonly parentGUID?: string;
  /** Parent relationship type name. */
  readonly parentRelationshipTypeName?: string;
  /** Parent relationship properties. */
  readonly parentRelationshipProperties?: ElementProperties;
  /** Parent at end1. */
  readonly parentAtEnd1?: boolean;
  /** The time at which the elements must be effective (default: now). */
  readonly effectiveTime?: EgeriaDateInput;
}

/** `NewClassificationRequestBody` (`classifyMetadataElementInStore`). @public */
export interface NewClassificationRequestBody extends GovernanceUpdateRequestBody {
  /** When the classification becomes effective. */
  readonly effectiveFrom?: EgeriaDateInput;
  /** When the classification stops being effective. */
  readonly effectiveTo?: EgeriaDateInput;
  /** The classification's properties. */
  readonly properties?: ElementProperties;
}

/** `NewRelatedElementsRequestBody`. @public */
export interface NewRelatedElementsRequestBody extends GovernanceUpdateRequestBody {
  /** An open metadata type name: the subtype to create, or the type to limit results to. */
  readonly typeName?: string;
  /** Metadata element1 GUID. */
  readonly metadataElement1GUID?: string;
  /** Metadata element2 GUID. */
  readonly metadataElement2GUID?: string;
  /** When the element or relationship becomes effective. */
  readonly effectiveFrom?: EgeriaDateInput;
  /** When the element or relationship stops being effective. */
  readonly effectiveTo?: EgeriaDateInput;
  /** The properties, a bean with its own `class`. */
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
  /** The element's properties, a bean with its own `class`. */
  readonly elementProperties?: ElementProperties;
}

/** `PropertyValue`. @public */
export interface PropertyValue {
  /** The bean's type discriminator (filled in by the client when absent). */
  readonly class?: string;
  /** An open metadata type name: the subtype to create, or the type to limit results to. */
  readonly typeName?: string;
}

/** `RegisteredIntegrationConnectorElement`. @public */
export interface RegisteredIntegrationConnectorElement extends IntegrationConnectorElement {
  /** Registration properties. */
  readonly registrationProperties?: RegisteredIntegrationConnectorProperties;
  /** The connector's unique identifier. */
  readonly connectorId?: string;
}

/** `RegisteredIntegrationConnectorProperties`. @public */
export interface RegisteredIntegrationConnectorProperties {
  /** The connector's name in the integration daemon. */
  readonly connectorName?: string;
  /** Connector user id. */
  readonly connectorUserId?: string;
  /** The qualified name of the metadata source the connector works for. */
  readonly metadataSourceQualifiedName?: string;
  /** Start date. */
  readonly startDate?: EgeriaDateInput;
  /** Minutes between refreshes (0: only at start and on request). */
  readonly refreshTimeInterval?: number;
  /** Stop date. */
  readonly stopDate?: EgeriaDateInput;
  /** The direction metadata may flow: `BOTH_DIRECTIONS`, `TO_THIRD_PARTY` or `FROM_THIRD_PARTY`. */
  readonly permittedSynchronization?: PermittedSynchronization;
  /** Generate integration reports. */
  readonly generateIntegrationReports?: boolean;
}

/** `RelatedMetadataElement`. @public */
export interface RelatedMetadataElement extends ElementControlHeader {
  /** The relationship's GUID. */
  readonly relationshipGUID?: string;
  /** Effective from time. */
  readonly effectiveFromTime?: EgeriaDateInput;
  /** Effective to time. */
  readonly effectiveToTime?: EgeriaDateInput;
  /** The relationship's properties. */
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
  /** The external identifier and its scope (the third party catalog) that the element is correlated with. */
  readonly metadataCorrelationProperties?: MetadataCorrelationProperties;
  /** When the element or relationship becomes effective. */
  readonly effectiveFrom?: EgeriaDateInput;
  /** When the element or relationship stops being effective. */
  readonly effectiveTo?: EgeriaDateInput;
  /** The time at which the elements must be effective (default: now). */
  readonly effectiveTime?: EgeriaDateInput;
}

/** `UpdatePropertiesRequestBody`. @public */
export interface UpdatePropertiesRequestBody extends GovernanceUpdateRequestBody {
  /** Replace properties. */
  readonly replaceProperties?: boolean;
  /** The properties, a bean with its own `class`. */
  readonly properties?: ElementProperties;
}
