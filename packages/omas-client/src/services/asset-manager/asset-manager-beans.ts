/**
 * Beans of the Asset Manager OMAS itself (its own rest and properties packages), as the typed clients send and receive them: one field per
 * public getter of the bean class at commit 19177ef7, named as Jackson names it, every field optional
 * as in Egeria. Enums are the constant names Egeria writes.
 */
import type { DataAssetProperties, PortProperties, ProcessProperties } from '../common/beans/asset-properties';
import type { RelatedElement } from '../common/beans/elements';
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
import type { MetadataCorrelationHeader, MetadataCorrelationProperties } from '../framework/framework-beans';
import type { ElementHeader } from '../../operations/element-header';
import type { EgeriaDateInput, ReferenceableProperties } from '../data-manager/database-operations';

/** `EffectiveTimeQueryRequestBody`. @public */
export interface AssetManagerEffectiveTimeQueryRequestBody extends AssetManagerIdentifiersRequestBody {
  /** Effective time. */
  readonly effectiveTime?: EgeriaDateInput;
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
  /** Name. */
  readonly name?: string;
  /** Name parameter name. */
  readonly nameParameterName?: string;
}

/** `ReferenceableRequestBody`. @public */
export interface AssetManagerReferenceableRequestBody {
  /** Metadata correlation properties. */
  readonly metadataCorrelationProperties?: MetadataCorrelationProperties;
  /** Element properties. */
  readonly elementProperties?: ReferenceableProperties;
  /** Parent GUID. */
  readonly parentGUID?: string;
}

/** `SearchStringRequestBody`. @public */
export interface AssetManagerSearchStringRequestBody extends AssetManagerEffectiveTimeQueryRequestBody {
  /** Search string. */
  readonly searchString?: string;
  /** Search string parameter name. */
  readonly searchStringParameterName?: string;
}

/** `TemplateProperties`. @public */
export interface AssetManagerTemplateProperties {
  /** Qualified name. */
  readonly qualifiedName?: string;
  /** Display name. */
  readonly displayName?: string;
  /** Version identifier. */
  readonly versionIdentifier?: string;
  /** Description. */
  readonly description?: string;
  /** Path name. */
  readonly pathName?: string;
  /** Network address. */
  readonly networkAddress?: string;
}

/** `ControlledGlossaryTermRequestBody`. @public */
export interface ControlledGlossaryTermRequestBody {
  /** Metadata correlation properties. */
  readonly metadataCorrelationProperties?: MetadataCorrelationProperties;
  /** Element properties. */
  readonly elementProperties?: GlossaryTermProperties;
  /** Initial status. */
  readonly initialStatus?: GlossaryTermStatus;
  /** Effective time. */
  readonly effectiveTime?: EgeriaDateInput;
  /** Update description. */
  readonly updateDescription?: string;
}

/** `DataAssetElement`. @public */
export interface DataAssetElement {
  /** Element header. */
  readonly elementHeader?: ElementHeader;
  /** Correlation headers. */
  readonly correlationHeaders?: readonly MetadataCorrelationHeader[];
  /** Data asset properties. */
  readonly dataAssetProperties?: DataAssetProperties;
}

/** `DataAssetRequestBody`. @public */
export interface DataAssetRequestBody extends UpdateRequestBody {
  /** Element properties. */
  readonly elementProperties?: DataAssetProperties;
}

/** `ExternalReferenceElement`. @public */
export interface ExternalReferenceElement {
  /** Element header. */
  readonly elementHeader?: ElementHeader;
  /** Correlation headers. */
  readonly correlationHeaders?: readonly MetadataCorrelationHeader[];
  /** Properties. */
  readonly properties?: ExternalReferenceProperties;
}

/** `ExternalReferenceLinkElement`. @public */
export interface ExternalReferenceLinkElement {
  /** Element header. */
  readonly elementHeader?: ElementHeader;
  /** Correlation headers. */
  readonly correlationHeaders?: readonly MetadataCorrelationHeader[];
  /** Link. */
  readonly link?: ExternalReferenceLinkProperties;
  /** Properties. */
  readonly properties?: ExternalReferenceProperties;
}

/** `ExternalReferenceLinkRequestBody`. @public */
export interface ExternalReferenceLinkRequestBody extends AssetManagerEffectiveTimeQueryRequestBody {
  /** Element properties. */
  readonly elementProperties?: ExternalReferenceLinkProperties;
}

/** `ExternalReferenceRequestBody`. @public */
export interface ExternalReferenceRequestBody extends UpdateRequestBody {
  /** Element properties. */
  readonly elementProperties?: ExternalReferenceProperties;
  /** Anchor GUID. */
  readonly anchorGUID?: string;
}

/** `GlossaryCategoryElement`. @public */
export interface GlossaryCategoryElement {
  /** Element header. */
  readonly elementHeader?: ElementHeader;
  /** Correlation headers. */
  readonly correlationHeaders?: readonly MetadataCorrelationHeader[];
  /** Glossary category properties. */
  readonly glossaryCategoryProperties?: GlossaryCategoryProperties;
}

/** `GlossaryElement`. @public */
export interface GlossaryElement {
  /** Element header. */
  readonly elementHeader?: ElementHeader;
  /** Correlation headers. */
  readonly correlationHeaders?: readonly MetadataCorrelationHeader[];
  /** Glossary properties. */
  readonly glossaryProperties?: GlossaryProperties;
}

/** `GlossaryNameRequestBody`. @public */
export interface GlossaryNameRequestBody extends AssetManagerNameRequestBody {
  /** Glossary GUID. */
  readonly glossaryGUID?: string;
  /** Limit results by status. */
  readonly limitResultsByStatus?: readonly GlossaryTermStatus[];
}

/** `GlossarySearchStringRequestBody`. @public */
export interface GlossarySearchStringRequestBody extends AssetManagerSearchStringRequestBody {
  /** Glossary GUID. */
  readonly glossaryGUID?: string;
  /** Limit results by status. */
  readonly limitResultsByStatus?: readonly GlossaryTermStatus[];
}

/** `GlossaryTemplateRequestBody`. @public */
export interface GlossaryTemplateRequestBody extends TemplateRequestBody {
  /** Glossary term status. */
  readonly glossaryTermStatus?: GlossaryTermStatus;
}

/** `GlossaryTermElement`. @public */
export interface GlossaryTermElement {
  /** Element header. */
  readonly elementHeader?: ElementHeader;
  /** Correlation headers. */
  readonly correlationHeaders?: readonly MetadataCorrelationHeader[];
  /** Glossary term properties. */
  readonly glossaryTermProperties?: GlossaryTermProperties;
  /** Related element. */
  readonly relatedElement?: RelatedElement;
}

/** `GlossaryTermRelationshipRequestBody`. @public */
export interface GlossaryTermRelationshipRequestBody extends AssetManagerEffectiveTimeQueryRequestBody {
  /** Glossary GUID. */
  readonly glossaryGUID?: string;
  /** Relationship type name. */
  readonly relationshipTypeName?: string;
  /** Limit results by status. */
  readonly limitResultsByStatus?: readonly GlossaryTermRelationshipStatus[];
}

/** `GlossaryTermStatusRequestBody`. @public */
export interface GlossaryTermStatusRequestBody extends UpdateRequestBody {
  /** Glossary term status. */
  readonly glossaryTermStatus?: GlossaryTermStatus;
}

/** `PortElement`. @public */
export interface PortElement {
  /** Element header. */
  readonly elementHeader?: ElementHeader;
  /** Correlation headers. */
  readonly correlationHeaders?: readonly MetadataCorrelationHeader[];
  /** Port properties. */
  readonly portProperties?: PortProperties;
}

/** `PortRequestBody`. @public */
export interface PortRequestBody extends UpdateRequestBody {
  /** Element properties. */
  readonly elementProperties?: PortProperties;
}

/** `ProcessElement`. @public */
export interface ProcessElement {
  /** Element header. */
  readonly elementHeader?: ElementHeader;
  /** Correlation headers. */
  readonly correlationHeaders?: readonly MetadataCorrelationHeader[];
  /** Process properties. */
  readonly processProperties?: ProcessProperties;
}

/** `ProcessRequestBody`. @public */
export interface ProcessRequestBody extends UpdateRequestBody {
  /** Process status. */
  readonly processStatus?: ProcessStatus;
  /** Element properties. */
  readonly elementProperties?: ProcessProperties;
}

/** `ProcessStatusRequestBody`. @public */
export interface ProcessStatusRequestBody extends UpdateRequestBody {
  /** Process status. */
  readonly processStatus?: ProcessStatus;
}

/** `ReferenceableUpdateRequestBody`. @public */
export interface ReferenceableUpdateRequestBody extends AssetManagerReferenceableRequestBody {
  /** Effective time. */
  readonly effectiveTime?: EgeriaDateInput;
  /** Update description. */
  readonly updateDescription?: string;
}

/** `TemplateRequestBody`. @public */
export interface TemplateRequestBody extends UpdateRequestBody {
  /** Element properties. */
  readonly elementProperties?: AssetManagerTemplateProperties;
  /** Parent GUID. */
  readonly parentGUID?: string;
}

/** `UpdateRequestBody`. @public */
export interface UpdateRequestBody {
  /** Metadata correlation properties. */
  readonly metadataCorrelationProperties?: MetadataCorrelationProperties;
  /** Effective time. */
  readonly effectiveTime?: EgeriaDateInput;
}
