/**
 * createTestContext, waitUntil and the fault proxy's request bodies, against a test emulator over
 * real HTTP.
 */
import { IllegalStateError, InvalidParameterException, PermittedSynchronization } from '@egeria-ts/core';
import { databaseIntegratorService } from '@egeria-ts/database-integrator';
import {
  createTestContext,
  startFaultProxy,
  startTestEmulator,
  waitUntil,
  type FaultProxy,
  type TestEmulator,
} from '@egeria-ts/testing';
import { SourceDatabaseConnector } from './support/source-database-connector';

let emulator: TestEmulator;
let proxy: FaultProxy;

beforeAll(async () => {
  emulator = await startTestEmulator({ serverName: 'context-mds' });
  proxy = await startFaultProxy({ target: emulator.url });
});

afterAll(async () => {
  await databaseIntegratorService.close();
  await proxy.close();
  await emulator.close();
});

describe('createTestContext', () => {
  it('builds a context through the service, through the proxy, with its metadata source and audit log', async () => {
    proxy.clearRequests();
    const test = await createTestContext(databaseIntegratorService, {
      platformURL: proxy.url,
      serverName: emulator.serverName,
      connectorName: 'ctx-connector',
      userId: 'dbUser',
      localServerUserId: 'daemonUser',
      metadataSourceQualifiedName: 'DB::ctx',
      permittedSynchronization: PermittedSynchronization.TO_THIRD_PARTY,
    });
    try {
      expect(test.context.connectorName).toBe('ctx-connector');
      expect(test.context.permittedSynchronization).toBe(PermittedSynchronization.TO_THIRD_PARTY);
      const created = proxy.requestsMatching({ method: 'POST', path: '/users/daemonUser/metadata-sources/new' });
      expect(created).toHaveLength(1);
      expect(JSON.parse(created[0].body)).toMatchObject({ qualifiedName: 'DB::ctx' });
      expect(test.auditRecords.records.length).toBeGreaterThan(0);
      expect(test.auditRecords.records.every((r) => r.component === 'ctx-connector')).toBe(true);
    } finally {
      await test.close();
      await test.close();
    }
  });

  it('starts a given connector with the context, and stops it on close', async () => {
    const connector = new SourceDatabaseConnector();
    const test = await createTestContext(databaseIntegratorService, { emulator, connector });
    expect(connector.connectorState).toBe('STARTED');
    expect(connector.context).toBe(test.context);
    await test.close();
    expect(connector.connectorState).toBe('DISCONNECTED');
  });

  it('names the option at fault', async () => {
    await expect(createTestContext(databaseIntegratorService, { serverName: 'x' })).rejects.toMatchObject({
      exceptionProperties: { parameterName: 'platformURL' },
    });
    await expect(createTestContext(databaseIntegratorService, { emulator, connectorName: ' ' })).rejects.toBeInstanceOf(
      InvalidParameterException,
    );
  });
});

describe('waitUntil', () => {
  it('returns once the condition holds, and fails with a typed error naming what it waited for', async () => {
    let ready = false;
    setTimeout(() => (ready = true), 30);
    await waitUntil(() => ready, 'the flag');
    expect(ready).toBe(true);
    const waiting = waitUntil(() => false, 'nothing', 50);
    await expect(waiting).rejects.toBeInstanceOf(IllegalStateError);
    await expect(waiting).rejects.toThrow(/nothing/);
  });
});
