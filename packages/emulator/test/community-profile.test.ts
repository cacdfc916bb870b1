/**
 * Community Profile OMAS operations (what the organization integrator calls), with requests shaped
 * as Egeria 5.2's OrganizationManagement, SecurityGroupManagement and UserIdentityManagement
 * clients send them, against a real emulator over HTTP.
 */
import { outTopicName } from '@egeria-ts/emulator';
import { TestEmulator, enc, expectFFDC, expectSpringError, guidsOf } from './support/harness';
import { SseReader } from './support/sse';
import { externalSourceBody, nameBody, searchStringBody } from './support/java-shapes';

type Source = { guid: string; name: string };
type Json = Record<string, unknown>;

let em: TestEmulator;
let cp: string;
let hr: Source;
let other: Source;

/** `ActorProfileProperties` as Jackson writes it (a ReferenceableProperties subtype: it carries `class`). */
function profileProperties(qualifiedName: string, extra: Json = {}): Json {
  return { class: 'ActorProfileProperties', qualifiedName, ...extra };
}

/** `OrganizationManagement.createActorProfile` / `updateActorProfile`: an ActorProfileRequestBody. */
function profileBody(source: Source | undefined, properties: Json, contributionRecord?: Json): Json {
  const body: Json = { ...externalSourceBody(source), properties };
  if (contributionRecord !== undefined) body['contributionRecord'] = contributionRecord;
  return body;
}

/** `PersonRoleProperties`: no type information, and Jackson writes its primitives. */
function roleProperties(qualifiedName: string, extra: Json = {}): Json {
  return { headCountLimitSet: false, headCount: 0, qualifiedName, domainIdentifier: 0, ...extra };
}

/** `UserIdentityProperties` (a ReferenceableProperties subtype). */
function identityProperties(qualifiedName: string, userId: string): Json {
  return { class: 'UserIdentityProperties', qualifiedName, userId };
}

/** `SecurityGroupProperties` (a GovernanceDefinitionProperties subtype), as the request body itself. */
function securityGroupProperties(documentIdentifier: string, extra: Json = {}): Json {
  return { class: 'SecurityGroupProperties', documentIdentifier, domainIdentifier: 0, ...extra };
}

async function createProfile(qualifiedName: string, typeName = 'Person', source: Source = hr): Promise<string> {
  const answer = await em.ok(`${cp}/profiles`, profileBody(source, profileProperties(qualifiedName, { typeName })));
  return answer['guid'] as string;
}

function elementOf(answer: Json): Json {
  return answer['element'] as Json;
}

beforeAll(async () => {
  em = await TestEmulator.start({ heartbeatMs: 100 });
  cp = em.omas('community-profile', 'orgUser');
  const oi = em.fw('open-integration', 'daemonUser', 'community-profile');
  hr = await em.registerSource(`${oi}/metadata-sources/new`, { qualifiedName: 'HR::ldap' });
  other = await em.registerSource(`${oi}/metadata-sources/new`, { qualifiedName: 'HR::other' });
});

afterAll(async () => {
  await em.close();
});

describe('actor profiles', () => {
  test('create with a contribution record, read, update (merge and replace), find, delete', async () => {
    const created = await em.ok(
      `${cp}/profiles`,
      profileBody(hr, profileProperties('person::ada', { knownName: 'Ada', typeName: 'Person' }), {
        class: 'ContributionRecord',
        karmaPoints: 12,
        karmaPointPlateau: 0,
        isPublic: true,
      }),
    );
    expect(created['class']).toBe('GUIDResponse');
    const guid = created['guid'] as string;

    const read = await em.ok(`${cp}/profiles/${guid}`, undefined, 'GET');
    expect(read['class']).toBe('ActorProfileResponse');
    const profile = elementOf(read);
    const header = profile['elementHeader'] as Json;
    expect((header['type'] as Json)['typeName']).toBe('Person');
    expect((header['type'] as Json)['superTypeNames']).toEqual([
      'ActorProfile',
      'Actor',
      'Referenceable',
      'OpenMetadataRoot',
    ]);
    expect(header['origin']).toMatchObject({ originCategory: 'EXTERNAL_SOURCE', homeMetadataCollectionId: hr.guid });
    expect(profile['profileProperties']).toMatchObject({
      class: 'ActorProfileProperties',
      qualifiedName: 'person::ada',
      knownName: 'Ada',
      typeName: 'Person',
    });
    expect((profile['contributionRecord'] as Json)['properties']).toMatchObject({
      class: 'ContributionRecord',
      karmaPoints: 12,
      isPublic: true,
    });

    await em.ok(
      `${cp}/profiles/${guid}?isMergeUpdate=true`,
      profileBody(hr, profileProperties('person::ada', { description: 'v2' })),
    );
    let properties = elementOf(await em.ok(`${cp}/profiles/${guid}`, undefined, 'GET'))['profileProperties'] as Json;
    expect(properties).toMatchObject({ knownName: 'Ada', description: 'v2' });
    await em.ok(
      `${cp}/profiles/${guid}?isMergeUpdate=false`,
      profileBody(hr, profileProperties('person::ada', { description: 'v3' })),
    );
    properties = elementOf(await em.ok(`${cp}/profiles/${guid}`, undefined, 'GET'))['profileProperties'] as Json;
    expect(properties['knownName']).toBeUndefined();
    expect(properties['description']).toBe('v3');

    // isMergeUpdate is a required @RequestParam.
    const noMerge = await em.post(`${cp}/profiles/${guid}`, profileBody(hr, profileProperties('person::ada')));
    expectSpringError(
      noMerge,
      400,
      `/servers/mds1/open-metadata/access-services/community-profile/users/orgUser/profiles/${guid}`,
    );

    expect(guidsOf(await em.ok(`${cp}/profiles/by-name?startFrom=0&pageSize=10`, nameBody('person::ada')))).toEqual([
      guid,
    ]);
    expect(
      guidsOf(await em.ok(`${cp}/profiles/by-search-string?startFrom=0&pageSize=10`, searchStringBody('.*v3.*'))),
    ).toEqual([guid]);
    expect(guidsOf(await em.ok(`${cp}/profiles?startFrom=0&pageSize=0`, undefined, 'GET'))).toContain(guid);

    // Another metadata source may not change it.
    const refused = await em.post(`${cp}/profiles/${guid}/delete`, externalSourceBody(other));
    expectFFDC(refused, {
      responseClass: 'VoidResponse',
      exception: 'UserNotAuthorizedException',
      httpCode: 400,
      messageId: 'OMAG-REPOSITORY-HANDLER-400-007',
      action: 'deleteActorProfile',
    });

    await em.ok(`${cp}/profiles/${guid}/delete`, externalSourceBody(hr));
    const gone = await em.get(`${cp}/profiles/${guid}`);
    expect(gone.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-404-007');
  });

  test('contact methods are anchored to their profile', async () => {
    const profile = await createProfile('person::grace');
    const contact = (
      await em.ok(`${cp}/profiles/${profile}/contact-methods`, {
        ...externalSourceBody(hr),
        properties: { name: 'work email', contactMethodType: 'EMAIL', contactMethodValue: 'grace@example.com' },
      })
    )['guid'] as string;
    const methods = elementOf(await em.ok(`${cp}/profiles/${profile}`, undefined, 'GET'))['contactMethods'] as Json[];
    expect(methods.map((m) => (m['elementHeader'] as Json)['guid'])).toEqual([contact]);
    expect(methods[0]['properties']).toMatchObject({
      contactMethodType: 'EMAIL',
      contactMethodValue: 'grace@example.com',
    });

    const badEnum = await em.post(`${cp}/profiles/${profile}/contact-methods`, {
      ...externalSourceBody(hr),
      properties: { contactMethodType: 'PIGEON' },
    });
    expect(badEnum.status).toBe(400);

    await em.ok(`${cp}/profiles/contact-methods/${contact}/delete`, externalSourceBody(hr));
    expect(elementOf(await em.ok(`${cp}/profiles/${profile}`, undefined, 'GET'))['contactMethods']).toBeUndefined();
  });

  test('teams link into a hierarchy and unlink', async () => {
    const parent = await createProfile('team::engineering', 'Team');
    const child = await createProfile('team::platform', 'Team');
    const linkPath = `${cp}/profiles/${parent}/sub-team-profiles/${child}/link`;
    expectSpringError(await em.post(linkPath, externalSourceBody(hr)), 400, linkPath.replace(em.emulator.url, ''));
    await em.ok(`${linkPath}?delegationEscalationAuthority=true`, {
      ...externalSourceBody(hr),
      effectiveFrom: 1714557600000,
    });
    const sub = elementOf(await em.ok(`${cp}/profiles/${child}`, undefined, 'GET'));
    expect((sub['superTeam'] as Json)['guid']).toBe(parent);
    const top = elementOf(await em.ok(`${cp}/profiles/${parent}`, undefined, 'GET'));
    expect((top['subTeams'] as Json[]).map((t) => t['guid'])).toEqual([child]);

    const person = await createProfile('person::not-a-team');
    const wrongType = await em.post(
      `${cp}/profiles/${person}/sub-team-profiles/${child}/link?delegationEscalationAuthority=false`,
      externalSourceBody(hr),
    );
    expect(wrongType.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-404-001');

    await em.ok(`${cp}/profiles/${parent}/sub-team-profiles/${child}/unlink`, externalSourceBody(hr));
    expect(elementOf(await em.ok(`${cp}/profiles/${child}`, undefined, 'GET'))['superTeam']).toBeUndefined();
  });
});

describe('person roles', () => {
  test('create, update, appoint, list appointees, team players, find, delete', async () => {
    const role = (
      await em.ok(`${cp}/person-roles`, {
        ...externalSourceBody(hr),
        properties: roleProperties('role::lead', { title: 'Lead' }),
      })
    )['guid'] as string;
    const read = elementOf(await em.ok(`${cp}/person-roles/${role}`, undefined, 'GET'));
    expect(read['properties']).toMatchObject({
      class: 'PersonRoleProperties',
      title: 'Lead',
      headCount: 0,
      typeName: 'PersonRole',
    });

    await em.ok(`${cp}/person-roles/${role}?isMergeUpdate=true`, {
      ...externalSourceBody(hr),
      properties: { headCountLimitSet: true, headCount: 2, domainIdentifier: 0, scope: 'platform' },
    });
    expect(elementOf(await em.ok(`${cp}/person-roles/${role}`, undefined, 'GET'))['properties']).toMatchObject({
      title: 'Lead',
      headCount: 2,
      scope: 'platform',
    });

    const person = await createProfile('person::linus');
    const appointment = (
      await em.ok(`${cp}/person-roles/${role}/profiles/${person}/link`, {
        ...externalSourceBody(hr),
        properties: { isPublic: true, effectiveFrom: 1714557600000 },
      })
    )['guid'] as string;
    const appointees = (await em.ok(`${cp}/person-roles/${role}/appointees?startFrom=0&pageSize=10`, {}))[
      'elements'
    ] as Json[];
    expect(appointees).toHaveLength(1);
    expect((appointees[0]['elementHeader'] as Json)['guid']).toBe(appointment);
    expect(appointees[0]['isPublic']).toBe(true);
    expect(appointees[0]['startDate']).toBe('2024-05-01T10:00:00.000+00:00');
    expect(((appointees[0]['profile'] as Json)['elementHeader'] as Json)['guid']).toBe(person);
    // Not yet appointed at an earlier effective time.
    expect(
      (await em.ok(`${cp}/person-roles/${role}/appointees?startFrom=0&pageSize=10`, { effectiveTime: 1000 }))[
        'elements'
      ],
    ).toBeUndefined();

    await em.ok(`${cp}/person-roles/appointees/${appointment}?isMergeUpdate=true`, {
      ...externalSourceBody(hr),
      properties: { isPublic: false, effectiveTo: 1893456000000 },
    });
    const updated = (
      (await em.ok(`${cp}/person-roles/${role}/appointees?startFrom=0&pageSize=10`, {}))['elements'] as Json[]
    )[0];
    expect(updated['isPublic']).toBe(false);
    expect(updated['endDate']).toBe('2030-01-01T00:00:00.000+00:00');
    await em.ok(`${cp}/person-roles/appointees/${appointment}/unlink`, externalSourceBody(hr));
    expect(
      (await em.ok(`${cp}/person-roles/${role}/appointees?startFrom=0&pageSize=10`, {}))['elements'],
    ).toBeUndefined();

    const team = await createProfile('team::kernel', 'Team');
    await em.ok(`${cp}/team-profiles/${team}/team-roles/${role}/link`, {
      ...externalSourceBody(hr),
      position: 'lead',
      isLeadershipRole: true,
    });
    expect(
      guidsOf(await em.ok(`${cp}/person-roles/by-team/${team}/leadership?startFrom=0&pageSize=10`, undefined, 'GET')),
    ).toEqual([role]);
    expect(
      guidsOf(await em.ok(`${cp}/person-roles/by-team/${team}/membership?startFrom=0&pageSize=10`, undefined, 'GET')),
    ).toEqual([]);
    await em.ok(`${cp}/team-profiles/${team}/team-roles/${role}/unlink`, {
      ...externalSourceBody(hr),
      isLeadershipRole: true,
    });
    expect(
      guidsOf(await em.ok(`${cp}/person-roles/by-team/${team}/leadership?startFrom=0&pageSize=10`, undefined, 'GET')),
    ).toEqual([]);

    expect(guidsOf(await em.ok(`${cp}/person-roles/by-name?startFrom=0&pageSize=10`, nameBody('Lead')))).toEqual([
      role,
    ]);
    expect(
      guidsOf(await em.ok(`${cp}/person-roles/by-search-string?startFrom=0&pageSize=10`, searchStringBody('plat.*'))),
    ).toEqual([role]);
    await em.ok(`${cp}/person-roles/${role}/delete`, externalSourceBody(hr));
    expect((await em.get(`${cp}/person-roles/${role}`)).body['relatedHTTPCode']).toBe(404);
  });
});

describe('user identities', () => {
  test('create for a profile, find the profile by user id, relink, delete', async () => {
    const profile = await createProfile('person::margaret');
    const identity = (
      await em.ok(`${cp}/user-identities`, {
        ...externalSourceBody(hr),
        parentGUID: profile,
        properties: identityProperties('user::mhamilton', 'mhamilton'),
      })
    )['guid'] as string;
    const byUser = elementOf(await em.ok(`${cp}/profiles/user-ids/mhamilton`, undefined, 'GET'));
    expect((byUser['elementHeader'] as Json)['guid']).toBe(profile);
    const identities = byUser['userIdentities'] as Json[];
    expect(((identities[0]['userIdentity'] as Json)['elementHeader'] as Json)['guid']).toBe(identity);

    await em.ok(`${cp}/user-identities/${identity}/profiles/${profile}/link/update?isMergeUpdate=true`, {
      ...externalSourceBody(hr),
      properties: { class: 'ProfileIdentityProperties', roleTypeName: 'PersonRole', description: 'main account' },
    });
    const linked = elementOf(await em.ok(`${cp}/profiles/${profile}`, undefined, 'GET'))['userIdentities'] as Json[];
    expect(linked[0]['profileIdentity']).toMatchObject({
      class: 'ProfileIdentityProperties',
      description: 'main account',
    });

    await em.ok(`${cp}/user-identities/${identity}/profiles/${profile}/unlink`, externalSourceBody(hr));
    expect(elementOf(await em.ok(`${cp}/profiles/${profile}`, undefined, 'GET'))['userIdentities']).toBeUndefined();
    expect((await em.ok(`${cp}/profiles/user-ids/mhamilton`, undefined, 'GET'))['element']).toBeUndefined();
    // The link body may be left out.
    await em.ok(`${cp}/user-identities/${identity}/profiles/${profile}/link`);
    expect(elementOf(await em.ok(`${cp}/profiles/user-ids/mhamilton`, undefined, 'GET'))).toBeDefined();

    await em.ok(`${cp}/user-identities/${identity}?isMergeUpdate=true`, {
      ...externalSourceBody(hr),
      properties: { class: 'UserIdentityProperties', distinguishedName: 'uid=mhamilton' },
    });
    const readIdentity = elementOf(await em.ok(`${cp}/user-identities/${identity}`, undefined, 'GET'));
    expect(readIdentity['properties']).toMatchObject({
      class: 'UserIdentityProperties',
      userId: 'mhamilton',
      distinguishedName: 'uid=mhamilton',
    });
    expect(
      guidsOf(await em.ok(`${cp}/user-identities/by-name?startFrom=0&pageSize=10`, nameBody('mhamilton'))),
    ).toEqual([identity]);
    expect(
      guidsOf(
        await em.ok(`${cp}/user-identities/by-search-string?startFrom=0&pageSize=10`, searchStringBody('uid=.*')),
      ),
    ).toEqual([identity]);

    const untyped = await em.post(`${cp}/user-identities`, {
      ...externalSourceBody(hr),
      properties: { qualifiedName: 'x' },
    });
    expect(untyped.status).toBe(400);
    await em.ok(`${cp}/user-identities/${identity}/delete`, externalSourceBody(hr));
    expect(
      guidsOf(await em.ok(`${cp}/user-identities/by-name?startFrom=0&pageSize=10`, nameBody('mhamilton'))),
    ).toEqual([]);
  });
});

describe('security groups', () => {
  test('create (no metadata source), read, update, by distinguished name, find, delete', async () => {
    const missingClass = await em.post(`${cp}/security-groups`, { documentIdentifier: 'sg::admins' });
    expect(missingClass.status).toBe(400);
    const guid = (
      await em.ok(
        `${cp}/security-groups`,
        securityGroupProperties('sg::admins', { title: 'Admins', distinguishedName: 'cn=admins' }),
      )
    )['guid'] as string;
    const group = elementOf(await em.ok(`${cp}/security-groups/${guid}`, undefined, 'GET'));
    expect((group['elementHeader'] as Json)['origin']).toMatchObject({ originCategory: 'LOCAL_COHORT' });
    expect(group['properties']).toMatchObject({
      class: 'SecurityGroupProperties',
      documentIdentifier: 'sg::admins',
      title: 'Admins',
    });
    expect((group['properties'] as Json)['qualifiedName']).toBeUndefined();

    const clash = await em.post(`${cp}/security-groups`, securityGroupProperties('sg::admins'));
    expect(clash.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-409-001');

    await em.ok(
      `${cp}/security-groups/${guid}/update?isMergeUpdate=true`,
      securityGroupProperties('sg::admins', { summary: 'the admins' }),
    );
    expect(elementOf(await em.ok(`${cp}/security-groups/${guid}`, undefined, 'GET'))['properties']).toMatchObject({
      title: 'Admins',
      summary: 'the admins',
    });
    expect(
      guidsOf(
        await em.ok(
          `${cp}/security-groups/for-distinguished-name/${enc('cn=admins')}?startFrom=0&pageSize=10`,
          undefined,
          'GET',
        ),
      ),
    ).toEqual([guid]);
    expect(
      guidsOf(
        await em.ok(`${cp}/security-groups/by-search-string?startFrom=0&pageSize=10`, searchStringBody('the ad.*')),
      ),
    ).toEqual([guid]);
    expect(
      (await em.ok(`${cp}/security-groups/${guid}/governed-by/elements?startFrom=0&pageSize=10`, undefined, 'GET'))[
        'elements'
      ],
    ).toBeUndefined();
    await em.ok(`${cp}/security-groups/${guid}/delete`);
    expect((await em.get(`${cp}/security-groups/${guid}`)).body['relatedHTTPCode']).toBe(404);
  });
});

describe('out topic', () => {
  test('publishes CommunityProfileOutboundEvents on its own topic', async () => {
    const answer = await em.ok(`${cp}/topics/out-topic-connection/${enc('org-connector')}`, undefined, 'GET');
    const connection = answer['connection'] as Record<string, Json>;
    const topic = outTopicName('mds1', 'community-profile');
    expect(topic).toBe('egeria.omag.server.mds1.omas.communityprofile.outTopic');
    expect(connection['endpoint']['address']).toBe(`${em.emulator.url}/servers/mds1/emulator/out-topic/${topic}`);
    const { reader } = await SseReader.open(connection['endpoint']['address'] as string);
    try {
      // Egeria's Community Profile topic passes on only actor and role changes.
      const database = (
        await em.ok(`${em.dm()}/databases`, {
          properties: { class: 'DatabaseProperties', qualifiedName: 'not::an::actor' },
        })
      )['guid'] as string;
      const guid = await createProfile('person::evented');
      await reader.waitFor((r) =>
        r.events.some((e) => (e.data['principleElement'] as Json | undefined)?.['guid'] === guid),
      );
      const event = reader.events.find((e) => (e.data['principleElement'] as Json)['guid'] === guid);
      expect(event?.data).toMatchObject({
        class: 'CommunityProfileOutboundEvent',
        eventVersionId: 1,
        eventType: 'NEW_ELEMENT_CREATED',
      });
      expect((event?.data['principleElement'] as Json)['uniqueName']).toBe('person::evented');
      expect(reader.events.some((e) => (e.data['principleElement'] as Json)['guid'] === database)).toBe(false);
    } finally {
      reader.close();
    }
  });
});
