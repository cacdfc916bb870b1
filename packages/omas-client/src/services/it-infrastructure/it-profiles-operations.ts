/**
 * IT Infrastructure OMAS: IT profiles, their contact methods and user identities (ITProfileResource).
 * Each row is checked against the Spring resource class of Egeria 5.2 (commit 19177ef7); the paths
 * are below the service root, and where Egeria's Java client and server disagree the row follows the server.
 */
import { userIdentityFamilyRows } from '../common/identity-operations';
import {
  ANSWERS_NO_GUID,
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

/** The name of an operation of {@link IT_INFRASTRUCTURE_PROFILE_SERVICE}. @public */
export type ITInfrastructureProfileOperationName =
  | 'createITProfile'
  | 'updateITProfile'
  | 'deleteITProfile'
  | 'addContactMethod'
  | 'deleteContactMethod'
  | 'getITProfileByGUID'
  | 'getITProfileByUserId'
  | 'getITProfileByName'
  | 'findITProfile'
  | 'createUserIdentity'
  | 'updateUserIdentity'
  | 'deleteUserIdentity'
  | 'addIdentityToProfile'
  | 'removeIdentityFromProfile'
  | 'findUserIdentities'
  | 'getUserIdentitiesByName'
  | 'getUserIdentityByGUID';

/** The operations, keyed by the name of the Java client method that sends them. */
const rows: Readonly<Record<ITInfrastructureProfileOperationName, OperationRow>> = {
  createITProfile: post('/profiles', 'ITProfileRequestBody', GUID_RESPONSE, CREATES),
  updateITProfile: post('/profiles/{itProfileGUID}', 'ITProfileRequestBody', VOID_RESPONSE, MERGE_UPDATE),
  deleteITProfile: post('/profiles/{itProfileGUID}/delete', 'ExternalSourceRequestBody', VOID_RESPONSE),
  // 5.2's ITProfileRESTServices.addContactMethod creates the contact method but drops its GUID.
  addContactMethod: post(
    '/profiles/{itProfileGUID}/contact-methods',
    'ContactMethodRequestBody',
    GUID_RESPONSE,
    CREATES,
    ANSWERS_NO_GUID,
  ),
  deleteContactMethod: post(
    '/profiles/contact-methods/{contactMethodGUID}/delete',
    'ExternalSourceRequestBody',
    VOID_RESPONSE,
  ),
  getITProfileByGUID: get('/profiles/{itProfileGUID}', single('ITProfileResponse')),
  getITProfileByUserId: get('/profiles/user-ids/{itProfileUserId}', single('ITProfileResponse')),
  getITProfileByName: post('/profiles/by-name', 'NameRequestBody', elements('ITProfilesResponse'), paged()),
  findITProfile: post('/profiles/by-search-string', 'SearchStringRequestBody', elements('ITProfilesResponse'), paged()),
  ...userIdentityFamilyRows(false),
};

/** IT Infrastructure OMAS: IT profiles, their contact methods and user identities (ITProfileResource): the operation table. @public */
export const IT_INFRASTRUCTURE_PROFILE_SERVICE = defineService<ITInfrastructureProfileOperationName>(
  { kind: 'access-service', marker: 'it-infrastructure' },
  rows,
);
