/**
 * The connected asset framework service's client against facts read from Egeria 5.2's
 * ConnectedAssetResource and ConnectedAssetClientBase (commit 19177ef7), over real HTTP on 127.0.0.1
 * through the Asset Manager's URL marker, as 5.2's catalog integrator reaches it.
 */
import { CONNECTED_ASSET_SERVICE, ConnectedAssetClient, OmasRestClient, OmasTransport } from '@egeria-ts/omas-client';
import { EgeriaTestServer } from './support/egeria-test-server';

const ROOT = '/servers/mds1/open-metadata/framework-services/asset-manager/connected-asset/users/cat%20user';

/** An OCF Connection as 5.2's OCFConnectionConverter writes one (header fields flattened into the bean). */
const CONNECTION = {
  class: 'Connection',
  headerVersion: 0,
  guid: 'conn-guid',
  type: { typeName: 'Connection' },
  qualifiedName: 'acme::conn::files',
  connectorType: { class: 'ConnectorType', guid: 'ct-guid', connectorProviderClassName: 'org.example.Provider' },
  endpoint: { class: 'Endpoint', guid: 'ep-guid', address: '/data' },
};

describe('connected asset service', () => {
  let server: EgeriaTestServer;
  let transport: OmasTransport;
  let rest: OmasRestClient;
  let client: ConnectedAssetClient;

  beforeAll(async () => {
    server = await EgeriaTestServer.start();
    transport = new OmasTransport({
      platformURLRoot: server.url,
      serverName: 'mds1',
      userId: 'cat user',
      retry: false,
    });
    rest = new OmasRestClient({ service: CONNECTED_ASSET_SERVICE, transport, serviceURLMarker: 'asset-manager' });
    client = new ConnectedAssetClient(rest);
  });

  afterEach(() => server.reset());

  afterAll(async () => {
    await rest.close();
    await transport.close();
    await server.close();
  });

  it('lives under the framework services as connected-asset', () => {
    expect(CONNECTED_ASSET_SERVICE.root).toEqual({ kind: 'framework-service', service: 'connected-asset' });
  });

  it('reads a connection by name from the path, under connection of an OCFConnectionResponse', async () => {
    server.enqueue({
      kind: 'json',
      body: { class: 'OCFConnectionResponse', relatedHTTPCode: 200, connection: CONNECTION },
    });
    const connection = await client.getConnectionByName({ name: 'acme::conn::files/a b' });
    expect(connection).toEqual(CONNECTION);
    expect(server.requests[0]).toMatchObject({
      method: 'GET',
      path: `${ROOT}/connections/by-name/acme%3A%3Aconn%3A%3Afiles%2Fa%20b`,
    });
  });

  it('answers undefined when the response holds no connection (5.2 for a name nothing has)', async () => {
    server.enqueue({ kind: 'json', body: { class: 'OCFConnectionResponse', relatedHTTPCode: 200 } });
    expect(await client.getConnectionByName({ name: 'nothing' })).toBeUndefined();
  });

  it('reads a connection by GUID and for an asset, and the asset of a connection', async () => {
    server.enqueue({
      kind: 'json',
      body: { class: 'OCFConnectionResponse', relatedHTTPCode: 200, connection: CONNECTION },
    });
    server.enqueue({
      kind: 'json',
      body: { class: 'OCFConnectionResponse', relatedHTTPCode: 200, connection: CONNECTION },
    });
    server.enqueue({ kind: 'json', body: { class: 'GUIDResponse', relatedHTTPCode: 200, guid: 'asset-guid' } });
    expect(await client.getConnectionByGUID({ guid: 'conn-guid' })).toEqual(CONNECTION);
    expect(await client.getConnectionForAsset({ assetGUID: 'asset-guid' })).toEqual(CONNECTION);
    expect(await client.getAssetForConnection({ connectionGUID: 'conn-guid' })).toBe('asset-guid');
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET ${ROOT}/connections/conn-guid`,
      `GET ${ROOT}/assets/asset-guid/connection`,
      `GET ${ROOT}/assets/by-connection/conn-guid`,
    ]);
  });

  it('pages the connections of an asset with elementStart / maxElements, read from list', async () => {
    expect(CONNECTED_ASSET_SERVICE.operations.getConnectionsForAsset).toMatchObject({
      query: { elementStart: { required: true }, maxElements: { required: true } },
      response: { bean: 'ConnectionsResponse', field: 'list', list: true },
    });
    server.enqueue({
      kind: 'json',
      body: { class: 'ConnectionsResponse', relatedHTTPCode: 200, startingFromElement: 0, list: [CONNECTION] },
    });
    const page = await client.getConnectionsForAsset({ assetGUID: 'asset-guid', startFrom: 10, pageSize: 5 });
    expect(page).toEqual([CONNECTION]);
    expect(server.requests[0].path).toBe(`${ROOT}/assets/asset-guid/connections`);
    expect(server.requests[0].query).toEqual({ elementStart: '10', maxElements: '5' });
  });
});
