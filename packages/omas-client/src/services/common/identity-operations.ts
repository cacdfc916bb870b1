/**
 * The security group and user identity rows that several services serve below their own roots:
 * security groups in the Community Profile and Security Manager OMAS, user identities in those two
 * and the IT Infrastructure OMAS. Each table spreads these groups where its rows stand. Internal.
 */
import {
  CREATES,
  GUID_RESPONSE,
  MERGE_UPDATE,
  OPTIONAL_BODY,
  VOID_RESPONSE,
  elements,
  get,
  paged,
  post,
  single,
  type OperationRow,
  type RowTrait,
} from './operation-rows';

/** The security group rows. */
const securityGroupRows = {
  createSecurityGroup: post('/security-groups', 'SecurityGroupProperties', GUID_RESPONSE, CREATES),
  updateSecurityGroup: post(
    '/security-groups/{securityGroupGUID}/update',
    'SecurityGroupProperties',
    VOID_RESPONSE,
    MERGE_UPDATE,
  ),
  deleteSecurityGroup: post(
    '/security-groups/{securityGroupGUID}/delete',
    'NullRequestBody',
    VOID_RESPONSE,
    OPTIONAL_BODY,
  ),
  getSecurityGroupsForDistinguishedName: get(
    '/security-groups/for-distinguished-name/{distinguishedName}',
    elements('SecurityGroupsResponse'),
    paged(),
  ),
  getElementsGovernedBySecurityGroup: get(
    '/security-groups/{securityGroupGUID}/governed-by/elements',
    elements('ElementStubsResponse'),
    paged(),
  ),
  findSecurityGroups: post(
    '/security-groups/by-search-string',
    'SearchStringRequestBody',
    elements('SecurityGroupsResponse'),
    paged(),
  ),
  getSecurityGroupByGUID: get('/security-groups/{securityGroupGUID}', single('SecurityGroupResponse')),
} as const satisfies Record<string, OperationRow>;

/** The name of a security group row. */
export type SecurityGroupRowName = keyof typeof securityGroupRows;

/** The name of a user identity row every one of these services serves. */
export type UserIdentityRowName =
  | 'createUserIdentity'
  | 'updateUserIdentity'
  | 'deleteUserIdentity'
  | 'addIdentityToProfile'
  | 'removeIdentityFromProfile'
  | 'findUserIdentities'
  | 'getUserIdentitiesByName'
  | 'getUserIdentityByGUID';

/** The security group rows (create, update, delete, the lists and the lookup by GUID). */
export function securityGroupFamilyRows(): Readonly<Record<SecurityGroupRowName, OperationRow>> {
  return securityGroupRows;
}

/**
 * The user identity rows. The Security Manager and IT Infrastructure OMASs send a
 * `UserIdentityRequestBody` and link with an `ExternalSourceRequestBody`; the Community Profile OMAS
 * sends a `ReferenceableRequestBody`, links with a `RelationshipRequestBody`, takes no body on its
 * delete, link and unlink rows, and can update the link (`updateIdentityProfile`).
 */
export function userIdentityFamilyRows(communityProfile: false): Readonly<Record<UserIdentityRowName, OperationRow>>;
/** The Community Profile OMAS's user identity rows, with `updateIdentityProfile` in its place. */
export function userIdentityFamilyRows(
  communityProfile: true,
): Readonly<Record<UserIdentityRowName | 'updateIdentityProfile', OperationRow>>;
export function userIdentityFamilyRows(communityProfile: boolean): Readonly<Record<string, OperationRow>> {
  const bean = communityProfile ? 'ReferenceableRequestBody' : 'UserIdentityRequestBody';
  const linkBean = communityProfile ? 'RelationshipRequestBody' : 'ExternalSourceRequestBody';
  const optionalBody: readonly RowTrait[] = communityProfile ? [OPTIONAL_BODY] : [];
  const link = '/user-identities/{userIdentityGUID}/profiles/{profileGUID}';
  return {
    createUserIdentity: post('/user-identities', bean, GUID_RESPONSE, CREATES),
    updateUserIdentity: post('/user-identities/{userIdentityGUID}', bean, VOID_RESPONSE, MERGE_UPDATE),
    deleteUserIdentity: post(
      '/user-identities/{userIdentityGUID}/delete',
      'ExternalSourceRequestBody',
      VOID_RESPONSE,
      ...optionalBody,
    ),
    addIdentityToProfile: post(`${link}/link`, linkBean, VOID_RESPONSE, ...optionalBody, CREATES),
    ...(communityProfile
      ? {
          updateIdentityProfile: post(
            `${link}/link/update`,
            'RelationshipRequestBody',
            VOID_RESPONSE,
            MERGE_UPDATE,
            OPTIONAL_BODY,
          ),
        }
      : {}),
    removeIdentityFromProfile: post(`${link}/unlink`, 'ExternalSourceRequestBody', VOID_RESPONSE, ...optionalBody),
    findUserIdentities: post(
      '/user-identities/by-search-string',
      'SearchStringRequestBody',
      elements('UserIdentitiesResponse'),
      paged(),
    ),
    getUserIdentitiesByName: post(
      '/user-identities/by-name',
      'NameRequestBody',
      elements('UserIdentitiesResponse'),
      paged(),
    ),
    getUserIdentityByGUID: get('/user-identities/{userIdentityGUID}', single('UserIdentityResponse')),
  };
}
