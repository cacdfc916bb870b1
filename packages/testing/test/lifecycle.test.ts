import {
  ConnectorState,
  InvalidParameterException,
  PermittedSynchronization,
  UserNotAuthorizedException,
  IntegrationConnector,
} from '@egeria-ts/core';
import { databaseIntegratorService } from '@egeria-ts/database-integrator';
import { filesIntegratorService } from '@egeria-ts/files-integrator';
import { runConnector, startTestEmulator, type TestEmulator } from '@egeria-ts/testing';
import { CONNECTOR_NAME, FIXED_SOURCE, SourceDatabaseConnector } from './support/source-database-connector';

const SOURCE = 'shop-db-server';

let emulator: TestEmulator;

beforeAll(async () => {
  emulator = await startTestEmulator({ serverName: 'lifecycle-mds' });
});

afterAll(async () => {
  await emulator.close();
});

describe('runConnector', () => {
  it('runs a connector through its whole lifecycle, with its service found from its decorator', async () => {
    const run = await runConnector(SourceDatabaseConnector, {
      emulator,
      metadataSourceQualifiedName: SOURCE,
      endpoint: 'db.example.com:5432',
      userId: 'reader',
      clearPassword: 'not-a-real-secret',
      configurationProperties: { qualifiedNamePrefix: 'lc' },
    });
    try {
      expect(run.service).toBe(databaseIntegratorService);
      expect(run.connectorName).toBe(CONNECTOR_NAME);
      expect(run.connector.connectorState).toBe(ConnectorState.STARTED);
      expect(run.connector.refreshCount).toBe(1);
      expect(run.connection.endpoint?.address).toBe('db.example.com:5432');
      expect(run.connection.userId).toBe('reader');
      expect(run.connection.configurationProperties).toEqual({ qualifiedNamePrefix: 'lc' });
      expect(run.context.metadataSourceQualifiedName).toBe(SOURCE);
      expect(run.context.permittedSynchronization).toBe(PermittedSynchronization.FROM_THIRD_PARTY);
      expect(run.context.getDatabaseManagerName()).toBe(SOURCE);

      // The first refresh created 1 database, 1 schema, 2 tables and 5 columns.
      expect(run.activityReports).toHaveLength(1);
      const first = run.activityReports[0];
      expect(first?.createCounts).toEqual({
        Database: 1,
        DeployedDatabaseSchema: 1,
        RelationalTable: 2,
        RelationalColumn: 5,
      });
      expect(first?.createdElements).toHaveLength(9);
      expect(first?.connectorName).toBe(CONNECTOR_NAME);

      // The audit log holds the service's start-up messages, and never the password.
      const ids = run.auditRecords.map((r) => r.messageId);
      expect(ids).toContain('OMIS-DATABASE-INTEGRATOR-0002');
      expect(run.auditLog.withMessageId('OMIS-DATABASE-INTEGRATOR-0002')[0]?.messageText).toContain(SOURCE);
      expect(JSON.stringify(run.auditRecords)).not.toContain('not-a-real-secret');

      // A second refresh finds everything in place and creates nothing.
      const second = await run.refresh();
      expect(second.createdElements).toEqual([]);
      expect(run.activityReports).toHaveLength(2);
      expect(run.connector.refreshCount).toBe(2);

      const databases = await emulator.elementsOfType('Database');
      expect(databases.map((d) => d.qualifiedName)).toEqual(['lc:db.example.com:5432/shop']);
    } finally {
      await run.stop();
    }
    expect(run.running).toBe(false);
    expect(run.connector.connectorState).toBe(ConnectorState.DISCONNECTED);
    expect(run.context.isActive()).toBe(false);
    await run.stop(); // a second stop does nothing
    await expect(run.refresh()).rejects.toMatchObject({ messageId: 'EGERIA-TS-TESTING-409-005' });
  });

  it('refreshes again after the source changes: a dropped table is removed', async () => {
    const source = structuredClone(FIXED_SOURCE) as (typeof FIXED_SOURCE)[number][];
    const run = await runConnector(SourceDatabaseConnector, {
      emulator,
      create: () => new SourceDatabaseConnector(source),
      metadataSourceQualifiedName: 'changing-db-server',
      configurationProperties: { qualifiedNamePrefix: 'changing' },
    });
    try {
      const table = 'changing:memory/shop.sales.order';
      expect(await emulator.elementByQualifiedName(table)).toBeDefined();
      run.connector.source = [
        { ...source[0]!, schemas: [{ name: 'sales', tables: source[0]!.schemas[0]!.tables.slice(0, 1) }] },
      ];
      const report = await run.refresh();
      expect(report.deleteCounts).toEqual({ RelationalTable: 1 });
      expect(await emulator.elementByQualifiedName(table)).toBeUndefined();
      expect(await emulator.elementByQualifiedName('changing:memory/shop.sales.customer')).toBeDefined();
    } finally {
      await run.stop();
    }
  });

  it('takes the service as an option, and runs no refresh when asked for none', async () => {
    const run = await runConnector(SourceDatabaseConnector, {
      platformURL: emulator.url,
      serverName: emulator.serverName,
      service: databaseIntegratorService,
      refreshes: 0,
      connectorName: 'explicit',
      connectorUserId: 'someone',
    });
    try {
      expect(run.connector.refreshCount).toBe(0);
      expect(run.activityReports).toEqual([]);
      expect(run.context.userId).toBe('someone');
      expect(run.context.connectorName).toBe('explicit');
    } finally {
      await run.stop();
    }
  });

  it('refuses writes that the permitted synchronization forbids, with a typed error', async () => {
    const run = await runConnector(SourceDatabaseConnector, {
      emulator,
      permittedSynchronization: PermittedSynchronization.TO_THIRD_PARTY,
      refreshes: 0,
    });
    try {
      await expect(run.refresh()).rejects.toBeInstanceOf(UserNotAuthorizedException);
      expect(run.connector.connectorState).toBe(ConnectorState.STARTED);
    } finally {
      await run.stop();
    }
  });

  it('stops the connector and rethrows when a first refresh fails', async () => {
    class FailingConnector extends SourceDatabaseConnector {
      override async refresh(): Promise<void> {
        throw new Error('source unavailable');
      }
    }
    let created: FailingConnector | undefined;
    await expect(
      runConnector(FailingConnector, {
        emulator,
        create: () => (created = new FailingConnector()),
      }),
    ).rejects.toThrow('source unavailable');
    expect(created?.connectorState).toBe(ConnectorState.DISCONNECTED);
  });

  describe('bad options', () => {
    it('needs an emulator or a platform URL', async () => {
      const error = await runConnector(SourceDatabaseConnector, {}).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidParameterException);
      expect((error as InvalidParameterException).parameterName).toBe('platformURL');
    });

    it('checks configuration properties against the types the connector declares', async () => {
      const error = await runConnector(SourceDatabaseConnector, {
        emulator,
        configurationProperties: { pageSize: 'many' },
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidParameterException);
      expect(String((error as Error).message)).toContain('pageSize');
    });

    it('refuses a service that does not run the connector', async () => {
      const error = await runConnector(SourceDatabaseConnector, {
        emulator,
        service: filesIntegratorService,
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidParameterException);
      expect(error).toMatchObject({ messageId: 'EGERIA-TS-TESTING-400-003', parameterName: 'service' });
    });

    it('asks for the service when it cannot find one', async () => {
      class Plain extends IntegrationConnector {
        async refresh(): Promise<void> {}
      }
      const error = await runConnector(Plain, { emulator }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidParameterException);
      expect(error).toMatchObject({ messageId: 'EGERIA-TS-TESTING-400-002', parameterName: 'service' });
    });

    it('refuses a negative number of refreshes', async () => {
      await expect(runConnector(SourceDatabaseConnector, { emulator, refreshes: -1 })).rejects.toMatchObject({
        parameterName: 'refreshes',
      });
    });
  });
});
