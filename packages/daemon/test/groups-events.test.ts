// Integration groups kept up to date by change events, end to end: the daemon listens to the
// Governance Server OMAS out topic of the emulator (over HTTP), and a change made through the
// governance configuration service reaches it within a couple of seconds, with the groups read on
// their timer only once an hour. A connector change re-reads and restarts that connector only; a
// change to the group re-reads the group; events about other groups change nothing.
import { promises as fs } from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import type { RunningEmulator } from '@egeria-ts/emulator';
import { IntegrationConnectorStatus } from '@egeria-ts/core';
import {
  GroupAdmin,
  createGroupDaemon,
  groupDocument,
  reportOf,
  startGroupEmulator,
  waitFor,
  type GroupDaemon,
} from './groups-support';

const S = IntegrationConnectorStatus;
const GROUP = 'Egeria:IntegrationGroup:Listening';
const OTHER = 'Egeria:IntegrationGroup:SomeoneElses';
/** How soon a change must be applied. */
const SOON_MS = 2000;

let emulator: RunningEmulator;
let admin: GroupAdmin;
let daemon: GroupDaemon | undefined;
const tmpDirs: string[] = [];

beforeEach(async () => {
  emulator = await startGroupEmulator();
  admin = new GroupAdmin(emulator.url);
});

afterEach(async () => {
  await daemon?.daemon.stop();
  daemon = undefined;
  await admin.close();
  await emulator.close();
  await Promise.all(tmpDirs.splice(0).map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

/** A daemon running GROUP, whose groups are read on their timer once an hour only. */
async function startDaemon(platformURLRoot = emulator.url): Promise<GroupDaemon> {
  daemon = createGroupDaemon(groupDocument(platformURLRoot, [GROUP]), { integrationGroupRefreshSeconds: 3600 });
  await daemon.daemon.start();
  return daemon;
}

function instanceIds(t: GroupDaemon): Record<string, string | undefined> {
  const ids: Record<string, string | undefined> = {};
  for (const report of t.daemon.status().integrationConnectorReports ?? []) {
    ids[report.connectorName] = report.connectorInstanceId;
  }
  return ids;
}

/** The group refreshed events, whole-group reads and single-connector reads alike. */
function refreshes(t: GroupDaemon): Record<string, unknown>[] {
  return t.events.filter((e) => e.name === 'integrationGroupRefreshed').map((e) => e.event);
}

/** Reads of the whole group (not of one connector). */
function groupReads(t: GroupDaemon): Record<string, unknown>[] {
  return refreshes(t).filter((e) => e['integrationConnectorGUID'] === undefined);
}

/**
 * A platform in front of the emulator that refuses the Governance Server OMAS (HTTP 404, as a
 * server without it answers) and passes every other request on. With `noOutTopic`, the Governance
 * Server OMAS answers instead as Egeria 5.2 does when it has no out topic configured: a connection
 * response without a connection.
 */
async function withoutGovernanceServer(
  target: string,
  noOutTopic = false,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    if ((req.url ?? '').includes('/access-services/governance-server/')) {
      const status = noOutTopic ? 200 : 404;
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(
        JSON.stringify(
          noOutTopic
            ? { class: 'OCFConnectionResponse', relatedHTTPCode: 200 }
            : { status: 404, error: 'Not Found', path: req.url },
        ),
      );
      return;
    }
    const upstream = http.request(`${target}${req.url ?? '/'}`, { method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function changeDescription(groupGUID: string, description: string): Promise<void> {
  await admin.client.updateIntegrationGroup({ guid: groupGUID, isMergeUpdate: true, description });
}

describe('a daemon listening for changes to its integration group', () => {
  it('restarts only the connector whose connection changed, reading only that connector', async () => {
    const groupGUID = await admin.createGroup(GROUP);
    const alphaGUID = await admin.addConnector(groupGUID, { qualifiedName: 'alpha' }, { refreshTimeInterval: 60 });
    await admin.addConnector(groupGUID, { qualifiedName: 'beta' }, { refreshTimeInterval: 60 });
    const t = await startDaemon();
    await waitFor(() => ['alpha', 'beta'].every((n) => reportOf(t.daemon, n)?.connectorStatus === S.WAITING));
    const first = instanceIds(t);
    expect(t.audit.records.map((r) => r.messageId)).toContain('INTEGRATION-DAEMON-SERVICES-0019');

    await admin.updateConnector(alphaGUID, { qualifiedName: 'alpha', configurationProperties: { tables: 'all' } });
    await waitFor(() => t.book.probe('alpha').instances === 2, SOON_MS, 'alpha to restart');
    await waitFor(() => reportOf(t.daemon, 'alpha')?.connectorStatus === S.WAITING, SOON_MS, 'alpha to wait');

    expect(t.daemon.getConfigurationProperties('alpha')).toEqual({ tables: 'all' });
    expect(instanceIds(t)['alpha']).not.toBe(first['alpha']);
    expect(instanceIds(t)['beta']).toBe(first['beta']);
    expect(t.book.probe('beta').instances).toBe(1);
    expect(t.book.probe('beta').disconnects).toBe(0);
    expect(refreshes(t).at(-1)).toMatchObject({
      reason: 'event',
      integrationGroupGUID: groupGUID,
      integrationConnectorGUID: alphaGUID,
      restarted: ['alpha'],
      added: [],
      removed: [],
    });
    // The group as a whole was read at start only.
    expect(groupReads(t).map((e) => e['reason'])).toEqual(['start']);
  });

  it('starts a newly registered connector, applies a changed registration in place, stops an unregistered one', async () => {
    const groupGUID = await admin.createGroup(GROUP);
    const keepGUID = await admin.addConnector(groupGUID, { qualifiedName: 'keep' }, { refreshTimeInterval: 60 });
    const t = await startDaemon();
    await waitFor(() => reportOf(t.daemon, 'keep')?.connectorStatus === S.WAITING);

    const newGUID = await admin.addConnector(groupGUID, { qualifiedName: 'newcomer' }, { refreshTimeInterval: 60 });
    await waitFor(() => reportOf(t.daemon, 'newcomer')?.connectorStatus === S.WAITING, SOON_MS, 'the newcomer');
    expect(t.book.probe('newcomer').completedRefreshes).toBe(1);
    expect(refreshes(t).find((e) => (e['added'] as string[]).includes('newcomer'))).toMatchObject({
      reason: 'event',
      integrationConnectorGUID: newGUID,
    });

    await admin.register(groupGUID, keepGUID, { connectorName: 'keep', refreshTimeInterval: 5 });
    await waitFor(() => reportOf(t.daemon, 'keep')?.minMinutesBetweenRefresh === 5, SOON_MS, 'the new interval');
    expect(t.book.probe('keep').instances).toBe(1);

    await admin.unregister(groupGUID, newGUID);
    await waitFor(() => !t.daemon.connectorNames().includes('newcomer'), SOON_MS, 'the newcomer to stop');
    expect(t.book.probe('newcomer').disconnects).toBe(1);
    expect(t.daemon.connectorNames()).toEqual(['keep']);
    expect(t.book.probe('keep').instances).toBe(1);
    expect(reportOf(t.daemon, 'keep')?.connectorStatus).toBe(S.WAITING);

    // Deleted outright: stopped too, without an error.
    await admin.client.deleteIntegrationConnector({ guid: keepGUID, qualifiedName: 'keep' });
    await waitFor(() => t.daemon.connectorNames().length === 0, SOON_MS, 'the deleted connector to stop');
    expect(t.book.probe('keep').disconnects).toBe(1);
    expect(t.audit.records.map((r) => r.messageId)).not.toContain('INTEGRATION-DAEMON-SERVICES-0054');
    expect(groupReads(t)).toHaveLength(1);
  });

  it('reads the whole group again when the group itself changes', async () => {
    const groupGUID = await admin.createGroup(GROUP, 'before');
    await admin.addConnector(groupGUID, { qualifiedName: 'steady' }, { refreshTimeInterval: 60 });
    const t = await startDaemon();
    await waitFor(() => reportOf(t.daemon, 'steady')?.connectorStatus === S.WAITING);

    await changeDescription(groupGUID, 'after');
    await waitFor(
      () => t.daemon.getIntegrationGroupSummary(GROUP).integrationGroupDescription === 'after',
      SOON_MS,
      'the new description',
    );
    expect(groupReads(t).map((e) => e['reason'])).toEqual(['start', 'event']);
    expect(t.book.probe('steady').instances).toBe(1);
  });

  it('ignores events about other groups and their connectors', async () => {
    const groupGUID = await admin.createGroup(GROUP, 'ours');
    await admin.addConnector(groupGUID, { qualifiedName: 'mine' }, { refreshTimeInterval: 60 });
    const otherGUID = await admin.createGroup(OTHER);
    const theirsGUID = await admin.addConnector(otherGUID, { qualifiedName: 'theirs' }, { refreshTimeInterval: 60 });
    const t = await startDaemon();
    await waitFor(() => reportOf(t.daemon, 'mine')?.connectorStatus === S.WAITING);
    const before = instanceIds(t);

    await changeDescription(otherGUID, 'changed');
    await admin.updateConnector(theirsGUID, { qualifiedName: 'theirs', configurationProperties: { x: 1 } });
    await admin.register(otherGUID, theirsGUID, { connectorName: 'theirs', refreshTimeInterval: 1 });
    const anotherGUID = await admin.addConnector(otherGUID, { qualifiedName: 'another' });
    await admin.client.deleteIntegrationConnector({ guid: anotherGUID, qualifiedName: 'another' });
    // Events arrive in order: once this change of our group is applied, the others were seen.
    await changeDescription(groupGUID, 'ours, changed');
    await waitFor(
      () => t.daemon.getIntegrationGroupSummary(GROUP).integrationGroupDescription === 'ours, changed',
      SOON_MS,
      'our change',
    );

    expect(t.daemon.connectorNames()).toEqual(['mine']);
    expect(instanceIds(t)).toEqual(before);
    expect(t.book.probe('mine').instances).toBe(1);
    expect(t.book.probe('theirs').instances).toBe(0);
    expect(t.audit.records.map((r) => r.messageId)).not.toContain('INTEGRATION-DAEMON-SERVICES-0054');
    // Only our group's change read anything: one read of the whole group, no connector read applied.
    expect(refreshes(t).map((e) => [e['reason'], e['integrationConnectorGUID']])).toEqual([
      ['start', undefined],
      ['event', undefined],
    ]);
  });

  it('listens again after the metadata access server restarts, and gets the changes made since', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'groups-events-'));
    tmpDirs.push(dir);
    const dataFile = path.join(dir, 'mds1.data');
    await emulator.close();
    emulator = await startGroupEmulator(0, dataFile);
    const port = emulator.port;
    await admin.close();
    admin = new GroupAdmin(emulator.url);
    const groupGUID = await admin.createGroup(GROUP);
    const guid = await admin.addConnector(groupGUID, { qualifiedName: 'survivor' }, { refreshTimeInterval: 60 });
    const t = await startDaemon();
    await waitFor(() => reportOf(t.daemon, 'survivor')?.connectorStatus === S.WAITING);

    // The server goes away (the event stream drops) and comes back on its address, with its data.
    await emulator.close();
    emulator = await startGroupEmulator(port, dataFile);
    await admin.close();
    admin = new GroupAdmin(emulator.url);
    await admin.updateConnector(guid, { qualifiedName: 'survivor', configurationProperties: { after: 'restart' } });
    await waitFor(() => t.book.probe('survivor').instances === 2, 5000, 'the change after the restart');
    expect(t.daemon.getConfigurationProperties('survivor')).toEqual({ after: 'restart' });
    expect(t.daemon.isReady()).toBe(true);
    // By the event (the topic connector resumed where the stream started), not by a read of the group.
    expect(refreshes(t).at(-1)).toMatchObject({ reason: 'event', integrationConnectorGUID: guid });
    expect(groupReads(t).map((e) => e['reason'])).toEqual(['start']);
    // The dropped stream is a warning of the topic connector: logged at INFO, not ERROR.
    const topicRecords = t.audit.records.filter((r) => r.messageId.startsWith('EGERIA-TS-DAEMON-RUNTIME-00'));
    const warnings = topicRecords.filter((r) => r.messageId === 'EGERIA-TS-DAEMON-RUNTIME-0020');
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.every((r) => r.severity === 'INFO' && r.messageText.includes('reconnecting'))).toBe(true);
    expect(topicRecords.map((r) => r.messageId)).not.toContain('EGERIA-TS-DAEMON-RUNTIME-0019');
  });

  it('runs on its timer when the out topic cannot be listened to, and says so once', async () => {
    const groupGUID = await admin.createGroup(GROUP);
    await admin.addConnector(groupGUID, { qualifiedName: 'first' }, { refreshTimeInterval: 60 });
    const platform = await withoutGovernanceServer(emulator.url);
    try {
      daemon = createGroupDaemon(groupDocument(platform.url, [GROUP]), { integrationGroupRefreshSeconds: 0.3 });
      const t = daemon;
      await t.daemon.start();
      expect(t.daemon.isReady()).toBe(true);
      await waitFor(() => reportOf(t.daemon, 'first')?.connectorStatus === S.WAITING);

      await admin.addConnector(groupGUID, { qualifiedName: 'second' }, { refreshTimeInterval: 60 });
      await waitFor(() => reportOf(t.daemon, 'second')?.connectorStatus === S.WAITING, SOON_MS, 'the timed read');
      expect(refreshes(t).find((e) => (e['added'] as string[]).includes('second'))?.['reason']).toBe('schedule');
      const ids = t.audit.records.map((r) => r.messageId);
      expect(ids.filter((id) => id === 'INTEGRATION-DAEMON-SERVICES-0027')).toHaveLength(1);
      expect(ids).not.toContain('INTEGRATION-DAEMON-SERVICES-0019');
      expect(t.book.probe('first').instances).toBe(1);
      await t.daemon.stop();
    } finally {
      await platform.close();
    }
  });

  it('runs on its timer when the Governance Server OMAS has no out topic configured, and says so once', async () => {
    const groupGUID = await admin.createGroup(GROUP);
    await admin.addConnector(groupGUID, { qualifiedName: 'first' }, { refreshTimeInterval: 60 });
    const platform = await withoutGovernanceServer(emulator.url, true);
    try {
      daemon = createGroupDaemon(groupDocument(platform.url, [GROUP]), { integrationGroupRefreshSeconds: 0.3 });
      const t = daemon;
      await t.daemon.start();
      expect(t.daemon.isReady()).toBe(true);
      await waitFor(() => reportOf(t.daemon, 'first')?.connectorStatus === S.WAITING);

      await admin.addConnector(groupGUID, { qualifiedName: 'second' }, { refreshTimeInterval: 60 });
      await waitFor(() => reportOf(t.daemon, 'second')?.connectorStatus === S.WAITING, SOON_MS, 'the timed read');
      expect(refreshes(t).find((e) => (e['added'] as string[]).includes('second'))?.['reason']).toBe('schedule');
      const ids = t.audit.records.map((r) => r.messageId);
      expect(ids.filter((id) => id === 'INTEGRATION-DAEMON-SERVICES-0027')).toHaveLength(1);
      const noListener = t.audit.records.find((r) => r.messageId === 'INTEGRATION-DAEMON-SERVICES-0027');
      expect(noListener?.messageText).toContain('has no out topic configured');
      expect(ids).not.toContain('INTEGRATION-DAEMON-SERVICES-0019');
      expect(t.book.probe('first').instances).toBe(1);
      await t.daemon.stop();
    } finally {
      await platform.close();
    }
  });
});

describe('a daemon whose document turns the change events off', () => {
  it('does not listen (egeriaTs.integrationGroupEvents "false"), and applies a change on request', async () => {
    const groupGUID = await admin.createGroup(GROUP);
    const alphaGUID = await admin.addConnector(groupGUID, { qualifiedName: 'alpha' }, { refreshTimeInterval: 60 });
    const document = groupDocument(emulator.url, [GROUP], {
      egeriaTs: { integrationGroupEvents: 'false', integrationGroupRefreshSeconds: 3600 },
    });
    // No interval option: the document's settings apply (the test helper's default is 0.2 s).
    daemon = createGroupDaemon(document, { integrationGroupRefreshSeconds: undefined });
    const t = daemon;
    await t.daemon.start();
    await waitFor(() => reportOf(t.daemon, 'alpha')?.connectorStatus === S.WAITING);
    expect(t.audit.records.map((r) => r.messageId)).not.toContain('INTEGRATION-DAEMON-SERVICES-0019');

    await admin.updateConnector(alphaGUID, { qualifiedName: 'alpha', configurationProperties: { tables: 'all' } });
    await new Promise((resolve) => setTimeout(resolve, SOON_MS));
    expect(t.book.probe('alpha').instances).toBe(1);
    expect(t.daemon.getConfigurationProperties('alpha')).not.toEqual({ tables: 'all' });

    await t.daemon.refreshIntegrationGroupConfig(GROUP);
    await waitFor(() => t.book.probe('alpha').instances === 2, SOON_MS, 'alpha to restart');
    expect(t.daemon.getConfigurationProperties('alpha')).toEqual({ tables: 'all' });
  });
});
