// Integration groups end to end: a daemon configured only with groups reads them from the
// emulator over HTTP (governance configuration framework service) and runs their connectors;
// registrations added, changed and removed at run time are applied to those connectors only.
import type { RunningEmulator } from '@egeria-ts/emulator';
import { IntegrationConnectorStatus, InvalidParameterException, PermittedSynchronization } from '@egeria-ts/core';
import {
  GroupAdmin,
  createGroupDaemon,
  groupDocument,
  groupReads,
  nextGroupRead,
  reportOf,
  serviceOf,
  sleep,
  startGroupEmulator,
  waitFor,
  type GroupDaemon,
} from './groups-support';

const S = IntegrationConnectorStatus;
const GROUP = 'Egeria:IntegrationGroup:Cataloguing';

let emulator: RunningEmulator;
let admin: GroupAdmin;
let daemons: GroupDaemon[] = [];

beforeEach(async () => {
  emulator = await startGroupEmulator();
  admin = new GroupAdmin(emulator.url);
});

afterEach(async () => {
  await Promise.all(daemons.map((t) => t.daemon.stop()));
  daemons = [];
  await admin.close();
  await emulator.close();
});

function track(t: GroupDaemon): GroupDaemon {
  daemons.push(t);
  return t;
}

function instanceIds(t: GroupDaemon): Record<string, string | undefined> {
  const ids: Record<string, string | undefined> = {};
  for (const report of t.daemon.status().integrationConnectorReports ?? []) {
    ids[report.connectorName] = report.connectorInstanceId;
  }
  return ids;
}

describe('a daemon configured only with an integration group', () => {
  it('reads the group as its own user and runs every registered connector with its registration', async () => {
    const groupGUID = await admin.createGroup(GROUP, 'Connectors that catalog things');
    const alphaGUID = await admin.addConnector(
      groupGUID,
      { qualifiedName: 'alpha', configurationProperties: { depth: 2 } },
      {
        connectorUserId: 'alpha-npa',
        metadataSourceQualifiedName: 'Source:alpha',
        permittedSynchronization: PermittedSynchronization.TO_THIRD_PARTY,
        generateIntegrationReports: false,
        refreshTimeInterval: 0,
      },
    );
    const betaGUID = await admin.addConnector(
      groupGUID,
      { qualifiedName: 'beta', className: 'org.example.integration.FilesScriptedConnectorProvider' },
      { refreshTimeInterval: 30 },
    );
    const t = track(createGroupDaemon(groupDocument(emulator.url, [GROUP])));

    await t.daemon.start();
    await waitFor(() => ['alpha', 'beta'].every((n) => reportOf(t.daemon, n)?.lastRefreshTime !== undefined));
    await waitFor(() => ['alpha', 'beta'].every((n) => reportOf(t.daemon, n)?.connectorStatus === S.WAITING));
    expect(t.book.probe('alpha').completedRefreshes).toBe(1);

    const summary = t.daemon.getIntegrationGroupSummary(GROUP);
    expect(summary).toMatchObject({
      integrationGroupName: GROUP,
      integrationGroupGUID: groupGUID,
      integrationGroupDescription: 'Connectors that catalog things',
      integrationGroupStatus: 'RUNNING',
    });
    expect(
      summary.integrationConnectorReports?.map((r) => [r.connectorName, r.connectorGUID, r.connectorStatus]),
    ).toEqual([
      ['alpha', alphaGUID, S.WAITING],
      ['beta', betaGUID, S.WAITING],
    ]);
    expect(summary.integrationConnectorReports?.[1].minMinutesBetweenRefresh).toBe(30);
    expect(t.daemon.status().integrationGroupSummaries).toEqual([summary]);
    expect(t.daemon.connectorNames()).toEqual(['alpha', 'beta']);

    // The class's declared marker chose the files integrator for beta; alpha's class declares
    // none, so the first service that accepts it (the database integrator, 604) runs it.
    expect(serviceOf(t, 'alpha')).toBe('database-integrator');
    expect(serviceOf(t, 'beta')).toBe('files-integrator');

    // The context was built from the registration and the connector element; as in 5.2, the
    // connector's id is the GUID of its registration with the group.
    const registration = await admin.client.getRegisteredIntegrationConnector({
      integrationGroupGUID: groupGUID,
      integrationConnectorGUID: alphaGUID,
    });
    expect(registration?.connectorId).toMatch(/^[0-9a-f-]{36}$/);
    expect(registration?.connectorId).not.toBe(alphaGUID);
    const alpha = t.services.database.requests.find((r) => r.context.connectorName === 'alpha');
    expect(alpha?.context).toMatchObject({
      userId: 'alpha-npa',
      connectorId: registration?.connectorId,
      integrationConnectorGUID: alphaGUID,
      metadataSourceQualifiedName: 'Source:alpha',
      permittedSynchronization: 'TO_THIRD_PARTY',
      generateIntegrationReport: false,
    });
    expect(alpha?.partner).toMatchObject({ platformRootURL: emulator.url, serverName: 'mds1' });
    const beta = t.services.files.requests.find((r) => r.context.connectorName === 'beta');
    expect(beta?.context).toMatchObject({
      userId: 'daemon-npa',
      integrationConnectorGUID: betaGUID,
      permittedSynchronization: 'FROM_THIRD_PARTY', // the files integrator's default
      generateIntegrationReport: true,
    });

    expect(t.daemon.metrics().map((m) => [m.connectorName, m.owner])).toEqual([
      ['alpha', `group:${GROUP}`],
      ['beta', `group:${GROUP}`],
    ]);
    const groupIds = t.audit.records.filter((r) => r.component === `IntegrationGroup:${GROUP}`).map((r) => r.messageId);
    expect(groupIds.slice(0, 5)).toEqual([
      'INTEGRATION-DAEMON-SERVICES-0019', // listening for changes before the first read
      'INTEGRATION-DAEMON-SERVICES-0051',
      'EGERIA-TS-DAEMON-RUNTIME-0010',
      'EGERIA-TS-DAEMON-RUNTIME-0010',
      'INTEGRATION-DAEMON-SERVICES-0056',
    ]);
  });

  it('pages through the registered connectors with the daemon maxPageSize', async () => {
    const groupGUID = await admin.createGroup(GROUP);
    for (const name of ['c1', 'c2', 'c3', 'c4', 'c5']) await admin.addConnector(groupGUID, { qualifiedName: name });
    const t = track(createGroupDaemon(groupDocument(emulator.url, [GROUP], { maxPageSize: 2 })));
    await t.daemon.start();
    expect(t.daemon.connectorNames()).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
    await waitFor(() => ['c1', 'c2', 'c3', 'c4', 'c5'].every((n) => t.book.probe(n).completedRefreshes === 1));
  });

  it('runs the group connectors beside the static ones, by name for every connector operation', async () => {
    const groupGUID = await admin.createGroup(GROUP);
    await admin.addConnector(groupGUID, { qualifiedName: 'grouped' }, { refreshTimeInterval: 0 });
    const document = {
      ...groupDocument(emulator.url, [GROUP]),
      integrationServicesConfig: [
        {
          integrationServiceURLMarker: 'database-integrator',
          omagserverPlatformRootURL: emulator.url,
          omagserverName: 'mds1',
          integrationConnectorConfigs: [
            {
              connectorName: 'static',
              refreshTimeInterval: 0,
              connection: { connectorType: { connectorProviderClassName: 'test:scripted' } },
            },
          ],
        },
      ],
    };
    const t = track(createGroupDaemon(document));
    await t.daemon.start();
    expect(t.daemon.connectorNames()).toEqual(['static', 'grouped']);
    await waitFor(() => t.book.probe('grouped').completedRefreshes === 1);

    await t.daemon.refresh('grouped');
    expect(t.book.probe('grouped').completedRefreshes).toBe(2);
    expect(t.book.probe('static').completedRefreshes).toBe(1);

    const before = instanceIds(t);
    await t.daemon.restart('grouped');
    await waitFor(() => reportOf(t.daemon, 'grouped')?.connectorStatus === S.WAITING);
    const after = instanceIds(t);
    expect(after['grouped']).not.toBe(before['grouped']);
    expect(after['static']).toBe(before['static']);

    // Static connectors stay in their service's summary; group connectors in the group's.
    const status = t.daemon.status();
    expect(status.integrationServiceSummaries?.[0].integrationConnectorReports?.map((r) => r.connectorName)).toEqual([
      'static',
    ]);
    expect(status.integrationGroupSummaries?.[0].integrationConnectorReports?.map((r) => r.connectorName)).toEqual([
      'grouped',
    ]);
    expect(status.integrationConnectorReports?.map((r) => r.connectorName)).toEqual(['static', 'grouped']);

    // An in-memory connection change on a group connector survives the next read of an unchanged group.
    await t.daemon.updateConfigurationProperties({ connectorName: 'grouped', configurationProperties: { mode: 'x' } });
    const reads = groupReads(t);
    await nextGroupRead(t, reads, 2);
    expect(t.daemon.getConfigurationProperties('grouped')).toEqual({ mode: 'x' });
  });
});

describe('runOnce with a group', () => {
  it('reads the group once and refreshes each of its connectors once', async () => {
    const groupGUID = await admin.createGroup(GROUP);
    await admin.addConnector(groupGUID, { qualifiedName: 'once-a' }, { refreshTimeInterval: 1 });
    await admin.addConnector(groupGUID, { qualifiedName: 'once-b', className: 'test:files-scripted' });
    const t = track(createGroupDaemon(groupDocument(emulator.url, [GROUP])));
    const summaries = await t.daemon.runOnce({ startTimeoutSeconds: 5 });
    expect(summaries.map((s) => [s.connectorName, s.serviceURLMarker, s.outcome])).toEqual([
      ['once-a', 'database-integrator', 'COMPLETED'],
      ['once-b', 'files-integrator', 'COMPLETED'],
    ]);
    expect(t.daemon.state).toBe('stopped');
    expect(groupReads(t)).toBe(1);
    expect(t.book.probe('once-a').refreshes).toBe(1);
  });
});

describe('changes to the group at run time', () => {
  it('starts an added connector, restarts only a changed one, updates a schedule in place and stops a removed one', async () => {
    const groupGUID = await admin.createGroup(GROUP);
    const keepGUID = await admin.addConnector(groupGUID, { qualifiedName: 'keep' }, { refreshTimeInterval: 60 });
    const changeGUID = await admin.addConnector(groupGUID, { qualifiedName: 'change' }, { refreshTimeInterval: 60 });
    const dropGUID = await admin.addConnector(groupGUID, { qualifiedName: 'drop' }, { refreshTimeInterval: 60 });
    // Without change events: the timer and requests alone (the events are tested in groups-events).
    const t = track(createGroupDaemon(groupDocument(emulator.url, [GROUP]), { integrationGroupEvents: false }));
    await t.daemon.start();
    await waitFor(() => ['keep', 'change', 'drop'].every((n) => reportOf(t.daemon, n)?.connectorStatus === S.WAITING));
    const first = instanceIds(t);

    // Added: picked up by the next scheduled read, without a request.
    await admin.addConnector(groupGUID, { qualifiedName: 'added' });
    await waitFor(() => reportOf(t.daemon, 'added')?.connectorStatus === S.WAITING, 3000, 'the added connector');
    const added = t.events.find(
      (e) => e.name === 'integrationGroupRefreshed' && (e.event['added'] as string[]).includes('added'),
    );
    expect(added?.event).toMatchObject({ reason: 'schedule', added: ['added'], removed: [], restarted: [] });

    // Changed connection: only that connector gets a new instance, with the new properties.
    await admin.updateConnector(changeGUID, { qualifiedName: 'change', configurationProperties: { tables: 'all' } });
    await t.daemon.refreshIntegrationGroupConfig(GROUP);
    await waitFor(() => reportOf(t.daemon, 'change')?.connectorStatus === S.WAITING);
    const second = instanceIds(t);
    expect(second['change']).not.toBe(first['change']);
    expect(second['keep']).toBe(first['keep']);
    expect(second['drop']).toBe(first['drop']);
    expect(t.daemon.getConfigurationProperties('change')).toEqual({ tables: 'all' });
    expect(t.book.probe('change').instances).toBe(2);
    expect(t.book.probe('keep').instances).toBe(1);

    // Changed refresh interval: applied in place, no new instance.
    await admin.register(groupGUID, keepGUID, { connectorName: 'keep', refreshTimeInterval: 5 });
    await t.daemon.refreshIntegrationGroupConfig(GROUP);
    expect(reportOf(t.daemon, 'keep')?.minMinutesBetweenRefresh).toBe(5);
    expect(instanceIds(t)['keep']).toBe(first['keep']);
    expect(t.book.probe('keep').instances).toBe(1);

    // Changed registration property the context is built with (permitted synchronization): restart.
    await admin.register(groupGUID, keepGUID, {
      connectorName: 'keep',
      refreshTimeInterval: 5,
      permittedSynchronization: PermittedSynchronization.FROM_THIRD_PARTY,
    });
    await t.daemon.refreshIntegrationGroupConfig(GROUP);
    await waitFor(() => t.book.probe('keep').instances === 2);
    const keepContexts = t.services.database.requests.filter((r) => r.context.connectorName === 'keep');
    expect(keepContexts.at(-1)?.context.permittedSynchronization).toBe('FROM_THIRD_PARTY');
    expect(instanceIds(t)['drop']).toBe(first['drop']);

    // Removed: stopped, disconnected and dropped; the others go on.
    await admin.unregister(groupGUID, dropGUID);
    await t.daemon.refreshIntegrationGroupConfig(GROUP);
    expect(t.daemon.connectorNames().sort()).toEqual(['added', 'change', 'keep']);
    expect(t.book.probe('drop').disconnects).toBe(1);
    expect(
      t.events.filter((e) => e.name === 'connectorStatusChanged' && e.event['connectorName'] === 'drop').at(-1)?.event[
        'status'
      ],
    ).toBe(S.STOPPED);
    await expect(t.daemon.refresh('drop')).rejects.toBeInstanceOf(InvalidParameterException);
    expect(reportOf(t.daemon, 'change')?.connectorStatus).toBe(S.WAITING);

    const ids = t.audit.records.map((r) => r.messageId);
    expect(ids).toContain('EGERIA-TS-DAEMON-RUNTIME-0011'); // restarted
    expect(ids).toContain('EGERIA-TS-DAEMON-RUNTIME-0012'); // updated in place
    expect(ids).toContain('EGERIA-TS-DAEMON-RUNTIME-0013'); // removed
  });

  it('restarts a connector whose usesBlockingCalls changed, and runs it with engage()', async () => {
    const groupGUID = await admin.createGroup(GROUP);
    const guid = await admin.addConnector(groupGUID, { qualifiedName: 'flip' }, { refreshTimeInterval: 0 });
    const t = track(createGroupDaemon(groupDocument(emulator.url, [GROUP])));
    await t.daemon.start();
    await waitFor(() => reportOf(t.daemon, 'flip')?.connectorStatus === S.WAITING);
    await admin.updateConnector(guid, { qualifiedName: 'flip', usesBlockingCalls: true });
    await t.daemon.refreshIntegrationGroupConfig(GROUP);
    await waitFor(() => t.book.probe('flip').engages > 0);
    expect(reportOf(t.daemon, 'flip')?.connectorStatus).toBe(S.RUNNING);
    expect(t.book.probe('flip').instances).toBe(2);
  });

  it('moves a connector to another integration service when its new class declares one', async () => {
    const groupGUID = await admin.createGroup(GROUP);
    const guid = await admin.addConnector(groupGUID, { qualifiedName: 'mover' }, { refreshTimeInterval: 0 });
    const t = track(createGroupDaemon(groupDocument(emulator.url, [GROUP])));
    await t.daemon.start();
    await waitFor(() => reportOf(t.daemon, 'mover')?.connectorStatus === S.WAITING);
    expect(t.services.files.createCalls).toBe(0);
    await admin.updateConnector(guid, { qualifiedName: 'mover', className: 'test:files-scripted' });
    await t.daemon.refreshIntegrationGroupConfig(GROUP);
    await waitFor(() => reportOf(t.daemon, 'mover')?.connectorStatus === S.WAITING);
    expect(t.services.files.createCalls).toBe(1);
    expect(t.daemon.metrics().map((m) => m.connectorName)).toEqual(['mover']);
    expect(t.book.probe('mover').disconnects).toBe(1);
  });
});

describe('registrations the daemon cannot run yet', () => {
  it('skips an incomplete connector, reports an unknown class CONFIG_FAILED, and runs both once they are usable', async () => {
    const groupGUID = await admin.createGroup(GROUP);
    const incompleteGUID = await admin.client.createIntegrationConnector({ qualifiedName: 'incomplete' });
    await admin.register(groupGUID, incompleteGUID, { connectorName: 'incomplete' });
    await admin.addConnector(groupGUID, { qualifiedName: 'later', className: 'test:registered-later' });
    await admin.addConnector(groupGUID, { qualifiedName: 'fine' });
    const t = track(createGroupDaemon(groupDocument(emulator.url, [GROUP]), { integrationGroupRefreshSeconds: 0 }));
    await t.daemon.start();

    expect(t.daemon.connectorNames()).toEqual(['fine']);
    const later = reportOf(t.daemon, 'later');
    expect(later?.connectorStatus).toBe(S.CONFIG_FAILED);
    expect(later?.failingExceptionMessage).toContain('test:registered-later');
    expect(later?.failingExceptionMessage).toContain('test:scripted'); // the known names
    expect(reportOf(t.daemon, 'incomplete')).toBeUndefined();
    const refreshed = t.events.find((e) => e.name === 'integrationGroupRefreshed')?.event;
    expect(refreshed?.['skipped']).toEqual(expect.arrayContaining([incompleteGUID]));
    const ids = t.audit.records.map((r) => r.messageId);
    expect(ids).toContain('INTEGRATION-DAEMON-SERVICES-0055');
    expect(ids).toContain('EGERIA-TS-DAEMON-RUNTIME-0014');

    // Reading again does not report them again.
    await t.daemon.refreshIntegrationGroupConfig(GROUP);
    expect(t.audit.records.filter((r) => r.messageId === 'EGERIA-TS-DAEMON-RUNTIME-0014')).toHaveLength(1);
    expect(t.audit.records.filter((r) => r.messageId === 'INTEGRATION-DAEMON-SERVICES-0055')).toHaveLength(1);

    // The connector element gets its connection; the class gets registered on the daemon.
    await admin.updateConnector(incompleteGUID, { qualifiedName: 'incomplete' });
    const { ScriptedConnector } = await import('./groups-support');
    t.daemon.registerConnector(ScriptedConnector, {
      kind: 'IntegrationConnector',
      name: 'test:registered-later',
      aliases: [],
      configurationProperties: {},
      serviceURLMarker: 'files-integrator',
      refreshTimeInterval: 60,
      usesBlockingCalls: false,
      catalogTargets: [],
    } as never);
    await t.daemon.refreshIntegrationGroupConfig(GROUP);
    expect(t.daemon.connectorNames()).toEqual(['incomplete', 'later', 'fine']);
    await waitFor(() => ['incomplete', 'later'].every((n) => reportOf(t.daemon, n)?.connectorStatus === S.WAITING));
    expect(serviceOf(t, 'later')).toBe('files-integrator');
  });

  it('answers unknown groups, connectors and services with Egeria 5.2 message ids', async () => {
    await admin.createGroup(GROUP);
    const t = track(createGroupDaemon(groupDocument(emulator.url, [GROUP])));
    await t.daemon.start();
    const failures: [() => unknown, string, string, string[]][] = [
      [
        () => t.daemon.getIntegrationGroupSummary('Other'),
        'INTEGRATION-DAEMON-SERVICES-400-034',
        'integrationGroupName',
        ['group-daemon', 'Other'],
      ],
      [
        () => t.daemon.refreshIntegrationGroupConfig('Other'),
        'INTEGRATION-DAEMON-SERVICES-400-034',
        'integrationGroupName',
        ['group-daemon', 'Other'],
      ],
      [
        () => t.daemon.refresh('ghost'),
        'INTEGRATION-DAEMON-SERVICES-400-031',
        'connectorName',
        ['ghost', 'group-daemon'],
      ],
      [
        () => t.daemon.refreshService('files-integrator'),
        'INTEGRATION-DAEMON-SERVICES-400-030',
        'serviceURLMarker',
        ['files-integrator', 'group-daemon'],
      ],
      [
        () => t.daemon.validateConnector('nowhere-integrator', 'x'),
        'INTEGRATION-DAEMON-SERVICES-400-030',
        'serviceURLMarker',
        ['nowhere-integrator', 'group-daemon'],
      ],
    ];
    for (const [call, messageId, parameterName, parameters] of failures) {
      let error: unknown;
      try {
        await call();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InvalidParameterException);
      const e = error as InvalidParameterException;
      expect([e.messageId, e.relatedHTTPCode, e.exceptionProperties['parameterName'], e.parameters]).toEqual([
        messageId,
        400,
        parameterName,
        parameters,
      ]);
    }
  });
});

describe('group statuses', () => {
  it('is ASSIGNED before start, CONFIGURING when found with no connector, RUNNING with one, FAILED when not found', async () => {
    await admin.createGroup(GROUP);
    const t = track(
      createGroupDaemon(groupDocument(emulator.url, [GROUP, 'Missing:Group']), { integrationGroupRefreshSeconds: 0 }),
    );
    expect(t.daemon.getIntegrationGroupSummaries().map((s) => s.integrationGroupStatus)).toEqual([
      'ASSIGNED',
      'ASSIGNED',
    ]);
    await t.daemon.start();
    const [found, missing] = t.daemon.getIntegrationGroupSummaries();
    expect(found).toMatchObject({ integrationGroupStatus: 'CONFIGURING' });
    expect(found.integrationGroupGUID).toBeDefined();
    expect(missing).toEqual({ integrationGroupName: 'Missing:Group', integrationGroupStatus: 'FAILED' });
    const failed = t.events.find((e) => e.name === 'integrationGroupRefreshFailed')?.event;
    expect(failed).toMatchObject({ integrationGroupName: 'Missing:Group', reason: 'start' });
    expect(String(failed?.['message'])).toContain('Missing:Group');

    await expect(t.daemon.refreshIntegrationGroupConfig('Missing:Group')).rejects.toMatchObject({
      name: 'PropertyServerException',
      messageId: 'INTEGRATION-DAEMON-SERVICES-400-032',
      parameters: ['Missing:Group', 'mds1', 'group-daemon'],
    });
    const groupGUID = await admin.createGroup('Missing:Group');
    await admin.addConnector(groupGUID, { qualifiedName: 'found-late' });
    await t.daemon.refreshIntegrationGroupConfig('Missing:Group');
    expect(t.daemon.getIntegrationGroupSummary('Missing:Group')).toMatchObject({
      integrationGroupGUID: groupGUID,
      integrationGroupStatus: 'RUNNING',
    });
    expect(t.audit.records.map((r) => r.messageId)).toContain('INTEGRATION-DAEMON-SERVICES-0028');
  });

  it('refuses a refresh of the group configuration when the daemon is not running', async () => {
    const t = track(createGroupDaemon(groupDocument(emulator.url, [GROUP])));
    await expect(t.daemon.refreshIntegrationGroupConfig(GROUP)).rejects.toMatchObject({ name: 'IllegalStateError' });
    await t.daemon.start();
    await t.daemon.stop();
    await expect(t.daemon.refreshIntegrationGroupConfig(GROUP)).rejects.toMatchObject({ name: 'IllegalStateError' });
    // A stopped daemon no longer reads its groups.
    const reads = groupReads(t);
    await sleep(300);
    expect(groupReads(t)).toBe(reads);
  });
});
