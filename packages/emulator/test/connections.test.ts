/**
 * Connections and connector types of the Data Manager OMAS (requests as Egeria 5.2's
 * data-manager ConnectionManagerClient sends them) and of the IT Infrastructure OMAS (its
 * ConnectionManagerClient and ConnectorTypeManagerClient), against a real emulator over HTTP.
 */
import { outTopicName } from '@egeria-ts/emulator';
import { TestEmulator, enc, expectFFDC, expectSpringError, guidsOf } from './support/harness';
import { SseReader } from './support/sse';
import {
  databaseManagerBody,
  externalSourceBody,
  nameBody,
  searchStringBody,
  templateBody,
} from './support/java-shapes';

type Source = { guid: string; name: string };
type Json = Record<string, unknown>;

let em: TestEmulator;
let dm: string;
let it: string;
let dbms: Source;
let other: Source;
let cmdb: Source;

/** `ConnectionManagerClient.createConnection`: `new ConnectionRequestBody(connectionProperties)` plus the source. */
function connectionBody(source: Source | undefined, properties: Json): Json {
  return { class: 'ConnectionRequestBody', ...properties, ...externalSourceBody(source) };
}

/** `ConnectorTypeManagerClient.createConnectorType`: `new ConnectorTypeRequestBody(properties)` plus the source. */
function connectorTypeBody(source: Source | undefined, properties: Json): Json {
  return { class: 'ConnectorTypeRequestBody', ...properties, ...externalSourceBody(source) };
}

/** `EndpointManagerClient.createEndpoint`: `new EndpointRequestBody(properties)` plus the source. */
function endpointBody(source: Source | undefined, properties: Json): Json {
  return { class: 'EndpointRequestBody', ...properties, ...externalSourceBody(source) };
}

async function create(url: string, body: Json): Promise<string> {
  return (await em.ok(url, body))['guid'] as string;
}

beforeAll(async () => {
  em = await TestEmulator.start({ heartbeatMs: 100 });
  dm = em.dm();
  it = em.omas('it-infrastructure', 'itUser');
  dbms = await em.registerSource(`${dm}/metadata-sources/database-managers`, databaseManagerBody('DBMS::pg-prod'));
  other = await em.registerSource(`${dm}/metadata-sources/database-managers`, databaseManagerBody('DBMS::other'));
  const oi = em.fw('open-integration', 'daemonUser', 'it-infrastructure');
  cmdb = await em.registerSource(`${oi}/metadata-sources/new`, {
    typeName: 'InventoryCatalog',
    qualifiedName: 'CMDB::main',
  });
});

afterAll(async () => {
  await em.close();
});

describe('Data Manager connections', () => {
  test('create, read, merge and replace updates, find, by name, remove, with provenance', async () => {
    const guid = await create(
      `${dm}/connections`,
      connectionBody(dbms, {
        qualifiedName: 'conn::pg-prod',
        displayName: 'Postgres production',
        userId: 'reader',
        configurationProperties: { schema: 'public' },
      }),
    );
    const read = await em.ok(`${dm}/connections/${enc(guid)}`, undefined, 'GET');
    expect(read['class']).toBe('ConnectionResponse');
    const element = read['element'] as Json;
    expect(element['elementHeader']).toMatchObject({
      class: 'ElementHeader',
      guid,
      type: { typeName: 'Connection' },
      origin: { originCategory: 'EXTERNAL_SOURCE', homeMetadataCollectionId: dbms.guid },
    });
    expect(element['connectionProperties']).toEqual({
      class: 'ConnectionProperties',
      qualifiedName: 'conn::pg-prod',
      displayName: 'Postgres production',
      userId: 'reader',
      configurationProperties: { schema: 'public' },
      typeName: 'Connection',
    });
    expect(element['connectorType']).toBeUndefined();

    await em.ok(
      `${dm}/connections/${enc(guid)}?isMergeUpdate=true`,
      connectionBody(dbms, { description: 'the production database' }),
    );
    expect(
      ((await em.ok(`${dm}/connections/${enc(guid)}`, undefined, 'GET'))['element'] as Json)['connectionProperties'],
    ).toMatchObject({
      displayName: 'Postgres production',
      description: 'the production database',
    });
    const replaceWithoutName = await em.post(
      `${dm}/connections/${enc(guid)}?isMergeUpdate=false`,
      connectionBody(dbms, { displayName: 'x' }),
    );
    expectFFDC(replaceWithoutName, {
      responseClass: 'VoidResponse',
      exception: 'InvalidParameterException',
      httpCode: 400,
      messageId: 'OMAG-COMMON-400-006',
      action: 'updateConnection',
      parameterName: 'qualifiedName',
    });
    await em.ok(
      `${dm}/connections/${enc(guid)}?isMergeUpdate=false`,
      connectionBody(dbms, { qualifiedName: 'conn::pg-prod', displayName: 'Postgres' }),
    );
    const replaced = (await em.ok(`${dm}/connections/${enc(guid)}`, undefined, 'GET'))['element'] as Json;
    expect(replaced['connectionProperties']).toEqual({
      class: 'ConnectionProperties',
      qualifiedName: 'conn::pg-prod',
      displayName: 'Postgres',
      typeName: 'Connection',
    });
    expect((replaced['elementHeader'] as Json)['versions']).toMatchObject({ version: 3, updatedBy: 'dbUser' });

    const missingMerge = await em.post(`${dm}/connections/${enc(guid)}`, connectionBody(dbms, { displayName: 'x' }));
    expectSpringError(
      missingMerge,
      400,
      `/servers/mds1/open-metadata/access-services/data-manager/users/dbUser/connections/${guid}`,
    );

    const duplicate = await em.post(`${dm}/connections`, connectionBody(dbms, { qualifiedName: 'conn::pg-prod' }));
    expectFFDC(duplicate, {
      responseClass: 'GUIDResponse',
      exception: 'InvalidParameterException',
      httpCode: 409,
      messageId: 'OMAG-COMMON-409-001',
      action: 'createConnection',
      parameterName: 'qualifiedName',
    });

    const second = await create(
      `${dm}/connections`,
      connectionBody(dbms, { qualifiedName: 'conn::pg-test', displayName: 'Postgres' }),
    );
    expect(guidsOf(await em.ok(`${dm}/connections/by-name?startFrom=0&pageSize=0`, nameBody('Postgres')))).toEqual([
      guid,
      second,
    ]);
    expect(guidsOf(await em.ok(`${dm}/connections/by-name?startFrom=1&pageSize=5`, nameBody('Postgres')))).toEqual([
      second,
    ]);
    expect(guidsOf(await em.ok(`${dm}/connections/by-name?startFrom=0&pageSize=0`, nameBody('conn::pg-test')))).toEqual(
      [second],
    );
    const found = await em.ok(
      `${dm}/connections/by-search-string?startFrom=0&pageSize=10`,
      searchStringBody('conn::pg-.*'),
    );
    expect(found['class']).toBe('ConnectionsResponse');
    expect(guidsOf(found)).toEqual([guid, second]);
    const none = await em.ok(`${dm}/connections/by-search-string?startFrom=0&pageSize=10`, searchStringBody('pg-'));
    expect(none['elements']).toBeUndefined();
    const badRegex = await em.post(
      `${dm}/connections/by-search-string?startFrom=0&pageSize=10`,
      searchStringBody('(('),
    );
    expect(badRegex.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-400-028');
    const negative = await em.post(`${dm}/connections/by-name?startFrom=-1&pageSize=10`, nameBody('Postgres'));
    expect(negative.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-400-008');

    const wrongSource = await em.post(`${dm}/connections/${enc(guid)}/delete`, externalSourceBody(other));
    expectFFDC(wrongSource, {
      responseClass: 'VoidResponse',
      exception: 'UserNotAuthorizedException',
      httpCode: 400,
      messageId: 'OMAG-REPOSITORY-HANDLER-400-007',
      action: 'removeConnection',
    });
    const noSource = await em.post(
      `${dm}/connections/${enc(second)}?isMergeUpdate=true`,
      connectionBody(undefined, {}),
    );
    expect(noSource.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-400-008');
    await em.ok(`${dm}/connections/${enc(guid)}/delete`, externalSourceBody(dbms));
    const gone = await em.get(`${dm}/connections/${enc(guid)}`);
    expectFFDC(gone, {
      responseClass: 'ConnectionResponse',
      exception: 'InvalidParameterException',
      httpCode: 404,
      messageId: 'OMAG-REPOSITORY-HANDLER-404-007',
      action: 'getConnectionByGUID',
      parameterName: 'connectionGUID',
    });
  });

  test('connector type, endpoint, embedded connection and asset links are set up, shown and cleared', async () => {
    const ct = await create(
      `${it}/connector-types`,
      connectorTypeBody(cmdb, {
        qualifiedName: 'ct::postgres',
        displayName: 'PostgreSQL connector',
        connectorProviderClassName: 'org.example.PostgresProvider',
        recognizedConfigurationProperties: ['schema'],
      }),
    );
    const endpoint = await create(
      `${dm}/endpoints`,
      endpointBody(dbms, { qualifiedName: 'ep::pg', address: 'pg:5432' }),
    );
    const connection = await create(`${dm}/connections`, connectionBody(dbms, { qualifiedName: 'conn::linked' }));
    const virtual = await create(
      `${dm}/connections`,
      connectionBody(dbms, { qualifiedName: 'conn::virtual', typeName: 'VirtualConnection' }),
    );
    const database = await create(`${dm}/databases`, {
      ...externalSourceBody(dbms),
      properties: { class: 'DatabaseProperties', qualifiedName: 'db::linked' },
    });

    await em.ok(`${dm}/connections/${enc(connection)}/connector-types/${enc(ct)}`, externalSourceBody(dbms));
    await em.ok(`${dm}/connections/${enc(connection)}/endpoints/${enc(endpoint)}`, externalSourceBody(dbms));
    // setupEmbeddedConnection's EmbeddedConnectionRequestBody (position is a Java int, always written).
    await em.ok(`${dm}/connections/${enc(virtual)}/embedded-connections/${enc(connection)}`, {
      position: 1,
      displayName: 'inner',
      arguments: { mode: 'read' },
      ...externalSourceBody(dbms),
    });
    await em.ok(`${dm}/assets/${enc(database)}/connections/${enc(connection)}`, {
      assetSummary: 'how to reach the database',
      ...externalSourceBody(dbms),
    });
    // Setting a link up twice keeps one relationship (Egeria's linkElementToElement).
    await em.ok(`${dm}/connections/${enc(connection)}/connector-types/${enc(ct)}`, externalSourceBody(dbms));

    const element = (await em.ok(`${dm}/connections/${enc(connection)}`, undefined, 'GET'))['element'] as Json;
    expect(element['connectorType']).toMatchObject({ class: 'ElementStub', guid: ct, uniqueName: 'ct::postgres' });
    expect(element['endpoint']).toMatchObject({ class: 'ElementStub', guid: endpoint, uniqueName: 'ep::pg' });
    const outer = (await em.ok(`${dm}/connections/${enc(virtual)}`, undefined, 'GET'))['element'] as Json;
    expect(outer['connectionProperties']).toMatchObject({ typeName: 'VirtualConnection' });
    expect(outer['embeddedConnections']).toEqual([
      {
        position: 1,
        displayName: 'inner',
        arguments: { mode: 'read' },
        embeddedConnection: expect.objectContaining({ guid: connection, uniqueName: 'conn::linked' }),
      },
    ]);

    const notVirtual = await em.post(`${dm}/connections/${enc(connection)}/embedded-connections/${enc(virtual)}`, {
      position: 0,
      ...externalSourceBody(dbms),
    });
    expect(notVirtual.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-404-001');
    const unknownType = await em.post(
      `${dm}/connections/${enc(connection)}/connector-types/${enc('no-such-guid')}`,
      externalSourceBody(dbms),
    );
    expectFFDC(unknownType, {
      responseClass: 'VoidResponse',
      exception: 'InvalidParameterException',
      httpCode: 404,
      messageId: 'OMAG-REPOSITORY-HANDLER-404-007',
      action: 'setupConnectorType',
      parameterName: 'connectorTypeGUID',
    });
    const foreignClear = await em.post(
      `${dm}/connections/${enc(connection)}/endpoints/${enc(endpoint)}/delete`,
      externalSourceBody(other),
    );
    expect(foreignClear.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-400-007');

    await em.ok(`${dm}/connections/${enc(connection)}/connector-types/${enc(ct)}/delete`, externalSourceBody(dbms));
    await em.ok(`${dm}/connections/${enc(connection)}/endpoints/${enc(endpoint)}/delete`, externalSourceBody(dbms));
    await em.ok(
      `${dm}/connections/${enc(virtual)}/embedded-connections/${enc(connection)}/delete`,
      externalSourceBody(dbms),
    );
    // clearAssetConnection: the client sends a MetadataSourceRequestBody (the same fields).
    await em.ok(`${dm}/assets/${enc(database)}/connections/${enc(connection)}/delete`, externalSourceBody(dbms));
    // Clearing a link that is not there is not an error.
    await em.ok(`${dm}/connections/${enc(connection)}/endpoints/${enc(endpoint)}/delete`, externalSourceBody(dbms));
    const cleared = (await em.ok(`${dm}/connections/${enc(connection)}`, undefined, 'GET'))['element'] as Json;
    expect(cleared['connectorType']).toBeUndefined();
    expect(cleared['endpoint']).toBeUndefined();
    expect(
      ((await em.ok(`${dm}/connections/${enc(virtual)}`, undefined, 'GET'))['element'] as Json)['embeddedConnections'],
    ).toBeUndefined();
  });

  test('a connection created from a template copies its properties and takes over its links', async () => {
    const ct = await create(`${it}/connector-types`, connectorTypeBody(cmdb, { qualifiedName: 'ct::template' }));
    const template = await create(
      `${dm}/connections`,
      connectionBody(dbms, { qualifiedName: 'conn::template', displayName: 'T', configurationProperties: { a: 1 } }),
    );
    await em.ok(`${dm}/connections/${enc(template)}/connector-types/${enc(ct)}`, externalSourceBody(dbms));
    // createConnectionFromTemplate: the Data Manager's TemplateRequestBody (no type information).
    const copy = await create(
      `${dm}/connections/from-template/${enc(template)}`,
      templateBody(dbms, 'conn::copy', { displayName: 'Copy' }),
    );
    const element = (await em.ok(`${dm}/connections/${enc(copy)}`, undefined, 'GET'))['element'] as Json;
    expect(element['connectionProperties']).toMatchObject({
      qualifiedName: 'conn::copy',
      displayName: 'Copy',
      configurationProperties: { a: 1 },
    });
    expect(element['connectorType']).toMatchObject({ guid: ct });
    const missingName = await em.post(`${dm}/connections/from-template/${enc(template)}`, externalSourceBody(dbms));
    expect(missingName.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-400-006');
  });

  test('connector types are looked up through the Data Manager and the changes reach its out topic', async () => {
    const ct = await create(
      `${it}/connector-types`,
      connectorTypeBody(cmdb, {
        qualifiedName: 'ct::kafka',
        displayName: 'Kafka',
        connectorProviderClassName: 'org.example.KafkaProvider',
      }),
    );
    expect(
      guidsOf(
        await em.ok(`${dm}/connector-types/by-name?startFrom=0&pageSize=0`, nameBody('org.example.KafkaProvider')),
      ),
    ).toEqual([ct]);
    expect(
      guidsOf(await em.ok(`${dm}/connector-types/by-search-string?startFrom=0&pageSize=0`, searchStringBody('Kaf.*'))),
    ).toEqual([ct]);
    const read = await em.ok(`${dm}/connector-types/${enc(ct)}`, undefined, 'GET');
    expect(read['class']).toBe('ConnectorTypeResponse');
    expect((read['element'] as Json)['connectorTypeProperties']).toEqual({
      class: 'ConnectorTypeProperties',
      qualifiedName: 'ct::kafka',
      displayName: 'Kafka',
      connectorProviderClassName: 'org.example.KafkaProvider',
      typeName: 'ConnectorType',
    });
    const wrongKind = await em.get(`${dm}/connector-types/${enc(dbms.guid)}`);
    expect(wrongKind.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-404-001');
    const notServed = await em.post(`${dm}/connector-types`, connectorTypeBody(dbms, { qualifiedName: 'ct::dm' }));
    expect(notServed.status).toBe(404);

    const { reader } = await SseReader.open(
      `${em.emulator.url}/servers/mds1/emulator/out-topic/${outTopicName('mds1', 'data-manager')}`,
      '0',
    );
    try {
      const connection = await create(`${dm}/connections`, connectionBody(dbms, { qualifiedName: 'conn::events' }));
      await em.ok(`${dm}/connections/${enc(connection)}/connector-types/${enc(ct)}`, externalSourceBody(dbms));
      const isLink = (e: { data: Json }): boolean =>
        ((e.data['principleElement'] as Json)['type'] as Json)['typeName'] === 'ConnectionConnectorType' &&
        (e.data['endOneElement'] as Json | undefined)?.['guid'] === connection;
      await reader.waitFor((r) => r.events.some(isLink));
      const created = reader.events.find((e) => (e.data['principleElement'] as Json)['guid'] === connection);
      expect(created?.data).toMatchObject({ class: 'DataManagerOutboundEvent', eventType: 'NEW_ELEMENT_CREATED' });
      expect(reader.events.find(isLink)?.data).toMatchObject({
        eventType: 'NEW_ELEMENT_CREATED',
        endTwoElement: expect.objectContaining({ guid: ct }),
      });
    } finally {
      reader.close();
    }
  });
});

describe('IT Infrastructure connections and connector types', () => {
  test('connector types: create, update, find, by name, remove with provenance; connections on the same paths', async () => {
    const ct = await create(
      `${it}/connector-types`,
      connectorTypeBody(cmdb, { qualifiedName: 'ct::ssh', displayName: 'SSH', connectorInterfaces: ['Shell'] }),
    );
    await em.ok(
      `${it}/connector-types/${enc(ct)}?isMergeUpdate=true`,
      connectorTypeBody(cmdb, { description: 'secure shell' }),
    );
    const read = ((await em.ok(`${it}/connector-types/${enc(ct)}`, undefined, 'GET'))['element'] as Json)[
      'connectorTypeProperties'
    ];
    expect(read).toMatchObject({ displayName: 'SSH', description: 'secure shell', connectorInterfaces: ['Shell'] });
    const copy = await create(`${it}/connector-types/from-template/${enc(ct)}`, {
      qualifiedName: 'ct::ssh-copy',
      ...externalSourceBody(cmdb),
    });
    expect(
      ((await em.ok(`${it}/connector-types/${enc(copy)}`, undefined, 'GET'))['element'] as Json)[
        'connectorTypeProperties'
      ],
    ).toMatchObject({ qualifiedName: 'ct::ssh-copy', displayName: 'SSH', connectorInterfaces: ['Shell'] });
    expect(guidsOf(await em.ok(`${it}/connector-types/by-name?startFrom=0&pageSize=0`, nameBody('SSH')))).toEqual([
      ct,
      copy,
    ]);

    const connection = await create(`${it}/connections`, connectionBody(cmdb, { qualifiedName: 'conn::ssh' }));
    await em.ok(`${it}/connections/${enc(connection)}/connector-types/${enc(ct)}`, externalSourceBody(cmdb));
    expect(
      ((await em.ok(`${it}/connections/${enc(connection)}`, undefined, 'GET'))['element'] as Json)['connectorType'],
    ).toMatchObject({
      guid: ct,
    });
    const host = await create(`${it}/assets?infrastructureManagerIsHome=true`, {
      class: 'AssetRequestBody',
      typeName: 'Host',
      qualifiedName: 'host::ssh',
      ...externalSourceBody(cmdb),
    });
    await em.ok(`${it}/assets/${enc(host)}/connections/${enc(connection)}`, {
      assetSummary: 'log in',
      ...externalSourceBody(cmdb),
    });
    await em.ok(`${it}/assets/${enc(host)}/connections/${enc(connection)}/delete`, externalSourceBody(cmdb));

    const foreign = await em.post(`${it}/connector-types/${enc(ct)}/delete`, externalSourceBody(dbms));
    expectFFDC(foreign, {
      responseClass: 'VoidResponse',
      exception: 'UserNotAuthorizedException',
      httpCode: 400,
      messageId: 'OMAG-REPOSITORY-HANDLER-400-007',
      action: 'removeConnectorType',
    });
    await em.ok(`${it}/connector-types/${enc(ct)}/delete`, externalSourceBody(cmdb));
    expect(
      ((await em.ok(`${it}/connections/${enc(connection)}`, undefined, 'GET'))['element'] as Json)['connectorType'],
    ).toBeUndefined();
    await em.ok(`${it}/connections/${enc(connection)}/delete`, externalSourceBody(cmdb));
    expect(guidsOf(await em.ok(`${it}/connections/by-name?startFrom=0&pageSize=0`, nameBody('conn::ssh')))).toEqual([]);

    const badClass = await em.post(`${it}/connector-types`, { class: 'ConnectionRequestBody', qualifiedName: 'ct::x' });
    expect(badClass.status).toBe(400);
  });
});
