// Integration groups when the metadata access server is away, and through the REST admin API:
// the daemon keeps running, the group recovers by itself when the server comes up, and the
// group routes answer in Egeria's beans.
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { RunningEmulator } from '@egeria-ts/emulator';
import { IntegrationConnectorStatus, PropertyServerException } from '@egeria-ts/core';
import { startAdminServer, type AdminServer } from '@egeria-ts/daemon';
import { send } from './rest-support/http-client';
import {
  GroupAdmin,
  createGroupDaemon,
  freePort,
  groupDocument,
  reportOf,
  startGroupEmulator,
  waitFor,
  type GroupDaemon,
} from './groups-support';

const S = IntegrationConnectorStatus;
const GROUP = 'Egeria:IntegrationGroup:Recovering';

let emulator: RunningEmulator | undefined;
let admin: GroupAdmin | undefined;
let daemon: GroupDaemon | undefined;
let server: AdminServer | undefined;
const tmpDirs: string[] = [];

afterEach(async () => {
  await server?.close();
  await daemon?.daemon.stop();
  await admin?.close();
  await emulator?.close();
  server = undefined;
  daemon = undefined;
  admin = undefined;
  emulator = undefined;
  await Promise.all(tmpDirs.splice(0).map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

describe('a group whose metadata access server is down', () => {
  it('is FAILED while the server is down at start, the daemon runs on, and the group recovers by itself', async () => {
    // The group is defined in the metadata server's data file while the server is still up...
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'groups-recovery-'));
    tmpDirs.push(dir);
    const dataFile = path.join(dir, 'mds1.journal');
    emulator = await startGroupEmulator(port, dataFile);
    admin = new GroupAdmin(emulator.url);
    const groupGUID = await admin.createGroup(GROUP);
    await admin.addConnector(groupGUID, { qualifiedName: 'patient' }, { refreshTimeInterval: 0 });
    await admin.close();
    admin = undefined;
    await emulator.close();
    emulator = undefined;

    // ... which is down when the daemon starts. It reads every 30 s when all is well; a failed read
    // is retried with the restart policy's backoff.
    daemon = createGroupDaemon(groupDocument(url, [GROUP]), { integrationGroupRefreshSeconds: 30 });
    const t = daemon;
    await t.daemon.start();
    expect(t.daemon.isReady()).toBe(true);
    expect(t.daemon.getIntegrationGroupSummary(GROUP)).toEqual({
      integrationGroupName: GROUP,
      integrationGroupStatus: 'FAILED',
    });
    const failed = t.events.find((e) => e.name === 'integrationGroupRefreshFailed')?.event;
    expect(failed).toMatchObject({ reason: 'start', integrationGroupName: GROUP });
    expect(Number(failed?.['retryInMs'])).toBeLessThanOrEqual(200);
    await expect(t.daemon.refreshIntegrationGroupConfig(GROUP)).rejects.toBeInstanceOf(PropertyServerException);
    expect(t.book.probe('patient').instances).toBe(0);

    // The server comes back on its address, with its data.
    emulator = await startGroupEmulator(port, dataFile);
    await waitFor(() => reportOf(t.daemon, 'patient')?.connectorStatus === S.WAITING, 5000, 'the group to recover');
    expect(t.daemon.getIntegrationGroupSummary(GROUP)).toMatchObject({
      integrationGroupGUID: groupGUID,
      integrationGroupStatus: 'RUNNING',
    });
    expect(t.book.probe('patient').completedRefreshes).toBe(1);
    const recovered = t.events.find((e) => e.name === 'integrationGroupRefreshed')?.event;
    expect(recovered).toMatchObject({ added: ['patient'] });
    // Read again by its timer, or because it could listen to the Governance Server out topic again.
    expect(['schedule', 'event']).toContain(recovered?.['reason']);
    await waitFor(
      () => t.audit.records.some((r) => r.messageId === 'INTEGRATION-DAEMON-SERVICES-0019'),
      5000,
      'the group to listen for changes',
    );
    const listenerIds = t.audit.records
      .map((r) => r.messageId)
      .filter((id) => id === 'INTEGRATION-DAEMON-SERVICES-0027' || id === 'INTEGRATION-DAEMON-SERVICES-0019');
    // Could not listen while the server was down (reported once), listens since it came back.
    expect(listenerIds).toEqual(['INTEGRATION-DAEMON-SERVICES-0027', 'INTEGRATION-DAEMON-SERVICES-0019']);

    // The server goes away again: the connectors the group runs go on, and the group stays RUNNING.
    await emulator.close();
    emulator = undefined;
    await expect(t.daemon.refreshIntegrationGroupConfig(GROUP)).rejects.toBeInstanceOf(PropertyServerException);
    expect(t.daemon.getIntegrationGroupSummary(GROUP).integrationGroupStatus).toBe('RUNNING');
    await t.daemon.refresh('patient');
    expect(t.book.probe('patient').completedRefreshes).toBe(2);
    expect(reportOf(t.daemon, 'patient')?.connectorStatus).toBe(S.WAITING);
    expect(t.audit.records.filter((r) => r.messageId === 'INTEGRATION-DAEMON-SERVICES-0028').length).toBeGreaterThan(1);
  });
});

describe('the group routes of the REST admin API', () => {
  const V5 = '/servers/group-daemon/open-metadata/integration-daemon/users/garygeeke';
  const V6 = '/servers/group-daemon/open-metadata/integration-daemon';

  it('answers the summaries, refresh-config and status with the group, and unknown groups with 400-034', async () => {
    emulator = await startGroupEmulator();
    admin = new GroupAdmin(emulator.url);
    const groupGUID = await admin.createGroup(GROUP, 'Onboarding');
    const connectorGUID = await admin.addConnector(
      groupGUID,
      { qualifiedName: 'onboard', configurationProperties: { password: 'Sup3rSecret!' } },
      { refreshTimeInterval: 0 },
    );
    daemon = createGroupDaemon(groupDocument(emulator.url, [GROUP]), { integrationGroupRefreshSeconds: 0 });
    const t = daemon;
    await t.daemon.start();
    await waitFor(() => reportOf(t.daemon, 'onboard')?.connectorStatus === S.WAITING);
    server = await startAdminServer(t.daemon);

    // As in 5.2, the connector's id is the GUID of its registration with the group.
    const registration = await admin.client.getRegisteredIntegrationConnector({
      integrationGroupGUID: groupGUID,
      integrationConnectorGUID: connectorGUID,
    });
    expect(registration?.connectorId).not.toBe(connectorGUID);
    const one = await send(server.url, `${V5}/integration-groups/${encodeURIComponent(GROUP)}/summary`);
    expect(one.status).toBe(200);
    expect(one.json).toMatchObject({
      class: 'IntegrationGroupSummaryResponse',
      relatedHTTPCode: 200,
      integrationGroupSummary: {
        integrationGroupName: GROUP,
        integrationGroupGUID: groupGUID,
        integrationGroupDescription: 'Onboarding',
        integrationGroupStatus: 'RUNNING',
        integrationConnectorReports: [
          {
            connectorId: registration?.connectorId,
            connectorGUID,
            connectorName: 'onboard',
            connectorStatus: 'WAITING',
          },
        ],
      },
    });
    expect(one.text).not.toContain('Sup3rSecret!');

    const all = await send(server.url, `${V6}/integration-groups/summary`);
    expect(all.json.class).toBe('IntegrationGroupSummariesResponse');
    expect(all.json.integrationGroupSummaries).toEqual([one.json.integrationGroupSummary]);

    const status = await send(server.url, `${V5}/status`);
    expect(status.json.integrationDaemonStatus.integrationGroupSummaries).toEqual([one.json.integrationGroupSummary]);
    expect(
      status.json.integrationDaemonStatus.integrationConnectorReports.map(
        (r: { connectorName: string }) => r.connectorName,
      ),
    ).toEqual(['onboard']);

    // refresh-config reads the group now: a connector registered since is running when it answers.
    await admin.addConnector(groupGUID, { qualifiedName: 'second' }, { refreshTimeInterval: 0 });
    const refresh = await send(server.url, `${V5}/integration-groups/${encodeURIComponent(GROUP)}/refresh-config`);
    expect(refresh.json).toEqual({ class: 'VoidResponse', relatedHTTPCode: 200 });
    expect(t.daemon.connectorNames()).toEqual(['onboard', 'second']);

    // Group connectors answer the connector routes by name.
    const restart = await send(server.url, `${V5}/integration-connectors/restart`, {
      method: 'POST',
      body: { class: 'NameRequestBody', name: 'second' },
    });
    expect(restart.json).toEqual({ class: 'VoidResponse', relatedHTTPCode: 200 });
    expect(t.book.probe('second').instances).toBe(2);

    const unknown = await send(server.url, `${V5}/integration-groups/Nope/refresh-config`);
    expect(unknown.status).toBe(200);
    expect(unknown.json).toMatchObject({
      class: 'VoidResponse',
      relatedHTTPCode: 400,
      exceptionClassName: 'org.odpi.openmetadata.frameworks.connectors.ffdc.InvalidParameterException',
      exceptionErrorMessageId: 'INTEGRATION-DAEMON-SERVICES-400-034',
      exceptionErrorMessageParameters: ['group-daemon', 'Nope'],
      exceptionProperties: { parameterName: 'integrationGroupName' },
    });
    const unknownSummary = await send(server.url, `${V6}/integration-groups/Nope/summary`);
    expect(unknownSummary.json).toMatchObject({
      class: 'IntegrationGroupSummaryResponse',
      relatedHTTPCode: 400,
      exceptionErrorMessageId: 'INTEGRATION-DAEMON-SERVICES-400-034',
    });

    // The metadata server is down: refresh-config reports it, the connectors go on.
    await admin.close();
    admin = undefined;
    await emulator.close();
    emulator = undefined;
    const down = await send(server.url, `${V5}/integration-groups/${encodeURIComponent(GROUP)}/refresh-config`);
    expect(down.json).toMatchObject({
      class: 'VoidResponse',
      relatedHTTPCode: expect.any(Number),
      exceptionClassName: 'org.odpi.openmetadata.frameworks.connectors.ffdc.PropertyServerException',
    });
    expect(reportOf(t.daemon, 'onboard')?.connectorStatus).toBe(S.WAITING);
  });
});
