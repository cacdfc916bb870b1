/**
 * The metadata source calls of the Community Profile OMAS (CommunityProfileResource) and the
 * Security Manager OMAS (SecurityManagerOMASResource), with requests shaped as Egeria 5.2's
 * MetadataSourceClient (Community Profile) and SecurityManagerClient send them.
 */
import { TestEmulator, enc, expectFFDC, expectSpringError } from './support/harness';
import { externalSourceBody } from './support/java-shapes';

type Json = Record<string, unknown>;

let em: TestEmulator;
let cp: string;
let sm: string;

beforeAll(async () => {
  em = await TestEmulator.start();
  const root = `${em.emulator.url}/servers/mds1/open-metadata/access-services`;
  cp = `${root}/community-profile/users/${enc('hrUser')}`;
  sm = `${root}/security-manager/users/${enc('secUser')}`;
});

afterAll(async () => {
  await em.close();
});

describe('Community Profile', () => {
  test('createMetadataSource takes a bare MetadataSourceProperties bean; found by name and read by GUID', async () => {
    const answer = await em.ok(`${cp}/metadata-sources`, {
      class: 'MetadataSourceProperties',
      qualifiedName: 'HR::workday',
      displayName: 'Workday',
      deployedImplementationType: 'Workday HR',
      version: '2024.1',
    });
    expect(answer['class']).toBe('GUIDResponse');
    const guid = answer['guid'] as string;

    const byName = await em.ok(`${cp}/metadata-sources/by-name/${enc('HR::workday')}`, undefined, 'GET');
    expect(byName).toMatchObject({ class: 'GUIDResponse', guid });
    expect(
      (await em.ok(`${cp}/metadata-sources/by-name/${enc('HR::none')}`, undefined, 'GET'))['guid'],
    ).toBeUndefined();

    const read = await em.ok(`${cp}/metadata-sources/${guid}`, undefined, 'GET');
    expect(read['class']).toBe('MetadataSourceResponse');
    const element = read['element'] as Json;
    expect((element['elementHeader'] as Json)['guid']).toBe(guid);
    expect((element['elementHeader'] as Json)['type']).toMatchObject({ typeName: 'SoftwareCapability' });
    // Created on the server's behalf: no metadata source owns it.
    expect((element['elementHeader'] as Json)['origin']).toMatchObject({ originCategory: 'LOCAL_COHORT' });
    expect(element['properties']).toMatchObject({
      class: 'MetadataSourceProperties',
      qualifiedName: 'HR::workday',
      displayName: 'Workday',
      version: '2024.1',
      typeName: 'SoftwareCapability',
    });
  });

  test('errors: no class, no qualified name, a duplicate name, an unknown GUID, a non-capability', async () => {
    const noClass = await em.post(`${cp}/metadata-sources`, { qualifiedName: 'HR::x' });
    expectSpringError(
      noClass,
      400,
      '/servers/mds1/open-metadata/access-services/community-profile/users/hrUser/metadata-sources',
    );
    const noName = await em.post(`${cp}/metadata-sources`, { class: 'MetadataSourceProperties', displayName: 'x' });
    expectFFDC(noName, {
      responseClass: 'GUIDResponse',
      exception: 'InvalidParameterException',
      httpCode: 400,
      messageId: 'OMAG-COMMON-400-006',
      action: 'createMetadataSource',
      parameterName: 'qualifiedName',
    });
    await em.ok(`${cp}/metadata-sources`, { class: 'MetadataSourceProperties', qualifiedName: 'HR::dup' });
    const duplicate = await em.post(`${cp}/metadata-sources`, {
      class: 'MetadataSourceProperties',
      qualifiedName: 'HR::dup',
    });
    expect(duplicate.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-409-001');
    const unknown = await em.get(`${cp}/metadata-sources/no-such-guid`);
    expectFFDC(unknown, {
      responseClass: 'MetadataSourceResponse',
      exception: 'InvalidParameterException',
      httpCode: 404,
      messageId: 'OMAG-REPOSITORY-HANDLER-404-007',
      action: 'getMetadataSource',
      parameterName: 'metadataSourceGUID',
    });
    const identity = (
      await em.ok(`${cp}/user-identities`, {
        properties: { class: 'UserIdentityProperties', qualifiedName: 'id::not-a-source', userId: 'x' },
      })
    )['guid'] as string;
    const notACapability = await em.get(`${cp}/metadata-sources/${identity}`);
    expect(notACapability.body['exceptionClassName']).toMatch(/InvalidParameterException$/);
  });
});

describe('Security Manager', () => {
  test('createSecurityManagerInCatalog: a flat bean, owned by the source it names, of the type it names', async () => {
    const ldap = (
      await em.ok(`${sm}/metadata-sources/security-managers`, {
        class: 'SecurityManagerRequestBody',
        qualifiedName: 'LDAP::corp',
        displayName: 'Corporate directory',
      })
    )['guid'] as string;
    expect((await em.ok(`${sm}/metadata-sources/by-name/${enc('LDAP::corp')}`, undefined, 'GET'))['guid']).toBe(ldap);

    const owned = (
      await em.ok(`${sm}/metadata-sources/security-managers`, {
        class: 'SecurityManagerRequestBody',
        typeName: 'UserAuthenticationManager',
        qualifiedName: 'LDAP::replica',
        ...externalSourceBody({ guid: ldap, name: 'LDAP::corp' }),
      })
    )['guid'] as string;
    const cpRead = (await em.ok(`${cp}/metadata-sources/${owned}`, undefined, 'GET'))['element'] as Json;
    expect((cpRead['elementHeader'] as Json)['type']).toMatchObject({ typeName: 'UserAuthenticationManager' });
    expect((cpRead['elementHeader'] as Json)['origin']).toMatchObject({
      originCategory: 'EXTERNAL_SOURCE',
      homeMetadataCollectionId: ldap,
    });

    const badType = await em.post(`${sm}/metadata-sources/security-managers`, {
      class: 'SecurityManagerRequestBody',
      typeName: 'Host',
      qualifiedName: 'LDAP::host',
    });
    expectFFDC(badType, {
      responseClass: 'GUIDResponse',
      exception: 'InvalidParameterException',
      httpCode: 400,
      messageId: 'OMAG-COMMON-400-019',
      action: 'createSecurityManagerInCatalog',
      parameterName: 'typeName',
    });
    const wrongClass = await em.post(`${sm}/metadata-sources/security-managers`, {
      class: 'SecurityManagerProperties',
      qualifiedName: 'LDAP::y',
    });
    expect(wrongClass.status).toBe(400);
    const badSource = await em.post(`${sm}/metadata-sources/security-managers`, {
      class: 'SecurityManagerRequestBody',
      qualifiedName: 'LDAP::z',
      ...externalSourceBody({ guid: ldap, name: 'LDAP::wrong-name' }),
    });
    expect(badSource.body['exceptionClassName']).toMatch(/InvalidParameterException$/);
  });
});
