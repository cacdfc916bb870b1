/**
 * The Community Profile, Security Manager, Asset Consumer and IT Infrastructure clients against
 * facts read from Egeria 5.2's Spring resources (commit 19177ef7).
 */
import {
  ASSET_CONSUMER_SERVICE,
  COMMUNITY_PROFILE_SERVICE,
  IT_INFRASTRUCTURE_ASSET_SERVICE,
  IT_INFRASTRUCTURE_PROFILE_SERVICE,
  IT_INFRASTRUCTURE_SERVICE,
  ITAssetManagerClient,
  OrganizationManagementClient,
  SECURITY_MANAGER_SERVICE,
  SecurityManagerClient,
} from '@egeria-ts/omas-client';
import { RecordingInvoker } from './tables-support';

describe('community profile', () => {
  const ops = COMMUNITY_PROFILE_SERVICE.operations;

  it("follows the server's path for profiles at a location (the Java client sends /profiles/by-location)", () => {
    expect(ops.getActorProfilesByLocation.path).toBe('/profiles/locations/{locationGUID}');
  });

  it('links teams in a hierarchy with the required delegationEscalationAuthority flag', async () => {
    expect(ops.linkTeamsInHierarchy.query).toEqual({ delegationEscalationAuthority: { required: true } });
    const invoker = new RecordingInvoker();
    await new OrganizationManagementClient(invoker).linkTeamsInHierarchy({
      superTeamProfileGUID: 'dept',
      subTeamProfileGUID: 'team',
      delegationEscalationAuthority: true,
      externalSourceName: 'HR',
    });
    const call = invoker.only();
    expect(call.request.path).toEqual({ superTeamProfileGUID: 'dept', subTeamProfileGUID: 'team' });
    expect(call.request.query).toEqual({ delegationEscalationAuthority: true });
    expect(call.request.body).toEqual({ class: 'EffectiveDatesRequestBody', externalSourceName: 'HR' });
  });

  it('creates a user identity with UserIdentityProperties inside a ReferenceableRequestBody', async () => {
    const invoker = new RecordingInvoker();
    await new OrganizationManagementClient(invoker).createUserIdentity({
      externalSourceGUID: 'ldap-guid',
      properties: { qualifiedName: 'uid=jo', userId: 'jo' },
    });
    expect(invoker.only().operation.path).toBe('/user-identities');
    expect(invoker.only().request.body).toEqual({
      class: 'ReferenceableRequestBody',
      externalSourceGUID: 'ldap-guid',
      properties: { class: 'UserIdentityProperties', qualifiedName: 'uid=jo', userId: 'jo' },
    });
  });

  it('registers a metadata source with a bare MetadataSourceProperties body', () => {
    expect(ops.createMetadataSource).toMatchObject({
      path: '/metadata-sources',
      requestBody: 'MetadataSourceProperties',
      creates: true,
    });
    expect(ops.getMetadataSourceGUID).toMatchObject({
      method: 'GET',
      path: '/metadata-sources/by-name/{qualifiedName}',
    });
  });
});

describe('security manager', () => {
  const ops = SECURITY_MANAGER_SERVICE.operations;

  it("deletes a user identity on the server's /delete path (the 5.2 Java client posts to the update path)", () => {
    expect(ops.deleteUserIdentity).toMatchObject({
      method: 'POST',
      path: '/user-identities/{userIdentityGUID}/delete',
    });
    expect(ops.updateUserIdentity.path).toBe('/user-identities/{userIdentityGUID}');
  });

  it('creates security groups with a bare SecurityGroupProperties body', async () => {
    const invoker = new RecordingInvoker();
    // A security group is a governance definition: documentIdentifier is its unique name.
    await new SecurityManagerClient(invoker).createSecurityGroup({
      documentIdentifier: 'group::admins',
      title: 'Administrators',
      distinguishedName: 'cn=admins,dc=acme',
    });
    expect(invoker.only().request.body).toEqual({
      class: 'SecurityGroupProperties',
      documentIdentifier: 'group::admins',
      title: 'Administrators',
      distinguishedName: 'cn=admins,dc=acme',
    });
  });

  it('registers the security manager and finds it by a name in the path', () => {
    expect(ops.createSecurityManagerInCatalog).toMatchObject({
      path: '/metadata-sources/security-managers',
      requestBody: 'SecurityManagerRequestBody',
      creates: true,
    });
    expect(ops.getMetadataSourceGUID).toMatchObject({
      method: 'GET',
      path: '/metadata-sources/by-name/{qualifiedName}',
    });
  });
});

describe('asset consumer', () => {
  it('serves the out-topic connection the search integrator listens through', () => {
    expect(ASSET_CONSUMER_SERVICE.root).toEqual({ kind: 'access-service', marker: 'asset-consumer' });
    expect(Object.values(ASSET_CONSUMER_SERVICE.operations)).toEqual([
      {
        name: 'getOutTopicConnection',
        method: 'GET',
        path: '/topics/out-topic-connection/{callerId}',
        response: { bean: 'OCFConnectionResponse', field: 'connection' },
      },
    ]);
  });
});

describe('IT infrastructure', () => {
  it('handles every kind of asset through the generic calls, the type name in the path', async () => {
    const ops = IT_INFRASTRUCTURE_ASSET_SERVICE.operations;
    expect(ops.findAssets.path).toBe('/assets/{assetTypeName}/by-search-string');
    expect(ops.getAssetsForInfrastructureManager.path).toBe(
      '/infrastructure-managers/{infrastructureManagerGUID}/{infrastructureManagerName}/assets/{assetTypeName}',
    );
    const invoker = new RecordingInvoker();
    await new ITAssetManagerClient(invoker).getRelatedAssets({
      assetTypeName: 'Host',
      assetGUID: 'h1',
      relationshipTypeName: 'HostClusterMember',
      relatedAssetTypeName: 'Host',
      startingEnd: 1,
    });
    const call = invoker.only();
    expect(call.request.path).toEqual({
      assetTypeName: 'Host',
      assetGUID: 'h1',
      relationshipTypeName: 'HostClusterMember',
      relatedAssetTypeName: 'Host',
    });
    expect(call.request.query).toEqual({ startingEnd: 1, startFrom: 0, pageSize: 0 });
    expect(ops.getRelatedAssets.query?.['startingEnd']).toEqual({ required: true });
  });

  it('uses infrastructureManagerIsHome as the ownership flag', () => {
    expect(IT_INFRASTRUCTURE_ASSET_SERVICE.operations.createAsset.query).toEqual({
      infrastructureManagerIsHome: { required: true, default: true },
    });
    expect(IT_INFRASTRUCTURE_SERVICE.operations.createSoftwareCapability.query).toEqual({
      infrastructureManagerIsHome: { required: true, default: true },
    });
  });

  it('leaves out the unannotated (unusable) endpoints-by-network-address route and names both endpoint creates', () => {
    const ops = IT_INFRASTRUCTURE_SERVICE.operations as Record<string, unknown>;
    expect(ops['getEndpointsByNetworkAddress']).toBeUndefined();
    expect(IT_INFRASTRUCTURE_SERVICE.operations.createEndpointForInfrastructure.path).toBe(
      '/endpoints/for-infrastructure/{infrastructureGUID}',
    );
  });

  it('keeps IT profiles and their user identities in their own table', () => {
    expect(IT_INFRASTRUCTURE_PROFILE_SERVICE.operations.getITProfileByUserId.path).toBe(
      '/profiles/user-ids/{itProfileUserId}',
    );
  });
});
