// The complete example of README.md, run as a test so that it stays true. Keep the two in step.
import * as path from 'node:path';
import { PropertyServerException, integrationConnector } from '@egeria-ts/core';
import { DatabaseIntegratorConnector } from '@egeria-ts/database-integrator';
import {
  expectMatchesGolden,
  runConnector,
  snapshotCatalog,
  startFaultProxy,
  useTestEmulator,
  type FaultProxy,
} from '@egeria-ts/testing';

@integrationConnector({
  name: 'example:ShopConnector',
  serviceURLMarker: 'database-integrator',
  configurationProperties: { prefix: { type: 'string', description: 'Qualified name prefix.', defaultValue: 'shop' } },
})
class ShopConnector extends DatabaseIntegratorConnector {
  async refresh(): Promise<void> {
    const prefix = this.configurationProperties.getString('prefix', 'shop');
    const qualifiedName = `${prefix}:${this.connection.endpoint?.address}/orders`;
    const existing = await this.context.getDatabasesByName({ name: qualifiedName });
    if (existing.some((d) => d.databaseProperties?.qualifiedName === qualifiedName)) return;
    const databaseGUID = await this.context.createDatabase({ databaseProperties: { qualifiedName, name: 'orders' } });
    await this.context.createDatabaseSchema({
      databaseGUID,
      databaseSchemaProperties: { qualifiedName: `${qualifiedName}.public`, name: 'public' },
    });
  }
}

const SOURCE = 'shop-db-server';

// Starts the emulator in beforeAll and closes it in afterAll (stopping the connector runs first).
const emulator = useTestEmulator();

describe('ShopConnector', () => {
  it('catalogs the database and its schema, owned by its metadata source', async () => {
    const run = await runConnector(ShopConnector, {
      emulator,
      endpoint: 'db.example.com:5432',
      userId: 'reader',
      clearPassword: 'test-password',
      configurationProperties: { prefix: 'test' },
      metadataSourceQualifiedName: SOURCE,
    });

    expect(run.activityReports[0]?.createCounts).toEqual({ Database: 1, DeployedDatabaseSchema: 1 });
    const database = await emulator.elementByQualifiedName('test:db.example.com:5432/orders');
    expect(database?.properties?.['name']).toBe('orders');
    expect(await emulator.relationshipsOf(database!.guid, { typeName: 'DataContentForDataSet' })).toHaveLength(1);
    expect(await emulator.elementsOwnedBy(SOURCE)).toHaveLength(2);

    // A second refresh finds everything in place.
    expect((await run.refresh()).createdElements).toEqual([]);
    await run.stop();
  });

  it('fails a refresh with a typed error while the server fails, and recovers after', async () => {
    const proxy: FaultProxy = await startFaultProxy({ target: emulator.url });
    const run = await runConnector(ShopConnector, {
      emulator,
      platformURL: proxy.url, // through the proxy
      endpoint: 'db.example.com:5432',
      metadataSourceQualifiedName: 'other-db-server',
      configurationProperties: { prefix: 'faults' },
      refreshes: 0,
    });
    try {
      proxy.inject({ fault: 'http-error', status: 500, path: '/databases' });
      await expect(run.refresh()).rejects.toBeInstanceOf(PropertyServerException);
      await proxy.comeBack(); // no more faults
      await run.refresh();
      expect(proxy.countRequests({ method: 'POST', path: /\/databases$/ })).toBe(1);
    } finally {
      await run.stop();
      await proxy.close();
    }
  });

  it('catalogs what the golden file says', async () => {
    const run = await runConnector(ShopConnector, {
      emulator,
      endpoint: 'db.example.com:5432',
      metadataSourceQualifiedName: 'golden-db-server',
    });
    await run.stop();
    const snapshot = await snapshotCatalog(emulator, { metadataSourceQualifiedName: 'golden-db-server' });
    expectMatchesGolden(snapshot, path.join(__dirname, 'golden', 'shop-connector.json'));
  });
});
