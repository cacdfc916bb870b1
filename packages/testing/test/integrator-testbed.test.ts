/**
 * useIntegratorTestbed and rejectionOf: contexts through the proxy, closed after each test, and a
 * refused write that sends nothing.
 */
import { IllegalStateError, PermittedSynchronization, UserNotAuthorizedException } from '@egeria-ts/core';
import { databaseIntegratorService } from '@egeria-ts/database-integrator';
import {
  lastPublishedReport,
  publishedReports,
  rejectionOf,
  reportCounts,
  useIntegratorTestbed,
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

describe('rejectionOf', () => {
  it('fails with a typed error when the call succeeds', async () => {
    await expect(rejectionOf(Promise.resolve(1))).rejects.toBeInstanceOf(IllegalStateError);
    expect(await rejectionOf(Promise.reject(new Error('no')))).toEqual(new Error('no'));
  });
});
