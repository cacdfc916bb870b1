/**
 * Asset Manager OMAS connections, endpoints and connector types (ConnectionExchangeResource), with
 * requests shaped as Egeria 5.2's asset-manager ConnectionExchangeClient sends them, against a real
 * emulator over HTTP; and their events on the Asset Manager out topic.
 */
import { TestEmulator, enc, expectFFDC, expectSpringError } from './support/harness';
import { SseReader } from './support/sse';
import { startAssetManager, type Json, type Source } from './support/asset-manager-shapes';

let em: TestEmulator;
let am: string;
let catalog: Source;
let other: Source;

const FLAGS = 'forLineage=false&forDuplicateProcessing=false';
const PAGE = `startFrom=0&pageSize=0&${FLAGS}`;

/**
 * `getCorrelationProperties(assetManagerGUID, assetManagerName, externalIdentifierProperties)`:
 * a MetadataCorrelationProperties bean, whose `externalInstanceVersion` (a Java long) and
 * `externalScopeTypeName` (preset to InventoryCatalog) are always written.
 */
function correlation(source: Source | undefined, externalIdentifier?: string): Json {
  const out: Json = { externalInstanceVersion: 0, externalScopeTypeName: 'InventoryCatalog' };
  if (externalIdentifier !== undefined) {
    Object.assign(out, {
      externalIdentifier,
      externalIdentifierName: 'connectionId',
      keyPattern: 'LOCAL_KEY',
      synchronizationDirection: 'FROM_THIRD_PARTY',
      mappingProperties: { url: `https://catalog.example/${externalIdentifier}` },
    });
  }
  if (source !== undefined) Object.assign(out, { externalScopeGUID: source.guid, externalScopeName: source.name });
  return out;
}

/** `createConnection` / `updateConnection` and friends: an UpdateRequestBody subclass with the properties bean. */
function exchangeBody(
  source: Source | undefined,
  propertiesClass: string,
  properties: Json,
  externalId?: string,
): Json {
  return {
    metadataCorrelationProperties: correlation(source, externalId),
    elementProperties: { class: propertiesClass, ...properties },
  };
}

/** `getEffectiveTimeQueryRequestBody` (also the base of the name and search-string bodies). */
function scope(source: Source | undefined): Json {
  return source === undefined ? {} : { assetManagerGUID: source.guid, assetManagerName: source.name };
}

/** `getRelationshipRequestBody`: the asset manager as the external source, and the relationship properties. */
function relationshipBody(source: Source | undefined, properties: Json): Json {
  const out: Json = source === undefined ? {} : { externalSourceGUID: source.guid, externalSourceName: source.name };
  out['properties'] = properties;
  return out;
}

function listOf(answer: Json): Json[] {
  return (answer['elementList'] as Json[] | undefined) ?? [];
}

function guidsOf(answer: Json): string[] {
  return listOf(answer).map((e) => (e['elementHeader'] as Json)['guid'] as string);
}

async function create(path: string, body: Json): Promise<string> {
  return (await em.ok(`${am}${path}`, body))['guid'] as string;
}

beforeAll(async () => {
  const names = { catalog: 'Catalog::acme', other: 'Catalog::other' };
  ({ em, am, catalog, other } = await startAssetManager('catalogUser', names, { heartbeatMs: 100 }));
});

afterAll(async () => {
  await em.close();
});

describe('connections', () => {
  test('create with an external identifier, read with correlation headers, update, find, list for the catalog, remove', async () => {
    const guid = await create(
      '/connections?assetManagerIsHome=true',
      exchangeBody(catalog, 'ConnectionProperties', { qualifiedName: 'am::conn1', displayName: 'One' }, 'c-1'),
    );
    const read = await em.ok(`${am}/connections/${enc(guid)}/retrieve?${FLAGS}`, scope(catalog));
    expect(read['class']).toBe('ConnectionResponse');
    const element = read['element'] as Json;
    expect(element['elementHeader']).toMatchObject({
      guid,
      origin: { originCategory: 'EXTERNAL_SOURCE', homeMetadataCollectionId: catalog.guid },
    });
    expect(element['correlationHeaders']).toEqual([
      expect.objectContaining({
        externalScopeGUID: catalog.guid,
        externalScopeName: 'Catalog::acme',
        externalIdentifier: 'c-1',
        externalIdentifierName: 'connectionId',
        synchronizationDirection: 'FROM_THIRD_PARTY',
        mappingProperties: { url: 'https://catalog.example/c-1' },
      }),
    ]);
    expect(element['connectionProperties']).toEqual({
      class: 'ConnectionProperties',
      qualifiedName: 'am::conn1',
      displayName: 'One',
      typeName: 'Connection',
    });
    const otherScope = (await em.ok(`${am}/connections/${enc(guid)}/retrieve?${FLAGS}`, scope(other)))[
      'element'
    ] as Json;
    expect(otherScope['correlationHeaders']).toBeUndefined();

    // Made without the catalog as home, and without an external identifier: neither is the catalog's.
    const local = await create(
      '/connections?assetManagerIsHome=false',
      exchangeBody(catalog, 'ConnectionProperties', { qualifiedName: 'am::conn2', displayName: 'Two' }),
    );
    const localElement = (await em.ok(`${am}/connections/${enc(local)}/retrieve?${FLAGS}`, {}))['element'] as Json;
    expect((localElement['elementHeader'] as Json)['origin']).toMatchObject({ originCategory: 'LOCAL_COHORT' });

    const missingHome = await em.post(
      `${am}/connections`,
      exchangeBody(catalog, 'ConnectionProperties', { qualifiedName: 'am::x' }),
    );
    expectSpringError(
      missingHome,
      400,
      '/servers/mds1/open-metadata/access-services/asset-manager/users/catalogUser/connections',
    );
    const noProperties = await em.post(`${am}/connections?assetManagerIsHome=true`, {
      metadataCorrelationProperties: correlation(catalog),
    });
    expectFFDC(noProperties, {
      responseClass: 'GUIDResponse',
      exception: 'InvalidParameterException',
      httpCode: 400,
      messageId: 'OMAG-COMMON-400-015',
      action: 'createConnection',
      parameterName: 'connectionProperties',
    });
    const noName = await em.post(
      `${am}/connections?assetManagerIsHome=true`,
      exchangeBody(catalog, 'ConnectionProperties', { displayName: 'x' }),
    );
    expectFFDC(noName, {
      responseClass: 'GUIDResponse',
      exception: 'InvalidParameterException',
      httpCode: 400,
      messageId: 'OMAG-COMMON-400-006',
      action: 'createConnection',
      parameterName: 'connectionProperties.qualifiedName',
    });
    const wrongClass = await em.post(
      `${am}/connections?assetManagerIsHome=true`,
      exchangeBody(catalog, 'EndpointProperties', { qualifiedName: 'am::y' }),
    );
    expect(wrongClass.status).toBe(400);

    await em.ok(
      `${am}/connections/${enc(guid)}?isMergeUpdate=true&${FLAGS}`,
      exchangeBody(catalog, 'ConnectionProperties', { description: 'first' }, 'c-1'),
    );
    const merged = (
      (await em.ok(`${am}/connections/${enc(guid)}/retrieve?${FLAGS}`, scope(catalog)))['element'] as Json
    )['connectionProperties'];
    expect(merged).toMatchObject({ displayName: 'One', description: 'first' });
    const missingFlags = await em.post(
      `${am}/connections/${enc(guid)}?isMergeUpdate=true`,
      exchangeBody(catalog, 'ConnectionProperties', { description: 'x' }),
    );
    expect(missingFlags.status).toBe(400);
    const replaceWithoutName = await em.post(
      `${am}/connections/${enc(guid)}?isMergeUpdate=false&${FLAGS}`,
      exchangeBody(catalog, 'ConnectionProperties', { displayName: 'x' }),
    );
    expect(replaceWithoutName.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-400-006');
    const foreignUpdate = await em.post(
      `${am}/connections/${enc(guid)}?isMergeUpdate=true&${FLAGS}`,
      exchangeBody(other, 'ConnectionProperties', { description: 'x' }),
    );
    expect(foreignUpdate.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-400-007');

    // findConnections / getConnectionsByName: SearchStringRequestBody / NameRequestBody with the scope.
    const found = await em.ok(`${am}/connections/by-search-string?${PAGE}`, {
      ...scope(catalog),
      searchString: 'am::conn.*',
      searchStringParameterName: 'searchString',
    });
    expect(found['class']).toBe('ConnectionsResponse');
    expect(guidsOf(found)).toEqual([guid, local]);
    expect(listOf(found)[0]['correlationHeaders']).toHaveLength(1);
    expect(
      guidsOf(
        await em.ok(`${am}/connections/by-name?startFrom=1&pageSize=1&${FLAGS}`, {
          ...scope(catalog),
          name: 'Two',
          nameParameterName: 'name',
        }),
      ),
    ).toEqual([]);
    expect(
      guidsOf(
        await em.ok(`${am}/connections/by-name?${PAGE}`, { ...scope(catalog), name: 'Two', nameParameterName: 'name' }),
      ),
    ).toEqual([local]);
    expect(guidsOf(await em.ok(`${am}/connections/by-asset-manager?${PAGE}`, scope(catalog)))).toEqual([guid]);
    expect(guidsOf(await em.ok(`${am}/connections/by-asset-manager?${PAGE}`, scope(other)))).toEqual([]);
    const noScope = await em.post(`${am}/connections/by-asset-manager?${PAGE}`, {});
    expectFFDC(noScope, {
      responseClass: 'ConnectionsResponse',
      exception: 'InvalidParameterException',
      httpCode: 400,
      messageId: 'OMAG-COMMON-400-005',
      action: 'getConnectionsForAssetManager',
      parameterName: 'assetManagerGUID',
    });

    const foreignRemove = await em.post(`${am}/connections/${enc(guid)}/remove?${FLAGS}`, {
      metadataCorrelationProperties: correlation(other),
    });
    expectFFDC(foreignRemove, {
      responseClass: 'VoidResponse',
      exception: 'UserNotAuthorizedException',
      httpCode: 400,
      messageId: 'OMAG-REPOSITORY-HANDLER-400-007',
      action: 'removeConnection',
    });
    await em.ok(`${am}/connections/${enc(guid)}/remove?${FLAGS}`, {
      metadataCorrelationProperties: correlation(catalog, 'c-1'),
    });
    const gone = await em.post(`${am}/connections/${enc(guid)}/retrieve?${FLAGS}`, scope(catalog));
    expectFFDC(gone, {
      responseClass: 'ConnectionResponse',
      exception: 'InvalidParameterException',
      httpCode: 404,
      messageId: 'OMAG-REPOSITORY-HANDLER-404-007',
      action: 'getConnectionByGUID',
      parameterName: 'connectionGUID',
    });
    expect(guidsOf(await em.ok(`${am}/connections/by-asset-manager?${PAGE}`, scope(catalog)))).toEqual([]);
  });

  test('links to connector types, endpoints, embedded connections and data assets; a copy from a template', async () => {
    const ct = await create(
      '/connector-types?assetManagerIsHome=true',
      exchangeBody(
        catalog,
        'ConnectorTypeProperties',
        { qualifiedName: 'am::ct', displayName: 'CSV', connectorProviderClassName: 'org.example.CSVProvider' },
        'ct-1',
      ),
    );
    const endpoint = await create(
      '/endpoints?assetManagerIsHome=true',
      exchangeBody(catalog, 'EndpointProperties', { qualifiedName: 'am::ep', address: '/data/file.csv' }, 'ep-1'),
    );
    const connection = await create(
      '/connections?assetManagerIsHome=true',
      exchangeBody(catalog, 'ConnectionProperties', { qualifiedName: 'am::linked' }),
    );
    const virtual = await create(
      '/connections?assetManagerIsHome=true',
      exchangeBody(catalog, 'ConnectionProperties', { qualifiedName: 'am::virtual', typeName: 'VirtualConnection' }),
    );
    const asset = await create(
      '/data-assets?assetManagerIsHome=true',
      exchangeBody(catalog, 'DataAssetProperties', { qualifiedName: 'am::file' }),
    );

    const home = `assetManagerIsHome=true&${FLAGS}`;
    await em.ok(
      `${am}/connections/${enc(connection)}/connector-types/${enc(ct)}?${home}`,
      relationshipBody(catalog, { class: 'RelationshipProperties' }),
    );
    await em.ok(
      `${am}/connections/${enc(connection)}/endpoints/${enc(endpoint)}?${home}`,
      relationshipBody(catalog, { class: 'RelationshipProperties' }),
    );
    await em.ok(
      `${am}/connections/${enc(virtual)}/embedded-connections/${enc(connection)}?${home}`,
      relationshipBody(catalog, {
        class: 'EmbeddedConnectionProperties',
        position: 2,
        displayName: 'inner',
        arguments: { header: true },
      }),
    );
    await em.ok(
      `${am}/data-assets/${enc(asset)}/connections/${enc(connection)}?${home}`,
      relationshipBody(catalog, { class: 'AssetConnectionProperties', assetSummary: 'read the file' }),
    );
    const missingHome = await em.post(
      `${am}/connections/${enc(connection)}/endpoints/${enc(endpoint)}?${FLAGS}`,
      relationshipBody(catalog, { class: 'RelationshipProperties' }),
    );
    expect(missingHome.status).toBe(400);

    const element = (await em.ok(`${am}/connections/${enc(connection)}/retrieve?${FLAGS}`, scope(catalog)))[
      'element'
    ] as Json;
    expect(element['connectorType']).toMatchObject({ guid: ct, uniqueName: 'am::ct' });
    expect(element['endpoint']).toMatchObject({ guid: endpoint, uniqueName: 'am::ep' });
    const outer = (await em.ok(`${am}/connections/${enc(virtual)}/retrieve?${FLAGS}`, scope(catalog)))[
      'element'
    ] as Json;
    expect(outer['embeddedConnections']).toEqual([
      {
        position: 2,
        displayName: 'inner',
        arguments: { header: true },
        embeddedConnection: expect.objectContaining({ guid: connection }),
      },
    ]);

    const copy = await create(`/connections/from-template/${enc(connection)}?assetManagerIsHome=true`, {
      metadataCorrelationProperties: correlation(catalog, 'copy-1'),
      elementProperties: { qualifiedName: 'am::copy', displayName: 'Copy' },
    });
    const copied = (await em.ok(`${am}/connections/${enc(copy)}/retrieve?${FLAGS}`, scope(catalog)))['element'] as Json;
    expect(copied['connectionProperties']).toMatchObject({ qualifiedName: 'am::copy', displayName: 'Copy' });
    expect(copied['connectorType']).toMatchObject({ guid: ct });
    expect(copied['endpoint']).toMatchObject({ guid: endpoint });
    const noTemplateName = await em.post(`${am}/connections/from-template/${enc(connection)}?assetManagerIsHome=true`, {
      metadataCorrelationProperties: correlation(catalog),
      elementProperties: { displayName: 'x' },
    });
    expect(noTemplateName.body['exceptionProperties']).toEqual({ parameterName: 'templateProperties.qualifiedName' });

    await em.ok(`${am}/connections/${enc(connection)}/connector-types/${enc(ct)}/remove?${FLAGS}`, scope(catalog));
    await em.ok(`${am}/connections/${enc(connection)}/endpoints/${enc(endpoint)}/remove?${FLAGS}`, scope(catalog));
    await em.ok(
      `${am}/connections/${enc(virtual)}/embedded-connections/${enc(connection)}/remove?${FLAGS}`,
      scope(catalog),
    );
    const foreignClear = await em.post(
      `${am}/data-assets/${enc(asset)}/connections/${enc(connection)}/remove?${FLAGS}`,
      scope(other),
    );
    expect(foreignClear.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-400-007');
    await em.ok(`${am}/data-assets/${enc(asset)}/connections/${enc(connection)}/remove?${FLAGS}`, scope(catalog));
    const cleared = (await em.ok(`${am}/connections/${enc(connection)}/retrieve?${FLAGS}`, scope(catalog)))[
      'element'
    ] as Json;
    expect(cleared['connectorType']).toBeUndefined();
    expect(cleared['endpoint']).toBeUndefined();
  });
});

describe('endpoints and connector types', () => {
  test('create (also from a template), update, find, by name, list for the catalog, remove', async () => {
    const endpoint = await create(
      '/endpoints?assetManagerIsHome=true',
      exchangeBody(
        catalog,
        'EndpointProperties',
        { qualifiedName: 'am::ep2', name: 'API', address: 'https://a' },
        'e-2',
      ),
    );
    await em.ok(
      `${am}/endpoints/${enc(endpoint)}?isMergeUpdate=true&${FLAGS}`,
      exchangeBody(catalog, 'EndpointProperties', { protocol: 'https' }),
    );
    const read = await em.ok(`${am}/endpoints/${enc(endpoint)}/retrieve?${FLAGS}`, scope(catalog));
    expect(read['class']).toBe('EndpointResponse');
    expect((read['element'] as Json)['endpointProperties']).toMatchObject({
      class: 'EndpointProperties',
      qualifiedName: 'am::ep2',
      name: 'API',
      address: 'https://a',
      protocol: 'https',
      typeName: 'Endpoint',
    });
    expect((read['element'] as Json)['correlationHeaders']).toEqual([
      expect.objectContaining({ externalIdentifier: 'e-2' }),
    ]);
    // Without an asset manager, endpoints and connector types carry no correlation headers.
    expect(
      ((await em.ok(`${am}/endpoints/${enc(endpoint)}/retrieve?${FLAGS}`, {}))['element'] as Json)[
        'correlationHeaders'
      ],
    ).toBeUndefined();

    const copy = await create(`/endpoints/from-template/${enc(endpoint)}?assetManagerIsHome=true`, {
      metadataCorrelationProperties: correlation(catalog),
      elementProperties: { qualifiedName: 'am::ep3', displayName: 'API copy', networkAddress: 'https://b' },
    });
    expect(
      ((await em.ok(`${am}/endpoints/${enc(copy)}/retrieve?${FLAGS}`, scope(catalog)))['element'] as Json)[
        'endpointProperties'
      ],
    ).toMatchObject({ qualifiedName: 'am::ep3', name: 'API copy', address: 'https://b', protocol: 'https' });
    expect(
      guidsOf(
        await em.ok(`${am}/endpoints/by-search-string?${PAGE}`, {
          ...scope(catalog),
          searchString: 'https://.*',
          searchStringParameterName: 'searchString',
        }),
      ),
    ).toEqual([endpoint, copy]);
    expect(
      guidsOf(
        await em.ok(`${am}/endpoints/by-name?${PAGE}`, {
          ...scope(catalog),
          name: 'https://b',
          nameParameterName: 'name',
        }),
      ),
    ).toEqual([copy]);
    const owned = await em.ok(`${am}/endpoints/by-asset-manager?${PAGE}`, scope(catalog));
    expect(owned['class']).toBe('EndpointsResponse');
    // The copy was made without an external identifier of its own, but Egeria's template handler
    // links it to the elements its template links to that are not anchored to the template, the
    // template's external identifier (anchored to the catalog) among them: it is listed too.
    expect(guidsOf(owned)).toContain(endpoint);
    expect(guidsOf(owned)).toContain(copy);
    await em.ok(`${am}/endpoints/${enc(copy)}/remove?${FLAGS}`, {
      metadataCorrelationProperties: correlation(catalog),
    });

    const ct = await create(
      '/connector-types?assetManagerIsHome=true',
      exchangeBody(catalog, 'ConnectorTypeProperties', { qualifiedName: 'am::ct2', displayName: 'JDBC' }, 'ct-2'),
    );
    await em.ok(
      `${am}/connector-types/${enc(ct)}?isMergeUpdate=false&${FLAGS}`,
      exchangeBody(catalog, 'ConnectorTypeProperties', {
        qualifiedName: 'am::ct2',
        supportedAssetTypeName: 'Database',
      }),
    );
    const ctElement = (await em.ok(`${am}/connector-types/${enc(ct)}/retrieve?${FLAGS}`, scope(catalog)))[
      'element'
    ] as Json;
    expect(ctElement['connectorTypeProperties']).toEqual({
      class: 'ConnectorTypeProperties',
      qualifiedName: 'am::ct2',
      supportedAssetTypeName: 'Database',
      typeName: 'ConnectorType',
    });
    const ctCopy = await create(`/connector-types/from-template/${enc(ct)}?assetManagerIsHome=true`, {
      metadataCorrelationProperties: correlation(catalog, 'ct-3'),
      elementProperties: { qualifiedName: 'am::ct3' },
    });
    expect(guidsOf(await em.ok(`${am}/connector-types/by-asset-manager?${PAGE}`, scope(catalog)))).toEqual(
      expect.arrayContaining([ct, ctCopy]),
    );
    expect(
      guidsOf(
        await em.ok(`${am}/connector-types/by-name?${PAGE}`, {
          ...scope(catalog),
          name: 'am::ct3',
          nameParameterName: 'name',
        }),
      ),
    ).toEqual([ctCopy]);
    const duplicate = await em.post(
      `${am}/connector-types?assetManagerIsHome=true`,
      exchangeBody(catalog, 'ConnectorTypeProperties', { qualifiedName: 'am::ct2' }),
    );
    expect(duplicate.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-409-001');
    await em.ok(`${am}/connector-types/${enc(ct)}/remove?${FLAGS}`, {
      metadataCorrelationProperties: correlation(catalog),
    });
    expect(
      guidsOf(
        await em.ok(`${am}/connector-types/by-search-string?${PAGE}`, {
          ...scope(catalog),
          searchString: 'am::ct2',
          searchStringParameterName: 'searchString',
        }),
      ),
    ).toEqual([]);
  });
});

test('connection changes reach the Asset Manager out topic as AssetManagerOutTopicEvents', async () => {
  const answer = await em.ok(`${am}/topics/out-topic-connection/${enc('catalog-connector')}`, undefined, 'GET');
  const address = ((answer['connection'] as Json)['endpoint'] as Json)['address'] as string;
  const { reader } = await SseReader.open(address);
  try {
    const connection = await create(
      '/connections?assetManagerIsHome=true',
      exchangeBody(catalog, 'ConnectionProperties', { qualifiedName: 'am::events', displayName: 'Events' }),
    );
    await em.ok(
      `${am}/connections/${enc(connection)}?isMergeUpdate=true&${FLAGS}`,
      exchangeBody(catalog, 'ConnectionProperties', { displayName: 'Events v2' }),
    );
    const headerGUID = (e: { data: Json }): unknown => (e.data['elementHeader'] as Json | undefined)?.['guid'];
    await reader.waitFor((r) => r.events.filter((e) => headerGUID(e) === connection).length >= 2);
    const [created, updated] = reader.events.filter((e) => headerGUID(e) === connection).map((e) => e.data);
    expect(created['class']).toBeUndefined();
    expect(created).toMatchObject({
      eventType: 'NEW_ELEMENT_CREATED',
      elementProperties: { qualifiedName: 'am::events', displayName: 'Events' },
    });
    expect(updated).toMatchObject({
      eventType: 'ELEMENT_UPDATED',
      elementProperties: { displayName: 'Events v2' },
      previousElementProperties: { displayName: 'Events' },
    });
  } finally {
    reader.close();
  }
});
