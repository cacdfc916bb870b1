/**
 * IT Infrastructure OMAS operations (what the infrastructure integrator calls), with requests
 * shaped as Egeria 5.2's HostManagerClient, PlatformManagerClient, ServerManagerClient,
 * CapabilityManagerClient and EndpointManagerClient send them, against a real emulator over HTTP.
 */
import { outTopicName } from '@egeria-ts/emulator';
import { TestEmulator, enc, expectFFDC, expectSpringError, guidsOf } from './support/harness';
import { SseReader } from './support/sse';
import { externalSourceBody, nameBody, searchStringBody } from './support/java-shapes';

type Source = { guid: string; name: string };
type Json = Record<string, unknown>;

let em: TestEmulator;
let it: string;
let cmdb: Source;

/** `ITInfrastructureClientBase.createAsset`: an AssetRequestBody (flat AssetProperties from `cloneToAsset`). */
function assetBody(source: Source | undefined, typeName: string, qualifiedName: string, extra: Json = {}): Json {
  return { class: 'AssetRequestBody', typeName, qualifiedName, ...extra, ...externalSourceBody(source) };
}

/** `setupRelatedAsset`/`addClassification`: an AssetExtensionsRequestBody. */
function extensionsBody(source: Source | undefined, properties?: Json, extra: Json = {}): Json {
  const body: Json = { ...externalSourceBody(source), ...extra };
  if (properties !== undefined) body['properties'] = properties;
  return body;
}

async function createAsset(typeName: string, qualifiedName: string, extra: Json = {}): Promise<string> {
  return (
    await em.ok(`${it}/assets?infrastructureManagerIsHome=true`, assetBody(cmdb, typeName, qualifiedName, extra))
  )['guid'] as string;
}

beforeAll(async () => {
  em = await TestEmulator.start({ heartbeatMs: 100 });
  it = em.omas('it-infrastructure', 'itUser');
  const oi = em.fw('open-integration', 'daemonUser', 'it-infrastructure');
  cmdb = await em.registerSource(`${oi}/metadata-sources/new`, {
    typeName: 'InventoryCatalog',
    qualifiedName: 'CMDB::main',
  });
});

afterAll(async () => {
  await em.close();
});

describe('IT assets', () => {
  test('hosts: create, read, update, find, by name, by infrastructure manager, publish, withdraw, remove', async () => {
    const missingHome = await em.post(`${it}/assets`, assetBody(cmdb, 'Host', 'host::x'));
    expectSpringError(
      missingHome,
      400,
      '/servers/mds1/open-metadata/access-services/it-infrastructure/users/itUser/assets',
    );

    const host = await createAsset('Host', 'host::db01', { name: 'db01', deployedImplementationType: 'Linux server' });
    const read = await em.ok(`${it}/assets/Host/${host}`, {});
    expect(read['class']).toBe('AssetElementResponse');
    const element = read['element'] as Json;
    expect((element['elementHeader'] as Json)['type']).toMatchObject({
      typeName: 'Host',
      superTypeNames: ['ITInfrastructure', 'Infrastructure', 'Asset', 'Referenceable', 'OpenMetadataRoot'],
    });
    expect((element['elementHeader'] as Json)['origin']).toMatchObject({
      originCategory: 'EXTERNAL_SOURCE',
      homeMetadataCollectionId: cmdb.guid,
    });
    expect(element['properties']).toMatchObject({
      class: 'AssetProperties',
      qualifiedName: 'host::db01',
      name: 'db01',
      typeName: 'Host',
    });

    await em.ok(
      `${it}/assets/${host}?isMergeUpdate=true`,
      assetBody(cmdb, 'Host', 'host::db01', { resourceDescription: 'primary database host' }),
    );
    expect(((await em.ok(`${it}/assets/Host/${host}`, {}))['element'] as Json)['properties']).toMatchObject({
      name: 'db01',
      resourceDescription: 'primary database host',
    });

    expect(
      guidsOf(
        await em.ok(`${it}/assets/Host/by-search-string?startFrom=0&pageSize=0`, searchStringBody('.*primary.*')),
      ),
    ).toEqual([host]);
    expect(guidsOf(await em.ok(`${it}/assets/Host/by-name?startFrom=0&pageSize=0`, nameBody('db01')))).toEqual([host]);
    expect(
      guidsOf(await em.ok(`${it}/assets/SoftwareServer/by-name?startFrom=0&pageSize=0`, nameBody('db01'))),
    ).toEqual([]);
    expect(
      guidsOf(
        await em.ok(
          `${it}/infrastructure-managers/${cmdb.guid}/${enc(cmdb.name)}/assets/Host?startFrom=0&pageSize=0`,
          {},
        ),
      ),
    ).toEqual([host]);
    const badType = await em.post(`${it}/assets/NoSuchType/by-name?startFrom=0&pageSize=0`, nameBody('db01'));
    expect(badType.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-400-019');

    await em.ok(`${it}/assets/${host}/publish`);
    expect(
      (((await em.ok(`${it}/assets/Host/${host}`, {}))['element'] as Json)['elementHeader'] as Json)['classifications'],
    ).toEqual([expect.objectContaining({ classificationName: 'AssetZoneMembership' })]);
    await em.ok(`${it}/assets/${host}/withdraw`);

    const wrongOwner = await em.post(`${it}/assets/${host}/delete`, {});
    expectFFDC(wrongOwner, {
      responseClass: 'VoidResponse',
      exception: 'UserNotAuthorizedException',
      httpCode: 400,
      messageId: 'OMAG-REPOSITORY-HANDLER-400-008',
      action: 'removeAsset',
    });
    await em.ok(`${it}/assets/${host}/delete`, externalSourceBody(cmdb));
    expect(guidsOf(await em.ok(`${it}/assets/Host/by-name?startFrom=0&pageSize=0`, nameBody('db01')))).toEqual([]);
  });

  test('relationships: cluster members, deployments with their properties, and server purposes', async () => {
    const cluster = await createAsset('HostCluster', 'cluster::k8s');
    const node = await createAsset('Host', 'host::node1');
    await em.ok(
      `${it}/assets/HostCluster/${cluster}/HostClusterMember/Host/${node}?infrastructureManagerIsHome=true`,
      extensionsBody(cmdb, undefined, { effectiveFrom: 1714557600000 }),
    );
    const members = (
      await em.ok(`${it}/assets/HostCluster/${cluster}/HostClusterMember/Host?startingEnd=1&startFrom=0&pageSize=0`, {})
    )['elements'] as Json[];
    expect(((members[0]['relatedAsset'] as Json)['elementHeader'] as Json)['guid']).toBe(node);
    expect(members[0]['effectiveFrom']).toBe('2024-05-01T10:00:00.000+00:00');
    expect((members[0]['elementHeader'] as Json)['type']).toMatchObject({ typeName: 'HostClusterMember' });

    const platform = await createAsset('SoftwareServerPlatform', 'platform::omag');
    const server = await createAsset('SoftwareServer', 'server::mds1');
    await em.ok(
      `${it}/assets/ITInfrastructure/${server}/DeployedOn/Asset/${platform}?infrastructureManagerIsHome=true`,
      extensionsBody(cmdb, { deployer: 'ops', deploymentStatus: 1 }),
    );
    const deployed = (
      await em.ok(`${it}/assets/Asset/${platform}/DeployedOn/ITInfrastructure?startingEnd=2&startFrom=0&pageSize=0`, {})
    )['elements'] as Json[];
    expect(deployed).toHaveLength(1);
    expect(((deployed[0]['relatedAsset'] as Json)['elementHeader'] as Json)['guid']).toBe(server);
    expect(deployed[0]['properties']).toEqual({ deployer: 'ops', deploymentStatus: 1 });
    const deploymentGUID = (deployed[0]['elementHeader'] as Json)['guid'] as string;
    await em.ok(
      `${it}/assets/relationships/DeployedOn/${deploymentGUID}/update?isMergeUpdate=true`,
      extensionsBody(cmdb, { deployer: 'platform-team' }),
    );
    const redeployed = (
      await em.ok(`${it}/assets/ITInfrastructure/${server}/DeployedOn/Asset?startingEnd=1&startFrom=0&pageSize=0`, {})
    )['elements'] as Json[];
    expect(redeployed[0]['properties']).toEqual({ deployer: 'platform-team', deploymentStatus: 1 });
    await em.ok(
      `${it}/assets/ITInfrastructure/${server}/DeployedOn/Asset/${platform}/delete`,
      externalSourceBody(cmdb),
    );
    expect(
      (
        await em.ok(
          `${it}/assets/Asset/${platform}/DeployedOn/ITInfrastructure?startingEnd=2&startFrom=0&pageSize=0`,
          {},
        )
      )['elements'],
    ).toBeUndefined();

    await em.ok(
      `${it}/assets/ITInfrastructure/${server}/classify/MetadataServer?infrastructureManagerIsHome=true`,
      extensionsBody(cmdb, { format: 'OMAG' }),
    );
    await em.ok(
      `${it}/assets/ITInfrastructure/${server}/reclassify/MetadataServer?isMergeUpdate=true`,
      extensionsBody(cmdb, { type: 'repository' }),
    );
    const classified = (
      ((await em.ok(`${it}/assets/SoftwareServer/${server}`, {}))['element'] as Json)['elementHeader'] as Json
    )['classifications'] as Json[];
    expect(classified.find((c) => c['classificationName'] === 'MetadataServer')?.['classificationProperties']).toEqual({
      format: 'OMAG',
      type: 'repository',
    });
    const unknownClassification = await em.post(
      `${it}/assets/ITInfrastructure/${server}/classify/NoSuchPurpose?infrastructureManagerIsHome=true`,
      extensionsBody(cmdb),
    );
    expect(unknownClassification.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-400-019');
    await em.ok(`${it}/assets/ITInfrastructure/${server}/declassify/MetadataServer`, externalSourceBody(cmdb));
    expect(
      (((await em.ok(`${it}/assets/SoftwareServer/${server}`, {}))['element'] as Json)['elementHeader'] as Json)[
        'classifications'
      ],
    ).toBeUndefined();
  });
});

describe('software capabilities, server asset uses and endpoints', () => {
  test('a capability is created with its purpose, deployed on a server, uses an asset, and is removed', async () => {
    const server = await createAsset('SoftwareServer', 'server::kafka');
    const capability = (
      await em.ok(`${it}/software-capabilities?infrastructureManagerIsHome=true`, {
        class: 'SoftwareCapabilityRequestBody',
        typeName: 'EventBroker',
        qualifiedName: 'broker::kafka',
        displayName: 'Kafka broker',
        classificationName: 'CloudService',
        ...externalSourceBody(cmdb),
      })
    )['guid'] as string;
    const read = (await em.ok(`${it}/software-capabilities/${capability}`, undefined, 'GET'))['element'] as Json;
    expect((read['elementHeader'] as Json)['type']).toMatchObject({ typeName: 'EventBroker' });
    expect(read['properties']).toMatchObject({ class: 'SoftwareCapabilityProperties', displayName: 'Kafka broker' });
    expect(((read['elementHeader'] as Json)['classifications'] as Json[]).map((c) => c['classificationName'])).toEqual([
      'CloudService',
    ]);

    await em.ok(`${it}/software-capabilities/${capability}?isMergeUpdate=true`, {
      class: 'SoftwareCapabilityRequestBody',
      version: '3.7',
      ...externalSourceBody(cmdb),
    });
    expect(
      guidsOf(
        await em.ok(`${it}/software-capabilities/by-search-string?startFrom=0&pageSize=0`, searchStringBody('Kafka.*')),
      ),
    ).toEqual([capability]);
    expect(
      guidsOf(await em.ok(`${it}/software-capabilities/by-name?startFrom=0&pageSize=0`, nameBody('Kafka broker'))),
    ).toEqual([capability]);

    // Deployment of a capability on a server: the SupportedSoftwareCapability relationship.
    await em.ok(
      `${it}/assets/ITInfrastructure/${server}/SupportedSoftwareCapability/SoftwareCapability/${capability}?infrastructureManagerIsHome=true`,
      extensionsBody(cmdb),
    );
    const supported = (
      await em.ok(
        `${it}/assets/ITInfrastructure/${server}/SupportedSoftwareCapability/SoftwareCapability?startingEnd=1&startFrom=0&pageSize=0`,
        {},
      )
    )['elements'] as Json[];
    expect(((supported[0]['relatedAsset'] as Json)['elementHeader'] as Json)['guid']).toBe(capability);

    const topicStore = await createAsset('DataStore', 'store::kafka-logs');
    const use = (
      await em.ok(
        `${it}/server-asset-uses/software-capabilities/${capability}/assets/${topicStore}?infrastructureManagerIsHome=true`,
        {
          ...externalSourceBody(cmdb),
          properties: {
            class: 'ServerAssetUseProperties',
            useType: 'OWNS',
            minimumInstancesSet: false,
            minimumInstances: 0,
            maximumInstancesSet: false,
            maximumInstances: 0,
          },
        },
      )
    )['guid'] as string;
    const uses = (
      await em.ok(`${it}/server-asset-uses/software-capabilities/${capability}?startFrom=0&pageSize=0`, {
        useType: 'OWNS',
      })
    )['elements'] as Json[];
    expect(uses).toHaveLength(1);
    expect(uses[0]['serverAssetUse']).toMatchObject({ class: 'ServerAssetUseProperties', useType: 'OWNS' });
    expect(((uses[0]['asset'] as Json)['elementHeader'] as Json)['guid']).toBe(topicStore);
    expect((uses[0]['capabilityStub'] as Json)['guid']).toBe(capability);
    expect(
      (
        await em.ok(`${it}/server-asset-uses/software-capabilities/${capability}?startFrom=0&pageSize=0`, {
          useType: 'USES',
        })
      )['elements'],
    ).toBeUndefined();
    expect(
      (await em.ok(`${it}/server-asset-uses/assets/${topicStore}?startFrom=0&pageSize=0`, {}))['elements'],
    ).toHaveLength(1);
    await em.ok(`${it}/server-asset-uses/${use}?isMergeUpdate=true`, {
      ...externalSourceBody(cmdb),
      properties: { class: 'ServerAssetUseProperties', description: 'log segments' },
    });
    expect(
      ((await em.ok(`${it}/server-asset-uses/${use}`, undefined, 'GET'))['element'] as Json)['serverAssetUse'],
    ).toMatchObject({ useType: 'OWNS', description: 'log segments' });
    expect(
      (
        await em.ok(
          `${it}/server-asset-uses/software-capabilities/${capability}/assets/${topicStore}/by-elements?startFrom=0&pageSize=0`,
          {},
        )
      )['elements'],
    ).toHaveLength(1);
    await em.ok(`${it}/server-asset-uses/${use}/delete`, externalSourceBody(cmdb));
    expect(
      (await em.ok(`${it}/server-asset-uses/assets/${topicStore}?startFrom=0&pageSize=0`, {}))['elements'],
    ).toBeUndefined();

    await em.ok(`${it}/software-capabilities/${capability}/delete`, externalSourceBody(cmdb));
    expect(
      guidsOf(await em.ok(`${it}/software-capabilities/by-name?startFrom=0&pageSize=0`, nameBody('Kafka broker'))),
    ).toEqual([]);
  });

  test('endpoints of a server: create for it, list, update, remove', async () => {
    const server = await createAsset('SoftwareServer', 'server::web');
    const endpoint = (
      await em.ok(`${it}/endpoints/for-infrastructure/${server}`, {
        class: 'EndpointRequestBody',
        qualifiedName: 'endpoint::web',
        address: 'https://web:443',
        protocol: 'https',
        ...externalSourceBody(cmdb),
      })
    )['guid'] as string;
    expect(
      guidsOf(await em.ok(`${it}/endpoints/for-infrastructure/${server}?startFrom=0&pageSize=0`, undefined, 'GET')),
    ).toEqual([endpoint]);
    await em.ok(`${it}/endpoints/${endpoint}?isMergeUpdate=true`, {
      class: 'EndpointRequestBody',
      address: 'https://web:8443',
      ...externalSourceBody(cmdb),
    });
    expect(
      ((await em.ok(`${it}/endpoints/${endpoint}`, undefined, 'GET'))['element'] as Json)['endpointProperties'],
    ).toMatchObject({ address: 'https://web:8443', protocol: 'https' });
    expect(
      guidsOf(
        await em.ok(`${it}/endpoints/by-search-string?startFrom=0&pageSize=0`, searchStringBody('https://web.*')),
      ),
    ).toEqual([endpoint]);
    await em.ok(`${it}/endpoints/${endpoint}/delete`, externalSourceBody(cmdb));
    expect(
      guidsOf(await em.ok(`${it}/endpoints/for-infrastructure/${server}?startFrom=0&pageSize=0`, undefined, 'GET')),
    ).toEqual([]);
  });
});

test('out topic: ITInfrastructureOutTopicEvents once a client asks for the connection', async () => {
  const before = await createAsset('Host', 'host::before-listening');
  const answer = await em.ok(`${it}/topics/out-topic-connection/${enc('infra-connector')}`, undefined, 'GET');
  const address = (answer['connection'] as Record<string, Json>)['endpoint']['address'] as string;
  expect(address).toBe(
    `${em.emulator.url}/servers/mds1/emulator/out-topic/${outTopicName('mds1', 'it-infrastructure')}`,
  );
  const { reader } = await SseReader.open(address, '0');
  try {
    const host = await createAsset('Host', 'host::evented');
    const headerGUID = (e: { data: Json }) => (e.data['elementHeader'] as Json | undefined)?.['guid'];
    await reader.waitFor((r) => r.events.some((e) => headerGUID(e) === host));
    const created = reader.events.find((e) => headerGUID(e) === host);
    expect(created?.data).toMatchObject({
      eventVersionId: 1,
      eventType: 'NEW_ELEMENT_CREATED',
      elementProperties: { qualifiedName: 'host::evented' },
    });
    expect(reader.events.some((e) => headerGUID(e) === before)).toBe(false);
  } finally {
    reader.close();
  }
});
