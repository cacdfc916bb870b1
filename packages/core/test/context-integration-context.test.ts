import {
  ConnectorRegistry,
  defaultConnectorRegistry,
  DeleteMethod,
  elementShouldBeCatalogued,
  IllegalStateError,
  IntegrationContext,
  InvalidParameterException,
  PermittedSynchronization,
  UserNotAuthorizedException,
  WriteTarget,
  type IntegrationContextOptions,
} from '@egeria-ts/core';
import {
  contextOptions,
  InMemoryCatalogTargetStore,
  RecordingAuditLog,
  RecordingReportPublisher,
  TestContext,
} from './connector-test-support';

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

async function rejected(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('IntegrationContext options', () => {
  it('exposes the identity it was given, with Egeria defaults', () => {
    const context = new IntegrationContext(
      contextOptions({
        metadataSourceQualifiedName: 'PostgreSQL:prod',
        metadataSourceGUID: 'source-guid',
        serverName: 'integration-daemon-1',
      }),
    );
    expect(context.userId).toBe('integration-daemon-npa');
    expect(context.connectorId).toBe('connector-id-1');
    expect(context.connectorName).toBe('TestConnector');
    expect(context.integrationConnectorGUID).toBe('connector-guid-1');
    expect(context.metadataSourceQualifiedName).toBe('PostgreSQL:prod');
    expect(context.metadataSourceGUID).toBe('source-guid');
    expect(context.serverName).toBe('integration-daemon-1');
    expect(context.permittedSynchronization).toBe(PermittedSynchronization.BOTH_DIRECTIONS);
    expect(context.deleteMethod).toBe(DeleteMethod.ARCHIVE);
    expect(context.generateIntegrationReport).toBe(false);
    expect(context.maxPageSize).toBe(1000);
    expect(context.connectorRegistry).toBe(defaultConnectorRegistry);
    expect(context.isActive()).toBe(true);
  });

  it('keeps the connector registry it is given (the daemon passes its own)', () => {
    const registry = new ConnectorRegistry();
    expect(new IntegrationContext(contextOptions({ connectorRegistry: registry })).connectorRegistry).toBe(registry);
  });

  it('accepts enum values written as Egeria names in any case', () => {
    const context = new IntegrationContext(
      contextOptions({
        permittedSynchronization: 'from_third_party' as PermittedSynchronization,
        deleteMethod: 'SOFT_DELETE' as DeleteMethod,
      }),
    );
    expect(context.permittedSynchronization).toBe(PermittedSynchronization.FROM_THIRD_PARTY);
    expect(context.deleteMethod).toBe(DeleteMethod.SOFT_DELETE);
  });

  it.each([
    ['userId', { userId: '' }],
    ['connectorId', { connectorId: undefined }],
    ['connectorName', { connectorName: 42 }],
    ['permittedSynchronization', { permittedSynchronization: 'SIDEWAYS' }],
    ['deleteMethod', { deleteMethod: 'SHRED' }],
    ['generateIntegrationReport', { generateIntegrationReport: 'yes' }],
    ['maxPageSize', { maxPageSize: 0 }],
    ['auditLog', { auditLog: {} }],
    ['catalogTargetStore', { catalogTargetStore: { addCatalogTarget: () => 'x' } }],
    ['integrationReportPublisher', { integrationReportPublisher: {} }],
    ['metadataSourceGUID', { metadataSourceGUID: '' }],
    ['connectorRegistry', { connectorRegistry: { resolve: () => undefined } }],
  ])('refuses a bad %s, naming it', (field, override) => {
    const options = { ...contextOptions(), ...override } as unknown as IntegrationContextOptions;
    const error = thrown(() => new IntegrationContext(options)) as InvalidParameterException;
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect(error.messageId).toBe('EGERIA-TS-CONTEXT-400-004');
    expect(error.parameterName).toBe(field);
    expect(error.message).toContain(field);
  });
});

describe('IntegrationContext permitted synchronization guard', () => {
  const cases: [PermittedSynchronization, WriteTarget, boolean][] = [
    [PermittedSynchronization.BOTH_DIRECTIONS, WriteTarget.OPEN_METADATA, true],
    [PermittedSynchronization.BOTH_DIRECTIONS, WriteTarget.THIRD_PARTY, true],
    [PermittedSynchronization.FROM_THIRD_PARTY, WriteTarget.OPEN_METADATA, true],
    [PermittedSynchronization.FROM_THIRD_PARTY, WriteTarget.THIRD_PARTY, false],
    [PermittedSynchronization.TO_THIRD_PARTY, WriteTarget.OPEN_METADATA, false],
    [PermittedSynchronization.TO_THIRD_PARTY, WriteTarget.THIRD_PARTY, true],
    [PermittedSynchronization.OTHER, WriteTarget.OPEN_METADATA, true],
    [PermittedSynchronization.OTHER, WriteTarget.THIRD_PARTY, true],
    [PermittedSynchronization.BOTH_DIRECTIONS, WriteTarget.CORRELATION, true],
    [PermittedSynchronization.FROM_THIRD_PARTY, WriteTarget.CORRELATION, true],
    [PermittedSynchronization.TO_THIRD_PARTY, WriteTarget.CORRELATION, true],
  ];

  it.each(cases)('%s, write to %s: allowed=%s', (sync, target, allowed) => {
    const context = new IntegrationContext(contextOptions({ permittedSynchronization: sync }));
    if (allowed) {
      expect(() => context.guardWrite('createTable', target)).not.toThrow();
      return;
    }
    const error = thrown(() => context.guardWrite('createTable', target)) as UserNotAuthorizedException;
    expect(error).toBeInstanceOf(UserNotAuthorizedException);
    expect(error.messageId).toBe('EGERIA-TS-CONTEXT-403-001');
    expect(error.relatedHTTPCode).toBe(403);
    expect(error.message).toContain(sync);
    expect(error.message).toContain('createTable');
    expect(error.exceptionProperties).toMatchObject({ permittedSynchronization: sync, writeTarget: target });
  });

  it('sends nothing when a TO_THIRD_PARTY connector writes open metadata', async () => {
    const context = new TestContext(
      contextOptions({ permittedSynchronization: PermittedSynchronization.TO_THIRD_PARTY }),
    );
    context.startRecording();
    const error = await rejected(context.createElement('Database', 'db'));
    expect(error).toBeInstanceOf(UserNotAuthorizedException);
    expect(context.sent).toEqual([]);
    expect(context.getCurrentReport().createCounts).toEqual({});
  });
});

describe('IntegrationContext refresh signal and disconnect', () => {
  it('refuses writes after the refresh signal fires, until a new signal is set', async () => {
    const context = new TestContext(contextOptions());
    const controller = new AbortController();
    context.setRefreshSignal(controller.signal);
    await context.createElement('Database', 'one');
    controller.abort('deadline passed');
    const error = (await rejected(context.createElement('Database', 'two'))) as UserNotAuthorizedException;
    expect(error).toBeInstanceOf(UserNotAuthorizedException);
    expect(error.messageId).toBe('EGERIA-TS-CONTEXT-401-003');
    expect(error.message).toContain('deadline passed');
    expect(error.cause).toBe('deadline passed');
    expect(() => context.guardWrite('pushToThirdParty', WriteTarget.THIRD_PARTY)).toThrow(UserNotAuthorizedException);
    await expect(context.addCatalogTarget('element', { catalogTargetName: 'x' })).rejects.toThrow(
      UserNotAuthorizedException,
    );
    context.setRefreshSignal(new AbortController().signal);
    await context.createElement('Database', 'three');
    expect(context.sent).toEqual(['create one', 'create three']);
  });

  it('passes a signal to requests that fires when the refresh is cancelled', async () => {
    const context = new TestContext(contextOptions());
    const controller = new AbortController();
    context.setRefreshSignal(controller.signal);
    const pending = context.slowWrite();
    expect(context.signal.aborted).toBe(false);
    controller.abort(new Error('cancelled'));
    await expect(pending).rejects.toThrow('cancelled');
    expect(context.signal.aborted).toBe(true);
  });

  it('refuses every operation after disconnect, and cancels requests in flight', async () => {
    const store = new InMemoryCatalogTargetStore();
    const context = new TestContext(contextOptions({ catalogTargetStore: store }));
    const pending = context.slowWrite();
    await context.disconnect();
    await expect(pending).rejects.toThrow(UserNotAuthorizedException);
    expect(context.isActive()).toBe(false);
    await context.disconnect(); // a second disconnect is harmless

    const operations: [string, () => unknown][] = [
      ['createElement', () => context.createElement('Database', 'x')],
      ['guardWrite', () => context.guardWrite('guardWrite')],
      ['getCatalogTargets', () => context.getCatalogTargets()],
      ['getCatalogTarget', () => context.getCatalogTarget('rel-1')],
      ['addCatalogTarget', () => context.addCatalogTarget('e', {})],
      ['removeCatalogTarget', () => context.removeCatalogTarget('rel-1')],
      ['startRecording', () => context.startRecording()],
      ['reportElementCreation', () => context.reportElementCreation('Database', 'g')],
      ['publishReport', () => context.publishReport()],
      ['setRefreshSignal', () => context.setRefreshSignal(undefined)],
      ['validateIsActive', () => context.validateIsActive('validateIsActive')],
    ];
    for (const [operation, call] of operations) {
      let error: unknown;
      try {
        await call();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(UserNotAuthorizedException);
      expect((error as UserNotAuthorizedException).messageId).toBe('EGERIA-TS-CONTEXT-401-002');
      expect((error as Error).message).toContain(operation);
    }
    expect(store.calls).toEqual([]);
    expect(context.sent).toEqual(['slowWrite']);
  });

  it('refuses a refresh signal that is not an AbortSignal', () => {
    const context = new IntegrationContext(contextOptions());
    const error = thrown(() => context.setRefreshSignal({} as AbortSignal)) as InvalidParameterException;
    expect(error.parameterName).toBe('signal');
  });
});

describe('IntegrationContext catalog targets', () => {
  it('adds, updates, reads, lists and removes catalog targets through the store', async () => {
    const store = new InMemoryCatalogTargetStore();
    const context = new IntegrationContext(contextOptions({ catalogTargetStore: store }));
    const guid = await context.addCatalogTarget('server-guid', {
      catalogTargetName: 'prod-db',
      permittedSynchronization: PermittedSynchronization.FROM_THIRD_PARTY,
    });
    await context.addCatalogTarget(
      'other-guid',
      { catalogTargetName: 'other' },
      { integrationConnectorGUID: 'other-connector' },
    );
    expect(store.calls[0].request).toMatchObject({
      userId: 'integration-daemon-npa',
      integrationConnectorGUID: 'connector-guid-1',
      metadataElementGUID: 'server-guid',
    });
    await context.updateCatalogTarget(guid, { catalogTargetName: 'prod-db-renamed' });
    expect((await context.getCatalogTarget(guid))?.catalogTargetName).toBe('prod-db-renamed');
    const mine = await context.getCatalogTargets();
    expect(mine.map((t) => t.catalogTargetName)).toEqual(['prod-db-renamed']);
    const theirs = await context.getAllCatalogTargets({ integrationConnectorGUID: 'other-connector' });
    expect(theirs.map((t) => t.catalogTargetName)).toEqual(['other']);
    await context.removeCatalogTarget(guid);
    expect(await context.getCatalogTarget(guid)).toBeUndefined();
    expect(await context.getAllCatalogTargets()).toEqual([]);
  });

  it('names the parameter at fault', async () => {
    const context = new IntegrationContext(contextOptions({ catalogTargetStore: new InMemoryCatalogTargetStore() }));
    const noGuid = (await rejected(context.addCatalogTarget('', {}))) as InvalidParameterException;
    expect(noGuid).toBeInstanceOf(InvalidParameterException);
    expect(noGuid.parameterName).toBe('metadataElementGUID');
    expect(noGuid.messageId).toBe('EGERIA-TS-CONTEXT-400-005');
    const noProps = (await rejected(context.updateCatalogTarget('rel', null as never))) as InvalidParameterException;
    expect(noProps.parameterName).toBe('properties');
    const badPage = (await rejected(context.getCatalogTargets({ pageSize: -1 }))) as InvalidParameterException;
    expect(badPage.parameterName).toBe('pageSize');
  });

  it('has no catalog targets without a store or connector GUID, and refuses to add one', async () => {
    const noStore = new IntegrationContext(contextOptions());
    expect(await noStore.getCatalogTargets()).toEqual([]);
    expect(await noStore.getCatalogTarget('rel')).toBeUndefined();
    const error = (await rejected(noStore.addCatalogTarget('e', {}))) as IllegalStateError;
    expect(error).toBeInstanceOf(IllegalStateError);
    expect(error.message).toContain('catalog target store');

    const noGuid = new IntegrationContext(
      contextOptions({ catalogTargetStore: new InMemoryCatalogTargetStore(), integrationConnectorGUID: undefined }),
    );
    expect(await noGuid.getAllCatalogTargets()).toEqual([]);
    const noGuidError = (await rejected(noGuid.addCatalogTarget('e', {}))) as IllegalStateError;
    expect(noGuidError.message).toContain('integration connector GUID');
  });
});

describe('IntegrationContext activity report', () => {
  it('counts creates, updates and deletes by type, each element once', async () => {
    const context = new TestContext(contextOptions({ serverName: 'daemon-1' }));
    context.startRecording();
    await context.createElement('Database', 'db1');
    await context.createElement('Database', 'db2');
    await context.createElement('DeployedDatabaseSchema', 's1');
    await context.updateElement('Database', 'guid-db1');
    await context.updateElement('Database', 'guid-db1');
    await context.deleteElement('DeployedDatabaseSchema', 'guid-s1');
    context.reportElementUpdate('RelationalTable', 'table-guid');
    const report = context.getCurrentReport();
    expect(report.createCounts).toEqual({ Database: 2, DeployedDatabaseSchema: 1 });
    expect(report.updateCounts).toEqual({ Database: 1, RelationalTable: 1 });
    expect(report.deleteCounts).toEqual({ DeployedDatabaseSchema: 1 });
    expect(report.createdElements).toEqual(['guid-db1', 'guid-db2', 'guid-s1']);
    expect(report.updatedElements).toEqual(['guid-db1', 'table-guid']);
    expect(report.deletedElements).toEqual(['guid-s1']);
    expect(report.serverName).toBe('daemon-1');
    expect(report.refreshStartDate).toBeInstanceOf(Date);
    expect(report.refreshCompletionDate.getTime()).toBeGreaterThanOrEqual(report.refreshStartDate!.getTime());
  });

  it('publishes only when enabled, given a publisher and something changed', async () => {
    const publisher = new RecordingReportPublisher();
    const context = new TestContext(
      contextOptions({ generateIntegrationReport: true, integrationReportPublisher: publisher }),
    );
    context.startRecording();
    expect(await context.publishReport()).toBeUndefined();
    await context.createElement('Database', 'db1');
    const report = await context.publishReport();
    expect(report?.createCounts).toEqual({ Database: 1 });
    expect(publisher.published).toHaveLength(1);
    expect(publisher.published[0]).toMatchObject({
      userId: 'integration-daemon-npa',
      integrationConnectorGUID: 'connector-guid-1',
      report: { connectorId: 'connector-id-1', connectorName: 'TestConnector' },
    });
    // Publishing starts a new recording.
    expect(context.getCurrentReport().createCounts).toEqual({});
    expect(await context.publishReport()).toBeUndefined();
    expect(publisher.published).toHaveLength(1);

    const disabled = new TestContext(contextOptions({ integrationReportPublisher: publisher }));
    await disabled.createElement('Database', 'db9');
    expect(await disabled.publishReport()).toBeUndefined();
    expect(publisher.published).toHaveLength(1);
  });

  it('refuses reports without a type name or GUID', () => {
    const context = new IntegrationContext(contextOptions());
    const noType = thrown(() => context.reportElementCreation('', 'g')) as InvalidParameterException;
    expect(noType.parameterName).toBe('typeName');
    const noGuid = thrown(() =>
      context.reportElementDelete('Database', undefined as never),
    ) as InvalidParameterException;
    expect(noGuid.parameterName).toBe('guid');
  });
});

describe('elementShouldBeCatalogued (Egeria 5.2 semantics)', () => {
  const context = new IntegrationContext(contextOptions({ auditLog: new RecordingAuditLog() }));

  it.each([
    ['no name', null, undefined, undefined, false],
    ['no lists', 'orders', undefined, undefined, true],
    ['excluded', 'orders', ['orders'], undefined, false],
    ['not excluded', 'orders', ['audit'], undefined, true],
    ['included', 'orders', undefined, ['orders'], true],
    ['not included', 'orders', undefined, ['sales'], false],
    ['include list wins over exclude list', 'orders', ['orders'], ['orders'], true],
    ['include list wins even when it excludes', 'audit', [], ['orders'], false],
    ['an empty include list includes nothing', 'orders', null, [], false],
    ['names are compared exactly', 'Orders', undefined, ['orders'], false],
    ['names are not patterns', 'orders', undefined, ['ord.*'], false],
  ])('%s', (_label, name, excluded, included, expected) => {
    expect(context.elementShouldBeCatalogued(name, excluded, included)).toBe(expected);
    expect(elementShouldBeCatalogued(name, excluded, included)).toBe(expected);
  });
});
