/**
 * useIntegratorTestbed, rejectionOf and guidsOf: contexts through the proxy, closed after each
 * test, and a refused write that sends nothing.
 */
import { IllegalStateError, PermittedSynchronization, UserNotAuthorizedException } from '@egeria-ts/core';
import { DatabaseIntegratorConnector, databaseIntegratorService } from '@egeria-ts/database-integrator';
import type { DataManagerOutboundEvent } from '@egeria-ts/omas-client';
import {
  guidsOf,
  lastPublishedReport,
  publishedReports,
  rejectionOf,
  reportCounts,
  scriptedConnector,
  useIntegratorTestbed,
  waitUntil,
} from '@egeria-ts/testing';
import { SourceDatabaseConnector } from './support/source-database-connector';

const testbed = useIntegratorTestbed(databaseIntegratorService, {
  serverName: 'testbed-mds',
  userId: 'dbUser',
  localServerUserId: 'daemonUser',
  connectorNamePrefix: 'db-connector',
});

let fromFirstTest: SourceDatabaseConnector | undefined;

describe('useIntegratorTestbed', () => {
  it('starts connectors with contexts built through the proxy, numbered, as the given users', async () => {
    expect(testbed.serverName).toBe('testbed-mds');
    testbed.proxy.clearRequests();
    const connector = new SourceDatabaseConnector();
    fromFirstTest = connector;
    const first = await testbed.start(connector, { metadataSourceQualifiedName: 'DB::testbed' });
    expect(connector.connectorState).toBe('STARTED');
    expect(first.context.connectorName).toBe('db-connector-1');
    expect(testbed.proxy.countRequests({ path: '/users/daemonUser/metadata-sources/new' })).toBe(1);
    const second = await testbed.start(new SourceDatabaseConnector(), { direct: true });
    expect(second.context.connectorName).toBe('db-connector-2');
    expect(testbed.proxy.countRequests({ path: '/users/dbUser/' })).toBe(0);
  });

  it('closed the contexts of the previous test', async () => {
    expect(fromFirstTest?.connectorState).toBe('DISCONNECTED');
    const { context } = await testbed.start(new SourceDatabaseConnector(), {
      permittedSynchronization: PermittedSynchronization.TO_THIRD_PARTY,
    });
    testbed.proxy.clearRequests();
    const refusal = await rejectionOf(context.createDatabase({ databaseProperties: { qualifiedName: 'DB::refused' } }));
    expect(refusal).toBeInstanceOf(UserNotAuthorizedException);
    expect(testbed.proxy.requests).toEqual([]);
  });
});

describe('publishedReports', () => {
  it('reads back the activity reports published on the metadata source, with their counts', async () => {
    const connector = new SourceDatabaseConnector();
    const { context } = await testbed.start(connector, {
      metadataSourceQualifiedName: 'DB::reported',
      settings: { generateIntegrationReport: true },
    });
    const sourceGUID = context.metadataSourceGUID;
    expect(publishedReports(testbed.proxy, sourceGUID)).toEqual([]);
    expect(() => lastPublishedReport(testbed.proxy, sourceGUID)).toThrow(IllegalStateError);
    await connector.runRefresh(new AbortController().signal);
    expect(publishedReports(testbed.proxy, sourceGUID)).toHaveLength(1);
    const report = lastPublishedReport(testbed.proxy, sourceGUID);
    expect(reportCounts(report, 'createCounts')).toMatchObject({ Database: 1, DeployedDatabaseSchema: 1 });
    expect(reportCounts(report, 'deleteCounts')).toBeUndefined();
    expect(() => publishedReports(testbed.proxy, undefined)).toThrow(
      expect.objectContaining({ exceptionProperties: { parameterName: 'elementGUID' } }),
    );
  });
});

describe('scriptedConnector', () => {
  const ScriptedDatabaseConnector = scriptedConnector<DatabaseIntegratorConnector, DataManagerOutboundEvent>(
    DatabaseIntegratorConnector,
  );

  it('runs the script of each refresh through the context, and keeps the out-topic events when listening', async () => {
    const listener = new ScriptedDatabaseConnector();
    listener.listen = true;
    expect(listener).toBeInstanceOf(DatabaseIntegratorConnector);
    expect(ScriptedDatabaseConnector.name).toBe('ScriptedDatabaseIntegratorConnector');
    await testbed.start(listener, { metadataSourceQualifiedName: 'DB::listener' });
    await listener.refreshWith(async () => undefined);
    const writer = new ScriptedDatabaseConnector();
    await testbed.start(writer, { metadataSourceQualifiedName: 'DB::writer' });
    let guid = '';
    await writer.refreshWith(async (context) => {
      guid = await context.createDatabase({ databaseProperties: { qualifiedName: 'DB::scripted' } });
    });
    expect(guid).toMatch(/^[0-9a-f-]{36}$/);
    await waitUntil(() => listener.events.some((e) => e.principleElement?.guid === guid), 'the database event');
    expect(writer.events).toEqual([]);
  });
});

describe('rejectionOf', () => {
  it('fails with a typed error when the call succeeds', async () => {
    await expect(rejectionOf(Promise.resolve(1))).rejects.toBeInstanceOf(IllegalStateError);
    expect(await rejectionOf(Promise.reject(new Error('no')))).toEqual(new Error('no'));
  });
});

describe('expectWriteRefused', () => {
  const ScriptedDatabaseConnector = scriptedConnector(DatabaseIntegratorConnector);

  it('starts the connector under TO_THIRD_PARTY and gives back the refusal of a write that sent nothing', async () => {
    const { refusal, context } = await testbed.expectWriteRefused(
      new ScriptedDatabaseConnector(),
      (ctx) => ctx.createDatabase({ databaseProperties: { qualifiedName: 'DB::refused-write' } }),
      {
        metadataSourceQualifiedName: 'DB::refusing',
        settings: { permittedSynchronization: PermittedSynchronization.BOTH_DIRECTIONS },
      },
    );
    expect(refusal).toBeInstanceOf(UserNotAuthorizedException);
    expect(refusal.messageId).toBe('EGERIA-TS-CONTEXT-403-001');
    expect(context.permittedSynchronization).toBe(PermittedSynchronization.TO_THIRD_PARTY);
    expect(context.metadataSourceQualifiedName).toBe('DB::refusing');
    expect(await context.getDatabasesByName({ name: 'DB::refused-write' })).toEqual([]);
  });

  it.each([
    ['succeeds', async () => undefined, 'but it succeeded'],
    [
      'fails with another error',
      async () => Promise.reject(new TypeError('boom')),
      'but it failed with TypeError: boom',
    ],
  ])('fails with a typed error when the write %s', async (_, write, message) => {
    const failure = await rejectionOf(testbed.expectWriteRefused(new ScriptedDatabaseConnector(), write));
    expect(failure).toBeInstanceOf(IllegalStateError);
    expect(failure).toMatchObject({ messageId: 'EGERIA-TS-TESTING-409-018' });
    expect((failure as Error).message).toContain(message);
  });

  it('fails with a typed error when a request was sent before the refusal', async () => {
    const failure = await rejectionOf(
      testbed.expectWriteRefused(new ScriptedDatabaseConnector(), async (ctx) => {
        await ctx.getDatabasesByName({ name: 'DB::looked-up' });
        await ctx.createDatabase({ databaseProperties: { qualifiedName: 'DB::looked-up' } });
      }),
    );
    expect(failure).toMatchObject({ messageId: 'EGERIA-TS-TESTING-409-018' });
    expect((failure as Error).message).toMatch(/but 1 request\(s\) were sent, the first POST \S+\/databases\/by-name/);
  });
});

describe('guidsOf', () => {
  it('lists the GUIDs of elements in order, and none for undefined', () => {
    expect(guidsOf([{ elementHeader: { guid: 'a' } }, {}, { elementHeader: { guid: 'c' } }])).toEqual([
      'a',
      undefined,
      'c',
    ]);
    expect(guidsOf(undefined)).toEqual([]);
  });
});
