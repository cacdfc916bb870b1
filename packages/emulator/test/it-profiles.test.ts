/**
 * IT Infrastructure OMAS IT profiles, contact methods and user identities (ITProfileResource), with
 * requests shaped as Egeria 5.2's ITProfileManagerClient sends them, against a real emulator over HTTP.
 */
import { TestEmulator, enc, expectFFDC, expectSpringError, guidsOf } from './support/harness';
import { externalSourceBody, nameBody, searchStringBody } from './support/java-shapes';

type Source = { guid: string; name: string };
type Json = Record<string, unknown>;

let em: TestEmulator;
let it: string;
let cmdb: Source;
let other: Source;

/** `ITProfileManagerClient.createITProfile` / `updateITProfile`: an ITProfileRequestBody. */
function profileBody(source: Source | undefined, properties: Json, extra: Json = {}): Json {
  return { ...externalSourceBody(source), ...extra, properties: { class: 'ITProfileProperties', ...properties } };
}

/** `ITProfileManagerClient.createUserIdentity` / `updateUserIdentity`: a UserIdentityRequestBody. */
function identityBody(source: Source | undefined, properties: Json): Json {
  return { ...externalSourceBody(source), properties: { class: 'UserIdentityProperties', ...properties } };
}

function elementOf(answer: Json): Json {
  return answer['element'] as Json;
}

beforeAll(async () => {
  em = await TestEmulator.start();
  it = em.omas('it-infrastructure', 'itUser');
  const oi = em.fw('open-integration', 'daemonUser', 'it-infrastructure');
  cmdb = await em.registerSource(`${oi}/metadata-sources/new`, { qualifiedName: 'CMDB::profiles' });
  other = await em.registerSource(`${oi}/metadata-sources/new`, { qualifiedName: 'CMDB::someone-else' });
});

afterAll(async () => {
  await em.close();
});

test('an IT profile links a new user identity and its server; reads by GUID, user id, name and search', async () => {
  const server = (
    await em.ok(`${it}/assets?infrastructureManagerIsHome=true`, {
      class: 'AssetRequestBody',
      typeName: 'SoftwareServer',
      qualifiedName: 'server::web01',
      ...externalSourceBody(cmdb),
    })
  )['guid'] as string;
  const profile = (
    await em.ok(
      `${it}/profiles`,
      profileBody(
        cmdb,
        { qualifiedName: 'ITProfile::web01', knownName: 'web01 service account' },
        { itUserId: 'svc-web01', itInfrastructureGUID: server },
      ),
    )
  )['guid'] as string;

  const read = await em.ok(`${it}/profiles/${profile}`, undefined, 'GET');
  expect(read['class']).toBe('ITProfileResponse');
  const element = elementOf(read);
  expect((element['elementHeader'] as Json)['guid']).toBe(profile);
  expect((element['elementHeader'] as Json)['type']).toMatchObject({ typeName: 'ITProfile' });
  expect(element['profileProperties']).toMatchObject({
    class: 'ITProfileProperties',
    qualifiedName: 'ITProfile::web01',
    knownName: 'web01 service account',
    typeName: 'ITProfile',
  });
  const identities = element['userIdentities'] as Json[];
  expect(identities).toHaveLength(1);
  expect((identities[0]['userIdentity'] as Json)['properties']).toMatchObject({
    qualifiedName: 'UserIdentity:svc-web01',
    userId: 'svc-web01',
  });
  expect((element['linkedInfrastructure'] as Json[]).map((s) => s['guid'])).toEqual([server]);

  const byUser = await em.ok(`${it}/profiles/user-ids/${enc('svc-web01')}`, undefined, 'GET');
  expect((elementOf(byUser)['elementHeader'] as Json)['guid']).toBe(profile);
  expect(elementOf(await em.ok(`${it}/profiles/user-ids/nobody`, undefined, 'GET'))).toBeUndefined();
  expect(guidsOf(await em.ok(`${it}/profiles/by-name?startFrom=0&pageSize=10`, nameBody('ITProfile::web01')))).toEqual([
    profile,
  ]);
  expect(
    guidsOf(await em.ok(`${it}/profiles/by-search-string?startFrom=0&pageSize=10`, searchStringBody('.*web01.*'))),
  ).toEqual([profile]);

  // A second profile for the same user id reuses the existing identity... when its qualified name is the user id.
  const named = (
    await em.ok(`${it}/user-identities`, identityBody(cmdb, { qualifiedName: 'svc-batch', userId: 'svc-batch' }))
  )['guid'] as string;
  const batch = (
    await em.ok(`${it}/profiles`, profileBody(cmdb, { qualifiedName: 'ITProfile::batch' }, { itUserId: 'svc-batch' }))
  )['guid'] as string;
  const batchIdentities = elementOf(await em.ok(`${it}/profiles/${batch}`, undefined, 'GET'))[
    'userIdentities'
  ] as Json[];
  expect(((batchIdentities[0]['userIdentity'] as Json)['elementHeader'] as Json)['guid']).toBe(named);
});

test('IT profile errors, merge and replace updates, contact methods and delete', async () => {
  const noUser = await em.post(`${it}/profiles`, profileBody(cmdb, { qualifiedName: 'ITProfile::nouser' }));
  expectFFDC(noUser, {
    responseClass: 'GUIDResponse',
    exception: 'InvalidParameterException',
    httpCode: 400,
    messageId: 'OMAG-COMMON-400-006',
    action: 'createITProfile',
    parameterName: 'requestBody.getItUserId',
  });
  const wrongClass = await em.post(`${it}/profiles`, {
    ...externalSourceBody(cmdb),
    itUserId: 'x',
    properties: { class: 'ActorProfileProperties', qualifiedName: 'p' },
  });
  expect(wrongClass.status).toBe(400);
  const noServer = await em.post(
    `${it}/profiles`,
    profileBody(
      cmdb,
      { qualifiedName: 'ITProfile::ghost' },
      { itUserId: 'ghost', itInfrastructureGUID: 'no-such-guid' },
    ),
  );
  expect(noServer.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-404-007');

  const profile = (
    await em.ok(
      `${it}/profiles`,
      profileBody(
        cmdb,
        { qualifiedName: 'ITProfile::db', knownName: 'db', description: 'database account' },
        { itUserId: 'svc-db' },
      ),
    )
  )['guid'] as string;
  // A user id whose generated identity name is taken by an identity of another user id.
  await em.ok(
    `${it}/user-identities`,
    identityBody(cmdb, { qualifiedName: 'UserIdentity:svc-taken', userId: 'other' }),
  );
  const clash = await em.post(
    `${it}/profiles`,
    profileBody(cmdb, { qualifiedName: 'ITProfile::taken' }, { itUserId: 'svc-taken' }),
  );
  expect(clash.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-409-001');
  expect(guidsOf(await em.ok(`${it}/profiles/by-name?startFrom=0&pageSize=10`, nameBody('ITProfile::taken')))).toEqual(
    [],
  );
  const duplicate = await em.post(
    `${it}/profiles`,
    profileBody(cmdb, { qualifiedName: 'ITProfile::db' }, { itUserId: 'x' }),
  );
  expect(duplicate.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-409-001');

  const missingMerge = await em.post(`${it}/profiles/${profile}`, profileBody(cmdb, { knownName: 'x' }));
  expectSpringError(
    missingMerge,
    400,
    `/servers/mds1/open-metadata/access-services/it-infrastructure/users/itUser/profiles/${profile}`,
  );
  await em.ok(`${it}/profiles/${profile}?isMergeUpdate=true`, profileBody(cmdb, { knownName: 'database' }));
  expect(elementOf(await em.ok(`${it}/profiles/${profile}`, undefined, 'GET'))['profileProperties']).toMatchObject({
    knownName: 'database',
    description: 'database account',
  });
  await em.ok(`${it}/profiles/${profile}?isMergeUpdate=false`, profileBody(cmdb, { qualifiedName: 'ITProfile::db' }));
  const replaced = elementOf(await em.ok(`${it}/profiles/${profile}`, undefined, 'GET'))['profileProperties'] as Json;
  expect(replaced['knownName']).toBeUndefined();
  expect(replaced['description']).toBeUndefined();
  const notOwner = await em.post(
    `${it}/profiles/${profile}?isMergeUpdate=true`,
    profileBody(other, { knownName: 'x' }),
  );
  expect(notOwner.body['exceptionClassName']).toMatch(/UserNotAuthorizedException$/);

  // 5.2's resource drops the new contact method's GUID.
  const added = await em.ok(`${it}/profiles/${profile}/contact-methods`, {
    ...externalSourceBody(cmdb),
    properties: { name: 'pager', contactMethodType: 'PHONE', contactMethodValue: '+1 555 0100' },
  });
  expect(added['class']).toBe('GUIDResponse');
  expect(added['guid']).toBeUndefined();
  const contacts = elementOf(await em.ok(`${it}/profiles/${profile}`, undefined, 'GET'))['contactMethods'] as Json[];
  expect(contacts[0]['properties']).toMatchObject({ name: 'pager', contactMethodType: 'PHONE' });
  const contact = (contacts[0]['elementHeader'] as Json)['guid'] as string;
  await em.ok(`${it}/profiles/contact-methods/${contact}/delete`, externalSourceBody(cmdb));
  expect(elementOf(await em.ok(`${it}/profiles/${profile}`, undefined, 'GET'))['contactMethods']).toBeUndefined();

  const wrongDeleter = await em.post(`${it}/profiles/${profile}/delete`, externalSourceBody(other));
  expect(wrongDeleter.body['exceptionClassName']).toMatch(/UserNotAuthorizedException$/);
  await em.ok(`${it}/profiles/${profile}/delete`, externalSourceBody(cmdb));
  const gone = await em.get(`${it}/profiles/${profile}`);
  expect(gone.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-404-007');
});

test('user identities: create, update, link to and unlink from a profile, find, by name, delete', async () => {
  const profile = (
    await em.ok(`${it}/profiles`, profileBody(cmdb, { qualifiedName: 'ITProfile::ids' }, { itUserId: 'svc-ids' }))
  )['guid'] as string;
  const identity = (
    await em.ok(
      `${it}/user-identities`,
      identityBody(cmdb, { qualifiedName: 'id::ops', userId: 'ops', distinguishedName: 'cn=ops' }),
    )
  )['guid'] as string;
  await em.ok(
    `${it}/user-identities/${identity}?isMergeUpdate=true`,
    identityBody(cmdb, { distinguishedName: 'cn=ops,ou=it' }),
  );
  const read = elementOf(await em.ok(`${it}/user-identities/${identity}`, undefined, 'GET'));
  expect(read['properties']).toMatchObject({
    qualifiedName: 'id::ops',
    userId: 'ops',
    distinguishedName: 'cn=ops,ou=it',
  });

  // Spring requires the link and unlink bodies on this service.
  const noBody = await em.post(`${it}/user-identities/${identity}/profiles/${profile}/link`);
  expect(noBody.status).toBe(400);
  await em.ok(`${it}/user-identities/${identity}/profiles/${profile}/link`, externalSourceBody(cmdb));
  const linked = elementOf(await em.ok(`${it}/profiles/${profile}`, undefined, 'GET'))['userIdentities'] as Json[];
  expect(linked.map((l) => ((l['userIdentity'] as Json)['elementHeader'] as Json)['guid'])).toContain(identity);
  await em.ok(`${it}/user-identities/${identity}/profiles/${profile}/unlink`, externalSourceBody(cmdb));
  const unlinked = elementOf(await em.ok(`${it}/profiles/${profile}`, undefined, 'GET'))['userIdentities'] as Json[];
  expect(unlinked.map((l) => ((l['userIdentity'] as Json)['elementHeader'] as Json)['guid'])).not.toContain(identity);

  expect(guidsOf(await em.ok(`${it}/user-identities/by-name?startFrom=0&pageSize=10`, nameBody('ops')))).toEqual([
    identity,
  ]);
  expect(
    guidsOf(
      await em.ok(`${it}/user-identities/by-search-string?startFrom=0&pageSize=10`, searchStringBody('cn=ops.*')),
    ),
  ).toEqual([identity]);
  const noLinkUpdate = await em.post(
    `${it}/user-identities/${identity}/profiles/${profile}/link/update?isMergeUpdate=true`,
    {},
  );
  expect(noLinkUpdate.status).toBe(404);
  await em.ok(`${it}/user-identities/${identity}/delete`, externalSourceBody(cmdb));
  expect(guidsOf(await em.ok(`${it}/user-identities/by-name?startFrom=0&pageSize=10`, nameBody('ops')))).toEqual([]);
});
