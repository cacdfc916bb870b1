/**
 * Community Profile OMAS: what 5.2's organization integrator context calls: actor profiles, contact methods, person roles, appointments, team structure (OrganizationResource), security groups (SecurityGroupResource), user identities (UserIdentityResource), metadata sources and the out-topic connection (CommunityProfileResource).
 * Each row is checked against the Spring resource class of Egeria 5.2 (commit 19177ef7); the paths
 * are below the service root, and where Egeria's Java client and server disagree the row follows the server.
 */
import { securityGroupFamilyRows, userIdentityFamilyRows } from '../common/identity-operations';
import {
  CONNECTION_RESPONSE,
  CREATES,
  GUID_RESPONSE,
  MERGE_UPDATE,
  VOID_RESPONSE,
  defineService,
  elements,
  get,
  paged,
  post,
  required,
  single,
  type OperationRow,
} from '../common/operation-rows';

/** The name of an operation of {@link COMMUNITY_PROFILE_SERVICE}. @public */
export type CommunityProfileOperationName =
  | 'createActorProfile'
  | 'updateActorProfile'
  | 'deleteActorProfile'
  | 'addContactMethod'
  | 'deleteContactMethod'
  | 'linkTeamsInHierarchy'
  | 'unlinkTeamsInHierarchy'
  | 'getActorProfileByGUID'
  | 'getActorProfileByUserId'
  | 'getActorProfiles'
  | 'getActorProfilesByLocation'
  | 'getActorProfilesByName'
  | 'findActorProfiles'
  | 'createPersonRole'
  | 'updatePersonRole'
  | 'deletePersonRole'
  | 'linkPersonRoleToProfile'
  | 'getAppointees'
  | 'updateAppointment'
  | 'unlinkPersonRoleFromProfile'
  | 'linkTeamPlayer'
  | 'unlinkTeamPlayer'
  | 'getPersonRoleByGUID'
  | 'getPersonRolesByName'
  | 'getLeadershipRolesForTeam'
  | 'getMembershipRolesForTeam'
  | 'findPersonRoles'
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
  | 'updateIdentityProfile'
  | 'removeIdentityFromProfile'
  | 'findUserIdentities'
  | 'getUserIdentitiesByName'
  | 'getUserIdentityByGUID'
  | 'getOutTopicConnection'
  | 'createMetadataSource'
  | 'getMetadataSourceGUID'
  | 'getMetadataSource';

/** The operations, keyed by the name of the Java client method that sends them. */
const rows: Readonly<Record<CommunityProfileOperationName, OperationRow>> = {
  createActorProfile: post('/profiles', 'ActorProfileRequestBody', GUID_RESPONSE, CREATES),
  updateActorProfile: post('/profiles/{actorProfileGUID}', 'ActorProfileRequestBody', VOID_RESPONSE, MERGE_UPDATE),
  deleteActorProfile: post('/profiles/{actorProfileGUID}/delete', 'ExternalSourceRequestBody', VOID_RESPONSE),
  addContactMethod: post(
    '/profiles/{actorProfileGUID}/contact-methods',
    'ContactMethodRequestBody',
    GUID_RESPONSE,
    CREATES,
  ),
  deleteContactMethod: post(
    '/profiles/contact-methods/{contactMethodGUID}/delete',
    'ExternalSourceRequestBody',
    VOID_RESPONSE,
  ),
  linkTeamsInHierarchy: post(
    '/profiles/{superTeamProfileGUID}/sub-team-profiles/{subTeamProfileGUID}/link',
    'EffectiveDatesRequestBody',
    VOID_RESPONSE,
    required('delegationEscalationAuthority'),
    CREATES,
  ),
  unlinkTeamsInHierarchy: post(
    '/profiles/{superTeamProfileGUID}/sub-team-profiles/{subTeamProfileGUID}/unlink',
    'ExternalSourceRequestBody',
    VOID_RESPONSE,
  ),
  getActorProfileByGUID: get('/profiles/{actorProfileGUID}', single('ActorProfileResponse')),
  getActorProfileByUserId: get('/profiles/user-ids/{actorProfileUserId}', single('ActorProfileResponse')),
  getActorProfiles: get('/profiles', elements('ActorProfilesResponse'), paged()),
  getActorProfilesByLocation: get('/profiles/locations/{locationGUID}', elements('ActorProfilesResponse'), paged()),
  getActorProfilesByName: post('/profiles/by-name', 'NameRequestBody', elements('ActorProfilesResponse'), paged()),
  findActorProfiles: post(
    '/profiles/by-search-string',
    'SearchStringRequestBody',
    elements('ActorProfilesResponse'),
    paged(),
  ),
  createPersonRole: post('/person-roles', 'PersonRoleRequestBody', GUID_RESPONSE, CREATES),
  updatePersonRole: post('/person-roles/{personRoleGUID}', 'PersonRoleRequestBody', VOID_RESPONSE, MERGE_UPDATE),
  deletePersonRole: post('/person-roles/{personRoleGUID}/delete', 'ExternalSourceRequestBody', VOID_RESPONSE),
  linkPersonRoleToProfile: post(
    '/person-roles/{personRoleGUID}/profiles/{personProfileGUID}/link',
    'AppointmentRequestBody',
    GUID_RESPONSE,
    CREATES,
  ),
  getAppointees: post(
    '/person-roles/{personRoleGUID}/appointees',
    'ResultsRequestBody',
    elements('AppointeesResponse'),
    paged(),
  ),
  updateAppointment: post(
    '/person-roles/appointees/{appointmentGUID}',
    'AppointmentRequestBody',
    VOID_RESPONSE,
    MERGE_UPDATE,
  ),
  unlinkPersonRoleFromProfile: post(
    '/person-roles/appointees/{appointmentGUID}/unlink',
    'ExternalSourceRequestBody',
    VOID_RESPONSE,
  ),
  linkTeamPlayer: post(
    '/team-profiles/{teamProfileGUID}/team-roles/{teamRoleGUID}/link',
    'TeamPlayerRequestBody',
    VOID_RESPONSE,
    CREATES,
  ),
  unlinkTeamPlayer: post(
    '/team-profiles/{teamProfileGUID}/team-roles/{teamRoleGUID}/unlink',
    'TeamPlayerRequestBody',
    VOID_RESPONSE,
  ),
  getPersonRoleByGUID: get('/person-roles/{personRoleGUID}', single('PersonRoleResponse')),
  getPersonRolesByName: post('/person-roles/by-name', 'NameRequestBody', elements('PersonRolesResponse'), paged()),
  getLeadershipRolesForTeam: get(
    '/person-roles/by-team/{teamGUID}/leadership',
    elements('PersonRolesResponse'),
    paged(),
  ),
  getMembershipRolesForTeam: get(
    '/person-roles/by-team/{teamGUID}/membership',
    elements('PersonRolesResponse'),
    paged(),
  ),
  findPersonRoles: post(
    '/person-roles/by-search-string',
    'SearchStringRequestBody',
    elements('PersonRolesResponse'),
    paged(),
  ),
  ...securityGroupFamilyRows(),
  ...userIdentityFamilyRows(true),
  getOutTopicConnection: get('/topics/out-topic-connection/{callerId}', CONNECTION_RESPONSE),
  createMetadataSource: post('/metadata-sources', 'MetadataSourceProperties', GUID_RESPONSE, CREATES),
  getMetadataSourceGUID: get('/metadata-sources/by-name/{qualifiedName}', GUID_RESPONSE),
  getMetadataSource: get('/metadata-sources/{metadataSourceGUID}', single('MetadataSourceResponse')),
};

/** Community Profile OMAS: what 5.2's organization integrator context calls: actor profiles, contact methods, person roles, appointments, team structure (OrganizationResource), security groups (SecurityGroupResource), user identities (UserIdentityResource), metadata sources and the out-topic connection (CommunityProfileResource): the operation table. @public */
export const COMMUNITY_PROFILE_SERVICE = defineService<CommunityProfileOperationName>(
  { kind: 'access-service', marker: 'community-profile' },
  rows,
);
