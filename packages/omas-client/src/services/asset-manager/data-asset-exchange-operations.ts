/**
 * Asset Manager OMAS: data assets and the relationships between them (DataAssetExchangeResource).
 * Each row is checked against the Spring resource class of Egeria 5.2 (commit 19177ef7); the paths
 * are below the service root, and where Egeria's Java client and server disagree the row follows the server.
 */
import {
  CREATES,
  GUID_RESPONSE,
  LINEAGE_FLAGS,
  MERGE_UPDATE,
  OPTIONAL_BODY,
  VOID_RESPONSE,
  defineService,
  elementList,
  elements,
  isHome,
  paged,
  post,
  single,
  type OperationRow,
} from '../common/operation-rows';

/** The name of an operation of {@link ASSET_MANAGER_DATA_ASSET_SERVICE}. @public */
export type AssetManagerDataAssetOperationName =
  | 'createDataAsset'
  | 'createDataAssetFromTemplate'
  | 'updateDataAsset'
  | 'publishDataAsset'
  | 'withdrawDataAsset'
  | 'removeDataAsset'
  | 'setDataAssetAsReferenceData'
  | 'clearDataAssetAsReferenceData'
  | 'setupRelatedDataAsset'
  | 'getAssetRelationship'
  | 'updateAssetRelationship'
  | 'clearAssetRelationship'
  | 'getRelatedAssetsAtEnd2'
  | 'getRelatedAssetsAtEnd1'
  | 'findDataAssets'
  | 'scanDataAssets'
  | 'getDataAssetsByName'
  | 'getDataAssetsForAssetManager'
  | 'getDataAssetByGUID';

/** The operations, keyed by the name of the Java client method that sends them. */
const rows: Readonly<Record<AssetManagerDataAssetOperationName, OperationRow>> = {
  createDataAsset: post('/data-assets', 'DataAssetRequestBody', GUID_RESPONSE, isHome('assetManagerIsHome'), CREATES),
  createDataAssetFromTemplate: post(
    '/data-assets/from-template/{templateGUID}',
    'TemplateRequestBody',
    GUID_RESPONSE,
    isHome('assetManagerIsHome'),
    CREATES,
  ),
  updateDataAsset: post('/data-assets/{assetGUID}', 'DataAssetRequestBody', VOID_RESPONSE, MERGE_UPDATE, LINEAGE_FLAGS),
  publishDataAsset: post(
    '/data-assets/{assetGUID}/publish',
    'EffectiveTimeQueryRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  withdrawDataAsset: post(
    '/data-assets/{assetGUID}/withdraw',
    'EffectiveTimeQueryRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  removeDataAsset: post(
    '/data-assets/{assetGUID}/remove',
    'UpdateRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  setDataAssetAsReferenceData: post(
    '/data-assets/{assetGUID}/is-reference-data',
    'UpdateRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  clearDataAssetAsReferenceData: post(
    '/data-assets/{assetGUID}/is-reference-data/remove',
    'UpdateRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  setupRelatedDataAsset: post(
    '/data-assets/relationships/{relationshipTypeName}/from-asset/{fromAssetGUID}/to-asset/{toAssetGUID}',
    'RelationshipRequestBody',
    GUID_RESPONSE,
    isHome('assetManagerIsHome'),
    LINEAGE_FLAGS,
    CREATES,
  ),
  getAssetRelationship: post(
    '/data-assets/relationships/{relationshipTypeName}/from-asset/{fromAssetGUID}/to-asset/{toAssetGUID}/retrieve',
    'EffectiveTimeQueryRequestBody',
    single('RelationshipElementResponse'),
    LINEAGE_FLAGS,
  ),
  updateAssetRelationship: post(
    '/data-assets/relationships/{relationshipTypeName}/{relationshipGUID}/update',
    'RelationshipRequestBody',
    VOID_RESPONSE,
    MERGE_UPDATE,
    LINEAGE_FLAGS,
  ),
  clearAssetRelationship: post(
    '/data-assets/relationships/{relationshipTypeName}/{relationshipGUID}/remove',
    'EffectiveTimeQueryRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
  ),
  getRelatedAssetsAtEnd2: post(
    '/data-assets/relationships/{relationshipTypeName}/from-asset/{fromAssetGUID}/retrieve/end2',
    'EffectiveTimeQueryRequestBody',
    elements('RelationshipElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
  ),
  getRelatedAssetsAtEnd1: post(
    '/data-assets/data-assets/relationships/{relationshipTypeName}/to-asset/{toAssetGUID}/retrieve/end1',
    'EffectiveTimeQueryRequestBody',
    elements('RelationshipElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
  ),
  findDataAssets: post(
    '/data-assets/by-search-string',
    'SearchStringRequestBody',
    elementList('DataAssetElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
  ),
  scanDataAssets: post(
    '/data-assets/scan',
    'EffectiveTimeQueryRequestBody',
    elementList('DataAssetElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
  ),
  getDataAssetsByName: post(
    '/data-assets/by-name',
    'NameRequestBody',
    elementList('DataAssetElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
  ),
  getDataAssetsForAssetManager: post(
    '/data-assets/by-asset-manager',
    'EffectiveTimeQueryRequestBody',
    elementList('DataAssetElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
  ),
  getDataAssetByGUID: post(
    '/data-assets/{assetGUID}/retrieve',
    'EffectiveTimeQueryRequestBody',
    single('DataAssetElementResponse'),
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
};

/** Asset Manager OMAS: data assets and the relationships between them (DataAssetExchangeResource): the operation table. @public */
export const ASSET_MANAGER_DATA_ASSET_SERVICE = defineService<AssetManagerDataAssetOperationName>(
  { kind: 'access-service', marker: 'asset-manager' },
  rows,
);
