/**
 * Security Manager OMAS operations (what the security integrator calls), with requests shaped as
 * Egeria 5.2's SecurityManagerClient sends them, against a real emulator over HTTP.
 */
import { outTopicName } from '@egeria-ts/emulator';
import { TestEmulator, enc, expectFFDC, guidsOf } from './support/harness';
import { SseReader } from './support/sse';
import { externalSourceBody, nameBody, searchStringBody } from './support/java-shapes';

type Source = { guid: string; name: string };
type Json = Record<string, unknown>;

let em: TestEmulator;
let sm: string;
let cp: string;
let ldap: Source;

/** `SecurityManagerClient.createUserIdentity` / `updateUserIdentity`: a UserIdentityRequestBody. */
function identityBody(source: Source | undefined, properties: Json): Json {
  return { ...externalSourceBody(source), properties: { class: 'UserIdentityProperties', ...properties } };
}

beforeAll(async () => {
  em = await TestEmulator.start({ heartbeatMs: 100 });
  const root = `${em.emulator.url}/servers/mds1/open-metadata/access-services`;
  sm = `${root}/security-manager/users/${enc('secUser')}`;
  cp = `${root}/community-profile/users/${enc('secUser')}`;
  const oi = em.fw('open-integration', 'daemonUser', 'security-manager');
  ldap = {
    guid: (await em.ok(`${oi}/metadata-sources/new`, { qualifiedName: 'LDAP::corp' }))['guid'] as string,
    name: 'LDAP::corp',
  };
});

afterAll(async () => {
  await em.close();
});

test('security groups: create, read, update, by distinguished name, find, delete', async () => {
  const guid = (
    await em.ok(`${sm}/security-groups`, {
      class: 'SecurityGroupProperties',
      documentIdentifier: 'sg::operators',
      title: 'Operators',
      distinguishedName: 'cn=operators,ou=groups',
      domainIdentifier: 0,
    })
  )['guid'] as string;
  const read = await em.ok(`${sm}/security-groups/${guid}`, undefined, 'GET');
  expect(read['class']).toBe('SecurityGroupResponse');
  expect((read['element'] as Json)['properties']).toMatchObject({
    class: 'SecurityGroupProperties',
    title: 'Operators',
  });
  await em.ok(`${sm}/security-groups/${guid}/update?isMergeUpdate=false`, {
    class: 'SecurityGroupProperties',
    documentIdentifier: 'sg::operators',
    distinguishedName: 'cn=ops,ou=groups',
    domainIdentifier: 0,
  });
  const replaced = (await em.ok(`${sm}/security-groups/${guid}`, undefined, 'GET'))['element'] as Json;
  expect((replaced['properties'] as Json)['title']).toBeUndefined();
  expect(
    guidsOf(
      await em.ok(
        `${sm}/security-groups/for-distinguished-name/${enc('cn=ops,ou=groups')}?startFrom=0&pageSize=0`,
        undefined,
        'GET',
      ),
    ),
  ).toEqual([guid]);
  expect(
    guidsOf(await em.ok(`${sm}/security-groups/by-search-string?startFrom=0&pageSize=0`, searchStringBody('sg::op.*'))),
  ).toEqual([guid]);
  await em.ok(`${sm}/security-groups/${guid}/delete`, { class: 'NullRequestBody' });
  expect(
    guidsOf(await em.ok(`${sm}/security-groups/by-search-string?startFrom=0&pageSize=0`, searchStringBody('sg::op.*'))),
  ).toEqual([]);
});

test('user identities: create, update, link to a profile, read the profile and its roles, unlink, delete', async () => {
  const identity = (
    await em.ok(`${sm}/user-identities`, identityBody(ldap, { qualifiedName: 'uid::jdoe', userId: 'jdoe' }))
  )['guid'] as string;
  await em.ok(
    `${sm}/user-identities/${identity}?isMergeUpdate=true`,
    identityBody(ldap, { distinguishedName: 'uid=jdoe' }),
  );
  const read = (await em.ok(`${sm}/user-identities/${identity}`, undefined, 'GET'))['element'] as Json;
  expect(read['properties']).toMatchObject({ userId: 'jdoe', distinguishedName: 'uid=jdoe' });
  expect((read['elementHeader'] as Json)['origin']).toMatchObject({ homeMetadataCollectionId: ldap.guid });

  // The profile and role come from the Community Profile OMAS; the Security Manager reads them.
  const profile = (
    await em.ok(`${cp}/profiles`, {
      properties: {
        class: 'ActorProfileProperties',
        qualifiedName: 'person::jdoe',
        knownName: 'J Doe',
        typeName: 'Person',
      },
    })
  )['guid'] as string;
  const role = (
    await em.ok(`${cp}/person-roles`, {
      properties: {
        qualifiedName: 'role::operator',
        title: 'Operator',
        headCount: 0,
        headCountLimitSet: false,
        domainIdentifier: 0,
      },
    })
  )['guid'] as string;
  await em.ok(`${cp}/person-roles/${role}/profiles/${profile}/link`, { properties: { isPublic: true } });

  // addIdentityToProfile requires its ExternalSourceRequestBody here.
  const noBody = await em.post(`${sm}/user-identities/${identity}/profiles/${profile}/link`);
  expect(noBody.status).toBe(400);
  await em.ok(`${sm}/user-identities/${identity}/profiles/${profile}/link`, externalSourceBody(ldap));
  const byUser = (await em.ok(`${sm}/profiles/user-ids/jdoe`, undefined, 'GET'))['element'] as Json;
  expect((byUser['elementHeader'] as Json)['guid']).toBe(profile);
  expect(guidsOf(await em.ok(`${sm}/profiles/by-name?startFrom=0&pageSize=0`, nameBody('J Doe')))).toEqual([profile]);
  expect(
    guidsOf(await em.ok(`${sm}/profiles/by-search-string?startFrom=0&pageSize=0`, searchStringBody('person::j.*'))),
  ).toEqual([profile]);
  expect(((await em.ok(`${sm}/profiles/${profile}`, undefined, 'GET'))['element'] as Json)['personRoles']).toHaveLength(
    1,
  );
  expect(
    ((await em.ok(`${sm}/person-roles/${role}`, undefined, 'GET'))['element'] as Json)['properties'],
  ).toMatchObject({ title: 'Operator' });
  expect(guidsOf(await em.ok(`${sm}/person-roles/by-name?startFrom=0&pageSize=0`, nameBody('Operator')))).toEqual([
    role,
  ]);
  expect(
    guidsOf(await em.ok(`${sm}/person-roles/by-search-string?startFrom=0&pageSize=0`, searchStringBody('role::.*'))),
  ).toEqual([role]);
  const appointees = (await em.ok(`${sm}/person-roles/${role}/appointees?startFrom=0&pageSize=0`, {}))[
    'elements'
  ] as Json[];
  expect(((appointees[0]['profile'] as Json)['elementHeader'] as Json)['guid']).toBe(profile);

  // The Security Manager does not create profiles.
  expect(
    (await em.post(`${sm}/profiles`, { properties: { class: 'ActorProfileProperties', qualifiedName: 'x' } })).status,
  ).toBe(404);

  await em.ok(`${sm}/user-identities/${identity}/profiles/${profile}/unlink`, externalSourceBody(ldap));
  expect((await em.ok(`${sm}/profiles/user-ids/jdoe`, undefined, 'GET'))['element']).toBeUndefined();
  expect(guidsOf(await em.ok(`${sm}/user-identities/by-name?startFrom=0&pageSize=0`, nameBody('jdoe')))).toEqual([
    identity,
  ]);
  expect(
    guidsOf(await em.ok(`${sm}/user-identities/by-search-string?startFrom=0&pageSize=0`, searchStringBody('uid=.*'))),
  ).toEqual([identity]);

  const wrongSource = await em.post(`${sm}/user-identities/${identity}/delete`, {});
  expectFFDC(wrongSource, {
    responseClass: 'VoidResponse',
    exception: 'UserNotAuthorizedException',
    httpCode: 400,
    messageId: 'OMAG-REPOSITORY-HANDLER-400-008',
    action: 'deleteUserIdentity',
  });
  await em.ok(`${sm}/user-identities/${identity}/delete`, externalSourceBody(ldap));
  expect(guidsOf(await em.ok(`${sm}/user-identities/by-name?startFrom=0&pageSize=0`, nameBody('jdoe')))).toEqual([]);
});

test('out topic: SecurityManagerOutTopicEvents for every Referenceable, from the first out-topic connection request', async () => {
  // Changes before anyone asked for the topic are not on it.
  const before = (
    await em.ok(`${em.dm()}/databases`, {
      properties: { class: 'DatabaseProperties', qualifiedName: 'before::listening' },
    })
  )['guid'] as string;
  const answer = await em.ok(`${sm}/topics/out-topic-connection/${enc('security-connector')}`, undefined, 'GET');
  const address = (answer['connection'] as Record<string, Json>)['endpoint']['address'] as string;
  expect(address).toBe(
    `${em.emulator.url}/servers/mds1/emulator/out-topic/${outTopicName('mds1', 'security-manager')}`,
  );
  const { reader } = await SseReader.open(address, '0');
  try {
    const identity = (
      await em.ok(`${sm}/user-identities`, identityBody(ldap, { qualifiedName: 'uid::evented', userId: 'evented' }))
    )['guid'] as string;
    await em.ok(
      `${sm}/user-identities/${identity}?isMergeUpdate=true`,
      identityBody(ldap, { distinguishedName: 'uid=evented' }),
    );
    const after = (
      await em.ok(`${em.dm()}/databases`, {
        properties: { class: 'DatabaseProperties', qualifiedName: 'after::listening' },
      })
    )['guid'] as string;
    const headerGUID = (e: { data: Json }) => (e.data['elementHeader'] as Json | undefined)?.['guid'];
    await reader.waitFor((r) => r.events.some((e) => headerGUID(e) === after));
    const created = reader.events.find(
      (e) => e.data['eventType'] === 'NEW_ELEMENT_CREATED' && headerGUID(e) === identity,
    );
    expect(created?.data['class']).toBeUndefined();
    expect(created?.data).toMatchObject({
      eventVersionId: 1,
      elementProperties: { qualifiedName: 'uid::evented', userId: 'evented' },
    });
    expect(typeof created?.data['eventTime']).toBe('number');
    const updated = reader.events.find((e) => e.data['eventType'] === 'ELEMENT_UPDATED' && headerGUID(e) === identity);
    expect(updated?.data['elementProperties']).toMatchObject({ distinguishedName: 'uid=evented' });
    expect(updated?.data['previousElementProperties']).toEqual({ qualifiedName: 'uid::evented', userId: 'evented' });
    expect(reader.events.some((e) => headerGUID(e) === before)).toBe(false);
  } finally {
    reader.close();
  }
});
