import {
  ConnectorBase,
  ConnectorCheckedException,
  ConnectorRegistry,
  ConnectorState,
  IllegalStateError,
  IntegrationConnector,
  InvalidParameterException,
  UserNotAuthorizedException,
  integrationConnector,
  type Connection,
  type MessageDefinition,
} from '@egeria-ts/core';
import { contextOptions, RecordingAuditLog, RecordingReportPublisher, TestContext } from './connector-test-support';

const connection: Connection = {
  class: 'Connection',
  qualifiedName: 'test-connection',
  connectorType: { connectorProviderClassName: 'test:lifecycle' },
  clearPassword: 'hunter2',
  configurationProperties: { batchSize: '25', tags: 'a, b' },
};

/** A connector that records which of its methods ran. */
class RecordingConnector extends IntegrationConnector<TestContext> {
  readonly calls: string[] = [];
  refreshBody: (signal: AbortSignal) => Promise<void> = async () => undefined;

  override async start(): Promise<void> {
    await super.start();
    this.calls.push('start');
  }

  async refresh(signal: AbortSignal): Promise<void> {
    this.calls.push('refresh');
    await this.refreshBody(signal);
  }

  override async disconnect(): Promise<void> {
    this.calls.push('disconnect');
    await super.disconnect();
  }

  count(name: string): number {
    return this.incrementStatistic(name);
  }

  note(name: string, value: number | string): void {
    this.setStatistic(name, value);
  }
}

const registry = new ConnectorRegistry();

@integrationConnector(
  {
    name: 'test:decorated',
    configurationProperties: {
      batchSize: { type: 'integer', description: 'Elements per batch.', defaultValue: 10 },
      dryRun: { type: 'boolean', description: 'Do not write.', defaultValue: false },
    },
  },
  registry,
)
class DecoratedConnector extends RecordingConnector {}

async function ready(
  connector: RecordingConnector = new RecordingConnector(),
  overrides: Parameters<typeof contextOptions>[0] = {},
): Promise<{ connector: RecordingConnector; context: TestContext; log: RecordingAuditLog }> {
  const log = new RecordingAuditLog('connector');
  const context = new TestContext(contextOptions({ auditLog: log, ...overrides }));
  await connector.initialize('instance-1', connection);
  connector.setContext(context);
  connector.setAuditLog(log);
  connector.setConnectorName('MyConnector');
  return { connector, context, log };
}

function expectIllegalState(error: unknown, method: string, state: ConnectorState): void {
  expect(error).toBeInstanceOf(IllegalStateError);
  const e = error as IllegalStateError;
  expect(e.messageId).toBe('EGERIA-TS-CONNECTOR-409-001');
  expect(e.message).toContain(method);
  expect(e.message).toContain(state);
  expect(e.exceptionProperties).toMatchObject({ method, state });
}

async function thrown(fn: () => unknown): Promise<unknown> {
  try {
    await fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('ConnectorBase', () => {
  class PlainConnector extends ConnectorBase {}

  it('keeps a frozen copy of the connection and the instance id', async () => {
    const c = new PlainConnector();
    expect(c.connectorState).toBe(ConnectorState.CREATED);
    const input = structuredClone(connection);
    await c.initialize('id-7', input);
    input.qualifiedName = 'changed afterwards';
    expect(c.connectorInstanceId).toBe('id-7');
    expect(c.connection.qualifiedName).toBe('test-connection');
    expect(Object.isFrozen(c.connection.configurationProperties)).toBe(true);
    expect(c.connectorState).toBe(ConnectorState.INITIALIZED);
    expect(c.isActive()).toBe(false);
  });

  it('refuses to be read before initialize and to be initialized twice', async () => {
    const c = new PlainConnector();
    const early = (await thrown(() => c.connectorInstanceId)) as IllegalStateError;
    expect(early).toBeInstanceOf(IllegalStateError);
    expect(early.messageId).toBe('EGERIA-TS-CONNECTOR-409-004');
    expect(await thrown(() => c.connection)).toBeInstanceOf(IllegalStateError);
    await c.initialize('id', connection);
    expectIllegalState(await thrown(() => c.initialize('id', connection)), 'initialize', ConnectorState.INITIALIZED);
  });

  it('checks the initialize parameters without printing the connection', async () => {
    const c = new PlainConnector();
    const badId = (await thrown(() => c.initialize('  ', connection))) as InvalidParameterException;
    expect(badId).toBeInstanceOf(InvalidParameterException);
    expect(badId.parameterName).toBe('connectorInstanceId');
    const badConnection = (await thrown(() =>
      c.initialize('id', null as unknown as Connection),
    )) as InvalidParameterException;
    expect(badConnection.parameterName).toBe('connection');
    const withFunction = { ...connection, configurationProperties: { callback: () => 1 } };
    const uncloneable = (await thrown(() => c.initialize('id', withFunction))) as InvalidParameterException;
    expect(uncloneable.parameterName).toBe('connection');
    expect(uncloneable.message).not.toContain('hunter2');
    expect(c.connectorState).toBe(ConnectorState.CREATED);
  });

  it('runs start and disconnect through the state machine', async () => {
    const c = new PlainConnector();
    expectIllegalState(await thrown(() => c.runStart()), 'start', ConnectorState.CREATED);
    await c.initialize('id', connection);
    await c.runStart();
    expect(c.isActive()).toBe(true);
    expectIllegalState(await thrown(() => c.start()), 'start', ConnectorState.STARTED);
    await c.runDisconnect();
    expect(c.isActive()).toBe(false);
    expect(c.connectorState).toBe(ConnectorState.DISCONNECTED);
    expectIllegalState(await thrown(() => c.runDisconnect()), 'disconnect', ConnectorState.DISCONNECTED);
    expectIllegalState(await thrown(() => c.disconnect()), 'disconnect', ConnectorState.DISCONNECTED);
    expectIllegalState(await thrown(() => c.runStart()), 'start', ConnectorState.DISCONNECTED);
  });

  it('supports direct start and disconnect calls, as Egeria code makes them', async () => {
    const c = new PlainConnector();
    await c.initialize('id', connection);
    await c.start();
    expect(c.connectorState).toBe(ConnectorState.STARTED);
    await c.disconnect();
    expect(c.connectorState).toBe(ConnectorState.DISCONNECTED);
  });

  it('reports an override that forgets to call super', async () => {
    class Forgetful extends ConnectorBase {
      override async start(): Promise<void> {}
      override async disconnect(): Promise<void> {}
    }
    const c = new Forgetful();
    await c.initialize('id', connection);
    const error = (await thrown(() => c.runStart())) as ConnectorCheckedException;
    expect(error).toBeInstanceOf(ConnectorCheckedException);
    expect(error.messageId).toBe('EGERIA-TS-CONNECTOR-500-006');
    expect(error.message).toContain('start');
    expect(c.connectorState).toBe(ConnectorState.FAILED);
    const onDisconnect = (await thrown(() => c.runDisconnect())) as ConnectorCheckedException;
    expect(onDisconnect.message).toContain('super.disconnect()');
    expect(c.connectorState).toBe(ConnectorState.DISCONNECTED);
  });

  it('keeps statistics as a copyable record', async () => {
    const c = new RecordingConnector();
    expect(c.count('elementsSeen')).toBe(1);
    expect(c.count('elementsSeen')).toBe(2);
    c.note('lastTable', 'orders');
    const stats = c.getConnectorStatistics();
    expect(stats).toEqual({ elementsSeen: 2, lastTable: 'orders' });
    stats['elementsSeen'] = 99;
    expect(c.getConnectorStatistics()['elementsSeen']).toBe(2);
    expect(() => c.note('bad', Number.NaN)).toThrow(InvalidParameterException);
    expect(() => c.count('lastTable')).toThrow(InvalidParameterException);
  });

  it('gives typed configuration properties with the declared defaults, named after the connector', async () => {
    const c = new DecoratedConnector();
    await c.initialize('id', { ...connection, configurationProperties: { batchSize: 'many', tags: 'x,y' } });
    expect(c.configurationProperties.getBoolean('dryRun')).toBe(false);
    expect(c.configurationProperties.getStringList('tags')).toEqual(['x', 'y']);
    expect(() => c.configurationProperties.getInteger('batchSize')).toThrow(
      /test:decorated\.configurationProperties\.batchSize/,
    );
    c.setConnectorName('Orders');
    const error = (await thrown(() => c.configurationProperties.getInteger('batchSize'))) as InvalidParameterException;
    expect(error.message).toContain('Orders.configurationProperties.batchSize');
    expect(error.parameterName).toBe('batchSize');

    const d = new DecoratedConnector();
    await d.initialize('id', { ...connection, configurationProperties: {} });
    expect(d.configurationProperties.getInteger('batchSize')).toBe(10);
  });
});

describe('IntegrationConnector lifecycle', () => {
  it('accepts audit log, context and name in any order, then starts, refreshes and disconnects', async () => {
    const log = new RecordingAuditLog();
    const context = new TestContext(contextOptions({ auditLog: log }));
    const c = new RecordingConnector();
    c.setConnectorName('Early');
    c.setAuditLog(log);
    await c.initialize('id', connection);
    c.setContext(context);
    expect(c.context).toBe(context);
    expect(c.connectorName).toBe('Early');
    await c.runStart();
    await c.runRefresh(new AbortController().signal);
    await c.runRefresh(new AbortController().signal);
    await c.runDisconnect();
    expect(c.calls).toEqual(['start', 'refresh', 'refresh', 'disconnect']);
    expect(context.isActive()).toBe(false);
    expect(log.ids()).toContain('OIF-CONNECTOR-0014');
  });

  it('refuses to start without its context, audit log or name, naming what is missing', async () => {
    const c = new RecordingConnector();
    await c.initialize('id', connection);
    c.setAuditLog(new RecordingAuditLog());
    const error = (await thrown(() => c.runStart())) as IllegalStateError;
    expect(error).toBeInstanceOf(IllegalStateError);
    expect(error.messageId).toBe('EGERIA-TS-CONNECTOR-409-002');
    expect(error.message).toBe(
      'start was called on connector RecordingConnector in state INITIALIZED before its integration context, ' +
        'connector name was set; call setContext, setConnectorName before start',
    );
    expect(error.message).toContain('setContext, setConnectorName');
    expect(c.calls).toEqual([]);
    expect(c.connectorState).toBe(ConnectorState.INITIALIZED);
    expect(await thrown(() => c.start())).toBeInstanceOf(IllegalStateError);
  });

  it('throws a typed error when the context is read before setContext', async () => {
    const c = new RecordingConnector();
    const error = (await thrown(() => c.context)) as IllegalStateError;
    expect(error).toBeInstanceOf(IllegalStateError);
    expect(error.messageId).toBe('EGERIA-TS-CONNECTOR-409-003');

    const ownMessage: MessageDefinition = {
      messageId: 'OMIS-TEST-INTEGRATOR-409-001',
      httpCode: 409,
      template: 'Connector {0} has no test integrator context',
      systemAction: 'Refused.',
      userAction: 'Set it.',
    };
    class ServiceConnector extends RecordingConnector {
      protected override noContextMessage(): MessageDefinition {
        return ownMessage;
      }
    }
    const s = new ServiceConnector();
    s.setConnectorName('Svc');
    const own = (await thrown(() => s.context)) as IllegalStateError;
    expect(own.messageId).toBe('OMIS-TEST-INTEGRATOR-409-001');
    expect(own.message).toBe('Connector Svc has no test integrator context');
  });

  it('refuses setters after start and bad setter values', async () => {
    const { connector } = await ready();
    await connector.runStart();
    expectIllegalState(
      await thrown(() => connector.setConnectorName('Later')),
      'setConnectorName',
      ConnectorState.STARTED,
    );
    expectIllegalState(
      await thrown(() => connector.setAuditLog(new RecordingAuditLog())),
      'setAuditLog',
      ConnectorState.STARTED,
    );
    const fresh = new RecordingConnector();
    const badName = (await thrown(() => fresh.setConnectorName(' '))) as InvalidParameterException;
    expect(badName.parameterName).toBe('connectorName');
    const badContext = (await thrown(() => fresh.setContext({} as TestContext))) as InvalidParameterException;
    expect(badContext.parameterName).toBe('context');
  });

  it('refuses refresh before start, during another refresh and after disconnect', async () => {
    const { connector } = await ready();
    expectIllegalState(
      await thrown(() => connector.runRefresh(new AbortController().signal)),
      'refresh',
      ConnectorState.INITIALIZED,
    );
    await connector.runStart();
    let release!: () => void;
    connector.refreshBody = () => new Promise<void>((resolve) => (release = resolve));
    const first = connector.runRefresh(new AbortController().signal);
    expect(connector.connectorState).toBe(ConnectorState.REFRESHING);
    expectIllegalState(
      await thrown(() => connector.runRefresh(new AbortController().signal)),
      'refresh',
      ConnectorState.REFRESHING,
    );
    expectIllegalState(
      await thrown(() => connector.runEngage(new AbortController().signal)),
      'engage',
      ConnectorState.REFRESHING,
    );
    release();
    await first;
    expect(connector.connectorState).toBe(ConnectorState.STARTED);
    await connector.runDisconnect();
    expectIllegalState(
      await thrown(() => connector.runRefresh(new AbortController().signal)),
      'refresh',
      ConnectorState.DISCONNECTED,
    );
    expect(connector.calls.filter((c) => c === 'refresh')).toHaveLength(1);
    const badSignal = new RecordingConnector();
    await ready(badSignal);
    await badSignal.runStart();
    const error = (await thrown(() => badSignal.runRefresh({} as AbortSignal))) as InvalidParameterException;
    expect(error.parameterName).toBe('signal');
  });

  it('returns to STARTED after a refresh that throws, and passes the error on', async () => {
    const { connector } = await ready();
    await connector.runStart();
    connector.refreshBody = async () => {
      throw new Error('third party down');
    };
    await expect(connector.runRefresh(new AbortController().signal)).rejects.toThrow('third party down');
    expect(connector.connectorState).toBe(ConnectorState.STARTED);
    expect(connector.isActive()).toBe(true);
  });

  it('goes FAILED when start throws, and then allows only disconnect', async () => {
    class BadStart extends RecordingConnector {
      override async start(): Promise<void> {
        await super.start();
        throw new Error('cannot reach the database');
      }
    }
    const { connector } = await ready(new BadStart());
    await expect(connector.runStart()).rejects.toThrow('cannot reach the database');
    expect(connector.connectorState).toBe(ConnectorState.FAILED);
    expect(connector.isActive()).toBe(false);
    expectIllegalState(
      await thrown(() => connector.runRefresh(new AbortController().signal)),
      'refresh',
      ConnectorState.FAILED,
    );
    await connector.runDisconnect();
    expect(connector.connectorState).toBe(ConnectorState.DISCONNECTED);
  });

  it('makes the context refuse writes once the refresh signal fires', async () => {
    const { connector, context } = await ready();
    await connector.runStart();
    const controller = new AbortController();
    let writeAfterAbort: unknown;
    connector.refreshBody = async (signal) => {
      await connector.context.createElement('Database', 'before');
      controller.abort(new Error('refresh timed out'));
      expect(signal.aborted).toBe(true);
      writeAfterAbort = await thrown(() => connector.context.createElement('Database', 'after'));
    };
    await connector.runRefresh(controller.signal);
    expect(writeAfterAbort).toBeInstanceOf(UserNotAuthorizedException);
    expect((writeAfterAbort as UserNotAuthorizedException).messageId).toBe('EGERIA-TS-CONTEXT-401-003');
    expect((writeAfterAbort as Error).message).toContain('refresh timed out');
    expect(context.sent).toEqual(['create before']);

    // The next refresh brings a fresh signal: writes are accepted again.
    connector.refreshBody = async () => {
      await connector.context.createElement('Database', 'next');
    };
    await connector.runRefresh(new AbortController().signal);
    expect(context.sent).toEqual(['create before', 'create next']);
  });

  it('cancels a write in flight when the refresh signal fires', async () => {
    const { connector, context } = await ready();
    await connector.runStart();
    const controller = new AbortController();
    connector.refreshBody = async () => {
      const pending = connector.context.slowWrite();
      controller.abort(new Error('stop'));
      await expect(pending).rejects.toThrow('stop');
    };
    await connector.runRefresh(controller.signal);
    expect(context.sent).toEqual(['slowWrite']);
  });

  it('records and publishes an activity report for each refresh', async () => {
    const publisher = new RecordingReportPublisher();
    const { connector } = await ready(new RecordingConnector(), {
      generateIntegrationReport: true,
      integrationReportPublisher: publisher,
    });
    await connector.runStart();
    connector.refreshBody = async () => {
      await connector.context.createElement('Database', 'db1');
      await connector.context.createElement('DeployedDatabaseSchema', 's1');
      await connector.context.updateElement('Database', 'guid-db1');
    };
    await connector.runRefresh(new AbortController().signal);
    connector.refreshBody = async () => undefined;
    await connector.runRefresh(new AbortController().signal); // nothing changed: nothing published
    expect(publisher.published).toHaveLength(1);
    expect(publisher.published[0].report).toMatchObject({
      connectorName: 'TestConnector',
      createCounts: { Database: 1, DeployedDatabaseSchema: 1 },
      updateCounts: { Database: 1 },
      deleteCounts: {},
    });
  });

  it('logs a report that cannot be published without failing the refresh', async () => {
    const publisher = new RecordingReportPublisher();
    publisher.failWith = new Error('metadata server down');
    const { connector, log } = await ready(new RecordingConnector(), {
      generateIntegrationReport: true,
      integrationReportPublisher: publisher,
    });
    await connector.runStart();
    connector.refreshBody = async () => {
      await connector.context.createElement('Database', 'db1');
    };
    await connector.runRefresh(new AbortController().signal);
    const record = log.records.find((r) => r.messageId === 'OIF-CONNECTOR-0013');
    expect(record?.text).toContain('publishReport');
    expect(record?.text).toContain('metadata server down');
  });

  it('allows disconnect during a refresh, which then ends DISCONNECTED and refuses writes', async () => {
    const { connector, context } = await ready();
    await connector.runStart();
    let release!: () => void;
    connector.refreshBody = () => new Promise<void>((resolve) => (release = resolve));
    const refreshing = connector.runRefresh(new AbortController().signal);
    await connector.runDisconnect();
    release();
    await refreshing;
    expect(connector.connectorState).toBe(ConnectorState.DISCONNECTED);
    const error = (await thrown(() => context.createElement('Database', 'late'))) as UserNotAuthorizedException;
    expect(error).toBeInstanceOf(UserNotAuthorizedException);
    expect(error.messageId).toBe('EGERIA-TS-CONTEXT-401-002');
    expect(context.sent).toEqual([]);
  });

  it('throws OIF-CONNECTOR-400-001 from the default engage, and runs an implemented one', async () => {
    const { connector } = await ready();
    await connector.runStart();
    const error = (await thrown(() => connector.runEngage(new AbortController().signal))) as ConnectorCheckedException;
    expect(error).toBeInstanceOf(ConnectorCheckedException);
    expect(error.messageId).toBe('OIF-CONNECTOR-400-001');
    expect(error.message).toContain('MyConnector');
    expect(connector.connectorState).toBe(ConnectorState.STARTED);

    class Blocking extends RecordingConnector {
      override async engage(signal: AbortSignal): Promise<void> {
        this.calls.push(`engage:${signal.aborted}`);
        expect(this.connectorState).toBe(ConnectorState.ENGAGING);
      }
    }
    const b = (await ready(new Blocking())).connector;
    await b.runStart();
    await b.runEngage(new AbortController().signal);
    await b.runEngage(new AbortController().signal);
    expect(b.calls).toEqual(['start', 'engage:false', 'engage:false']);
  });
});
