/**
 * The connector factory service of a catalog connector's context: connections made through the
 * connection exchange service and linked to an asset in the emulator are read back through the
 * connected asset framework service (over real HTTP, through the testbed's recording proxy) and
 * turned into initialized connectors of the class their connector type names.
 */
import {
  ConnectionCheckedException,
  ConnectorBase,
  ConnectorState,
  InvalidParameterException,
  UserNotAuthorizedException,
  defaultConnectorRegistry,
  redact,
  type ConnectorDefinition,
} from '@egeria-ts/core';
import { rejectionOf } from '@egeria-ts/testing';
import { CATALOG_EXCHANGE_SERVICE_NAMES } from '@egeria-ts/catalog-integrator';
import { ScriptedCatalogConnector, useCatalogTestbed, type StartedCatalogConnector } from './catalog-testbed';

/** A resource connector the connections below name, through an alias as a Java provider class name. */
class CsvReaderConnector extends ConnectorBase {}

const CSV_READER: ConnectorDefinition = {
  kind: 'ResourceConnector',
  name: 'test:CsvReader',
  aliases: ['org.example.CSVReaderProvider'],
  displayName: 'CSV reader',
  configurationProperties: { delimiter: { type: 'string', description: 'The field separator.' } },
};

const SECRET = 'Pa55-word-of-the-csv-store';
const CONNECTED_ASSET = '/open-metadata/framework-services/asset-manager/connected-asset/users/catalogUser';

const { testbed, refresh } = useCatalogTestbed('cat-factory');
const g: Record<string, string> = {};

/** Starts a catalog connector whose requests go through the testbed's recording proxy. */
async function startProxied(name: string, serviceOptions?: Record<string, unknown>): Promise<StartedCatalogConnector> {
  const connector = new ScriptedCatalogConnector();
  const s = await testbed.start(connector, {
    connectorName: name,
    connectorId: `${name}-id`,
    metadataSourceQualifiedName: `Catalog::${name}`,
    serviceOptions,
  });
  return { connector, context: s.context, records: s.auditRecords };
}

beforeAll(async () => {
  defaultConnectorRegistry.register(CsvReaderConnector, CSV_READER);
  // The testbed closes the contexts started here after the first test; the elements stay in its emulator.
  const seeder = await startProxied('SeedingConnector');
  await refresh(seeder, async (ctx) => {
    const connections = ctx.getConnectionExchangeService();
    g.type = await connections.createConnectorType({
      connectorTypeProperties: {
        qualifiedName: 'acme::ct::csv-reader',
        connectorProviderClassName: 'org.example.CSVReaderProvider',
      },
    });
    g.unknownType = await connections.createConnectorType({
      connectorTypeProperties: {
        qualifiedName: 'acme::ct::other',
        connectorProviderClassName: 'org.example.NoSuchProvider',
      },
    });
    g.endpoint = await connections.createEndpoint({
      endpointProperties: { qualifiedName: 'acme::ep::customers', address: '/data/customers.csv' },
    });
    g.connection = await connections.createConnection({
      connectionProperties: {
        qualifiedName: 'acme::conn::customers',
        displayName: 'customers.csv',
        userId: 'reader',
        clearPassword: SECRET,
        configurationProperties: { delimiter: ';' },
      },
    });
    g.unknown = await connections.createConnection({
      connectionProperties: { qualifiedName: 'acme::conn::other', clearPassword: SECRET },
    });
    await connections.setupConnectorType({ connectionGUID: g.connection, connectorTypeGUID: g.type });
    await connections.setupEndpoint({ connectionGUID: g.connection, endpointGUID: g.endpoint });
    await connections.setupConnectorType({ connectionGUID: g.unknown, connectorTypeGUID: g.unknownType });
    const assets = ctx.getDataAssetExchangeService();
    g.asset = await assets.createDataAsset({
      dataAssetProperties: { qualifiedName: 'acme::customers.csv', typeName: 'DataFile' },
    });
    g.bare = await assets.createDataAsset({
      dataAssetProperties: { qualifiedName: 'acme::empty', typeName: 'DataFile' },
    });
    await connections.setupAssetConnection({ assetGUID: g.asset, connectionGUID: g.connection });
  });
});

afterAll(() => {
  defaultConnectorRegistry.unregister(CSV_READER.name);
});

/** Checks a connector built from the customers connection. */
function expectCsvReader(connector: ConnectorBase | undefined): CsvReaderConnector {
  expect(connector).toBeInstanceOf(CsvReaderConnector);
  const reader = connector as CsvReaderConnector;
  expect(reader.connectorState).toBe(ConnectorState.INITIALIZED);
  expect(reader.connection).toMatchObject({
    guid: g.connection,
    qualifiedName: 'acme::conn::customers',
    userId: 'reader',
    clearPassword: SECRET,
    connectorType: { guid: g.type, connectorProviderClassName: 'org.example.CSVReaderProvider' },
    endpoint: { guid: g.endpoint, address: '/data/customers.csv' },
  });
  expect(reader.configurationProperties.getString('delimiter')).toBe(';');
  return reader;
}

test('builds an initialized connector of the registered class by name, by GUID, for an asset and from a connection', async () => {
  const { context } = await startProxied('FactoryConnector');
  testbed.proxy.clearRequests();
  const factory = context.getConnectorFactoryService();
  const byName = expectCsvReader(await factory.getConnectorByName({ connectionName: 'acme::conn::customers' }));
  const byGUID = expectCsvReader(await factory.getConnectorByGUID({ connectionGUID: g.connection }));
  const forAsset = expectCsvReader(await factory.getConnectorForAsset({ assetGUID: g.asset }));
  const fromConnection = expectCsvReader(await factory.getConnectorByConnection({ connection: byName.connection }));
  const ids = new Set([byName, byGUID, forAsset, fromConnection].map((c) => c.connectorInstanceId));
  expect(ids.size).toBe(4);

  // The GETs as 5.2's ConnectedAssetClientBase sends them, through the Asset Manager's URL marker; none for the connection object.
  const sent = testbed.proxy.requestsMatching({ path: /\/connected-asset\// }).map((r) => `${r.method} ${r.path}`);
  expect(sent).toEqual([
    `GET /servers/cat-factory${CONNECTED_ASSET}/connections/by-name/acme%3A%3Aconn%3A%3Acustomers`,
    `GET /servers/cat-factory${CONNECTED_ASSET}/connections/${g.connection}`,
    `GET /servers/cat-factory${CONNECTED_ASSET}/assets/${g.asset}/connection`,
  ]);
  expect(testbed.proxy.requestsMatching({ path: /\/connected-asset\// }).every((r) => r.body === '')).toBe(true);

  // A connector the caller starts and disconnects as usual.
  await forAsset.runStart();
  expect(forAsset.connectorState).toBe(ConnectorState.STARTED);
  await forAsset.runDisconnect();
});

test('answers undefined where Egeria answers null: no connection with that name, an asset without a connection', async () => {
  const factory = (await startProxied('FactoryConnector')).context.getConnectorFactoryService();
  expect(await factory.getConnectorByName({ connectionName: 'acme::conn::nothing' })).toBeUndefined();
  expect(await factory.getConnectorForAsset({ assetGUID: g.bare })).toBeUndefined();
});

test('an unknown provider class name is a ConnectionCheckedException naming it, without the secrets', async () => {
  const started = await startProxied('FactoryConnector');
  const factory = started.context.getConnectorFactoryService();
  const error = (await rejectionOf(
    factory.getConnectorByName({ connectionName: 'acme::conn::other' }),
  )) as ConnectionCheckedException;
  expect(error).toBeInstanceOf(ConnectionCheckedException);
  expect(error.messageId).toBe('EGERIA-TS-REGISTRY-404-003');
  expect(error.exceptionProperties).toMatchObject({
    parameterName: 'connectorType.connectorProviderClassName',
    parameterValue: 'org.example.NoSuchProvider',
  });
  expect(error.message).toContain('org.example.NoSuchProvider');
  expect(error.message).toContain('acme::conn::other');
  expect(JSON.stringify(error)).not.toContain(SECRET);
  // The secrets of the connections read are known to the redaction step, so no log text carries them.
  expect(redact(`connected with ${SECRET}`)).not.toContain(SECRET);
  expect(JSON.stringify(started.records.records)).not.toContain(SECRET);
});

test('refuses a blank name or GUID before sending, and reports the server refusing an unknown GUID', async () => {
  const factory = (await startProxied('FactoryConnector')).context.getConnectorFactoryService();
  testbed.proxy.clearRequests();
  const blank = (await rejectionOf(factory.getConnectorByName({ connectionName: ' ' }))) as InvalidParameterException;
  expect(blank).toBeInstanceOf(InvalidParameterException);
  expect(blank.parameterName).toBe('connectionName');
  const missing = (await rejectionOf(
    factory.getConnectorForAsset({} as { assetGUID: string }),
  )) as InvalidParameterException;
  expect(missing.parameterName).toBe('assetGUID');
  expect(testbed.proxy.requestsMatching({ path: /\/connected-asset\// })).toHaveLength(0);
  const unknown = (await rejectionOf(
    factory.getConnectorByGUID({ connectionGUID: 'no-such-connection' }),
  )) as InvalidParameterException;
  expect(unknown).toBeInstanceOf(InvalidParameterException);
  expect(unknown.messageId).toBe('OMAG-REPOSITORY-HANDLER-404-007');
});

test('is refused when the configuration disables it', async () => {
  const disabled = await startProxied('NoFactoryConnector', {
    disabledExchangeServices: [CATALOG_EXCHANGE_SERVICE_NAMES.connectorFactory],
  });
  const refusal = (() => {
    try {
      disabled.context.getConnectorFactoryService();
    } catch (error) {
      return error;
    }
    return undefined;
  })() as UserNotAuthorizedException;
  expect(refusal).toBeInstanceOf(UserNotAuthorizedException);
  expect(refusal.messageId).toBe('OMIS-CATALOG-INTEGRATOR-400-002');
  expect(refusal.message).toContain('ConnectorFactoryExchangeService');
  // The other services are still there.
  expect(disabled.context.getConnectionExchangeService()).toBeDefined();
});
