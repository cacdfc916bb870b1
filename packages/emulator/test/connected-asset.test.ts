/**
 * The connected asset framework service (ConnectedAssetResource), hosted for the Asset Manager OMAS
 * as 5.2's catalog integrator reaches it: connections built through the Asset Manager's connection
 * exchange are read back as OCF `Connection` beans with GETs shaped as 5.2's ConnectedAssetClientBase
 * sends them (no body, the name or GUID in the path), against a real emulator over HTTP.
 */
import { TestEmulator, enc, expectFFDC, expectSpringError } from './support/harness';

type Json = Record<string, unknown>;

let em: TestEmulator;
let am: string;
let ca: string;
const g: Record<string, string> = {};

const FLAGS = 'forLineage=false&forDuplicateProcessing=false';
const HOME = `assetManagerIsHome=true&${FLAGS}`;

/** The Asset Manager's exchange body: correlation properties and the properties bean. */
function exchangeBody(propertiesClass: string, properties: Json): Json {
  return {
    metadataCorrelationProperties: { externalInstanceVersion: 0, externalScopeTypeName: 'InventoryCatalog' },
    elementProperties: { class: propertiesClass, ...properties },
  };
}

async function create(path: string, propertiesClass: string, properties: Json): Promise<string> {
  return (await em.ok(`${am}${path}?assetManagerIsHome=true`, exchangeBody(propertiesClass, properties)))[
    'guid'
  ] as string;
}

async function link(path: string, properties: Json): Promise<void> {
  await em.ok(`${am}${path}?${HOME}`, { properties });
}

beforeAll(async () => {
  em = await TestEmulator.start();
  const root = `${em.emulator.url}/servers/mds1/open-metadata`;
  am = `${root}/access-services/asset-manager/users/${enc('catalogUser')}`;
  ca = `${root}/framework-services/asset-manager/connected-asset/users/${enc('catalogUser')}`;
  g.type = await create('/connector-types', 'ConnectorTypeProperties', {
    qualifiedName: 'acme::ct::csv',
    displayName: 'CSV file connector',
    connectorProviderClassName: 'org.example.CSVProvider',
    recognizedConfigurationProperties: ['delimiter'],
  });
  g.endpoint = await create('/endpoints', 'EndpointProperties', {
    qualifiedName: 'acme::ep::files',
    name: 'files',
    address: '/data/customers.csv',
    protocol: 'file',
  });
  g.connection = await create('/connections', 'ConnectionProperties', {
    qualifiedName: 'acme::conn::customers',
    displayName: 'customers.csv',
    userId: 'reader',
    clearPassword: 'pa55word',
    securedProperties: { token: 't0ken' },
    configurationProperties: { delimiter: ';' },
  });
  g.virtual = await create('/connections', 'ConnectionProperties', {
    qualifiedName: 'acme::conn::virtual',
    typeName: 'VirtualConnection',
  });
  g.asset = await create('/data-assets', 'DataAssetProperties', { qualifiedName: 'acme::customers.csv' });
  g.bare = await create('/data-assets', 'DataAssetProperties', { qualifiedName: 'acme::nothing' });
  await link(`/connections/${enc(g.connection)}/connector-types/${enc(g.type)}`, { class: 'RelationshipProperties' });
  await link(`/connections/${enc(g.connection)}/endpoints/${enc(g.endpoint)}`, { class: 'RelationshipProperties' });
  await link(`/connections/${enc(g.virtual)}/embedded-connections/${enc(g.connection)}`, {
    class: 'EmbeddedConnectionProperties',
    position: 1,
    displayName: 'customers',
    arguments: { header: true },
  });
  await link(`/data-assets/${enc(g.asset)}/connections/${enc(g.connection)}`, {
    class: 'AssetConnectionProperties',
    assetSummary: 'the customer file',
  });
});

afterAll(async () => {
  await em.close();
});

/** The OCF bean of the customers connection, as OCFConnectionConverter fills it. */
function expectCustomersConnection(connection: Json): void {
  expect(connection).toMatchObject({
    class: 'Connection',
    headerVersion: 0,
    guid: g.connection,
    type: { typeName: 'Connection' },
    origin: { sourceServer: 'mds1' },
    versions: { createdBy: 'catalogUser', version: 1 },
    qualifiedName: 'acme::conn::customers',
    displayName: 'customers.csv',
    userId: 'reader',
    clearPassword: 'pa55word',
    securedProperties: { token: 't0ken' },
    configurationProperties: { delimiter: ';' },
    connectorType: {
      class: 'ConnectorType',
      guid: g.type,
      type: { typeName: 'ConnectorType' },
      qualifiedName: 'acme::ct::csv',
      displayName: 'CSV file connector',
      connectorProviderClassName: 'org.example.CSVProvider',
      recognizedConfigurationProperties: ['delimiter'],
    },
    endpoint: {
      class: 'Endpoint',
      guid: g.endpoint,
      qualifiedName: 'acme::ep::files',
      displayName: 'files',
      address: '/data/customers.csv',
      protocol: 'file',
    },
  });
  // ElementBase beans carry no status, and the OCF connector type has no uniqueName stub fields.
  expect(connection).not.toHaveProperty('status');
  expect(connection).not.toHaveProperty('embeddedConnections');
  expect(connection['connectorType']).not.toHaveProperty('uniqueName');
}

describe('connections by name and by GUID', () => {
  test('by qualified name: the full connection under connection of an OCFConnectionResponse', async () => {
    const answer = await em.ok(`${ca}/connections/by-name/${enc('acme::conn::customers')}`, undefined, 'GET');
    expect(answer['class']).toBe('OCFConnectionResponse');
    expectCustomersConnection(answer['connection'] as Json);
  });

  test('a name no connection has (or only a display name has) answers no connection, as 5.2 does', async () => {
    for (const name of ['acme::conn::nothing', 'customers.csv']) {
      const answer = await em.ok(`${ca}/connections/by-name/${enc(name)}`, undefined, 'GET');
      expect(answer).toEqual({ class: 'OCFConnectionResponse', relatedHTTPCode: 200 });
    }
  });

  test('by GUID, and a virtual connection with its embedded connections in full', async () => {
    const answer = await em.ok(`${ca}/connections/${enc(g.connection)}`, undefined, 'GET');
    expectCustomersConnection(answer['connection'] as Json);
    const virtual = (await em.ok(`${ca}/connections/${enc(g.virtual)}`, undefined, 'GET'))['connection'] as Json;
    expect(virtual).toMatchObject({
      class: 'VirtualConnection',
      guid: g.virtual,
      type: { typeName: 'VirtualConnection' },
    });
    const embedded = virtual['embeddedConnections'] as Json[];
    expect(embedded).toHaveLength(1);
    expect(embedded[0]).toMatchObject({
      class: 'EmbeddedConnection',
      position: 1,
      displayName: 'customers',
      arguments: { header: true },
    });
    expectCustomersConnection(embedded[0]['embeddedConnection'] as Json);
  });

  test('an unknown GUID, or one of another type, is an InvalidParameterException', async () => {
    const unknown = await em.get(`${ca}/connections/no-such-guid`);
    expectFFDC(unknown, {
      responseClass: 'OCFConnectionResponse',
      exception: 'InvalidParameterException',
      httpCode: 404,
      messageId: 'OMAG-REPOSITORY-HANDLER-404-007',
      action: 'getConnectionByGUID',
      parameterName: 'guid',
    });
    expect(unknown.body['exceptionErrorMessageParameters']).toEqual(
      expect.arrayContaining(['Connection', 'no-such-guid', 'getConnectionByGUID', 'Connected Asset Services']),
    );
    const wrongType = await em.get(`${ca}/connections/${enc(g.asset)}`);
    expectFFDC(wrongType, {
      responseClass: 'OCFConnectionResponse',
      exception: 'InvalidParameterException',
      httpCode: 404,
      messageId: 'OMAG-REPOSITORY-HANDLER-404-001',
      action: 'getConnectionByGUID',
    });
  });
});

describe('connections of an asset', () => {
  test('the connection for an asset; none for an asset without one; an unknown asset is an error', async () => {
    const answer = await em.ok(`${ca}/assets/${enc(g.asset)}/connection`, undefined, 'GET');
    expectCustomersConnection(answer['connection'] as Json);
    expect(await em.ok(`${ca}/assets/${enc(g.bare)}/connection`, undefined, 'GET')).toEqual({
      class: 'OCFConnectionResponse',
      relatedHTTPCode: 200,
    });
    expectFFDC(await em.get(`${ca}/assets/unknown-asset/connection`), {
      responseClass: 'OCFConnectionResponse',
      exception: 'InvalidParameterException',
      httpCode: 404,
      messageId: 'OMAG-REPOSITORY-HANDLER-404-007',
      action: 'getConnectionForAsset',
      parameterName: 'assetGUID',
    });
  });

  test('the connections of an asset, a page at a time from elementStart / maxElements, under list', async () => {
    const answer = await em.ok(
      `${ca}/assets/${enc(g.asset)}/connections?elementStart=0&maxElements=0`,
      undefined,
      'GET',
    );
    expect(answer).toMatchObject({ class: 'ConnectionsResponse', startingFromElement: 0 });
    expect((answer['list'] as Json[]).map((c) => c['guid'])).toEqual([g.connection]);
    const past = await em.ok(
      `${ca}/assets/${enc(g.asset)}/connections?elementStart=1&maxElements=10`,
      undefined,
      'GET',
    );
    expect(past).not.toHaveProperty('list');
    const path = `/servers/mds1/open-metadata/framework-services/asset-manager/connected-asset/users/catalogUser/assets/${enc(g.asset)}/connections`;
    expectSpringError(await em.get(`${ca}/assets/${enc(g.asset)}/connections?elementStart=0`), 400, path);
  });

  test('the asset of a connection; none when unlinked; two assets are ambiguous', async () => {
    expect(await em.ok(`${ca}/assets/by-connection/${enc(g.connection)}`, undefined, 'GET')).toMatchObject({
      class: 'GUIDResponse',
      guid: g.asset,
    });
    expect(await em.ok(`${ca}/assets/by-connection/${enc(g.virtual)}`, undefined, 'GET')).not.toHaveProperty('guid');
    await link(`/data-assets/${enc(g.bare)}/connections/${enc(g.virtual)}`, { class: 'AssetConnectionProperties' });
    await link(`/data-assets/${enc(g.asset)}/connections/${enc(g.virtual)}`, { class: 'AssetConnectionProperties' });
    expectFFDC(await em.get(`${ca}/assets/by-connection/${enc(g.virtual)}`), {
      responseClass: 'GUIDResponse',
      exception: 'PropertyServerException',
      httpCode: 404,
      messageId: 'OMAG-REPOSITORY-HANDLER-404-006',
      action: 'getAssetForConnectionGUID',
    });
    // The asset now has two connections: the most recently linked one is its connection.
    const answer = await em.ok(`${ca}/assets/${enc(g.asset)}/connection`, undefined, 'GET');
    expect((answer['connection'] as Json)['guid']).toBe(g.virtual);
    const all = await em.ok(`${ca}/assets/${enc(g.asset)}/connections?elementStart=0&maxElements=0`, undefined, 'GET');
    expect((all['list'] as Json[]).map((c) => c['guid'])).toEqual([g.virtual, g.connection]);
  });
});
