import {
  IllegalStateError,
  IntegrationConnector,
  PropertyServerException,
  type CatalogTarget,
  type CatalogTargetIntegrator,
  type CatalogTargetRefreshSummary,
  type Connection,
} from '@egeria-ts/core';
import { contextOptions, InMemoryCatalogTargetStore, RecordingAuditLog, TestContext } from './connector-test-support';

const connection: Connection = { connectorType: { connectorProviderClassName: 'test:targets' } };

/** A connector whose refresh works through its catalog targets with a test-supplied integrator. */
class TargetConnector extends IntegrationConnector<TestContext> {
  integrator: CatalogTargetIntegrator = async () => undefined;
  summary?: CatalogTargetRefreshSummary;

  async refresh(signal: AbortSignal): Promise<void> {
    this.summary = await this.refreshCatalogTargets(this.integrator, signal);
  }

  /** Exposes the protected helper to show it refuses calls outside start..disconnect. */
  async refreshTargetsNow(): Promise<CatalogTargetRefreshSummary> {
    return this.refreshCatalogTargets(this.integrator, new AbortController().signal);
  }
}

async function setUp(targetNames: string[], pageSize = 1000) {
  const log = new RecordingAuditLog('daemon');
  const store = new InMemoryCatalogTargetStore();
  const context = new TestContext(contextOptions({ auditLog: log, catalogTargetStore: store, maxPageSize: pageSize }));
  for (const name of targetNames) await context.addCatalogTarget(`element-${name}`, { catalogTargetName: name });
  const connector = new TargetConnector();
  await connector.initialize('id', connection);
  connector.setAuditLog(log);
  connector.setContext(context);
  connector.setConnectorName('TargetConnector');
  await connector.runStart();
  return { log, store, context, connector };
}

describe('IntegrationConnector catalog targets', () => {
  it('processes every target, each in its own try, logging failures and carrying on', async () => {
    const { log, connector } = await setUp(['alpha', 'beta', 'gamma', 'delta']);
    const seen: string[] = [];
    connector.integrator = async (target: CatalogTarget) => {
      seen.push(target.catalogTargetName!);
      if (target.catalogTargetName === 'beta') throw new PropertyServerException('beta server unreachable');
      if (target.catalogTargetName === 'gamma') throw 'a string, not an Error';
    };
    await connector.runRefresh(new AbortController().signal);

    expect(seen).toEqual(['alpha', 'beta', 'gamma', 'delta']);
    const summary = connector.summary!;
    expect(summary.total).toBe(4);
    expect(summary.succeeded).toBe(2);
    expect(summary.skipped).toBe(0);
    expect(summary.failed.map((f) => f.catalogTargetName)).toEqual(['beta', 'gamma']);
    expect(summary.failed[0].relationshipGUID).toMatch(/^rel-/);
    expect(summary.failed[0].error).toBeInstanceOf(PropertyServerException);

    expect(log.ids()).toEqual([
      'OIF-CONNECTOR-0008',
      'OIF-CONNECTOR-0008',
      'OIF-CONNECTOR-0013',
      'OIF-CONNECTOR-0008',
      'OIF-CONNECTOR-0013',
      'OIF-CONNECTOR-0008',
      'OIF-CONNECTOR-0009',
    ]);
    const failures = log.records.filter((r) => r.messageId === 'OIF-CONNECTOR-0013');
    expect(failures[0].text).toContain('PropertyServerException');
    expect(failures[0].text).toContain('refreshCatalogTargets:beta');
    expect(failures[0].text).toContain('beta server unreachable');
    expect(failures[0].error).toBeInstanceOf(PropertyServerException);
    expect(failures[1].text).toContain('a string, not an Error');
    expect(log.records.at(-1)!.text).toContain('has refreshed 4 catalog target(s)');
  });

  it('logs OIF-CONNECTOR-0007 when there are no catalog targets', async () => {
    const { log, connector } = await setUp([]);
    const integrator = jest.fn();
    connector.integrator = integrator;
    await connector.runRefresh(new AbortController().signal);
    expect(integrator).not.toHaveBeenCalled();
    expect(connector.summary).toEqual({ total: 0, succeeded: 0, failed: [], skipped: 0 });
    expect(log.ids()).toEqual(['OIF-CONNECTOR-0007']);
  });

  it('reads the targets page by page', async () => {
    const names = ['t1', 't2', 't3', 't4', 't5'];
    const { store, connector } = await setUp(names, 2);
    const seen: string[] = [];
    connector.integrator = (target) => {
      seen.push(target.catalogTargetName!);
    };
    await connector.runRefresh(new AbortController().signal);
    expect(seen).toEqual(names);
    const pages = store.calls.filter((c) => c.method === 'getCatalogTargets').map((c) => c.request);
    expect(pages).toEqual([
      expect.objectContaining({ startFrom: 0, pageSize: 2, integrationConnectorGUID: 'connector-guid-1' }),
      expect.objectContaining({ startFrom: 2, pageSize: 2 }),
      expect.objectContaining({ startFrom: 4, pageSize: 2 }),
    ]);
  });

  it('stops when the refresh signal fires and counts the rest as skipped', async () => {
    const { log, connector } = await setUp(['a', 'b', 'c', 'd']);
    const controller = new AbortController();
    const seen: string[] = [];
    connector.integrator = (target, signal) => {
      seen.push(target.catalogTargetName!);
      expect(signal).toBe(controller.signal);
      if (target.catalogTargetName === 'b') controller.abort(new Error('timeout'));
    };
    await connector.runRefresh(controller.signal);
    expect(seen).toEqual(['a', 'b']);
    expect(connector.summary).toMatchObject({ total: 4, succeeded: 2, skipped: 2 });
    expect(log.records.at(-1)!.text).toContain('has refreshed 2 catalog target(s)');
  });

  it('stops when the connector is disconnected mid-way', async () => {
    const { connector } = await setUp(['a', 'b', 'c']);
    const seen: string[] = [];
    connector.integrator = async (target) => {
      seen.push(target.catalogTargetName!);
      if (target.catalogTargetName === 'a') await connector.runDisconnect();
    };
    await connector.runRefresh(new AbortController().signal);
    expect(seen).toEqual(['a']);
    expect(connector.summary).toMatchObject({ total: 3, succeeded: 1, skipped: 2 });
  });

  it('logs OIF-CONNECTOR-0006 and fails the refresh when the targets cannot be listed', async () => {
    const { log, store, connector } = await setUp(['a']);
    store.getCatalogTargets = async () => {
      throw new PropertyServerException('governance server unavailable');
    };
    await expect(connector.runRefresh(new AbortController().signal)).rejects.toThrow('governance server unavailable');
    expect(log.ids()).toEqual(['OIF-CONNECTOR-0006']);
    expect(log.records[0].text).toContain('TargetConnector');
  });

  it('finds no targets without a catalog target store or connector GUID', async () => {
    const log = new RecordingAuditLog();
    const context = new TestContext(contextOptions({ auditLog: log, integrationConnectorGUID: undefined }));
    const connector = new TargetConnector();
    await connector.initialize('id', connection);
    connector.setAuditLog(log);
    connector.setContext(context);
    connector.setConnectorName('Static');
    await connector.runStart();
    await connector.runRefresh(new AbortController().signal);
    expect(connector.summary?.total).toBe(0);
    expect(log.ids()).toEqual(['OIF-CONNECTOR-0007']);
  });

  it('refuses to process targets before start', async () => {
    const connector = new TargetConnector();
    await connector.initialize('id', connection);
    await expect(connector.refreshTargetsNow()).rejects.toThrow(IllegalStateError);
    await expect(connector.refreshTargetsNow()).rejects.toThrow(/refreshCatalogTargets.*INITIALIZED/);
  });
});
