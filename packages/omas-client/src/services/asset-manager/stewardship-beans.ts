/**
 * Beans of the Asset Manager OMAS's stewardship exchange (its own rest and metadataelements
 * packages), as the typed clients send and receive them: one field per public getter of the bean
 * class at commit 19177ef7, named as Jackson names it, every field optional as in Egeria.
 */
import type { ClassificationProperties } from '../common/beans/core-properties';
import type { RelatedElement } from '../common/beans/elements';
import type { GovernanceDefinitionProperties } from '../common/beans/governance-properties';
import type { FindProperties } from '../common/beans/stewardship-properties';
import type { MetadataCorrelationHeader, MetadataCorrelationProperties } from '../framework/framework-beans';
import type { ElementHeader } from '../../operations/element-header';
import type { AssetProperties, EgeriaDateInput } from '../data-manager/database-operations';
import type { AssetManagerEffectiveTimeQueryRequestBody } from './asset-manager-beans';

/** `ClassificationRequestBody` of the Asset Manager: the classification's properties and the correlation. @public */
export interface AssetManagerClassificationRequestBody {
  /** The external identifier and its scope (the third party catalog) that the element is correlated with. */
  readonly metadataCorrelationProperties?: MetadataCorrelationProperties;
  /** The classification's properties, a bean with its own `class`. */
  readonly properties?: ClassificationProperties;
  /** The time at which the elements must be effective (default: now). */
  readonly effectiveTime?: EgeriaDateInput;
}

/** `FindByPropertiesRequestBody` of the Asset Manager: a query bean with the asset manager. @public */
export interface FindByPropertiesRequestBody extends AssetManagerEffectiveTimeQueryRequestBody {
  /** What to look for, a bean with its own `class`. */
  readonly properties?: FindProperties;
}

/** `AssetElement` of the Asset Manager. @public */
export interface AssetManagerAssetElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** The element's external identifiers, one per correlated third party catalog. */
  readonly correlationHeaders?: readonly MetadataCorrelationHeader[];
  /** The asset's properties. */
  readonly assetProperties?: AssetProperties;
}

/** `GovernanceDefinitionElement` of the Asset Manager. @public */
export interface AssetManagerGovernanceDefinitionElement {
  /** The element's header: GUID, type, status, origin, versions and classifications. */
  readonly elementHeader?: ElementHeader;
  /** The element's external identifiers, one per correlated third party catalog. */
  readonly correlationHeaders?: readonly MetadataCorrelationHeader[];
  /** The definition's properties. */
  readonly properties?: GovernanceDefinitionProperties;
  /** The element the definition was found through. */
  readonly relatedElement?: RelatedElement;
}
