/**
 * The open metadata store framework service: external identifiers (5.2's catalog integrator correlates through it) and the generic element calls that 5.2's Asset Manager client uses for valid values.
 * Each row is checked against the Spring resource class of Egeria 5.2 (commit 19177ef7); the paths
 * are below the service root, and where Egeria's Java client and server disagree the row follows the server.
 */
import {
  BOOLEAN_RESPONSE,
  CREATES,
  GUID_RESPONSE,
  LINEAGE_FLAGS,
  OPTIONAL_BODY,
  VOID_RESPONSE,
  defineService,
  elementList,
  optional,
  paged,
  post,
  single,
  type OperationRow,
} from '../common/operation-rows';

/** The name of an operation of {@link OPEN_METADATA_STORE_SERVICE}. @public */
export type OpenMetadataStoreOperationName =
  | 'addExternalIdentifier'
  | 'updateExternalIdentifier'
  | 'validateExternalIdentifier'
  | 'removeExternalIdentifier'
  | 'removeExternalScope'
  | 'confirmSynchronization'
  | 'getElementsForExternalIdentifier'
  | 'getExternalIdentifiers'
  | 'getMetadataElementByGUID'
  | 'getMetadataElementByUniqueName'
  | 'getMetadataElementGUIDByUniqueName'
  | 'findMetadataElementsWithString'
  | 'findMetadataElements'
  | 'getRelatedMetadataElements'
  | 'createMetadataElementInStore'
  | 'updateMetadataElementInStore'
  | 'deleteMetadataElementInStore'
  | 'classifyMetadataElementInStore'
  | 'declassifyMetadataElementInStore'
  | 'createRelatedElementsInStore'
  | 'deleteRelatedElementsInStore';

/** The operations, keyed by the name of the Java client method that sends them. */
const rows: Readonly<Record<OpenMetadataStoreOperationName, OperationRow>> = {
  addExternalIdentifier: post(
    '/metadata-elements/{openMetadataElementTypeName}/{openMetadataElementGUID}/external-identifiers/add',
    'UpdateMetadataCorrelatorsRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
    CREATES,
  ),
  updateExternalIdentifier: post(
    '/metadata-elements/{openMetadataElementTypeName}/{openMetadataElementGUID}/external-identifiers/update',
    'UpdateMetadataCorrelatorsRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
  ),
  validateExternalIdentifier: post(
    '/metadata-elements/{openMetadataElementTypeName}/{openMetadataElementGUID}/external-identifiers/validate',
    'UpdateMetadataCorrelatorsRequestBody',
    BOOLEAN_RESPONSE,
    LINEAGE_FLAGS,
  ),
  removeExternalIdentifier: post(
    '/metadata-elements/{openMetadataElementTypeName}/{openMetadataElementGUID}/external-identifiers/remove',
    'UpdateMetadataCorrelatorsRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
  ),
  removeExternalScope: post(
    '/external-scope/{externalScopeGUID}/remove',
    'EffectiveTimeRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  confirmSynchronization: post(
    '/metadata-elements/{openMetadataElementTypeName}/{openMetadataElementGUID}/synchronized',
    'MetadataCorrelationProperties',
    VOID_RESPONSE,
  ),
  getElementsForExternalIdentifier: post(
    '/external-identifiers/open-metadata-elements',
    'UpdateMetadataCorrelatorsRequestBody',
    { bean: 'ElementHeadersResponse', field: 'elementHeaders', list: true },
    paged('startFrom', 'pageSize', false),
    LINEAGE_FLAGS,
  ),
  getExternalIdentifiers: post(
    '/metadata-elements/{openMetadataElementTypeName}/{openMetadataElementGUID}/external-identifiers',
    'EffectiveTimeQueryRequestBody',
    elementList('MetadataCorrelationHeadersResponse'),
    paged('startFrom', 'pageSize', false),
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  getMetadataElementByGUID: post(
    '/metadata-elements/{elementGUID}',
    'AnyTimeRequestBody',
    single('OpenMetadataElementResponse'),
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  getMetadataElementByUniqueName: post(
    '/metadata-elements/by-unique-name',
    'NameRequestBody',
    single('OpenMetadataElementResponse'),
    LINEAGE_FLAGS,
  ),
  getMetadataElementGUIDByUniqueName: post(
    '/metadata-elements/guid-by-unique-name',
    'NameRequestBody',
    GUID_RESPONSE,
    LINEAGE_FLAGS,
  ),
  findMetadataElementsWithString: post(
    '/metadata-elements/by-search-string',
    'SearchStringRequestBody',
    elementList('OpenMetadataElementsResponse'),
    paged('startFrom', 'pageSize', false),
    LINEAGE_FLAGS,
  ),
  findMetadataElements: post(
    '/metadata-elements/by-search-conditions',
    'FindRequestBody',
    elementList('OpenMetadataElementsResponse'),
    paged('startFrom', 'pageSize', false),
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  getRelatedMetadataElements: post(
    '/related-elements/{elementGUID}/type/{relationshipTypeName}',
    'ResultsRequestBody',
    single('RelatedMetadataElementListResponse', 'relatedElementList'),
    optional('startingAtEnd', 0),
    optional('startFrom', 0),
    optional('pageSize', 0),
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  createMetadataElementInStore: post('/metadata-elements', 'NewOpenMetadataElementRequestBody', GUID_RESPONSE, CREATES),
  updateMetadataElementInStore: post(
    '/metadata-elements/{metadataElementGUID}/update-properties',
    'UpdatePropertiesRequestBody',
    VOID_RESPONSE,
  ),
  deleteMetadataElementInStore: post(
    '/metadata-elements/{metadataElementGUID}/delete',
    'UpdateRequestBody',
    VOID_RESPONSE,
    OPTIONAL_BODY,
  ),
  classifyMetadataElementInStore: post(
    '/metadata-elements/{metadataElementGUID}/classifications/{classificationName}',
    'NewClassificationRequestBody',
    VOID_RESPONSE,
  ),
  declassifyMetadataElementInStore: post(
    '/metadata-elements/{metadataElementGUID}/classifications/{classificationName}/delete',
    'UpdateRequestBody',
    VOID_RESPONSE,
  ),
  createRelatedElementsInStore: post('/related-elements', 'NewRelatedElementsRequestBody', GUID_RESPONSE, CREATES),
  deleteRelatedElementsInStore: post('/related-elements/{relationshipGUID}/delete', 'UpdateRequestBody', VOID_RESPONSE),
};

/** The open metadata store framework service: external identifiers (5.2's catalog integrator correlates through it) and the generic element calls that 5.2's Asset Manager client uses for valid values: the operation table. @public */
export const OPEN_METADATA_STORE_SERVICE = defineService<OpenMetadataStoreOperationName>(
  { kind: 'framework-service', service: 'open-metadata-store' },
  rows,
);
