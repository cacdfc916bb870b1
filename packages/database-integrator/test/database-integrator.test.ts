import {
  IllegalStateError,
  InMemoryAuditLogDestination,
  IntegrationConnector,
  InvalidParameterException,
  PermittedSynchronization,
  UserNotAuthorizedException,
  type Connection,
} from '@egeria-ts/core';
import {
  rejectionOf,
  scriptedConnector,
  useIntegratorTestbed,
  waitUntil,
  type TestContextOptions,
} from '@egeria-ts/testing';
import {
  DatabaseIntegratorConnector,
  databaseIntegratorService,
  type DatabaseIntegratorContext,
} from '@egeria-ts/database-integrator';
import type { DataManagerOutboundEvent } from '@egeria-ts/omas-client';

const SERVER = 'mds1';
const CONNECTION: Connection = {
  class: 'Connection',
  qualifiedName: 'test-database-connector',
  connectorType: { class: 'ConnectorType', connectorProviderClassName: 'test:ScriptedDatabaseConnector' },
};

/** A database connector whose refresh runs a script through its context, and that may listen to events. */
const ScriptedDatabaseConnector = scriptedConnector<DatabaseIntegratorConnector, DataManagerOutboundEvent>(
  DatabaseIntegratorConnector,
);
type ScriptedDatabaseConnector = InstanceType<typeof ScriptedDatabaseConnector>;

const testbed = useIntegratorTestbed(databaseIntegratorService, {
  serverName: SERVER,
  heartbeatMs: 60_000,
  userId: 'dbConnectorUser',
  localServerUserId: 'daemonUser',
  connectorNamePrefix: 'connector',
  connection: CONNECTION,
});

interface Started {
  readonly connector: ScriptedDatabaseConnector;
  readonly context: DatabaseIntegratorContext;
  readonly records: InMemoryAuditLogDestination;
}

async function startConnector(
  settings: TestContextOptions['settings'] = {},
  configure: (connector: ScriptedDatabaseConnector) => void = () => undefined,
): Promise<Started> {
  const connector = new ScriptedDatabaseConnector();
  configure(connector);
  const started = await testbed.start(connector, { settings });
  return { connector, context: started.context, records: started.auditRecords };
}

async function refresh(connector: ScriptedDatabaseConnector, script: ScriptedDatabaseConnector['script']) {
  connector.script = script;
  await connector.runRefresh(new AbortController().signal);
}

describe('DatabaseIntegratorConnector', () => {
  it('has a typed error with the service id when its context is read too early', () => {
    const error = (() => {
      try {
        return new ScriptedDatabaseConnector().context;
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(IllegalStateError);
    expect((error as IllegalStateError).messageId).toBe('OMIS-DATABASE-INTEGRATOR-500-001');
  });

  it('is the only kind of connector the service runs', () => {
    class NotADatabaseConnector extends IntegrationConnector {
      async refresh(): Promise<void> {}
    }
    expect(databaseIntegratorService.supportsConnector(new ScriptedDatabaseConnector())).toBe(true);
    expect(() => databaseIntegratorService.validateConnector(new NotADatabaseConnector(), 'other')).toThrow(
      expect.objectContaining({ messageId: 'OMIS-DATABASE-INTEGRATOR-400-001' }),
    );
    expect(databaseIntegratorService.description).toMatchObject({
      code: 604,
      marker: 'database-integrator',
      partnerOMAS: 'Data Manager OMAS',
      defaultPermittedSynchronization: PermittedSynchronization.FROM_THIRD_PARTY,
    });
  });
});

describe('DatabaseIntegratorContext against the emulator', () => {
  it('creates, updates, finds and removes a database, schema, table and columns as its database manager', async () => {
    const { connector, context, records } = await startConnector({
      metadataSourceQualifiedName: 'pg-server:5432',
      generateIntegrationReport: true,
    });
    expect(records.withMessageId('OMIS-DATABASE-INTEGRATOR-0002')[0].messageParameters.slice(2, 4)).toEqual([
      'pg-server:5432',
      'FROM_THIRD_PARTY',
    ]);
    expect(context.getDatabaseManagerName()).toBe('pg-server:5432');
    const managerGUID = context.getDatabaseManagerGUID();
    expect(managerGUID).toMatch(/^[0-9a-f-]{36}$/);

    const guids: Record<string, string> = {};
    testbed.proxy.clearRequests();
    await refresh(connector, async (ctx) => {
      guids.database = await ctx.createDatabase({
        databaseProperties: { qualifiedName: 'pg:sales', name: 'sales', deployedImplementationType: 'PostgreSQL' },
      });
      guids.schema = await ctx.createDatabaseSchema({
        databaseGUID: guids.database,
        databaseSchemaProperties: { qualifiedName: 'pg:sales.public', name: 'public' },
      });
      guids.table = await ctx.createDatabaseTable({
        databaseAssetGUID: guids.schema,
        databaseTableProperties: { qualifiedName: 'pg:sales.public.orders', displayName: 'orders', description: 'v1' },
      });
      guids.id = await ctx.createDatabaseColumn({
        databaseTableGUID: guids.table,
        databaseColumnProperties: {
          qualifiedName: 'pg:sales.public.orders.id',
          displayName: 'id',
          dataType: 'INTEGER',
        },
      });
      guids.note = await ctx.createDatabaseColumn({
        databaseTableGUID: guids.table,
        databaseColumnProperties: {
          qualifiedName: 'pg:sales.public.orders.note',
          displayName: 'note',
          dataType: 'TEXT',
        },
      });
      await ctx.setPrimaryKeyOnColumn({ databaseColumnGUID: guids.id, databasePrimaryKeyProperties: { name: 'pk' } });
    });

    // Every write carried the connector's user id and the database manager as external source.
    const writes = testbed.proxy.requests.filter(
      (r) => r.method === 'POST' && r.path.includes('/access-services/data-manager/'),
    );
    expect(writes).toHaveLength(6);
    for (const write of writes) {
      expect(write.path).toContain('/users/dbConnectorUser/');
      expect(JSON.parse(write.body)).toMatchObject({
        externalSourceGUID: managerGUID,
        externalSourceName: 'pg-server:5432',
      });
    }

    // The activity report of the refresh, published on the metadata source.
    const reports = testbed.proxy.requestsMatching({ path: `/elements/${managerGUID}/integration-reports` });
    expect(reports).toHaveLength(1);
    const report = JSON.parse(reports[0].body) as Record<string, unknown>;
    expect(report['createdElements']).toEqual([guids.database, guids.schema, guids.table, guids.id, guids.note]);
    expect(JSON.parse((report['additionalProperties'] as Record<string, string>)['createCounts'])).toEqual({
      Database: 1,
      DeployedDatabaseSchema: 1,
      RelationalTable: 1,
      RelationalColumn: 2,
    });

    // Reads.
    const database = await context.getDatabaseByGUID({ guid: guids.database });
    expect(database.databaseProperties?.name).toBe('sales');
    expect(database.elementHeader.guid).toBe(guids.database);
    expect(database.elementHeader.origin).toMatchObject({
      originCategory: 'EXTERNAL_SOURCE',
      homeMetadataCollectionId: managerGUID,
      homeMetadataCollectionName: 'pg-server:5432',
    });
    expect((await context.getMyDatabases()).map((d) => d.elementHeader.guid)).toEqual([guids.database]);
    expect(
      (await context.getSchemasForDatabase({ databaseGUID: guids.database })).map((s) => s.elementHeader.guid),
    ).toEqual([guids.schema]);
    expect(
      (await context.getTablesForDatabaseSchema({ databaseSchemaGUID: guids.schema })).map((t) => t.elementHeader.guid),
    ).toEqual([guids.table]);
    expect((await context.findDatabaseTables({ searchString: 'orders' })).map((t) => t.elementHeader.guid)).toEqual([
      guids.table,
    ]);
    expect((await context.getDatabaseTablesByName({ name: 'orders' })).map((t) => t.elementHeader.guid)).toEqual([
      guids.table,
    ]);
    const columns = await context.getColumnsForDatabaseTable({ databaseTableGUID: guids.table });
    expect(columns.map((c) => c.databaseColumnProperties?.displayName).sort()).toEqual(['id', 'note']);
    expect(columns.find((c) => c.elementHeader.guid === guids.id)?.primaryKeyProperties?.name).toBe('pk');
    const iterated: string[] = [];
    for await (const column of context.iterate('getColumnsForDatabaseTable', {
      databaseTableGUID: guids.table,
      pageSize: 1,
    })) {
      iterated.push(column.elementHeader.guid ?? '');
    }
    expect(iterated.sort()).toEqual([guids.id, guids.note].sort());

    // Updates: merge keeps what is not given, replace drops it.
    await refresh(connector, async (ctx) => {
      await ctx.updateDatabaseTable({
        databaseTableGUID: guids.table,
        isMergeUpdate: true,
        databaseTableProperties: { description: 'v2' },
      });
    });
    let table = await context.getDatabaseTableByGUID({ guid: guids.table });
    expect(table.databaseTableProperties).toMatchObject({ displayName: 'orders', description: 'v2' });
    await refresh(connector, async (ctx) => {
      await ctx.updateDatabaseTable({
        databaseTableGUID: guids.table,
        databaseTableProperties: { qualifiedName: 'pg:sales.public.orders', description: 'v3' },
      });
    });
    table = await context.getDatabaseTableByGUID({ guid: guids.table });
    expect(table.databaseTableProperties?.description).toBe('v3');
    expect(table.databaseTableProperties?.displayName).toBeUndefined();

    // Removes.
    await refresh(connector, async (ctx) => {
      await ctx.removeDatabaseColumn({ databaseColumnGUID: guids.note });
    });
    expect(
      (await context.getColumnsForDatabaseTable({ databaseTableGUID: guids.table })).map((c) => c.elementHeader.guid),
    ).toEqual([guids.id]);
    const lastReports = testbed.proxy.requestsMatching({ path: `/elements/${managerGUID}/integration-reports` });
    const removeReport = JSON.parse(lastReports[lastReports.length - 1].body) as Record<string, unknown>;
    expect(removeReport['deletedElements']).toEqual([guids.note]);
    await refresh(connector, async (ctx) => {
      await ctx.removeDatabase({ databaseGUID: guids.database });
    });
    expect(await context.findDatabases({ searchString: 'pg:sales' })).toEqual([]);
    await expect(context.getDatabaseByGUID({ guid: guids.database })).rejects.toBeInstanceOf(InvalidParameterException);
  });

  it('catalogs views and foreign keys, and counts key changes as column updates', async () => {
    const { connector, context } = await startConnector({
      metadataSourceQualifiedName: 'pg-server:keys',
      generateIntegrationReport: true,
    });
    const g: Record<string, string> = {};
    await refresh(connector, async (ctx) => {
      g.db = await ctx.createDatabase({ databaseProperties: { qualifiedName: 'pg:keys' } });
      g.customers = await ctx.createDatabaseTable({
        databaseAssetGUID: g.db,
        databaseTableProperties: { qualifiedName: 'pg:keys.customers', displayName: 'customers' },
      });
      g.orders = await ctx.createDatabaseTable({
        databaseAssetGUID: g.db,
        databaseTableProperties: { qualifiedName: 'pg:keys.orders', displayName: 'orders' },
      });
      g.customerId = await ctx.createDatabaseColumn({
        databaseTableGUID: g.customers,
        databaseColumnProperties: { qualifiedName: 'pg:keys.customers.id', displayName: 'id', dataType: 'INTEGER' },
      });
      g.orderCustomer = await ctx.createDatabaseColumn({
        databaseTableGUID: g.orders,
        databaseColumnProperties: {
          qualifiedName: 'pg:keys.orders.customer',
          displayName: 'customer',
          dataType: 'INTEGER',
        },
      });
      g.view = await ctx.createDatabaseView({
        databaseAssetGUID: g.db,
        databaseViewProperties: { qualifiedName: 'pg:keys.big_orders', displayName: 'big_orders', formula: 'SELECT' },
      });
    });
    expect(
      (await context.getViewsForDatabaseAsset({ databaseAssetGUID: g.db })).map((v) => v.elementHeader.guid),
    ).toEqual([g.view]);
    expect((await context.getDatabaseViewByGUID({ guid: g.view })).databaseViewProperties?.formula).toBe('SELECT');

    testbed.proxy.clearRequests();
    await refresh(connector, async (ctx) => {
      await ctx.setPrimaryKeyOnColumn({ databaseColumnGUID: g.customerId });
      await ctx.addForeignKeyRelationship({
        primaryKeyColumnGUID: g.customerId,
        foreignKeyColumnGUID: g.orderCustomer,
        databaseForeignKeyProperties: { name: 'fk_customer' },
      });
    });
    const foreign = await context.getDatabaseColumnByGUID({ guid: g.orderCustomer });
    expect(foreign.referencedColumnGUID).toBe(g.customerId);
    expect(foreign.foreignKeyProperties?.name).toBe('fk_customer');
    const reports = testbed.proxy.requestsMatching({ path: '/integration-reports' });
    const report = JSON.parse(reports[reports.length - 1].body) as Record<string, unknown>;
    expect(report['updatedElements']).toEqual([g.customerId, g.orderCustomer]);

    await refresh(connector, async (ctx) => {
      await ctx.removeForeignKeyRelationship({
        primaryKeyColumnGUID: g.customerId,
        foreignKeyColumnGUID: g.orderCustomer,
      });
      await ctx.removeDatabaseView({ databaseViewGUID: g.view });
    });
    expect((await context.getDatabaseColumnByGUID({ guid: g.orderCustomer })).referencedColumnGUID).toBeUndefined();
    expect(await context.getViewsForDatabaseAsset({ databaseAssetGUID: g.db })).toEqual([]);
  });

  it('refuses a write under TO_THIRD_PARTY before anything is sent', async () => {
    const { connector, context } = await startConnector({
      metadataSourceQualifiedName: 'pg-server:readonly',
      permittedSynchronization: PermittedSynchronization.TO_THIRD_PARTY,
    });
    testbed.proxy.clearRequests();
    let refusal: unknown;
    await refresh(connector, async (ctx) => {
      refusal = await rejectionOf(ctx.createDatabase({ databaseProperties: { qualifiedName: 'pg:refused' } }));
    });
    expect(refusal).toBeInstanceOf(UserNotAuthorizedException);
    expect((refusal as UserNotAuthorizedException).messageId).toBe('EGERIA-TS-CONTEXT-403-001');
    expect(testbed.proxy.requests).toEqual([]);
    // Reads are still allowed, and nothing was created.
    expect(await context.getDatabasesByName({ name: 'pg:refused' })).toEqual([]);
  });

  it('receives out-topic events of other writes, but not those of its own first refresh', async () => {
    const listener = await startConnector({ metadataSourceQualifiedName: 'pg-server:listener' }, (c) => {
      c.listen = true;
    });
    expect(
      testbed.proxy.requestsMatching({ path: `/topics/out-topic-connection/${listener.context.connectorId}` }),
    ).toHaveLength(1);
    let ownGUID = '';
    await refresh(listener.connector, async (ctx) => {
      ownGUID = await ctx.createDatabase({ databaseProperties: { qualifiedName: 'pg:listener-own' } });
    });

    const writer = await startConnector({ metadataSourceQualifiedName: 'pg-server:writer' });
    let otherGUID = '';
    await refresh(writer.connector, async (ctx) => {
      otherGUID = await ctx.createDatabase({ databaseProperties: { qualifiedName: 'pg:written-by-other' } });
    });
    await waitUntil(
      () => listener.connector.events.some((e) => e.principleElement?.guid === otherGUID),
      'the event of the other connector',
    );
    const created = listener.connector.events.find((e) => e.principleElement?.guid === otherGUID);
    expect(created?.eventType).toBe('NEW_ELEMENT_CREATED');
    expect(created?.principleElement?.type?.typeName).toBe('Database');
    expect(listener.connector.events.some((e) => e.principleElement?.guid === ownGUID)).toBe(false);
  });

  it('creates its metadata source once and finds it again for the next context', async () => {
    testbed.proxy.clearRequests();
    const first = await startConnector({ metadataSourceQualifiedName: 'pg-server:once' });
    expect(
      testbed.proxy.requestsMatching({ path: '/open-integration/users/daemonUser/metadata-sources/new' }),
    ).toHaveLength(1);
    await refresh(first.connector, async (ctx) => {
      await ctx.createDatabase({ databaseProperties: { qualifiedName: 'pg:once-db' } });
    });
    await first.connector.runDisconnect();

    const second = await startConnector({ metadataSourceQualifiedName: 'pg-server:once' });
    expect(testbed.proxy.requestsMatching({ path: '/metadata-sources/by-name' })).toHaveLength(2);
    expect(testbed.proxy.requestsMatching({ path: '/metadata-sources/new' })).toHaveLength(1);
    expect(second.context.getDatabaseManagerGUID()).toBe(first.context.getDatabaseManagerGUID());
    expect((await second.context.getMyDatabases()).map((d) => d.databaseProperties?.qualifiedName)).toEqual([
      'pg:once-db',
    ]);
    await expect(first.context.getMyDatabases()).rejects.toBeInstanceOf(UserNotAuthorizedException);
  });
});
