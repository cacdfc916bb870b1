import {
  DRY_RUN_GUID_PREFIX,
  IntegrationContext,
  InvalidParameterException,
  PermittedSynchronization,
  UserNotAuthorizedException,
  isDryRunGUID,
  newDryRunGUID,
  type ElementChange,
  type IntegrationContextOptions,
  type RecordedWrite,
  type WriteRecorder,
} from '@egeria-ts/core';
import {
  contextOptions,
  InMemoryCatalogTargetStore,
  RecordingReportPublisher,
  TestContext,
} from './connector-test-support';

/** Keeps what a dry run records. */
class WriteLog implements WriteRecorder {
  readonly writes: RecordedWrite[] = [];

  record(write: RecordedWrite): void {
    this.writes.push(write);
  }
}

/** A context with writes of every result shape the integration services use. */
class ShapesContext extends IntegrationContext {
  readonly sent: string[] = [];

  /** A create whose caller knows the qualified name. */
  async createNamed(typeName: string, qualifiedName: string): Promise<string> {
    return this.write(
      'createNamed',
      async () => {
        this.sent.push(`create ${qualifiedName}`);
        return `guid-${qualifiedName}`;
      },
      { kind: 'create', typeName, guid: (guid) => guid, qualifiedName },
    );
  }

  /** A create that answers with the GUIDs along a path, the new element last (as the files service does). */
  async addAlongPath(pathName: string): Promise<string[]> {
    const change: ElementChange<string[]> = {
      kind: 'create',
      typeName: 'DataFile',
      guid: (guids) => guids[guids.length - 1],
      qualifiedName: pathName,
    };
    return this.write(
      'addAlongPath',
      async () => {
        this.sent.push(`add ${pathName}`);
        return ['folder-guid', 'file-guid'];
      },
      change,
      { dryRunResult: (guid) => [guid] },
    );
  }

  /** An update that answers with a relationship GUID. */
  async linkWithGUID(guid: string): Promise<string> {
    return this.write(
      'linkWithGUID',
      async () => {
        this.sent.push(`link ${guid}`);
        return 'relationship-guid';
      },
      { kind: 'update', typeName: 'Asset', guid },
      { dryRunResult: (placeholder) => placeholder },
    );
  }

  /** A write that does not say what it changes. */
  async undescribed(): Promise<void> {
    await this.write('undescribed', async () => {
      this.sent.push('undescribed');
    });
  }
}

function dryRunOptions(log: WriteLog, overrides: Partial<IntegrationContextOptions> = {}): IntegrationContextOptions {
  return contextOptions({ writeRecorder: log, ...overrides });
}

describe('placeholder GUIDs', () => {
  it('are dry-run:<uuid>, all different, and recognised', () => {
    const a = newDryRunGUID();
    const b = newDryRunGUID();
    expect(a).toMatch(/^dry-run:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(a.startsWith(DRY_RUN_GUID_PREFIX)).toBe(true);
    expect(a).not.toBe(b);
    expect(isDryRunGUID(a)).toBe(true);
    expect(isDryRunGUID('5f2d8a3e-0000-4000-8000-000000000000')).toBe(false);
    expect(isDryRunGUID(undefined)).toBe(false);
    expect(isDryRunGUID(42)).toBe(false);
  });
});

describe('IntegrationContext in a dry run', () => {
  it('is not a dry run without a write recorder, and sends its writes', async () => {
    const context = new TestContext(contextOptions());
    expect(context.dryRun).toBe(false);
    await expect(context.createElement('Database', 'db')).resolves.toBe('guid-db');
    expect(context.sent).toEqual(['create db']);
  });

  it('records every write instead of sending it, with placeholder results', async () => {
    const log = new WriteLog();
    const context = new TestContext(dryRunOptions(log));
    expect(context.dryRun).toBe(true);

    const created = await context.createElement('Database', 'db');
    await context.updateElement('Database', 'existing-guid');
    await context.deleteElement('RelationalTable', 'old-table-guid');

    expect(context.sent).toEqual([]);
    expect(isDryRunGUID(created)).toBe(true);
    expect(log.writes).toEqual([
      { operation: 'createElement', kind: 'create', typeName: 'Database', guid: created },
      { operation: 'updateElement', kind: 'update', typeName: 'Database', guid: 'existing-guid' },
      { operation: 'deleteElement', kind: 'delete', typeName: 'RelationalTable', guid: 'old-table-guid' },
    ]);
  });

  it('gives each create its own placeholder, so that children can be created under it', async () => {
    const log = new WriteLog();
    const context = new ShapesContext(dryRunOptions(log));
    const parent = await context.createNamed('Database', 'db1');
    const child = await context.createNamed('DeployedDatabaseSchema', 'db1.schema');
    expect(parent).not.toBe(child);
    expect(log.writes.map((w) => [w.typeName, w.qualifiedName, w.guid])).toEqual([
      ['Database', 'db1', parent],
      ['DeployedDatabaseSchema', 'db1.schema', child],
    ]);
  });

  it('answers with the result shape the change asks for', async () => {
    const log = new WriteLog();
    const context = new ShapesContext(dryRunOptions(log));

    const guids = await context.addAlongPath('/data/a.csv');
    expect(guids).toHaveLength(1);
    expect(isDryRunGUID(guids[0])).toBe(true);

    const relationship = await context.linkWithGUID('asset-guid');
    expect(isDryRunGUID(relationship)).toBe(true);

    await expect(context.undescribed()).resolves.toBeUndefined();

    expect(context.sent).toEqual([]);
    expect(log.writes).toEqual([
      { operation: 'addAlongPath', kind: 'create', typeName: 'DataFile', guid: guids[0], qualifiedName: '/data/a.csv' },
      { operation: 'linkWithGUID', kind: 'update', typeName: 'Asset', guid: 'asset-guid' },
      { operation: 'undescribed' },
    ]);
  });

  it('counts the placeholder writes in the activity report, as a real run counts its writes', async () => {
    const context = new TestContext(dryRunOptions(new WriteLog()));
    context.startRecording();
    const guid = await context.createElement('Database', 'db');
    await context.updateElement('Database', 'existing-guid');
    const report = context.getCurrentReport();
    expect(report.createdElements).toEqual([guid]);
    expect(report.createCounts).toEqual({ Database: 1 });
    expect(report.updatedElements).toEqual(['existing-guid']);
  });

  it('still refuses what a real run refuses, before recording anything', async () => {
    const log = new WriteLog();
    const context = new TestContext(
      dryRunOptions(log, { permittedSynchronization: PermittedSynchronization.TO_THIRD_PARTY }),
    );
    await expect(context.createElement('Database', 'db')).rejects.toBeInstanceOf(UserNotAuthorizedException);
    expect(log.writes).toEqual([]);

    const active = new TestContext(dryRunOptions(log));
    await active.disconnect();
    await expect(active.updateElement('Database', 'g')).rejects.toBeInstanceOf(UserNotAuthorizedException);
    expect(log.writes).toEqual([]);
  });

  it('records catalog target writes instead of sending them to the store, and reads no placeholder', async () => {
    const log = new WriteLog();
    const store = new InMemoryCatalogTargetStore();
    const context = new TestContext(dryRunOptions(log, { catalogTargetStore: store }));

    const relationship = await context.addCatalogTarget('element-guid', { catalogTargetName: 'first' });
    await context.updateCatalogTarget('existing-relationship', { catalogTargetName: 'renamed' });
    await context.removeCatalogTarget('old-relationship');
    await expect(context.getCatalogTarget(relationship)).resolves.toBeUndefined();
    await expect(context.getCatalogTargets({ integrationConnectorGUID: newDryRunGUID() })).resolves.toEqual([]);

    expect(store.calls).toEqual([]);
    expect(isDryRunGUID(relationship)).toBe(true);
    expect(log.writes).toEqual([
      { operation: 'addCatalogTarget', kind: 'create', typeName: 'CatalogTarget', guid: relationship },
      { operation: 'updateCatalogTarget', kind: 'update', typeName: 'CatalogTarget', guid: 'existing-relationship' },
      { operation: 'removeCatalogTarget', kind: 'delete', typeName: 'CatalogTarget', guid: 'old-relationship' },
    ]);

    // Reads of real catalog targets still go to the store.
    await context.getCatalogTargets();
    expect(store.calls.map((c) => c.method)).toEqual(['getCatalogTargets']);
  });

  it('does not publish the activity report, and starts the next recording afresh', async () => {
    const publisher = new RecordingReportPublisher();
    const context = new TestContext(
      dryRunOptions(new WriteLog(), { integrationReportPublisher: publisher, generateIntegrationReport: true }),
    );
    context.startRecording();
    await context.createElement('Database', 'db');
    await expect(context.publishReport()).resolves.toBeUndefined();
    expect(publisher.published).toEqual([]);
    expect(context.getCurrentReport().createdElements).toEqual([]);
  });

  it('refuses a write recorder without a record method, naming the option', () => {
    let error: unknown;
    try {
      new TestContext(contextOptions({ writeRecorder: {} as WriteRecorder }));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect((error as InvalidParameterException).exceptionProperties?.['parameterName']).toBe('writeRecorder');
  });
});
