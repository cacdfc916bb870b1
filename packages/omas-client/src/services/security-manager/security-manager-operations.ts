/**
 * Security Manager OMAS: what 5.2's security integrator context calls: security groups, user identities, actor profiles and person roles, plus the security manager's registration and out-topic connection (SecurityManagerOMASResource).
 * Each row is checked against the Spring resource class of Egeria 5.2 (commit 19177ef7); the paths
 * are below the service root, and where Egeria's Java client and server disagree the row follows the server.
 */
import { securityGroupFamilyRows, userIdentityFamilyRows } from '../common/identity-operations';
import {
  CONNECTION_RESPONSE,
  CREATES,
  GUID_RESPONSE,
  defineService,
  elements,
  get,
  paged,
  post,
  single,
  type OperationRow,
} from '../common/operation-rows';

/** The name of an operation of {@link SECURITY_MANAGER_SERVICE}. @public */
export type SecurityManagerOperationName =
  | 'getOutTopicConnection'
  | 'createSecurityManagerInCatalog'
  | 'getMetadataSourceGUID'
  | 'createSecurityGroup'
  | 'updateSecurityGroup'
  | 'deleteSecurityGroup'
  | 'getSecurityGroupsForDistinguishedName'
  | 'getElementsGovernedBySecurityGroup'
  | 'findSecurityGroups'
  | 'getSecurityGroupByGUID'
  | 'createUserIdentity'
  | 'updateUserIdentity'
  | 'deleteUserIdentity'
  | 'addIdentityToProfile'
  | 'removeIdentityFromProfile'
  | 'findUserIdentities'
  | 'getUserIdentitiesByName'
  | 'getUserIdentityByGUID'
  | 'getActorProfileByGUID'
  | 'getActorProfileByUserId'
  | 'getActorProfileByName'
  | 'findActorProfile'
  | 'getAppointees'
  | 'getPersonRoleByGUID'
  | 'getPersonRoleByName'
  | 'findPersonRole';

/** The operations, keyed by the name of the Java client method that sends them. */
const rows: Readonly<Record<SecurityManagerOperationName, OperationRow>> = {
  getOutTopicConnection: get('/topics/out-topic-connection/{callerId}', CONNECTION_RESPONSE),
  createSecurityManagerInCatalog: post(
    '/metadata-sources/security-managers',
    'SecurityManagerRequestBody',
    GUID_RESPONSE,
    CREATES,
  ),
  getMetadataSourceGUID: get('/metadata-sources/by-name/{qualifiedName}', GUID_RESPONSE),
  ...securityGroupFamilyRows(),
  ...userIdentityFamilyRows(false),
  getActorProfileByGUID: get('/profiles/{actorProfileGUID}', single('ActorProfileResponse')),
  getActorProfileByUserId: get('/profiles/user-ids/{actorProfileUserId}', single('ActorProfileResponse')),
  getActorProfileByName: post('/profiles/by-name', 'NameRequestBody', elements('ActorProfilesResponse'), paged()),
  findActorProfile: post(
    '/profiles/by-search-string',
    'SearchStringRequestBody',
    elements('ActorProfilesResponse'),
    paged(),
  ),
  getAppointees: post(
    '/person-roles/{personRoleGUID}/appointees',
    'ResultsRequestBody',
    elements('AppointeesResponse'),
    paged(),
  ),
  getPersonRoleByGUID: get('/person-roles/{personRoleGUID}', single('PersonRoleResponse')),
  getPersonRoleByName: post('/person-roles/by-name', 'NameRequestBody', elements('PersonRolesResponse'), paged()),
  findPersonRole: post(
    '/person-roles/by-search-string',
    'SearchStringRequestBody',
    elements('PersonRolesResponse'),
    paged(),
  ),
};

/** Security Manager OMAS: what 5.2's security integrator context calls: security groups, user identities, actor profiles and person roles, plus the security manager's registration and out-topic connection (SecurityManagerOMASResource): the operation table. @public */
export const SECURITY_MANAGER_SERVICE = defineService<SecurityManagerOperationName>(
  { kind: 'access-service', marker: 'security-manager' },
  rows,
);
