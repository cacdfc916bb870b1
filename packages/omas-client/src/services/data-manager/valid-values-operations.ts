/**
 * Data Manager OMAS: valid values, valid value sets, their members, consumers and reference value tags (DataManagerValidValuesResource), which the files, topic, API and database contexts use.
 * Each row is checked against the Spring resource class of Egeria 5.2 (commit 19177ef7); the paths
 * are below the service root, and where Egeria's Java client and server disagree the row follows the server.
 */
import {
  CREATES,
  GUID_RESPONSE,
  MERGE_UPDATE,
  VOID_RESPONSE,
  defineService,
  elements,
  get,
  paged,
  post,
  single,
  type OperationRow,
} from '../common/operation-rows';

/** The name of an operation of {@link DATA_MANAGER_VALID_VALUES_SERVICE}. @public */
export type DataManagerValidValuesOperationName =
  | 'createValidValue'
  | 'updateValidValue'
  | 'setupValidValueMember'
  | 'clearValidValueMember'
  | 'setupValidValues'
  | 'clearValidValues'
  | 'setupReferenceValueTag'
  | 'clearReferenceValueTag'
  | 'removeValidValue'
  | 'findValidValues'
  | 'getValidValuesByName'
  | 'getValidValueSetMembers'
  | 'getSetsForValidValue'
  | 'getValidValuesForConsumer'
  | 'getConsumersOfValidValue'
  | 'getReferenceValues'
  | 'getAssigneesOfReferenceValue'
  | 'getAllValidValues'
  | 'getValidValueByGUID';

/** The operations, keyed by the name of the Java client method that sends them. */
const rows: Readonly<Record<DataManagerValidValuesOperationName, OperationRow>> = {
  createValidValue: post('/valid-values', 'ReferenceableRequestBody', GUID_RESPONSE, CREATES),
  updateValidValue: post('/valid-values/{validValueGUID}', 'ReferenceableRequestBody', VOID_RESPONSE, MERGE_UPDATE),
  setupValidValueMember: post(
    '/valid-values/{validValueSetGUID}/valid-value-members/{validValueMemberGUID}',
    'RelationshipRequestBody',
    VOID_RESPONSE,
    CREATES,
  ),
  clearValidValueMember: post(
    '/valid-values/{validValueSetGUID}/valid-value-members/{validValueMemberGUID}/delete',
    'ExternalSourceRequestBody',
    VOID_RESPONSE,
  ),
  setupValidValues: post(
    '/valid-values/{elementGUID}/valid-values/{validValueGUID}',
    'RelationshipRequestBody',
    VOID_RESPONSE,
    CREATES,
  ),
  clearValidValues: post(
    '/valid-values/{elementGUID}/valid-values/{validValueGUID}/delete',
    'ExternalSourceRequestBody',
    VOID_RESPONSE,
  ),
  setupReferenceValueTag: post(
    '/valid-values/{elementGUID}/reference-value-tags/{validValueGUID}',
    'RelationshipRequestBody',
    VOID_RESPONSE,
    CREATES,
  ),
  clearReferenceValueTag: post(
    '/valid-values/{elementGUID}/reference-value-tags/{validValueGUID}/delete',
    'ExternalSourceRequestBody',
    VOID_RESPONSE,
  ),
  removeValidValue: post('/valid-values/{validValueGUID}/delete', 'ExternalSourceRequestBody', VOID_RESPONSE),
  findValidValues: post(
    '/valid-values/by-search-string',
    'SearchStringRequestBody',
    elements('ValidValuesResponse'),
    paged(),
  ),
  getValidValuesByName: post('/valid-values/by-name', 'NameRequestBody', elements('ValidValuesResponse'), paged()),
  getValidValueSetMembers: get('/valid-values/members/{validValueSetGUID}', elements('ValidValuesResponse'), paged()),
  getSetsForValidValue: get('/valid-values/sets/{validValueGUID}', elements('ValidValuesResponse'), paged()),
  getValidValuesForConsumer: get('/valid-values/by-consumer/{elementGUID}', single('ValidValueResponse')),
  getConsumersOfValidValue: get(
    '/valid-values/{validValueGUID}/consumers',
    elements('RelatedElementsResponse'),
    paged(),
  ),
  getReferenceValues: get(
    '/valid-values/by-reference-value-tags/{elementGUID}',
    elements('ValidValuesResponse'),
    paged(),
  ),
  getAssigneesOfReferenceValue: get(
    '/valid-values/{validValueGUID}/by-reference-value-tag-assignees',
    elements('RelatedElementsResponse'),
    paged(),
  ),
  getAllValidValues: get('/valid-values', elements('ValidValuesResponse'), paged()),
  getValidValueByGUID: get('/valid-values/{guid}', single('ValidValueResponse')),
};

/** Data Manager OMAS: valid values, valid value sets, their members, consumers and reference value tags (DataManagerValidValuesResource), which the files, topic, API and database contexts use: the operation table. @public */
export const DATA_MANAGER_VALID_VALUES_SERVICE = defineService<DataManagerValidValuesOperationName>(
  { kind: 'access-service', marker: 'data-manager' },
  rows,
);
