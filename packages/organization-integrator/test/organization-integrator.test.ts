import {
  IllegalStateError,
  IntegrationConnector,
  InvalidParameterException,
  PermittedSynchronization,
  UserNotAuthorizedException,
  type Connection,
} from '@egeria-ts/core';
import {
  lastPublishedReport,
  rejectionOf,
  reportCounts,
  scriptedConnector,
  useIntegratorTestbed,
  waitUntil,
  type TestContextOptions,
} from '@egeria-ts/testing';
import {
  OrganizationIntegratorConnector,
  organizationIntegratorService,
  type OrganizationIntegratorContext,
} from '@egeria-ts/organization-integrator';
import type { CommunityProfileOutboundEvent } from '@egeria-ts/omas-client';

const SERVER = 'mds1';
const CONNECTION: Connection = {
  class: 'Connection',
  qualifiedName: 'test-organization-connector',
  connectorType: { class: 'ConnectorType', connectorProviderClassName: 'test:ScriptedOrganizationConnector' },
};

/** An organization connector whose refresh runs a script through its context, and that may listen to events. */
const ScriptedOrganizationConnector = scriptedConnector<OrganizationIntegratorConnector, CommunityProfileOutboundEvent>(
  OrganizationIntegratorConnector,
);
type ScriptedOrganizationConnector = InstanceType<typeof ScriptedOrganizationConnector>;

const testbed = useIntegratorTestbed(organizationIntegratorService, {
  serverName: SERVER,
  heartbeatMs: 60_000,
  userId: 'orgConnectorUser',
  localServerUserId: 'daemonUser',
  connectorNamePrefix: 'org-connector',
  connection: CONNECTION,
});

async function startConnector(
  settings: TestContextOptions['settings'] = {},
  configure: (connector: ScriptedOrganizationConnector) => void = () => undefined,
): Promise<{ connector: ScriptedOrganizationConnector; context: OrganizationIntegratorContext }> {
  const connector = new ScriptedOrganizationConnector();
  configure(connector);
  const started = await testbed.start(connector, { settings });
  return { connector, context: started.context };
}

describe('OrganizationIntegratorConnector', () => {
  it('has a typed error with the service id when its context is read too early', () => {
    let error: unknown;
    try {
      void new ScriptedOrganizationConnector().context;
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IllegalStateError);
    expect((error as IllegalStateError).messageId).toBe('OMIS-ORGANIZATION-INTEGRATOR-500-001');
  });

  it('is the only kind of connector the service runs', () => {
    class NotAnOrganizationConnector extends IntegrationConnector {
      async refresh(): Promise<void> {}
    }
    expect(organizationIntegratorService.supportsConnector(new ScriptedOrganizationConnector())).toBe(true);
    expect(() => organizationIntegratorService.validateConnector(new NotAnOrganizationConnector(), 'other')).toThrow(
      expect.objectContaining({ messageId: 'OMIS-ORGANIZATION-INTEGRATOR-400-001' }),
    );
    expect(organizationIntegratorService.description).toMatchObject({
      code: 607,
      marker: 'organization-integrator',
      partnerOMAS: 'Community Profile OMAS',
      defaultPermittedSynchronization: PermittedSynchronization.FROM_THIRD_PARTY,
    });
  });
});

describe('OrganizationIntegratorContext against the emulator', () => {
  it('creates, updates, finds and removes people, teams, roles, identities and security groups', async () => {
    const { connector, context } = await startConnector({
      metadataSourceQualifiedName: 'ldap://directory',
      generateIntegrationReport: true,
    });
    const sourceGUID = context.getExternalSourceGUID();
    expect(context.getExternalSourceName()).toBe('ldap://directory');
    expect(sourceGUID).toMatch(/^[0-9a-f-]{36}$/);

    const g: Record<string, string> = {};
    testbed.proxy.clearRequests();
    await connector.refreshWith(async (ctx) => {
      g.ada = await ctx.createActorProfile({
        properties: { qualifiedName: 'person:ada', knownName: 'Ada', typeName: 'Person' },
        contributionRecord: { karmaPoints: 5, isPublic: true },
      });
      g.engineering = await ctx.createActorProfile({ properties: { qualifiedName: 'team:eng', typeName: 'Team' } });
      g.platform = await ctx.createActorProfile({ properties: { qualifiedName: 'team:platform', typeName: 'Team' } });
      await ctx.linkTeamsInHierarchy({ superTeamProfileGUID: g.engineering, subTeamProfileGUID: g.platform });
      g.email = await ctx.addContactMethod({
        actorProfileGUID: g.ada,
        properties: { name: 'work', contactMethodType: 'EMAIL', contactMethodValue: 'ada@example.com' },
      });
      g.lead = await ctx.createPersonRole({
        properties: { qualifiedName: 'role:platform-lead', title: 'Platform lead' },
      });
      g.appointment = await ctx.linkPersonRoleToProfile({
        personRoleGUID: g.lead,
        personProfileGUID: g.ada,
        properties: { isPublic: true },
      });
      await ctx.linkTeamPlayer({ teamRoleGUID: g.lead, teamProfileGUID: g.platform, leadershipPosition: true });
      g.account = await ctx.createUserIdentityForProfile({
        profileGUID: g.ada,
        properties: { qualifiedName: 'user:alovelace', userId: 'alovelace' },
      });
      g.admins = await ctx.createSecurityGroup({ properties: { documentIdentifier: 'sg:admins', title: 'Admins' } });
    });

    // Every Community Profile write carried the connector's user id, and the directory as external
    // source (security groups excepted: Egeria creates them without one).
    const writes = testbed.proxy.requests.filter(
      (r) => r.method === 'POST' && r.path.includes('/access-services/community-profile/'),
    );
    expect(writes).toHaveLength(10);
    for (const write of writes) {
      expect(write.path).toContain('/users/orgConnectorUser/');
      const body = JSON.parse(write.body) as Record<string, unknown>;
      if (write.path.endsWith('/security-groups')) expect(body['externalSourceGUID']).toBeUndefined();
      else expect(body).toMatchObject({ externalSourceGUID: sourceGUID, externalSourceName: 'ldap://directory' });
    }
    const report = lastPublishedReport(testbed.proxy, sourceGUID);
    expect(reportCounts(report, 'createCounts')).toEqual({
      Person: 1,
      Team: 2,
      ContactDetails: 1,
      PersonRole: 1,
      UserIdentity: 1,
      SecurityGroup: 1,
    });
    expect(reportCounts(report, 'updateCounts')).toEqual({ Team: 2, PersonRole: 1, ActorProfile: 1 });

    // Reads.
    const ada = await context.getActorProfileByGUID({ guid: g.ada });
    expect(ada?.profileProperties).toMatchObject({ qualifiedName: 'person:ada', knownName: 'Ada' });
    expect(ada?.elementHeader?.origin).toMatchObject({
      originCategory: 'EXTERNAL_SOURCE',
      homeMetadataCollectionId: sourceGUID,
    });
    expect(ada?.contributionRecord?.properties).toMatchObject({ karmaPoints: 5, isPublic: true });
    expect(ada?.contactMethods?.map((c) => c.properties?.contactMethodValue)).toEqual(['ada@example.com']);
    expect(ada?.userIdentities?.map((u) => u.userIdentity?.elementHeader?.guid)).toEqual([g.account]);
    expect((await context.getActorProfileByUserId({ actorProfileUserId: 'alovelace' }))?.elementHeader?.guid).toBe(
      g.ada,
    );
    expect((await context.getActorProfileByGUID({ guid: g.platform }))?.superTeam?.guid).toBe(g.engineering);
    expect((await context.getActorProfilesByName({ name: 'Ada' })).map((p) => p.elementHeader?.guid)).toEqual([g.ada]);
    expect((await context.findActorProfiles({ searchString: 'team:.*' })).map((p) => p.elementHeader?.guid)).toEqual([
      g.engineering,
      g.platform,
    ]);
    expect((await context.getActorProfiles({ pageSize: 2 })).length).toBe(2);
    const appointees = await context.getAppointees({ personRoleGUID: g.lead });
    expect(appointees.map((a) => [a.elementHeader?.guid, a.profile?.elementHeader?.guid, a.isPublic])).toEqual([
      [g.appointment, g.ada, true],
    ]);
    expect(
      (await context.getLeadershipRolesForTeam({ teamGUID: g.platform })).map((r) => r.elementHeader?.guid),
    ).toEqual([g.lead]);
    expect(await context.getMembershipRolesForTeam({ teamGUID: g.platform })).toEqual([]);
    expect((await context.findPersonRoles({ searchString: 'Platform.*' })).map((r) => r.elementHeader?.guid)).toEqual([
      g.lead,
    ]);
    expect((await context.getUserIdentitiesByName({ name: 'alovelace' })).map((u) => u.elementHeader?.guid)).toEqual([
      g.account,
    ]);
    expect(
      (await context.findSecurityGroups({ searchString: 'Adm.*' })).map((s) => s.properties?.documentIdentifier),
    ).toEqual(['sg:admins']);

    // Updates: merge keeps what is not given, replace drops it.
    await connector.refreshWith(async (ctx) => {
      await ctx.updateActorProfile({
        actorProfileGUID: g.ada,
        isMergeUpdate: true,
        properties: { description: 'mathematician' },
      });
      await ctx.updatePersonRole({
        personRoleGUID: g.lead,
        properties: { qualifiedName: 'role:platform-lead', scope: 'platform' },
      });
      await ctx.updateAppointment({
        appointmentGUID: g.appointment,
        isMergeUpdate: true,
        properties: { isPublic: false },
      });
      await ctx.updateSecurityGroup({
        securityGroupGUID: g.admins,
        isMergeUpdate: true,
        properties: { documentIdentifier: 'sg:admins', distinguishedName: 'cn=admins' },
      });
      await ctx.updateUserIdentity({
        userIdentityGUID: g.account,
        isMergeUpdate: true,
        properties: { distinguishedName: 'uid=alovelace' },
      });
    });
    expect((await context.getActorProfileByGUID({ guid: g.ada }))?.profileProperties).toMatchObject({
      knownName: 'Ada',
      description: 'mathematician',
    });
    const lead = await context.getPersonRoleByGUID({ guid: g.lead });
    expect(lead?.properties?.scope).toBe('platform');
    expect(lead?.properties?.title).toBeUndefined();
    expect((await context.getAppointees({ personRoleGUID: g.lead }))[0].isPublic).toBe(false);
    expect(
      (await context.getSecurityGroupsForDistinguishedName({ distinguishedName: 'cn=admins' })).map(
        (s) => s.elementHeader?.guid,
      ),
    ).toEqual([g.admins]);
    expect((await context.getUserIdentityByGUID({ guid: g.account }))?.properties).toMatchObject({
      userId: 'alovelace',
      distinguishedName: 'uid=alovelace',
    });
    expect(reportCounts(lastPublishedReport(testbed.proxy, sourceGUID), 'updateCounts')).toEqual({
      ActorProfile: 1,
      PersonRole: 1,
      PersonRoleAppointment: 1,
      SecurityGroup: 1,
      UserIdentity: 1,
    });

    // Removes.
    await connector.refreshWith(async (ctx) => {
      await ctx.removeIdentityFromProfile({ userIdentityGUID: g.account, profileGUID: g.ada });
      await ctx.unlinkTeamPlayer({ teamRoleGUID: g.lead, teamProfileGUID: g.platform, leadershipPosition: true });
      await ctx.unlinkPersonRoleFromProfile({ appointmentGUID: g.appointment });
      await ctx.unlinkTeamsInHierarchy({ superTeamProfileGUID: g.engineering, subTeamProfileGUID: g.platform });
      await ctx.deleteContactMethod({ contactMethodGUID: g.email });
      await ctx.deleteUserIdentity({ userIdentityGUID: g.account });
      await ctx.deletePersonRole({ personRoleGUID: g.lead });
      await ctx.deleteSecurityGroup({ securityGroupGUID: g.admins });
      await ctx.deleteActorProfile({ actorProfileGUID: g.ada });
    });
    expect(reportCounts(lastPublishedReport(testbed.proxy, sourceGUID), 'deleteCounts')).toEqual({
      PersonRoleAppointment: 1,
      ContactDetails: 1,
      UserIdentity: 1,
      PersonRole: 1,
      SecurityGroup: 1,
      ActorProfile: 1,
    });
    expect((await context.getActorProfileByGUID({ guid: g.platform }))?.superTeam).toBeUndefined();
    expect(await context.findSecurityGroups({ searchString: 'sg:.*' })).toEqual([]);
    expect(await context.getUserIdentitiesByName({ name: 'alovelace' })).toEqual([]);
    await expect(context.getActorProfileByGUID({ guid: g.ada })).rejects.toBeInstanceOf(InvalidParameterException);
  });

  it('refuses writes under TO_THIRD_PARTY before anything is sent', async () => {
    const { connector, context } = await startConnector({
      metadataSourceQualifiedName: 'ldap://read-only',
      permittedSynchronization: PermittedSynchronization.TO_THIRD_PARTY,
    });
    testbed.proxy.clearRequests();
    const refusals: unknown[] = [];
    await connector.refreshWith(async (ctx) => {
      for (const write of [
        () => ctx.createActorProfile({ properties: { qualifiedName: 'person:refused' } }),
        () => ctx.createSecurityGroup({ properties: { documentIdentifier: 'sg:refused' } }),
        () => ctx.addIdentityToProfile({ userIdentityGUID: 'u', profileGUID: 'p' }),
      ]) {
        refusals.push(await rejectionOf(write()));
      }
    });
    expect(refusals).toHaveLength(3);
    for (const refusal of refusals) {
      expect(refusal).toBeInstanceOf(UserNotAuthorizedException);
      expect((refusal as UserNotAuthorizedException).messageId).toBe('EGERIA-TS-CONTEXT-403-001');
    }
    expect(testbed.proxy.requests).toEqual([]);
    expect(await context.getActorProfilesByName({ name: 'person:refused' })).toEqual([]);
  });

  it('rejects bad options with a typed error naming the field', async () => {
    const { context } = await startConnector();
    await expect(context.createActorProfile({ properties: undefined as never })).rejects.toMatchObject({
      exceptionProperties: { parameterName: 'properties' },
    });
    await expect(
      context.linkTeamPlayer({ teamRoleGUID: 'r', teamProfileGUID: 't', leadershipPosition: 'yes' as never }),
    ).rejects.toMatchObject({ exceptionProperties: { parameterName: 'leadershipPosition' } });
    await expect(context.getAppointees({ personRoleGUID: 'r', pageSize: -1 })).rejects.toBeInstanceOf(
      InvalidParameterException,
    );
  });

  it('receives Community Profile out-topic events of other writes', async () => {
    const listener = await startConnector({ metadataSourceQualifiedName: 'ldap://listener' }, (c) => {
      c.listen = true;
    });
    expect(
      testbed.proxy.requestsMatching({
        path: `/community-profile/users/orgConnectorUser/topics/out-topic-connection/${listener.context.connectorId}`,
      }),
    ).toHaveLength(1);
    await listener.connector.refreshWith(async () => undefined);

    const writer = await startConnector({ metadataSourceQualifiedName: 'ldap://writer' });
    let person = '';
    await writer.connector.refreshWith(async (ctx) => {
      person = await ctx.createActorProfile({ properties: { qualifiedName: 'person:grace', typeName: 'Person' } });
    });
    await waitUntil(
      () => listener.connector.events.some((e) => e.principleElement?.guid === person),
      'the profile event',
    );
    const event = listener.connector.events.find((e) => e.principleElement?.guid === person);
    expect(event?.eventType).toBe('NEW_ELEMENT_CREATED');
    expect(event?.class).toBe('CommunityProfileOutboundEvent');
    expect(event?.principleElement?.type?.typeName).toBe('Person');
  });
});
