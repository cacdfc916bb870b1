import {
  IllegalStateError,
  IntegrationConnector,
  PermittedSynchronization,
  UserNotAuthorizedException,
  WriteTarget,
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
  SecurityIntegratorConnector,
  securityIntegratorService,
  type SecurityIntegratorContext,
} from '@egeria-ts/security-integrator';
import type { SecurityManagerOutTopicEvent } from '@egeria-ts/omas-client';

const SERVER = 'mds1';
const CONNECTION: Connection = {
  class: 'Connection',
  qualifiedName: 'test-security-connector',
  connectorType: { class: 'ConnectorType', connectorProviderClassName: 'test:ScriptedSecurityConnector' },
};

/** A security connector whose refresh runs a script through its context, and that may listen to events. */
const ScriptedSecurityConnector = scriptedConnector<SecurityIntegratorConnector, SecurityManagerOutTopicEvent>(
  SecurityIntegratorConnector,
);
type ScriptedSecurityConnector = InstanceType<typeof ScriptedSecurityConnector>;

const testbed = useIntegratorTestbed(securityIntegratorService, {
  serverName: SERVER,
  heartbeatMs: 60_000,
  userId: 'secConnectorUser',
  localServerUserId: 'daemonUser',
  connectorNamePrefix: 'security-connector',
  connection: CONNECTION,
});

async function startConnector(
  settings: TestContextOptions['settings'] = {},
  configure: (connector: ScriptedSecurityConnector) => void = () => undefined,
): Promise<{ connector: ScriptedSecurityConnector; context: SecurityIntegratorContext }> {
  const connector = new ScriptedSecurityConnector();
  configure(connector);
  const started = await testbed.start(connector, { settings });
  return { connector, context: started.context };
}

async function refresh(connector: ScriptedSecurityConnector, script: ScriptedSecurityConnector['script']) {
  connector.script = script;
  await connector.runRefresh(new AbortController().signal);
}

/** Seeds the Community Profile OMAS directly, as another tool would. */
async function seed(path: string, body: unknown): Promise<string> {
  const answer = await fetch(
    `${testbed.emulator.url}/servers/${SERVER}/open-metadata/access-services/community-profile/users/seeder${path}`,
    { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) },
  );
  const json = (await answer.json()) as { guid?: string; relatedHTTPCode?: number };
  if (json.relatedHTTPCode !== 200) throw new Error(`seeding ${path} failed: ${JSON.stringify(json)}`);
  return json.guid ?? '';
}

describe('SecurityIntegratorConnector', () => {
  it('has a typed error with the service id when its context is read too early', () => {
    let error: unknown;
    try {
      void new ScriptedSecurityConnector().context;
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IllegalStateError);
    expect((error as IllegalStateError).messageId).toBe('OMIS-SECURITY-INTEGRATOR-500-001');
  });

  it('is the only kind of connector the service runs', () => {
    class NotASecurityConnector extends IntegrationConnector {
      async refresh(): Promise<void> {}
    }
    expect(() => securityIntegratorService.validateConnector(new NotASecurityConnector(), 'other')).toThrow(
      expect.objectContaining({ messageId: 'OMIS-SECURITY-INTEGRATOR-400-001' }),
    );
    expect(securityIntegratorService.description).toMatchObject({
      code: 608,
      marker: 'security-integrator',
      partnerOMAS: 'Security Manager OMAS',
      defaultPermittedSynchronization: PermittedSynchronization.TO_THIRD_PARTY,
    });
  });
});

describe('SecurityIntegratorContext against the emulator', () => {
  it('by default (TO_THIRD_PARTY) refuses writes to open metadata before anything is sent, and reads', async () => {
    const { connector, context } = await startConnector({ metadataSourceQualifiedName: 'ldap://enforcer' });
    expect(context.permittedSynchronization).toBe(PermittedSynchronization.TO_THIRD_PARTY);
    testbed.proxy.clearRequests();
    const refusals: unknown[] = [];
    await refresh(connector, async (ctx) => {
      for (const write of [
        () => ctx.createSecurityGroup({ properties: { documentIdentifier: 'sg:refused' } }),
        () => ctx.createUserIdentity({ properties: { qualifiedName: 'uid:refused', userId: 'refused' } }),
        () => ctx.deleteUserIdentity({ userIdentityGUID: 'any' }),
      ]) {
        refusals.push(await rejectionOf(write()));
      }
      // Writing to the enforcement point is what this direction is for.
      ctx.guardWrite('pushGroups', WriteTarget.THIRD_PARTY);
    });
    expect(refusals).toHaveLength(3);
    for (const refusal of refusals) {
      expect(refusal).toBeInstanceOf(UserNotAuthorizedException);
      expect((refusal as UserNotAuthorizedException).messageId).toBe('EGERIA-TS-CONTEXT-403-001');
    }
    expect(testbed.proxy.requests).toEqual([]);
    expect(await context.findSecurityGroups({ searchString: 'sg:refused' })).toEqual([]);
  });

  it('creates, updates, finds and removes security groups and user identities when permitted, and reads profiles and roles', async () => {
    const { connector, context } = await startConnector({
      metadataSourceQualifiedName: 'ldap://directory',
      permittedSynchronization: PermittedSynchronization.BOTH_DIRECTIONS,
      generateIntegrationReport: true,
    });
    const sourceGUID = context.getExternalSourceGUID();
    expect(context.getExternalSourceName()).toBe('ldap://directory');
    const g: Record<string, string> = {};
    testbed.proxy.clearRequests();
    await refresh(connector, async (ctx) => {
      g.group = await ctx.createSecurityGroup({
        properties: { documentIdentifier: 'sg:dba', title: 'DBAs', distinguishedName: 'cn=dba,ou=groups' },
      });
      g.account = await ctx.createUserIdentity({ properties: { qualifiedName: 'uid:jsmith', userId: 'jsmith' } });
    });
    const writes = testbed.proxy.requests.filter(
      (r) => r.method === 'POST' && r.path.includes('/access-services/security-manager/'),
    );
    expect(writes.map((w) => w.path.replace(/.*\/users\/secConnectorUser/, ''))).toEqual([
      '/security-groups',
      '/user-identities',
    ]);
    expect(JSON.parse(writes[1].body)).toMatchObject({
      externalSourceGUID: sourceGUID,
      externalSourceName: 'ldap://directory',
    });
    expect(reportCounts(lastPublishedReport(testbed.proxy, sourceGUID), 'createCounts')).toEqual({
      SecurityGroup: 1,
      UserIdentity: 1,
    });

    expect(
      (await context.getSecurityGroupsForDistinguishedName({ distinguishedName: 'cn=dba,ou=groups' })).map(
        (s) => s.elementHeader?.guid,
      ),
    ).toEqual([g.group]);
    expect((await context.findSecurityGroups({ searchString: 'DB.*' })).map((s) => s.properties?.title)).toEqual([
      'DBAs',
    ]);
    expect(await context.getElementsGovernedBySecurityGroup({ securityGroupGUID: g.group })).toEqual([]);
    expect((await context.getUserIdentitiesByName({ name: 'jsmith' })).map((u) => u.elementHeader?.guid)).toEqual([
      g.account,
    ]);

    // Profiles and roles are the Community Profile's; the security integrator reads them.
    const profile = await seed('/profiles', {
      properties: {
        class: 'ActorProfileProperties',
        qualifiedName: 'person:jsmith',
        knownName: 'J Smith',
        typeName: 'Person',
      },
    });
    const role = await seed('/person-roles', { properties: { qualifiedName: 'role:dba', title: 'DBA' } });
    await seed(`/person-roles/${role}/profiles/${profile}/link`, { properties: { isPublic: true } });
    await seed(`/user-identities/${g.account}/profiles/${profile}/link`, {});
    expect((await context.getActorProfileByUserId({ actorProfileUserId: 'jsmith' }))?.elementHeader?.guid).toBe(
      profile,
    );
    expect((await context.getActorProfileByGUID({ guid: profile }))?.profileProperties?.knownName).toBe('J Smith');
    expect((await context.getActorProfileByName({ name: 'J Smith' })).map((p) => p.elementHeader?.guid)).toEqual([
      profile,
    ]);
    expect((await context.findActorProfile({ searchString: 'person:.*' })).map((p) => p.elementHeader?.guid)).toEqual([
      profile,
    ]);
    expect((await context.getPersonRoleByGUID({ guid: role }))?.properties?.title).toBe('DBA');
    expect((await context.getPersonRoleByName({ name: 'DBA' })).map((r) => r.elementHeader?.guid)).toEqual([role]);
    expect((await context.findPersonRole({ searchString: 'role:.*' })).map((r) => r.elementHeader?.guid)).toEqual([
      role,
    ]);
    expect((await context.getAppointees({ personRoleGUID: role })).map((a) => a.profile?.elementHeader?.guid)).toEqual([
      profile,
    ]);

    await refresh(connector, async (ctx) => {
      await ctx.updateSecurityGroup({
        securityGroupGUID: g.group,
        isMergeUpdate: true,
        properties: { summary: 'database admins' },
      });
      await ctx.updateUserIdentity({
        userIdentityGUID: g.account,
        isMergeUpdate: true,
        properties: { distinguishedName: 'uid=jsmith' },
      });
    });
    expect((await context.findSecurityGroups({ searchString: 'database.*' }))[0]?.properties).toMatchObject({
      title: 'DBAs',
      summary: 'database admins',
    });
    expect((await context.getUserIdentityByGUID({ guid: g.account }))?.properties?.distinguishedName).toBe(
      'uid=jsmith',
    );

    await refresh(connector, async (ctx) => {
      await ctx.deleteUserIdentity({ userIdentityGUID: g.account });
      await ctx.deleteSecurityGroup({ securityGroupGUID: g.group });
    });
    expect(reportCounts(lastPublishedReport(testbed.proxy, sourceGUID), 'deleteCounts')).toEqual({
      UserIdentity: 1,
      SecurityGroup: 1,
    });
    expect(await context.findSecurityGroups({ searchString: 'sg:dba' })).toEqual([]);
    expect(await context.findUserIdentities({ searchString: 'uid:jsmith' })).toEqual([]);
  });

  it('receives Security Manager out-topic events with the element and its values', async () => {
    const listener = await startConnector({ metadataSourceQualifiedName: 'ldap://listener' }, (c) => {
      c.listen = true;
    });
    expect(
      testbed.proxy.requestsMatching({
        path: `/security-manager/users/secConnectorUser/topics/out-topic-connection/${listener.context.connectorId}`,
      }),
    ).toHaveLength(1);
    await refresh(listener.connector, async () => undefined);

    const writer = await startConnector({
      metadataSourceQualifiedName: 'ldap://writer',
      permittedSynchronization: PermittedSynchronization.BOTH_DIRECTIONS,
    });
    let account = '';
    await refresh(writer.connector, async (ctx) => {
      account = await ctx.createUserIdentity({ properties: { qualifiedName: 'uid:evented', userId: 'evented' } });
    });
    await waitUntil(
      () => listener.connector.events.some((e) => e.elementHeader?.guid === account),
      'the identity event',
    );
    const event = listener.connector.events.find((e) => e.elementHeader?.guid === account);
    expect(event?.eventType).toBe('NEW_ELEMENT_CREATED');
    expect(event?.eventTime).toBeInstanceOf(Date);
    expect(event?.elementHeader?.type?.typeName).toBe('UserIdentity');
    expect(event?.elementProperties).toMatchObject({ qualifiedName: 'uid:evented', userId: 'evented' });
  });
});
