import { inject, injectable, container as rootContainer } from 'tsyringe';
import {
  AUDIT_LOG_TOKEN,
  CONFIGURATION_PROPERTIES_TOKEN,
  CONNECTION_TOKEN,
  CONNECTOR_INSTANCE_ID_TOKEN,
  ConfigurationProperties,
  INTEGRATION_CONTEXT_TOKEN,
  IntegrationConnector,
  IntegrationConnectorStatus,
  IntegrationContext,
  InvalidParameterException,
  integrationConnector,
  type AuditLog,
  type Connection,
} from '@egeria-ts/core';
import { DaemonConfigError, IntegrationDaemon } from '@egeria-ts/daemon';
import {
  SCRIPTED_ALIAS,
  ScriptBook,
  createTestDaemon,
  daemonDocument,
  messageIds,
  sleep,
  statusesOf,
  waitFor,
  type TestDaemon,
} from './runtime-support';

const S = IntegrationConnectorStatus;
let running: TestDaemon[] = [];

function start(...args: Parameters<typeof createTestDaemon>): TestDaemon {
  const t = createTestDaemon(...args);
  running.push(t);
  return t;
}

afterEach(async () => {
  await Promise.all(running.map((t) => t.daemon.stop()));
  running = [];
});

describe('IntegrationDaemon: statuses, order and audit messages', () => {
  it('takes a connector through Egeria statuses in order and logs Egeria message ids', async () => {
    const t = start(daemonDocument([{ name: 'alpha', refreshSeconds: 0 }]));
    expect(t.daemon.state).toBe('created');
    expect(t.daemon.status().integrationConnectorReports?.[0].connectorStatus).toBe(S.STOPPED);

    await t.daemon.start();
    expect(t.daemon.state).toBe('running');
    expect(t.daemon.isReady()).toBe(true);
    await waitFor(() => t.book.probe('alpha').completedRefreshes === 1, 2000, 'first refresh');
    await waitFor(() => t.daemon.status().integrationConnectorReports?.[0].connectorStatus === S.WAITING);

    expect(statusesOf(t.events, 'alpha')).toEqual([S.INITIALIZED, S.WAITING, S.REFRESHING, S.WAITING]);
    const names = t.events.map((e) => e.name);
    expect(names.indexOf('daemonStarted')).toBeGreaterThan(-1);
    expect(names.filter((n) => n === 'refreshStarted')).toHaveLength(1);
    expect(t.events.find((e) => e.name === 'refreshStarted')?.event).toMatchObject({
      serverName: 'test-daemon',
      connectorName: 'alpha',
      serviceURLMarker: 'database-integrator',
      first: true,
      reason: 'start',
    });

    await t.daemon.stop();
    expect(t.daemon.state).toBe('stopped');
    expect(statusesOf(t.events, 'alpha').at(-1)).toBe(S.STOPPED);
    expect(t.book.probe('alpha').disconnects).toBe(1);
    expect(t.service.closed).toBe(true);

    const daemonIds = messageIds(t.audit.records);
    expect(daemonIds).toEqual([
      'INTEGRATION-DAEMON-SERVICES-0001',
      'INTEGRATION-DAEMON-SERVICES-0018', // no integration groups configured
      'INTEGRATION-DAEMON-SERVICES-0013',
      'INTEGRATION-DAEMON-SERVICES-0020',
      'INTEGRATION-DAEMON-SERVICES-0026',
    ]);
    const connectorIds = messageIds(t.audit.records, 'alpha')
      .filter((id) => id.startsWith('INTEGRATION-DAEMON-SERVICES-'))
      .map((id) => id.replace('INTEGRATION-DAEMON-SERVICES-', ''));
    expect(connectorIds).toEqual(['0008', '0060', '0041', '0043', '0024', '0064']);
    // Every record names the daemon and the connector.
    for (const r of t.audit.records.filter((r) => r.component === 'alpha' && r.messageId.startsWith('INTEGRATION'))) {
      expect(r.components).toEqual(['IntegrationDaemon:test-daemon', 'alpha']);
      expect(r.details).toMatchObject({ serverName: 'test-daemon', connectorName: 'alpha' });
    }
  });

  it('builds the context through the integration service with the identity and partner of the configuration', async () => {
    const doc = daemonDocument([{ name: 'alpha', refreshSeconds: 0 }], {
      platform: { userId: 'platform-user', password: '${env:TEST_PLATFORM_PASSWORD}' },
    });
    const t = start(doc, new ScriptBook(), { env: { TEST_PLATFORM_PASSWORD: 's3cret-platform' } });
    await t.daemon.start();
    const [request] = t.service.requests;
    expect(request.context).toMatchObject({
      userId: 'daemon-npa',
      connectorName: 'alpha',
      serverName: 'test-daemon',
      permittedSynchronization: 'FROM_THIRD_PARTY',
      generateIntegrationReport: false,
    });
    expect(request.partner).toMatchObject({
      platformRootURL: 'http://127.0.0.1:9443',
      serverName: 'mds1',
      localServerUserId: 'platform-user',
      localServerPassword: 's3cret-platform',
    });
    expect(request.signal).toBeInstanceOf(AbortSignal);
    // The password never shows in the audit log.
    expect(JSON.stringify(t.audit.records)).not.toContain('s3cret-platform');
  });

  it('reports CONFIG_FAILED with the known names for an unknown class, and runs the others', async () => {
    const t = start(
      daemonDocument([
        { name: 'good', refreshSeconds: 0 },
        { name: 'typo', className: 'org.example.NoSuchProvider' },
      ]),
    );
    await t.daemon.start();
    await waitFor(() => t.book.probe('good').completedRefreshes === 1);
    const report = t.daemon.status().integrationConnectorReports?.find((r) => r.connectorName === 'typo');
    expect(report?.connectorStatus).toBe(S.CONFIG_FAILED);
    expect(report?.failingExceptionMessage).toContain('org.example.NoSuchProvider');
    expect(report?.failingExceptionMessage).toContain('test:scripted');
    expect(report?.failingExceptionMessage).toContain(SCRIPTED_ALIAS);
    const ids = messageIds(t.audit.records, 'typo');
    expect(ids).toContain('INTEGRATION-DAEMON-SERVICES-0009');
    expect(ids).toContain('INTEGRATION-DAEMON-SERVICES-0037');
    // Not retried on its own.
    await sleep(150);
    expect(t.events.filter((e) => e.name === 'restartScheduled' && e.event['connectorName'] === 'typo')).toEqual([]);
  });

  it('runs a connector named by its Java alias, with string-typed numbers in the document', async () => {
    const t = start(daemonDocument([{ name: 'java', className: SCRIPTED_ALIAS, refreshTimeInterval: '0' }]));
    await t.daemon.start();
    await waitFor(() => t.book.probe('java').completedRefreshes === 1);
    expect(t.daemon.status().integrationConnectorReports?.[0].minMinutesBetweenRefresh).toBe(0);
  });

  it('reports CONFIG_FAILED when the connector is not a connector of its service', async () => {
    // The daemon runs the real Files Integrator by default; the scripted class does not extend its base class.
    const t = start(daemonDocument([{ name: 'files', marker: 'files-integrator' }]));
    await t.daemon.start();
    const report = t.daemon.status().integrationConnectorReports?.[0];
    expect(report?.connectorStatus).toBe(S.CONFIG_FAILED);
    expect(report?.failingExceptionMessage).toContain('not a connector of Files Integrator OMIS');
  });

  it('throws the configuration problems at construction', () => {
    expect(() => new IntegrationDaemon({ localServerName: 'x', integrationServicesConfig: 'soon' })).toThrow(
      DaemonConfigError,
    );
  });
});

describe('IntegrationDaemon: schedule and coalescing', () => {
  it('refreshes at start and every interval', async () => {
    const t = start(daemonDocument([{ name: 'ticker', refreshSeconds: 0.1 }]));
    await t.daemon.start();
    await waitFor(() => t.book.probe('ticker').completedRefreshes >= 4, 3000, 'four refreshes');
    const times = t.book.probe('ticker').refreshStartTimes;
    for (let i = 1; i < 4; i++) expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(90);
    const started = t.events.filter((e) => e.name === 'refreshStarted').map((e) => e.event['reason']);
    expect(started.slice(0, 3)).toEqual(['start', 'schedule', 'schedule']);
    expect(messageIds(t.audit.records, 'ticker')).toContain('INTEGRATION-DAEMON-SERVICES-0042');
  });

  it('with interval 0 refreshes at start and on request only', async () => {
    const t = start(daemonDocument([{ name: 'manual', refreshSeconds: 0 }]));
    await t.daemon.start();
    await waitFor(() => t.book.probe('manual').completedRefreshes === 1);
    await sleep(150);
    expect(t.book.probe('manual').refreshes).toBe(1);
    await t.daemon.refresh('manual');
    expect(t.book.probe('manual').completedRefreshes).toBe(2);
    expect(t.events.filter((e) => e.name === 'refreshStarted').map((e) => e.event['reason'])).toEqual([
      'start',
      'request',
    ]);
  });

  it('never runs two refreshes of one connector at once; requests during a refresh run once after it', async () => {
    let release!: () => void;
    const book = new ScriptBook().set('slow', {
      refresh: ({ count }) => (count === 2 ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve()),
    });
    const t = start(daemonDocument([{ name: 'slow', refreshSeconds: 0 }]), book);
    await t.daemon.start();
    await waitFor(() => t.book.probe('slow').completedRefreshes === 1);
    const first = t.daemon.refresh('slow');
    await waitFor(() => t.book.probe('slow').refreshes === 2, 2000, 'second refresh to start');
    const during = [t.daemon.refresh('slow'), t.daemon.refresh(), t.daemon.refresh('slow')];
    await sleep(30);
    expect(t.book.probe('slow').active).toBe(1);
    release();
    await Promise.all([first, ...during]);
    expect(t.book.probe('slow').refreshes).toBe(3);
    expect(t.book.probe('slow').maxActive).toBe(1);
    await sleep(50);
    expect(t.book.probe('slow').refreshes).toBe(3);
  });
});

describe('IntegrationDaemon: administration', () => {
  it('answers status with redacted connections and Egeria service summaries', async () => {
    const doc = daemonDocument([
      { name: 'alpha', refreshSeconds: 0, endpoint: 'db.example.org:5432', configurationProperties: { depth: 2 } },
    ]);
    const services = doc['integrationServicesConfig'] as Record<string, unknown>[];
    const connection = (services[0]['integrationConnectorConfigs'] as Record<string, Record<string, unknown>>[])[0][
      'connection'
    ];
    connection['clearPassword'] = 'hunter2-secret';
    const t = start(doc);
    await t.daemon.start();
    await waitFor(() => t.book.probe('alpha').completedRefreshes === 1);
    const status = t.daemon.status();
    expect(status.integrationServiceSummaries?.[0]).toMatchObject({
      integrationServiceId: 604,
      integrationServiceURLMarker: 'database-integrator',
      integrationServiceFullName: 'Database Integrator OMIS',
    });
    const report = status.integrationServiceSummaries?.[0].integrationConnectorReports?.[0];
    expect(report?.connectorName).toBe('alpha');
    expect(report?.connectorInstanceId).toMatch(/^[0-9a-f-]{36}$/);
    expect(report?.lastRefreshTime).toMatch(/\+00:00$/);
    expect(report?.lastStatusChange).toMatch(/^\d{4}-\d\d-\d\dT.*\+00:00$/);
    expect(report?.connection?.endpoint?.address).toBe('db.example.org:5432');
    expect(JSON.stringify(status)).not.toContain('hunter2-secret');
    expect(t.daemon.getConfigurationProperties('alpha')).toEqual({ depth: 2 });
    const [metrics] = t.daemon.metrics();
    expect(metrics).toMatchObject({ connectorName: 'alpha', owner: 'database-integrator', refreshes: 1, failed: 0 });
  });

  it('counts the elements a refresh writes through its context', async () => {
    const book = new ScriptBook().set('writer', {
      refresh: ({ connector, count }) => {
        connector.context.reportElementCreation('Asset', `guid-${count}-a`);
        connector.context.reportElementUpdate('Asset', `guid-${count}-b`);
      },
    });
    const t = start(daemonDocument([{ name: 'writer', refreshSeconds: 0 }]), book);
    await t.daemon.start();
    await waitFor(() => book.probe('writer').completedRefreshes === 1);
    await t.daemon.refresh('writer');
    const completed = t.events.filter((e) => e.name === 'refreshCompleted').map((e) => e.event['elementsWritten']);
    expect(completed).toEqual([2, 2]);
    expect(t.daemon.metrics()[0]).toMatchObject({ refreshes: 2, elementsWritten: 4 });
  });

  it('refuses unknown connectors, services and groups with InvalidParameterException naming the parameter', async () => {
    const t = start(daemonDocument([{ name: 'alpha', refreshSeconds: 0 }]));
    await t.daemon.start();
    const cases: [() => unknown, string][] = [
      [() => t.daemon.refresh('nobody'), 'connectorName'],
      [() => t.daemon.restart('nobody'), 'connectorName'],
      [() => t.daemon.refreshService('files-integrator'), 'serviceURLMarker'],
      [() => t.daemon.restartService('database-integrator', 'nobody'), 'connectorName'],
      [() => t.daemon.getIntegrationGroupSummary('Group:None'), 'integrationGroupName'],
      [() => t.daemon.validateConnector('no-such-integrator', 'test:scripted'), 'serviceURLMarker'],
    ];
    for (const [call, parameterName] of cases) {
      let caught: unknown;
      try {
        await call();
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(InvalidParameterException);
      expect((caught as InvalidParameterException).relatedHTTPCode).toBe(400);
      expect((caught as InvalidParameterException).exceptionProperties['parameterName']).toBe(parameterName);
    }
    expect(t.daemon.validateConnector('database-integrator', SCRIPTED_ALIAS)).toBe(true);
    expect(t.daemon.validateConnector('database-integrator', 'org.example.Missing')).toBe(false);
  });

  it('applies new configuration properties and endpoint addresses by restarting the connector', async () => {
    const t = start(
      daemonDocument([{ name: 'alpha', refreshSeconds: 0, endpoint: 'old:1', configurationProperties: { a: 1 } }]),
    );
    await t.daemon.start();
    await waitFor(() => t.book.probe('alpha').completedRefreshes === 1);
    await t.daemon.updateConfigurationProperties({
      connectorName: 'alpha',
      mergeUpdate: true,
      configurationProperties: { b: 2 },
    });
    expect(t.daemon.getConfigurationProperties('alpha')).toEqual({ a: 1, b: 2 });
    await t.daemon.updateEndpointNetworkAddress('alpha', 'new:2', 'garygeeke');
    expect(t.daemon.status().integrationConnectorReports?.[0].connection?.endpoint?.address).toBe('new:2');
    await t.daemon.updateConfigurationProperties({ connectorName: 'alpha' });
    expect(t.daemon.getConfigurationProperties('alpha')).toEqual({});
    await waitFor(() => t.book.probe('alpha').instances === 4, 2000, 'three restarts');
    const ids = messageIds(t.audit.records);
    expect(ids).toEqual(
      expect.arrayContaining([
        'INTEGRATION-DAEMON-SERVICES-0015',
        'INTEGRATION-DAEMON-SERVICES-0057',
        'INTEGRATION-DAEMON-SERVICES-0016',
      ]),
    );
    expect(t.audit.records.find((r) => r.messageId.endsWith('0057'))?.messageText).toContain('garygeeke');
    expect(t.daemon.metrics()[0].restarts).toBe(3);
  });
});

describe('IntegrationDaemon: dependency injection', () => {
  const HOST_POOL = Symbol('test:DatabasePool');
  class DatabasePool {
    readonly queries: string[] = [];
    query(sql: string): void {
      this.queries.push(sql);
    }
  }

  @injectable()
  @integrationConnector({ name: 'test:injected', refreshTimeInterval: 0 })
  class InjectedConnector extends IntegrationConnector {
    constructor(
      @inject(HOST_POOL) readonly pool: DatabasePool,
      @inject(INTEGRATION_CONTEXT_TOKEN) readonly injectedContext: IntegrationContext,
      @inject(AUDIT_LOG_TOKEN) readonly injectedLog: AuditLog,
      @inject(CONNECTION_TOKEN) readonly injectedConnection: Connection,
      @inject(CONFIGURATION_PROPERTIES_TOKEN) readonly injectedProperties: ConfigurationProperties,
      @inject(CONNECTOR_INSTANCE_ID_TOKEN) readonly injectedInstanceId: string,
    ) {
      super();
      seen.push(this);
    }

    async refresh(): Promise<void> {
      this.pool.query(`select 1 /* ${this.injectedProperties.getString('schema')} */`);
    }
  }
  const seen: InjectedConnector[] = [];

  it('injects what the host registers and the connector context, audit log, connection and configuration', async () => {
    const host = rootContainer.createChildContainer();
    const pool = new DatabasePool();
    host.register(HOST_POOL, { useValue: pool });
    const t = start(
      daemonDocument([
        {
          name: 'injected',
          className: 'test:injected',
          configurationProperties: { schema: 'sales' },
          endpoint: 'db:1',
        },
      ]),
      new ScriptBook(),
      { container: host },
    );
    t.daemon.registerConnector(InjectedConnector);
    await t.daemon.start();
    await waitFor(() => pool.queries.length === 1);
    expect(pool.queries).toEqual(['select 1 /* sales */']);
    const [connector] = seen;
    expect(connector.injectedContext).toBe(connector.context);
    expect(connector.injectedContext.connectorName).toBe('injected');
    // Connectors the context builds from connections resolve in the daemon's own registry.
    expect(connector.injectedContext.connectorRegistry).toBe(t.daemon.registry);
    expect(connector.injectedLog.component).toBe('injected');
    expect(connector.injectedConnection.endpoint?.address).toBe('db:1');
    expect(connector.injectedInstanceId).toBe(connector.connectorInstanceId);
    // The host's container holds none of the connector's registrations.
    expect(host.isRegistered(INTEGRATION_CONTEXT_TOKEN, true)).toBe(false);
  });
});
