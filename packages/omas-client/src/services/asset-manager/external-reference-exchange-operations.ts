/**
 * Asset Manager OMAS: external references and their links to elements (ExternalReferenceExchangeResource).
 * Each row is checked against the Spring resource class of Egeria 5.2 (commit 19177ef7); the paths
 * are below the service root, and where Egeria's Java client and server disagree the row follows the server.
 */
import {
  CREATES,
  GUID_RESPONSE,
  LINEAGE_FLAGS,
  MERGE_UPDATE,
  VOID_RESPONSE,
  defineService,
  elementList,
  isHome,
  paged,
  post,
  single,
  type OperationRow,
} from '../common/operation-rows';

/** The name of an operation of {@link ASSET_MANAGER_EXTERNAL_REFERENCE_SERVICE}. @public */
export type AssetManagerExternalReferenceOperationName =
  | 'createExternalReference'
  | 'updateExternalReference'
  | 'deleteExternalReference'
  | 'linkExternalReferenceToElement'
  | 'updateExternalReferenceToElementLink'
  | 'unlinkExternalReferenceFromElement'
  | 'getExternalReferences'
  | 'getExternalReferencesById'
  | 'getExternalReferencesByURL'
  | 'getExternalReferencesByName'
  | 'getExternalReferencesForAssetManager'
  | 'findExternalReferences'
  | 'retrieveAttachedExternalReferences'
  | 'getExternalReferenceByGUID';

/** The operations, keyed by the name of the Java client method that sends them. */
const rows: Readonly<Record<AssetManagerExternalReferenceOperationName, OperationRow>> = {
  createExternalReference: post(
    '/external-references',
    'ExternalReferenceRequestBody',
    GUID_RESPONSE,
    isHome('assetManagerIsHome'),
    CREATES,
  ),
  updateExternalReference: post(
    '/external-references/{externalReferenceGUID}',
    'ExternalReferenceRequestBody',
    VOID_RESPONSE,
    MERGE_UPDATE,
    LINEAGE_FLAGS,
  ),
  deleteExternalReference: post(
    '/external-references/{externalReferenceGUID}/remove',
    'UpdateRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
  ),
  linkExternalReferenceToElement: post(
    '/external-references/{externalReferenceGUID}/links/{attachedToGUID}',
    'ExternalReferenceLinkRequestBody',
    GUID_RESPONSE,
    isHome('assetManagerIsHome'),
    LINEAGE_FLAGS,
    CREATES,
  ),
  updateExternalReferenceToElementLink: post(
    '/external-references/links/{externalReferenceLinkGUID}/update',
    'ExternalReferenceLinkRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
  ),
  unlinkExternalReferenceFromElement: post(
    '/external-references/links/{externalReferenceLinkGUID}/remove',
    'EffectiveTimeQueryRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
  ),
  getExternalReferences: post(
    '/external-references/by-type',
    'EffectiveTimeQueryRequestBody',
    elementList('ExternalReferenceElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
  ),
  getExternalReferencesById: post(
    '/external-references/by-resource-id',
    'NameRequestBody',
    elementList('ExternalReferenceElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
  ),
  getExternalReferencesByURL: post(
    '/external-references/by-url',
    'NameRequestBody',
    elementList('ExternalReferenceElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
  ),
  getExternalReferencesByName: post(
    '/external-references/by-name',
    'NameRequestBody',
    elementList('ExternalReferenceElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
  ),
  getExternalReferencesForAssetManager: post(
    '/external-references/by-asset-manager',
    'EffectiveTimeQueryRequestBody',
    elementList('ExternalReferenceElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
  ),
  findExternalReferences: post(
    '/external-references/by-search-string',
    'SearchStringRequestBody',
    elementList('ExternalReferenceElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
  ),
  retrieveAttachedExternalReferences: post(
    '/external-references/attached-to/{attachedToGUID}',
    'EffectiveTimeQueryRequestBody',
    elementList('ExternalReferenceLinkElementsResponse'),
    paged(),
    LINEAGE_FLAGS,
  ),
  getExternalReferenceByGUID: post(
    '/external-references/{externalReferenceGUID}/by-guid',
    'EffectiveTimeQueryRequestBody',
    single('ExternalReferenceElementResponse'),
    LINEAGE_FLAGS,
  ),
};

/** Asset Manager OMAS: external references and their links to elements (ExternalReferenceExchangeResource): the operation table. @public */
export const ASSET_MANAGER_EXTERNAL_REFERENCE_SERVICE = defineService<AssetManagerExternalReferenceOperationName>(
  { kind: 'access-service', marker: 'asset-manager' },
  rows,
);
